"""The vocabulary of casualty phrases, as regular expressions: counts of people (not ages,
times or measures), harm verbs by category (killed, wounded, displaced, abducted), the noun
phrase after a count, subjects and objects joined by "and", and the compiled patterns of
each family of phrasings ("35 people were killed", "killing 22", "5 dead", "the death toll
rose to 12", "three children among the dead", "no one was hurt", "he died").

:mod:`numbers` reads figures with them. Compiling costs a few milliseconds once at import.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.harm_verbs import ACTIVE_KILL, ACTIVE_WOUND, DIED, KILLED, WOUNDED
from sitgraph.loaders.extract.possessed_victims import NOT_SPEAKER, POSSESSED_ONE
from sitgraph.loaders.extract.quantities import EXACT, QUALIFIERS, RANGE, TENS_RE, UNITS_RE, VAGUE
from sitgraph.loaders.extract.speech_verbs import statement_verbs

# A count of people: qualifiers, then a range, an exact figure, a vague quantity or an
# article. It must not be an age, a time, a measure or part of a longer number.
_NOT_AFTER_NUMBER = (
    r"(?!\d|[A-Za-z]|[\w,.:/]\d|-(?:year|month|week|day)|\s*(?:%|per\s*cent|percent)|\s+(?:years?|months?|weeks?)[\s-]+old"
    r"|\s*(?:-|\s)(?:km|kilomet\w*|miles?|met(?:er|re)s?|m\b|hours?|hrs|minutes?|days?|weeks?|months?|years?"
    r"|times|GMT|UTC|LT\b|am\b|pm\b|a\.m\.|p\.m\.|o'clock))"
)
# An article counts one person ("a nurse was killed"), but not after a preposition
# ("staff of a Syrian NGO were killed"); "another" counts one more.
_ARTICLE = (
    r"(?<!\bof\s)(?<!\bin\s)(?<!\bat\s)(?<!\bby\s)(?<!\bon\s)(?<!\bto\s)(?<!\bfor\s)(?<!\bwith\s)"
    r"(?<!\bfrom\s)(?<!\binto\s)(?:an?|another)(?=\s)"
)
COUNT = (
    rf"(?P<n>(?i:(?:(?:{QUALIFIERS})\s+)*(?:{RANGE}|{EXACT}|{VAGUE}|a\s+single|{_ARTICLE}))"
    rf"{_NOT_AFTER_NUMBER})"
)
# Not inside a longer number or word, and not "no one" (a negation, read apart).
# Not "a father of five" (his children, not victims).
NUMBER_START = r"(?<![\w,.\-–/:$£€])(?<![Nn]o\s)(?<![Nn]o-)(?<!father\sof\s)(?<!mother\sof\s)(?<!parent\sof\s)"

AUX_PASSIVE = r"(?:were|was|are|is|been|being|be|have\s+been|has\s+been|had\s+been|got|get|gets|remain|remained)"
_AUX_ACTIVE = r"(?:have|has|had|were|was|are|is|reportedly|also)"
_ADVERBS = (
    r"(?:reportedly|reported|allegedly|also|later|subsequently|eventually|then|all|both|each|seriously|critically"
    r"|severely|badly|gravely|fatally|mortally|lightly|slightly|moderately|instantly|immediately|initially"
    r"|believed\s+to\s+have\s+been|said\s+to\s+have\s+been|confirmed|feared|reported\s+to\s+have\s+been|now|so\s+far"
    r"|apparently|tragically|ultimately|further|being|found)"
)

_KILLED = KILLED
# A subject's ways of dying, and the nouns a count stands before ("12 deaths"): toll_phrases' own.
_DIED = rf"{DIED}|deaths|fatalities"
# The wounded, and the nouns a count stands before ("40 injuries").
_WOUNDED = rf"{WOUNDED}|injuries|wounds"
# "15 people were being treated for injuries", "40 were hospitalised": the wounded.
# "40 were taken to hospital", "are being treated in hospital": the wounded.
_TREATED = (r"treated\s+for\s+(?:\w+\s+){0,2}?(?:and\s+\w+\s+)?(?:injuries|wounds|burns)|hospitali[sz]ed"
            r"|(?:taken|rushed|admitted|brought|evacuated|transferred)\s+to\s+(?:(?:a|the|local|nearby)\s+){0,2}"
            r"hospitals?|treated\s+(?:in|at)\s+(?:(?:a|the|local|nearby)\s+){0,2}hospitals?")
SUSTAINED = r"(?:sustained|suffered|received)\s+(?:\w+\s+){0,2}?(?:injuries|injury|wounds|wound|burns)"
_DISPLACED = r"displaced|uprooted|made\s+homeless|forcibly\s+displaced|internally\s+displaced"
_FLED = r"fled|were\s+forced\s+to\s+flee|were\s+forced\s+to\s+leave|were\s+forced\s+from\s+their\s+homes"
_ABDUCTED = (
    r"abducted|kidnapped|detained|arrested|taken\s+hostage|taken\s+captive|held\s+hostage"
    r"|forcibly\s+disappeared|taken\s+prisoner"
)

CATEGORY_OF = (
    ("killed", re.compile(rf"^(?:{_KILLED}|{_DIED})$", re.I)),
    ("wounded", re.compile(rf"^(?:{_WOUNDED}|{SUSTAINED}|{_TREATED})$", re.I)),
    ("displaced", re.compile(rf"^(?:{_DISPLACED}|{_FLED})$", re.I)),
    ("abducted", re.compile(rf"^(?:{_ABDUCTED})$", re.I)),
)

VERB = rf"(?:{_KILLED}|{_DIED}|{_WOUNDED}|{SUSTAINED}|{_DISPLACED}|{_FLED}|{_ABDUCTED})"

# Words that end the noun phrase after a count ("35 people", "two Turkish soldiers").
_NP_STOP = (
    r"(?:were|was|is|are|been|be|being|have|has|had|or|but|who|whom|which|that|when|while|after|before"
    r"|in|on|at|by|during|from|with|as|since|near|into|for|to|including|among|amongst|reportedly|also"
    rf"|{VERB}"
    # Verbs that begin a new clause ("killing 22 and injuring 40").
    r"|(?:kill|wound|injur|maim|abduct|kidnap|detain|arrest|displac|forc|leav|destroy|damag|target|fir)\w*"
    r"|left|hit|caus\w*)"
)
# "\d+": a figure of two digits or more is a number word too ("killed 10 soldiers and 25 militants").
_NUMBER_WORD = rf"(?:{UNITS_RE}|{TENS_RE}|another|both|dozens|hundreds|thousands|\d+(?!-))"
# A count after "and" may have a possessive before it: "a woman and her two children".
_NEXT_COUNT = rf"(?:(?:(?:his|her|their)\s+)?(?:{_NUMBER_WORD}|an?|another)|(?i:{POSSESSED_ONE}))"
_NP_WORD = (
    rf"(?!(?:{_NP_STOP}|{_NUMBER_WORD}|and\s+{_NEXT_COUNT}|and\s+\w+\s+(?:{VERB}))\b)"
    r"(?:[A-Za-z][\w'’.-]*|\d+-(?:year|month|week)s?-old)"
)
# "male national INGO staff", "NGO aid volunteer and media activist" (one person).
NP = rf"(?:\s+(?:and\s+(?!{_NEXT_COUNT}\b))?{_NP_WORD}){{0,9}}?"
# Greedy, where a list may follow the noun phrase (objects of an active verb).
_NP_ALL = rf"(?:\s+(?:and\s+(?!{_NEXT_COUNT}\b))?{_NP_WORD}){{0,9}}"
# A modifier between a subject and its verb: "paramedics traveling on the outskirts of
# Idlib were killed"; it may not hold a count of its own (checked after matching).
_MODIFIER = (
    r"(?P<mod>(?:\s+(?:who|that|\w+ing|in|at|from|of|for|near|inside|outside|on|with|under|based|stationed|funded)\b"
    r"[^.;:]{0,80}?,?)?)"
)
# An aside between a subject and its verb: "Thirteen civilians, including five children, were".
_ASIDE = r"(?:\s*,[^,;.]{1,80},)?"
# Things counted that are not victims, when they head the noun phrase.
_NOT_VICTIMS = (
    r"rockets?|missiles?|shells?|mortars?|bombs?|barrel\s+bombs?|strikes?|airstrikes?|air\s+strikes?|raids?"
    r"|attacks?|explosions?|instances?|incidents?|drones?|posts?|vehicles?|cars?|tanks?|buildings?|houses?"
    r"|homes?|facilities|hospitals?|schools?|villages?|towns?|families|households|km|kilometres|kilometers|shots"
    r"|bodies|corpses"
)
# What an active verb's object count may not be followed by.
_AFTER_OBJECT = rf"(?!\s+(?:{_NOT_VICTIMS})\b)"

ADV = rf"(?:\s+(?i:{_ADVERBS}))*"
# Further verbs for the same subject: "was abducted by gunmen and shot and killed".
_CHAIN = (
    r"(?P<chain>(?:(?:\s+by(?:\s+[\w'’-]+){1,6}?)?,?\s+(?:and|or)\s+"
    r"(?:(?:later|then|subsequently|shot|tortured|beaten|also)\s+(?:and\s+)?){0,3}"
    rf"(?:{VERB})\b)*)"
)

# "a woman and her two children were killed": after "and", a possessive may come before the count.
SUBJECT = rf"(?:(?<=\band\s)(?i:his|her|their)\s+)?{NUMBER_START}\b{COUNT}(?P<np>{NP}){_ASIDE}"
_COUNT_ANON = COUNT.replace("?P<n>", "")
# Subjects joined by "and" ("two paramedics and one ambulance driver") add up.
_COORDINATED = (
    rf"(?P<coord>{NUMBER_START}\b(?:{_COUNT_ANON}{NP}\s*,\s*)*{_COUNT_ANON}{NP},?\s+and\s+)?"
)
# Objects joined the same way: "killing a nurse, an ambulance driver, and a volunteer".
# A definite singular person in a list of victims: "12 students, the school principal and two policemen".
# Its words are no speech verb ("..., the commander said"): a statement's verbs with the plain
# "say", without "announced" and "confirmed", as the rule was measured.
_NOT_NP_WORD = statement_verbs(without={"announced", "confirmed"}, extra=("say",))
DEFINITE_ONE = (rf"the(?:\s+(?!(?:{_NOT_NP_WORD})\b){_NP_WORD}){{1,3}}?"
                r"(?<![sS])(?<!police)(?<!people)(?<!military)(?<!army)")
_MORE_OBJECTS = (
    rf"(?P<more>(?:\s*,\s*(?!\S+\s+of\s+(?:them|whom))(?:{_COUNT_ANON}{_NP_ALL}|{DEFINITE_ONE}"
    # ", his wife and their three children": a possessed person inside the list (possessed_victims.py)
    rf"|(?i:{POSSESSED_ONE}){NOT_SPEAKER}))*"
    rf",?\s+(?:and|as\s+well\s+as)\s+(?!\S+\s+of\s+(?:them|whom))(?:(?:(?:his|her|their)\s+)?{_COUNT_ANON}{_NP_ALL}"
    # "and his driver": one person by a possessive, no count (possessed_victims.py)
    rf"|(?i:{POSSESSED_ONE}))"
    r"(?!\s+(?:were|was|had|have|are|is)\b))?"
)

PASSIVE = re.compile(
    rf"{_COORDINATED}{SUBJECT}{_MODIFIER}\s+(?i:{AUX_PASSIVE}){ADV}"
    r"\s+(?:(?i:shot|stabbed|beaten|tortured|hit|struck|attacked|assaulted)\s+and\s+)?"
    rf"(?P<verb>(?i:{_KILLED}|{_WOUNDED}|{_TREATED}|{_DISPLACED}|{_ABDUCTED}))\b{_CHAIN}"
)
INTRANSITIVE = re.compile(
    rf"{_COORDINATED}{SUBJECT}{_MODIFIER}(?:\s+(?i:{_AUX_ACTIVE}))?{ADV}\s+(?P<verb>(?i:{_DIED}|{SUSTAINED}|{_FLED}))\b"
)
# "35 killed", "two others wounded", "5 dead, 12 injured", "12 fatalities".
BARE = re.compile(
    # Not "killed 35 people and wounded ...": a verb after "and" starts a clause of its own.
    rf"{_COORDINATED}{SUBJECT}{ADV}\s+(?<!\band\s)(?P<verb>(?i:{_KILLED}|{_WOUNDED}|{_DISPLACED}|{_ABDUCTED}|deaths|fatalities))\b"
    rf"(?!\s+(?:{_ADVERBS}\s+)?(?:\d|(?i:{EXACT}|the|his|her|their|its|at\s+least|more\s+than|some)\b))"
)
# The harm words BARE needs: a sentence without one has no bare figure (a cheap first scan).
BARE_VERB = re.compile(rf"(?i:{_KILLED}|{_WOUNDED}|{_DISPLACED}|{_ABDUCTED}|deaths|fatalities)")
ACTIVE_DISPLACE = r"displac(?:ed|ing|es|e)|uproot(?:ed|ing|s)?"
ACTIVE_ABDUCT = (
    r"abduct(?:ed|ing|s)?|kidnap(?:ped|ping|s)?|detain(?:ed|ing|s)?|arrest(?:ed|ing|s)?|t(?:ook|aking)\s+hostage"
)
ACTIVE = re.compile(
    r"\b(?<!\bbeen\s)(?<!\bwere\s)(?<!\bwas\s)"
    rf"(?P<verb>(?i:{ACTIVE_KILL}|{ACTIVE_WOUND}|{ACTIVE_DISPLACE}|{ACTIVE_ABDUCT}))"
    rf"(?:\s+(?i:a\s+total\s+of))?\s+{NUMBER_START}{COUNT}(?P<np>{_NP_ALL}){_AFTER_OBJECT}{_MORE_OBJECTS}"
)
FORCED = re.compile(rf"(?i:\bforc(?:ed|ing|es)\s+){NUMBER_START}{COUNT}(?P<np>{NP})\s+(?i:to\s+(?:flee|leave))\b")
TOLL = re.compile(
    rf"(?P<what>(?i:death\s+toll|toll|number\s+of\s+(?:dead|deaths|fatalities|people\s+killed|those\s+killed|victims)"
    rf"|number\s+of\s+(?:injured|wounded|people\s+injured|people\s+wounded|injuries)))\b[^.;]{{0,100}}?"
    rf"\b(?i:to|at|of|reached|hit|is|was|now|stands\s+at|stood\s+at)\s+{NUMBER_START}{COUNT}"
)
AMONG = re.compile(
    rf"{SUBJECT}(?:\s+(?i:were|was|are|is))?\s+(?i:among|amongst)\s+(?:the\s+)?(?:\w+\s+){{0,3}}?"
    rf"(?P<verb>(?i:dead|killed|fatalities|victims\s+killed|injured|wounded))\b"
)
SUBSET_BEFORE = re.compile(
    r"(?i:\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|amongst\s+them|incl\.))\s*(?:[^\s]+\s+){0,3}$"
)

# One named or referred-to victim: "he later succumbed", "the director was killed". A
# lower bound, used only when the sentence gives no figure.
SINGULAR = re.compile(
    rf"(?i:\b(?:he|she|(?:the|this|that|his|her)(?:\s+{_NP_WORD}){{0,3}}?\s+{_NP_WORD}(?<![sS])))"
    # A name in apposition: "The mayor, Abdirahman Omar Osman, was seriously wounded".
    r"(?:\s*,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}\s*,)?"
    rf"(?:\s+(?i:{AUX_PASSIVE}|{_AUX_ACTIVE}))?{ADV}\s+"
    rf"(?:(?i:shot|stabbed|beaten|tortured)\s+and\s+)?(?P<verb>(?i:{_KILLED}|{_DIED}|{_WOUNDED}|{_ABDUCTED}))\b"
    # "the strike on the neighbourhood killed dozens of civilians": an active verb with an
    # object (a count, vague or not) makes the singular noun the killer, not a victim.
    rf"(?!\s+(?:the|a|an|\d|(?i:{VAGUE})|{_NUMBER_WORD})\b)"
)
# Singular nouns that stand for many people or none ("the army was hurt").
COLLECTIVE = frozenset(
    "army regime government group town city village economy country party movement coalition alliance force"
    " brigade battalion militia unit offensive ceasefire process deal hospital building family population"
    " community team convoy crew staff opposition military police administration organisation organization"
    " front camp district area region province neighbourhood neighborhood quarter market street".split()
)
PLURAL_NOUN_VERB = re.compile(r"(?i)(?:deaths|fatalities|injuries|wounds)$")
NEG_SUBJECT = re.compile(
    rf"(?i:\b(?:no\s*one|nobody|none(?:\s+of\s+(?:the|its|their|our|his|her)\s+\w+)?"
    r"|no\s+(?:people|persons?|civilians?|staff|one\s+else|other\s+\w+|\w+\s+members?))"
    rf"(?:\s+\w+){{0,2}}?\s+(?:was|were|has\s+been|have\s+been|had\s+been|got|is|are|reported|reportedly)?{ADV}\s*)"
    rf"(?P<verb>(?i:killed|dead|died|wounded|injured|hurt|harmed))\b"
)
NEG_NOUN = re.compile(
    r"(?i:\b(?:no|without(?:\s+causing)?(?:\s+any)?|not\s+cause\s+any|no\s+reported|zero)\s+(?:reported\s+|immediate\s+"
    r"|known\s+|human\s+|civilian\s+)?)"
    r"(?P<a>casualties|casualites|causalities|causualties|deaths|fatalities|injuries|injured|dead|loss\s+of\s+life|loss\s+of\s+lives|victims)"
    r"(?:\s+(?:or|and|nor)\s+(?P<b>casualties|deaths|fatalities|injuries|injured|dead|loss\s+of\s+life))?\b"
)
NEG_CATEGORIES = {
    "casualties": ("killed", "wounded"), "casualites": ("killed", "wounded"),
    "causalities": ("killed", "wounded"), "causualties": ("killed", "wounded"), "victims": ("killed", "wounded"),
    "deaths": ("killed",), "fatalities": ("killed",), "dead": ("killed",), "loss of life": ("killed",),
    "loss of lives": ("killed",), "injuries": ("wounded",), "injured": ("wounded",),
    "killed": ("killed",), "died": ("killed",), "wounded": ("wounded",),
    "hurt": ("wounded", "killed"), "harmed": ("wounded", "killed"),
}

NOT_VICTIMS_RE = re.compile(rf"^(?i:(?:\S+\s+){{0,5}}?(?:{_NOT_VICTIMS}))$")
