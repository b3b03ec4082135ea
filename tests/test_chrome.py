"""Chrome removal: lines that must go, lines that must stay, and the metadata found on the way.

The pages are written in the shape of other sites (ministries, wire services,
newspapers) — not the samples — so these cases test line features, not strings.
"""
from __future__ import annotations

import re

import pytest

from pipeline.chrome import clean_text, is_caption_text, rules

STORY = [
    "Foreign Minister Penny Wong met Indonesian Foreign Minister Retno Marsudi in Jakarta on Tuesday to discuss regional security.",
    "The two ministers agreed to strengthen maritime cooperation and to hold annual consultations, the ministry said in a statement.",
    "Wong said Australia would continue to support Indonesia's leadership in the region and looked forward to further talks.",
]


def page(header: list[str], tail: list[str], story: list[str] = STORY) -> str:
    return "\n".join(header) + "\n\n" + "\n\n".join(story) + "\n\n" + "\n".join(tail) + "\n"


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Skip to main content", "navigation"),
        ("Menu", "navigation"),
        ("Home | News | Media Releases", "navigation"),
        ("メインコンテンツへスキップ", "navigation"),
        ("本文 바로가기", "navigation"),
        ("Перейти к содержанию", "navigation"),
        ("Media Releases", "navigation"),
        ("Share", "share"),
        ("Print this page", "share"),
    ],
)
def test_header_lines_go(line, reason):
    c = clean_text(page([line, "Australia and Indonesia agree to deepen maritime cooperation"], []))
    removed = {r.text: r.reason for r in c.removed}
    assert line in removed
    assert removed[line] == reason
    assert line not in c.body
    assert all(s in c.body for s in STORY)


@pytest.mark.parametrize(
    "line",
    [
        "Back to top",
        "MOST READ",
        "Related Articles",
        "Subscribe now",
        "© 2024 Ministry of Foreign Affairs. All rights reserved.",
        "Copyright The Jakarta Post",
        "###",
        "- - -".replace(" ", ""),
        "#Indonesia #Australia #ASEAN",
        "This article appeared on the Diplomat website.",
        "Terms of Use",
        "Privacy Policy",
        "Advertisement",
        "Facebook",
        "연합뉴스 제공",
    ],
)
def test_tail_lines_go(line):
    c = clean_text(page(["Australia and Indonesia agree to deepen maritime cooperation"], [line, "Contact us"]))
    assert line not in c.body
    assert all(s in c.body for s in STORY)


def test_related_list_after_marker_goes_whole():
    tail = [
        "Related stories",
        "Japan, Philippines sign defence pact as tensions rise in South China Sea",
        "China warns against outside interference in regional disputes",
    ]
    c = clean_text(page(["Australia and Indonesia agree to deepen maritime cooperation"], tail))
    for t in tail:
        assert t not in c.body
    assert {r.reason for r in c.removed if r.text in tail} == {"related_links"}


def test_headline_is_title_not_body():
    c = clean_text(page(["Skip to content", "Media Releases", "Australia and Indonesia agree to deepen maritime cooperation"], []))
    assert c.title == "Australia and Indonesia agree to deepen maritime cooperation"
    assert "agree to deepen maritime cooperation" not in c.body


def test_metadata_title_line_removed():
    c = clean_text(page(["Talks in Jakarta"], []), title="Talks in Jakarta")
    assert c.title == "Talks in Jakarta"
    assert "Talks in Jakarta" not in c.body


@pytest.mark.parametrize(
    "line, author",
    [
        ("By Jane Doe (jane.doe@example.com)", "Jane Doe"),
        ("By Kim Tong-hyung", "Kim Tong-hyung"),
        ("BY MARIA SANTOS", "MARIA SANTOS"),
        ("Written by Ahmed Khan", "Ahmed Khan"),
        ("By Lee Ji-yoon | Staff Reporter", "Lee Ji-yoon"),
        ("Tran Van Minh tvminh@vnexpress.net", "Tran Van Minh"),
        ("Author: Aigul Nurlanova", "Aigul Nurlanova"),
        ("Mark Olsen with Reuters, AFP", "Mark Olsen"),
        ("Ines Kahl with dpa and AP", "Ines Kahl"),
        # an e-mail in square brackets after a hyphenated name in capitals; a "WRITER:" label
        ("BY KIM MIN-SU [kim.minsu@example.com]", "KIM MIN-SU"),
        ("WRITER: Ana Ruiz", "Ana Ruiz"),
        # "By:" with a colon, and the reporter's role and handle after a dash
        ("By: Ana Torres - Reporter / @AnaTorresNews", "Ana Torres"), ("BY: JOHN MENSAH", "JOHN MENSAH"),
        # an outlet's or desk's initials sign the story: no reporter
        ("By AFP", None), ("By GN", None),
        # "Reported by:" with a colon and the editor after a bar
        ("Reported by: Jane Auma | Edited by: Peter Ochieng", "Jane Auma"),
        # a desk signs the story: no reporter
        ("By Diplomatic Correspondent", None),
    ],
)
def test_byline_becomes_author(line, author):
    for where in ("head", "tail"):
        header = ["Australia and Indonesia agree to deepen maritime cooperation"] + ([line] if where == "head" else [])
        tail = [line] if where == "tail" else []
        c = clean_text(page(header, tail))
        assert c.author == author
        assert line not in c.body
        assert "@" not in c.body
        assert any(r.reason == "byline" for r in c.removed)


def test_sentence_starting_with_by_stays():
    story = STORY + ["By the end of the year, the two countries plan to sign a new agreement on fisheries."]
    c = clean_text(page(["Australia and Indonesia agree"], [], story=story))
    assert story[-1] in c.body
    assert c.author is None


@pytest.mark.parametrize(
    "line, note",
    [
        ("* unofficial translation", "unofficial translation"),
        ("※ Unofficial translation", "Unofficial translation"),
        ("(Unofficial Translation)", "Unofficial Translation"),
        ("[Unofficial translation from the French original]", "Unofficial translation from the French original"),
        ("(Unofficial English transcript; the President spoke in Portuguese)",
         "Unofficial English transcript; the President spoke in Portuguese"),
        # set off by dashes, with the text that prevails
        ("— Translation from French; the French text prevails —", "Translation from French; the French text prevails"),
        ("-- Translated from Spanish --", "Translated from Spanish"),
        # a transcript's note on how it was made; who made the English version
        ("(Transcript; the President's remarks as interpreted into English)",
         "Transcript; the President's remarks as interpreted into English"),
        ("English version prepared by the Press Office. The French version is the official text.",
         "English version prepared by the Press Office. The French version is the official text."),
    ],
)
def test_translation_note(line, note):
    c = clean_text(page(["Talks in Jakarta held"], [line]))
    assert c.notes == [note]
    assert line not in c.body


def test_caption_repeated_at_the_end_with_a_courtesy_credit_kept_once():
    caption = "Foreign Minister Penny Wong greets Retno Marsudi in Jakarta on Tuesday. Courtesy: Ministry of Foreign Affairs"
    c = clean_text(page(["Talks in Jakarta held"], [], story=[caption] + STORY + [caption]))
    assert c.body.count(caption) == 1


@pytest.mark.parametrize("line,note", [
    ("Unofficial translation of the original Spanish text.", "Unofficial translation of the original Spanish text."),
    ("Correction: An earlier version of this article gave the wrong date for the meeting.",
     "Correction: An earlier version of this article gave the wrong date for the meeting."),
])
def test_more_notes(line, note):
    c = clean_text(page(["Trade talks held in Lima", "May 2, 2025", line], []))
    assert c.notes == [note] and line not in c.body


