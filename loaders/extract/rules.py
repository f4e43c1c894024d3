"""Extraction rules as named data: each rule has a name, a one-line purpose and its test
sentences, and can be switched off by name (for ablation) without touching code.

A rule is a function decorated with :func:`rule`. Its examples are ``(sentence, expected)``
pairs, where ``expected`` is exactly what the rule's ``probe`` (a function of the
:class:`sitgraph.graph.model.Extraction` of the sentence) returns: positive examples show
what the rule produces, negative ones what it must not (a sentence where it stays quiet or
a guard keeps it from firing). ``off`` says what the function returns while the rule is
switched off (a candidate generator returns nothing; a filter keeps everything; a
transform returns its input unchanged).

    with disabled({"place.after-locative"}):
        extract(report)

Cost: one frozenset test per call while nothing is disabled (and a call through a
wrapper with the rule's own parameters).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from sitgraph.graph.model import Extraction

Probe = Callable[[Extraction], tuple]
Example = tuple[str, tuple]
F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Rule:
    """One registered rule."""

    name: str  # "area.what", unique
    purpose: str  # one line
    pos: tuple[Example, ...]  # sentences where the rule produces `expected`
    neg: tuple[Example, ...]  # sentences where it must not fire (output `expected` all the same)
    probe: Probe
    where: str  # module.function


RULES: dict[str, Rule] = {}
# Names of rules switched off. Replaced (never mutated) by :func:`disable` / :func:`disabled`.
DISABLED: frozenset[str] = frozenset()


def rule(name: str, purpose: str, *, pos: Iterable[Example], neg: Iterable[Example], probe: Probe,
         off: Callable[..., Any]) -> Callable[[F], F]:
    """Register the decorated function as rule `name`; while it is switched off, calls return
    ``off(*args, **kwargs)`` instead. Raises ValueError on a duplicate name."""
    def deco(fn: F) -> F:
        if name in RULES:
            raise ValueError(f"rule {name!r} registered twice")
        RULES[name] = Rule(name, purpose, tuple(pos), tuple(neg), probe, f"{fn.__module__}.{fn.__qualname__}")

        fast = _same_signature(fn, off, name)
        if fast is not None:
            return fast  # type: ignore[return-value]

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if DISABLED and name in DISABLED:
                return off(*args, **kwargs)
            return fn(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return deco


_CLOSED = frozenset({"_fn", "_off", "_name", "DISABLED"})


def _same_signature(fn: Callable[..., Any], off: Callable[..., Any], name: str) -> Callable[..., Any] | None:
    """The switchable wrapper of `fn` written with `fn`'s own parameters, or None when `fn`
    has defaults, keyword-only or variable parameters (then off would be given arguments the
    caller never passed). Why: rules run per token, a million calls a few hundred reports, and
    a wrapper taking ``*args, **kwargs`` costs twice the call it wraps. Cost: one compile per rule."""
    code = getattr(fn, "__code__", None)
    if code is None or fn.__defaults__ or code.co_kwonlyargcount or code.co_flags & 0x0C:  # CO_VARARGS|VARKEYWORDS
        return None
    params = code.co_varnames[:code.co_argcount]
    if _CLOSED & set(params):
        return None
    args = ", ".join(params)
    head = ", ".join(params[:code.co_posonlyargcount]) + ", /, " + ", ".join(params[code.co_posonlyargcount:]) \
        if code.co_posonlyargcount else args
    source = (f"def make(_fn, _off, _name):\n    def wrapper({head.rstrip(', ')}):\n"
              f"        if DISABLED and _name in DISABLED:\n            return _off({args})\n"
              f"        return _fn({args})\n    return wrapper\n")
    made: dict[str, Any] = {}
    exec(source, globals(), made)  # noqa: S102 - our own text: only the rule's parameter names
    return functools.update_wrapper(made["make"](fn, off, name), fn)


def enabled(name: str) -> bool:
    """Is rule `name` on? For a branch inside a function (registered with :func:`branch`)."""
    return not (DISABLED and name in DISABLED)


def branch(name: str, purpose: str, *, pos: Iterable[Example], neg: Iterable[Example], probe: Probe,
           where: str) -> str:
    """Register a rule that is a branch inside a function, tested there with :func:`enabled`;
    returns `name` (so the call site can keep it as a constant)."""
    if name in RULES:
        raise ValueError(f"rule {name!r} registered twice")
    RULES[name] = Rule(name, purpose, tuple(pos), tuple(neg), probe, where)
    return name


def disable(names: Iterable[str]) -> None:
    """Switch the rules `names` off (and all others on) for the rest of the process."""
    global DISABLED
    names = frozenset(names)
    unknown = names - RULES.keys()
    if unknown:
        raise KeyError(f"no such rule: {', '.join(sorted(unknown))}")
    DISABLED = names


@contextmanager
def disabled(names: Iterable[str]) -> Iterator[None]:
    """The rules `names` switched off inside the block."""
    before = DISABLED
    disable(names)
    try:
        yield
    finally:
        disable(before)


def all_rules() -> list[Rule]:
    """Every registered rule, by name (importing the extractor registers them all)."""
    import sitgraph.loaders.extract.extractor  # noqa: F401  (registers the rules)

    return [RULES[k] for k in sorted(RULES)]


# Probes: what a rule's examples are checked against, exactly.

def _names(x: Extraction, kind: str) -> tuple[str, ...]:
    return tuple(sorted({e.name for e in x.entities if e.kind == kind}))


def places(x: Extraction) -> tuple[str, ...]:
    """The names of the extraction's places, sorted."""
    return _names(x, "Place")


