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
    if raw.body_only:  # the markup already told body from metadata (TimeML): offsets stay the input's
        cleaned = Cleaned(body=raw.text or "", title=meta.get("title"))
    else:
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


# removed lines that are not the page's own: other stories' titles, promotions, a repeated caption
_NOT_HEADER = {"related_links", "promo", "duplicate_caption"}


def page_header(cleaned: Cleaned) -> Optional[str]:
    """The headline and the page's own chrome lines (menus, site name, footer), one per line: where
    a ministry's site names itself ("U.S. Department of State", "Arab Republic of Egypt")."""
    lines = [cleaned.title] if cleaned.title else []
    lines += [r.text for r in cleaned.removed if r.reason not in _NOT_HEADER]
    return "\n".join(lines) or None


class Processor:
    """Loads the model once; turns raw documents into :class:`Document` records."""

    def __init__(
        self,
        *,
        model: str = DEFAULT_MODEL,
        batch_size: int = 16,
        version: Optional[str] = None,
        dates_profile: str = "auto",
    ) -> None:
        self.model = model
        self.dates_profile = dates_profile  # "auto": timeml for TimeML inputs, press for the rest
        self.version = version or f"{__version__}+{model}"
        component_profile = "press" if dates_profile == "auto" else dates_profile
        self.nlp = load_nlp(model, config={"communique_dates": {"profile": component_profile}})
        self.batch_size = batch_size
        self._ours = [n for n in self.nlp.pipe_names if n in COMPONENTS]

    # -- one document -------------------------------------------------------
    def _make_doc(self, prep: Prepared):
        text = prep.cleaned.body
        if len(text) > CHUNK_CHARS:
            doc = text_doc(self._parse_long(text))
        else:
            doc = text_doc(self.nlp.make_doc(text))
        doc._.doc_date = prep.doc_date.value
        doc._.doc_date_source = prep.doc_date.source
        if self.dates_profile == "auto" and prep.raw.source.format == "timeml":
            doc._.dates_profile = "timeml"
        doc._.page_header = page_header(prep.cleaned)
        return doc

    def _parse_long(self, text: str):
        """Parse a huge text in chunks with the model's own pipes, then join."""
        import numpy
        from spacy.tokens import Doc

        parsed = []
        with self.nlp.select_pipes(disable=self._ours):
            for part in self.nlp.pipe(_chunks(text, CHUNK_CHARS), batch_size=4):
                # The tok2vec output (~400 bytes a token) is not used after the parse:
                # dropping it halves the memory of a multi-megabyte document.
                part.tensor = numpy.zeros((0,), dtype="float32")
                parsed.append(part)
        doc = Doc.from_docs(parsed, ensure_whitespace=False, exclude=["tensor"])
        del parsed
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
        # Decide before piping: nlp.pipe annotates a whole minibatch in place, so
        # asking has_annotation() inside the loop would see the later docs as
        # already parsed and run our components on them a second time.
        pre_parsed = [doc.has_annotation("DEP") for _, doc in batch]  # huge texts, parsed in chunks
        to_pipe = [doc for (_, doc), pre in zip(batch, pre_parsed) if not pre]
        parsed: Optional[Iterator] = iter(self.nlp.pipe(to_pipe, batch_size=self.batch_size)) if to_pipe else None
        for (prep, doc), pre in zip(batch, pre_parsed):
            try:
                if pre:
                    out = self._run_ours(doc)
                elif parsed is not None:
                    out = next(parsed)
                else:
                    out = self.nlp(doc)
                yield self._to_document(prep, out)
            except Exception as exc:  # noqa: BLE001
                # A failure inside nlp.pipe poisons the generator: the rest go one by one.
                parsed = None
                yield ErrorRecord(prep.raw.doc_id, prep.raw.source.path, "nlp", _describe(exc))

    def extract(self, text: str, *, doc_id: str = "doc", doc_date: Optional[str] = None, title: Optional[str] = None) -> Document:
        """One text → :class:`Document` (raises on failure, unlike :meth:`process`)."""
        raw = from_text(text, doc_id=doc_id, meta={"title": title} if title else None)
        result = next(self.process([raw], doc_date=doc_date))
        if isinstance(result, ErrorRecord):
            raise ValueError(f"{result.stage}: {result.error}")
        return result


def _text_doc_type():
    """``TextDoc``: a spaCy ``Doc`` whose ``text`` is computed once.

    ``Doc.text`` joins every token on each access, so code that reads
    ``doc.text`` per span or per token is quadratic in the document length
    (minutes on a megabyte document). A Doc's text never changes (the
    retokenizer keeps it), so caching it is safe.
    """
    global TextDoc
    if TextDoc is None:
        from spacy.tokens import Doc

        class _TextDoc(Doc):
            @property
            def text(self) -> str:
                try:
                    return self.__dict__["_communique_text"]
                except KeyError:
                    # joined from the token columns: no Token object per word
                    from spacy.attrs import ORTH, SPACY

                    strings = self.vocab.strings
                    value = "".join(
                        strings[orth] + (" " if space else "")
                        for orth, space in self.to_array([ORTH, SPACY]).tolist()
                    ) if len(self) else ""
                    self.__dict__["_communique_text"] = value
                    return value

            @property
            def text_with_ws(self) -> str:
                return self.text

        _TextDoc.__name__ = _TextDoc.__qualname__ = "TextDoc"
        _TextDoc.__module__ = __name__
        TextDoc = _TextDoc
    return TextDoc


TextDoc = None  # the class, created on first use (spaCy is imported lazily)


def text_doc(doc):
    """The same document as a :data:`TextDoc` (tokens, spaces, norms and any annotations kept)."""
    cls = _text_doc_type()
    if isinstance(doc, cls):
        return doc
    if not doc.has_annotation("DEP") and not doc.has_annotation("ENT_IOB") and not doc.has_annotation("TAG"):
        # Fresh from the tokenizer: only words, spaces and special-case norms are set.
        from spacy.attrs import NORM, ORTH, SPACY

        if not len(doc):
            out = cls(doc.vocab, words=[], spaces=[])
        else:
            # read from the token columns: no Token object per word
            cols = doc.to_array([ORTH, SPACY, NORM])
            strings = doc.vocab.strings
            out = cls(doc.vocab, words=[strings[o] for o in cols[:, 0].tolist()],
                      spaces=[bool(s) for s in cols[:, 1].tolist()])
            out.from_array([NORM], cols[:, 2:3].copy())
        out.user_data.update(doc.user_data)
        return out
    # A parsed Doc: copy every annotation; ``Doc._`` values are copied as they are
    # (they may hold objects that do not serialise).
    out = cls(doc.vocab).from_bytes(doc.to_bytes(exclude=["tensor", "user_data"]), exclude=["tensor", "user_data"])
    out.user_data.update(doc.user_data)
    return out


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
