"""Builders of the hundred-and-twelfth development evaluation corpus: five DuckDB files in five small-business domains.

Deterministic (one fixed `random.Random(seed)` per schema, no current time) and atomic (each file is written to a
temporary name, then renamed).

- `carshare.duckdb`: a car-sharing club's members (birth date), cars, trips (start/end timestamps, miles) and fuel
  top-ups (`fuel_topups.member_id` is only implied by its name, not declared)
- `livery.duckdb`: a horse livery yard's owners (birth date), stables, horses (birth year) and farrier/vet visits
- `studyrooms.duckdb`: a university's bookable study rooms, students (birth date), bookings and no-shows
- `parties.duckdb`: a children's party entertainer business: entertainers, parents, packages and parties
  (camelCase columns)
- `greenhouse.duckdb`: a greenhouse farm's greenhouses, crops (plantings), sensor readings and harvests

Usage:
    python eval112/datasets.py OUTDIR

Example:
    >>> from eval112.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval112-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['carshare.duckdb', 'greenhouse.duckdb', 'livery.duckdb', 'parties.duckdb', 'studyrooms.duckdb']
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


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Ada", "Bram", "Celia", "Dev", "Esme", "Finn", "Gwen", "Harvey", "Ines", "Jonah", "Kit", "Leona", "Marcus",
         "Nell", "Oscar", "Pippa", "Quentin", "Rosa", "Sami", "Tilly", "Umar", "Vera", "Wes", "Ximena", "Yara",
         "Zac"]
LAST = ["Abbott", "Bakshi", "Carver", "Dunmore", "Eastwood", "Fairley", "Goodwin", "Holloway", "Ingram", "Jessop",
        "Kerr", "Lindsay", "Mwangi", "Norris", "Ogden", "Prentice", "Quayle", "Radcliffe", "Szabo", "Tennant",
        "Underhill", "Vaughan", "Winslow", "Yeo"]

# ------------------------------------------------------------------------------------------------- car share
CARS = [  # make, model, fuel_type, seats, hourly_rate_gbp, per_mile_gbp, automatic
    ("Toyota", "Yaris", "hybrid", 5, 6.50, 0.22, True), ("Toyota", "Corolla", "hybrid", 5, 7.50, 0.24, True),
    ("Volkswagen", "Polo", "petrol", 5, 6.00, 0.25, False), ("Ford", "Fiesta", "petrol", 5, 5.50, 0.25, False),
    ("Renault", "Zoe", "electric", 5, 7.00, 0.12, True), ("Nissan", "Leaf", "electric", 5, 7.50, 0.12, True),
    ("Ford", "Transit Custom", "diesel", 3, 9.50, 0.32, False), ("Kia", "Sportage", "hybrid", 5, 8.50, 0.26, True),
    ("Vauxhall", "Zafira", "diesel", 7, 9.00, 0.30, False), ("Tesla", "Model 3", "electric", 5, 11.00, 0.14, True)]
ZONES = ["Northside", "Harbour", "Old Town", "University Quarter"]
PLATE = "ABCDEFGHJKLMNOPRSTUVWXY"


def build_carshare(path: Path | str) -> None:
    """members (320, birth_date, cancelled_on NULL while still a member), cars (28, fuel_type, retired_on NULL while
    in the fleet), trips (2023-01 to 2025-02; ended_at, miles and fare_gbp NULL while a trip is under way),
    fuel_topups (car_id declared; member_id only implied)."""
    rng = random.Random(11201)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, joined_on DATE, plan VARCHAR, home_zone VARCHAR, is_student BOOLEAN,
        licence_points INTEGER, cancelled_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE cars(car_id INTEGER PRIMARY KEY, registration VARCHAR, make VARCHAR,
        model VARCHAR, fuel_type VARCHAR, seats INTEGER, automatic BOOLEAN, hourly_rate_gbp DOUBLE,
        per_mile_gbp DOUBLE, bay_zone VARCHAR, added_on DATE, retired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE trips(trip_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), car_id INTEGER REFERENCES cars(car_id),
        started_at TIMESTAMP, ended_at TIMESTAMP, miles DOUBLE, fare_gbp DOUBLE, late_return BOOLEAN,
        damage_reported BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE fuel_topups(topup_id INTEGER PRIMARY KEY,
        car_id INTEGER REFERENCES cars(car_id), member_id INTEGER, topped_up_at TIMESTAMP, station VARCHAR,
        litres DOUBLE, cost_gbp DOUBLE, reimbursed BOOLEAN)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 320), start=1):
        born = _day(rng, dt.date(1952, 1, 1), 19000)
        joined = _day(rng, dt.date(2020, 1, 1), 1700)
        cancelled = joined + dt.timedelta(days=rng.randint(120, 900)) if rng.random() < 0.18 else None
        if cancelled is not None and cancelled > dt.date(2025, 2, 20):
            cancelled = None
        student = born.year >= 1998 and rng.random() < 0.6
        plan = rng.choices(["pay as you go", "standard", "premium"], [5, 4, 2])[0]
        members.append((mid, first, last, born, joined, plan, rng.choices(ZONES, [4, 3, 3, 2])[0], student,
                        rng.choices([0, 0, 0, 3, 3, 6, 9], [40, 20, 10, 12, 8, 6, 2])[0], cancelled))
    cars = []
    for cid in range(1, 29):
        make, model, fuel, seats, rate, per_mile, auto = CARS[(cid - 1) % len(CARS)] if cid <= 20 else \
            rng.choice(CARS)
        added = dt.date(2021, 3, 1) + dt.timedelta(days=rng.randrange(1200)) if cid > 12 else \
            dt.date(2020, 6, 1) + dt.timedelta(days=rng.randrange(400))
        retired = None
        if cid in (3, 7, 11, 16):
            retired = max(added + dt.timedelta(days=200), dt.date(2023, 1, 1)) + dt.timedelta(days=rng.randrange(500))
        reg = f"{rng.choice('LMSWY')}{rng.choice(PLATE)}{added.year % 100 + (50 if added.month >= 9 else 0):02d} " \
              f"{''.join(rng.choice(PLATE) for _ in range(3))}"
        cars.append((cid, reg, make, model, fuel, seats, auto, rate, per_mile, rng.choice(ZONES), added, retired))
    trips, topups = [], []
    start, end = dt.datetime(2023, 1, 1), dt.datetime(2025, 2, 28, 20, 0)
    moment = start
    tid = 0
    while moment < end:
        moment += dt.timedelta(minutes=rng.randint(60, 580))
        if moment >= end:
            break
        hour = moment.hour
        if hour < 6 and rng.random() < 0.8:
            continue
        day = moment.date()
        active = [m for m in members if m[4] <= day and (m[9] is None or m[9] > day)]
        fleet = [c for c in cars if c[10] <= day and (c[11] is None or c[11] > day)]
        member, car = rng.choice(active), rng.choice(fleet)
        tid += 1
        minutes = int(min(max(rng.lognormvariate(4.9, 0.7), 30), 60 * 48) // 15 * 15)
        ended = moment + dt.timedelta(minutes=minutes)
        miles = round(minutes / 60 * rng.uniform(4, 18), 1)
        if ended > end or moment > end - dt.timedelta(hours=40) and rng.random() < 0.7:  # not yet returned
            ended, miles, fare = None, None, None
        else:
            fare = round(minutes / 60 * car[7] + miles * car[8], 2)
        trips.append((tid, member[0], car[0], moment, ended, miles, fare, ended is not None and rng.random() < 0.07,
                      ended is not None and rng.random() < 0.025))
        if car[4] != "electric" and ended is not None and miles > 40 and rng.random() < 0.55:
            at = moment + dt.timedelta(minutes=rng.randint(10, max(minutes - 10, 11)))
            litres = round(rng.uniform(12, 45), 1)
            price = 1.38 + 0.22 * rng.random() + (0.08 if car[4] == "diesel" else 0.0)
            reimbursed = rng.random() < 0.88 or at < dt.datetime(2024, 12, 1) and rng.random() < 0.5
            topups.append((len(topups) + 1, car[0], member[0], at,
                           rng.choices(["Shell", "BP", "Esso", "Tesco", "Sainsbury's"], [4, 4, 2, 3, 2])[0],
                           litres, round(litres * price, 2), reimbursed))
    _insert(con, "members", members)
    _insert(con, "cars", cars)
    _insert(con, "trips", trips)
    _insert(con, "fuel_topups", topups)
    con.close()


# ------------------------------------------------------------------------------------------------- livery yard
HORSE_NAMES = ["Bramble", "Captain", "Dolly", "Echo", "Fudge", "Gatsby", "Hazel", "Indigo", "Jasper", "Kestrel",
               "Lucky Star", "Maverick", "Nutmeg", "Oberon", "Pepper", "Quincy", "Rosie", "Saffron", "Thistle",
               "Umber", "Velvet", "Willow", "Xanadu", "Yogi", "Ziggy", "Apollo", "Bonnie", "Clover", "Duke",
               "Ember", "Flint", "Ginger", "Hector", "Iris", "Juno", "Kingfisher", "Luna", "Monty", "Nova",
               "Olly", "Poppy", "Rafferty", "Shadow", "Toffee", "Ulysses", "Vinnie", "Whisper", "Bertie", "Cinders",
               "Dexter", "Elsie", "Fern", "Gus", "Holly", "Ivo", "Jigsaw", "Kipper", "Lottie", "Marmite", "Noodle",
               "Opal", "Puzzle", "Ripple", "Sox", "Tango", "Blaze", "Cocoa", "Dancer", "Elvis", "Frodo", "Gorse",
               "Harley", "Inca", "Jester", "Kite", "Lark"]
BREEDS = {"Thoroughbred": 5, "Cob": 7, "Welsh Section D": 4, "Irish Draught": 4, "Connemara": 3, "Warmblood": 4}
LIVERY_FEES = {"full": 780.0, "part": 520.0, "DIY": 260.0, "grass": 150.0}
FARRIERS = ["Tom Hale", "Becky Stroud"]
VETS = ["Dr Anna Price", "Dr Rajesh Mehta", "Dr Claire Fenwick"]
VET_REASONS = {"vaccination": (6, 75.0), "dental": (4, 95.0), "lameness": (3, 160.0), "colic": (1, 240.0),
               "routine check": (4, 60.0), "wound": (2, 130.0)}
FARRIER_REASONS = {"full set of shoes": (6, 110.0), "front shoes only": (4, 75.0), "trim": (5, 35.0),
                   "remedial shoeing": (1, 165.0)}


def build_livery(path: Path | str) -> None:
    """owners (48, birth_date), stables (62, block, size), horses (76, birth_year, livery_type, stable_id NULL for
    horses living out at grass, departed_on NULL while still at the yard), visits (farrier or vet, visited_at
    TIMESTAMP, follow_up_on NULL when no follow-up is needed), 2023-01 to 2025-01."""
    rng = random.Random(11202)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE owners(owner_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, town VARCHAR, joined_on DATE, pays_by_direct_debit BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE stables(stable_id INTEGER PRIMARY KEY, stable_code VARCHAR,
        block VARCHAR, size VARCHAR, has_rubber_matting BOOLEAN, has_camera BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE horses(horse_id INTEGER PRIMARY KEY, horse_name VARCHAR,
        owner_id INTEGER REFERENCES owners(owner_id), stable_id INTEGER REFERENCES stables(stable_id),
        breed VARCHAR, sex VARCHAR, birth_year INTEGER, height_hands DOUBLE, livery_type VARCHAR,
        monthly_fee_gbp DOUBLE, arrived_on DATE, departed_on DATE, competes BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE visits(visit_id INTEGER PRIMARY KEY,
        horse_id INTEGER REFERENCES horses(horse_id), practitioner_type VARCHAR, practitioner_name VARCHAR,
        visited_at TIMESTAMP, reason VARCHAR, cost_gbp DOUBLE, emergency BOOLEAN, follow_up_on DATE)""")
    towns = ["Much Hadham", "Bishop's Stortford", "Sawbridgeworth", "Ware", "Buntingford"]
    owners = []
    for oid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 48), start=1):
        owners.append((oid, first, last, _day(rng, dt.date(1958, 1, 1), 17500),
                       rng.choices(towns, [3, 5, 3, 2, 2])[0], _day(rng, dt.date(2014, 1, 1), 3900),
                       rng.random() < 0.65))
    stables = []
    blocks = [("Main Barn", "MB", 26), ("East Yard", "EY", 22), ("Paddock Row", "PR", 14)]
    sid = 0
    for block, code, n in blocks:
        for k in range(1, n + 1):
            sid += 1
            size = "foaling" if block == "Paddock Row" and k <= 2 else rng.choices(["standard", "large"], [3, 1])[0]
            stables.append((sid, f"{code}-{k:02d}", block, size, rng.random() < 0.6 or block == "Main Barn",
                            block == "Main Barn" and rng.random() < 0.7))
    horses = []
    free = [s[0] for s in stables]
    rng.shuffle(free)
    for hid, name in enumerate(HORSE_NAMES, start=1):
        owner = rng.choice(owners) if hid > 40 else owners[(hid - 1) % len(owners)]
        livery = rng.choices(list(LIVERY_FEES), [4, 4, 3, 2])[0]
        arrived = max(owner[5], _day(rng, dt.date(2016, 1, 1), 3250))
        departed = arrived + dt.timedelta(days=rng.randint(200, 1500)) if rng.random() < 0.3 else None
        if departed is not None and (departed < dt.date(2023, 3, 1) or departed > dt.date(2025, 1, 20)):
            departed = None
        stable = None
        if livery != "grass":
            stable = free.pop() if free else rng.choice([s[0] for s in stables])
        sex = rng.choices(["mare", "gelding", "stallion"], [9, 11, 1])[0]
        fee = LIVERY_FEES[livery] + (40.0 if stable is not None and stables[stable - 1][3] == "large" else 0.0)
        horses.append((hid, name, owner[0], stable, rng.choices(list(BREEDS), list(BREEDS.values()))[0], sex,
                       rng.randint(1999, 2020), round(rng.uniform(13.2, 17.3) * 2) / 2, livery, fee, arrived,
                       departed, rng.random() < 0.3))
    visits = []
    first_day, last_day = dt.date(2023, 1, 1), dt.date(2025, 1, 31)
    for horse in horses:
        on_from = max(first_day, horse[10])
        on_to = min(last_day, horse[11] or last_day)
        shod = rng.random() < 0.7
        day = on_from + dt.timedelta(days=rng.randint(0, 40))
        while day < on_to:  # farrier every 5-8 weeks
            reason = rng.choices(list(FARRIER_REASONS), [w for w, _ in FARRIER_REASONS.values()])[0] if shod \
                else "trim"
            base = FARRIER_REASONS[reason][1]
            at = dt.datetime.combine(day, dt.time(rng.randint(7, 15), rng.choice([0, 15, 30, 45])))
            visits.append([horse[0], "farrier", rng.choices(FARRIERS, [3, 2])[0], at, reason, base, False, None])
            day += dt.timedelta(days=rng.randint(35, 56))
        day = on_from + dt.timedelta(days=rng.randint(0, 120))
        while day < on_to:  # the vet, every few months
            reason = rng.choices(list(VET_REASONS), [w for w, _ in VET_REASONS.values()])[0]
            emergency = reason in ("colic", "wound") and rng.random() < 0.7
            hour = rng.randint(0, 23) if emergency else rng.randint(8, 17)
            at = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 10, 20, 30, 40, 50])))
            cost = round(VET_REASONS[reason][1] * rng.uniform(0.85, 1.4) + (120.0 if emergency else 0.0), 2)
            follow = day + dt.timedelta(days=rng.choice([7, 14, 21, 28])) \
                if reason in ("lameness", "colic", "wound", "dental") and rng.random() < 0.75 else None
            visits.append([horse[0], "vet", rng.choices(VETS, [3, 2, 2])[0], at, reason, cost, emergency, follow])
            day += dt.timedelta(days=rng.randint(50, 170))
    visits.sort(key=lambda v: (v[3], v[0]))
    rows = [(i, *v) for i, v in enumerate(visits, start=1)]
    _insert(con, "owners", owners)
    _insert(con, "stables", stables)
    _insert(con, "horses", horses)
    _insert(con, "visits", rows)
    con.close()


