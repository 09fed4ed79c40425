"""Builders of the ninety-fourth held-out evaluation corpus: five DuckDB files in leisure, transport and upkeep domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `icecream.duckdb`: an ice cream parlour chain's shops, flavours, daily scoop sales and daily temperatures
  (the temperatures' shop link is only implied by its name)
- `sailing.duckdb`: a sailing school's boats (length in metres), students (birth date), course enrolments and
  incidents (NULL student when no student was involved)
- `carpool.duckdb`: a commuter car-pool scheme's drivers and riders (birth year), rides (km, departure timestamps)
  and ratings 1-5 (camelCase columns; NULL comment when none was left)
- `aircrew.duckdb`: a regional airline's aircraft, crew members (birth date, rank), flights (NULL arrival and
  delay when cancelled) and crew assignments
- `halls.duckdb`: student halls maintenance: rooms, contractors and repair requests (resolved date and cost NULL
  while still open)

Usage:
    python eval94/datasets.py OUTDIR

Example:
    >>> from eval94.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval94-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['aircrew.duckdb', 'carpool.duckdb', 'halls.duckdb', 'icecream.duckdb', 'sailing.duckdb']
"""
from __future__ import annotations

import datetime as dt
import math
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 7, last_hour: int = 18) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


def _season(day: dt.date) -> float:
    """0 in mid-winter, 1 in mid-summer (northern hemisphere)."""
    return 0.5 - 0.5 * math.cos(2 * math.pi * (day.timetuple().tm_yday - 15) / 365)


def _days(start: dt.date, end: dt.date) -> list[dt.date]:
    """Every day from start to end inclusive."""
    return [start + dt.timedelta(days=k) for k in range((end - start).days + 1)]


FIRST = ["Ailsa", "Brendan", "Chloe", "Dominic", "Eilidh", "Finlay", "Georgia", "Hamish", "Isla", "Joel", "Keira",
         "Lachlan", "Maisie", "Nathan", "Olivia", "Priya", "Quentin", "Rosie", "Stuart", "Tara", "Usman", "Violet",
         "Wesley", "Zara"]
LAST = ["Abernethy", "Bellamy", "Crichton", "Drummond", "Ellwood", "Forsyth", "Gilchrist", "Holloway", "Irvine",
        "Jardine", "Kinnear", "Lennox", "Moffat", "Nesbitt", "Ogilvie", "Prentice", "Rutherford", "Sinclair",
        "Thornton", "Wishart"]

# ---------------------------------------------------------------------------------------------- ice cream
SHOPS = [(1, "Harbour Scoops", "Whitby", "coast", dt.date(2015, 4, 1), True),
         (2, "Pier Parlour", "Scarborough", "coast", dt.date(2012, 5, 20), True),
         (3, "Bay Gelato", "Filey", "coast", dt.date(2019, 3, 15), False),
         (4, "Minster Creamery", "York", "city", dt.date(2016, 6, 1), True),
         (5, "Arcade Ices", "Leeds", "city", dt.date(2020, 7, 10), False),
         (6, "Market Cone", "Harrogate", "city", dt.date(2018, 4, 22), True),
         (7, "Dales Dairy Bar", "Hawes", "countryside", dt.date(2014, 5, 5), True),
         (8, "Moorland Whip", "Helmsley", "countryside", dt.date(2021, 3, 30), False)]
FLAVOURS = [(1, "Vanilla Bean", "dairy", False, 2.20, dt.date(2012, 5, 1)),
            (2, "Double Chocolate", "dairy", False, 2.40, dt.date(2012, 5, 1)),
            (3, "Strawberry", "dairy", False, 2.30, dt.date(2012, 5, 1)),
            (4, "Salted Caramel", "dairy", False, 2.60, dt.date(2016, 3, 1)),
            (5, "Mint Choc Chip", "dairy", False, 2.40, dt.date(2013, 4, 1)),
            (6, "Rum and Raisin", "dairy", True, 2.70, dt.date(2017, 11, 1)),
            (7, "Lemon Sorbet", "sorbet", False, 2.10, dt.date(2014, 6, 1)),
            (8, "Raspberry Sorbet", "sorbet", False, 2.10, dt.date(2015, 6, 1)),
            (9, "Mango Sorbet", "sorbet", True, 2.30, dt.date(2019, 6, 1)),
            (10, "Pistachio Gelato", "gelato", False, 3.10, dt.date(2018, 4, 1)),
            (11, "Stracciatella", "gelato", False, 2.90, dt.date(2018, 4, 1)),
            (12, "Oat Milk Cookie", "vegan", False, 2.80, dt.date(2021, 5, 1)),
            (13, "Coconut Dream", "vegan", False, 2.80, dt.date(2022, 4, 1)),
            (14, "Pumpkin Spice", "vegan", True, 2.90, dt.date(2023, 9, 1))]
