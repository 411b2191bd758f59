#!/usr/bin/env python3
"""ortools_peer.py: a plain Google OR-Tools routing model of Territory's month, to compare against.

Issue #8, item 4. It plans the same rep-months as `territory plan` with an off-the-shelf model
and writes the result in plan.json's shape, so `territory check` can validate it and the two
plans can be put side by side (`--compare plan.json`).

What it models, per rep and month (one OR-Tools RoutingModel per rep):

* Vehicles = days: one vehicle per available working day (the month's working days from
  territories/calendars/YYYY.json, make-up days included, less the rep's leave.csv days). All
  vehicles start and end at the rep's base (reps.csv latitude/longitude).
* Doctors are graded as `territory grade` does with the default rules (tier from level and
  revenue, title group, score table, grade band, behaviour, nine-grid cell, zone, visits per
  month). `--grades FILE` takes the grading from `territory grade --format json` instead, which
  is required when the territory has a rules.json (this script does not read it).
* A doctor with f visits a month becomes f visit nodes. Visit k (0-based) may only go on a day
  in slice k of the rep's available days, the days split into f consecutive, near-equal slices
  (day d is in slice k when floor(k*W/f) <= d < floor((k+1)*W/f)). So two visits of one doctor
  never share a day.
* Capacity: calls_per_day (default 8) visit nodes per vehicle.
* Time (dimension "Time", minutes after midnight): the route leaves the base at day_start
  (08:30) or later and is back by day_end (17:30); each call takes 15 minutes and starts at a time
  that lets it end inside one of the hospital's visit_windows (empty = all day); waiting is slack.
  Travel is the great-circle distance (haversine, R = 6371.0088 km) x 1.4 at 25 km/h, rounded up
  to whole minutes, 0 between calls at the same hospital; travel_times.csv overrides pairs it
  lists, as in Territory.
* Lunch: one mandatory 60-minute break per vehicle, starting 11:00-13:00 (so inside
  11:00-14:00): `solver.FixedDurationIntervalVar` + `Time.SetBreakIntervalsOfVehicle` with the
  15-minute call as each node's visit transit. OR-Tools may put the break anywhere that does not
  overlap a call: at home before leaving or after returning, or in the slack between two calls
  (the travel still has to fit beside it).
* Every visit node is optional (a disjunction) with a drop penalty by zone: red 1,000,000,
  yellow 100,000, blue 10,000, each plus score x 100 (Territory's missing-visit penalties).
* Arc cost = travel minutes. Search: PATH_CHEAPEST_ARC first solution, GUIDED_LOCAL_SEARCH,
  a fixed time limit per rep (default 10 s, as the issue fixes).

Where it differs from Territory's planner (README "How the planner works"):

* Spacing: Territory's rule bounds every gap between a doctor's visits (at least
  max(1, floor(W/f)-1), at most ceil(W/f)+1 available days, first and last visits near the
  month's edges), over whole day patterns. The slices here are the usual way to express
  periodicity in a plain VRP; they are looser (two visits in neighbouring slices can be 1 day or
  nearly 2 slices apart) and tighter at once (visit k can never move to another slice).
  `territory check` therefore reports spacing violations on this plan; they are expected.
* A doctor short of visits: Territory drops whole visits by priority and re-spaces the
  remaining ones over the month (f-1 visits get the spacing of f-1); here a dropped copy just
  leaves its slice empty. Territory also guarantees priority exactly (no red visit missing while
  a spacing-valid day could hold it in place of a lower-zone call); here priority is only what the
  penalties make the search prefer inside the slices, so `territory check` reports priority
  violations. On a generated 20-rep district (issue #8) the slices, not the search time, cost the
  red visits: a 2-day slice holds 16 calls, so with W = 20 or 22 days and f = 8 a rep with more
  than 16 red doctors loses red visits in every 2-day slice however long OR-Tools runs (the same
  counts with only the red doctors in the model, and at 60 s instead of 10 s); the freed calls go
  to yellow doctors.
* Lunch: Territory places the break at home, after a call, or on arrival (covering a wait);
  OR-Tools may also interrupt a trip with it (drive, lunch, drive). With city distances that
  admits the same days. (This three-argument SetBreakIntervalsOfVehicle is marked deprecated in
  OR-Tools 9.x in favour of pre/post-travel evaluators; it behaves the same here.)
* Search: both weigh the same things (travel minutes, missing visits by zone and score), but
  Territory moves whole day patterns (all of a doctor's days at once) with ruin-and-recreate
  under simulated annealing and a seeded generator; OR-Tools moves single nodes, and a
  wall-clock-limited GLS run need not repeat exactly from run to run.
* Not modelled: rules.json (use --grades), booking_lead_days (informational in Territory too),
  bonus points, the "ride-along" classification of blue calls.

Usage:
  pip install ortools
  python3 territories/tools/ortools_peer.py --territory DIR --month 2026-12 \\
      [--rep ID]... [--time-limit 10] --out RESULTS.json [--compare plan.json]
  territory check RESULTS.json --territory DIR --lang en   # windows, lunch, travel, hours

RESULTS.json has plan.json's keys (month, reps, visits, unplaced, summary) plus routes (each
day's departure, return, lunch, travel) and totals.
"""