def test_two_author_byline():
    c = clean_text(page(["Trade talks held in Lima", "By Ana Ruiz and Tomas Vidal, dpa", "May 2, 2025"], []))
    assert c.author == "Ana Ruiz and Tomas Vidal" and c.title == "Trade talks held in Lima"


def test_gov_uk_from_and_published_labels_go():
    header = ["Press release", "UK and Kenya agree a new partnership", "The Foreign Secretary met his Kenyan counterpart.",
              "From:", "Foreign, Commonwealth & Development Office and The Rt Hon Jane Doe MP", "Published", "2 April 2025"]
    c = clean_text(page(header, []))
    assert "From:" not in c.body and "Published" not in c.body.splitlines()
    assert "Development Office and The Rt Hon" not in c.body and c.date == "2025-04-02"
    assert c.author is None


def test_repeated_caption_kept_once():
    caption = "Foreign Minister Penny Wong (right) shakes hands with Retno Marsudi in Jakarta on Tuesday. (Reuters)"
    c = clean_text(page(["Talks in Jakarta held"], [], story=[caption, caption] + STORY))
    assert c.body.count(caption) == 1
    assert [r.reason for r in c.removed if r.text == caption] == ["duplicate_caption"]


def test_single_caption_stays():
    caption = "Foreign Minister Penny Wong (right) shakes hands with Retno Marsudi in Jakarta on Tuesday. (Reuters)"
    c = clean_text(page(["Talks in Jakarta held"], [], story=[caption] + STORY))
    assert caption in c.body


@pytest.mark.parametrize(
    "first, date, kept",
    [
        ("SEOUL, June 1 (Yonhap) -- South Korea and Russia agreed to expand trade, officials said on Friday.", None,
         "South Korea and Russia agreed to expand trade"),
        ("MOSCOW, Nov. 24, 2021 (Reuters) - Russia and South Korea agreed to expand trade, officials said.", "2021-11-24",
         "Russia and South Korea agreed to expand trade"),
        ("TOKYO (AP) — Japan and the Philippines agreed on Monday to expand defence ties, officials said.", None,
         "Japan and the Philippines agreed on Monday"),
        ("ABU DHABI, 3rd March, 2025 (WAM) -- The UAE and Jordan agreed to expand trade, officials said.", "2025-03-03",
         "The UAE and Jordan agreed to expand trade"),
        # a large city in capitals before a colon, as Indian papers write it
        ("KOLKATA: India and Bangladesh agreed on Monday to expand trade, officials said.", None,
         "India and Bangladesh agreed on Monday"),
        # a place in written case, the date, and the agency without brackets
        ("Muscat, May 12, 2025, ONA -- Oman and Kenya agreed to expand trade, officials said.", "2025-05-12",
         "Oman and Kenya agreed to expand trade"),
        # an accented place, an ordinal day and Spanish-style ".-"
        ("Asunción, May 14th, 2025.- Paraguay and Chile agreed to expand trade, officials said.", "2025-05-14",
         "Paraguay and Chile agreed to expand trade"),
        # the agency between slashes, then a full stop
        ("Astana, March 12 /Kazinform/. Kazakhstan and Oman agreed to expand trade, officials said.", None,
         "Kazakhstan and Oman agreed to expand trade"),
        # the agency in brackets and no dash before the story
        ("Havana, March 12 (Agencia Sur) The foreign ministers of Cuba and Peru agreed to expand trade, officials said.",
         None, "The foreign ministers of Cuba and Peru agreed to expand trade"),
    ],
)
def test_dateline_prefix_removed(first, date, kept):
    c = clean_text(page(["Trade talks held"], [], story=[first] + STORY))
    assert c.body.splitlines()[0].startswith(kept)
    assert c.date == date
    assert any(r.reason == "dateline" for r in c.removed)


@pytest.mark.parametrize(
    "line, date",
    [
        ("Sun, November 4, 2018", "2018-11-04"),
        ("Published : 2021-11-24 17:43", "2021-11-24"),
        ("Updated: March 3, 2023 10:15 AM KST", "2023-03-03"),
        ("2022-07-01", "2022-07-01"),
        # month names in capitals and in the site's language
        ("APRIL 2, 2025", "2025-04-02"),
        ("7 Desemba, 2024", "2024-12-07"),
        ("12 décembre 2024", "2024-12-12"),
    ],
)
def test_date_stamps_give_doc_date(line, date):
    c = clean_text(page(["Trade talks held in Jakarta", line], []))
    assert c.date == date
    assert line not in c.body


def test_short_subheading_inside_story_stays():
    story = STORY[:2] + ["Regional security"] + STORY[2:]
    c = clean_text(page(["Talks in Jakarta held"], [], story=story))
    assert "Regional security" in c.body


def test_removed_offsets_point_into_raw_text():
    raw = page(["Skip to content", "Talks in Jakarta held today"], ["By Jane Doe", "Most popular", "Other story headline here"])
    c = clean_text(raw)
    for r in c.removed:
        assert raw[r.start:r.end] == r.text


def test_non_english_page_is_not_stripped_as_foreign_script():
    korean = ["외교부 장관은 오늘 러시아 외무장관과 회담을 가졌다. 양측은 협력을 강화하기로 합의했다. 회담은 모스크바에서 열렸다."] * 2
    c = clean_text("\n\n".join([korean[0], korean[1] + " 추가"]))
    assert korean[0] in c.body


def test_rules_file_is_strict_and_valid():
    r = rules()
    assert r.phrases and r.tail_markers
    for group in (r.byline, r.note, r.stamp):
        for p in group:
            assert isinstance(p, re.Pattern)
    assert isinstance(r.footer, re.Pattern) and isinstance(r.promo, re.Pattern)
    # Every tail marker is also a removable phrase (so it is recorded with a reason).
    assert set(r.tail_markers) <= set(r.phrases)
    # month names of other languages: twelve lists, lower-case
    from pipeline.chrome import _FOREIGN_MONTHS
    assert len(_FOREIGN_MONTHS) == 12 and all(w == w.lower() for ws in _FOREIGN_MONTHS for w in ws)


def test_headline_is_nearest_reading_line_above_story_not_site_name():
    header = ["Skip to main content", "An official website of the Government of Examplestan", "Ministry of Foreign Affairs of Examplestan",
              "Home > Media > Press releases", "Minister Holds Talks with Indonesian Counterpart in Jakarta", "March 2, 2023",
              "Office of the Spokesperson", "Share"]
    c = clean_text(page(header, []))
    assert c.title == "Minister Holds Talks with Indonesian Counterpart in Jakarta"
    assert c.date == "2023-03-02"
    for line in header:
        assert line not in c.body


def test_cookie_banner_and_promo_lines_go_even_when_sentence_like():
    header = ["Cookies on this site", "We use some essential cookies to make this website work.", "Accept additional cookies",
              "Australia and Indonesia agree to deepen maritime cooperation"]
    tail = ["Join our WhatsApp channel and get the latest news and must-reads.", "Reporting by Jane Doe; Editing by John Roe"]
    c = clean_text(page(header, tail))
    assert c.title == "Australia and Indonesia agree to deepen maritime cooperation"
    for line in header[:3] + tail:
        assert line not in c.body
    assert all(s in c.body for s in STORY)


@pytest.mark.parametrize("label", ["Related news", "Read more"])
def test_related_links_inside_the_story_go(label):
    lines = ["Fiji, Samoa agree on joint fisheries patrol", "", STORY[0], "",
             f"{label}: Fiji, Tonga discuss border crossing arrangement after eight-year wait", "", STORY[1]]
    c = clean_text("\n".join(lines) + "\n")
    assert label not in c.body
    assert STORY[0] in c.body and STORY[1] in c.body


