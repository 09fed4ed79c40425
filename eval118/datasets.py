"""Builders of the hundred-and-eighteenth development evaluation corpus: five DuckDB files in five leisure and
service domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `derby.duckdb`: a roller derby league's teams, skaters (birth date, position), bouts (scores, attendance) and
  penalties
- `radio.duckdb`: a community radio station's presenters (birth year), shows, broadcasts (start/end timestamps)
  and listener calls (`listener_calls.broadcast_id` is only implied by its name, not declared)
- `sailing.duckdb`: a sailing school's instructors, students (birth date), courses (levels) and boat bookings
  (`course_id` NULL for a private hire)
- `petsitting.duckdb`: a pet-sitting app's sitters, pet owners, sits (start/end dates, prices) and reviews
  (camelCase columns)
- `coworking.duckdb`: a coworking space's members (birth year, plan), spaces (desks and rooms), bookings (hours)
  and invoices (`invoices.member_id` is only implied by its name, not declared)

Usage:
    python eval118/datasets.py OUTDIR

Example:
    >>> from eval118.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval118-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['coworking.duckdb', 'derby.duckdb', 'petsitting.duckdb', 'radio.duckdb', 'sailing.duckdb']
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


FIRST = ["Abena", "Bruno", "Carys", "Dmitri", "Esme", "Finlay", "Gwen", "Hector", "Ines", "Jonah", "Kezia", "Leon",
         "Mirela", "Nico", "Orla", "Pavel", "Quinn", "Rosa", "Soren", "Tamsin", "Ugo", "Verity", "Wren", "Xavier",
         "Yara", "Zeke"]
LAST = ["Abernethy", "Baptiste", "Crowther", "Dunmore", "Eriksen", "Fairweather", "Goldberg", "Holloway", "Ibsen",
        "Jardine", "Kaur", "Lindgren", "Mbeki", "Novak", "Ortega", "Penhaligon", "Quayle", "Rutherford", "Szabo",
        "Tregarthen", "Umeh", "Vasquez", "Winterbottom", "Yilmaz"]

# ------------------------------------------------------------------------------------------------- roller derby
TEAMS = [(1, "Steel City Rollers", "Sheffield", 2009, True),
         (2, "Harbour Hellcats", "Bristol", 2011, True),
         (3, "Moorland Maulers", "Halifax", 2014, False),
         (4, "Riverside Riot", "Nottingham", 2010, True),
         (5, "Granite Grrrls", "Aberdeen", 2012, False),
         (6, "Canal Street Crushers", "Manchester", 2008, True),
         (7, "Fenland Furies", "Cambridge", 2016, False),
         (8, "Valley Vixens", "Cardiff", 2013, False)]
PENALTY_TYPES = {"back block": 9, "low block": 8, "high block": 7, "forearms": 10, "illegal procedure": 5,
                 "cutting": 6, "direction": 3, "multiplayer": 4}
DERBY_FIRST = ["Anne", "Bruise", "Crash", "Dee", "Elle", "Fury", "Gore", "Hurt", "Iron", "Jam", "Knock", "Lethal",
               "Mad", "Nitro"]
DERBY_LAST = ["Archy", "Lee", "Bandit", "Struction", "Bow", "Road", "Geous", "Locker", "Maiden", "Slam", "Turnal",
              "Lottie", "Maxine", "Nell", "Coaster", "Fright", "Violet", "Machina"]


def build_derby(path: Path | str) -> None:
    """teams (8), skaters (112, birth_date, position, retired_on NULL while skating), bouts (2023-2024, home/away
    scores, attendance, ticket price), penalties (type, period, jam)."""
    rng = random.Random(11801)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE teams(team_id INTEGER PRIMARY KEY, team_name VARCHAR, city VARCHAR,
        founded_year INTEGER, wftda_member BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE skaters(skater_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, derby_name VARCHAR, birth_date DATE, team_id INTEGER REFERENCES teams(team_id),
        position VARCHAR, jersey_number VARCHAR, joined_on DATE, retired_on DATE, is_captain BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bouts(bout_id INTEGER PRIMARY KEY,
        home_team_id INTEGER REFERENCES teams(team_id), away_team_id INTEGER REFERENCES teams(team_id),
        bout_start TIMESTAMP, home_score INTEGER, away_score INTEGER, attendance INTEGER, ticket_price_gbp DOUBLE,
        is_playoff BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE penalties(penalty_id INTEGER PRIMARY KEY,
        bout_id INTEGER REFERENCES bouts(bout_id), skater_id INTEGER REFERENCES skaters(skater_id),
        penalty_type VARCHAR, period INTEGER, jam_number INTEGER, expulsion BOOLEAN)""")
    names = _unique_names(rng, FIRST, LAST, 112)
    nicks = _unique_names(rng, DERBY_FIRST, DERBY_LAST, 112)
    skaters, sid = [], 0
    strength = {t[0]: rng.uniform(0.8, 1.25) for t in TEAMS}
    for team in TEAMS:
        captain = rng.randrange(14)
        for k in range(14):
            sid += 1
            first, last = names[sid - 1]
            born = _day(rng, dt.date(1978, 1, 1), 9500)
            position = "jammer" if k < 4 else "pivot" if k < 7 else "blocker"
            since = dt.date(max(team[3], 2012), 1, 1)
            joined = _day(rng, since, (dt.date(2024, 3, 1) - since).days)
            retired = None
            if rng.random() < 0.2:
                retired = max(joined + dt.timedelta(days=200), _day(rng, dt.date(2023, 3, 1), 640))
                if retired > dt.date(2024, 12, 31):
                    retired = None
            nick = " ".join(nicks[sid - 1])
            skaters.append((sid, first, last, nick, born, team[0], position, str(rng.randint(1, 999)), joined,
                            retired, k == captain))
    bouts, bid = [], 0
    day = dt.date(2023, 1, 7)
    while day <= dt.date(2024, 12, 31):
        if day.month not in (8, 12) or day.day < 15:
            for _ in range(rng.choice([1, 2, 2])):
                bid += 1
                home, away = rng.sample([t[0] for t in TEAMS], 2)
                hour, minute = rng.choice([(13, 0), (15, 30), (17, 0), (18, 30), (19, 0)])
                start = dt.datetime.combine(day + dt.timedelta(days=rng.choice([0, 0, 0, 1])), dt.time(hour, minute))
                playoff = day.month in (10, 11) and rng.random() < 0.5
                base = rng.randint(120, 230)
                hs = max(40, int(base * strength[home] * rng.uniform(0.75, 1.25)) + 8)
                as_ = max(40, int(base * strength[away] * rng.uniform(0.75, 1.25)))
                if hs == as_:
                    hs += 1
                attendance = int(rng.randint(180, 650) * (1.5 if playoff else 1.0))
                price = rng.choice([8.0, 10.0, 12.0]) + (4.0 if playoff else 0.0) + (1.0 if day.year == 2024 else 0.0)
                bouts.append((bid, home, away, start, hs, as_, attendance, price, playoff))
        day += dt.timedelta(days=7)
    penalties, pid = [], 0
    by_team = {t[0]: [s for s in skaters if s[5] == t[0]] for t in TEAMS}
    for b in bouts:
        when = b[3].date()
        for team in (b[1], b[2]):
            roster = [s for s in by_team[team] if s[8] <= when and (s[9] is None or s[9] > when)]
            for _ in range(rng.randint(8, 22)):
                pid += 1
                s = rng.choices(roster, [3 if s[6] == "blocker" else 2 if s[6] == "pivot" else 1 for s in roster])[0]
                ptype = rng.choices(list(PENALTY_TYPES), list(PENALTY_TYPES.values()))[0]
                period = rng.choice([1, 2])
                penalties.append((pid, b[0], s[0], ptype, period, rng.randint(1, 24),
                                  ptype in ("high block", "forearms", "multiplayer") and rng.random() < 0.025))
    _insert(con, "teams", TEAMS)
    _insert(con, "skaters", skaters)
    _insert(con, "bouts", bouts)
    _insert(con, "penalties", penalties)
    con.close()


