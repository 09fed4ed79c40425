"""Builders of the ninety-fifth development evaluation corpus: five DuckDB files in small-business and club domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `gardencentre.duckdb`: a garden centre's plants, loyalty customers (birth year), till sales and delivery orders
- `garage.duckdb`: a tyre and exhaust garage's fitters (birth date), vehicles, jobs and warranty returns
  (the warranty return's job link is only implied by its name)
- `cricketclub.duckdb`: a cricket club's players (birth date), matches, innings and subscriptions
- `halls.duckdb`: student halls of residence: blocks, rooms, students (birth date) and maintenance requests
- `roastery.duckdb`: an artisan coffee roastery's green bean lots, roasts and wholesale orders (camelCase)

Usage:
    python eval95/datasets.py OUTDIR

Example:
    >>> from eval95.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval95-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['cricketclub.duckdb', 'garage.duckdb', 'gardencentre.duckdb', 'halls.duckdb', 'roastery.duckdb']
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


FIRST = ["Aisha", "Barnaby", "Callum", "Delphine", "Emeka", "Fern", "Gethin", "Hollie", "Idris", "Jolene", "Kieran",
         "Lowri", "Marcus", "Niamh", "Otis", "Priya", "Rhys", "Saoirse", "Tobias", "Una", "Vikram", "Willa",
         "Xander", "Yusuf", "Zara", "Ewan", "Martha", "Declan"]
LAST = ["Ackroyd", "Brennan", "Chaudhry", "Dawson", "Ellery", "Fairclough", "Gallagher", "Hussain", "Ingram",
        "Jeffries", "Kowalczyk", "Lambert", "McAllister", "Nwosu", "Osborne", "Pemberton", "Rafferty", "Sutcliffe",
        "Thornton", "Underwood", "Varga", "Whitfield", "Yeates", "Zielinski"]

# ------------------------------------------------------------------------------------------------ garden centre
PLANTS = [  # name, category, hardiness, pot size (litres), price
    ("Lavender Hidcote", "perennial", "hardy", 2.0, 7.99), ("Hardy Geranium Rozanne", "perennial", "hardy", 2.0, 8.99),
    ("Salvia Caradonna", "perennial", "hardy", 1.0, 5.99), ("Echinacea Purpurea", "perennial", "hardy", 2.0, 9.49),
    ("Dahlia Bishop of Llandaff", "perennial", "half hardy", 3.0, 11.99),
    ("Agapanthus Blue", "perennial", "half hardy", 3.0, 14.99), ("Buddleja Black Knight", "shrub", "hardy", 5.0, 16.99),
    ("Hydrangea Annabelle", "shrub", "hardy", 5.0, 19.99), ("Pittosporum Tom Thumb", "shrub", "half hardy", 3.0, 15.49),
    ("Rosa Gertrude Jekyll", "shrub", "hardy", 6.0, 22.99), ("Japanese Maple", "tree", "hardy", 10.0, 49.99),
    ("Olive Tree", "tree", "half hardy", 15.0, 64.99), ("Apple Cox Orange Pippin", "tree", "hardy", 12.0, 39.99),
    ("Basil Sweet Genovese", "herb", "tender", 1.0, 2.99), ("Rosemary", "herb", "hardy", 1.0, 3.99),
    ("Mint Moroccan", "herb", "hardy", 1.0, 3.49), ("Petunia Surfinia", "bedding", "tender", 0.5, 2.49),
    ("Geranium Pelargonium", "bedding", "tender", 1.0, 3.99), ("Begonia Non-Stop", "bedding", "tender", 0.5, 2.29),
    ("Monstera Deliciosa", "houseplant", "tender", 5.0, 24.99), ("Peace Lily", "houseplant", "tender", 2.0, 12.99),
    ("Snake Plant", "houseplant", "tender", 2.0, 13.99)]
TOWNS = ["Ashby", "Melbourne", "Castle Donington", "Coalville", "Swadlincote"]


def build_gardencentre(path: Path | str) -> None:
    """plants (22, hardiness, pot_size_litres), customers (loyalty, birth_year), till_sales (sold_at TIMESTAMP,
    customer_id NULL for non-members), delivery_orders (delivered_on NULL until delivered), 2023-2024."""
    rng = random.Random(9501)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE plants(plant_id INTEGER PRIMARY KEY, plant_name VARCHAR, category VARCHAR,
        hardiness VARCHAR, pot_size_litres DOUBLE, price_gbp DOUBLE, peat_free BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, home_town VARCHAR, joined_on DATE, email_opt_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE till_sales(sale_id INTEGER PRIMARY KEY,
        plant_id INTEGER REFERENCES plants(plant_id), customer_id INTEGER REFERENCES customers(customer_id),
        sold_at TIMESTAMP, quantity INTEGER, amount_gbp DOUBLE, payment_method VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE delivery_orders(order_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), ordered_on DATE, delivered_on DATE, zone VARCHAR,
        order_value_gbp DOUBLE, weight_kg DOUBLE, delivery_fee_gbp DOUBLE, paid BOOLEAN)""")
    plants = [(i, *p, rng.random() < 0.6) for i, p in enumerate(PLANTS, start=1)]
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 320), start=1):
        customers.append((cid, first, last, rng.randint(1940, 2002), rng.choices(TOWNS, [35, 20, 15, 20, 10])[0],
                          _day(rng, dt.date(2021, 3, 1), 1370), rng.random() < 0.55))
    season = [1, 1, 3, 6, 9, 8, 6, 5, 4, 3, 2, 4]
    weights = [9, 8, 7, 6, 5, 4, 3, 4, 2, 1, 1, 2, 2, 5, 6, 5, 8, 7, 6, 3, 4, 3]
    sales = []
    for sid in range(1, 3401):
        year = rng.choice([2023, 2024])
        month = rng.choices(range(1, 13), season)[0]
        day = dt.date(year, month, rng.randint(1, 28))
        plant = rng.choices(plants, weights)[0]
        member = [c for c in customers if c[5] <= day]
        cust = rng.choice(member)[0] if rng.random() < 0.45 else None
        qty = rng.choices([1, 2, 3, 4, 6, 12], [50, 20, 10, 8, 7, 5])[0] if plant[5] < 5 else rng.choice([1, 1, 1, 2])
        discount = 0.9 if cust is not None else 1.0
        sales.append((sid, plant[0], cust, _moment(rng, day, 9, 17), qty, round(qty * plant[5] * discount, 2),
                      rng.choices(["card", "cash", "contactless"], [40, 15, 45])[0]))
    orders = []
    for oid in range(1, 641):
        ordered = _day(rng, dt.date(2023, 1, 1), 731)
        cust = rng.choice([c for c in customers if c[5] <= ordered])
        gap = rng.choice([1, 2, 2, 3, 3, 4, 5, 7, 9])
        delivered = ordered + dt.timedelta(days=gap)
        if delivered > dt.date(2024, 12, 31) or rng.random() < 0.04:
            delivered = None
        value = round(rng.uniform(25, 420), 2)
        zone = rng.choices(["north", "south", "east", "west"], [30, 25, 25, 20])[0]
        fee = 0.0 if value >= 150 else {"north": 6.5, "south": 8.0, "east": 7.5, "west": 9.0}[zone]
        orders.append((oid, cust[0], ordered, delivered, zone, value, round(value / 6 * rng.uniform(0.6, 1.5), 1),
                       fee, delivered is not None and rng.random() < 0.93 or rng.random() < 0.3))
    _insert(con, "plants", plants)
    _insert(con, "customers", customers)
    _insert(con, "till_sales", sales)
    _insert(con, "delivery_orders", orders)
    con.close()