def test_unlabelled_byline_under_headline():
    header = ["Australia and Indonesia agree to deepen maritime cooperation", "Jane Doe", "Regional Correspondent",
              "Published Jan 7, 2025, 07:21 PM"]
    c = clean_text(page(header, []))
    assert c.author == "Jane Doe"
    assert c.date == "2025-01-07"
    assert "Regional Correspondent" not in c.body


@pytest.mark.parametrize(
    "stamp, date",
    [("16.05.2024 - Press release", "2024-05-16"), ("Published on 23/01/2023 18h40", "2023-01-23"),
     ("04.03.2024 13:20", "2024-03-04"), ("November 13, 2023 3:21 PM GMT+9", "2023-11-13"), ("Updated 2 hours ago", None),
     # day-first written dates of other languages, alone or in a metadata row
     ("12 de mayo de 2025", "2025-05-12"), ("Nachricht | 3. März 2025", "2025-03-03"), ("5. Mai 2025", "2025-05-05"),
     ("Actualité | Publié le 02.05.2025 | Mis à jour le 03.05.2025", "2025-05-02"),
     # Slavic genitives, Cyrillic and Greek months; a Thai stamp with its Buddhist Era year (2568 = 2025)
     ("Zverejnené: 19. marca 2025, 16:05", "2025-03-19"), ("Publikováno 3. května 2025", "2025-05-03"),
     ("19 марта 2025", "2025-03-19"), ("5 Ιουνίου 2025", "2025-06-05"), ("วันที่ 20 ก.พ. 2568", "2025-02-20"),
     # a run-together numeric and written stamp: the written one says the order
     ("04/07/2025July 4, 2025", "2025-07-04"), ("07/04/2025 July 4, 2025", "2025-07-04"),
     # an ambiguous numeric stamp settled by its weekday (month-first here, day-first there); no fit: day-first
     ("Wed, 03/05/2025 - 09:12", "2025-03-05"), ("Tuesday 03/06/2025", "2025-06-03"), ("Fri, 04/10/2025", "2025-10-04"),
     # a dashed day-first stamp after the place, as South Asian government sites write it
     ("Islamabad: 26-11-2024", "2024-11-26"), ("03-02-2025", "2025-02-03"),
     # "published" in other languages with a clock time; a month, day and year parted by dashes
     ("Publicado em 4 de março de 2025, às 18h40", "2025-03-04"), ("Pubblicato il 4 marzo 2025 alle 10:12", "2025-03-04"),
     ("Mar - 04 - 2025 , 21:14", "2025-03-04"),
     # stamps in a script of their own, with its digits: Khmer, Arabic (weekday and all)
     ("ថ្ងៃព្រហស្បតិ៍ ទី៦ ខែមីនា ឆ្នាំ២០២៥", "2025-03-06"), ("الخميس ٦ مارس ٢٠٢٥", "2025-03-06"),
     # the Levantine month names (one word or two)
     ("الاثنين ٣ آذار ٢٠٢٥", "2025-03-03"), ("الأحد ٥ تشرين الأول ٢٠٢٥", "2025-10-05"),
     # a place line in capitals closed by the date (no headline)
     ("JAKARTA, REPUBLIC OF INDONESIA, 6 MARCH 2025", "2025-03-06"),
     # a dotted day-first date with a space after each dot (Czech, Slovak, German usage)
     ("7. 11. 2024 09:05", "2024-11-07"), ("Aktualizováno 2. 4. 2025", "2025-04-02"),
     # Central Asian month names: Tajik (with its izofat "-и" and "соли", "of the year"), Kazakh, Russian
     # nominative
     ("3 декабри соли 2024, 11:20", "2024-12-03"), ("12 наурыз 2025", "2025-03-12"), ("1 октябрь 2024", "2024-10-01"),
     # "the 7th of February"; a place and a weekday in the site's language before the date
     ("Friday, 7th of February, 2025", "2025-02-07"), ("Tegucigalpa, martes 4 de febrero de 2025", "2025-02-04"),
     ("San José de Costa Rica, 4 de febrero de 2025", "2025-02-04"),
     # year first, with the word for "year" and a month with a case ending (Kyrgyz, Kazakh)
     ("2024-жылдын 5-ноябрында, 09:30", "2024-11-05"), ("2025 жылғы 3 наурыз", "2025-03-03"),
     # a day, an abbreviated month and a year parted by dashes, with a clock time in a row
     ("14-mar-2025 | 09:45 hrs.", "2025-03-14"), ("7-Nov-2024", "2024-11-07"),
     # a comma typed before the year; Bengali and Hindi months with their digits after a label
     ("Published: 3 March ,2025: 08:14 PM GST", "2025-03-03"), ("প্রকাশের তারিখ: ০৫ মার্চ ২০২৫", "2025-03-05"),
     ("प्रकाशित: 5 सितंबर 2025", "2025-09-05"),
     # a two-digit year after a label; the era before the year; "@" before the clock time
     ("Published: 07.03.25, 10:12", "2025-03-07"), ("March 3, A.D. 2025 | Press Office", "2025-03-03"),
     ("Monday, March 3, 2025 @ 9:15 am", "2025-03-03"),
     # Uzbek (year first, with the word for "year"), Armenian (year, genitive month, day), Georgian, Dutch label
     ("Eʼlon qilingan: 2025-yil 3-mart, 10:00", "2025-03-03"), ("2025 թ. մարտի 3", "2025-03-03"),
     ("3 მარტი 2025", "2025-03-03"), ("Publicatiedatum: 3 maart 2025", "2025-03-03"),
     # Dhivehi, in Thaana script
     ("3 މާރިޗު 2025", "2025-03-03")],
)
def test_stamps_in_many_shapes(stamp, date):
    c = clean_text(page(["Australia and Indonesia agree to deepen maritime cooperation", stamp], []))
    assert c.date == date
    assert stamp not in c.body
    assert c.title == "Australia and Indonesia agree to deepen maritime cooperation"


def test_end_marker_cut_from_last_paragraph():
    story = STORY[:-1] + [STORY[-1] + " END"]
    c = clean_text(page(["Australia and Indonesia agree"], [], story=story))
    assert c.body.rstrip().endswith("further talks.")
    assert any(r.reason == "end_marker" for r in c.removed)


def test_caption_with_credit_above_story_stays():
    caption = "Foreign Minister Penny Wong and Foreign Minister Retno Marsudi at the ministry in Jakarta © photo agency"
    c = clean_text(page(["Australia and Indonesia agree to deepen maritime cooperation", "Share"], [], story=[caption] + STORY))
    assert caption in c.body
    assert c.title == "Australia and Indonesia agree to deepen maritime cooperation"


def test_caps_dateline_with_dash_only():
    story = ["JAKARTA – Australia and Indonesia on Tuesday agreed to strengthen maritime cooperation, officials said."] + STORY[1:]
    c = clean_text(page(["Talks held in Jakarta today"], [], story=story))
    assert c.body.startswith("Australia and Indonesia on Tuesday")


def test_tag_list_after_story_goes():
    c = clean_text(page(["Talks held in Jakarta today"], ["Keywords", "Indonesia", "Maritime security", "Bilateral relations"]))
    for t in ("Keywords", "Maritime security", "Bilateral relations"):
        assert t not in c.body


