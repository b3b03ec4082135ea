"""Writers: per-document JSON and the seven CSV tables.

The CSV columns are declared once, in :data:`TABLES`, each with the function
that reads it off the records; JSON is the records' own ``to_dict``. Every
file is written to a temporary name in the same folder and moved into place
(``os.replace``), so a crash never leaves a half-written output. Output bytes
depend only on the inputs (stable ordering, no timestamps), so a rerun is
byte-identical.
"""
from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

import orjson

from .records import Commitment, Document, Person

ListSep = "; "


def _join(values: Iterable[Any]) -> str:
    return ListSep.join(str(v) for v in values if v not in (None, ""))


def _mentions(m) -> str:
    return _join(f"{x.text}@{x.start}-{x.end}" for x in m)


def _actor_names(doc: Document, c: Commitment) -> str:
    by_id: dict[str, Person] = {p.id: p for p in doc.people}
    return _join(by_id[i].name for i in c.actor_people if i in by_id)


def _actor_country_names(c: Commitment) -> str:
    from .gazetteer import gazetteer

    g = gazetteer()
    return _join(g.country_name(a) for a in c.actors)


Row = Callable[..., Any]

# table → ordered (column, getter). Getters take (doc, item).
TABLES: dict[str, list[tuple[str, Row]]] = {
    "documents": [
        ("doc_id", lambda d, _: d.doc_id),
        ("title", lambda d, _: d.title),
        ("doc_date", lambda d, _: d.doc_date.value),
        ("doc_date_source", lambda d, _: d.doc_date.source),
        ("author", lambda d, _: d.author),
        ("notes", lambda d, _: _join(d.notes)),
        ("path", lambda d, _: d.source.path),
        ("sha256", lambda d, _: d.source.sha256),
        ("bytes", lambda d, _: d.source.bytes),
        ("encoding", lambda d, _: d.source.encoding),
        ("format", lambda d, _: d.source.format),
        ("text_chars", lambda d, _: len(d.text)),
        ("removed_spans", lambda d, _: len(d.removed)),
        ("removed_reasons", lambda d, _: _join(sorted({r.reason for r in d.removed}))),
        ("people", lambda d, _: len(d.people)),
        ("places", lambda d, _: len(d.places)),
        ("dates", lambda d, _: len(d.dates)),
        ("commitments", lambda d, _: len(d.commitments)),
        ("pipeline_version", lambda d, _: d.pipeline_version),
    ],
    "people": [
        ("doc_id", lambda d, _: d.doc_id),
        ("person_id", lambda d, p: p.id),
        ("name", lambda d, p: p.name),
        ("family_name", lambda d, p: p.family_name),
        ("given_name", lambda d, p: p.given_name),
        ("role", lambda d, p: p.role),
        ("role_canonical", lambda d, p: p.role_canonical),
        ("country", lambda d, p: p.country),
        ("n_mentions", lambda d, p: len(p.mentions)),
        ("mentions", lambda d, p: _join(m.text for m in p.mentions)),
        ("evidence", lambda d, p: _join(f"{k}={v}" for k, v in sorted(p.evidence.items()))),
    ],
    "mentions": [
        ("doc_id", lambda d, _: d.doc_id),
        ("kind", lambda d, x: x[0]),
        ("entity_id", lambda d, x: x[1].id),
        ("entity_name", lambda d, x: x[1].name),
        ("text", lambda d, x: x[2].text),
        ("start", lambda d, x: x[2].start),
        ("end", lambda d, x: x[2].end),
    ],
    "places": [
        ("doc_id", lambda d, _: d.doc_id),
        ("place_id", lambda d, p: p.id),
        ("name", lambda d, p: p.name),
        ("type", lambda d, p: p.type),
        ("country", lambda d, p: p.country),
        ("n_mentions", lambda d, p: len(p.mentions)),
        ("mentions", lambda d, p: _join(m.text for m in p.mentions)),
        ("rule", lambda d, p: p.rule),
    ],
    "dates": [
        ("doc_id", lambda d, _: d.doc_id),
        ("text", lambda d, x: x.text),
        ("start", lambda d, x: x.start),
        ("end", lambda d, x: x.end),
        ("value", lambda d, x: x.value),
        ("type", lambda d, x: x.type),
        ("anchor", lambda d, x: x.anchor),
        ("resolved", lambda d, x: x.resolved),
        ("rule", lambda d, x: x.rule),
    ],
    "commitments": [  # items are (number, Commitment)
        ("doc_id", lambda d, _: d.doc_id),
        ("commitment_id", lambda d, x: f"c{x[0]}"),
        ("actors", lambda d, x: _join(x[1].actors)),
        ("actor_countries", lambda d, x: _actor_country_names(x[1])),
        ("actor_people", lambda d, x: _actor_names(d, x[1])),
        ("actor_orgs", lambda d, x: _join(x[1].actor_orgs)),
        ("modality", lambda d, x: x[1].modality),
        ("trigger", lambda d, x: x[1].trigger),
        ("action", lambda d, x: x[1].action),
        ("negated", lambda d, x: x[1].negated),
        ("deadline", lambda d, x: x[1].deadline),
        ("deadline_value", lambda d, x: x[1].deadline_value),
        ("targets", lambda d, x: _join(f"{_cell(t.amount)} {t.unit}" for t in x[1].targets)),
        ("sentence", lambda d, x: x[1].sentence),
        ("start", lambda d, x: x[1].start),
        ("end", lambda d, x: x[1].end),
        ("rule", lambda d, x: x[1].rule),
    ],
    "errors": [
        ("doc_id", lambda d, e: e.doc_id),
        ("path", lambda d, e: e.path),
        ("stage", lambda d, e: e.stage),
        ("error", lambda d, e: e.error),
    ],
}

