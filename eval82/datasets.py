"""Builders of the eighty-second development evaluation corpus: five DuckDB files in service and leisure domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `ambulance.duckdb`: an ambulance service's stations, crew members (birth date) and callouts (call/arrival times)
- `bakery.duckdb`: a bakery's products, shops, bakers (birth year) and production batches (baker link only implied)
- `theatre.duckdb`: a theatre box office's shows, performances and ticket sales by seat band (camelCase)
- `marathon.duckdb`: a running club's runners (birth date), races, results (finish seconds) and injuries
- `laundry.duckdb`: a self-service laundry's machines, customer cards (birth year), wash/dry cycles and top-ups

Usage:
    python eval82/datasets.py OUTDIR

Example:
    >>> from eval82.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval82-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['ambulance.duckdb', 'bakery.duckdb', 'laundry.duckdb', 'marathon.duckdb', 'theatre.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 0, last_hour: int = 23) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Aisling", "Bartek", "Chidi", "Delphine", "Emeka", "Fenella", "Gustav", "Hollie", "Idris", "Juno",
         "Kofi", "Lorna", "Mateo", "Nadia", "Osian", "Priya", "Rhys", "Saoirse", "Tobias", "Uma", "Vikram",
         "Winifred", "Xander", "Yusuf", "Zara"]
LAST = ["Ashworth", "Blackwood", "Carrick", "Dunmore", "Ellery", "Farrow", "Goddard", "Hargreaves", "Iqbal",
        "Jevons", "Kaur", "Lockhart", "Mbeki", "Nolan", "Okafor", "Pemberton", "Rowntree", "Sutcliffe", "Thorne",
        "Varga", "Whitlock", "Yates"]

# ---------------------------------------------------------------------------------------------- ambulance
STATIONS = [(1, "Ashgrove", "North", 1978, True), (2, "Bramley Road", "North", 1994, False),
            (3, "Castle Street", "Central", 1969, True), (4, "Dockside", "East", 2006, False),
            (5, "Elm Park", "South", 1988, False), (6, "Fenwick", "West", 2012, False),
            (7, "Greyfriars", "Central", 1972, False), (8, "Hollins Cross", "South", 2001, True)]
ROLES = ["paramedic", "emergency medical technician", "emergency care assistant"]
INCIDENTS = {"cardiac arrest": 1, "breathing problems": 2, "chest pain": 2, "fall": 3, "road traffic collision": 2,
             "stroke": 2, "mental health": 3, "minor injury": 4}
OUTCOMES = ["conveyed to hospital", "treated on scene", "referred to GP", "stood down"]


def build_ambulance(path: Path | str) -> None:
    """stations (8), crew_members (140, birth_date; left_on NULL while still employed), callouts (2023-2024,
    call_received_at/arrived_at TIMESTAMP, arrived_at NULL when stood down before arrival)."""
    rng = random.Random(8201)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stations(station_id INTEGER PRIMARY KEY, station_name VARCHAR,
        district VARCHAR, opened_year INTEGER, has_hart_team BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE crew_members(crew_member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, role VARCHAR, station_id INTEGER REFERENCES stations(station_id),
        hired_on DATE, left_on DATE, blue_light_trained BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE callouts(callout_id INTEGER PRIMARY KEY,
        station_id INTEGER REFERENCES stations(station_id),
        lead_crew_member_id INTEGER REFERENCES crew_members(crew_member_id), call_received_at TIMESTAMP,
        dispatched_at TIMESTAMP, arrived_at TIMESTAMP, priority VARCHAR, incident_type VARCHAR, outcome VARCHAR,
        distance_km DOUBLE, patient_age INTEGER)""")
    crew = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 140), start=1):
        hired = _day(rng, dt.date(2005, 1, 1), 7000)
        left = _day(rng, dt.date(2023, 2, 1), 690) if rng.random() < 0.14 else None
        crew.append((cid, first, last, _day(rng, dt.date(1963, 1, 1), 13500),
                     rng.choices(ROLES, [45, 35, 20])[0], 1 + (cid - 1) % 8, hired, left, rng.random() < 0.7))
    station_weights = [1.4, 0.8, 1.9, 1.1, 1.0, 0.6, 1.5, 0.9]
    callouts = []
    for cid in range(1, 3201):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        station = rng.choices(STATIONS, station_weights)[0]
        here = [c for c in crew if c[5] == station[0] and c[6] <= day and (c[7] is None or c[7] > day)]
        lead = rng.choice(here)
        incident = rng.choice(list(INCIDENTS))
        category = INCIDENTS[incident] if rng.random() < 0.8 else rng.randint(1, 4)
        hour = rng.choices(range(24), [2, 2, 1, 1, 1, 2, 3, 4, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 5, 5, 4, 3, 3])[0]
        received = dt.datetime.combine(day, dt.time(hour, rng.randrange(60), rng.randrange(60)))
        dispatched = received + dt.timedelta(seconds=rng.randint(30, 240 if category <= 2 else 1800))
        outcome = rng.choices(OUTCOMES, [55, 25, 8, 12])[0]
        base = {1: 7, 2: 18, 3: 45, 4: 80}[category] * (1.3 if station[2] in ("West", "South") else 1.0)
        arrived = None if outcome == "stood down" and rng.random() < 0.7 else \
            dispatched + dt.timedelta(seconds=int(base * 60 * rng.uniform(0.5, 1.8)))
        callouts.append((cid, station[0], lead[0], received, dispatched, arrived, f"category {category}", incident,
                         outcome, round(rng.uniform(0.4, 28.0), 1), rng.randint(0, 97)))
    _insert(con, "stations", STATIONS)
    _insert(con, "crew_members", crew)
    _insert(con, "callouts", callouts)
    con.close()