def test_dateline_line_with_place_and_office():
    header = ["Australia and Indonesia deepen maritime cooperation", "News release",
              "March 8, 2024 - Jakarta, Indonesia - Department of Foreign Affairs"]
    c = clean_text(page(header, []))
    assert c.title == "Australia and Indonesia deepen maritime cooperation"
    assert c.date == "2024-03-08"


def test_byline_fused_with_stamp():
    c = clean_text(page(["Australia and Indonesia deepen maritime cooperation", "Jane Doe   |05.05.2024 - Update : 05.05.2024"], []))
    assert (c.author, c.date) == ("Jane Doe", "2024-05-05")
    assert "Jane Doe" not in c.body


def test_date_only_in_headline_is_doc_date():
    c = clean_text(page(["Visit to Jakarta by the Minister of Foreign Affairs (22 April 2024)"], []))
    assert c.date == "2024-04-22"


def test_signatory_after_story_is_author():
    c = clean_text(page(["Australia and Indonesia deepen maritime cooperation"], ["Jane Doe", "Spokesperson", "12 March 2024"]))
    assert c.author == "Jane Doe"
    assert c.date == "2024-03-12"
    assert "Spokesperson" not in c.body


@pytest.mark.parametrize("label", ["Quick facts", "Quotes", "Key facts", "At a glance", "Backgrounder"])
def test_section_labels_go_but_their_content_stays(label):
    fact = "- Mexico is one of Canada's largest trading partners, with trade of $56 billion in 2023."
    c = clean_text(page([], [label, fact]))
    removed = {r.text: r.reason for r in c.removed}
    assert removed.get(label) == "section_label"
    assert fact in c.body
    assert all(s in c.body for s in STORY)


def test_a_sentence_mentioning_quotes_stays():
    line = "Quotes from the ministers were published after the meeting."
    c = clean_text(page([], [line]))
    assert line in c.body


@pytest.mark.parametrize("closing", [
    ["He declined to comment."],
    ["The talks resume on Friday."],
    ["Wong will visit Hanoi next.", "\u201cWe are ready,\u201d she said."],
    # a transcript's courtesy and stage note (closing_patterns in chrome.json)
    ["Thank you."],
    ["Thank you very much.", "(The press conference ended at 11:40)"],
    ["(The briefing concluded at 1610 hrs)"],
])
def test_short_closing_sentences_stay(closing):
    """A story may end on sentences shorter than a paragraph; they follow the story with only
    paragraph breaks between and stay body, while the chrome after them still goes."""
    c = clean_text(page(["Australia and Indonesia deepen maritime cooperation"], ["Share", "Facebook", "Contact us"],
                        story=STORY + closing))
    assert all(s in c.body for s in STORY + closing)
    assert not any(x in c.body for x in ("Share", "Facebook", "Contact us"))


@pytest.mark.parametrize("tail", [
    ["Contact us.", "Follow us"],  # a sentence-shaped menu item after a non-sentence
    ["Please contact us for subscription options."],  # a promo
    ["Copyright 2024 Ministry of Foreign Affairs."],  # a footer
    ["Media enquiries", "Call the press office."],  # after a label line, not the story
    ["Thank you for visiting our website."],  # a site's courtesy line is not the story's
    ["Subscribe", "Thank you."],  # a courtesy after a menu line is chrome
])
def test_sentence_shaped_chrome_after_story_still_goes(tail):
    c = clean_text(page(["Australia and Indonesia deepen maritime cooperation"], tail))
    assert all(s in c.body for s in STORY)
    assert c.body.rstrip().endswith(STORY[-1]), c.body[-120:]


@pytest.mark.parametrize("tail", [
    ["Read also", "Tokayev receives credentials of new ambassadors", "Kazakhstan, China discuss transit potential"],
    ["When using materials, a hyperlink to the agency is required."],
    ["Reproduction of this material without written permission is prohibited."],
])
def test_agency_tails_go(tail):
    c = clean_text(page(["Australia and Indonesia deepen maritime cooperation"], tail))
    assert all(s in c.body for s in STORY)
    assert not any(t in c.body for t in tail)


@pytest.mark.parametrize("header,title,author,deks", [
    # headline, summary line, unlabelled byline, stamp
    (["Home / News / World", "Fiji, Samoa agree on joint fisheries patrol ahead of Pacific summit",
      "Prime Ministers Ana Lee and Tui Vaai also discussed climate finance and a regional shipping line",
      "Maria Tonga", "Published - March 4, 2025 09:41 pm", "Listen to this article"],
     "Fiji, Samoa agree on joint fisheries patrol ahead of Pacific summit", "Maria Tonga",
     ["Prime Ministers Ana Lee and Tui Vaai also discussed climate finance and a regional shipping line"]),
    # headline, byline, stamp, then summary lines right above the story
    (["Home › Pacific", "Fiji, Samoa agree on joint fisheries patrol as Samoan PM visits Suva", "Maria Tonga",
      "Updated 4 March 2025", "Short Url", "Talks covered fuel supplies, patrol boats and border security",
      "Suva will not let poachers use its waters, says Fiji's top diplomat"],
     "Fiji, Samoa agree on joint fisheries patrol as Samoan PM visits Suva", "Maria Tonga",
     ["Talks covered fuel supplies, patrol boats and border security",
      "Suva will not let poachers use its waters, says Fiji's top diplomat"]),
    # two sentence-case lines over the byline block: the headline and its summary; a newsroom signs, no author
    (["Home > News > Politics", "Fiji, Samoa to hold first joint cabinet meeting in Apia",
      "Ministers discuss fisheries patrols, shipping and climate finance", "Redazione Pacifica",
      "SUVA, 4 March 2025, 18:05"],
     "Fiji, Samoa to hold first joint cabinet meeting in Apia", None,
     ["Ministers discuss fisheries patrols, shipping and climate finance"]),
    # the place filed from between the reporter's role and the stamp; a gallery button is no summary
    (["Fiji, Samoa agree to deepen fisheries and shipping ties",
      "Prime Minister's first visit to Apia comes as Suva weighs two bids for new patrol boats", "Maria Tonga",
      "Pacific Correspondent", "Apia", "Published March 4, 2025", "Open this photo in gallery:"],
     "Fiji, Samoa agree to deepen fisheries and shipping ties", "Maria Tonga",
     ["Prime Minister's first visit to Apia comes as Suva weighs two bids for new patrol boats"]),
    # the reporter's name under the stamp, right above the story
    (["Home > News", "Fiji, Samoa agree on joint fisheries patrol", "04.03.2025 15:20", "Maria Tonga"],
     "Fiji, Samoa agree on joint fisheries patrol", "Maria Tonga", []),
    # a label over the stamp, the headline under it
    (["Press release from Ministry for Foreign Affairs", "Published 4 March 2025",
      "Fiji and Samoa deepen cooperation on fisheries and green shipping"],
     "Fiji and Samoa deepen cooperation on fisheries and green shipping", None, []),
])
def test_headline_over_a_byline_block_and_its_summary_lines(header, title, author, deks):
    c = clean_text(page(header, []))
    assert (c.title, c.author, c.date) == (title, author, "2025-03-04")
    assert all(d in c.body for d in deks)
    assert all(s in c.body for s in STORY)
    assert "Short Url" not in c.body and "Listen to this article" not in c.body
    assert "Open this photo in gallery" not in c.body and "Redazione" not in c.body


@pytest.mark.parametrize("header", [
    # buttons under the stamp are no reporter; the kind of item before a stamp is no author
    ["Fiji, Samoa agree on joint fisheries patrol", "2025-03-04 19:30", "Print  Close"],
    ["Fiji, Samoa agree on joint fisheries patrol", "Press Release | 4 March 2025"],
])
def test_no_author_from_buttons_or_item_labels(header):
    c = clean_text(page(header, []))
    assert (c.title, c.author, c.date) == ("Fiji, Samoa agree on joint fisheries patrol", None, "2025-03-04")


