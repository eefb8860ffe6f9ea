"""How names inflect: the forms a name takes in a sentence, per language, for any variant."""

from __future__ import annotations

import pytest

from monitor.lexicon.endings import (
    MAX_FORMS,
    derived_words,
    genitive_plurals,
    genitives,
    inflecting_languages,
    name_forms,
    word_forms,
)


@pytest.mark.parametrize(
    ("name", "language", "present", "absent"),
    [
        ("Путин", "ru", {"Путина", "Путину", "Путиным", "Путине"}, {"путина"}),  # capitals kept
        ("Зеленский", "ru", {"Зеленского", "Зеленскому", "Зеленским", "Зеленском"}, set()),
        ("Навальная", "ru", {"Навальной", "Навальную"}, set()),
        ("Лула", "ru", {"Лулы", "Луле", "Лулу", "Лулой"}, set()),
        ("Шойгу", "ru", {"Шойгу"}, {"Шойгуа"}),  # a vowel-final name does not decline
        ("Ковальчик", "ru", {"Ковальчика", "Ковальчику", "Ковальчиком"}, set()),  # a user's own variant
        ("Шольц", "ru", {"Шольцем", "Шольца"}, set()),  # an unstressed instrumental after ц
        ("Шольц", "uk", {"Шольцем", "Шольцом"}, set()),
        (
            "Кравец",
            "ru",
            {"Кравца", "Кравцом", "Кравцу", "Кравеца"},
            set(),
        ),  # the Slavic -ец drops its е, or not
        ("Кравець", "uk", {"Кравця", "Кравцем", "Кравцеві"}, set()),
        ("Захарова", "uk", {"Захарової", "Захаровій", "Захаровою"}, set()),  # adjectival feminine
        ("Зеленська", "uk", {"Зеленської", "Зеленській"}, set()),
        ("Підгірна", "uk", {"Підгірної", "Підгірній"}, set()),  # a -ний adjective's feminine
        ("Zacharowa", "pl", {"Zacharowej", "Zacharową"}, set()),
        ("Зеленський", "uk", {"Зеленського", "Зеленському", "Зеленським"}, set()),
        ("Лукашенко", "uk", {"Лукашенка", "Лукашенку", "Лукашенком"}, set()),
        ("Путін", "uk", {"Путіна", "Путіну", "Путіним", "Путіном"}, set()),
        ("Putin", "pl", {"Putina", "Putinowi", "Putinem", "Putinie"}, set()),
        ("Kowalczyk", "pl", {"Kowalczyka", "Kowalczykowi", "Kowalczykiem", "Kowalczyku"}, {"Kowalczykem"}),
        ("Zieliński", "pl", {"Zielińskiego", "Zielińskiemu", "Zielińskim"}, set()),
        ("Wróblewska", "pl", {"Wróblewskiej", "Wróblewską"}, set()),
        ("Starmer", "pl", {"Starmera", "Starmerze"}, set()),
        ("Modi", "pl", {"Modiego", "Modiemu"}, set()),
        ("Fico", "pl", {"Fica", "Ficowi"}, set()),
        ("Rutte", "pl", {"Ruttego", "Ruttemu", "Ruttem", "Rutte'a"}, set()),  # a said -e or a silent one
        ("Putin", "de", {"Putins"}, set()),
        ("Merz", "de", {"Merz'", "Merz’"}, {"Merzs"}),
        ("Putin", "nl", {"Putins", "Putin's"}, set()),
        ("Putin", "tr", {"Putin'in", "Putin’in", "Putin'e", "Putin'den"}, set()),
        ("Trump", "tr", {"Trump'ın", "Trump'a", "Trump’ı"}, set()),
        ("Modi", "tr", {"Modi'nin", "Modi'ye", "Modi'yi"}, set()),
        ("Putin", "tr", {"Putine", "Putinin"}, set()),  # a headline's suffix with no apostrophe
        ("Kim", "tr", {"Kim'e"}, {"Kime", "Kimin"}),  # a short name makes words so: kime, "to whom"
        ("بوتين", "ar", {"وبوتين", "لبوتين", "ببوتين", "وببوتين"}, set()),
        ("الخرطوم", "ar", {"والخرطوم", "بالخرطوم", "للخرطوم"}, {"خرطوم", "وخرطوم"}),  # bare: a hose
        ("حديدة", "ar", {"حديده", "الحديدة", "والحديده"}, set()),  # final ة or ه
        ("صنعاء", "ar", {"صنعا", "وصنعا", "بصنعا"}, set()),  # the final hamza left unwritten
        ("أنطاكية", "ar", {"أنطاكيا", "وأنطاكيا"}, set()),  # a foreign place's ية or يا
        ("أنطاكيا", "ar", {"أنطاكية", "وأنطاكية"}, set()),
        ("المنيا", "ar", {"والمنيا", "بالمنيا"}, {"المنية", "والمنية"}),  # an Arabic name's يا: المنية, death
        ("زيلينسكي", "ar", {"زيلينسكى"}, set()),  # the Egyptian final ى
        ("ملاي", "ar", {"ملاى"}, {"ملايين"}),  # -ai is no nisba: its plural would be millions
        ("الحوثي", "ar", {"الحوثية", "للحوثية", "الحوثيتين", "والحوثيان"}, set()),  # a nisba adjective
        (
            "سامي",
            "ar",
            {"وسامي"},
            {"سامية", "السامية"},
        ),  # a bare name in ي is no adjective (Samia is another name)
        ("السنوار", "ar", {"السنوار", "والسنوار"}, set()),
        ("حدادين", "ar", {"الحدادين", "والحدادين", "للحدادين"}, set()),
        ("普京", "zh", {"普京"}, set()),
        ("Macron", "fr", {"Macron"}, {"Macrons"}),
    ],
)
def test_forms(name: str, language: str, present: set[str], absent: set[str]) -> None:
    forms = name_forms(name, language)
    assert name in forms
    assert present <= forms, present - forms
    assert not absent & forms


