"""Chinese and Japanese names: what CC-CEDICT's senses give, and names the press translates."""

from __future__ import annotations

import pytest

from monitor.lexicon.boundaries import inside_katakana_word, inside_other_names, named_water
from monitor.lexicon.names import given_name, name_variants, written_names
from monitor.lexicon.namesources import chinese_names, hepburn, japanese_kanji, japanese_words
from monitor.lexicon.namesources import simplified as simplified_characters
from monitor.lexicon.transcribe import _russian_forms, kana_key, transcribe
from monitor.lexicon.transcribe.hanja import korean_hanja
from monitor.lexicon.transcribe.hanzi import homophones, spread_hanzi
from monitor.lexicon.transcribe.kana import korean_katakana
from monitor.lexicon.transcribe.pinyin import pinyin_katakana
from tests.test_lexicon import matched


def found(text: str, name: str) -> bool:
    """Whether `name`'s first place in `text` stands as the name: no other word or name holds it."""
    start = text.index(name)
    return not inside_other_names(text, start, start + len(name))


def simplified(name: str) -> list[str]:
    return [entry.simplified for entry in chinese_names(name)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("TSMC", "台积电"),  # the acronym a sense gives in brackets
        ("WHO", "世界卫生组织"),
        ("Lufthansa", "德国汉莎航空公司"),  # the full form of an abbreviation (德航, abbr. for ...)
        ("Tour de France", "环法自行车赛"),  # a name, then what it is in lower case
        ("Tour de France", "环法"),
        ("Olympic Games", "奥运会"),
        ("Wall Street", "华尔街"),  # "Wall Street, New York": a place with its city
        ("Houston", "休斯敦"),  # "Houston, Texas": with its state
        ("Foxconn", "富士康"),  # "Foxconn Technology Group": a group's name without the word group
        ("Islamic State", "伊斯兰国"),  # "Islamic State group (aka IS...)": a body, then its kind
        ("Strait of Hormuz", "霍尔木兹海峡"),  # "of" between a name's capitalised words
        ("Tencent", "腾讯"),  # 腾讯 "see 腾讯控股有限公司" (Tencent Holdings Limited)
        ("World Trade Organization", "世贸组织"),  # "WTO (World Trade Organization)"
        ("FIFA", "国际足联"),  # "abbr. for 国际足球联合会, FIFA, ..."
        ("Elysee", "爱丽舍宫"),  # "Elysée Palace": the palace by its name
    ],
)
def test_cedict_senses_give_names(name: str, expected: str) -> None:
    assert expected in simplified(name)


def test_a_cedict_name_is_also_found_without_its_qualifier() -> None:
    assert "安理会" in simplified("Security Council")  # (United Nations) Security Council
    assert "美联储" in simplified("Federal Reserve")  # US Federal Reserve (Fed)
    assert "联合国教科文组织" in simplified("UNESCO")  # UNESCO, United Nations Educational...
    assert simplified("Open") == []  # US Open: one word left is no name


def test_cedict_senses_do_not_give_what_is_no_name_of_theirs() -> None:
    assert "州立大学" not in simplified("US")  # "State University (US)": a qualifier, not its acronym
    assert "奥林匹克委员会" not in simplified("Olympic Games")  # the other sense's full form
    assert "上海证券交易所综合股价指数" not in simplified("Shanghai Stock Exchange")  # (SSE) Composite Index
    assert simplified("Beijing")[:1] == ["北京"]
    assert "法鲁克" not in simplified("Egypt")  # "Farouk of Egypt (1920-1965)": no surname Egypt
    assert "李群" not in simplified("Lie")  # "Lie group (math.)": one word before a kind is no body's name


def test_a_cedict_sense_gives_the_name_it_says_its_entry_is_also_known_as() -> None:
    assert "马云" in simplified("Jack Ma")  # "Ma Yun (1964-), aka Jack Ma, Chinese billionaire..."
    assert "马化腾" in simplified("Pony Ma")  # "Ma Huateng aka Pony Ma (1971-)"
    assert "约翰逊" in simplified("Johnson")  # "Johnson or Johnston (name)": both names
    assert "约翰逊" in simplified("Johnston") and "休达" in simplified("Sebta")
    assert "基西纽" in simplified("Kishinev")  # "Chișinău (aka Kishinev)"
    assert "外高加索" in simplified("South Caucasus")  # "Transcaucasia, aka the South Caucasus"
    assert "马化腾" not in simplified("Ma")  # no surname alone from the name it is also known as
    assert "伊斯兰国" not in simplified("IS")  # "(aka IS or ISIL or ISIS)": no name of two letters
    assert "狼图腾" not in simplified("Jiang Rong")  # "Wolf Totem, novel by Lü Jiamin, aka Jiang Rong"
    assert matched('"Jack Ma"', "阿里巴巴创始人马云近日现身杭州。", "zh")


def test_taiwans_variants_surnames_and_adopted_chinese_names_from_cedict() -> None:
    assert "欧巴马" in simplified("Obama")  # "Taiwanese variant of 奧巴馬|奥巴马[...], Barack Obama (1961-)"
    assert "阿美尼亚" in simplified("Armenia")  # "variant of 亞美尼亞|亚美尼亚[...], Armenia"
    assert "川普" in simplified("Trump")  # "(Tw) surname Trump", after a common word's sense
    assert "贺锦丽" in simplified("Kamala Harris")  # "He Jinli, Chinese name adopted by Kamala Harris"
    assert "贺锦丽" not in simplified("Harris")  # the name she took is no surname alone
    assert simplified("Nanguo") == []  # "surname Nanguo": its pinyin finds it (pinyin_names), not a sense
    assert matched("Trump", "美國總統川普週二在白宮簽署行政命令。", "zh")
    assert matched("Obama", "美國前總統歐巴馬為民主黨候選人站台。", "zh")


def test_taiwans_and_hong_kongs_characters_fold_to_the_mainlands() -> None:
    from monitor.analysis.fold import fold

    assert fold("德國總理梅爾茨", language="zh") == "德国总理梅尔茨"
    assert fold("著名的乾隆皇帝", language="zh") == "著名的乾隆皇帝"  # both scripts write 著 and 乾: kept
    assert fold("總統", language="ja") == "總統"  # Japanese keeps its characters
    # a transcription the sources give in simplified characters only, found in traditional text
    assert matched('"Friedrich Merz"', "德國總理梅爾茨表示，歐洲必須加強自身防務。", "zh")
    # a word's traditional writing is not matched as its simplified form: 穫 (harvest) and 獲 (obtain) are 获
    assert not matched("harvest", "中国代表团在巴黎奥运会上获得40枚金牌。", "zh")
    # the checks around a hit read the text simplified too: 羅馬尼亞 is Romania, no Rome
    assert not matched("Rome", "羅馬尼亞總統選舉進入第二輪投票。", "zh")


def test_a_body_named_from_cedict_is_not_found_in_a_longer_word() -> None:
    assert matched('"Islamic State"', "极端组织“伊斯兰国”宣称对这起袭击负责。", "zh")
    # 伊斯兰国家: Islamic countries
    assert not matched('"Islamic State"', "沙特与其他伊斯兰国家外长在利雅得举行会议。", "zh")


def test_a_firm_is_written_with_its_trade_after_its_name() -> None:
    assert matched('"Great Wall Motor"', "长城汽车上半年销量同比增长。", "zh")  # 长城 (CC-CEDICT) + 汽车
    assert matched('"Tata Motors"', "印度塔塔汽车公布季度业绩。", "zh")  # a transcription + 汽车
    assert matched('"Ant Group"', "蚂蚁集团宣布完成新一轮组织架构调整。", "zh")  # a common word's translation
    assert not matched('"Ant Group"', "科学家研究了蚂蚁的觅食行为。", "zh")  # ants: no firm without its trade


def test_a_translated_name_is_written_as_a_source_writes_it() -> None:
    assert "奥运会" in [v.text for v in written_names("Olympic Games", "zh")]
    assert written_names("Olympic Games", "de") == []


def test_translated_names_and_acronyms_find_chinese_news() -> None:
    assert matched('"Olympic Games"', "2028年洛杉矶奥运会组委会公布了新增的比赛项目。", "zh")
    assert matched("TSMC", "台积电宣布将在美国追加投资。", "zh")
    assert not matched("TSMC", "台湾电力公司宣布将在美国追加投资。", "zh")


def test_a_chinese_transcription_writes_each_sound_any_of_its_likely_characters() -> None:
    spelt = spread_hanzi("beatriz")
    assert spelt[0] == "贝阿特里兹"  # the likeliest first
    assert {"贝亚特里兹", "贝阿特丽兹", "贝阿特里斯"} <= set(spelt)  # each sound's second choices
    assert "得" in homophones("德") and "的" not in homophones("德")  # no word as common as 的
    # the compiler takes each character as a set: two second choices together are found
    assert matched("Beatriz", "智利环保活动人士贝亚特丽斯反对扩大锂矿开采。", "zh")
    assert matched('"Doug Pettersen"', "一县警长道格·彼得森证实，警方已逮捕一名男子。", "zh")


def test_a_word_initial_tsh_is_written_as_ts() -> None:
    # Xinhua's 齐塞克迪 for Tshisekedi: the ts row's 齐, no t before sh
    assert matched("Tshisekedi", "刚果（金）总统齐塞克迪与卢旺达总统在华盛顿会面。", "zh")


def test_a_russian_name_is_written_in_chinese_by_its_russian_sounds() -> None:
    assert matched("Navalny", "反对派人士纳瓦利内的遗孀在柏林表示。", "zh")


def test_a_ukrainian_place_is_written_in_chinese_by_its_russian_name() -> None:
    assert "ugledar" in _russian_forms("vuhledar")  # Угледар
    assert "chernigov" in _russian_forms("chernihiv")  # -iv: Чернигов
    assert _russian_forms("navalny") == []  # Slavic, not romanised from Ukrainian
    assert matched("Vuhledar", "俄罗斯国防部称，俄军已完全控制乌格列达尔。", "zh")


def test_a_chinese_name_of_one_part_is_not_found_across_the_dot_of_another() -> None:
    assert matched("Starmer", "英国首相斯塔默表示。", "zh")
    assert not matched("Starmer", "法国议员让-巴蒂斯特·莫罗表示。", "zh")  # 斯特·莫


def test_a_transcription_going_on_by_one_more_sound_is_another_name() -> None:
    # Petrov, 佩特罗夫, holds Petro's 佩特罗; Petro himself is found before a word
    assert matched("Petro", "哥伦比亚总统佩特罗拒绝接收美国军机遣返的移民。", "zh")
    assert not matched("Petro", "俄罗斯外交官佩特罗夫在记者会上发表声明。", "zh")


def test_a_katakana_name_is_found_inside_a_run_only_next_to_a_word_of_its_own() -> None:
    assert matched("Aramco", "サウジアラビアの国営石油会社サウジアラムコの決算が発表された。", "ja")
    assert matched("Tesla", "米電気自動車大手テスラは新型車を発表した。", "ja")
    assert not matched("Tesla", "新しいマテスラという菓子が発売された。", "ja")  # マ is no word of its own
    assert inside_katakana_word("マテスラ", 1, 4) and not inside_katakana_word("サウジアラムコ", 3, 7)


def test_katakana_length_marks_are_written_at_will() -> None:
    # The bar and the small tsu are no keys: a transcription without them finds a writing with them.
    assert not any("ハッダード" in t for t in transcribe("Nadia Haddad", "ja"))
    assert matched('"Nadia Haddad"', "ナディア・ハッダード氏が来日した。", "ja")
    assert matched("Zelensky", "ゼレンスキー大統領が演説した。", "ja")  # the bar after it is its own
    assert matched('"Markus Hellwig"', "マルクス・ヘルヴィヒ氏が来日した。", "ja")  # ヴィ, read ビ
    assert not matched("Tesla", "新しいテスラーメンという菓子が発売された。", "ja")  # a longer word still


def test_japanese_hears_german_and_english_spellings_its_own_way() -> None:
    assert "ハンゼン" in transcribe("Hansen", "ja")  # a German s voiced after n
    assert "ヴァルター" in transcribe("Walter", "ja")  # a German w
    assert "フシ" in transcribe("Houthi", "ja")  # English th as s
    assert "ブリクスムーア" in transcribe("Brixmoor", "ja")  # English -oor as ーア
    assert not any("河西" in t for t in transcribe("Houthi", "zh"))  # Chinese writes th otherwise


def test_polish_and_italian_spellings_are_read_as_their_languages_read_them() -> None:
    assert matched('"Tomasz Nowicki"', "トマシュ・ノヴィツキ氏が来日した。", "ja")  # sz, w, -cki
    assert matched('"Tomasz Nowicki"', "波兰议员托马什·诺维茨基表示。", "zh")
    assert matched('"Pietro Bianchini"', "ピエトロ・ビアンキーニ氏が来日した。", "ja")  # chi as ki
    assert "比安基尼" in transcribe("Bianchini", "zh")


