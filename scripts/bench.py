"""Benchmark: code a generated corpus with each engine and worker count; report articles/s, sentences/s per
core, events/s and peak memory (RSS), print a table and write output/bench.json.

Usage: python scripts/bench.py [--articles 20000] [--seed 1] [--runs local:1,local:2,dask:2] [--out output/bench.json]
"""
import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

RUNNER = r"""
import json, resource, sys, time
from eventcoder.pipeline import code_files
inp, out, engine, workers = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
t = time.perf_counter()
s = code_files([inp], out, overwrite=True, workers=workers, engine=engine)
dt = time.perf_counter() - t
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": dt, "read": s.read, "events": s.events, "rss_main_mb": me / 1024,
                  "rss_worker_mb": s.worker_peak_rss_mb if workers > 1 or engine != "local" else 0}))
"""


def count_sentences(path: Path) -> int:
    from eventcoder.articles import read_articles
    from eventcoder.coder import sentences_of
    from eventcoder.records import Article
    return sum(len(sentences_of(a)) for a in read_articles([str(path)]) if isinstance(a, Article))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", default="local:1,local:2,dask:2")
    ap.add_argument("--out", default=str(ROOT / "output" / "bench.json"))
    a = ap.parse_args()
    from eventcoder.synthetic import write_jsonl
    out_dir = ROOT / "output"
    out_dir.mkdir(exist_ok=True)
    corpus = out_dir / f"bench_{a.articles}_{a.seed}.jsonl"
    if not corpus.exists():
        write_jsonl(corpus, a.articles, a.seed)
    sentences = count_sentences(corpus)
    results = []
    for spec in a.runs.split(","):
        engine, workers = spec.split(":")
        workers = int(workers)
        res = subprocess.run([sys.executable, "-c", RUNNER, str(corpus), str(out_dir / "bench_events.parquet"),
                              engine, str(workers)], capture_output=True, text=True)
        if res.returncode:
            sys.exit(f"bench run {spec} failed:\n{res.stderr[-2000:]}")
        r = json.loads(res.stdout.strip().splitlines()[-1])
        secs = r["seconds"]
        row = {"engine": engine, "workers": workers, "articles": r["read"], "sentences": sentences,
               "events": r["events"], "seconds": round(secs, 1),
               "articles_per_s": round(r["read"] / secs, 1),
               "sentences_per_s": round(sentences / secs),
               "sentences_per_s_per_core": round(sentences / secs / workers),
               "events_per_s": round(r["events"] / secs),
               "peak_rss_main_mb": round(r["rss_main_mb"]), "peak_rss_worker_mb": round(r["rss_worker_mb"])}
        results.append(row)
        print(json.dumps(row), flush=True)
    base = next((r for r in results if r["engine"] == "local" and r["workers"] == 1), None)
    for r in results:
        r["speedup_vs_1_worker"] = round(base["seconds"] / r["seconds"], 2) if base else None
    report = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                          "platform": platform.platform()},
              "corpus": {"articles": a.articles, "seed": a.seed, "sentences": sentences},
              "date": time.strftime("%Y-%m-%d"), "runs": results}
    Path(a.out).write_text(json.dumps(report, indent=2))
    print("\n| engine | workers | articles/s | sentences/s | sentences/s per core | events/s | speed-up | peak RSS driver / largest worker (MB) |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['engine']} | {r['workers']} | {r['articles_per_s']} | {r['sentences_per_s']} | "
              f"{r['sentences_per_s_per_core']} | {r['events_per_s']} | {r['speedup_vs_1_worker']} | "
              f"{r['peak_rss_main_mb']} / {r['peak_rss_worker_mb']} |")
    print(f"\nwritten {a.out}")


if __name__ == "__main__":
    main()
