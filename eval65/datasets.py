"""Builders of the sixty-fifth development evaluation corpus: five DuckDB files in sport and leisure domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `climbinggym.duckdb`: a climbing gym's members (birth date), routes with grades, ascents and visits (the visits'
  member link is only implied by its name)
- `swimcentre.duckdb`: a swimming centre's lanes, swimmers (birth year), lane-swim sessions and lessons (camelCase)
- `golf.duckdb`: a golf club's members (birth date, NULL handicap when none), courses, tee times and scored rounds
- `snowschool.duckdb`: a ski school's instructors and clients (birth year), lessons and rentals (NULL return while out)
- `yogastudio.duckdb`: a yoga studio's teachers (birth date), students (birth year), classes, class passes, bookings

Usage:
    python eval65/datasets.py OUTDIR

Example:
    >>> from eval65.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval65-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['climbinggym.duckdb', 'golf.duckdb', 'snowschool.duckdb', 'swimcentre.duckdb', 'yogastudio.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 6, last_hour: int = 19) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Abigail", "Arjun", "Beatrix", "Callum", "Daisy", "Emeka", "Freya", "Gareth", "Harriet", "Idris", "Jasmine",
         "Kieran", "Leona", "Mateo", "Niamh", "Oscar", "Poppy", "Ravi", "Saoirse", "Tobias", "Ursula", "Vikram",
         "Willa", "Xander", "Yasmin", "Zach", "Anya", "Bilal", "Cora", "Declan"]
LAST = ["Abbott", "Bhatt", "Carmichael", "Delaney", "Eastwood", "Fenwick", "Greaves", "Holloway", "Ingram", "Jenkins",
        "Kaur", "Lockhart", "McBride", "Novak", "O'Leary", "Pritchard", "Quinlan", "Radcliffe", "Sandhu", "Tennant",
        "Underwood", "Voss", "Wainwright", "Yates", "Zielinski", "Achebe"]

# -------------------------------------------------------------------------------------------- climbing gym
WALLS = ["cave", "slab", "overhang", "arete", "comp wall"]
BOULDER_GRADES = ["V0", "V1", "V2", "V3", "V4", "V5", "V6", "V7", "V8"]
ROPE_GRADES = ["5a", "5b", "5c", "6a", "6a+", "6b", "6b+", "6c", "7a", "7b"]
HOLD_COLOURS = ["red", "blue", "green", "yellow", "black", "purple", "orange", "white"]
ROUTE_A = ["Crimp", "Sloper", "Pinch", "Jug", "Dyno", "Heel", "Smear", "Gaston", "Undercut", "Mantle", "Campus",
           "Chalk", "Flag", "Drop-knee", "Crux"]
ROUTE_B = ["Shrimp", "Party", "Panic", "Express", "Dreams", "Hook", "Theory", "Attack", "Monster", "Ladder",
           "Sandwich", "Whisper", "Storm", "Circus"]
MEMBERSHIPS = {"monthly": 52.0, "annual": 45.0, "off-peak": 38.0, "student": 34.0}


def build_climbinggym(path: Path | str) -> None:
    """members (380, birth_date, cancelled_on NULL while a member), routes (set_on/stripped_on, grade), ascents
    (declared FKs), visits (member_id NOT declared), 2023-2024."""
    rng = random.Random(6501)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, membership_type VARCHAR, joined_on DATE, cancelled_on DATE,
        belay_certified BOOLEAN, monthly_fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE routes(route_id INTEGER PRIMARY KEY, route_name VARCHAR, wall VARCHAR,
        discipline VARCHAR, grade VARCHAR, hold_colour VARCHAR, set_on DATE, stripped_on DATE, comp_route BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE ascents(ascent_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), route_id INTEGER REFERENCES routes(route_id),
        climbed_at TIMESTAMP, attempts INTEGER, sent BOOLEAN, star_rating INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE visits(visit_id INTEGER PRIMARY KEY, member_id INTEGER,
        checked_in_at TIMESTAMP, checked_out_at TIMESTAMP, guests INTEGER, shoe_hire BOOLEAN, cafe_spend_gbp DOUBLE)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 380), start=1):
        kind = rng.choices(list(MEMBERSHIPS), [40, 20, 22, 18])[0]
        born = _day(rng, dt.date(2000, 1, 1), 2900) if kind == "student" else _day(rng, dt.date(1968, 1, 1), 12400)
        joined = _day(rng, dt.date(2019, 1, 1), 2150)
        cancelled = None
        if rng.random() < 0.3:
            cancelled = joined + dt.timedelta(days=rng.randint(60, 700))
            if cancelled > dt.date(2024, 12, 31):
                cancelled = None
        fee = round(MEMBERSHIPS[kind] * (1.0 if joined.year < 2024 else 1.06), 2)
        members.append((mid, first, last, born, kind, joined, cancelled, rng.random() < 0.55, fee))
    names: dict[str, None] = {}
    while len(names) < 200:
        names.setdefault(f"{rng.choice(ROUTE_A)} {rng.choice(ROUTE_B)}", None)
    routes = []
    for rid, name in enumerate(names, start=1):
        wall = rng.choices(WALLS, [22, 18, 26, 16, 18])[0]
        discipline = "boulder" if wall in ("cave", "overhang") or rng.random() < 0.3 else rng.choice(
            ["lead", "top rope"])
        grade = rng.choices(BOULDER_GRADES, [8, 12, 15, 16, 15, 13, 10, 7, 4])[0] if discipline == "boulder" else \
            rng.choices(ROPE_GRADES, [6, 9, 12, 14, 12, 12, 10, 9, 6, 4])[0]
        set_on = _day(rng, dt.date(2022, 11, 1), 780)
        stripped = set_on + dt.timedelta(days=rng.randint(35, 160))
        routes.append((rid, name, wall, discipline, grade, rng.choice(HOLD_COLOURS), set_on,
                       None if stripped > dt.date(2024, 12, 31) else stripped, wall == "comp wall" and rng.random()
                       < 0.6))
    ascents = []
    popularity = [rng.uniform(0.3, 1.0) ** 5 for _ in members]
    open_routes = [r for r in routes if (r[7] or dt.date(2024, 12, 31)) >= dt.date(2023, 1, 1)]
    for aid in range(1, 4201):
        route = rng.choice(open_routes)
        start, end = max(route[6], dt.date(2023, 1, 1)), route[7] or dt.date(2024, 12, 31)
        day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
        climber = rng.choices(members, popularity)[0]
        hard = route[4] in ("V6", "V7", "V8", "6c", "7a", "7b")
        attempts = rng.randint(1, 12 if hard else 5)
        sent = rng.random() < (0.45 if hard else 0.8)
        ascents.append((aid, climber[0], route[0], _moment(rng, day, 7, 21), attempts, sent,
                        rng.randint(1, 5) if rng.random() < 0.55 else None))
    visits = []
    for vid in range(1, 3301):
        member = rng.choices(members, popularity)[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        checked_in = _moment(rng, day, 6, 20)
        stay = rng.randint(45, 200)
        checked_out = checked_in + dt.timedelta(minutes=stay)
        visits.append((vid, member[0], checked_in, checked_out, rng.choices([0, 1, 2, 3], [70, 20, 7, 3])[0],
                       rng.random() < 0.18, round(rng.uniform(0, 14), 2) if rng.random() < 0.45 else 0.0))
    _insert(con, "members", members)
    _insert(con, "routes", routes)
    _insert(con, "ascents", ascents)
    _insert(con, "visits", visits)
    con.close()


# ------------------------------------------------------------------------------------------ swimming centre
LANES = [(1, "Main Pool", 1, "slow", 1.2, 25, False), (2, "Main Pool", 2, "slow", 1.4, 25, False),
         (3, "Main Pool", 3, "medium", 1.6, 25, False), (4, "Main Pool", 4, "medium", 1.8, 25, False),
         (5, "Main Pool", 5, "fast", 2.0, 25, False), (6, "Main Pool", 6, "fast", 2.0, 25, False),
         (7, "Learner Pool", 1, "lessons", 0.9, 13, False), (8, "Learner Pool", 2, "lessons", 0.9, 13, False),
         (9, "Lido", 1, "slow", 1.5, 50, True), (10, "Lido", 2, "medium", 1.8, 50, True),
         (11, "Lido", 3, "fast", 2.2, 50, True)]
SWIM_TYPES = {"adult": 0.0, "junior": 0.0, "senior": 0.0, "pay as you go": 5.2}
INSTRUCTORS = ["Megan", "Tomasz", "Aisha", "Rhys", "Hannah", "Kofi"]
LEVELS = ["Stage 1", "Stage 2", "Stage 3", "Stage 4", "Stage 5", "adult improver"]


def build_swimcentre(path: Path | str) -> None:
    """lanes (11), swimmers (340, birthYear, leftOn NULL while a member), sessions (2023-01..2025-03), lessons
    (declared FKs). camelCase names throughout."""
    rng = random.Random(6502)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE lanes(laneId INTEGER PRIMARY KEY, poolName VARCHAR, laneNumber INTEGER,
        speedBand VARCHAR, depthM DOUBLE, lengthM INTEGER, isOutdoor BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE swimmers(swimmerId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthYear INTEGER, gender VARCHAR, membershipType VARCHAR, joinedOn DATE, leftOn DATE,
        isClubSwimmer BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sessions(sessionId INTEGER PRIMARY KEY,
        swimmerId INTEGER REFERENCES swimmers(swimmerId), laneId INTEGER REFERENCES lanes(laneId),
        startedAt TIMESTAMP, endedAt TIMESTAMP, lengthsSwum INTEGER, feeGbp DOUBLE, usedSauna BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE lessons(lessonId INTEGER PRIMARY KEY,
        swimmerId INTEGER REFERENCES swimmers(swimmerId), laneId INTEGER REFERENCES lanes(laneId),
        instructor VARCHAR, lessonLevel VARCHAR, lessonAt TIMESTAMP, durationMin INTEGER, priceGbp DOUBLE,
        attended BOOLEAN, isPrivate BOOLEAN, passedStage BOOLEAN)""")
    swimmers = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 340), start=1):
        kind = rng.choices(list(SWIM_TYPES), [38, 22, 15, 25])[0]
        born = rng.randint(2008, 2018) if kind == "junior" else rng.randint(1945, 1962) if kind == "senior" else \
            rng.randint(1960, 2006)
        joined = _day(rng, dt.date(2018, 1, 1), 2600)
        left = None
        if rng.random() < 0.25:
            left = joined + dt.timedelta(days=rng.randint(90, 900))
            if left > dt.date(2025, 3, 31):
                left = None
        swimmers.append((sid, first, last, born, rng.choice(["F", "M"]), kind, joined, left,
                         kind == "junior" and rng.random() < 0.4 or rng.random() < 0.08))
    adults = [s for s in swimmers if s[5] != "junior"]
    juniors = [s for s in swimmers if s[5] == "junior"]
    keen = {s[0]: rng.uniform(0.2, 1.0) for s in adults}
    sessions = []
    for sid in range(1, 4101):
        swimmer = rng.choices(adults, [keen[s[0]] for s in adults])[0]
        day = _day(rng, dt.date(2023, 1, 1), 821)
        summer = day.month in (5, 6, 7, 8, 9)
        lane = rng.choices(LANES, [10, 10, 12, 12, 9, 8, 0, 0] + ([8, 8, 6] if summer else [0, 0, 0]))[0]
        started = _moment(rng, day, 6, 21)
        minutes = rng.randint(20, 75)
        pace = {"slow": 1.6, "medium": 1.15, "fast": 0.85}[lane[3]] * (lane[5] / 25) * rng.uniform(0.85, 1.2)
        fee = SWIM_TYPES[swimmer[5]] * (1.0 if day.year == 2023 else 1.05 if day.year == 2024 else 1.1)
        sessions.append((sid, swimmer[0], lane[0], started, started + dt.timedelta(minutes=minutes),
                         max(4, int(minutes / pace)), round(fee * (1.3 if lane[6] else 1.0), 2),
                         rng.random() < 0.2))
    lessons = []
    for lid in range(1, 1901):
        junior = rng.random() < 0.85
        swimmer = rng.choice(juniors if junior else adults)
        level = rng.choice(LEVELS[:5]) if junior else "adult improver"
        private = rng.random() < 0.15
        day = _day(rng, dt.date(2023, 1, 1), 821)
        lesson_at = dt.datetime.combine(day, dt.time(rng.choice([9, 10, 16, 17, 18]), rng.choice([0, 30])))
        minutes = 45 if private or level == "adult improver" else 30
        attended = rng.random() < 0.88
        lessons.append((lid, swimmer[0], rng.choice([7, 8]) if junior else rng.choice([1, 2, 7, 8]),
                        rng.choices(INSTRUCTORS, [24, 20, 18, 14, 12, 9])[0], level, lesson_at, minutes,
                        round((28.0 if private else 9.5) * (1.04 if day.year >= 2024 else 1.0) *
                              (1.5 if minutes == 45 and not private else 1.0), 2),
                        attended, private, attended and rng.random() < 0.08))
    _insert(con, "lanes", LANES)
    _insert(con, "swimmers", swimmers)
    _insert(con, "sessions", sessions)
    _insert(con, "lessons", lessons)
    con.close()


