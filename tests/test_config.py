"""Config loading: every class of mistake is reported with file:line:column and key path."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from monitor.config import Config, load_config, parse_config, parse_duration
from monitor.errors import ConfigError

GOOD = """\
defaults:
  poll_interval: 10m
targets:
  - name: me
    urls: ["json://127.0.0.1:9/hook"]
feeds:
  - url: https://example.org/world.xml
    name: World
    tags: [world]
rules:
  - name: nk
    query: '"North Korea" AND Russia AND troops'
    targets: [me]
"""


def problems(text: str, environ: dict[str, str] | None = None) -> list[str]:
    with pytest.raises(ConfigError) as info:
        parse_config(textwrap.dedent(text), "cfg.yaml", environ=environ or {})
    return [str(p) for p in info.value.problems]


def test_good_config_loads_with_typed_values() -> None:
    config = parse_config(GOOD, "cfg.yaml", environ={})
    assert isinstance(config, Config)
    assert config.defaults.poll_interval == 600
    assert config.feeds[0].key == "World"
    assert config.targets_of(config.rules[0]) == ["me"]


def test_config_is_immutable() -> None:
    config = parse_config(GOOD, "cfg.yaml", environ={})
    with pytest.raises(Exception, match="frozen"):
        config.feeds[0].url = "https://other.example/"  # type: ignore[misc]


def test_shipped_example_config_is_valid() -> None:
    config = load_config(Path(__file__).parent.parent / "config.yaml", environ={})
    languages = {f.language for f in config.feeds}
    assert {"en", "de", "fr"} <= languages
    assert any(r.query == '"North Korea" AND Russia AND troops' for r in config.rules)


def test_default_database_is_sqlite_in_data_dir_next_to_the_config(tmp_path: Path) -> None:
    path = tmp_path / "cfg.yaml"
    path.write_text(GOOD)
    assert (
        load_config(path, environ={}).database_url() == f"sqlite:///{tmp_path / 'data' / 'news-monitor.db'}"
    )


def test_environment_variables_fill_strings_and_defaults_apply() -> None:
    text = GOOD.replace("json://127.0.0.1:9/hook", "${HOOK}").replace("10m", "${POLL:-5m}")
    config = parse_config(text, "cfg.yaml", environ={"HOOK": "json://127.0.0.1:7/secret"})
    assert config.targets[0].urls == ["json://127.0.0.1:7/secret"]
    assert config.defaults.poll_interval == 300


def test_rule_without_targets_alerts_every_target_and_empty_list_none() -> None:
    text = GOOD.replace("    targets: [me]\n", "") + "  - name: quiet\n    query: x\n    targets: []\n"
    config = parse_config(text, "cfg.yaml", environ={})
    assert config.targets_of(config.rules[0]) == ["me"]
    assert config.targets_of(config.rules[1]) == []


@pytest.mark.parametrize(
    ("value", "seconds"),
    [(90, 90), ("90s", 90), ("15m", 900), ("1h30m", 5400), ("2d", 172800), ("500ms", 0.5)],
)
def test_durations(value: object, seconds: float) -> None:
    assert parse_duration(value) == seconds


# (what is wrong, config text, expected "line:column: path: message" fragment)
ERRORS = [
    (
        "yaml syntax",
        "feeds:\n  - url: [unclosed\n",
        "cfg.yaml:3:1: YAML syntax",
    ),
    (
        "unknown key with suggestion",
        "defaults:\n  poll_intervall: 5m\n",
        "cfg.yaml:2:3: defaults.poll_intervall: unknown key 'poll_intervall'; did you mean 'poll_interval'?",
    ),
    (
        "unknown top-level key",
        "feedz: []\n",
        "cfg.yaml:1:1: feedz: unknown key 'feedz'; did you mean 'feeds'?",
    ),
    (
        "wrong type",
        "defaults:\n  max_bytes: lots\n",
        "cfg.yaml:2:14: defaults.max_bytes: Input should be a valid integer",
    ),
    (
        "bad duration",
        "defaults:\n  timeout: fast\n",
        "cfg.yaml:2:12: defaults.timeout: 'fast' is not a duration",
    ),
    (
        "missing required key",
        "feeds:\n  - name: A\n",
        "cfg.yaml:2:5: feeds[0].url: missing required key 'url'",
    ),
    (
        "not a web url",
        "feeds:\n  - url: file:///etc/passwd\n",
        "cfg.yaml:2:10: feeds[0].url: 'file:///etc/passwd' is not an http:// or https:// URL",
    ),
    (
        "duplicate yaml key",
        "defaults:\n  timeout: 5s\n  timeout: 6s\n",
        "cfg.yaml:3:3: defaults.timeout: duplicate key 'timeout' (first defined on line 2)",
    ),
    (
        "unset environment variable",
        "targets:\n  - name: me\n    urls: ['${NOT_SET}']\n",
        "cfg.yaml:3:12: targets[0].urls[0]: environment variable NOT_SET is not set",
    ),
    (
        "duplicate feed name",
        "feeds:\n  - url: https://a.example/\n    name: A\n  - url: https://b.example/\n    name: A\n",
        "cfg.yaml:4:5: feeds[1]: duplicate name 'A' in feeds",
    ),
    (
        "duplicate rule name",
        "rules:\n  - name: r\n    query: a\n  - name: r\n    query: b\n",
        "cfg.yaml:4:5: rules[1]: duplicate name 'r' in rules",
    ),
    (
        "duplicate target name",
        "targets:\n  - name: t\n    urls: ['json://127.0.0.1:9/']\n  - name: t\n    urls: ['json://127.0.0.1:9/']\n",
        "cfg.yaml:4:5: targets[1]: duplicate name 't' in targets",
    ),
    (
        "rule names an unknown target",
        "targets:\n  - name: me\n    urls: ['json://127.0.0.1:9/']\nrules:\n  - name: r\n    query: a\n    targets: [mee]\n",
        "cfg.yaml:7:15: rules[0].targets[0]: unknown target 'mee'; did you mean 'me'?",
    ),
    (
        "rule names an unknown feed",
        "rules:\n  - name: r\n    query: a\n    feeds: [Nope]\n",
        "cfg.yaml:4:13: rules[0].feeds[0]: unknown feed 'Nope'; no feeds are defined",
    ),
    (
        "rule names a tag no feed has",
        "feeds:\n  - url: https://a.example/\n    tags: [world]\nrules:\n  - name: r\n    query: a\n    tags: [wrld]\n",
        "cfg.yaml:7:12: rules[0].tags[0]: no feed has the tag 'wrld'; did you mean 'world'?",
    ),
    (
        "query syntax error points at the character",
        "rules:\n  - name: r\n    query: '\"North Korea\" AND (Russia OR'\n",
        "cfg.yaml:3:39: rules[0].query: OR needs a term after it, found the end of the query",
    ),
    (
        "query refers to an unknown building block",
        "rules:\n  - name: r\n    query: troops AND @nope\n",
        "cfg.yaml:3:23: rules[0].query: unknown building block or concept '@nope'",
    ),
    (
        "a language detection cannot tell",
        "languages: [de, qu]\n",
        "cfg.yaml:1:17: languages[1]: articles cannot be detected as 'qu' (lingua does not know it)",
    ),
    (
        "apprise url it cannot use",
        "targets:\n  - name: t\n    urls: ['nosuchscheme://secret-token@host/']\n",
        "cfg.yaml:3:12: targets[0].urls[0]: ",
    ),
]


@pytest.mark.parametrize(("case", "text", "expected"), ERRORS, ids=[e[0] for e in ERRORS])
def test_config_errors_name_file_line_column_and_key(case: str, text: str, expected: str) -> None:
    found = problems(text)
    assert any(p.startswith(expected) for p in found), f"{case}: {found}"


def test_query_error_shows_the_query_with_a_caret() -> None:
    (found,) = problems("rules:\n  - name: r\n    query: 'a AND'\n")
    assert found.endswith("  a AND\n    ^")


def test_all_problems_are_reported_at_once() -> None:
    text = "rules:\n  - name: r\n    query: '(a'\n    targets: [x]\n  - name: r\n    query: b\n"
    found = problems(text)
    assert len(found) == 3
    assert [p.split(":")[1] for p in found] == ["3", "4", "5"]


def test_structural_and_cross_reference_problems_are_reported_together() -> None:
    text = GOOD.replace("  poll_interval: 10m", "  poll_intervall: 10m").replace(
        "targets: [me]", "targets: [mee]"
    )
    text += "  - name: other\n    query: '(a'\n    enabled: maybe\n"
    found = problems(text)
    assert [p.split(": ")[1] for p in found] == [
        "defaults.poll_intervall",
        "rules[0].targets[0]",
        "rules[1].query",
        "rules[1].enabled",
    ]
    assert "unknown target 'mee'; did you mean 'me'?" in found[1]


def test_a_missing_required_key_is_reported_with_the_other_structural_problems() -> None:
    text = GOOD.replace("    query: '\"North Korea\" AND Russia AND troops'\n", "").replace("tags:", "tag:")
    found = problems(text)
    assert [p.split(": ")[1] for p in found] == ["feeds[0].tag", "rules[0].query"]
    assert "missing required key 'query'" in found[1]


@pytest.mark.parametrize(
    ("query_yaml", "line", "column", "caret_line"),
    [
        ("'troops AND (x OR'", 3, 27, "troops AND (x OR"),
        ("troops AND (x OR", 3, 26, "troops AND (x OR"),
        ('"\\"North Korea\\" AND (Russia OR"', 3, 41, '"North Korea" AND (Russia OR'),
        ("'it''s AND (x OR'", 3, 26, "it's AND (x OR"),
        ('>\n      "North Korea" AND\n      (Russia OR', 5, 15, '"North Korea" AND (Russia OR'),
        ("|\n      troops AND\n      (Russia OR", 5, 15, "(Russia OR"),
    ],
)
def test_a_query_error_points_at_its_character_in_the_file(
    query_yaml: str, line: int, column: int, caret_line: str
) -> None:
    """Quotes, escapes and block scalars make the query differ from its source text."""
    (found,) = problems(f"rules:\n  - name: r\n    query: {query_yaml}\n")
    assert found.startswith(f"cfg.yaml:{line}:{column}: rules[0].query: OR needs a term after it")
    assert found.splitlines()[1] == f"  {caret_line}"


def test_apprise_secret_is_not_echoed_in_an_error() -> None:
    found = problems("targets:\n  - name: t\n    urls: ['nosuchscheme://secret-token@host/']\n")
    assert found and all("secret-token" not in p for p in found)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "absent.yaml")


def test_a_broken_feed_url_hides_no_other_problem() -> None:
    """Issue 9.3: a URL without http:// stopped the checks of queries and targets."""
    text = """\
    targets:
      - name: me
        urls: ["json://127.0.0.1:9/hook"]
    feeds:
      - name: World
        url: www.example.org/rss
    rules:
      - name: r
        query: '"North Korea" AND (Russia OR'
        targets: [mee]
        feeds: [World]
    """
    assert [p.split(": ")[0:2] for p in problems(text)] == [
        ["cfg.yaml:6:10", "feeds[0].url"],
        ["cfg.yaml:9:39", "rules[0].query"],
        ["cfg.yaml:10:15", "rules[0].targets[0]"],
    ]


