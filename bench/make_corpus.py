"""Build a deterministic benchmark corpus of diplomatic press releases.

Documents recombine the body paragraphs of the real samples in ``data/raw/``
with invented press paragraphs (readouts, joint statements, news reports)
filled from tables of countries, offices, people, places and dates. Around
each story goes page chrome like the real pages have (menus, section labels,
share rows, bylines, footers), and the formats vary: plain text (most),
Markdown with YAML front matter, and HTML pages.

    python bench/make_corpus.py --docs 500 --out bench/corpus/500 [--seed 7]
    python bench/make_corpus.py --big-mb 8 --out bench/corpus/big   # one huge document

The same ``--docs``/``--seed`` always give byte-identical files.
"""
from __future__ import annotations

import argparse
import html
import random
import re
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "raw"

# (country, adjective, capital, other city, ministry name)
COUNTRIES = [
    ("Japan", "Japanese", "Tokyo", "Osaka", "Ministry of Foreign Affairs of Japan"),
    ("China", "Chinese", "Beijing", "Shanghai", "Ministry of Foreign Affairs of the People's Republic of China"),
    ("Russia", "Russian", "Moscow", "Vladivostok", "Ministry of Foreign Affairs of the Russian Federation"),
    ("the Republic of Korea", "Korean", "Seoul", "Busan", "Ministry of Foreign Affairs"),
    ("India", "Indian", "New Delhi", "Mumbai", "Ministry of External Affairs"),
    ("Germany", "German", "Berlin", "Munich", "Federal Foreign Office"),
    ("France", "French", "Paris", "Lyon", "Ministry for Europe and Foreign Affairs"),
    ("Brazil", "Brazilian", "Brasilia", "Sao Paulo", "Ministry of Foreign Affairs of Brazil"),
    ("Indonesia", "Indonesian", "Jakarta", "Surabaya", "Ministry of Foreign Affairs of Indonesia"),
    ("Kenya", "Kenyan", "Nairobi", "Mombasa", "Ministry of Foreign Affairs of Kenya"),
    ("Egypt", "Egyptian", "Cairo", "Alexandria", "Ministry of Foreign Affairs of Egypt"),
    ("Mexico", "Mexican", "Mexico City", "Guadalajara", "Secretariat of Foreign Affairs"),
    ("Canada", "Canadian", "Ottawa", "Toronto", "Global Affairs Canada"),
    ("Australia", "Australian", "Canberra", "Sydney", "Department of Foreign Affairs and Trade"),
    ("Turkey", "Turkish", "Ankara", "Istanbul", "Ministry of Foreign Affairs of Turkey"),
    ("Vietnam", "Vietnamese", "Hanoi", "Ho Chi Minh City", "Ministry of Foreign Affairs of Viet Nam"),
    ("Poland", "Polish", "Warsaw", "Krakow", "Ministry of Foreign Affairs of Poland"),
    ("Nigeria", "Nigerian", "Abuja", "Lagos", "Ministry of Foreign Affairs of Nigeria"),
    ("Argentina", "Argentine", "Buenos Aires", "Cordoba", "Ministry of Foreign Affairs of Argentina"),
    ("Saudi Arabia", "Saudi", "Riyadh", "Jeddah", "Ministry of Foreign Affairs of Saudi Arabia"),
    ("the United Kingdom", "British", "London", "Edinburgh", "Foreign, Commonwealth and Development Office"),
    ("the United States", "American", "Washington", "New York", "Department of State"),
]
GIVEN = ["Maria", "Kenji", "Anna", "Rahul", "Sophie", "Ahmed", "Elena", "Jonas", "Amina", "Lucas", "Mei", "Tomasz",
         "Nadia", "Carlos", "Yuki", "Olga", "David", "Fatima", "Pierre", "Grace", "Hyun-woo", "Ji-yeon", "Ivan", "Aylin"]
FAMILY = ["Tanaka", "Schmidt", "Moreau", "Kowalski", "Okafor", "Silva", "Nguyen", "Haddad", "Petrov", "Kim", "Park",
          "Sharma", "Wang", "Garcia", "Yilmaz", "Mwangi", "Dubois", "Novak", "Rahman", "Ito", "Lopez", "Hoffmann",
          "Lee", "Santos", "Kuznetsov", "Chen", "Mensah", "Fischer", "Rossi", "Haidari"]
OFFICES = ["Foreign Minister", "Deputy Foreign Minister", "Vice Foreign Minister", "Prime Minister", "President",
           "Minister of Trade", "Ambassador", "Special Envoy", "Defense Minister", "Minister of Energy",
           "State Secretary", "Director-General for Asian Affairs"]
TOPICS = ["trade and investment", "energy security", "climate change", "the situation on the Korean Peninsula",
          "maritime security", "public health cooperation", "supply chains for critical minerals",
          "cultural and people-to-people exchanges", "digital economy and cybersecurity", "food security",
          "nuclear non-proliferation", "regional connectivity", "counter-terrorism", "space cooperation"]
