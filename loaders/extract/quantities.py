"""Number expressions in report sentences: :func:`parse_number` reads one ("35", "1,200",
"twenty-five", "a dozen", "at least 7", "between 10 and 15"); the regular-expression
fragments that find such expressions in a sentence (``EXACT``, ``RANGE``, ``VAGUE``,
``QUALIFIERS``, ``UNITS_RE``, ``TENS_RE``) are used by :mod:`toll_phrases`.

Vague quantities ("dozens", "several") give None; ranges and qualified figures give the
conservative figure ("between 10 and 15" -> 10, "at least 7" -> 7). Pure; a call costs a
few regex operations.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import branch, enabled, event_tolls

__all__ = ["parse_number", "EXACT", "FIGURE", "figures_in", "RANGE", "VAGUE", "QUALIFIERS", "UNITS_RE", "TENS_RE"]

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_SINGLE = {"a", "an", "another", "single", "a single", "lone", "a lone"}
VAGUE = (
    r"tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands|millions"
    r"|several|many|numerous|countless|multiple|a\s+number\s+of|a\s+few|a\s+handful\s+of|some|few"
)
QUALIFIERS = (
    r"at\s+least|no\s+(?:fewer|less)\s+than|not\s+less\s+than|more\s+than|over|nearly|almost|about"
    r"|around|approximately|roughly|some|up\s+to|as\s+many\s+as|an\s+estimated|estimated|a\s+total\s+of"
    r"|fewer\s+than|less\s+than|only|just|another|a\s+further|further|all|all\s+of\s+the|the|other"
)

UNITS_RE = "|".join(sorted(_SMALL, key=len, reverse=True))
TENS_RE = "|".join(_TENS)
_ONE_TO_NINE = "one|two|three|four|five|six|seven|eight|nine"
_WORD_BELOW_100 = rf"(?:(?:{TENS_RE})(?:[-\s](?:{_ONE_TO_NINE}))?|{UNITS_RE})"
_WORD_NUMBER = (
    rf"(?:(?:{_WORD_BELOW_100}|a)\s+(?:hundred|thousand|million)(?:\s+(?:and\s+)?{_WORD_BELOW_100})?"
    rf"|{_WORD_BELOW_100})"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?!\d)|\d+(?:\.\d+)?(?:\s+(?:million|thousand))?)"
_DOZEN = r"(?:half\s+a|a|one|two|three|four|five|six)\s+dozen"
EXACT = rf"(?:{_DIGITS}|{_DOZEN}|{_WORD_NUMBER}|a\s+couple(?:\s+of)?|both)"
# The one spelling of an exact figure that every toll construction matches (a list of people,
# "N more died", "N and M respectively", "killing themselves and N", a breakdown by place, the
# attackers counted beside their victims, "another N"): digits with or without thousands
# commas ("21", "1,200"), words for 1-99 with a hyphen or a space ("twenty-one", "twenty one"),
# hundreds and thousands ("two hundred and fifty"), "a dozen", "two dozen", "half a dozen".
# Not "dozens", "scores", "hundreds": vague, no figure (eval/GUIDE.md). Lower case: the
# patterns that use it match without case. Each construction once spelled its own shorter
# alternation, so one toll was read in one wording and missed in another.
FIGURE = rf"(?:{_DIGITS}|{_DOZEN}|{_WORD_NUMBER})"
_FIGURE_RX = re.compile(rf"(?i)(?<![\w,.]){FIGURE}(?![\w-])")


def figures_in(text: str) -> list[int | None]:
    """The values of the figures of a list ("nine, six and twenty-one", "1,200 and 300"), in
    order: read by :data:`FIGURE`, so a thousands comma or a number's own "and" ("two
    hundred and fifty") splits nothing."""
    return [parse_number(m.group(0)) for m in _FIGURE_RX.finditer(text)]
RANGE = rf"(?:(?:between\s+)?{EXACT}\s*(?:-|–|to|and|or)\s*{EXACT})"


def _parse_word_number(words: list[str]) -> int | None:
    """Value of number words such as ["two", "hundred", "fifty"]; None if not one."""
    total, current, seen = 0, 0, False
    for word in words:
        if word == "and":
            continue
        if word in ("a", "an") and not seen:
            current, seen = 1, True
        elif word in _SMALL:
            current += _SMALL[word]
            seen = True
        elif word in _TENS:
            current += _TENS[word]
            seen = True
        elif word == "hundred" and seen:
            current *= 100
        elif word in ("thousand", "million", "billion") and seen:
            total += current * _SCALES[word]
            current = 0
        else:
            return None
    return total + current if seen else None


