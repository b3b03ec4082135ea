"""Ingest: raw bytes → :class:`RawDocument` (decoded text or HTML plus metadata).

One job: find input files, read their bytes, detect the encoding, split off
metadata (YAML front matter, JSONL fields, a TimeML file's creation time), and
say clearly when a file cannot be used. Nothing here knows about chrome or NLP. Errors are values
(:class:`IngestError`), never exceptions, so a batch goes on past a bad file.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .records import Source

SUFFIXES = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".tml": "timeml"}
MAX_BYTES = 64 * 1024 * 1024  # one input file; larger files are refused with an error row
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


@dataclass
class RawDocument:
    """A decoded input: exactly one of ``text``/``html`` is set."""

    doc_id: str
    source: Source
    text: Optional[str] = None
    html: Optional[str] = None
    meta: dict = field(default_factory=dict)  # title, date, author, url from metadata
    front_matter_end: int = 0  # chars of ``text`` that are front matter (metadata, not body)
    body_only: bool = False  # ``text`` is already the body (a TimeML <TEXT>): no chrome to remove


@dataclass
class IngestError:
    doc_id: str
    path: Optional[str]
    reason: str
    stage: str = "ingest"


Ingested = Union[RawDocument, IngestError]


def iter_paths(paths: Iterable[Union[str, Path]]) -> Iterator[Path]:
    """Input files under ``paths`` (files or folders, recursive), sorted for determinism."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(
                (f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES),
                key=lambda f: str(f),
            )
        else:
            yield p


def decode(data: bytes) -> tuple[str, str]:
    """Bytes → (text, encoding). Raises ``ValueError`` with a reason a user can act on.

    BOMs first (UTF-8, UTF-16), then strict UTF-8, then charset-normalizer, whose
    answer must decode cleanly; binary-looking content is refused rather than
    turned into mojibake.
    """
    if not data:
        raise ValueError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    if data.strip(b"\x00 \t\r\n") == b"":
        raise ValueError("no text: file holds only NUL bytes or whitespace")
    try:
        text = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        text, enc = _detect(data)
    if _looks_binary(text):
        raise ValueError(f"binary content (not text; decoded as {enc})")
    return text, enc


def _detect(data: bytes) -> tuple[str, str]:
    # UTF-16 without BOM: many NULs at alternating positions.
    if data.count(b"\x00") > len(data) // 4:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if not _looks_binary(text):
                return text, enc
        raise ValueError("binary content (NUL bytes)")
    sample = data[:65536]
    if len(_CONTROL_BYTES.findall(sample)) / len(sample) > 0.05:
        raise ValueError("binary content (control bytes; not a text file)")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("undecodable bytes: no text encoding fits")
    enc = best.encoding
    # charset-normalizer names CP949 family members variously; prefer the superset.
    if enc in {"euc_kr", "johab"}:
        try:
            return data.decode("cp949"), "cp949"
        except UnicodeDecodeError:
            pass
    return str(best), enc


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:65536]
    bad = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    return bad / len(sample) > 0.05


def split_front_matter(text: str) -> tuple[dict, int]:
    """YAML front matter → (metadata dict, length of the front-matter block)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    import yaml

    try:
        data = yaml.safe_load(m.group(1))
    except yaml.YAMLError:
        return {}, 0
    if not isinstance(data, dict):
        return {}, 0
    return _meta_fields(data), m.end()


def _meta_fields(data: dict) -> dict:
    """Keep the metadata fields we use, as strings (YAML may give dates/lists)."""
    out: dict = {}
    for key, names in {
        "title": ("title", "headline"),
        "date": ("date", "published", "pubdate", "publish_date", "published_at", "created"),
        "author": ("author", "byline", "authors"),
        "url": ("url", "link", "source_url"),
    }.items():
        for n in names:
            v = data.get(n)
            if v in (None, "", []):
                continue
            if isinstance(v, list):
                v = ", ".join(str(x) for x in v)
            out[key] = str(v).strip()
            break
    return out


def _source(path: Optional[Path], data: bytes, encoding: Optional[str], fmt: str) -> Source:
    return Source(
        path=str(path) if path is not None else None,
        sha256=hashlib.sha256(data).hexdigest(),
        bytes=len(data),
        encoding=encoding,
        format=fmt,
    )


def read_path(path: Path) -> Iterator[Ingested]:
    """One file → its documents (one, or one per JSONL record) or error values."""
    doc_id = path.stem
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        yield IngestError(doc_id, str(path), f"unsupported file type {path.suffix or '(none)'!r}")
        return
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield IngestError(doc_id, str(path), f"file too large ({size} bytes > {MAX_BYTES})")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(doc_id, str(path), f"unreadable: {exc.strerror or exc}")
        return
    if fmt == "jsonl":
        yield from read_jsonl(data, path=path)
        return
    yield from from_bytes(data, doc_id=doc_id, fmt=fmt, path=path)


def from_bytes(
    data: bytes, *, doc_id: str, fmt: str = "txt", path: Optional[Path] = None, meta: Optional[dict] = None
) -> Iterator[Ingested]:
    """Decode one document's bytes (txt/md/html)."""
    try:
        text, enc = decode(data)
    except ValueError as exc:
        yield IngestError(doc_id, str(path) if path else None, str(exc))
        return
    if not text.strip():
        yield IngestError(doc_id, str(path) if path else None, "no text: file is blank")
        return
    try:
        yield from_text(text, doc_id=doc_id, fmt=fmt, source=_source(path, data, enc, fmt), meta=meta)
    except ValueError as exc:  # a TimeML file that is not well-formed
        yield IngestError(doc_id, str(path) if path else None, str(exc))


