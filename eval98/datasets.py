"""Builders of the ninety-eighth held-out evaluation corpus: five DuckDB files in leisure and small-business domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `circusschool.duckdb`: a circus school's students (birth date), classes by discipline, attendance and shows
  with ticket sales
- `luggagestorage.duckdb`: luggage storage kiosks, bags (drop-off / pick-up timestamps, pick-up NULL while still
  stored) and lost items (bag link only implied by its name)
- `beekeeping.duckdb`: an urban beekeeping co-op's members (birth year), rooftop hives (removal date NULL while
  active), honey harvests in kg and swarm call-outs
- `motorbiketraining.duckdb`: a motorbike training centre's riders (birth year), instructors (birth date), courses
  (end date NULL while ongoing) and test results (pass/fail)
- `balloonrides.duckdb`: hot-air balloon rides: balloons, pilots (birth date), flights with passengers and wind
  speed, cancellations (camelCase columns)

Usage:
    python eval98/datasets.py OUTDIR

Example:
    >>> from eval98.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval98-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['balloonrides.duckdb', 'beekeeping.duckdb', 'circusschool.duckdb', 'luggagestorage.duckdb', ...]
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


FIRST = ["Aoife", "Bruno", "Chloe", "Dmitri", "Elodie", "Finn", "Greta", "Hamish", "Ines", "Jonah", "Keira",
         "Luca", "Maisie", "Nico", "Olive", "Priya", "Quentin", "Rosa", "Stellan", "Talia", "Ulrich", "Vera",
         "Wilf", "Ximena", "Yusuf", "Zara"]
LAST = ["Abbott", "Brennan", "Costa", "Doyle", "Ellery", "Fairbairn", "Gallagher", "Hollis", "Iqbal", "Jarvis",
        "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Osei", "Prendergast", "Quinlan", "Rossi", "Sutcliffe",
        "Thornton", "Varga", "Whitlock"]

# ---------------------------------------------------------------------------------------------- circus school
CLASSES = [(1, "Silks Foundations", "aerial silks", "Marguerite Lane", 10, 14.0),
           (2, "Silks Advanced", "aerial silks", "Marguerite Lane", 8, 18.0),
           (3, "Flying Trapeze", "trapeze", "Tomasz Wilk", 8, 22.0),
           (4, "Static Trapeze", "trapeze", "Anya Petrova", 10, 16.0),
           (5, "Juggling Lab", "juggling", "Oscar Pim", 16, 9.0),
           (6, "Club Passing", "juggling", "Oscar Pim", 12, 10.0),
           (7, "Tumbling Basics", "acrobatics", "Sade Okafor", 14, 12.0),
           (8, "Hand to Hand", "acrobatics", "Sade Okafor", 10, 15.0),
           (9, "Clown Workshop", "clowning", "Benny Ruiz", 18, 8.0),
           (10, "Tightwire", "wire walking", "Anya Petrova", 6, 17.0)]
LEVELS = ["beginner", "intermediate", "advanced"]
VENUES = ["Big Top", "Town Hall", "Riverside Theatre", "Summer Festival"]


def build_circusschool(path: Path | str) -> None:
    """students (240, birth_date), classes (10), attendance (2023-2024, present flag), shows (ticket sales)."""
    rng = random.Random(9801)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE students(student_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, level VARCHAR, joined_on DATE, has_scholarship BOOLEAN,
        left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE classes(class_id INTEGER PRIMARY KEY, class_name VARCHAR,
        discipline VARCHAR, coach_name VARCHAR, max_students INTEGER, fee_per_session_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE attendance(attendance_id INTEGER PRIMARY KEY,
        student_id INTEGER REFERENCES students(student_id), class_id INTEGER REFERENCES classes(class_id),
        session_date DATE, present BOOLEAN, minutes_trained INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE shows(show_id INTEGER PRIMARY KEY, title VARCHAR, venue VARCHAR,
        show_at TIMESTAMP, tickets_sold INTEGER, capacity INTEGER, ticket_price_gbp DOUBLE, sold_out BOOLEAN,
        featured_class_id INTEGER REFERENCES classes(class_id))""")
    students = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 240), start=1):
        joined = _day(rng, dt.date(2019, 1, 1), 2100)
        left = joined + dt.timedelta(days=rng.randint(200, 1200)) if rng.random() < 0.25 else None
        if left is not None and left > dt.date(2024, 12, 31):
            left = None
        students.append((sid, first, last, _day(rng, dt.date(1975, 1, 1), 12800),
                         rng.choices(LEVELS, [45, 35, 20])[0], joined, rng.random() < 0.15, left))
    attendance = []
    while len(attendance) < 3200:
        student = rng.choice(students)
        cls = rng.choice(CLASSES)
        day = _day(rng, dt.date(2023, 1, 1), 731)
        if day < student[5] or (student[7] is not None and day > student[7]):
            continue
        present = rng.random() < 0.86
        minutes = rng.choice([60, 75, 90, 120]) if present else 0
        attendance.append((len(attendance) + 1, student[0], cls[0], day, present, minutes))
    shows = []
    titles = ["Winter Spectacular", "Spring Showcase", "Summer Gala", "Autumn Cabaret", "Student Night"]
    for year in (2023, 2024):
        for month in range(1, 13):
            for _ in range(rng.randint(1, 3)):
                day = dt.date(year, month, rng.randint(1, 28))
                venue = rng.choices(VENUES, [40, 25, 25, 10])[0]
                capacity = {"Big Top": 400, "Town Hall": 220, "Riverside Theatre": 300, "Summer Festival": 800}[venue]
                sold = min(capacity, int(capacity * rng.uniform(0.35, 1.1)))
                shows.append((len(shows) + 1, rng.choice(titles), venue,
                              dt.datetime.combine(day, dt.time(rng.choice([14, 15, 19, 20]), rng.choice([0, 30]))),
                              sold, capacity, round(rng.uniform(8, 25) * (1.1 if year == 2024 else 1.0), 2),
                              sold == capacity, rng.choice(CLASSES)[0]))
    _insert(con, "students", students)
    _insert(con, "classes", CLASSES)
    _insert(con, "attendance", attendance)
    _insert(con, "shows", shows)
    con.close()