ICE_START, ICE_END = dt.date(2023, 1, 1), dt.date(2024, 12, 31)


def build_icecream(path: Path | str) -> None:
    """shops (8), flavours (14), daily_temperatures (every shop-day 2023-2024; shop_id not declared as a foreign key),
    daily_sales (a flavour line per shop-day for a sample of flavours)."""
    rng = random.Random(9401)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE shops(shop_id INTEGER PRIMARY KEY, shop_name VARCHAR, town VARCHAR,
        region VARCHAR, opened_on DATE, has_seating BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE flavours(flavour_id INTEGER PRIMARY KEY, flavour_name VARCHAR,
        category VARCHAR, is_seasonal BOOLEAN, price_per_scoop_gbp DOUBLE, launched_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE daily_temperatures(temp_id INTEGER PRIMARY KEY, shop_id INTEGER,
        temp_date DATE, max_temp_c DOUBLE, rain_mm DOUBLE, sunny BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE daily_sales(sale_id INTEGER PRIMARY KEY,
        shop_id INTEGER REFERENCES shops(shop_id), flavour_id INTEGER REFERENCES flavours(flavour_id),
        sale_date DATE, scoops_sold INTEGER, revenue_gbp DOUBLE, on_promotion BOOLEAN)""")
    temps, sales = [], []
    for day in _days(ICE_START, ICE_END):
        season = _season(day)
        base = 3 + 19 * season + rng.gauss(0, 2.5)
        for shop in SHOPS:
            offset = {"coast": -1.0, "city": 1.2, "countryside": -0.4}[shop[3]]
            t = round(base + offset + rng.gauss(0, 1.2), 1)
            rain = round(max(0.0, rng.expovariate(0.35) - 1.5), 1) if rng.random() < 0.45 else 0.0
            temps.append((len(temps) + 1, shop[0], day, t, rain, rain == 0.0 and rng.random() < 0.55))
            if rng.random() < 0.10:
                continue
            for fl in rng.sample(FLAVOURS, 2):
                if fl[3] and day.month not in (6, 7, 8, 9, 10, 11, 12):
                    continue
                promo = rng.random() < 0.12
                scoops = max(1, int((8 + 6 * max(t, 0) + (15 if shop[3] == "coast" else 0)) * rng.uniform(0.4, 1.3)
                                    * (1.3 if promo else 1.0)))
                price = fl[4] * (0.8 if promo else 1.0)
                sales.append((len(sales) + 1, shop[0], fl[0], day, scoops, round(scoops * price, 2), promo))
    _insert(con, "shops", SHOPS)
    _insert(con, "flavours", FLAVOURS)
    _insert(con, "daily_temperatures", temps)
    _insert(con, "daily_sales", sales)
    con.close()


# ---------------------------------------------------------------------------------------------- sailing school
BOATS = [(1, "Puffin", "dinghy", 4.2, 7.1, 2016, True), (2, "Gannet", "dinghy", 4.2, 7.1, 2017, True),
         (3, "Tern", "dinghy", 3.8, 5.9, 2019, True), (4, "Kittiwake", "dinghy", 4.6, 8.4, 2014, False),
         (5, "Skua", "catamaran", 5.5, 14.0, 2018, True), (6, "Shearwater", "catamaran", 5.1, 12.5, 2021, True),
         (7, "Fulmar", "keelboat", 7.6, 26.0, 2010, True), (8, "Guillemot", "keelboat", 8.9, 34.5, 2008, True),
         (9, "Razorbill", "keelboat", 9.4, 38.0, 2015, False), (10, "Cormorant", "RIB", 5.8, 0.0, 2020, True),
         (11, "Eider", "RIB", 6.5, 0.0, 2022, True)]
COURSES = {"Start Sailing": ("dinghy", 2, 185.0), "Basic Skills": ("dinghy", 2, 210.0),
           "Catamaran Sailing": ("catamaran", 2, 260.0), "Competent Crew": ("keelboat", 5, 640.0),
           "Day Skipper": ("keelboat", 5, 790.0), "Powerboat Level 2": ("RIB", 2, 295.0)}
INCIDENTS = {"capsize": (0.0, 120), "collision": (150.0, 1800), "grounding": (200.0, 2500),
             "gear failure": (40.0, 600), "man overboard": (0.0, 80)}
SAIL_START, SAIL_END = dt.date(2023, 3, 1), dt.date(2025, 6, 30)


def build_sailing(path: Path | str) -> None:
    """boats (11), students (220, birth_date), enrolments (courses taken, passed NULL until assessed), incidents."""
    rng = random.Random(9402)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE boats(boat_id INTEGER PRIMARY KEY, boat_name VARCHAR, boat_class VARCHAR,
        length_m DOUBLE, sail_area_m2 DOUBLE, built_year INTEGER, in_service BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE students(student_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, experience_level VARCHAR, club_member BOOLEAN, home_county VARCHAR,
        registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE enrolments(enrolment_id INTEGER PRIMARY KEY,
        student_id INTEGER REFERENCES students(student_id), boat_id INTEGER REFERENCES boats(boat_id),
        course_name VARCHAR, start_date DATE, end_date DATE, fee_gbp DOUBLE, hours_on_water DOUBLE, passed BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE incidents(incident_id INTEGER PRIMARY KEY,
        boat_id INTEGER REFERENCES boats(boat_id), student_id INTEGER REFERENCES students(student_id),
        occurred_at TIMESTAMP, incident_type VARCHAR, severity VARCHAR, wind_knots INTEGER, injury BOOLEAN,
        repair_cost_gbp DOUBLE)""")
    counties = ["Cornwall", "Devon", "Dorset", "Somerset", "Hampshire"]
    students = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 220), start=1):
        young = rng.random() < 0.35
        birth = _day(rng, dt.date(2006, 1, 1), 3600) if young else _day(rng, dt.date(1955, 1, 1), 17000)
        students.append((sid, first, last, birth, rng.choices(["beginner", "improver", "advanced"], [5, 3, 1])[0],
                         rng.random() < 0.4, rng.choice(counties), _day(rng, dt.date(2022, 6, 1), 1000)))
    enrolments = []
    while len(enrolments) < 900:
        start = _day(rng, SAIL_START, (SAIL_END - SAIL_START).days + 1)
        if start.month in (12, 1, 2) and rng.random() < 0.85:
            continue
        course = rng.choice(list(COURSES))
        klass, days, fee = COURSES[course]
        boat = rng.choice([b for b in BOATS if b[2] == klass and (b[6] or start < dt.date(2024, 6, 1))])
        student = rng.choice(students)
        assessed = start + dt.timedelta(days=days + 7) < SAIL_END
        passed = (rng.random() < (0.72 if student[4] == "beginner" else 0.88)) if assessed else None
        discount = 0.9 if student[5] else 1.0
        enrolments.append((len(enrolments) + 1, student[0], boat[0], course, start,
                           start + dt.timedelta(days=days - 1), round(fee * discount, 2),
                           round(days * rng.uniform(4.0, 6.5), 1), passed))
    incidents = []
    for _ in range(260):
        e = rng.choice(enrolments)
        kind = rng.choice(list(INCIDENTS))
        if BOATS[e[2] - 1][2] == "RIB" and kind == "capsize":
            kind = "gear failure"
        lo, hi = INCIDENTS[kind]
        severity = rng.choices(["minor", "moderate", "serious"], [6, 3, 1])[0]
        day = e[4] + dt.timedelta(days=rng.randrange((e[5] - e[4]).days + 1))
        incidents.append((len(incidents) + 1, e[2], e[1] if rng.random() < 0.8 else None, _moment(rng, day, 9, 17),
                          kind, severity, rng.randint(4, 28), severity != "minor" and rng.random() < 0.4,
                          round(rng.uniform(lo, hi) * (1 + ["minor", "moderate", "serious"].index(severity)), 2)))
    _insert(con, "boats", BOATS)
    _insert(con, "students", students)
    _insert(con, "enrolments", enrolments)
    _insert(con, "incidents", incidents)
    con.close()