def test_languages_without_endings_keep_the_name() -> None:
    for language in ("fr", "es", "it", "pt", "zh", "ja", "en"):
        assert language not in inflecting_languages()
        assert name_forms("Putin", language) == {"Putin"}


def test_every_word_of_a_phrase_declines() -> None:
    forms = name_forms("Сэм Альтман", "ru")
    assert {"Сэм Альтман", "Сэма Альтмана", "Сэму Альтману"} <= forms
    assert name_forms("Kim Jong Un", "pl") >= {"Kim Jong Un", "Kim Jong Una"}


def test_arabic_clitics_attach_to_the_first_word_only() -> None:
    forms = name_forms("كيم جونغ أون", "ar")
    assert "وكيم جونغ أون" in forms
    assert not any(f.split()[1] != "جونغ" for f in forms)


def test_forms_stay_few() -> None:
    for name, language in [("Путин", "ru"), ("Trump", "tr"), ("بوتين", "ar"), ("Kowalczyk", "pl")]:
        # Turkish: each suffix after either apostrophe and straight on the name (about 100)
        assert len(name_forms(name, language)) <= (100 if language == "tr" else 70)
    long_phrase = "Арман Саркисян Петросян Иванов"
    assert len(name_forms(long_phrase, "ru")) <= MAX_FORMS  # in step, past the cap
    assert [len(f) > 1 for f in word_forms(long_phrase, "ru")] == [True] * 4


def test_a_hyphenated_name_declines_in_its_last_part() -> None:
    assert "Саркисян-Петросяна" in name_forms("Саркисян-Петросян", "ru")


def test_whitespace_is_normalised_and_empty_names_have_no_forms() -> None:
    assert name_forms("  Путин ", "ru") == name_forms("Путин", "ru")
    assert name_forms("", "ru") == set()