# ------------------------------------------------------------------------------------------------- golf club
COURSES = [(1, "Old Course", 18, 72, 6712, 132, 1921), (2, "Heath Course", 18, 70, 6105, 124, 1974),
           (3, "Academy Nine", 9, 31, 2140, 108, 2016)]
GOLF_CATEGORIES = {"full": 1450.0, "five-day": 1100.0, "junior": 260.0, "senior": 1180.0, "country": 720.0}
GUEST_FEE = {1: 65.0, 2: 45.0, 3: 20.0}


def build_golf(path: Path | str) -> None:
    """members (300, birth_date, handicap_index NULL without an official handicap), courses (3), tee_times
    (status played/cancelled/no-show), rounds (gross_score NULL for no return), 2023-2024."""
    rng = random.Random(6503)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, gender VARCHAR, category VARCHAR, joined_on DATE, handicap_index DOUBLE,
        annual_fee_gbp DOUBLE, has_locker BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE courses(course_id INTEGER PRIMARY KEY, course_name VARCHAR,
        holes INTEGER, par INTEGER, yardage INTEGER, slope_rating INTEGER, opened_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE tee_times(tee_time_id INTEGER PRIMARY KEY,
        course_id INTEGER REFERENCES courses(course_id), member_id INTEGER REFERENCES members(member_id),
        tee_off_at TIMESTAMP, players INTEGER, guests INTEGER, guest_fees_gbp DOUBLE, buggy_hire BOOLEAN,
        booked_online BOOLEAN, status VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE rounds(round_id INTEGER PRIMARY KEY,
        tee_time_id INTEGER REFERENCES tee_times(tee_time_id), member_id INTEGER REFERENCES members(member_id),
        course_id INTEGER REFERENCES courses(course_id), played_on DATE, gross_score INTEGER,
        playing_handicap INTEGER, putts INTEGER, competition BOOLEAN)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 300), start=1):
        category = rng.choices(list(GOLF_CATEGORIES), [40, 18, 10, 22, 10])[0]
        born = _day(rng, dt.date(2006, 1, 1), 2500) if category == "junior" else \
            _day(rng, dt.date(1940, 1, 1), 7300) if category == "senior" else _day(rng, dt.date(1958, 1, 1), 15000)
        handicap = None if rng.random() < 0.12 else round(rng.uniform(0.5, 36.0) if category != "junior" else
                                                         rng.uniform(6.0, 54.0), 1)
        members.append((mid, first, last, born, rng.choices(["M", "F"], [68, 32])[0], category,
                        _day(rng, dt.date(1995, 1, 1), 10500), handicap,
                        round(GOLF_CATEGORIES[category] * rng.choice([1.0, 1.0, 1.0, 0.9]), 2), rng.random() < 0.4))
    keen = [rng.uniform(0.2, 1.0) ** 4.5 for _ in members]
    tee_times, rounds = [], []
    used: set[tuple[int, dt.datetime]] = set()
    for tid in range(1, 2801):
        course = rng.choices(COURSES, [45, 38, 17])[0]
        while True:
            day = _day(rng, dt.date(2023, 1, 1), 731)
            summer = day.month in (4, 5, 6, 7, 8, 9)
            if summer or rng.random() < 0.55:
                break
        first_slot = 7 * 6 if summer else 8 * 6
        last_slot = 17 * 6 if summer else 14 * 6
        slot = rng.randint(first_slot, last_slot)
        tee_off = dt.datetime.combine(day, dt.time(slot // 6, slot % 6 * 10))
        if (course[0], tee_off) in used:
            tee_off += dt.timedelta(minutes=5)
        used.add((course[0], tee_off))
        booker = rng.choices(members, keen)[0]
        players = rng.choices([1, 2, 3, 4], [10, 30, 20, 40])[0]
        guests = min(players - 1, rng.choices([0, 1, 2], [70, 22, 8])[0])
        status = rng.choices(["played", "cancelled", "no-show"], [85, 11, 4])[0]
        fee = GUEST_FEE[course[0]] * (0.8 if tee_off.weekday() < 5 else 1.0) * (1.05 if day.year == 2024 else 1.0)
        tee_times.append((tid, course[0], booker[0], tee_off, players, guests,
                          0.0 if status == "cancelled" else round(guests * fee, 2),
                          rng.random() < 0.3, rng.random() < 0.65, status))
        if status != "played":
            continue
        group = [booker] + rng.sample([m for m in members if m is not booker], players - guests - 1)
        for m in group:
            competition = tee_off.weekday() in (5, 6) and rng.random() < 0.35
            index = m[7] if m[7] is not None else rng.uniform(18, 40)
            playing = round(index * course[5] / 113 * (0.5 if course[2] == 9 else 1.0))
            no_return = rng.random() < 0.06
            gross = course[3] + playing + rng.randint(-5, 9)
            rounds.append((len(rounds) + 1, tid, m[0], course[0], day, None if no_return else gross, playing,
                           None if no_return else round(course[2] * rng.uniform(1.6, 2.2)), competition))
    _insert(con, "members", members)
    _insert(con, "courses", COURSES)
    _insert(con, "tee_times", tee_times)
    _insert(con, "rounds", rounds)
    con.close()


# ------------------------------------------------------------------------------------------------ ski school
SEASONS = [(dt.date(2023, 1, 2), dt.date(2023, 4, 16)), (dt.date(2023, 12, 9), dt.date(2024, 4, 21)),
           (dt.date(2024, 12, 7), dt.date(2025, 3, 16))]
LESSON_TYPES = {"private": 95.0, "group": 42.0, "kids club": 55.0, "off-piste": 140.0}
MEETING_POINTS = ["Village", "Mid-station", "Glacier"]
RENTAL_ITEMS = {"skis": 28.0, "snowboard": 26.0, "boots": 14.0, "helmet": 6.0, "poles": 4.0}
COUNTRIES = ["UK", "France", "Germany", "Netherlands", "Belgium", "USA"]


def _season_day(rng: random.Random) -> dt.date:
    """A random day inside one of the three winter seasons (weighted by season length)."""
    start, end = rng.choices(SEASONS, [104, 134, 99])[0]
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def build_snowschool(path: Path | str) -> None:
    """instructors (26, birth_year), clients (560, birth_year), lessons (winters 2023-2025), rentals (returned_at
    NULL while out), declared FKs."""
    rng = random.Random(6504)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE instructors(instructor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, discipline VARCHAR, qualification VARCHAR, home_country VARCHAR,
        hired_on DATE, day_rate_eur DOUBLE, full_season BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, country VARCHAR, ability VARCHAR, registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE lessons(lesson_id INTEGER PRIMARY KEY,
        instructor_id INTEGER REFERENCES instructors(instructor_id), client_id INTEGER REFERENCES clients(client_id),
        starts_at TIMESTAMP, duration_hours INTEGER, lesson_type VARCHAR, group_size INTEGER, price_eur DOUBLE,
        meeting_point VARCHAR, weather_cancelled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE rentals(rental_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), item VARCHAR, picked_up_at TIMESTAMP, returned_at TIMESTAMP,
        days_booked INTEGER, daily_rate_eur DOUBLE, damage_waiver BOOLEAN, damaged BOOLEAN)""")
    instructors = []
    for iid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 26), start=1):
        qual = rng.choices(["level 1", "level 2", "level 3", "level 4"], [25, 35, 25, 15])[0]
        instructors.append((iid, first, last, rng.randint(1965, 2003), "snowboard" if iid % 4 == 0 else "ski", qual,
                            rng.choices(["France", "UK", "Austria", "Switzerland", "Italy"], [40, 25, 15, 10, 10])[0],
                            _day(rng, dt.date(2010, 6, 1), 4900),
                            float(120 + 35 * int(qual[-1]) + rng.randint(0, 30)), rng.random() < 0.6))
    clients = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 560), start=1):
        child = rng.random() < 0.3
        clients.append((cid, first, last, rng.randint(2009, 2019) if child else rng.randint(1955, 2004),
                        rng.choices(COUNTRIES, [40, 15, 12, 15, 8, 10])[0],
                        rng.choices(["beginner", "intermediate", "advanced"], [45, 38, 17])[0],
                        _day(rng, dt.date(2021, 11, 1), 1200)))
    lessons = []
    for lid in range(1, 2601):
        client = rng.choice(clients)
        child = client[3] >= 2009
        kind = rng.choices(list(LESSON_TYPES), [30, 40, 30 if child else 0, 0 if child else 8])[0]
        pool = [i for i in instructors if (i[4] == "snowboard") == (rng.random() < 0.2)] or instructors
        if kind == "off-piste":
            pool = [i for i in instructors if i[5] in ("level 3", "level 4")]
        instructor = rng.choice(pool)
        day = _season_day(rng)
        hours = 3 if kind in ("group", "kids club") else rng.choice([1, 2, 3])
        size = rng.randint(4, 10) if kind in ("group", "kids club") else rng.choice([1, 1, 2])
        price = LESSON_TYPES[kind] * (hours if kind in ("private", "off-piste") else 1) * \
            (1.0 + 0.04 * (day.year - 2023))
        lessons.append((lid, instructor[0], client[0],
                        dt.datetime.combine(day, dt.time(rng.choice([9, 9, 10, 13, 14]), rng.choice([0, 0, 30]))),
                        hours, kind, size, round(price * rng.uniform(0.97, 1.03), 2), rng.choice(MEETING_POINTS),
                        rng.random() < 0.05))
    rentals = []
    for rid in range(1, 2201):
        client = rng.choice(clients)
        item = rng.choices(list(RENTAL_ITEMS), [30, 12, 30, 20, 8])[0]
        day = _season_day(rng)
        picked = _moment(rng, day, 8, 17)
        days = rng.choice([1, 2, 3, 5, 6, 6, 7])
        returned = picked + dt.timedelta(days=days, hours=rng.randint(-5, 20))
        if returned > dt.datetime(2025, 3, 16, 18, 0) or rng.random() < 0.01:
            returned = None
        rentals.append((rid, client[0], item, picked, returned, days,
                        round(RENTAL_ITEMS[item] * (1.0 + 0.05 * (day.year - 2023)), 2), rng.random() < 0.4,
                        rng.random() < 0.04))
    _insert(con, "instructors", instructors)
    _insert(con, "clients", clients)
    _insert(con, "lessons", lessons)
    _insert(con, "rentals", rentals)
    con.close()


# ---------------------------------------------------------------------------------------------- yoga studio
STYLES = ["vinyasa", "hatha", "yin", "hot yoga", "ashtanga", "restorative"]
ROOMS = {"Studio A": 24, "Studio B": 16, "Garden Room": 12}
PASSES = {"drop-in": (1, 14.0, 1), "5-class": (5, 60.0, 60), "10-class": (10, 110.0, 90),
          "monthly unlimited": (None, 95.0, 30)}
SOURCES = ["instagram", "friend", "walk-in", "google", "flyer"]


def build_yogastudio(path: Path | str) -> None:
    """teachers (11, birth_date), students (450, birth_year), classes (2023-2024, cancelled flag), class_passes
    (classes_included NULL when unlimited), bookings (cancelled_at NULL unless cancelled), declared FKs."""
    rng = random.Random(6505)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE teachers(teacher_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, specialty VARCHAR, started_on DATE, rate_per_class_gbp DOUBLE,
        certified_500h BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE students(student_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, signed_up_on DATE, referral_source VARCHAR, newsletter BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE classes(class_id INTEGER PRIMARY KEY,
        teacher_id INTEGER REFERENCES teachers(teacher_id), style VARCHAR, room VARCHAR, starts_at TIMESTAMP,
        duration_min INTEGER, capacity INTEGER, livestreamed BOOLEAN, cancelled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE class_passes(pass_id INTEGER PRIMARY KEY,
        student_id INTEGER REFERENCES students(student_id), pass_type VARCHAR, purchased_on DATE, expires_on DATE,
        price_gbp DOUBLE, classes_included INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        class_id INTEGER REFERENCES classes(class_id), student_id INTEGER REFERENCES students(student_id),
        pass_id INTEGER REFERENCES class_passes(pass_id), booked_at TIMESTAMP, cancelled_at TIMESTAMP,
        attended BOOLEAN, mat_hire BOOLEAN)""")
    teachers = []
    for tid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 11), start=1):
        teachers.append((tid, first, last, _day(rng, dt.date(1970, 1, 1), 10500), STYLES[(tid - 1) % 6],
                         _day(rng, dt.date(2015, 1, 1), 2900), float(rng.randint(32, 58)), rng.random() < 0.45))
    students = [(sid, first, last, rng.randint(1952, 2005), _day(rng, dt.date(2021, 1, 1), 1400),
                 rng.choices(SOURCES, [30, 28, 12, 20, 10])[0], rng.random() < 0.5)
                for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 450), start=1)]
    classes = []
    day = dt.date(2023, 1, 1)
    while day <= dt.date(2024, 12, 31):
        for hour in sorted(rng.sample([7, 9, 12, 17, 18, 19, 20], rng.choice([1, 2, 2, 3]))):
            teacher = rng.choice(teachers)
            style = teacher[4] if rng.random() < 0.6 else rng.choice(STYLES)
            room = "Studio B" if style == "hot yoga" else rng.choices(list(ROOMS), [50, 30, 20])[0]
            starts = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 0, 15, 30])))
            classes.append((len(classes) + 1, teacher[0], style, room, starts,
                            rng.choice([45, 60, 60, 75, 90]) if style != "yin" else rng.choice([60, 75]),
                            ROOMS[room], rng.random() < 0.2, rng.random() < 0.03))
        day += dt.timedelta(days=1)
    by_day: dict[dt.date, list[tuple]] = {}
    for c in classes:
        by_day.setdefault(c[4].date(), []).append(c)
    passes, bookings = [], []
    fans = [rng.uniform(0.2, 1.0) ** 5 for _ in students]
    for pid in range(1, 1151):
        student = rng.choices(students, fans)[0]
        kind = rng.choices(list(PASSES), [30, 25, 25, 20])[0]
        included, price, valid = PASSES[kind]
        bought = _day(rng, dt.date(2023, 1, 1), 725)
        price = round(price * (1.08 if bought.year == 2024 else 1.0), 2)
        expires = bought + dt.timedelta(days=valid - 1)
        passes.append((pid, student[0], kind, bought, expires, price, included))
        uses = included if included is not None else rng.randint(4, 14)
        uses = uses if kind == "drop-in" else max(1, uses - rng.choice([0, 0, 1, 2]))
        for _ in range(uses):
            when = bought if kind == "drop-in" else bought + dt.timedelta(days=rng.randint(0, valid - 1))
            options = by_day.get(when) or by_day.get(bought) or classes[:1]
            cls = rng.choice(options)
            booked = cls[4] - dt.timedelta(minutes=rng.randint(20, 60 * 24 * 4))
            cancelled = cls[8] or rng.random() < 0.07
            cancelled_at = None
            if cancelled:
                cancelled_at = booked + (cls[4] - booked) * rng.uniform(0.2, 0.95)
                cancelled_at = cancelled_at.replace(microsecond=0, second=0)
            bookings.append((len(bookings) + 1, cls[0], student[0], pid, booked, cancelled_at,
                             not cancelled and rng.random() < 0.93, rng.random() < 0.15))
    _insert(con, "teachers", teachers)
    _insert(con, "students", students)
    _insert(con, "classes", classes)
    _insert(con, "class_passes", passes)
    _insert(con, "bookings", bookings)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "climbinggym": build_climbinggym,
    "swimcentre": build_swimcentre,
    "golf": build_golf,
    "snowschool": build_snowschool,
    "yogastudio": build_yogastudio,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval65-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval65-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval65-dbs"))
