"""The rule linter, and the `monitor rules` commands over a real store."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import cli
from monitor.rules.lint import LintRule, lint
from tests.conftest import write_config
from tests.feedserver import FeedServer, rss

BLOCKS = {"nk": '"North Korea" OR DPRK', "loop_a": "x OR @loop_b", "loop_b": "@loop_a", "bad": "(a"}

# (query, severity or None, message fragment, caret position or None)
LINT_CASES = [
    ('"North Korea" AND troops', None, "", None),
    ("@nk AND troops", None, "", None),
    ("NOT sport", "error", "NOT-only", 0),
    ("-sport -football", "error", "NOT-only", 0),
    ("troops OR NOT sport", "error", "NOT-only", 0),
    ("lang:de -sport", "warning", "no word to index", None),
    ("tr* AND army", "error", "wildcard tr* has too short a prefix", 0),
    ("x-r* AND army", "error", "wildcard x-r* has too short a prefix", 0),
    ("военно-морск* AND army", None, "", None),
    ("army AND tr*", "error", "give at least 3 letters", 9),
    ("troop* AND army", None, "", None),
    ("@nope AND army", "error", "unknown building block or concept '@nope'", 0),
    ("army AND @loop_a", "error", "building block refers to itself: @loop_a -> @loop_b -> @loop_a", 9),
    ("army AND (", "error", "expected a term, found the end of the query", 10),
    ("army AND (navy", "error", "missing ')' to close this '('", 9),
    ("army AND ()", "error", "empty parentheses", 9),
    ("army AND unknownfield:x", "error", "unknown field 'unknownfield'", 9),
    ("army NEAR/3 NOT navy", "error", "NEAR needs words on both sides", 0),
    ("/troop[s]?/", "warning", "no word to index", None),
    ("lang:german AND Russland", "error", "lang: takes a language code such as de or pt-BR, not 'german'", 5),
    ("lang:(de OR deutsch) AND x", "error", "not 'deutsch'", 12),
    ("lang:pt-BR AND x", None, "", None),
    ("lang:de", "warning", "no word to index", None),
    ("site:/bbc/ AND x", "error", "site: takes a word, not a regular expression", 5),
    (
        "site:bbc* AND x",
        "error",
        "site: takes a whole value, not a wildcard (site:bbc.co.uk already covers",
        5,
    ),
    ("lang:(de OR fr*) AND x", "error", "lang: takes a whole value, not a wildcard", 12),
    ("tag:wor* AND x", None, "", None),
]


@pytest.mark.parametrize(("query", "severity", "fragment", "position"), LINT_CASES)
def test_lint_table(query: str, severity: str | None, fragment: str, position: int | None) -> None:
    findings = [f for f in lint([LintRule("r", query)], BLOCKS) if f.subject == "rule r"]
    if severity is None:
        assert findings == []
        return
    assert [f.severity for f in findings] == [severity]
    assert fragment in findings[0].message
    assert findings[0].position == position
    if position is not None:
        assert str(findings[0]).endswith(f"  {query}\n  {' ' * position}^")


def test_entity_fields_without_a_trained_pipeline_are_a_warning() -> None:
    rule = LintRule("r", "person:Scholz AND Berlin")
    [finding] = lint([rule], {}, entities=False)
    assert finding.severity == "warning" and "person: holds named entities only where" in finding.message
    assert lint([rule], {}, entities=True) == []


def test_lint_reports_broken_blocks_themselves() -> None:
    findings = lint([], BLOCKS)
    subjects = {(f.subject, f.message.split(":")[0]) for f in findings}
    assert ("block @bad", "missing ')' to close this '('") in subjects
    assert any(f.subject == "block @loop_a" for f in findings)


def test_duplicate_rules() -> None:
    rules = [
        LintRule("a", "troops AND Russia", scope=("world",)),
        LintRule("b", "troops   and   Russia", scope=("world",)),
        LintRule("c", "troops Russia", scope=("de",)),
    ]
    findings = lint(rules, {})
    assert [(f.subject, f.severity) for f in findings] == [("rule b", "error"), ("rule c", "warning")]
    assert "duplicate of rule a" in findings[0].message
    assert "same query as rule a" in findings[1].message


def test_lint_errors_stop_the_config_with_file_positions(tmp_path: Path) -> None:
    path = write_config(tmp_path, "rules:\n  - name: r\n    query: 'army AND tr*'\n")
    result = CliRunner().invoke(cli, ["rules", "check", "--config", str(path)])
    assert result.exit_code == 1
    assert f"{path}:3:22: rules[0].query: wildcard tr* has too short a prefix" in result.output


def test_rules_check_prints_warnings_and_passes(tmp_path: Path) -> None:
    path = write_config(
        tmp_path, "rules:\n  - name: r\n    query: '/troop[s]?/'\n  - name: s\n    query: army\n"
    )
    result = CliRunner().invoke(cli, ["rules", "check", "--config", str(path)])
    assert result.exit_code == 0, result.output
    assert f"{path}:3:12: rules[0].query: warning: no word to index" in result.output
    assert "2 rules, 0 blocks: no errors, 1 warning(s)" in result.output


def test_warnings_carry_their_place_and_point_into_the_query(tmp_path: Path) -> None:
    path = write_config(
        tmp_path,
        "targets:\n  - name: t\n    urls: ['json://127.0.0.1:9/x']\n"
        "rules:\n  - name: a\n    query: troops\n  - name: b\n    query: troops\n    targets: []\n"
        "  - name: c\n    query: 'person:Scholz AND Berlin'\n",
    )
    result = CliRunner().invoke(cli, ["check", "--config", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert (
        f"{path}:8:12: rules[1].query: warning: same query as rule a (different feeds, targets or settings)"
        in lines
    )
    entity = f"{path}:11:13: rules[2].query: warning: person: holds named entities"
    assert any(line.startswith(entity) for line in lines)
    assert "  person:Scholz AND Berlin" in lines and "  ^" in lines


WILDCARDS = """
rules:
  - name: reaches
    query: 'earthquake* OR troop* OR Ukrain*'
  - name: own
    query: 'Zelensk* AND Putin*'
  - name: ambiguous
    query: vaccin*
  - name: short
    query: sol*
  - name: not expanded
    query: Zelensk*
    expand_concepts: false
  - name: tag
    query: 'tag:wor* AND x'