# ---------------------------------------------------------------------------------------------- luggage storage
KIOSKS = [(1, "Central Station Hall", "train station", "Edinburgh", dt.date(2019, 5, 1), True, 120),
          (2, "Waverley Steps", "city centre", "Edinburgh", dt.date(2021, 3, 15), False, 60),
          (3, "Airport Arrivals", "airport", "Glasgow", dt.date(2018, 7, 1), True, 200),
          (4, "Queen Street", "train station", "Glasgow", dt.date(2020, 9, 1), True, 90),
          (5, "Harbour Terminal", "ferry port", "Aberdeen", dt.date(2022, 4, 1), False, 50),
          (6, "Union Square", "city centre", "Aberdeen", dt.date(2021, 11, 1), False, 40),
          (7, "Dundee Waterfront", "train station", "Dundee", dt.date(2022, 6, 1), False, 45),
          (8, "Cairnryan Pier", "ferry port", "Stranraer", dt.date(2023, 5, 1), False, 30)]
SIZES = {"small": (2, 8, 5.0), "medium": (6, 15, 7.5), "large": (12, 25, 10.0), "oversize": (20, 40, 15.0)}
COUNTRIES = ["UK", "USA", "Germany", "France", "Spain", "Netherlands", "Italy"]
ITEM_TYPES = ["phone", "wallet", "keys", "laptop", "jacket", "passport"]
LUGGAGE_END = dt.date(2025, 3, 31)


