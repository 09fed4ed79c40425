"""Builders of the seventy-sixth development evaluation corpus: five DuckDB files in service and operations domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `supportdesk.duckdb`: a software support desk's agents (birth year), customers, tickets (SLA due times) and replies
- `warehouse.duckdb`: a warehouse's pickers (birth date), shifts, orders and pick lines (shift link only implied)
- `solar.duckdb`: a solar panel installer's installers, sites, installations (kW) and monthly readings (camelCase)
- `laundry.duckdb`: a laundry service's customers, drivers (birth date), orders (items, weights), pickup/drop-off runs
- `canteen.duckdb`: a school canteen's pupils (birth date, year group, free meals), meals served and top-ups

Usage:
    python eval76/datasets.py OUTDIR

Example:
    >>> from eval76.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval76-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['canteen.duckdb', 'laundry.duckdb', 'solar.duckdb', 'supportdesk.duckdb', 'warehouse.duckdb']
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


FIRST = ["Aisha", "Bartek", "Chloe", "Desmond", "Elena", "Farid", "Grace", "Hamish", "Ingrid", "Joel", "Kavya",
         "Liam", "Maeve", "Nadia", "Oscar", "Priya", "Rhys", "Sofia", "Tobias", "Uma", "Viktor", "Willa", "Yusuf",
         "Zara"]
LAST = ["Ashworth", "Brennan", "Chowdhury", "Dalgleish", "Ellison", "Ferreira", "Gallagher", "Hughes", "Iqbal",
        "Jarvis", "Kowalski", "Lindqvist", "McAllister", "Nakamura", "Okafor", "Pemberton", "Rahman", "Sutcliffe",
        "Thornton", "Varga", "Whitfield", "Young"]
KID_FIRST = ["Amelia", "Ben", "Callum", "Darcy", "Evie", "Finn", "Gracie", "Harry", "Isla", "Jacob", "Layla",
             "Mason", "Niamh", "Noah", "Ruby", "Sam", "Theo", "Tilly", "Zach", "Maya"]


# ------------------------------------------------------------------------------------------ support desk
def build_supportdesk(path: Path | str) -> None:
    """agents (24, birth_year), customers (160 companies), tickets (2023-01 to 2025-03, sla_due_at, resolved_at NULL
    while open, satisfaction NULL unless rated), replies."""
    rng = random.Random(7601)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE agents(agent_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, team VARCHAR, hired_on DATE, is_senior BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, company_name VARCHAR,
        plan VARCHAR, region VARCHAR, seats INTEGER, signed_up_on DATE, churned BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tickets(ticket_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), agent_id INTEGER REFERENCES agents(agent_id),
        opened_at TIMESTAMP, priority VARCHAR, channel VARCHAR, category VARCHAR, sla_due_at TIMESTAMP,
        resolved_at TIMESTAMP, satisfaction_score INTEGER, escalated BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE replies(reply_id INTEGER PRIMARY KEY,
        ticket_id INTEGER REFERENCES tickets(ticket_id), sent_at TIMESTAMP, from_customer BOOLEAN,
        word_count INTEGER)""")
    agents = []
    teams = ["billing", "technical", "onboarding"]
    for aid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 24), start=1):
        agents.append((aid, first, last, rng.randint(1970, 2001), teams[aid % 3] if aid > 3 else teams[aid - 1],
                       _day(rng, dt.date(2018, 1, 1), 1800), rng.random() < 0.3))
    prefixes = ["Acme", "Brightline", "Cobalt", "Driftwood", "Evergreen", "Foxglove", "Granite", "Harbour", "Ionic",
                "Juniper", "Keystone", "Lumen", "Meridian", "Northwind", "Orchid", "Pinnacle", "Quartz", "Redwood",
                "Summit", "Tidewater"]
    suffixes = ["Labs", "Logistics", "Retail", "Health", "Analytics", "Foods", "Studios", "Partners"]
    names = list(dict.fromkeys(f"{p} {s}" for p in prefixes for s in suffixes))
    rng.shuffle(names)
    customers = []
    for cid in range(1, 161):
        plan = rng.choices(["free", "pro", "enterprise"], [40, 45, 15])[0]
        seats = {"free": rng.randint(1, 5), "pro": rng.randint(5, 60), "enterprise": rng.randint(50, 900)}[plan]
        customers.append((cid, names[cid - 1], plan, rng.choice(["north", "south", "east", "west"]), seats,
                          _day(rng, dt.date(2021, 1, 1), 1100), rng.random() < 0.12))
    sla_hours = {"urgent": 4, "high": 8, "medium": 24, "low": 72}
    tickets, replies = [], []
    weights = [c[4] ** 0.5 for c in customers]
    for tid in range(1, 2401):
        customer = rng.choices(customers, weights)[0]
        opened = _moment(rng, _day(rng, dt.date(2023, 1, 1), 820), 0, 23)
        if opened.hour < 7 or opened.hour > 20:
            opened = opened.replace(hour=rng.randint(8, 17))
        priority = rng.choices(list(sla_hours), [8, 20, 45, 27])[0]
        category = rng.choices(["bug", "how-to", "billing", "feature request", "outage"], [30, 32, 18, 14, 6])[0]
        team = "billing" if category == "billing" else rng.choice(["technical", "technical", "onboarding"])
        agent = rng.choice([a for a in agents if a[4] == team])
        sla_due = opened + dt.timedelta(hours=sla_hours[priority])
        resolved = opened + dt.timedelta(minutes=int(rng.expovariate(1 / (sla_hours[priority] * 50))) + 10)
        if opened > dt.datetime(2025, 3, 10) and rng.random() < 0.6 or rng.random() < 0.03:
            resolved = None
        score = rng.choices([1, 2, 3, 4, 5], [5, 8, 17, 35, 35])[0] if resolved and rng.random() < 0.55 else None
        tickets.append((tid, customer[0], agent[0], opened, priority, rng.choices(["email", "chat", "phone"],
                        [50, 35, 15])[0], category, sla_due, resolved, score, rng.random() < 0.08))
        moment = opened
        for k in range(rng.randint(1, 6)):
            moment = moment + dt.timedelta(minutes=rng.randint(5, 600))
            replies.append((len(replies) + 1, tid, moment, k % 2 == 1, rng.randint(12, 420)))
    _insert(con, "agents", agents)
    _insert(con, "customers", customers)
    _insert(con, "tickets", tickets)
    _insert(con, "replies", replies)
    con.close()


