"""Feed bytes -> UTF-8 bytes feedparser reads without guessing, bad bytes replaced alone.

feedparser decodes with the declared encoding and, when that fails strictly (one stray
byte is enough), tries others down to windows-1252 without a word: a UTF-8 feed with one
broken byte becomes mojibake from its first accented letter to its last. So the body is
decoded here first, and feedparser gets clean UTF-8 with a declaration that says so.

How the encoding is chosen, in order:

1. A byte order mark: UTF-8, UTF-16 or UTF-32, whatever else is declared.
2. A body that is valid UTF-8 is UTF-8. Pure ASCII reads the same in every encoding a
   feed declares in ASCII, and text in a single-byte encoding (ISO-8859-1, windows-1251,
   KOI8-R) is practically never valid UTF-8 as a whole, so this only overrides labels
   that are wrong (a server's default `charset=iso-8859-1` on a UTF-8 file).
3. The encoding the document declares (``<?xml ... encoding="..."?>``), else the HTTP
   Content-Type charset, else UTF-8 (XML's default). The document's own declaration
   wins over the header because servers often send a default charset the file does not
   use. Bytes invalid in it become U+FFFD one by one, with a warning.
4. A body "in UTF-8" (declared or by default) without a single valid non-ASCII UTF-8
   sequence is not UTF-8 at all: it is read as windows-1252, as feedparser would.

A body in UTF-16 or UTF-32 without a byte order mark (or EBCDIC) is left to feedparser,
which recognises those from their first bytes.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

__all__ = ["Decoded", "decode_utf8", "to_utf8"]

_BOMS = (  # UTF-32 LE starts like UTF-16 LE: longest first
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# `<?xml` in UTF-16/32 without a BOM, and in EBCDIC: feedparser's own sniffing handles them.
_OTHER_FAMILIES = (b"\x00<\x00?", b"<\x00?\x00", b"\x00\x00\x00<", b"<\x00\x00\x00", b"\x4c\x6f\xa7\x94")
_XML_DECL_ENCODING = re.compile(rb"""^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"'>]{1,64})["']""")
_DECL_ENCODING_TEXT = re.compile(r"""^(\s*<\?xml\s[^>]*?\bencoding\s*=\s*["'])([^"'>]{1,64})(["'])""")
_LEADING_SPACE = re.compile(r"^\s+(?=<\?xml)")
_CHARSET = re.compile(r"""(?i);\s*charset\s*=\s*["']?([^"';\s]+)""")
# feedparser's substitution: GB2312 text often uses the GB18030 extensions.
_SUPERSETS = {"gb2312": "gb18030"}


@dataclass(frozen=True)
class Decoded:
    """The body to hand to feedparser, and what was wrong with the original."""

    body: bytes
    encoding: str  # the Python codec name the text was read with
    warnings: tuple[str, ...] = ()


def _codec(label: str) -> str | None:
    """The Python codec name for an encoding label, or None if Python has no such codec."""
    label = label.strip().lower()
    try:
        name = codecs.lookup(_SUPERSETS.get(label, label)).name
    except LookupError:
        return None
    return name


def _declared(body: bytes, content_type: str | None) -> list[tuple[str, str]]:
    """(encoding label, where it was declared) in the order they count."""
    found = []
    decl = _XML_DECL_ENCODING.match(body[:1024])
    if decl:
        found.append((decl.group(1).decode("ascii", "replace"), "its XML declaration"))
    charset = _CHARSET.search(content_type or "")
    if charset:
        found.append((charset.group(1), "the HTTP Content-Type"))
    return found


def _decode(body: bytes, encoding: str) -> tuple[str, str | None]:
    """(text, None) if `body` is valid in `encoding`, else (text with U+FFFD, what was replaced)."""
    try:
        return body.decode(encoding), None
    except UnicodeDecodeError as exc:
        first = exc.start
    text = body.decode(encoding, "replace")
    literal = body.count("\ufffd".encode()) if encoding == "utf-8" else 0  # U+FFFD in the feed itself
    count = text.count("\ufffd") - literal
    noun = "byte sequence" if count == 1 else "byte sequences"
    return text, f"{count} {noun} not valid {encoding} replaced by U+FFFD (the first at byte {first})"


def decode_utf8(body: bytes, what: str) -> tuple[str, tuple[str, ...]]:
    """UTF-8 text (a UTF-8 BOM dropped) with each invalid byte sequence replaced by U+FFFD.

    `what` says why the body is UTF-8, for the warning ("JSON is UTF-8").
    """
    text, problem = _decode(body.removeprefix(codecs.BOM_UTF8), "utf-8")
    return text, () if problem is None else (f"{problem}; {what}",)


def _as_utf8(text: str) -> bytes:
    """`text` as UTF-8 bytes whose XML declaration, if any, says UTF-8."""
    text = _LEADING_SPACE.sub("", text, count=1)
    text = _DECL_ENCODING_TEXT.sub(r"\g<1>utf-8\g<3>", text, count=1)
    return text.encode("utf-8")


def to_utf8(body: bytes, content_type: str | None = None) -> Decoded:
    """The body as UTF-8 for feedparser, read in the encoding it declares (module docstring)."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            text, problem = _decode(body[len(bom) :], encoding)
            if encoding == "utf-8" and problem is None:
                return Decoded(body, encoding)  # feedparser skips a UTF-8 BOM itself
            said = f"the feed starts with a {encoding} byte order mark"
            return Decoded(_as_utf8(text), encoding, () if problem is None else (f"{problem}; {said}",))
    if body.startswith(_OTHER_FAMILIES):
        return Decoded(body, "")
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return Decoded(body, "utf-8")  # the common case: untouched, nothing copied

    declared = [(label, where, _codec(label)) for label, where in _declared(body, content_type)]
    warnings = [
        f"unknown encoding {label!r} in {where} ignored" for label, where, codec in declared if codec is None
    ]
    usable = [(codec, where) for _, where, codec in declared if codec is not None]
    encoding, where = usable[0] if usable else ("utf-8", "")
    said = f"the feed declares {encoding} in {where}" if where else "the feed declares no encoding, so UTF-8"

    if encoding == "utf-8":
        text, problem = _decode(body, "utf-8")
        if text.replace("\ufffd", "").isascii():  # not one valid non-ASCII character: not UTF-8
            warnings.append(f"{said}, but it is not UTF-8: read as windows-1252")
            return Decoded(_as_utf8(_decode_single_byte(body)), "windows-1252", tuple(warnings))
        warnings.append(f"{problem}; {said}")
        return Decoded(_as_utf8(text), "utf-8", tuple(warnings))

    for codec, _ in usable:  # the declared encoding, else another one declared
        try:
            return Decoded(_as_utf8(body.decode(codec)), codec, tuple(warnings))
        except UnicodeDecodeError:
            continue
    text, problem = _decode(body, encoding)
    warnings.append(f"{problem}; {said}")
    return Decoded(_as_utf8(text), encoding, tuple(warnings))


def _decode_single_byte(body: bytes) -> str:
    """windows-1252, with the five bytes it leaves undefined read as ISO-8859-1 does."""
    try:
        return body.decode("windows-1252")
    except UnicodeDecodeError:
        return body.decode("latin-1")
