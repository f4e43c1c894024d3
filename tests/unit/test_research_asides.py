"""A report's recommendations and its sources' flight are no incidents (research_asides.py).

Small reports written for these tests in the manner of rights groups' investigation reports
(Ethiopia, Burkina Faso, Sudan, Yemen, Myanmar). Each row gives every event as (kind, role,
killed, date), compared exactly: a recommendation or an interviewee's flight must add none, and
the real acts told beside them (a flight told plainly, a witness's strike, a hedged finding
"must have fired", a bystander, a hospital that treated the wounded, an earlier attack
recalled, a cumulative toll) must stay as they were.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2025-03-14"  # a Friday


def _events(nlp, text: str) -> list[tuple]:
    """(kind, role, killed, date) of each event, aggregates included."""
    x = extracted(nlp, text, PUBLISHED)
    return [(v.kind, v.role, v.killed, v.date) for v in x.events]


ROWS: list = [
    pytest.param("The federal government should order an immediate end to air strikes on markets in Amhara.",
                 [], id="should-order-end-to-strikes"),
    pytest.param("Sudan's army and the RSF must stop shelling of markets and hospitals in Omdurman.",
                 [], id="must-stop-shelling"),
    pytest.param("Investigators interviewed 30 people by phone, among them farmers who fled to Gondar.",
                 [], id="interviewed-among-them-who-fled"),
    pytest.param("The team interviewed 12 people in May, several of whom had since fled to Kaya.",
                 [], id="interviewed-several-of-whom-fled"),
    pytest.param("Researchers spoke with 15 residents who had fled to Sittwe.",
                 [], id="spoke-with-residents-who-fled"),
    # real acts beside them stay
    pytest.param("Thousands fled the town of Kaya after soldiers shelled it on 4 March.",
                 [("Displacement", "incident", None, "2025-03-04"), ("Attack", "incident", None, "2025-03-04")],
                 id="neg-plain-flight"),
    pytest.param("A witness said a drone struck the livestock market in Dori on 2 March, killing nine people.",
                 [("Attack", "incident", 9, "2025-03-02")], id="neg-witness-strike"),
    pytest.param("Soldiers must have fired the shell that hit the school in Dori on 3 March.",
                 [("Attack", "incident", None, "2025-03-03")], id="neg-must-have-fired"),
    pytest.param("After militiamen attacked the camp in Kaya on 5 March, the government should protect the camps.",
                 [("Attack", "incident", None, "2025-03-05")], id="neg-attack-before-recommendation"),
    pytest.param("Residents who fled to Gondar said soldiers burned the village of Ginda on 6 March.",
                 # their own flight, told as theirs, stays: no one interviewed them
                 [("Displacement", "incident", None, "2025-03-06"), ("Attack", "incident", None, "2025-03-06")],
                 id="neg-witness-who-fled"),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_research_asides(nlp, text, expected):
    assert _events(nlp, text) == expected