# ------------------------------------------------------------------------------------------------- study rooms
BUILDINGS = {"Main Library": ("ML", 10), "Science Library": ("SL", 6), "Learning Commons": ("LC", 6),
             "Law Library": ("LL", 4)}
FACULTIES = {"Arts": 4, "Engineering": 5, "Medicine": 3, "Business": 5, "Science": 5, "Law": 2}
PURPOSES = {"group project": 6, "revision": 7, "tutorial": 2, "interview practice": 1, "society meeting": 2}


def build_studyrooms(path: Path | str) -> None:
    """rooms (26, building, capacity), students (520, birth_date, faculty, study_level), bookings (2023-01 to
    2025-01; cancelled_at NULL unless cancelled, checked_in_at NULL unless the student checked in), no_shows (one
    per booking neither cancelled nor checked into; appeal_outcome NULL when not appealed)."""
    rng = random.Random(11203)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE rooms(room_id INTEGER PRIMARY KEY, room_code VARCHAR, building VARCHAR,
        floor INTEGER, capacity INTEGER, has_screen BOOLEAN, has_whiteboard BOOLEAN, step_free_access BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE students(student_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, faculty VARCHAR, study_level VARCHAR, is_international BOOLEAN,
        enrolled_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        room_id INTEGER REFERENCES rooms(room_id), student_id INTEGER REFERENCES students(student_id),
        created_at TIMESTAMP, slot_start TIMESTAMP, duration_minutes INTEGER, attendees INTEGER, purpose VARCHAR,
        cancelled_at TIMESTAMP, checked_in_at TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE no_shows(no_show_id INTEGER PRIMARY KEY,
        booking_id INTEGER REFERENCES bookings(booking_id), flagged_on DATE, penalty_points INTEGER,
        appeal_outcome VARCHAR)""")
    rooms = []
    rid = 0
    for building, (code, n) in BUILDINGS.items():
        for k in range(n):
            rid += 1
            floor = rng.randint(0, 3)
            capacity = rng.choices([2, 4, 6, 8, 12], [2, 5, 4, 2, 1])[0]
            rooms.append((rid, f"{code}-{floor}{k + 1:02d}", building, floor, capacity,
                          capacity >= 6 or rng.random() < 0.4, rng.random() < 0.75, floor == 0 or rng.random() < 0.7))
    students = []
    levels = ["undergraduate", "postgraduate taught", "postgraduate research"]
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 520), start=1):
        level = rng.choices(levels, [14, 4, 2])[0]
        born = _day(rng, dt.date(2001 if level == "undergraduate" else 1985, 1, 1),
                    2200 if level == "undergraduate" else 5800)
        enrolled = dt.date(rng.choice([2020, 2021, 2022, 2023, 2024]), 9, rng.randint(15, 28))
        students.append((sid, first, last, born, rng.choices(list(FACULTIES), list(FACULTIES.values()))[0], level,
                         rng.random() < 0.27, enrolled))
    bookings, no_shows = [], []
    day, last = dt.date(2023, 1, 9), dt.date(2025, 1, 31)
    booked: set[tuple[int, dt.datetime]] = set()
    while day <= last:
        term = not (dt.date(day.year, 6, 20) <= day <= dt.date(day.year, 9, 10) or
                    (day.month == 12 and day.day > 20) or (day.month == 1 and day.day < 6))
        per_day = (rng.randint(3, 9) if term else rng.randint(0, 2)) // (2 if day.weekday() >= 5 else 1)
        for _ in range(per_day):
            student = rng.choice([s for s in students if s[7] <= day] or students)
            room = rng.choice(rooms)
            start = dt.datetime.combine(day, dt.time(rng.randint(8, 20)))
            if (room[0], start) in booked:
                continue
            booked.add((room[0], start))
            duration = rng.choices([60, 120, 180], [5, 4, 1])[0]
            created = start - dt.timedelta(hours=rng.randint(2, 24 * 12))
            purpose = rng.choices(list(PURPOSES), list(PURPOSES.values()))[0]
            attendees = 1 if purpose == "revision" and rng.random() < 0.6 else rng.randint(2, room[4])
            cancelled = checked = None
            outcome = rng.random()
            if outcome < 0.12:
                cancelled = created + (start - created) * rng.uniform(0.1, 0.98)
                cancelled = cancelled.replace(second=0, microsecond=0)
            elif outcome < 0.22 + (0.06 if student[5] == "undergraduate" else 0.0):
                pass  # a no-show
            else:
                checked = start + dt.timedelta(minutes=rng.randint(-5, 14))
            bookings.append((len(bookings) + 1, room[0], student[0], created, start, duration, attendees, purpose,
                             cancelled, checked))
            if cancelled is None and checked is None:
                appeal = rng.choices([None, "upheld", "rejected"], [7, 1, 2])[0]
                no_shows.append((len(no_shows) + 1, len(bookings), day + dt.timedelta(days=rng.choice([0, 1])),
                                 rng.choices([1, 2, 3], [6, 3, 1])[0], appeal))
        day += dt.timedelta(days=1)
    _insert(con, "rooms", rooms)
    _insert(con, "students", students)
    _insert(con, "bookings", bookings)
    _insert(con, "no_shows", no_shows)
    con.close()


# ------------------------------------------------------------------------------------------------- party entertainers
ENTERTAINERS = [  # firstName, lastName, stageName, birthDate, speciality, feePerParty, hasDbsCheck, startedOn, leftOn
    (1, "Gemma", "Roberts", "Gemma Giggles", dt.date(1988, 3, 14), "magic", 95.0, True, dt.date(2018, 5, 1), None),
    (2, "Liam", "Doherty", "Professor Fizz", dt.date(1979, 11, 2), "science show", 120.0, True, dt.date(2019, 2, 1),
     None),
    (3, "Aisha", "Khan", "Sparkle Aisha", dt.date(1995, 7, 23), "face painting", 80.0, True, dt.date(2020, 9, 1),
     None),
    (4, "Ben", "Morley", "Balloon Ben", dt.date(1990, 1, 30), "balloon modelling", 85.0, True, dt.date(2017, 4, 1),
     None),
    (5, "Chloe", "Hughes", "Princess Chloe", dt.date(1998, 5, 9), "princess party", 90.0, True, dt.date(2021, 6, 1),
     dt.date(2024, 8, 31)),
    (6, "Marcus", "Bell", "DJ Marcus", dt.date(1993, 12, 18), "disco", 100.0, False, dt.date(2022, 1, 1), None),
    (7, "Sophie", "Turner", "Puppet Sophie", dt.date(1985, 9, 4), "puppetry", 88.0, True, dt.date(2019, 10, 1),
     None),
    (8, "Ollie", "Grant", "Mr Marvel", dt.date(1976, 4, 27), "magic", 110.0, True, dt.date(2016, 3, 1), None),
    (9, "Hannah", "Price", "Glitter Hannah", dt.date(2000, 2, 11), "face painting", 75.0, False, dt.date(2024, 2, 1),
     None),
    (10, "Kwame", "Asante", "Captain Kwame", dt.date(1991, 6, 6), "disco", 95.0, True, dt.date(2023, 4, 1), None)]
PACKAGES = [  # packageName, durationMinutes, basePrice, maxChildren, includesPartyBags
    (1, "Mini Magic", 60, 150.0, 15, False), (2, "Party Classic", 90, 220.0, 25, False),
    (3, "Deluxe Bash", 120, 320.0, 30, True), (4, "Science Spectacular", 90, 260.0, 20, True),
    (5, "Disco Deluxe", 120, 280.0, 35, False), (6, "Princess Tea Party", 90, 240.0, 20, True)]
SPECIALITY_PACKAGES = {"magic": [1, 2, 3], "science show": [4, 2], "face painting": [1, 2], "balloon modelling": [1, 2],
                       "princess party": [6, 2], "disco": [5, 3], "puppetry": [1, 2]}
CHILD_NAMES = ["Alfie", "Bella", "Charlie", "Daisy", "Eli", "Freya", "George", "Harper", "Isla", "Jack", "Luna",
               "Mia", "Noah", "Olivia", "Poppy", "Reggie", "Sienna", "Theo", "Willow", "Zain"]


def build_parties(path: Path | str) -> None:
    """entertainers (10, birthDate, leftOn NULL while still working), parents (380), packages (6), parties (2023-01 to
    2025-03; cancelledOn NULL unless cancelled, rating NULL when no review was left). camelCase columns."""
    rng = random.Random(11204)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE entertainers("entertainerId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "stageName" VARCHAR, "birthDate" DATE, speciality VARCHAR, "feePerParty" DOUBLE,
        "hasDbsCheck" BOOLEAN, "startedOn" DATE, "leftOn" DATE)""")
    con.execute("""CREATE OR REPLACE TABLE parents("parentId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, town VARCHAR, "signedUpOn" DATE, "referralSource" VARCHAR, "newsletterOptIn" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE packages("packageId" INTEGER PRIMARY KEY, "packageName" VARCHAR,
        "durationMinutes" INTEGER, "basePrice" DOUBLE, "maxChildren" INTEGER, "includesPartyBags" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE parties("partyId" INTEGER PRIMARY KEY,
        "parentId" INTEGER REFERENCES parents("parentId"),
        "entertainerId" INTEGER REFERENCES entertainers("entertainerId"),
        "packageId" INTEGER REFERENCES packages("packageId"), "bookedOn" DATE, "partyStart" TIMESTAMP,
        "childName" VARCHAR, "childAge" INTEGER, "guestCount" INTEGER, "venueType" VARCHAR, "totalPrice" DOUBLE,
        "depositPaid" BOOLEAN, "cancelledOn" DATE, rating INTEGER)""")
    towns = ["Canterbury", "Whitstable", "Herne Bay", "Faversham", "Ashford"]
    parents = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 380), start=1):
        parents.append((pid, first, last, rng.choices(towns, [6, 4, 3, 2, 3])[0],
                        _day(rng, dt.date(2022, 6, 1), 960),
                        rng.choices(["word of mouth", "Facebook", "Google", "school newsletter"], [5, 4, 3, 2])[0],
                        rng.random() < 0.45))
    parties = []
    day, last = dt.date(2023, 1, 1), dt.date(2025, 3, 30)
    while day <= last:
        weekend = day.weekday() >= 5
        n = rng.choices([0, 1, 2, 3, 4], [1, 3, 4, 3, 1])[0] if weekend else rng.choices([0, 1], [5, 1])[0]
        hours = [10, 11, 13, 14, 15, 16] if weekend else [15, 16, 17]
        for _ in range(n):
            parent = rng.choice([p for p in parents if p[4] <= day] or parents)
            working = [e for e in ENTERTAINERS if e[8] <= day and (e[9] is None or e[9] >= day)]
            ent = rng.choices(working, [3 if e[5] in ("magic", "disco") else 2 for e in working])[0]
            package = PACKAGES[rng.choice(SPECIALITY_PACKAGES[ent[5]]) - 1]
            start = dt.datetime.combine(day, dt.time(rng.choice(hours), rng.choice([0, 0, 30])))
            guests = rng.randint(6, package[4] + 4)
            venue = rng.choices(["home", "village hall", "soft play", "garden"], [4, 5, 2, 2])[0]
            price = package[3] + 6.0 * max(0, guests - package[4]) + (25.0 if venue == "village hall" else 0.0)
            booked = day - dt.timedelta(days=rng.randint(7, 90))
            cancelled = booked + dt.timedelta(days=rng.randint(1, (day - booked).days)) if rng.random() < 0.08 \
                else None
            rating = None
            if cancelled is None and rng.random() < 0.55 and day < dt.date(2025, 3, 24):
                rating = rng.choices([5, 4, 3, 2, 1], [10, 6, 2, 1, 0.5 if ent[0] != 6 else 2])[0]
            parties.append((len(parties) + 1, parent[0], ent[0], package[0], booked, start, rng.choice(CHILD_NAMES),
                            rng.randint(3, 10), guests, venue, round(price, 2), rng.random() < 0.85 or
                            cancelled is None and day > dt.date(2025, 3, 1), cancelled, rating))
        day += dt.timedelta(days=1)
    _insert(con, "entertainers", ENTERTAINERS)
    _insert(con, "parents", parents)
    _insert(con, "packages", PACKAGES)
    _insert(con, "parties", parties)
    con.close()


