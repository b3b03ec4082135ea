"""Library API: :class:`Pipeline`, :func:`extract` and :func:`run`.

The CLI is a thin shell over these; nothing here prints. ``run`` streams the
inputs (never holding the corpus), writes one JSON per document as soon as it
is done, then rebuilds the CSV tables from those JSON files in input order —
so an interrupted run resumes where it stopped and the tables always agree
with the JSON.
"""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence, Union

from . import __version__
from .ingest import IngestError, RawDocument, read_all
from .nlp import DEFAULT_MODEL
from .records import Document

ENGINES = ("local", "dask")
# "press" follows SPEC (vague words are not dates); "timeml" also emits TimeML's
# PRESENT_REF/PAST_REF/FUTURE_REF and keeps datelines, for TempEval-style corpora;
# "auto" (default) is timeml for TimeML inputs (.tml) and press for everything else.
DATES_PROFILES = ("auto", "press", "timeml")


@dataclass(frozen=True)
class Options:
    """Every knob of a batch run, built once (CLI flags map onto it one to one)."""

    model: str = DEFAULT_MODEL
    doc_date: Optional[str] = None
    force: bool = False
    workers: int = 1
    engine: str = "local"
    scheduler: Optional[str] = None
    batch_size: int = 16
    dates_profile: str = "auto"

    def __post_init__(self) -> None:
        if self.dates_profile not in DATES_PROFILES:
            raise ValueError(f"dates profile must be one of {', '.join(DATES_PROFILES)}")
        if self.workers < 1:
            raise ValueError("workers must be >= 1")
        if self.engine not in ENGINES:
            raise ValueError(f"engine must be one of {', '.join(ENGINES)}")
        if self.doc_date is not None:
            from .process import normalise_date

            if not normalise_date(self.doc_date):
                raise ValueError(f"not a date: {self.doc_date!r} (expected YYYY-MM-DD)")


@dataclass
class RunSummary:
    out_dir: Path
    documents: int = 0
    processed: int = 0
    skipped: int = 0
    errors: int = 0
    removed: int = 0  # JSON of documents not in this run (deleted or renamed inputs), removed
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """Version of the extraction code and rules: a rerun reuses JSON only when unchanged."""
    h = hashlib.sha256(__version__.encode())
    root = resources.files("pipeline")
    for path in sorted(Path(str(root)).rglob("*")):
        if path.is_file() and path.suffix in {".py", ".json", ".txt", ".cfg"} and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(str(root))).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:12]


def pipeline_version(model: str) -> str:
    return f"{__version__}+{fingerprint()}+{model}"


def run_version(opts: "Options") -> str:
    """The version written into a run's records and compared on resume: the
    pipeline version plus every option that changes the output (``--doc-date``)."""
    version = pipeline_version(opts.model)
    if opts.dates_profile != "auto":
        version += f"+dates={opts.dates_profile}"
    return f"{version}+doc-date={opts.doc_date}" if opts.doc_date else version


class Pipeline:
    """The model and our components, loaded once; turns texts into :class:`Document` records."""

    def __init__(self, *, model: str = DEFAULT_MODEL, batch_size: int = 16, dates_profile: str = "auto") -> None:
        from .process import Processor

        Options(model=model, batch_size=batch_size, dates_profile=dates_profile)  # validates
        self._processor = Processor(
            model=model, batch_size=batch_size, version=pipeline_version(model), dates_profile=dates_profile
        )

    @property
    def nlp(self):
        """The underlying spaCy ``Language`` (our components included)."""
        return self._processor.nlp

    def extract(
        self, text: str, *, doc_date: Optional[str] = None, title: Optional[str] = None, doc_id: str = "doc"
    ) -> Document:
        """One text (page text or body) → :class:`Document`."""
        return self._processor.extract(text, doc_id=doc_id, doc_date=doc_date, title=title)

    def process(self, items: Iterable[Union[RawDocument, IngestError]], *, doc_date: Optional[str] = None):
        """Stream ingested items → ``Document`` or ``ErrorRecord``, in input order."""
        return self._processor.process(items, doc_date=doc_date)


