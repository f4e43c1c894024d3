"""Inject named faults into the extraction rules and count how many the unit tests catch.

    python3 bench/mutate.py                      # every mutant, then a table
    python3 bench/mutate.py --only every_actor_perpetrator drop_negation
    python3 bench/mutate.py --list               # names and whether each still applies
    python3 bench/mutate.py --copy allied_all_actor_pairs DIR   # a mutated package to try by hand:
    PYTHONPATH=DIR python3 -m pytest tests/integration/test_score_gates.py

Each mutant is one textual edit (file, search text, replacement) to a module of
loaders/extract/. It is applied to a temporary copy of the package (a tree of symbolic links
to the repository's files, with the mutated file written out for real), never to the
repository itself; the tests then run against the copy through PYTHONPATH. A mutant is
*killed* when the tests fail, *survives* when they pass, and is *not applicable* when its
search text is not found exactly once (the rules moved on; the mutant needs a new search
text rather than counting as a failure). Cost: one test run per mutant, 10-40 s each
(`pytest tests/unit -k extract -x`; -x stops at the first failure).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOT_PACKAGE = (".git", ".ci", "tests", "bench", "docs", "eval", "tools", "*.egg-info", "__pycache__", ".ruff_cache")
TESTS = ("tests/unit", "-k", "extract", "-x", "-q", "-p", "no:cacheprovider")
READER, REL = "loaders/extract/sentence_reader.py", "loaders/extract/relations.py"
MOOD = "loaders/extract/trigger_mood.py"
SF = "loaders/extract/sentence_frames.py"
FT = "loaders/extract/frame_triggers.py"
ROLES = "loaders/extract/roles.py"


@dataclass(frozen=True)
class Mutation:
    """One injected fault: replace ``search`` (which must occur exactly once) in ``file``."""

    name: str
    file: str
    search: str
    replace: str


_PERP_FILTER = '        return [e for e in out if self.table.entities[e].type not in ("civilians", "media")]'
_AIR_OR_IDLE = 'if kind == "Attack" and (_shoots_down_air_weapon(tok, lemma) or _fires_at_nothing(tok, lemma)):'
_SOLE_SIDE = "    if len(armed) == 1:\n        f.actors = armed"
_ROLE_AGGREGATE = 'if f.kind in ("Attack", "Displacement") and (f.aggregate or (toll and (AGGREGATE.search(own) or'
_IN_GAP = 'if ctx.is_(b, "Place") and IN_GAP.match(text[e1:s2]):'
_MEMBER_APPOS = 'if _group(ctx, b) and MEMBER_AFTER.match(text[e1:s2]):\n                ctx.add("MEMBER_OF", a, b, s1)'
MUTATIONS: tuple[Mutation, ...] = (
    # Who did it.
    Mutation("every_actor_perpetrator", READER, _PERP_FILTER,
             '        return [e for e in self.ents_in(trig.sent, armed) if self.table.entities[e].type not in '
             '("civilians", "media")]'),
    Mutation("victims_and_media_perpetrators", READER, _PERP_FILTER, "        return out"),
    Mutation("passive_subject_perpetrator", READER, 'if c.dep_ == "nsubj" and not passive:',
             'if c.dep_ in ("nsubj", "nsubjpass"):'),
    Mutation("no_by_agent", READER,
             'if enabled(BY_AGENT) and (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")):',
             "if False:"),
    Mutation("no_noun_modifier_perpetrator", READER, 'if c.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod"):',
             "if False:"),
    Mutation("no_light_verb_subject", READER,
             'if not out and gov.pos_ == "VERB" and gov.lemma_.lower() in LIGHT_VERBS:', "if False:"),
    Mutation("no_lone_armed_actor_fallback", SF, _SOLE_SIDE, "    if False:\n        f.actors = armed"),
    Mutation("all_armed_actors_fallback", SF, _SOLE_SIDE, "    if armed:\n        f.actors = armed"),
    Mutation("speakers_kept_as_perpetrators", SF,
             "f.actors = [a for a in f.actors if a not in says or table.entities[a].type in ARMED_TYPES or f.kind == "
             "\"Abduction\"]",
             "f.actors = list(f.actors)"),
    Mutation("struck_subject_attacker", SF, "perps = reader.perpetrators(tok) if under is None else []",
             "perps = reader.perpetrators(tok)"),
    Mutation("mine_victim_attacker", SF, "    if ran_into_weapon(tok):\n        # ",
             "    if False:\n        # "),
    Mutation("facility_operator_acts", READER,
             'return None  # the operator in "a Turkish observation post" is not acting', "pass"),
    Mutation("campaign_actors_ignored", SF, "    if not f.actors and context_actors:", "    if False:"),
    # Whether there was an event at all.
    Mutation("drop_negation", MOOD, 'if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in IRREALIS):',
             "if False:"),
    Mutation("drop_irrealis_governors", MOOD, "if anc.lemma_.lower() in IRREALIS or anc.lower_ in IRREALIS:",
             "if False:"),
    Mutation("drop_irrealis_check", FT, "if irrealis(tok) or not_violence(tok) or not_an_attack(tok):",
             "if not_violence(tok) or not_an_attack(tok):"),
    Mutation("every_frame_grounded", SF, "    return bool(actors or f.places or has_target", "    return True or bool("
             "actors or f.places or has_target"),
    Mutation("weak_triggers_are_events", FT, "    if lemma in WEAK_TRIGGERS:\n        _campaign_actors",
             "    if False:\n        _campaign_actors"),
    Mutation("shot_down_drones_attack", FT, _AIR_OR_IDLE, 'if kind == "Attack" and _fires_at_nothing(tok, lemma):'),
    Mutation("bare_fire_attack", FT, _AIR_OR_IDLE, 'if kind == "Attack" and _shoots_down_air_weapon(tok, lemma):'),
    Mutation("victim_adjectives_events", FT, 'return True  # "displaced people", "kidnapped girls"',
             'pass  # "displaced people", "kidnapped girls"'),
    Mutation("facility_words_triggers", FT, 'return None  # "camp for displaced people"',
             'pass  # "camp for displaced people"'),
    # What was hit, and where.
    Mutation("no_prep_targets", READER,
             'if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "of", "targeting", "into"):', "if False:"),
    Mutation("clash_no_other_side", READER,
             'if c.dep_ == "prep" and c.lower_ == "with" and trig.lemma_.lower() in ("clash", "fight", "battle"):',
             "if False:"),
    Mutation("places_as_targets", SF, '    if k == "Place" and kind != "Capture":', "    if False:"),
    Mutation("capture_target_driven_out_side", SF,
             '    if kind == "Capture" and k == "Actor" and table.entities[e].type in ARMED_TYPES:', "    if False:"),
    Mutation("people_captured_not_abducted", FT, '        return "Abduction"\n    return kind',
             '        return "Capture"\n    return kind'),
    Mutation("no_facility_targets", SF, "add_new(f.targets, [x for x in facilities if x not in f.targets])", "pass"),
    Mutation("owner_struck", SF, "f.targets = [t for t in f.targets if t not in owners]", "f.targets = f.targets"),
    Mutation("no_civilian_victim_group", SF, "    if not _harms_civilians(f, casualties, text, m):",
             "    if True:"),
    Mutation("combatants_as_civilians", SF, '        return False  # "killing three soldiers"',
             '        pass  # "killing three soldiers"'),
    Mutation("aid_workers_as_civilians", SF, "aid = bool(m and AID_WORKERS.fullmatch(m.group(0)))", "aid = False"),
    # Tolls and dates of events.
    Mutation("swap_killed_wounded", SF, "f.killed, f.wounded = casualties.killed, casualties.wounded",
             "f.killed, f.wounded = casualties.wounded, casualties.killed"),
    Mutation("no_event_dates", SF, "    if chosen is not None:\n        d = chosen.mention",
             "    if False:\n        d = chosen.mention"),
    Mutation("never_aggregate", ROLES, _ROLE_AGGREGATE,
             "if False and (f.aggregate or (toll and (AGGREGATE.search(own) or"),
    Mutation("every_toll_aggregate", ROLES, _ROLE_AGGREGATE,
             'if f.kind in ("Attack", "Displacement") and (f.aggregate or (toll and (True or'),
    Mutation("never_anaphoric", SF, "    f.anaphoric = True\n    f.claim_back = f.claim_back or owned",
             "    f.anaphoric = False\n    f.claim_back = f.claim_back or owned"),
    Mutation("no_claimers", SF, 'f.claimed_by = [c for c in says if not (f.kind == "Agreement" and c in f.actors)]',
             "f.claimed_by = []"),
    Mutation("weekday_off_by_one", "loaders/extract/relative_dates.py", "back = (pub.weekday() - target) % 7",
             "back = (pub.weekday() - target) % 7 + 1"),
    Mutation("numbers_swap_killed_wounded", "loaders/extract/numbers.py",
             '_add_figure(out, "wounded" if re.search(r"injur|wound", what) else "killed",',
             '_add_figure(out, "killed" if re.search(r"injur|wound", what) else "wounded",'),
    # Standing relations.
    Mutation("allied_all_actor_pairs", REL, "    return list(ctx.out.values())\n",
             "    acts = [e for e in ctx.table.entities if ctx.is_(e, \"Actor\")]\n"
             "    for x in acts:\n        for y in acts:\n            ctx.add(\"ALLIED_WITH\", x, y, 0)\n"
             "    return list(ctx.out.values())\n"),
    Mutation("allied_within_one_family", REL,
             "if x < y and not _one_family(x, y, ctx.table) and not _government_and_group(x, y, ctx):",
             "if x < y and not _government_and_group(x, y, ctx):"),
    Mutation("allied_with_targets", REL, 'armed = [a for a in ev.actors if ctx.is_(a, "Actor", ARMED)]',
             'armed = [a for a in ev.actors + ev.targets if ctx.is_(a, "Actor")]'),
    Mutation("and_is_ally_cue", REL, "cues = [(m, False) for m in ALLY_CUES.finditer(text)]",
             "cues = [(m, False) for m in re.finditer(r\"\\band\\b|\\bagainst\\b\", text)]"),
    Mutation("no_located_in_from_text", REL, _IN_GAP, "if False:"),
    Mutation("located_in_any_gap", REL, _IN_GAP, 'if ctx.is_(b, "Place"):'),
    Mutation("located_in_country_unchecked", REL,
             'if src != b and ent[b].type != "country" or ctx.is_(src, "Facility") or ent[src].type != "country":',
             "if src != b:"),
    Mutation("no_gazetteer_located_in", "loaders/extract/located_gazetteer.py",
             "            if p and p != e.id and named_near(ctx, e.id, p):", "            if False:"),
    Mutation("no_member_of", REL, _MEMBER_APPOS,
             'if _group(ctx, b) and MEMBER_AFTER.match(text[e1:s2]):\n                pass'),
    Mutation("member_of_any_gap", REL, _MEMBER_APPOS,
             'if _group(ctx, b):\n                ctx.add("MEMBER_OF", a, b, s1)'),
    Mutation("no_part_of_dictionary", REL, 'ctx.add("PART_OF", e.id, parent, e.mentions[0].start)', "pass"),
    Mutation("part_of_wing_reversed", REL, 'ctx.add("PART_OF", b, a, s2)', 'ctx.add("PART_OF", a, b, s2)'),
    Mutation("no_operated_by", REL, 'ctx.add("OPERATED_BY", fid, aid, ctx.table.entities[fid].mentions[0].start)',
             "pass"),
    Mutation("no_party_to", REL, 'ctx.add("PARTY_TO", a, ev.agreement, ev.evidence.start if ev.evidence else 0)',
             "pass"),
)


def package_copy(dest: Path, root: Path = ROOT) -> Path:
    """A copy of the package at dest/sitgraph made of symbolic links to root's files (cheap:
    no file is read); returns the directory to put on PYTHONPATH (dest)."""
    shutil.copytree(root, dest / "sitgraph", copy_function=os.symlink,
                    ignore=shutil.ignore_patterns(*NOT_PACKAGE))
    return dest


def apply(mutation: Mutation, dest: Path, root: Path = ROOT) -> bool:
    """Write root's file with the edit into the copy at dest/sitgraph; False (nothing written)
    when the search text does not occur exactly once."""
    text = (root / mutation.file).read_text(encoding="utf-8")
    if text.count(mutation.search) != 1:
        return False
    target = dest / "sitgraph" / mutation.file
    target.unlink()
    target.write_text(text.replace(mutation.search, mutation.replace), encoding="utf-8")
    return True


def run_tests(pythonpath: Path | None, tests: tuple[str, ...] = TESTS, timeout: float = 900,
              cwd: Path = ROOT) -> tuple[int, str]:
    """(exit code, first failing test or last line of output) of pytest on the tests of the
    checkout at cwd, importing sitgraph from pythonpath (the installed package when None). A
    timeout counts as exit code -1."""
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    try:
        done = subprocess.run([sys.executable, "-m", "pytest", *tests], cwd=cwd, env=env, capture_output=True,
                              text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return -1, "timed out"
    lines = [ln for ln in done.stdout.splitlines() if ln.strip()]
    failed = next((ln.split(" - ")[0] for ln in lines if ln.startswith("FAILED ")), "")
    return done.returncode, failed or (lines[-1] if lines else "")


def outcome(mutation: Mutation, tests: tuple[str, ...] = TESTS, cwd: Path = ROOT) -> tuple[str, str]:
    """("killed" | "survived" | "not applicable" | "error", detail) of one mutant, tested by the
    tests of the checkout at cwd."""
    with tempfile.TemporaryDirectory(prefix="sitgraph-mutant-") as tmp:
        dest = package_copy(Path(tmp))
        if not apply(mutation, dest):
            return "not applicable", f"search text not found once in {mutation.file}"
        code, detail = run_tests(dest, tests, cwd=cwd)
    print(f"{mutation.name}: exit {code}", file=sys.stderr, flush=True)
    if code == 0:
        return "survived", detail
    if code == 1:
        return "killed", detail
    return "error", f"pytest exit {code}: {detail}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="+", metavar="NAME", help="run these mutants only")
    ap.add_argument("--list", action="store_true", help="list the mutants and whether each applies")
    ap.add_argument("--copy", nargs=2, metavar=("NAME", "DIR"), help="write one mutated package under DIR")
    ap.add_argument("--jobs", type=int, default=1, help="mutants tested at once (default 1)")
    ap.add_argument("--tests-from", type=Path, default=ROOT, metavar="DIR",
                    help="run the tests of another checkout (e.g. an older commit's), default this one")
    args = ap.parse_args()
    by_name = {m.name: m for m in MUTATIONS}
    if args.list:
        for m in MUTATIONS:
            ok = (ROOT / m.file).read_text(encoding="utf-8").count(m.search) == 1
            print(f"{m.name:<34} {m.file:<30} {'applies' if ok else 'not applicable'}")
        return 0
    if args.copy:
        dest = package_copy(Path(args.copy[1]))
        if not apply(by_name[args.copy[0]], dest):
            print(f"{args.copy[0]}: not applicable", file=sys.stderr)
            return 1
        print(f"PYTHONPATH={dest}")
        return 0
    chosen = [by_name[n] for n in args.only] if args.only else list(MUTATIONS)
    code, detail = run_tests(None, cwd=args.tests_from)
    if code != 0:
        print(f"the tests fail without any mutant ({detail}); nothing to measure", file=sys.stderr)
        return 2
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(lambda m: outcome(m, cwd=args.tests_from), chosen))
    print("| mutant | file | outcome | first failing test |\n|---|---|---|---|")
    for m, (status, why) in zip(chosen, results, strict=True):
        print(f"| {m.name} | {Path(m.file).name} | {status} | {why if status != 'survived' else ''} |")
    counts = {s: sum(1 for r, _ in results if r == s) for s in ("killed", "survived", "not applicable", "error")}
    print("\n" + ", ".join(f"{n} {s}" for s, n in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