# ------------------------------------------------------------------------------------------------- bakery
PRODUCTS = [(1, "White Sandwich Loaf", "bread", 2.40, True), (2, "Sourdough Boule", "bread", 4.80, True),
            (3, "Seeded Rye", "bread", 4.20, True), (4, "Baguette", "bread", 1.90, True),
            (5, "Butter Croissant", "pastry", 1.85, False), (6, "Pain au Chocolat", "pastry", 2.10, False),
            (7, "Cinnamon Bun", "pastry", 2.60, False), (8, "Almond Croissant", "pastry", 2.95, False),
            (9, "Victoria Sponge", "cake", 14.50, False), (10, "Carrot Cake", "cake", 16.00, False),
            (11, "Lemon Drizzle", "cake", 12.50, False), (12, "Sausage Roll", "savoury", 2.75, False),
            (13, "Cheese Scone", "savoury", 1.95, False), (14, "Vegan Pasty", "savoury", 3.60, True)]
FLOUR_PER_UNIT = {"bread": 0.5, "pastry": 0.06, "cake": 0.35, "savoury": 0.08}
SHOPS = [(1, "Market Square", "Kendal", dt.date(2009, 4, 1), True), (2, "Station Road", "Kendal",
         dt.date(2016, 9, 12), False), (3, "Bridge End", "Penrith", dt.date(2019, 3, 2), True),
         (4, "Lakeside", "Windermere", dt.date(2021, 6, 19), True), (5, "High Street", "Ulverston",
         dt.date(2023, 10, 7), False)]


