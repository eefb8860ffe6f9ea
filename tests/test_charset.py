"""Feeds in the encoding they declare: a broken byte costs one character, not the whole feed."""

from __future__ import annotations

import codecs

import pytest

from monitor.charset import to_utf8
from monitor.parse import parse_feed

GERMAN = "Grüße aus München: Bürgermeisterin öffnet Straße"
RUSSIAN = "Войска КНДР прибыли в Курскую область"


def feed(title: str, encoding: str | None, *, declare: bool = True) -> bytes:
    """An RSS document with `title`, encoded (and declared, if asked) in `encoding`."""
    decl = f'<?xml version="1.0" encoding="{encoding}"?>' if declare and encoding else ""
    text = f"{decl}<rss version='2.0'><channel><title>Test</title><item><guid>1</guid><title>{title}</title></item></channel></rss>"
    return text.encode(encoding or "utf-8")


def break_first(raw: bytes, text: str, char: str) -> bytes:
    """`raw` with the bytes of `char`'s first occurrence in `text` replaced by one byte invalid in UTF-8."""
    return raw.replace(text.encode(), text.encode().replace(char.encode(), b"\xff", 1))


@pytest.mark.parametrize(("text", "char"), [(GERMAN, "ü"), (RUSSIAN, "й")])
@pytest.mark.parametrize(
    ("declare", "content_type"),
    [
        (True, None),  # XML declaration
        (False, "application/rss+xml; charset=utf-8"),  # HTTP charset
        (False, None),  # nothing declared: UTF-8 is XML's default
    ],
)
def test_one_broken_byte_in_utf8_costs_one_character(
    text: str, char: str, declare: bool, content_type: str | None
) -> None:
    broken = break_first(feed(text, "utf-8", declare=declare), text, char)

    parsed = parse_feed(broken, "f", content_type=content_type)

    (article,) = parsed.articles
    assert article.title == text.replace(char, "\ufffd", 1)  # every other character intact
    assert any("not valid utf-8 replaced by U+FFFD" in w for w in parsed.warnings), parsed.warnings


def test_utf8_bom_with_a_broken_byte() -> None:
    broken = codecs.BOM_UTF8 + break_first(feed(GERMAN, "utf-8"), GERMAN, "ü")

    (article,) = parse_feed(broken, "f").articles

    assert article.title == GERMAN.replace("ü", "\ufffd", 1)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(GERMAN, "ISO-8859-1"), (GERMAN, "windows-1252"), (RUSSIAN, "windows-1251"), (RUSSIAN, "KOI8-R")],
)
def test_feeds_in_other_declared_encodings_keep_working(text: str, encoding: str) -> None:
    parsed = parse_feed(feed(text, encoding), "f")

    assert parsed.articles[0].title == text
    assert parsed.warnings == ()


@pytest.mark.parametrize(("text", "encoding"), [(GERMAN, "ISO-8859-1"), (RUSSIAN, "KOI8-R")])
def test_an_encoding_given_only_by_http_is_used(text: str, encoding: str) -> None:
    raw = feed(text, encoding, declare=False)

    parsed = parse_feed(raw, "f", content_type=f"application/rss+xml; charset={encoding.lower()}")

    assert parsed.articles[0].title == text


def test_the_documents_declaration_wins_over_a_servers_default_charset() -> None:
    raw = feed(RUSSIAN, "windows-1251")

    parsed = parse_feed(raw, "f", content_type="text/xml; charset=utf-8")

    assert parsed.articles[0].title == RUSSIAN


def test_valid_utf8_labelled_latin1_by_the_server_is_read_as_utf8() -> None:
    parsed = parse_feed(
        feed(GERMAN, "utf-8", declare=False), "f", content_type="text/xml; charset=iso-8859-1"
    )

    assert parsed.articles[0].title == GERMAN


def test_a_byte_invalid_in_the_declared_single_byte_encoding_is_replaced_alone() -> None:
    raw = feed(RUSSIAN, "windows-1251").replace(" КНДР".encode("cp1251"), b" \x98 \xca\xcd\xc4\xd0")

    parsed = parse_feed(raw, "f")

    assert parsed.articles[0].title == RUSSIAN.replace(" ", " \ufffd ", 1)
    assert any("not valid cp1251" in w for w in parsed.warnings), parsed.warnings


def test_latin1_mislabelled_utf8_is_still_read_as_windows_1252() -> None:
    raw = feed(GERMAN, "utf-8").replace(GERMAN.encode(), GERMAN.encode("windows-1252"))

    parsed = parse_feed(raw, "f")

    assert parsed.articles[0].title == GERMAN
    assert any("but it is not UTF-8: read as windows-1252" in w for w in parsed.warnings)


def test_utf16_with_bom_is_read() -> None:
    raw = codecs.BOM_UTF16_LE + feed(GERMAN, "utf-16", declare=True).decode("utf-16").encode("utf-16-le")

    assert parse_feed(raw, "f").articles[0].title == GERMAN


def test_valid_utf8_passes_through_untouched() -> None:
    raw = feed(GERMAN, "utf-8")

    assert to_utf8(raw).body is raw


def test_a_valid_utf8_feed_with_a_bom_is_read() -> None:
    parsed = parse_feed(codecs.BOM_UTF8 + feed(RUSSIAN, "utf-8"), "f")

    assert parsed.articles[0].title == RUSSIAN
    assert parsed.warnings == ()
