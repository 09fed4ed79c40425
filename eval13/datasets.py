"""Builders of the thirteenth evaluation corpus: five DuckDB files (hardware store, train operator, water utility,
call centre, hospital wards).

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `hardware.duckdb`: stores, prods, custs, sales_txns (abbreviated snake_case names: store_nm, rgn, prod_nm,
  unit_prc, qty, amt, disc_amt, cust_nm, txn_ts; NO declared foreign key, the links are only implied by the
  names; sales_txns.cust_id NULL for walk-in customers)
- `trains.duckdb`: routes, drivers (birthDate), trips (camelCase names; declared FKs; actualDeparture and
  arrivalDelayMin NULL when the trip was cancelled, cancellationReason NULL otherwise)
- `water.duckdb`: one wide `water_bills` table (amount_paid / paid_on NULL while unpaid, booleans)
- `callcentre.duckdb`: agents (date_of_birth, leave_date NULL while employed), calls (declared FK, csat_score
  NULL when the caller skipped the survey)
- `hospital.duckdb`: wards, patients (birth_year), admissions (declared FKs, discharged_at and
  discharge_destination NULL while the patient is still on the ward)

Usage:
    python eval13/datasets.py OUTDIR

Example:
    >>> from eval13.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval13-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['callcentre.duckdb', 'hardware.duckdb', 'hospital.duckdb', 'trains.duckdb', 'water.duckdb']
"""
from __future__ import annotations

import bisect
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


def _at(day: dt.date, hour: int, minute: int) -> dt.datetime:
    """A timestamp on `day` at hour:minute."""
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def _unique_names(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(FIRST), rng.choice(LAST)), None)
    return list(seen)


FIRST = ["Aoife", "Bilal", "Carmen", "Dmitri", "Eleanor", "Farah", "Gareth", "Hannah", "Ibrahim", "Joanna", "Kwame",
         "Lorna", "Mateo", "Niamh", "Owen", "Priya", "Quentin", "Rosa", "Samuel", "Tamsin", "Umar", "Vera", "William",
         "Zara", "Callum", "Maya", "Declan", "Ruth"]
LAST = ["Ashworth", "Bhatt", "Coleman", "Doherty", "Evans", "Fitzgerald", "Gallagher", "Hughes", "Iqbal", "Jenkins",
        "Kaur", "Lloyd", "McKenzie", "Nolan", "O'Brien", "Patel", "Quinn", "Reid", "Sutherland", "Turner", "Walsh",
        "Yates"]

