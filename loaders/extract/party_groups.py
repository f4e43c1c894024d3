"""A party that fights: an insurgent party the dictionary does not hold, named by its title
("the Communist Party of X (Maoist)", "the Workers' Party of Y"), and its fighters named by the
party's bracketed qualifier ("Maoist fighters", "the Maoists").

Encyclopedia articles and timelines of insurgencies waged by a party (a communist or
separatist party with an armed wing) open with "an assault by fighters of the X Party" and
then call its people by the word in the bracket after its name. A name holding "Party" is no
group word (group_names.py): parties mostly speak, sit in parliaments and hold rallies, so the
name alone made no actor, the attack kept no author, and "Maoist fighters" named nobody. Here
such a name is an armed group where the text shows its fighters or its attacks:

- fighters are named from it ("fighters of the X Party", "guerrillas of the X Party");
- an attack is done, claimed or carried out by it, or blamed on it ("an attack by the X Party",
  "claimed by the X Party");
- it is the subject of a verb of attack ("the X Party ambushed a convoy").

Its other uses in the report are the same group; with a one-word bracketed qualifier after the
name ("(Maoist)"), that word before a word for fighters ("Maoist guerrillas") and its plural
("the Maoists") are the group too. Stays apart: a party that only speaks, rules, campaigns or
whose members and leaders are named ("leaders of the X Party met"), a party the dictionary
holds, a name in a headline.

Cost: one regex scan of the text, then a dictionary look-up and a few regex scans per party
found.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.acronym_groups import DONE, FIGHTERS, SIDE_ACTS
from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule

_WORD = r"(?:[A-Z][\w\u2019'\-]*)"
_LINK = r"(?:of|and|for|the|de|del|du)"
# A party's title: capitalised words with "Party" among them, small linking words between
# ("Communist Party of Nepal", "Revolutionary Workers' Party"), and a one-word bracketed
# qualifier after it ("(Maoist)"), kept apart as `qual`.
PARTY = re.compile(
    rf"(?<![\w\-'\u2019])(?P<name>(?:{_WORD}[ \t]+(?:{_LINK}[ \t]+)?){{0,4}}Party(?:[ \t]+{_LINK}[ \t]+{_WORD}"
    rf"(?:[ \t]+{_WORD})?)?)(?:[ \t]+\((?P<qual>[A-Z][a-z]{{3,}})\))?")
# Acts done by a side ("an attack by", "kidnapped by"); not "held by", "led by": parties lead rallies.
_DONE = rf"(?:{DONE}|claimed|carried[ \t]+out|perpetrated)"
# Fighters named from the party, or an attack by it: the words just before the name.
# A party with an armed wing fights too ("the People's Liberation Army, the armed wing of the X Party").
BEFORE = re.compile(rf"(?i)\b(?:{FIGHTERS}[ \t]+(?:of|from)|{_DONE}[ \t]+by|blamed[ \t]+on|attributed[ \t]+to|"
                    r"(?:armed|military|guerrilla)[ \t]+wing[ \t]+of|"
                    rf"(?:attack|assault|raid|ambush|offensive|bombing)s?[ \t]+by)[ \t]+(?:the[ \t]+)?$")
# The party as the subject of a verb of attack (side_attack_verbs), after its name (and its bracket).
ACTING = re.compile(rf"[ \t]+(?:has[ \t]+|had[ \t]+|also[ \t]+|later[ \t]+)?(?:{SIDE_ACTS})\b")


@rule("actor.fighting-party", "a party's title the dictionary lacks is an armed group where its fighters or its "
      "attacks are named ('fighters of the X Party'); its bracketed qualifier names its fighters after "
      "('Maoist guerrillas', 'the Maoists')",
      pos=[("The raid was an assault by fighters of the Communist Party of Dalmora (Maoist) on a police post in "
            "Tessa. Two weeks earlier Maoist guerrillas had ambushed an army patrol near Malo.",
            ("Communist Party of Dalmora",)),
           ("The Red Guard Army, the armed wing of the Workers' Party of Dalmora, bombed a police post in Tessa on "
            "3 May 2001.", ("Red Guard Army", "Workers' Party of Dalmora"))],
      neg=[("Leaders of the Communist Party of Dalmora (Maoist) met the prime minister in Tessa on Monday.",
            ())],
      probe=actor_names, off=lambda text, actors, heads: [])
def party_group_cands(text: str, actors: ActorDictionary, heads: list[tuple[int, int]]) -> list[Cand]:
    """Armed-group candidates for every use of each fighting party of `text` (see the module)
    outside headlines: its title (with its bracket) and its qualifier's fighter uses."""
    parties: dict[str, str] = {}
    for m in PARTY.finditer(text):
        name = _without_article(m.group("name"))
        if len(name.split()) < 2 or name in parties or _in_heads(m.start(), heads) or _known(m.group(0), actors):
            continue
        before = text[max(0, m.start() - 40):m.start()]
        if BEFORE.search(before) or ACTING.match(text, m.end()):
            parties[name] = m.group("qual") or ""
    out: list[Cand] = []
    for name, qual in parties.items():
        group = "org:" + fold(name)
        forms = [rf"{re.escape(name)}(?:[ \t]+\({re.escape(qual)}\))?"]
        if qual:  # "Maoist fighters", "the Maoists": the party's own word for its people
            forms += [rf"{re.escape(qual)}[ \t]+{FIGHTERS}", rf"{re.escape(qual)}s"]
        for u in re.finditer(rf"(?<![\w\-'\u2019])(?:{'|'.join(forms)})(?![\w\-])", text):
            if not _in_heads(u.start(), heads):
                out.append(Cand(u.start(), u.end(), u.group(0), "Actor", "armed_group", group, name, rank=1))
    return out


def _known(title: str, actors: ActorDictionary) -> bool:
    """Does the dictionary name the party (its title with its bracket: "Communist Party of India
    (Maoist)")? A state named inside the title ("... of Nepal") is no name of the party."""
    at = title.find("Party")
    return actors.knows(title) or any(h.start <= at < h.end for h in actors.find(title))


def _without_article(name: str) -> str:
    """The title without a leading article the run took in ("The Communist Party ...")."""
    return re.sub(r"^(?:The|A|An)[ \t]+", "", name)


def _in_heads(start: int, heads: list[tuple[int, int]]) -> bool:
    return any(s <= start < e for s, e in heads)