def test_jmnedict_writes_foreign_names_in_katakana_and_japanese_ones_in_kanji() -> None:
    from monitor.lexicon.namesources import japanese_names, simplified

    assert [n.text for n in japanese_names("Lufthansa")] == ["ルフトハンザ"]
    assert "谷川" in [n.text for n in japanese_names("Tanigawa") if "S" in n.types]
    assert "岸田文雄" in [n.text for n in japanese_names("Kishida Fumio")]  # a person's full name
    assert simplified("谷川由紀") == "谷川由纪"


def test_a_japanese_persons_name_is_found_in_kanji_surname_first() -> None:
    assert matched('"Yuki Tanigawa"', "市民団体代表の谷川由紀さんは都内で集会を開いた。", "ja")
    assert matched('"Yuki Tanigawa"', "日本活动人士谷川由纪在东京组织集会。", "zh")
    assert not matched('"Yuki Tanigawa"', "谷川岳の登山道が再開された。", "ja")  # the surname alone
    # a lone surname's rarer writings count only with a title (Ishiba: 石破, but also 石庭, a stone garden)
    assert all(v.sources == ("surname",) for v in name_variants("Ishiba", "ja") if v.text == "石庭")
    assert not matched("Ishiba", "京都の寺で石庭を見学した。", "ja")


def test_a_japanese_given_name_of_one_kanji_is_found_where_nothing_runs_on_from_it() -> None:
    assert matched('"Wataru Endo"', "主将の遠藤航選手は、代表合宿で意気込みを語った。", "ja")
    assert matched('"Uta Abe"', "阿部詩選手は決勝で一本勝ちした。", "ja")  # 詩選 is a word, 選手 a title
    assert matched('"Minoru Kiuchi"', "城内実経済安全保障相は会見で説明した。", "ja")  # 阿部 and 城内: the
    # surname's other writings than JMnedict's first, each with the given name
    assert not matched('"Wataru Endo"', "遠藤航空の社長が記者会見した。", "ja")  # a firm: 航空, a word
    assert not matched('"Sachi Tanigawa"', "谷川幸子議員は質問に立った。", "ja")  # 幸子, a longer given name


def test_a_firms_katakana_comes_from_jmnedict() -> None:
    assert matched("Lufthansa", "独ルフトハンザ航空の地上職員がストライキを行った。", "ja")


def test_a_katakana_name_followed_by_another_word_in_its_run_is_another_thing() -> None:
    assert not matched("Musk", "夏の贈り物にマスクメロンが人気だ。", "ja")  # a muskmelon
    assert not matched('"Yuki Tanigawa"', "詩人の谷川幸子さんが新作を発表した。", "ja")  # 幸 is one Yuki too


def test_a_places_body_or_event_is_its_place_then_its_words_translated() -> None:
    composed = [v.text for v in written_names('"Munich Security Conference"', "zh")]
    assert "慕尼黑安全会议" in composed
    assert matched('"Munich Security Conference"', "第六十一届慕尼黑安全会议开幕。", "zh")
    assert not matched('"Munich Security Conference"', "慕尼黑举行了一场音乐会。", "zh")  # the place alone


@pytest.mark.parametrize(
    ("word", "expected"),
    [("zhang", "チャン"), ("zhang", "ジャン"), ("wei", "ウェイ"), ("xi", "シー"), ("jinping", "ジンピン"),
     ("huang", "フアン"), ("zhou", "チョウ"), ("xue", "シュエ")],
)  # fmt: skip
def test_pinyin_as_japanese_writes_mandarin(word: str, expected: str) -> None:
    assert expected in pinyin_katakana(word)


def test_a_chinese_persons_name_in_japanese_katakana_is_surname_first() -> None:
    assert matched('"Wei Zhang"', "中国出身の研究者、張偉（チャン・ウェイ）氏が率いるチーム。", "ja")
    assert pinyin_katakana("smith") == []  # no pinyin


def test_a_katakana_name_that_is_a_common_word_needs_a_name_marker() -> None:
    assert not matched("Musk", "児童生徒にマスクの着用を呼びかけている。", "ja")  # a mask
    assert matched("Musk", "米実業家イーロン・マスク氏は投稿で批判した。", "ja")
    assert matched("Musk", "マスク氏は投稿で批判した。", "ja")
    assert matched("Chicago", "米中西部シカゴの市長は会見した。", "ja")  # a place the sources know
    assert matched("Russia", "北朝鮮がロシアに兵士を派遣した。", "ja")  # a country
    # frequent in Japanese, but used more still as names: no marker needed
    assert matched("Washington", "ワシントンの外交筋によると、米政府は規制の強化を検討している。", "ja")
    assert matched("Trump", "「トランプ関税」の影響が広がっている。", "ja")


def test_a_chinese_person_named_in_pinyin_is_written_as_the_word_lists_write_people() -> None:
    from monitor.lexicon.namesources import chinese_people

    assert chinese_people("Li Qiang")[0] == "李强"  # surname first
    assert chinese_people("Wang Lei")[0] == "王磊"
    assert chinese_people("Lei Wang")[0] == "王磊"  # given name first: the commoner surname decides
    assert "杨柳" not in chinese_people("Liu Yang")  # a willow: a common word, no person
    assert chinese_people("Anna Lindqvist") == []
    assert matched('"Chen Jing"', "研究员陈静在会上介绍了成果。", "zh")


def test_a_chinese_person_no_word_list_writes_is_found_by_the_sounds_after_a_title() -> None:
    from monitor.lexicon.namesources import pinyin_sounds

    assert pinyin_sounds("Wang Yi") is None  # the word lists write him: 王毅
    assert matched('"Ding Xuexiang"', "国务院副总理丁薛祥出席世界经济论坛年会并致辞。", "zh")
    assert not matched('"Ding Xuexiang"', "丁薛祥出席了会议。", "zh")  # no title: a homophone's as likely
    assert not matched('"Ding Xuexiang"', "国务院副总理丁学东出席会议。", "zh")  # other sounds


def test_a_taiwanese_person_named_in_wade_giles_is_read_by_its_pinyin() -> None:
    from monitor.lexicon.namesources import chinese_people
    from monitor.lexicon.transcribe.pinyin import wade_giles

    assert wade_giles("chia") == ["jia", "qia"]  # no apostrophe: aspirated or not
    assert wade_giles("hsiao") == ["xiao"]
    assert wade_giles("chih") == ["zhi", "chi"] and wade_giles("chi") == ["ji", "qi"]
    assert wade_giles("tzu") == ["zi", "ci"] and wade_giles("su") == ["su"]
    assert wade_giles("shiow") == ["xiu"]  # Gwoyeu Romatzyh, in Taiwan's passports
    assert chinese_people("Lin Chia-lung") == ["林佳龙"]
    assert chinese_people("Cheng Li-wun") == ["郑丽文"]  # zheng's surname, Tongyong's wun
    assert chinese_people("Lee Jae-myung") == []  # Korean: no Wade-Giles
    assert "韩国语" not in chinese_people("Han Kuo-yu")  # the Korean language: CC-CEDICT's, no person
    assert matched('"Chiang Wan-an"', "台北市長蔣萬安宣布明年起調漲公車票價。", "zh")
    assert matched('"Lu Shiow-yen"', "台中市长卢秀燕表示，暂不考虑参选。", "zh")


def test_a_womans_given_name_and_a_dictionarys_given_name_are_written_as_chinese_news_writes_them() -> None:
    assert matched('"Lucia Marini"', "意大利检察官露西娅·马里尼表示。", "zh")  # 露 娅: a woman's characters
    assert matched('"Monica Ferri"', "莫妮卡·费里表示。", "zh")
    assert not matched('"Monica Ferri"', "莫妮卡·费尔南德斯表示。", "zh")  # another surname
    assert matched(
        '"Sophie Martin"', "苏菲·马丁表示。", "zh"
    )  # CEDICT's Martin 马丁; a person, not translated


def test_a_short_name_is_no_part_of_a_longer_one() -> None:
    assert not found("南非总统拉马福萨宣布", "福萨")  # the end of Ramaphosa, no Forssa
    assert not found("澳大利亚总理阿尔巴尼斯宣布", "尼斯")  # the end of Albanese, no Nice
    assert not found("据菲律宾国家减灾委员会", "宾")  # one character stands alone or is none
    assert found("澳大利亚悉尼一家动物园", "悉尼")  # after a country's name: a word of its own
    assert found("苏丹武装部队宣布", "苏丹")  # before a common word
    assert found("德国汉莎航空公司", "德国")  # a common word itself


def test_a_place_is_no_water_named_after_it() -> None:
    assert not found("约旦河西岸发生冲突", "约旦")  # the river Jordan's West Bank
    assert not found("墨西哥湾沿岸多地发布飓风预警", "墨西哥")  # the Gulf of Mexico
    assert not found("尼日尔河流域遭遇洪灾", "尼日尔")  # the Niger river, cut 尼日尔河|流域
    assert found("尼日尔军政府宣布", "尼日尔")
    assert found("德国河流水位持续下降", "德国")  # German rivers: 德国|河流
    assert not named_water("日本海上保安厅称", 0, 2)  # not a sea's 海: the coast guard


def test_a_place_is_whole_before_a_regions_word_that_its_last_character_would_join() -> None:
    # cut 东北部|苏|梅州 (Meizhou, a Chinese city): 州 after it marks 苏梅 as the place
    assert matched("Sumy", "乌克兰东北部苏梅州遭到俄军无人机袭击。", "zh")
    assert matched("Sumy", "苏梅州州长表示，三人在袭击中死亡。", "zh")
    assert not matched("Huawei", "将才华为社会所用。", "zh")  # still a word across the name


def test_a_place_after_a_given_name_and_a_dot_is_that_persons_surname() -> None:
    assert not matched("Homs", "好莱坞女星凯蒂·霍姆斯出席了电影首映式。", "zh")  # Katie Holmes
    assert not matched("Homs", "血液检测公司创始人伊丽莎白·霍姆斯开始服刑。", "zh")  # Elizabethtown: small
    assert matched("Homs", "叙利亚中部城市霍姆斯发生教派冲突。", "zh")
    assert matched("Homs", "连接阿勒颇·霍姆斯的公路重新开放。", "zh")  # after another place: a pair
    assert matched("Milan", "2026年米兰·科尔蒂纳冬奥会火炬传递启动。", "zh")  # before the dot: left alone


def test_a_given_name_is_written_as_the_dictionary_writes_its_other_romanisation() -> None:
    # CC-CEDICT has Mohammed, not Mohamed: the doubled consonant (shadda) romanised single
    assert matched(
        '"Mohamed Hamdan Dagalo"', "苏丹快速支援部队司令穆罕默德·哈姆丹·达加洛宣布成立平行政府。", "zh"
    )


def test_a_surname_after_a_title_is_the_person_of_a_hyphened_or_a_second_given_name() -> None:
    assert matched('"Jean-Noel Barrot"', "法国外长巴罗特呼吁以色列停止扩建定居点。", "zh")
    assert matched('"Maria Corina Machado"', "委内瑞拉反对派领导人马查多表示将继续抗争。", "zh")
    assert matched('"Jose Antonio Kast"', "智利当选总统卡斯特表示将加强边境管控。", "zh")
    assert not matched('"Jose Antonio Kast"', "古巴前领导人菲德尔·卡斯特罗逝世九周年。", "zh")  # Castro
    assert not matched('"Maria Corina Machado"', "马查多表示将继续抗争。", "zh")  # no title before it
    assert matched('"Maria Corina Machado"', "委內瑞拉反對派領袖馬查多獲頒諾貝爾和平獎。", "zh")  # a leader
    assert matched('"Ursula von der Leyen"', "欧盟委员会主席冯德莱恩表示。", "zh")  # particles: no parts


def test_a_surname_after_a_title_is_not_the_dictionarys_other_person() -> None:
    # CC-CEDICT's 拜登 is Joe Biden: after a title, the president, not his son or his wife
    assert not matched('"Hunter Biden"', "美国前总统拜登的妻子吉尔·拜登出席了活动。", "zh")
    assert matched('"Joe Biden"', "美国前总统拜登出席了活动。", "zh")
    assert matched('"Keir Starmer"', "英国首相斯塔默表示。", "zh")  # no dictionary's person
    assert matched('"Boris Johnson"', "英国前首相约翰逊宣布辞去议员职务。", "zh")
    assert matched('"Kaja Kallas"', "欧盟外交与安全政策高级代表卡拉斯访问基辅。", "zh")  # a representative


