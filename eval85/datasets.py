"""Builders of the eighty-fifth development evaluation corpus: five DuckDB files in leisure and local-service domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `climbinggym.duckdb`: a climbing gym's members (birth date), routes (grades, setters), ascents and day passes
- `farmcoop.duckdb`: a farmers' co-op's farms (owner birth year), price list, deliveries and payments (farm link
  of payments only implied)
- `airportlounge.duckdb`: an airport lounge's airlines, visitors (birth date), visits and food orders (camelCase)
- `firebrigade.duckdb`: a volunteer fire brigade's firefighters (birth year), incidents, turnouts and equipment checks
- `podcasts.duckdb`: a podcast network's shows, episodes, daily downloads by country and sponsors

Usage:
    python eval85/datasets.py OUTDIR

Example:
    >>> from eval85.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval85-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['airportlounge.duckdb', 'climbinggym.duckdb', 'farmcoop.duckdb', 'firebrigade.duckdb', 'podcasts.duckdb']
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


FIRST = ["Aino", "Bastian", "Cleo", "Dario", "Elodie", "Finn", "Greta", "Hugo", "Ilse", "Joren", "Kaia", "Lukas",
         "Mira", "Noor", "Oskar", "Petra", "Rafael", "Saskia", "Tobias", "Ursula", "Vera", "Wouter", "Yusuf", "Zofia"]
LAST = ["Achterberg", "Brandt", "Castellanos", "Devlin", "Engstrom", "Fairbairn", "Gallagher", "Hollis", "Ivanova",
        "Janssen", "Kowalczyk", "Lindqvist", "Moreau", "Novak", "O'Hara", "Pedersen", "Ruiz", "Sorensen", "Talbot",
        "Vasquez", "Whitlock", "Zimmer"]

# ------------------------------------------------------------------------------------------------ climbing gym
MEMBERSHIP_TYPES = {"monthly": 45, "annual": 25, "off-peak": 18, "student": 12}
WALLS = ["Cave", "Slab", "Overhang", "Lead Wall", "Boulder Island"]
SETTERS = ["Mara Quist", "Theo Banks", "Ruth Adeyemi", "Sol Herrera", "Ivo Marsh"]
BOULDER_GRADES = ["V0", "V1", "V2", "V3", "V4", "V5", "V6", "V7"]
ROPE_GRADES = ["5a", "5b", "5c", "6a", "6a+", "6b", "6b+", "6c", "7a", "7b"]
ADJ = ["Red", "Silent", "Crimson", "Lazy", "Broken", "Golden", "Wild", "Tiny", "Electric", "Hidden", "Salty", "Crooked"]
NOUN = ["Arete", "Crimp", "Dyno", "Roof", "Pinch", "Sloper", "Traverse", "Chimney", "Mantle", "Flake", "Jug", "Heel"]
PASS_TYPES = {"adult": (14.5, 60), "child": (9.0, 20), "concession": (11.0, 20)}


def build_climbinggym(path: Path | str) -> None:
    """members (birth_date, cancelled_on NULL while active), routes (grade, setter, stripped_on NULL while up),
    ascents (climbed_at TIMESTAMP, sent / flashed flags), day_passes; 2023-2024."""
    rng = random.Random(8501)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, membership_type VARCHAR, joined_on DATE, cancelled_on DATE,
        belay_certified BOOLEAN, monthly_fee_eur DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE routes(route_id INTEGER PRIMARY KEY, route_name VARCHAR, wall VARCHAR,
        discipline VARCHAR, grade VARCHAR, difficulty_rank INTEGER, setter VARCHAR, set_on DATE, stripped_on DATE,
        height_m DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE ascents(ascent_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), route_id INTEGER REFERENCES routes(route_id),
        climbed_at TIMESTAMP, attempts INTEGER, sent BOOLEAN, flashed BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE day_passes(pass_id INTEGER PRIMARY KEY, visitor_name VARCHAR,
        visit_date DATE, pass_type VARCHAR, price_eur DOUBLE, shoe_hire BOOLEAN, waiver_signed_at TIMESTAMP)""")
    fees = {"monthly": 59.0, "annual": 49.0, "off-peak": 39.0, "student": 35.0}
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 320), start=1):
        mtype = rng.choices(list(MEMBERSHIP_TYPES), list(MEMBERSHIP_TYPES.values()))[0]
        birth = _day(rng, dt.date(2000, 1, 1), 2500) if mtype == "student" else _day(rng, dt.date(1965, 1, 1), 14000)
        joined = _day(rng, dt.date(2021, 1, 1), 1400)
        cancelled = joined + dt.timedelta(days=rng.randint(60, 900)) if rng.random() < 0.3 else None
        if cancelled is not None and cancelled > dt.date(2024, 12, 31):
            cancelled = None
        members.append((mid, first, last, birth, mtype, joined, cancelled, rng.random() < 0.55, fees[mtype]))
    routes, names = [], set()
    for rid in range(1, 131):
        wall = rng.choice(WALLS)
        discipline = "boulder" if wall in ("Cave", "Boulder Island") else rng.choice(["top rope", "lead"])
        if wall == "Lead Wall":
            discipline = "lead"
        grades = BOULDER_GRADES if discipline == "boulder" else ROPE_GRADES
        rank = min(len(grades) - 1, int(rng.triangular(0, len(grades), 2)))
        name = f"{rng.choice(ADJ)} {rng.choice(NOUN)}"
        while name in names:
            name = f"{rng.choice(ADJ)} {rng.choice(NOUN)}"
        names.add(name)
        set_on = _day(rng, dt.date(2022, 11, 1), 760)
        stripped = set_on + dt.timedelta(days=rng.randint(35, 160))
        stripped = stripped if stripped <= dt.date(2024, 12, 31) else None
        height = round(rng.uniform(3.5, 4.5), 1) if discipline == "boulder" else round(rng.uniform(11, 17), 1)
        setter = rng.choices(SETTERS, [30, 25, 20, 15, 10])[0]
        routes.append((rid, name, wall, discipline, grades[rank], rank + 1, setter, set_on, stripped, height))
    ascents = []
    skill = {m[0]: rng.uniform(0.2, 0.95) for m in members}
    while len(ascents) < 3200:
        day = _day(rng, dt.date(2023, 1, 1), 731)
        up = [r for r in routes if r[7] <= day and (r[8] is None or r[8] > day)]
        active = [m for m in members if m[5] <= day and (m[6] is None or m[6] > day)]
        if not up or not active:
            continue
        member = rng.choice(active)
        route = rng.choice(up)
        evening = rng.random() < 0.6 and day.weekday() < 5
        when = _moment(rng, day, 17, 21) if evening else _moment(rng, day, 9, 16)
        chance = skill[member[0]] - route[5] * 0.06
        attempts = rng.randint(1, 6)
        sent = rng.random() < max(0.1, chance + 0.25)
        flashed = sent and attempts == 1
        ascents.append((len(ascents) + 1, member[0], route[0], when, attempts, sent, flashed))
    passes = []
    for pid in range(1, 1401):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        ptype = rng.choices(list(PASS_TYPES), [v[1] for v in PASS_TYPES.values()])[0]
        price = PASS_TYPES[ptype][0] + (1.5 if day.weekday() >= 5 else 0.0) + (0.5 if day.year == 2024 else 0.0)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        passes.append((pid, f"{first} {last}", day, ptype, price, rng.random() < 0.4,
                       _moment(rng, day, 9, 20)))
    _insert(con, "members", members)
    _insert(con, "routes", routes)
    _insert(con, "ascents", ascents)
    _insert(con, "day_passes", passes)
    con.close()