# ------------------------------------------------------------------------------------------------- greenhouse farm
GREENHOUSES = [  # greenhouse_name, site, area_m2, heated, glazing, built_year
    (1, "Alder", "North Field", 1200.0, True, "glass", 2009), (2, "Beech", "North Field", 800.0, True, "glass", 2014),
    (3, "Cedar", "North Field", 600.0, False, "polythene", 2019),
    (4, "Damson", "South Field", 1500.0, True, "glass", 2006),
    (5, "Elder", "South Field", 900.0, False, "polycarbonate", 2017),
    (6, "Fir", "Riverside", 700.0, True, "polycarbonate", 2021),
    (7, "Gorse", "Riverside", 450.0, False, "polythene", 2022), (8, "Hazel", "Riverside", 1000.0, True, "glass", 2012)]
CROPS = {  # crop_type: (varieties, kg per plant per pick, price per kg, weeks to first pick, weeks cropping)
    "tomato": (["Moneymaker", "Sungold", "Gardener's Delight"], 0.35, 2.40, 9, 22),
    "cucumber": (["Marketmore", "Passandra"], 0.6, 1.60, 7, 14),
    "pepper": (["California Wonder", "Padron"], 0.2, 3.10, 11, 16),
    "lettuce": (["Little Gem", "Lollo Rosso"], 0.25, 1.90, 6, 3),
    "strawberry": (["Elsanta", "Malling Centenary"], 0.08, 6.50, 8, 10),
    "basil": (["Genovese", "Thai"], 0.05, 9.00, 5, 12)}
