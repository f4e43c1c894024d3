"""Standing relations read from short texts."""


from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract


def relations(nlp, text):
    x = extract(Report.from_text(text, published="2019-05-07"), nlp=nlp)
    names = {e.id: e.name for e in x.entities}
    return {(r.type, names[r.source], names[r.target]) for r in x.relations}


def test_member_of_from_apposition(nlp):
    rels = relations(nlp, 'Ahmad Sheykho, media director of the White Helmets, said the hospital was hit.')
    assert ("MEMBER_OF", "Ahmad Sheykho", "White Helmets") in rels


def test_located_in_and_operated_by(nlp):
    rels = relations(nlp, "Regime shelling hit the village of Kafr Zita in Hama Province and a Turkish "
                          "observation post.")
    assert ("LOCATED_IN", "Kafr Zita", "Hama") in rels
    assert ("OPERATED_BY", "Turkish observation post", "Turkey") in rels


def test_allied_with_from_joint_attack_and_alongside(nlp):
    rels = relations(nlp, "Russian warplanes and regime artillery pounded Khan Shaykhun on Monday.")
    assert ("ALLIED_WITH", "Russia", "Syrian government") in rels or (
        "ALLIED_WITH", "Syrian government", "Russia") in rels
    rels = relations(nlp, "Turkey, whose forces have fought alongside rebels since 2016, said nothing.")
    assert any(r[0] == "ALLIED_WITH" and {r[1], r[2]} == {"Turkey", "rebels"} for r in rels)


def test_party_to_and_part_of(nlp):
    rels = relations(nlp, "Russia and Turkey announced a demilitarized zone. The Russian Center for Reconciliation "
                          "said rebels shelled Khmeimim airbase.")
    assert ("PARTY_TO", "Russia", "demilitarized zone") in rels
    assert ("PARTY_TO", "Turkey", "demilitarized zone") in rels
    assert ("PART_OF", "Russian Center for Reconciliation", "Russia") in rels
