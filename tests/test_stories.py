"""Story grouping as pure functions: canonical links, numbers, names, SimHash, the window."""

# ruff: noqa: SIM905  (Turkish dotless i in the articles; sentences read best as text)

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.config import parse_config
from monitor.matching import Matching
from monitor.models import Article
from monitor.stories import Signature, StoryWindow, canonical_link
from monitor.stories.evidence import name_key, numbers, simhash
from monitor.stories.grouping import Grouper

HOUR = 3600.0


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://www.example.org/a/1/?utm_source=rss&utm_medium=x", "example.org/a/1"),
        ("http://example.org/a/1#comments", "example.org/a/1"),
        ("https://m.example.org/a/1?fbclid=abc&gclid=d&mc_cid=e&ref=rss", "example.org/a/1"),
        ("https://amp.example.org/a/1", "example.org/a/1"),
        ("https://example.org/amp/a/1", "example.org/a/1"),
        ("https://example.org/a/1/amp", "example.org/a/1"),
        ("https://example.org/a/1.amp.html", "example.org/a/1.html"),
        ("https://EXAMPLE.org/a/1/index.html", "example.org/a/1"),
        ("https://example.org/story?id=4&utm_campaign=x&page=2", "example.org/story?id=4&page=2"),
        ("https://example.org/story?page=2&id=4", "example.org/story?id=4&page=2"),
        ("https://example.org/Story", "example.org/Story"),  # paths keep their case
        ("ftp://example.org/a", ""),
        ("not a url", ""),
        ("https://www.example.org/?utm_source=rss", ""),  # a home page names no article
        ("https://example.org/index.html", ""),
        ("https://example.org/?p=42", "example.org?p=42"),
    ],
)
def test_canonical_links(url: str, canonical: str) -> None:
    assert canonical_link(url) == canonical


def test_different_pages_keep_different_links() -> None:
    assert canonical_link("https://example.org/story?id=4") != canonical_link(
        "https://example.org/story?id=5"
    )
    assert canonical_link("https://news.example.org/a") != canonical_link("https://example.org/a")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("12.000 Soldaten", {"12000"}),
        ("12,000 troops", {"12000"}),
        ("12\u00a0000 soldats", {"12000"}),
        ("1.246 bina", {"1246"}),
        ("Stärke 6,1", {"6.1"}),
        ("magnitude 6.1", {"6.1"}),
        ("0,25 Prozentpunkte", {"0.25"}),
        ("3 dead", set()),  # one digit says too little
        ("M6.4の地震", {"6.4"}),
        ("١٢ قتيلا", {"12"}),  # Arabic-Indic digits
        ("１２人", {"12"}),  # full-width digits
    ],
)
def test_numbers_read_as_one_form(text: str, found: set[str]) -> None:
    assert numbers(text) == found


def test_names_agree_across_scripts_and_endings() -> None:
    assert name_key("Путина", "ru") == name_key("Putin", "en") == "putin"
    assert name_key("İzmir", "tr") == name_key("Izmir", "de")
    assert name_key("BBC", "en") is None  # too short to say anything


def test_simhash_of_a_copy_is_close_and_of_another_text_far() -> None:
    text = "the first ships left the port of odesa on sunday under the new corridor deal".split(" ")
    edited = [*text[:-1], "agreement"]
    other = "a magnitude 6.1 earthquake struck western turkey near izmir early on tuesday".split(" ")
    assert (simhash(text) ^ simhash(edited)).bit_count() <= 12
    assert (simhash(text) ^ simhash(other)).bit_count() > 16
    assert simhash(text) == simhash(list(text))  # stable (BLAKE2b, not the salted hash())


def sig(
    keys: set[str], *, link: str = "", language: str = "en", simhash_: int = 0, source: str = ""
) -> Signature:
    return Signature(language, link, simhash_, frozenset(keys), source=source)


def test_the_window_joins_by_link_copy_and_evidence() -> None:
    window = StoryWindow(48 * HOUR, 0.2)
    window.add(
        sig({"c:earthquake", "n:izmir", "#:6.1"}, link="a.org/1", simhash_=0xFFFF_0000_FFFF_0000), 1, 0
    )
    window.add(sig({"c:flood", "n:carra", "#:71"}, link="b.org/2"), 2, 0)

    assert window.place(sig(set(), link="a.org/1"), HOUR).story == 1
    assert window.place(sig(set(), simhash_=0xFFFF_0000_FFFF_0007), HOUR).reason == "copy"
    assert window.place(sig(set(), simhash_=0xFFFF_0000_FFFF_0007, language="de"), HOUR).story is None
    quake = window.place(sig({"c:earthquake", "n:izmir", "#:6.1", "n:afad"}, language="de"), HOUR)
    assert (quake.story, quake.reason) == (1, "evidence")
    assert window.place(sig({"c:earthquake", "n:iwate", "#:6.4"}), HOUR).story is None