BUYERS = ["wholesale market", "farm shop", "supermarket"]


def build_greenhouse(path: Path | str) -> None:
    """greenhouses (8, site, heated, glazing), crops (plantings; removed_on NULL while still in the ground),
    sensor_readings (daily, 2023-01 to 2025-01; soil_moisture_pct NULL when the probe was offline), harvests
    (weight_kg, grade, price_per_kg 0 for rejects)."""
    rng = random.Random(11205)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE greenhouses(greenhouse_id INTEGER PRIMARY KEY, greenhouse_name VARCHAR,
        site VARCHAR, area_m2 DOUBLE, heated BOOLEAN, glazing VARCHAR, built_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE crops(crop_id INTEGER PRIMARY KEY,
        greenhouse_id INTEGER REFERENCES greenhouses(greenhouse_id), crop_type VARCHAR, variety VARCHAR,
        planted_on DATE, removed_on DATE, plant_count INTEGER, organic BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sensor_readings(reading_id INTEGER PRIMARY KEY,
        greenhouse_id INTEGER REFERENCES greenhouses(greenhouse_id), recorded_at TIMESTAMP, temperature_c DOUBLE,
        humidity_pct DOUBLE, co2_ppm INTEGER, soil_moisture_pct DOUBLE, alert BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE harvests(harvest_id INTEGER PRIMARY KEY,
        crop_id INTEGER REFERENCES crops(crop_id), harvested_on DATE, weight_kg DOUBLE, grade VARCHAR,
        price_per_kg DOUBLE, sold_to VARCHAR)""")
    last = dt.date(2025, 1, 31)
    crops, harvests = [], []
    for gh in GREENHOUSES:
        day = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(40))
        while day < last - dt.timedelta(days=20):
            kind = rng.choice(list(CROPS)) if gh[4] or day.month in (3, 4, 5, 6) else \
                rng.choice(["lettuce", "basil", "strawberry"])
            varieties, per_plant, price, to_pick, cropping = CROPS[kind]
            plants = int(gh[3] * rng.uniform(0.8, 2.2)) if kind not in ("lettuce", "basil") \
                else int(gh[3] * rng.uniform(4, 8))
            removed = day + dt.timedelta(weeks=to_pick + cropping + rng.randint(0, 2))
            crop_id = len(crops) + 1
            crops.append([crop_id, gh[0], kind, rng.choice(varieties), day, removed if removed <= last else None,
                          plants, rng.random() < 0.35])
            pick = day + dt.timedelta(weeks=to_pick)
            while pick < min(removed, last + dt.timedelta(days=1)):
                kg = round(plants * per_plant * rng.uniform(0.05, 0.2), 1)
                grade = rng.choices(["class 1", "class 2", "reject"], [7, 3, 1])[0]
                kg_price = 0.0 if grade == "reject" else round(price * (1.0 if grade == "class 1" else 0.6) *
                                                                 rng.uniform(0.9, 1.15), 2)
                buyer = None if grade == "reject" else rng.choices(BUYERS, [5, 2, 4])[0]
                harvests.append((len(harvests) + 1, crop_id, pick, kg, grade, kg_price, buyer))
                pick += dt.timedelta(days=rng.choice([4, 7, 7, 10]))
            day = removed + dt.timedelta(days=rng.randint(5, 25))
    readings = []
    day = dt.date(2023, 1, 1)
    while day <= last:
        for gh in GREENHOUSES:
            at = dt.datetime.combine(day, dt.time(rng.randint(0, 23), rng.randrange(0, 60, 5)))
            season = -6.0 * (1 if day.month in (12, 1, 2) else 0.5 if day.month in (3, 11) else
                             -0.6 if day.month in (6, 7, 8) else 0)
            daytime = 5.0 if 10 <= at.hour <= 17 else -3.0 if at.hour < 6 else 0.0
            temp = round(19.0 + season + daytime + (3.0 if gh[4] and season < 0 else 0.0) + rng.gauss(0, 2.2), 1)
            humidity = round(min(98.0, max(35.0, 72 + rng.gauss(0, 9) - (temp - 20))), 1)
            co2 = int(rng.gauss(620 if gh[4] else 480, 70))
            moisture = None if rng.random() < 0.05 else round(rng.uniform(18, 46), 1)
            readings.append((len(readings) + 1, gh[0], at, temp, humidity, co2, moisture, temp > 29 or temp < 8))
        day += dt.timedelta(days=1)
    _insert(con, "greenhouses", GREENHOUSES)
    _insert(con, "crops", [tuple(c) for c in crops])
    _insert(con, "sensor_readings", readings)
    _insert(con, "harvests", harvests)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "carshare": build_carshare,
    "livery": build_livery,
    "studyrooms": build_studyrooms,
    "parties": build_parties,
    "greenhouse": build_greenhouse,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval112-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval112-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval112-dbs"))
