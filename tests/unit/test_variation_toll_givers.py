"""The side that gives the toll is not the attacker. Written for these tests across wars, outlets,
tenses and voices (Somalia, Cameroon, Kenya, Mali, Burkina Faso, Mozambique, Ukraine, Colombia,
Iraq, Ethiopia, Nigeria, Israel-Lebanon, Pakistan): a state or an organ of it telling its own
forces' losses ("X's defence ministry said five soldiers were killed when ...") is a side struck,
never the attack's sole armed side; and once its troops are told fighting back in a later
sentence, the incident stays the attackers' (`actor.toll-giver-struck`).

The speaker comes before its clause or after it ("..., Mali's defence ministry said"), as the
object of "according to", in the present, past and present perfect; the losses are a passive
toll, "died", "N of its soldiers", or the object of "killed".

Negative rows: the state's own side acting in the clause it tells ("its jets struck", "troops
killed 20 bandits", "troops stormed a hideout" with its own dead), a government blaming another
state's weapons, another side's soldiers, militants killed in the state's own strike, a named
group attacking.

A headline's country label over a toll update ("Pakistan: toll in Quetta bus bombing rises to 9")
is where the attack was, not its side (`actor.label-over-toll-update`); negatives: a side named
after the label, an air attack under its own country's label.
"""

import pytest

from tests.unit.incident_rows import NONE, still_missed
from tests.unit.incident_rows import side_set as _s
from tests.unit.incident_rows import sides_killed as sides

BAR = "a headline behind a label and a bar, naming no side, gives no event at all"
REACHES = "a toll that 'reaches 33' in a headline is not read as its count"

ROWS = [
    # the state's organ before the clause it tells: its own forces struck, no attacker named
    ("Somalia's defence ministry said five soldiers were killed when a roadside bomb exploded near Afgoye on "
     "Sunday.", [(NONE, 5)]),
    ("Cameroon's defence ministry said on Monday that six soldiers died when their patrol was ambushed near Mora.",
     [(NONE, 6)]),
    ("Kenya's interior ministry said four police officers were killed when their vehicle hit a roadside bomb in "
     "Mandera on Monday.", [(NONE, 4)]),
    ("Mozambique's defence ministry has confirmed that 11 of its soldiers died in an ambush near Macomia.",
     [(NONE, 11)]),
    ("Ukraine's interior ministry reported that two police officers were killed by shelling in Kherson on "
     "Wednesday.", [(NONE, 2)]),
    ("Iraq's interior ministry said a suicide bomber killed six policemen at a checkpoint in Tarmiya on Thursday.",
     [(NONE, 6)]),
    ("Colombia's defence ministry said on Saturday that three soldiers were wounded when a drone dropped "
     "explosives on their base in Cauca.", [(NONE, None)]),
    # the speaker after its clause, or after "according to"
    ("Seven soldiers were killed when an explosive device went off under their truck near Kidal on Tuesday, "
     "Mali's defence ministry said.", [(NONE, 7)]),
    ("Nine gendarmes were killed in an ambush near Djibo on Thursday, according to Burkina Faso's security "
     "ministry.", [(NONE, 9)]),
    # the toll-giver's troops fighting back in the next sentence: still the attackers' incident
    ("Burkina Faso's army says 30 soldiers were killed when hundreds of jihadists attacked a base near Djibo on "
     "Sunday. The security ministry blamed Jama'at Nusrat al-Islam wal-Muslimin and said troops had killed "
     "dozens of assailants in the fighting.", [(_s("jama'at nusrat al-islam wal-muslimin"), 30)]),
    # negatives: a named attacker; the state's own side acting; another state's weapons or soldiers
    ("The Ethiopian government said 14 federal police officers were killed when Fano militiamen attacked their "
     "camp near Gondar on Monday.", [(_s("fano"), 14)]),
    ("Somalia's defence ministry said a drone strike killed five militants near Afgoye on Sunday.",
     [(_s("somalia"), 5)]),
    ("Israel's military said its jets struck a Hezbollah depot near Tyre on Monday, killing two fighters.",
     [(_s("israel"), 2)]),
    ("Nigeria's army said troops killed 20 bandits in Zamfara on Sunday.", [(_s("nigeria"), 20)]),
    ("Pakistan's military said two soldiers were killed when troops stormed a militant hideout in North "
     "Waziristan on Friday.", [(_s("pakistan"), 2)]),
    ("Ukraine's defence ministry said Russian missiles killed three soldiers at a training ground near Dnipro.",
     [(_s("russia"), 3)]),
    ("Lebanon's army said an Israeli drone strike killed two soldiers near Tyre on Monday.", [(_s("israel"), 2)]),
    ("Hezbollah said its fighters killed three Israeli soldiers in an ambush near the border on Tuesday.",
     [(_s("hezbollah"), 3)]),
    # its troops fending off the attack in the clause it tells: attacked, not attacking
    ("The Malian army said two of its soldiers died when troops repelled an attack on a post near Boni.",
     [(NONE, 2)]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_toll_giver_is_no_attacker(nlp, text, expected):
    assert sides(nlp, text) == expected


LABEL_ROWS = [
    # a headline's country label over a toll update: where it happened, not who did it
    ("Pakistan: toll in Quetta bus bombing rises to 9", [(NONE, 9)]),
    ("Iraq - Death toll from Kirkuk market blast climbs to 27", [(NONE, 27)]),
    ("Pakistan: toll in Quetta bus bombing rises to 9\n\n"
     "A bomb planted on a bus exploded in Quetta on Monday, killing nine passengers, police said.", [(NONE, 9)]),
    # negatives: a side named after the label; an air attack under its own country's label
    ("Somalia: toll in Mogadishu hotel siege rises to 21 as al-Shabaab claims attack", [(_s("al-shabaab"), 21)]),
    ("Ukraine: death toll from Russian missile strike on Dnipro rises to 40", [(_s("russia"), 40)]),
    ("Yemen - toll from Houthi drone attack on Marib camp rises to 12", [(_s("houthis"), 12)]),
    ("Nigeria: toll in air strike on Zamfara village rises to 40", [(_s("nigeria"), 40)]),
    still_missed("Afghanistan | Death toll in Kabul mosque bombing rises to 33", [(NONE, 33)], BAR),
    still_missed("Afghanistan: Death toll in Kabul mosque bombing reaches 33", [(NONE, 33)], REACHES),
]


@pytest.mark.parametrize("text,expected", LABEL_ROWS)
def test_label_over_toll_update_is_no_side(nlp, text, expected):
    assert sides(nlp, text) == expected