def test_a_dictionarys_person_of_history_is_no_other_person_for_a_surname_after_a_title() -> None:
    # CC-CEDICT's 库克 is Captain James Cook (1728-1779): no namesake the news gives a title today
    assert matched('"Tim Cook"', "苹果公司首席执行官库克访问上海。", "zh")
    assert not matched('"Tim Cook"', "库克群岛总理访问新西兰。", "zh")  # no title right before it
    assert not matched('"Hunter Biden"', "美国总统拜登出席了活动。", "zh")  # Joe Biden (1942-) is


def test_a_junior_is_xiao_before_the_fathers_name() -> None:
    assert matched('"Donald Trump Jr."', "小唐纳德·特朗普在社交媒体上发文批评民主党。", "zh")
    assert not matched('"Donald Trump Jr."', "美国总统唐纳德·特朗普表示将加征关税。", "zh")  # the father
    assert not matched('"Donald Trump Jr."', "美国总统特朗普表示将加征关税。", "zh")
    # 小 before the surname alone: the son (小马科斯; the father is 马科斯)
    assert matched('"Ferdinand Marcos Jr."', "小马科斯政府当天与日本签署了防务协定。", "zh")
    assert not matched('"Ferdinand Marcos Jr."', "菲律宾前总统马科斯于1986年流亡海外。", "zh")
    assert matched('"Robert F. Kennedy Jr."', "美国卫生部长小肯尼迪宣布了新的疫苗政策。", "zh")


def test_a_central_bank_is_its_country_and_yanghang() -> None:
    assert matched('"Bank of Japan"', "日本央行宣布将政策利率上调至0.75%。", "zh")
    assert matched('"National Bank of Ukraine"', "乌克兰央行下调了基准利率。", "zh")
    # China's central bank is the People's Bank of China: the Bank of China is a commercial bank
    assert not matched('"Bank of China"', "中国央行宣布下调存款准备金率。", "zh")
    # a Bank of that no dictionary lists is a commercial bank, not the country's central one
    assert not matched('"Bank of Ireland"', "爱尔兰央行警告称，房价上涨过快可能带来金融风险。", "zh")
    assert matched('"Central Bank of Ireland"', "爱尔兰央行警告称，房价上涨过快可能带来金融风险。", "zh")
    # CC-CEDICT's 韩国银行 (Bank of Korea) gives its country's writing
    assert "韩国央行" in [v.text for v in name_variants("Bank of Korea", "zh")]


def test_a_cedict_sense_with_another_spelling_gives_both() -> None:
    assert "国民党" in simplified("Kuomintang")  # "Guomindang or Kuomintang (KMT)"


def test_a_cedict_writing_of_another_country_is_left_to_it() -> None:
    # CC-CEDICT glosses 多米尼加 as Dominica and the Dominican Republic; CLDR's 多米尼加共和国 holds it
    assert "多米尼加" not in [v.text for v in name_variants("Dominica", "zh")]
    assert "多米尼克" in [v.text for v in name_variants("Dominica", "zh")]
    assert "多米尼加" in [v.text for v in name_variants("Dominican Republic", "zh")]


def test_a_word_that_holds_a_name_read_otherwise_is_no_hit() -> None:
    assert not found("该油田日产量突破五千吨", "日产")  # daily output, 日|产量: no Nissan
    assert not found("欧美国家纷纷表示关切", "美国")  # Western countries, 欧美|国家
    assert found("日产汽车宣布裁员", "日产")
    assert found("美国人认为", "美国")  # 美国|人: the word holds the name
    assert found("中国队获胜", "中国")
    assert found("北京市政府宣布", "北京")


def test_a_place_inside_a_common_noun_or_a_persons_name_is_no_hit() -> None:
    assert not found("不少市民饱受香港脚困扰", "香港")  # athlete's foot
    assert not found("餐厅推出的新款意大利面受到欢迎", "意大利")  # spaghetti
    assert not found("前高雄市长韩国瑜当天主持会议", "韩国")  # Han Kuo-yu, a person
    assert found("中国红十字会宣布", "中国")  # 中国|红十字会: no 中国红, "vermilion"
    assert found("越南战争结束五十周年", "越南")  # the Vietnam War, which CC-CEDICT dates as a person
    assert found("香港特区政府宣布", "香港")
    assert found("韩国总统府当天召开会议", "韩国")


def test_a_place_heading_a_thing_named_after_it_is_no_hit() -> None:
    # a word wordfreq knows, joined by the cutting, ending in a colour, animal or plant (CEDICT, WordNet)
    assert not found("市场监管部门在辣椒粉中检出苏丹红。", "苏丹")  # Sudan red, a dye
    assert not found("她家养了一只波斯猫，性格十分温顺。", "波斯")  # a Persian cat
    assert not found("不要把巴西龟随意放生到野外河流中。", "巴西")  # a turtle: the cutting parts 巴西|龟
    # a food's or a substance's one character standing alone after the place
    assert not found("这家烘焙店的丹麦酥每天早上都被抢购一空。", "丹麦")  # a Danish pastry
    assert not found("果农在葡萄园喷洒波尔多液防治霜霉病。", "波尔多")  # Bordeaux mixture
    assert found("苏丹武装部队与快速支援部队在喀土穆交火。", "苏丹")
    assert found("美国牛肉对华出口大幅增长。", "美国")  # beef from there: a word of two characters
    assert found("美国空军宣布", "美国")  # an air force: a two characters' attribute is no thing
    assert found("英国女王伊丽莎白二世", "英国")
    assert found("美国对中国商品加征关税", "美国")  # 对 "right": an attribute alone is no thing
    assert found("韩国李在明政府上台后", "韩国")  # 李, a plum, is a surname too


def test_a_place_read_as_well_without_it_is_no_hit() -> None:
    assert not found("他乍得知消息，一时说不出话来。", "乍得")  # 乍|得知, "suddenly learned"
    assert found("乍得政府宣布关闭与苏丹的边境。", "乍得")
    assert found("马里面临严重粮食危机。", "马里")  # 里面 runs into 面临: 马里|面临
    assert found("美国人认为", "美国")  # 美|国人 is far less likely
    assert found("法国会议", "法国")


def test_a_place_inside_a_proper_noun_whose_glosses_do_not_name_it_is_no_hit() -> None:
    assert not found("内蒙古巴林右旗近日发现一处古墓群", "巴林")  # Bairin Right banner: no Bahrain
    assert not found("这款俄罗斯方块游戏风靡全球", "俄罗斯")  # Tetris
    assert found("北京师范大学教授表示", "北京")  # Beijing Normal University names Beijing
    assert found("英国人认为", "英国")  # British: Britain
    assert found("巴林外交大臣当天会见美国官员", "巴林")


def test_a_thai_or_indonesian_person_goes_by_the_given_name() -> None:
    assert "他信" in [n.simplified for n in chinese_names("Thaksin")]  # Thaksin Shinawatra
    assert matched("Thaksin", "泰国前总理他信当天在曼谷出庭受审。", "zh")
    assert not matched("Thaksin", "他信心十足地表示两国关系将更上一层楼。", "zh")  # 他|信心: he is confident


def test_a_landmark_after_a_smaller_citys_name_is_that_citys_own() -> None:
    assert not found("喀山克里姆林宫是世界文化遗产", "克里姆林宫")  # the Kazan Kremlin
    assert found("莫斯科克里姆林宫当天发表声明", "克里姆林宫")  # Moscow's, which the news names so too
    assert found("美国白宫发言人表示", "白宫")  # a country before it
    assert found("克里姆林宫表示", "克里姆林宫")


def test_an_international_bodys_short_form_after_a_country_is_that_countrys_own_body() -> None:
    assert not matched("IAEA", "伊朗原子能机构负责人当天表示将继续浓缩铀活动。", "zh")
    assert not matched("IAEA", "法国国家原子能机构发布年度报告。", "zh")
    assert matched("IAEA", "原子能机构总干事格罗西抵达德黑兰。", "zh")
    assert matched("IAEA", "联合国原子能机构发布最新报告。", "zh")
    # CC-CEDICT's traditional writing is checked as its simplified one, in either script
    assert not matched("IAEA", "伊朗國家原子能機構宣布將繼續濃縮鈾活動。", "zh")


def test_a_japanese_firms_family_name_before_a_given_name_is_a_person() -> None:
    assert not matched("Toyota", "丰田章男在股东大会上获得连任。", "zh")  # Akio Toyoda
    assert not matched("Panasonic", "松下幸之助被誉为日本经营之神。", "zh")  # its founder
    assert matched("Toyota", "丰田汽车宣布召回十万辆汽车。", "zh")
    assert matched("Toyota", "丰田和美国经销商达成协议。", "zh")  # 和美 (Kazumi) is cut 和|美国
    assert matched("Kishida", "岸田文雄宣布辞职。", "zh")  # a person's surname, no firm


def test_a_transcription_goes_on_into_a_rare_word_of_name_characters() -> None:
    assert not found("哈马斯卡因地区遭遇强降雨", "哈马斯")  # 卡因 (Cain) is a rare word: Hamaskain goes on
    assert found("哈马斯通过调解方表示", "哈马斯")  # 通过 is a common one
    assert matched('"Shohei Ohtani"', "道奇队球星大谷翔平本赛季已击出50支本垒打。", "zh")  # 大谷|翔平


def test_a_final_weak_consonant_may_go_unwritten() -> None:
    # Xinhua's table writes Duisburg's final g (杜伊斯布格); the press often leaves it out
    # (杜伊斯堡): the compiler takes each position's characters of four-character readings as a set
    four = [r for r in transcribe("Duisburg", "zh") if len(r) == 4]
    assert all(any(r[i] == c for r in four) for i, c in enumerate("杜伊斯堡"))
    assert all(len(r) > 2 for r in transcribe("Brandt", "zh"))  # never down to two characters


def test_japanese_may_leave_a_final_consonant_unsaid() -> None:
    assert any(kana_key(r) == kana_key("ピナン") for r in transcribe("Pinang", "ja"))  # -ng as ン
    belfort = {kana_key(r) for r in transcribe("Belfort", "ja")}
    assert kana_key("ベルフォール") in belfort  # a French final t after r
    assert not any(r.endswith("ブル") for r in transcribe("Hamburg", "ja"))  # a g after r is said


def test_a_name_starts_after_a_countrys_name_and_not_inside_another_name() -> None:
    assert found("芬兰赫尔辛基发生枪击", "赫尔辛基")  # after a country's name, whatever its last characters
    assert found("马里巴马科举行会谈", "巴马科")
    assert found("瑞士楚格州发生", "楚格")  # a short name too (Zug)
    assert not found("印度尼西亚发生地震", "尼西亚")  # the end of a country's name
    assert not found("乌方称波克罗夫斯克附近", "波克罗夫")  # 斯克: two name pieces go on
    assert not found("俄方任命的塞瓦斯托波尔市长称", "瓦斯托")  # both ends inside words
    assert not found("穆罕默德·本·萨勒曼会见", "本")  # one character between dots is one part of a name
    assert found("德黑兰连日遭遇严重空气污染", "德黑兰")  # 连日 is a word, not a name's piece
    assert not found("几内亚比绍发生未遂政变", "几内亚")  # the start of a longer country's name
    assert not found("赤道几内亚副总统", "几内亚")
    assert found("几内亚军政府宣布", "几内亚")  # 军政府 is a word after it
    assert found("苏丹政府军称", "苏丹")  # the gazetteer's 苏丹政府 is the country and a word


def test_xinhua_writes_some_last_parts_with_a_character_of_their_own() -> None:
    assert "弗赖堡" in transcribe("Freiburg", "zh")  # -burg 堡
    assert "斯特拉斯堡" in transcribe("Strasbourg", "zh")
    assert any(r.endswith("敦") for r in transcribe("Georgetown", "zh"))  # -town 敦
    assert any(r.startswith("朔尔") for r in transcribe("Scholz", "zh"))  # German scho 朔
    assert matched("Brisbane", "布里斯班将举办奥运会。", "zh")  # a silent final e


def test_japanese_hears_a_german_place_and_a_final_e_as_german_says_them() -> None:
    heidelberg = {kana_key(r) for r in transcribe("Heidelberg", "ja")}
    assert kana_key("ハイデルベルク") in heidelberg  # ei as ai, a final g unvoiced
    assert kana_key("ダルムシュタット") in {kana_key(r) for r in transcribe("Darmstadt", "ja")}
    assert kana_key("ルッテ") in {kana_key(r) for r in transcribe("Rutte", "ja")}  # a final e said
    assert matched('"Mark Rutte"', "マルク・ルッテ事務総長は述べた。", "ja")


def test_a_katakana_name_at_the_end_of_a_run_follows_a_word_of_three_kana_or_more() -> None:
    assert inside_katakana_word("首都ミンスクで", 5, 7)  # スク after ミン, a piece wordfreq lists
    assert inside_katakana_word("インフラ投資", 2, 4)  # フラ in a word of its own
    assert not inside_katakana_word("サウジアラムコは", 3, 7)  # after サウジ, a word of its own


