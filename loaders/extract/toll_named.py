"""The dead and wounded told by name, without a count: "Journalists Hamza Dahdouh and Mustafa
Thuraya were killed", "Constables John Mwangi and Peter Otieno died", "killing volunteers Oleh
Petrenko, Ivan Sydorenko and Maria Koval", "Havildar Niaz Ali (age 36) and Sepoy Zahid Mehmood,
having fought gallantly, embraced shahadat". Wire copy about journalists and aid workers,
police bulletins and army press releases of every war name their dead instead of counting
them; the guide counts each named person as one of the dead (or the wounded).

:func:`named_figures`, a reader of :mod:`numbers`, returns one figure per list of names, its
value the number of names, as a part of the toll (``subset``): a count told beside it ("12
people were killed, among them journalist X") stays the toll.

A name is two to four capitalised words (a rank or title before it is one of them); a single
word ("Hamas", "Kharkiv") is a side or a place, never read. A list needs its verb of harm
right after it (a parenthesis after each name and one participle clause before the verb may
stand between): "X and Y said", "X and Y were hit" tell no dead. A possessive ("Ahmed Ali's
brother") names someone else.

Pure; one cheap scan for a capitalised pair, then two patterns.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.date_patterns import MONTH_NUMBERS, WEEKDAYS
from sitgraph.loaders.extract.harm_verbs import ACTIVE_KILL, ACTIVE_WOUND, DIED, KILLED, WOUNDED, wounds
from sitgraph.loaders.extract.rules import event_tolls, none_found, rule
from sitgraph.loaders.extract.toll_figures import Figure

# Capitalised words that open a sentence or a clause, not a name ("On Sunday", "The Red Cross").
_NOT_NAME = (r"(?:The|A|An|On|In|At|By|For|From|With|After|Before|During|When|While|Police|Officials|Residents"
             rf"|{'|'.join(w.title() for w in (*WEEKDAYS, *MONTH_NUMBERS))}"
             r"|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b")
_WORD = r"[A-Z][a-z][\w'’.-]*"
_PARTICLE = r"(?:(?:al|el|bin|ibn|bint|de|da|del|dos|van|von|abu|abd|ul)[-\s])"
# One name: two to four capitalised words, particles allowed between them, no possessive after.
_NAME = rf"(?!{_NOT_NAME}){_WORD}(?:\s+{_PARTICLE}?{_WORD}){{1,3}}(?!['’]s\b)(?:\s*\([^()]{{0,80}}\))?"
_LIST = rf"(?P<list>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})"
# A participle clause between the names and the verb: ", having fought gallantly,".
_CLAUSE = r"(?:\s*,\s*[a-z][^,.;()]{0,60},)?"
_ADV = r"(?:\s+(?:also|reportedly|later|both|all|seriously|critically|badly|fatally|instantly))?"
# "X and Y were killed", "X and Y died", "X and Y were seriously wounded".
_SUBJECT = re.compile(
    rf"(?<![\w'’-]){_LIST}{_CLAUSE}(?:\s+(?:were|have\s+been|had\s+been){_ADV}\s+(?P<pverb>{KILLED}|{WOUNDED})"
    rf"|{_ADV}\s+(?P<verb>{DIED}))\b")
# "killing volunteers X, Y and Z", "the strike killed journalists X and Y" (not "was killed").
_OBJECT = re.compile(
    rf"(?<![\w-])(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?P<averb>{ACTIVE_KILL}|{ACTIVE_WOUND})"
    rf"\s+(?:(?:[a-z][\w'’-]*|[A-Z]{{2,}})\s+){{0,3}}{_LIST}(?=\s*(?:[,.;]|$|\s+(?:in|at|on|near|and|as|when|while)\b))")
_NEEDS = re.compile(r"[A-Z][a-z]\w*\s+[A-Z][a-z]")


def _names(text: str) -> int:
    """How many names the list `text` holds (parentheses set aside)."""
    bare = re.sub(r"\([^()]*\)", "", text)
    return len([p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", bare) if p.strip()])


@rule("toll.named-dead", "'journalists X and Y were killed', 'killing volunteers X, Y and Z': people named "
      "without a count are each one of the dead (or wounded)",
      pos=[("An Israeli strike hit a car in Rafah on Sunday; journalists Hamza Dahdouh and Mustafa Thuraya were "
            "killed.", ((2, None, None),)),
           ("A drone hit a van near Kherson on Monday, killing volunteers Oleh Petrenko, Ivan Sydorenko and Maria "
            "Koval.", ((3, None, None),))],
      neg=[("A drone killed a driver near Kherson on Monday; presidents Emmanuel Macron and Joe Biden condemned it.",
            ((1, None, None),)),
           ("A drone hit a van near Kherson on Monday, killing nine people, among them volunteer Oleh Petrenko and "
            "Ivan Sydorenko.", ((9, None, None),))],
      probe=event_tolls, off=none_found)
def named_figures(masked: str) -> list[Figure]:
    """A figure, a part of the toll, for each list of two or more names told killed or
    wounded in `masked` (the sentence, dates masked); [] when none."""
    if not _NEEDS.search(masked):
        return []
    out: list[Figure] = []
    for regex in (_SUBJECT, _OBJECT):
        for m in regex.finditer(masked):
            verb = m.groupdict().get("pverb") or m.groupdict().get("verb") or m.groupdict().get("averb") or ""
            category = "wounded" if wounds(verb) else "killed"
            out.append(Figure(category, _names(m["list"]), (m.start(), m.end()), subset=True))
    return out