# ------------------------------------------------------------------------------------------------- hardware store
STORES = [  # store_nm, city, rgn, open_dt, sq_ft, has_garden_ctr
    ("Millbrook", "Millbrook", "North", dt.date(2004, 3, 1), 42000, True),
    ("Harrow Road", "Leeds", "North", dt.date(2011, 6, 15), 38000, False),
    ("Quayside", "Newcastle", "North", dt.date(2016, 9, 1), 51000, True),
    ("Castle Park", "Bristol", "West", dt.date(2001, 4, 20), 47000, True),
    ("Redcliffe", "Bristol", "West", dt.date(2019, 2, 1), 29000, False),
    ("Bayview", "Plymouth", "West", dt.date(2009, 10, 5), 35000, True),
    ("Kingsgate", "London", "South", dt.date(1998, 5, 12), 61000, True),
    ("Elm Street", "Brighton", "South", dt.date(2013, 8, 30), 31000, False),
    ("Riverside", "Reading", "South", dt.date(2022, 7, 1), 44000, True),
    ("Ironbridge", "Birmingham", "Central", dt.date(2007, 1, 10), 55000, True),
    ("Market Cross", "Nottingham", "Central", dt.date(2015, 11, 2), 33000, False),
    ("Foxhall", "Leicester", "Central", dt.date(2020, 3, 16), 39000, True),
]
PRODS = {  # dept -> [(prod_nm, brand_nm, list_prc, is_seasonal)]
    "Tools": [("Cordless Drill 18V", "Makita", 129.0, False), ("Claw Hammer 16oz", "Stanley", 14.5, False),
              ("Circular Saw", "DeWalt", 159.0, False), ("Screwdriver Set 12pc", "Stanley", 19.99, False),
              ("Spirit Level 600mm", "Stabila", 27.5, False), ("Angle Grinder", "Bosch", 89.0, False),
              ("Tape Measure 8m", "Stanley", 11.99, False), ("Socket Set 40pc", "Draper", 44.0, False)],
    "Plumbing": [("PTFE Tape", "Everbuild", 1.49, False), ("Basin Mixer Tap", "Bristan", 64.0, False),
                 ("Copper Pipe 15mm 2m", "Wavin", 12.8, False), ("Pipe Wrench", "Rothenberger", 24.0, False),
                 ("Toilet Seat", "Croydex", 29.0, False), ("Push-fit Elbow 15mm", "JG Speedfit", 2.35, False)],
    "Electrical": [("LED Bulb E27 4pk", "Philips", 9.99, False), ("Extension Lead 4 Gang", "Masterplug", 15.5, False),
                   ("Twin Socket", "MK", 6.8, False), ("Cable 2.5mm 50m", "Prysmian", 54.0, False),
                   ("Outdoor Floodlight", "Luceco", 34.0, False), ("Smoke Alarm", "FireAngel", 18.0, False)],
    "Paint": [("Matt Emulsion White 10L", "Dulux", 42.0, False), ("Gloss Paint 750ml", "Crown", 16.0, False),
              ("Paint Roller Kit", "Harris", 12.0, False), ("Masking Tape 50m", "Frog Tape", 7.5, False),
              ("Fence Paint 5L", "Cuprinol", 19.0, True), ("Wood Stain 2.5L", "Ronseal", 24.0, False)],
    "Garden": [("Lawn Mower Electric", "Flymo", 149.0, True), ("Garden Hose 30m", "Hozelock", 32.0, True),
               ("Compost 50L", "Miracle-Gro", 7.99, True), ("Pruning Shears", "Fiskars", 21.0, False),
               ("Patio Heater", "Lifestyle", 119.0, True), ("Rake", "Spear & Jackson", 17.5, False),
               ("Christmas Lights 200", "Festive", 24.99, True)],
    "Timber": [("Pine Plank 2.4m", "Local Mill", 8.4, False), ("Plywood Sheet 18mm", "Metsa", 39.0, False),
               ("Decking Board 3.6m", "Local Mill", 11.2, True), ("MDF Sheet 12mm", "Medite", 24.5, False),
               ("Fence Panel 6x5", "Forest", 36.0, True)],
    "Fixings": [("Wood Screws 200pk", "TurboGold", 8.5, False), ("Wall Plugs 100pk", "Rawlplug", 3.99, False),
                ("Hinges Pair", "Eclipse", 5.5, False), ("Padlock 40mm", "Squire", 13.0, False),
                ("Bolts M8 50pk", "Timco", 9.25, False)],
}
PAY_MTHDS = ["Card", "Cash", "Trade Acct", "Gift Card"]


def _season_weight(prod_nm: str, month: int) -> float:
    """How likely a product sells in a month (garden things in spring/summer, lights in December)."""
    if prod_nm == "Christmas Lights 200":
        return 6.0 if month in (11, 12) else 0.05
    if prod_nm == "Patio Heater":
        return 2.0 if month in (4, 5, 9, 10) else 0.4
    return 2.2 if month in (4, 5, 6, 7, 8) else 0.5