def test_chinese_says_a_spanish_final_e_and_leaves_the_arabic_article_out() -> None:
    assert "阿尔塞" in transcribe("Arce", "zh")  # Luis Arce: the e after rc is said
    assert transcribe("Lagarde", "zh")[0] == "拉加德"  # a French one still is not
    assert matched('"Ahmed al-Sharaa"', "叙利亚过渡总统艾哈迈德·沙拉表示。", "zh")  # Xinhua drops al-


def test_a_name_is_also_read_by_the_sounds_of_its_own_language() -> None:
    assert matched("Cabrera", "西班牙球员卡夫雷拉打进一球。", "zh")  # Spanish b before r as 夫
    assert matched("Rezaei", "伊朗前司令雷扎伊表示。", "zh")  # a Persian final -ei, -aei: 伊
    assert matched("Plenkovic", "クロアチアのプレンコビッチ首相は述べた。", "ja")  # -ić without its mark
    assert "キア" in transcribe("Kear", "ja")  # English -ear, -eir, -eer as ィア


def test_a_short_name_after_a_word_of_name_characters_starts_there() -> None:
    assert matched("Vance", "美国富豪万斯表示。", "zh")  # 富豪 is a word, not the start of a name
    assert not matched("Forssa", "南非总统拉马福萨表示。", "zh")  # 拉马 is a piece of one


def test_a_character_of_two_sounds_has_homophones_of_each() -> None:
    assert "齐" in homophones("奇")  # qi, though 奇 is also ji (基, 吉)


def test_german_ie_is_a_long_i_and_tz_before_a_nasal_a_ts_syllable() -> None:
    assert "迪特里赫" in transcribe("Dietrich", "zh")  # not 迪埃特里赫
    assert any("钦" in r for r in transcribe("Holtzinger", "zh"))


def test_japanese_hears_a_y_after_a_vowel_and_english_endings_as_english_does() -> None:
    assert "タガイタイ" in transcribe("Tagaytay", "ja")  # y before a consonant: イ, not ユ
    assert kana_key("メイウッド") in {kana_key(r) for r in transcribe("Maywood", "ja")}  # ay: エイ
    assert kana_key("ロックビル") in {kana_key(r) for r in transcribe("Rockville", "ja")}  # -ville: ビル


def test_japanese_reads_spanish_j_african_m_and_english_compounds_as_their_languages_do() -> None:
    keys = lambda name: {kana_key(r) for r in transcribe(name, "ja")}  # noqa: E731
    assert kana_key("ロハス") in keys("Rojas")  # Spanish j
    assert kana_key("ムボマ") in keys("Mboma")  # an initial m before a consonant: ム
    assert kana_key("エイボンデール") in keys("Avondale") or kana_key("アボンデール") in keys("Avondale")


def test_japanese_writes_a_doubled_n_as_n_and_spanish_ll_qu_z_as_spanish_does() -> None:
    keys = lambda name: {kana_key(r) for r in transcribe(name, "ja")}  # noqa: E731
    assert kana_key("アンナ") in keys("Anna")
    assert kana_key("エマ") == kana_key(transcribe("Emma", "ja")[0])  # mm stays one m first
    assert matched("Castilla", "スペイン中部のカスティーリャ地方で山火事が起きた。", "ja")
    assert kana_key("ゴンサレス") in keys("Gonzalez")


def test_a_sound_the_likeliest_reading_leaves_unwritten_is_spread_written_too() -> None:
    assert "吉列尔莫" in spread_hanzi("gilermo")  # r before m said (the Spanish reading of Guillermo)
    assert "斯塔默" in spread_hanzi("starmer")  # and unsaid


def test_a_lone_japanese_surname_takes_the_writing_japanese_news_uses_far_more() -> None:
    from monitor.lexicon.names import _likeliest_surname

    assert matched("Ishiba", "石破茂首相は、関税措置をめぐり協議を続ける考えを示した。", "ja")
    assert _likeliest_surname("takaichi") == ["高市"]
    assert _likeliest_surname("abe") == []  # 安倍 and 阿部 compete
    assert _likeliest_surname("hayashi") == []  # 林 and 速 are words; JMnedict's 松岡 is no Hayashi


def test_a_surname_writing_that_is_a_common_word_does_not_outweigh_the_name_by_the_words_use() -> None:
    from monitor.lexicon.names import _likeliest_surname

    assert _likeliest_surname("kondo") == []  # not 今度, "this time"; 近藤 and JMnedict's 近道 compete
    assert _likeliest_surname("nishikori") == ["錦織"]  # also brocade, a rare word: the name's use
    assert matched('"Marie Kondo"', "片付けコンサルタントの近藤さんは、新しい著書を出版した。", "ja")
    assert not matched('"Marie Kondo"', "今度さんは、新しい著書を出版した。", "ja")


def test_a_guessed_japanese_full_name_takes_every_given_writing_with_the_likeliest_surname() -> None:
    # 玉木 before JMnedict's first, 環, a ring, read kan as a word: all of Yuichiro's writings go with it
    assert matched(
        '"Yuichiro Tamaki"', "国民民主党の玉木雄一郎代表は、所得税の控除額の引き上げを求めた。", "ja"
    )


def test_two_character_writings_of_a_source_are_not_mixed_into_a_word() -> None:
    assert matched("Chad", "乍得政府宣布进入紧急状态。", "zh")
    assert matched("Chad", "查德总统发表讲话。", "zh")
    # 查得, "found on checking": 查 of 查德, 得 of 乍得
    assert not matched("Chad", "警方查得一批走私货物。", "zh")


def test_cedict_senses_give_names_glossed_by_capitalised_words_and_firms_without_legal_form() -> None:
    assert "奈飞" in simplified("Netflix")  # "Netflix, American entertainment company"
    assert "谷歌" in simplified("Google")  # "Google, Internet company and search engine"
    assert "博科圣地" in simplified("Boko Haram")  # "Boko Haram, Islamic insurgent group..."
    assert "大韩航空" in simplified("Korean Air")  # "Korean Air, South Korea's main airline"
    assert simplified("Khan") == []  # Khubilai Khan's title is no surname: not 忽必烈
    assert "伊姆兰・汗" in {v.text for v in name_variants("Imran Khan", "zh")}  # kh before an: 汗
    assert matched('"Khan Younis"', "以军对加沙地带南部城市汗尤尼斯发动空袭。", "zh")  # a place: no dot
    assert "微软" in simplified("Microsoft")  # "Microsoft Corporation"
    assert matched("Microsoft", "微软宣布裁员数千人。", "zh")
    assert simplified("Beijing")[:1] == ["北京"]  # a list of places is still no gloss


def test_a_longer_name_goes_on_before_a_match_and_a_short_name_stops_before_a_word() -> None:
    assert not found("阿尔卡拉斯赢得美网冠军", "卡拉斯")  # Kallas in Alcaraz: two name characters before
    assert not found("罗马尼亚首都布加勒斯特爆发抗议", "加勒斯")  # one before, one after
    assert not found("纳瓦尔纳亚呼吁西方", "瓦尔纳")
    assert found("欧盟高级代表卡拉斯访问基辅", "卡拉斯")
    assert found("亿万富翁马斯克在社交平台上发文", "马斯克")  # a word before: the name starts there
    assert found("北约秘书长吕特敦促盟国增加军费", "吕特")  # 敦促, "urges": a word after
    assert matched("Rutte", "北约秘书长吕特敦促盟国增加军费。", "zh")
    assert not matched("Kallas", "阿尔卡拉斯赢得美网冠军。", "zh")


def test_a_common_katakana_word_is_a_name_with_a_title_in_kanji_or_written_with_its_marks() -> None:
    assert not matched("Kallas", "公園のごみ置き場がカラスに荒らされる被害が相次いでいる。", "ja")  # a crow
    assert not matched("Kallas", "カラス被害が相次ぐ。", "ja")
    assert matched("Kallas", "EUのカラス上級代表がキーウを訪問した。", "ja")  # a title in kanji
    assert matched("Kallas", "エストニアのカラス首相は述べた。", "ja")
    # マースク matches as マスク does (length marks are not compared), but written so it is no mask
    assert matched("Maersk", "デンマークの海運大手マースクは紅海航路の運航を停止した。", "ja")
    assert not matched("Maersk", "児童生徒にマスクの着用を呼びかけている。", "ja")


def test_a_places_katakana_that_is_a_common_word_is_the_place_with_its_state_or_city_beside_it() -> None:
    assert matched(
        "Phoenix", "米アリゾナ州フェニックスでは、気温が50度近くに達した。", "ja"
    )  # the state before
    assert matched("Phoenix", "フェニックス市警は、銃撃事件の容疑者を逮捕した。", "ja")  # the city's police
    assert matched("Phoenix", "フェニックス市で熱波による死者が出た。", "ja")  # 市 ending the word
    assert matched("Phoenix", "フェニックス市付近で山火事が広がった。", "ja")  # ...or before what is near
    assert not matched("Phoenix", "伝説の鳥フェニックスは炎の中からよみがえる。", "ja")
    assert not matched("Musk", "マスク市場は縮小が続いている。", "ja")  # 市場, a market: no city


def test_a_katakana_word_for_the_names_own_english_word_is_that_word_unless_marked() -> None:
    # チワワ, the dog, is written in Japanese as much as English writes "chihuahua": the dog unmarked
    assert not matched("Chihuahua", "散歩中のチワワが大型犬にかまれた。", "ja")
    assert matched("Chihuahua", "メキシコ北部チワワ州で銃撃事件が起きた。", "ja")
    assert matched("Chihuahua", "チワワ州当局は遺体が見つかったと発表した。", "ja")  # the state's authorities
    # テスラ, the unit, is written less than English writes "tesla": the firm as before
    assert matched("Tesla", "テスラのイーロン・マスクCEOは新型車を披露した。", "ja")


def test_a_places_katakana_that_jmdict_has_as_a_word_is_the_place_only_where_marked() -> None:
    # コニャック, the brandy, and リール, a reel: JMdict's words, bare; the town with its country's part
    assert not matched("Cognac", "食後にコニャックを一杯楽しむのが彼の習慣だ。", "ja")
    assert matched("Cognac", "仏西部コニャックの生産者らは関税に抗議した。", "ja")
    assert not matched("Lille", "釣り具店では、リールや竿の売り上げが伸びている。", "ja")
    assert matched("Lille", "フランス北部リールで大規模なデモがあった。", "ja")
    # ...its country and の, a capital's country before it, the part of a country and の, a village
    assert matched("Bonn", "国連の会合がドイツのボンで始まった。", "ja")
    assert matched("Bonn", "旧西独の首都ボンには国連機関が多い。", "ja")
    assert not matched("Bath", "首都バスの運転手がストを行った。", "ja")  # a bus line, no capital's country
    assert matched("Cork", "アイルランド南部のコークで洪水が起きた。", "ja")
    # a name that is JMdict's word for its own English word, rarer than English writes it (タバスコ)
    assert not matched("Tabasco", "ピザにタバスコをかけて食べる。", "ja")
    assert matched("Tabasco", "メキシコ南部タバスコ州で洪水が起きた。", "ja")
    assert matched("Paris", "パリで大規模なデモがあった。", "ja")  # no word of JMdict's: no mark needed
    assert matched("Iran", "イラン外務省は、ウラン濃縮は平和目的だと強調した。", "ja")  # a country goes bare


def test_a_names_kanji_that_are_a_common_word_meaning_something_else_are_it_bare() -> None:
    # 森, a forest, and 朝日, the morning sun: the words with nothing after them that marks a name
    assert not matched("Mori", "森の中でクマに襲われ、男性が大けがをした。", "ja")
    assert matched("Mori", "森元首相は組織委員会の会長を辞任した。", "ja")  # kanji go on: a title
    assert matched("Mori", "森氏は辞任した。", "ja")
    assert not matched("Asahi", "山頂には朝日を待つ人々が集まった。", "ja")
    assert matched("Asahi", "朝日新聞は社説で批判した。", "ja")
    # an officer named before the title after a firm's の marks the firm (楽天, optimism, bare)
    assert matched("Rakuten", "楽天の三木谷浩史会長兼社長は新たな料金プランを説明した。", "ja")


def test_a_firms_kanji_heading_a_word_that_means_something_else_are_that_word() -> None:
    assert not matched("Rakuten", "景気の先行きについて楽天的な見方が広がっている。", "ja")  # optimistic
    assert not matched("Rakuten", "彼は楽天家で、失敗してもすぐに立ち直る。", "ja")  # an optimist
    assert matched("Rakuten", "楽天グループは赤字が縮小したと発表した。", "ja")
    assert matched("Tokyo", "東京都は新たな感染対策を発表した。", "ja")  # a place heads words named after it


