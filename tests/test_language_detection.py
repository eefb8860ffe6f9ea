"""Articles that declare no language: detected among every supported language, `und` when unsure."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.analysis.detect import LanguageDetector
from monitor.cli import cli
from monitor.concepts import PACK_LANGUAGES, supported_languages
from monitor.config import load_config, parse_config
from monitor.matching import Matching
from monitor.models import Article
from monitor.runtime import Runtime
from tests.conftest import write_config
from tests.feedserver import FeedServer, rss
from tests.polling import poll_feed

NK = "rules:\n  - name: nk\n    query: '\"North Korea\" AND Russia AND troops'\n"
RU_TITLE = "КНДР направила войска в Россию"
RU_SUMMARY = "Северокорейские солдаты прибыли в Курскую область, сообщило министерство обороны."
DE_LINE = {
    "id": "de-1",
    "title": "Nordkorea schickt Soldaten nach Russland",
    "summary": "Tausende nordkoreanische Soldaten sind in Russland eingetroffen, sagen Geheimdienste.",
}


def build(text: str) -> Matching:
    return Matching.build(parse_config(text, environ={}))


def test_every_supported_language_is_detected_by_default() -> None:
    supported = supported_languages()
    assert set(PACK_LANGUAGES) <= set(supported)
    assert {"sv", "cs", "ro"} <= set(supported)  # languages with a lemma table, beyond the pack
    m = build(NK)
    assert set(m.config.detect_languages()) == set(supported)
    assert {"ru", "uk", "pl", "ar", "zh", "ja", "sv"} <= set(m.detector.codes)
    assert "grc" not in m.detector.codes  # a lemma table lingua cannot detect: only declared


def test_configured_languages_still_narrow_detection() -> None:
    m = build("languages: [en, de]\n" + NK)
    assert m.detector.codes == ["de", "en"]
    assert m.settle(Article(uid="1", feed="f", title=RU_TITLE, summary=RU_SUMMARY)).article.language != "ru"


def test_a_russian_feed_without_a_language_keeps_its_cross_lingual_matches(
    tmp_path: Path, feeds: FeedServer
) -> None:
    """The feed declares no <language> and the config names none: the old detection said English."""
    path = write_config(
        tmp_path,
        f"feeds:\n  - name: RU\n    url: {feeds.url('/ru')}\n    alert_on_first_poll: true\n"
        + NK.replace("query:", "targets: []\n    query:"),
    )
    feeds.route("/ru", body=rss([{"guid": "1", "title": RU_TITLE, "description": RU_SUMMARY}]))
    rt = Runtime.open(load_config(path))
    try:
        report = poll_feed(rt, rt.config.feeds[0])
        [(_, stored)] = rt.store.articles()
        [match] = rt.store.recent_matches()
    finally:
        rt.close()
    assert (report.new, report.matches) == (1, 1)
    assert stored.language == "ru"
    assert match.rule == "nk"


def test_a_german_json_line_without_a_language_matches(tmp_path: Path) -> None:
    path = write_config(tmp_path, NK)
    lines = tmp_path / "articles.jsonl"
    lines.write_text(json.dumps(DE_LINE) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["match", "--config", str(path), "--explain", str(lines)])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["rule"] == "nk" and record["language"] == "de"
    assert {'"North Korea" (Nordkorea)', "Russia (Russland)", "troops (Soldaten)"} <= set(record["terms"])
    assert "note:" not in result.output


UNSURE_RULES = (
    "concepts:\n  builtin: false\n  places: false\n  define:\n    quake:\n"
    "      en: [earthquake]\n      de: [Erdbeben]\n      fr: [séisme]\n"
    "rules:\n  - name: quake\n    query: earthquake\n"
    "  - name: und\n    query: 'lang:und AND Japan'\n"
    "  - name: de\n    query: 'lang:de AND Japan'\n"
)


def test_an_unsure_language_is_und_and_matched_in_each_likely_language() -> None:
    m = build(UNSURE_RULES)
    article = Article(uid="1", feed="f", title="Erdbeben in Japan")  # 15 letters: lingua is unsure
    settled = m.settle(article)
    assert settled.article.language == "und"
    assert settled.candidates[0] == "de" and settled.candidates[-1] == "en"  # likely ones, then the default
    assert "stored as und and matched as de" in settled.note()
    doc, matches = m.match(article)
    terms = {match.rule: match.terms(doc) for match in matches}
    # Found through the German member, although German is only a likely language; lang: sees `und`.
    assert terms == {"quake": ["earthquake (Erdbeben)"], "und": ["Japan"]}
    assert doc.stored_language == "und" and doc.language == "de"


def test_a_sure_language_is_stored_and_lang_compares_it() -> None:
    m = build(UNSURE_RULES)
    article = Article(uid="1", feed="f", title="Schweres Erdbeben erschüttert Japan am frühen Morgen")
    assert m.with_language(article).language == "de"
    doc, matches = m.match(article)
    assert {match.rule for match in matches} == {"quake", "de"}
    assert doc.candidates == ()


def test_text_in_no_supported_language_has_no_candidate_but_the_default() -> None:
    m = build(UNSURE_RULES)
    settled = m.settle(Article(uid="1", feed="f", title="แผ่นดินไหวถล่มญี่ปุ่นเมื่อเช้านี้"))  # Thai
    assert settled.article.language == "und" and settled.candidates == ("en",)
    assert "no supported language fits the text" in settled.note()
    assert m.settle(Article(uid="2", feed="f", title="")).candidates == ("en",)


def test_a_hit_found_in_another_analysis_points_at_the_same_words() -> None:
    """Hits of a likely language are moved onto the first analysis by character offsets."""
    m = build(UNSURE_RULES.replace("de: [Erdbeben]", "de: [Erdbeben]\n      nb: [Japan]"))
    doc, matches = m.match(Article(uid="1", feed="f", title="Erdbeben in Japan"))
    assert doc.fields["title"].span(matches[0].hits[0].start, matches[0].hits[0].end) == "Erdbeben"


def test_an_unsure_article_is_logged_once_per_feed(caplog: pytest.LogCaptureFixture) -> None:
    m = build(UNSURE_RULES)
    with caplog.at_level(logging.DEBUG, logger="monitor.matching"):
        for title in ("Erdbeben in Japan", "Erdbeben in Chile", "ok"):
            m.with_language(Article(uid=title, feed="f", title=title))
    infos = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(infos) == 1
    assert "feed f: 'Erdbeben in Japan': language unsure" in infos[0] and "set `language:`" in infos[0]
    assert sum(r.levelno == logging.DEBUG for r in caplog.records) == 2


def test_monitor_match_says_when_a_language_is_unsure(tmp_path: Path) -> None:
    path = write_config(tmp_path, UNSURE_RULES)
    lines = tmp_path / "articles.jsonl"
    lines.write_text(json.dumps({"id": "s", "title": "Erdbeben in Japan"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["match", "--config", str(path), "--explain", str(lines)])
    assert result.exit_code == 0, result.output
    assert "note: line 1 (id 's'): language unsure (de " in result.stderr
    assert 'give the line a "language" to settle it' in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["rule"] for r in records} == {"quake", "und"}
    assert all(r["language"] == "und" and r["candidates"][0] == "de" for r in records)


def test_the_start_up_summary_says_how_languages_are_settled() -> None:
    summary = build(NK).language_summary()
    assert "detected among 49 languages (ar, bg, bn, ca," in summary
    assert "unsure is stored as und and matched in its likely languages and en" in summary


def test_the_detector_needs_two_languages_to_choose() -> None:
    assert LanguageDetector(["de"]).detect("Erdbeben in Japan").language == "de"
    assert LanguageDetector(["xx", "yy"]).codes == []


def test_an_unsure_article_is_stored_as_und_and_the_rule_tools_say_so(
    tmp_path: Path, feeds: FeedServer
) -> None:
    path = write_config(
        tmp_path,
        f"feeds:\n  - name: Short\n    url: {feeds.url('/short')}\n    alert_on_first_poll: true\n"
        + UNSURE_RULES.replace("query: earthquake\n", "query: earthquake\n    targets: []\n"),
    )
    feeds.route("/short", body=rss([{"guid": "1", "title": "Erdbeben in Japan"}]))
    rt = Runtime.open(load_config(path))
    try:
        report = poll_feed(rt, rt.config.feeds[0])
        [(article_id, stored)] = rt.store.articles()
        rules = {m.rule for m in rt.store.recent_matches()}
    finally:
        rt.close()
    assert stored.language == "und" and report.matches == 2
    assert rules == {"quake", "und"}

    explained = CliRunner().invoke(cli, ["rules", "explain", "--config", str(path), "quake", str(article_id)])
    assert explained.exit_code == 0, explained.output
    assert "(Short, language und, matched as de, nb, en)" in explained.output
    assert "earthquake -> Erdbeben" in explained.output
    tested = CliRunner().invoke(cli, ["rules", "test", "--config", str(path), "quake"])
    assert tested.exit_code == 0, tested.output
    assert "terms: earthquake (Erdbeben)" in tested.output


HEADLINES = [
    "Apple unveils new iPhone",
    "Nurses vote to strike",
    "Storm kills 12 in Manila",
    "Parliament passes budget after long night",
    "Central bank holds interest rates steady",
    "Wildfire forces thousands to flee homes",
    "Police arrest two men after bank robbery",
    "Talks on trade deal resume next week",
]


def test_short_headlines_of_an_undeclared_feed_are_read_with_their_feed(
    tmp_path: Path, feeds: FeedServer
) -> None:
    # A title alone is a weak witness of its language ("Nurses vote to strike" reads as
    # Indonesian to a detector); read with the other items of its poll it is plainly English.
    items = [{"guid": str(i), "title": t} for i, t in enumerate(HEADLINES)]
    feeds.route("/wire", body=rss(items))  # no <language>
    path = write_config(
        tmp_path,
        f"""
        defaults:
          alert_on_first_poll: true
        feeds:
          - name: wire
            url: {feeds.url("/wire")}
        rules:
          - name: nurses
            query: nurse
          - name: kills
            query: kill
          - name: unveils
            query: unveil
        """,
    )
    rt = Runtime.open(load_config(path))
    try:
        report = poll_feed(rt, rt.config.feeds[0])
        stored = {a.title: a.language for _, a in rt.store.articles()}
        matched = {m.rule for m in rt.store.recent_matches()}
    finally:
        rt.close()
    assert report.new == len(HEADLINES)
    assert set(stored.values()) == {"en"}, stored
    assert matched == {"nurses", "kills", "unveils"}