def test_a_rule_without_a_query_hides_no_other_problem() -> None:
    """Issue 9.3: a rule without `query` hid every other problem of the file."""
    text = """\
    targets:
      - name: me
        urls: ["nosuchscheme://token@host/", "json://127.0.0.1:9/hook"]
      - name: me
        urls: ["json://127.0.0.1:9/hook"]
    feeds:
      - name: A
        url: https://a.example/rss
        tags: [world]
      - name: A
        url: https://b.example/rss
    rules:
      - name: no query
        targets: [me, nobody]
        tags: [wrld]
      - name: r
        query: 'troops AND'
      - name: r
        query: '@nope AND x'
        feeds: [B]
    """
    found = problems(text)
    assert [p.split(": ")[1] for p in found] == [
        "targets[0].urls[0]",
        "targets[1]",
        "feeds[1]",
        "rules[0].query",
        "rules[0].targets[1]",
        "rules[0].tags[0]",
        "rules[1].query",
        "rules[2]",
        "rules[2].query",
        "rules[2].feeds[0]",
    ]
    assert "missing required key 'query'" in found[3]
    assert "unknown target 'nobody'" in found[4] and "no feed has the tag 'wrld'" in found[5]
    assert "duplicate name 'r' in rules" in found[7]


@pytest.mark.parametrize(
    ("case", "text", "only"),
    [
        (
            "a feed whose name is broken may be the one a rule names",
            "feeds:\n  - name: [World]\n    url: https://a.example/\nrules:\n  - name: r\n    query: x\n"
            "    feeds: [World]\n",
            "cfg.yaml:2:11: feeds[0].name: Input should be a valid string",
        ),
        (
            "a feed that is not a mapping",
            "feeds:\n  - https://a.example/\nrules:\n  - name: r\n    query: x\n    feeds: [World]\n",
            "cfg.yaml:2:5: feeds[0]: expected a mapping of keys such as url, found text",
        ),
        (
            "a misspelt tags key: the rule's tag may be in it",
            "feeds:\n  - url: https://a.example/\n    tag: [world]\nrules:\n  - name: r\n    query: x\n"
            "    tags: [world]\n",
            "cfg.yaml:3:5: feeds[0].tag: unknown key 'tag'; did you mean 'tags'?",
        ),
        (
            "a target without a name may be the one a rule names",
            "targets:\n  - urls: ['json://127.0.0.1:9/']\nrules:\n  - name: r\n    query: x\n    targets: [t]\n",
            "cfg.yaml:2:5: targets[0].name: missing required key 'name'",
        ),
        (
            "a block that is not text: rules using it are not told it is unknown",
            "blocks:\n  b: [x]\nrules:\n  - name: r\n    query: '@b AND x'\n",
            "cfg.yaml:2:6: blocks.b: Input should be a valid string",
        ),
        (
            "an unset variable in an Apprise URL is not also an invalid URL",
            "targets:\n  - name: t\n    urls: ['${NOT_SET}']\n",
            "cfg.yaml:3:12: targets[0].urls[0]: environment variable NOT_SET is not set",
        ),
        (
            "an unset variable in a feed URL is not also a URL without http://",
            "feeds:\n  - url: ${NOT_SET}/rss\n",
            "cfg.yaml:2:10: feeds[0].url: environment variable NOT_SET is not set",
        ),
        (
            "an unset variable in a query is not also an empty query",
            "rules:\n  - name: r\n    query: ${NOT_SET}\n",
            "cfg.yaml:3:12: rules[0].query: environment variable NOT_SET is not set",
        ),
    ],
    ids=lambda v: v if " " in v and len(v) < 80 else "",
)
def test_one_message_per_problem(case: str, text: str, only: str) -> None:
    found = problems(text)
    assert len(found) == 1 and found[0].startswith(only), f"{case}: {found}"


