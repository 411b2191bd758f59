#!/usr/bin/env python3
"""An independent checker of Cordeau PVRP solutions, written apart from the Swift one
(Sources/TerritoryBenchmark) so that the two can vouch for each other.

    python3 territories/tools/pvrp_check.py INSTANCE SOLUTION     # a territory-bench --solution JSON or a Cordeau .res file
    python3 territories/tools/pvrp_check.py --published DIR         # every Cordeau .res in DIR against ../shared instances

It reads the instance as ../shared/benchmarks/pvrp/README.md describes it (day 1 = most
significant bit of a combination), recomputes every route with real-valued Euclidean distances
and checks, naming every violation: each route's load <= Q and (when D > 0) travel + service
<= D; at most m routes a day; no customer twice on a day; every customer's visit days exactly
one of its allowed combinations. For a .res file it also compares each route's stated length
and load and the stated total with the recomputed ones.
"""
import json, math, pathlib, sys
from collections import defaultdict

def read_instance(path):
    lines = [l.split() for l in pathlib.Path(path).read_text().splitlines() if l.strip()]
    _, m, n, t = map(int, lines[0])
    limits = [tuple(map(float, lines[1 + k])) for k in range(t)]
    nodes = {}
    for f in lines[1 + t:1 + t + n + 1]:
        i = int(f[0])
        freq = int(f[5]) if len(f) > 5 else 0
        count = int(f[6]) if len(f) > 6 else 0
        nodes[i] = dict(x=float(f[1]), y=float(f[2]), service=float(f[3]), demand=float(f[4]), freq=freq,
                        combos=set(int(c) for c in f[7:7 + count]))
    return dict(m=m, n=n, t=t, limits=limits, nodes=nodes)

def read_solution(path):
    text = pathlib.Path(path).read_text()
    if text.lstrip().startswith('{'):
        data = json.loads(text)
        return None, [dict(day=r['day'], customers=r['customers']) for r in data['routes']]
    lines = [l.split() for l in text.splitlines() if l.strip()]
    stated = float(lines[0][0])
    routes = []
    for f in lines[1:]:
        routes.append(dict(day=int(f[0]), vehicle=int(f[1]), length=float(f[2]), load=float(f[3]),
                           customers=[int(x) for x in f[5:-1]]))
    return stated, routes

def check(instance, stated, routes):
    nodes, t, m = instance['nodes'], instance['t'], instance['m']
    dist = lambda a, b: math.hypot(nodes[a]['x'] - nodes[b]['x'], nodes[a]['y'] - nodes[b]['y'])
    problems, total = [], 0.0
    days_of, per_day = defaultdict(list), defaultdict(int)
    for r in routes:
        d, cs = r['day'], r['customers']
        if not 1 <= d <= t: problems.append(f"route on day {d}, outside 1..{t}"); continue
        per_day[d] += 1
        D, Q = instance['limits'][d - 1]
        path = [0] + cs + [0]
        length = sum(dist(a, b) for a, b in zip(path, path[1:]))
        load = sum(nodes[c]['demand'] for c in cs)
        if load > Q + 1e-9: problems.append(f"day {d}: load {load:g} > Q {Q:g}")
        if D > 0 and length + sum(nodes[c]['service'] for c in cs) > D + 1e-6:
            problems.append(f"day {d}: duration {length:.2f} + service > D {D:g}")
        # A .res file states each route's duration: travel plus service.
        duration = length + sum(nodes[c]['service'] for c in cs)
        if 'length' in r and abs(r['length'] - duration) > 0.01: problems.append(f"day {d}: stated duration {r['length']} vs {duration:.2f}")
        if 'load' in r and abs(r['load'] - load) > 1e-6: problems.append(f"day {d}: stated load {r['load']} vs {load:g}")
        total += length
        for c in cs:
            if c not in nodes or c == 0: problems.append(f"day {d}: unknown customer {c}"); continue
            days_of[c].append(d)
    for d, k in sorted(per_day.items()):
        if k > m: problems.append(f"day {d}: {k} routes > m {m}")
    for i in range(1, instance['n'] + 1):
        days = days_of.get(i, [])
        if len(days) != len(set(days)): problems.append(f"customer {i} twice on a day: {sorted(days)}")
        mask = sum(1 << (t - d) for d in set(days))
        if nodes[i]['freq'] == 0 and not days: continue
        # p01's customer 51 is a dummy at the depot filling a whole vehicle; Cordeau's p01.res leaves it out.
        at_depot = (nodes[i]['x'], nodes[i]['y']) == (nodes[0]['x'], nodes[0]['y'])
        if at_depot and not days: continue
        if mask not in nodes[i]['combos']: problems.append(f"customer {i}: days {sorted(days)} are not an allowed combination")
    if stated is not None and abs(stated - total) > 0.01 * max(1, len(routes)):
        problems.append(f"stated total {stated} vs recomputed {total:.2f}")
    return total, problems

def main(argv):
    if len(argv) == 3 and argv[1] == '--published':
        folder = pathlib.Path(argv[2])
        instances = pathlib.Path(__file__).resolve().parents[3] / 'shared' / 'benchmarks' / 'pvrp' / 'instances'
        bad = 0
        for res in sorted(folder.glob('*.res')):
            stated, routes = read_solution(res)
            total, problems = check(read_instance(instances / res.stem), stated, routes)
            bad += bool(problems)
            print(f"{res.stem:5} stated {stated:10.2f} recomputed {total:10.2f} {'ok' if not problems else '; '.join(problems[:3])}")
        print(f"{bad} of {len(list(folder.glob('*.res')))} published solutions with problems")
        return 1 if bad else 0
    if len(argv) != 3:
        print(__doc__); return 64
    stated, routes = read_solution(argv[2])
    total, problems = check(read_instance(argv[1]), stated, routes)
    print(f"total {total:.2f}: " + ("valid" if not problems else f"{len(problems)} problems"))
    for p in problems: print("  " + p)
    return 1 if problems else 0

if __name__ == '__main__':
    sys.exit(main(sys.argv))
