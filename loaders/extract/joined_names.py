"""Group names written as one hyphen-joined word: "Lashkar-e-Jhangvi", "Jamaat-ul-Ahrar",
"Hizb-ut-Tahrir", "Harakat-ul-Mujahideen". South Asian and Arabic group names join a group
word ("Lashkar", army; "Jamaat", society; "Harakat", movement; "Hizb", party) to the rest of
the name by a linking particle ("-e-", "-i-", "-ul-", "-ut-", "-al-"). English copy keeps them
as one word, so the run of title-case words that names a group (group_names.py) is a single
word: the group word is its first part. A title-case word joined so is read as a group name
where the text shows it acts (group_names.py holds the cues). Any war of the region.

Cost: one regex match of a word.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import branch, enabled
from sitgraph.loaders.extract.wordlists import word_set

GROUP_WORDS = word_set("group_name_words")
# Linking particles of such names: Persian/Urdu ezafe ("-e-", "-i-"), Arabic article ("-ul-",
# "-ut-", "-us-", "-al-", "-ud-", "-ush-").
JOINED = re.compile(r"^(?P<head>[A-Z][a-z']+)-(?:e|i|ul|ut|us|al|ud|ush|ush-Shar)-[A-Z][\w'\u2019-]+$")

JOINED_GROUP = branch("actor.joined-group-name", "a group name written as one hyphen-joined word with a group word "
                      "first ('Lashkar-e-Jhangvi', 'Jamaat-ul-Ahrar') is a group name like a run of words",
                      pos=[("On 3 May 2015, gunmen attacked a bus near Zhob, Pakistan, killing 12 passengers. "
                            "Lashkar-e-Jhangvi claimed responsibility.", ("Lashkar-e-Jhangvi", "civilians"))],
                      # named, not shown acting: no group read from the name (the parser's reading stands)
                      neg=[("On 3 May 2015, gunmen attacked a bus near Zhob, Pakistan, killing 12 passengers. "
                            "Lashkar-e-Jhangvi was banned in 2001.", ("Lashkar-e-Jhangvi", "civilians",
                                                                      "unknown gunmen"))],
                      probe=actor_names, where="sitgraph.loaders.extract.group_names._group_cand")


def joined_group_name(run: str) -> bool:
    """Is `run` one hyphen-joined word whose first part is a group word ("Lashkar-e-Jhangvi")?"""
    m = JOINED.match(run.strip())
    return enabled(JOINED_GROUP) and m is not None and m["head"] in GROUP_WORDS
