"""How a rule term reaches another language: its reading, the look-alike guard, names and acronyms by case."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from monitor.cli import cli
from monitor.config import parse_config
from monitor.lexicon.terms import Kind, classify
from monitor.matching import Matching
from monitor.models import Article
from tests.conftest import write_config


def matched(query: str, text: str, language: str, *, title: str = "") -> bool:
    config = parse_config(f"rules:\n  - name: r\n    query: {query!r}\n")
    _, matches = Matching.build(config).match(
        Article(uid="1", feed="f", title=title, summary=text, language=language)
    )
    return bool(matches)


@pytest.mark.parametrize(
    ("term", "language", "kind"),
    [
        ("turkey", "en", Kind.WORD),  # the bird: lower case never makes a name
        ("most", "en", Kind.WORD),  # a town called Most exists; a lower-case word stays a word
        ("Putin", "en", Kind.NAME),
        ("US", "en", Kind.ACRONYM),
        ("NATO", "en", Kind.ACRONYM),
        ("Koch", "de", Kind.WORD),  # German capitalises nouns: a capital alone makes no name
        ("Gaza", "en", Kind.NAME),  # a pack concept the pack writes capitalised is a name
        ("Council of Europe", "en", Kind.NAME),  # lower-case words may link a name's capitalised ones
        ("of Europe", "en", Kind.WORD),  # but neither start nor end it
        ("Council of", "en", Kind.WORD),
    ],
)
def test_how_a_term_is_read(term: str, language: str, kind: Kind) -> None:
    assert classify(term, language).kind is kind


def test_exact_and_hand_set_readings_win() -> None:
    assert classify("US", "en", exact=True).kind is Kind.EXACT
    assert classify("Koch", "de", override=Kind.NAME).kind is Kind.NAME


@pytest.mark.parametrize(
    ("query", "text", "language", "expected"),
    [
        # German *war* is "was": the rule word war reaches German articles through Krieg only.
        ("war", "Die Stimmung im Saal war angespannt.", "de", False),
        ("war", "Der Krieg in der Ukraine geht in sein viertes Jahr.", "de", True),
        # `died` has the lemma *die*: another language's lemmas are never compared.
        ("died", "Die Regierung hat die Pläne gestern vorgestellt.", "de", False),
        # French *car* is "because".
        ("car AND crash", "Le trafic a été interrompu, car un camion a provoqué un accident.", "fr", False),
        # German *Pläne* folds to *plane*.
        ("plane", "Die Pläne der Regierung stoßen auf Kritik.", "de", False),
        # A rare word the languages share still matches as written.
        ("ransomware", "Eine Ransomware legte das Krankenhaus lahm.", "de", True),
        # A word the rule's author wrote in the article's language is no look-alike.
        ("Erdbeben", "Ein schweres Erdbeben erschütterte die Region.", "de", True),
    ],
)
def test_look_alikes_never_match_and_real_words_still_do(
    query: str, text: str, language: str, expected: bool
) -> None:
    assert matched(query, text, language) is expected


@pytest.mark.parametrize(
    ("query", "text", "language", "title", "expected"),
    [
        ("US", "U.S. officials said the talks would resume.", "en", "", True),
        ("US", "They told us the talks would resume.", "en", "", False),
        ("UN AND Syria", "Un convoi humanitaire est arrivé en Syrie.", "fr", "", False),
        ("NATO", "Die Nato verlegt weitere Truppen nach Litauen.", "de", "", True),
        # German writes an acronym that is no word in title case, whatever wordfreq counts of it
        ("NASA", "Die Nasa verschiebt den Start der Mondmission.", "de", "", True),
        ("UNESCO", "Die Unesco nahm die Altstadt in das Welterbe auf.", "de", "", True),
        ("WHO", "Wer weiß, sagte er: Who cares?", "de", "", False),  # an English word, not the acronym
        ("WHO", "", "en", "WHO KNOWS WHAT COMES NEXT", False),  # a shouting headline says nothing
        ("US", "The U.S. Army said the soldiers would deploy.", "en", "US SENDS TROOPS TO POLAND", True),
    ],
)
def test_acronyms_match_capitals_and_dotted_forms_only(
    query: str, text: str, language: str, title: str, expected: bool
) -> None:
    assert matched(query, text, language, title=title) is expected


@pytest.mark.parametrize(
    ("query", "text", "language", "expected"),
    [
        ("Lula", "Lula anunciou um novo pacote de investimentos.", "pt", True),
        ("Lula", "O preço da lula disparou nas peixarias.", "pt", False),  # the squid
        # opening a sentence, a name that is also a common word is not the name where the article
        # writes that word in lower case (the rule's own spelling, found among the name's variants too)
        ("Petit", "Petit à petit, la ville se reconstruit après les inondations.", "fr", False),
        ("Petit", "Petit a été réélu maire, a annoncé la préfecture.", "fr", True),
        ("Trump", "The trump card in these talks is energy.", "en", False),
        ("Trump", "Trump met the president in Washington.", "en", True),
        # opening a sentence and joined by "and" or "of" to a bare common noun, it is the word; joined
        # to a name or an article, or followed by a verb, it is the name
        ("Conte", "Conte e contessa furono ospiti del re a Torino.", "it", False),
        ("Conte", "Conte e il ministro hanno discusso della manovra.", "it", True),
        ("Conte", "Conte attacca il governo sulla sanità.", "it", True),
        ("Boulanger", "Boulanger de métier, il a ouvert sa boutique à vingt ans.", "fr", False),
        ("Boulanger", "Boulanger a été réélu maire dès le premier tour.", "fr", True),
        # a frequent word that is no stop word after "of" (a month, Spanish diciembre, 5.2) is a content word
        ("Puente", "Puente de diciembre con las carreteras colapsadas.", "es", False),
        ("Puente", "Puente dijo que los trenes llegarán a tiempo.", "es", True),
        ("Conte", "Conte e la sua squadra hanno vinto lo scudetto.", "it", True),  # la: a stop word
        # before a preposition and a lower-case word it is a noun with its complement; the name, the
        # subject, has its verb or a break after it, or a headline's place after the preposition
        ("Speranza", "Speranza per i minatori intrappolati in Cile.", "it", False),
        ("Buffet", "Buffet à volonté pour les invités de l'Élysée.", "fr", False),
        ("Speranza", "Speranza a Bruxelles per il vertice dei ministri.", "it", True),
        ("Speranza", "Speranza ha difeso le misure del governo.", "it", True),
        ("Lula", "Lula da Silva anunciou um novo pacote.", "pt", True),  # da: a name's particle
        # in a language that puts its adjectives after the noun, before an adjective and a word that is
        # no preposition it is the noun with its adjective, the subject; a name has its verb right after
        # it, and a predicate adjective opening a headline has its complement (per, z)
        ("Berger", "Berger allemand abattu par la police après une attaque.", "fr", False),
        ("Berger", "Berger a appelé les syndicats à l'unité.", "fr", True),
        ("Moedas", "Moedas antigas vendidas por milhares de euros em leilão.", "pt", False),
        ("Moedas", "Moedas prometeu mais habitação para os jovens.", "pt", True),
        ("Mucha", "Mucha domowa przenosi groźne bakterie.", "pl", False),
        ("Mucha", "Mucha skrytykowała pomysł ministerstwa.", "pl", True),
        ("Conte", "Conte soddisfatto per il risultato delle regionali.", "it", True),
        # so is a rarer word (Dutch *klaver*, clover, at zipf 3.49) that three dictionaries translate
        ("Klaver", "Klaver en gras groeien weer na de droge zomer.", "nl", False),
        ("Klaver", "Klaver en Timmermans voerden samen campagne.", "nl", True),
        # Turkish sets a subject opening the sentence off with a comma: a content word right after it
        # makes the word (Özel sektör, the private sector); its suffixes take an apostrophe
        ("Kowal", "Kowal i kołodziej to zawody, które znikają ze wsi.", "pl", False),  # smith and wheelwright
        ("Kowal", "Kowal i Tusk spotkali się w Sejmie.", "pl", True),
        ("Özel", "Özel sektörde çalışanların maaşlarına zam yapılacak.", "tr", False),
        ("Özel", "Özel, kurultayda yeniden genel başkan seçildi.", "tr", True),
        ("Özel", "Özel'in mitingine binlerce kişi katıldı.", "tr", True),
        ("Özel", "Özel\u2018in mitingine binlerce kişi katıldı.", "tr", True),  # any apostrophe
        ("Özel", "Özel ile Erdoğan bir araya geldi.", "tr", True),  # ile, "with": a function word
        # Dutch capitalises a demonym's declined adjective (Albanese: Albanees): right before a noun in
        # lower case it is the adjective; before a verb (wil: willen's too), a break or after a title the name
        ("Albanese", "De Albanese regering heeft een nieuwe minister benoemd.", "nl", False),
        ("Albanese", "Albanese vissers protesteren tegen de quota.", "nl", False),
        ("Albanese", "Albanese wil de banden met China herstellen.", "nl", True),
        ("Albanese", "De Australische premier Anthony Albanese bezoekt Peking.", "nl", True),
        # a Turkish name that is a common word takes its suffixes after an apostrophe; the word's own
        # inflections (fidanlar, saplings: lemma fidan) are the noun's, wherever they stand
        ("Fidan", "Fidanlar belediye ekiplerince toprakla buluşturuldu.", "tr", False),
        ("Fidan", "Belediye yüzlerce Fidanlar dikti.", "tr", False),
        ("Fidan", "Fidan'ın ziyareti iki gün sürecek.", "tr", True),
        ("Fidan", "Dışişleri Bakanı Hakan Fidan Moskova'ya gitti.", "tr", True),
        # a surname only the transcription spells, which is also a common Russian or Ukrainian word
        # (Mack: мак, poppy; Kot: кот, cat): opening a sentence it is the word unless the article also
        # writes it capitalised inside a sentence, where the press introduces the person
        ("Mack", "Мак цветёт на полях в начале лета.", "ru", False),
        ("Mack", "Мак розквітає на полях на початку літа.", "uk", False),
        ("Kot", "Кот спас хозяйку от пожара.", "ru", False),
        ("Kot", "Посол Польши Кот вручил ноту протеста. Кот заявил, что Варшава ответит.", "ru", True),
        ("Mack", "Защитник клуба заявил, что Мак останется в команде.", "ru", True),
        ("Mack", "Контракт Брайана Мака продлили. Мак останется в команде.", "ru", True),
        # so is a spelling a name source gives (GeoNames' town Сокол for Sokol, Баран for Baran)
        ("Sokol", "Сокол парил над полем.", "ru", False),
        ("Sokol", "Депутат Сокол выступил в Думе. Сокол заявил, что голосовать не будет.", "ru", True),
        ("Baran", "Баран застряг на скелі над урвищем.", "uk", False),
        # a rarer noun too (изюм, raisins: zipf 3.2), and one whose last vowel drops (орёл: орла, орлу)
        ("Izium", "Изюм подорожал на рынке.", "ru", False),
        ("Izium", "Войска вошли в Изюм. Изюм остаётся под обстрелом.", "ru", True),
        ("Oryol", "Орёл парил над долиной.", "ru", False),
        ("Oryol", "Губернатор заявил, что Орёл атаковали дроны.", "ru", True),
        # a noun the dictionaries also give as a proper noun (рак: cancer, and the constellation) is one
        ("Rak", "Рак остаётся одной из главных причин смерти.", "ru", False),
        ("Rak", "Чешский хоккеист Рак забросил шайбу.", "ru", True),
        # a neuter noun ending in a vowel, which a foreign name so ending is not declined as (Гёте)
        ("Gore", "Горе матери не описать словами.", "ru", False),
        ("Gore", "Тренер заявил, что Горе вернётся в состав.", "ru", True),
        # nor does a name's prepositional, which needs its preposition (Paul: Поль, при Поле; поле, a field)
        ("Paul", "Поле боя осталось за наступающими.", "ru", False),
        ("Paul", "При Поле команда выиграла кубок.", "ru", True),
        ("Paul", "Пол заявил, что не будет баллотироваться.", "ru", True),
        # a town or a surname the lemma table knows as a name, whose spelling the morphological analyser
        # also reads as a common noun's nominative (курган, burial mound; шахты, mines; коваль, smith)
        ("Kurgan", "Курган высотой десять метров раскопали археологи.", "ru", False),
        ("Kurgan", "Губернатор прилетел в Курган. Курган встретил губернатора митингом.", "ru", True),
        ("Shakhty", "Шахты Кузбасса остановили добычу.", "ru", False),
        ("Koval", "Коваль кує підкову в кузні.", "uk", False),
        ("Koval", "Міністр Віталій Коваль зустрівся з фермерами. Коваль заявив про нові квоти.", "uk", True),
        # but not where its common reading is another case (песков: the sands' genitive, no subject)
        ("Peskov", "Песков заявил, что встреча не планируется.", "ru", True),
        # a town spelt as a noun's singular is never that noun's plural (ден: дно's genitive plural, which
        # the lemma table reads back to дно; Ден, Dan, the given name)
        ("Dno", "Міністр армії США Ден Дрісколл прибув до Києва.", "uk", False),
        ("Dno", "Поїзд прибув на станцію Дно в Псковській області.", "uk", True),
        # an English given name as the language's own (Alexander: Александр, Олександр), for a Belarusian
        # or a Finn as for a Russian
        (
            '"Alexander Lukashenko"',
            "Президент Белоруссии Александр Лукашенко заявил, что готов к переговорам.",
            "ru",
            True,
        ),
        ('"Alexander Stubb"', "Президент Фінляндії Олександр Стубб прибув до Вашингтона.", "uk", True),
        # a place's case forms as the dictionary gives them, which endings added by rule miss (the genitive
        # of a plural without ending: Шахты, Шахт)
        ("Shakhty", "Мэр Шахт подал в отставку.", "ru", True),
        # a famous name as frequent as a word, which the lemma table knows as a name, opens one as the name
        ("Zelensky", "Зеленський провів нараду з військовими.", "uk", True),
        ("Macron", "Макрон заявил, что Франция признает Палестину.", "ru", True),
    ],
)
def test_names_match_where_written_as_names(query: str, text: str, language: str, expected: bool) -> None:
    assert matched(query, text, language) is expected


@pytest.mark.parametrize(
    ("query", "text", "language", "expected"),
    [
        # German capitalises nouns: a name that is also one counts by what stands before it
        ("Koch", "Die frühere Ministerin Anna Koch warb für einen Kompromiss.", "de", True),
        ("Koch", "Das Gericht lud Koch als Zeugin vor.", "de", True),
        ("Koch", "Koch will im Herbst erneut kandidieren.", "de", True),  # a sentence's start
        ("Koch", "Ein junger Koch aus Passau gewinnt den Preis.", "de", False),  # the cook
        ("Koch", "Der Koch bereitete das Menü für den Staatsbesuch zu.", "de", False),
        ("Koch", "Der Fernsehkoch eröffnet ein Lokal in Köln.", "de", False),  # inside a compound
        (
            "Koch",
            "Die Koch-Vertraute übernimmt den Fraktionsvorsitz.",
            "de",
            True,
        ),  # its article is the head's
        # ...unless the compound written as one is a word of German: the animal's pack, a cooking class
        ("Wolf", "Ein Wolf-Rudel hat in der Lausitz Schafe gerissen.", "de", False),
        ("Koch", "Der Koch-Kurs an der Volkshochschule ist ausgebucht.", "de", False),
        ("Wolf", "Die Wolf-Regierung in Thüringen steht.", "de", True),
        ("Fischer", "Fischer protestieren in Kiel gegen die Fangquoten.", "de", False),  # a plural
        # a name takes only the genitive -s; the noun's plural and dative are the noun's
        ("Koch", "In der Kantine fehlen seit Monaten Köche.", "de", False),
        ("Fischer", "Mit Fischern aus Rügen sprach der Minister.", "de", False),
        ("Wolf", "In Brandenburg wurden erneut Wölfe gesichtet.", "de", False),
        ("Koch", "Kochs Nachfolger will die Reform fortsetzen.", "de", True),
        # nor is it reached through a word's lemma: *Wüste* (desert; the table's lemma *wüst*) is no Wüst
        ("Wüst", "Die Wüste breitet sich in der Sahelzone weiter aus.", "de", False),
        ("Wüst", "Wüsts Regierung legt den Haushalt vor.", "de", True),
        # a surname that is another word's inflected form (Reiche: Reich, reich), rare in English, is told
        # from the word as Koch is: no English rule's author types the plural for the German word
        ("Reiche", "Reiche müssen künftig höhere Erbschaftsteuern zahlen.", "de", False),
        ("Reiche", "Reiche will die Netzentgelte senken.", "de", True),
        # so is an adjective capitalised opening a sentence, bare or declined, which the lemma table
        # reads as one by its declined forms (dürr: dürre, dürren; Neuer: neu), though rarer or given
        # senses by one dictionary only
        ("Neuer", "Neuer Rekord bei den Asylanträgen in Zypern.", "de", False),
        ("Neuer", "Neuer verlängerte seinen Vertrag beim FC Bayern.", "de", True),
        ("Neuer", "Torwart Manuel Neuer hielt zwei Elfmeter.", "de", True),
        ("Dürr", "Dürr und trocken liegen die Felder in Brandenburg.", "de", False),
        ("Dürr", "FDP-Chef Christian Dürr will die Partei neu aufstellen.", "de", True),
        # a rarer noun that three dictionaries translate alike (Hagel: hail), but not where the sense is
        # spelt as the name (Pentagon: pentagon), which a name's loan has in both languages
        ("Hagel", "Hagel und Sturm verwüsteten die Weinberge an der Mosel.", "de", False),
        ("Hagel", "Die Hagelkörner waren so groß wie Tischtennisbälle.", "de", False),
        ("Hagel", "Landeschef Manuel Hagel will Ministerpräsident werden.", "de", True),
        ("Pentagon", "Das Pentagon kündigte neue Waffenlieferungen an.", "de", True),
        # a predicate noun before a copula's infinitive closing the clause: what one becomes
        ("Koch", "Nach der Schule möchte sie Koch werden.", "de", False),
        ("Koch", "Die Fraktion erwartet, dass Koch gewählt werden kann.", "de", True),
        ("Bauer", "Tausende Bauern protestierten in Berlin.", "de", False),
        ("Lange", "Lange Schlangen bildeten sich vor den Wahllokalen.", "de", False),  # before a noun
        # opening the sentence before a verb whose subject follows it: an adverb, object or predicate
        ("Lange", "Lange hatte er gezögert, nun handelt er.", "de", False),
        # an adverb only (Lange: long) before its verb and a determiner: the subject after the verb
        ("Lange", "Lange hatte die Stadt auf Hilfe aus Berlin gewartet.", "de", False),
        ("Lange", "Lange sagte, die Fraktion stehe geschlossen hinter dem Plan.", "de", True),
        ("Lange", "Lange kündigte an, erneut zu kandidieren.", "de", True),
        ("Koch", "Koch lobte die Regierung für ihre Arbeit.", "de", True),  # a noun: the subject itself
        ("Koch", "Koch wollte er werden, nicht Anwalt.", "de", False),
        ("Koch", "Koch sagte, er wolle nicht erneut kandidieren.", "de", True),  # a new clause after it
        ("Koch", "Koch lobte ihn für seine Arbeit.", "de", True),
        ("Tesla", "Das Gerät arbeitet mit einer Feldstärke von drei Tesla.", "de", False),  # the unit
        ("Tesla", "Der Autobauer Tesla senkt die Preise in Europa.", "de", True),
        ("Paris", "Die Regierung in Paris lehnt den Plan ab.", "de", True),  # no common noun
        # a copula opening the sentence, the definite article and a noun naming no person, body or place:
        # the word, also for a variant that only folding or another script's romanisation makes a city
        # (*Lang*: Laon's alternate *lang*), where a city's own spelling (*Essen*) is the place
        ("Lang", "Lang ist die Warteliste für einen Therapieplatz.", "de", False),
        ("Lang", "Lang ist die Spitzenkandidatin der Grünen.", "de", True),
        ("Essen", "Essen ist die Hauptstadt des Ruhrgebiets.", "de", True),
        # a noun's inflected form no dictionary lists: *Modi*, the plural of *Modus*
        ("Modi", "Die Kamera bietet verschiedene Modi für Nachtaufnahmen.", "de", False),
        ("Modi", "Premierminister Modi reist nach Berlin.", "de", True),
        # joined by und to a common word it is one too; to a name, a name
        ("Koch", "Koch und Kellner streiken in vielen Restaurants.", "de", False),
        ("Fischer", "Bauern und Fischer protestieren in Brüssel.", "de", False),
        ("Richter", "Richter und Staatsanwälte fordern mehr Personal.", "de", False),  # Staatsanwalt's plural
        ("Koch", "Koch und Merz trafen sich am Montag in Berlin.", "de", True),
        ("Koch", "Kanzler Merz und Koch trafen sich in Berlin.", "de", True),
        # Arabic has no capitals: ماسك is also "a mask", حلب "milking", حماس "enthusiasm"
        ("Musk", "قال إيلون ماسك إن الشركة ستبني مصنعا جديدا.", "ar", True),
        ("Musk", "تستخدم النساء ماسك العسل لترطيب البشرة.", "ar", False),
        ("Aleppo", "وصل وزير الصحة إلى حلب لتفقد المستشفيات.", "ar", True),
        ("Aleppo", "يتعلم الأطفال حلب البقرة في المزرعة.", "ar", False),
        ("Hamas", "أعلنت حركة حماس قبولها بالمقترح المصري.", "ar", True),
        ("Hamas", "عمل الفريق بحماس طوال الموسم.", "ar", False),
        # a place named after a person (مستشفى ناصر, the Nasser hospital); ناصر is also "supporter"
        ("Nasser", "حاصرت الدبابات مستشفى ناصر لليوم الثالث.", "ar", True),
        ("Nasser", "وصف الكاتب الزعيم بأنه ناصر الفقراء.", "ar", False),
        # tanween marks an indefinite noun, which no name is: درعاً is "a shield", درعا Daraa
        ("Daraa", "رفع المحتجون الألواح درعاً أمام الرصاص.", "ar", False),
        ("Daraa", "عاد آلاف النازحين إلى درعا خلال الأسبوع.", "ar", True),
        # nor written without its mark: the lemma table reads حائلا ("a barrier") as حائل, Hail's spelling
        ("Hail", "وقف ضعف التمويل حائلا دون تنفيذ المشروع.", "ar", False),
        ("Hail", "سجلت منطقة حائل أدنى درجات الحرارة في المملكة.", "ar", True),
        # a guessed spelling ending in alif that is a word's accusative (ميتا, "dead", of ميت) only where introduced
        ("Meta", "عثر على الرجل ميتا في شقته بعد أيام من اختفائه.", "ar", False),
        ("Meta", "فرضت المفوضية الأوروبية غرامة على شركة ميتا بسبب انتهاك قواعد حماية البيانات.", "ar", True),
        ("Meta", "وأعلنت ميتا عن تسريح آلاف الموظفين.", "ar", True),
        # a construct the Arabic dictionary lists as one sense (مسقط الرأس, birthplace; طبيب العيون) is no name
        ("Muscat", "ولد الكاتب ودفن في مسقط رأسه شمال البلاد.", "ar", False),
        ("Muscat", "زار الرئيس مسقط رأس والدته.", "ar", False),
        ("Muscat", "وصل الوفد الإيراني إلى مسقط لاستئناف المحادثات.", "ar", True),
        ("Laayoune", "وقال طبيب العيون إن حالة المصاب مستقرة.", "ar", False),
        ("Laayoune", "افتتحت غامبيا قنصلية عامة في العيون.", "ar", True),
        # a town's name that is a word with its article, right after a verb, is its subject or object
        ("Khobar", "وانتشر الخبر في القرية خلال ساعات.", "ar", False),
        ("Khobar", "وشهدت مدينة الخبر أمطارا غزيرة.", "ar", True),
        ("Laayoune", "واتجهت العيون إلى البرلمان قبل التصويت.", "ar", False),
        ("Riyadh", "استضافت الرياض اجتماعا لوزراء الخارجية العرب.", "ar", True),  # a great city stays
        # a name that takes no article, after a copula: a predicate or an adverb (دوما, always), not Douma
        ("Douma", "كان دوما في طليعة المدافعين عن الصحافة.", "ar", False),
        ("Douma", "عاد آلاف المهجرين إلى دوما في ريف دمشق.", "ar", True),
    ],
)
def test_a_name_that_is_also_a_common_word_counts_by_its_context(
    query: str, text: str, language: str, expected: bool
) -> None:
    assert matched(query, text, language) is expected


def test_a_name_that_is_also_a_common_word_counts_where_the_article_names_it_so() -> None:
    # a sentence's first word is undecided: the article's other mentions decide
    assert matched("Wolf", "Wolf gewann die Wahl knapp. Die Kandidatin Ina Wolf dankte den Wählern.", "de")
    assert not matched("Wolf", "Wolf reißt Schafe. Der Wolf wurde am Morgen gesehen.", "de")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Бої в Газі тривають третій тиждень.", "uk", True),
        ("Україна розраховується газом за постачання.", "uk", False),  # gas
        ("Die Hilfslieferungen für den Gazastreifen stocken.", "de", True),
        ("Die Wunde wurde mit steriler Gaze abgedeckt.", "de", False),  # gauze
        ("Тампоны из марли закончились в аптеках.", "ru", False),  # gauze
    ],
)
def test_a_name_the_pack_writes_takes_no_guesses_from_its_sounds_or_letters(
    text: str, language: str, expected: bool
) -> None:
    assert matched("Gaza", text, language) is expected


@pytest.mark.parametrize(
    ("query", "text", "expected"),
    [
        ("Rome", "Die Romantik prägte die deutsche Literatur.", False),  # "romanticism": not Rom-antik
        ("Rome", "Die Romreise der Schüler wurde abgesagt.", True),  # no word of its own: Rom's
        ("Gaza", "Im Gazastreifen ist die Lage katastrophal.", True),  # "Gaza Strip"
        ("Kremlin", "Kremlchef Putin empfing den Gast.", True),
    ],
)
def test_a_name_inside_a_compound_that_is_another_word_does_not_count(
    query: str, text: str, expected: bool
) -> None:
    assert matched(query, text, "de") is expected


def test_a_common_word_does_not_match_a_name_inside_a_sentence() -> None:
    # Polish *odra* is measles; *nad Odrą* is the river Oder.
    assert not matched("measles", "Po powodzi nad Odrą zaleca się szczepienia.", "pl")
    assert not matched("measles", "W Odrze znaleziono śnięte ryby.", "pl")  # W starts the sentence


def test_a_common_word_matches_inside_an_institutions_name() -> None:
    # capitalised next to another capitalised word: the word of a name the press translates
    assert matched("orchestra", "La Orquesta Nacional de España inicia una gira por Asia.", "es")
    assert matched("orchestra", "Cumhurbaşkanlığı Senfoni Orkestrası Avrupa turnesine çıkıyor.", "tr")


def test_a_word_after_an_elided_article_opens_the_sentence() -> None:
    # *L'* is a word of its own: the capital of the word after it says nothing about a name
    assert matched("orchestra", "L'Orchestre philharmonique de Radio France jouera à Lyon.", "fr")
    assert matched("orchestra", "Dell'Orchestra della Scala si parla molto.", "it")
    # ...while a capital there is still the writer's: an acronym's title case after it counts
    assert matched("UN", "L'Onu ha votato una nuova risoluzione.", "it")


def test_a_common_word_matches_after_a_name_that_opens_the_sentence() -> None:
    # a place opening the sentence is still a name: its neighbour is in an institution's name
    assert matched("airport", "Antalya Havalimanı yeni terminalini açtı.", "tr")
    assert not matched("measles", "Nad Odrą znaleziono śnięte ryby.", "pl")  # *Nad* is no name
    assert matched("airport", "Aarhus Lufthavn åbner en ny terminal.", "da")
    assert matched("airport", "Stockholms Flygplats har fått en ny terminal.", "sv")  # a genitive


def test_a_translated_name_inflects_as_a_phrase() -> None:
    assert matched("Olympics", "Сборная завоевала пять медалей на Олимпийских играх в Токио.", "ru")
    assert matched("Olympics", "Збірна здобула п'ять медалей на Олімпійських іграх у Токіо.", "uk")  # noqa: RUF001


def test_a_name_a_dictionary_writes_in_lower_case_is_found_as_a_name() -> None:
    assert matched("Olympics", "Alle Olimpiadi di Parigi l'Italia ha vinto dodici ori.", "it")
    assert matched("Olympics", "Reprezentacja zdobyła pięć medali na igrzyskach olimpijskich w Tokio.", "pl")
    assert not matched("Kashmir", "Elle portait un pull en cachemire gris.", "fr")  # cashmere


def test_a_name_the_language_writes_as_a_common_noun_is_found_in_lower_case() -> None:
    # Finnish writes the Olympics as a common noun, whose dictionaries' senses are all the Games
    assert matched("Olympics", "Suomi voitti kesän olympialaisissa kolme mitalia.", "fi")
    assert matched("Olympics", "Olympialaiset alkavat perjantaina Pariisissa.", "fi")
    assert matched("Olympics", "Helsinki harkitsee olympialaisten hakemista vuodelle 2040.", "fi")


def test_a_name_whose_lower_case_equivalent_is_another_word_stays_capitalised() -> None:
    # a pentagon and a phoenix in lower case are the shape and the bird; *катар* beside *Катар* is catarrh
    assert not matched("Pentagon", "Le plan du jardin dessine un pentagone régulier.", "fr")
    assert matched("Pentagon", "Le Pentagone a confirmé l'envoi de troupes.", "fr")
    assert not matched("Phoenix", "Comme le phénix, le parti renaît de ses cendres.", "fr")
    assert not matched("Qatar", "Врач диагностировал у пациента острый катар.", "ru")  # noqa: RUF001
    assert matched("Qatar", "Делегация Катара прибыла в Москву.", "ru")


def test_a_dictionary_phrase_inflects_word_by_word() -> None:
    # *казни* is *казнить* in the lemma table: the phrase's noun takes its regular endings
    assert matched('"death penalty"', "Суд приговорил его к смертной казни за убийство.", "ru")  # noqa: RUF001


def test_an_arabic_equivalent_is_found_with_a_possessive_pronoun_on_its_end() -> None:
    assert matched("honey", "يصدّر النحالون عسلهم إلى دول الخليج.", "ar")  # their honey


def test_rules_check_says_how_each_term_reads_and_what_it_leaves_out(tmp_path: Path) -> None:
    path = write_config(
        tmp_path,
        """
        languages: [en, de]
        rules:
          - name: conflict
            query: war AND "North Korea" AND US
        """,
    )
    result = CliRunner().invoke(cli, ["rules", "check", "--config", str(path)])

    assert result.exit_code == 0, result.output
    assert "war (word: " in result.output
    assert "own spelling not used: German 'war' is a common word there" in result.output
    assert '"North Korea" (name: a place of the gazetteer)' in result.output
    assert "de Nordkorea" in result.output and "(curated)" in result.output
    assert "US (acronym: written in capitals)" in result.output


def test_rules_check_says_how_a_name_that_is_also_a_word_is_told_from_it(tmp_path: Path) -> None:
    path = write_config(
        tmp_path,
        """
        languages: [en, de, ar]
        rules:
          - name: people
            query: Koch OR Musk
        """,
    )
    result = CliRunner().invoke(cli, ["rules", "check", "--config", str(path)])

    assert result.exit_code == 0, result.output
    assert "Koch: also a German word ('cook'" in result.output
    assert "matched as the name only where no article, numeral or adjective comes before it" in result.output
    assert "ماسك: also an Arabic word" in result.output


def test_rules_check_says_how_a_name_that_is_a_word_is_told_from_it_opening_a_sentence(
    tmp_path: Path,
) -> None:
    """Where nouns are written in lower case, a name that is also a common word (French *boulanger*,
    Turkish *özel*) is told from it at a sentence's start by the words after it: the user is told so."""
    path = write_config(
        tmp_path,
        """
        languages: [en, fr, tr]
        rules:
          - name: people
            query: Boulanger OR Özel OR Kavanaugh
        """,
    )
    result = CliRunner().invoke(cli, ["rules", "check", "--config", str(path)])

    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    french = next(line for line in lines if "Boulanger: also a French word" in line)
    assert "before 'et' or 'ou' and a common noun" in french and "before 'de' and a common noun" in french
    assert "Boulanger: also a French word ('baker'" in french
    assert "before a preposition and a word in lower case" in french
    turkish = next(line for line in lines if "Özel: as frequent in Turkish as a word" in line)
    assert "before a common word with no comma or apostrophe between" in turkish
    assert not any("Kavanaugh: " in line for line in lines)