def build_hardware(path: Path | str) -> None:
    """stores (12), prods (43), custs (520 loyalty members), sales_txns (2022-2024, no declared FK)."""
    rng = random.Random(1301)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stores(store_id INTEGER PRIMARY KEY, store_nm VARCHAR, city VARCHAR,
        rgn VARCHAR, open_dt DATE, sq_ft INTEGER, has_garden_ctr BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE prods(prod_id INTEGER PRIMARY KEY, prod_nm VARCHAR, dept VARCHAR,
        brand_nm VARCHAR, unit_cost DECIMAL(10,2), list_prc DECIMAL(10,2), is_seasonal BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE custs(cust_id INTEGER PRIMARY KEY, cust_nm VARCHAR, cust_type VARCHAR,
        join_dt DATE, home_store_id INTEGER, email_opt_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sales_txns(txn_id INTEGER PRIMARY KEY, txn_ts TIMESTAMP, store_id INTEGER,
        prod_id INTEGER, cust_id INTEGER, qty INTEGER, unit_prc DECIMAL(10,2), disc_amt DECIMAL(10,2),
        amt DECIMAL(10,2), pay_mthd VARCHAR, is_online BOOLEAN)""")
    stores = [(i, *s) for i, s in enumerate(STORES, start=1)]
    prods = []
    for dept, items in PRODS.items():
        for name, brand, price, seasonal in items:
            cost = round(price * rng.uniform(0.45, 0.7), 2)
            prods.append((len(prods) + 1, name, dept, brand, cost, price, seasonal))
    custs = []
    for cid, (first, last) in enumerate(_unique_names(rng, 520), start=1):
        ctype = rng.choices(["Homeowner", "Trade", "Landlord"], [70, 22, 8])[0]
        custs.append((cid, f"{first} {last}", ctype, _day(rng, dt.date(2018, 1, 1), 2500), rng.randint(1, 12),
                      rng.random() < 0.55))
    members = sorted(custs, key=lambda c: (c[3], c[0]))
    join_days = [c[3] for c in members]
    store_w = [s[4] / 10000 for s in STORES]  # bigger stores sell more
    txns = []
    day = dt.date(2022, 1, 1)
    while day <= dt.date(2024, 12, 31):
        month_w = [_season_weight(p[1], day.month) if p[6] else 1.0 for p in prods]
        n = rng.randint(14, 26) + (8 if day.weekday() >= 5 else 0)
        for _ in range(n):
            store = rng.choices(stores, store_w)[0]
            if store[4] > day:
                store = stores[0]
            prod = rng.choices(prods, month_w)[0]
            joined = bisect.bisect_right(join_days, day)  # members who had joined by this day
            cust = members[rng.randrange(joined)] if joined and rng.random() < 0.6 else None
            qty = rng.choice([1, 1, 1, 2, 2, 3, 4, 5, 10]) if prod[5] < 20 else rng.choice([1, 1, 1, 2])
            if cust and cust[2] == "Trade":
                qty *= rng.choice([1, 2, 3])
            price = float(prod[5]) * (1.0 if day.year < 2024 else 1.05)
            disc = round(qty * price * rng.choice([0.1, 0.15]), 2) if (cust and cust[2] == "Trade") or \
                rng.random() < 0.08 else 0.0
            amt = round(qty * price - disc, 2)
            pay = "Trade Acct" if cust and cust[2] == "Trade" and rng.random() < 0.6 else rng.choices(
                ["Card", "Cash", "Gift Card"], [75, 20, 5])[0]
            ts = _at(day, rng.randint(7, 19), rng.randrange(60))
            txns.append((len(txns) + 1, ts, store[0], prod[0], cust[0] if cust else None, qty, round(price, 2), disc,
                         amt, pay, rng.random() < 0.12))
        day += dt.timedelta(days=1)
    _insert(con, "stores", stores)
    _insert(con, "prods", prods)
    _insert(con, "custs", custs)
    _insert(con, "sales_txns", txns)
    con.close()


# ------------------------------------------------------------------------------------------------- train operator
ROUTES = [  # routeName, origin, destination, distanceKm, isIntercity, base fare
    ("Northport - Central", "Northport", "Central", 212.0, True, 38.0),
    ("Central - Eastbay", "Central", "Eastbay", 148.0, True, 29.0),
    ("Central - Airport", "Central", "Airport", 27.0, False, 9.5),
    ("Westfield Loop", "Westfield", "Westfield", 41.0, False, 6.0),
    ("Eastbay - Harbourside", "Eastbay", "Harbourside", 33.0, False, 7.0),
    ("Central - Lakeside", "Central", "Lakeside", 96.0, True, 21.0),
    ("Lakeside - Pine Hill", "Lakeside", "Pine Hill", 58.0, False, 11.0),
    ("Northport - Kingsbridge", "Northport", "Kingsbridge", 74.0, False, 13.5),
    ("Central - Southgate", "Central", "Southgate", 121.0, True, 25.0),
    ("Southgate - Marsh End", "Southgate", "Marsh End", 36.0, False, 6.5),
    ("Airport Express", "Airport", "Central", 31.0, True, 16.0),
    ("Valley Line", "Kingsbridge", "Pine Hill", 67.0, False, 10.0),
]
DEPOTS = ["Central", "Northport", "Eastbay", "Southgate"]
CANCEL_REASONS = ["Crew shortage", "Signal failure", "Rolling stock fault", "Weather", "Industrial action"]


def _trip(rng: random.Random, trip_id: int, route_id: int, route: tuple, driver: tuple, day: dt.date,
          hour: int) -> tuple:
    """One scheduled trip; cancelled more often in winter, no times, delay or passengers when cancelled."""
    sched = _at(day, hour, rng.choice([0, 15, 30, 45]))
    winter = day.month in (1, 2, 12)
    cancelled = rng.random() < (0.06 if winter else 0.03)
    peak = hour in (7, 8, 17, 18)
    capacity = 420 if route[4] else 260
    pax = 0 if cancelled else int(capacity * rng.uniform(0.25, 0.95 if peak else 0.7))
    delay = None if cancelled else max(0, int(rng.expovariate(1 / (6 if winter else 3))) - 1)
    actual = None if cancelled else sched + dt.timedelta(minutes=min(delay, rng.randint(0, 3) + delay // 2))
    revenue = 0.0 if cancelled else round(pax * route[5] * rng.uniform(0.7, 1.0), 2)
    ttype = "Intercity Set" if route[4] else rng.choice(["EMU", "EMU", "DMU"])
    return (trip_id, route_id, driver[0], day, sched, actual, delay, cancelled,
            rng.choice(CANCEL_REASONS) if cancelled else None, pax, revenue, ttype)


def build_trains(path: Path | str) -> None:
    """routes (12), drivers (48, birthDate), trips (2023-2025, declared FKs; NULL times when cancelled)."""
    rng = random.Random(1302)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE routes("routeId" INTEGER PRIMARY KEY, "routeName" VARCHAR,
        "originStation" VARCHAR, "destinationStation" VARCHAR, "distanceKm" DOUBLE, "isIntercity" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE drivers("driverId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthDate" DATE, "hireDate" DATE, "homeDepot" VARCHAR, "isTrainee" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE trips("tripId" INTEGER PRIMARY KEY,
        "routeId" INTEGER REFERENCES routes("routeId"), "driverId" INTEGER REFERENCES drivers("driverId"),
        "serviceDate" DATE, "scheduledDeparture" TIMESTAMP, "actualDeparture" TIMESTAMP, "arrivalDelayMin" INTEGER,
        "isCancelled" BOOLEAN, "cancellationReason" VARCHAR, "passengerCount" INTEGER, "ticketRevenue" DOUBLE,
        "trainType" VARCHAR)""")
    routes = [(i, r[0], r[1], r[2], r[3], r[4]) for i, r in enumerate(ROUTES, start=1)]
    drivers = []
    for did, (first, last) in enumerate(_unique_names(rng, 48), start=1):
        born = _day(rng, dt.date(1962, 1, 1), 365 * 38)
        hired = max(_day(rng, dt.date(2000, 1, 1), 365 * 24), dt.date(born.year + 21, born.month, 1))
        if did > 44:  # this year's intake of trainee drivers
            hired = _day(rng, dt.date(2025, 1, 6), 200)
        drivers.append((did, first, last, born, hired, rng.choice(DEPOTS), hired >= dt.date(2025, 1, 1)))
    trips = []
    day = dt.date(2023, 1, 1)
    while day <= dt.date(2025, 12, 31):
        on_duty = [d for d in drivers if d[4] <= day]
        for rid, route in enumerate(ROUTES, start=1):
            for hour in (6, 7, 8, 11, 14, 17, 18, 20):
                if rng.random() >= (0.15 if day.weekday() >= 5 else 0.24):
                    continue
                trips.append(_trip(rng, len(trips) + 1, rid, route, rng.choice(on_duty), day, hour))
        day += dt.timedelta(days=1)
    _insert(con, "routes", routes)
    _insert(con, "drivers", drivers)
    _insert(con, "trips", trips)
    con.close()


# ------------------------------------------------------------------------------------------------- water utility
DISTRICTS = {"Riverside": 1.0, "Hillcrest": 1.1, "Old Town": 0.9, "Harbour": 1.2, "Northfield": 1.0,
             "Westgate": 0.95}
CUSTOMER_TYPES = {"Residential": (18, 45), "Commercial": (80, 400), "Industrial": (600, 3000),
                  "Municipal": (150, 900)}
RATE = {2022: 2.10, 2023: 2.25, 2024: 2.41}  # per m3
STANDING = {15: 12.0, 20: 15.0, 25: 22.0, 50: 60.0}  # per quarter by meter size


def build_water(path: Path | str) -> None:
    """One wide `water_bills` table: quarterly bills 2022-2024 for 520 accounts (NULL amount_paid while unpaid)."""
    rng = random.Random(1303)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE water_bills(bill_id INTEGER PRIMARY KEY, account_no VARCHAR,
        customer_name VARCHAR, customer_type VARCHAR, district VARCHAR, meter_size_mm INTEGER,
        period_start DATE, period_end DATE, issued_on DATE, due_date DATE, reading_estimated BOOLEAN,
        usage_m3 DOUBLE, amount_due DECIMAL(10,2), amount_paid DECIMAL(10,2), paid_on DATE,
        on_autopay BOOLEAN, leak_suspected BOOLEAN)""")
    businesses = {"Commercial": ["Bakery", "Laundrette", "Hotel", "Garage", "Car Wash", "Gym", "Cafe"],
                  "Industrial": ["Brewery", "Dairy", "Print Works", "Plastics Ltd", "Foods Ltd", "Paper Mill"]}
    accounts = []
    names = iter(_unique_names(rng, 560))
    for a in range(1, 521):
        ctype = rng.choices(list(CUSTOMER_TYPES), [78, 14, 4, 4])[0]
        district = rng.choice(list(DISTRICTS))
        if ctype == "Residential":
            first, last = next(names)
            name = f"{first} {last}"
            meter = rng.choice([15, 15, 20])
        elif ctype == "Municipal":
            name = f"{district} {rng.choice(['Leisure Centre', 'Primary School', 'Library', 'Park', 'Depot'])}"
            meter = rng.choice([25, 50])
        else:
            name = f"{rng.choice(LAST)} {rng.choice(businesses[ctype])}"
            meter = rng.choice([20, 25, 50]) if ctype == "Commercial" else 50
        accounts.append((f"WA-{100000 + a * 7}", name, ctype, district, meter, rng.random() < 0.4,
                         rng.randint(0, 2)))
    bills = []
    for year in (2022, 2023, 2024):
        for q in range(4):
            start = dt.date(year, 3 * q + 1, 1)
            end = dt.date(year + (q == 3), (3 * q + 3) % 12 + 1, 1) - dt.timedelta(days=1)
            for acc in accounts:
                if (acc[6] == 1 and year == 2022) or (acc[6] == 2 and year == 2022 and q < 2):
                    continue  # joined later
                lo, hi = CUSTOMER_TYPES[acc[2]]
                usage = rng.uniform(lo, hi) * DISTRICTS[acc[3]] * (1.25 if q == 2 else 1.0)
                leak = rng.random() < 0.025
                usage = round(usage * (2.5 if leak else 1.0), 1)
                due = round(usage * RATE[year] + STANDING[acc[4]], 2)
                issued = end + dt.timedelta(days=rng.randint(3, 12))
                due_date = issued + dt.timedelta(days=28)
                if acc[5]:
                    paid, paid_on = due, due_date - dt.timedelta(days=rng.randint(0, 3))
                else:
                    roll = rng.random()
                    recent = year == 2024 and q == 3
                    if roll < (0.35 if recent else 0.04):
                        paid, paid_on = None, None
                    else:
                        late = rng.random() < 0.18
                        paid_on = due_date + dt.timedelta(days=rng.randint(1, 60) if late else -rng.randint(0, 25))
                        paid = due if rng.random() < 0.95 else round(due * rng.uniform(0.3, 0.9), 2)
                bills.append((len(bills) + 1, acc[0], acc[1], acc[2], acc[3], acc[4], start, end, issued, due_date,
                              rng.random() < 0.09, usage, due, paid, paid_on, acc[5], leak))
    _insert(con, "water_bills", bills)
    con.close()


# ------------------------------------------------------------------------------------------------- call centre
TEAMS = ["Billing", "Tech Support", "Sales", "Retention"]
SITES = ["Leeds", "Glasgow", "Cape Town", "Manila"]
REASONS = {  # team -> call reasons
    "Billing": ["Billing query", "Payment failed", "Refund request"],
    "Tech Support": ["No connection", "Slow speed", "Router setup"],
    "Sales": ["New contract", "Upgrade", "Moving home"],
    "Retention": ["Cancel contract", "Price complaint"],
}


def build_callcentre(path: Path | str) -> None:
    """agents (70, date_of_birth, leave_date NULL while employed), calls (2023-2025, declared FK, optional csat)."""
    rng = random.Random(1304)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE agents(agent_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        date_of_birth DATE, team VARCHAR, site VARCHAR, hire_date DATE, leave_date DATE, is_remote BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE calls(call_id INTEGER PRIMARY KEY,
        agent_id INTEGER REFERENCES agents(agent_id), started_at TIMESTAMP, channel VARCHAR, call_reason VARCHAR,
        customer_tier VARCHAR, wait_seconds INTEGER, handle_seconds INTEGER, resolved_first_contact BOOLEAN,
        escalated BOOLEAN, csat_score INTEGER)""")
    agents = []
    for aid, (first, last) in enumerate(_unique_names(rng, 70), start=1):
        born = _day(rng, dt.date(1965, 1, 1), 365 * 38)
        hired = _day(rng, dt.date(2016, 1, 1), 365 * 9)
        left = _day(rng, max(hired, dt.date(2023, 3, 1)), 900) if rng.random() < 0.25 else None
        if left and left > dt.date(2025, 12, 31):
            left = None
        agents.append((aid, first, last, born, TEAMS[aid % 4] if aid <= 60 else rng.choice(TEAMS[:2]),
                       rng.choices(SITES, [35, 20, 20, 25])[0], hired, left, rng.random() < 0.35))
    skill = {a[0]: rng.uniform(0.75, 1.3) for a in agents}
    calls = []
    day = dt.date(2023, 1, 1)
    while day <= dt.date(2025, 12, 31):
        working = [a for a in agents if a[6] <= day and (a[7] is None or a[7] > day)]
        n = rng.randint(10, 18) if day.weekday() < 5 else rng.randint(3, 7)
        for _ in range(n):
            agent = rng.choice(working)
            team = agent[4]
            reason = rng.choice(REASONS[team])
            channel = rng.choices(["Phone", "Chat", "Callback"], [65, 25, 10])[0]
            wait = int(rng.expovariate(1 / (95 if channel == "Phone" else 40))) if channel != "Callback" else 0
            handle = int(rng.uniform(150, 900) * skill[agent[0]] * (1.4 if team == "Tech Support" else 1.0))
            resolved = rng.random() < (0.82 / skill[agent[0]] if team != "Tech Support" else 0.62)
            escalated = not resolved and rng.random() < 0.4
            csat = None if rng.random() < 0.58 else min(5, max(1, round(rng.gauss(4.1 if resolved else 2.6, 0.9))))
            ts = _at(day, rng.randint(8, 19), rng.randrange(60)) + dt.timedelta(seconds=rng.randrange(60))
            calls.append((len(calls) + 1, agent[0], ts, channel, reason,
                          rng.choices(["Standard", "Plus", "Premium"], [60, 28, 12])[0], wait, handle, resolved,
                          escalated, csat))
        day += dt.timedelta(days=1)
    _insert(con, "agents", agents)
    _insert(con, "calls", calls)
    con.close()


# ------------------------------------------------------------------------------------------------- hospital wards
WARDS = [  # ward_name, specialty, floor, bed_count, is_high_dependency
    ("Aspen", "Cardiology", 3, 24, False), ("Birch", "Cardiology", 3, 12, True),
    ("Cedar", "Orthopaedics", 2, 28, False), ("Willow", "General Medicine", 1, 32, False),
    ("Rowan", "General Medicine", 1, 30, False), ("Hazel", "Paediatrics", 4, 20, False),
    ("Maple", "Maternity", 4, 26, False), ("Juniper", "Respiratory", 2, 22, False),
    ("Linden", "Oncology", 5, 18, False), ("Holly", "Critical Care", 5, 10, True),
]
DIAGNOSES = {
    "Cardiology": ["Heart failure", "Chest pain", "Atrial fibrillation"],
    "Orthopaedics": ["Hip fracture", "Knee replacement", "Hip replacement"],
    "General Medicine": ["Urinary infection", "Cellulitis", "Fall", "Dehydration"],
    "Paediatrics": ["Bronchiolitis", "Asthma", "Appendicitis"],
    "Maternity": ["Childbirth", "Caesarean section"],
    "Respiratory": ["Pneumonia", "COPD exacerbation", "Asthma"],
    "Oncology": ["Chemotherapy", "Neutropenic sepsis"],
    "Critical Care": ["Sepsis", "Cardiac arrest", "Major trauma"],
}
STAY_DAYS = {"Cardiology": 5, "Orthopaedics": 6, "General Medicine": 4, "Paediatrics": 2, "Maternity": 2,
             "Respiratory": 6, "Oncology": 4, "Critical Care": 8}


def _ward_for(rng: random.Random, wards: list[tuple], age: int, sex: str) -> tuple:
    """A ward fitting the patient: paediatrics under 16, maternity for women 18-45, adults elsewhere."""
    if age < 16:
        return wards[5]
    options = [w for w in wards if w[2] not in ("Paediatrics", "Maternity")]
    weights = [w[4] for w in options]
    if sex == "F" and 18 <= age <= 45 and rng.random() < 0.6:
        return wards[6]
    return rng.choices(options, weights)[0]


def build_hospital(path: Path | str) -> None:
    """wards (10), patients (2600, birth_year), admissions (2022-2024, declared FKs, NULL discharge while on ward)."""
    rng = random.Random(1305)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE wards(ward_id INTEGER PRIMARY KEY, ward_name VARCHAR, specialty VARCHAR,
        floor INTEGER, bed_count INTEGER, is_high_dependency BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE patients(patient_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, sex VARCHAR, birth_year INTEGER, postcode_area VARCHAR, gp_practice VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE admissions(admission_id INTEGER PRIMARY KEY,
        patient_id INTEGER REFERENCES patients(patient_id), ward_id INTEGER REFERENCES wards(ward_id),
        admitted_at TIMESTAMP, discharged_at TIMESTAMP, admission_type VARCHAR, primary_diagnosis VARCHAR,
        discharge_destination VARCHAR, is_readmission BOOLEAN)""")
    wards = [(i, *w) for i, w in enumerate(WARDS, start=1)]
    weights = {"Cardiology": 10, "Orthopaedics": 9, "General Medicine": 16, "Respiratory": 8, "Oncology": 6,
               "Critical Care": 2}
    wards = [w + (weights.get(w[2], 0),) for w in wards]
    firsts = FIRST + ["Alfie", "Poppy", "Harvey", "Isla", "Freddie", "Evie"]
    patients = []
    for pid in range(1, 2601):
        name = (rng.choice(firsts), rng.choice(LAST))
        sex = rng.choice(["F", "M"])
        birth = rng.choices([rng.randint(2008, 2023), rng.randint(1978, 2004), rng.randint(1928, 1977)],
                            [12, 30, 58])[0]
        patients.append((pid, name[0], name[1], sex, birth, rng.choice(["NE1", "NE2", "NE3", "NE4", "NE6", "DH1"]),
                         rng.choice(["Elm Surgery", "Quayside Practice", "Park Medical", "Fenwick Health Centre"])))
    admissions = []
    for pat in patients:
        stays = rng.choices([1, 2, 3, 4], [62, 24, 9, 5])[0]
        when = _at(_day(rng, dt.date(2022, 1, 1), 1096), rng.randint(0, 23), rng.randrange(60))
        prev_out = when
        for k in range(stays):
            if when > dt.datetime(2024, 12, 31, 23, 0):
                break
            age = when.year - pat[4]
            ward = _ward_for(rng, wards, age, pat[3])
            specialty = ward[2]
            if specialty == "Maternity" or (specialty == "Orthopaedics" and rng.random() < 0.5):
                kind = rng.choice(["Elective", "Emergency"]) if specialty == "Maternity" else "Elective"
            else:
                kind = rng.choices(["Emergency", "Elective", "Transfer"], [70, 18, 12])[0]
            stay_h = rng.expovariate(1 / (STAY_DAYS[specialty] * 24)) + 6 + (pat[4] < 1950) * 48
            out = when + dt.timedelta(hours=int(stay_h))
            still_in = out > dt.datetime(2025, 1, 1, 0, 0)
            died = not still_in and rng.random() < (0.08 if specialty in ("Critical Care", "Oncology") else 0.012)
            dest = None if still_in else "Died" if died else rng.choices(
                ["Home", "Care home", "Other hospital"], [85 if pat[4] > 1950 else 60, 10 if pat[4] > 1950 else 30,
                                                        5])[0]
            admissions.append((len(admissions) + 1, pat[0], ward[0], when, None if still_in else out, kind,
                               rng.choice(DIAGNOSES[specialty]), dest, k > 0 and (when - prev_out).days <= 30))
            if died or still_in:
                break
            prev_out = out
            when = out + dt.timedelta(days=rng.choice([rng.randint(2, 30), rng.randint(31, 400)]),
                                      hours=rng.randint(0, 12))
    admissions.sort(key=lambda r: r[3])
    admissions = [(i, *a[1:]) for i, a in enumerate(admissions, start=1)]
    _insert(con, "wards", [w[:6] for w in wards])
    _insert(con, "patients", patients)
    _insert(con, "admissions", admissions)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "hardware": build_hardware,
    "trains": build_trains,
    "water": build_water,
    "callcentre": build_callcentre,
    "hospital": build_hospital,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval13-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval13-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval13-dbs"))