def test_ukrainian_locative_softens_g_k_kh() -> None:
    assert "Страсбурзі" in name_forms("Страсбург", "uk")
    assert "Магдебурзі" in name_forms("Магдебург", "uk")
    assert "Антіохії" in name_forms("Антіохія", "uk")
    assert "Сорокойї" in name_forms("Сорокойя", "uk")  # й before я: ї
    assert {"Нової Каховки", "Новій Каховці"} <= name_forms("Нова Каховка", "uk")  # a feminine adjective
    assert "Дубового" in name_forms("Дубів", "uk")  # a possessive adjective in -ів (Дубів Яр: Дубового Яру)
    assert "Ракці" in name_forms("Ракка", "uk")  # in -а too: dative and locative (у Ракці, у Досі)
    assert "Досі" in name_forms("Доха", "uk")


def test_a_neuter_adjective_place_declines_as_an_adjective() -> None:
    assert {"Покровського", "Покровському"} <= name_forms("Покровське", "uk")
    assert {"Покровского", "Покровском"} <= name_forms("Покровское", "ru")


def test_compound_prefixes_where_names_start_hyphenated_compounds() -> None:
    from monitor.lexicon.endings import compound_prefixes

    assert compound_prefixes("Putin", "de") == {"Putin-"}
    assert compound_prefixes("SpaceX", "nl") == {"SpaceX-"}
    assert compound_prefixes("Putin", "fr") == set()  # French writes "anti-Poutine", not compounds
    assert compound_prefixes("Kim Jong Un", "de") == set()


@pytest.mark.parametrize(
    ("name", "language", "place", "expected"),
    [
        ("Белгород", "ru", True, ["Белгородский"]),  # which declines: Белгородской области
        ("Синай", "ru", True, ["Синайский"]),
        ("Путин", "ru", False, ["путинский"]),  # a person's adjective, in lower case (путинский режим)
        ("Трамп", "ru", False, ["трампский", "трамповский"]),  # and the possessive: трамповские пошлины
        ("Трамп", "uk", False, ["трампський", "Трампщина", "трампівський"]),
        ("Одесса", "ru", True, ["Одесский"]),
        ("Бєлгород", "uk", True, ["Бєлгородський", "Бєлгородщина"]),  # and the region
        ("Одеса", "uk", True, ["Одеський", "Одещина"]),
        ("Курськ", "uk", True, ["Курщина"]),
        ("Донецьк", "uk", True, ["Донеччина"]),
        ("Покровск", "ru", True, []),  # its adjective is a word of its own (the Покровский собор)
        ("Зеленский", "ru", False, []),  # an adjective already
        ("Шойгу", "ru", False, []),
        ("Warschau", "de", True, ["Warschauer"]),
        ("München", "de", True, ["Münchener", "Münchner"]),
        ("Koch", "de", False, []),  # a person's: it would be the noun Kocher
        ("Путин", "pl", False, []),
    ],
)
def test_words_derived_from_a_name(name: str, language: str, place: bool, expected: list[str]) -> None:
    assert derived_words(name, language, place=place) == expected


def test_derived_adjectives_decline() -> None:
    assert {"Белгородской", "Белгородское", "Белгородскими"} <= name_forms("Белгородский", "ru")
    assert {"Синайському", "Синайське"} <= name_forms("Синайський", "uk")


def test_a_ukrainian_name_in_apostrophe_ya_declines_as_in_iya() -> None:
    from monitor.lexicon.endings import word_forms

    assert "Антак'ї" in word_forms("Антак'я", "uk")[0]


@pytest.mark.parametrize(
    ("word", "language", "form"),
    [
        ("Харків", "uk", "Харкова"),  # і -> о in the oblique cases
        ("Київ", "uk", "Києва"),  # ї -> є
        ("Суми", "uk", "Сумах"),  # a place named in the plural
        ("Сумы", "ru", "Сумах"),
        ("Запорожье", "ru", "Запорожья"),  # a neuter in -ье
        ("Kraków", "pl", "Krakowie"),  # ó -> o
    ],
)
def test_stem_changes_and_plural_places(word: str, language: str, form: str) -> None:
    assert form in name_forms(word, language)