_ITEMS: dict[str, Callable[[Document], Iterable[Any]]] = {
    "documents": lambda d: [None],
    "people": lambda d: d.people,
    "mentions": lambda d: [("person", p, m) for p in d.people for m in p.mentions]
    + [("place", p, m) for p in d.places for m in p.mentions],
    "places": lambda d: d.places,
    "dates": lambda d: d.dates,
    "commitments": lambda d: list(enumerate(d.commitments, start=1)),
}


def _cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def document_rows(doc: Document) -> Iterator[tuple[str, list[Any]]]:
    """(table, row) pairs for one document, in column order."""
    for table, items in _ITEMS.items():
        cols = TABLES[table]
        for item in items(doc):
            yield table, [_cell(get(doc, item)) for _, get in cols]


def error_row(err) -> list[Any]:
    return [_cell(get(None, err)) for _, get in TABLES["errors"]]


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temp file + ``os.replace`` (never half-written)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _json_default(obj: Any) -> Any:
    if isinstance(obj, (set, frozenset, tuple)):
        return sorted(obj) if isinstance(obj, (set, frozenset)) else list(obj)
    raise TypeError(f"not JSON-serialisable: {type(obj).__name__}")


def document_json(doc: Document) -> bytes:
    """The record as UTF-8 JSON, two-space indented, one trailing newline.

    orjson serialises the dataclasses directly; its output is byte-identical to
    ``json.dumps(doc.to_dict(), ensure_ascii=False, indent=2)`` (a test pins
    this; only floats below 1e-4 spell their exponent differently) at a
    fiftieth of the cost — the stdlib encoder drops to pure Python
    as soon as ``indent`` is set, which made JSON the largest writing cost."""
    return orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE, default=_json_default)


def write_json(doc: Document, out_dir: Path) -> Path:
    path = Path(out_dir) / "json" / f"{doc.doc_id}.json"
    atomic_write_bytes(path, document_json(doc))
    return path


def read_json(path: Path) -> Optional[Document]:
    try:
        return Document.from_dict(orjson.loads(Path(path).read_bytes()))
    except (OSError, ValueError, TypeError, KeyError):
        return None


class TableWriter:
    """Streams rows into the seven CSVs (temp files), moved into place on :meth:`close`."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._files: dict[str, tuple[str, io.TextIOWrapper, Any]] = {}
        self.counts: dict[str, int] = {t: 0 for t in TABLES}
        for table, cols in TABLES.items():
            fd, tmp = tempfile.mkstemp(dir=self.out_dir, prefix=f".{table}.", suffix=".tmp")
            fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
            w = csv.writer(fh, lineterminator="\n")
            w.writerow([c for c, _ in cols])
            self._files[table] = (tmp, fh, w)

    def add(self, doc: Document) -> None:
        for table, row in document_rows(doc):
            self._files[table][2].writerow(row)
            self.counts[table] += 1

    def add_error(self, err) -> None:
        self._files["errors"][2].writerow(error_row(err))
        self.counts["errors"] += 1

    def close(self) -> None:
        for table, (tmp, fh, _) in self._files.items():
            fh.close()
            os.replace(tmp, self.out_dir / f"{table}.csv")
        self._files = {}

    def abort(self) -> None:
        for tmp, fh, _ in self._files.values():
            fh.close()
            try:
                os.unlink(tmp)
            except OSError:
                pass
        self._files = {}


def load_tables(out_dir) -> dict[str, "Any"]:
    """The CSV tables of a run as pandas DataFrames, keyed by table name."""
    import pandas as pd

    out: dict[str, Any] = {}
    for table in TABLES:
        path = Path(out_dir) / f"{table}.csv"
        if path.exists():
            out[table] = pd.read_csv(path)
    return out