# ------------------------------------------------------------------------------------------------- community radio
SHOWS = [("Morning Brew", "talk", "breakfast", 1), ("Dawn Chorus", "folk", "breakfast", 2),
         ("Local Matters", "news", "daytime", 3), ("Blue Note Hour", "jazz", "evening", 4),
         ("Bassline Sessions", "electronic", "late night", 5), ("Folk at the Fox", "folk", "evening", 6),
         ("Town Hall Live", "news", "drivetime", 7), ("Terrace Talk", "sport", "drivetime", 8),
         ("Midnight Modular", "electronic", "late night", 9), ("Swing Shift", "jazz", "daytime", 10),
         ("Kitchen Table", "talk", "daytime", 11), ("Final Whistle", "sport", "evening", 12),
         ("Roots and Shoots", "folk", "daytime", 13), ("Deep Cuts", "electronic", "late night", 14),
         ("Evening Edition", "news", "drivetime", 15), ("Sunday Supplement", "talk", "breakfast", 16),
         ("Cool Jazz Corner", "jazz", "late night", 4), ("Matchday Preview", "sport", "breakfast", 8),
         ("Open Mic Night", "talk", "evening", 17), ("Warehouse Tapes", "electronic", "evening", 18)]
SLOT_HOURS = {"breakfast": (7, 2.0), "daytime": (11, 2.0), "drivetime": (16, 2.0), "evening": (19, 2.0),
              "late night": (22, 2.0)}
