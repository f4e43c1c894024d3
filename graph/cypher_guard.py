"""What a read-only Cypher statement may do: the first of two locks on user Cypher.

Neo4j's read access mode (the second lock, in :mod:`~sitgraph.graph.neo4j_store`) refuses
writes, but lets through what reads or acts outside the graph: ``LOAD CSV`` (local files,
any URL), ``TERMINATE TRANSACTIONS`` (kills other users' work), ``SHOW USERS`` and the
other admin commands, and ``dbms.*`` procedures. :func:`check_read_only` refuses those
before anything is sent, and lets procedures run only when they are on
:data:`ALLOWED_PROCEDURES`.

The statement is tokenised the way Cypher reads it (:func:`tokenize`): string literals,
comments and backquoted names are single tokens and never read as keywords, so
``RETURN 'LOAD CSV'`` passes and ``/*x*/LOAD/**/CSV`` is refused. A keyword counts where a
clause can start (:func:`_clause_start`), not where an expression is expected, so a
variable that happens to be called ``set`` after ``RETURN`` is not mistaken for a clause; a
name can always be written in backquotes to make that plain.

Pure functions over text; cost O(length of the statement).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitgraph.errors import SitgraphError

# Procedures an analyst needs on a read-only store: the schema and full-text search.
# An entry ending in ".*" allows every procedure below that namespace.
ALLOWED_PROCEDURES: tuple[str, ...] = (
    "db.labels",
    "db.relationshipTypes",
    "db.propertyKeys",
    "db.schema.*",
    "db.index.fulltext.queryNodes",
    "db.index.fulltext.queryRelationships",
    "db.info",
    "db.ping",
)

# SHOW commands that only describe the schema or what can be called.
ALLOWED_SHOW: frozenset[str] = frozenset({
    "INDEX", "INDEXES", "CONSTRAINT", "CONSTRAINTS", "FUNCTION", "FUNCTIONS", "PROCEDURE", "PROCEDURES",
})
# Words that may stand between SHOW and what is shown ("SHOW ALL INDEXES", "SHOW BUILT IN
# FUNCTIONS", "SHOW UNIQUENESS CONSTRAINTS" ...).
_SHOW_QUALIFIERS = frozenset({
    "ALL", "RANGE", "TEXT", "POINT", "LOOKUP", "FULLTEXT", "VECTOR", "BTREE", "UNIQUE", "UNIQUENESS",
    "EXIST", "EXISTS", "EXISTENCE", "NODE", "RELATIONSHIP", "REL", "KEY", "PROPERTY", "TYPE",
    "BUILT", "IN", "USER", "DEFINED", "CURRENT",
})

# Clauses and commands that change the graph, the schema, users or databases: Neo4j's read
# mode refuses most of them too; refusing them here names the cause in one line.
WRITE_KEYWORDS: frozenset[str] = frozenset({
    "CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "FOREACH", "INSERT", "DROP", "ALTER",
    "GRANT", "DENY", "REVOKE", "RENAME", "START", "STOP", "ENABLE", "DEALLOCATE", "REALLOCATE",
})

# After these a value is expected, so a word there is an expression, not a clause.
_EXPRESSION_BEFORE = frozenset({
    "RETURN", "WITH", "WHERE", "AS", "AND", "OR", "XOR", "NOT", "IN", "IS", "BY", "SKIP", "LIMIT",
    "OFFSET", "DISTINCT", "CASE", "WHEN", "THEN", "ELSE", "UNWIND", "YIELD", "CONTAINS", "STARTS",
    "ENDS", "ASC", "DESC", "ASCENDING", "DESCENDING", "ORDER",
})
_EXPRESSION_PUNCT = frozenset("=<>+-*/%^,|.:$!~")
# Words that, right after CALL or SHOW, show the word before was a variable (``call AS c``).
_NOT_A_PROCEDURE = _EXPRESSION_BEFORE | {
    "MATCH", "OPTIONAL", "UNION", "CALL", "USE", "FINISH", "ON",
} | WRITE_KEYWORDS

# Neo4j's own lexer (Cypher 5) decides what the server runs; where this one cannot match it
# exactly it errs towards seeing more keywords, never fewer: line comments end at CR or LF
# as there; an unterminated comment, string or backquoted name is not one (its quote is
# an ordinary character and what follows is read on); keywords are ASCII words, and any
# character that is not Cypher punctuation is dropped, so ``LOAD\u00b2CSV`` still reads as
# LOAD CSV.
# Neo4j's arrow dashes and heads beside ASCII: punctuation, so they do not vanish.
_ARROWS = r"\u00ad\u2010-\u2015\u27e8\u27e9\u3008\u3009\ufe58\ufe63-\ufe65\uff0d\uff1c\uff1e"
_TOKEN = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<line_comment>//[^\r\n]*)
    | (?P<block_comment>/\*.*?\*/)
    | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
    | (?P<quoted>`(?:[^`]|``)*`)
    | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
    | (?P<number>\d[A-Za-z0-9_]*(?:\.\d[A-Za-z0-9_]*)?)
    | (?P<punct>[()\[\]{},.;:$=<>+\-*/%^|!?&~'"`""" + _ARROWS + r"""])
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


class CypherRefused(SitgraphError):
    """A statement does what a read-only run may not (LOAD CSV, admin commands, a write,
    a procedure off the allow-list)."""


@dataclass(frozen=True)
class Token:
    """One meaningful piece of a statement: ``kind`` is word, quoted (a backquoted name,
    ``text`` without the backquotes), string, number or punct; ``text`` as written."""

    kind: str
    text: str

    @property
    def upper(self) -> str:
        return self.text.upper() if self.kind == "word" else ""


def tokenize(statement: str) -> list[Token]:
    """The tokens of ``statement`` without white space, comments and characters that are
    neither words nor Cypher punctuation (see :data:`_TOKEN` for how it errs)."""
    out = []
    for m in _TOKEN.finditer(statement):
        kind = m.lastgroup or "other"
        if kind in ("space", "line_comment", "block_comment", "other"):
            continue
        text = m.group()
        if kind == "quoted":
            text = text[1:-1].replace("``", "`")
        out.append(Token(kind, text))
    return out


def procedure_allowed(name: str, allowed: tuple[str, ...] = ALLOWED_PROCEDURES) -> bool:
    """Whether procedure ``name`` (dotted, any case) is on ``allowed``."""
    want = name.lower()
    for entry in allowed:
        entry = entry.lower()
        if entry.endswith(".*") and want.startswith(entry[:-1]) or want == entry:
            return True
    return False


def _enclosing(tokens: list[Token]) -> list[str]:
    """For each token, the innermost bracket it stands in (``(``, ``[``, ``{`` or "")."""
    stack: list[str] = []
    out = []
    for t in tokens:
        out.append(stack[-1] if stack else "")
        if t.kind != "punct":
            continue
        if t.text in "([{":
            stack.append(t.text)
        elif t.text in ")]}" and stack:
            stack.pop()
    return out


def _is_punct(tokens: list[Token], i: int, chars: str) -> bool:
    return 0 <= i < len(tokens) and tokens[i].kind == "punct" and tokens[i].text in chars


def _a_name(tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i`` is surely a name, not a keyword: a property (``n.call``),
    a parameter (``$show``), a label or map key (``n:Call``, ``{load: 1}``)."""
    return _is_punct(tokens, i - 1, ".$:") or _is_punct(tokens, i + 1, ":")


def _clause_start(tokens: list[Token], i: int, enclosing: str) -> bool:
    """Whether a clause could start at word ``tokens[i]``: not inside ``( )`` or ``[ ]``,
    not after an operator or a word that expects a value (``RETURN set``)."""
    if enclosing in ("(", "[") or _a_name(tokens, i):
        return False
    if i == 0:
        return True
    prev = tokens[i - 1]
    if prev.kind == "punct":
        return prev.text not in _EXPRESSION_PUNCT
    return prev.upper not in _EXPRESSION_BEFORE


def _procedure_name(tokens: list[Token], i: int) -> str | None:
    """The dotted name called by ``CALL`` at ``tokens[i]``, or None for a subquery
    (``CALL {`` or ``CALL (x) {``) or a variable named call (``WITH call RETURN call``)."""
    parts: list[str] = []
    j = i + 1
    while j < len(tokens) and tokens[j].kind in ("word", "quoted"):
        parts.append(tokens[j].text)
        if _is_punct(tokens, j + 1, "."):
            j += 2
            continue
        break
    if len(parts) == 1 and tokens[i + 1].upper in _NOT_A_PROCEDURE and not _is_punct(tokens, i + 2, "("):
        return None
    return ".".join(parts) if parts else None


def _show_target(tokens: list[Token], i: int) -> tuple[str, str] | None:
    """What ``SHOW`` at ``tokens[i]`` shows: (the first word after its qualifiers, the
    words as written for a message), or None when no command follows (a variable named
    show)."""
    j = i + 1
    while j < len(tokens) and tokens[j].upper in _SHOW_QUALIFIERS:
        j += 1
    if j == i + 1 and (j >= len(tokens) or tokens[j].upper in _NOT_A_PROCEDURE or tokens[j].kind != "word"):
        return None
    target = tokens[j].upper if j < len(tokens) and tokens[j].kind == "word" else ""
    return target, " ".join(t.upper for t in tokens[i + 1:j + 1] if t.kind == "word")


def _refuse_word(tokens: list[Token], i: int, enclosing: str, allowed: tuple[str, ...]) -> str | None:
    """Why the word at ``tokens[i]`` may not run read-only, or None."""
    word = tokens[i].upper
    if _a_name(tokens, i):
        return None
    nxt = tokens[i + 1].upper if i + 1 < len(tokens) else ""
    # These four act outside the graph: refused wherever they can be read as keywords.
    if word == "LOAD" and nxt == "CSV":
        return "LOAD CSV reads files and URLs outside the graph"
    if word == "TERMINATE" and nxt in ("TRANSACTION", "TRANSACTIONS"):
        return "TERMINATE TRANSACTIONS stops other users' work"
    if word == "SHOW":
        shown = _show_target(tokens, i)
        if shown is not None and shown[0] not in ALLOWED_SHOW:
            return f"SHOW {shown[1]} is an administration command"
        return None
    if word == "CALL":
        name = _procedure_name(tokens, i)
        if name is not None and not procedure_allowed(name, allowed):
            return f"procedure {name} is not on the read-only allow-list ({', '.join(allowed)})"
        return None
    if word in WRITE_KEYWORDS and _clause_start(tokens, i, enclosing):
        return f"{word} writes or administers; without --write a statement may only read"
    return None


def refusal(statement: str, allowed: tuple[str, ...] = ALLOWED_PROCEDURES) -> str | None:
    """Why ``statement`` may not run read-only (one line), or None when it may."""
    tokens = tokenize(statement)
    enclosing = _enclosing(tokens)
    for i, tok in enumerate(tokens):
        if tok.kind == "word":
            why = _refuse_word(tokens, i, enclosing[i], allowed)
            if why is not None:
                return why
    return None


def check_read_only(statement: str, allowed: tuple[str, ...] = ALLOWED_PROCEDURES) -> None:
    """Raise :class:`CypherRefused` (one line naming what was refused) unless ``statement``
    may run without ``--write``."""
    why = refusal(statement, allowed)
    if why is not None:
        raise CypherRefused(f"refused without --write: {why}")
