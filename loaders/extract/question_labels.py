"""A briefing transcript's question labels are layout, not words of the report.

Transcripts of press briefings, press conferences and interviews open each reporter's turn
with a label: "QUESTION:", "Q:", "Q (Radio X):", "Reporter (agency):", "Journalist (regional
television):". Parsed as prose, the label is read as a name and as part of the question's first
clause: an actor "QUESTION", the outlet in the brackets as a place or a person, the claimer
"QUESTION" of what the question puts, and a parse of that clause gone astray ("QUESTION: There
are also reports that bandits attacked a mosque in X last Friday" lost its attack; "QUESTION
(Radio Y): General, the group said it killed 20 soldiers at X" was not joined to the attack on X
the answer had told). What a question cites has its own source inside the sentence ("The army
says ...", "Residents say ..."); the reporter asking is the source of nothing.

So in a report with two or more such labels opening a line, each label is blanked (its
characters replaced by spaces, so every offset stays the report's) in the text the parse and
the rules read. Joined: nothing; a question's sentence stays a question, its turn still no
speaker's (:mod:`speaker_turns` reads the turns from the text as published). Kept as they were:
the answerer's label ("SPOKESPERSON:", "COL. X:", whose words follow and who is their source),
a lone "Question:" line in a news story, a label inside a line.

Cost: one regex scan of the text.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import actors, rule

# The role words of a reporter's label, upper case (turn_sides reads a turn's label by them too).
QUESTION_WORDS = frozenset({"Q", "QUESTION", "REPORTER", "JOURNALIST"})
# A reporter's label: the role word (upper case or capitalised), an optional outlet or name in
# brackets, a colon and the question on the same line.
_LABEL_FORMS = sorted({form for w in QUESTION_WORDS for form in (w, w.title())})
QUESTION_LABEL = re.compile(
    rf"(?m)^[ \t]*(?:{'|'.join(_LABEL_FORMS)})"
    r"(?:[ \t]*\([^()\n]{1,60}\))?:(?=[ \t]+\S)")
# A transcript asks more than once; one "Question:" line is no run of turns.
QUESTION_RUN = 2

_BRIEFING = ("Press briefing by the army spokesman, 3 March 2025\n\n"
             "COL. OKONJO: Good morning. On Saturday, gunmen attacked a police post in Wajir, killing two "
             "officers.\n\n")


@rule("claim.question-labels", "a transcript's question labels ('QUESTION:', 'Q (Radio X):', 'Journalist:' "
      "opening a line, two or more in a report) are blanked before the parse: no actor, place or source",
      pos=[(_BRIEFING + "QUESTION (Radio Wajir): Residents say the attackers came from Somalia. Is that true?\n\n"
            "COL. OKONJO: We are still verifying.\n\n"
            "QUESTION: How many officers have been wounded?\n\nCOL. OKONJO: None.",
            ("unknown gunmen",))],
      # one question heads no run of turns: its label stays as it was
      neg=[(_BRIEFING + "QUESTION (Radio Wajir): Residents say the attackers came from Somalia. Is that true?\n\n"
            "COL. OKONJO: We are still verifying.",
            ("QUESTION", "Radio Wajir", "unknown gunmen"))],
      probe=actors, off=lambda text: text)
def without_question_labels(text: str) -> str:
    """`text` with each reporter's label at the start of a line replaced by spaces when it holds
    QUESTION_RUN or more of them; else `text` unchanged (the same object)."""
    if len(QUESTION_LABEL.findall(text)) < QUESTION_RUN:
        return text
    return QUESTION_LABEL.sub(lambda m: " " * len(m.group()), text)
