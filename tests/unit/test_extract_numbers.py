"""Numbers and casualty counts in report sentences."""

import pytest

from sitgraph.loaders.extract.numbers import Casualties, find_casualties, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("35", 35),
        ("1,200", 1200),
        ("323,000", 323000),
        ("two", 2),
        ("Twenty-five", 25),
        ("twenty five", 25),
        ("two hundred and fifty", 250),
        ("a hundred", 100),
        ("three thousand", 3000),
        ("1.5 million", 1_500_000),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("one", 1),
        ("a", 1),
        ("an", 1),
        ("both", 2),
        ("at least 7", 7),
        ("more than 20", 20),
        ("between 10 and 15", 10),
        ("10-15", 10),
        ("10 to 15", 10),
        ("dozens", None),
        ("hundreds", None),
        ("tens of thousands", None),
        ("several", None),
        ("", None),
        ("shelling", None),
    ],
)
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("between 10 and 15", 15), ("10-15", 15), ("10 to 15", 15), ("two to three hundred", 300),
     ("two or three", 2), ("87 and 116", 87), ("at least 7", 7), ("35", 35), ("dozens", None)],
)
def test_parse_number_top_of_a_range(text: str, value: int | None) -> None:
    assert parse_number(text, top=True) == value


def counts(sentence: str) -> tuple[int | None, int | None, int | None, int | None]:
    c = find_casualties(sentence)
    return c.killed, c.wounded, c.displaced, c.abducted


K, W, D, A = 0, 1, 2, 3


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Passive and elliptic.
        ("At least 35 people have been killed and 89 wounded since last Tuesday.", (35, 89, None, None)),
        ("Two Turkish soldiers were wounded by regime shelling of one of 12 observation posts.", (None, 2, None, None)),
        ("One male national INGO staff was killed and two others wounded.", (1, 2, None, None)),
        ("A nurse was killed in the strike.", (1, None, None, None)),
        ("Four INGO workers were injured and a hospital was damaged.", (None, 4, None, None)),
        ("Three national NGO volunteers were killed, and three other volunteers were also seriously injured.",
         (3, 3, None, None)),
        ("One staff lost his life and the other two were seriously injured.", (1, 2, None, None)),
        ("Five civilians died in the blast.", (5, None, None, None)),
        ("Seven fighters were slain near the road.", (7, None, None, None)),
        ("Eleven people lost their lives when the market was hit.", (11, None, None, None)),
        ("Two health workers were also hurt.", (None, 2, None, None)),
        ("Two volunteers sustained serious injuries.", (None, 2, None, None)),
        # Active.
        ("The strike hit the market, killing 22 and injuring 40.", (22, 40, None, None)),
        ("Regime warplanes killed 22 civilians in Idlib.", (22, None, None, None)),
        ("The raid also killed 3 and injured 12 other civilians.", (3, 12, None, None)),
        ("The shelling injured one patient.", (None, 1, None, None)),
        # Bare figures.
        ("The blast left 5 dead and 7 injured.", (5, 7, None, None)),
        ("5 dead, 12 injured in Aleppo.", (5, 12, None, None)),
        ("10-15 killed in the raid.", (15, None, None, None)),  # a range: its top
        ("Officials reported 12 fatalities and 30 injuries.", (12, 30, None, None)),
        # Tolls and parts of a toll.
        ("The death toll rose to 12.", (12, None, None, None)),
        ("The toll has climbed to at least 40, medics said.", (40, None, None, None)),
        ("Three children were among the dead.", (3, None, None, None)),
        ("Thirteen civilians were killed, including five children and two women.", (13, None, None, None)),
        ("11 people were killed, including a pharmacist and his two children.", (11, None, None, None)),
        ("Airstrikes killed at least 12 people in Maarat al-Numan.", (12, None, None, None)),
        ("The bombing claimed the lives of 7 civilians.", (7, None, None, None)),
        ("Four people were reported killed in the clashes.", (4, None, None, None)),
        ("The attack left 9 people dead and dozens wounded.", (9, None, None, None)),
        ("Five members of the same family were killed.", (5, None, None, None)),
        ("Twelve people, among them three children, died in the strike.", (12, None, None, None)),
        ("Russian missiles struck Kharkiv, wounding 23 people including four children.", (None, 23, None, None)),
        ("The number of dead has risen to 60.", (60, None, None, None)),
        ("Shelling killed 3 people on 12 March.", (3, None, None, None)),
        ("Fighters from the 5th Corps killed 2 soldiers.", (2, None, None, None)),
        # Coordinated subjects add up.
        ("Two paramedics and one ambulance driver were killed.", (3, None, None, None)),
        ("Two patients and one health worker injured in the bombing.", (None, 3, None, None)),
        ("Jets hit the station, killing a nurse, an ambulance driver, and a volunteer.", (3, None, None, None)),
        ("Gunmen killed two soldiers and a policeman at the checkpoint.", (3, None, None, None)),
        ("The strike killed 5 people, 3 of them children.", (5, None, None, None)),
        ("The blast killed 4 civilians and 2 were injured.", (4, 2, None, None)),
        ("One male NGO aid volunteer and media activist was killed.", (1, None, None, None)),
        ("Two INGO employees, a paramedic and an ambulance driver, were killed.", (2, None, None, None)),
        ("3 male national staff members of a Syrian NGO were reportedly killed.", (3, None, None, None)),
        ("In the attack one staff member was killed and another was wounded.", (1, 1, None, None)),
        ("A male nurse was killed and a doctor was amongst the several civilians injured.", (1, 1, None, None)),
        ("Three paramedics traveling on the outskirts of Idlib were killed.", (3, None, None, None)),
        ("One staff member was shot and wounded when soldiers raided the office.", (None, 1, None, None)),
        # Vague figures give nothing.
        ("Dozens were killed in the offensive.", (None, None, None, None)),
        ("They said dozens were killed or wounded on both sides.", (None, None, None, None)),
        ("Hundreds of civilians have been injured.", (None, None, None, None)),
        # Qualifiers: the stated figure; a range: its top, the largest figure given (a guess
        # joined by "or" keeps its smaller figure).
        ("Between 10 and 15 people were killed.", (15, None, None, None)),
        ("Two or three people were killed.", (2, None, None, None)),
        ("At least 7 were killed.", (7, None, None, None)),
        ("More than 20 civilians were killed.", (20, None, None, None)),
        # Negations.
        ("No casualties were reported.", (0, 0, None, None)),
        ("There were no injuries.", (None, 0, None, None)),
        ("No one was hurt.", (0, 0, None, None)),
        ("Nobody was killed in the attack.", (0, None, None, None)),
        ("The strike caused no deaths or injuries.", (0, 0, None, None)),
        ("No one was killed but 3 people were injured.", (0, 3, None, None)),
        # Displacement.
        ("Tens of thousands have been displaced.", (None, None, None, None)),
        ("The offensive has left 323,000 displaced.", (None, None, 323000, None)),
        ("The offensive forced 5,000 people to flee.", (None, None, 5000, None)),
        ("Some 2,000 residents have fled the town.", (None, None, 2000, None)),
        ("Over 1 million people have been displaced since December.", (None, None, 1_000_000, None)),
        ("Ten thousand people fled the fighting.", (None, None, 10000, None)),
        ("500 families were displaced.", (None, None, None, None)),
        ("The fighting displaced 40,000 people.", (None, None, 40000, None)),
        # Abduction.
        ("Gunmen abducted three aid workers.", (None, None, None, 3)),
        ("Two doctors were kidnapped by HTS.", (None, None, None, 2)),
        ("Police detained 14 protesters.", (None, None, None, 14)),
        ("One aid worker was abducted and killed.", (1, None, None, 1)),
        ("A volunteer was kidnapped by unknown gunmen and shot and killed.", (1, None, None, 1)),
    ],
)
def test_find_casualties(sentence: str, expected: tuple[int | None, ...]) -> None:
    assert counts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "There have been more than 900 instances of artillery shelling since the campaign began.",
        "Regime forces shelled one of 12 Turkish observation posts.",
        "36 rockets were fired in two attacks.",
        "The 15 to 20-km demilitarized zone was breached.",
        "UPDATE, 1145 GMT: footage was posted.",
        "The hospital was hit at 2:00pm, three days after the last strike.",
        "At least five medical facilities have been destroyed or damaged in the past 72 hours.",
        "Forces may attack the town in the coming days.",
        "Two airstrikes hit the market.",
    ],
)
def test_not_casualties(sentence: str) -> None:
    assert find_casualties(sentence) == Casualties()


