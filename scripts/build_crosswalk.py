"""Regenerate schema/country_codes.tsv: ISO 3166 alpha-3 <-> COW <-> Gleditsch-Ward, with dates and names.

Usage: .venv/bin/python scripts/build_crosswalk.py [REFERENCE_DIR] [--stdout]

Facts: cowstates.csv and gwstates.csv (state lists with start/end dates) and the country names of
icews_events_2018_sample.tab, all in ../shared/reference. Each state is matched to an ISO code by its
name (pycountry); schema/country_codes_edits.tsv corrects the matches, maps one state to several ISO
codes (Yugoslavia -> SRB/YUG/SCG), folds seceded regions into their former state, and adds names.

Output: one row per ISO code and period in which its COW and GW codes are constant (`cow_via`/`gw_via`
name the ISO code a folded region borrows its code from), then one row per listed state without an ISO
code (iso3 empty). A code never on the lists gets a single row with empty dates and codes.
"""
from __future__ import annotations

import csv
import datetime as dt
import sys
from collections import defaultdict
from pathlib import Path

import pycountry

from eventcoder.crosswalk import normalize_name as norm

HERE = Path(__file__).resolve().parent.parent
EDITS = HERE / "schema" / "country_codes_edits.tsv"
OUT = HERE / "schema" / "country_codes.tsv"
COLUMNS = ["iso3", "name", "icews_name", "start", "end", "cow", "gw", "cow_via", "gw_via", "aliases"]
DAY = dt.timedelta(days=1)
OPEN = dt.date(9999, 12, 31)


def read_edits() -> list[dict]:
    rows = []
    header = None
    for line in EDITS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        if header is None:
            header = f
            continue
        rows.append(dict(zip(header, f + [""] * (len(header) - len(f)))))
    return rows


def states(ref: Path, system: str) -> list[dict]:
    out = []
    with open(ref / f"{system}states.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.append({"code": int(r[f"{system}code"]), "abbr": r[f"{system}c"], "name": r["country_name"],
                        "start": dt.date.fromisoformat(r["start"]), "end": dt.date.fromisoformat(r["end"])})
    return out


def pycountry_iso(name: str) -> str | None:
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