def test_chinese_writes_a_doubled_n_as_a_nasal_and_spanish_gua_as_one_syllable() -> None:
    assert "辛纳" in transcribe("Sinner", "zh")  # sin-ner, not 西纳 alone
    assert "汉娜" in transcribe("Hannah", "zh") or "汉纳" in transcribe("Hannah", "zh")
    assert "瓜迪奥拉" in transcribe("Guardiola", "zh")
    assert matched("Sinner", "辛纳卫冕澳网冠军。", "zh")


def test_a_lone_japanese_surname_is_written_in_its_characters_in_chinese_too() -> None:
    assert "高市" in [v.text for v in name_variants("Takaichi", "zh")]
    assert matched("Takaichi", "日本首相高市早苗会见美国总统。", "zh")
    assert "安倍" not in [
        v.text for v in name_variants("Abe", "zh") if "jmnedict" in v.sources
    ]  # two compete


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("Kwame", "夸梅"),  # kwa one syllable
        ("Whitfield", "惠特菲尔德"),  # English wh a w, w+i also 惠
        ("Holmberg", "霍尔姆贝里"),  # Nordic -berg
        ("Hrytsenko", "赫里岑科"),  # -tsen- as 岑
        ("Quintero", "金特罗"),  # Spanish qu before i as k
        ("Marchetti", "马尔凯蒂"),  # an Italian reading's fourth cheapest characters
        ("Maryland", "马里兰"),  # -land's d unwritten
        ("Rotterdam", "罗特丹"),
        ("Nottingham", "诺廷汉"),
        ("Sheinbaum", "辛鲍姆"),  # English and Yiddish ei as a long i
        ("Capelinha", "卡佩利尼亚"),  # Portuguese nh
        ("Chihuahua", "奇瓦瓦"),  # Spanish hu before a vowel as w
        ("Kovacs", "科瓦奇"),  # Hungarian cs
        ("Dubois", "杜布瓦"),  # French oi, a final s unsaid
        ("Renaud", "雷诺"),  # French au, a final d unsaid
        ("Fischer", "菲舍尔"),  # -scher as 舍尔
        ("Keller", "凯勒"),  # -ller as 勒
        ("Aydin", "艾丁"),  # ay before a consonant as ai
        ("Jansen", "扬森"),  # Dutch j
        ("Rahmon", "拉赫蒙"),  # an h after a vowel before a consonant said
        ("Sorokina", "索罗金娜"),  # a woman's final -na after a vowel: the vowel's nasal and 娜
        ("Mariana", "马里安娜"),
        ("Lindqvist", "林德奎斯特"),  # Nordic -qvist
        ("Whitcombe", "惠特科姆"),  # English -mbe said m
        ("Bezos", "贝索斯"),  # Spanish z as s
        ("Pashinyan", "帕希尼扬"),  # Armenian -yan after a consonant
        ("Haniyeh", "哈尼亚"),  # a final -eh as a
        ("Mitsotakis", "米佐塔基斯"),  # tso also 佐
        ("Khalid", "哈立德"),  # li also 立, as Arabic names have it
        ("Marchand", "马尔尚"),  # French -and: its d unsaid
        ("Barakzai", "巴拉克扎伊"),  # Pashto -zai two syllables
    ],
)
def test_chinese_transcription_writes_each_languages_sounds_as_xinhua_does(name: str, written: str) -> None:
    same = [r for r in transcribe(name, "zh") if len(r) == len(written)]
    assert all(any(r[i] == c for r in same) for i, c in enumerate(written))


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("Giulia", "ジュリア"),  # Italian gi before a vowel
        ("Sergio", "セルヒオ"),  # Spanish g before i
        ("Hrytsenko", "フリツェンコ"),  # an h before a consonant said
        ("Whitaker", "ウィタカー"),  # English wh
        ("Holmberg", "ホルンベリ"),  # Nordic -berg
        ("Assange", "アサンジ"),  # English -nge
        ("Stamford", "スタンフォード"),  # m before f as ン
        ("Fulham", "フラム"),  # English -ham
        ("Ahmed", "アフメド"),  # an h after a vowel before a consonant said
        ("Mehmet", "メフメト"),
        ("Rahmon", "ラフモン"),
        ("Steinmeier", "シュタインマイヤー"),  # German st, ei and -eier
        ("Weidel", "ヴァイデル"),  # German w and ei
        ("Heinrich", "ハインリヒ"),  # German -ich
        ("Spahn", "シュパーン"),  # German sp
        ("Gerhard", "ゲルハルト"),  # a German final d unvoiced
        ("Pfeilschifter", "プファイルシフター"),
        ("Rheinmetall", "ラインメタル"),  # rh as r
        ("Tshisekedi", "チセケディ"),  # tsh as ch
        ("Kobakhidze", "コバヒゼ"),  # dz as z
        ("Sonya", "ソーニャ"),  # n before y and a vowel as ニャ
        ("Nice", "ニース"),  # a final e after one consonant unsaid
        ("Ramaphosa", "ラマポーザ"),  # ph an aspirated p
        ("Audincourt", "オダンクール"),  # French au, a nasal in, -ourt
        ("Versailles", "ヴェルサイユ"),  # French -ailles
        ("Palaiseau", "パレゾー"),  # French ai, eau, s between vowels
        ("Kowalczyk", "コワルチク"),  # Polish cz with w still ワ
        ("Capital", "キャピタル"),  # English a after k as キャ
        ("Foods", "フーズ"),  # a final -ds as ズ
        ("Arts", "アーツ"),  # a final -ts as ツ
        ("Quantrell", "クアントレル"),  # English qu before a vowel as ク and the vowel
        ("Fennimore", "フェニモア"),  # English -ore
        ("Delacourt", "デラコート"),  # English our before a consonant
        ("Wielenga", "ウィーレンガ"),  # Dutch ie before one consonant
        ("Neuhoff", "ノイホフ"),  # German eu
        ("Schaeuble", "ショイブレ"),  # German äu written out, a final e said
        ("Roettgen", "レットゲン"),  # German ö written out
        ("Television", "テレビジョン"),  # English -sion, -tion as ジョン, ション
        ("Mission", "ミッション"),
        ("Ouattara", "ワタラ"),  # French ou before a vowel
        ("Whitcombe", "ウィトコム"),  # English -mbe
        ("Stoliarchuk", "ストリャルチュク"),  # Ukrainian ia after a consonant, a glide
        ("Volodymyr", "ウォロディミル"),  # Ukrainian v before o
        ("Vuhledar", "ウフレダル"),  # Ukrainian v before u and a consonant, h said
        ("Burlington", "バーリントン"),  # English -ington, ur as アー
        ("Turner", "ターナー"),
        ("Wertheim", "ヴェルトハイム"),  # a German place's -heim its own part, not th
        ("Pittsburgh", "ピッツバーグ"),  # English -burgh
        ("McLean", "マクリーン"),  # Mc as マク
        ("Richter", "リヒター"),  # German ch after i as ヒ
        ("Mosbach", "モースバッハ"),  # and after a as ハ
        ("Brown", "ブラウン"),  # English -own
        ("Walsh", "ウォルシュ"),  # English wa before l
        ("Newton", "ニュートン"),  # English new
        ("Gerald", "ジェラルド"),  # English g before e
        ("Mazza", "マッツァ"),  # Italian zz
        ("Hernandez", "エルナンデス"),  # a Spanish h unsaid, z as s
        ("Osh", "オシ"),  # sh alone as シ too
        ("Voltaire", "ヴォルテール"),  # French -aire
        ("Marine", "マリーヌ"),  # French -ine
        ("Belousov", "ベロウソフ"),  # Russian ou: о and у
        ("Lavrov", "ラブロフ"),  # v before a sonorant voiced, the final one not
        ("Nawrocki", "ナブロツキ"),  # Polish w as v, voiced before r
    ],
)
def test_japanese_hears_each_languages_spelling_as_that_language_says_it(name: str, written: str) -> None:
    assert kana_key(written) in {kana_key(r) for r in transcribe(name, "ja")}


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("Söder", "ゼーダー"),  # ö as e, s before a vowel voiced
        ("Höcke", "ヘッケ"),  # a final e said
        ("Klöckner", "クレックナー"),
        ("Köhler", "ケーラー"),  # an h after a vowel unheard
        ("Wüst", "ヴュスト"),  # ü as the consonant's small yu, w as v
        ("Müller", "ミュラー"),
        ("Jürgen", "ユルゲン"),  # j as y
        ("Björn", "ビョルン"),  # ö after j as o
        ("Bärbel", "ベアベル"),  # ä before r also as エア
    ],
)
def test_japanese_writes_a_german_name_with_umlauts_as_german_says_it(name: str, written: str) -> None:
    assert kana_key(written) in {kana_key(r) for r in transcribe(name, "ja")}


def test_a_given_name_jmnedict_also_gives_a_place_is_a_given_name_before_a_surname_alone() -> None:
    assert given_name("Markus")  # マルクス: a given name, a place and a surname
    assert matched(
        '"Markus Söder"', "南部バイエルン州のゼーダー州首相は、連立交渉に前向きな姿勢を示した。", "ja"
    )
    assert not matched('"Markus Söder"', "ゼーダーの町で祭りが開かれた。", "ja")  # no title


def test_a_turkish_names_o_and_u_are_not_read_as_german_umlauts() -> None:
    surnames = {r.split("・")[-1] for r in transcribe("Çağlayan Özçelik", "ja")}
    assert surnames and not any(s.startswith("エ") for s in surnames)  # Turkish ö is オ, not German エ
    # no letter only Turkish has, but words Turkish news uses: read as Turkish first
    assert transcribe("Özgür Özel", "ja")[0] == "オズギュル・オゼル"


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("Gonçalves", "ゴンサルベス"),  # ç as s
        ("Ørsted", "エルステッド"),  # Nordic ø as e
        ("Åsa", "オーサ"),  # å as o
        ("Michał", "ミハウ"),  # Polish ł as w
    ],
)
def test_japanese_writes_letters_the_ascii_spelling_loses_as_they_sound(name: str, written: str) -> None:
    assert kana_key(written) in {kana_key(r) for r in transcribe(name, "ja")}


def test_a_taiwanese_persons_name_is_found_without_the_english_given_name_before_it() -> None:
    assert "赖清德" in simplified("Lai Ching-te")  # "William Lai Ching-te (1959-), ..."
    assert matched('"Lai Ching-te"', "台湾地区领导人赖清德发表讲话。", "zh")


def test_japanese_writes_a_chinese_name_with_its_own_forms_of_the_characters() -> None:
    assert japanese_kanji("賴清德") == "頼清徳"  # 頼 "variant of 賴", 徳 "Japanese variant of 德"
    assert japanese_kanji("黃仁勳") == "黄仁勲"  # 勲: a variant of 勛, simplified 勋 as 勳 is
    assert japanese_kanji("韓國瑜") == "韓国瑜"  # the simplified form, which Japan uses too
    assert japanese_kanji("林佳龍") == "林佳龍"  # Japanese text writes 龍 more than 竜
    assert japanese_kanji("髮") == "髪"  # its own variant, not 発 (发 is also 發's simplified form)
    assert matched('"Lai Ching-te"', "台湾の頼清徳総統は、中国の軍事演習を強く非難した。", "ja")
    assert matched('"Zhao Leji"', "中国の趙楽際全人代常務委員長が訪朝した。", "ja")


def test_japanese_writes_a_chinese_name_in_simplified_characters_in_its_traditional_forms() -> None:
    assert japanese_kanji("李强") == "李強"  # 强 only simplified: back to 強, not 彊
    assert japanese_kanji("赵乐际") == "趙楽際"
    assert japanese_kanji("张伟") == "張偉"
    assert japanese_kanji("李") == "李"  # both scripts write it: kept
    assert japanese_kanji("干") == "干"  # not 幹 or 乾, which China simplifies to it


def test_a_chinese_person_no_source_knows_is_written_in_japanese_kanji_that_are_no_japanese_word() -> None:
    assert "李強" in [v.text for v in name_variants("Li Qiang", "ja")]
    assert matched('"Li Qiang"', "中国の李強首相は、経済成長の目標を発表した。", "ja")
    assert "平成" not in [v.text for v in name_variants("Cheng Ping", "ja") if "usage" in v.sources]


def test_a_kanji_name_is_no_end_of_a_word_that_starts_before_it() -> None:
    assert not matched("Kyoto", "東京都は新たな条例を可決した。", "ja")  # 東京|都
    assert matched("Kyoto", "京都市で祭りが開かれた。", "ja")
    assert matched('"Li Qiang"', "来日した李強首相は会見した。", "ja")


