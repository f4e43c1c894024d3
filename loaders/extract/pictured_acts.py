"""Acts a picture shows, not acts the report tells: "a video of medics carrying an injured girl",
"the post came with three photographs of a destroyed school", "a photograph of a burning truck
shared as the strike's".

Fact-checks, investigations and wire copy describe the pictures that circulate about an
incident. What a photograph, a video or footage shows is evidence about an incident the report
tells elsewhere (or a picture of another place and year); read as an act, it opens an event of
its own with no day, no toll and the picture's place. A trigger inside the "of" phrase of a
picture noun, or inside a participle the parser hangs on the picture noun ("a video of medics
carrying an injured girl"), tells no incident.

What a picture "shows" is left alone: "a video filmed the next morning shows a second strike
on a house" tells an incident by its evidence (tests/unit/test_variation_news_dates3.py).

Pure function over a spaCy token; cost: a climb of at most a few heads.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.picture_dates import PICTURE_NOUNS
from sitgraph.loaders.extract.rules import event_kinds, no, rule

CLIMB = 4


@rule("event.pictured-act", "'a video of medics carrying an injured girl', 'photographs of a destroyed school': "
      "what a picture is of is no incident of its own",
      pos=[("Shells hit the market of Kafr Nabl on Tuesday, killing five people. The post came with three "
            "photographs of a destroyed school.", ("Attack",)),
           ("Shells hit the market of Kafr Nabl on Tuesday, killing five people. A video of medics carrying an "
            "injured girl out of the clinic is authentic, we found.", ("Attack",)),
           ("Shells hit the market of Kafr Nabl on Tuesday, killing five people. A photograph of a burning truck, "
            "shared on Tuesday, was taken in Homs in 2019.", ("Attack",))],
      neg=[("Shells hit the market of Kafr Nabl on Tuesday, killing five people. Militants destroyed a school in "
            "Saraqib on Sunday.", ("Attack", "Attack")),
           ("Shells hit the market of Kafr Nabl on Tuesday, killing five people. A photographer was wounded when a "
            "drone struck a car in Saraqib on Sunday.", ("Attack", "Attack"))],
      probe=event_kinds, off=no)
def pictured_act(tok: Any) -> bool:
    """Is trigger `tok` what a picture is of: inside the "of" phrase of a picture noun ("footage
    of the shelling", "photographs of a destroyed school") or inside a participle hung on a
    picture noun ("a video of medics carrying an injured girl"; the trigger itself hung there,
    "images captured over X", is event.picture-taken's)? Returns True when so."""
    t = tok
    for _ in range(CLIMB):
        head = t.head
        if head.i == t.i:
            return False
        if t.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PICTURE_NOUNS:
            return True
        if t.dep_ == "acl" and t.i != tok.i and head.lemma_.lower() in PICTURE_NOUNS:
            return True  # "a video of medics carrying an injured girl", the participle parsed on the video
        if head.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "acl", "dobj"):
            return False  # the climb left the phrase: a clause of its own
        t = head
    return False