def actors(x: Extraction) -> tuple[str, ...]:
    """The names of the extraction's actors, sorted."""
    return _names(x, "Actor")


def facilities(x: Extraction) -> tuple[str, ...]:
    """The names of the extraction's facilities, sorted."""
    return _names(x, "Facility")


def agreements(x: Extraction) -> tuple[str, ...]:
    """The names of the extraction's agreements, sorted."""
    return _names(x, "Agreement")


def typed_places(x: Extraction) -> tuple[tuple[str, str], ...]:
    """(name, type) of the extraction's places, sorted (a missing type as "")."""
    return tuple(sorted({(e.name, e.type or "") for e in x.entities if e.kind == "Place"}))


def actor_forms(x: Extraction) -> tuple[tuple[str, str], ...]:
    """(name, mention text) of the extraction's actors, sorted."""
    return tuple(sorted({(e.name, f) for e in x.entities if e.kind == "Actor" for f in e.forms}))


def facility_forms(x: Extraction) -> tuple[tuple[str, str], ...]:
    """(name, mention text) of the extraction's facilities, sorted."""
    return tuple(sorted({(e.name, f) for e in x.entities if e.kind == "Facility" for f in e.forms}))


def typed_actors(x: Extraction) -> tuple[tuple[str, str | None], ...]:
    """(name, type) of the extraction's actors, sorted."""
    return tuple(sorted({(e.name, e.type) for e in x.entities if e.kind == "Actor"}, key=str))


def event_actors(x: Extraction) -> tuple[tuple[str, ...], ...]:
    """Per event, the sorted names of its actors (perpetrators), in event order."""
    names = {e.id: e.name for e in x.entities}
    return tuple(tuple(sorted(names[a] for a in v.actors)) for v in x.events)


def _event_names(x: Extraction, field: str) -> tuple[tuple[str, ...], ...]:
    names = {e.id: e.name for e in x.entities}
    return tuple(tuple(sorted(names[i] for i in getattr(v, field))) for v in x.events)


def event_kinds(x: Extraction) -> tuple[str, ...]:
    """The kind of each event, in event order."""
    return tuple(v.kind for v in x.events)


def event_roles(x: Extraction) -> tuple[tuple[str, str], ...]:
    """(kind, role) of each event, in event order."""
    return tuple((v.kind, v.role) for v in x.events)


def event_types(x: Extraction) -> tuple[tuple[str, str], ...]:
    """(kind, attack type) of each event, in event order (a missing type as "")."""
    return tuple((v.kind, v.type or "") for v in x.events)


def event_targets(x: Extraction) -> tuple[tuple[str, ...], ...]:
    """Per event, the sorted names of its targets, in event order."""
    return _event_names(x, "targets")


def event_places(x: Extraction) -> tuple[tuple[str, ...], ...]:
    """Per event, the sorted names of its places, in event order."""
    return _event_names(x, "places")


def event_claimers(x: Extraction) -> tuple[tuple[str, ...], ...]:
    """Per event, the sorted names of the actors claiming it, in event order."""
    return _event_names(x, "claimed_by")


def event_dates(x: Extraction) -> tuple[tuple[str | None, str | None], ...]:
    """(date, date end) of each event, in event order."""
    return tuple((v.date, v.date_end) for v in x.events)


def event_evidence(x: Extraction) -> tuple[str, ...]:
    """The sentence each event was read from (its evidence), in event order."""
    return tuple(v.evidence.text.strip() if v.evidence is not None else "" for v in x.events)


def event_tolls(x: Extraction) -> tuple[tuple[int | None, int | None, int | None], ...]:
    """(killed, wounded, displaced) of each event, in event order."""
    return tuple((v.killed, v.wounded, v.displaced) for v in x.events)


def event_attributions(x: Extraction) -> tuple[tuple[tuple[str, str], ...], ...]:
    """Per event, the sorted (actor name, how) of its attributions, in event order."""
    names = {e.id: e.name for e in x.entities}
    return tuple(tuple(sorted({(names.get(a.actor, a.actor), a.how) for a in v.attribution})) for v in x.events)


def relations(x: Extraction) -> tuple[tuple[str, str, str], ...]:
    """(type, source name, target name) of the extraction's standing relations, sorted."""
    names = {e.id: e.name for e in x.entities}
    return tuple(sorted({(r.type, names[r.source], names[r.target]) for r in x.relations}))


# What a switched-off rule returns, by the shape of its function.

def nothing(*_args: Any, **_kwargs: Any) -> None:
    """Off value of a rule returning None or acting on its arguments."""
    return None


def no(*_args: Any, **_kwargs: Any) -> bool:
    """Off value of a predicate that otherwise says yes."""
    return False


def yes(*_args: Any, **_kwargs: Any) -> bool:
    """Off value of a filter that otherwise says no (everything passes)."""
    return True


def none_found(*_args: Any, **_kwargs: Any) -> list:
    """Off value of a candidate reader (nothing found)."""
    return []


def event_day_precisions(x: Extraction) -> tuple[tuple[str | None, str | None], ...]:
    """(date, date precision) of each event, in event order."""
    return tuple((v.date, v.date_precision) for v in x.events)