def test_one_referred_victim_counts_only_without_a_figure() -> None:
    assert counts("The volunteer sustained a head wound which he later succumbed to.")[K] == 1
    assert counts("The director of the office was killed when forces fired a missile.")[K] == 1
    assert counts("His brother was kidnapped.")[A] == 1
    assert counts("The strike killed the commander and 3 others were killed.")[K] == 3
    assert counts("The victims were killed instantly.")[K] is None
    assert counts("The Syrian army was hurt by the losses.")[W] is None


def test_ages_are_not_counts() -> None:
    assert counts("A 12-year-old boy was killed.") == (1, None, None, None)
    assert counts("Two boys, aged 12 and 14, were killed.") == (2, None, None, None)


def test_dates_are_not_counts() -> None:
    assert counts("On May 3 people were killed in Idlib.")[K] is None
    assert counts("On 5 May 2019, 4 people were killed.")[K] == 4


def test_sources_that_differ_give_the_largest_figure() -> None:
    # the largest figure given for an incident is its toll
    sentence = "State media said 10 people were killed, while activists said 14 died."
    assert counts(sentence)[K] == 14
    sentence = "At least 100 people have died, according to local officials, while the UN puts the toll at 85."
    assert counts(sentence)[K] == 100
    # two sources set side by side across a semicolon differ too: the largest
    assert counts("Officials said 12 were killed; residents said 20 died.")[K] == 20
    # a count told twice, no sources set against each other: the smallest
    assert counts("Officials said 12 were killed; 20 died in the market.")[K] == 12


def test_subset_counts_only_without_a_total() -> None:
    assert counts("Five children were among the dead.")[K] == 5
    assert counts("Twenty people were killed; five children were among the dead.")[K] == 20


def test_spans_point_at_the_phrase() -> None:
    sentence = "The strike hit the market, killing 22 and injuring 40."
    c = find_casualties(sentence)
    assert c.killed_span is not None and c.wounded_span is not None
    assert "22" in sentence[slice(*c.killed_span)]
    assert "40" in sentence[slice(*c.wounded_span)]
    assert c.displaced_span is None
