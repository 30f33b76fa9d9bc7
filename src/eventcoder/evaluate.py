"""Scoring an events table against a gold-standard JSONL file.

Gold records: {"id", "expected": [{"source", "target", "root"|"roots", "code"|"codes", "dates",
"required"}]}. Three levels, micro-averaged over records, as the project's judging scorer defines them:
dyad+root, dyad+code (records whose gold gives codes), dyad+root+date (records whose gold gives dates;
a gold date "2022-11" accepts any day of that month). A prediction is correct when it matches any gold
entry of its record; recall counts required entries, matched one-to-one.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

LEVELS = ("dyad+root", "dyad+code", "dyad+root+date")


@dataclass
class Score:
    correct: int = 0
    predicted: int = 0
    found: int = 0
    required: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    levels: dict[str, Score] = field(default_factory=lambda: {lv: Score() for lv in LEVELS})
    per_root: dict[str, list[int]] = field(default_factory=dict)       # root -> [found, required]
    misses: list[tuple] = field(default_factory=list)
    extras: list[tuple] = field(default_factory=list)

    def report(self, by_root: bool = True, misses: bool = False) -> str:
        out = [f"{'level':<16} {'precision':>9} {'recall':>7} {'f1':>6}  (correct/predicted, found/required)"]
        for lv, s in self.levels.items():
            if not s.required:
                out.append(f"{lv:<16} {'n/a':>9}")
                continue
            out.append(f"{lv:<16} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f}  "
                       f"({s.correct}/{s.predicted}, {s.found}/{s.required})")
        if by_root:
            for r in sorted(self.per_root):
                f, n = self.per_root[r]
                out.append(f"root {r}: recall {f / n:.2f} ({f}/{n})")
        if misses:
            out += ["missed " + " ".join(map(str, m)) for m in self.misses]
            out += ["extra  " + " ".join(map(str, x)) for x in self.extras]
        return "\n".join(out)


def _pred_rows(events_path: str) -> dict[str, list[dict]]:
    import pyarrow.parquet as pq
    out: dict[str, list[dict]] = {}
    for r in pq.read_table(events_path).to_pylist():
        def side(s):
            return r.get(f"{s}_country") or (str(r.get(f"{s}_actor"))[:3] if r.get(f"{s}_actor") else None)
        src, tgt = side("source"), side("target")
        code = r.get("cameo_code")
        root = r.get("cameo_root") or (code[:2] if code else None)
        if not (src and tgt and root):
            continue
        d = r.get("event_date")
        out.setdefault(str(r["article_id"]), []).append(
            {"source": src, "target": tgt, "root": root, "code": code, "date": d.isoformat() if d else None})
    return out


def _entries(rec: dict) -> list[dict]:
    out = []
    for e in rec.get("expected", []):
        roots = set(e.get("roots") or ([e["root"]] if e.get("root") else []))
        if not roots and e.get("code"):
            roots = {str(e["code"])[:2]}
        codes = set(e.get("codes") or ([e["code"]] if e.get("code") and e.get("code_status") != "uncertain" else []))
        out.append({"source": e.get("source"), "target": e.get("target"), "roots": roots, "codes": codes,
                    "dates": e.get("dates"),
                    "required": e.get("required", True) and bool(e.get("source")) and bool(e.get("target"))})
    return out


def _matches(level: str, p: dict, e: dict) -> bool:
    if (p["source"], p["target"]) != (e["source"], e["target"]):
        return False
    if level == "dyad+code" and e["codes"]:
        return p["code"] in e["codes"]
    if p["root"] not in e["roots"]:
        return False
    if level == "dyad+root+date" and e["dates"]:
        return bool(p["date"]) and any(p["date"].startswith(g) for g in e["dates"])
    return True


def _matching(golds: list[dict], preds: list[dict], level: str) -> tuple[int, set[int]]:
    """Maximum one-to-one matching (augmenting paths); returns size and matched gold indices."""
    owner: dict[int, int] = {}

    def place(g: int, seen: set[int]) -> bool:
        for j, p in enumerate(preds):
            if j in seen or not _matches(level, p, golds[g]):
                continue
            seen.add(j)
            if j not in owner or place(owner[j], seen):
                owner[j] = g
                return True
        return False
    n = sum(place(g, set()) for g in range(len(golds)))
    return n, set(owner.values())


def evaluate(events_path: str | Path, gold_path: str | Path) -> Evaluation:
    preds_by_id = _pred_rows(str(events_path))
    gold = [json.loads(l) for l in Path(gold_path).read_text(encoding="utf-8").splitlines() if l.strip()]
    ev = Evaluation()
    ids = set(preds_by_id)
    for rec in gold:
        gid = rec["id"]
        aid = gid if gid in ids else next(iter([a for a in ids if a.endswith(gid)][:1]), None)
        preds = preds_by_id.get(aid, []) if aid else []
        entries = _entries(rec)
        for lv in LEVELS:
            if lv == "dyad+code" and entries and not any(e["codes"] for e in entries):
                continue
            if lv == "dyad+root+date" and entries and not any(e["dates"] for e in entries):
                continue

            def key(p):
                return {"dyad+code": (p["source"], p["target"], p["code"]),
                        "dyad+root+date": (p["source"], p["target"], p["root"], p["date"])}.get(
                    lv, (p["source"], p["target"], p["root"]))
            uniq = list({key(p): p for p in preds}.values())
            seen, required = set(), []
            for e in entries:
                k = (e["source"], e["target"], frozenset(e["roots"]),
                     frozenset(e["codes"]) if lv == "dyad+code" else None,
                     tuple(e["dates"] or ()) if lv == "dyad+root+date" else None)
                if e["required"] and k not in seen:
                    seen.add(k)
                    required.append(e)
            n, matched = _matching(required, uniq, lv)
            s = ev.levels[lv]
            s.found += n
            s.required += len(required)
            for p in uniq:
                s.predicted += 1
                if any(_matches(lv, p, e) for e in entries):
                    s.correct += 1
                elif lv == "dyad+root":
                    ev.extras.append((gid, key(p)))
            if lv == "dyad+root":
                for g, e in enumerate(required):
                    for r in e["roots"]:
                        c = ev.per_root.setdefault(r, [0, 0])
                        c[1] += 1
                        c[0] += g in matched
                    if g not in matched:
                        ev.misses.append((gid, e["source"], e["target"], sorted(e["roots"])))
    return ev