def test_rules_check_says_how_a_transcribed_name_that_is_a_cyrillic_word_is_told_from_it(
    tmp_path: Path,
) -> None:
    """Mack's transcription *Мак* is also the Russian and Ukrainian *мак* (poppy); Zelensky's *Зеленський*,
    as frequent, is a name (`names.declined_word`): the user is told of the first only."""
    path = write_config(
        tmp_path,
        """
        languages: [en, ru, uk]
        rules:
          - name: people
            query: Mack OR Zelensky
        """,
    )
    result = CliRunner().invoke(cli, ["rules", "check", "--config", str(path)])

    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    russian = next(line for line in lines if "Мак: also a common Russian word" in line)
    assert (
        "at a sentence's start only where the article also writes it capitalised inside a sentence" in russian
    )
    assert any("Мак: also a common Ukrainian word" in line for line in lines)
    assert not any("Зеленськ" in line and "common" in line for line in lines)


def test_rules_check_says_a_full_name_rule_misses_the_surname_alone(tmp_path: Path) -> None:
    """A rule on a full name finds the bare surname of a later mention only after a title in Chinese and
    Japanese: the user is told, with the rule that finds it everywhere; not where the rule already has
    the surname, nor for a name whose family name comes first or a body's name."""
    path = write_config(
        tmp_path,
        """
        languages: [en, it]
        rules:
          - name: people
            query: '"Giorgia Meloni" OR "Xi Jinping" OR "Red Cross" OR "Ursula von der Leyen"'
          - name: both
            query: '"Keir Starmer" OR Starmer'
        """,
    )
    result = CliRunner().invoke(cli, ["rules", "check", "--config", str(path)])

    assert result.exit_code == 0, result.output
    assert '`"Giorgia Meloni" OR Meloni` finds it in every language' in result.output
    assert '`"Ursula von der Leyen" OR "von der Leyen"`' in result.output
    assert "OR Jinping`" not in result.output and "OR Cross`" not in result.output
    assert "OR Starmer`" not in result.output