def build(ref: Path) -> tuple[str, list[str]]:
    """The table's text, and a list of warnings (unmatched ICEWS names)."""
    edits = read_edits()
    maps = defaultdict(list)            # "cow:255" -> [(iso3, start, end)]
    folds = defaultdict(list)           # iso3 -> [(into, start, end)]
    extra, names, aliases = {}, {}, defaultdict(list)
    for e in edits:
        start = dt.date.fromisoformat(e["start"]) if e["start"] else None
        end = dt.date.fromisoformat(e["end"]) if e["end"] else None
        if e["kind"] == "map":
            maps[e["key"]].append((e["value"], start, end))
        elif e["kind"] == "fold":
            folds[e["key"]].append((e["value"], start, end))
        elif e["kind"] == "extra":
            extra[e["key"]] = e["value"]
        elif e["kind"] == "name":
            names[e["key"]] = e["value"]
        elif e["kind"] == "alias":
            aliases[e["value"]].append(e["key"])
        else:
            raise SystemExit(f"{EDITS}: unknown kind {e['kind']!r}")

    isos = {c.alpha_3: c for c in pycountry.countries}
    alias_index = {norm(a): iso for iso, names_ in aliases.items() for a in names_}

    def resolve(name: str) -> str | None:
        return alias_index.get(norm(name)) or pycountry_iso(name)

    # own intervals per key (iso3, or "#ABBR" for a state without ISO code) and system
    own = defaultdict(lambda: {"cow": [], "gw": []})
    state_names = defaultdict(set)
    for system in ("cow", "gw"):
        for s in states(ref, system):
            key = f"{system}:{s['code']}"
            targets = maps[key] if key in maps else [(pycountry_iso(s["name"]) or "", None, None)]
            for iso, a, b in targets:
                lo, hi = max(s["start"], a or s["start"]), min(s["end"], b or s["end"])
                if lo > hi:
                    continue
                k = iso or f"#{s['abbr']}"
                own[k][system].append((lo, hi, s["code"], ""))
                state_names[k].add(s["name"])

    def with_folds(key: str, system: str) -> list[tuple]:
        ivs = list(own[key][system])
        for into, a, b in folds.get(key, []):
            for lo, hi, code, _ in own[into][system]:
                lo, hi = max(lo, a or lo), min(hi, b or hi)
                for piece in subtract((lo, hi), [(x, y) for x, y, *_ in own[key][system]]):
                    ivs.append((*piece, code, into))
        return sorted(ivs)

    def slices(key: str) -> list[dict]:
        per = {s: with_folds(key, s) for s in ("cow", "gw")}
        cuts = sorted({d for ivs in per.values() for lo, hi, *_ in ivs for d in (lo, hi + DAY if hi < OPEN else hi)})
        rows = []
        for lo, nxt in zip(cuts, cuts[1:] + [None]):
            hi = OPEN if nxt is None or (nxt == OPEN and lo != OPEN) else nxt - DAY
            if nxt is None and lo == OPEN:
                break
            got = {}
            for s, ivs in per.items():
                got[s] = next(((c, v) for a, b, c, v in ivs if a <= lo <= b), ("", ""))
            if not got["cow"][0] and not got["gw"][0]:
                continue
            cur = {"start": lo, "end": hi, "cow": got["cow"][0], "gw": got["gw"][0],
                   "cow_via": got["cow"][1], "gw_via": got["gw"][1]}
            prev = rows[-1] if rows else None
            if prev and prev["end"] + DAY == lo and all(prev[k] == cur[k] for k in ("cow", "gw", "cow_via", "gw_via")):
                prev["end"] = hi
            else:
                rows.append(cur)
            if hi == OPEN:
                break
        return rows

    # ICEWS spellings, from the sample
    icews, warnings = {}, []
    sample = ref / "icews_events_2018_sample.tab"
    if sample.exists():
        with open(sample, encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                for col in ("Source Country", "Target Country", "Country"):
                    n = r[col].strip()
                    if not n or n == "NA":
                        continue
                    iso = resolve(n)
                    if iso is None:
                        warnings.append(f"ICEWS name {n!r} matches no ISO code")
                    elif iso not in icews:
                        icews[iso] = n

    def display(iso: str) -> str:
        if iso in names:
            return names[iso]
        if iso in extra:
            return extra[iso]
        c = isos[iso]
        return getattr(c, "common_name", None) or c.name

    # every name belongs to one ISO code: explicit aliases first, then names of current ISO codes, then the
    # state-list names of current codes, then the names of withdrawn codes (DDR, YUG, ...)
    all_isos = sorted(set(isos) | set(extra))
    candidates = {}
    for iso in all_isos:
        current = iso in isos or iso == "XKX"
        own_names = [display(iso), icews.get(iso, "")]
        if iso in isos:
            c = isos[iso]
            own_names += [c.name, getattr(c, "official_name", ""), getattr(c, "common_name", "")]
        candidates[iso] = [(0, a) for a in aliases.get(iso, [])] + [(1 if current else 3, a) for a in own_names] + \
            [(2 if current else 3, a) for a in sorted(state_names.get(iso, ()))]
    owner = {}
    for iso in all_isos:
        for rank, a in candidates[iso]:
            if a and (norm(a) not in owner or owner[norm(a)][0] > rank):
                owner[norm(a)] = (rank, iso)

    out = []
    for iso in all_isos:
        nm = display(iso)
        seen, keep = {norm(nm)}, []
        for _, a in sorted(candidates[iso], key=lambda x: x[0] if x[0] else 9):
            if a and norm(a) not in seen and owner[norm(a)][1] == iso:
                seen.add(norm(a))
                keep.append(a)
        base = {"iso3": iso, "name": nm, "icews_name": icews.get(iso, nm), "aliases": "|".join(keep)}
        sl = slices(iso)
        if not sl:
            out.append({**base, "start": "", "end": "", "cow": "", "gw": "", "cow_via": "", "gw_via": ""})
        for s in sl:
            out.append({**base, **{k: str(v) for k, v in s.items()}})
    for key in sorted((k for k in own if k.startswith("#")), key=lambda k: min(iv[0] for s in own[k].values() for iv in s)):
        nm = sorted(state_names[key])[0]
        for s in slices(key):
            out.append({"iso3": "", "name": nm, "icews_name": "", "aliases": "|".join(sorted(state_names[key])[1:]),
                        **{k: str(v) for k, v in s.items()}})

    lines = ["# ISO 3166 alpha-3 <-> COW <-> Gleditsch-Ward state codes with dates and names.",
             "# Generated by scripts/build_crosswalk.py from ../shared/reference (cowstates.csv, gwstates.csv,",
             "# icews_events_2018_sample.tab) and schema/country_codes_edits.tsv; do not edit by hand.",
             "\t".join(COLUMNS)]
    for r in out:
        lines.append("\t".join(r[c] for c in COLUMNS))
    return "\n".join(lines) + "\n", warnings


def subtract(iv: tuple, holes: list[tuple]) -> list[tuple]:
    """Parts of the closed date interval iv not covered by the closed intervals in holes."""
    parts = [iv]
    for a, b in holes:
        nxt = []
        for lo, hi in parts:
            if b < lo or a > hi:
                nxt.append((lo, hi))
                continue
            if lo < a:
                nxt.append((lo, a - DAY))
            if b < hi:
                nxt.append((b + DAY, hi))
        parts = nxt
    return [p for p in parts if p[0] <= p[1]]


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    ref = Path(args[0]) if args else HERE.parent / "shared" / "reference"
    text, warnings = build(ref)
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    if "--stdout" in argv:
        sys.stdout.write(text)
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10)) - 4} rows to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
