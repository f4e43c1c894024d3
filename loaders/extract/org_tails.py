"""Long organisation names that spaCy's ORG span cuts short.

Encyclopedic articles name bodies in full ("the Office of the United Nations High Commissioner
for Human Rights", "the Federation of Jewish Communities of Russia", "the Office for the
Presidential Adviser on the Peace Process"); the parser's ORG span often stops at the first
"of", "for" or "on" that follows a complete-looking name, or keeps a dangling "of" when the
next name is a second ORG ("the Recce Company of" / "the General Service Unit"). These
helpers give the span its full extent: the rest of a title-case run joined by "of", "for",
"on" and "the", never by "and" (two bodies listed together stay two), and never a weekday or
month (a date after a name is no part of it).
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.date_patterns import MONTH_NUMBERS, WEEKDAYS
from sitgraph.loaders.extract.rules import actors, rule

# A capitalised word of a name: not a weekday or a month, which follow names as dates.
_WORD = (rf"(?!(?:{'|'.join(w.title() for w in (*WEEKDAYS, *MONTH_NUMBERS))})\b)"
         r"[A-Z][\w'\u2019\-]*")
# The rest of a cut name: capitalised words, or a connector ("of", "for", "on", each with an
# optional "the") followed by capitalised words; several such links in a row.
_LINK = rf"(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?{_WORD})"
_TAIL = re.compile(rf"{_LINK}+")
# After a dangling connector ("the Commission on Human Rights of" / "the Philippines"): the name.
_NAME_REST = re.compile(rf"\s*(?:the\s+)?{_WORD}{_LINK}*")
# Only names built as "<head> of/for <name>" are extended: a plain name ("Hamas", "the UN")
# followed by capitalised words is more often a list or a new clause than a cut name.
_BUILT = re.compile(r"\b(?:of|for)\b")
_DANGLING = re.compile(r"\s+(?:of|for|on)(?:\s+the)?$")


@rule("actor.org-name-tail", "an ORG span built as '<head> of/for <name>' that spaCy cut short takes the "
      "title-case rest of the name; a dangling 'of' before a second body's name is dropped",
      pos=[("The Commission on Human Rights of the Philippines called for an inquiry.",
            ("Commission on Human Rights of the Philippines",)),
           ("The Federation of Jewish Communities of Russia condemned the attack.",
            ("Federation of Jewish Communities of Russia",))],
      neg=[("The Council of Europe and UNICEF condemned the attack.", ("Council of Europe", "UNICEF")),
           ("The Committee of the Red Cross on Monday said 12 people died.", ("Committee of the Red Cross",))],
      probe=actors, off=lambda text, s, e, next_body: e)
def org_name_end(text: str, s: int, e: int, next_body: bool) -> int:
    """The end of the organisation name whose ORG span is text[s:e]; `next_body` says whether
    the parser's next ORG span starts right after it. Cost: one anchored match."""
    surface = text[s:e]
    cut = _DANGLING.search(surface)
    if cut and next_body:
        return s + cut.start()  # "the Recce Company of" + "the General Service Unit": two bodies
    if not cut and not _BUILT.search(surface):
        return e
    more = (_NAME_REST if cut else _TAIL).match(text, e)
    if more is None or "\n" in more.group(0):
        return s + cut.start() if cut else e
    return more.end()


def built_name(surface: str) -> bool:
    """Is `surface` a name built as '<head> of/for <name>' ("Bar Association of Mali")? Such a
    name outranks the country or body named inside it."""
    return _BUILT.search(surface) is not None and _DANGLING.search(surface) is None


@rule("actor.body-list-and", "a body's title-case name stops at 'and' before an acronym or 'the' (two "
      "bodies listed), and runs on through 'and' inside one title",
      pos=[("The Council of Europe and UNICEF condemned the attack.", ("Council of Europe", "UNICEF"))],
      neg=[("The Ministry of Defence and Veterans Affairs said two soldiers died.",
            ("Ministry of Defence and Veterans Affairs",))],
      probe=actors, off=lambda words, i: False)
def second_body(words: list[str], i: int) -> bool:
    """Does words[i] ("and") join a second body to the name before it ("... and UNICEF",
    "... and the African Union")? "and" inside one title ("Defence and Veterans Affairs")
    goes on."""
    if words[i] != "and" or i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    return nxt == "the" or (len(nxt) > 1 and nxt.isupper())


@rule("actor.body-owner-after", "a body's title-case name runs on through a further 'of <Name>' that names "
      "its owner ('Ministry of Foreign Affairs of Pakistan')",
      pos=[("The Ministry of Foreign Affairs of Pakistan condemned the bombing.",
            ("Ministry of Foreign Affairs of Pakistan",))],
      neg=[("The Ministry of Foreign Affairs in Islamabad condemned the bombing.",
            ("Ministry of Foreign Affairs",))],
      probe=actors, off=lambda words, cut: cut)
def owner_after(words: list[str], cut: int) -> int:
    """`cut` moved past a further "of <Capitalised words>" that closes a body's title (its
    owner: "of Pakistan", "of Russia"); unchanged without one."""
    while cut + 1 < len(words) and words[cut] == "of" and re.fullmatch(_WORD, words[cut + 1]):
        cut += 2
        while cut < len(words) and re.fullmatch(_WORD, words[cut]):
            cut += 1
    return cut
