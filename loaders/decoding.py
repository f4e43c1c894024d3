"""Bytes to text: encodings declared, sniffed or guessed, and mis-decoded text repaired.

Analysts' files come from everywhere: pages declaring one charset and using another,
exports in Windows code pages, spreadsheets whose UTF-8 was once read as cp1252 and saved
again ("hospitalâ€™s"). :func:`decode_text` turns bytes into text and says, as warnings,
whatever it had to guess; it never fails on text, only on binary content.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(
    rb"""<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']"""
    rb"""|<meta[^>]*\bcharset\s*=\s*["']?([\w.:-]+)""",
    re.I,
)
# Characters cp1252 gives to the bytes of a UTF-8 multi-byte sequence: a lead byte
# (0xC2-0xF4 shows as Â..ô) followed by continuation bytes (0x80-0xBF show as the
# cp1252 specials €‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ or as \xa0-\xbf).
_CP1252_CONT = "\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d" \
    "\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178\u00a0-\u00bf\u0080-\u009f"
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CP1252_CONT}]{{1,3}}")


class BinaryContent(ValueError):
    """The bytes are not text: NUL bytes without a UTF-16/32 byte-order mark, or a text
    whose decoding is mostly control characters and replaced bytes."""


# Share of control characters (not tab, line breaks or form feed) and U+FFFD replacement
# characters above which decoded bytes are taken for binary: random bytes decode to about
# 20%, text in any real encoding to nearly 0%.
BINARY_SHARE = 0.05
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


def control_share(text: str, sample: int = 65536) -> float:
    """The share of control and replacement characters in the first ``sample`` characters."""
    head = text[:sample]
    return len(_CONTROL.findall(head)) / len(head) if head else 0.0


# A run of this many characters without a space is no word of any language (base64 blobs,
# minified code, a byte dump read as text).
LONGEST_WORD = 1000


def not_prose(text: str) -> str | None:
    """Why ``text`` is no report to extract from, or None: more than half of it is runs of
    over :data:`LONGEST_WORD` characters without a space. Cost: one regex scan."""
    long_runs = sum(len(m.group(0)) for m in re.finditer(rf"\S{{{LONGEST_WORD + 1},}}", text))
    if long_runs * 2 > len(text.strip()):
        return (f"no prose: {long_runs:,} of {len(text.strip()):,} characters are runs of over "
                f"{LONGEST_WORD:,} characters without a space")
    return None


def declared_encoding(data: bytes) -> str | None:
    """The charset an XML declaration or an HTML ``<meta>`` names in the first 4 KB."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def looks_binary(data: bytes) -> bool:
    """True when the first 8 KB hold a NUL byte and no UTF-16/32 byte-order mark."""
    head = data[:8192]
    return b"\x00" in head and not any(head.startswith(bom) for bom, _ in _BOMS)


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Decode ``data`` and return ``(text, warnings)``.

    Order: a byte-order mark; strict UTF-8 (tried before the declared charset because
    valid multi-byte UTF-8 is almost never an accident, while pages often declare a
    charset they do not use); the declared charset; the charset `charset_normalizer`
    sniffs; else UTF-8 with replacement characters. Every step after strict UTF-8 adds a
    warning. Mis-decoded UTF-8 (``â€™``) is then repaired. Raises BinaryContent for
    binary data (:func:`looks_binary`, or over :data:`BINARY_SHARE` control characters
    once decoded). Cost: linear in the size; sniffing only runs on non-UTF-8 input.
    """
    text, warnings = _decoded(data, declared)
    share = control_share(text)
    if share > BINARY_SHARE:
        raise BinaryContent(f"binary content, not text ({share:.0%} control characters)")
    return text, warnings


def _decoded(data: bytes, declared: str | None) -> tuple[str, tuple[str, ...]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _repaired(data.decode(encoding, errors="replace"), ())
    if looks_binary(data):
        raise BinaryContent("binary content, not text")
    try:
        return _repaired(data.decode("utf-8"), ())
    except UnicodeDecodeError as exc:
        why = f"not valid UTF-8 (byte {exc.start})"
    declared = declared or declared_encoding(data)
    if declared and declared not in ("utf-8", "utf_8"):
        try:
            return _repaired(data.decode(declared), (f"{why}; decoded as declared {declared}",))
        except (UnicodeDecodeError, LookupError):
            why += f", nor {declared} as declared"
    from charset_normalizer import from_bytes  # imported here: only odd files need it

    encoding = _sniff(from_bytes(data[:200_000]))
    if encoding:
        try:
            return _repaired(data.decode(encoding), (f"{why}; decoded as {encoding} (sniffed)",))
        except (UnicodeDecodeError, LookupError):
            pass
    return _repaired(data.decode("utf-8", errors="replace"), (f"{why}; undecodable bytes replaced",))


def _sniff(matches: object) -> str | None:
    """The sniffed encoding; among equally plausible ones, Windows code pages first.

    Short Western texts fit cp1250, cp1252 and a dozen more equally well; files that are
    neither UTF-8 nor declared are overwhelmingly Windows exports, cp1252 above all.
    """
    found = list(matches)  # type: ignore[call-overload]
    if not found:
        return None
    least = min(m.chaos for m in found)
    tied = [m.encoding for m in found if m.chaos <= least + 1e-9]
    for preferred in ("cp1252", *(e for e in tied if e.startswith("cp125"))):
        if preferred in tied:
            return preferred
    return tied[0]


def _fix(match: re.Match[str]) -> str:
    run = match.group(0)
    try:
        return run.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return run


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo UTF-8 that was decoded as cp1252 (``â€™`` -> ``’``); returns (text, runs fixed).

    Only runs that re-encode to valid UTF-8 are changed, so genuine Latin text ("Ã  la")
    stays as it is. Cost: one regex scan when nothing needs repair.
    """
    if not _MOJIBAKE.search(text):
        return text, 0
    fixed = 0

    def fix(m: re.Match[str]) -> str:
        nonlocal fixed
        out = _fix(m)
        fixed += out != m.group(0)
        return out

    return _MOJIBAKE.sub(fix, text), fixed


def _repaired(text: str, warnings: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    text, fixed = repair_mojibake(text)
    if fixed:
        warnings += (f"repaired {fixed} mis-decoded character sequence(s) (UTF-8 read as cp1252)",)
    return text, warnings