def test_a_foreign_name_in_i_stays_undeclined_in_ukrainian() -> None:
    assert name_forms("Мелоні", "uk") == {"Мелоні"}


def test_polish_endings_after_an_apostrophe_for_a_final_letter_said_otherwise() -> None:
    assert "Kennedy'ego" in name_forms("Kennedy", "pl")
    assert "Lagarde'a" in name_forms("Lagarde", "pl")
    assert not any("'" in f for f in name_forms("Fico", "pl"))  # an o said as written: Fica


def test_a_soft_final_n_or_r_drops_its_sign_in_the_adjective() -> None:
    assert derived_words("Тюмень", "ru", place=True) == ["Тюменский"]
    assert derived_words("Мариуполь", "ru", place=True) == ["Мариупольский"]


def test_a_groups_members_are_a_common_noun_in_lower_case() -> None:
    from monitor.lexicon.endings import members

    assert members("Хуси", "ru") == ["хусит"]  # йеменские хуситы
    assert members("Хусі", "uk") == ["хусит"]


def test_ukrainian_dative_in_evi_and_a_russian_adjectival_surname() -> None:
    assert {"Шольцеві", "Андрієві"} <= name_forms("Шольц", "uk") | name_forms("Андрій", "uk")
    assert {"Толстого", "Толстому"} <= name_forms("Толстой", "uk")


def test_polish_foreign_o_locative_and_south_slavic_ic() -> None:
    assert "Delgadzie" in name_forms("Delgado", "pl")  # o Delgadzie, as o Castrze
    assert {"Kovacevicia", "Kovaceviciem"} <= name_forms("Kovacevic", "pl")


def test_a_town_in_sk_names_its_region_by_the_feminine_adjective_not_a_villages_neuter() -> None:
    assert {"Курская", "Курской", "Курскую"} <= name_forms("Курск", "ru")
    assert {"Курської", "Курській"} <= name_forms("Курськ", "uk")
    assert "Покровське" not in name_forms("Покровськ", "uk")  # another place, the village
    assert "Покровское" not in name_forms("Покровск", "ru")


def test_a_region_noun_and_adjective_of_places_in_tsk_and_ye() -> None:
    assert derived_words("Донецк", "uk", place=True) == ["Донеччина"]  # as Russian spells it, too
    assert derived_words("Запорожье", "ru", place=True) == ["Запорожский"]


@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("Европа", "ru", ["Европы"]),
        ("Аляска", "ru", ["Аляски"]),
        ("Англия", "ru", ["Англии"]),
        ("Лондон", "ru", ["Лондона"]),
        ("Тбилиси", "ru", ["Тбилиси"]),  # does not decline
        ("Європа", "uk", ["Європи"]),
        ("Англія", "uk", ["Англії"]),
        ("Харків", "uk", ["Харкова"]),
        ("Лондон", "uk", ["Лондона", "Лондону"]),  # the declension of a consonant is unknown
    ],
)
def test_genitive_of_a_place(word: str, language: str, expected: list[str]) -> None:
    assert genitives(word, language) == expected


@pytest.mark.parametrize(
    ("word", "language", "plural", "expected"),
    [
        ("министерство", "ru", False, ["министерства"]),  # a common noun's -о declines, a place's does not
        ("здравоохранение", "ru", False, ["здравоохранения"]),
        ("безопасность", "ru", False, ["безопасности", "безопасностя"]),
        ("чемпион", "ru", True, ["чемпионов"]),
        ("врач", "ru", True, ["врачей"]),
        ("страна", "ru", True, ["стран"]),
        ("компания", "ru", True, ["компаний"]),
        ("чемпіон", "uk", True, ["чемпіонів"]),
        ("країна", "uk", True, ["країн"]),
    ],
)
def test_genitive_of_a_common_noun(word: str, language: str, plural: bool, expected: list[str]) -> None:
    found = genitive_plurals(word, language) if plural else genitives(word, language, common=True)
    assert found == expected
