"""Cognates across regular differences of spelling and ending (Czech and Romanian)."""

from __future__ import annotations

from monitor.lexicon.sources.cognates import cognates, spellings


def test_a_relatives_ending_is_read_as_the_targets() -> None:
    assert "emisie" in spellings("emissione", "ro")  # doubles dropped, -ione read -ie
    assert "obesitate" in spellings("obesita", "ro") and "baraj" in spellings("barrage", "ro")
    assert "emise" in spellings("emisia", "cs") and "energie" in spellings("energia", "cs")
    assert spellings("klima", "nb") == ["klima"]  # no ending rule elsewhere


def test_romanian_and_czech_find_the_cognate_with_its_own_ending() -> None:
    assert cognates("pensione", "it", "ro") == ["pensie"]  # not *pensiune*, the guesthouse
    assert cognates("médico", "es", "ro") == ["medic"]
    assert cognates("emisja", "pl", "cs") == ["emise"]
    # written as the relative's word, its forms commoner (hypotéky) than Polish *hipoteka* is: still taken
    assert cognates("hipoteka", "pl", "cs") == ["hypotéka"]
    assert cognates("carga", "es", "ro") == []  # Romanian *care* ("which") is still no cargo


def test_danish_reads_norwegian_and_swedish_spellings_as_its_own() -> None:
    assert cognates("streik", "nb", "da") == ["strejke"]  # ei is ej
    assert cognates("ferje", "nb", "da") == ["færge"] and cognates("färja", "sv", "da") == ["færge"]


def test_a_cognate_with_the_targets_regular_endings_is_the_same_word_accents_alone_are_not() -> None:
    from monitor.lexicon.sources.cognates import regular

    assert regular("recoltă", "ro", "récolte", "fr")  # French -e, Romanian -ă
    assert regular("emisie", "ro", "emissione", "it")
    assert regular("færge", "da", "färja", "sv")  # Swedish rj and -a, Danish rg and -e
    assert not regular("bancă", "ro", "banca", "pt")  # "bank", not Portuguese "jury": accents only
    assert not regular("recoltă", "ro", "raccolto", "it")  # merely alike
