"""Builders of the hundred-and-sixth development evaluation corpus: five DuckDB files in five small-operations domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `football.duckdb`: an amateur football league's teams, players (birth date), matches (scores NULL until played)
  and goals (minute, penalty, body part)
- `lostproperty.duckdb`: a transit lost-property office's stations, lost reports (closed_on NULL while open), found
  items (left_store_on NULL while still held) and claims
- `printfarm.duckdb`: a 3D print farm's printers (retired_on NULL while in service), operators (birth date),
  customers and print jobs (filament grams, print hours, finished_at NULL while printing)
- `tollroad.duckdb`: a toll road's plazas, tag accounts (holder birth year, closed_on NULL while active), vehicles and
  toll transactions (`toll_transactions.account_id` is only implied by its name, not declared)
- `padel.duckdb`: a padel club's courts, members, court bookings and coaching sessions (camelCase columns)

Usage:
    python eval106/datasets.py OUTDIR

Example:
    >>> from eval106.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval106-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['football.duckdb', 'lostproperty.duckdb', 'padel.duckdb', 'printfarm.duckdb', 'tollroad.duckdb']
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd


def _insert(con, table: str, rows: list[tuple]) -> None:
    """Append rows (tuples in column order) to a table through a registered DataFrame."""
    cols = [r[0] for r in con.execute(f'DESCRIBE "{table}"').fetchall()]
    con.register("frame", pd.DataFrame(rows, columns=cols, dtype=object))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date, span_days: int) -> dt.date:
    """A random day in [start, start + span_days)."""
    return start + dt.timedelta(days=rng.randrange(span_days))


def _moment(rng: random.Random, day: dt.date, first_hour: int = 8, last_hour: int = 18) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Ade", "Bethan", "Callum", "Dervla", "Emeka", "Freya", "Gareth", "Hollie", "Idris", "Jade", "Kian", "Leah",
         "Mateo", "Nia", "Oscar", "Poppy", "Quinn", "Ravi", "Sian", "Theo", "Ursula", "Vince", "Wren", "Xavier",
         "Yasmin", "Zoltan"]
LAST = ["Abbott", "Barker", "Cassidy", "Dunmore", "Egan", "Fairbairn", "Gough", "Holloway", "Ingram", "Joyce",
        "Kerr", "Lister", "Mahmood", "Noble", "Ogden", "Parr", "Quayle", "Redfern", "Stott", "Tennant", "Upton",
        "Vickers", "Wardle", "Yeo"]

# ------------------------------------------------------------------------------------------------- football league
DIVISIONS = {
    "Premier": ["Ashcombe Rovers", "Brambley Town", "Calder Athletic", "Dunwell United", "Eastgate Wanderers",
                "Fellside Albion"],
    "Division One": ["Greyford Celtic", "Harrowby Sports", "Ivybridge Villa", "Juniper Park", "Kestrel FC",
                     "Longmoor Rangers"],
    "Division Two": ["Marsh Lane", "Northfield Old Boys", "Oakhurst Swifts", "Pennington Athletic",
                     "Quarry Bank", "Riverside Corinthians"],
}
POSITIONS = {"goalkeeper": 2, "defender": 6, "midfielder": 7, "forward": 5}


def _round_robin(teams: list[int]) -> list[list[tuple[int, int]]]:
    """Rounds of a double round robin (circle method): each team meets every other team home and away."""
    ring = list(teams)
    rounds = []
    for _ in range(len(ring) - 1):
        rounds.append([(ring[i], ring[-1 - i]) for i in range(len(ring) // 2)])
        ring = [ring[0], ring[-1], *ring[1:-1]]
    return rounds + [[(away, home) for home, away in r] for r in rounds]


def build_football(path: Path | str) -> None:
    """teams (18 in three divisions), players (20 a team, birth_date, left_on NULL while still at the club),
    matches (seasons 2023-24 and 2024-25, scores NULL for fixtures not yet played), goals (minute, is_penalty,
    body_part)."""
    rng = random.Random(10601)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE teams(team_id INTEGER PRIMARY KEY, team_name VARCHAR, division VARCHAR,
        home_ground VARCHAR, founded_year INTEGER, has_floodlights BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE players(player_id INTEGER PRIMARY KEY,
        team_id INTEGER REFERENCES teams(team_id), first_name VARCHAR, last_name VARCHAR, birth_date DATE,
        position VARCHAR, shirt_number INTEGER, signed_on DATE, left_on DATE, is_captain BOOLEAN,
        annual_subs_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE matches(match_id INTEGER PRIMARY KEY, season VARCHAR,
        home_team_id INTEGER REFERENCES teams(team_id), away_team_id INTEGER REFERENCES teams(team_id),
        kickoff TIMESTAMP, home_goals INTEGER, away_goals INTEGER, attendance INTEGER, gate_receipts_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE goals(goal_id INTEGER PRIMARY KEY,
        match_id INTEGER REFERENCES matches(match_id), player_id INTEGER REFERENCES players(player_id),
        team_id INTEGER REFERENCES teams(team_id), minute INTEGER, is_penalty BOOLEAN, body_part VARCHAR)""")
    grounds = ["Recreation Ground", "Memorial Park", "King George's Field", "The Meadow", "Mill Road",
               "Station Lane", "Church Fields", "Victoria Park", "The Paddock"]
    teams, strength = [], {}
    tid = 0
    for division, names in DIVISIONS.items():
        for name in names:
            tid += 1
            teams.append((tid, name, division, f"{rng.choice(grounds)}, {name.split()[0]}",
                          rng.randint(1878, 1995), division == "Premier" or rng.random() < 0.4))
            strength[tid] = rng.uniform(0.8, 1.6) + (0.2 if division == "Premier" else 0.0)
    names = _unique_names(rng, FIRST, LAST, 360)
    players, squad = [], {t[0]: [] for t in teams}
    pid = 0
    for t in teams:
        positions = [p for p, n in POSITIONS.items() for _ in range(n)]
        numbers = rng.sample(range(2, 30), 19)
        for k, pos in enumerate(positions):
            pid += 1
            first, last = names[pid - 1]
            born = _day(rng, dt.date(1982, 1, 1), 8400)
            core = k % 3 != 2
            signed = _day(rng, dt.date(2016, 6, 1), 2500) if core else _day(rng, dt.date(2022, 6, 1), 800)
            left = None
            if not core and rng.random() < 0.6:
                left = signed + dt.timedelta(days=rng.randint(120, 600))
                if left > dt.date(2025, 3, 1):
                    left = None
            number = 1 if pos == "goalkeeper" and k == 0 else numbers[k - 1]
            players.append((pid, t[0], first, last, born, pos, number, signed, left, False,
                            rng.choice([60.0, 75.0, 75.0, 90.0]) if born.year < 2003 else 40.0))
            squad[t[0]].append(players[-1])
        captain = rng.choice([p for p in squad[t[0]] if p[8] is None and p[7] < dt.date(2023, 1, 1)])
        players[captain[0] - 1] = (*captain[:9], True, captain[10])
    matches, goals = [], []
    mid = gid = 0
    cutoff = dt.date(2025, 3, 1)
    for season, first_day in [("2023-24", dt.date(2023, 9, 2)), ("2024-25", dt.date(2024, 9, 7))]:
        for division in DIVISIONS:
            ids = [t[0] for t in teams if t[2] == division]
            for r, pairs in enumerate(_round_robin(ids)):
                saturday = first_day + dt.timedelta(days=21 * r + (7 if division == "Division Two" else 0))
                for home, away in pairs:
                    mid += 1
                    slot = rng.choices(["sat", "sun", "wed"], [7, 2, 1 if teams[home - 1][5] else 0])[0]
                    if slot == "sat":
                        kick = dt.datetime.combine(saturday, dt.time(rng.choice([14, 15, 15]), 0))
                    elif slot == "sun":
                        kick = dt.datetime.combine(saturday + dt.timedelta(days=1), dt.time(10, 30))
                    else:
                        kick = dt.datetime.combine(saturday + dt.timedelta(days=4), dt.time(19, 45))
                    if kick.date() >= cutoff:
                        matches.append((mid, season, home, away, kick, None, None, None, None))
                        continue
                    scored = {home: 0, away: 0}
                    for side, other, bonus in [(home, away, 0.3), (away, home, 0.0)]:
                        lam = strength[side] + bonus - 0.35 * strength[other] + 0.6
                        n = sum(rng.random() < lam / 6 for _ in range(6))
                        scored[side] = n
                        active = [p for p in squad[side] if p[7] <= kick.date() and (p[8] is None or p[8] > kick.date())
                                  and p[5] != "goalkeeper"]
                        weights = [{"forward": 6, "midfielder": 3, "defender": 1}[p[5]] for p in active]
                        for _ in range(n):
                            gid += 1
                            scorer = rng.choices(active, weights)[0]
                            penalty = rng.random() < 0.1
                            part = "right foot" if penalty else rng.choices(["right foot", "left foot", "header"],
                                                                              [6, 3, 2])[0]
                            minute = rng.randint(1, 90) if rng.random() < 0.95 else rng.randint(91, 96)
                            goals.append((gid, mid, scorer[0], side, minute, penalty, part))
                    crowd = int(rng.uniform(40, 320) * (1.8 if division == "Premier" else 1.0))
                    matches.append((mid, season, home, away, kick, scored[home], scored[away], crowd,
                                    round(crowd * rng.choice([3.0, 4.0, 5.0]) * rng.uniform(0.6, 0.9), 2)))
    _insert(con, "teams", teams)
    _insert(con, "players", players)
    _insert(con, "matches", matches)
    _insert(con, "goals", goals)
    con.close()


