"""Builders of the twelfth evaluation corpus: five DuckDB files (golf club, theme park, car wash chain, tutoring
agency, zoo).

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `golfclub.duckdb`: members (date_of_birth, nullable handicap and resigned_on), courses, tee_times
  (TIMESTAMP tee_time, status, nullable gross_score, buggy BOOLEAN; declared FKs)
- `themepark.duckdb`: one wide `park_visits` table (entry/exit TIMESTAMPs, nullable exit_ts and
  satisfaction_score, booleans fast_pass / is_season_holder)
- `carwash.duckdb`: sites, custs, wash_txns (abbreviated names: site_nm, cust_nm, birth_yr, pkg_nm, veh_typ, amt,
  tip_amt, txn_ts, wax_addon; wash_txns.site_id and wash_txns.cust_id are NOT declared foreign keys; 2023 to mid-2025)
- `tutoring.duckdb`: tutors, students, sessions (camelCase: hourlyRate, isCertified, leftDate, birthYear,
  startTime, durationMinutes, rating; declared FKs)
- `zoo.duckdb`: enclosures, animals (nullable date_of_birth and departure_date, is_endangered), vet_visits
  (declared FKs)

Usage:
    python eval12/datasets.py OUTDIR

Example:
    >>> from eval12.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval12-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['carwash.duckdb', 'golfclub.duckdb', 'themepark.duckdb', 'tutoring.duckdb', 'zoo.duckdb']
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
    con.register("frame", pd.DataFrame(rows, columns=cols))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date, span_days: int) -> dt.date:
    """A random day in [start, start + span_days)."""
    return start + dt.timedelta(days=rng.randrange(span_days))


def _at(day: dt.date, hour: int, minute: int) -> dt.datetime:
    """The timestamp of `day` at hour:minute."""
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Aidan", "Beatrice", "Callum", "Daphne", "Ewan", "Fiona", "Gareth", "Harriet", "Imogen", "Jonah", "Keira",
         "Lachlan", "Maeve", "Niall", "Orla", "Patrick", "Quinn", "Rosalind", "Seamus", "Tamsin", "Uma", "Vaughan",
         "Willa", "Yasmin", "Zachary", "Priya", "Mateo", "Ingrid"]
LAST = ["Abernethy", "Blackwood", "Carmichael", "Drummond", "Ellison", "Fairbairn", "Galbraith", "Hargreaves",
        "Irvine", "Jardine", "Kerr", "Lockhart", "McAllister", "Nairn", "Ogilvie", "Pemberton", "Rutherford",
        "Sinclair", "Tennant", "Urquhart", "Waddell", "Yeats"]


# ---------------------------------------------------------------------------------------------------- golf club
COURSES = [(1, "Championship Course", 18, 72, 1998), (2, "Parkland Course", 18, 70, 2006),
           (3, "Heather Nine", 9, 34, 2015)]
TIERS = {"Full": 48.0, "Weekday": 40.0, "Junior": 15.0, "Senior": 30.0, "Social": 55.0}  # tier -> green fee


def build_golfclub(path: Path | str) -> None:
    """members (260), courses (3), tee_times (2023-2024; declared FKs; gross_score NULL unless completed and
    submitted; green_fee 0 for cancelled bookings, charged for no-shows)."""
    rng = random.Random(1201)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, gender VARCHAR, membership_tier VARCHAR, handicap DOUBLE,
        joined_on DATE, resigned_on DATE, email_opt_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE courses(course_id INTEGER PRIMARY KEY, course_name VARCHAR,
        holes INTEGER, par INTEGER, opened_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE tee_times(booking_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), course_id INTEGER REFERENCES courses(course_id),
        tee_time TIMESTAMP, players INTEGER, green_fee DOUBLE, used_buggy BOOLEAN, status VARCHAR,
        gross_score INTEGER)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 260), start=1):
        tier = rng.choices(list(TIERS), [45, 20, 10, 18, 7])[0]
        if tier == "Junior":
            born = _day(rng, dt.date(2006, 1, 1), 365 * 8)
        elif tier == "Senior":
            born = _day(rng, dt.date(1940, 1, 1), 365 * 20)
        else:
            born = _day(rng, dt.date(1955, 1, 1), 365 * 45)
        handicap = None if tier == "Social" or rng.random() < 0.06 else round(rng.uniform(0.5, 36.0), 1)
        joined = _day(rng, dt.date(2008, 1, 1), 365 * 16)
        resigned = _day(rng, max(joined, dt.date(2023, 1, 1)), 700) if rng.random() < 0.14 else None
        if resigned is not None and resigned > dt.date(2024, 12, 31):
            resigned = None
        members.append((mid, first, last, born, rng.choice(["M", "F"]) if rng.random() < 0.97 else "X", tier,
                        handicap, joined, resigned, rng.random() < 0.6))
    tees = []
    day = dt.date(2023, 1, 1)
    while day <= dt.date(2024, 12, 31):
        summer = day.month in (5, 6, 7, 8, 9)
        for _ in range(rng.randint(6, 14) if summer else rng.randint(1, 6)):
            m = rng.choice(members)
            if m[8] is not None and day > m[8]:
                continue
            course = rng.choices(COURSES, [50, 35, 15])[0]
            if m[5] == "Weekday" and day.weekday() >= 5:
                continue
            players = rng.choices([1, 2, 3, 4], [15, 35, 15, 35])[0]
            status = rng.choices(["completed", "cancelled", "no-show"], [86, 10, 4])[0]
            fee = 0.0 if status == "cancelled" else TIERS[m[5]] * (0.5 if course[2] == 9 else 1.0) * players
            score = None
            if status == "completed" and m[6] is not None and rng.random() < 0.85:
                score = course[3] + int(round(m[6] * rng.uniform(0.7, 1.2))) + rng.randint(-3, 5)
            tees.append((len(tees) + 1, m[0], course[0], _at(day, rng.randint(6, 17), rng.choice([0, 10, 20, 30,
                         40, 50])), players, round(fee * rng.uniform(0.97, 1.03), 2), rng.random() < 0.35, status,
                         score))
        day += dt.timedelta(days=1)
    _insert(con, "members", members)
    _insert(con, "courses", list(COURSES))
    _insert(con, "tee_times", tees)
    con.close()


# ---------------------------------------------------------------------------------------------------- theme park
PARKS = {"Adventure Bay": 1.0, "Dino Valley": 0.8, "Frost Kingdom": 0.6}
TICKETS = {"Day Pass": 69.0, "Child": 45.0, "Senior": 49.0, "Family Bundle": 199.0, "Season Pass Entry": 0.0}
CHANNELS = ["online", "gate", "mobile app", "travel agent"]
STATES = ["CA", "NV", "AZ", "OR", "WA", "UT", "TX"]


def build_themepark(path: Path | str) -> None:
    """One wide park_visits table (2022-2024): exit_ts NULL when the exit was not scanned, optional survey score."""
    rng = random.Random(1202)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE park_visits(visit_id INTEGER PRIMARY KEY, visit_date DATE,
        park_name VARCHAR, ticket_type VARCHAR, booking_channel VARCHAR, home_state VARCHAR, party_size INTEGER,
        children_count INTEGER, ticket_revenue DOUBLE, food_spend DOUBLE, merch_spend DOUBLE, fast_pass BOOLEAN,
        is_season_holder BOOLEAN, entry_ts TIMESTAMP, exit_ts TIMESTAMP, rides_taken INTEGER,
        satisfaction_score INTEGER, weather VARCHAR)""")
    rows = []
    day = dt.date(2022, 1, 1)
    while day <= dt.date(2024, 12, 31):
        busy = 3.0 if day.month in (6, 7, 8) else 1.6 if day.month in (3, 4, 10, 12) else 1.0
        busy *= 1.5 if day.weekday() >= 5 else 1.0
        for park, weight in PARKS.items():
            if park == "Frost Kingdom" and day.month in (1, 2):  # closed in winter for maintenance
                continue
            weather = rng.choices(["sunny", "cloudy", "rain"], [60, 28, 12])[0]
            for _ in range(int(rng.uniform(2, 5) * busy * weight * (0.6 if weather == "rain" else 1.0))):
                holder = rng.random() < 0.18
                ticket = "Season Pass Entry" if holder else rng.choices(list(TICKETS)[:4], [50, 20, 10, 20])[0]
                size = (rng.randint(3, 6) if ticket == "Family Bundle"
                        else rng.choices([1, 2, 3, 4], [20, 45, 15, 20])[0])
                children = rng.randint(1, size - 1) if ticket == "Family Bundle" else (size if ticket == "Child" else
                                                                                       rng.randint(0, size // 2))
                price = TICKETS[ticket] * (1 if ticket == "Family Bundle" else size) * (1.1 if day.year == 2024 else
                                                                                         1.0)
                entry = _at(day, rng.randint(9, 14), rng.randrange(60))
                stay = dt.timedelta(minutes=rng.randint(90, 540))
                exit_ts = entry + stay if rng.random() > 0.07 else None
                fast = rng.random() < 0.22
                rides = max(1, int(stay.seconds / 3600 * rng.uniform(1.0, 2.2) * (1.6 if fast else 1.0)))
                score = rng.choices(range(1, 11), [1, 1, 2, 3, 5, 8, 14, 20, 18, 12])[0] if rng.random() < 0.4 else None
                rows.append((len(rows) + 1, day, park, ticket, rng.choices(CHANNELS, [50, 25, 20, 5])[0],
                             rng.choices(STATES, [45, 12, 14, 8, 8, 6, 7])[0], size, children,
                             round(price * (1 + fast * 0.35), 2),
                             round(rng.uniform(8, 30) * size, 2) if rng.random() < 0.9 else 0.0,
                             round(rng.expovariate(1 / 25), 2) if rng.random() < 0.45 else 0.0, fast, holder, entry,
                             exit_ts, rides, score, weather))
        day += dt.timedelta(days=1)
    _insert(con, "park_visits", rows)
    con.close()


# ---------------------------------------------------------------------------------------------------- car wash
SITES = [(1, "Riverside Express", "Columbus", "Central", dt.date(2016, 4, 1), True, 3),
         (2, "Northgate Shine", "Cleveland", "North", dt.date(2018, 9, 15), False, 2),
         (3, "Maple Ave Suds", "Dayton", "South", dt.date(2019, 6, 1), True, 2),
         (4, "Lakeshore Wash", "Toledo", "North", dt.date(2020, 3, 20), False, 4),
         (5, "Eastpoint Autospa", "Columbus", "Central", dt.date(2021, 11, 5), True, 3),
         (6, "Hilltop Clean", "Cincinnati", "South", dt.date(2023, 5, 12), False, 2),
         (7, "Airport Rd Wash", "Akron", "North", dt.date(2024, 2, 1), True, 3)]
PKGS = {"Basic": 9.0, "Deluxe": 15.0, "Ultimate": 24.0, "Interior Only": 19.0}
VEHICLES = {"sedan": 1.0, "SUV": 1.2, "truck": 1.3, "van": 1.25, "motorcycle": 0.6}
PLANS = ["Unlimited Basic", "Unlimited Ultimate", "Family Plan"]
HOURS = list(range(7, 21))
HOUR_WEIGHTS = [3, 5, 7, 9, 11, 13, 12, 10, 10, 12, 15, 9, 5, 3]  # lunch and after-work peaks


def build_carwash(path: Path | str) -> None:
    """sites (7), custs (400, nullable plan_typ), wash_txns (2023-01 .. 2025-06; cust_id NULL for walk-ins).

    wash_txns.site_id and wash_txns.cust_id are not declared foreign keys (only implied by their names).
    """
    rng = random.Random(1203)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE sites(site_id INTEGER PRIMARY KEY, site_nm VARCHAR, city VARCHAR,
        region VARCHAR, opn_dt DATE, has_detailing BOOLEAN, bay_cnt INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE custs(cust_id INTEGER PRIMARY KEY, cust_nm VARCHAR, birth_yr INTEGER,
        zip_cd VARCHAR, signup_dt DATE, plan_typ VARCHAR, email_optin BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE wash_txns(txn_id INTEGER PRIMARY KEY, site_id INTEGER, cust_id INTEGER,
        txn_ts TIMESTAMP, pkg_nm VARCHAR, veh_typ VARCHAR, qty INTEGER, amt DOUBLE, tip_amt DOUBLE, pay_mthd VARCHAR,
        wax_addon BOOLEAN)""")
    custs = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 400), start=1):
        plan = rng.choices([None] + PLANS, [62, 18, 12, 8])[0]
        custs.append((cid, f"{first} {last}", rng.randint(1948, 2005), f"43{rng.randint(0, 999):03d}",
                      _day(rng, dt.date(2021, 1, 1), 365 * 4), plan, rng.random() < 0.55))
    loyalty = [rng.expovariate(1.0) for _ in custs]  # a few regulars wash far more often than the rest
    txns = []
    day = dt.date(2023, 1, 1)
    while day <= dt.date(2025, 6, 30):
        winter = day.month in (12, 1, 2, 3)
        for site in SITES:
            if site[4] > day:
                continue
            for _ in range(int(rng.uniform(2, 5) * (1.4 if winter else 1.0) * (1.6 if day.weekday() >= 5 else 1))):
                cust = rng.choices(custs, loyalty)[0] if rng.random() < 0.45 else None
                if cust is not None and cust[4] > day:
                    cust = None
                pkg = rng.choices(list(PKGS), [40, 30, 18, 12])[0]
                if pkg == "Interior Only" and not site[5]:
                    pkg = "Deluxe"
                veh = rng.choices(list(VEHICLES), [45, 30, 12, 8, 5])[0]
                qty = 1 if rng.random() < 0.95 else 2
                member = cust is not None and cust[5] is not None
                pay = "membership" if member else rng.choices(["card", "cash", "app"], [60, 15, 25])[0]
                amt = 0.0 if member else round(PKGS[pkg] * VEHICLES[veh] * qty * (1.05 if day.year >= 2024 else 1), 2)
                tip = round(rng.choice([1.0, 2.0, 3.0, 5.0]), 2) if rng.random() < 0.3 else None
                when = _at(day, rng.choices(HOURS, HOUR_WEIGHTS)[0], rng.randrange(60))
                wax = pkg != "Interior Only" and rng.random() < (0.9 if pkg == "Ultimate" else 0.12)
                txns.append((len(txns) + 1, site[0], None if cust is None else cust[0], when, pkg, veh, qty, amt, tip,
                             pay, wax))
        day += dt.timedelta(days=1)
    _insert(con, "sites", SITES)
    _insert(con, "custs", custs)
    _insert(con, "wash_txns", txns)
    con.close()


# ---------------------------------------------------------------------------------------------------- tutoring
SUBJECTS = ["Math", "Physics", "Chemistry", "English", "Biology", "Spanish", "Computer Science"]
TUTORS = [  # fullName, subjectArea, hourlyRate, hireDate, isCertified, leftDate
    ("Helena Marsh", "Math", 55.0, dt.date(2019, 8, 1), True, None),
    ("Owen Castellanos", "Math", 48.0, dt.date(2021, 1, 10), False, None),
    ("Ruth Adeyemi", "Physics", 60.0, dt.date(2018, 3, 5), True, None),
    ("Simon Falk", "Chemistry", 52.0, dt.date(2020, 9, 1), True, dt.date(2024, 6, 30)),
    ("Clara Whitcombe", "English", 45.0, dt.date(2017, 5, 15), True, None),
    ("Devon Pryce", "English", 40.0, dt.date(2022, 2, 1), False, None),
    ("Mina Okoro", "Biology", 50.0, dt.date(2021, 7, 19), True, None),
    ("Lucas Ferreira", "Spanish", 42.0, dt.date(2022, 9, 1), False, dt.date(2023, 12, 15)),
    ("Anika Brandt", "Computer Science", 65.0, dt.date(2020, 1, 6), True, None),
    ("Tobias Lund", "Math", 58.0, dt.date(2023, 1, 9), True, None),
    ("Greta Holloway", "Chemistry", 47.0, dt.date(2024, 1, 8), False, None),
    ("Jamal Whitaker", "Physics", 53.0, dt.date(2022, 4, 4), False, None),
]
SCHOOLS = ["Lincoln High", "Westview Academy", "St. Mary's", "Oakridge Middle", "Riverside High"]


def build_tutoring(path: Path | str) -> None:
    """tutors (12, leftDate NULL while employed), students (300, birthYear), sessions (2022-2024, rating optional)."""
    rng = random.Random(1204)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE tutors("tutorId" INTEGER PRIMARY KEY, "fullName" VARCHAR,
        "subjectArea" VARCHAR, "hourlyRate" DOUBLE, "hireDate" DATE, "isCertified" BOOLEAN, "leftDate" DATE)""")
    con.execute("""CREATE OR REPLACE TABLE students("studentId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthYear" INTEGER, "gradeLevel" INTEGER, "schoolName" VARCHAR,
        "signupDate" DATE, "hasScholarship" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sessions("sessionId" INTEGER PRIMARY KEY,
        "tutorId" INTEGER REFERENCES tutors("tutorId"), "studentId" INTEGER REFERENCES students("studentId"),
        "startTime" TIMESTAMP, "durationMinutes" INTEGER, "sessionMode" VARCHAR, "sessionStatus" VARCHAR,
        "amountCharged" DOUBLE, rating INTEGER)""")
    tutors = [(i, *t) for i, t in enumerate(TUTORS, start=1)]
    students = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 300), start=1):
        grade = rng.randint(6, 12)
        students.append((sid, first, last, 2024 - grade - 6 + rng.choice([-1, 0, 0, 1]), grade,
                         rng.choice(SCHOOLS), _day(rng, dt.date(2021, 6, 1), 365 * 3), rng.random() < 0.15))
    sessions = []
    day = dt.date(2022, 1, 3)
    while day <= dt.date(2024, 12, 31):
        exam = day.month in (4, 5, 11, 12)
        summer = day.month in (7, 8)
        n = 0 if day.weekday() == 6 else int(rng.uniform(3, 10) * (1.5 if exam else 0.4 if summer else 1))
        for _ in range(n):
            t = rng.choice(tutors)
            if t[4] > day or (t[6] is not None and day > t[6]):
                continue
            s = rng.choice(students)
            if s[6] > day:
                continue
            minutes = rng.choices([30, 45, 60, 90, 120], [10, 20, 45, 18, 7])[0]
            status = rng.choices(["completed", "cancelled", "no-show"], [85, 11, 4])[0]
            charged = 0.0 if status == "cancelled" else round(t[3] * minutes / 60 * (0.5 if s[7] else 1.0), 2)
            rating = rng.choices([1, 2, 3, 4, 5], [2, 4, 14, 38, 42])[0] if status == "completed" and \
                rng.random() < 0.55 else None
            hour = rng.randint(15, 20) if day.weekday() < 5 else rng.randint(9, 16)
            sessions.append((len(sessions) + 1, t[0], s[0], _at(day, hour, rng.choice([0, 15, 30, 45])), minutes,
                             rng.choices(["online", "in-person"], [55, 45])[0], status, charged, rating))
        day += dt.timedelta(days=1)
    _insert(con, "tutors", tutors)
    _insert(con, "students", students)
    _insert(con, "sessions", sessions)
    con.close()


# ---------------------------------------------------------------------------------------------------- zoo
ENCLOSURES = [(1, "Lion Ridge", "Savanna", 4200.0, 2004), (2, "Giraffe Plains", "Savanna", 6800.0, 2004),
              (3, "Canopy Walk", "Rainforest", 2500.0, 2011), (4, "Penguin Cove", "Arctic", 1200.0, 2015),
              (5, "Polar Point", "Arctic", 3100.0, 2015), (6, "Reef Hall", "Aquarium", 900.0, 2018),
              (7, "Serpent House", "Reptile House", 650.0, 2009), (8, "Gorilla Grove", "Rainforest", 3900.0, 2012),
              (9, "Elephant Valley", "Savanna", 9500.0, 2001), (10, "Bird Dome", "Rainforest", 1800.0, 2020)]
SPECIES = {  # species -> (class, enclosure ids, weight range kg, endangered)
    "African lion": ("Mammal", [1], (120, 220), False), "Reticulated giraffe": ("Mammal", [2], (600, 1200), True),
    "Plains zebra": ("Mammal", [2], (200, 320), False), "Squirrel monkey": ("Mammal", [3], (0.6, 1.2), False),
    "Gentoo penguin": ("Bird", [4], (4.5, 8.5), False), "Polar bear": ("Mammal", [5], (200, 600), True),
    "Clownfish": ("Fish", [6], (0.01, 0.03), False), "Green sea turtle": ("Reptile", [6], (60, 180), True),
    "Komodo dragon": ("Reptile", [7], (40, 90), True), "Ball python": ("Reptile", [7], (1, 2.5), False),
    "Western lowland gorilla": ("Mammal", [8], (70, 200), True),
    "African elephant": ("Mammal", [9], (2500, 6000), True),
    "Scarlet macaw": ("Bird", [10], (0.9, 1.4), False), "Toco toucan": ("Bird", [10], (0.5, 0.9), False),
    "Poison dart frog": ("Amphibian", [3], (0.002, 0.008), True),
}
ANIMAL_NAMES = ["Simba", "Nala", "Kito", "Zuri", "Amani", "Jabari", "Pip", "Waddles", "Nanook", "Nemo", "Shelly",
                "Draco", "Monty", "Koko", "Tembo", "Rio", "Tango", "Kiwi", "Luna", "Bruno", "Juno", "Oscar", "Mango",
                "Pebble", "Sable", "Indigo", "Maple", "Rocky", "Sunny", "Echo"]
VETS = ["Dr. Priya Raman", "Dr. Tom Havers", "Dr. Elena Vasquez"]
REASONS = {"routine checkup": 120.0, "vaccination": 85.0, "injury": 420.0, "dental": 310.0, "illness": 380.0}


def build_zoo(path: Path | str) -> None:
    """enclosures (10), animals (180; date_of_birth NULL when unknown, departure_date NULL while at the zoo),
    vet_visits (2022-2024; declared FKs)."""
    rng = random.Random(1205)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE enclosures(enclosure_id INTEGER PRIMARY KEY, enclosure_name VARCHAR,
        zone VARCHAR, area_sqm DOUBLE, opened_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE animals(animal_id INTEGER PRIMARY KEY, animal_name VARCHAR,
        species VARCHAR, animal_class VARCHAR, sex VARCHAR, date_of_birth DATE, arrival_date DATE,
        departure_date DATE, enclosure_id INTEGER REFERENCES enclosures(enclosure_id), weight_kg DOUBLE,
        is_endangered BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE vet_visits(visit_id INTEGER PRIMARY KEY,
        animal_id INTEGER REFERENCES animals(animal_id), visit_date DATE, reason VARCHAR, vet_name VARCHAR,
        cost DOUBLE, needs_follow_up BOOLEAN)""")
    animals, used = [], set()
    counts = {"Clownfish": 24, "Poison dart frog": 16, "Gentoo penguin": 20, "Squirrel monkey": 14,
              "Scarlet macaw": 10, "Toco toucan": 8, "Plains zebra": 12, "Ball python": 9}
    for species, (cls, encl, (lo, hi), endangered) in SPECIES.items():
        for _ in range(counts.get(species, rng.randint(3, 7))):
            name = rng.choice(ANIMAL_NAMES)
            while (name, species) in used:
                name = f"{rng.choice(ANIMAL_NAMES)} {rng.choice(['II', 'Jr', 'Minor', 'Bay', 'Star'])}"
            used.add((name, species))
            arrival = _day(rng, dt.date(2010, 1, 1), 365 * 14)
            born_at_zoo = rng.random() < 0.35
            born = arrival if born_at_zoo else (None if rng.random() < 0.25 else arrival - dt.timedelta(
                days=rng.randint(200, 365 * 8)))
            left = _day(rng, max(arrival, dt.date(2022, 1, 1)), 900) if rng.random() < 0.15 else None
            if left is not None and left > dt.date(2024, 12, 31):
                left = None
            animals.append((len(animals) + 1, name, species, cls, rng.choice(["male", "female"]), born, arrival, left,
                            rng.choice(encl), round(rng.uniform(lo, hi), 3), endangered))
    visits = []
    for a in animals:
        for _ in range(rng.randint(0, 9)):
            day = _day(rng, dt.date(2022, 1, 1), 365 * 3)
            if day < a[6] or (a[7] is not None and day > a[7]):
                continue
            reason = rng.choices(list(REASONS), [45, 20, 12, 8, 15])[0]
            visits.append((0, a[0], day, reason, rng.choice(VETS), round(REASONS[reason] * rng.uniform(0.7, 1.6), 2),
                           reason in ("injury", "illness") and rng.random() < 0.6))
    visits.sort(key=lambda v: (v[2], v[1]))
    visits = [(i, *v[1:]) for i, v in enumerate(visits, start=1)]
    _insert(con, "enclosures", ENCLOSURES)
    _insert(con, "animals", animals)
    _insert(con, "vet_visits", visits)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "golfclub": build_golfclub,
    "themepark": build_themepark,
    "carwash": build_carwash,
    "tutoring": build_tutoring,
    "zoo": build_zoo,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval12-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval12-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval12-dbs"))
