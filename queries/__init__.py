"""The query library: named, parameterised Cypher queries kept as data.

Each ``queries/*.cypher`` file holds one query, headed by Cypher comments::

    // name: attacks-on-medical-facilities
    // description: Attacks on hospitals and clinics, with perpetrator, date and place.
    //   (continuation lines are indented and join the description)
    // param: perpetrator string = null  -- actor name, alias or id; null for all
    // param: since date = null          -- ISO date (YYYY, YYYY-MM or YYYY-MM-DD)
    // param: limit int = 100
    // example: perpetrator=Russia since=2019-05
    MATCH ...

A parameter without ``= default`` is required. Types: ``string``, ``int``, ``float``,
``bool``, ``date`` (an ISO date string of any precision, compared as text, the way the
graph stores dates) and ``string[]`` (a JSON list or comma-separated text).

:func:`load_queries` reads every file (cost: one small file read each), checks the
header and that the declared parameters are exactly the ``$names`` the Cypher uses;
:func:`bind` turns user-given values into the parameter dict a driver takes.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sitgraph.errors import SitgraphError

QUERY_DIR = Path(__file__).resolve().parent
TYPES = ("string", "int", "float", "bool", "date", "string[]")

_REQUIRED = object()  # sentinel default: the parameter must be given
_NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<type>string\[\]|[a-z]+)"
    r"(?:\s*=\s*(?P<default>.*?))?\s*(?:--\s*(?P<description>.*))?$"
)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}


class QueryError(SitgraphError):
    """A query file is malformed, a query is unknown, or a parameter value is wrong."""


@dataclass(frozen=True)
class Param:
    """One declared parameter: its name (``$name`` in the Cypher), type, default, meaning."""

    name: str
    type: str
    default: Any = None
    description: str = ""
    required: bool = False

    def signature(self) -> str:
        """``name type = default`` as the header writes it (for listings)."""
        if self.required:
            return f"{self.name} {self.type} (required)"
        return f"{self.name} {self.type} = {json.dumps(self.default)}"


@dataclass(frozen=True)
class NamedQuery:
    """A query of the library: name, one-paragraph description, parameters, Cypher text."""

    name: str
    description: str
    params: tuple[Param, ...]
    cypher: str
    examples: tuple[str, ...] = ()
    path: str | None = None

    def param(self, name: str) -> Param | None:
        for p in self.params:
            if p.name == name:
                return p
        return None


# --- parsing ----------------------------------------------------------------------------


def coerce(value: Any, type_: str, *, what: str = "value") -> Any:
    """``value`` (as typed on a command line, decoded from JSON, or native) as ``type_``.

    None stays None (every parameter may be null). Raises :class:`QueryError` naming
    ``what`` when the value does not read as the type. Cost: O(len(value)).
    """
    if value is None:
        return None
    if isinstance(value, str) and value.strip().lower() == "null":
        return None
    try:
        if type_ == "string":
            if isinstance(value, (dict, list)):
                raise ValueError
            return str(value)
        if type_ == "int":
            if isinstance(value, bool) or isinstance(value, float) and not value.is_integer():
                raise ValueError
            return int(value)
        if type_ == "float":
            if isinstance(value, bool):
                raise ValueError
            return float(value)
        if type_ == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in _TRUE:
                return True
            if text in _FALSE:
                return False
            raise ValueError
        if type_ == "date":
            text = str(value).strip()
            if not _DATE.match(text):
                raise ValueError
            return text
        if type_ == "string[]":
            if isinstance(value, str):
                text = value.strip()
                if text.startswith("["):
                    value = json.loads(text)
                else:
                    return [v.strip() for v in text.split(",") if v.strip()]
            if not isinstance(value, (list, tuple)):
                return [str(value)]
            return [str(v) for v in value]
    except (TypeError, ValueError):
        pass
    else:
        raise QueryError(f"unknown parameter type {type_!r} for {what}")
    hint = " (YYYY, YYYY-MM or YYYY-MM-DD)" if type_ == "date" else ""
    raise QueryError(f"{what}: {value!r} is not a {type_}{hint}")


def _default(text: str | None, type_: str, what: str) -> Any:
    if text is None:
        return _REQUIRED
    text = text.strip()
    if text.startswith(("[", '"')):
        try:
            value = json.loads(text)
        except ValueError:
            raise QueryError(f"{what}: default {text!r} is not valid JSON") from None
        return coerce(value, type_, what=what)
    return coerce(text, type_, what=what)


def used_params(cypher: str) -> set[str]:
    """Names of the ``$parameters`` a Cypher text uses, outside comments and string literals."""
    text = re.sub(r"//[^\n]*", "", cypher)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"", "''", text)
    return set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", text))


def parse_query(text: str, *, source: str = "<string>") -> NamedQuery:
    """A :class:`NamedQuery` from the text of a ``.cypher`` file (header, then Cypher).

    Raises :class:`QueryError` naming ``source`` for a missing name or description, an
    unknown header key or type, a bad default, a duplicated parameter, or declared
    parameters that differ from those the Cypher uses. Cost: O(len(text)).
    """
    fields: dict[str, str] = {}
    params: list[Param] = []
    examples: list[str] = []
    lines = text.splitlines()
    i = 0
    last: str | None = None
    while i < len(lines) and lines[i].lstrip().startswith("//"):
        body = lines[i].lstrip()[2:]
        i += 1
        if body.startswith(("   ", "\t")) and last is not None:  # continuation line
            extra = body.strip()
            if last == "param":
                p = params[-1]
                params[-1] = Param(p.name, p.type, p.default, f"{p.description} {extra}".strip(), p.required)
            elif last == "example":
                examples[-1] = f"{examples[-1]} {extra}"
            else:
                fields[last] = f"{fields[last]} {extra}".strip()
            continue
        key, sep, value = body.strip().partition(":")
        key, value = key.strip().lower(), value.strip()
        if not sep and not key:
            continue
        if not sep or key not in ("name", "description", "param", "example"):
            raise QueryError(f"{source}: header line {i} is not 'name:', 'description:', 'param:' or 'example:'")
        last = key
        if key == "param":
            params.append(_parse_param(value, f"{source}: param line {i}"))
        elif key == "example":
            examples.append(value)
        elif key in fields:
            raise QueryError(f"{source}: header repeats {key!r}")
        else:
            fields[key] = value
    cypher = "\n".join(lines[i:]).strip()
    name = fields.get("name", "")
    if not _NAME.match(name):
        raise QueryError(f"{source}: header needs 'name:' in lower-case-with-hyphens, got {name!r}")
    if not fields.get("description"):
        raise QueryError(f"{source}: header needs 'description:'")
    if not cypher:
        raise QueryError(f"{source}: no Cypher after the header")
    names = [p.name for p in params]
    if len(set(names)) != len(names):
        raise QueryError(f"{source}: a parameter is declared twice")
    declared, used = set(names), used_params(cypher)
    if declared != used:
        parts = []
        if used - declared:
            parts.append("undeclared " + ", ".join(sorted(used - declared)))
        if declared - used:
            parts.append("unused " + ", ".join(sorted(declared - used)))
        raise QueryError(f"{source}: parameters do not match the Cypher: {'; '.join(parts)}")
    return NamedQuery(name, fields["description"], tuple(params), cypher, tuple(examples), source)


def _parse_param(value: str, what: str) -> Param:
    m = _PARAM.match(value)
    if not m:
        raise QueryError(f"{what}: expected 'NAME TYPE [= DEFAULT] [-- description]'")
    type_ = m["type"]
    if type_ not in TYPES:
        raise QueryError(f"{what}: unknown type {type_!r} (use {', '.join(TYPES)})")
    default = _default(m["default"], type_, f"{what} ({m['name']})")
    required = default is _REQUIRED
    return Param(m["name"], type_, None if required else default, (m["description"] or "").strip(), required)


# --- the library ------------------------------------------------------------------------


@cache
def _load(folder: str) -> tuple[NamedQuery, ...]:
    out = []
    for path in sorted(Path(folder).glob("*.cypher")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{path.name}: cannot read: {exc}") from None
        q = parse_query(text, source=path.name)
        if q.name != path.stem:
            raise QueryError(f"{path.name}: query name {q.name!r} differs from the file name")
        out.append(q)
    return tuple(out)


def load_queries(folder: str | Path | None = None) -> list[NamedQuery]:
    """Every named query of ``folder`` (default: the library beside this module), by name.

    Raises :class:`QueryError` on the first malformed file. Files are read once per folder
    per process.
    """
    return list(_load(str(folder or QUERY_DIR)))


def get_query(name: str, folder: str | Path | None = None) -> NamedQuery:
    """The query called ``name``; :class:`QueryError` listing close names when unknown."""
    queries = load_queries(folder)
    for q in queries:
        if q.name == name:
            return q
    import difflib

    close = difflib.get_close_matches(name, [q.name for q in queries], n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else "; see `sitgraph query list`"
    raise QueryError(f"no query named {name!r}{hint}")


def bind(query: NamedQuery, values: dict[str, Any]) -> dict[str, Any]:
    """The parameters to send with ``query``: ``values`` coerced to the declared types,
    defaults for the rest. Raises :class:`QueryError` for an unknown name, a value of the
    wrong type, or a missing required parameter. Cost: O(number of parameters).
    """
    known = {p.name for p in query.params}
    unknown = sorted(set(values) - known)
    if unknown:
        listed = ", ".join(sorted(known)) or "none"
        raise QueryError(f"query {query.name} has no parameter {unknown[0]!r} (parameters: {listed})")
    out: dict[str, Any] = {}
    for p in query.params:
        if p.name in values:
            out[p.name] = coerce(values[p.name], p.type, what=f"parameter {p.name}")
        else:
            out[p.name] = p.default
        if p.required and out[p.name] is None:
            raise QueryError(f"query {query.name} needs -p {p.name}=… ({p.description or p.type})")
    return out


# --- the reference page -----------------------------------------------------------------

_PAGE_HEAD = """# Named queries

