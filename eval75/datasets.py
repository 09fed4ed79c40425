"""Builders of the seventy-fifth development evaluation corpus: five DuckDB files in leisure and services domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `alpineresort.duckdb`: a ski resort's lifts, lift passes (holders with a birth date), lift rides and lessons
- `bouldergym.duckdb`: a climbing gym's members (birth date), routes with grades, ascents and classes (camelCase)
- `recyclingcentre.duckdb`: recycling sites, drop-offs by material (site link only implied), contractors, collections
- `weddingvenue.duckdb`: a wedding venue's couples, events with guest counts, suppliers and payments (deposits)
- `golfcourse.duckdb`: a golf club's members (birth year), tee times, competitions and rounds with scores

Usage:
    python eval75/datasets.py OUTDIR

Example:
    >>> from eval75.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval75-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['alpineresort.duckdb', 'bouldergym.duckdb', 'golfcourse.duckdb', 'recyclingcentre.duckdb', 'weddingvenue.duckdb']
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


FIRST = ["Agnes", "Benedikt", "Chiara", "Dorian", "Elodie", "Finn", "Greta", "Hamish", "Ilse", "Jonas", "Katja",
         "Lorenzo", "Maren", "Niamh", "Oskar", "Petra", "Rafael", "Saoirse", "Tobias", "Ursula", "Viktor", "Wanda",
         "Yusuf", "Zora", "Callum", "Imogen"]
LAST = ["Achterberg", "Brennan", "Castellano", "Dufresne", "Egger", "Falkner", "Gruber", "Hollis", "Innes",
        "Jovanovic", "Kowalczyk", "Lindqvist", "McAllister", "Nakamura", "Okafor", "Pfeiffer", "Quinlan", "Rossi",
        "Schaller", "Thorburn", "Underhill", "Vance", "Whitlock", "Zeller"]


# ------------------------------------------------------------------------------------------------ ski resort
LIFTS = [(1, "Edelweiss Express", "chairlift", 2400, 610, True, 2012),
         (2, "Gipfelbahn", "gondola", 2800, 1050, False, 2018),
         (3, "Sonnenhang", "chairlift", 1800, 420, False, 1998),
         (4, "Fuchs T-bar", "drag", 1100, 280, False, 1987),
         (5, "Kinderland Carpet", "magic carpet", 700, 12, False, 2015),
         (6, "Gletscher Chair", "chairlift", 2000, 780, True, 2021),
         (7, "Waldweg Drag", "drag", 900, 190, False, 1992),
         (8, "Panorama Six", "chairlift", 3000, 540, True, 2016)]
PASS_TYPES = {"day": 62.0, "3-day": 168.0, "week": 329.0, "season": 785.0}
SEASONS = [(dt.date(2022, 12, 10), dt.date(2023, 4, 10)), (dt.date(2023, 12, 9), dt.date(2024, 4, 14)),
           (dt.date(2024, 12, 7), dt.date(2025, 4, 13))]
INSTRUCTORS = ["Anja", "Bastian", "Clemens", "Dana", "Emil", "Franzi", "Georg"]


def build_alpineresort(path: Path | str) -> None:
    """lifts (8), lift_passes (holders with birth_date; 2022-23 to 2024-25 seasons), lift_rides (scanned_at
    TIMESTAMP), lessons (cancelled_at NULL unless cancelled)."""
    rng = random.Random(7501)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE lifts(lift_id INTEGER PRIMARY KEY, lift_name VARCHAR, lift_type VARCHAR,
        capacity_per_hour INTEGER, vertical_m INTEGER, heated_seats BOOLEAN, built_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE lift_passes(pass_id INTEGER PRIMARY KEY, holder_first_name VARCHAR,
        holder_last_name VARCHAR, holder_birth_date DATE, pass_type VARCHAR, price_eur DOUBLE, purchased_on DATE,
        valid_from DATE, valid_to DATE, bought_online BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE lift_rides(ride_id INTEGER PRIMARY KEY,
        pass_id INTEGER REFERENCES lift_passes(pass_id), lift_id INTEGER REFERENCES lifts(lift_id),
        scanned_at TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE lessons(lesson_id INTEGER PRIMARY KEY,
        pass_id INTEGER REFERENCES lift_passes(pass_id), instructor VARCHAR, discipline VARCHAR, level VARCHAR,
        lesson_date DATE, hours DOUBLE, fee_eur DOUBLE, private_lesson BOOLEAN, cancelled_at TIMESTAMP)""")
    passes = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 520), start=1):
        start, end = rng.choices(SEASONS, [30, 34, 36])[0]
        kind = rng.choices(list(PASS_TYPES), [45, 20, 22, 13])[0]
        birth = _day(rng, dt.date(1950, 1, 1), 24000)
        child = (start - birth).days < 16 * 365
        price = PASS_TYPES[kind] * (0.6 if child else 1.0) * (1.04 ** SEASONS.index((start, end)))
        if kind == "season":
            valid_from, valid_to = start, end
        else:
            valid_from = _day(rng, start, (end - start).days - 7)
            valid_to = valid_from + dt.timedelta(days={"day": 0, "3-day": 2, "week": 6}[kind])
        purchased = valid_from - dt.timedelta(days=rng.randint(0, 40))
        passes.append((pid, first, last, birth, kind, round(price, 2), purchased, valid_from, valid_to,
                       rng.random() < 0.58))
    lift_weights = [22, 18, 14, 8, 6, 10, 5, 17]
    rides = []
    for rid in range(1, 4801):
        ski_pass = rng.choice(passes)
        day = ski_pass[7] + dt.timedelta(days=rng.randint(0, (ski_pass[8] - ski_pass[7]).days))
        lift = rng.choices(LIFTS, lift_weights)[0]
        if lift[2] == "magic carpet" and (day - ski_pass[3]).days > 14 * 365 and rng.random() < 0.8:
            lift = LIFTS[0]
        moment = dt.datetime.combine(day, dt.time(rng.choices(range(8, 17), [4, 10, 14, 13, 9, 8, 10, 9, 5])[0],
                                                  rng.randrange(60), rng.randrange(60)))
        rides.append((rid, ski_pass[0], lift[0], moment))
    lessons = []
    for lid in range(1, 641):
        ski_pass = rng.choice(passes)
        day = ski_pass[7] + dt.timedelta(days=rng.randint(0, (ski_pass[8] - ski_pass[7]).days))
        private = rng.random() < 0.3
        hours = rng.choice([1.0, 2.0, 2.0, 3.0]) if private else rng.choice([2.0, 3.0, 3.0, 4.0])
        fee = hours * (85.0 if private else 32.0) * (1.05 if day.year >= 2024 else 1.0)
        cancelled = None
        if rng.random() < 0.09:
            cancelled = dt.datetime.combine(day - dt.timedelta(days=rng.randint(0, 3)),
                                            dt.time(rng.randint(7, 20), rng.randrange(60)))
        lessons.append((lid, ski_pass[0], rng.choice(INSTRUCTORS), rng.choices(["ski", "snowboard"], [72, 28])[0],
                        rng.choices(["beginner", "intermediate", "advanced"], [50, 35, 15])[0], day, hours,
                        round(fee, 2), private, cancelled))
    _insert(con, "lifts", LIFTS)
    _insert(con, "lift_passes", passes)
    _insert(con, "lift_rides", rides)
    _insert(con, "lessons", lessons)
    con.close()