def test_problems_after_a_broken_item_keep_their_place() -> None:
    text = "rules:\n  - 5\n  - name: r\n    query: x\n    targets: [nobody]\n  - name: s\n    query: '(y'\n"
    found = problems(text)
    assert [p.split(": ")[0:2] for p in found] == [
        ["cfg.yaml:2:5", "rules[0]"],
        ["cfg.yaml:5:15", "rules[1].targets[0]"],
        ["cfg.yaml:7:13", "rules[2].query"],
    ]


def test_wrong_shapes_say_what_was_expected() -> None:
    found = problems("feeds: https://x.example/\ndefaults: 5\n")
    assert found == [
        "cfg.yaml:1:8: feeds: expected a list ([a, b] or one '- item' per line), found text",
        "cfg.yaml:2:11: defaults: expected a mapping of keys such as poll_interval, jitter, timeout, "
        "found a number",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "feeds:\n  - url: https://bob:s3cret@a.example/rss?token=t0ken\nrules:\n  - name: r\n    query: x\n"
        "    feeds: [zzz]\n",
        "feeds:\n  - url: https://bob:s3cret@a.example/rss?token=t0ken\nrules:\n  - name: r\n    query: x\n"
        "    feeds: ['https://bob:s3cret@a.example/rss?token=t0ken2']\n",
        "feeds:\n  - url: htps://bob:s3cret@a.example/rss?token=t0ken\n",
        "feeds:\n  - url: https://bob:s3cret@a.example/rss?token=t0ken\n"
        "  - url: https://bob:s3cret@a.example/rss?token=t0ken\n",
    ],
    ids=["known feeds", "did you mean", "not http", "duplicate"],
)
def test_feed_credentials_never_appear_in_a_problem(text: str) -> None:
    found = problems(text)
    assert found and all("s3cret" not in p and "t0ken" not in p for p in found), found
    assert any("***@a.example" in p for p in found)


def test_language_values_are_checked_everywhere(tmp_path: Path) -> None:
    text = (
        "defaults:\n  language: english\n"
        "feeds:\n  - url: https://f.example/rss\n    language: zz\n"
        "rules:\n  - name: r\n    query: troops\n    language: deutsch\n"
    )
    with pytest.raises(ConfigError) as caught:
        parse_config(text, "c.yaml")
    said = str(caught.value)
    for bad in ("'english'", "'zz'", "'deutsch'"):
        assert f"{bad} is not a language code news-monitor knows" in said