blocks:
  people: 'Scholz OR Merz*'
"""


def test_rules_check_says_which_wildcards_do_not_reach_other_languages(tmp_path: Path) -> None:
    path = write_config(tmp_path, WILDCARDS)
    result = CliRunner().invoke(cli, ["rules", "check", "--config", str(path)])
    assert result.exit_code == 0, result.output
    found = [line for line in result.output.splitlines() if "warning:" in line]
    prefix = "finds only en words starting with"
    assert found == [
        f"{path}:6:13: rules[1].query: warning: Zelensk* {prefix} 'Zelensk', not other languages: "
        "no concept member or place starts with it (see monitor/data/)",
        f"{path}:6:26: rules[1].query: warning: Putin* {prefix} 'Putin', not other languages: "
        "no concept member or place starts with it (see monitor/data/)",
        f"{path}:8:12: rules[2].query: warning: vaccin* {prefix} 'vaccin', not other languages: "
        "it starts members of several concepts (@vaccination, @vaccine); write the one you mean",
        f"{path}:10:12: rules[3].query: warning: sol* {prefix} 'sol', not other languages: "
        "it is too short a part of the members of @troops it starts; write more of it",
        f"{path}:17:22: blocks.people: warning: Merz* {prefix} 'Merz', not other languages: "
        "no concept member or place starts with it (see monitor/data/)",
    ]
    assert "6 rules, 1 blocks: no errors, 5 warning(s)" in result.output


ITEMS = [
    {"guid": "1", "title": "North Korea sends troops to Russia", "description": "Officials confirmed it."},
    {"guid": "2", "title": "Troops parade in Paris", "description": "A national holiday."},
    {"guid": "3", "title": "Russia and North Korea sign a pact", "description": "No troops were mentioned."},
]


@pytest.fixture
def stored(tmp_path: Path, feeds: FeedServer) -> Path:
    path = write_config(
        tmp_path,
        f"""
        feeds:
          - name: World
            url: {feeds.url("/world")}
        rules:
          - name: nk
            query: '"North Korea" AND Russia AND troops'
            targets: []
        """,
    )
    feeds.route("/world", body=rss(ITEMS))
    result = CliRunner().invoke(cli, ["poll", "--config", str(path)])
    assert "World: first poll: 3 items recorded, no alerts" in result.output, result.output
    return path


def test_rules_test_backtests_a_rule_by_name_and_a_query(stored: Path) -> None:
    result = CliRunner().invoke(cli, ["rules", "test", "--config", str(stored), "nk"])
    assert result.exit_code == 0, result.output
    assert "North Korea sends troops to Russia" in result.output
    assert "Russia and North Korea sign a pact" in result.output  # "troops" in its summary
    assert "Troops parade" not in result.output
    assert "2 of 3 articles stored in the last 7d would have matched" in result.output

    result = CliRunner().invoke(cli, ["rules", "test", "--config", str(stored), "title:troop*"])
    assert result.exit_code == 0, result.output
    assert "2 of 3 articles" in result.output
    assert "terms: troop* (troops)" in result.output and "terms: troop* (Troops)" in result.output


def test_rules_test_rejects_bad_input(stored: Path) -> None:
    result = CliRunner().invoke(cli, ["rules", "test", "--config", str(stored), "troops AND"])
    assert result.exit_code == 1
    # One message, said once, with the caret under the problem.
    assert result.output.splitlines() == [
        "Error: AND needs a term after it, found the end of the query at column 8",
        "  troops AND",
        "         ^",
    ]
    result = CliRunner().invoke(cli, ["rules", "test", "--config", str(stored), "troop* NEAR/x Russia"])
    assert result.exit_code == 1 and "Error: NEAR/ needs a whole number of words" in result.output
    result = CliRunner().invoke(cli, ["rules", "test", "--config", str(stored), "x", "--since", "soon"])
    assert result.exit_code == 2 and "not a duration" in result.output
    result = CliRunner().invoke(cli, ["rules", "test", "--config", str(stored), "ab* AND troops"])
    assert result.exit_code == 1 and "wildcard ab* has too short a prefix" in result.output


def test_a_near_miss_of_a_rule_name_is_pointed_out(stored: Path) -> None:
    result = CliRunner().invoke(cli, ["rules", "explain", "--config", str(stored), "nkk", "1"])
    assert "no rule is named 'nkk' (did you mean 'nk'?); using it as a query" in result.output


@pytest.mark.parametrize(
    ("text", "suggested"),
    [
        ("North Korean troops in Rusia", True),  # a typo of the whole name
        ("north korean troops in russia", True),  # the name in another case
        ("North Korean troops", False),  # shares words with the name: a query
        ("troops AND Russia", False),
        ('"North Korean troops in Rusia"', False),  # quotes: a phrase query
        ("title:North Korean troops in Rusia", False),
        ("North Korean troop* in Rusia", False),
        ("North Korean troops NOT in Rusia", False),
        ("North Korean troops/Rusia", True),  # a slash inside a word is no regular expression
    ],
)
def test_did_you_mean_only_for_what_looks_like_a_mistyped_name(
    tmp_path: Path, text: str, suggested: bool
) -> None:
    path = write_config(tmp_path, "rules:\n  - name: North Korean troops in Russia\n    query: troops\n")
    assert CliRunner().invoke(cli, ["poll", "--config", str(path)]).exit_code == 0  # creates the store
    result = CliRunner().invoke(cli, ["rules", "test", "--config", str(path), text])
    assert result.exit_code == 0, result.output
    assert ("did you mean 'North Korean troops in Russia'?" in result.output) is suggested


def test_rules_explain_a_match_and_a_miss(stored: Path) -> None:
    result = CliRunner().invoke(cli, ["rules", "explain", "--config", str(stored), "nk", "1"])
    assert result.exit_code == 0, result.output
    assert "matches: yes" in result.output
    assert "snippet: **North Korea** sends **troops** to **Russia**" in result.output
    assert 'title: "North Korea" -> North Korea; Russia -> Russia; troops -> troops' in result.output

    result = CliRunner().invoke(cli, ["rules", "explain", "--config", str(stored), "nk", "2"])
    assert result.exit_code == 0, result.output
    assert "matches: no" in result.output
    lines = result.output.splitlines()
    assert any(line.split() == ['"North', 'Korea"', "not", "found"] for line in lines)
    assert any(line.strip().startswith("troops") and "Troops (title)" in line for line in lines)

    result = CliRunner().invoke(cli, ["rules", "explain", "--config", str(stored), "nk", "99"])
    assert result.exit_code == 1 and "no stored article with id 99" in result.output
