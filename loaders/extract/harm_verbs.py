"""The verbs by which a report tells people killed or wounded: one source for the toll readers
that read the same verbs, so that a way of killing read in one construction ("35 people were
massacred") is read in the others ("X and Y were massacred", "massacred the district
governor").

- :data:`KILLED`: the participles of killing after "were", "was", "have been" ("killed",
  "shot dead", "hacked to death", "neutralised"), and "dead" ("five were dead").
- :data:`DIED`: the intransitive ways of dying of a subject ("died", "perished", "lost their
  lives", "fell on the field of honour", "embraced shahadat").
- :data:`WOUNDED`: the participles of wounding ("wounded", "injured", "hurt", "maimed").
- :data:`ACTIVE_KILL` and :data:`ACTIVE_WOUND`: every form of an active verb of killing or
  wounding before its object ("killing 22", "the strike killed the governor", "wounding six").
- :func:`wounds`: is a verb read by these lists one of wounding (else of killing)?

Kept apart on purpose, each beside its reader: the nouns a count may stand before ("deaths",
"fatalities", "injuries", "wounds": toll_phrases), the ways of being treated that tell the
wounded ("hospitalised": toll_phrases), and the mixed word lists that find a harm word of any
kind in a clause or a heading (official_idioms, label_states, toll_masks).

Regular-expression fragments (alternations of whole words, no group): a pattern that uses one
closes it with a word boundary or a lookahead. Pure data, but for :func:`wounds`.
"""

from __future__ import annotations

import re

__all__ = ["ACTIVE_KILL", "ACTIVE_WOUND", "DIED", "KILLED", "WOUNDED", "wounds"]

KILLED = (
    r"killed|dead|slain|murdered|executed|shot\s+dead|martyred|assassinated|beheaded|massacred"
    r"|burned\s+to\s+death|burnt\s+to\s+death|stabbed\s+to\s+death|beaten\s+to\s+death|tortured\s+to\s+death"
    r"|hacked\s+to\s+death|gunned\s+down|mowed\s+down"
    # "were burned alive in their homes": killed by burning
    r"|burn(?:ed|t)\s+alive"
    # "30 assailants were neutralised (eliminated)": an army's word for enemies killed.
    r"|neutrali[sz]ed|eliminated"
)
DIED = (
    r"died|perished|lost\s+(?:their|his|her)\s+li(?:fe|ves)|succumbed(?:\s+to\s+(?:their|his|her)\s+(?:injuries|wounds))?"
    r"|were\s+slain"
    # "five soldiers fell on the field of honour": an army's own dead, as its statements say it
    r"|fell\s+(?:on|in)\s+the\s+field\s+of\s+(?:honou?r|battle)"
    # "two soldiers made the supreme sacrifice", "laid down their lives": the same in South Asian armies' words
    r"|made\s+the\s+supreme\s+sacrifice|laid\s+down\s+(?:their|his|her)\s+li(?:fe|ves)"
    # "four soldiers paid the supreme price", "made the ultimate sacrifice": West African and other armies' words
    r"|paid\s+the\s+(?:supreme|ultimate)\s+price|made\s+the\s+ultimate\s+sacrifice"
    # "two soldiers embraced shahadat (martyrdom)": Pakistani army statements' word for their dead
    r"|(?:embraced|attained)\s+(?:shahadat|martyrdom)"
)
WOUNDED = r"wounded|injured|hurt|maimed"
ACTIVE_KILL = (
    r"kill(?:ed|ing|s)?|massacr(?:ed|ing)|execut(?:ed|ing)|murder(?:ed|ing)|shot\s+dead|behead(?:ed|ing)"
    # "shooting dead 14 worshippers", "gunning down six guards": the participle of a lead's clause
    r"|shooting\s+dead|gunning\s+down|mowing\s+down"
    r"|assassinat(?:ed|ing)|gunned\s+down|mowed\s+down|shot\s+and\s+killed|stabbed\s+to\s+death|neutrali[sz](?:ed|ing)"
    r"|eliminat(?:ed|ing)|t(?:ook|aking)\s+out"
    # "martyring 11 police officers": a side's agency tells its own dead so
    r"|martyr(?:ed|ing)"
    # "hacked to death 14 residents", "shot and hacked to death 14 residents": the object after
    # "to death" (a long object moved behind it, as narratives write a massacre).
    r"|(?:(?:shot|shooting)\s+and\s+)?(?:hack(?:ed|ing)|stabb(?:ed|ing)|clubb(?:ed|ing)|ston(?:ed|ing)"
    r"|burn(?:ed|t|ing)|beat(?:en|ing)?|bludgeon(?:ed|ing))\s+to\s+death"
    # "hacking 23 people to death": the verb counts its object only with "to death" after it.
    r"|hack(?:ed|ing)(?=\s[^.;]{1,60}?\bto\s+death\b)"
    r"|claim(?:ed|ing)\s+the\s+lives\s+of|took\s+the\s+lives\s+of"
)
ACTIVE_WOUND = r"wound(?:ed|ing|s)?|injur(?:ed|ing|es|e)|maim(?:ed|ing)?|hurt(?:ing|s)?"

_WOUNDING = re.compile(rf"(?i)(?:{ACTIVE_WOUND})\b")


def wounds(verb: str) -> bool:
    """Is `verb` (a form read by :data:`WOUNDED` or :data:`ACTIVE_WOUND`, an adverb before it
    allowed: "seriously wounded") one of wounding rather than killing?"""
    return _WOUNDING.match(re.sub(r"(?i)^(?:seriously|critically)\s+", "", verb)) is not None