@pytest.mark.parametrize("header,title,date", [
    (["Japan-Philippines Foreign Ministers' Meeting", "February 20, 2025", "(Photo) Japan-Philippines Foreign Ministers' "
      "Meeting 1", "(Photo) Japan-Philippines Foreign Ministers' Meeting 2"],
     "Japan-Philippines Foreign Ministers' Meeting", "2025-02-20"),
    (["Joint statement by the foreign ministers of Norway and Colombia", "Press release | Date: 25/06/2024 | No: 071/24"],
     "Joint statement by the foreign ministers of Norway and Colombia", "2024-06-25"),
    # nor an office line in capitals, a share row, or a line in the site's own language
    (["Deputy Secretary's Meeting with Kenyan Foreign Minister", "READOUT", "OFFICE OF THE SPOKESPERSON",
      "APRIL 2, 2025", "Share"], "Deputy Secretary's Meeting with Kenyan Foreign Minister", "2025-04-02"),
    (["Joint Communique on the Visit of the President of Chile to Peru", "April 02, 2025",
      "Share: Facebook X WhatsApp Email"], "Joint Communique on the Visit of the President of Chile to Peru", "2025-04-02"),
    (["Visit to Portugal of the Minister of Foreign Affairs of Cabo Verde", "Publicado em 02/04/2025 10h00",
      "Partilhe por Facebook", "Compartilhe por X (formalmente Twitter)", "Copiar link para a área de transferência"],
     "Visit to Portugal of the Minister of Foreign Affairs of Cabo Verde", "2025-04-02"),
    # metadata rows with the date among other fields; rows of share icons
    (["Premier Li meets Hungarian foreign minister", "Source: Newswire | Editor: desk7 | 2025-03-04 18:02:11",
      "分享到 (Share):   微博   微信   X   Facebook"], "Premier Li meets Hungarian foreign minister", "2025-03-04"),
    (["Fiji and Samoa agree on a joint fisheries patrol", "Media Release  •  Tue 4 Mar 2025  •  3 min read",
      "Share   f   X   in   ✉"], "Fiji and Samoa agree on a joint fisheries patrol", "2025-03-04"),
    (["Fiji and Samoa agree on a joint fisheries patrol", "News · 04.03.2025 · Pacific desk",
      "Share | Facebook | LinkedIn | Email"], "Fiji and Samoa agree on a joint fisheries patrol", "2025-03-04"),
])
def test_headline_is_not_a_photo_placeholder_or_metadata_row(header, title, date):
    c = clean_text(page(header, []))
    assert c.title == title
    assert c.date == date
    assert all(s in c.body for s in STORY)


@pytest.mark.parametrize("line,note", [
    ("(This story has been corrected to fix the name of the port in paragraph 4)",
     "This story has been corrected to fix the name of the port in paragraph 4"),
    ("Translation for information purposes only. The French version prevails.",
     "Translation for information purposes only. The French version prevails."),
    ("English version for reference only; in case of discrepancy, the French original applies.",
     "English version for reference only; in case of discrepancy, the French original applies."),
    ("Unofficial translation from French", "Unofficial translation from French"),
    ("Translation from Portuguese", "Translation from Portuguese"),
    ("Unofficial translation. In case of discrepancy, the Portuguese version prevails.",
     "Unofficial translation. In case of discrepancy, the Portuguese version prevails."),
])
def test_correction_and_translation_notes(line, note):
    c = clean_text(page(["Australia and Indonesia deepen maritime cooperation"], [line]))
    assert c.notes == [note]
    assert line not in c.body


@pytest.mark.parametrize("tail", [
    ["Bagikan", "Facebook", "Jl. Merdeka Barat No. 6, Jakarta Pusat 10110", "Call Center: (+62-21) 3441508",
     "Hak Cipta © 2025 Kementerian Luar Negeri"],
    # the site's related list, copyright and previous/next links in the site's language
    ["Previous: Statement on the situation in the Sahel", "Next: Candidature to the Human Rights Council",
     "Noticias relacionadas", "Canciller participa en la Asamblea General de las Naciones Unidas y se reúne con sus "
     "homólogos de la región", "Horario de atención: lunes a viernes, 7:00 a.m. a 4:00 p.m."],
    ["Berita Berkaitan", "Menteri Luar Negeri menerima kunjungan hormat Duta Besar Jepun ke Malaysia hari ini",
     "Hak Cipta Terpelihara © Kementerian Luar Negeri"],
    ["Tous droits réservés © Ministère des Affaires étrangères"],
    ["Inquiries: Anna Virtanen, Special Adviser, tel. +358 295 350 000",
     "The email addresses of the Ministry are in the format firstname.lastname@gov.fi."],
])
def test_contact_and_copyright_tails_go(tail):
    c = clean_text(page(["Australia and Indonesia deepen maritime cooperation"], tail))
    assert c.body.rstrip().endswith(STORY[-1])


@pytest.mark.parametrize("header,title,date", [
    (["Armenia, Georgia agree to upgrade border crossing", "By Anna Petrosyan", "March 6, 20254:18 PM GMT+4Updated 2 hours ago",
      "Leaders shake hands after a news conference in Yerevan, Armenia, March 6, 2025. REUTERS/Staff",
      "Leaders shake hands after a news conference in Yerevan, Armenia, March 6, 2025. REUTERS/Staff"],
     "Armenia, Georgia agree to upgrade border crossing", "2025-03-06"),
    (["Japan, Australia agree to expand defense drills", "KYODO NEWS - Feb 20, 2025 - 21:07 | World, All"],
     "Japan, Australia agree to expand defense drills", "2025-02-20"),
])
def test_wire_stamps_and_credited_captions(header, title, date):
    c = clean_text(page(header, []))
    assert (c.title, c.date) == (title, date)
    assert c.body.count("REUTERS/Staff") <= 1


def test_byline_with_the_place_filed_from():
    header = ["Australia and Indonesia agree to deepen maritime cooperation", "Jane Doe in Jakarta",
              "Published: 7:45am, 15 Nov 2024", "Why you can trust the Herald"]
    c = clean_text(page(header, []))
    assert c.author == "Jane Doe"
    assert c.title == "Australia and Indonesia agree to deepen maritime cooperation"
    assert "Why you can trust" not in c.body and "Jane Doe" not in c.body


@pytest.mark.parametrize("note", ["Traducción no oficial / Unofficial translation",
                                  "Traduction de courtoisie – seul le texte français fait foi."])
def test_translation_notes_in_other_languages(note):
    c = clean_text(page(["Australia and Indonesia agree to deepen maritime cooperation", note], []))
    assert c.notes == [note]
    assert c.title == "Australia and Indonesia agree to deepen maritime cooperation"


def test_read_more_ends_the_story_only_at_its_end():
    tail = ["Read more", "Indonesia and Japan sign a maritime pact", "Wong visits Manila"]
    c = clean_text(page(["Australia and Indonesia agree to deepen maritime cooperation"], tail))
    assert "Wong visits Manila" not in c.body and "Read more" not in c.body
    long = ("Officials from both governments said the consultations would cover fisheries, search and rescue, "
            "marine pollution and the protection of undersea cables, and that the first round would be held in Bali.")
    story = STORY[:2] + ["Read more", "Indonesia and Japan sign a maritime pact", long]
    c = clean_text(page(["Australia and Indonesia agree to deepen maritime cooperation"], [], story=story))
    assert long in c.body