CALL_TYPES = {"song request": 12, "competition entry": 7, "complaint": 2, "feedback": 6, "traffic report": 3}
TOWNS = ["Hebden Bridge", "Todmorden", "Mytholmroyd", "Halifax", "Sowerby Bridge"]


def build_radio(path: Path | str) -> None:
    """presenters (18, birth_year, is_volunteer, left_on NULL while presenting), shows (20, genre, time slot),
    broadcasts (2023-01 to 2025-02, started_at/ended_at TIMESTAMP, live or pre-recorded, sponsor fee NULL when
    unsponsored), listener_calls (broadcast_id not declared as a foreign key)."""
    rng = random.Random(11802)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE presenters(presenter_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, is_volunteer BOOLEAN, joined_on DATE, left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE shows(show_id INTEGER PRIMARY KEY, show_title VARCHAR, genre VARCHAR,
        time_slot VARCHAR, presenter_id INTEGER REFERENCES presenters(presenter_id), weekday_name VARCHAR,
        launched_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE broadcasts(broadcast_id INTEGER PRIMARY KEY,
        show_id INTEGER REFERENCES shows(show_id), started_at TIMESTAMP, ended_at TIMESTAMP, is_live BOOLEAN,
        peak_listeners INTEGER, sponsor_fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE listener_calls(call_id INTEGER PRIMARY KEY, broadcast_id INTEGER,
        called_at TIMESTAMP, caller_town VARCHAR, call_type VARCHAR, put_on_air BOOLEAN, call_seconds INTEGER)""")
    names = _unique_names(rng, FIRST, LAST, 18)
    presenters = []
    for i, (first, last) in enumerate(names, start=1):
        left = None
        if i in (2, 9, 13):
            left = dt.date(2024, [3, 6, 9][(2, 9, 13).index(i)], 28)
        presenters.append((i, first, last, rng.randint(1950, 2001), i not in (1, 3, 7, 15), _day(
            rng, dt.date(2008, 1, 1), 5000), left))
    weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    shows = []
    for sid, (title, genre, slot, pres) in enumerate(SHOWS, start=1):
        wd = weekdays[(sid * 3) % 7] if title != "Sunday Supplement" else "Sunday"
        shows.append((sid, title, genre, slot, pres, wd, _day(rng, dt.date(2010, 1, 1), 4500)))
    broadcasts, calls, bid, cid = [], [], 0, 0
    start_day, end_day = dt.date(2023, 1, 2), dt.date(2025, 2, 28)
    for show in shows:
        pres = presenters[show[4] - 1]
        day = start_day + dt.timedelta(days=(weekdays.index(show[5]) - start_day.weekday()) % 7)
        popularity = rng.uniform(0.6, 1.6)
        while day <= end_day:
            if pres[6] is not None and day > pres[6]:
                break
            if rng.random() < 0.08:
                day += dt.timedelta(days=7)
                continue
            bid += 1
            hour, length = SLOT_HOURS[show[3]]
            began = dt.datetime.combine(day, dt.time(hour, 0)) + dt.timedelta(minutes=rng.choice([0, 0, 0, 1, 2]))
            minutes = int(length * 60) + rng.choice([-5, 0, 0, 0, 3, 10, 15])
            live = rng.random() < (0.9 if show[2] in ("news", "sport", "talk") else 0.55)
            listeners = int(rng.randint(60, 420) * popularity * (1.4 if show[3] == "breakfast" else 1.0))
            fee = float(rng.choice([50, 75, 100, 150])) if rng.random() < (0.35 if show[2] != "news" else 0.1) else None
            broadcasts.append((bid, show[0], began, began + dt.timedelta(minutes=minutes), live, listeners, fee))
            for _ in range(rng.choices([0, 1, 2, 3, 4, 6], [8, 10, 9, 6, 3, 1])[0] if live else 0):
                cid += 1
                ctype = rng.choices(list(CALL_TYPES), list(CALL_TYPES.values()))[0]
                if show[2] == "sport" and rng.random() < 0.3:
                    ctype = "feedback"
                at = began + dt.timedelta(minutes=rng.randrange(minutes))
                calls.append((cid, bid, at, rng.choices(TOWNS, [6, 4, 2, 5, 3])[0], ctype,
                              rng.random() < (0.5 if ctype != "complaint" else 0.1), rng.randint(20, 420)))
            day += dt.timedelta(days=7)
    _insert(con, "presenters", presenters)
    _insert(con, "shows", shows)
    _insert(con, "broadcasts", broadcasts)
    _insert(con, "listener_calls", calls)
    con.close()


# ------------------------------------------------------------------------------------------------- sailing school
COURSE_TYPES = [("Start Sailing", "beginner", 2, 220.0), ("Basic Skills", "beginner", 2, 240.0),
                ("Better Sailing", "improver", 2, 260.0), ("Day Skipper Practical", "intermediate", 5, 690.0),
                ("Seamanship Skills", "intermediate", 2, 280.0), ("Performance Racing", "advanced", 3, 390.0),
                ("Catamaran Sailing", "advanced", 2, 310.0)]
BOAT_CLASSES = {"Topper": (4, 30.0), "Laser": (5, 40.0), "RS Quest": (4, 45.0), "Wayfarer": (3, 50.0),
                "Hobie 16": (2, 65.0)}


def build_sailing(path: Path | str) -> None:
    """instructors (12, birth_date, day rate), students (320, birth_date, certified_on NULL until certified),
    courses (2023-2024 season, level beginner/improver/intermediate/advanced, price), boat_bookings (course_id NULL
    for a private hire, booked_from/booked_until TIMESTAMP, hire_fee_gbp, cancelled)."""
    rng = random.Random(11803)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE instructors(instructor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, qualification VARCHAR, day_rate_gbp DOUBLE, is_freelance BOOLEAN,
        started_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE students(student_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, home_town VARCHAR, club_member BOOLEAN, registered_on DATE,
        certified_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE courses(course_id INTEGER PRIMARY KEY, course_name VARCHAR,
        level VARCHAR, instructor_id INTEGER REFERENCES instructors(instructor_id), start_date DATE, end_date DATE,
        price_gbp DOUBLE, max_places INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE boat_bookings(booking_id INTEGER PRIMARY KEY,
        student_id INTEGER REFERENCES students(student_id), course_id INTEGER REFERENCES courses(course_id),
        boat_class VARCHAR, booked_from TIMESTAMP, booked_until TIMESTAMP, hire_fee_gbp DOUBLE, cancelled BOOLEAN)""")
    names = _unique_names(rng, FIRST, LAST, 332)
    quals = ["senior instructor", "dinghy instructor", "dinghy instructor", "keelboat instructor",
             "dinghy instructor", "senior instructor", "keelboat instructor", "dinghy instructor",
             "dinghy instructor", "senior instructor", "dinghy instructor", "keelboat instructor"]
    instructors = []
    for i in range(1, 13):
        q = quals[i - 1]
        rate = {"dinghy instructor": 140.0, "keelboat instructor": 175.0, "senior instructor": 190.0}[q]
        instructors.append((i, *names[i - 1], _day(rng, dt.date(1965, 1, 1), 12000), q, rate + rng.choice([0, 5, 10]),
                            rng.random() < 0.4, _day(rng, dt.date(2010, 1, 1), 4700)))
    towns = ["Falmouth", "Truro", "Penryn", "St Mawes", "Helston"]
    students = []
    for i in range(1, 321):
        born = _day(rng, dt.date(1955, 1, 1), 19000) if rng.random() < 0.75 else _day(rng, dt.date(2008, 1, 1), 2500)
        reg = _day(rng, dt.date(2021, 1, 1), 1400)
        students.append([i, *names[11 + i], born, rng.choices(towns, [6, 4, 3, 2, 2])[0], rng.random() < 0.35, reg,
                         None])
    courses, cid = [], 0
    for year in (2023, 2024):
        day = dt.date(year, 4, 1)
        while day <= dt.date(year, 10, 20):
            ctype = rng.choice(COURSE_TYPES)
            first = day + dt.timedelta(days=(5 - day.weekday()) % 7 if ctype[2] <= 3 else (0 - day.weekday()) % 7)
            cid += 1
            if ctype[1] == "intermediate" and ctype[2] == 5 or ctype[0] == "Catamaran Sailing":
                inst = rng.choice([i for i in instructors if i[4] != "dinghy instructor"])
            else:
                inst = rng.choice(instructors)
            price = ctype[3] + (15.0 if year == 2024 else 0.0)
            courses.append((cid, ctype[0], ctype[1], inst[0], first, first + dt.timedelta(days=ctype[2] - 1), price,
                            rng.choice([4, 6, 6, 8])))
            day += dt.timedelta(days=rng.choice([3, 4, 5, 6]))
    bookings, bid = [], 0
    for c in courses:
        boat = {"Catamaran Sailing": "Hobie 16", "Day Skipper Practical": "Wayfarer",
                "Performance Racing": "Laser"}.get(c[1], rng.choice(["Topper", "RS Quest", "Wayfarer"]))
        for s in rng.sample(students, rng.randint(2, c[7])):
            if s[7] is None and c[2] != "beginner" and rng.random() < 0.7:
                s[7] = c[5] if c[5] < dt.date(2024, 12, 31) else None
            for k in range((c[5] - c[4]).days + 1):
                bid += 1
                began = dt.datetime.combine(c[4] + dt.timedelta(days=k), dt.time(9, 30))
                bookings.append((bid, s[0], c[0], boat, began, began + dt.timedelta(hours=7), 0.0,
                                 rng.random() < 0.04))
    for _ in range(900):
        s = rng.choice(students)
        boat = rng.choices(list(BOAT_CLASSES), [v[0] for v in BOAT_CLASSES.values()])[0]
        day = _day(rng, dt.date(rng.choice([2023, 2024]), 4, 1), 200)
        began = dt.datetime.combine(day, dt.time(rng.choice([9, 10, 11, 13, 14, 15]), rng.choice([0, 30])))
        hours = rng.choice([1, 2, 2, 3, 4])
        bid += 1
        bookings.append((bid, s[0], None, boat, began, began + dt.timedelta(hours=hours),
                         BOAT_CLASSES[boat][1] * hours * (0.8 if s[5] else 1.0), rng.random() < 0.1))
    bookings.sort(key=lambda b: (b[4], b[1]))
    bookings = [(i, *b[1:]) for i, b in enumerate(bookings, start=1)]
    _insert(con, "instructors", instructors)
    _insert(con, "students", [tuple(s) for s in students])
    _insert(con, "courses", courses)
    _insert(con, "boat_bookings", bookings)
    con.close()


# ------------------------------------------------------------------------------------------------- pet sitting
PET_TYPES = {"dog": 12, "cat": 9, "rabbit": 3, "bird": 2, "reptile": 1}
CITIES = ["Leeds", "York", "Harrogate", "Wakefield"]


def build_petsitting(path: Path | str) -> None:
    """sitters (60, birthDate, nightlyRate, isVerified), owners (420, birthYear, isPremium), sits (2023-01 to
    2025-03, startDate/endDate, totalPrice, cancelledAt NULL unless cancelled), reviews (rating 1-5,
    sitterReplyAt NULL while the sitter has not replied). camelCase columns."""
    rng = random.Random(11804)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE sitters(sitterId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthDate DATE, city VARCHAR, joinedDate DATE, isVerified BOOLEAN, nightlyRate DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE owners(ownerId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthYear INTEGER, city VARCHAR, signupDate DATE, isPremium BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sits(sitId INTEGER PRIMARY KEY,
        sitterId INTEGER REFERENCES sitters(sitterId), ownerId INTEGER REFERENCES owners(ownerId), petType VARCHAR,
        petCount INTEGER, startDate DATE, endDate DATE, totalPrice DOUBLE, bookedAt TIMESTAMP,
        cancelledAt TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE reviews(reviewId INTEGER PRIMARY KEY, sitId INTEGER REFERENCES sits(sitId),
        rating INTEGER, reviewedAt TIMESTAMP, wouldRebook BOOLEAN, sitterReplyAt TIMESTAMP)""")
    names = _unique_names(rng, FIRST, LAST, 480)
    sitters = []
    for i in range(1, 61):
        verified = rng.random() < 0.7
        sitters.append((i, *names[i - 1], _day(rng, dt.date(1960, 1, 1), 15500), rng.choices(CITIES, [5, 3, 2, 2])[0],
                        _day(rng, dt.date(2019, 6, 1), 1700), verified, float(rng.randint(18, 40) + (6 if verified
                                                                                                      else 0))))
    owners = [(i, *names[59 + i], rng.randint(1950, 2003), rng.choices(CITIES, [5, 3, 2, 2])[0],
               _day(rng, dt.date(2020, 1, 1), 1700), rng.random() < 0.22) for i in range(1, 421)]
    sits, reviews, rid = [], [], 0
    quality = {s[0]: rng.uniform(-1.2, 0.6) for s in sitters}
    bookers = [o for o in owners if rng.random() < 0.92]
    for i in range(1, 2601):
        owner = rng.choice(bookers)
        local = [s for s in sitters if s[4] == owner[4]] or sitters
        sitter = rng.choice(local)
        pet = rng.choices(list(PET_TYPES), list(PET_TYPES.values()))[0]
        start = _day(rng, dt.date(2023, 1, 1), 820)
        nights = rng.choices([1, 2, 3, 4, 5, 7, 10, 14], [10, 14, 12, 9, 7, 8, 3, 2])[0]
        end = start + dt.timedelta(days=nights)
        count = rng.choices([1, 2, 3], [7, 3, 1])[0] if pet != "reptile" else 1
        price = round(sitter[7] * nights * (1 + 0.25 * (count - 1)) * (0.9 if owner[6] else 1.0), 2)
        booked = dt.datetime.combine(start - dt.timedelta(days=rng.randint(2, 60)), dt.time(rng.randint(7, 23),
                                                                                             rng.randrange(60)))
        cancelled = booked + dt.timedelta(hours=rng.randint(2, 200)) if rng.random() < 0.09 else None
        if cancelled is not None and cancelled.date() >= start:
            cancelled = dt.datetime.combine(start - dt.timedelta(days=1), dt.time(18, 0))
        sits.append((i, sitter[0], owner[0], pet, count, start, end, price, booked, cancelled))
        if cancelled is None and end <= dt.date(2025, 3, 25) and rng.random() < 0.6:
            rid += 1
            rating = max(1, min(5, round(4.3 + quality[sitter[0]] + rng.gauss(0, 0.8))))
            at = dt.datetime.combine(end + dt.timedelta(days=rng.randint(0, 6)), dt.time(rng.randint(8, 22),
                                                                                         rng.randrange(60)))
            reply = at + dt.timedelta(hours=rng.randint(1, 72)) if rng.random() < (0.5 if rating >= 4 else 0.7) \
                else None
            reviews.append((rid, i, rating, at, rating >= 4 and rng.random() < 0.9 or rating == 3 and
                            rng.random() < 0.4, reply))
    _insert(con, "sitters", sitters)
    _insert(con, "owners", owners)
    _insert(con, "sits", sits)
    _insert(con, "reviews", reviews)
    con.close()


# ------------------------------------------------------------------------------------------------- coworking space
PLANS = {"hot desk": (12, 180.0), "fixed desk": (7, 290.0), "private office": (3, 650.0), "virtual office": (4, 45.0)}
SPACES = [("Desk A", "desk", 1, 1, 6.0), ("Desk B", "desk", 1, 1, 6.0), ("Desk C", "desk", 1, 1, 6.0),
          ("Desk D", "desk", 2, 1, 6.0), ("Desk E", "desk", 2, 1, 6.0), ("Desk F", "desk", 2, 1, 6.0),
          ("Standing Desk 1", "desk", 2, 1, 7.5), ("Standing Desk 2", "desk", 3, 1, 7.5),
          ("Booth North", "phone booth", 1, 1, 4.0), ("Booth South", "phone booth", 2, 1, 4.0),
          ("Booth East", "phone booth", 3, 1, 4.0),
          ("Lovelace Room", "meeting room", 1, 6, 25.0), ("Turing Room", "meeting room", 2, 8, 30.0),
          ("Hopper Room", "meeting room", 2, 4, 18.0), ("Babbage Room", "meeting room", 3, 12, 45.0),
          ("Franklin Room", "meeting room", 3, 6, 25.0), ("The Loft", "event space", 3, 60, 90.0),
          ("Ground Floor Hall", "event space", 1, 40, 70.0)]


def build_coworking(path: Path | str) -> None:
    """members (300, birth_year, plan, left_on NULL while a member), spaces (18, space_type, hourly rate),
    bookings (2023-01 to 2025-03, starts_at TIMESTAMP, hours, cancelled, checked_in), invoices (monthly, paid_on
    NULL while unpaid; member_id is not declared as a foreign key)."""
    rng = random.Random(11805)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, company VARCHAR, plan VARCHAR, joined_on DATE, left_on DATE,
        founding_member BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE spaces(space_id INTEGER PRIMARY KEY, space_name VARCHAR,
        space_type VARCHAR, floor INTEGER, capacity INTEGER, hourly_rate_gbp DOUBLE, has_screen BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), space_id INTEGER REFERENCES spaces(space_id),
        starts_at TIMESTAMP, hours DOUBLE, attendees INTEGER, cancelled BOOLEAN, checked_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE invoices(invoice_id INTEGER PRIMARY KEY, member_id INTEGER,
        issued_on DATE, due_on DATE, amount_gbp DOUBLE, vat_gbp DOUBLE, paid_on DATE)""")
    names = _unique_names(rng, FIRST, LAST, 300)
    companies = ["Pixel Foundry", "Greenleaf Analytics", "Northbound Studio", "Quill & Ink", "Brightwire Labs",
                 "Harbour Legal", "Tinker Robotics", "Oatmeal Media"]
    members = []
    for i in range(1, 301):
        plan = rng.choices(list(PLANS), [v[0] for v in PLANS.values()])[0]
        founding = i <= 40
        joined = _day(rng, dt.date(2021, 3, 1), 500) if founding else _day(rng, dt.date(2022, 1, 1), 1100)
        left = joined + dt.timedelta(days=rng.randint(120, 900)) if rng.random() < 0.35 else None
        if left is not None and left > dt.date(2025, 3, 31):
            left = None
        company = rng.choice(companies) if rng.random() < 0.55 else None
        members.append((i, *names[i - 1], rng.randint(1960, 2002), company, plan, joined, left, founding))
    spaces = [(i, *s, s[1] in ("meeting room", "event space") and s[3] >= 6) for i, s in enumerate(SPACES, start=1)]
    bookings = []
    period_start, period_end = dt.date(2023, 1, 1), dt.date(2025, 3, 31)
    active = [m for m in members if m[5] != "virtual office"]
    for i in range(1, 4201):
        m = rng.choice(active)
        lo, hi = max(m[6], period_start), min(m[7] or period_end, period_end)
        if lo >= hi:
            lo, hi = period_start, period_end
        day = _day(rng, lo, (hi - lo).days or 1)
        while day.weekday() >= 5 and rng.random() < 0.9:
            day += dt.timedelta(days=1)
        kind = rng.choices(["desk", "phone booth", "meeting room", "event space"], [10, 4, 6, 1])[0]
        space = rng.choice([s for s in spaces if s[2] == kind])
        hours = {"desk": [2, 4, 6, 8, 8], "phone booth": [0.5, 0.5, 1.0], "meeting room": [1, 1, 1.5, 2, 3],
                 "event space": [3, 4, 6]}[kind]
        attendees = 1 if space[4] == 1 else rng.randint(2, space[4])
        start = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.choice([0, 30])))
        cancelled = rng.random() < 0.08
        bookings.append((i, m[0], space[0], start, float(rng.choice(hours)), attendees, cancelled,
                         not cancelled and rng.random() < 0.9))
    invoices, iid = [], 0
    for m in members:
        month = dt.date(max(m[6], period_start).year, max(m[6], period_start).month, 1)
        stop = min(m[7] or period_end, period_end)
        while month <= stop:
            iid += 1
            amount = PLANS[m[5]][1] * (0.9 if m[8] else 1.0) + rng.choice([0, 0, 0, 12.5, 25.0, 40.0])
            due = month + dt.timedelta(days=14)
            late = rng.random()
            paid = due - dt.timedelta(days=rng.randint(0, 13)) if late < 0.8 else due + dt.timedelta(
                days=rng.randint(1, 40)) if late < 0.96 else None
            if month >= dt.date(2025, 3, 1) and rng.random() < 0.5:
                paid = None
            invoices.append((iid, m[0], month, due, round(amount, 2), round(amount * 0.2, 2), paid))
            month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    _insert(con, "members", members)
    _insert(con, "spaces", spaces)
    _insert(con, "bookings", bookings)
    _insert(con, "invoices", invoices)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "derby": build_derby,
    "radio": build_radio,
    "sailing": build_sailing,
    "petsitting": build_petsitting,
    "coworking": build_coworking,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval118-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval118-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval118-dbs"))