def test_a_katakana_name_is_no_common_word_written_with_marks_it_lacks() -> None:
    assert not matched("Sona", "海上自衛隊の護衛艦がソナーで潜水艦を探知した。", "ja")  # sonar
    assert matched("Sona", "ソナ氏は記者団に語った。", "ja")


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("Lee Jae-myung", "イ・ジェミョン"),  # Lee as 이; yu before ng as 여
        ("Kim Jong Un", "キム・ジョンウン"),  # the given name's words run together
        ("Ban Ki-moon", "パン・ギムン"),  # a plain stop unvoiced first, voiced after a vowel or n
        ("Han Duck-soo", "ハン・ドクス"),  # u before a consonant as 어
        ("Son Heung-min", "ソン・フンミン"),  # eu as 으
        ("Chung Eui-yong", "チョン・ウィヨン"),
        ("Han Kang", "ハン・ガン"),  # pinyin too: read as Korean as well
        ("Yoon Suk Yeol", "ユン・ソンニョル"),  # an n said before yeo after a stop, the stop nasal
    ],
)
def test_japanese_writes_a_korean_name_by_its_korean_sounds(name: str, written: str) -> None:
    assert kana_key(written) in {kana_key(r) for r in transcribe(name, "ja")}


def test_a_western_name_gets_no_korean_reading() -> None:
    assert korean_katakana("Dan Brown") == korean_katakana("Amara Diallo") == []
    assert matched('"Kim Yo Jong"', "北朝鮮のキム・ヨジョン副部長は談話を発表した。", "ja")
    assert not matched('"Kim Jong Un"', "キム・ジョンイル総書記の死去から十年が経った。", "ja")


def test_a_japanese_firm_is_a_surname_and_a_common_word_written_in_kanji() -> None:
    assert hepburn("こうぎょう") == "kogyo"  # long vowels unwritten, as names are romanised
    assert hepburn("じゅうこうぎょう") == "jukogyo"
    assert hepburn("きっぷ") == "kippu"
    assert "精機" in japanese_words("Seiki") and "製作所" in japanese_words("seisakusho")
    assert matched('"Okada Seisakusho"', "工作機械メーカーの岡田製作所は、新工場を建設すると発表した。", "ja")
    assert matched('"Matsuda Kaiun"', "中堅海運会社の松田海運は、新造船を発注した。", "ja")
    assert not matched('"Takeda Kogyo"', "武田薬品工業は新薬を発表した。", "ja")  # another firm


def test_a_particle_is_also_written_together_with_the_surname_after_it() -> None:
    assert "德夫里斯" in {r.split("・")[-1] for r in transcribe("Pieter de Vries", "zh")}
    assert kana_key("デフリース") in {
        kana_key(r.split("・")[-1]) for r in transcribe("Pieter de Vries", "ja")
    }
    assert "冯德莱恩" in {r.split("・")[-1] for r in transcribe("Ursula von der Leyen", "zh")}


def test_a_korean_person_is_written_in_the_hanja_of_each_syllable() -> None:
    assert "李在明" in korean_hanja("Lee Jae-myung", "ja")  # surname 이: 李, the commonest surname read so
    for name, written in (("Yoon Suk Yeol", "尹锡悦"), ("Choi Sang-mok", "崔相穆")):  # oi as 외, suk as 석
        zh = [simplified_characters(w) for w in korean_hanja(name, "zh")]  # joined per position
        assert all(any(w[i] == c for w in zh) for i, c in enumerate(written))
    assert korean_hanja("Ban Ki-moon") == ["潘基文"]  # a writing wordfreq knows is the only one
    assert "金建希" in {simplified_characters(w) for w in korean_hanja("Kim Keon-hee", "zh")}  # hee as 희
    assert "韩德洙" in {simplified_characters(w) for w in korean_hanja("Han Duck-soo", "zh")}  # soo: 수 alone
    assert not matched(
        '"Lee Jae-myung"', "发言人李在明天的记者会上将公布结果。", "zh"
    )  # 李|在|明天, tomorrow
    assert korean_hanja("Wang Yi") == korean_hanja("Peter Brown") == []  # no Korean given name of two
    assert matched('"Lee Jae-myung"', "韩国总统李在明呼吁改善对日关系。", "zh")
    assert matched('"Lee Jae-myung"', "韓国の李在明大統領は日本との関係改善を訴えた。", "ja")
    assert not matched('"Lee Jae-myung"', "李在镕会长出席了发布会。", "zh")  # Lee Jae-yong, another person


def test_a_syllable_of_a_cedict_name_is_no_writing_of_it() -> None:
    # 韩国 is South Korea; its sense "Han, one of the Warring States" names 韩 alone, a part of it
    assert "韩国" not in {c.simplified for c in chinese_names("Han")}
    # Wu Han (吴晗) is named surname first: "Han" is his given name, not a surname that finds him
    assert "吴晗" not in {c.simplified for c in chinese_names("Han")}
    assert "吴晗" in {c.simplified for c in chinese_names("Wu Han")}
    # a person named in English order is still found by the surname alone (Ang Li: 李安)
    assert "李安" in {c.simplified for c in chinese_names("Li")}


def test_a_settled_katakana_spelling_takes_no_other_reading() -> None:
    # Japanese news writes Trump トランプ; トルンプ reads the letters otherwise and is the firm Trumpf
    spellings = [v.text for v in name_variants("Trump", "ja")]
    assert "トランプ" in spellings
    assert "トルンプ" not in spellings
    assert not matched("Trump", "ドイツの工作機械大手トルンプは新工場の建設を発表した。", "ja")
    assert matched("Trump", "トランプ氏は記者団に対し、交渉は順調だと述べた。", "ja")


def test_a_katakana_name_that_is_a_common_word_is_that_word_joined_to_its_sense() -> None:
    # トランプ is Trump in the news and playing cards where a word of that sense is joined to it
    assert not matched("Trump", "子どもたちはトランプ遊びを楽しんだ。", "ja")
    assert not matched("Trump", "トランプのカードを使った手品が話題になった。", "ja")
    assert not matched("Trump", "子どもたちはトランプで遊んだ。", "ja")  # the sense's verb, inflected
    assert not matched("Trump", "休み時間にトランプをして遊んだ。", "ja")  # played at cards
    assert matched("Trump", "トランプ氏はゴルフの試合を観戦した。", "ja")  # a title between
    assert matched("Trump", "トランプ政権は新たな制裁を発表した。", "ja")
    assert matched("Trump", "米国のトランプ大統領は、関税を交渉カードとして使う考えを示した。", "ja")


def test_a_name_spelt_as_an_english_word_is_that_words_katakana_unless_marked_as_a_name() -> None:
    # Delta and Orange are English words, and デルタ and オレンジ are Japanese for those words: the name
    # needs a firm's country or trade before it (米デルタ航空, 通信大手オレンジ)
    assert matched("Delta", "米デルタ航空は、成田発着の便を増やすと発表した。", "ja")
    assert matched("Orange", "仏通信大手オレンジは、アフリカ事業を拡大する方針を示した。", "ja")
    assert not matched("Delta", "川の河口にはデルタ地帯が広がっている。", "ja")
    assert not matched("Orange", "収穫したオレンジは全国に出荷される。", "ja")


def test_a_titles_end_may_be_a_secretary_a_pastor_or_a_doctor() -> None:
    assert matched('"Sergei Shoigu"', "ショイグ安全保障会議書記は、北朝鮮を訪問した。", "ja")
    assert matched('"Harriet Pellingham"', "ペリンガム博士は研究の成果を発表した。", "ja")
    assert matched('"Harriet Pellingham"', "ペリンガム政権は新たな予算案を示した。", "ja")
    # a board's member, an adviser, a marshal (not any 事: ウォラー人事 is no title)
    assert matched('"Christopher Waller"', "FRBのウォラー理事は利下げを支持した。", "ja")
    assert matched('"Christopher Waller"', "IMFのウォラー専務理事が会見した。", "ja")
    assert matched('"Muhammad Yunus"', "ユヌス首席顧問は選挙の日程を示した。", "ja")
    assert not matched('"Christopher Waller"', "ウォラー人事が話題になった。", "ja")
    # a player's position (投手, a pitcher), as sports news writes it after the surname
    assert matched('"Yu Darvish"', "ダルビッシュ投手は7回を無失点に抑えた。", "ja")


def test_a_persons_surname_a_name_source_knows_is_still_that_person_after_a_title() -> None:
    # CC-CEDICT knows Abbas (阿巴斯), GeoNames has no place called so: no body's or place's name
    assert matched('"Mahmoud Abbas"', "パレスチナのアッバス議長は演説した。", "ja")
    assert not matched('"Mahmoud Abbas"', "アッバス朝の都はバグダッドだった。", "ja")  # no title


def test_a_persons_surname_that_only_a_small_town_is_called_is_that_person_after_a_title() -> None:
    # GeoNames' Greer, South Carolina (28,000 people) is no place Japanese news names with a title
    assert matched(
        '"Jamieson Greer"', "米通商代表部（USTR）のグリア代表は、日本との協議について説明した。", "ja"
    )
    assert not matched('"Jamieson Greer"', "脳のグリア細胞が、神経の働きを支えている。", "ja")  # no title
    assert not matched('"Eintracht Frankfurt"', "フランクフルト市長は声明を出した。", "ja")  # a city's title


def test_a_persons_surname_alone_is_that_person_with_a_title_or_an_honorific_after_it() -> None:
    assert matched('"Harriet Pellingham"', "ペリンガム氏は「政府の対応は遅すぎる」と批判した。", "ja")
    assert matched('"Keir Starmer"', "スターマー英首相は、移民政策の見直しを発表した。", "ja")
    assert not matched('"Harriet Pellingham"', "ペリンガムの町で祭りが開かれた。", "ja")  # no title
    assert not matched('"Harriet Pellingham"', "ジョン・ペリンガム氏が会見した。", "ja")  # another given name
    assert not matched('"Tour de France"', "フランス大統領は声明を出した。", "ja")  # no person's name


def test_an_english_h_is_said_where_a_spanish_one_is_not() -> None:
    assert kana_key("アリス") not in {kana_key(r) for r in transcribe("Harris", "ja")}  # Alice


def test_a_lone_japanese_surname_in_any_of_its_writings_needs_a_title_or_an_honorific() -> None:
    assert matched("Morisaki", "森崎氏は会見で「責任を痛感している」と述べた。", "ja")
    assert not matched("Morisaki", "森崎の海岸で清掃活動が行われた。", "ja")  # a place, or anything


def test_a_name_that_is_also_a_common_word_is_no_name_inside_a_longer_word() -> None:
    assert not found("早餐时他喝了一碗小米粥。", "小米")  # millet congee, no Xiaomi
    assert not found("这种风格日益大众化。", "大众")  # popularised, no Volkswagen
    assert found("小米集团公布的财报显示", "小米")  # a proper noun's compound keeps it
    assert found("大众汽车计划关闭工厂", "大众")
    assert found("日本首相石破茂宣布", "石破")


def test_a_translated_name_after_a_transcribed_one_is_no_part_of_it() -> None:
    text = "米兰-科尔蒂纳冬奥会的筹备工作进入最后阶段。"
    start = text.index("冬奥会")
    assert not inside_other_names(text, start, start + 3)  # 冬 is no transcription's character
    assert matched('"Winter Olympics"', text, "zh")


def test_two_characters_are_not_mixed_from_a_short_names_readings() -> None:
    assert matched("Merz", "德国总理默茨表示。", "zh")
    assert not matched("Merz", "美国副总统万斯表示。", "zh")  # 万 of one reading, 斯 of another: Vance


def test_a_name_in_characters_of_their_own_meaning_is_followed_by_a_given_name() -> None:
    assert matched(
        "Kishida", "日本前首相岸田文雄表示。", "zh"
    )  # 岸田 is no transcription: 文雄 no piece of it


def test_a_surname_a_source_writes_with_its_particles_gets_them_once() -> None:
    assert matched('"von der Leyen"', "欧盟委员会主席冯德莱恩表示。", "zh")


def test_a_womans_form_of_a_mans_name_in_n_is_his_writing_and_na() -> None:
    assert matched('"Martina Kessler"', "德国议员马丁娜·凯斯勒表示。", "zh")  # Martin 马丁


def test_a_firms_own_word_is_found_before_a_less_common_word_of_its_kind() -> None:
    assert matched('"Calvera Pharma"', "西班牙卡尔韦拉制药公司召回一批降压药。", "zh")  # Pharma: 制药


def test_a_transcribed_reading_of_two_characters_is_no_common_word() -> None:
    assert "美日" not in transcribe("Merz", "zh")  # "US-Japan", from a Polish reading of rz
    assert not matched("Merz", "美日两国领导人举行会谈。", "zh")
    assert "阿比" in transcribe("Abiy", "zh")  # a word too, but of the transcription's usual characters