def test_rules_check_says_which_sense_a_word_of_several_was_taken_in(tmp_path: Path) -> None:
    path = write_config(
        tmp_path,
        """
        languages: [en, de, fr]
        rules:
          - name: alone
            query: strike
          - name: labour
            query: strike AND workers
          - name: weather
            query: climate
        """,
    )
    result = CliRunner().invoke(cli, ["rules", "check", "--config", str(path)])

    assert result.exit_code == 0, result.output
    _, alone, labour, weather = re.split(r"^(?:alone|labour|weather): ", result.output, flags=re.M)
    assert "sense: 'work stoppage'" in alone
    assert "the best attested (the rule has no other word); for another sense add one of its words" in alone
    assert "sense: 'work stoppage'" in labour and "chosen by the rule's other words" in labour
    assert "sense:" not in weather  # the dictionaries' senses of `climate` are all kept


def test_rules_expand_writes_the_accepted_equivalents_as_concepts(tmp_path: Path) -> None:
    path = write_config(
        tmp_path,
        """
        languages: [en, de, fr]
        rules:
          - name: troops
            query: troops
        """,
    )
    out = tmp_path / "mine.yaml"
    result = CliRunner().invoke(
        cli, ["rules", "expand", "troops", "--config", str(path), "--write", str(out)]
    )

    assert result.exit_code == 0, result.output
    assert "wrote 1 concept(s)" in result.output
    written = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert written["troops"]["en"] == ["troops"]
    assert "Soldaten" in written["troops"]["de"] and "troupes" in written["troops"]["fr"]
    again = write_config(
        tmp_path, path.read_text().replace("rules:", "concepts:\n  files: [mine.yaml]\nrules:")
    )
    assert CliRunner().invoke(cli, ["check", "--config", str(again)]).exit_code == 0


def test_an_acronym_with_a_suffix_or_in_a_compound_is_still_in_capitals() -> None:
    """The word's case is its first letter's (NATO'nun reads as title case); its part is the acronym's."""
    assert matched(
        "NATO", "NATO'nun yeni genel sekreteri Ankara'yı ziyaret etti.", "tr"
    )  # opening the sentence
    assert matched("UN", "Der UN-Sicherheitsrat verurteilte den Angriff einstimmig.", "de")
    assert not matched("UN", "Un-Wort des Jahres wurde gestern bekannt gegeben.", "de")  # not in capitals