def parse_number(text: str, top: bool = False) -> int | None:
    """The value of a number expression, or None when there is none or it is vague.

    Reads digits ("35", "1,200", "1.5 million"), number words ("two", "twenty-five",
    "two hundred and fifty"), "a dozen" (12), "both" (2), "a couple" (2), and "a",
    "an", "one", "a single" as 1 (for "a nurse was killed"). Qualified figures and ranges
    give the conservative figure: "at least 7" -> 7, "between 10 and 15" and "10-15" ->
    10; with `top` (a toll, where the guide takes the largest figure given) a range gives
    its larger end, 15, but a guess joined by "or" ("two or three") still its smaller one.
    Vague quantities ("dozens", "hundreds", "tens of thousands", "several") -> None.
    Cost: a few regex operations.
    """
    t = _bare_number_text(text)
    if not t or re.fullmatch(VAGUE, t):
        return None
    if t in _SINGLE:
        return 1
    parts = re.split(r"\s*-\s*(?=\d)|\s+(?:to|and|or)\s+|(?<=\d)\s*-\s*", t, maxsplit=1)
    if len(parts) == 2 and not re.fullmatch(rf"{_WORD_NUMBER}", t):
        return _range_value(parts, top and _told_as_range(text, t))
    digits = _digit_value(t)
    return digits if digits is not None else _word_value(t)


AT_LEAST = branch("toll.at-least", "a qualified figure ('at least 7', 'more than 20') counts as its number",
                  pos=[("At least seven people were killed in an airstrike on Idlib.", ((7, None, None),))],
                  neg=[("Seven people were killed in an airstrike on Idlib.", ((7, None, None),))],
                  probe=event_tolls, where="sitgraph.loaders.extract.quantities._bare_number_text")


def _bare_number_text(text: str) -> str:
    """The expression lower-cased, spaced once, without qualifiers ("at least") or "between"."""
    t = " ".join(text.lower().replace("–", "-").split()).strip(" ,.;:")
    if enabled(AT_LEAST):
        t = re.sub(rf"^(?:(?:{QUALIFIERS})\s+)+(?=\S)", "", t)
    return re.sub(r"^between\s+", "", t)


def _told_as_range(text: str, t: str) -> bool:
    """Are the two figures of `t` (`text` bare) a range: joined by a dash or "to", or by "and"
    after "between"? A guess ("two or three") and two figures of two clauses ("rose to 87 and
    116 people were injured") are none."""
    if re.search(r"\s+or\s+", t):
        return False
    return not re.search(r"\s+and\s+", t) or re.search(r"(?i)\bbetween\s", text) is not None


def _range_value(parts: list[str], top: bool = False) -> int | None:
    """The conservative (smaller) end of a range, or with `top` its larger end; None when
    either end is not a figure.
    A scale said once at the end is both ends' ("two to three hundred" -> 200, "20 to 30
    thousand" -> 20,000)."""
    values = [parse_number(p) for p in parts]
    if not all(v is not None for v in values):
        return None
    scale = re.search(r"\b(hundred|thousand|million)$", parts[1].strip())
    if scale and values[0] is not None and values[0] < 100 and not re.search(r"hundred|thousand|million", parts[0]):
        values[0] *= _SCALES[scale.group(1)]
    return (max if top else min)(v for v in values if v is not None)


def _digit_value(t: str) -> int | None:
    """"1.5 million", "1,200", "35"; None when `t` is not written in digits."""
    if m := re.fullmatch(r"(\d+(?:\.\d+)?)\s+(million|thousand)", t):
        return int(float(m[1]) * _SCALES[m[2]])
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+", t):
        return int(re.sub(r"[,.]", "", t))
    if re.fullmatch(r"\d+", t):
        return int(t)
    return None


def _word_value(t: str) -> int | None:
    """"half a dozen", "two dozen", "both", "a couple", "two hundred and fifty"."""
    if m := re.fullmatch(rf"({_DOZEN})", t):
        head = m[1].split()[0]
        return 6 if head == "half" else 12 * (1 if head in ("a", "one") else _SMALL[head])
    if t in ("both", "a couple", "a couple of"):
        return 2
    return _parse_word_number(re.split(r"[\s-]+", t))