def from_text(
    text: str, *, doc_id: str, fmt: str = "txt", source: Optional[Source] = None, meta: Optional[dict] = None
) -> RawDocument:
    """An already-decoded text (library use, JSONL records)."""
    if source is None:
        source = _source(None, text.encode("utf-8"), "utf-8", fmt)
    meta = dict(meta or {})
    if fmt == "html":
        return RawDocument(doc_id=doc_id, source=source, html=text, meta=meta)
    if fmt == "timeml":
        body, tml_meta = read_timeml(text)
        return RawDocument(doc_id=doc_id, source=source, text=body, meta={**tml_meta, **meta}, body_only=True)
    fm, end = split_front_matter(text)
    return RawDocument(doc_id=doc_id, source=source, text=text, meta={**fm, **meta}, front_matter_end=end)


def read_timeml(text: str) -> tuple[str, dict]:
    """A TimeML document (TimeBank, TempEval ``.tml``) → the ``<TEXT>`` content, its tags dropped
    and its characters kept as they are (so offsets compare with the corpus's), and metadata:
    the creation time (``<DCT><TIMEX3 value=…>``) as ``date``, ``<TITLE>`` as ``title``.
    Raises ValueError when the XML is not well-formed or has no ``<TEXT>``."""
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(text.lstrip("\ufeff"))
    except ET.ParseError as exc:
        raise ValueError(f"malformed TimeML: {exc}") from None
    body_el = root if root.tag == "TEXT" else root.find(".//TEXT")
    if body_el is None:
        raise ValueError("TimeML without a <TEXT> element")
    body = "".join(body_el.itertext())
    if not body.strip():
        raise ValueError("no text: TimeML <TEXT> is empty")
    meta: dict = {}
    dct = root.find(".//DCT")
    if dct is not None:
        timex = dct.find(".//TIMEX3")
        value = timex.get("value") if timex is not None else None
        meta["date"] = value or "".join(dct.itertext()).strip() or None
    title = root.find(".//TITLE")
    if title is not None and "".join(title.itertext()).strip():
        meta["title"] = " ".join("".join(title.itertext()).split())
    return body, {k: v for k, v in meta.items() if v}


def read_jsonl(data: bytes, *, path: Path) -> Iterator[Ingested]:
    """Each line a record ``{"id", "text"|"html", "date"?, "url"?, "title"?}``.

    A malformed line or a record without text becomes an error row naming the
    line; the other records go on.
    """
    try:
        content, enc = decode(data)
    except ValueError as exc:
        yield IngestError(path.stem, str(path), str(exc))
        return
    if not content.strip():
        yield IngestError(path.stem, str(path), "no text: file is blank")
        return
    for lineno, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        fallback_id = f"{path.stem}-{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield IngestError(fallback_id, f"{path}:{lineno}", f"malformed JSON line: {exc.msg}")
            continue
        if not isinstance(rec, dict):
            yield IngestError(fallback_id, f"{path}:{lineno}", "JSON line is not an object")
            continue
        doc_id = _safe_id(str(rec.get("id") or fallback_id))
        body = rec.get("text")
        fmt = "txt"
        if not (isinstance(body, str) and body.strip()):
            body, fmt = rec.get("html"), "html"
        if not (isinstance(body, str) and body.strip()):
            yield IngestError(doc_id, f"{path}:{lineno}", "record has no text or html")
            continue
        meta = _meta_fields(rec)
        raw = line.encode("utf-8")
        yield from_text(body, doc_id=doc_id, fmt=fmt, source=_source(Path(f"{path}:{lineno}"), raw, enc, f"jsonl/{fmt}"), meta=meta)


def _safe_id(value: str) -> str:
    """A doc id usable as a file name."""
    cleaned = re.sub(r"[^\w.\-]+", "_", value).strip("._")
    return cleaned[:150] or "doc"


def read_all(paths: Iterable[Union[str, Path]]) -> Iterator[Ingested]:
    """Stream every document under ``paths``; ids made unique in input order."""
    seen: dict[str, int] = {}
    for path in iter_paths(paths):
        if not path.exists():
            yield IngestError(path.stem, str(path), "no such file or folder")
            continue
        for item in read_path(path):
            n = seen.get(item.doc_id, 0)
            seen[item.doc_id] = n + 1
            if n:
                item.doc_id = f"{item.doc_id}-{n + 1}"
            yield item
