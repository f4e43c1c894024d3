"""The attackers among a sentence's dead: how many of a sentence's figures count the attackers
themselves, and whether the toll it tells already holds them.

The evaluation guide counts combatants' and civilians' deaths alike, so attackers killed in
their own attack are part of its toll, counted once:

- "the three gunmen and the bomber were also killed": the bomber named after a count of the
  attackers comes on top of it (four), not in place of it;
- "Five attackers were killed in the gunfight, bringing the death toll to 14": a toll told
  after the attackers' count is a total that holds them (14, not 19); a toll told before
  them ("the toll rose to 27, not including the four attackers") does not.

Used by :func:`sitgraph.loaders.extract.numbers.find_casualties`. Pure; a call costs a pass
over the sentence's figures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sitgraph.loaders.extract.rules import branch, enabled, event_tolls
from sitgraph.loaders.extract.toll_figures import _Figure

_Span = tuple[int, int]

NAMED_ON_TOP = branch("toll.attacker-named-on-top", "'the three gunmen and the bomber were also killed': an attacker "
                      "named after a count of attackers comes on top of it",
                      pos=[("Gunmen stormed a hotel in Mogadishu on Friday. The three gunmen and the bomber were "
                            "killed.", ((4, None, None),))],
                      neg=[("Gunmen stormed a hotel in Mogadishu on Friday. The three gunmen were killed.",
                            ((3, None, None),))],
                      probe=event_tolls, where="sitgraph.loaders.extract.toll_attackers.attackers_told")

TOLL_HOLDS_THEM = branch("toll.toll-holds-attackers", "'Five attackers were killed, bringing the death toll to 14': "
                         "a toll told after the attackers' dead holds them",
                         pos=[("Militants stormed a police station in Bannu, and five attackers were killed, bringing "
                               "the death toll to 14.", ((14, None, None),))],
                         neg=[("Militants stormed a police station in Bannu, and the death toll rose to 14, not "
                               "including the five attackers.", ((19, None, None),))],
                         probe=event_tolls, where="sitgraph.loaders.extract.toll_attackers.toll_holds_attackers")

Choose = Callable[[list[_Figure]], tuple[int | None, _Span | None]]


def attackers_told(figures: list[_Figure], choose: Choose) -> tuple[int | None, _Span | None]:
    """How many attackers the figures count dead, and where: one count chosen among those
    that may tell the same attackers twice (`choose`, as for any count), plus each attacker
    named on top of them ("and the bomber"). (None, None) when no figure counts attackers."""
    counted = [f for f in figures if f.attackers and not f.subset]
    on_top = [f for f in counted if f.more] if enabled(NAMED_ON_TOP) else []
    base, span = choose([replace(f, value=f.attackers) for f in counted if f not in on_top])
    extra = sum(f.attackers or 0 for f in on_top)
    if not extra:
        return base, span
    return (base or 0) + extra, span or on_top[0].span


def toll_holds_attackers(figures: list[_Figure], killed_span: _Span | None) -> bool:
    """Is the killed figure chosen (at `killed_span`) a toll told after every count of the
    attackers ("Five attackers were killed, bringing the death toll to 14")? Then it is a
    total that holds them."""
    if not enabled(TOLL_HOLDS_THEM) or killed_span is None:
        return False
    told = [f for f in figures if f.told_toll and f.category == "killed" and f.span == killed_span]
    counted = [f for f in figures if f.attackers]
    return bool(told and counted) and all(f.span[1] <= told[0].span[0] for f in counted)
