"""Names and street addresses written in Japanese script.

spaCy's English pipeline reads a Japanese sentence as one token, so none of the Latin-script
finders see a person or an address in it. Japanese writes both in fixed shapes:

- an address runs from the postcode mark (〒123-4567) or the prefecture (…都/道/府/県) through the
  city or ward (…市/区/町/村/郡) to the block numbers — "1丁目5番7号" or "1-5-7" — and, when there
  is one, the building and room ("ライオンズマンション406号室");
- a person is named before an honorific (さん, 様, 氏, 先生, くん, ちゃん, 殿…) — "担当の佐藤さん",
  "お名前（森 恵美様）" — or signs a line with their name alone, often with a phone number after it
  ("山田 恵（080-4380-1501）").

Chinese: a name after a kinship word ("我的爺爺葉小明被困在…"); addresses by road and number
(`CHINESE_ADDRESS`).

Korean: a name before 님 or 씨 ("김민준 님"), with the words that take those endings without being
names (고객님 "customer", 담당자님 "the person in charge", 여러분 "everyone") left alone; a road-name
address ("서울특별시 강남구 테헤란로 38, 2층").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ingestion.pii.lexicon import ORG_WORDS
from ingestion.pii.spans import Found

if TYPE_CHECKING:
    from ingestion.pii.lexicon import Lexicon

_KANJI = "\u4e00-\u9fff\u3005"  # CJK ideographs and 々 (the repetition mark of 佐々木)
_KANA = "\u3040-\u30ff\u30fc"  # hiragana, katakana and the long-vowel mark
_DIGIT = "0-9\uff10-\uff19"  # ASCII and full-width digits
_DASH = "\\-\u2010\u2212\uff0d\u30fc"  # hyphen, minus, full-width hyphen (and ー, typed for a dash)
ANY_CJK = re.compile(f"[{_KANJI}{_KANA}\uac00-\ud7af]")

_POSTCODE = f"〒\\s?[{_DIGIT}]{{3}}[{_DASH}][{_DIGIT}]{{4}}\\s?"
_PREFECTURE = f"(?:東京都|北海道|(?:大阪|京都)府|[{_KANJI}]{{2,3}}県)"
_MUNICIPALITY = f"[{_KANJI}{_KANA}]{{1,8}}?[市区町村郡]"
# Sapporo's grid names a block by its row and column: "北3条西2-5-110" (3rd row north, 2 west)
_LOCALITY = f"(?:[{_KANJI}{_KANA}]|[{_DIGIT}]{{1,2}}条){{0,10}}?"
_BLOCKS = (
    f"(?:[{_DIGIT}]+丁目\\s?[{_DIGIT}]+番(?:地)?\\s?(?:[{_DIGIT}]+号?)?"
    f"|[{_DIGIT}]+(?:[{_DASH}][{_DIGIT}]+){{1,2}}(?:号)?)"
)
_BUILDING = f"(?:\\s?[{_KANJI}{_KANA}A-Za-z]{{1,16}}\\s?[{_DIGIT}]{{1,5}}(?:号室|号|F))?"
ADDRESS = re.compile(
    f"(?:{_POSTCODE})?(?:{_PREFECTURE}(?:{_MUNICIPALITY}){{0,2}}|(?:{_MUNICIPALITY}){{1,2}})"
    f"{_LOCALITY}{_BLOCKS}{_BUILDING}"
    # a district and its chōme without the city: "渋谷6丁目3-62" (丁目 names a block, nothing else)
    f"|[{_KANJI}{_KANA}]{{1,8}}[{_DIGIT}]+丁目\\s?[{_DIGIT}]+(?:[{_DASH}][{_DIGIT}]+|番(?:地)?\\s?(?:[{_DIGIT}]+号?)?)?{_BUILDING}"
    f"|{_POSTCODE}"
)

# A Chinese address (Taiwan, Hong Kong, the mainland): a road, street or lane, a section, lane
# and alley, the house number with 號/号 and a floor ("台北市大安區羅斯福路三段82號3樓", "文化路6號");
# the road's name holds no "at", "to", "of" ("被困在文化路6號": trapped at 文化路6號).
_HAN_NUMBER = f"[{_DIGIT}一二三四五六七八九十百]+"
_HAN_WORD = f"(?:(?![在到於于住往從从的是與与])[{_KANJI}])"
CHINESE_ADDRESS = re.compile(
    f"(?:[{_DIGIT}]{{3,6}})?(?:香港|九龍|九龙|新界|澳門|澳门)?(?:{_HAN_WORD}{{1,4}}(?:省|自治区|自治區))?"
    f"(?:{_HAN_WORD}{{1,4}}[市縣县])?(?:{_HAN_WORD}{{1,4}}[區区鄉乡鎮镇])?"
    f"{_HAN_WORD}{{1,5}}(?:路|街|大道|道)[東西南北中东]?(?:{_HAN_NUMBER}段)?(?:{_HAN_NUMBER}巷)?(?:{_HAN_NUMBER}弄)?"
    f"{_HAN_NUMBER}(?:之{_HAN_NUMBER})?[號号]"
    # a named building and its wing after the number ("永輝大廈E座"), then the floor and the flat ("A室")
    f"(?:[{_KANJI}]{{1,6}}(?:大廈|大厦|大樓|大楼|中心|廣場|广场|花園|花园|苑|閣|阁)(?:[A-Z{_DIGIT}]座)?)?"
    # the mainland's numbered building ("7号楼"), and the flat's number after it ("8栋544", "6号楼2034室")
    f"(?:{_HAN_NUMBER}(?:号楼|號樓|栋|棟|幢)(?:[{_DIGIT}]{{1,4}}(?![{_DIGIT}])[室房]?)?)?"
    f"(?:{_HAN_NUMBER}[樓楼F](?:之{_HAN_NUMBER})?)?"
    f"(?:{_HAN_NUMBER}(?:单元|單元))?(?:(?:{_HAN_NUMBER}|[A-Z])[室房])?"
    f"(?:[ \u3000]?[{_DIGIT}]{{6}}(?![{_DIGIT}]))?"  # the mainland's postcode after it
)
# A Korean road-name address: the city or province, the district, the road (…로/…길) and its
# number, then the building's wing, floor and flat ("서울특별시 강남구 테헤란로 38, 2층",
# "해운대로 248, 13동 49호").
_HANGUL = "\uac00-\ud7a3"
KOREAN_ADDRESS = re.compile(
    f"(?:[{_HANGUL}]{{1,6}}(?:특별시|광역시|특별자치시|특별자치도|도|시)[ \t]+)?"
    f"(?:[{_HANGUL}]{{1,6}}[시군구][ \t]+)*(?:[{_HANGUL}]{{1,6}}[읍면동][ \t]+)?"
    f"[{_HANGUL}0-9]{{1,10}}(?:로|길)[ \t]?[0-9]{{1,4}}(?:-[0-9]{{1,4}})?(?![0-9])"
    f"(?:,?[ \t]?[0-9]{{1,4}}(?:동|층|호))*"
)

# A Chinese name after a kinship word, before what happens to them ("我的爺爺葉小明被困在…": my
# grandfather … is trapped at): two to four characters led by a surname the gazetteer knows.
_KIN = "爺爺|爷爷|奶奶|外公|外婆|爸爸|媽媽|妈妈|老公|老婆|丈夫|妻子|兒子|儿子|女兒|女儿|哥哥|姐姐|弟弟|妹妹|阿姨|叔叔|朋友|同事"
_AFTER_KIN_NAME = "被|在|的|已|不|從|从|住|說|说|今|昨|失|，|,|。|、|\\s"
KIN_NAME = re.compile(f"(?:{_KIN})([{_KANJI}]{{2,4}}?)(?={_AFTER_KIN_NAME})")

# A name after a Japanese label of who someone is: the chief mourner of a funeral notice, a
# form's name, the person in charge, the sender or recipient ("喪主 吉田誠", "氏名：田中 花子").
_ROLE_LABEL = "喪主|施主|氏名|お名前|名前|担当者|担当|差出人|送り主|受取人|依頼者|申請者|申込者|契約者|代表者"
ROLE_NAME = re.compile(
    f"(?:{_ROLE_LABEL})[ \u3000]*[：:]?[ \u3000]*([{_KANJI}]{{1,3}}[ \u3000]?[{_KANJI}]{{1,3}})(?![{_KANJI}])"
)

_HONORIFIC = "さん|様|さま|氏|先生|くん|君|ちゃん|殿"
# Words that take an honorific without being a name: the person in charge, customers, everyone,
# patients, members, the pharmacist … (a run ending in 者 "person" or 員 "member" is a role).
_NOT_NAMES = {"皆", "各位", "お客", "客", "患者", "先方", "貴社", "御社", "皆様", "奥"}
# A given name may be written in hiragana after a kanji surname ("森さくら様", "伊藤 さくら").
_HIRAGANA = "\u3041-\u3096"
NAME_BEFORE_HONORIFIC = re.compile(
    f"(?<![{_KANJI}])([{_KANJI}]{{1,3}}[ \u3000]?[{_HIRAGANA}]{{2,4}}"
    f"|[{_KANJI}]{{1,4}}(?:[ \u3000][{_KANJI}]{{1,3}})?)(?=(?:{_HONORIFIC}))"
)
# A line that is a name alone (2–5 kanji, one space allowed), maybe with a phone or note in
# brackets after it: how a Japanese message is signed.
SIGNATURE_LINE = re.compile(
    f"^[ \u3000]*([{_KANJI}]{{1,3}}[ \u3000]?(?:[{_KANJI}]{{1,3}}|[{_HIRAGANA}]{{2,4}}))[ \u3000]*(?:[（(][^）)\\n]*[）)])?[ \u3000]*$",
    re.MULTILINE,
)
# Kanji words that end a line on their own without naming anyone (shop, department, company …).
_NOT_SIGNATURE_END = tuple("店部課社局係室所院館庁署様御中")

# A name of two or three words in Latin letters before a Japanese or Korean honorific ("お客様：
# TANAKA Hanako様", "Kim Minji님"; full-width letters arrive made plain, `spans.readable`); one
# word may be a company ("Amazon様"), and so is what follows "株式会社".
LATIN_NAME_BEFORE_HONORIFIC = re.compile(
    r"(?<![A-Za-z0-9'’-])((?:[A-Z][A-Za-z'’-]+)(?:[ \u3000][A-Z][A-Za-z'’-]+){1,2})"
    f"(?=[ \u3000]?(?:{_HONORIFIC}|님|씨))"
)
# One word is a name when the gazetteer knows it and it is no English word ("Hanako様"; not
# "Amazon様", "Support様").
LATIN_WORD_BEFORE_HONORIFIC = re.compile(
    r"(?<![A-Za-z0-9'’-])([A-Za-z][a-z'’-]+)"
    f"(?=[ \u3000]?(?:{_HONORIFIC}|님|씨))"
)
_COMPANY = re.compile(r"(?:株式会社|有限会社|合同会社|\(株\)|（株）)[ \u3000]?$")

_HANGUL = "\uac00-\ud7af"
KOREAN_NAME = re.compile(f"(?<![{_HANGUL}])([{_HANGUL}]{{2,4}})(?=\\s?(?:님|씨)(?![{_HANGUL}]))")
_KOREAN_NOT_NAMES = {"고객", "담당자", "여러분", "회원", "선생", "사장", "기사", "손님", "환자"}
# A full name before a title and its 님 ("최지민 선생님", "집주인 김민준 선생님") or before the
# number it is reached by ("한수빈 전화번호 010-…"): three syllables, the first a surname.
KOREAN_TITLED = re.compile(
    f"(?<![{_HANGUL}])([{_HANGUL}]{{3}})(?=\\s(?:(?:선생|사장|교수|원장|과장|부장|팀장|실장|대리|기사|작가|대표|"
    f"이사|위원|간호사|의사)님|전화번호|연락처)(?![{_HANGUL}]))"
)


# What follows a Latin word glued to Japanese or Korean: spaCy's English tokenizer keeps
# "Support様からの返信" one token.
_AFTER_LATIN = re.compile(f"(?<=[A-Za-z\u00c0-\u024f])[{_KANJI}{_KANA}\uac00-\ud7af].*$", re.DOTALL)


def latin_head(word: str) -> str:
    """A token's Latin word without the Japanese or Korean glued after it."""
    return _AFTER_LATIN.sub("", word)