def build_luggagestorage(path: Path | str) -> None:
    """kiosks (8), bags (2023-01..2025-03; picked_up_at NULL while still stored), lost_items (bag_id not declared
    as a foreign key; found_on NULL while still missing)."""
    rng = random.Random(9802)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE kiosks(kiosk_id INTEGER PRIMARY KEY, kiosk_name VARCHAR,
        location_type VARCHAR, city VARCHAR, opened_on DATE, staffed BOOLEAN, locker_count INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE bags(bag_id INTEGER PRIMARY KEY,
        kiosk_id INTEGER REFERENCES kiosks(kiosk_id), dropped_at TIMESTAMP, picked_up_at TIMESTAMP,
        bag_size VARCHAR, weight_kg DOUBLE, fee_gbp DOUBLE, booked_online BOOLEAN, customer_country VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE lost_items(item_id INTEGER PRIMARY KEY, bag_id INTEGER,
        reported_at TIMESTAMP, item_type VARCHAR, declared_value_gbp DOUBLE, found_on DATE,
        compensation_gbp DOUBLE)""")
    weights = [5, 2, 6, 4, 2, 1.5, 1.5, 1]
    bags = []
    span = (LUGGAGE_END - dt.date(2023, 1, 1)).days + 1
    while len(bags) < 3600:
        kiosk = rng.choices(KIOSKS, weights)[0]
        day = _day(rng, dt.date(2023, 1, 1), span)
        if day < kiosk[4] or rng.random() > 0.5 + 0.5 * _season(day):
            continue
        dropped = _moment(rng, day, 6, 21)
        size = rng.choices(list(SIZES), [35, 35, 22, 8])[0]
        low, high, rate = SIZES[size]
        hours = rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 24, 30, 48]) * rng.uniform(0.7, 1.0)
        picked = dropped + dt.timedelta(minutes=int(hours * 60))
        if (LUGGAGE_END - day).days < 4 and rng.random() < 0.5:
            picked = None
        fee = round(rate * math.ceil(hours / 24 + 0.0001) * (1.1 if day.year >= 2024 else 1.0)
                    * (0.9 if kiosk[2] != "airport" else 1.2), 2)
        bags.append((len(bags) + 1, kiosk[0], dropped, picked, size, round(rng.uniform(low, high), 1), fee,
                     rng.random() < 0.45, rng.choices(COUNTRIES, [40, 15, 12, 10, 9, 7, 7])[0]))
    lost = []
    for bag in rng.sample(bags, 240):
        reported = bag[2] + dt.timedelta(hours=rng.randint(1, 60))
        found = (reported + dt.timedelta(days=rng.randint(0, 20))).date() if rng.random() < 0.65 else None
        item = rng.choices(ITEM_TYPES, [25, 20, 22, 8, 15, 10])[0]
        value = round(rng.uniform(10, 900) * (2 if item in ("laptop", "phone") else 0.4), 2)
        comp = None if found is not None else round(min(value, rng.uniform(20, 300)), 2)
        lost.append((len(lost) + 1, bag[0], reported, item, value, found, comp))
    lost.sort(key=lambda r: r[2])
    lost = [(i + 1, *r[1:]) for i, r in enumerate(lost)]
    _insert(con, "kiosks", KIOSKS)
    _insert(con, "bags", bags)
    _insert(con, "lost_items", lost)
    con.close()


# ---------------------------------------------------------------------------------------------- beekeeping co-op
NEIGHBOURHOODS = ["Northside", "Docklands", "Old Town", "Greenbank", "Eastgate"]
HIVE_TYPES = ["langstroth", "national", "top bar", "warre"]
HONEY = ["spring", "summer", "heather"]


def build_beekeeping(path: Path | str) -> None:
    """members (60, birth_year), hives (rooftop; removed_on NULL while active), harvests (honey_kg, 2023-2024),
    swarm_callouts (resolved_at NULL while the swarm was never caught)."""
    rng = random.Random(9803)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, neighbourhood VARCHAR, joined_on DATE, is_mentor BOOLEAN,
        annual_fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE hives(hive_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), rooftop VARCHAR, neighbourhood VARCHAR, hive_type VARCHAR,
        floors_up INTEGER, installed_on DATE, removed_on DATE, queen_marked BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE harvests(harvest_id INTEGER PRIMARY KEY,
        hive_id INTEGER REFERENCES hives(hive_id), harvested_on DATE, honey_kg DOUBLE, frames_taken INTEGER,
        honey_type VARCHAR, moisture_pct DOUBLE, sold_at_market BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE swarm_callouts(callout_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), called_at TIMESTAMP, neighbourhood VARCHAR,
        location_kind VARCHAR, distance_km DOUBLE, resolved_at TIMESTAMP, swarm_caught BOOLEAN)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 60), start=1):
        members.append((mid, first, last, rng.randint(1948, 2002), rng.choice(NEIGHBOURHOODS),
                        _day(rng, dt.date(2012, 1, 1), 4300), rng.random() < 0.2, rng.choice([40.0, 55.0, 65.0])))
    buildings = ["Library", "Co-op Store", "Fire Station", "Old Mill", "Market Hall", "Tower Block", "School",
                 "Brewery", "Hotel", "Car Park"]
    hives = []
    for hid in range(1, 96):
        member = rng.choice(members)
        installed = max(member[5], _day(rng, dt.date(2016, 1, 1), 2800))
        removed = _day(rng, dt.date(2023, 3, 1), 640) if rng.random() < 0.15 else None
        if removed is not None and removed <= installed:
            removed = None
        hood = member[4] if rng.random() < 0.7 else rng.choice(NEIGHBOURHOODS)
        hives.append((hid, member[0], f"{rng.choice(buildings)} {hood}", hood,
                      rng.choices(HIVE_TYPES, [40, 35, 15, 10])[0], rng.randint(1, 12), installed, removed,
                      rng.random() < 0.6))
    harvests = []
    for hive in hives:
        for year in (2023, 2024):
            for honey, month in (("spring", 5), ("summer", 8), ("heather", 9)):
                if rng.random() < (0.35 if honey == "heather" else 0.8):
                    day = dt.date(year, month, rng.randint(1, 28))
                    if day < hive[6] or (hive[7] is not None and day >= hive[7]):
                        continue
                    kg = round(rng.uniform(2, 18) * (1.3 if honey == "summer" else 0.8)
                               * (0.85 if year == 2024 else 1.0), 2)
                    harvests.append((len(harvests) + 1, hive[0], day, kg, max(1, round(kg / 2.2)), honey,
                                     round(rng.uniform(15.5, 20.5), 1), rng.random() < 0.55))
    callouts = []
    while len(callouts) < 320:
        day = _day(rng, dt.date(2023, 1, 1), 731)
        if rng.random() > _season(day) ** 2:
            continue
        member = rng.choice(members)
        called = _moment(rng, day, 7, 20)
        caught = rng.random() < 0.78
        resolved = called + dt.timedelta(minutes=rng.randint(25, 300)) if caught else None
        callouts.append((len(callouts) + 1, member[0], called, rng.choice(NEIGHBOURHOODS),
                         rng.choices(["garden", "tree", "chimney", "car", "wall cavity"], [35, 30, 10, 10, 15])[0],
                         round(rng.uniform(0.3, 12), 1), resolved, caught))
    callouts.sort(key=lambda r: r[2])
    callouts = [(i + 1, *r[1:]) for i, r in enumerate(callouts)]
    _insert(con, "members", members)
    _insert(con, "hives", hives)
    _insert(con, "harvests", harvests)
    _insert(con, "swarm_callouts", callouts)
    con.close()


# ---------------------------------------------------------------------------------------------- motorbike training
COURSE_TYPES = {"CBT": (1, 1, 150.0), "A2 licence": (3, 5, 720.0), "direct access": (4, 6, 950.0),
                "refresher": (1, 1, 120.0), "advanced riding": (2, 3, 380.0)}
MOTO_END = dt.date(2025, 2, 28)


def build_motorbiketraining(path: Path | str) -> None:
    """riders (420, birth_year), instructors (9, birth_date), courses (end_date NULL while ongoing),
    test_results (theory / module 1 / module 2, passed flag), 2023-01..2025-02."""
    rng = random.Random(9804)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE riders(rider_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, gender VARCHAR, owns_bike BOOLEAN, registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE instructors(instructor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, grade VARCHAR, hourly_rate_gbp DOUBLE, dvsa_approved BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE courses(course_id INTEGER PRIMARY KEY,
        rider_id INTEGER REFERENCES riders(rider_id), instructor_id INTEGER REFERENCES instructors(instructor_id),
        course_type VARCHAR, bike_cc INTEGER, start_date DATE, end_date DATE, hours_booked INTEGER,
        price_gbp DOUBLE, used_school_bike BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE test_results(test_id INTEGER PRIMARY KEY,
        course_id INTEGER REFERENCES courses(course_id), test_type VARCHAR, taken_at TIMESTAMP, passed BOOLEAN,
        minor_faults INTEGER, test_centre VARCHAR, fee_gbp DOUBLE)""")
    riders = []
    for rid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1):
        riders.append((rid, first, last, rng.randint(1960, 2007), rng.choices(["male", "female"], [68, 32])[0],
                       rng.random() < 0.4, _day(rng, dt.date(2022, 10, 1), 880)))
    instructors = []
    for iid, (first, last) in enumerate(_unique_names(rng, FIRST[::-1], LAST[::-1], 9), start=1):
        grade = rng.choices(["senior", "standard", "trainee"], [3, 4, 2])[0]
        instructors.append((iid, first, last, _day(rng, dt.date(1962, 1, 1), 14000), grade,
                            {"senior": 38.0, "standard": 31.0, "trainee": 24.0}[grade] + rng.randint(0, 4),
                            grade != "trainee" or rng.random() < 0.5))
    courses, tests = [], []
    centres = ["Leith", "Bathgate", "Livingston", "Musselburgh"]
    for rider in riders:
        for _ in range(rng.choices([1, 2, 3], [60, 30, 10])[0]):
            kind = rng.choices(list(COURSE_TYPES), [35, 25, 20, 12, 8])[0]
            lo, hi, price = COURSE_TYPES[kind]
            start = max(rider[6], _day(rng, dt.date(2023, 1, 1), 790))
            end = start + dt.timedelta(days=rng.randint(lo, hi) * rng.choice([1, 2, 7]) - 1)
            if end > MOTO_END:
                end = None
            cc = {"CBT": 125, "A2 licence": 500, "direct access": 650, "refresher": 125,
                  "advanced riding": 900}[kind]
            instructor = rng.choice(instructors)
            hours = rng.randint(lo, hi) * 6
            courses.append((len(courses) + 1, rider[0], instructor[0], kind, cc, start, end, hours,
                            round(price * rng.uniform(0.9, 1.15), 2), not rider[5] or rng.random() < 0.3))
            if end is None or kind in ("refresher", "advanced riding"):
                continue
            stages = ["theory"] if kind == "CBT" and rng.random() < 0.3 else \
                ["module 1", "module 2"] if kind != "CBT" else []
            when = dt.datetime.combine(end, dt.time(rng.randint(8, 15), rng.choice([0, 15, 30, 45])))
            for stage in stages:
                skill = 0.75 if instructor[4] == "senior" else 0.68 if instructor[4] == "standard" else 0.58
                passed = rng.random() < skill
                faults = rng.randint(0, 9) if passed else rng.randint(3, 16)
                tests.append((len(tests) + 1, courses[-1][0], stage, when, passed, faults, rng.choice(centres),
                              {"theory": 23.0, "module 1": 15.5, "module 2": 75.0}[stage]))
                when += dt.timedelta(days=rng.randint(2, 20))
                if not passed:
                    break
    tests = [t for t in tests if t[3].date() <= MOTO_END]
    _insert(con, "riders", riders)
    _insert(con, "instructors", instructors)
    _insert(con, "courses", courses)
    _insert(con, "test_results", tests)
    con.close()