import argparse
import csv
import datetime as dt
import io
import json
import math
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

# Territory's defaults (shared/DOMAIN.md, territories/README.md).
DETOUR = 1.4
SPEED_KMH = 25.0
EARTH_KM = 6371.0088
SERVICE_MIN = 15
CALLS_PER_DAY = 8
DAY_START, DAY_END = "08:30", "17:30"
LUNCH_OPEN, LUNCH_CLOSE, LUNCH_MIN = 11 * 60, 14 * 60, 60
T1_MIN_REVENUE, T2_MIN_REVENUE = 200_000_000, 80_000_000
SCORES = {"T1": {"senior": 9, "attending": 8, "resident": 5},
          "T2": {"senior": 7, "attending": 5, "resident": 3},
          "T3": {"senior": 3, "attending": 2, "resident": 1}}
ZONE_OF_CELL = {"A1": "red", "A2": "red", "B1": "red", "B2": "red",
                "A3": "yellow", "B3": "yellow", "C1": "blue", "C2": "blue", "C3": "blue"}
VISITS_OF_CELL = {"A1": 8, "A2": 8, "B1": 8, "B2": 8, "A3": 4, "B3": 2, "C1": 1, "C2": 1, "C3": 1}
DROP_PENALTY = {"red": 1_000_000, "yellow": 100_000, "blue": 10_000}  # + score x 100
ZONES = ("red", "yellow", "blue")


def load_ortools():
    try:
        from ortools.constraint_solver import pywrapcp, routing_enums_pb2
        import ortools
    except ImportError:
        sys.exit("ortools_peer.py needs Google OR-Tools, an optional dependency of this tool only:\n"
                 "    pip install ortools")
    return pywrapcp, routing_enums_pb2, getattr(ortools, "__version__", "?")


# ---------------------------------------------------------------- territory files

HEADERS = {  # canonical column -> accepted headers (English or Chinese, case-insensitive)
    "hospital_id": ["hospital_id", "医院编号"], "doctor_id": ["doctor_id", "医生编号"],
    "rep_id": ["rep_id", "代表编号"], "name": ["name", "医院名称", "姓名"], "level": ["level", "等级"],
    "annual_revenue": ["annual_revenue", "年收入"], "latitude": ["latitude", "纬度"],
    "longitude": ["longitude", "经度"], "visit_windows": ["visit_windows", "接待时间"],
    "department": ["department", "科室"], "title": ["title", "职称"],
    "behaviour": ["behaviour", "behavior", "处方行为"], "calls_per_day": ["calls_per_day", "每日拜访上限"],
    "day_start": ["day_start", "上班时间"], "day_end": ["day_end", "下班时间"],
    "date": ["date", "日期"], "from": ["from"], "to": ["to"],
    "from_id": ["from_id"], "to_id": ["to_id"], "minutes": ["minutes"],
}
ALIAS = {alias.lower(): key for key, aliases in HEADERS.items() for alias in aliases}


def read_csv(path):
    """Rows as dicts keyed by canonical column names; UTF-8 (with or without BOM) or GB18030."""
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [ALIAS.get(h.strip().lower(), h.strip().lower()) for h in next(reader)]
    return [{k: v.strip() for k, v in zip(header, row)} for row in reader if any(c.strip() for c in row)]


def minutes_of(hhmm):
    h, m = hhmm.strip().split(":")
    return int(h) * 60 + int(m)


