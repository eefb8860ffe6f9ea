"""Look-alikes of a rule word in another language (issue 14 point 3): cognates that mean something else
there, the look-alike reached through an equivalent's lemma, abbreviations followed by a number."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.analysis.fold import fold
from monitor.cli import cli
from monitor.lexicon.guard import InCommonPhrase
from monitor.lexicon.words import cognate_means
from monitor.rules.compile import NotLookalike
from tests.conftest import write_config
from tests.test_lexicon import matched


@pytest.mark.parametrize(
    ("term", "text", "language", "loan"),
    [
        ("team", "Team", "de", True),  # back into English: team first
        ("hotel", "hotel", "es", True),
        ("film", "Film", "de", True),  # movie 5, picture 5, film 4: one source behind
        ("metro", "métro", "fr", True),  # "subway" first, a synonym: it also gives métropolitain
        ("metro", "metro", "pl", True),  # the only Polish equivalent
        ("tram", "tram", "nl", True),  # 0.7 more common in Dutch, but "tram" comes first
        ("embargo", "embargo", "es", False),  # sin embargo, "however": 2.2 more common
        ("chef", "chef", "fr", False),  # chief, leader, boss; and far more common than English chef
        ("elf", "Elf", "de", False),  # eleven
        ("gymnasium", "Gymnasium", "de", False),  # a school, 1.2 zipf more common than in English
    ],
)
def test_a_cognate_counts_where_it_means_the_term(term: str, text: str, language: str, loan: bool) -> None:
    assert (cognate_means(term, "en", text, language) == ()) is loan


@pytest.mark.parametrize(
    ("query", "text", "language", "expected"),
    [
        ("chef", "Le chef du gouvernement a démissionné mardi soir.", "fr", False),
        ("gymnasium", "Das Gymnasium in der Innenstadt wird saniert.", "de", False),
        ("elf", "Bei dem Unfall wurden elf Menschen verletzt.", "de", False),
        # Italian *fame* (hunger) is also the plural of *fama*, the equivalent of `fame`: not through the lemma.
        ("fame", "La fame nel mondo è tornata a crescere.", "it", False),
        ("fame", "La sua fama internazionale è cresciuta dopo il film.", "it", True),
        # abbreviations followed by a number
        ("abs", "Nach § 3 Abs. 2 des Gesetzes ist das unzulässig.", "de", False),
        ("par", "Zgodnie z par. 4 regulaminu zebranie jest ważne.", "pl", False),
        # loanwords still match as written
        ("team", "Das Team um die Virologin veröffentlichte die Studie.", "de", True),
        ("hotel", "Un incendio obligó a desalojar un hotel en Benidorm.", "es", True),
        ("computer", "Gli hacker hanno bloccato i computer del comune.", "it", True),
        # the own spelling capitalised inside a sentence is a name there, as an equivalent is: Amsterdam's square
        ("dam", "Bij de dam in de Maas is het water verder gestegen.", "nl", True),
        ("dam", "Duizenden mensen verzamelden zich zaterdag op de Dam voor een protest.", "nl", False),
        # an equivalent that is also a function word there ("my") counts in compounds and inflected, not alone
        ("mine", "Mijn collega zei dat de zaak nog niet gesloten is.", "nl", False),
        ("mine", "De laatste kolenmijn van Limburg sloot in 1974 haar poorten.", "nl", True),
        ("mine", "Bij een ongeluk in de mijnen van Zuid-Afrika kwamen acht arbeiders om.", "nl", True),
        ("mine", "Mina föräldrar bodde i Kiruna i många år.", "sv", False),  # through min's lemma too
        ("mine", "Il mio governo non cederà, ha detto il premier.", "it", False),
        ("mine", "La miniera di carbone è stata chiusa dopo l'incidente.", "it", True),
    ],
)
def test_look_alikes_are_left_out_and_loanwords_kept(
    query: str, text: str, language: str, expected: bool
) -> None:
    assert matched(query, text, language) is expected


def test_not_lookalike_rejects_the_form_and_numbered_abbreviations() -> None:
    check = NotLookalike(frozenset({"data"}), "it", lambda text, language: fold(text, True, language))
    text = "La data del voto e i dati del 2024; art. 7 e art 7."

    def at(word: str, start: int = 0) -> tuple[str, int, int]:
        begin = text.index(word, start)
        return text, begin, begin + len(word)

    assert check(*at("data"))
    assert not check(*at("dati"))
    assert check(*at("art"))  # art. 7
    assert not check(*at("art", text.index("e art")))  # art 7: no period


def test_rules_check_says_what_the_look_alike_means(tmp_path: Path) -> None:
    path = write_config(
        tmp_path,
        """
        languages: [en, fr]
        rules:
          - name: kitchen
            query: chef
        """,
    )
    result = CliRunner().invoke(cli, ["rules", "check", "--config", str(path)])

    assert result.exit_code == 0, result.output
    assert "own spelling not used: French 'chef' is a common word there, meaning 'chief'" in result.output


def test_a_latin_spelling_is_no_look_alike_in_a_language_of_another_script() -> None:
    """Greek news writes *smartphone* as is, often enough for wordfreq to count it: the foreign word itself,
    not a Greek word spelt alike. In a Latin-script language the same frequency makes a look-alike."""
    from monitor.lexicon.guard import literal

    def zipf(word: str, language: str) -> float:
        return 4.0

    assert literal(["smartphone"], "el", [], zipf).allowed
    assert not literal(["smartphone"], "id", [], zipf).allowed
    assert not literal(["σπίτι"], "el", [], zipf).allowed
    for language in ("hy", "ka", "bn", "ta"):  # Armenian, Georgian, Bengali, Tamil: other scripts too
        assert literal(["smartphone"], language, [], zipf).allowed


def test_every_language_is_written_in_latin_or_in_another_script() -> None:
    from monitor.analysis.support import LANGUAGES, LATIN_WRITTEN, OTHER_SCRIPTS

    assert set(LANGUAGES) <= LATIN_WRITTEN | OTHER_SCRIPTS
    assert not LATIN_WRITTEN & OTHER_SCRIPTS
    assert set(LANGUAGES) >= LATIN_WRITTEN  # no code the list does not know


def test_only_an_arabic_names_phrase_reads_a_construct_without_its_article() -> None:
    """A name's Arabic phrases (مسقط الرأس: مسقط رأسه, his birthplace, is no Muscat) compare a construct's
    second noun without its article; a term's equivalent keeps the exact comparison, which cost Arabic
    terms a right match when it did not."""
    phrases = {"مسقط": (("مسقط", fold("الرأس", True, "ar")),)}  # the dictionaries' phrases, folded

    def lookup(word: str, language: str) -> tuple[tuple[str, ...], ...]:
        return phrases.get(word, ())

    text = "ولد الكاتب في مسقط رأسه"
    start = text.index("مسقط")
    end = start + len("مسقط")
    assert InCommonPhrase("ar", lookup, construct=True)(text, start, end)
    assert not InCommonPhrase("ar", lookup)(text, start, end)