# ---------------------------------------------------------------------------------------------------- farm co-op
PRODUCE = [(1, "Potatoes", "vegetable", 0.42), (2, "Carrots", "vegetable", 0.55), (3, "Onions", "vegetable", 0.48),
           (4, "Cabbage", "vegetable", 0.38), (5, "Leeks", "vegetable", 0.95), (6, "Apples", "fruit", 0.85),
           (7, "Pears", "fruit", 0.92), (8, "Strawberries", "fruit", 3.40), (9, "Cherries", "fruit", 4.20),
           (10, "Wheat", "grain", 0.24), (11, "Barley", "grain", 0.21), (12, "Pumpkins", "vegetable", 0.70)]
REGIONS = {"north": 9, "south": 11, "east": 7, "west": 8}
FARM_WORDS = ["Oak", "Willow", "Brook", "Hill", "Meadow", "Stone", "Ash", "Birch", "Elm", "Fern", "Heather", "Marsh"]
FARM_TAILS = ["Farm", "Acres", "Holdings", "Fields", "Orchard"]


def build_farmcoop(path: Path | str) -> None:
    """farms (owner birth year, left_coop_on NULL while a member), price_list, deliveries (delivered_at TIMESTAMP,
    weight_kg, grade A/B/C, rejected), payments (farm_id NOT declared as a foreign key); 2023-01 to 2025-06."""
    rng = random.Random(8502)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE farms(farm_id INTEGER PRIMARY KEY, farm_name VARCHAR,
        owner_first_name VARCHAR, owner_last_name VARCHAR, owner_birth_year INTEGER, region VARCHAR,
        hectares DOUBLE, organic BOOLEAN, joined_coop_on DATE, left_coop_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE price_list(product_id INTEGER PRIMARY KEY, product_name VARCHAR,
        category VARCHAR, base_price_per_kg DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE deliveries(delivery_id INTEGER PRIMARY KEY,
        farm_id INTEGER REFERENCES farms(farm_id), product_id INTEGER REFERENCES price_list(product_id),
        delivered_at TIMESTAMP, weight_kg DOUBLE, grade VARCHAR, rejected BOOLEAN, value_eur DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE payments(payment_id INTEGER PRIMARY KEY, farm_id INTEGER,
        paid_on DATE, amount_eur DOUBLE, method VARCHAR, is_advance BOOLEAN)""")
    farms, names = [], set()
    owners = _unique_names(rng, FIRST, LAST, 40)
    fid = 0
    for region, count in REGIONS.items():
        for _ in range(count):
            fid += 1
            name = f"{rng.choice(FARM_WORDS)} {rng.choice(FARM_TAILS)}"
            while name in names:
                name = f"{rng.choice(FARM_WORDS)} {rng.choice(FARM_TAILS)}"
            names.add(name)
            joined = _day(rng, dt.date(2005, 1, 1), 6900)
            left = _day(rng, dt.date(2023, 9, 1), 600) if rng.random() < 0.15 else None
            first, last = owners[fid - 1]
            farms.append((fid, name, first, last, rng.randint(1952, 1995), region,
                          round(rng.uniform(8, 220), 1), rng.random() < 0.3, joined, left))
    seasons = {"vegetable": range(1, 13), "fruit": [6, 7, 8, 9, 10], "grain": [7, 8, 9]}
    grade_factor = {"A": 1.0, "B": 0.8, "C": 0.55}
    specialties = {f[0]: rng.sample(PRODUCE, rng.randint(2, 5)) for f in farms}
    deliveries = []
    while len(deliveries) < 2600:
        day = _day(rng, dt.date(2023, 1, 1), 912)
        farm = rng.choice(farms)
        if farm[9] is not None and day >= farm[9]:
            continue
        product = rng.choice(specialties[farm[0]])
        if day.month not in seasons[product[2]]:
            continue
        weight = round(rng.uniform(80, 900) * (4 if product[2] == "grain" else 1) * (0.3 if product[3] > 3 else 1), 1)
        grade = rng.choices(["A", "B", "C"], [60, 30, 10] if farm[7] else [50, 35, 15])[0]
        rejected = rng.random() < (0.12 if grade == "C" else 0.02)
        price = product[3] * grade_factor[grade] * (1.15 if farm[7] else 1.0) * (1.04 if day.year >= 2024 else 1)
        value = 0.0 if rejected else round(weight * price, 2)
        deliveries.append((len(deliveries) + 1, farm[0], product[0], _moment(rng, day, 5, 14), weight, grade,
                           rejected, value))
    payments = []
    for farm in farms:
        owed: dict[tuple[int, int], float] = {}
        for d in deliveries:
            if d[1] == farm[0]:
                key = (d[3].year, d[3].month)
                owed[key] = owed.get(key, 0.0) + d[7]
        for (year, month), amount in sorted(owed.items()):
            if amount <= 0:
                continue
            paid = (dt.date(year, month, 1) + dt.timedelta(days=32)).replace(day=1) + dt.timedelta(days=rng.randint(
                4, 25))
            if paid > dt.date(2025, 6, 30):
                continue
            advance = rng.random() < 0.08
            payments.append((len(payments) + 1, farm[0], paid, round(amount * (0.5 if advance else 1.0), 2),
                             rng.choices(["bank transfer", "cheque"], [85, 15])[0], advance))
    _insert(con, "farms", farms)
    _insert(con, "price_list", PRODUCE)
    _insert(con, "deliveries", deliveries)
    _insert(con, "payments", payments)
    con.close()


# ------------------------------------------------------------------------------------------------- airport lounge
AIRLINES = [(1, "Nordic Air", "Star Alliance", True), (2, "Atlantic Blue", "oneworld", True),
            (3, "SkyBridge", "SkyTeam", True), (4, "Coastal Jet", None, False), (5, "Aurora Airways", "Star Alliance",
                                                                                  True),
            (6, "Pacific Crest", "oneworld", False), (7, "Meridian", "SkyTeam", True), (8, "FlyLow", None, False)]
TIERS = {"none": 35, "silver": 30, "gold": 24, "platinum": 11}
COUNTRIES = {"Netherlands": 20, "Germany": 18, "United States": 15, "United Kingdom": 17, "Japan": 8, "Norway": 10,
             "Brazil": 6, "India": 6}
MENU = [("Club sandwich", "hot food", 12.5), ("Pasta of the day", "hot food", 14.0), ("Soup", "hot food", 8.0),
        ("Crisps", "snack", 3.5), ("Fruit cup", "snack", 4.5), ("Cheese plate", "snack", 9.0),
        ("Espresso", "drink", 3.0), ("Fresh orange juice", "drink", 5.5), ("Sparkling water", "drink", 2.5),
        ("Glass of wine", "alcohol", 9.5), ("Draught beer", "alcohol", 7.5), ("Gin and tonic", "alcohol", 11.0)]


def build_airportlounge(path: Path | str) -> None:
    """camelCase: airlines, visitors (birthDate), loungeVisits (entryTime/exitTime TIMESTAMP, exitTime NULL when
    the visitor was not scanned out), foodOrders; 2023-04 to 2025-03."""
    rng = random.Random(8503)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE airlines("airlineId" INTEGER PRIMARY KEY, "airlineName" VARCHAR,
        alliance VARCHAR, "isPartner" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE visitors("visitorId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthDate" DATE, "tierStatus" VARCHAR, "homeCountry" VARCHAR, "signedUpAt" TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE "loungeVisits"("visitId" INTEGER PRIMARY KEY,
        "visitorId" INTEGER REFERENCES visitors("visitorId"), "airlineId" INTEGER REFERENCES airlines("airlineId"),
        "entryTime" TIMESTAMP, "exitTime" TIMESTAMP, "accessType" VARCHAR, "guestCount" INTEGER,
        "feePaidUsd" DOUBLE, "flightDelayed" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE "foodOrders"("orderId" INTEGER PRIMARY KEY,
        "visitId" INTEGER REFERENCES "loungeVisits"("visitId"), "orderedAt" TIMESTAMP, "itemName" VARCHAR,
        "itemCategory" VARCHAR, quantity INTEGER, "priceUsd" DOUBLE)""")
    visitors = []
    for vid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 380), start=1):
        signed = _moment(rng, _day(rng, dt.date(2020, 1, 1), 1900), 0, 23)
        visitors.append((vid, first, last, _day(rng, dt.date(1950, 1, 1), 19000),
                         rng.choices(list(TIERS), list(TIERS.values()))[0],
                         rng.choices(list(COUNTRIES), list(COUNTRIES.values()))[0], signed))
    visits, orders = [], []
    start = dt.date(2023, 4, 1)
    for visit_id in range(1, 2201):
        day = _day(rng, start, (dt.date(2025, 3, 31) - start).days + 1)
        visitor = rng.choice(visitors)
        airline = rng.choices(AIRLINES, [22, 18, 15, 8, 12, 9, 11, 5])[0]
        hour = rng.choices(range(5, 23), [3, 8, 9, 8, 6, 5, 5, 6, 6, 5, 5, 6, 7, 7, 6, 4, 3, 2])[0]
        entry = dt.datetime.combine(day, dt.time(hour, rng.randrange(60)))
        delayed = rng.random() < 0.14
        stay = rng.randint(25, 150) + (rng.randint(40, 180) if delayed else 0)
        exit_time = entry + dt.timedelta(minutes=stay) if rng.random() > 0.05 else None
        if visitor[4] in ("gold", "platinum"):
            access = "membership"
        else:
            access = rng.choices(["boarding pass", "paid", "membership"], [50, 35, 15])[0]
        guests = rng.choices([0, 1, 2, 3], [60, 25, 10, 5])[0]
        fee = round((45.0 if day.year == 2023 else 49.0) * (1 + guests), 2) if access == "paid" else 0.0
        visits.append((visit_id, visitor[0], airline[0], entry, exit_time, access, guests, fee, delayed))
        for _ in range(rng.choices([0, 1, 2, 3], [30, 35, 25, 10])[0]):
            item = rng.choice(MENU)
            limit = stay if exit_time is not None else 60
            ordered = entry + dt.timedelta(minutes=rng.randint(2, max(3, limit - 5)))
            orders.append((len(orders) + 1, visit_id, ordered, item[0], item[1], rng.choices([1, 2, 3], [75, 20, 5])[0],
                           item[2]))
    _insert(con, "airlines", AIRLINES)
    _insert(con, "visitors", visitors)
    _insert(con, "loungeVisits", visits)
    _insert(con, "foodOrders", orders)
    con.close()