# ------------------------------------------------------------------------------------------------ climbing gym
MEMBERSHIPS = {"monthly": 40, "annual": 18, "student": 22, "punch card": 20}
WALLS = ["boulder", "top rope", "lead"]
SETTERS = ["Mika", "Rowan", "Sasha", "Theo", "Jules"]
COLOURS = ["red", "blue", "green", "yellow", "black", "purple", "orange", "white"]
CLASS_TYPES = {"intro to climbing": (90, 30.0), "technique": (75, 18.0), "lead course": (180, 95.0),
               "kids club": (60, 12.0), "yoga for climbers": (60, 10.0)}


def build_bouldergym(path: Path | str) -> None:
    """members (310, birthDate; cancelledOn NULL while active), routes (gradeLabel + difficulty; strippedOn NULL
    while still up), ascents (climbedAt TIMESTAMP), classes (attended flag); camelCase columns, 2023-2024."""
    rng = random.Random(7502)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(memberId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthDate DATE, membershipType VARCHAR, joinedOn DATE, cancelledOn DATE, belayCertified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE routes(routeId INTEGER PRIMARY KEY, wallType VARCHAR, gradeLabel VARCHAR,
        difficulty INTEGER, holdColour VARCHAR, setterName VARCHAR, setOn DATE, strippedOn DATE)""")
    con.execute("""CREATE OR REPLACE TABLE ascents(ascentId INTEGER PRIMARY KEY,
        memberId INTEGER REFERENCES members(memberId), routeId INTEGER REFERENCES routes(routeId),
        climbedAt TIMESTAMP, attempts INTEGER, topped BOOLEAN, isFlash BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE classes(classId INTEGER PRIMARY KEY,
        memberId INTEGER REFERENCES members(memberId), classType VARCHAR, startsAt TIMESTAMP, durationMin INTEGER,
        priceGbp DOUBLE, attended BOOLEAN)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 310), start=1):
        kind = rng.choices(list(MEMBERSHIPS), list(MEMBERSHIPS.values()))[0]
        birth = _day(rng, dt.date(1998 if kind == "student" else 1965, 1, 1), 2900 if kind == "student" else 13500)
        joined = _day(rng, dt.date(2021, 1, 1), 1400)
        cancelled = joined + dt.timedelta(days=rng.randint(60, 900)) if rng.random() < 0.3 else None
        if cancelled is not None and cancelled > dt.date(2024, 12, 31):
            cancelled = None
        members.append((mid, first, last, birth, kind, joined, cancelled, rng.random() < 0.55))
    routes = []
    for rid in range(1, 261):
        wall = rng.choices(WALLS, [55, 25, 20])[0]
        difficulty = min(10, max(1, round(rng.gauss(4.5, 2.0))))
        label = f"V{difficulty - 1}" if wall == "boulder" else ["4", "5", "5+", "6a", "6b", "6c", "7a", "7b", "7c",
                                                                 "8a"][difficulty - 1]
        set_on = _day(rng, dt.date(2022, 11, 1), 780)
        stripped = set_on + dt.timedelta(days=rng.randint(35, 120))
        setter = rng.choices(SETTERS, [30, 25, 20, 15, 10])[0]
        routes.append((rid, wall, label, difficulty, rng.choice(COLOURS), setter, set_on,
                       stripped if stripped <= dt.date(2024, 12, 31) else None))
    keen = {m[0]: rng.uniform(0.2, 2.0) for m in members}
    ability = {m[0]: rng.randint(2, 9) for m in members}
    ascents = []
    while len(ascents) < 3600:
        day = _day(rng, dt.date(2023, 1, 1), 731)
        active = [m for m in members if m[5] <= day and (m[6] is None or m[6] > day)]
        member = rng.choices(active, [keen[m[0]] for m in active])[0]
        up = [r for r in routes if r[6] <= day and (r[7] is None or r[7] > day)]
        if not up:
            continue
        route = rng.choice(up)
        gap = route[3] - ability[member[0]]
        topped = rng.random() < (0.9 if gap <= -2 else 0.7 if gap <= 0 else 0.35 if gap <= 2 else 0.08)
        attempts = 1 if topped and rng.random() < 0.45 else rng.randint(1, 6)
        hour = rng.choices([7, 10, 12, 17, 18, 19, 20, 21], [4, 6, 6, 12, 18, 20, 14, 6])[0] if day.weekday() < 5 \
            else rng.randint(9, 19)
        ascents.append((len(ascents) + 1, member[0], route[0],
                        dt.datetime.combine(day, dt.time(hour, rng.randrange(60))), attempts, topped,
                        topped and attempts == 1))
    classes = []
    for cid in range(1, 521):
        kind = rng.choices(list(CLASS_TYPES), [30, 25, 10, 20, 15])[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        member = rng.choice(members)
        hour = 10 if kind == "kids club" and day.weekday() >= 5 else rng.choice([10, 18, 19]) \
            if kind != "kids club" else 16
        minutes, price = CLASS_TYPES[kind]
        classes.append((cid, member[0], kind, dt.datetime.combine(day, dt.time(hour, rng.choice([0, 30]))), minutes,
                        round(price * (1.1 if day.year == 2024 else 1.0), 2), rng.random() < 0.88))
    _insert(con, "members", members)
    _insert(con, "routes", routes)
    _insert(con, "ascents", ascents)
    _insert(con, "classes", classes)
    con.close()


# ------------------------------------------------------------------------------------------ recycling centre
RECYCLING_SITES = [(1, "Northgate HWRC", "north", dt.date(2004, 5, 1), True, 9),
                   (2, "Millbrook Lane", "north", dt.date(2011, 9, 12), False, 5),
                   (3, "Southmead Depot", "south", dt.date(1998, 3, 2), True, 11),
                   (4, "Harbour Road", "south", dt.date(2016, 6, 20), False, 6),
                   (5, "Eastfield Tip", "east", dt.date(2001, 1, 15), False, 7),
                   (6, "Westmoor Recycling", "west", dt.date(2019, 10, 1), True, 8)]
MATERIALS = {"garden waste": (48.0, 24), "cardboard": (9.0, 16), "glass": (12.0, 12), "wood": (35.0, 12),
             "metal": (22.0, 9), "electricals": (15.0, 8), "plastics": (6.0, 11), "textiles": (8.0, 8)}
CONTRACTORS = [(1, "GreenCycle Ltd", "garden waste", 18.5), (2, "Paperback Recovery", "cardboard", -12.0),
               (3, "ClearGlass UK", "glass", 6.0), (4, "TimberLoop", "wood", 22.0),
               (5, "Ferrous & Co", "metal", -85.0), (6, "E-Waste Solutions", "electricals", 40.0),
               (7, "PolyReclaim", "plastics", 31.0), (8, "ThreadAgain", "textiles", -45.0)]


def build_recyclingcentre(path: Path | str) -> None:
    """sites (6), drop_offs (2023-01..2025-03; site_id NOT declared as a foreign key), contractors (8),
    collections (declared FKs; collected_on NULL when the pickup was missed)."""
    rng = random.Random(7503)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE sites(site_id INTEGER PRIMARY KEY, site_name VARCHAR, region VARCHAR,
        opened_on DATE, accepts_asbestos BOOLEAN, staff_count INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE drop_offs(drop_off_id INTEGER PRIMARY KEY, site_id INTEGER,
        dropped_at TIMESTAMP, material VARCHAR, weight_kg DOUBLE, vehicle_type VARCHAR, is_resident BOOLEAN,
        charge_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE contractors(contractor_id INTEGER PRIMARY KEY, contractor_name VARCHAR,
        material VARCHAR, rate_per_tonne_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE collections(collection_id INTEGER PRIMARY KEY,
        site_id INTEGER REFERENCES sites(site_id), contractor_id INTEGER REFERENCES contractors(contractor_id),
        scheduled_date DATE, collected_on DATE, tonnes DOUBLE, contaminated BOOLEAN)""")
    site_weights = [24, 12, 26, 11, 15, 12]
    drops = []
    span = (dt.date(2025, 3, 31) - dt.date(2023, 1, 1)).days + 1
    for did in range(1, 4201):
        day = _day(rng, dt.date(2023, 1, 1), span)
        site = rng.choices(RECYCLING_SITES, site_weights)[0]
        seasonal = dict(MATERIALS)
        weights = [w * (2.2 if m == "garden waste" and day.month in (4, 5, 6, 7, 8, 9) else 1.0)
                   for m, (_, w) in seasonal.items()]
        material = rng.choices(list(MATERIALS), weights)[0]
        vehicle = rng.choices(["car", "van", "trailer"], [72, 16, 12])[0]
        weight = round(MATERIALS[material][0] * rng.uniform(0.3, 2.0) * (2.5 if vehicle != "car" else 1.0), 1)
        resident = rng.random() < 0.9
        charge = round(weight * 0.12, 2) if vehicle == "van" or not resident else 0.0
        drops.append((did, site[0], _moment(rng, day, 8, 17), material, weight, vehicle, resident, charge))
    collections = []
    for cid in range(1, 701):
        site = rng.choices(RECYCLING_SITES, site_weights)[0]
        contractor = rng.choices(CONTRACTORS, [24, 16, 12, 12, 9, 8, 11, 8])[0]
        scheduled = _day(rng, dt.date(2023, 1, 1), span)
        collected = None if rng.random() < 0.07 else scheduled + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]))
        if collected is not None and collected > dt.date(2025, 3, 31):
            collected = None
        collections.append((cid, site[0], contractor[0], scheduled, collected,
                            round(rng.uniform(1.5, 9.0), 2), rng.random() < 0.11))
    _insert(con, "sites", RECYCLING_SITES)
    _insert(con, "drop_offs", drops)
    _insert(con, "contractors", CONTRACTORS)
    _insert(con, "collections", collections)
    con.close()


# --------------------------------------------------------------------------------------------- wedding venue
SUPPLIERS = [(1, "Copper Pot Catering", "catering", True, 10.0), (2, "Harvest Table Co", "catering", True, 8.0),
             (3, "Feast & Fable", "catering", False, 0.0), (4, "Wildling Flowers", "flowers", True, 12.0),
             (5, "Petal & Stem", "flowers", False, 0.0), (6, "The Bloom Room", "flowers", True, 10.0),
             (7, "Golden Hour Photography", "photography", True, 5.0), (8, "Lens & Lace", "photography", False, 0.0),
             (9, "Swing Street Band", "music", True, 7.5), (10, "DJ Luna", "music", False, 0.0)]
SPACES = {"Great Barn": (180, 7800.0), "Orangery": (90, 5200.0), "Walled Garden": (120, 6100.0)}
EVENT_TYPES = ["wedding", "civil partnership", "vow renewal", "elopement"]


def build_weddingvenue(path: Path | str) -> None:
    """couples (lead partner's birth_year), events (2023-2025; cancelled_on NULL unless cancelled, florist_id NULL
    when the couple brought their own flowers), suppliers (10), payments (deposit / instalment / final balance)."""
    rng = random.Random(7504)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE couples(couple_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, partner_first_name VARCHAR, partner_last_name VARCHAR, birth_year INTEGER,
        enquired_on DATE, lead_source VARCHAR, budget_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE suppliers(supplier_id INTEGER PRIMARY KEY, supplier_name VARCHAR,
        category VARCHAR, preferred BOOLEAN, commission_pct DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE events(event_id INTEGER PRIMARY KEY,
        couple_id INTEGER REFERENCES couples(couple_id), event_type VARCHAR, event_date DATE, space VARCHAR,
        guest_count INTEGER, evening_guests INTEGER, package_price_gbp DOUBLE, outdoor_ceremony BOOLEAN,
        caterer_id INTEGER REFERENCES suppliers(supplier_id), florist_id INTEGER REFERENCES suppliers(supplier_id),
        cancelled_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE payments(payment_id INTEGER PRIMARY KEY,
        event_id INTEGER REFERENCES events(event_id), paid_at TIMESTAMP, amount_gbp DOUBLE, payment_type VARCHAR,
        method VARCHAR)""")
    names = _unique_names(rng, FIRST, LAST, 520)
    couples, events, payments = [], [], []
    for cid in range(1, 261):
        first, last = names[cid - 1]
        partner_first, partner_last = names[259 + cid]
        event_date = _day(rng, dt.date(2023, 3, 1), 940)
        while event_date.month in (1, 2, 12) and rng.random() < 0.7:
            event_date = _day(rng, dt.date(2023, 3, 1), 940)
        enquired = event_date - dt.timedelta(days=rng.randint(150, 720))
        source = rng.choices(["website", "wedding fair", "referral", "instagram"], [35, 20, 25, 20])[0]
        couples.append((cid, first, last, partner_first, partner_last if rng.random() < 0.6 else last,
                        rng.randint(1968, 2001), enquired, source, float(rng.randrange(12000, 45000, 500))))
        kind = rng.choices(EVENT_TYPES, [70, 12, 10, 8])[0]
        space = rng.choices(list(SPACES), [50, 25, 25])[0]
        cap, base = SPACES[space]
        guests = 12 if kind == "elopement" else rng.randint(40, cap)
        evening = 0 if kind == "elopement" else guests + rng.randint(0, 60)
        saturday = event_date.weekday() == 5
        price = round(base * (1.25 if saturday else 1.0) + guests * rng.uniform(55, 75), 2)
        cancelled = None
        if rng.random() < 0.08:
            cancelled = enquired + dt.timedelta(days=rng.randint(30, (event_date - enquired).days - 10))
        caterer = rng.choices([1, 2, 3], [45, 35, 20])[0]
        florist = None if rng.random() < 0.22 else rng.choice([4, 5, 6])
        events.append((cid, cid, kind, event_date, space, guests, evening, price,
                       space == "Walled Garden" or rng.random() < 0.2, caterer, florist, cancelled))
        deposit_day = enquired + dt.timedelta(days=rng.randint(3, 30))
        method = rng.choices(["card", "bank transfer"], [30, 70])[0]
        deposit = round(price * 0.25, 2)
        plan = [(deposit_day, deposit, "deposit")]
        if rng.random() < 0.5:
            plan.append((deposit_day + (event_date - deposit_day) / 2, round(price * 0.35, 2), "instalment"))
        paid = sum(p[1] for p in plan)
        plan.append((event_date - dt.timedelta(days=rng.randint(28, 45)), round(price - paid, 2), "final balance"))
        for day, amount, kind_ in plan:
            if cancelled is not None and day > cancelled:
                break
            if day > dt.date(2025, 9, 30):
                break
            payments.append((len(payments) + 1, cid, _moment(rng, day, 8, 21), amount, kind_,
                             method if rng.random() < 0.9 else "card"))
    _insert(con, "couples", couples)
    _insert(con, "suppliers", SUPPLIERS)
    _insert(con, "events", events)
    _insert(con, "payments", payments)
    con.close()


# ------------------------------------------------------------------------------------------------- golf club
CATEGORIES = {"full": 45, "senior": 25, "five-day": 12, "junior": 10, "social": 8}
COMPETITIONS = [("Spring Stableford", "stableford", 4, False), ("Club Championship", "medal", 7, True),
                ("Captain's Day", "stableford", 6, True), ("Monthly Medal", "medal", 1, False),
                ("Autumn Foursomes", "foursomes", 10, False), ("Seniors Cup", "stableford", 9, False)]


def build_golfcourse(path: Path | str) -> None:
    """members (240, birth_year; resigned_on NULL while still a member), tee_times (tee_off_at TIMESTAMP, no_show),
    competitions, rounds (competition_id NULL for general play; gross and net scores, putts), 2023-2024."""
    rng = random.Random(7505)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, gender VARCHAR, membership_category VARCHAR, handicap_index DOUBLE,
        joined_on DATE, resigned_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE competitions(competition_id INTEGER PRIMARY KEY,
        competition_name VARCHAR, competition_date DATE, format VARCHAR, entry_fee_gbp DOUBLE, is_major BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tee_times(tee_time_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), tee_off_at TIMESTAMP, players INTEGER, course VARCHAR,
        buggy_hired BOOLEAN, guest_fee_gbp DOUBLE, no_show BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE rounds(round_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id),
        competition_id INTEGER REFERENCES competitions(competition_id), played_on DATE, holes INTEGER,
        gross_score INTEGER, net_score INTEGER, putts INTEGER)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 240), start=1):
        category = rng.choices(list(CATEGORIES), list(CATEGORIES.values()))[0]
        born = rng.randint(2006, 2011) if category == "junior" else rng.randint(1940, 1963) \
            if category == "senior" else rng.randint(1960, 2000)
        joined = _day(rng, dt.date(2005, 1, 1), 7200)
        resigned = joined + dt.timedelta(days=rng.randint(200, 4000)) if rng.random() < 0.2 else None
        if resigned is not None and (resigned > dt.date(2024, 12, 31) or resigned < dt.date(2023, 2, 1)):
            resigned = None
        handicap = round(min(54.0, max(0.0, rng.gauss(17, 8) + (10 if category == "junior" else 0))), 1)
        members.append((mid, first, last, born, rng.choices(["male", "female"], [64, 36])[0], category, handicap,
                        joined, resigned))
    competitions = []
    for year in (2023, 2024):
        for name, fmt, month, major in COMPETITIONS:
            day = dt.date(year, month, 1) + dt.timedelta(days=rng.randint(0, 27))
            competitions.append((len(competitions) + 1, name, day, fmt, 15.0 if major else 5.0 + (year - 2023),
                                 major))
    def active(day: dt.date) -> list[tuple]:
        return [m for m in members if m[7] <= day and (m[8] is None or m[8] > day) and m[5] != "social"]

    tee_times = []
    for tid in range(1, 2201):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        while day.month in (12, 1, 2) and rng.random() < 0.5:
            day = _day(rng, dt.date(2023, 1, 1), 731)
        booker = rng.choice(active(day))
        if booker[5] == "five-day" and day.weekday() >= 5:
            day -= dt.timedelta(days=day.weekday() - 4)
        players = rng.choices([1, 2, 3, 4], [8, 30, 22, 40])[0]
        guests = rng.choices(range(players), [60] + [15] * (players - 1))[0]
        tee_times.append((tid, booker[0], dt.datetime.combine(day, dt.time(rng.randint(7, 16),
                                                                            rng.choice([0, 10, 20, 30, 40, 50]))),
                          players, rng.choices(["Championship", "Parkland 9"], [75, 25])[0], rng.random() < 0.22,
                          guests * (45.0 if day.weekday() >= 5 else 35.0), rng.random() < 0.05))
    rounds = []
    for comp in competitions:
        entrants = rng.sample(active(comp[2]), rng.randint(28, 60))
        for member in entrants:
            gross = max(66, round(72 + member[6] * rng.uniform(0.8, 1.25) + rng.gauss(0, 3)))
            rounds.append((len(rounds) + 1, member[0], comp[0], comp[2], 18, gross, round(gross - member[6]),
                           max(24, round(29 + member[6] * 0.2 + rng.gauss(0, 2.5)))))
    while len(rounds) < 2600:
        day = _day(rng, dt.date(2023, 1, 1), 731)
        member = rng.choice(active(day))
        holes = rng.choices([18, 9], [80, 20])[0]
        par = 72 if holes == 18 else 35
        factor = 1 if holes == 18 else 0.5
        gross = max(par - 5, round(par + member[6] * factor * rng.uniform(0.8, 1.3) + rng.gauss(0, 3 * factor)))
        rounds.append((len(rounds) + 1, member[0], None, day, holes, gross, round(gross - member[6] * factor),
                       max(12, round((29 + member[6] * 0.2) * factor + rng.gauss(0, 2)))))
    _insert(con, "members", members)
    _insert(con, "competitions", competitions)
    _insert(con, "tee_times", tee_times)
    _insert(con, "rounds", rounds)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "alpineresort": build_alpineresort,
    "bouldergym": build_bouldergym,
    "recyclingcentre": build_recyclingcentre,
    "weddingvenue": build_weddingvenue,
    "golfcourse": build_golfcourse,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval75-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval75-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval75-dbs"))
