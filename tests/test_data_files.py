"""The shipped data files: the place gazetteer and the starter concept pack.

They are validated with the same code that checks a user's concept files, and every
member must find itself: an article in the member's language that contains just the
member matches `@concept`. That catches members a tokeniser splits differently from
the way they were written, and stems that never match anything.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
import yaml

from monitor.concepts import PACK_LANGUAGES, builtin_concepts, builtin_places, cldr_names, member_problem
from monitor.config import parse_config
from monitor.matching import Matching
from monitor.models import Article

DATA = Path(str(resources.files("monitor") / "data"))
PACK_FILES = sorted((DATA / "concepts").glob("*.yaml"))
PLACES = yaml.safe_load((DATA / "places.yaml").read_text(encoding="utf-8"))
CJK = ("zh", "ja")


def test_the_pack_files_pass_the_checks_a_users_concept_file_gets() -> None:
    files = "".join(f"\n    - {path}" for path in PACK_FILES)
    config = parse_config(f"concepts:\n  builtin: false\n  places: false\n  files:{files}\n", environ={})
    assert len(config.concept_definitions()) == len(builtin_concepts())


def test_the_pack_has_150_concepts_in_all_14_languages_with_unique_names() -> None:
    names = [name for path in PACK_FILES for name in yaml.safe_load(path.read_text(encoding="utf-8"))]
    assert len(names) >= 150
    assert len(names) == len(set(names)), "a concept is defined in two files"
    assert not set(names) & set(builtin_places()), "a concept has the name of a place"
    for concept in builtin_concepts().values():
        assert set(PACK_LANGUAGES) <= set(concept.members), concept.name
        assert concept.description, concept.name


def test_the_gazetteer_covers_60_countries_in_all_14_languages() -> None:
    assert len(PLACES) >= 60
    english = cldr_names("en")
    for code, languages in PLACES.items():
        assert code in english, f"{code} is not a CLDR territory"
        assert set(languages) == set(PACK_LANGUAGES), code
        for members in languages.values():
            assert members and all(member_problem(m) is None for m in members), code


def test_cjk_members_are_never_a_single_character() -> None:
    """zh and ja are matched as consecutive characters: one character is found everywhere."""
    everything = [*builtin_concepts().values(), *builtin_places().values()]
    short = [
        (c.name, m)
        for c in everything
        for lang in CJK
        for m in c.members.get(lang, ())
        if len(m.strip("=*")) < 2
    ]
    assert short == []


@pytest.fixture(scope="module")
def matching() -> Matching:
    names = sorted(builtin_concepts()) + sorted(builtin_places())
    rules = "".join(f"  - name: {n}\n    query: '@{n}'\n" for n in names)
    languages = ", ".join(PACK_LANGUAGES)
    return Matching.build(parse_config(f"languages: [{languages}]\nrules:\n{rules}", environ={}))


@pytest.mark.parametrize("language", PACK_LANGUAGES)
def test_every_member_matches_itself_in_its_language(matching: Matching, language: str) -> None:
    missing = []
    for name, concept in matching.book.concepts.items():
        for member in matching.book.members(concept, language):
            text = " ".join(member.words)
            _, matches = matching.match(Article(uid="m", feed="data", title=text, language=language))
            if name not in {m.rule for m in matches}:
                missing.append((name, member.text))
    assert missing == [], "\n".join(map(str, missing))
