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

import re
from collections.abc import Callable
from dataclasses import replace

from sitgraph.loaders.extract.rules import branch, enabled, event_tolls, rule
from sitgraph.loaders.extract.toll_figures import Figure
from sitgraph.loaders.extract.wordlists import noun_alternation

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

Choose = Callable[[list[Figure]], tuple[int | None, _Span | None]]


def attackers_told(figures: list[Figure], choose: Choose) -> tuple[int | None, _Span | None]:
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


def toll_holds_attackers(figures: list[Figure], killed_span: _Span | None) -> bool:
    """Is the killed figure chosen (at `killed_span`) a toll told after every count of the
    attackers ("Five attackers were killed, bringing the death toll to 14")? Then it is a
    total that holds them."""
    if not enabled(TOLL_HOLDS_THEM) or killed_span is None:
        return False
    told = [f for f in figures if f.told_toll and f.category == "killed" and f.span == killed_span]
    counted = [f for f in figures if f.attackers]
    return bool(told and counted) and all(f.span[1] <= told[0].span[0] for f in counted)


# "The bomber died in the blast", "the attacker was killed by security guards": the lone attacker
# as the whole subject opening its clause (after "and" he is named on top of the victims, read by
# toll.and-the-attacker), with at most auxiliaries and adverbs before the verb; not "the bomber's
# brother" nor "the bomber's accomplice".
_LONE_ATTACKER = re.compile(
    r"(?i)(?:^|[.;:,]|\b(?:when|after|before|as|while|but|then|said|says|that)\b)\s*the\s+(?:lone\s+|suicide\s+)?"
    rf"(?:{noun_alternation('attacker_nouns', 'singular')})(?![\w'’-])"
    r"(?:\s+(?:was|had|has|been|is|also|later|then|himself|herself|reportedly|eventually|subsequently|too))*\s*$")


# His death told in a passive ("was shot dead") or by a verb of dying ("died"), not an active verb.
_PASSIVE_OR_DYING = re.compile(r"(?i)\b(?:was|been|is)\b|(?:died|perished|succumbed|dead)$")


@rule("toll.lone-attacker-dead", "'The bomber died in the blast' after a toll: the attacker is one of the dead, on top "
      "of the victims",
      pos=[("A suicide bomber struck a market in Damboa on Saturday, killing 22 people. The bomber died in the blast.",
            ((23, None, None),))],
      neg=[("A suicide bomber struck a market in Damboa on Saturday, killing 22 people. The bomber's brother died in "
            "the blast.", ((22, None, None),))],
      probe=event_tolls, off=lambda figure, m: figure)
def lone_attacker(figure: Figure, m: re.Match[str]) -> Figure:
    """`figure`, one dead told of a singular subject (`m`, its match; its group ``verb`` the verb),
    made the attacker's own death when the subject is the lone attacker ("the bomber"): not a
    part of a toll but a death on top of the victims, reconciled as the attackers' dead are."""
    lone = _LONE_ATTACKER.search(m.string[:m.start("verb")]) if figure.category == "killed" else None
    if lone is None or not _PASSIVE_OR_DYING.search(lone.group(0) + m["verb"]):
        return figure  # "the bomber killed himself": the act told of him, read by toll.self-and-others
    return replace(figure, subset=False, attackers=1)