# ---------------------------------------------------------------------------------------------- balloon rides
BALLOONS = [(1, "G-BRTA", "Cameron", 4250, 12, 2012, True), (2, "G-SKYE", "Lindstrand", 3400, 8, 2015, True),
            (3, "G-HOTR", "Ultramagic", 6000, 16, 2018, True), (4, "G-DAWN", "Cameron", 2550, 6, 2009, False),
            (5, "G-LIFT", "Ultramagic", 4250, 12, 2020, True), (6, "G-PUFF", "Lindstrand", 3400, 8, 2016, True),
            (7, "G-AIRY", "Cameron", 7500, 20, 2021, True)]
LAUNCH_SITES = ["Castle Meadow", "Abbey Fields", "Racecourse", "Lakeside Park"]


def build_balloonrides(path: Path | str) -> None:
    """balloons (7), pilots (11, birthDate), flights (2023-2024; landedAt NULL and cancelReason set when
    cancelled). camelCase columns."""
    rng = random.Random(9805)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE balloons(balloonId INTEGER PRIMARY KEY, registration VARCHAR,
        manufacturer VARCHAR, envelopeVolumeM3 INTEGER, maxPassengers INTEGER, builtYear INTEGER,
        isAirworthy BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE pilots(pilotId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthDate DATE, licenceIssuedOn DATE, isChiefPilot BOOLEAN, flightHoursTotal INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE flights(flightId INTEGER PRIMARY KEY,
        balloonId INTEGER REFERENCES balloons(balloonId), pilotId INTEGER REFERENCES pilots(pilotId),
        launchSite VARCHAR, flightSlot VARCHAR, scheduledAt TIMESTAMP, landedAt TIMESTAMP, passengerCount INTEGER,
        windSpeedKnots DOUBLE, isCancelled BOOLEAN, cancelReason VARCHAR, revenueGbp DOUBLE,
        championshipEntry BOOLEAN)""")
    pilots = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST[5:], LAST[3:], 11), start=1):
        born = _day(rng, dt.date(1958, 1, 1), 13000)
        pilots.append((pid, first, last, born, _day(rng, dt.date(born.year + 22, 1, 1), 3000), pid in (2, 7),
                       rng.randint(150, 2600)))
    flights = []
    balloons_on = [b for b in BALLOONS]
    while len(flights) < 1500:
        day = _day(rng, dt.date(2023, 1, 1), 731)
        if rng.random() > 0.25 + 0.75 * _season(day):
            continue
        balloon = rng.choices(balloons_on, [4, 5, 3, 1, 4, 4, 2])[0]
        slot = rng.choices(["sunrise", "evening"], [55, 45])[0]
        scheduled = dt.datetime.combine(day, dt.time(rng.randint(5, 7) if slot == "sunrise" else rng.randint(17, 19),
                                                     rng.choice([0, 15, 30, 45])))
        wind = round(max(0.5, rng.gauss(7, 3.5)), 1)
        reason = None
        if wind > 12:
            reason = "wind"
        elif rng.random() < 0.06:
            reason = rng.choice(["rain", "low cloud"])
        elif rng.random() < 0.03:
            reason = "technical"
        elif rng.random() < 0.03:
            reason = "low bookings"
        pax = rng.randint(max(1, balloon[4] // 3), balloon[4]) if reason != "low bookings" else rng.randint(1, 2)
        cancelled = reason is not None
        landed = None if cancelled else scheduled + dt.timedelta(minutes=rng.randint(55, 115) + 30)
        price = 199.0 if day.year == 2023 else 219.0
        revenue = 0.0 if cancelled else round(pax * price * rng.uniform(0.85, 1.0), 2)
        flights.append((len(flights) + 1, balloon[0], rng.choice(pilots)[0], rng.choice(LAUNCH_SITES), slot,
                        scheduled, landed, pax, wind, cancelled, reason, revenue, rng.random() < 0.04))
    _insert(con, "balloons", BALLOONS)
    _insert(con, "pilots", pilots)
    _insert(con, "flights", flights)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "circusschool": build_circusschool,
    "luggagestorage": build_luggagestorage,
    "beekeeping": build_beekeeping,
    "motorbiketraining": build_motorbiketraining,
    "balloonrides": build_balloonrides,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval98-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval98-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval98-dbs"))
