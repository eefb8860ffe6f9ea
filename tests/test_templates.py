"""Messages rendered from templates: feed text escaped for each format, terms once per term,
hits marked in the format's own way, user templates checked at their file:line:column."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.delivery.messages import Entry, Message, merge_terms, structured
from monitor.delivery.render import MessageLimits
from monitor.delivery.templates import check_template, render_message, sample_message
from tests.conftest import write_config

HOSTILE = (
    "Troops <script>alert(1)</script> <img src=x onerror=alert(2)> **bold** _it_ "
    "[click](http://evil.example/x) ![i](http://evil.example/i.png) @everyone @here <@123> <!channel> "
    "visit www.evil.example\u202e"
)
ENTRY = Entry(
    rule="nk troops",
    title=HOSTILE,
    feed="Evil <b>Feed</b> @everyone",
    link="https://news.example/a/1?x=1&y=2",
    language="de",
    published=datetime(2026, 11, 17, 7, 20, tzinfo=UTC),
    terms=merge_terms(
        ['"North Korea" (Nordkorea)', '"North Korea" (nordkoreanische)', "troops (Soldaten)", "Russia"]
    ),
    snippet="**Nordkorea** schickt <script>x</script> **Soldaten** nach Russland",
    story=7,
    article_id=41,
    sources=(("Le Monde [x](http://evil.example)", "fr"),),
    alert_id="nm-abc",
)
ALERT = Message("alert", "nm-abc", "out", (ENTRY,))


def test_terms_are_listed_once_each_with_every_word_they_matched() -> None:
    assert ENTRY.terms == (
        ("North Korea", ("Nordkorea", "nordkoreanische")),
        ("troops", ("Soldaten",)),
        ("Russia", ()),
    )
    _, body = render_message(ALERT, "text")
    assert "Matched:   North Korea -> Nordkorea, nordkoreanische; troops -> Soldaten; Russia" in body


def test_a_hostile_title_is_plain_text_in_text() -> None:
    title, body = render_message(ALERT, "text")
    assert title.startswith("[nk troops] Troops <script>")  # harmless as text
    for text in (title, body):
        assert (
            "@everyone" not in text
            and "@here" not in text
            and "<@123>" not in text
            and "<!channel>" not in text
        )
        assert "http://evil" not in text and "www.evil" not in text  # no working links
        assert "\u202e" not in text  # no bidi override
    assert "\nNordkorea schickt <script>x</script> Soldaten nach Russland\n" in body  # no ** marks shown
    assert "Link:      https://news.example/a/1?x=1&y=2" in body


def test_a_hostile_title_cannot_inject_markdown() -> None:
    title, body = render_message(ALERT, "markdown")
    assert title.startswith(r"[nk troops] Troops \<script\>") and r"\*\*bold\*\*" in title
    assert r"\*\*bold\*\*" in body and r"\_it\_" in body
    assert r"\[click\]\(http:" in body and r"\!\[i\]" in body  # no link, no image
    assert "<script>" not in body and r"\<script\>" in body
    assert "@everyone" not in body and "@\u200beveryone" in body
    assert "[read](<https://news.example/a/1?x=1&y=2>)" in body  # the article's own link works
    assert "> **Nordkorea** schickt" in body and "**Soldaten**" in body  # hits in bold
    assert r"Le Monde \[x\]\(http:" in body


def test_a_hostile_title_cannot_inject_html() -> None:
    title, body = render_message(ALERT, "html")
    assert "<script>" not in body and "&lt;script&gt;" in body and "<img" not in body
    assert 'href="http://evil' not in body and "<a href" in body
    assert body.count("<a href=") == 2  # the article's link, on its title and spelt out
    assert '<a href="https://news.example/a/1?x=1&amp;y=2">' in body
    assert "<b>Nordkorea</b> schickt &lt;script&gt;x&lt;/script&gt; <b>Soldaten</b>" in body
    assert "Evil &lt;b&gt;Feed&lt;/b&gt; @\u200beveryone" in body
    assert "&lt;script&gt;" not in title and "<script>" in title  # a subject is plain text


def test_only_http_links_are_links() -> None:
    for link in ("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "not a link"):
        message = Message("alert", "nm-1", "out", (Entry("r", "t", "f", link=link),))
        _, html = render_message(message, "html")
        _, markdown = render_message(message, "markdown")
        assert "href" not in html and "](" not in markdown, link


def test_a_digest_groups_stories_by_rule_and_shortens_to_fit() -> None:
    entries = tuple(
        Entry("quakes" if i % 2 else "floods", f"Story {i} " + "x" * 300, "Feed") for i in range(40)
    )
    digest = Message("digest", "nm-d", "out", entries)

    title, body = render_message(digest, "text")
    assert title == "news-monitor: 40 stories in this digest"
    assert body.index("== floods (20) ==") < body.index("== quakes (20) ==")

    title, small = render_message(digest, "text", MessageLimits(title=250, body=4000))
    assert len(small) <= 4000 and "more (monitor matches lists them)" in small
    assert small.endswith("Alert id:  nm-d")


def test_structured_fields_for_webhooks() -> None:
    [fields] = structured(ALERT)["alerts"]
    assert fields["title"] == HOSTILE and fields["story_id"] == 7 and fields["article_id"] == 41
    assert fields["terms"][0] == {"term": "North Korea", "words": ["Nordkorea", "nordkoreanische"]}
    assert fields["snippet"] == "Nordkorea schickt <script>x</script> Soldaten nach Russland"
    assert fields["sources"] == [{"feed": "Le Monde [x](http://evil.example)", "language": "fr"}]
    assert fields["published"] == "2026-11-17T07:20:00+00:00"


def test_a_template_of_ones_own(tmp_path: Path) -> None:
    path = tmp_path / "mine.j2"
    path.write_text(
        "{% block title %}{{ entries[0].rule }}: {{ entries[0].title }}{% endblock %}\n"
        "{% block body %}{% for e in entries %}* {{ e.title }} <{{ e.link }}>{% endfor %}{% endblock %}\n"
    )
    title, body = render_message(ALERT, "html", template=path)
    assert title.startswith("nk troops: Troops <script>")
    assert body.startswith("* Troops &lt;script&gt;") and "&lt;https://news.example" not in body
    assert check_template(path, sample_message()) is None


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        (
            "{% block title %}x{% endblock %}\n{% block body %}\n  {% if x %}\n{% endblock %}\n",
            4,
            1,
            "unknown tag 'endblock'",
        ),
        (
            "{% block title %}x{% endblock %}\n{% block body %}\nok\n   {{ entries[0].titel }}\n{% endblock %}\n",
            4,
            4,
            "no attribute 'titel'",
        ),
        (
            "{% block title %}{{ message.__class__.__mro__ }}{% endblock %}{% block body %}{% endblock %}",
            1,
            18,
            "unsafe",
        ),
        ("{% block body %}x{% endblock %}", 1, 1, "no {% block title %}"),
    ],
)
def test_template_errors_are_found_at_their_place(
    text: str, line: int, column: int, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "bad.j2"
    path.write_text(text)
    problem = check_template(path, sample_message())
    assert problem is not None and (problem.line, problem.column) == (line, column), problem
    assert message in problem.message


def test_monitor_check_reports_template_errors_with_file_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "mine.j2").write_text(
        "{% block title %}x{% endblock %}\n{% block body %}{{ nope }}{% endblock %}\n"
    )
    path = write_config(
        tmp_path,
        """
        targets:
          - name: me
            urls: ["log://"]
            template: mine.j2
          - name: you
            urls: ["log://"]
            template: missing.j2
        rules:
          - name: r
            query: troops
        """,
    )
    result = CliRunner().invoke(cli, ["check", "--config", str(path)])
    assert result.exit_code == 1
    assert f"{tmp_path / 'mine.j2'}:2:17: 'nope' is undefined (rendering as text)" in result.output
    assert f"{path}:8:15: targets[1].template: no template file" in result.output


def test_a_feeds_own_double_asterisks_are_not_marks_in_the_snippet() -> None:
    from monitor.config import parse_config
    from monitor.matching import Matching
    from monitor.models import Article
    from monitor.rules.explain import snippet

    matching = Matching.build(parse_config("rules:\n  - name: r\n    query: troops\n", environ={}))
    text = "A **fake hit** and ***more*** here: troops arrived."
    doc, (match,) = matching.match(Article(uid="1", feed="f", title=text, language="en"))
    cut = snippet(doc, match.hits)
    message = Message("alert", "nm-1", "out", (Entry("r", "t", "f", snippet=cut),))
    _, markdown = render_message(message, "markdown")
    _, html = render_message(message, "html")
    _, text_body = render_message(message, "text")
    assert "**troops**" in markdown and "**fake hit**" not in markdown
    assert "<b>troops</b>" in html and "<b>fake hit</b>" not in html and "<b>" + "more" not in html
    assert "fake hit" in text_body and "troops arrived" in text_body