def find(text: str, lexicon: Lexicon | None = None) -> Iterator[Found]:
    if not ANY_CJK.search(text):
        return
    for m in ADDRESS.finditer(text):
        start, end = m.start(), m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start >= 6:
            yield Found(start, end, "STREET_ADDRESS")
    for m in CHINESE_ADDRESS.finditer(text):
        yield Found(m.start(), m.end(), "STREET_ADDRESS")
    for m in KOREAN_ADDRESS.finditer(text):
        yield Found(m.start(), m.end(), "STREET_ADDRESS")
    for m in NAME_BEFORE_HONORIFIC.finditer(text):
        name = m.group(1)
        if name in _NOT_NAMES or name.endswith(("者", "員", "師", "長")):
            continue
        yield Found(m.start(1), m.end(1), "PERSON")
    for m in LATIN_NAME_BEFORE_HONORIFIC.finditer(text):
        if lexicon is not None and any(w.lower() in ORG_WORDS for w in m.group(1).split()):
            continue  # "Northwind Support様": a team
        if not _COMPANY.search(text[max(0, m.start() - 6) : m.start()]):
            yield Found(m.start(1), m.end(1), "PERSON")
    if lexicon is not None:
        for m in LATIN_WORD_BEFORE_HONORIFIC.finditer(text):
            if lexicon.is_rare_name(m.group(1)):
                yield Found(m.start(1), m.end(1), "PERSON")
    for m in SIGNATURE_LINE.finditer(text):
        name = m.group(1)
        if len(name.replace(" ", "").replace("\u3000", "")) < 2 or name.endswith(_NOT_SIGNATURE_END):
            continue
        if re.fullmatch(_PREFECTURE + ".*", name):
            continue
        yield Found(m.start(1), m.end(1), "PERSON")
    if lexicon is not None:
        for m in ROLE_NAME.finditer(text):
            if lexicon.leads_with_surname(m.group(1).replace(" ", "").replace("\u3000", "")):
                yield Found(m.start(1), m.end(1), "PERSON")
        for m in KIN_NAME.finditer(text):
            if lexicon.leads_with_surname(m.group(1)):
                yield Found(m.start(1), m.end(1), "PERSON")
    for m in KOREAN_NAME.finditer(text):
        if m.group(1) not in _KOREAN_NOT_NAMES:
            yield Found(m.start(1), m.end(1), "PERSON")
    if lexicon is not None:
        for m in KOREAN_TITLED.finditer(text):
            if lexicon.leads_with_surname(m.group(1)):
                yield Found(m.start(1), m.end(1), "PERSON")