def hhmm(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_windows(text):
    """`09:00-11:30;14:00-16:30` -> [(540, 690), (840, 990)]; empty -> []."""
    out = []
    for part in text.replace("；", ";").split(";"):
        part = part.strip().replace("–", "-").replace("~", "-").replace("～", "-")
        if part:
            a, b = part.split("-")
            out.append((minutes_of(a), minutes_of(b)))
    return out


def call_windows(windows, day_start, day_end):
    """Allowed call start times (open, latest start) so the call ends inside a window and the day."""
    spans = windows or [(day_start, day_end)]
    out = []
    for s, e in spans:
        a, b = max(s, day_start), min(e, day_end)
        if b - a >= SERVICE_MIN:
            out.append([a, b - SERVICE_MIN])
    out.sort()
    merged = []
    for w in out:
        if merged and merged[-1][1] >= w[0]:
            merged[-1][1] = max(merged[-1][1], w[1])
        else:
            merged.append(w)
    return [tuple(w) for w in merged]


def parse_revenue(text):
    t = text.strip().replace(",", "").replace("，", "").replace(" ", "")
    for p in ("¥", "￥", "CNY", "RMB"):
        t = t.removeprefix(p)
    mult = 1.0
    for suffix, m in (("亿元", 1e8), ("万元", 1e4), ("元", 1.0), ("亿", 1e8), ("万", 1e4)):
        if t.endswith(suffix):
            t, mult = t[: -len(suffix)], m
            break
    return round(float(t) * mult) if t else None


def level_number(text):
    t = text.strip().lower()
    if t.startswith("三") or t in ("3", "3a", "tertiary"):
        return 3
    if t.startswith("二") or t in ("2", "secondary"):
        return 2
    return 1


def tier(level, revenue_text):
    lvl, revenue = level_number(level), parse_revenue(revenue_text)
    if revenue is None:
        return {3: "T1", 2: "T2"}.get(lvl, "T3")
    if lvl == 3 and revenue > T1_MIN_REVENUE:
        return "T1"
    if lvl >= 2 and revenue > T2_MIN_REVENUE:
        return "T2"
    return "T3"


def title_group(title):
    t = title.strip().lower()
    if t in ("主任医师", "副主任医师", "chief", "associate chief"):
        return "senior"
    if t in ("主治医师", "attending"):
        return "attending"
    return "resident"  # 住院医师, 医师, resident


def behaviour(text):
    t = text.strip().lower()
    return {"首选": 1, "次选": 2, "竞品": 3, "first choice": 1, "second choice": 2, "competitor": 3}.get(t) or int(t)


def grade_doctors(doctors, hospitals):
    """{doctor_id: {cell, zone, score, visits}} with Territory's default rules."""
    out = {}
    for d in doctors:
        h = hospitals[d["hospital_id"]]
        score = SCORES[tier(h["level"], h.get("annual_revenue", ""))][title_group(d["title"])]
        grade = "A" if score >= 8 else "B" if score >= 4 else "C"
        cell = f"{grade}{behaviour(d['behaviour'])}"
        out[d["doctor_id"]] = {"cell": cell, "zone": ZONE_OF_CELL[cell], "score": score,
                               "visits": VISITS_OF_CELL[cell]}
    return out


def grades_from_territory(path):
    """The JSON of `territory grade --format json`."""
    return {g["doctor_id"]: {"cell": g["cell"], "zone": g["zone"], "score": g["score"],
                             "visits": g["visits_per_month"]} for g in json.loads(Path(path).read_text())}


def working_days(month, calendar_file):
    """Working days of YYYY-MM: Mon-Fri, less the calendar's days off, plus its make-up days."""
    year, mon = map(int, month.split("-"))
    first = dt.date(year, mon, 1)
    days = [first + dt.timedelta(n) for n in range(31) if (first + dt.timedelta(n)).month == mon]
    off = {}
    if calendar_file and Path(calendar_file).exists():
        for d in json.loads(Path(calendar_file).read_text())["days"]:
            off[dt.date.fromisoformat(d["date"])] = d["isOffDay"]
    else:
        print(f"note: no calendar {calendar_file}; using Monday-Friday", file=sys.stderr)
    return [d for d in days if not off.get(d, d.weekday() >= 5)]


class Territory:
    def __init__(self, folder, grades_file=None):
        folder = Path(folder)
        self.hospitals = {h["hospital_id"]: h for h in read_csv(folder / "hospitals.csv")}
        self.doctors = read_csv(folder / "doctors.csv")
        self.reps = {r["rep_id"]: r for r in read_csv(folder / "reps.csv")}
        self.leave = read_csv(folder / "leave.csv") if (folder / "leave.csv").exists() else []
        self.given = {}
        if (folder / "travel_times.csv").exists():
            for row in read_csv(folder / "travel_times.csv"):
                self.given[(row["from_id"], row["to_id"])] = int(row["minutes"])
        if grades_file:
            self.grades = grades_from_territory(grades_file)
        elif (folder / "rules.json").exists():
            sys.exit(f"{folder}/rules.json changes the grading; pass --grades FILE from "
                     f"`territory grade --territory {folder} --format json > FILE`")
        else:
            self.grades = grade_doctors(self.doctors, self.hospitals)
        for h in self.hospitals.values():
            h["lat"], h["lon"] = float(h["latitude"]), float(h["longitude"])
            h["windows"] = parse_windows(h.get("visit_windows", ""))
        for r in self.reps.values():
            r["lat"], r["lon"] = float(r["latitude"]), float(r["longitude"])

    def on_leave(self, rep_id, day):
        for row in self.leave:
            if row["rep_id"] != rep_id:
                continue
            a = row.get("from") or row.get("date")
            b = row.get("to") or row.get("date")
            if dt.date.fromisoformat(a) <= day <= dt.date.fromisoformat(b):
                return True
        return False

    def place(self, pid):
        p = self.hospitals.get(pid) or self.reps[pid]
        return pid, p["lat"], p["lon"]

    @staticmethod
    def road_km(a, b):
        (_, lat1, lon1), (_, lat2, lon2) = a, b
        r = math.pi / 180
        s1, s2 = math.sin((lat2 - lat1) * r / 2), math.sin((lon2 - lon1) * r / 2)
        h = s1 * s1 + math.cos(lat1 * r) * math.cos(lat2 * r) * s2 * s2
        return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h))) * DETOUR

    def minutes(self, a, b):
        if a[0] == b[0]:
            return 0
        given = self.given.get((a[0], b[0]), self.given.get((b[0], a[0])))
        return given if given is not None else math.ceil(self.road_km(a, b) / SPEED_KMH * 60)

    def travel_of_day(self, rep_id, hospital_ids):
        """(km, minutes) of base -> hospitals in order -> base."""
        stops = [self.place(rep_id)] + [self.place(h) for h in hospital_ids] + [self.place(rep_id)]
        km = sum(self.road_km(a, b) for a, b in zip(stops, stops[1:]) if a[0] != b[0])
        return km, sum(self.minutes(a, b) for a, b in zip(stops, stops[1:]))


