"""Write a corpus of invented situation reports across eight wars, for the pictures in docs/.

The reports are made up from templates written for this script (no outlet's text): each
has a title, a publication date, an outlet and one to three incidents — strikes, shelling,
attacks on facilities, abductions, captures of towns, displacement — in real towns of the
war, with perpetrators from the actor dictionaries, casualty counts and relative dates
("on Tuesday"). About one report in eight retells an incident of an earlier one from
another outlet, so the graph has incidents told by several sources. Deterministic for a
seed. Used by ``tools/screenshots.py``::

    python tools/picture_corpus.py OUT_DIR --reports 300 --seed 13
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class War:
    country: str
    region_word: str  # "northwestern Syria"
    start: dt.date
    days: int
    towns: tuple[tuple[str, str], ...]  # (town, province)
    attackers: tuple[str, ...]
    defenders: tuple[str, ...]  # who the attackers fight (captures, clashes)
    verbs: tuple[str, ...]  # "shelled"
    speakers: tuple[str, ...]


WARS = (
    War("Syria", "northwestern Syria", dt.date(2019, 4, 20), 300,
        (("Kafr Nabl", "Idlib"), ("Maarat al-Numan", "Idlib"), ("Ariha", "Idlib"), ("Jisr al-Shughur", "Idlib"),
         ("Saraqib", "Idlib"), ("Khan Shaykhun", "Idlib"), ("Atarib", "Aleppo"), ("Kafr Zita", "Hama")),
        ("Russian warplanes", "Syrian government forces", "Hayat Tahrir al-Sham"),
        ("Hayat Tahrir al-Sham", "Syrian government forces"),
        ("bombed", "shelled", "struck"),
        ("the Syrian Observatory for Human Rights", "White Helmets rescuers", "local doctors")),
    War("Ukraine", "eastern Ukraine", dt.date(2023, 3, 1), 420,
        (("Bakhmut", "Donetsk"), ("Avdiivka", "Donetsk"), ("Kramatorsk", "Donetsk"), ("Kherson", "Kherson"),
         ("Kharkiv", "Kharkiv"), ("Kupiansk", "Kharkiv"), ("Zaporizhzhia", "Zaporizhzhia"),
         ("Nikopol", "Dnipropetrovsk")),
        ("Russian forces", "Russian forces", "Ukrainian forces"),
        ("Ukrainian forces", "Russian forces"),
        ("shelled", "struck", "hit"),
        ("the regional governor", "Ukrainian officials", "emergency services")),
    War("Sudan", "western Sudan", dt.date(2023, 5, 1), 420,
        (("El Fasher", "North Darfur"), ("Geneina", "West Darfur"), ("Nyala", "South Darfur"),
         ("Omdurman", "Khartoum"), ("Wad Madani", "Gezira"), ("El Obeid", "North Kordofan")),
        ("the Rapid Support Forces", "the Sudanese Armed Forces", "the Rapid Support Forces"),
        ("the Sudanese Armed Forces", "the Rapid Support Forces"),
        ("shelled", "attacked", "bombed"),
        ("local activists", "doctors at the hospital", "a UN spokesperson")),
    War("Somalia", "southern Somalia", dt.date(2022, 6, 1), 500,
        (("Mogadishu", "Banaadir"), ("Beledweyne", "Hiiraan"), ("Baidoa", "Bay"), ("Kismayo", "Lower Juba"),
         ("Marka", "Lower Shabelle"), ("Afgooye", "Lower Shabelle"), ("Jowhar", "Middle Shabelle")),
        ("al-Shabaab", "al-Shabaab", "the Somali National Army"),
        ("the Somali National Army", "al-Shabaab"),
        ("attacked", "shelled", "bombed"),
        ("police", "a local elder", "government officials")),
    War("Yemen", "Yemen", dt.date(2021, 2, 1), 400,
        (("Marib", "Marib"), ("Taiz", "Taiz"), ("Hodeidah", "Hodeidah"), ("Saada", "Saada"), ("Sanaa", "Sanaa")),
        ("the Houthis", "the Saudi-led coalition", "the Houthis"),
        ("Yemeni government forces", "the Houthis"),
        ("bombed", "struck", "shelled"),
        ("medical sources", "a Houthi spokesman", "local officials")),
    War("Myanmar", "Myanmar", dt.date(2022, 9, 1), 500,
        (("Lashio", "Shan"), ("Laukkaing", "Shan"), ("Myawaddy", "Kayin"), ("Hpakant", "Kachin"),
         ("Sittwe", "Rakhine"), ("Mindat", "Chin")),
        ("the Myanmar military", "the Myanmar military", "the Arakan Army"),
        ("the Arakan Army", "the Myanmar military"),
        ("bombed", "shelled", "attacked"),
        ("local residents", "a rescue worker", "the National Unity Government")),
    War("Mali", "central Mali", dt.date(2022, 8, 1), 480,
        (("Mopti", "Mopti"), ("Gao", "Gao"), ("Menaka", "Menaka"), ("Timbuktu", "Tombouctou"), ("Djenne", "Mopti")),
        ("Jama'at Nusrat al-Islam wal-Muslimin", "Islamic State Sahel Province", "the Malian army"),
        ("the Malian army", "Jama'at Nusrat al-Islam wal-Muslimin"),
        ("attacked", "ambushed", "raided"),
        ("a local official", "security sources", "residents")),
    War("Democratic Republic of the Congo", "eastern Congo", dt.date(2023, 1, 10), 450,
        (("Goma", "North Kivu"), ("Beni", "North Kivu"), ("Butembo", "North Kivu"), ("Rutshuru", "North Kivu"),
         ("Bunia", "Ituri"), ("Sake", "North Kivu")),
        ("M23 rebels", "the Allied Democratic Forces", "the Allied Democratic Forces"),
        ("the Congolese army", "M23 rebels"),
        ("attacked", "raided", "shelled"),
        ("the local administrator", "civil society leaders", "the army spokesman")),
)

OUTLETS = ("Frontline Monitor", "Conflict Desk", "Regional Wire", "Field Dispatch", "Crisis Notes")
FACILITIES = ("hospital", "school", "market", "mosque", "bakery", "water station")
VICTIMS = ("civilians", "people", "villagers", "children")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
BACKGROUND = (
    "The area has seen repeated fighting in recent months.",
    "Aid agencies warned that the fighting was cutting off supplies to thousands of families.",
    "Fighting in the region has displaced tens of thousands of people this year.",
    "Rights groups have called for an independent investigation.",
    "Humanitarian workers said access to the area remained difficult.",
)


def _day_phrase(rnd: random.Random, published: dt.date) -> tuple[dt.date, str]:
    """An incident day before the publication date and how the report says it."""
    back = rnd.choice((0, 1, 1, 2, 3, 4))
    day = published - dt.timedelta(days=back)
    if back == 0:
        return day, "on " + WEEKDAYS[day.weekday()]
    if back == 1 and rnd.random() < 0.5:
        return day, "on " + WEEKDAYS[day.weekday()]
    return day, f"on {day.day} {day:%B}"


def incident(rnd: random.Random, war: War, published: dt.date) -> tuple[str, str]:
    """(headline, paragraph) of one incident."""
    town, province = rnd.choice(war.towns)
    perp = rnd.choice(war.attackers)
    _, when = _day_phrase(rnd, published)
    killed, wounded = rnd.choice((2, 3, 4, 5, 6, 8, 11, 14, 20)), rnd.choice((0, 3, 5, 9, 12, 17))
    speaker = rnd.choice(war.speakers)
    verb = rnd.choice(war.verbs)
    victims = rnd.choice(VICTIMS)
    kind = rnd.choices(("strike", "facility", "abduction", "capture", "displacement"), (5, 3, 1, 1, 1))[0]
    perp_cap = perp[0].upper() + perp[1:]
    if kind == "strike":
        tail = f" and wounding {wounded} others" if wounded else ""
        text = (f"{perp_cap} {verb} {town} in {province} province {when}, killing "
                f"{killed} {victims}{tail}, {speaker} said.")
        head = f"{killed} killed in {town}"
    elif kind == "facility":
        fac = rnd.choice(FACILITIES)
        text = (f"{perp_cap} {verb} a {fac} in {town} {when}, killing {killed} people, "
                f"according to {speaker}. The {fac} was badly damaged.")
        head = f"{fac.capitalize()} hit in {town}"
    elif kind == "abduction":
        text = f"{perp_cap} abducted {killed} {victims} from a village near {town} {when}, {speaker} said."
        head = f"{killed} abducted near {town}"
    elif kind == "capture":
        enemy = next(d for d in war.defenders if d.lower() not in perp.lower()) if war.defenders else "rivals"
        text = (f"{perp_cap} captured {town} {when} after heavy fighting with {enemy}, "
                f"{speaker} said. At least {killed} fighters were killed in the clashes.")
        head = f"{town} falls after heavy fighting"
    else:
        families = rnd.choice((200, 450, 1200, 3000))
        text = (f"More than {families} families fled {town} in {province} province {when} after attacks by "
                f"{perp}, {speaker} said.")
        head = f"Families flee {town}"
    return head, text


def report(rnd: random.Random, i: int) -> tuple[str, str, str]:
    """(file name, text, a key of its first incident for retelling) of report ``i``."""
    war = rnd.choice(WARS)
    published = war.start + dt.timedelta(days=rnd.randrange(war.days))
    parts = [incident(rnd, war, published) for _ in range(rnd.choice((1, 1, 2, 2, 3)))]
    title = parts[0][0]
    body = [f"Fighting continued in {war.region_word} this week."] + [p[1] for p in parts]
    body.append(rnd.choice(BACKGROUND))
    text = "\n\n".join(body)
    outlet = rnd.choice(OUTLETS)
    front = f"---\ntitle: {title}\npublished: {published.isoformat()}\nsource: {outlet}\n---\n\n"
    return f"{i:03d}-{war.country.split()[0].lower()}.md", front + f"# {title}\n\n" + text + "\n", \
        f"{published.isoformat()}|{parts[0][1]}|{title}"


def retell(rnd: random.Random, i: int, earlier: str) -> tuple[str, str]:
    """A second outlet's report of an earlier one's first incident, a day later."""
    published, sentence, title = earlier.split("|")
    day = dt.date.fromisoformat(published) + dt.timedelta(days=1)
    outlet = rnd.choice(OUTLETS)
    text = (f"---\ntitle: {title} (update {i})\npublished: {day.isoformat()}\nsource: {outlet}\n---\n\n"
            f"# {title}\n\n{sentence}\n\n{rnd.choice(BACKGROUND)}\n")
    return f"{i:03d}-update.md", text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--reports", type=int, default=300)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    rnd = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    told: list[str] = []
    for i in range(args.reports):
        if told and rnd.random() < 0.12:
            name, text = retell(rnd, i, rnd.choice(told))
        else:
            name, text, key = report(rnd, i)
            told.append(key)
        (args.out / name).write_text(text, encoding="utf-8")
    print(f"wrote {args.reports} reports to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
