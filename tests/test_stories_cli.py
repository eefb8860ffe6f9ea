"""The story commands: match --stories, stories (stored and from a file), deliveries, retry, preview."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from click.testing import CliRunner

from monitor.cli import cli
from monitor.delivery.outbox import deliver_due
from monitor.store import utcnow
from tests.conftest import write_config
from tests.feedserver import FeedServer
from tests.receivers import WebhookReceiver
from tests.test_digests import STORY, config_text, poll, runtime

RULES = """
rules:
  - name: quakes
    query: earthquake
  - name: floods
    query: flood
"""

LINES = [
    {
        "id": "en1",
        "language": "en",
        "published": "2026-11-17T03:05:00+00:00",
        "title": "Magnitude 6.1 earthquake strikes western Turkey near Izmir",
        "summary": "The quake hit the Seferihisar district, the disaster agency AFAD said.",
        "link": "https://www.reuters.example/izmir-quake",
    },
    {
        "id": "de1",
        "language": "de",
        "published": "2026-11-17T06:20:00+00:00",
        "title": "Erdbeben der Stärke 6,1 erschüttert Westtürkei nahe Izmir",
        "summary": "Nach Angaben der Behörde AFAD stürzten in Seferihisar zwei Gebäude ein.",
    },
    {
        "id": "en2",
        "language": "en",
        "published": "2026-11-17T07:00:00+00:00",
        "title": "Markets close higher as oil prices ease",
        "summary": "Stocks in Frankfurt and Paris rose 1.2 percent.",
    },
    {
        "id": "fr1",
        "language": "fr",
        "published": "2026-11-17T08:00:00+00:00",
        "title": "Un séisme de magnitude 6,1 frappe la Turquie près d'Izmir",
        "summary": "Selon l'agence AFAD, deux immeubles se sont effondrés à Seferihisar.",
        "link": "https://reuters.example/izmir-quake?utm_source=rss",
    },
]


def articles_file(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text(
        "\n".join(json.dumps(line, ensure_ascii=False) for line in LINES) + "\n", encoding="utf-8"
    )
    return path


def test_match_with_stories_marks_the_line_that_would_alert(tmp_path: Path) -> None:
    config = write_config(tmp_path, RULES)
    result = CliRunner().invoke(cli, ["match", str(articles_file(tmp_path)), "-c", str(config), "--stories"])

    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["id"], r["rule"], r["story"], r["first"]) for r in records] == [
        ("en1", "quakes", "en1", True),
        ("de1", "quakes", "en1", False),
        ("fr1", "quakes", "en1", False),
    ]
    assert records[1]["terms"] == ["earthquake (Erdbeben)"]


def test_stories_of_a_file_name_every_article_even_unmatched(tmp_path: Path) -> None:
    config = write_config(tmp_path, RULES)
    result = CliRunner().invoke(cli, ["stories", str(articles_file(tmp_path)), "-c", str(config)])

    assert result.exit_code == 0, result.output
    assert [json.loads(line) for line in result.output.splitlines()] == [
        {"id": "en1", "story": "en1"},
        {"id": "de1", "story": "en1"},
        {"id": "en2", "story": "en2"},
        {"id": "fr1", "story": "en1"},
    ]


def test_a_bad_line_is_named(tmp_path: Path) -> None:
    config = write_config(tmp_path, RULES)
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "published": "yesterday"}\n')
    result = CliRunner().invoke(cli, ["stories", str(path), "-c", str(config)])
    assert result.exit_code == 1
    assert "line 1: 'published' must be an ISO 8601 time" in result.output


def test_stories_deliveries_retry_and_preview(
    tmp_path: Path, feeds: FeedServer, hook: WebhookReceiver
) -> None:
    from tests.feedserver import rss

    for name, (lang, item) in STORY.items():
        feeds.route(f"/{name}", body=rss([item], language=lang))
    path_text = config_text(feeds, [hook.url])
    rt = runtime(tmp_path, path_text)
    config = tmp_path / "config.yaml"
    try:
        hook.fail_with(500)
        poll(rt, "reuters", "tagesschau", "lemonde")
        deliver_due(rt.store, rt.config, rt.retry_base)
    finally:
        rt.close()
    run = CliRunner()

    stories = run.invoke(cli, ["stories", "-c", str(config)])
    assert stories.exit_code == 0, stories.output
    lines = stories.output.splitlines()
    assert (
        lines[0].startswith("story #1  ")
        and "3 article(s), 3 source(s) (en, de, fr)  rules: quakes" in lines[0]
    )
    assert lines[1] == f"  {STORY['reuters'][1]['title']}"
    assert lines[3].startswith("    #2      tagesschau (de)  [evidence]: Erdbeben")
    assert run.invoke(cli, ["stories", "-c", str(config), "--rule", "quakes"]).output == stories.output
    assert run.invoke(cli, ["stories", "-c", str(config), "--rule", "qakes"]).exit_code == 1

    failed = run.invoke(cli, ["deliveries", "-c", str(config), "--failed"])
    assert failed.exit_code == 0, failed.output
    first, what = failed.output.splitlines()
    assert first.startswith("A1 ") and " out " in first and "failed after 1 attempt(s), next try" in first
    assert "error=500" in first and what.strip() == f"rule quakes: {STORY['reuters'][1]['title']}"
    everything = run.invoke(cli, ["deliveries", "-c", str(config)]).output
    assert "held (update) until" in everything and everything.count("\nA") + 1 == 3

    retried = run.invoke(cli, ["deliveries", "retry", "A1", "-c", str(config)])
    assert retried.exit_code == 0 and "A1 to target out will be sent again" in retried.output
    assert run.invoke(cli, ["deliveries", "retry", "A99", "-c", str(config)]).exit_code == 1
    assert run.invoke(cli, ["deliveries", "retry", "x", "-c", str(config)]).exit_code == 2

    preview = run.invoke(cli, ["preview", "quakes", "2", "-c", str(config)])
    assert preview.exit_code == 0, preview.output
    out = preview.output.splitlines()
    assert out[0] == f"--- to json://127.0.0.1:{hook.port}/**** (text)"
    assert out[1] == f"title: [quakes] {STORY['tagesschau'][1]['title']}"
    assert "Matched:   earthquake -> Erdbeben" in preview.output
    assert "Also:      reuters (en), lemonde (fr)" in preview.output
    assert len(hook.requests) == 1  # preview sent nothing
    assert run.invoke(cli, ["preview", "quake", "2", "-c", str(config)]).output.endswith(
        "did you mean 'quakes'?\n"
    )
    assert (
        "no stored article with id 99"
        in run.invoke(cli, ["preview", "quakes", "99", "-c", str(config)]).output
    )

    hook.recover()
    rt = runtime(tmp_path, path_text)
    try:
        report = deliver_due(rt.store, rt.config, rt.retry_base, now=utcnow() + timedelta(seconds=1))
    finally:
        rt.close()
    assert report.sent == 1 and len(hook.messages) == 1