def test_short_hyphenated_headline_over_a_dek():
    header = ["Official Internet Resource of the President of Examplestan", "Events / President / News",
              "Australian-Indonesian talks"]
    story = ["Prime Minister Anthony Albanese held talks in Jakarta with President Prabowo Subianto, who received him "
             "on an official visit.", "January 17, 2025"] + STORY
    c = clean_text(page(header, [], story=story))
    assert c.title == "Australian-Indonesian talks"


def test_translated_from_note_is_no_headline():
    c = clean_text(page(["Australia and Indonesia agree to deepen maritime cooperation", "(Translated from Arabic)"], []))
    assert c.title == "Australia and Indonesia agree to deepen maritime cooperation"
    assert c.notes == ["Translated from Arabic"]


@pytest.mark.parametrize("line", ["Print friendly pdf", "[Translation from Arabic]"])
def test_short_lines_above_the_story_are_no_headline(line):
    c = clean_text(page(["Australia and Indonesia agree to deepen maritime cooperation", line], []))
    assert c.title == "Australia and Indonesia agree to deepen maritime cooperation"


# ------------------------------------------------------------ headlines among stamps, credits and speakers
@pytest.mark.parametrize("header,title,date,author", [
    # a minister's line and portfolio line under a release's headline: neither is the title nor a byline
    (["Australia deepens maritime support for Indonesia", "", "Hon Pat Conroy MP", "Pacific Island Affairs",
      "4 March 2025"], "Australia deepens maritime support for Indonesia", "2025-03-04", None),
    # year-first stamps (Latvian, Hungarian, Lithuanian) date the page and are not headlines
    (["Foreign Minister meets her Estonian counterpart", "", "Publicēts: 2025. gada 14. martā, plkst. 11:20",
      "Atjaunots: 2025. gada 15. martā, plkst. 09:05"], "Foreign Minister meets her Estonian counterpart",
     "2025-03-14", None),
    (["Hungary and Serbia sign an energy agreement", "Közzétéve: 2025. március 3."],
     "Hungary and Serbia sign an energy agreement", "2025-03-03", None),
    (["Lithuania and Poland hold consultations", "Paskelbta: 2025 m. vasario 12 d."],
     "Lithuania and Poland hold consultations", "2025-02-12", None),
    # a headline naming a dated item, a speaker's line under it
    (["Home › Press Briefings › Department Press Briefing – March 3, 2025", "Department Press Briefing – March 3, 2025",
      "Jane Roe, Deputy Spokesperson", "Washington, D.C.", "March 3, 2025"],
     "Department Press Briefing – March 3, 2025", "2025-03-03", None),
    # a headline long enough to read as prose, with a stamp under it
    (["Minister of Foreign Affairs of the Republic of Tajikistan Sirojiddin Muhriddin held talks with the Minister of "
      "Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramov", "Опубликовано: 12 марта 2025 г., 14:05"],
     "Minister of Foreign Affairs of the Republic of Tajikistan Sirojiddin Muhriddin held talks with the Minister of "
     "Foreign Affairs of the Republic of Azerbaijan Jeyhun Bayramov", "2025-03-12", None),
    # a caption credited after a dash, under the byline block, is not the headline
    (["Sri Lanka, Maldives agree to resume ferry service", "John Perera", "Published March 5, 2025",
      "President Anura Kumara Dissanayake receives the Maldivian Foreign Minister in Colombo on Tuesday. — Photo courtesy PMD"],
     "Sri Lanka, Maldives agree to resume ferry service", "2025-03-05", "John Perera"),
])
def test_headline_among_stamps_credits_and_speakers(header, title, date, author):
    c = clean_text(page(header, []))
    assert (c.title, c.date, c.author) == (title, date, author)
    assert STORY[0] in c.body


@pytest.mark.parametrize("tail", [
    ["Share this release", "Email", "Facebook", "Related Portfolio", "Pacific Island Affairs", "Related Ministers",
     "Hon Pat Conroy MP", "Except where otherwise noted, this work is licensed under a Creative Commons Attribution "
     "4.0 International Licence."],
    ["Reuters reporter Jane Roe in Colombo contributed to this report.", "",
     "Follow our Asia coverage at https://example.com/hub/asia", "", "RELATED COVERAGE",
     "Floods hit northern provinces as monsoon arrives", "What to know about the new trade pact"],
    ["Support THE DAILY LEDGER's journalism of integrity and credibility",
     "Good journalism costs a lot of money. Donate to support us."],
    # a minister's media release: contact lines, related releases, an acknowledgement of country
    ["Media enquiries", "Minister's office: +61 2 6277 7500", "Department Media Liaison: (02) 6261 1555",
     "Related media releases", "Travel to Fiji for the Pacific Islands Forum - 18 February 2025", "Back to top",
     "We acknowledge the Traditional Custodians of Country throughout Australia and their continuing connection to "
     "land, waters and community."],
])
def test_release_and_newspaper_tails_go(tail):
    c = clean_text(page(["Australia and Indonesia agree to deepen maritime cooperation"], tail))
    assert c.body.strip().endswith(STORY[-1])


@pytest.mark.parametrize("note", [
    "This is an unofficial translation. The Portuguese version is the authoritative text.",
    "Traducción al inglés con fines informativos. En caso de discrepancia, prevalece la versión en español.",
    "English translation for information purposes. In case of discrepancy, the Spanish text prevails.",
])
def test_translation_notes_with_a_precedence_clause(note):
    c = clean_text(page(["Australia and Indonesia agree to deepen maritime cooperation", note], []))
    assert c.notes == [note]


@pytest.mark.parametrize("cap", [
    "Ministers at the opening of the council session in Accra on Thursday. [PHOTO CREDIT: @mfa_ghana]",
    # a newspaper's photographer in capitals after a dash, under a kicker
    "TALKS | Foreign ministers of Ghana and Togo shake hands in Accra on Thursday. —KWAME A. MENSAH",
    # a "Source:" credit
    "The foreign ministers of Ghana and Togo in Lomé on Thursday. Source: Ministry of Foreign Affairs",
])
def test_caption_with_a_credit_repeated_is_kept_once(cap):
    c = clean_text(page(["Ghana hosts West African ministers", cap], [cap]))
    assert c.body.count(cap) == 1


@pytest.mark.parametrize("line", ["Published: 13.02.2024", "Date: 2024-02-13"])
def test_a_stamp_is_not_a_contact_line(line):
    c = clean_text(page(["Australia and Indonesia agree to deepen maritime cooperation", line], []))
    assert c.date is not None


def test_a_sentence_after_a_share_label_stays():
    tail = ["Share this article", "Facebook", "", "The two sides agreed to meet again in Tokyo next year."]
    c = clean_text(page(["Australia and Indonesia agree to deepen maritime cooperation"], tail))
    assert "meet again in Tokyo next year" in c.body and "Share this article" not in c.body


def test_signatory_special_adviser_is_author():
    tail = ["Ayo Bello", "Special Adviser to the President", "(Information & Strategy)", "June 10, 2025"]
    c = clean_text(page(["Nigeria and Ghana deepen trade cooperation"], tail))
    assert c.author == "Ayo Bello"
    assert "Special Adviser" not in c.body


def test_byline_with_place_and_site_fields():
    header = ["Australia and Indonesia agree to deepen maritime cooperation",
              "By JANE DOE in Jakarta | example.com | Updated: 2025-04-14 22:31"]
    c = clean_text(page(header, []))
    assert c.author is not None and c.author.lower() == "jane doe"
    assert c.date == "2025-04-14"


