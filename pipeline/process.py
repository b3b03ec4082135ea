"""Per-document processing: RawDocument → chrome → spaCy Doc → :class:`Document`.

``Processor`` owns the loaded spaCy pipeline (loaded once) and streams many
documents through ``nlp.pipe``. Failures are caught per document and returned
as :class:`ErrorRecord` values so a batch never stops on one bad input.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Union

from . import __version__
from .chrome import Cleaned, clean_text, html_to_text, parse_date
from .ingest import IngestError, RawDocument, from_text
from .nlp import COMPONENTS, DEFAULT_MODEL, load_nlp
from .records import DocDate, Document

# Texts longer than this are parsed in paragraph-aligned chunks and re-joined
# (spaCy's parser memory grows with document length); our components then run
# once over the whole joined Doc so coreference still sees the whole document.
CHUNK_CHARS = 100_000


@dataclass
class ErrorRecord:
    doc_id: str
    path: Optional[str]
    stage: str
    error: str


Result = Union[Document, ErrorRecord]


@dataclass
class Prepared:
    raw: RawDocument
    cleaned: Cleaned
    doc_date: DocDate


def normalise_date(value: Optional[str]) -> Optional[str]:
    """Metadata dates ("2021-11-24T17:43:00+09:00", "Nov 24, 2021") → ISO ``YYYY-MM-DD``/coarser."""
    if not value:
        return None
    value = str(value).strip()
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if m:
        return "-".join(g for g in m.groups() if g)
    return parse_date(value)


def prepare(raw: RawDocument, *, doc_date: Optional[str] = None) -> Prepared:
    """Chrome removal and document-date choice (metadata > dateline > left to the text)."""
    meta = dict(raw.meta)
    if raw.html is not None:
        text, html_meta = html_to_text(raw.html)
        meta = {**html_meta, **meta}
        raw = RawDocument(doc_id=raw.doc_id, source=raw.source, text=text, meta=meta)
    cleaned = clean_text(raw.text or "", offset=raw.front_matter_end, title=meta.get("title"))
    if raw.front_matter_end:
        from .records import Removed

        cleaned.removed.insert(0, Removed(0, raw.front_matter_end, raw.text[: raw.front_matter_end], "front_matter"))
    if meta.get("author") and not cleaned.author:
        cleaned.author = meta["author"]
    meta_date = normalise_date(meta.get("date")) or normalise_date(doc_date)
    if meta_date:
        dd = DocDate(meta_date, "metadata")
    elif cleaned.date:
        dd = DocDate(cleaned.date, cleaned.date_source)
    else:
        dd = DocDate(None, "none")
    return Prepared(raw=raw, cleaned=cleaned, doc_date=dd)


class Processor:
    """Loads the model once; turns raw documents into :class:`Document` records."""

    def __init__(self, *, model: str = DEFAULT_MODEL, batch_size: int = 16, version: Optional[str] = None) -> None:
        self.model = model
        self.version = version or f"{__version__}+{model}"
        self.nlp = load_nlp(model)
        self.batch_size = batch_size
        self._ours = [n for n in self.nlp.pipe_names if n in COMPONENTS]

    # -- one document -------------------------------------------------------
    def _make_doc(self, prep: Prepared):
        text = prep.cleaned.body
        if len(text) > CHUNK_CHARS:
            doc = self._parse_long(text)
        else:
            doc = self.nlp.make_doc(text)
        doc._.doc_date = prep.doc_date.value
        doc._.doc_date_source = prep.doc_date.source
        return doc

    def _parse_long(self, text: str):
        """Parse a huge text in chunks with the model's own pipes, then join."""
        from spacy.tokens import Doc

        chunks = list(_chunks(text, CHUNK_CHARS))
        with self.nlp.select_pipes(disable=self._ours):
            parsed = list(self.nlp.pipe(chunks, batch_size=4))
        doc = Doc.from_docs(parsed, ensure_whitespace=False)
        assert doc.text == text
        return doc

    def _to_document(self, prep: Prepared, doc) -> Document:
        c = prep.cleaned
        return Document(
            doc_id=prep.raw.doc_id,
            source=prep.raw.source,
            title=c.title,
            doc_date=DocDate(doc._.doc_date, doc._.doc_date_source),
            author=c.author,
            notes=c.notes,
            text=c.body,
            removed=c.removed,
            people=list(doc._.people or []),
            places=list(doc._.places or []),
            dates=list(doc._.dates or []),
            commitments=list(doc._.commitments or []),
            pipeline_version=self.version,
        )

    def _run_ours(self, doc):
        for name in self._ours:
            doc = self.nlp.get_pipe(name)(doc)
        return doc

    # -- many documents -----------------------------------------------------
    def process(
        self, items: Iterable[Union[RawDocument, IngestError]], *, doc_date: Optional[str] = None
    ) -> Iterator[Result]:
        """Stream results in input order; errors become :class:`ErrorRecord`."""
        batch: list[tuple[Prepared, object]] = []
        for item in items:
            if isinstance(item, IngestError):
                yield from self._flush(batch)
                batch = []
                yield ErrorRecord(item.doc_id, item.path, item.stage, item.reason)
                continue
            try:
                prep = prepare(item, doc_date=doc_date)
                if not prep.cleaned.body.strip():
                    raise ValueError("no body text left after removing page chrome")
                doc = self._make_doc(prep)
            except Exception as exc:  # noqa: BLE001 — one bad document must not stop the batch
                yield from self._flush(batch)
                batch = []
                yield ErrorRecord(item.doc_id, item.source.path, "chrome", _describe(exc))
                continue
            batch.append((prep, doc))
            if len(batch) >= self.batch_size:
                yield from self._flush(batch)
                batch = []
        yield from self._flush(batch)

    def _flush(self, batch: list) -> Iterator[Result]:
        if not batch:
            return
        short = [(p, d) for p, d in batch if not d.has_annotation("DEP")]
        try:
            parsed = iter(self.nlp.pipe([d for _, d in short], batch_size=self.batch_size))
        except Exception:  # noqa: BLE001
            parsed = None
        for prep, doc in batch:
            try:
                if doc.has_annotation("DEP"):
                    out = self._run_ours(doc)
                elif parsed is not None:
                    out = next(parsed)
                else:
                    out = self.nlp(doc)
                yield self._to_document(prep, out)
            except Exception as exc:  # noqa: BLE001
                # A failure inside nlp.pipe poisons the generator: redo the rest one by one.
                parsed = None
                yield ErrorRecord(prep.raw.doc_id, prep.raw.source.path, "nlp", _describe(exc))

    def extract(self, text: str, *, doc_id: str = "doc", doc_date: Optional[str] = None, title: Optional[str] = None) -> Document:
        """One text → :class:`Document` (raises on failure, unlike :meth:`process`)."""
        raw = from_text(text, doc_id=doc_id, meta={"title": title} if title else None)
        result = next(self.process([raw], doc_date=doc_date))
        if isinstance(result, ErrorRecord):
            raise ValueError(f"{result.stage}: {result.error}")
        return result


def _chunks(text: str, size: int) -> Iterator[str]:
    """Paragraph-aligned pieces of about ``size`` chars whose concatenation is ``text``."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + size // 2, end)
            end = cut + 1 if cut != -1 else end
        yield text[start:end]
        start = end


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:500]