# ------------------------------------------------------------------------------------------------- lost property
STATIONS = [("Central", "North Line", 1), ("Market Street", "North Line", 1), ("Hillcrest", "North Line", 2),
            ("Northgate", "North Line", 3), ("Fernley", "North Line", 4), ("Docklands", "Harbour Line", 1),
            ("Quayside", "Harbour Line", 2), ("Lighthouse Point", "Harbour Line", 3), ("Saltmarsh", "Harbour Line", 4),
            ("Terminal 1", "Airport Line", 3), ("Terminal 2", "Airport Line", 3), ("Parkway", "Airport Line", 2),
            ("University", "North Line", 2), ("Stadium", "Harbour Line", 2)]
ITEM_CATEGORIES = {"phone": (14, 250, 900, 10.0), "wallet": (12, 20, 200, 5.0), "bag": (13, 30, 400, 5.0),
                   "keys": (10, 10, 60, 0.0), "umbrella": (16, 8, 40, 0.0), "clothing": (12, 20, 150, 3.0),
                   "headphones": (9, 30, 350, 5.0), "laptop": (4, 400, 2000, 10.0)}
COLOURS = ["black", "blue", "red", "grey", "brown", "green", "white"]


def build_lostproperty(path: Path | str) -> None:
    """stations (14 on three lines), lost_reports (2023-2024 with the owner's names and birth date, closed_on and
    outcome NULL while still open), found_items (left_store_on NULL while still held, status), claims."""
    rng = random.Random(10602)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stations(station_id INTEGER PRIMARY KEY, station_name VARCHAR,
        line VARCHAR, fare_zone INTEGER, has_lost_property_desk BOOLEAN, daily_passengers INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE lost_reports(report_id INTEGER PRIMARY KEY,
        station_id INTEGER REFERENCES stations(station_id), reported_at TIMESTAMP, lost_on DATE, category VARCHAR,
        colour VARCHAR, owner_first_name VARCHAR, owner_last_name VARCHAR, owner_birth_date DATE,
        estimated_value_gbp DOUBLE, channel VARCHAR, closed_on DATE, outcome VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE found_items(item_id INTEGER PRIMARY KEY,
        station_id INTEGER REFERENCES stations(station_id), found_at TIMESTAMP, category VARCHAR, colour VARCHAR,
        found_by VARCHAR, is_valuable BOOLEAN, status VARCHAR, left_store_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE claims(claim_id INTEGER PRIMARY KEY,
        report_id INTEGER REFERENCES lost_reports(report_id), item_id INTEGER REFERENCES found_items(item_id),
        claimed_on DATE, handling_fee_gbp DOUBLE, postage_gbp DOUBLE, delivery VARCHAR, id_checked BOOLEAN)""")
    stations = []
    for sid, (name, line, zone) in enumerate(STATIONS, start=1):
        stations.append((sid, name, line, zone, zone <= 2 and rng.random() < 0.7 or name.startswith("Terminal"),
                         int(rng.uniform(3000, 40000) / zone)))
    busy = [s[5] for s in stations]
    cats = list(ITEM_CATEGORIES)
    cat_w = [v[0] for v in ITEM_CATEGORIES.values()]
    end = dt.date(2024, 12, 31)
    items, reports, claims = [], [], []
    owners = _unique_names(rng, FIRST, LAST, 520)
    born = {o: _day(rng, dt.date(1945, 1, 1), 22000) for o in owners}
    rid = cid = 0
    for iid in range(1, 1401):
        st = rng.choices(stations, busy)[0]
        cat = rng.choices(cats, cat_w)[0]
        found = _moment(rng, _day(rng, dt.date(2023, 1, 1), 731), 5, 23)
        colour = rng.choice(COLOURS)
        value_lo, value_hi = ITEM_CATEGORIES[cat][1:3]
        valuable = cat in ("phone", "laptop") or (cat in ("wallet", "bag", "headphones") and rng.random() < 0.3)
        finder = rng.choices(["staff", "passenger", "cleaner", "police"], [5, 4, 3, 1])[0]
        owner_reports = rng.random() < (0.75 if valuable else 0.3)
        status, left = "in storage", None
        if owner_reports:
            rid += 1
            lost = max(dt.date(2023, 1, 1), found.date() - dt.timedelta(days=rng.choice([0, 0, 0, 1, 2])))
            reported = _moment(rng, lost + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 4])), 7, 22)
            first, last = owners[rid % len(owners)]
            claim_day = max(reported.date(), found.date()) + dt.timedelta(days=rng.choice([1, 2, 3, 5, 8, 13]))
            station = st[0] if rng.random() < 0.8 else None
            value = round(rng.uniform(value_lo, value_hi), -1 if value_hi > 100 else 0)
            if claim_day <= end and rng.random() < 0.92:
                reports.append((rid, station, reported, lost, cat, colour, first, last, born[first, last], value,
                                rng.choices(["online", "phone", "in person"], [6, 3, 2])[0], claim_day, "reunited"))
                cid += 1
                posted = rng.random() < 0.35
                claims.append((cid, rid, iid, claim_day, ITEM_CATEGORIES[cat][3],
                               round(rng.choice([3.5, 4.2, 6.9]), 2) if posted else 0.0,
                               "posted" if posted else "collected", valuable or rng.random() < 0.6))
                status, left = "returned", claim_day
            else:
                closed = reported.date() + dt.timedelta(days=rng.randint(20, 60))
                withdrawn = rng.random() < 0.3
                reports.append((rid, station, reported, lost, cat, colour, first, last, born[first, last], value,
                                rng.choices(["online", "phone", "in person"], [6, 3, 2])[0],
                                closed if closed <= end else None,
                                ("withdrawn" if withdrawn else "not found") if closed <= end else None))
        if status == "in storage" and found.date() + dt.timedelta(days=90) <= end:
            status = "donated" if cat in ("clothing", "umbrella", "bag") or rng.random() < 0.3 else "destroyed"
            left = found.date() + dt.timedelta(days=90 + rng.randint(0, 10))
            if left > end:
                status, left = "in storage", None
        items.append((iid, st[0], found, cat, colour, finder, valuable, status, left))
    for _ in range(420):
        rid += 1
        cat = rng.choices(cats, cat_w)[0]
        lost = _day(rng, dt.date(2023, 1, 1), 725)
        reported = _moment(rng, lost + dt.timedelta(days=rng.choice([0, 1, 1, 3])), 7, 22)
        first, last = owners[rid % len(owners)]
        value_lo, value_hi = ITEM_CATEGORIES[cat][1:3]
        closed = reported.date() + dt.timedelta(days=rng.randint(20, 60))
        outcome = "withdrawn" if rng.random() < 0.25 else "not found"
        reports.append((rid, rng.choices(stations, busy)[0][0] if rng.random() < 0.7 else None, reported, lost, cat,
                        rng.choice(COLOURS), first, last, born[first, last],
                        round(rng.uniform(value_lo, value_hi), -1 if value_hi > 100 else 0),
                        rng.choices(["online", "phone", "in person"], [6, 3, 2])[0],
                        closed if closed <= end else None, outcome if closed <= end else None))
    reports.sort(key=lambda r: r[2])
    renumber = {r[0]: i for i, r in enumerate(reports, start=1)}
    reports = [(renumber[r[0]], *r[1:]) for r in reports]
    claims = [(c[0], renumber[c[1]], *c[2:]) for c in claims]
    _insert(con, "stations", stations)
    _insert(con, "lost_reports", reports)
    _insert(con, "found_items", items)
    _insert(con, "claims", claims)
    con.close()


# ------------------------------------------------------------------------------------------------- 3D print farm
PRINTER_MODELS = {"Prusa MK4": (6, 1099.0, False), "Bambu X1C": (4, 1449.0, True), "Creality K1": (3, 599.0, True),
                  "Ultimaker S5": (2, 5995.0, True)}
MATERIALS = {"PLA": (50, 0.025), "PETG": (20, 0.03), "ABS": (10, 0.028), "TPU": (6, 0.045), "Nylon": (4, 0.07)}
CUSTOMER_TYPES = {"individual": 8, "business": 5, "school": 2, "university": 2}
CITIES = ["Leeds", "York", "Harrogate", "Wakefield", "Bradford"]


def build_printfarm(path: Path | str) -> None:
    """printers (15, retired_on NULL while in service), operators (6, birth_date, shift), customers (150, company
    NULL for individuals), print_jobs (2023-01 to 2025-01, filament_grams, print_hours, finished_at NULL while
    printing)."""
    rng = random.Random(10603)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE printers(printer_id INTEGER PRIMARY KEY, printer_name VARCHAR,
        model VARCHAR, nozzle_mm DOUBLE, has_enclosure BOOLEAN, purchased_on DATE, purchase_price_gbp DOUBLE,
        retired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE operators(operator_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, hired_on DATE, shift VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, company_name VARCHAR, customer_type VARCHAR, city VARCHAR, signed_up_on DATE,
        trade_account BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE print_jobs(job_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), printer_id INTEGER REFERENCES printers(printer_id),
        operator_id INTEGER REFERENCES operators(operator_id), submitted_at TIMESTAMP, started_at TIMESTAMP,
        finished_at TIMESTAMP, material VARCHAR, colour VARCHAR, parts INTEGER, filament_grams DOUBLE,
        print_hours DOUBLE, status VARCHAR, rush_order BOOLEAN, price_gbp DOUBLE)""")
    printers, pid = [], 0
    for model, (n, price, enclosed) in PRINTER_MODELS.items():
        for _ in range(n):
            pid += 1
            bought = _day(rng, dt.date(2021, 3, 1), 900)
            retired = _day(rng, dt.date(2024, 3, 1), 250) if model == "Creality K1" and pid % 2 == 0 else None
            printers.append((pid, f"{model.split()[0][:3].upper()}-{pid:02d}", model,
                             0.6 if rng.random() < 0.25 else 0.4, enclosed, bought, price, retired))
    operators = [(1, "Marnie", "Hale", dt.date(1991, 4, 17), dt.date(2021, 2, 1), "day"),
                 (2, "Dev", "Okonjo", dt.date(1986, 11, 3), dt.date(2021, 6, 14), "day"),
                 (3, "Lottie", "Brandt", dt.date(1999, 7, 29), dt.date(2022, 9, 5), "evening"),
                 (4, "Sami", "Virtanen", dt.date(1978, 2, 11), dt.date(2021, 3, 22), "night"),
                 (5, "Priyanka", "Sethi", dt.date(2001, 12, 8), dt.date(2023, 10, 2), "evening"),
                 (6, "Bruno", "Castellano", dt.date(1994, 5, 20), dt.date(2023, 1, 9), "night")]
    shift_hours = {"day": (8, 15), "evening": (16, 23), "night": (0, 7)}
    firms = ["Aire Robotics", "Dale Prototypes", "Minster Dental", "Ouse Drones", "Pennine Models", "Calder Cosplay",
             "Wharfe Engineering", "Nidd Architects", "Stray Games", "Kirkgate Props", "Holme Bikes",
             "Ridings Medical", "Swale Signs", "Vale Jewellery", "Moor Lighting"]
    schools = ["St Aidan's School", "Fulford School", "Harrogate Grammar", "Tadcaster Academy", "Ripon College"]
    unis = ["University of Leeds", "University of York", "Leeds Beckett", "York St John"]
    customers = []
    people = _unique_names(rng, FIRST, LAST, 150)
    for cid, (first, last) in enumerate(people, start=1):
        ctype = rng.choices(list(CUSTOMER_TYPES), list(CUSTOMER_TYPES.values()))[0]
        company = {"individual": None, "business": rng.choice(firms), "school": rng.choice(schools),
                   "university": rng.choice(unis)}[ctype]
        customers.append((cid, first, last, company, ctype, rng.choice(CITIES), _day(rng, dt.date(2021, 6, 1), 1200),
                          ctype != "individual" and rng.random() < 0.5))
    cust_w = [1 if c[4] == "individual" else 4 for c in customers]
    jobs = []
    last_moment = dt.datetime(2025, 1, 31, 23, 0)
    colours = ["black", "white", "grey", "red", "blue", "orange", "clear"]
    for jid in range(1, 2601):
        c = rng.choices(customers, cust_w)[0]
        submitted = _moment(rng, _day(rng, max(c[6], dt.date(2023, 1, 1)),
                                      max(1, (dt.date(2025, 1, 31) - max(c[6], dt.date(2023, 1, 1))).days)), 7, 22)
        rush = rng.random() < 0.15
        start = submitted + dt.timedelta(minutes=rng.randint(10, 90) if rush else rng.randint(60, 60 * 36))
        candidates = [p for p in printers if p[5] <= start.date() and (p[7] is None or p[7] > start.date())]
        printer = rng.choice(candidates)
        by_shift = [o for o in operators if o[4] <= start.date()
                    and shift_hours[o[5]][0] <= start.hour <= shift_hours[o[5]][1]]
        operator = rng.choice(by_shift or operators[:2])
        material = rng.choices(list(MATERIALS), [m[0] for m in MATERIALS.values()])[0]
        if material in ("ABS", "Nylon") and not printer[4]:
            material = "PETG"
        parts = rng.choices([1, 2, 4, 8, 12], [10, 5, 3, 2, 1])[0]
        grams = round(rng.lognormvariate(4.3, 0.7) * (1 + parts / 6), 1)
        hours = round(grams / rng.uniform(9, 16) * (0.8 if printer[2] == "Bambu X1C" else 1.0), 2)
        status = rng.choices(["completed", "failed", "cancelled"], [88, 8, 4])[0]
        used = hours if status == "completed" else round(hours * rng.uniform(0.1, 0.8), 2)
        finished = start + dt.timedelta(minutes=int(used * 60))
        if finished > last_moment:
            status, finished = "printing", None
        grams_used = grams if status in ("completed", "printing") else round(grams * used / hours, 1)
        price = round((grams * MATERIALS[material][1] + hours * 1.2 + 4.0) * (1.5 if rush else 1.0), 2)
        if status in ("failed", "cancelled"):
            price = 0.0 if status == "failed" else round(price * 0.25, 2)
        jobs.append((jid, c[0], printer[0], operator[0], submitted, start, finished, material, rng.choice(colours),
                     parts, grams_used, used, status, rush, price))
    jobs.sort(key=lambda j: j[4])
    jobs = [(i, *j[1:]) for i, j in enumerate(jobs, start=1)]
    _insert(con, "printers", printers)
    _insert(con, "operators", operators)
    _insert(con, "customers", customers)
    _insert(con, "print_jobs", jobs)
    con.close()


# ------------------------------------------------------------------------------------------------- toll road
PLAZAS = [("Ferrybridge", 1), ("Kirkby Moor", 2), ("Hallow Cross", 4), ("Stanegate", 5), ("Brindle Vale", 7),
          ("Corby Heath", 9)]
CLASSES = {"car": (60, 3.40), "motorcycle": (6, 1.70), "van": (16, 5.10), "HGV": (12, 9.80), "coach": (3, 8.20)}
MAKES = {"car": ["Ford", "Vauxhall", "Toyota", "Volkswagen", "Tesla", "Kia", "BMW"],
         "motorcycle": ["Honda", "Triumph", "Yamaha"], "van": ["Ford", "Mercedes", "Renault", "Citroen"],
         "HGV": ["Volvo", "Scania", "DAF"], "coach": ["Volvo", "Irizar"]}


def build_tollroad(path: Path | str) -> None:
    """plazas (12: six junctions x two directions), tag_accounts (140, holder birth year, closed_on NULL while
    active), vehicles (420, account_id declared, NULL without a tag), toll_transactions (2023-01 to 2025-02,
    passed_at, vehicle_class, amount_gbp; account_id is NOT declared as a foreign key)."""
    rng = random.Random(10604)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE plazas(plaza_id INTEGER PRIMARY KEY, plaza_name VARCHAR,
        junction_number INTEGER, direction VARCHAR, lanes INTEGER, has_cash_lanes BOOLEAN, opened_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE tag_accounts(account_id INTEGER PRIMARY KEY, holder_first_name VARCHAR,
        holder_last_name VARCHAR, holder_birth_year INTEGER, account_type VARCHAR, opened_on DATE, closed_on DATE,
        auto_top_up BOOLEAN, balance_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE vehicles(vehicle_id INTEGER PRIMARY KEY, plate VARCHAR, make VARCHAR,
        fuel VARCHAR, registered_year INTEGER, account_id INTEGER REFERENCES tag_accounts(account_id))""")
    con.execute("""CREATE OR REPLACE TABLE toll_transactions(transaction_id INTEGER PRIMARY KEY,
        plaza_id INTEGER REFERENCES plazas(plaza_id), vehicle_id INTEGER REFERENCES vehicles(vehicle_id),
        account_id INTEGER, passed_at TIMESTAMP, vehicle_class VARCHAR, payment_method VARCHAR, is_peak BOOLEAN,
        amount_gbp DOUBLE)""")
    plazas, pid = [], 0
    for name, junction in PLAZAS:
        opened = _day(rng, dt.date(2004, 1, 1), 5000)
        cash = rng.random() < 0.6
        for direction in ("northbound", "southbound"):
            pid += 1
            plazas.append((pid, f"{name} {direction[0].upper()}B", junction, direction, rng.randint(3, 8), cash,
                           opened))
    plaza_w = [rng.uniform(1, 3) for _ in plazas]
    holders = _unique_names(rng, FIRST, LAST, 140)
    accounts = []
    for aid, (first, last) in enumerate(holders, start=1):
        atype = rng.choices(["personal", "business", "fleet"], [10, 4, 2])[0]
        opened = _day(rng, dt.date(2018, 1, 1), 2300)
        closed = _day(rng, dt.date(2023, 6, 1), 600) if rng.random() < 0.12 else None
        if closed is not None and closed <= opened:
            closed = None
        accounts.append((aid, first, last, rng.randint(1948, 2003), atype, opened, closed,
                         rng.random() < (0.8 if atype != "personal" else 0.5),
                         0.0 if closed else round(rng.uniform(0, 80 if atype == "personal" else 400), 2)))
    vehicles, vclass = [], {}
    letters = "ABCDEFGHJKLMNPRSTVWXY"
    for vid in range(1, 421):
        cls = rng.choices(list(CLASSES), [c[0] for c in CLASSES.values()])[0]
        acct = rng.choice(accounts) if rng.random() < 0.6 else None
        if cls in ("HGV", "coach") and rng.random() < 0.7:
            acct = rng.choice([a for a in accounts if a[4] == "fleet"])
        fuel = rng.choices(["petrol", "diesel", "electric", "hybrid"],
                           [5, 2, 2, 1] if cls in ("car", "motorcycle") else [0, 8, 1, 1])[0]
        make = "Tesla" if fuel == "electric" and cls == "car" and rng.random() < 0.5 else rng.choice(MAKES[cls])
        plate = f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(10, 74)} {''.join(rng.sample(letters, 3))}"
        vehicles.append((vid, plate, make, fuel, rng.randint(2008, 2024), acct[0] if acct else None))
        vclass[vid] = cls
    veh_w = [6 if v[5] else 1 for v in vehicles]
    txs = []
    for _ in range(5200):
        v = rng.choices(vehicles, veh_w)[0]
        p = rng.choices(plazas, plaza_w)[0]
        day = _day(rng, dt.date(2023, 1, 1), 790)
        hour = rng.choices(range(24), [1, 1, 1, 1, 2, 4, 8, 12, 12, 8, 6, 6, 6, 6, 7, 9, 12, 12, 8, 5, 4, 3, 2, 1])[0]
        passed = dt.datetime.combine(day, dt.time(hour, rng.randrange(60), rng.randrange(60)))
        peak = day.weekday() < 5 and (7 <= hour <= 9 or 16 <= hour <= 18)
        acct = accounts[v[5] - 1] if v[5] else None
        if acct and (acct[6] is None or acct[6] > day) and acct[5] <= day:
            method = "tag"
        else:
            method = rng.choices(["cash", "card"], [1 if p[5] else 0, 3])[0]
        cls = vclass[v[0]]
        amount = CLASSES[cls][1] * (1.25 if peak else 1.0) * (0.9 if method == "tag" else 1.0)
        if v[3] == "electric" and cls == "car":
            amount *= 0.5
        txs.append((p[0], v[0], acct[0] if method == "tag" else None, passed, cls, method, peak, round(amount, 2)))
    txs.sort(key=lambda t: t[3])
    txs = [(i, *t) for i, t in enumerate(txs, start=1)]
    _insert(con, "plazas", plazas)
    _insert(con, "tag_accounts", accounts)
    _insert(con, "vehicles", vehicles)
    _insert(con, "toll_transactions", txs)
    con.close()


# ------------------------------------------------------------------------------------------------- padel club
COURTS = [(1, "Centre Court", "panoramic", True, 36.0), (2, "Court 2", "panoramic", True, 32.0),
          (3, "Court 3", "standard", True, 28.0), (4, "Court 4", "standard", True, 28.0),
          (5, "Garden Court", "standard", False, 22.0), (6, "Court 6", "standard", False, 22.0),
          (7, "Singles Court", "single", True, 18.0)]
COACHES = {"Marta": 45.0, "Javier": 50.0, "Lucia": 40.0, "Ben": 35.0}


def build_padel(path: Path | str) -> None:
    """courts (7), members (260, birthDate, membershipTier, cancelledDate NULL while active), bookings (2023-2024,
    startTime, durationMinutes, price, cancelledAt NULL unless cancelled), coachingSessions (coachName,
    sessionType, fee, attended). camelCase columns."""
    rng = random.Random(10605)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE courts(courtId INTEGER PRIMARY KEY, courtName VARCHAR, courtType VARCHAR,
        isIndoor BOOLEAN, hourlyRate DOUBLE, openedDate DATE)""")
    con.execute("""CREATE OR REPLACE TABLE members(memberId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthDate DATE, gender VARCHAR, membershipTier VARCHAR, skillLevel VARCHAR, joinedDate DATE,
        cancelledDate DATE)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(bookingId INTEGER PRIMARY KEY,
        courtId INTEGER REFERENCES courts(courtId), memberId INTEGER REFERENCES members(memberId),
        startTime TIMESTAMP, durationMinutes INTEGER, playerCount INTEGER, price DOUBLE, paidOnline BOOLEAN,
        cancelledAt TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE coachingSessions(sessionId INTEGER PRIMARY KEY,
        courtId INTEGER REFERENCES courts(courtId), memberId INTEGER REFERENCES members(memberId), coachName VARCHAR,
        sessionType VARCHAR, sessionStart TIMESTAMP, durationMinutes INTEGER, fee DOUBLE, attended BOOLEAN)""")
    courts = [(*c, dt.date(2021, 5, 1) if c[0] <= 4 else dt.date(2022, 4, 2) if c[0] <= 6 else dt.date(2023, 3, 6))
              for c in COURTS]
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 260), start=1):
        joined = _day(rng, dt.date(2021, 5, 1), 1250)
        cancelled = joined + dt.timedelta(days=rng.randint(120, 900)) if rng.random() < 0.25 else None
        if cancelled is not None and cancelled > dt.date(2024, 12, 31):
            cancelled = None
        members.append((mid, first, last, _day(rng, dt.date(1955, 1, 1), 18000), rng.choice(["F", "M"]),
                        rng.choices(["bronze", "silver", "gold"], [5, 3, 2])[0],
                        rng.choices(["beginner", "intermediate", "advanced"], [4, 5, 2])[0], joined, cancelled))
    discount = {"bronze": 1.0, "silver": 0.9, "gold": 0.8}
    bookings, bid = [], 0
    for _ in range(3400):
        m = rng.choice(members)
        lo = max(m[7], dt.date(2023, 1, 1))
        hi = m[8] or dt.date(2024, 12, 31)
        if lo >= hi:
            continue
        day = _day(rng, lo, (hi - lo).days)
        court = rng.choices(courts, [5, 4, 4, 4, 3, 3, 1])[0]
        if court[5] > day:
            court = courts[2]
        hour = rng.choice([7, 8, 18, 19, 19, 20, 20, 21]) if day.weekday() < 5 else rng.randint(8, 18)
        start = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 0, 30])))
        minutes = rng.choices([60, 90, 120], [4, 5, 1])[0]
        players = 2 if court[2] == "single" else rng.choices([4, 2], [9, 1])[0]
        price = round(court[4] * minutes / 60 * discount[m[5]] * (0.8 if not court[3] and day.month in (6, 7, 8)
                                                                     else 1.0), 2)
        cancelled = None
        if rng.random() < 0.09:
            cancelled = start - dt.timedelta(hours=rng.choice([2, 5, 20, 30, 48, 72]))
        bid += 1
        bookings.append((bid, court[0], m[0], start, minutes, players, price, rng.random() < 0.7, cancelled))
    bookings.sort(key=lambda b: b[3])
    bookings = [(i, *b[1:]) for i, b in enumerate(bookings, start=1)]
    sessions = []
    while len(sessions) < 900:
        m = rng.choice(members)
        lo = max(m[7], dt.date(2023, 1, 1))
        hi = m[8] or dt.date(2024, 12, 31)
        if lo >= hi:
            continue
        day = _day(rng, lo, (hi - lo).days)
        coach = rng.choices(list(COACHES), [4, 3, 3, 2])[0]
        stype = rng.choices(["private", "group", "clinic"], [5, 4, 1])[0]
        minutes = 60 if stype == "private" and rng.random() < 0.8 else 90
        hour = rng.choice([9, 10, 11, 17, 18]) if stype != "clinic" else 10
        start = dt.datetime.combine(day, dt.time(hour, 0))
        fee = round(COACHES[coach] * minutes / 60 * {"private": 1.0, "group": 0.45, "clinic": 0.3}[stype], 2)
        sessions.append((len(sessions) + 1, rng.choice([1, 2, 3, 4]), m[0], coach, stype, start, minutes, fee,
                         rng.random() < 0.93))
    _insert(con, "courts", courts)
    _insert(con, "members", members)
    _insert(con, "bookings", bookings)
    _insert(con, "coachingSessions", sessions)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "football": build_football,
    "lostproperty": build_lostproperty,
    "printfarm": build_printfarm,
    "tollroad": build_tollroad,
    "padel": build_padel,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval106-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval106-dbs')
    """
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    for name, builder in BUILDERS.items():
        final = out / f"{name}.duckdb"
        if final.exists():
            continue
        tmp = out / f".{name}.tmp.duckdb"
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)
        builder(tmp)
        tmp.rename(final)
    return out


if __name__ == "__main__":
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval106-dbs"))