def test_a_copy_is_found_behind_a_templates_many_articles() -> None:
    """Hundreds of articles of one story share the copy's first band: another band finds the copy."""
    window = StoryWindow(48 * HOUR, 0.2)
    window.add(sig(set(), simhash_=0x1234_5678_9ABC_0000), "original", 0)
    for i in range(1, 400):  # far in the other 48 bits, the same first 16
        window.add(
            sig(set(), simhash_=(i * 0x9E37_79B9_7F4A_7C15) & 0xFFFF_FFFF_FFFF_0000 | 0x0001), "ticker", i
        )

    copy = window.place(sig(set(), simhash_=0x1234_5678_9ABC_0001), HOUR)
    assert (copy.story, copy.reason) == ("original", "copy")
    assert (
        window.place(
            sig(set(), simhash_=(7 * 0x9E37_79B9_7F4A_7C15) & 0xFFFF_FFFF_FFFF_0000 | 0x0003), HOUR
        ).story
        == "ticker"
    )


def test_concepts_alone_never_make_a_story() -> None:
    window = StoryWindow(48 * HOUR, 0.2)
    window.add(sig({"c:central_bank", "c:interest_rates", "c:inflation", "#:3.25"}), "fed", 0)
    ecb = window.place(sig({"c:central_bank", "c:interest_rates", "c:inflation", "#:2.15"}), HOUR)
    assert ecb.story is None


def test_stories_leave_the_window_after_its_span() -> None:
    window = StoryWindow(48 * HOUR, 0.2)
    window.add(sig({"c:earthquake", "n:izmir", "#:6.1"}, link="a.org/1"), 1, 0)

    assert window.place(sig(set(), link="a.org/1"), 47 * HOUR).story == 1
    assert window.place(sig(set(), link="a.org/1"), 49 * HOUR).story is None
    assert window.expire(49 * HOUR) == 1 and len(window) == 0


def test_relabel_and_discard_keep_the_indexes_right() -> None:
    window = StoryWindow(48 * HOUR, 0.2)
    window.add(sig({"n:izmir", "#:6.1", "c:earthquake"}, link="a.org/1", source="Reuters"), "new-1", 0)
    window.add(sig({"n:carra", "#:71", "c:flood"}, link="b.org/1"), "new-2", 0)

    window.relabel({"new-1": 41})
    window.discard(["new-2"])

    assert window.place(sig(set(), link="a.org/1"), HOUR).story == 41
    assert window.place(sig(set(), link="b.org/1"), HOUR).story is None
    assert 41 in window and len(window) == 1


def test_one_story_in_three_languages_and_a_lookalike_apart() -> None:
    """Real analysis and concept book: the Izmir quake in en, de, tr; the Iwate quake is another."""
    grouper = Grouper(Matching.build(parse_config("rules: []\n")))
    when = datetime(2026, 11, 17, 3, 0, tzinfo=UTC)
    articles = [
        Article(
            "en1",
            "Reuters",
            "Magnitude 6.1 earthquake strikes western Turkey near Izmir, three dead",
            "The quake, centred in the Seferihisar district at a depth of 11.4 km, was felt on Samos, AFAD said.",
            language="en",
            published=when,
        ),
        Article(
            "de1",
            "Tagesschau",
            "Erdbeben der Stärke 6,1 erschüttert Westtürkei",
            "Nach Angaben der Behörde AFAD stürzten in Seferihisar und Urla nahe Izmir zwei Gebäude ein.",
            language="de",
            published=when,
        ),
        Article(
            "tr1",
            "Hürriyet",
            "İzmir depreminde can kaybı 12'ye yükseldi",
            "Seferihisar merkezli 6,1 büyüklüğündeki depremde 387 kişi yaralandı, AFAD açıkladı.",
            language="tr",
            published=when,
        ),
        Article(
            "en2",
            "NHK World",
            "Magnitude 6.4 quake off Iwate; tsunami advisory issued",
            "A strong earthquake with a magnitude of 6.4 struck off Iwate Prefecture at 2:27 p.m.",
            language="en",
            published=when,
        ),
    ]
    grouped = [grouper.add(a) for a in articles]

    assert [g.story for g in grouped] == ["en1", "en1", "en1", "en2"]
    assert [g.first for g in grouped] == [True, False, False, True]