Questions conflict analysts ask, as parameterised Cypher that runs on the Neo4j store.
This page is generated from the headers of `queries/*.cypher` by
`sitgraph.queries.queries_markdown()`; a test keeps the two in step.

```
sitgraph query list                       # names, parameters, one line each
sitgraph query show NAME                  # description, parameters, examples, the Cypher
sitgraph query run NAME -p key=value …    # rows as a table, --format json or csv
sitgraph query run NAME --explain         # Neo4j's plan, nothing executed
```

Conventions shared by every query:

- **Names** (`actor`, `perpetrator`, `province`, `place`, `agreement`, `source`) match a
  node's id, its name or any alias, ignoring case: `Russia`, `moscow` and `actor:russia`
  name the same actor. A province matches the place itself, any place it encloses
  (`LOCATED_IN`), or a place whose `admin1` names it.
- **Periods** (`since`, `until`) are ISO dates of any precision (`2019`, `2019-05`,
  `2019-05-05`); an event is in the period when its dates overlap it, so `until=2019-05`
  keeps all of May. With a period given, undated events are left out.
- **Incidents**: events that different reports tell of and the ingest linked with
  `SAME_INCIDENT` form one incident, an `Incident` node (column `incident`, its id; each
  event carries it as `incident`). Counts and tolls count an incident once, with its best
  figure across sources (`Incident.killed`: the figure the most independent sources give,
  ties to the latest report; `killed_low`/`killed_high` the range), the same toll `stats`
  and `sitgraph incidents` give; aggregates are in no incident, nor is an earlier incident a
  report recalls unless it is dated to the week and placed (then it is linked as any telling).
  Perpetrator lists keep every actor any report names. `event-sources` and
  `incident-versions` show the reports and sentences behind an incident.
- Parameter types: `string`, `int`, `float`, `bool`, `date`, `string[]` (JSON list or
  comma-separated). A parameter without a default is required.

"""


def queries_markdown(queries: list[NamedQuery] | None = None) -> str:
    """The reference page (Markdown) for ``queries`` (default: the library). Pure."""
    import shlex

    queries = load_queries() if queries is None else queries
    out = [_PAGE_HEAD, "| query | answers |\n|---|---|\n"]
    for q in queries:
        out.append(f"| [`{q.name}`](#{q.name}) | {q.description.split('. ')[0].rstrip('.')}. |\n")
    for q in queries:
        out.append(f"\n## {q.name}\n\n{q.description}\n\n")
        if q.params:
            out.append("| parameter | type | default | meaning |\n|---|---|---|---|\n")
            for p in q.params:
                default = "*required*" if p.required else f"`{json.dumps(p.default)}`"
                out.append(f"| `{p.name}` | {p.type} | {default} | {p.description} |\n")
        if q.examples:
            out.append("\n```\n")
            for ex in q.examples:
                args = " ".join("-p " + shlex.quote(a) for a in shlex.split(ex))
                out.append(f"sitgraph query run {q.name} {args}\n")
            out.append("```\n")
    return "".join(out)