# ---------------------------------------------------------------- the model

def solve_rep(terr, rep_id, days, time_limit, ortools):
    pywrapcp, enums, _ = ortools
    rep = terr.reps[rep_id]
    calls = int(rep.get("calls_per_day") or CALLS_PER_DAY)
    day_start = minutes_of(rep.get("day_start") or DAY_START)
    day_end = minutes_of(rep.get("day_end") or DAY_END)
    doctors = [d for d in terr.doctors if d["rep_id"] == rep_id]
    W = len(days)

    # Node 0 is the base; every other node is one visit (doctor, k) with its allowed days.
    nodes, unplaced = [None], []
    for d in doctors:
        g = terr.grades[d["doctor_id"]]
        windows = call_windows(terr.hospitals[d["hospital_id"]]["windows"], day_start, day_end)
        missing = 0
        for k in range(g["visits"]):
            allowed = list(range(k * W // g["visits"], (k + 1) * W // g["visits"]))
            if not allowed or not windows:
                missing += 1
                continue
            nodes.append({"doctor": d, "grade": g, "k": k, "days": allowed, "windows": windows,
                          "place": terr.place(d["hospital_id"])})
        if missing:  # no call window at the hospital, or more visits than available days
            unplaced.append((d, missing, "reception_windows" if not windows else "leave" if not W else "spacing"))
    places = [terr.place(rep_id)] + [n["place"] for n in nodes[1:]]
    travel = [[terr.minutes(a, b) for b in places] for a in places]

    manager = pywrapcp.RoutingIndexManager(len(nodes), max(W, 1), 0)
    routing = pywrapcp.RoutingModel(manager)
    solver = routing.solver()

    def travel_cb(i, j):
        return travel[manager.IndexToNode(i)][manager.IndexToNode(j)]

    def time_cb(i, j):
        a = manager.IndexToNode(i)
        return (SERVICE_MIN if a else 0) + travel[a][manager.IndexToNode(j)]

    routing.SetArcCostEvaluatorOfAllVehicles(routing.RegisterTransitCallback(travel_cb))
    routing.AddDimension(routing.RegisterTransitCallback(time_cb), 24 * 60, 24 * 60, False, "Time")
    clock = routing.GetDimensionOrDie("Time")
    demand = routing.RegisterUnaryTransitCallback(lambda i: 1 if manager.IndexToNode(i) else 0)
    routing.AddDimension(demand, 0, calls, True, "Calls")

    for n in range(1, len(nodes)):
        node, index = nodes[n], manager.NodeToIndex(n)
        cumul, ws = clock.CumulVar(index), node["windows"]
        cumul.SetRange(ws[0][0], ws[-1][1])
        for (_, close), (open_, _) in zip(ws, ws[1:]):
            cumul.RemoveInterval(close + 1, open_ - 1)
        routing.VehicleVar(index).SetValues([-1] + node["days"])  # -1: dropped
        routing.AddDisjunction([index], DROP_PENALTY[node["grade"]["zone"]] + 100 * node["grade"]["score"])

    visit_transit = [0] * routing.Size()
    for index in range(routing.Size()):
        visit_transit[index] = SERVICE_MIN if manager.IndexToNode(index) else 0
    lunches = []
    for v in range(W):
        for index in (routing.Start(v), routing.End(v)):
            clock.CumulVar(index).SetRange(day_start, day_end)
        lunch = solver.FixedDurationIntervalVar(LUNCH_OPEN, LUNCH_CLOSE - LUNCH_MIN, LUNCH_MIN, False, f"lunch {v}")
        clock.SetBreakIntervalsOfVehicle([lunch], v, visit_transit)
        lunches.append(lunch)
        routing.AddVariableMaximizedByFinalizer(clock.CumulVar(routing.Start(v)))
        routing.AddVariableMinimizedByFinalizer(clock.CumulVar(routing.End(v)))

    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = enums.FirstSolutionStrategy.PATH_CHEAPEST_ARC
    params.local_search_metaheuristic = enums.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    params.time_limit.FromMilliseconds(int(time_limit * 1000))
    t0 = time.monotonic()
    solution = routing.SolveWithParameters(params) if W else None
    seconds = time.monotonic() - t0

    result = {"rep_id": rep_id, "calls": calls, "day_start": day_start, "day_end": day_end,
              "seconds": round(seconds, 2), "status": int(routing.status()),
              "found": solution is not None, "routes": [], "unplaced": unplaced, "nodes": len(nodes) - 1,
              "objective": solution.ObjectiveValue() if solution else None}
    dropped, served = Counter(), set()
    if solution is None:
        dropped.update(n["doctor"]["doctor_id"] for n in nodes[1:])
    by_id = {d["doctor_id"]: d for d in doctors}
    if solution is None:
        result["unplaced"] = unplaced + [(by_id[i], m, "capacity") for i, m in dropped.items()]
        return result
    for v in range(W):
        index, stops = solution.Value(routing.NextVar(routing.Start(v))), []
        depart = solution.Value(clock.CumulVar(routing.Start(v)))
        while not routing.IsEnd(index):
            n = manager.IndexToNode(index)
            served.add(n)
            stops.append((nodes[n], solution.Value(clock.CumulVar(index))))
            index = solution.Value(routing.NextVar(index))
        if stops:
            result["routes"].append({"day": days[v], "depart": depart,
                                     "back": solution.Value(clock.CumulVar(index)),
                                     "lunch": solution.StartValue(lunches[v]), "stops": stops})
    for n in range(1, len(nodes)):
        if n not in served:
            dropped[nodes[n]["doctor"]["doctor_id"]] += 1
    result["unplaced"] = unplaced + [(by_id[i], m, "capacity") for i, m in dropped.items()]
    return result


def verify_route(terr, rep_id, route, calls, day_start, day_end):
    """Problems with one solved day, re-timed from its own clock values: calls inside windows,
    travel between places, lunch in 11:00-14:00 beside the calls and trips, home by day end."""
    problems, stops = [], route["stops"]
    if len(stops) > calls:
        problems.append(f"{len(stops)} calls > {calls}")
    if len({s[0]["doctor"]["doctor_id"] for s in stops}) < len(stops):
        problems.append("a doctor twice")
    # gaps: (free from, next start, trip) from leaving home to getting home
    here, free, gaps = terr.place(rep_id), route["depart"], []
    if free < day_start:
        problems.append(f"leaves {hhmm(free)}")
    for node, start in stops:
        trip = terr.minutes(here, node["place"])
        if start < free + trip:
            problems.append(f"{node['doctor']['doctor_id']} at {hhmm(start)}: trip {trip} min from {hhmm(free)}")
        if not any(a <= start <= b for a, b in node["windows"]):
            problems.append(f"{node['doctor']['doctor_id']} at {hhmm(start)} outside {node['windows']}")
        gaps.append((free, start, trip))
        here, free = node["place"], start + SERVICE_MIN
    trip = terr.minutes(here, terr.place(rep_id))
    gaps.append((free, route["back"], trip))
    if route["back"] < free + trip or route["back"] > day_end:
        problems.append(f"home {hhmm(route['back'])}, needs {hhmm(free + trip)} <= {hhmm(day_end)}")
    lunch = route["lunch"]
    if not (LUNCH_OPEN <= lunch and lunch + LUNCH_MIN <= LUNCH_CLOSE):
        problems.append(f"lunch {hhmm(lunch)} outside the lunch window")
    at_home = lunch + LUNCH_MIN <= route["depart"] or lunch >= route["back"]
    in_gap = any(a <= lunch and lunch + LUNCH_MIN <= b and b - a >= t + LUNCH_MIN for a, b, t in gaps)
    if not (at_home or in_gap):
        problems.append(f"lunch {hhmm(lunch)} overlaps a call or a trip")
    return problems


# ---------------------------------------------------------------- results

def build_results(terr, month, runs, day_counts, time_limit, version):
    reps, visits, unplaced, summary, routes = [], [], [], [], []
    for run in runs:
        rep_id = run["rep_id"]
        docs = [d for d in terr.doctors if d["rep_id"] == rep_id]
        required = Counter()
        for d in docs:
            required[terr.grades[d["doctor_id"]]["zone"]] += terr.grades[d["doctor_id"]]["visits"]
        planned, km_total, min_total, problems = Counter(), 0.0, 0, []
        for r in run["routes"]:
            km, mins = terr.travel_of_day(rep_id, [n["place"][0] for n, _ in r["stops"]])
            km_total, min_total = km_total + km, min_total + mins
            for p in verify_route(terr, rep_id, r, run["calls"], run["day_start"], run["day_end"]):
                problems.append(f"{r['day']}: {p}")
            routes.append({"rep_id": rep_id, "date": r["day"].isoformat(), "depart": hhmm(r["depart"]),
                           "back": hhmm(r["back"]), "lunch": f"{hhmm(r['lunch'])}-{hhmm(r['lunch'] + LUNCH_MIN)}",
                           "calls": len(r["stops"]), "travel_km": round(km, 2), "travel_minutes": mins})
            for seq, (n, start) in enumerate(r["stops"], 1):
                d, g, h = n["doctor"], n["grade"], terr.hospitals[n["doctor"]["hospital_id"]]
                planned[g["zone"]] += 1
                visits.append({"rep_id": rep_id, "date": r["day"].isoformat(), "seq": seq,
                               "hospital_id": h["hospital_id"], "hospital": h.get("name", ""),
                               "doctor_id": d["doctor_id"], "doctor": d.get("name", ""),
                               "department": d.get("department", ""), "cell": g["cell"], "zone": g["zone"],
                               "visit_index": n["k"], "arrival": hhmm(start),
                               "departure": hhmm(start + SERVICE_MIN)})
        for d, missing, reason in run["unplaced"]:
            g = terr.grades[d["doctor_id"]]
            unplaced.append({"doctor_id": d["doctor_id"], "rep_id": rep_id, "doctor": d.get("name", ""),
                             "hospital_id": d["hospital_id"], "cell": g["cell"], "zone": g["zone"],
                             "missing": missing, "reason": reason})
        working, available = day_counts[rep_id]
        req = sum(required.values())
        reps.append({"rep_id": rep_id, "name": terr.reps[rep_id].get("name", ""), "working_days": working,
                     "leave_days": working - available, "capacity": run["calls"] * available,
                     "required": req, "utilisation": round(req / max(1, run["calls"] * available), 3)})
        summary.append({"rep_id": rep_id, "planned": sum(planned.values()), "required": req,
                        "planned_by_zone": {z: planned[z] for z in ZONES},
                        "required_by_zone": {z: required[z] for z in ZONES},
                        "unplaced": req - sum(planned.values()), "travel_km": round(km_total, 1),
                        "travel_minutes": min_total, "seconds": run["seconds"], "solution_found": run["found"],
                        "routing_status": run["status"], "objective": run["objective"],
                        "visit_nodes": run["nodes"], "route_problems": problems})
    totals = {"planned": sum(s["planned"] for s in summary), "required": sum(s["required"] for s in summary),
              "planned_by_zone": {z: sum(s["planned_by_zone"][z] for s in summary) for z in ZONES},
              "required_by_zone": {z: sum(s["required_by_zone"][z] for s in summary) for z in ZONES},
              "travel_km": round(sum(s["travel_km"] for s in summary), 1),
              "travel_minutes": sum(s["travel_minutes"] for s in summary),
              "seconds": round(sum(s["seconds"] for s in summary), 1),
              "reps_without_solution": [s["rep_id"] for s in summary if not s["solution_found"]],
              "route_problems": sum(len(s["route_problems"]) for s in summary)}
    return {"month": month, "generator": "territories/tools/ortools_peer.py", "ortools": version,
            "model": {"vehicles": "one per available working day", "spacing": "visit k of f in slice k of f",
                      "first_solution": "PATH_CHEAPEST_ARC", "metaheuristic": "GUIDED_LOCAL_SEARCH",
                      "time_limit_seconds_per_rep": time_limit, "drop_penalty": DROP_PENALTY,
                      "drop_penalty_plus": "score x 100", "lunch": "60 min starting 11:00-13:00 (break interval)"},
            "reps": reps, "visits": visits, "unplaced": unplaced, "summary": summary, "routes": routes,
            "totals": totals}


def zone_text(s, z):
    return f"{s['planned_by_zone'][z]}/{s['required_by_zone'][z]}"


def print_results(results):
    print(f"{'rep':6}{'planned':>10}{'red':>10}{'yellow':>10}{'blue':>9}{'km':>9}{'minutes':>9}{'seconds':>9}")
    for s in results["summary"] + [dict(results["totals"], rep_id="total")]:
        flag = "" if s.get("solution_found", True) else "  NO SOLUTION"
        if s["rep_id"] != "total" and s["route_problems"]:
            flag += f"  {len(s['route_problems'])} route problems (listed below)"
        print(f"{s['rep_id']:6}{s['planned']:>6}/{s['required']:<3}{zone_text(s, 'red'):>10}{zone_text(s, 'yellow'):>10}"
              f"{zone_text(s, 'blue'):>9}{s['travel_km']:>9.1f}{s['travel_minutes']:>9}{s['seconds']:>9.1f}{flag}")


def pct(a, b):
    return f"{(a - b) / b * 100:+.1f}%" if b else "—"


def compare(terr, results, plan_file):
    """Territory's plan.json next to the peer's results, travel recomputed the same way for both."""
    ours = json.loads(Path(plan_file).read_text())

    def per_rep(visits):
        days, zones = defaultdict(list), defaultdict(Counter)
        for v in sorted(visits, key=lambda v: (v["rep_id"], v["date"], v["seq"])):
            days[(v["rep_id"], v["date"])].append(v["hospital_id"])
            zones[v["rep_id"]][v["zone"]] += 1
        travel = defaultdict(lambda: [0.0, 0])
        for (rep_id, _), hospitals in days.items():
            km, mins = terr.travel_of_day(rep_id, hospitals)
            travel[rep_id][0] += km
            travel[rep_id][1] += mins
        return zones, travel

    (oz, ot), (pz, pt) = per_rep(ours["visits"]), per_rep(results["visits"])
    rep_ids = [s["rep_id"] for s in results["summary"]]
    required = {s["rep_id"]: s["required_by_zone"] for s in results["summary"]}
    print(f"\nTerritory ({plan_file}) vs OR-Tools peer, planned visits by zone and travel")
    print(f"{'rep':6}{'red ours/peer/req':>19}{'yellow':>15}{'blue':>14}{'minutes ours/peer':>20}{'km ours/peer':>17}")
    tot = defaultdict(float)
    for rep_id in rep_ids + ["total"]:
        if rep_id == "total":
            z = {k: (tot[f"o{k}"], tot[f"p{k}"], tot[f"r{k}"]) for k in ZONES}
            m, km = (tot["om"], tot["pm"]), (tot["ok"], tot["pk"])
        else:
            z = {k: (oz[rep_id][k], pz[rep_id][k], required[rep_id][k]) for k in ZONES}
            m, km = (ot[rep_id][1], pt[rep_id][1]), (ot[rep_id][0], pt[rep_id][0])
            for k in ZONES:
                tot[f"o{k}"] += z[k][0]
                tot[f"p{k}"] += z[k][1]
                tot[f"r{k}"] += z[k][2]
            tot["om"] += m[0]
            tot["pm"] += m[1]
            tot["ok"] += km[0]
            tot["pk"] += km[1]
        cells = "".join(f"{'%d/%d/%d' % z[k]:>{w}}" for k, w in zip(ZONES, (19, 15, 14)))
        print(f"{rep_id:6}{cells}{'%d/%d' % m:>20}{'%.1f/%.1f' % km:>17}")
    ry = lambda who: tot[f"{who}red"] + tot[f"{who}yellow"]
    print(f"travel minutes: ours {tot['om']:.0f} vs peer {tot['pm']:.0f} ({pct(tot['om'], tot['pm'])} ours vs peer); "
          f"km: ours {tot['ok']:.1f} vs peer {tot['pk']:.1f} ({pct(tot['ok'], tot['pk'])})")
    print(f"red+yellow coverage: ours {ry('o'):.0f}/{ry('r'):.0f} = {ry('o') / ry('r') * 100:.1f}%, "
          f"peer {ry('p'):.0f}/{ry('r'):.0f} = {ry('p') / ry('r') * 100:.1f}% ({pct(ry('o'), ry('p'))} ours vs peer)")
    print(f"all visits: ours {sum(tot[f'o{k}'] for k in ZONES):.0f}, peer {sum(tot[f'p{k}'] for k in ZONES):.0f} "
          f"of {sum(tot[f'r{k}'] for k in ZONES):.0f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--territory", required=True, help="territory folder (hospitals.csv, doctors.csv, reps.csv, leave.csv)")
    ap.add_argument("--month", required=True, help="YYYY-MM")
    ap.add_argument("--rep", action="append", help="plan only this rep (repeatable); default all reps")
    ap.add_argument("--time-limit", type=float, default=10.0, help="seconds of search per rep (default 10)")
    ap.add_argument("--out", required=True, help="results JSON (plan.json's shape; `territory check` reads it)")
    ap.add_argument("--grades", help="JSON of `territory grade --format json` to use instead of the built-in grading")
    ap.add_argument("--calendar", help="holiday-cn JSON (default territories/calendars/YYYY.json beside this tool)")
    ap.add_argument("--compare", metavar="PLAN_JSON", help="Territory's plan.json of the same month to compare with")
    args = ap.parse_args()
    ortools = load_ortools()

    terr = Territory(args.territory, args.grades)
    calendar = args.calendar or Path(__file__).resolve().parent.parent / "calendars" / f"{args.month[:4]}.json"
    working = working_days(args.month, calendar)
    rep_ids = args.rep or sorted(terr.reps)
    for r in rep_ids:
        if r not in terr.reps:
            sys.exit(f"rep {r} is not in {args.territory}/reps.csv")
    runs, day_counts = [], {}
    for rep_id in rep_ids:
        days = [d for d in working if not terr.on_leave(rep_id, d)]
        day_counts[rep_id] = (len(working), len(days))
        run = solve_rep(terr, rep_id, days, args.time_limit, ortools)
        runs.append(run)
        done = sum(len(r["stops"]) for r in run["routes"])
        print(f"  {rep_id}: {done}/{run['nodes']} visit nodes routed on {len(days)} days, "
              f"{'solution' if run['found'] else 'NO SOLUTION'}, {run['seconds']:.1f} s", file=sys.stderr)
    results = build_results(terr, args.month, runs, day_counts, args.time_limit, ortools[2])
    Path(args.out).write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str))
    print_results(results)
    for s in results["summary"]:
        for p in s["route_problems"]:
            print(f"  {s['rep_id']} {p}")
    print(f"wrote {args.out}")
    if args.compare:
        compare(terr, results, args.compare)


if __name__ == "__main__":
    main()