ACTIONS = ["expand bilateral trade", "hold regular consultations", "establish a joint working group",
           "strengthen cooperation in the field of renewable energy", "resume direct flights",
           "conclude a free trade agreement", "facilitate visa procedures for business travellers",
           "deepen coordination at the United Nations", "launch a strategic dialogue",
           "increase scholarships for students", "cooperate on disaster relief",
           "support the early resumption of talks", "jointly develop a new port",
           "exchange information on counter-terrorism"]
UNITS = ["billion dollars", "million euros", "billion yen", "million dollars"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

# Invented press paragraphs; {a}/{b} are the two parties (see _slots).
PARAGRAPHS = [
    "{a_office} {a_name} held talks with {b_adj} {b_office} {b_name} in {city} on {date}, during which the two sides "
    "discussed {topic} and ways to further develop the partnership between {a_country} and {b_country}.",
    "The two ministers agreed to {action1} and to {action2} by the end of {year2}.",
    "{a_name} said that {a_country} would provide {amount} {unit} to support {topic} in the region over the next "
    "{n} years.",
    "During the meeting, {b_office} {b_name} expressed appreciation for {a_country}'s contribution to {topic} and "
    "invited {a_name} to visit {b_capital} at a mutually convenient time.",
    "The {a_adj} side explained its position on {topic}, while the {b_adj} side briefed on recent developments in "
    "{b_country}, including the preparations for the summit scheduled for {month2} {year2}.",
    "Both sides stressed the importance of {topic} and pledged to {action1}.",
    "\"We will continue to work closely with our {b_adj} partners to {action1},\" {a_name} told reporters after the "
    "meeting, adding that the next round of consultations would take place in {city2} in {month2}.",
    "The talks were held in a friendly and constructive atmosphere. The two sides noted that bilateral trade reached "
    "{amount} {unit} last year, an increase of {n} percent compared with {year0}.",
    "{b_name}, who arrived in {city} on {weekday}, also met {a_adj} {a_office2} {a_name2} and members of the "
    "{a_adj} business community.",
    "The leaders signed a memorandum of understanding on {topic} and agreed to convene the joint commission before "
    "the end of the year. They also decided to {action2}.",
    "{a_country} and {b_country} established diplomatic relations in {year_dr}. Next year marks the {nth} "
    "anniversary of the relationship, and both governments intend to hold commemorative events in {a_capital} and "
    "{b_capital}.",
    "On {date}, {a_office} {a_name} spoke by telephone with {b_office} {b_name}. The two discussed {topic} and "
    "agreed to remain in close communication.",
    "The {a_adj} delegation included senior officials from the {a_ministry} and the Ministry of Economy. The "
    "{b_adj} delegation was led by {b_office2} {b_name2}.",
    "{a_name} condemned the recent attacks and called for restraint, urging all parties to refrain from actions "
    "that could escalate tensions.",
    "The two sides did not agree to {action1}, but they will keep discussing the issue at the working level.",
]
MENUS = [["Skip to content", "Home", "Press Room", "Press Releases", "Search"],
         ["Main menu", "About the Ministry", "News", "Speeches", "Contact us"],
         ["Go to main content", "Menu", "Newsroom", "Statements", "Readouts", "Share"]]
FOOTERS = [["Share this article", "Facebook", "Twitter", "Print", "Copyright 2024 Ministry of Foreign Affairs. All rights reserved."],
           ["Related articles", "Minister receives credentials of new ambassadors", "Statement on the humanitarian situation",
            "Privacy policy", "Terms of use"],
           ["MOST POPULAR", "LATEST NEWS", "subscribe", "Back to top"]]


def sample_paragraphs() -> list[str]:
    """Prose paragraphs of the real samples (long lines that end like sentences)."""
    out: list[str] = []
    for path in sorted(SAMPLES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line.split()) >= 15 and re.search(r"[.”\"]$", line) and line not in out:
                out.append(line)
    return out


def _slots(rng: random.Random) -> dict:
    a, b = rng.sample(COUNTRIES, 2)
    year = rng.randint(2015, 2024)
    month = rng.randrange(12)
    day = rng.randint(1, 28)
    person = lambda: f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"  # noqa: E731
    return {
        "a_country": a[0], "a_adj": a[1], "a_capital": a[2], "a_ministry": a[4],
        "b_country": b[0], "b_adj": b[1], "b_capital": b[2],
        "a_office": rng.choice(OFFICES), "b_office": rng.choice(OFFICES),
        "a_office2": rng.choice(OFFICES), "b_office2": rng.choice(OFFICES),
        "a_name": person(), "b_name": person(), "a_name2": person(), "b_name2": person(),
        "city": rng.choice([a[2], a[3], b[2], b[3]]), "city2": rng.choice([a[2], b[2], b[3]]),
        "date": f"{MONTHS[month]} {day}", "weekday": rng.choice(WEEKDAYS),
        "year": year, "year0": year - 1, "year2": year + rng.randint(1, 3), "month2": rng.choice(MONTHS),
        "topic": rng.choice(TOPICS), "action1": rng.choice(ACTIONS), "action2": rng.choice(ACTIONS),
        "amount": rng.choice([1.5, 2, 3.2, 5, 12, 40, 150, 300]), "unit": rng.choice(UNITS),
        "n": rng.randint(2, 30), "year_dr": rng.randint(1950, 1995), "nth": rng.choice(["30th", "40th", "50th", "60th"]),
        "iso_date": f"{year}-{month + 1:02d}-{day:02d}", "month_name": MONTHS[month], "day": day,
    }


def make_document(i: int, rng: random.Random, samples: list[str]) -> tuple[str, str]:
    """(file name, content) of document ``i``."""
    s = _slots(rng)
    # Distinct paragraphs (a repeated line would be dropped as a duplicate caption).
    n_par = rng.randint(5, 12)
    n_sample = min(len(samples), sum(rng.random() < 0.3 for _ in range(n_par)))
    paras = [p.format(**s) for p in rng.sample(PARAGRAPHS, n_par - n_sample)]
    for p in rng.sample(samples, n_sample):
        paras.insert(rng.randint(0, len(paras)), p)
    title = rng.choice([
        "{a_office} {a_name} Meets {b_adj} {b_office}",
        "{a_country} and {b_country} agree to {action1}",
        "Readout of {a_office}'s Call with {b_adj} Counterpart",
        "Joint Press Statement on {topic}",
    ]).format(**s)
    title = title[0].upper() + title[1:]
    # A dateline on the first paragraph now and then, as wire copy has.
    if rng.random() < 0.3:
        paras[0] = f"{s['city'].upper()}, {s['date']} (Yonhap) -- " + paras[0]
    stem = f"{i:05d}_{s['a_adj'].lower()}_{s['b_adj'].lower()}"
    kind = rng.random()
    if kind < 0.08:
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
        menu = "".join(f"<li><a href='#'>{html.escape(m)}</a></li>" for m in rng.choice(MENUS))
        foot = "".join(f"<p>{html.escape(f)}</p>" for f in rng.choice(FOOTERS))
        page = (
            "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
            f"<title>{html.escape(title)}</title><meta name='date' content='{s['iso_date']}'></head>\n"
            f"<body><nav><ul>{menu}</ul></nav>\n<article><h1>{html.escape(title)}</h1>\n{body}\n</article>\n"
            f"<footer>{foot}</footer></body></html>\n"
        )
        return stem + ".html", page
    if kind < 0.20:
        fm = f"---\ntitle: \"{title}\"\ndate: {s['iso_date']}\nauthor: Press Office\n---\n\n"
        return stem + ".md", fm + "\n\n".join(paras) + "\n"
    lines = list(rng.choice(MENUS)) + ["", title, ""]
    if rng.random() < 0.5:
        lines += [f"{rng.choice(WEEKDAYS)}, {s['month_name']} {s['day']}, {s['year']}", ""]
    lines += ["\n\n".join(paras), ""]
    if rng.random() < 0.4:
        lines += [f"By {rng.choice(GIVEN)} {rng.choice(FAMILY)} (press@example.org)", ""]
    lines += rng.choice(FOOTERS)
    return stem + ".txt", "\n".join(lines) + "\n"


def build(out: Path, docs: int, seed: int = 7) -> Path:
    """Write ``docs`` documents into ``out`` (emptied first)."""
    rng = random.Random(seed)
    samples = sample_paragraphs()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for i in range(docs):
        name, content = make_document(i, rng, samples)
        (out / name).write_text(content, encoding="utf-8")
    return out


def build_big(out: Path, megabytes: float, seed: int = 7) -> Path:
    """One plain-text document of about ``megabytes`` MB (paragraphs of many documents)."""
    rng = random.Random(seed)
    samples = sample_paragraphs()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    target = int(megabytes * 1_000_000)
    parts, size = ["Press Releases", "", "Collected readouts of the year", ""], 0
    while size < target:
        s = _slots(rng)
        p = rng.choice(samples) if rng.random() < 0.3 else rng.choice(PARAGRAPHS).format(**s)
        parts.append(p + "\n")
        size += len(p.encode("utf-8")) + 2
    (out / "big.txt").write_text("\n".join(parts) + "\nShare this article\n", encoding="utf-8")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--big-mb", type=float, default=None, help="write one document of this many MB instead")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "corpus" / "500")
    args = ap.parse_args()
    if args.big_mb:
        build_big(args.out, args.big_mb, args.seed)
    else:
        build(args.out, args.docs, args.seed)
    print(args.out)


if __name__ == "__main__":
    main()