# ------------------------------------------------------------------------------------------ warehouse picking
def build_warehouse(path: Path | str) -> None:
    """pickers (40, birth_date, left_on NULL while employed), shifts, orders (dispatched_at NULL until dispatched),
    pick_lines (units, weight_kg, error_type NULL unless a mistake; shift_id NOT declared as a foreign key)."""
    rng = random.Random(7602)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE pickers(picker_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, contract_type VARCHAR, hired_on DATE, left_on DATE,
        forklift_certified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE shifts(shift_id INTEGER PRIMARY KEY,
        picker_id INTEGER REFERENCES pickers(picker_id), shift_date DATE, shift_type VARCHAR, hours_worked DOUBLE,
        overtime BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE orders(order_id INTEGER PRIMARY KEY, order_ref VARCHAR,
        placed_at TIMESTAMP, sales_channel VARCHAR, destination_region VARCHAR, express BOOLEAN,
        order_value_gbp DOUBLE, dispatched_at TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE pick_lines(line_id INTEGER PRIMARY KEY,
        order_id INTEGER REFERENCES orders(order_id), shift_id INTEGER, sku VARCHAR, zone VARCHAR,
        units INTEGER, weight_kg DOUBLE, picked_at TIMESTAMP, error_type VARCHAR)""")
    pickers = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 40), start=1):
        hired = _day(rng, dt.date(2019, 1, 1), 2000)
        left = _day(rng, dt.date(2023, 3, 1), 640) if rng.random() < 0.2 else None
        if left is not None and left <= hired + dt.timedelta(days=60):
            left = None
        pickers.append((pid, first, last, _day(rng, dt.date(1965, 1, 1), 14000),
                        rng.choices(["permanent", "part-time", "agency"], [50, 25, 25])[0], hired, left,
                        rng.random() < 0.35))
    shifts = []
    day = dt.date(2023, 1, 2)
    while day <= dt.date(2024, 12, 30):
        if day.weekday() < 6:
            working = [p for p in pickers if p[5] <= day and (p[6] is None or p[6] > day)]
            for p in rng.sample(working, min(len(working), rng.randint(3, 5))):
                stype = rng.choices(["early", "late", "night"], [45, 35, 20])[0]
                hours = rng.choice([6.0, 7.5, 8.0, 8.0, 8.0, 10.0])
                shifts.append((len(shifts) + 1, p[0], day, stype, hours, hours >= 10.0))
        day += dt.timedelta(days=1)
    channels = ["web", "marketplace", "wholesale"]
    orders, lines = [], []
    skus = [f"SKU-{n:04d}" for n in range(1000, 1120)]
    sku_weight = {s: round(rng.uniform(0.1, 14.0), 2) for s in skus}
    sku_zone = {s: rng.choices(["A", "B", "C", "D"], [35, 30, 20, 15])[0] for s in skus}
    for oid in range(1, 1801):
        shift = rng.choice(shifts)
        start = {"early": 6, "late": 14, "night": 22}[shift[3]]
        placed = dt.datetime.combine(shift[2] - dt.timedelta(days=rng.randint(0, 2)),
                                     dt.time(rng.randint(0, 23), rng.randrange(60)))
        channel = rng.choices(channels, [55, 30, 15])[0]
        lines_here = []
        for _ in range(rng.randint(1, 6) if channel != "wholesale" else rng.randint(3, 10)):
            sku = rng.choice(skus)
            units = rng.randint(1, 4) if channel != "wholesale" else rng.randint(5, 60)
            picked = dt.datetime.combine(shift[2], dt.time(start % 24, 0)) + dt.timedelta(
                minutes=rng.randint(10, int(shift[4] * 60) - 10))
            error = rng.choices([None, "wrong item", "short pick", "damaged"], [94, 2.5, 2.5, 1])[0]
            lines_here.append((len(lines) + len(lines_here) + 1, oid, shift[0], sku, sku_zone[sku], units,
                               round(units * sku_weight[sku], 2), picked, error))
        lines.extend(lines_here)
        last_pick = max(r[7] for r in lines_here)
        dispatched = last_pick + dt.timedelta(minutes=rng.randint(20, 600))
        if rng.random() < 0.04:
            dispatched = None
        value = sum(r[5] for r in lines_here) * rng.uniform(6, 30)
        orders.append((oid, f"WO-{100000 + oid}", min(placed, last_pick - dt.timedelta(hours=1)), channel,
                       rng.choice(["Scotland", "North", "Midlands", "South East", "South West", "Wales"]),
                       rng.random() < 0.18, round(value, 2), dispatched))
    _insert(con, "pickers", pickers)
    _insert(con, "shifts", shifts)
    _insert(con, "orders", orders)
    _insert(con, "pick_lines", lines)
    con.close()


# ------------------------------------------------------------------------------------------ solar installer
def build_solar(path: Path | str) -> None:
    """installers (14, birthYear), sites (county, siteType), installations (capacityKw, hasBattery,
    decommissionedOn NULL while running), readings (monthly generation) — camelCase columns."""
    rng = random.Random(7603)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE installers("installerId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthYear" INTEGER, "certLevel" VARCHAR, "startDate" DATE,
        "isSubcontractor" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sites("siteId" INTEGER PRIMARY KEY, "ownerName" VARCHAR,
        "county" VARCHAR, "siteType" VARCHAR, "roofOrientation" VARCHAR, "roofAreaM2" DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE installations("installationId" INTEGER PRIMARY KEY,
        "siteId" INTEGER REFERENCES sites("siteId"), "installerId" INTEGER REFERENCES installers("installerId"),
        "installedOn" DATE, "capacityKw" DOUBLE, "panelCount" INTEGER, "hasBattery" BOOLEAN, "costGbp" DOUBLE,
        "decommissionedOn" DATE)""")
    con.execute("""CREATE OR REPLACE TABLE readings("readingId" INTEGER PRIMARY KEY,
        "installationId" INTEGER REFERENCES installations("installationId"), "readingMonth" DATE,
        "generatedKwh" DOUBLE, "exportedKwh" DOUBLE, "estimated" BOOLEAN)""")
    installers = []
    for iid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 14), start=1):
        installers.append((iid, first, last, rng.randint(1968, 2000), rng.choice(["MCS", "MCS", "NICEIC", "trainee"]),
                           _day(rng, dt.date(2016, 1, 1), 2500), rng.random() < 0.3))
    counties = {"Devon": 22, "Cornwall": 18, "Somerset": 14, "Dorset": 12, "Wiltshire": 9}
    sites = []
    for sid in range(1, 301):
        stype = rng.choices(["residential", "commercial", "farm"], [72, 18, 10])[0]
        area = {"residential": rng.uniform(18, 45), "commercial": rng.uniform(80, 400), "farm": rng.uniform(150, 900)}
        first, last = rng.choice(FIRST), rng.choice(LAST)
        owner = f"{first} {last}" if stype == "residential" else f"{last} {'Farm' if stype == 'farm' else 'Ltd'}"
        sites.append((sid, owner, rng.choices(list(counties), list(counties.values()))[0], stype,
                      rng.choices(["south", "east", "west", "flat"], [45, 20, 20, 15])[0], round(area[stype], 1)))
    installations, readings = [], []
    season = [0.35, 0.5, 0.8, 1.1, 1.35, 1.45, 1.45, 1.3, 1.0, 0.7, 0.4, 0.3]
    for inst_id, site in enumerate(sites, start=1):
        installed = _day(rng, dt.date(2022, 6, 1), 900)
        kw = round(min(site[5] / 5.5, rng.uniform(2.5, 6.0) if site[3] == "residential" else rng.uniform(15, 120)), 1)
        panels = int(kw * 1000 // 410) + 1
        decom = _day(rng, installed + dt.timedelta(days=120), 400) if rng.random() < 0.05 else None
        if decom is not None and decom > dt.date(2024, 12, 31):
            decom = None
        battery = rng.random() < (0.45 if site[3] == "residential" else 0.2)
        cost = kw * rng.uniform(1150, 1650) + (rng.uniform(3500, 6500) if battery else 0)
        installer = rng.choices(installers, [1 + (i[0] % 5) for i in installers])[0]
        installations.append((inst_id, site[0], installer[0], installed, kw, panels, battery, round(cost, 2), decom))
        month = dt.date(installed.year + (installed.month // 12), installed.month % 12 + 1, 1)
        factor = {"south": 1.0, "east": 0.85, "west": 0.85, "flat": 0.9}[site[4]]
        while month <= dt.date(2024, 12, 1) and (decom is None or month < decom):
            gen = kw * 80 * season[month.month - 1] * factor * rng.uniform(0.8, 1.15)
            exported = gen * (rng.uniform(0.2, 0.4) if battery else rng.uniform(0.45, 0.65))
            readings.append((len(readings) + 1, inst_id, month, round(gen, 1), round(exported, 1), rng.random() < 0.07))
            month = dt.date(month.year + (month.month // 12), month.month % 12 + 1, 1)
    _insert(con, "installers", installers)
    _insert(con, "sites", sites)
    _insert(con, "installations", installations)
    _insert(con, "readings", readings)
    con.close()


# ------------------------------------------------------------------------------------------ laundry service
def build_laundry(path: Path | str) -> None:
    """customers (birth_year, area, is_business), drivers (birth_date), orders (item_count, weight_kg, price_gbp,
    paid_on NULL while unpaid), runs (pickups and drop-offs, completed_at NULL when missed)."""
    rng = random.Random(7604)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, area VARCHAR, is_business BOOLEAN, joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE drivers(driver_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, van_type VARCHAR, started_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE orders(order_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), placed_on DATE, service VARCHAR,
        item_count INTEGER, weight_kg DOUBLE, price_gbp DOUBLE, express BOOLEAN, paid_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE runs(run_id INTEGER PRIMARY KEY,
        order_id INTEGER REFERENCES orders(order_id), driver_id INTEGER REFERENCES drivers(driver_id),
        run_type VARCHAR, scheduled_at TIMESTAMP, completed_at TIMESTAMP, distance_km DOUBLE)""")
    customers = []
    areas = {"Northside": 30, "Riverside": 25, "Old Town": 20, "Harbour": 15, "Hillcrest": 10}
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 380), start=1):
        customers.append((cid, first, last, rng.randint(1950, 2004), rng.choices(list(areas), list(areas.values()))[0],
                          rng.random() < 0.1, _day(rng, dt.date(2022, 1, 1), 1000)))
    drivers = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 9), start=1):
        drivers.append((did, first, last, _day(rng, dt.date(1970, 1, 1), 11000), rng.choice(["electric", "diesel"]),
                        _day(rng, dt.date(2019, 1, 1), 1400)))
    services = {"wash and fold": (55, 2.4), "dry cleaning": (20, 6.5), "ironing": (15, 1.8), "duvet": (10, 14.0)}
    orders, runs = [], []
    for oid in range(1, 3001):
        placed = _day(rng, dt.date(2023, 1, 1), 731)
        customer = rng.choice([c for c in customers if c[6] <= placed] or customers)
        service = rng.choices(list(services), [s[0] for s in services.values()])[0]
        items = rng.randint(1, 3) if service == "duvet" else rng.randint(2, 40 if customer[5] else 18)
        weight = round(items * {"wash and fold": 0.35, "dry cleaning": 0.8, "ironing": 0.3, "duvet": 2.6}[service]
                       * rng.uniform(0.8, 1.25), 2)
        express = rng.random() < 0.2
        price = round(items * services[service][1] * (1.5 if express else 1.0), 2)
        paid = placed + dt.timedelta(days=rng.randint(0, 20)) if rng.random() < 0.93 else None
        if paid is not None and paid > dt.date(2024, 12, 31):
            paid = None
        orders.append((oid, customer[0], placed, service, items, weight, price, express, paid))
        for kind, offset in (("pickup", 0), ("drop-off", 1 if express else rng.randint(2, 4))):
            when = dt.datetime.combine(placed + dt.timedelta(days=offset), dt.time(rng.randint(8, 19),
                                                                                     rng.choice([0, 30])))
            done = when + dt.timedelta(minutes=rng.randint(-20, 45)) if rng.random() < 0.95 else None
            runs.append((len(runs) + 1, oid, rng.choice(drivers)[0], kind, when, done, round(rng.uniform(0.8, 14), 1)))
    _insert(con, "customers", customers)
    _insert(con, "drivers", drivers)
    _insert(con, "orders", orders)
    _insert(con, "runs", runs)
    con.close()


# ------------------------------------------------------------------------------------------ school canteen
def build_canteen(path: Path | str) -> None:
    """pupils (birth_date, year_group 7-11, free_meals, left_on NULL while on roll), meals (served_at TIMESTAMP,
    meal_choice, price_gbp 0 when a free meal), top_ups (amount_gbp, method)."""
    rng = random.Random(7605)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE pupils(pupil_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, year_group INTEGER, house VARCHAR, free_meals BOOLEAN,
        vegetarian BOOLEAN, joined_on DATE, left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE meals(meal_id INTEGER PRIMARY KEY,
        pupil_id INTEGER REFERENCES pupils(pupil_id), served_at TIMESTAMP, meal_choice VARCHAR, price_gbp DOUBLE,
        dessert BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE top_ups(top_up_id INTEGER PRIMARY KEY,
        pupil_id INTEGER REFERENCES pupils(pupil_id), topped_up_at TIMESTAMP, amount_gbp DOUBLE, method VARCHAR)""")
    pupils = []
    houses = ["Oak", "Ash", "Birch", "Willow"]
    for pid, (first, last) in enumerate(_unique_names(rng, KID_FIRST, LAST, 200), start=1):
        year_group = rng.randint(7, 11)
        born = dt.date(2024 - year_group - 5 - 1, 9, 1) + dt.timedelta(days=rng.randrange(365))
        joined = dt.date(2023, 9, 4) if rng.random() < 0.85 else _day(rng, dt.date(2023, 9, 5), 400)
        left = _day(rng, joined + dt.timedelta(days=30), 300) if rng.random() < 0.07 else None
        pupils.append((pid, first, last, born, year_group, houses[pid % 4], rng.random() < 0.22,
                       rng.random() < 0.15, joined, left))
    prices = {"hot dinner": 2.6, "jacket potato": 2.2, "pasta pot": 2.3, "sandwich": 1.9, "salad box": 2.1}
    meals, top_ups = [], []
    day = dt.date(2023, 9, 4)
    while day <= dt.date(2024, 12, 13):
        holiday = (day.month == 8 or (day.month == 7 and day.day > 20) or (day.month == 12 and day.day > 18)
                   or (day.month == 4 and day.day < 12))
        if day.weekday() < 5 and not holiday:
            on_roll = [p for p in pupils if p[8] <= day and (p[9] is None or p[9] > day)]
            for p in on_roll:
                if p[0] % 17 and rng.random() < (0.5 if p[6] else 0.2):  # every 17th pupil brings a packed lunch
                    choice = rng.choices(list(prices), [35, 15, 18, 22, 10] if not p[7] else [20, 25, 25, 20, 10])[0]
                    served = dt.datetime.combine(day, dt.time(12, 0)) + dt.timedelta(minutes=rng.randint(0, 65))
                    dessert = rng.random() < 0.4
                    price = 0.0 if p[6] else round(prices[choice] + (0.6 if dessert else 0), 2)
                    meals.append((len(meals) + 1, p[0], served, choice, price, dessert))
                if not p[6] and rng.random() < 0.03:
                    at = _moment(rng, day, 7, 21)
                    top_ups.append((len(top_ups) + 1, p[0], at, rng.choice([5.0, 10.0, 10.0, 20.0, 25.0]),
                                    rng.choices(["online", "cash", "card"], [70, 20, 10])[0]))
        day += dt.timedelta(days=1)
    _insert(con, "pupils", pupils)
    _insert(con, "meals", meals)
    _insert(con, "top_ups", top_ups)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "supportdesk": build_supportdesk,
    "warehouse": build_warehouse,
    "solar": build_solar,
    "laundry": build_laundry,
    "canteen": build_canteen,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval76-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval76-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval76-dbs"))