def build_bakery(path: Path | str) -> None:
    """products (14), shops (5), bakers (16, birth_year; left_on NULL while still baking), batches (2023-01..
    2025-03, baked_at TIMESTAMP; baker_id NOT declared as a foreign key)."""
    rng = random.Random(8202)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE products(product_id INTEGER PRIMARY KEY, product_name VARCHAR,
        category VARCHAR, retail_price_gbp DOUBLE, is_vegan BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE shops(shop_id INTEGER PRIMARY KEY, shop_name VARCHAR, town VARCHAR,
        opened_on DATE, has_cafe BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bakers(baker_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, shift VARCHAR, started_on DATE, left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE batches(batch_id INTEGER PRIMARY KEY,
        product_id INTEGER REFERENCES products(product_id), shop_id INTEGER REFERENCES shops(shop_id),
        baker_id INTEGER, baked_at TIMESTAMP, oven VARCHAR, flour_kg DOUBLE, units_baked INTEGER,
        units_wasted INTEGER, organic_flour BOOLEAN, passed_quality_check BOOLEAN)""")
    bakers = []
    for bid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 16), start=1):
        started = _day(rng, dt.date(2012, 1, 1), 4300)
        left = _day(rng, dt.date(2023, 6, 1), 600) if bid in (3, 9, 14) else None
        bakers.append((bid, first, last, rng.randint(1964, 2003), rng.choice(["early", "early", "late"]),
                       started, left))
    product_weights = [14, 9, 5, 11, 13, 10, 7, 4, 3, 3, 4, 9, 6, 3]
    batches = []
    end = dt.date(2025, 3, 31)
    for bid in range(1, 2901):
        day = _day(rng, dt.date(2023, 1, 1), (end - dt.date(2023, 1, 1)).days + 1)
        product = rng.choices(PRODUCTS, product_weights)[0]
        shop = rng.choice([s for s in SHOPS if s[3] <= day])
        baker = rng.choice([b for b in bakers if b[5] <= day and (b[6] is None or b[6] > day)])
        hour = rng.randint(3, 6) if baker[4] == "early" else rng.randint(11, 15)
        units = rng.randint(12, 120) if product[2] in ("bread", "pastry", "savoury") else rng.randint(4, 16)
        flour = round(units * FLOUR_PER_UNIT[product[2]] * rng.uniform(0.92, 1.08), 2)
        wasted = min(units, int(units * rng.uniform(0, 0.22) * (1.4 if day.weekday() == 6 else 1.0)))
        batches.append((bid, product[0], shop[0], baker[0], dt.datetime.combine(day, dt.time(hour, rng.randrange(60))),
                        rng.choice(["Deck 1", "Deck 2", "Rack Oven"]), flour, units, wasted, rng.random() < 0.3,
                        rng.random() < 0.95))
    _insert(con, "products", PRODUCTS)
    _insert(con, "shops", SHOPS)
    _insert(con, "bakers", bakers)
    _insert(con, "batches", batches)
    con.close()


# ------------------------------------------------------------------------------------------------ theatre
SHOWS = [("The Glass Menagerie", "drama", 150), ("Guys and Dolls", "musical", 165), ("Noises Off", "comedy", 140),
         ("La Boheme", "opera", 135), ("Swan Lake", "dance", 130), ("An Inspector Calls", "drama", 110),
         ("Blood Brothers", "musical", 160), ("The 39 Steps", "comedy", 120), ("Tosca", "opera", 145),
         ("Hamlet", "drama", 180), ("Matilda", "musical", 155), ("One Man, Two Guvnors", "comedy", 150),
         ("Giselle", "dance", 125), ("Pygmalion", "drama", 140)]
BANDS = {"stalls": 42.0, "dress circle": 36.0, "upper circle": 24.0, "box": 60.0}
CHANNELS = ["online", "box office", "phone"]


def build_theatre(path: Path | str) -> None:
    """shows (14, closingDate NULL while still running), performances (startsAt TIMESTAMP, isMatinee),
    ticketSales (priceBand, seats, amountGbp, refundedOn NULL unless refunded), 2023-2024; camelCase columns."""
    rng = random.Random(8203)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE shows(showId INTEGER PRIMARY KEY, title VARCHAR, genre VARCHAR,
        runningTimeMin INTEGER, openingDate DATE, closingDate DATE, isTouring BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE performances(performanceId INTEGER PRIMARY KEY,
        showId INTEGER REFERENCES shows(showId), startsAt TIMESTAMP, isMatinee BOOLEAN, relaxedPerformance BOOLEAN,
        seatCapacity INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE ticketSales(saleId INTEGER PRIMARY KEY,
        performanceId INTEGER REFERENCES performances(performanceId), soldAt TIMESTAMP, priceBand VARCHAR,
        seats INTEGER, amountGbp DOUBLE, salesChannel VARCHAR, isConcession BOOLEAN, refundedOn DATE)""")
    shows, start = [], dt.date(2023, 1, 16)
    for sid, (title, genre, minutes) in enumerate(SHOWS, start=1):
        run_days = rng.randint(30, 56)
        closing = start + dt.timedelta(days=run_days)
        shows.append((sid, title, genre, minutes, start, None if sid == len(SHOWS) else closing,
                      rng.random() < 0.4))
        start = closing + dt.timedelta(days=rng.randint(3, 10))
    performances = []
    for show in shows:
        day, last = show[4], show[5] or dt.date(2024, 12, 31)
        while day <= last:
            if day.weekday() != 6:
                performances.append((len(performances) + 1, show[0], dt.datetime.combine(day, dt.time(19, 30)),
                                     False, False, 620))
                if day.weekday() in (2, 5):
                    performances.append((len(performances) + 1, show[0], dt.datetime.combine(day, dt.time(14, 30)),
                                         True, rng.random() < 0.15, 620))
            day += dt.timedelta(days=1)
    popularity = {s[0]: rng.uniform(0.5, 1.5) for s in shows}
    sales = []
    for perf in performances:
        n = int(rng.randint(3, 9) * popularity[perf[1]])
        for _ in range(max(1, n)):
            band = rng.choices(list(BANDS), [45, 28, 22, 5])[0]
            seats = rng.choices([1, 2, 3, 4, 6], [15, 50, 10, 20, 5])[0]
            concession = rng.random() < 0.2
            genre = shows[perf[1] - 1][2]
            price = BANDS[band] * (1.25 if genre in ("musical", "opera") else 1.0) * (0.8 if concession else 1.0)
            sold = perf[2] - dt.timedelta(days=rng.randint(0, 60), hours=rng.randint(0, 12), minutes=rng.randrange(60))
            refunded = (sold + dt.timedelta(days=rng.randint(1, 10))).date() if rng.random() < 0.05 else None
            if refunded is not None and refunded > perf[2].date():
                refunded = perf[2].date()
            sales.append((len(sales) + 1, perf[0], sold, band, seats, round(price * seats, 2),
                          rng.choices(CHANNELS, [60, 25, 15])[0], concession, refunded))
    _insert(con, "shows", shows)
    _insert(con, "performances", performances)
    _insert(con, "ticketSales", sales)
    con.close()


# ----------------------------------------------------------------------------------------------- marathon
RACES = [("Lakeland 10K", "road", 10.0), ("Riverside Half", "road", 21.1), ("Moorland Trail 15", "trail", 15.0),
         ("County Cross Country", "cross country", 8.0), ("City Marathon", "road", 42.2),
         ("Fell Dash", "trail", 9.5), ("Harbour 5K", "road", 5.0)]


def build_marathon(path: Path | str) -> None:
    """runners (160, birth_date), races (2022-2024), results (finish_seconds NULL when the runner did not finish),
    injuries (recovered_on NULL while still injured)."""
    rng = random.Random(8204)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE runners(runner_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, gender VARCHAR, membership_type VARCHAR, joined_on DATE,
        is_coach BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE races(race_id INTEGER PRIMARY KEY, race_name VARCHAR, race_date DATE,
        race_type VARCHAR, distance_km DOUBLE, entry_fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE results(result_id INTEGER PRIMARY KEY,
        runner_id INTEGER REFERENCES runners(runner_id), race_id INTEGER REFERENCES races(race_id),
        finish_seconds INTEGER, finish_position INTEGER, did_finish BOOLEAN, personal_best BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE injuries(injury_id INTEGER PRIMARY KEY,
        runner_id INTEGER REFERENCES runners(runner_id), injury_type VARCHAR, reported_on DATE, recovered_on DATE,
        saw_physio BOOLEAN)""")
    runners = []
    for rid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 160), start=1):
        runners.append((rid, first, last, _day(rng, dt.date(1955, 1, 1), 18500), rng.choice(["F", "M"]),
                        rng.choices(["full", "second claim", "junior"], [70, 20, 10])[0],
                        _day(rng, dt.date(2012, 1, 1), 3900), rng.random() < 0.08))
    races = []
    for year in (2022, 2023, 2024):
        for i, (name, kind, km) in enumerate(RACES):
            month = [3, 5, 6, 1, 10, 8, 7][i]
            races.append((len(races) + 1, f"{name} {year}", dt.date(year, month, rng.randint(2, 27)), kind, km,
                          round(12 + km * 0.9 + (year - 2022) * 1.5, 2)))
    ability = {r[0]: rng.uniform(4.2, 7.8) for r in runners}
    results = []
    for race in races:
        field = rng.sample(runners, rng.randint(18, 55))
        times = []
        for runner in field:
            finished = rng.random() > (0.09 if race[4] > 30 else 0.03)
            pace = ability[runner[0]] * (1.15 if race[3] != "road" else 1.0) * rng.uniform(0.95, 1.08)
            secs = int(pace * 60 * race[4]) if finished else None
            times.append((runner, secs))
        ranked = sorted([t for t in times if t[1] is not None], key=lambda t: t[1])
        pos = {t[0][0]: i + 1 for i, t in enumerate(ranked)}
        for runner, secs in times:
            results.append((len(results) + 1, runner[0], race[0], secs, pos.get(runner[0]), secs is not None,
                            secs is not None and rng.random() < 0.18))
    injuries = []
    for iid in range(1, 151):
        runner = rng.choice(runners)
        reported = _day(rng, dt.date(2022, 1, 1), 1095)
        recovered = reported + dt.timedelta(days=rng.randint(7, 150))
        injuries.append((iid, runner[0], rng.choice(["hamstring", "knee", "achilles", "shin splints", "ankle",
                                                       "calf"]), reported,
                         None if recovered > dt.date(2024, 12, 31) or rng.random() < 0.04 else recovered,
                         rng.random() < 0.6))
    _insert(con, "runners", runners)
    _insert(con, "races", races)
    _insert(con, "results", results)
    _insert(con, "injuries", injuries)
    con.close()


# ------------------------------------------------------------------------------------------------ laundry
PROGRAMS = {"washer": {"quick": (30, 0.45, 3.20), "normal": (55, 0.95, 4.50), "heavy": (75, 1.6, 5.80),
                       "delicates": (45, 0.6, 4.00), "eco": (90, 0.7, 4.20)},
            "dryer": {"low heat": (40, 1.9, 2.80), "normal": (45, 2.6, 3.20), "high heat": (50, 3.4, 3.60)}}
FAULTS = ["door lock", "no heat", "drain error", "card reader", "drum jam"]


def build_laundry(path: Path | str) -> None:
    """machines (16, washers and dryers), customer_cards (320, birth_year; cancelled_on NULL while active),
    cycles (2023-01..2025-06, started_at TIMESTAMP, kwh, price; card_id NULL when paid in coins, fault_code NULL
    unless a fault stopped the cycle), top_ups (topped_up_at TIMESTAMP)."""
    rng = random.Random(8205)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE machines(machine_id INTEGER PRIMARY KEY, machine_code VARCHAR,
        machine_type VARCHAR, capacity_kg DOUBLE, brand VARCHAR, installed_on DATE, out_of_service BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE customer_cards(card_id INTEGER PRIMARY KEY, holder_first_name VARCHAR,
        holder_last_name VARCHAR, birth_year INTEGER, issued_on DATE, cancelled_on DATE, is_student BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE cycles(cycle_id INTEGER PRIMARY KEY,
        machine_id INTEGER REFERENCES machines(machine_id), card_id INTEGER REFERENCES customer_cards(card_id),
        started_at TIMESTAMP, program VARCHAR, duration_min INTEGER, energy_kwh DOUBLE, price_gbp DOUBLE,
        payment_method VARCHAR, fault_code VARCHAR, refunded BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE top_ups(top_up_id INTEGER PRIMARY KEY,
        card_id INTEGER REFERENCES customer_cards(card_id), topped_up_at TIMESTAMP, amount_gbp DOUBLE,
        channel VARCHAR)""")
    machines = []
    for mid in range(1, 17):
        kind = "washer" if mid <= 10 else "dryer"
        code = f"W{mid:02d}" if kind == "washer" else f"D{mid - 10:02d}"
        machines.append((mid, code, kind, rng.choice([8.0, 10.0, 12.0, 18.0]) if kind == "washer" else
                         rng.choice([10.0, 16.0]), rng.choice(["Electrolux", "Miele", "Speed Queen"]),
                         _day(rng, dt.date(2016, 1, 1), 2500), mid in (4, 13)))
    cards = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 320), start=1):
        issued = _day(rng, dt.date(2021, 1, 1), 1600)
        cancelled = issued + dt.timedelta(days=rng.randint(60, 700)) if rng.random() < 0.15 else None
        if cancelled is not None and cancelled > dt.date(2025, 6, 30):
            cancelled = None
        student = rng.random() < 0.3
        cards.append((cid, first, last, rng.randint(1999, 2006) if student else rng.randint(1945, 2002), issued,
                      cancelled, student))
    end = dt.date(2025, 6, 30)
    cycles, balance = [], {c[0]: 0.0 for c in cards}
    for cyc in range(1, 4601):
        day = _day(rng, dt.date(2023, 1, 1), (end - dt.date(2023, 1, 1)).days + 1)
        machine = rng.choice(machines)
        program = rng.choice(list(PROGRAMS[machine[2]]))
        minutes, kwh, price = PROGRAMS[machine[2]][program]
        scale = machine[3] / 10.0
        active = [c for c in cards if c[4] <= day and (c[5] is None or c[5] > day)]
        card = rng.choice(active) if rng.random() < 0.62 else None
        method = "card" if card else rng.choice(["coins", "contactless"])
        fault = rng.choice(FAULTS) if rng.random() < 0.04 else None
        hour = rng.choices(range(7, 22), [2, 4, 6, 7, 7, 6, 5, 5, 6, 7, 8, 8, 6, 4, 2])[0]
        cost = round(price * (0.85 + 0.15 * scale) * (1.1 if day.year >= 2024 else 1.0), 2)
        if card:
            balance[card[0]] += cost
        cycles.append((cyc, machine[0], card[0] if card else None,
                       dt.datetime.combine(day, dt.time(hour, rng.randrange(60))), program,
                       minutes if fault is None else rng.randint(3, minutes - 1),
                       round(kwh * scale * rng.uniform(0.85, 1.15) * (0.3 if fault else 1.0), 3), cost, method,
                       fault, fault is not None and rng.random() < 0.8))
    top_ups = []
    for card in cards:
        owed = balance[card[0]]
        while owed > 0:
            amount = rng.choice([5.0, 10.0, 10.0, 20.0, 30.0])
            owed -= amount
            day = _day(rng, max(card[4], dt.date(2023, 1, 1)),
                       max(1, ((card[5] or end) - max(card[4], dt.date(2023, 1, 1))).days))
            top_ups.append((len(top_ups) + 1, card[0], _moment(rng, day, 7, 21), amount,
                            rng.choices(["kiosk", "app", "counter"], [40, 45, 15])[0]))
    _insert(con, "machines", machines)
    _insert(con, "customer_cards", cards)
    _insert(con, "cycles", cycles)
    _insert(con, "top_ups", top_ups)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "ambulance": build_ambulance,
    "bakery": build_bakery,
    "theatre": build_theatre,
    "marathon": build_marathon,
    "laundry": build_laundry,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval82-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval82-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval82-dbs"))
