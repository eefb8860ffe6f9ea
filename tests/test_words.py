"""Word equivalents as the lexicon uses them: the encoder's confirmation, nouns first, the model's release."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from monitor.analysis.fold import fold
from monitor.config import parse_config
from monitor.lexicon import Evidence, dictionary, words
from monitor.lexicon.dictionary import Translation, translations
from monitor.lexicon.idle import IDLE_SECONDS
from monitor.lexicon.ranker import SentenceRanker, Vectors
from monitor.lexicon.senses import nouns_first, past_form, select
from monitor.lexicon.sources import links
from monitor.lexicon.words import RANKER_SOURCE, DictionaryWords, confirmed, inflections, untranslated
from monitor.matching import Matching
from monitor.models import Article


def test_the_encoder_confirms_a_single_route_equivalent_close_in_meaning() -> None:
    ranker = SentenceRanker()
    found = [Translation("Steuer", ("wikdict:a",)), Translation("Taxi", ("wikdict:b",))]
    checked = {t.text: t.sources for t in confirmed("tax", found, "de", ranker)}
    assert checked["Steuer"] == ("wikdict:a", RANKER_SOURCE)  # a second, independent opinion
    assert checked["Taxi"] == ("wikdict:b",)  # far in meaning: still one source
    ranker.release()


def test_the_encoder_never_judges_a_language_it_was_not_trained_on() -> None:
    found = [Translation("податок", ("cognate:ru",))]
    assert confirmed("tax", found, "uk", SentenceRanker()) == found


def test_a_ukrainian_word_that_is_a_respelt_russian_one_the_encoder_confirmed_shares_its_confirmation() -> (
    None
):
    variants = {v.text: v for v in DictionaryWords().variants("mine", "en", "uk")}
    assert variants["шахта"].evidence is Evidence.AGREE  # Russian шахта: one route, and the encoder
    assert f"{RANKER_SOURCE}:ru" in variants["шахта"].sources


def test_confirmed_equivalents_are_agreeing_variants() -> None:
    # CC-CEDICT gives 野火 several senses: one source, which the encoder confirms (肥胖症, "obesity" and
    # nothing else, agrees without it)
    variants = {v.text: v for v in DictionaryWords().variants("wildfire", "en", "zh")}
    assert variants["野火"].evidence is Evidence.AGREE and variants["野火"].sources == (
        "cedict",
        RANKER_SOURCE,
    )
    unconfirmed = {v.text: v for v in DictionaryWords(confirm=False).variants("wildfire", "en", "zh")}
    assert unconfirmed["野火"].evidence is Evidence.SOURCE
    # where dictionaries already agree on two equivalents, the encoder is not asked: Votum stays one source
    agreed = {v.text: v for v in DictionaryWords().variants("election", "en", "de")}
    assert agreed["Wahl"].evidence is Evidence.AGREE and agreed["Votum"].evidence is Evidence.SOURCE


def test_a_term_known_as_a_noun_is_read_as_that_noun() -> None:
    found = translations("novel", "en", "fr")
    assert {"roman", "nouveau"} <= {t.text for t in found}  # the book and the adjective "new"
    kept = {t.text for t in select("novel", found, ()).kept}
    assert "roman" in kept and "nouveau" not in kept
    assert not any(
        "v" in t.parts and "n" not in t.parts for t in nouns_first(translations("strike", "en", "nl"))
    )
    # where the dictionaries tell no senses apart, the verb two routes agree on stays with the noun
    assert {"detener", "arresto"} <= {t.text for t in nouns_first(translations("arrest", "en", "es"))}


def test_a_verbs_past_form_is_read_as_that_verb() -> None:
    # `died` can only be the verb: sterben, not the noun die's Würfel ("dice")
    kept = {t.text for t in select("died", translations("died", "en", "de"), ()).kept}
    assert "sterben" in kept and "Würfel" not in kept
    assert not past_form("red") and not past_form("need") and past_form("invaded")


def test_the_model_is_released_when_idle(tmp_path: Path) -> None:
    ranker = SentenceRanker(idle=0.01, vectors=Vectors(tmp_path / "vectors.sqlite"))
    assert ranker.similarities("tax", ["Steuer"])[0] > 0.5 and ranker.loaded
    ranker.idle.wait(timeout=30)
    assert not ranker.loaded
    assert ranker.similarities("tax", ["Steuer"])[0] > 0.5  # from the vectors kept: no model needed
    assert not ranker.loaded
    assert ranker.similarities("tax", ["Abgabe"])[0] > 0.3 and ranker.loaded  # a new word: loaded again
    ranker.release()
    assert not ranker.loaded


def test_the_dictionary_tables_are_closed_when_idle() -> None:
    links.release()
    dictionary._translations.cache_clear()  # earlier tests' answers are kept: look up again
    assert translations("tax", "en", "de") and links._tables
    links.IDLE.cancel()  # the timer the lookup started waits the full idle time: start a short one
    links.IDLE.seconds = 0.01
    try:
        assert translations("lighthouse", "en", "de")
        links.IDLE.wait(timeout=30)
        assert not links._tables
        links.IDLE.seconds = IDLE_SECONDS
        dictionary._translations.cache_clear()
        assert translations("harbour", "en", "de") and links._tables  # opened again
    finally:
        links.IDLE.seconds = IDLE_SECONDS


def test_vectors_are_kept_across_processes(tmp_path: Path) -> None:
    path = tmp_path / "vectors.sqlite"
    first = SentenceRanker(vectors=Vectors(path)).similarities("tax", ["Steuer", "Taxi"])
    again = SentenceRanker(vectors=Vectors(path))
    assert again.similarities("tax", ["Steuer", "Taxi"]) == first and not again.loaded


def test_a_name_gets_the_proper_nouns_two_routes_agree_on_and_no_common_word() -> None:
    words = DictionaryWords(confirm=False)
    assert "Peking" in {v.text for v in words.variants("Beijing", "en", "de", name=True)}
    assert {"Olympische Spiele", "Olympiade"} <= {
        v.text for v in words.variants("Olympics", "en", "de", name=True)
    }
    assert words.variants("Trump", "en", "de", name=True) == []  # not Trumpf, the card
    assert words.variants("Apple", "en", "de", name=True) == []  # not Apfel
    assert "cachemire" not in {v.text for v in words.variants("Kashmir", "en", "fr", name=True)}


def _rules(*queries: str) -> Matching:
    rules = "".join(f"  - name: r{i}\n    query: {json.dumps(q)}\n" for i, q in enumerate(queries))
    return Matching.build(parse_config(f"defaults:\n  language: en\nrules:\n{rules}", environ={}))


def _matched(matching: Matching, text: str, language: str) -> set[str]:
    _doc, found = matching.match(Article(uid="1", feed="f", summary=text, language=language))
    return {m.rule for m in found}


def test_a_word_the_dictionaries_leave_untranslated_is_matched_as_borrowed() -> None:
    assert untranslated("blockchain", "en") and not untranslated("dam", "en")
    matching = _rules("blockchain", "car")
    assert _matched(matching, "Plusieurs assureurs expérimentent la blockchain.", "fr") == {"r0"}
    assert _matched(matching, "Il est parti tôt, car il pleuvait.", "fr") == set()  # French "because"


def test_a_borrowed_word_takes_the_borrowing_languages_endings() -> None:
    matching = _rules("influencer", "blockchain")
    assert _matched(matching, "Hacienda vigilará a los influencers que no declaren.", "es") == {"r0"}
    assert _matched(matching, "Wielu influencerów promuje zakłady.", "pl") == {"r0"}
    assert _matched(matching, "Dos blockchains compiten por el mercado.", "es") == {"r1"}


def test_a_katakana_equivalent_is_no_hit_inside_a_longer_katakana_word() -> None:
    matching = _rules("strike", "dam")
    assert _matched(matching, "首相は来日中のオーストラリアの首相と会談した。", "ja") == set()  # スト
    assert _matched(matching, "労働組合がストライキを実施した。", "ja") == {"r0"}
    assert _matched(matching, "アムステルダムで会議が開かれた。", "ja") == set()  # ダム
    assert _matched(matching, "大雨によりダムの緊急放流が行われた。", "ja") == {"r1"}


def test_each_gloss_of_a_route_counts_for_its_own_sense() -> None:
    # One route lists a sense's glosses together ("involving nuclear energy | of a weapon: ...");
    # read as one gloss, the most attested sense left out the equivalent every route agrees on.
    french = translations("nuclear", "en", "fr")
    assert "nucléaire" in [t.text for t in select("nuclear", french, []).kept]
    assert all(" | " not in gloss for t in french for gloss in t.glosses)
    config = parse_config("languages: [en, fr]\nrules:\n  - name: n\n    query: nuclear\n", environ={})
    article = Article(uid="1", feed="f", title="La centrale nucléaire de Zaporijjia à l'arrêt", language="fr")
    assert [m.rule for m in Matching.build(config).match(article)[1]] == ["n"]


def test_the_start_up_gaps_name_only_terms_with_nothing_in_a_language() -> None:
    rules = "  - name: s\n    query: séisme OR Erdbeben\n  - name: n\n    query: nuclear\n"
    config = parse_config(f"languages: [en, fr, de]\nrules:\n{rules}", environ={})
    # séisme (typed in French into an English rule) finds French articles as written, German ones
    # not at all; nuclear has nucléaire and nuklear; Erdbeben is read as a name, kept as written
    assert Matching.build(config).coverage_gaps() == {"de": ["séisme"]}


def test_the_shipped_config_starts_without_a_gap() -> None:
    from monitor.config import load_config

    config = load_config(Path(__file__).resolve().parent.parent / "config.yaml")
    assert Matching.build(config).coverage_gaps() == {}


def test_a_dictionary_equivalent_is_not_matched_through_another_words_lemma() -> None:
    # Spanish *ganado* (livestock) has the lemma *ganar* ("to win") in the lemma table, Italian *causa*
    # (lawsuit) *causare*: their own spellings and inflections match, the verbs' forms do not
    matching = _rules("livestock", "lawsuit", "teacher")
    assert _matched(matching, "La sequía obligó a vender el ganado.", "es") == {"r0"}
    assert _matched(matching, "El partido ganó las elecciones gallegas.", "es") == set()
    assert _matched(matching, "La nebbia ha causato rallentamenti sulle strade.", "it") == set()
    # an inflection the table gives only the verb's lemma still finds the noun (insegnanti: insegnare)
    assert _matched(matching, "Mancano 50 mila insegnanti di sostegno.", "it") == {"r2"}


def test_an_equivalent_matches_its_regular_inflections() -> None:
    # the lemma tables lead these forms elsewhere (pensiones: pensionar; антибиотиков: антибиотики)
    assert "pensiones" in {fold(f) for f in inflections("pensión", "es")}  # accents are folded in matching
    assert "антибиотиков" in inflections("антибиотик", "ru")
    assert not inflections("causa", "ru") and not inflections("mina", "es")  # not Russian; too short
    matching = _rules("pension", "antibiotic")
    assert _matched(matching, "Las pensiones subirán un 2,8 % en enero.", "es") == {"r0"}
    assert _matched(matching, "Бесконтрольный приём антибиотиков опасен.", "ru") == {"r1"}
    # Dutch writes a long vowel single before an ending, and voices s: dakloos, daklozen
    assert {"daklozen", "dakloze"} <= inflections("dakloos", "nl") and "veerboten" in inflections(
        "veerboot", "nl"
    )


def test_a_ukrainian_equivalent_matches_the_forms_its_dictionary_gives() -> None:
    # a plural's genitive without ending and with an inserted vowel, which neither the endings by rule
    # nor simplemma's table reach (оливка: оливок); a name's forms are not taken
    assert {"оливок", "оливкою"} <= inflections("оливка", "uk")
    assert "лікарів" in inflections("лікар", "uk")
    matching = _rules("olive")
    assert _matched(matching, "Іспанія зібрала рекордний урожай оливок.", "uk") == {"r0"}


def test_an_arabic_noun_of_unity_matches_its_collective_where_the_dictionaries_agree() -> None:
    # جرادة (a locust), جراد (locusts): the dictionaries give both the same sense; طائرة (a plane) is no
    # طائر (a bird), nor جامعة (a university) جامع (a collector)
    assert "جراد" in inflections("جرادة", "ar") and "نحل" in inflections("نحلة", "ar")
    assert "طائر" not in inflections("طائرة", "ar") and "جامع" not in inflections("جامعة", "ar")
    matching = _rules("locust")
    assert _matched(matching, "اجتاحت أسراب الجراد مزارع جنوب مصر.", "ar") == {"r0"}


def test_hungarian_endings_reach_short_nouns_and_leave_words_of_their_own() -> None:
    assert {"kémet", "kémek"} <= inflections("kém", "hu")  # a spy: its accusative and plural
    assert "folyamot" in inflections("folyam", "hu")
    assert "folyamat" not in inflections("folyam", "hu")  # "process", far commoner than the river


def test_a_slavic_noun_equivalent_matches_the_adjective_made_of_it() -> None:
    # mortgage loans are *kredyty hipoteczne*, *ипотечные кредиты*: the noun's relational adjective
    assert {"hipotecznych", "hipoteczny"} <= inflections("hipoteka", "pl")
    assert {"ипотечный", "ипотечных"} <= inflections("ипотека", "ru")
    assert "смертної" in inflections("смерть", "uk")
    assert "hipotekowy" not in inflections("hipoteka", "pl")  # only an adjective wordfreq knows
    assert words.adjectives("kopalnia", "pl") == ()
    # -ical adjectives, and a noun whose e or o drops before an ending (podatek: podatku, podatkowy)
    assert "климатических" in inflections("климат", "ru") and "klimatyczną" in inflections("klimat", "pl")
    assert {"podatku", "podatkowe"} <= inflections("podatek", "pl") and "податку" in inflections(
        "податок", "uk"
    )
    matching = _rules("mortgage", "climate")
    assert _matched(matching, "Banki obniżyły marże kredytów hipotecznych.", "pl") == {"r0"}
    assert _matched(matching, "Спрос на ипотечные кредиты вырос.", "ru") == {"r0"}
    assert _matched(matching, "Уряд ухвалив кліматичну стратегію.", "uk") == {"r1"}


def test_a_romance_noun_equivalent_matches_its_adjective_in_ario_or_aire() -> None:
    assert {"hipotecarios", "hipotecaria"} <= inflections("hipoteca", "es")
    assert "bancaires" in {fold(f) for f in inflections("banque", "fr")}
    # only where the masculine is a word: *cargaría* is "would load", no adjective of *carga*
    assert words.adjectives("carga", "es") == ()
    matching = _rules("mortgage", "cargo")
    assert _matched(matching, "Los créditos hipotecarios se encarecen.", "es") == {"r0"}
    assert _matched(matching, "Les prêts hypothécaires repartent à la hausse.", "fr") == {"r0"}
    assert _matched(matching, "Dijo que cargaría el camión por la mañana.", "es") == set()


def test_a_words_spellings_count_as_one_agreed_equivalent() -> None:
    from monitor.lexicon.words import spelled

    assert spelled("資料", "zh") == spelled("资料", "zh")  # traditional and simplified
    assert spelled("積み荷", "ja") == spelled("積荷", "ja")  # with and without okurigana
    assert spelled("オリンピック", "ja") == "オリンピック"  # kana alone stays


def test_an_agent_nouns_feminine_is_matched_in_its_forms() -> None:
    # news writes of a woman with the feminine: *nauczycielka*, *influencerkę*, *вчительку*, *Lehrerinnen*
    assert {"nauczycielka", "nauczycielkę"} <= inflections("nauczyciel", "pl")
    assert {"lekarka", "influencerkę"} <= inflections("lekarz", "pl") | inflections("influencer", "pl")
    assert "вчительку" in inflections("вчитель", "uk")
    assert {"lehrerin", "lehrerinnen"} <= inflections("Lehrer", "de")
    assert {"enseignante", "enseignantes", "actrice"} <= inflections("enseignant", "fr") | inflections(
        "acteur", "fr"
    )
    assert "attrice" in inflections("attore", "it") and "influenciadora" in inflections("influenciador", "pt")
    # only an agent noun's suffix: a Romance -o noun has no feminine in -a (*caso*, "case"; *casa*)
    assert "casa" not in inflections("caso", "es") and not inflections("Straße", "de")
    matching = _rules("influencer", "teacher")  # the lemma tables know neither feminine
    assert _matched(matching, "Policja zatrzymała znaną influencerkę z Warszawy.", "pl") == {"r0"}
    assert _matched(matching, "Вчительку звільнили зі школи.", "uk") == {"r1"}


def test_an_arabic_equivalent_matches_its_plurals_and_feminine() -> None:
    # مؤثر "influencer": المؤثرين, مؤثرون; شحنة "shipment": شحنات; the proclitics come off the article's word
    assert {"مؤثرين", "مؤثرون"} <= inflections("مؤثر", "ar")
    assert "مدرسة" not in inflections("مدرس", "ar")  # a teacher's ة would be a school
    assert {"شحنات", "شحنتين"} <= inflections("شحنة", "ar")
    assert not inflections("سد", "ar")  # too short: its forms would spell other words


def test_a_noun_equivalent_spelled_as_a_participle_is_no_hit_after_have() -> None:
    # Italian *raccolto* is the harvest and "collected": after a form of *avere* it is the verb's
    # participle, as Spanish *cosechado* is after *haber*; the noun keeps its hits, a rule on the verb
    # keeps the participle, and a noun of an idiom with *avere* (*ha bisogno*, "needs") stays
    matching = _rules("harvest", "collected", "need")
    assert _matched(matching, "Il raccolto di mais è calato del dieci per cento in Veneto.", "it") == {
        "r0",
        "r1",
    }
    assert _matched(matching, "La cooperativa ha raccolto firme contro la chiusura.", "it") == {"r1"}
    assert _matched(matching, "Los agricultores han cosechado menos trigo que el año pasado.", "es") == set()
    assert _matched(matching, "Il comune ha bisogno di nuovi autobus.", "it") == {"r2"}


def test_an_equivalent_inside_a_dictionary_phrase_that_means_something_else_is_no_hit() -> None:
    # German *Golf von Biskaya* is the Bay of Biscay, Italian *a causa di* "because of": the dictionaries
    # translate those phrases, and not as the term; a phrase of the term's own sense keeps its hit
    # (*fondo pensione*, pension fund), and so does an equivalent written with a hyphen (*sans-abri*)
    matching = _rules("golf", "lawsuit", "pension", "homeless")
    assert _matched(matching, "Im Golf von Biskaya tobt seit Tagen ein schwerer Sturm.", "de") == set()
    assert _matched(matching, "Der Ryder Cup ist das wichtigste Turnier im Golf.", "de") == {"r0"}
    assert _matched(matching, "Il volo è stato cancellato a causa di uno sciopero.", "it") == set()
    assert _matched(matching, "Il fondo pensione dei medici chiude il bilancio in attivo.", "it") == {"r2"}
    assert _matched(matching, "Le nombre de sans-abri a doublé en dix ans à Paris.", "fr") == {"r3"}
    golf = words.phrases_holding("golf", "de")  # Golf von Mexiko, Persischer Golf...
    assert any(words.other_sense("golf", phrase, "de", "golf", "en") for phrase in golf)


def test_a_phrase_of_the_terms_own_sense_keeps_its_hit_and_a_ceasefire_is_no_fire() -> None:
    # Italian *cessate il fuoco*: the dictionaries agree on "truce" and "armistice"; the bare "fire" one
    # route gives is a pivot's other sense, not what the phrase means, so the rule on `fire` has no hit
    matching = _rules("fire", "fine", "pain")
    assert _matched(matching, "Il cessate il fuoco in Libano è stato violato più volte.", "it") == set()
    assert _matched(matching, "Il fuoco ha distrutto un capannone nella zona industriale.", "it") == {"r0"}
    # read through another language, a middle word's every translation counts (German *bestrafen*,
    # "punish" from five routes and "fine" from one, for *imponer una multa*), and a phrase's one-route
    # translation is never judged commoner than its agreed ones (Dutch *rugpijn*: "back pain")
    assert _matched(
        matching, "Sanidad impone una multa de 600.000 euros a una cadena de gimnasios.", "es"
    ) == {"r1"}
    assert _matched(matching, "El dolor de espalda es la primera causa de baja laboral en España.", "es") == {
        "r2"
    }


def test_a_phrase_that_translates_as_a_solid_compound_of_another_kind_is_no_hit() -> None:
    # Spanish *arma de fuego*, Italian *arma da fuoco*, French *arme à feu*: the dictionaries give
    # "firearm", which holds `fire` before another word (arm) and is no kind of fire (WordNet), as
    # *cease-fire* is none; Spanish *alto el fuego* is read through French *cessez-le-feu*, whose bare
    # "fire" from one route beside the agreed "cease-fire" is a piece of it, not a sense. A fire keeps
    # its hit
    matching = _rules("fire")
    assert _matched(matching, "La policía encontró un arma de fuego en el maletero del coche.", "es") == set()
    assert _matched(matching, "La polizia ha sequestrato un'arma da fuoco nell'auto.", "it") == set()
    assert _matched(matching, "La police a saisi une arme à feu dans la voiture du suspect.", "fr") == set()
    assert _matched(matching, "Israel y Hamás acordaron un alto el fuego de seis semanas.", "es") == set()
    assert _matched(matching, "El fuego arrasó más de mil hectáreas de bosque en Galicia.", "es") == {"r0"}
    assert _matched(matching, "Il fuoco ha distrutto tre capannoni nella zona industriale.", "it") == {"r0"}


def test_a_hyphenated_word_the_dictionaries_translate_otherwise_is_no_hit_for_its_part() -> None:
    # French *cessez-le-feu* and Portuguese *cessar-fogo* are a ceasefire: their part *feu*, *fogo* is the
    # equivalent of `fire`, but the whole word translates as "ceasefire", which names no fire; a plain
    # *feu*, and *sans-abri* for `homeless` (the equivalent is the whole word), keep their hits. German
    # writes its compounds head last: a hyphenated word's last piece is its head and is never judged
    matching = _rules("fire", "homeless", "star")
    assert (
        _matched(matching, "Le cessez-le-feu entre Israël et le Hezbollah est entré en vigueur.", "fr")
        == set()
    )
    assert _matched(matching, "Rússia e Ucrânia discutem um cessar-fogo mediado pela Turquia.", "pt") == set()
    assert _matched(matching, "Un feu de forêt a brûlé 300 hectares près de Marseille.", "fr") == {"r0"}
    assert _matched(matching, "Um incêndio destruiu o Museu Nacional no Rio de Janeiro.", "pt") == {"r0"}
    assert _matched(matching, "Le nombre de sans-abri a doublé en dix ans à Paris.", "fr") == {"r1"}
    assert _matched(matching, "Ein Neutronen-Stern wurde im Sternbild Orion entdeckt.", "de") == {"r2"}
    # ... unless a function word before it makes the word a phrase written with hyphens (*het*: "ceasefire")
    assert _matched(matching, "Het staakt-het-vuren in Gaza is opnieuw geschonden.", "nl") == set()
    assert _matched(matching, "Een grote brand verwoestte de fabriek in Moerdijk.", "nl") == {"r0"}


def test_the_rule_words_latin_spelling_capitalised_in_another_script_is_a_name_even_opening_a_sentence() -> (
    None
):
    # Russian news writes the firm *Apple* in Latin letters, and its sentence's capital is no sign of a
    # common word there: the fruit is *яблоко*; Greek news writes the common word *smartphone* in lower case
    matching = _rules("apple", "smartphone")
    assert _matched(matching, "Apple приостановила продажи своей продукции в России.", "ru") == set()
    assert _matched(matching, "Урожай яблок в Краснодарском крае вырос на треть.", "ru") == {"r0"}
    assert _matched(matching, "Το νέο smartphone της Samsung κοστίζει 900 ευρώ.", "el") == {"r1"}  # noqa: RUF001


def test_a_one_character_chinese_equivalent_is_no_hit_inside_a_longer_word_meaning_something_else() -> None:
    # 火 is `fire`, but CC-CEDICT gives 停火 as "to cease fire" and "ceasefire" (a truce, by WordNet),
    # 火车 as "train": no fire; 火灾 "fire (that burns buildings etc)" keeps its hit, like a longer
    # equivalent inside a longer word (种族 in 种族歧视)
    matching = _rules("fire")
    assert _matched(matching, "以色列和哈马斯宣布停火。", "zh") == set()
    assert _matched(matching, "一辆火车在山区脱轨。", "zh") == set()
    assert _matched(matching, "工厂发生火灾。", "zh") == {"r0"}


def test_a_phrase_no_dictionary_translates_into_english_is_read_through_another_language() -> None:
    # Spanish *media pensión* and Portuguese *meia pensão* have no English entry, but a dictionary gives
    # them in German (*Halbpension*, "half board"): the hotel's board, not `pension`; Portuguese *mina de
    # carvão* reads as *Kohlebergwerk*, "coal mine", and keeps its hit for `mine`
    matching = _rules("pension", "mine")
    assert (
        _matched(matching, "El paquete incluye vuelo y media pensión en un hotel de cuatro estrellas.", "es")
        == set()
    )
    assert _matched(matching, "O pacote inclui meia pensão num hotel de Albufeira.", "pt") == set()
    assert _matched(matching, "El Gobierno subirá la pensión mínima un 6 % en enero.", "es") == {"r0"}
    assert _matched(
        matching, "Dez mineiros morreram numa explosão numa mina de carvão da Colômbia.", "pt"
    ) == {"r1"}
    assert "half board" in words._through_middle("media pensión", "es", "en")


class _Scores:
    """A ranker that gives each candidate a fixed similarity to the term."""

    def __init__(self, scores: dict[str, float]) -> None:
        self.scores = scores

    def similarities(self, query: str, texts: Sequence[str]) -> list[float]:
        return [self.scores[t] for t in texts]


def test_a_loan_of_the_terms_own_word_the_encoder_ranks_first_needs_less_to_be_confirmed() -> None:
    # Korean 마라톤 (marathon), read from the English term's sounds: the encoder ranks it first at 0.57,
    # under the confirmation of a dictionary's word (0.6), but a loan of the term itself sounds like it
    own = Translation("마라톤", ("loan:en:marathon",))
    checked = confirmed("marathon", [own], "ko", _Scores({"마라톤": 0.57}))
    assert checked[0].sources == ("loan:en:marathon", RANKER_SOURCE)
    # not a dictionary's word at that score, nor a loan ranked below another candidate, nor a poor first
    word = Translation("경주", ("cedict>sino:zh",))
    assert confirmed("marathon", [word], "ko", _Scores({"경주": 0.57}))[0].sources == ("cedict>sino:zh",)
    scores = _Scores({"마라톤": 0.57, "경주": 0.62})
    assert {t.text: t.sources for t in confirmed("marathon", [own, word], "ko", scores)}["마라톤"] == (
        "loan:en:marathon",
    )
    moscow = Translation("모스크바", ("loan:en:mosque",))
    assert confirmed("mosque", [moscow], "ko", _Scores({"모스크바": 0.51}))[0].sources == ("loan:en:mosque",)
