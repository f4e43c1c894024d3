"""The verbs of killing and wounding are one list (harm_verbs.py) for the toll readers that read
the same verbs: a way of killing read in one construction is read in the others. The lone
victim told by a role (lone_victims.py: "executed the district governor") and the dead listed
by name (toll_named.py: "X and Y were massacred", "executing teachers X and Y") read the verbs
the plain count reader reads ("35 people were massacred"); a verb of wounding stays a wound.

Negative rows: a role that condemns, a role that visits the wounded, a count of the dead that
the named victims are part of.

Sentences written for these tests; each row gives the (killed, wounded) of each incident or
background event, in order.
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.harm_verbs import wounds

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import tolls  # noqa: E402

ROWS = [
    # a role killed by a verb the count reader knows ("executed"), and the victims after it
    ("Gunmen executed the district governor in Kidal on Monday.", [(1, None)]),
    ("Gunmen massacred the village chief and 12 of his relatives in Kidal on Monday.", [(13, None)]),
    # a role wounded, an adverb before the verb
    ("A roadside bomb seriously wounded the police chief in Kunduz on Monday.", [(None, 1)]),
    # names told dead by the count reader's verbs: passive, a way of dying, an active participle
    ("Militants raided a village near Gao on Monday. Amadou Diallo and Moussa Traore were massacred.", [(2, None)]),
    ("Militants raided a village near Gao on Monday. Two teachers, Amadou Diallo and Moussa Traore, succumbed to "
     "their wounds.", [(2, None)]),
    ("Militants raided a village near Gao on Monday, executing teachers Amadou Diallo and Moussa Traore.",
     [(2, None)]),
    # names told maimed: wounded, not dead
    ("Militants raided a village near Gao on Monday, killing four people. Amadou Diallo and Moussa Traore were "
     "maimed.", [(4, 2)]),
    # negative: the governor condemns; the count stands alone
    ("The district governor condemned the raid on Gao on Monday, which killed four people.", [(4, None)]),
    # negative: the police chief visits the wounded, no victim of his own
    ("A roadside bomb killed four people in Kunduz on Monday; the wounded were taken to a hospital where the police "
     "chief visited them.", [(4, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_harm_verbs_read_alike(nlp, text, expected):
    assert tolls(nlp, text) == expected


@pytest.mark.parametrize(("verb", "wounding"), [
    ("wounded", True), ("seriously wounded", True), ("injuring", True), ("maimed", True), ("hurt", True),
    ("killed", False), ("shot dead", False), ("massacred", False), ("succumbed", False), ("executing", False),
])
def test_wounds_tells_wounding_from_killing(verb, wounding):
    assert wounds(verb) is wounding