# ------------------------------------------------------------------------------------------------------ garage
MAKES = {"Ford": ["Fiesta", "Focus", "Transit"], "Vauxhall": ["Corsa", "Astra"], "Volkswagen": ["Golf", "Polo"],
         "Toyota": ["Yaris", "Corolla", "Prius"], "BMW": ["3 Series", "1 Series"], "Nissan": ["Qashqai", "Leaf"],
         "Kia": ["Sportage", "Ceed"], "Tesla": ["Model 3"]}
JOB_TYPES = {"tyres": (0.6, 180.0), "exhaust": (1.8, 240.0), "brakes": (1.5, 160.0), "wheel alignment": (0.8, 0.0),
             "battery": (0.4, 120.0), "MOT": (1.0, 15.0)}
RETURN_REASONS = ["puncture", "premature wear", "exhaust leak", "brake noise", "faulty battery"]


def build_garage(path: Path | str) -> None:
    """fitters (9, birth_date, hourly_rate_gbp), vehicles (registration, make), jobs (booked_in_at TIMESTAMP,
    completed_at NULL while open, labour_hours, parts_cost_gbp), warranty_returns (job_id NOT declared),
    2023-01 to 2025-03."""
    rng = random.Random(9502)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE fitters(fitter_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, grade VARCHAR, hourly_rate_gbp DOUBLE, started_on DATE,
        mot_tester BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE vehicles(vehicle_id INTEGER PRIMARY KEY, registration VARCHAR,
        make VARCHAR, model VARCHAR, year_of_manufacture INTEGER, fuel_type VARCHAR, fleet_customer BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE jobs(job_id INTEGER PRIMARY KEY,
        vehicle_id INTEGER REFERENCES vehicles(vehicle_id), fitter_id INTEGER REFERENCES fitters(fitter_id),
        job_type VARCHAR, booked_in_at TIMESTAMP, completed_at TIMESTAMP, labour_hours DOUBLE,
        parts_cost_gbp DOUBLE, labour_charge_gbp DOUBLE, tyres_fitted INTEGER, paid BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE warranty_returns(return_id INTEGER PRIMARY KEY, job_id INTEGER,
        returned_on DATE, reason VARCHAR, refund_gbp DOUBLE, approved BOOLEAN)""")
    names = _unique_names(rng, FIRST, LAST, 9)
    grades = ["apprentice", "fitter", "fitter", "senior fitter", "fitter", "apprentice", "senior fitter", "fitter",
              "fitter"]
    rates = {"apprentice": 38.0, "fitter": 62.0, "senior fitter": 78.0}
    fitters = []
    for fid, ((first, last), grade) in enumerate(zip(names, grades), start=1):
        born = _day(rng, dt.date(1968, 1, 1), 12000) if grade != "apprentice" else _day(rng, dt.date(2001, 1, 1), 1500)
        fitters.append((fid, first, last, born, grade, rates[grade], _day(rng, dt.date(2012, 1, 1), 4000),
                        grade != "apprentice" and rng.random() < 0.6))
    vehicles, regs = [], set()
    for vid in range(1, 701):
        make = rng.choices(list(MAKES), [22, 16, 15, 14, 9, 10, 9, 5])[0]
        built = rng.randint(2008, 2024)
        while True:
            prefix = f"{rng.choice('ABCDEFGHKLMNPRSVWY')}{rng.choice('ABCDEFGHKLMNPRSVWY')}"
            age_id = f"{built % 100 + rng.choice([0, 50]):02d}"
            reg = f"{prefix}{age_id} {''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
            if reg not in regs:
                regs.add(reg)
                break
        fuel = "electric" if make == "Tesla" or (make == "Nissan" and rng.random() < 0.3) else \
            rng.choices(["petrol", "diesel", "hybrid"], [50, 35, 15])[0]
        vehicles.append((vid, reg, make, rng.choice(MAKES[make]), built, fuel, rng.random() < 0.12))
    jobs = []
    for jid in range(1, 2201):
        day = _day(rng, dt.date(2023, 1, 2), 819)
        while day.weekday() == 6:
            day = _day(rng, dt.date(2023, 1, 2), 819)
        booked = _moment(rng, day, 8, 16)
        jtype = rng.choices(list(JOB_TYPES), [40, 15, 15, 10, 8, 12])[0]
        fitter = rng.choices(fitters, [6, 10, 9, 8, 10, 5, 7, 9, 8])[0]
        if jtype == "MOT":
            fitter = rng.choice([f for f in fitters if f[7]])
        hours, parts = JOB_TYPES[jtype]
        labour = round(hours * rng.uniform(0.5, 1.8) * 4) / 4 or 0.25
        tyres = rng.choices([1, 2, 4], [30, 50, 20])[0] if jtype == "tyres" else 0
        parts_cost = round(parts * rng.uniform(0.5, 1.6) * (tyres / 2 if tyres else 1), 2)
        done = booked + dt.timedelta(minutes=int(labour * 60) + rng.randint(20, 600))
        if booked > dt.datetime(2025, 3, 24) and rng.random() < 0.7:
            done = None
        jobs.append((jid, rng.randint(1, 700), fitter[0], jtype, booked, done, labour, parts_cost,
                     round(labour * fitter[5], 2), tyres, done is not None and rng.random() < 0.95))
    returns = []
    for job in jobs:
        if job[5] is None or job[3] in ("MOT", "wheel alignment") or rng.random() > 0.07:
            continue
        returned = job[5].date() + dt.timedelta(days=rng.randint(3, 150))
        if returned > dt.date(2025, 3, 31):
            continue
        reason = {"tyres": rng.choice(["puncture", "premature wear"]), "exhaust": "exhaust leak",
                  "brakes": "brake noise", "battery": "faulty battery"}[job[3]]
        approved = rng.random() < 0.7
        returns.append((len(returns) + 1, job[0], returned, reason,
                        round(job[7] * rng.uniform(0.3, 1.0), 2) if approved else 0.0, approved))
    _insert(con, "fitters", fitters)
    _insert(con, "vehicles", vehicles)
    _insert(con, "jobs", jobs)
    _insert(con, "warranty_returns", returns)
    con.close()


# ------------------------------------------------------------------------------------------------ cricket club
OPPONENTS = ["Ashcombe CC", "Bramley Park CC", "Chilworth CC", "Dunsfold CC", "Elstead CC", "Farncombe CC",
             "Godalming Town CC", "Hambledon CC", "Milford CC", "Witley CC"]


def build_cricketclub(path: Path | str) -> None:
    """players (60, birth_date, batting_hand), matches (2023-2024 seasons, team, venue, result), innings (runs,
    balls_faced, not_out), subscriptions (per season, paid flag, paid_on NULL while unpaid)."""
    rng = random.Random(9503)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE players(player_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, batting_hand VARCHAR, role VARCHAR, joined_on DATE, is_junior BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE matches(match_id INTEGER PRIMARY KEY, match_date DATE, team VARCHAR,
        opponent VARCHAR, venue VARCHAR, competition VARCHAR, overs INTEGER, result VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE innings(innings_id INTEGER PRIMARY KEY,
        match_id INTEGER REFERENCES matches(match_id), player_id INTEGER REFERENCES players(player_id),
        batting_position INTEGER, runs INTEGER, balls_faced INTEGER, fours INTEGER, sixes INTEGER,
        not_out BOOLEAN, how_out VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE subscriptions(subscription_id INTEGER PRIMARY KEY,
        player_id INTEGER REFERENCES players(player_id), season INTEGER, membership_type VARCHAR,
        fee_gbp DOUBLE, paid BOOLEAN, paid_on DATE)""")
    players = []
    roles = ["batter", "bowler", "all-rounder", "wicketkeeper"]
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 60), start=1):
        junior = rng.random() < 0.2
        born = _day(rng, dt.date(2006, 1, 1), 1800) if junior else _day(rng, dt.date(1970, 1, 1), 12400)
        players.append((pid, first, last, born, "left" if rng.random() < 0.27 else "right",
                        rng.choices(roles, [35, 30, 25, 10])[0], _day(rng, dt.date(2008, 1, 1), 5800), junior))
    skill = {p[0]: rng.uniform(0.5, 2.2) if p[5] in ("batter", "all-rounder", "wicketkeeper") else
             rng.uniform(0.2, 0.8) for p in players}
    squads = {"1st XI": players[:24], "2nd XI": players[18:48], "Sunday XI": players[36:]}
    matches, innings = [], []
    for year in (2023, 2024):
        for team in squads:
            days = sorted({_day(rng, dt.date(year, 4, 20), 140) for _ in range(18 if team != "Sunday XI" else 12)})
            for day in days:
                comp = ("friendly" if team == "Sunday XI"
                        else rng.choices(["league", "cup", "friendly"], [70, 15, 15])[0])
                result = rng.choices(["won", "lost", "drawn", "abandoned"], [42, 38, 12, 8])[0]
                mid = len(matches) + 1
                matches.append((mid, day, team, rng.choice(OPPONENTS), rng.choice(["home", "away"]), comp,
                                40 if comp != "league" or team == "2nd XI" else 45, result))
                if result == "abandoned":
                    continue
                xi = rng.sample(squads[team], 11)
                xi.sort(key=lambda p: -skill[p[0]])
                for pos, p in enumerate(xi[: rng.randint(6, 11)], start=1):
                    balls = max(1, int(rng.expovariate(1 / (28 * skill[p[0]]))))
                    while balls > 130:  # nobody bats for more than about 22 overs in a club game
                        balls = max(1, int(rng.expovariate(1 / (28 * skill[p[0]]))))
                    runs = max(0, int(balls * rng.uniform(0.45, 1.25)))
                    fours = min(runs // 4, int(runs * rng.uniform(0.05, 0.12)))
                    sixes = min((runs - fours * 4) // 6, rng.choices([0, 0, 0, 1, 2], k=1)[0])
                    not_out = rng.random() < 0.16
                    how = None if not_out else rng.choices(["bowled", "caught", "lbw", "run out", "stumped"],
                                                           [25, 50, 15, 6, 4])[0]
                    innings.append((len(innings) + 1, mid, p[0], pos, runs, balls, fours, sixes, not_out, how))
    subs = []
    for season in (2023, 2024, 2025):
        for p in players:
            if rng.random() < 0.1:
                continue
            kind = "junior" if p[7] else rng.choices(["full playing", "student", "social"], [75, 15, 10])[0]
            fee = {"junior": 60.0, "full playing": 150.0, "student": 75.0, "social": 40.0}[kind]
            paid = rng.random() < (0.9 if season < 2025 else 0.55)
            paid_on = _day(rng, dt.date(season, 3, 1), 100 if season < 2025 else 40) if paid else None
            subs.append((len(subs) + 1, p[0], season, kind, fee, paid, paid_on))
    _insert(con, "players", players)
    _insert(con, "matches", matches)
    _insert(con, "innings", innings)
    _insert(con, "subscriptions", subs)
    con.close()


# -------------------------------------------------------------------------------------------------------- halls
BLOCKS = [(1, "Avon House", "city", True, 2016), (2, "Brunel Court", "city", True, 2019),
          (3, "Clifton Hall", "riverside", False, 1968), (4, "Dyer Lodge", "riverside", False, 1994),
          (5, "Elmgrove", "riverside", True, 2022)]
STUDENT_NATIONALITIES = {"British": 48, "Chinese": 12, "Indian": 10, "Nigerian": 6, "Malaysian": 5, "American": 4,
                         "Italian": 5, "German": 4, "Greek": 3, "Pakistani": 3}
CATEGORIES = {"plumbing": (40, 90.0), "electrical": (25, 70.0), "heating": (20, 120.0), "furniture": (18, 45.0),
              "pest control": (6, 150.0), "wifi": (22, 0.0), "locks and keys": (12, 35.0)}


def build_halls(path: Path | str) -> None:
    """blocks (5), rooms (room_type single/en-suite/studio, rent_per_week_gbp), students (birth_date, nationality,
    moved_out_on NULL while resident), maintenance_requests (opened_at / closed_at TIMESTAMP, NULL while open),
    2023-09 to 2025-06."""
    rng = random.Random(9504)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE blocks(block_id INTEGER PRIMARY KEY, block_name VARCHAR, campus VARCHAR,
        has_lift BOOLEAN, year_built INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE rooms(room_id INTEGER PRIMARY KEY,
        block_id INTEGER REFERENCES blocks(block_id), room_number VARCHAR, floor INTEGER, room_type VARCHAR,
        rent_per_week_gbp DOUBLE, accessible BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE students(student_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, nationality VARCHAR, year_of_study INTEGER,
        room_id INTEGER REFERENCES rooms(room_id), moved_in_on DATE, moved_out_on DATE, is_postgraduate BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE maintenance_requests(request_id INTEGER PRIMARY KEY,
        room_id INTEGER REFERENCES rooms(room_id), student_id INTEGER REFERENCES students(student_id),
        category VARCHAR, priority VARCHAR, opened_at TIMESTAMP, closed_at TIMESTAMP, contractor_cost_gbp DOUBLE)""")
    rooms = []
    base = {"single": 142.0, "en-suite": 176.0, "studio": 224.0}
    for block in BLOCKS:
        floors = 4 if block[3] else 3
        for floor in range(floors):
            for n in range(1, rng.randint(9, 14)):
                rtype = rng.choices(list(base), [45, 40, 15] if block[4] > 2000 else [75, 25, 0])[0]
                premium = 1.08 if block[2] == "city" else 1.0
                rooms.append((len(rooms) + 1, block[0], f"{block[1][0]}{floor}{n:02d}", floor, rtype,
                              round(base[rtype] * premium + rng.choice([0, 0, 5, 10]), 2),
                              floor == 0 and rng.random() < 0.3))
    names = _unique_names(rng, FIRST, LAST, 520)
    students = []
    for cohort_start in (dt.date(2023, 9, 16), dt.date(2024, 9, 14)):
        for room in rooms:
            if rng.random() < 0.06:
                continue
            first, last = names[len(students)]
            pg = rng.random() < 0.15
            nat = rng.choices(list(STUDENT_NATIONALITIES), list(STUDENT_NATIONALITIES.values()))[0]
            born = _day(rng, dt.date(1996 if pg else 2002, 1, 1), 1500 if pg else 900)
            moved_in = cohort_start + dt.timedelta(days=rng.randint(0, 10))
            if cohort_start.year == 2023:
                moved_out = dt.date(2024, 6, 1) + dt.timedelta(days=rng.randint(0, 28))
                if rng.random() < 0.07:
                    moved_out = moved_in + dt.timedelta(days=rng.randint(20, 200))
            else:
                moved_out = moved_in + dt.timedelta(days=rng.randint(20, 200)) if rng.random() < 0.08 else None
            students.append((len(students) + 1, first, last, born, nat, 4 if pg else rng.choices([1, 2, 3], [80, 12,
                             8])[0], room[0], moved_in, moved_out, pg))
    requests = []
    end = dt.datetime(2025, 6, 15)
    while len(requests) < 1500:
        s = rng.choice(students)
        last_day = (s[8] or dt.date(2025, 6, 14))
        span = (last_day - s[7]).days
        if span <= 1:
            continue
        day = s[7] + dt.timedelta(days=rng.randrange(span))
        opened = _moment(rng, day, 7, 23)
        cat = rng.choices(list(CATEGORIES), [c[0] for c in CATEGORIES.values()])[0]
        priority = rng.choices(["low", "medium", "high", "urgent"], [30, 40, 22, 8])[0]
        hours = {"low": 120, "medium": 60, "high": 24, "urgent": 6}[priority] * rng.uniform(0.2, 2.5)
        closed = opened + dt.timedelta(hours=hours, minutes=rng.randrange(60))
        if closed > end or rng.random() < 0.02:
            closed = None
        cost = round(CATEGORIES[cat][1] * rng.uniform(0.4, 2.0), 2) if rng.random() < 0.45 else 0.0
        requests.append((len(requests) + 1, s[6], s[0], cat, priority, opened, closed, cost))
    _insert(con, "blocks", BLOCKS)
    _insert(con, "rooms", rooms)
    _insert(con, "students", students)
    _insert(con, "maintenance_requests", requests)
    con.close()


# ---------------------------------------------------------------------------------------------------- roastery
ORIGINS = {"Ethiopia": (["Yirgacheffe Kochere", "Guji Hambela", "Sidamo Bensa"], 7.8),
           "Colombia": (["Huila La Plata", "Nariño Buesaco"], 6.4), "Brazil": (["Cerrado Mineiro", "Mogiana"], 4.9),
           "Kenya": (["Nyeri Gatomboya", "Kirinyaga Kii"], 8.6), "Guatemala": (["Huehuetenango Finca"], 6.1),
           "Rwanda": (["Nyamasheke Gitesi"], 6.9), "Sumatra": (["Aceh Gayo"], 5.7)}
WHOLESALE = {"Bean There Cafe": "cafe", "The Daily Grind": "cafe", "Kettle & Crumb": "cafe",
             "Northside Bakery": "cafe", "Osteria Lupo": "restaurant", "The Wild Fig": "restaurant",
             "Harbour Bistro": "restaurant", "Pixel Studios": "office", "Greaves Law LLP": "office",
             "Fernwood Deli": "retailer", "Market Pantry": "retailer", "Campus Coffee Co": "cafe"}


def build_roastery(path: Path | str) -> None:
    """greenLots (origin, process, costPerKgGbp), roasts (roastStartedAt / roastEndedAt TIMESTAMP, greenKg,
    roastedKg, roastLevel), wholesaleOrders (orderDate, kgOrdered, dispatchedDate NULL until dispatched), camelCase,
    2023-2024."""
    rng = random.Random(9505)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE greenLots(lotId INTEGER PRIMARY KEY, origin VARCHAR, farmName VARCHAR,
        process VARCHAR, arrivalDate DATE, kgPurchased DOUBLE, costPerKgGbp DOUBLE, isOrganic BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE roasts(roastId INTEGER PRIMARY KEY, lotId INTEGER REFERENCES
        greenLots(lotId), roastStartedAt TIMESTAMP, roastEndedAt TIMESTAMP, greenKg DOUBLE, roastedKg DOUBLE,
        roastLevel VARCHAR, roasterName VARCHAR, isEspressoBlend BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE wholesaleOrders(orderId INTEGER PRIMARY KEY, customerName VARCHAR,
        customerType VARCHAR, roastId INTEGER REFERENCES roasts(roastId), orderDate DATE, kgOrdered DOUBLE,
        pricePerKgGbp DOUBLE, isPaid BOOLEAN, dispatchedDate DATE)""")
    lots = []
    for _ in range(46):
        origin = rng.choices(list(ORIGINS), [20, 18, 16, 10, 9, 6, 6])[0]
        farms, cost = ORIGINS[origin]
        process = rng.choices(["washed", "natural", "honey"], [55, 35, 10])[0]
        lots.append((len(lots) + 1, origin, rng.choice(farms), process, _day(rng, dt.date(2022, 11, 1), 760),
                     float(rng.choice([60, 60, 69, 120, 180, 300])), round(cost * rng.uniform(0.85, 1.25), 2),
                     rng.random() < 0.3))
    roasts = []
    roasters = ["Hamish", "Lena", "Tomasz"]
    day = dt.date(2023, 1, 3)
    while day <= dt.date(2024, 12, 31):
        if day.weekday() < 5:
            for _ in range(rng.choice([1, 2, 2, 3])):
                avail = [lot for lot in lots if lot[4] <= day and (day - lot[4]).days < 300]
                lot = rng.choice(avail)
                start = _moment(rng, day, 6, 15)
                green = float(rng.choice([6, 12, 12, 15, 15, 15]))
                level = rng.choices(["light", "medium", "dark"], [35, 45, 20])[0]
                loss = {"light": 0.13, "medium": 0.155, "dark": 0.18}[level] * rng.uniform(0.92, 1.08)
                minutes = rng.randint(9, 16) + (2 if level == "dark" else 0)
                roasts.append((len(roasts) + 1, lot[0], start, start + dt.timedelta(minutes=minutes,
                               seconds=rng.randrange(60)), green, round(green * (1 - loss), 2), level,
                               rng.choices(roasters, [45, 35, 20])[0], level != "light" and rng.random() < 0.45))
        day += dt.timedelta(days=1)
    orders = []
    buyers = list(WHOLESALE)
    for r in roasts:
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            buyer = rng.choices(buyers, [14, 12, 9, 8, 6, 5, 4, 6, 3, 5, 4, 7])[0]
            ordered = r[2].date() + dt.timedelta(days=rng.randint(0, 6))
            if ordered > dt.date(2024, 12, 31):
                continue
            dispatched = ordered + dt.timedelta(days=rng.randint(1, 4))
            if dispatched > dt.date(2024, 12, 31) or rng.random() < 0.02:
                dispatched = None
            price = {"light": 27.0, "medium": 24.5, "dark": 23.0}[r[6]] * (0.9 if WHOLESALE[buyer] == "office"
                                                                             else 1.0)
            orders.append((len(orders) + 1, buyer, WHOLESALE[buyer], r[0], ordered,
                           float(rng.choice([1, 2, 3, 5, 5, 6, 10])), round(price, 2),
                           dispatched is not None and rng.random() < 0.9, dispatched))
    for origin in ("Colombia", "Kenya", "Ethiopia"):  # arrived in the last fortnight, not roasted yet
        farms, cost = ORIGINS[origin]
        lots.append((len(lots) + 1, origin, rng.choice(farms), "washed", _day(rng, dt.date(2024, 12, 16), 12),
                     60.0, round(cost * rng.uniform(0.9, 1.2), 2), rng.random() < 0.3))
    _insert(con, "greenLots", lots)
    _insert(con, "roasts", roasts)
    _insert(con, "wholesaleOrders", orders)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "gardencentre": build_gardencentre,
    "garage": build_garage,
    "cricketclub": build_cricketclub,
    "halls": build_halls,
    "roastery": build_roastery,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval95-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval95-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval95-dbs"))