@lru_cache(maxsize=4)
def _default_pipeline(model: str) -> Pipeline:
    return Pipeline(model=model)


def extract(text: str, *, doc_date: Optional[str] = None, title: Optional[str] = None, model: str = DEFAULT_MODEL) -> Document:
    """Extract people, places, dates and commitments from one text.

    The model is loaded on first use and kept for later calls.
    """
    return _default_pipeline(model).extract(text, doc_date=doc_date, title=title)


ProgressFn = Callable[[str, str], None]  # (event: "done"|"skipped"|"error", doc_id)


def run(
    paths: Sequence[Union[str, Path]],
    *,
    out: Union[str, Path],
    options: Optional[Options] = None,
    progress: Optional[ProgressFn] = None,
) -> RunSummary:
    """Process files/folders into ``out``: ``json/<doc_id>.json`` and the CSV tables."""
    from .process import ErrorRecord
    from .writers import TableWriter, read_json, write_json

    opts = options or Options()
    out_dir = Path(out)
    json_dir = out_dir / "json"
    json_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    summary = RunSummary(out_dir=out_dir)
    version = run_version(opts)
    manifest: list[Union[str, ErrorRecord]] = []  # input order: doc ids or errors

    def todo() -> Iterator[Union[RawDocument, IngestError]]:
        for item in read_all(paths):
            if isinstance(item, RawDocument) and not opts.force:
                old = read_json(json_dir / f"{item.doc_id}.json")
                if old is not None and old.source.sha256 == item.source.sha256 and old.pipeline_version == version:
                    manifest.append(item.doc_id)
                    summary.skipped += 1
                    if progress:
                        progress("skipped", item.doc_id)
                    continue
            manifest.append(item.doc_id)
            yield item

    for result in _execute(todo(), opts):
        if isinstance(result, ErrorRecord):
            idx = _last_index(manifest, result.doc_id)
            manifest[idx] = result
            (json_dir / f"{result.doc_id}.json").unlink(missing_ok=True)
            summary.errors += 1
            event = "error"
        else:
            write_json(result, out_dir)
            summary.processed += 1
            event = "done"
        if progress:
            progress(event, result.doc_id)

    tables = TableWriter(out_dir)
    try:
        for entry in manifest:
            if isinstance(entry, str):
                doc = read_json(json_dir / f"{entry}.json")
                if doc is None:
                    tables.add_error(ErrorRecord(entry, None, "write", "per-document JSON missing or unreadable"))
                    summary.errors += 1
                    continue
                tables.add(doc)
                summary.documents += 1
            else:
                tables.add_error(entry)
        tables.close()
    except BaseException:
        tables.abort()
        raise
    summary.removed = _remove_stale_json(json_dir, {e for e in manifest if isinstance(e, str)})
    summary.rows = dict(tables.counts)
    summary.seconds = time.perf_counter() - started
    return summary


def _remove_stale_json(json_dir: Path, keep: set[str]) -> int:
    """``json/`` mirrors the tables: the JSON of a document that is not in this run (its input was
    deleted, renamed or left out) would otherwise sit beside the tables and disagree with them.
    Only after the tables are in place, so an interrupted run keeps its reusable JSON."""
    removed = 0
    for path in json_dir.glob("*.json"):
        if path.stem not in keep:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def _last_index(manifest: list, doc_id: str) -> int:
    for i in range(len(manifest) - 1, -1, -1):
        if manifest[i] == doc_id:
            return i
    manifest.append(doc_id)
    return len(manifest) - 1


def _execute(items: Iterator[Union[RawDocument, IngestError]], opts: Options):
    """Dispatch to the chosen engine; every engine yields results in input order."""
    from . import parallel

    if opts.engine == "dask":
        return parallel.run_dask(items, opts)
    if opts.workers > 1:
        return parallel.run_pool(items, opts)
    return parallel.run_serial(items, opts)