# -------------------------------------------------------------------------------------------------- fire brigade
STATIONS = ["Northgate", "Eastbrook", "Millford"]
RANKS = {"firefighter": 70, "crew commander": 20, "watch commander": 10}
INCIDENT_TYPES = {"house fire": 10, "road traffic collision": 16, "false alarm": 30, "flooding": 9,
                  "chimney fire": 8, "grass fire": 14, "animal rescue": 5, "medical assist": 8}
EQUIPMENT = {"breathing apparatus": 35, "hose": 20, "ladder": 15, "pump": 15, "defibrillator": 15}


def build_firebrigade(path: Path | str) -> None:
    """firefighters (birth_year, left_on NULL while serving), incidents (call_time / clear_time TIMESTAMP,
    clear_time NULL while still open), turnouts (declared FKs), equipment_checks (pass/fail, fixed_on NULL unless
    a failure was fixed); 2022-2024."""
    rng = random.Random(8504)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE firefighters(firefighter_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, station VARCHAR, rank VARCHAR, joined_on DATE, left_on DATE,
        hgv_licence BOOLEAN, first_aid_trained BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE incidents(incident_id INTEGER PRIMARY KEY, station VARCHAR,
        incident_type VARCHAR, call_time TIMESTAMP, clear_time TIMESTAMP, casualties INTEGER,
        estimated_damage_gbp DOUBLE, mutual_aid BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE turnouts(turnout_id INTEGER PRIMARY KEY,
        incident_id INTEGER REFERENCES incidents(incident_id),
        firefighter_id INTEGER REFERENCES firefighters(firefighter_id), role VARCHAR, minutes_to_station INTEGER,
        hours_claimed DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE equipment_checks(check_id INTEGER PRIMARY KEY, station VARCHAR,
        equipment_type VARCHAR, check_date DATE, result VARCHAR,
        checked_by INTEGER REFERENCES firefighters(firefighter_id), fixed_on DATE)""")
    crew = []
    for fid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 66), start=1):
        joined = _day(rng, dt.date(2004, 1, 1), 7000)
        left = _day(rng, dt.date(2022, 3, 1), 1000) if rng.random() < 0.2 else None
        if left is not None and (left <= joined or left > dt.date(2024, 12, 31)):
            left = None
        crew.append((fid, first, last, rng.randint(1962, 2003), STATIONS[(fid - 1) % 3] if fid < 64 else "Millford",
                     rng.choices(list(RANKS), list(RANKS.values()))[0], joined, left, rng.random() < 0.4,
                     rng.random() < 0.7))
    incidents, turnouts = [], []
    for iid in range(1, 781):
        day = _day(rng, dt.date(2022, 1, 1), 1096)
        itype = rng.choices(list(INCIDENT_TYPES), list(INCIDENT_TYPES.values()))[0]
        if itype == "grass fire" and day.month not in (4, 5, 6, 7, 8, 9) and rng.random() < 0.8:
            itype = "false alarm"
        station = rng.choices(STATIONS, [45, 33, 22])[0]
        call = _moment(rng, day, 0, 23)
        length = {"false alarm": 35, "house fire": 210, "road traffic collision": 110, "flooding": 180,
                  "chimney fire": 95, "grass fire": 150, "animal rescue": 80, "medical assist": 50}[itype]
        clear = call + dt.timedelta(minutes=int(length * rng.uniform(0.5, 1.8)))
        if iid > 776:
            clear = None
        casualties = rng.choices([0, 1, 2, 3], [80, 12, 6, 2])[0] if itype in ("house fire", "road traffic collision",
                                                                              "medical assist") else 0
        damage = round(rng.uniform(500, 90000), -2) if itype in ("house fire", "chimney fire", "flooding") else 0.0
        incidents.append((iid, station, itype, call, clear, casualties, damage, rng.random() < 0.07))
        available = [c for c in crew if c[4] == station and c[6] <= day and (c[7] is None or c[7] > day)]
        team = rng.sample(available, min(len(available), rng.randint(3, 7)))
        for k, member in enumerate(team):
            role = "officer in charge" if k == 0 else ("driver" if k == 1 else "crew")
            hours = round((clear - call).total_seconds() / 3600 + 0.5, 1) if clear else None
            turnouts.append((len(turnouts) + 1, iid, member[0], role, rng.randint(2, 9), hours))
    checks = []
    for cid in range(1, 1101):
        day = _day(rng, dt.date(2022, 1, 1), 1096)
        station = rng.choice(STATIONS)
        etype = rng.choices(list(EQUIPMENT), list(EQUIPMENT.values()))[0]
        failed = rng.random() < {"breathing apparatus": 0.06, "hose": 0.12, "ladder": 0.04, "pump": 0.09,
                                 "defibrillator": 0.03}[etype]
        checker = rng.choice([c for c in crew if c[4] == station and c[6] <= day and (c[7] is None or c[7] > day)])
        fixed = day + dt.timedelta(days=rng.randint(1, 30)) if failed and rng.random() < 0.85 else None
        if fixed is not None and fixed > dt.date(2024, 12, 31):
            fixed = None
        checks.append((cid, station, etype, day, "fail" if failed else "pass", checker[0], fixed))
    _insert(con, "firefighters", crew)
    _insert(con, "incidents", incidents)
    _insert(con, "turnouts", turnouts)
    _insert(con, "equipment_checks", checks)
    con.close()


# ------------------------------------------------------------------------------------------------------ podcasts
SHOWS = [(1, "Cold Case Files Revisited", "true crime", "Dana", "Whitlock", 1979, dt.date(2021, 3, 2), True, "weekly"),
         (2, "Laugh Track", "comedy", "Marco", "Ruiz", 1988, dt.date(2022, 5, 10), True, "weekly"),
         (3, "The Ledger", "business", "Priya", "Nair", 1983, dt.date(2020, 9, 14), False, "weekly"),
         (4, "Small Wonders", "science", "Hanne", "Lindqvist", 1991, dt.date(2022, 1, 18), False, "fortnightly"),
         (5, "Full Time Talk", "sport", "Kwame", "Asante", 1985, dt.date(2023, 2, 6), False, "weekly"),
         (6, "Murder on the Moor", "true crime", "Isla", "Fairbairn", 1993, dt.date(2023, 6, 1), True, "fortnightly"),
         (7, "Startup Diaries", "business", "Leo", "Brandt", 1990, dt.date(2023, 1, 9), False, "fortnightly"),
         (8, "Night Owls", "comedy", "Rosa", "Castellanos", 1996, dt.date(2023, 9, 4), True, "weekly")]
DL_COUNTRIES = {"US": 1.0, "UK": 0.55, "Canada": 0.25, "Australia": 0.2, "Germany": 0.12}
SPONSORS = [("Brightwave VPN", "software"), ("Greenbox Meals", "food"), ("Ledgerly", "finance"),
            ("Calmly", "health"), ("Trailrun Shoes", "retail"), ("Codecraft", "software"), ("Fundwise", "finance"),
            ("Sip Coffee", "food"), ("Peak Vitamins", "health"), ("Nimbus Cloud", "software")]


def build_podcasts(path: Path | str) -> None:
    """shows (host name, host birth year), episodes (release_date, duration_minutes), daily_downloads (first ten
    days of each episode by country), sponsorships (deal_end NULL while ongoing); 2023-2024."""
    rng = random.Random(8505)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE shows(show_id INTEGER PRIMARY KEY, show_name VARCHAR, genre VARCHAR,
        host_first_name VARCHAR, host_last_name VARCHAR, host_birth_year INTEGER, launched_on DATE,
        explicit BOOLEAN, release_schedule VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE episodes(episode_id INTEGER PRIMARY KEY,
        show_id INTEGER REFERENCES shows(show_id), episode_number INTEGER, title VARCHAR, release_date DATE,
        published_at TIMESTAMP, duration_minutes INTEGER, is_bonus BOOLEAN, guest_name VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE daily_downloads(episode_id INTEGER REFERENCES episodes(episode_id),
        download_date DATE, country VARCHAR, downloads INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE sponsorships(sponsorship_id INTEGER PRIMARY KEY,
        show_id INTEGER REFERENCES shows(show_id), sponsor_name VARCHAR, industry VARCHAR, deal_start DATE,
        deal_end DATE, fee_usd DOUBLE, ad_slots_per_episode INTEGER)""")
    episodes, downloads = [], []
    popularity = {1: 2400, 2: 1500, 3: 900, 4: 600, 5: 1100, 6: 1800, 7: 450, 8: 1300}
    length = {"true crime": 52, "comedy": 61, "business": 38, "science": 29, "sport": 47}
    guests = [f"{f} {la}" for f, la in _unique_names(rng, FIRST, LAST, 60)]
    for show in SHOWS:
        step = 7 if show[8] == "weekly" else 14
        day = max(dt.date(2023, 1, 1), show[6]) + dt.timedelta(days=rng.randint(0, 6))
        number = 1 if show[6] >= dt.date(2023, 1, 1) else rng.randint(40, 120)
        while day <= dt.date(2024, 12, 31):
            bonus = rng.random() < 0.08
            duration = max(8, int(rng.gauss(length[show[2]] * (0.5 if bonus else 1.0), 8)))
            published = dt.datetime.combine(day, dt.time(rng.choice([5, 6, 6, 7, 12, 17]), rng.choice([0, 0, 30])))
            guest = rng.choice(guests) if rng.random() < 0.45 else None
            eid = len(episodes) + 1
            episodes.append((eid, show[0], number, f"{show[1].split()[0]} #{number}", day, published, duration, bonus,
                             guest))
            growth = 1 + (day - dt.date(2023, 1, 1)).days / 900
            base = popularity[show[0]] * growth * rng.uniform(0.6, 1.5) * (0.4 if bonus else 1.0)
            for offset in range(10):
                when = day + dt.timedelta(days=offset)
                if when > dt.date(2024, 12, 31):
                    break
                decay = 0.45 if offset == 0 else 0.2 / offset
                for country, share in DL_COUNTRIES.items():
                    if offset > 3 and rng.random() < 0.3:
                        continue
                    downloads.append((eid, when, country, max(1, int(base * share * decay * rng.uniform(0.7, 1.3)))))
            number += 1
            day += dt.timedelta(days=step + rng.choice([0, 0, 0, 1, -1]))
    deals = []
    for sid in range(1, 27):
        show = SHOWS[(sid * 5) % len(SHOWS)]
        sponsor = rng.choice(SPONSORS)
        start = _day(rng, max(dt.date(2023, 1, 1), show[6]), 600)
        end = start + dt.timedelta(days=rng.choice([90, 180, 365])) if rng.random() < 0.7 else None
        if end is not None and end > dt.date(2024, 12, 31):
            end = None
        deals.append((sid, show[0], sponsor[0], sponsor[1], start, end, round(rng.uniform(2, 40), 0) * 500,
                      rng.choice([1, 1, 2, 2, 3])))
    _insert(con, "shows", SHOWS)
    _insert(con, "episodes", episodes)
    _insert(con, "daily_downloads", downloads)
    _insert(con, "sponsorships", deals)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "climbinggym": build_climbinggym,
    "farmcoop": build_farmcoop,
    "airportlounge": build_airportlounge,
    "firebrigade": build_firebrigade,
    "podcasts": build_podcasts,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval85-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval85-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval85-dbs"))