def test_a_given_name_or_a_surname_may_differ_in_one_character() -> None:
    assert matched('"Martina Kessler"', "德国议员玛丁娜·凯斯勒表示。", "zh")  # 玛 for 马
    assert matched('"Martina Kessler"', "德国议员马丁娜·凯斯莱表示。", "zh")  # 莱 for 勒
    assert not matched('"Martina Kessler"', "德国议员马丁娜·凯斯勒斯基表示。", "zh")  # a longer name
    assert not matched('"Martina Kessler"', "德国议员马克·凯斯勒表示。", "zh")  # another given name
    # a part of two characters only by a character of the same sound: 玛 for 马 (ma), not 森 for 马奈
    assert matched('"Hun Manet"', "柬埔寨首相洪玛奈访问北京。", "zh")
    assert not matched('"Hun Manet"', "柬埔寨首相洪森访问北京。", "zh")
    # beside a part of one character (汗, also Hun's), a longer part too: 尤尼斯 is one off 马尼斯
    assert not matched('"Hun Manet"', "以军对加沙地带南部城市汗尤尼斯发动新一轮空袭。", "zh")
    assert matched('"Ahmed al-Sharaa"', "叙利亚过渡政府总统沙拉会见了沙特外交大臣。", "zh")  # no article
    assert not matched('"Ahmed al-Sharaa"', "他点了一份水果沙拉。", "zh")  # salad: no title before it
    # a first name no dictionary gives as a given name: the name the press uses alone after a title
    assert matched('"Prabowo Subianto"', "印尼总统普拉博沃在雅加达会见来访的日本首相。", "zh")
    assert not matched('"Prabowo Subianto"', "印尼总统普拉博沃·哈迪表示。", "zh")  # another's surname follows
    assert not matched('"Martina Kessler"', "德国议员马丁米凯斯勒表示。", "zh")  # no dot: no given name


def test_a_western_person_is_found_by_the_surname_after_a_title_in_chinese() -> None:
    assert matched('"Martina Kessler"', "德国议员凯斯勒周二表示反对该法案。", "zh")  # a title before it
    assert matched('"Martina Kessler"', "德国前总理凯斯勒出席峰会。", "zh")
    assert not matched('"Martina Kessler"', "凯斯勒周二表示反对该法案。", "zh")  # no title: maybe another
    assert not matched('"Martina Kessler"', "德国议员凯斯勒斯基表示。", "zh")  # a longer name
    assert not matched('"Martina Kessler"', "德国议员马克·凯斯勒表示。", "zh")  # another given name
    assert matched('"Ahmed al-Sharaa"', "叙利亚过渡政府总统沙拉会见了沙特外交大臣。", "zh")  # no article
    assert not matched('"Ahmed al-Sharaa"', "他点了一份水果沙拉。", "zh")  # salad: no title before it
    # a first name no dictionary gives as a given name: the name the press uses alone after a title
    assert matched('"Prabowo Subianto"', "印尼总统普拉博沃在雅加达会见来访的日本首相。", "zh")
    assert not matched('"Prabowo Subianto"', "印尼总统普拉博沃·哈迪表示。", "zh")  # another's surname follows


def test_a_name_written_as_a_common_chinese_word_is_the_name_only_where_marked_as_one() -> None:
    assert matched("Lenovo", "联想集团公布财报。", "zh")  # a firm's word after it
    assert matched("Lenovo", "据联想称，出货量回升。", "zh")  # opening a clause
    assert not matched("Lenovo", "这让人联想到上世纪的金融危机。", "zh")  # "to associate"
    assert matched("Hamburg", "德国汉堡港的吞吐量下降。", "zh")  # after a country, inside a longer word
    assert not matched("Hamburg", "他午餐吃了一个汉堡和一杯可乐。", "zh")  # a hamburger
    assert matched("Hyundai", "现代汽车计划在美国新建一座电池工厂。", "zh")  # "Hyundai, South Korean company"
    assert not matched("Hyundai", "现代社会的生活节奏越来越快。", "zh")  # an everyday word opens a clause


def test_a_body_named_in_common_words_is_translated_as_chinese_orders_it_where_the_word_list_knows_it() -> (
    None
):
    from monitor.lexicon.names import _body_in_chinese

    assert _body_in_chinese("Bank of England", "zh") == ["英格兰银行"]  # X of Y: Y X
    assert "欧洲议会" in _body_in_chinese("European Parliament", "zh")  # European: Europe's 欧洲
    assert _body_in_chinese("Justice Ministry", "zh") == ["司法部"]  # not 义部, two halves of words
    assert matched('"International Energy Agency"', "国际能源机构下调了石油需求预期。", "zh")


def test_a_body_named_in_common_words_is_translated_word_by_word_in_japanese() -> None:
    from monitor.lexicon.names import _body_in_japanese

    assert "世界経済フォーラム" in _body_in_japanese("World Economic Forum", "ja")  # kanji and katakana
    assert "日本銀行" in _body_in_japanese("Bank of Japan", "ja")  # X of Y: Y X, the country as called
    assert "大和銀行" not in _body_in_japanese("Bank of Japan", "ja")  # not a translation of Japan
    assert _body_in_japanese("Security Council", "ja") == []  # two translated words: 安全会議, any meeting
    assert matched('"World Economic Forum"', "世界経済フォーラムの年次総会が開幕した。", "ja")


def test_a_given_name_the_press_writes_its_own_way_counts_where_its_sounds_are_near() -> None:
    assert matched('"Nikolai Petrov"', "俄罗斯州长尼古拉·彼得罗夫被解职。", "zh")  # nigula, not nikelai
    assert matched('"Jurgen Schneider"', "德国地方官员于尔根·施奈德辞职。", "zh")
    assert not matched('"Martina Kessler"', "德国议员马克·凯斯勒表示。", "zh")  # another given name
    assert matched('"Ahmed al-Sharaa"', "叙利亚过渡政府总统沙拉会见了沙特外交大臣。", "zh")  # no article
    assert not matched('"Ahmed al-Sharaa"', "他点了一份水果沙拉。", "zh")  # salad: no title before it
    # a first name no dictionary gives as a given name: the name the press uses alone after a title
    assert matched('"Prabowo Subianto"', "印尼总统普拉博沃在雅加达会见来访的日本首相。", "zh")
    assert not matched('"Prabowo Subianto"', "印尼总统普拉博沃·哈迪表示。", "zh")  # another's surname follows
    assert not matched('"Nikolai Petrov"', "俄罗斯作家尼娜·彼得罗夫发表新书。", "zh")


def test_a_surname_the_press_writes_by_its_languages_sounds_counts_after_the_given_name() -> None:
    assert matched('"Krzysztof Wisniewski"', "波兰副部长克日什托夫·维希涅夫斯基访问基辅。", "zh")
    assert not matched('"Nikolai Petrov"', "俄罗斯州长尼古拉·伊万诺夫被解职。", "zh")  # another surname


def test_a_two_character_name_is_no_hit_where_the_likeliest_cutting_joins_its_halves_to_other_words() -> None:
    assert not matched("Huawei", "他希望将自己的才华为社会所用。", "zh")  # 才华|为
    assert matched("Huawei", "华为发布了新款折叠屏手机。", "zh")
    assert matched("Turin", "意大利都灵举行大规模抗议活动。", "zh")  # after a country: a name starts


def test_jmdict_glosses_say_a_katakana_word_is_japanese_for_the_names_english_word() -> None:
    from monitor.lexicon.namesources import loanword_glosses

    assert "gap" in loanword_glosses("ギャップ")  # the shipped word pairs keep only its later glosses
    assert loanword_glosses("ジャージ") == loanword_glosses("ジャージー")  # one entry, both writings
    assert not matched("Gap", "理想と現実のギャップに悩む若者が多い。", "ja")
    assert matched("Gap", "米衣料大手ギャップは、新たな最高経営責任者を起用した。", "ja")
    # Jersey is a place, so its katakana is no word in itself; ジャージ without the mark is the tracksuit
    assert not matched("Jersey", "体育の授業ではジャージに着替える。", "ja")
    assert matched("Jersey", "英王室属領ジャージーの議会は、新たな税制を承認した。", "ja")


def test_katakana_right_after_a_number_is_a_unit_not_a_name() -> None:
    assert not matched("Tesla", "この装置は7テスラの強い磁場を作り出す。", "ja")
    assert not matched('"Mike Pence"', "配当は1株20ペンスに据え置かれた。", "ja")
    assert matched("Tesla", "米テスラは、新工場の建設を発表した。", "ja")


def test_a_japanese_persons_surname_alone_is_that_person_with_a_title_after_it() -> None:
    assert matched('"Sanae Takaichi"', "高市首相は、経済対策の取りまとめを指示した。", "ja")
    assert matched('"Hayao Miyazaki"', "宮崎監督の新作が公開された。", "ja")
    assert matched('"Yuriko Koike"', "小池都知事は、記者会見で防災対策を説明した。", "ja")
    assert not matched('"Hayao Miyazaki"', "宮崎県で大雨警報が出された。", "ja")  # the prefecture


def test_a_japanese_persons_surname_before_another_given_name_is_another_person() -> None:
    """A title after another given name reads as one after the surname: 野田聖子元総務相 is Seiko Noda."""
    assert not matched('"Yoshihiko Noda"', "野田聖子元総務相は、総裁選への立候補を見送った。", "ja")
    assert matched(
        '"Yoshihiko Noda"', "野田元幹事長は、不信任案の提出を見送った。", "ja"
    )  # 幹事 runs past 元幹
    assert matched('"Yoshihiko Noda"', "野田代表は、不信任案の提出を見送った。", "ja")
    assert matched("Noda", "野田聖子元総務相は、総裁選への立候補を見送った。", "ja")  # anyone called Noda


def test_a_japanese_persons_surname_of_one_kanji_is_that_person_with_a_title_after_it() -> None:
    """JMnedict's 菅義偉 and 岸信介: 菅首相, 岸元首相; not another surname that starts so (岸田, 菅原)."""
    assert matched('"Yoshihide Suga"', "菅首相は、記者会見で緊急事態宣言を発表した。", "ja")
    assert matched('"Nobusuke Kishi"', "岸元首相の孫にあたる議員が当選した。", "ja")
    assert not matched('"Nobusuke Kishi"', "岸田首相は、記者会見で経済対策を発表した。", "ja")
    assert not matched('"Yoshihide Suga"', "菅原元経産相は、議員辞職した。", "ja")
    assert not matched('"Nobusuke Kishi"', "海岸線長官は記者会見で述べた。", "ja")


def test_a_japanese_given_name_that_is_also_a_word_is_another_person_before_a_title() -> None:
    """直人 is JMdict's "ordinary person" and JMnedict's Naoto: 菅直人元首相 is Naoto Kan, not Yoshihide
    Suga; a bare title after such a word may go on a ministry's name (厚生労働相), which stays a title."""
    assert not matched('"Yoshihide Suga"', "菅直人元首相は、原発事故当時の対応を振り返った。", "ja")
    assert not matched('"Yoshihide Suga"', "菅直人氏は、講演で脱原発を訴えた。", "ja")
    assert matched('"Yoshihide Suga"', "菅元首相は、党本部で記者団の取材に応じた。", "ja")
    assert matched('"Yoshihide Suga"', "菅首相は、記者会見で緊急事態宣言を発表した。", "ja")


def test_a_japanese_given_name_is_found_without_the_apostrophe_after_its_syllables_n() -> None:
    """JMnedict glosses 伸弥 as Shin'ya; news writes Shinya Yamanaka."""
    assert matched('"Shinya Yamanaka"', "京都大学の山中伸弥教授は、治験の結果を報告した。", "ja")
    assert not matched('"Shinya Yamanaka"', "山中で道に迷った登山者が救助された。", "ja")


def test_a_japanese_given_name_is_found_with_the_long_vowel_before_its_ichi_unmarked() -> None:
    """JMnedict glosses 龍一 as Ryuuichi and 浩一 as Kouichi; news writes Ryuichi Sakamoto, Koichi."""
    from monitor.lexicon.names import _hepburn_spellings

    assert "ryuuichi" in _hepburn_spellings("ryuichi")
    assert "kouichi" in _hepburn_spellings("koichi")
    assert _hepburn_spellings("koike") == ["koike"]  # before another vowel no long one (no Kōike)
    assert matched('"Ryuichi Sakamoto"', "音楽家の坂本龍一さんの未発表曲が、追悼展で公開された。", "ja")
    assert not matched('"Ryuichi Sakamoto"', "幕末の志士、坂本龍馬の手紙が高知県で見つかった。", "ja")


