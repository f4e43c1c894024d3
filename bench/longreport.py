"""Long generated reports for the long-document benchmark and profiling.

:func:`long_report` strings sentences from templates (incidents, claims, casualty counts,
displacement, agreements and plain context) about several wars into paragraphs until the
text reaches the requested size in characters. Seeded, so a size always gives one text.

    python bench/longreport.py 200000 > /tmp/long.txt
"""

from __future__ import annotations

import random
import sys

THEATRES = [
    {"towns": ["Gao", "Menaka", "Timbuktu", "Mopti", "Kidal", "Douentza"],
     "actors": ["Malian troops", "the Islamic State Sahel Province", "JNIM fighters", "the Malian army"],
     "voice": "a local elected official", "province": "Gao region"},
    {"towns": ["Baidoa", "Kismayo", "Beledweyne", "Jowhar", "Afgoye", "Marka"],
     "actors": ["al-Shabaab militants", "Somali National Army soldiers", "AMISOM troops", "clan militias"],
     "voice": "a police officer", "province": "Lower Shabelle"},
    {"towns": ["Goma", "Beni", "Butembo", "Rutshuru", "Bunia", "Sake"],
     "actors": ["M23 rebels", "the ADF", "Congolese soldiers", "CODECO militiamen"],
     "voice": "a civil society leader", "province": "North Kivu province"},
    {"towns": ["Marib", "Taiz", "Hodeidah", "Saada", "Hajjah", "Dhale"],
     "actors": ["Houthi fighters", "the Saudi-led coalition", "government forces", "coalition aircraft"],
     "voice": "a medical source", "province": "Marib governorate"},
    {"towns": ["Sittwe", "Lashio", "Myitkyina", "Hpakant", "Loikaw", "Mindat"],
     "actors": ["the Arakan Army", "junta troops", "the Kachin Independence Army", "military jets"],
     "voice": "a resistance spokesperson", "province": "Rakhine State"},
]
INCIDENTS = [
    "On {day}, {actor} attacked a police post on the edge of {town}, killing {n} officers.",
    "{actor} shelled the market district of {town} late on {day}; {n} civilians died and {m} were hurt.",
    "A roadside bomb struck a bus travelling from {town} to {town2} on {day}, {voice} said, leaving {n} dead.",
    "Witnesses said {actor} abducted {n} farmers from fields outside {town} on {day}.",
    "{actor} claimed to have taken control of the village of {village} after two days of clashes.",
    "An air strike on a school in {town} wounded {m} children, according to {voice}.",
    "Some {k},000 residents fled {town} toward {town2} after {actor} advanced on {day}.",
    "{actor} ambushed a supply convoy near {town} on {day}, {voice} told reporters.",
    "The health centre in {town} was looted and set on fire by {actor}, {voice} said.",
    "A drone hit a fuel depot in {province} on {day}, and {actor} accused rivals of the strike.",
]
CONTEXT = [
    "Mobile phone networks were cut for most of the week, slowing the flow of information.",
    "Aid convoys waited at the checkpoint for three days before being allowed through.",
    "Farmers said they could not reach their land because of mines laid along the tracks.",
    "Talks between community elders and the authorities broke down without an agreement.",
    "Prices of millet and cooking oil doubled in the space of a month, traders said.",
    "Several of the accounts gathered could not be confirmed by independent sources.",
    "The rainy season has made many of the roads impassable for heavy vehicles.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "4 February", "19 July"]
VILLAGES = ["Tinzaouaten", "Bula Burte", "Kanyabayonga", "Khab", "Paletwa", "Ouattagouna"]


def _sentence(rng: random.Random) -> str:
    theatre = rng.choice(THEATRES)
    if rng.random() < 0.4:
        return rng.choice(CONTEXT)
    s = rng.choice(INCIDENTS).format(
        actor=rng.choice(theatre["actors"]), town=rng.choice(theatre["towns"]),
        town2=rng.choice(theatre["towns"]), village=rng.choice(VILLAGES), day=rng.choice(DAYS),
        voice=theatre["voice"], province=theatre["province"], n=rng.randint(2, 30), m=rng.randint(2, 70),
        k=rng.randint(2, 40))
    return s[0].upper() + s[1:]


def long_report(chars: int, seed: int = 11) -> str:
    """A generated report of at least `chars` characters (paragraphs of 2 to 5 sentences
    separated by blank lines). Cost: O(chars)."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < chars:
        para = " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))
        paragraphs.append(para)
        size += len(para) + 2
    return "\n\n".join(paragraphs)


if __name__ == "__main__":
    sys.stdout.write(long_report(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000))
