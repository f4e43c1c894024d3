"""One batched spaCy parse per test module for the texts its table rows extract.

The extraction tables run thousands of rows, each through `extract`, which parses its text
alone with ``nlp(text)``. Parsing a module's row texts together through ``nlp.pipe`` (as
`sitgraph extract` does) gives the same docs at about a third of the cost. The rules still
run once per row on its own doc, so every row is checked exactly as before.

How: the texts of the parametrized rows are known once the tests are collected. The first time
a row's text is parsed, every not yet parsed row text of its module is parsed in one batch; each
doc is handed out once (a doc is never shared between two extractions) and any other text, or a
text asked for again, takes the ordinary parse.
Batches are parsed and handed out only with every extraction rule on (some rules act inside
the pipeline, so a doc parsed with one switched off is another doc).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

Parse = Callable[[Any, str], Any]


def row_texts(params: dict[str, object]) -> list[str]:
    """The string arguments of one parametrized row: the candidates for a batched parse."""
    return [v for v in params.values() if isinstance(v, str) and v.strip()]


class ParseBatches:
    """A stand-in for `chunks.parse` that parses the collected row texts module by module.

    `groups` maps a group name (a test module) to its row texts; `parse` is the ordinary parse,
    `limit` the longest text parsed in one piece (longer texts keep the chunked parse) and
    `batch_for` says which pipelines to batch for (the shared model, not a test's stand-in)."""

    def __init__(self, groups: dict[str, Iterable[str]], parse: Parse, limit: Callable[[Any], int],
                 batch_for: Callable[[Any], bool]) -> None:
        self._parse = parse
        self._limit = limit
        self._batch_for = batch_for
        self._group_of: dict[str, str] = {}
        self._groups: dict[str, list[str]] = {}
        for name, texts in groups.items():
            for text in texts:
                if text not in self._group_of:
                    self._group_of[text] = name
                    self._groups.setdefault(name, []).append(text)
        self._docs: dict[tuple[int, str], Any] = {}  # (id of the pipeline, text) -> doc not yet handed out
        self.batched = self.handed_out = 0

    def __call__(self, nlp: Any, text: str) -> Any:
        # A long text is parsed in chunks, batched or not; another pipeline is left alone.
        if len(text) > self._limit(nlp) or not self._batch_for(nlp):
            return self._parse(nlp, text)
        group = self._group_of.pop(text, None)
        if group is not None:
            self._fill(nlp, group)
        doc = self._docs.pop((id(nlp), text), None)
        if doc is None:
            return self._parse(nlp, text)
        self.handed_out += 1
        return doc

    def _fill(self, nlp: Any, group: str) -> None:
        """Parse, in one ``nlp.pipe``, the texts of `group` not batched yet that fit in one piece."""
        limit = self._limit(nlp)
        texts = [t for t in self._groups.pop(group, []) if len(t) <= limit]
        # Docs of an earlier module its rows never asked for (a row whose report text differs
        # from its argument) would otherwise be held to the end of the run.
        self._docs.clear()
        for text in texts:
            self._group_of.pop(text, None)
        for text, doc in zip(texts, nlp.pipe(texts, batch_size=64), strict=True):
            self._docs[(id(nlp), text)] = doc
        self.batched += len(texts)
