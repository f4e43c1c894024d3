"""Victims named again after their count: "killing two people, a nurse and a patient", "killing
three people, a mother and her two children". Wire copy, encyclopedia articles and rights
documentation of every war count the dead first and then say who they were, in an apposition;
the apposition's people are the count's, not more dead besides it.

The people after a comma restate a count of people at large ("people", "civilians", "others")
when they add up to that count exactly; a list after a count of a kind ("12 students, the
principal and two policemen") or one adding up to another figure adds to it. Pure; a look at
a few words.
"""

from __future__ import annotations

from sitgraph.loaders.extract.rules import event_tolls, rule

# Nouns that count people at large, whom an apposition may name one by one.
PEOPLE_AT_LARGE = frozenset("people persons civilians others individuals victims residents".split())


@rule("toll.restated-victims", "'killing two people, a nurse and a patient': people named in an apposition after a "
      "count of people they add up to are that count, not more",
      pos=[("A drone struck a house in Kadugli on 3 May 2024, killing three people, a mother and her two children.",
            ((3, None, None),)),
           ("A drone struck a clinic in Kadugli on 3 May 2024, killing two people, the clinic's surgeon and a patient, "
            "and wounding five.", ((2, 5, None),))],
      neg=[("A truck bomb hit a school in Qayyarah on 3 May 2024, killing 12 students, the principal and two "
            "policemen.", ((15, None, None),)),
           ("A drone struck a house in Kadugli on 3 May 2024, killing two people, a nurse and two patients.",
            ((5, None, None),))],
      probe=event_tolls, off=lambda value, np, extra_text, extra: False)
def restated(value: int, np: str, extra_text: str, extra: int) -> bool:
    """Is the list `extra_text` (adding up to `extra`) after the count `value` of the noun
    phrase `np` an apposition naming the same people?"""
    words = np.split()
    return extra == value and extra_text.lstrip().startswith(",") and bool(words) \
        and words[-1].lower() in PEOPLE_AT_LARGE