def test_a_names_katakana_that_is_a_loanword_is_the_name_only_where_marked_as_one() -> None:
    """サーブ is Saab's katakana and JMdict's serve (3.3, more than English writes saab): bare, the word."""
    assert matched("Saab", "スウェーデンの防衛大手サーブは、戦闘機グリペンの受注が増えたと発表した。", "ja")
    assert matched("Saab", "サーブ社の株価は、欧州の防衛費増額を受けて上昇した。", "ja")
    assert not matched("Saab", "錦織選手は、第1セットで鋭いサーブを連発した。", "ja")
    assert not matched("Saab", "バレーボール日本代表は、サーブで相手を崩した。", "ja")


def test_a_firms_katakana_that_is_a_word_is_the_firm_before_its_group_after_a_dot() -> None:
    """アーム, an arm, is Arm in アーム・ホールディングス, as in アームホールディングス written together."""
    assert matched("Arm", "アーム・ホールディングスの株価が、米ナスダック市場で急騰した。", "ja")
    assert not matched("Arm", "工場では、ロボットアームが自動車の部品を組み立てている。", "ja")
    assert not matched("Arm", "アーム・レスリングの大会が開かれた。", "ja")


def test_a_country_inside_another_countrys_japanese_name_is_the_other_country() -> None:
    """南スーダン is South Sudan, 赤道ギニア Equatorial Guinea: kanji before the katakana, no boundary."""
    assert not matched("Sudan", "南スーダンで、政府軍と反政府勢力の戦闘が続いている。", "ja")
    assert not matched("Guinea", "赤道ギニアの大統領が、来日した。", "ja")
    assert matched("Sudan", "南スーダンと国境を接するスーダンで、戦闘が激化した。", "ja")
    assert matched("Guinea", "西アフリカのギニアで、新憲法案の国民投票が行われた。", "ja")


def test_a_japanese_persons_surname_counts_alone_where_the_known_given_name_is_in_kana() -> None:
    """JMnedict writes Satsuki Katayama 片山さつき: 片山財務相 is she; another 片山 with a given name is not."""
    assert matched('"Satsuki Katayama"', "片山財務相は、主要7か国の財務相会議に出席した。", "ja")
    assert not matched('"Satsuki Katayama"', "片山善博元知事は、講演で地方分権を訴えた。", "ja")


def test_a_countrys_kanji_and_a_portfolio_in_katakana_make_a_title_after_a_name() -> None:
    """ライト米エネルギー長官: the US Energy Secretary, Chris Wright; not ライト, a light, before 米ドル."""
    assert matched('"Chris Wright"', "ライト米エネルギー長官は、液化天然ガスの輸出拡大を表明した。", "ja")
    assert not matched('"Chris Wright"', "車のライトを早めに点灯するよう、警察が呼びかけている。", "ja")


def test_a_japanese_persons_surname_jmnedict_lacks_with_the_name_is_its_most_used_writing() -> None:
    """JMnedict lacks 小泉進次郎: the surname's far most used writing, with a title or an honorific."""
    assert matched('"Shinjiro Koizumi"', "小泉氏は記者団に、備蓄米の放出を続ける考えを示した。", "ja")
    assert matched('"Shinjiro Koizumi"', "小泉農相は、備蓄米の放出を続ける考えを示した。", "ja")
    assert not matched(
        '"Shinjiro Koizumi"', "小泉純一郎元首相は、講演で原発ゼロを訴えた。", "ja"
    )  # his father
    assert not matched('"Taro Kono"', "小野氏は記者団に語った。", "ja")  # Kono: 河野, 小野, 荒野 compete


def test_a_thing_jmdict_names_after_a_place_is_no_mention_of_the_place_in_japanese() -> None:
    """JMdict's パナマ帽 is a panama hat, ローマ字 the Latin alphabet; パリ協定 (Paris Agreement) and a
    country's language (ドイツ語, German) are the place's."""
    assert not matched("Panama", "夏の日差しを避けるため、パナマ帽をかぶる男性が増えた。", "ja")
    assert not matched("Rome", "申請書の氏名はローマ字で記入してください。", "ja")
    assert matched("Rome", "ローマで首脳会議が開かれた。", "ja")
    assert matched("Paris", "米国はパリ協定からの離脱を表明した。", "ja")
    assert matched("Germany", "ドイツ語の授業が始まった。", "ja")


def test_a_substance_or_food_jmdict_names_after_a_place_by_its_name_is_no_mention_of_the_place() -> None:
    """JMdict glosses ボルドー液 Bordeaux mixture, a fungicide: a substance (WordNet) named after the place,
    as Chinese 波尔多液 is; ジャワ原人, Java man, is the place's."""
    assert not matched("Bordeaux", "ブドウ畑では、病気を防ぐためにボルドー液を散布している。", "ja")
    assert matched("Bordeaux", "フランス南西部ボルドーで、年金改革に反対するデモが行われた。", "ja")
    assert matched("Java", "ジャワ原人の化石が展示された。", "ja")


def test_a_places_manner_or_colour_in_japanese_is_no_mention_of_the_place() -> None:
    """風 makes a manner (ミラノ風ドリア, a Milan-style gratin), 色 a colour (ボルドー色, burgundy); a word
    they start (風力, wind power) and a country's colouring (イタリア色) are the place's."""
    assert not matched("Milan", "ファミリーレストランで、ミラノ風ドリアを注文した。", "ja")
    assert not matched("Bordeaux", "女優はボルドー色のドレスでレッドカーペットに登場した。", "ja")
    assert not matched("Italy", "イタリア風のレストランが開店した。", "ja")
    assert matched("Italy", "イタリア風力発電の入札が始まった。", "ja")
    assert matched("Italy", "イタリア色の強い大会となった。", "ja")
    assert matched("Milan", "イタリア北部ミラノで、冬季五輪の開会式が行われた。", "ja")


def test_a_place_whose_katakana_is_a_word_is_the_place_after_a_city_or_a_town() -> None:
    """都市, 町 and 街 before a name say what it is (東部の都市ゴマ, 港町モカ); ゴマ is sesame elsewhere."""
    assert matched("Goma", "コンゴ民主共和国東部の都市ゴマを、反政府勢力が制圧した。", "ja")
    assert matched("Mocha", "イエメン西部の港町モカで、戦闘が続いている。", "ja")
    assert not matched("Goma", "ゴマ油で野菜を炒めると、香りが引き立つ。", "ja")
    assert not matched("Bath", "市営バスの運転手が不足している。", "ja")


def test_a_thing_jmdict_names_after_a_place_in_kanji_is_no_mention_of_the_place() -> None:
    """小松菜 is a leaf vegetable, not Komatsu; 東京湾 (glossed Tokyo Bay) and 小松市 are the places'."""
    assert not matched("Komatsu", "寒さで小松菜やホウレンソウの価格が高騰している。", "ja")
    assert matched("Komatsu", "石川県小松市で、新幹線の延伸を祝う式典が開かれた。", "ja")
    assert matched("Tokyo", "東京湾で、大型クルーズ船の受け入れが始まった。", "ja")


def test_a_firms_katakana_takes_its_groups_word_on_to_it() -> None:
    assert matched("SoftBank", "ソフトバンクグループは、米国での投資を拡大する。", "ja")
    assert not matched("Musk", "マスクメロンの出荷が始まった。", "ja")


def test_a_first_name_no_dictionary_gives_as_a_given_name_is_the_person_with_a_title_in_japanese() -> None:
    assert matched('"Prabowo Subianto"', "プラボウォ大統領は、新首都の建設を続ける考えを示した。", "ja")
    assert not matched('"Prabowo Subianto"', "プラボウォという名の村で祭りが開かれた。", "ja")  # no title


def test_japanese_writes_a_first_letter_english_says_by_its_name_as_that_letters_name() -> None:
    from monitor.lexicon.transcribe.kana import spoken_katakana

    assert spoken_katakana(["EH2", "N", "V", "IH1", "D", "IY0", "AH0"], "Nvidia")[0].startswith("エヌビディ")
    assert spoken_katakana(["S", "M", "IH1", "TH"], "Smith") == ["スミス"]  # a cluster said as one
    assert matched("Nvidia", "米エヌビディアの株価が急落した。", "ja")


def test_a_clerics_and_a_monarchs_title_follows_the_name_in_japanese() -> None:
    assert matched('"Ali Khamenei"', "最高指導者ハメネイ師は、交渉に応じない考えを示した。", "ja")
    assert not matched('"Yuriko Koike"', "俳優の小池栄子さんが舞台に立った。", "ja")  # a given name, no title


def test_an_english_compound_the_pronouncing_dictionary_lacks_is_said_word_by_word() -> None:
    assert "ユーロビジョン" in [v.text for v in name_variants("Eurovision", "ja")]


def test_a_surnames_likeliest_writing_is_weighed_over_its_spellings_with_long_vowels() -> None:
    # Endo as written is JMnedict's 猿渡; its Endou is 遠藤, which news uses far more
    assert matched('"Wataru Endo"', "遠藤氏は記者団の質問に答えた。", "ja")
    assert not matched('"Wataru Endo"', "猿渡氏は記者団の質問に答えた。", "ja")


def test_a_firms_kanji_that_are_also_a_measure_are_the_measure_before_a_figure() -> None:
    # JMdict: 日産, Nissan and "daily output"
    assert not matched("Nissan", "この油田の生産量は日産5万バレルに達する。", "ja")
    assert matched("Nissan", "日産は新型の電気自動車を発表した。", "ja")
    assert matched("Nissan", "日産自動車は工場の閉鎖を決めた。", "ja")


def test_an_english_compound_is_said_word_by_word_even_where_the_dictionary_runs_it_together() -> None:
    # CMU says Ryanair as one run (ライアネア); Japanese writes Ryan and air (a word of three letters)
    assert matched("Ryanair", "格安航空のライアンエアーは運賃を引き上げた。", "ja")


def test_word_table_answers_kept_are_the_tables_and_bounded() -> None:
    """The Chinese word table's answers are kept (a name's boundary checks ask the same words again and
    again), bounded, and the same as the table's own: a word, a rare word, a pair that is none."""
    from monitor.lexicon import boundaries

    table = boundaries._words()
    for text in ("通过", "地区", "利亚", "张伟", "斯克林"):
        expected = table.get(text)
        for _ in range(2):  # the second answer is the kept one
            assert boundaries.known_word(text) is (expected is not None)
            assert boundaries.word_zipf(text) == (float(expected) if expected else 0.0)
    assert boundaries.word_zipf("通过") > boundaries.word_zipf("张伟") > 0
    assert boundaries._word_entry.cache_info().maxsize == boundaries.WORD_ANSWERS


def test_a_hyphened_name_is_also_shortened_to_each_parts_first_character() -> None:
    # Nagorno-Karabakh, 纳戈尔诺-卡拉巴赫: the press's 纳卡
    assert matched("Nagorno-Karabakh", "随着纳卡地区的亚美尼亚族居民大批撤离，当地几乎已空无一人。", "zh")
    assert "几比" not in {v.text for v in name_variants("Guinea-Bissau", "zh")}  # 几内亚比绍: a part of two
    assert not any(len(v.text) == 2 for v in name_variants("Karabakh", "zh"))  # one part


def test_a_countrys_side_and_army_are_its_dictionary_short_form_before_side_or_army() -> None:
    # CC-CEDICT glosses 法 "abbr. for 法国", 以 "abbr. for Israel 以色列": the press's 法方, 以军
    assert matched("France", "法方愿同中方加强在人工智能领域的合作。", "zh")
    assert matched("Israel", "以军对加沙城发动新一轮空袭。", "zh")
    assert matched("Germany", "德方表示支持欧盟对俄实施新一轮制裁。", "zh")
    assert not matched("Germany", "他在道德方面一直受到同事的尊重。", "zh")  # 道德|方面
    assert not matched("Israel", "图书馆延长了开放时间，以方便市民阅读。", "zh")  # 以|方便
    assert not matched("Afghanistan", "西班牙国王阿方索十三世。", "zh")  # 阿方索, Alfonso
    spain = {v.text for v in name_variants("Spain", "zh")}
    assert "西方" not in spain  # "the West", CC-CEDICT's word for something else
    assert "义方" in {v.text for v in name_variants("Italy", "zh")}  # Taiwan's 義 beside 意


def test_a_country_is_also_named_by_a_dictionarys_pair_of_short_forms() -> None:
    # CC-CEDICT's 中俄 "China-Russia", 以巴 "Israeli-Palestinian": the press's pairs name both countries
    assert matched("Russia", "中俄两国元首签署联合声明。", "zh")
    assert matched('"United States"', "中美经贸磋商在日内瓦举行。", "zh")
    assert matched("Israel", "以巴冲突再度升级。", "zh")
    assert not matched("Israel", "联合国以巴勒斯坦人民的名义发表声明。", "zh")  # 以|巴勒斯坦
    assert not matched("China", "中美洲国家领导人举行峰会。", "zh")  # Central America
    assert "美德" not in {v.text for v in name_variants("Germany", "zh")}  # "virtue", a common word
