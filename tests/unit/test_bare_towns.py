"""A scene placed only by a bare "the town" takes the one settlement the report named before it."""

from types import SimpleNamespace

from sitgraph.loaders.extract.bare_towns import place_bare_towns


class _Table:
    def __init__(self, places: dict[str, tuple[str, int]]) -> None:
        self.entities = {k: SimpleNamespace(kind="Place", type=t) for k, (t, _) in places.items()}
        self.spans = sorted((at, at + 4, k) for k, (_, at) in places.items())

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        return [s for s in self.spans if lo <= s[0] < hi]


def _frame(places: list[str], start: int = 100, kind: str = "Attack", role: str = "incident") -> SimpleNamespace:
    return SimpleNamespace(kind=kind, role=role, places=places, sent_start=start, sent_index=1)


def _placed(sentence: str, places: dict[str, tuple[str, int]], own: list[str], **kw) -> list[str]:
    f = _frame(list(own), **kw)
    place_bare_towns([f], {1: sentence}, _Table(places))
    return f.places


SCENE = "Armed men struck the eastern side of the town, near the well at Tindabouli."


def test_bare_town_takes_the_one_town_told_before():
    places = {"kaya": ("town", 10), "well": (None, 150)}
    assert _placed(SCENE, places, ["well"]) == ["well", "kaya"]


def test_two_towns_before_add_nothing():
    places = {"kaya": ("town", 10), "dori": ("city", 40), "well": (None, 150)}
    assert _placed(SCENE, places, ["well"]) == ["well"]


def test_named_town_and_capital_add_nothing():
    places = {"kaya": ("town", 10), "well": (None, 150)}
    assert _placed("Armed men struck the town of Dori near the well.", places, ["well"]) == ["well"]
    assert _placed("Armed men shelled the capital near the well.", places, ["well"]) == ["well"]


def test_frame_with_a_town_of_its_own_keeps_it():
    places = {"kaya": ("town", 10), "dori": ("town", 150)}
    assert _placed(SCENE, places, ["dori"]) == ["dori"]


def test_town_told_after_and_background_frames_add_nothing():
    assert _placed(SCENE, {"kaya": ("town", 300)}, []) == []
    assert _placed(SCENE, {"kaya": ("town", 10)}, [], role="background") == []
    assert _placed("A hospital in the town treated the wounded.", {"kaya": ("town", 10)}, [],
                   kind="Displacement") == []