# ---------------------------------------------------------------------------------------------- car pool (camelCase)
TOWNS = ["Chorley", "Leyland", "Ormskirk", "Wigan", "Skelmersdale", "Southport"]
DESTINATIONS = ["Business Park", "City Centre", "Hospital", "University"]
CAR_MODELS = ["Ford Focus", "VW Golf", "Toyota Corolla", "Nissan Leaf", "Skoda Octavia", "Kia Niro"]
POOL_START, POOL_END = dt.date(2023, 1, 1), dt.date(2025, 2, 28)


def build_carpool(path: Path | str) -> None:
    """drivers (40, birthYear), riders (150, birthYear), rides (departAt TIMESTAMP, distanceKm), ratings (stars 1-5,
    comment NULL when none was left)."""
    rng = random.Random(9403)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE drivers("driverId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthYear" INTEGER, "homeTown" VARCHAR, "carModel" VARCHAR, "isElectric" BOOLEAN,
        "seatsOffered" INTEGER, "joinedOn" DATE, "isVerified" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE riders("riderId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthYear" INTEGER, "employer" VARCHAR, "joinedOn" DATE)""")
    con.execute("""CREATE OR REPLACE TABLE rides("rideId" INTEGER PRIMARY KEY,
        "driverId" INTEGER REFERENCES drivers("driverId"), "departAt" TIMESTAMP, "originTown" VARCHAR,
        "destination" VARCHAR, "distanceKm" DOUBLE, "seatsFilled" INTEGER, "costShareGbp" DOUBLE,
        "wasCancelled" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE ratings("ratingId" INTEGER PRIMARY KEY,
        "rideId" INTEGER REFERENCES rides("rideId"), "riderId" INTEGER REFERENCES riders("riderId"),
        "stars" INTEGER, "ratedAt" TIMESTAMP, "comment" VARCHAR)""")
    people = _unique_names(rng, FIRST, LAST, 190)
    drivers = []
    for did, (first, last) in enumerate(people[:40], start=1):
        model = rng.choice(CAR_MODELS)
        drivers.append((did, first, last, rng.randint(1962, 2002), rng.choice(TOWNS), model,
                        model in ("Nissan Leaf", "Kia Niro"), rng.choice([2, 3, 3, 4]),
                        _day(rng, dt.date(2022, 3, 1), 900), rng.random() < 0.75))
    employers = ["NHS Trust", "Edge Hill University", "Lancashire Council", "BAE Systems", "Booths"]
    riders = [(rid, first, last, rng.randint(1960, 2004), rng.choice(employers), _day(rng, dt.date(2022, 6, 1), 800))
              for rid, (first, last) in enumerate(people[40:], start=1)]
    comments = ["great chat", "bit late", "smooth drive", "car was cold", "very punctual", "music too loud"]
    rides, ratings = [], []
    for day in _days(POOL_START, POOL_END):
        if day.weekday() >= 5 and rng.random() < 0.8:
            continue
        for _ in range(rng.randint(1, 4)):
            d = rng.choice(drivers)
            if day < d[8]:
                continue
            evening = rng.random() < 0.45
            depart = dt.datetime.combine(day, dt.time(rng.choice([16, 17, 17, 18]) if evening else
                                                      rng.choice([6, 7, 7, 8, 8, 9]), rng.randrange(60)))
            dest = rng.choice(DESTINATIONS)
            km = round(rng.uniform(6, 42) + (8 if dest == "Hospital" else 0), 1)
            cancelled = rng.random() < 0.06
            filled = 0 if cancelled else rng.randint(1, d[7])
            rid = len(rides) + 1
            rides.append((rid, d[0], depart, d[4], dest, km, filled, round(km * 0.12 * max(filled, 1), 2), cancelled))
            for rider in rng.sample(riders, filled):
                if rng.random() < 0.7:
                    stars = rng.choices([1, 2, 3, 4, 5], [1, 2, 5, 12, 16])[0]
                    rated = depart + dt.timedelta(hours=rng.randint(1, 60), minutes=rng.randrange(60))
                    ratings.append((len(ratings) + 1, rid, rider[0], stars, rated,
                                    rng.choice(comments) if rng.random() < 0.3 else None))
    _insert(con, "drivers", drivers)
    _insert(con, "riders", riders)
    _insert(con, "rides", rides)
    _insert(con, "ratings", ratings)
    con.close()


# ---------------------------------------------------------------------------------------------- airline crew
AIRCRAFT = [(1, "G-HBRA", "ATR 72", 70, dt.date(2014, 3, 1)), (2, "G-HBRB", "ATR 72", 70, dt.date(2016, 5, 1)),
            (3, "G-HBRC", "ATR 72", 70, dt.date(2019, 2, 1)), (4, "G-HBDA", "Dash 8", 78, dt.date(2012, 9, 1)),
            (5, "G-HBDB", "Dash 8", 78, dt.date(2015, 4, 1)), (6, "G-HBEA", "Embraer 175", 88, dt.date(2021, 6, 1)),
            (7, "G-HBEB", "Embraer 175", 88, dt.date(2022, 11, 1))]
ROUTES = [("BHD", "GLA", 55), ("GLA", "BHD", 55), ("EXT", "GLA", 90), ("GLA", "EXT", 90), ("BHD", "EXT", 80),
          ("EXT", "BHD", 80), ("GLA", "KOI", 60), ("KOI", "GLA", 60), ("BHD", "IOM", 40), ("IOM", "BHD", 40)]
RANKS = ["captain"] * 10 + ["first officer"] * 12 + ["cabin manager"] * 10 + ["flight attendant"] * 28
BASES = ["Belfast", "Glasgow", "Exeter"]
AIR_START, AIR_END = dt.date(2023, 1, 1), dt.date(2024, 12, 31)


def build_aircrew(path: Path | str) -> None:
    """aircraft (7), crew_members (60, birth_date, crew_rank), flights (NULL actual times and delay when cancelled),
    crew_assignments (who flew each flight)."""
    rng = random.Random(9404)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE aircraft(aircraft_id INTEGER PRIMARY KEY, registration VARCHAR,
        model VARCHAR, seats INTEGER, delivered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE crew_members(crew_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, crew_rank VARCHAR, home_base VARCHAR, hired_on DATE, part_time BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE flights(flight_id INTEGER PRIMARY KEY, flight_no VARCHAR,
        aircraft_id INTEGER REFERENCES aircraft(aircraft_id), origin VARCHAR, destination VARCHAR,
        scheduled_departure TIMESTAMP, departed_at TIMESTAMP, arrived_at TIMESTAMP, delay_minutes INTEGER,
        cancelled BOOLEAN, passengers INTEGER, delay_reason VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE crew_assignments(assignment_id INTEGER PRIMARY KEY,
        flight_id INTEGER REFERENCES flights(flight_id), crew_id INTEGER REFERENCES crew_members(crew_id),
        duty_hours DOUBLE)""")
    crew = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 60), start=1):
        rank = RANKS[cid - 1]
        oldest = dt.date(1962, 1, 1) if rank == "captain" else dt.date(1970, 1, 1)
        crew.append((cid, first, last, _day(rng, oldest, (dt.date(2002, 1, 1) - oldest).days), rank,
                     rng.choice(BASES), _day(rng, dt.date(2008, 1, 1), 5800), rank == "flight attendant"
                     and rng.random() < 0.35))
    by_rank = {r: [c for c in crew if c[4] == r] for r in set(RANKS)}
    reasons = ["weather", "technical", "air traffic control", "late inbound", "crew"]
    flights, assigns = [], []
    for day in _days(AIR_START, AIR_END):
        for k in range(rng.randint(3, 6)):
            origin, dest, minutes = rng.choice(ROUTES)
            plane = rng.choice(AIRCRAFT)
            sched = dt.datetime.combine(day, dt.time(rng.randint(6, 20), rng.choice([0, 15, 30, 45])))
            cancelled = rng.random() < 0.03 + (0.04 if day.month in (12, 1, 2) else 0)
            fid = len(flights) + 1
            if cancelled:
                flights.append((fid, f"HB{100 + k + 10 * ROUTES.index((origin, dest, minutes))}", plane[0], origin,
                                dest, sched, None, None, None, True, 0, rng.choice(reasons[:3])))
                continue
            delay = 0 if rng.random() < 0.55 else int(rng.expovariate(1 / 28)) + 1
            reason = rng.choice(reasons) if delay >= 15 else None
            dep = sched + dt.timedelta(minutes=delay)
            arr = dep + dt.timedelta(minutes=minutes + rng.randint(-6, 14))
            flights.append((fid, f"HB{100 + k + 10 * ROUTES.index((origin, dest, minutes))}", plane[0], origin, dest,
                            sched, dep, arr, delay, False, int(plane[3] * rng.uniform(0.45, 1.0)), reason))
            team = [rng.choice(by_rank["captain"]), rng.choice(by_rank["first officer"]),
                    rng.choice(by_rank["cabin manager"])] + rng.sample(by_rank["flight attendant"], 1)
            for c in team:
                assigns.append((len(assigns) + 1, fid, c[0], round((arr - dep).seconds / 3600 + 1.0, 2)))
    _insert(con, "aircraft", AIRCRAFT)
    _insert(con, "crew_members", crew)
    _insert(con, "flights", flights)
    _insert(con, "crew_assignments", assigns)
    con.close()