@pytest.mark.parametrize("line,note", [
    ("(Unofficial translation – the spoken word applies)", "Unofficial translation – the spoken word applies"),
    ("Only the spoken word applies.", "Only the spoken word applies"),
    # a courtesy translation, the language named
    ("(Courtesy translation; the spoken French word applies)", "Courtesy translation; the spoken French word applies"),
    ("(Unofficial English translation)", "Unofficial English translation"),
    ("Courtesy translation", "Courtesy translation"),
])
def test_spoken_word_notes(line, note):
    c = clean_text(page(["Austria and India agree to deepen cooperation"], [line]))
    assert c.notes == [note]


@pytest.mark.parametrize("line", ["share2", "Share 14", "5 mins", "4 min read"])
def test_share_counts_and_reading_times_go(line):
    c = clean_text(page(["Austria and India agree to deepen cooperation", line], []))
    assert line not in c.body


def test_story_continues_below_this_ad_goes_inside_the_story():
    story = [STORY[0], "Story continues below this ad", *STORY[1:]]
    c = clean_text(page(["Austria and India agree to deepen cooperation"], [], story))
    assert "Story continues" not in c.body and STORY[-1] in c.body


def test_caption_repeated_under_a_photos_label_is_kept_once():
    cap = "The Secretary General and the Prime Minister at the headquarters in Brussels on Wednesday, 11 June 2025."
    c = clean_text(page(["Austria and India agree to deepen cooperation", cap], ["Photos", cap,
                                                                             "Download high-resolution image"]))
    assert c.body.count(cap) == 1 and "Photos" not in c.body


def test_a_press_officer_in_the_contacts_is_no_author():
    tail = ["Press contacts", "Lena Moreau", "Press officer", "+32 2 281 55 19"]
    c = clean_text(page(["EU and Central Asia launch a strategic partnership"], tail))
    assert c.author is None


@pytest.mark.parametrize("signoff, date", [
    ("Done at Canberra, on 6 March 2025", "2025-03-06"),
    ("Fait à Jakarta, le 6 mars 2025", "2025-03-06"),
    ("Hecho en Canberra, el 6 de marzo de 2025.", "2025-03-06"),
    ("Issued in Jakarta on 6 March 2025", "2025-03-06"),
])
def test_closing_formula_dates_the_release(signoff, date):
    c = clean_text(page(["Australia and Indonesia agree to deepen maritime cooperation"], [signoff, "Share"]))
    assert c.date == date
    assert signoff not in c.body


@pytest.mark.parametrize("closing", [
    "Done in Canberra on 6 March 2025, in English and Indonesian.",
    "Done in Canberra on 6 March 2025, in two originals in the English language.",
])
def test_a_signed_texts_closing_line_with_its_copies_is_text(closing):
    c = clean_text(page(["Joint Statement of Australia and Indonesia"], ["Share"], story=STORY + [closing]))
    assert closing in c.body


def test_closing_formula_after_a_stamp_keeps_the_stamp():
    c = clean_text(page(["Australia and Indonesia agree to deepen maritime cooperation", "Published on 5 March 2025"],
                        ["Done at Canberra, on 6 March 2025"]))
    assert c.date == "2025-03-05"


def test_header_metadata_fields_and_photo_gallery_go():
    header = ["Australia and Indonesia agree to deepen maritime cooperation", "PUBLISHED : 10 Jun 2025 at 18:52",
              "NEWSPAPER SECTION: News", "WRITER: Ana Ruiz"]
    c = clean_text(page(header, ["Photo gallery", "1 / 2", "The two ministers at the talks. [Photo: Ministry]", "2 / 2"]))
    assert c.title == "Australia and Indonesia agree to deepen maritime cooperation"
    assert (c.date, c.author) == ("2025-06-10", "Ana Ruiz")
    for gone in ("NEWSPAPER SECTION", "Photo gallery", "1 / 2", "2 / 2"):
        assert gone not in c.body


@pytest.mark.parametrize("header,title,author,date", [
    # a headline about a phone call is no telephone footer
    (["Home > Briefing", "Prime Minister Ana Lee holds phone talks with Samoan Prime Minister Tui Vaai",
      "2025.03.04"], "Prime Minister Ana Lee holds phone talks with Samoan Prime Minister Tui Vaai", None, "2025-03-04"),
    # the kind of item under the stamp is no reporter
    (["Fiji, Samoa agree on joint fisheries patrol", "2025.03.04", "Written Briefing"],
     "Fiji, Samoa agree on joint fisheries patrol", None, "2025-03-04"),
    # the reporter under the stamp, an audio button with its length between them and the story
    (["Fiji, Samoa agree on joint fisheries patrol", "4.3.2025 18:45 • Updated 4.3.2025 20:10", "Maria Tonga",
      "Listen to this article · 4 min"], "Fiji, Samoa agree on joint fisheries patrol", "Maria Tonga", "2025-03-04"),
    # the reporter with the agency's initials in brackets
    (["Fiji, Samoa agree on joint fisheries patrol", "04.03.2025, 17:42 | Update: 04.03.2025, 19:05",
      "Maria Tonga (FBC)"], "Fiji, Samoa agree on joint fisheries patrol", "Maria Tonga", "2025-03-04"),
    # a byline fused with the stamp by a comma, the stamp opening with its weekday
    (["Fiji, Samoa agree on joint fisheries patrol", "Maria Tonga , Tuesday 4 Mar 2025"],
     "Fiji, Samoa agree on joint fisheries patrol", "Maria Tonga", "2025-03-04"),
    # the reporter and the place filed from above the stamp; the reporter and her role on one line
    (["Fiji, Samoa agree on joint fisheries patrol", "Maria Tonga", "Apia", "Posted on Tuesday 4th March 2025"],
     "Fiji, Samoa agree on joint fisheries patrol", "Maria Tonga", "2025-03-04"),
    (["Fiji, Samoa agree on joint fisheries patrol", "4:48 pm on 4 March 2025", "Share this",
      "Maria Tonga, FBC Pacific Journalist"], "Fiji, Samoa agree on joint fisheries patrol", "Maria Tonga", "2025-03-04"),
    # a stamp in another script with numbered months, year first (Mongolian)
    (["Fiji, Samoa agree on joint fisheries patrol", "2025 оны 03 сарын 04, 17:25"],
     "Fiji, Samoa agree on joint fisheries patrol", None, "2025-03-04"),
    # ... but a capital before the comma is a dateline line, no author
    (["Fiji, Samoa agree on joint fisheries patrol", "Port Vila, Tuesday 4 March 2025"],
     "Fiji, Samoa agree on joint fisheries patrol", None, "2025-03-04"),
])
def test_stamp_block_shapes(header, title, author, date):
    c = clean_text(page(header, []))
    assert (c.title, c.author, c.date) == (title, author, date)
    assert all(s in c.body for s in STORY)
    assert "Written Briefing" not in c.body and "Listen to this article" not in c.body and "(FBC)" not in c.body


@pytest.mark.parametrize("tail", [
    # a release's end marker, then its tag list (single words the story also uses)
    ["###", "Tags", "Bureau of Pacific Affairs", "Indonesia", "Maritime"],
    ["Short link:", "https://example.org/News/548213.aspx"],
])
def test_end_marker_and_short_link_tails_go(tail):
    c = clean_text(page(["Australia and Indonesia deepen maritime cooperation"], tail))
    assert all(s in c.body for s in STORY)
    assert c.body.rstrip().endswith(STORY[-1]), c.body[-120:]


