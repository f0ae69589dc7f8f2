#!/usr/bin/env python3
"""Summarises a JMH JSON result of bench/ (java -jar bench/target/benchmarks.jar -prof gc -rf json -rff r.json).

Times are the fastest measurement iteration of each benchmark (on a shared machine other
load only ever adds time), with the JMH mean beside it for the record; the ratios are also
given by the means and by the medians of the forks' means. Prints, per config
size: time and bytes allocated per operation of scan (a), parse (b),
check (c), check with the plan's dependencies spelled (c+) and boot (d), the ratios (b)/(a) and (c)/(a), (c)'s throughput and allocation
per document byte; then the planner's time per step. Usage: scripts/bench-summary.py r.json
"""
import json
import sys

SIZES = {"656b": 656, "1k": 906, "16k": 16336, "64k": 65418}  # bytes, as bench/configs holds them
STEPS = {}  # filled from the planner's printed step counts when given as mounts=steps args

results = json.load(open(sys.argv[1]))
for arg in sys.argv[2:]:
    mounts, steps = arg.split("=")
    STEPS[mounts] = int(steps)

by = {}
fork_means = {}  # each fork's mean time, sorted
for r in results:
    name = r["benchmark"].rsplit(".", 1)[1]
    params = r.get("params", {})
    key = params.get("size") or params.get("mounts")
    alloc = r["secondaryMetrics"].get("gc.alloc.rate.norm", {}).get("score", float("nan"))
    forks = r["primaryMetric"]["rawData"]
    raw = [v for fork in forks for v in fork]
    by[(name, key)] = (min(raw), r["primaryMetric"]["score"], alloc)
    fork_means[(name, key)] = sorted(sum(fork) / len(fork) for fork in forks)

print("| size | bytes | (a) scan µs | (b) parse µs | (c) check µs | (d) boot µs | (b)/(a) | (c)/(a) | (c) MB/s | (c) alloc B/op | (c) alloc / doc |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
# (the mean of all iterations follows each best time in brackets)
for size, n in SIZES.items():
    if ("scan", size) not in by:
        continue
    a, b, c, d = (by.get((m, size), (float("nan"),) * 3) for m in ("scan", "parse", "check", "boot"))
    t = lambda m: "—" if m[0] != m[0] else f"{m[0]:.1f} ({m[1]:.0f})"  # nan: not in this run
    print(f"| {size} | {n} | {t(a)} | {t(b)} | {t(c)} | {t(d)} "
          f"| {b[0] / a[0]:.2f} | {c[0] / a[0]:.2f} "
          f"| {n / c[0]:.0f} | {c[2]:.0f} | {c[2] / n:.1f} |")
print()
# The same ratios three ways, since one fork can run a third slower than another: by the best
# iterations, by the means of all iterations, and by the medians of the forks' means.
median = lambda xs: xs[len(xs) // 2] if len(xs) % 2 else (xs[len(xs) // 2 - 1] + xs[len(xs) // 2]) / 2
print("| size | forks | (b)/(a) best · mean · forks | (c)/(a) best · mean · forks |")
print("|---|---|---|---|")
for size in SIZES:
    if ("scan", size) not in by:
        continue
    cells = []
    for m in ("parse", "check"):
        if (m, size) not in by:
            cells.append("—")
            continue
        x, a = by[(m, size)], by[("scan", size)]
        forks = median(fork_means[(m, size)]) / median(fork_means[("scan", size)])
        cells.append(f"{x[0] / a[0]:.2f} · {x[1] / a[1]:.2f} · {forks:.2f}")
    print(f"| {size} | {len(fork_means[('scan', size)])} | {cells[0]} | {cells[1]} |")
print()
print("| allocation B/op | scan | parse | check | check + spell | boot |")
print("|---|---|---|---|---|---|")
for size in SIZES:
    if ("scan", size) in by:
        print(f"| {size} | " + " | ".join(f"{by.get((m, size), (0, 0, float('nan')))[2]:.0f}"
                                        for m in ("scan", "parse", "check", "checkAndSpell", "boot")) + " |")
print()
print("| check + spell (the plan's dependencies spelled too) | µs | (c+)/(a) |")
print("|---|---|---|")
for size in SIZES:
    if ("checkAndSpell", size) in by and ("scan", size) in by:
        cs, a = by[("checkAndSpell", size)], by[("scan", size)]
        print(f"| {size} | {cs[0]:.1f} ({cs[1]:.0f}) | {cs[0] / a[0]:.2f} |")
print()
for mounts in ("100", "10000"):
    if ("plan", mounts) in by:
        t = by[("plan", mounts)][0]
        per = f"{1000 * t / STEPS[mounts]:.0f} ns/step ({STEPS[mounts]} steps)" if mounts in STEPS else "(pass mounts=steps)"
        print(f"planner, {mounts} mounts: best {t:.1f} µs/op (mean {by[('plan', mounts)][1]:.1f}), {per}")