# ---------------------------------------------------------------------------------------------- student halls
HALLS = {"Ashby": 4, "Beech": 3, "Cavendish": 5, "Darwin": 2}
TRADES = [(1, "Flowright Plumbing", "plumbing", 48.0, True), (2, "Spark & Co", "electrical", 55.0, True),
          (3, "Brightwire Electrics", "electrical", 52.0, False), (4, "Oakjoin Carpentry", "carpentry", 42.0, True),
          (5, "HeatWise", "heating", 58.0, True), (6, "Allfix Maintenance", "general", 36.0, True),
          (7, "QuickDrain", "plumbing", 44.0, False)]
CATEGORIES = {"leak": "plumbing", "blocked drain": "plumbing", "no heating": "heating", "broken light": "electrical",
              "socket fault": "electrical", "door or lock": "carpentry", "furniture": "carpentry", "mould": "general",
              "window": "general"}
HALL_START, HALL_END = dt.date(2023, 1, 9), dt.date(2025, 3, 31)


def build_halls(path: Path | str) -> None:
    """rooms (~140), contractors (7), repair_requests (resolved_on and cost_gbp NULL while open)."""
    rng = random.Random(9405)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE rooms(room_id INTEGER PRIMARY KEY, hall VARCHAR, room_number VARCHAR,
        floor INTEGER, room_type VARCHAR, weekly_rent_gbp DOUBLE, accessible BOOLEAN, refurbished_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE contractors(contractor_id INTEGER PRIMARY KEY, company_name VARCHAR,
        trade VARCHAR, hourly_rate_gbp DOUBLE, preferred_supplier BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE repair_requests(request_id INTEGER PRIMARY KEY,
        room_id INTEGER REFERENCES rooms(room_id), contractor_id INTEGER REFERENCES contractors(contractor_id),
        reported_at TIMESTAMP, category VARCHAR, priority VARCHAR, resolved_on DATE, labour_hours DOUBLE,
        cost_gbp DOUBLE, reported_by_student BOOLEAN)""")
    rooms = []
    for hall, floors in HALLS.items():
        for floor in range(floors):
            for n in range(1, rng.randint(8, 12)):
                rtype = rng.choices(["standard", "en-suite", "studio"], [5, 4, 1])[0]
                rent = {"standard": 128.0, "en-suite": 162.0, "studio": 215.0}[rtype] + rng.choice([0, 5, 10])
                rooms.append((len(rooms) + 1, hall, f"{hall[0]}{floor}{n:02d}", floor, rtype, rent,
                              floor == 0 and rng.random() < 0.4,
                              _day(rng, dt.date(2016, 1, 1), 2900) if rng.random() < 0.6 else None))
    requests = []
    while len(requests) < 1300:
        day = _day(rng, HALL_START, (HALL_END - HALL_START).days + 1)
        if day.month in (7, 8) and rng.random() < 0.7:
            continue
        cat = rng.choice(list(CATEGORIES))
        if cat == "no heating" and day.month in (5, 6, 7, 8, 9) and rng.random() < 0.8:
            continue
        room = rng.choice(rooms)
        priority = rng.choices(["low", "normal", "urgent"], [3, 5, 2])[0]
        options = [c for c in TRADES if c[2] == CATEGORIES[cat]] or [TRADES[5]]
        contractor = rng.choice(options if rng.random() < 0.8 else [TRADES[5]])
        wait = int(rng.expovariate(1 / {"low": 14, "normal": 7, "urgent": 2}[priority]))
        resolved = day + dt.timedelta(days=wait)
        hours = round(rng.uniform(0.5, 6.0), 1)
        if resolved > HALL_END or rng.random() < 0.04:
            resolved_on, cost = None, None
        else:
            resolved_on, cost = resolved, round(hours * contractor[3] + rng.uniform(0, 120), 2)
        requests.append((len(requests) + 1, room[0], contractor[0], _moment(rng, day, 7, 22), cat, priority,
                         resolved_on, hours if resolved_on else None, cost, rng.random() < 0.82))
    _insert(con, "rooms", rooms)
    _insert(con, "contractors", TRADES)
    _insert(con, "repair_requests", requests)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "icecream": build_icecream,
    "sailing": build_sailing,
    "carpool": build_carpool,
    "aircrew": build_aircrew,
    "halls": build_halls,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval94-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval94-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval94-dbs"))