def test_colon_dateline_of_a_large_city_and_image_credit_caption():
    c = clean_text(page(["Fiji and Samoa agree to fast-track new fisheries patrols",
                         "Maria Tonga, Correspondent", "Published: March 4, 2025 | 19:26",
                         "Prime Minister Ana Lee with her Samoan counterpart in Apia on Tuesday. Image Credit: FBC"],
                        [], story=["Suva: " + STORY[0]] + STORY[1:]))
    assert c.title == "Fiji and Samoa agree to fast-track new fisheries patrols"
    assert "Suva:" not in c.body and STORY[0] in c.body
    assert any(r.reason == "dateline" for r in c.removed)


def test_spaced_end_marker_ends_the_page():
    c = clean_text(page(["Australia and Indonesia deepen maritime cooperation"],
                        ["#                 #                 #", "The Programme is the world's largest agency, saving "
                         "lives in emergencies and building resilience for communities everywhere."]))
    assert c.body.rstrip().endswith(STORY[-1]), c.body[-120:]


def test_translation_note_of_remarks_from_a_language():
    c = clean_text(page(["Talks in Jakarta held", "(Translation of the Minister's remarks from Bahasa)"], []))
    assert c.notes == ["Translation of the Minister's remarks from Bahasa"]


def test_translation_note_naming_two_languages():
    c = clean_text(page(["Talks in Jakarta held", "(Unofficial English translation of the Fijian and Samoan statements)"],
                        []))
    assert c.notes == ["Unofficial English translation of the Fijian and Samoan statements"]
    assert "Unofficial" not in c.body


@pytest.mark.parametrize("caption", [
    "Foreign Minister Penny Wong greets Retno Marsudi at the ministry in Jakarta on Tuesday. — ANTARA",
    "Foreign Minister Penny Wong (right) greets Retno Marsudi in Jakarta on Tuesday. [Getty Images]",
])
def test_caption_under_the_headline_is_neither_title_nor_story_start(caption):
    # headline / caption / byline / stamp / story: the caption stays in the body, the headline is the title
    header = ["Australia and Indonesia agree to deepen maritime cooperation", "Jane Doe", "12 March 2025", caption]
    c = clean_text(page(header, []))
    assert c.title == "Australia and Indonesia agree to deepen maritime cooperation"
    assert caption in c.body and c.author == "Jane Doe" and c.date == "2025-03-12"


def test_a_transcript_line_closed_by_a_bracketed_reaction_is_no_caption():
    assert not is_caption_text("We will finish the road before the rains, and we will do it together. [Applause]")
    assert is_caption_text("The President greets his guest at State House in Lusaka on Monday. [State House Zambia]")


def test_headline_standfirst_and_caption_above_a_byline_with_its_outlet():
    standfirst = "Wong says the first round of talks on the maritime accord will be held in Darwin in October"
    caption = "Foreign Minister Penny Wong, left, and Retno Marsudi shake hands in Jakarta on Tuesday. (Jane Roe/ABC)"
    header = ["Australia, Indonesia to reopen maritime talks as both face new tariffs", standfirst, caption, caption,
              "Ann Lee · ABC News", "Posted: Mar 12, 2025 6:15 PM AEDT"]
    c = clean_text(page(header, []))
    assert c.title == "Australia, Indonesia to reopen maritime talks as both face new tariffs"
    assert c.author == "Ann Lee" and c.date == "2025-03-12"
    assert standfirst in c.body and c.body.count(caption) == 1 and "ABC News" not in c.body


def test_related_list_in_another_language_goes():
    tail = ["Povezane vijesti", "Ministar primio veleposlanika Japana (22. 5. 2025.)"]
    c = clean_text(page(["Croatia and Hungary hold consultations"], tail))
    assert "Povezane" not in c.body and "veleposlanika" not in c.body


def test_standfirst_byline_role_stamp_and_a_caption_credited_on_its_own_line():
    standfirst = "The two ministers have agreed to set up a joint working group on the security of undersea cables."
    caption = "Foreign Minister Penny Wong and Retno Marsudi at the ministry in Jakarta this afternoon"
    header = ["Australia, Indonesia to set up joint group on cable security", standfirst, "Jane Roe",
              "Political Correspondent", "Updated / Thursday, 6 Mar 2025 19:04", caption, "Image: Ministry"]
    c = clean_text(page(header, [caption, "Share"]))
    assert c.title == "Australia, Indonesia to set up joint group on cable security"
    assert (c.author, c.date) == ("Jane Roe", "2025-03-06")
    assert standfirst in c.body and c.body.count(caption) == 1
    assert "Image: Ministry" not in c.body and "Political Correspondent" not in c.body


@pytest.mark.parametrize("caption", [
    "Foreign Minister Ana Lee welcomes her Samoan counterpart in Suva on Monday. PHOTO/FBC",
    "Prime Minister Tui Vaai greets the delegation at the airport on Monday – Pic by Jone Tui",
])
def test_captions_credited_after_a_slash_or_a_dash(caption):
    assert is_caption_text(caption)
    c = clean_text(page(["Fiji and Samoa agree on a joint fisheries patrol", "4 March 2025", caption], []))
    assert c.title == "Fiji and Samoa agree on a joint fisheries patrol" and caption in c.body


def test_item_kind_and_office_row_is_not_the_headline():
    c = clean_text(page(["Joint Statement by the Foreign Ministers of Fiji and Samoa on Fisheries",
                         "Media statement | Ministry of Foreign Affairs", "Publicatiedatum: 4 maart 2025"], []))
    assert (c.title, c.date) == ("Joint Statement by the Foreign Ministers of Fiji and Samoa on Fisheries", "2025-03-04")
    assert "Media statement" not in c.body


def test_highlights_under_the_headline_stay_with_the_story():
    highlights = ["• Suva will fund two new patrol boats for the joint fisheries force, says the Prime Minister",
                  "• Samoa and Fiji fail to agree on a shared tuna quota for next season"]
    c = clean_text(page(["Fiji and Samoa agree on a joint fisheries patrol", "Tuesday, 4 March 2025 00:30 - 118"]
                        + highlights + ["By Maria Tonga"], []))
    assert (c.title, c.author, c.date) == ("Fiji and Samoa agree on a joint fisheries patrol", "Maria Tonga", "2025-03-04")
    assert all(h.lstrip("• ") in c.body for h in highlights)


def test_reporter_and_role_after_a_bar():
    c = clean_text(page(["Fiji and Samoa agree on a joint fisheries patrol",
                         "Patrols will start in May and cover both exclusive economic zones, officials said",
                         "Maria Tonga | Senior Reporter", "Published: 3/4/2025 9:05:14 PM"], []))
    assert (c.title, c.author) == ("Fiji and Samoa agree on a joint fisheries patrol", "Maria Tonga")
    assert "Senior Reporter" not in c.body


def test_wire_reporter_signed_under_the_story_with_the_agency():
    c = clean_text(page(["KabarNews", "Kyrgyzstan and Kazakhstan agree on water sharing", "4 March 2025"],
                        ["Aibek Tokonov, KabarNews", "Related news"]))
    assert c.author == "Aibek Tokonov" and "Aibek Tokonov" not in c.body
    # ... not a name and a place, nor an agency the page does not name
    c = clean_text(page(["Kyrgyzstan and Kazakhstan agree on water sharing", "4 March 2025"],
                        ["Aibek Tokonov, Bishkek", "Related news"]))
    assert c.author is None


def test_timed_audio_button_without_a_separator_goes():
    c = clean_text(page(["Fiji and Samoa agree on a joint fisheries patrol", "4 March 2025",
                         "Listen to this article 04:12"], []))
    assert "Listen to this article" not in c.body and c.date == "2025-03-04"
