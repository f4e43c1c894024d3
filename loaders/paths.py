"""Which files a list of inputs names: files as given, directories walked, globs expanded.

:func:`expand_paths` turns what a user names (files, directories, glob patterns, fsspec
URLs, ``-`` for standard input) into the files to read, in a stable order; the reading
itself is :mod:`.readers`. Cost: one directory walk or glob per input named.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable, Iterator

STDIN = "-"


def _hidden(name: str) -> bool:
    return name.startswith(".") and name not in (".", "..")


# A folder's own documentation describes the folder; it is no report. Read when named.
FOLDER_DOCS = frozenset({"readme", "license", "licence", "changelog", "notice", "copying"})


def _folder_doc(name: str) -> bool:
    return name.split(".", 1)[0].lower() in FOLDER_DOCS


def expand_paths(paths: Iterable[str | os.PathLike[str]], include_hidden: bool = False) -> Iterator[str]:
    """Files to read, in a stable order: files as given, directories walked recursively
    (sorted, a folder's files before its subfolders; dot-files and dot-directories left
    out unless ``include_hidden``, and the folder's own README/LICENSE/CHANGELOG files
    always, since they describe the folder), glob
    patterns (``**`` recursive) expanded, fsspec URLs (``s3://…``) listed the same way
    (:mod:`.urls`); ``-`` passes through for standard input, and a
    path that does not exist passes through for :func:`read_file` to report.
    """
    for p in paths:
        name = os.fspath(p)
        if name == STDIN:
            yield name
        elif is_url(name):
            from sitgraph.loaders.urls import expand_url

            yield from expand_url(name, include_hidden)
        elif os.path.isdir(name):
            for root, dirs, files in os.walk(name):
                dirs[:] = sorted(d for d in dirs if include_hidden or not _hidden(d))
                for f in sorted(files):
                    if (include_hidden or not _hidden(f)) and not _folder_doc(f):
                        yield os.path.join(root, f)
        elif not os.path.exists(name) and glob.has_magic(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield name  # reported as missing
            for m in matches:
                if os.path.isdir(m):
                    yield from expand_paths([m], include_hidden)
                else:
                    yield m
        else:
            yield name


_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(name: str) -> bool:
    """True for ``scheme://…`` (an fsspec URL, read by :mod:`.urls`); paths and ``-`` are not."""
    return _URL.match(name) is not None

