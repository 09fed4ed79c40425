"""Builders of the eighty-sixth development evaluation corpus: five DuckDB files in leisure and operations domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `musicschool.duckdb`: a music school's teachers (birth date), pupils (birth year), lessons and grade exams
- `taproom.duckdb`: a brewery taproom's beers, kegs, pours and events (pours.event_id only implied as a link)
- `robotics.duckdb`: a warehouse's robots, pick tasks, battery charges and faults
- `museum.duckdb`: a museum's exhibitions, tickets, guides (birth date) and guided tours with feedback scores
- `cyclehire.duckdb`: a cycle hire scheme's docking stations, bikes, hires and maintenance jobs (camelCase)

Usage:
    python eval86/datasets.py OUTDIR

Example:
    >>> from eval86.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval86-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['cyclehire.duckdb', 'museum.duckdb', 'musicschool.duckdb', 'robotics.duckdb', 'taproom.duckdb']
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


FIRST = ["Aled", "Beatrix", "Cormac", "Delphine", "Emrys", "Fenella", "Gideon", "Hester", "Idris", "Juno", "Kasia",
         "Lorcan", "Maelle", "Nico", "Ottilie", "Piers", "Rhian", "Soren", "Thea", "Ugo", "Verity", "Wynn",
         "Xanthe", "Yusuf", "Zara"]
LAST = ["Ashdown", "Blackwood", "Carrick", "Dunmore", "Ellery", "Fairbairn", "Gostelow", "Hartigan", "Iveson",
        "Jessop", "Kilbride", "Lovell", "Marchetti", "Nairn", "Okafor", "Pemberton", "Rowntree", "Sallis",
        "Thackeray", "Underhill", "Vane", "Whitlock", "Youngman"]

# ------------------------------------------------------------------------------------------ music school
INSTRUMENTS = {"piano": 30, "violin": 14, "guitar": 18, "cello": 6, "flute": 8, "drums": 10, "singing": 9}
RESULTS = ["fail", "pass", "merit", "distinction"]


def build_musicschool(path: Path | str) -> None:
    """teachers (16, birth_date, left_on NULL while teaching), pupils (birth_year, left_on NULL while learning),
    lessons (2023-2024, lesson_at TIMESTAMP, practice_min logged for the week before), grade_exams."""
    rng = random.Random(8601)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE teachers(teacher_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, main_instrument VARCHAR, hourly_rate_gbp DOUBLE, full_time BOOLEAN,
        started_on DATE, left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE pupils(pupil_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, instrument VARCHAR, teacher_id INTEGER REFERENCES teachers(teacher_id),
        joined_on DATE, left_on DATE, sibling_discount BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE lessons(lesson_id INTEGER PRIMARY KEY,
        pupil_id INTEGER REFERENCES pupils(pupil_id), teacher_id INTEGER REFERENCES teachers(teacher_id),
        lesson_at TIMESTAMP, instrument VARCHAR, duration_min INTEGER, fee_gbp DOUBLE, attended BOOLEAN,
        practice_min INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE grade_exams(exam_id INTEGER PRIMARY KEY,
        pupil_id INTEGER REFERENCES pupils(pupil_id), instrument VARCHAR, grade INTEGER, exam_board VARCHAR,
        exam_date DATE, mark INTEGER, result VARCHAR, entry_fee_gbp DOUBLE)""")
    names = _unique_names(rng, FIRST, LAST, 196)
    instruments = list(INSTRUMENTS)
    teachers = []
    for tid, (first, last) in enumerate(names[:16], start=1):
        inst = instruments[(tid - 1) % len(instruments)] if tid <= 14 else rng.choice(["piano", "guitar"])
        left = _day(rng, dt.date(2023, 9, 1), 480) if tid in (5, 12) else None
        teachers.append((tid, first, last, _day(rng, dt.date(1962, 1, 1), 13000), inst,
                         round(rng.uniform(28, 46), 2), rng.random() < 0.45, _day(rng, dt.date(2012, 1, 1), 3600),
                         left))
    _insert(con, "teachers", teachers)
    pupils = []
    for pid, (first, last) in enumerate(names[16:], start=1):
        inst = rng.choices(instruments, list(INSTRUMENTS.values()))[0]
        options = [t for t in teachers if t[4] == inst] or teachers
        teacher = rng.choice(options)
        joined = _day(rng, dt.date(2020, 1, 1), 1700)
        left = _day(rng, max(joined, dt.date(2023, 3, 1)), 640) if rng.random() < 0.28 else None
        if left is not None and left > dt.date(2024, 12, 31):
            left = None
        birth = rng.randint(1960, 1999) if rng.random() < 0.15 else rng.randint(2007, 2018)
        pupils.append((pid, first, last, birth, inst, teacher[0], joined, left, rng.random() < 0.18))
    _insert(con, "pupils", pupils)
    lessons, exams = [], []
    for lid in range(1, 2601):
        pupil = rng.choice(pupils)
        day = _day(rng, dt.date(2023, 1, 2), 729)
        while day.weekday() == 6:
            day = _day(rng, dt.date(2023, 1, 2), 729)
        first_hour, last_hour = (9, 16) if day.weekday() == 5 else (15, 20)
        duration = rng.choice([30, 30, 45, 60])
        teacher = teachers[pupil[5] - 1]
        fee = round(teacher[5] * duration / 60 * (0.9 if pupil[8] else 1.0), 2)
        attended = rng.random() < 0.9
        practice = rng.randint(0, 420) if attended else rng.randint(0, 90)
        lessons.append((lid, pupil[0], teacher[0], _moment(rng, day, first_hour, last_hour), pupil[4], duration, fee,
                        attended, practice))
    _insert(con, "lessons", lessons)
    for eid in range(1, 341):
        pupil = rng.choice(pupils)
        grade = rng.choices(range(1, 9), [14, 13, 12, 11, 9, 7, 5, 4])[0]
        mark = max(70, min(148, int(rng.gauss(114, 14))))
        result = "fail" if mark < 100 else "pass" if mark < 120 else "merit" if mark < 130 else "distinction"
        board = rng.choices(["ABRSM", "Trinity", "RSL"], [6, 3, 1])[0]
        exams.append((eid, pupil[0], pupil[4], grade, board, _day(rng, dt.date(2023, 2, 1), 690), mark, result,
                      round(45 + grade * 9.5, 2)))
    _insert(con, "grade_exams", exams)
    con.close()


# ------------------------------------------------------------------------------------------ brewery taproom
BEERS = [(1, "Harbour Light", "Lager", 4.2, 18, False), (2, "Quayside Pale", "Pale Ale", 4.6, 32, False),
         (3, "Gull Wing IPA", "IPA", 6.2, 60, False), (4, "Nightwatch Stout", "Stout", 5.4, 38, False),
         (5, "Copper Kettle", "Porter", 5.0, 30, False), (6, "Rhubarb Ripple", "Sour", 4.0, 8, True),
         (7, "Double Tide", "IPA", 8.1, 75, False), (8, "Winter Lantern", "Stout", 7.5, 45, True),
         (9, "Summer Haze", "Pale Ale", 3.8, 25, True), (10, "Saltmarsh Gose", "Sour", 4.4, 10, False),
         (11, "Pilot Lager", "Lager", 4.8, 22, False), (12, "Old Anchor", "Porter", 6.0, 35, True)]
EVENT_TYPES = {"quiz": 8.0, "live music": 12.0, "tap takeover": 0.0, "comedy": 15.0}


def build_taproom(path: Path | str) -> None:
    """beers (12), kegs (tapped_on / emptied_on, NULL while still pouring), events (2023-2025), pours
    (2023-01 to 2025-03; event_id NOT declared as a foreign key, NULL outside events)."""
    rng = random.Random(8602)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE beers(beer_id INTEGER PRIMARY KEY, beer_name VARCHAR, style VARCHAR,
        abv_pct DOUBLE, ibu INTEGER, seasonal BOOLEAN, launched_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE kegs(keg_id INTEGER PRIMARY KEY,
        beer_id INTEGER REFERENCES beers(beer_id), size_litres INTEGER, tapped_on DATE, emptied_on DATE,
        cost_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE events(event_id INTEGER PRIMARY KEY, event_name VARCHAR,
        event_type VARCHAR, event_date DATE, tickets_sold INTEGER, ticket_price_gbp DOUBLE, sold_out BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE pours(pour_id INTEGER PRIMARY KEY, keg_id INTEGER REFERENCES kegs(keg_id),
        event_id INTEGER, poured_at TIMESTAMP, pints DOUBLE, price_gbp DOUBLE, payment_method VARCHAR,
        happy_hour BOOLEAN)""")
    _insert(con, "beers", [b + (_day(rng, dt.date(2019, 1, 1), 1400),) for b in BEERS])
    end = dt.date(2025, 3, 31)
    kegs = []
    for kid in range(1, 261):
        beer = rng.choices(BEERS, [10, 12, 14, 8, 6, 4, 5, 3, 4, 4, 7, 3])[0]
        tapped = _day(rng, dt.date(2023, 1, 1), 816)
        emptied = tapped + dt.timedelta(days=rng.randint(2, 24))
        kegs.append((kid, beer[0], rng.choice([30, 50, 50]), tapped, None if emptied > end else emptied,
                     round(rng.uniform(85, 140) * (1.6 if beer[3] > 6 else 1.0), 2)))
    for kid in range(261, 265):
        kegs.append((kid, rng.choice(BEERS)[0], 30, end - dt.timedelta(days=kid - 260), None, 110.0))
    _insert(con, "kegs", kegs)
    events = []
    for evid in range(1, 121):
        etype = rng.choices(list(EVENT_TYPES), [5, 4, 2, 2])[0]
        day = _day(rng, dt.date(2023, 1, 5), 815)
        sold = rng.randint(12, 80)
        events.append((evid, f"{etype.title()} night #{evid}", etype, day, sold, EVENT_TYPES[etype], sold >= 72))
    _insert(con, "events", events)
    by_day = {e[3]: e[0] for e in events}
    pours = []
    for pid in range(1, 4201):
        keg = rng.choice(kegs)
        last = keg[4] or end
        day = keg[3] + dt.timedelta(days=rng.randint(0, (last - keg[3]).days))
        at = _moment(rng, day, 12, 22)
        pints = rng.choices([1.0, 0.5, 1 / 3], [6, 3, 2])[0]
        beer = BEERS[keg[1] - 1]
        happy = 17 <= at.hour < 19 and day.weekday() < 5
        price = round((4.9 + (beer[3] - 4) * 0.6) * pints * (0.8 if happy else 1.0), 2)
        event = by_day.get(day) if at.hour >= 18 else None
        pours.append((pid, keg[0], event, at, round(pints, 3), price, rng.choices(["card", "cash"], [9, 1])[0], happy))
    _insert(con, "pours", pours)
    con.close()


# ------------------------------------------------------------------------------------------ warehouse robotics
MODELS = {"Carrier S": 60.0, "Carrier XL": 150.0, "PickArm 2": 25.0}
FAULTS = {"collision": 3, "sensor": 6, "battery": 4, "motor": 2, "software": 5}


def build_robotics(path: Path | str) -> None:
    """robots (40), pick_tasks (2024-01 to 2025-06, finished_at NULL when aborted), battery_charges, faults
    (resolved_at NULL while still open)."""
    rng = random.Random(8603)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE robots(robot_id INTEGER PRIMARY KEY, serial_no VARCHAR, model VARCHAR,
        zone VARCHAR, commissioned_on DATE, max_payload_kg DOUBLE, is_active BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE pick_tasks(task_id INTEGER PRIMARY KEY,
        robot_id INTEGER REFERENCES robots(robot_id), started_at TIMESTAMP, finished_at TIMESTAMP,
        items_picked INTEGER, load_kg DOUBLE, priority VARCHAR, status VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE battery_charges(charge_id INTEGER PRIMARY KEY,
        robot_id INTEGER REFERENCES robots(robot_id), plugged_in_at TIMESTAMP, unplugged_at TIMESTAMP,
        energy_kwh DOUBLE, start_pct INTEGER, end_pct INTEGER, fast_charge BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE faults(fault_id INTEGER PRIMARY KEY,
        robot_id INTEGER REFERENCES robots(robot_id), occurred_at TIMESTAMP, fault_type VARCHAR, severity VARCHAR,
        resolved_at TIMESTAMP, downtime_min INTEGER)""")
    robots = []
    for rid in range(1, 41):
        model = rng.choices(list(MODELS), [5, 2, 3])[0]
        robots.append((rid, f"RB-{4000 + rid * 7}", model, rng.choice("ABCD"), _day(rng, dt.date(2021, 3, 1), 1000),
                       MODELS[model], rid not in (7, 19, 33)))
    _insert(con, "robots", robots)
    start, span = dt.date(2024, 1, 1), 547
    tasks = []
    for tid in range(1, 3601):
        robot = rng.choice(robots)
        at = _moment(rng, _day(rng, start, span), 0, 23)
        aborted = rng.random() < 0.06
        items = rng.randint(1, 40 if robot[2] == "PickArm 2" else 18)
        minutes = rng.randint(3, 9) + items * rng.uniform(0.4, 1.2)
        finished = None if aborted else at + dt.timedelta(minutes=round(minutes, 1))
        load = round(min(robot[5], items * rng.uniform(0.3, 4.5)), 1)
        priority = rng.choices(["standard", "express", "bulk"], [6, 3, 1])[0]
        tasks.append((tid, robot[0], at, finished, 0 if aborted else items, 0.0 if aborted else load, priority,
                      "aborted" if aborted else "completed"))
    _insert(con, "pick_tasks", tasks)
    charges = []
    for cid in range(1, 1201):
        robot = rng.choice(robots)
        at = _moment(rng, _day(rng, start, span), 0, 23)
        fast = rng.random() < 0.3
        first = rng.randint(5, 45)
        last = rng.choice([80, 90, 100])
        minutes = (last - first) * (0.6 if fast else 1.4)
        charges.append((cid, robot[0], at, at + dt.timedelta(minutes=round(minutes)),
                        round((last - first) / 100 * (4.8 if robot[2] == "Carrier XL" else 2.4), 2), first, last, fast))
    _insert(con, "battery_charges", charges)
    faults = []
    for fid in range(1, 321):
        robot = rng.choice(robots)
        at = _moment(rng, _day(rng, start, span), 0, 23)
        severity = rng.choices(["low", "medium", "high"], [5, 3, 1])[0]
        downtime = rng.randint(5, 60) * {"low": 1, "medium": 3, "high": 8}[severity]
        resolved = at + dt.timedelta(minutes=downtime)
        if at.date() > dt.date(2025, 6, 10) or rng.random() < 0.04:
            resolved, downtime = None, None
        faults.append((fid, robot[0], at, rng.choices(list(FAULTS), list(FAULTS.values()))[0], severity, resolved,
                       downtime))
    _insert(con, "faults", faults)
    con.close()


# ------------------------------------------------------------------------------------------ museum
EXHIBITIONS = [(1, "Ancient Egypt Gallery", "history", "Ground Floor", dt.date(2015, 4, 1), None, 0.0),
               (2, "Dinosaurs of the Jurassic Coast", "natural history", "East Wing", dt.date(2016, 7, 1), None, 0.0),
               (3, "Impressionist Light", "art", "Gallery 3", dt.date(2023, 2, 10), dt.date(2023, 8, 27), 14.0),
               (4, "The Age of Steam", "science", "West Wing", dt.date(2023, 5, 1), dt.date(2024, 1, 7), 12.0),
               (5, "Vikings: Raiders and Traders", "history", "Gallery 3", dt.date(2023, 9, 22),
                dt.date(2024, 4, 14), 16.0),
               (6, "Deep Ocean", "natural history", "West Wing", dt.date(2024, 2, 1), dt.date(2024, 11, 3), 13.0),
               (7, "Modern Portraits", "art", "Gallery 3", dt.date(2024, 5, 3), dt.date(2024, 12, 31), 11.0),
               (8, "Space Race", "science", "North Gallery", dt.date(2024, 6, 14), None, 15.0)]
TICKET_TYPES = {"adult": 1.0, "child": 0.5, "concession": 0.75, "family": 2.6, "member": 0.0}


def build_museum(path: Path | str) -> None:
    """exhibitions (8; closes_on NULL for permanent or still open), guides (birth_date, left_on NULL while active),
    tickets (2023-2024, exhibition_id NULL for general admission), tours (feedback_score NULL when not rated)."""
    rng = random.Random(8604)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE exhibitions(exhibition_id INTEGER PRIMARY KEY, title VARCHAR,
        theme VARCHAR, gallery VARCHAR, opens_on DATE, closes_on DATE, ticket_price_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE guides(guide_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, is_volunteer BOOLEAN, speaks_french BOOLEAN, joined_on DATE,
        left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE tickets(ticket_id INTEGER PRIMARY KEY,
        exhibition_id INTEGER REFERENCES exhibitions(exhibition_id), sold_at TIMESTAMP, ticket_type VARCHAR,
        channel VARCHAR, visitors INTEGER, price_gbp DOUBLE, gift_aid BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tours(tour_id INTEGER PRIMARY KEY,
        guide_id INTEGER REFERENCES guides(guide_id), exhibition_id INTEGER REFERENCES exhibitions(exhibition_id),
        starts_at TIMESTAMP, duration_min INTEGER, tour_language VARCHAR, group_size INTEGER, school_group BOOLEAN,
        feedback_score DOUBLE)""")
    _insert(con, "exhibitions", EXHIBITIONS)
    guides = []
    for gid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 22), start=1):
        volunteer = rng.random() < 0.55
        birth = _day(rng, dt.date(1948, 1, 1), 17000) if volunteer else _day(rng, dt.date(1970, 1, 1), 10500)
        joined = _day(rng, dt.date(2010, 1, 1), 4700)
        left = _day(rng, dt.date(2023, 6, 1), 560) if gid in (4, 9, 17) else None
        guides.append((gid, first, last, birth, volunteer, rng.random() < 0.3, joined, left))
    _insert(con, "guides", guides)
    tickets = []
    for tid in range(1, 3201):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        open_now = [e for e in EXHIBITIONS if e[6] > 0 and e[4] <= day and (e[5] is None or e[5] >= day)]
        exhibition = rng.choice(open_now) if open_now and rng.random() < 0.45 else None
        ttype = rng.choices(list(TICKET_TYPES), [10, 4, 4, 3, 3])[0]
        visitors = rng.randint(3, 5) if ttype == "family" else rng.choices([1, 2], [3, 1])[0]
        base = exhibition[6] if exhibition else 8.0
        count = 1 if ttype == "family" else visitors
        price = round(base * TICKET_TYPES[ttype] * count, 2)
        tickets.append((tid, exhibition[0] if exhibition else None, _moment(rng, day, 9, 16), ttype,
                        rng.choices(["online", "desk"], [3, 2])[0], visitors, price, rng.random() < 0.22))
    _insert(con, "tickets", tickets)
    tours = []
    for tid in range(1, 701):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        open_now = [e for e in EXHIBITIONS if e[4] <= day and (e[5] is None or e[5] >= day)]
        exhibition = rng.choice(open_now)
        active = [g for g in guides if g[6] <= day and (g[7] is None or g[7] >= day)]
        guide = rng.choice(active)
        language = "French" if guide[5] and rng.random() < 0.4 else rng.choices(["English", "Spanish"], [9, 1])[0]
        school = day.weekday() < 5 and rng.random() < 0.25
        score = None if rng.random() < 0.2 else round(min(5.0, max(1.0, rng.gauss(4.1, 0.6))), 1)
        tours.append((tid, guide[0], exhibition[0], _moment(rng, day, 10, 15), rng.choice([45, 60, 60, 90]), language,
                      rng.randint(18, 32) if school else rng.randint(3, 20), school, score))
    _insert(con, "tours", tours)
    con.close()


# ------------------------------------------------------------------------------------------ cycle hire (camelCase)
STATIONS = [("Riverside Quay", "Central"), ("Market Square", "Central"), ("Cathedral Green", "Central"),
            ("Station Road", "Central"), ("University Park", "North"), ("Hospital Gate", "North"),
            ("Northfield Shops", "North"), ("Docklands", "East"), ("Canal Basin", "East"), ("Retail Park", "East"),
            ("Westgate", "West"), ("Rugby Ground", "West"), ("Southbank Lido", "South"), ("Old Brewery", "South")]
JOB_TYPES = {"puncture": 8, "brakes": 5, "chain": 4, "battery": 3, "lights": 3}


def build_cyclehire(path: Path | str) -> None:
    """stations (14), bikes (retiredDate NULL while in service), hires (2023-06 to 2025-05, endStationId and
    endedAt NULL while a bike is still out), maintenanceJobs (completedAt NULL while open). camelCase columns."""
    rng = random.Random(8605)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stations("stationId" INTEGER PRIMARY KEY, "stationName" VARCHAR,
        "area" VARCHAR, "capacity" INTEGER, "hasKiosk" BOOLEAN, "openedDate" DATE)""")
    con.execute("""CREATE OR REPLACE TABLE bikes("bikeId" INTEGER PRIMARY KEY, "frameNo" VARCHAR, "isEbike" BOOLEAN,
        "commissionedDate" DATE, "retiredDate" DATE)""")
    con.execute("""CREATE OR REPLACE TABLE hires("hireId" INTEGER PRIMARY KEY,
        "bikeId" INTEGER REFERENCES bikes("bikeId"), "startStationId" INTEGER REFERENCES stations("stationId"),
        "endStationId" INTEGER REFERENCES stations("stationId"), "startedAt" TIMESTAMP, "endedAt" TIMESTAMP,
        "distanceKm" DOUBLE, "fareGbp" DOUBLE, "riderType" VARCHAR, "riderBirthYear" INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE "maintenanceJobs"("jobId" INTEGER PRIMARY KEY,
        "bikeId" INTEGER REFERENCES bikes("bikeId"), "reportedAt" TIMESTAMP, "jobType" VARCHAR,
        "completedAt" TIMESTAMP, "costGbp" DOUBLE, "partsReplaced" BOOLEAN)""")
    stations = []
    for sid, (name, area) in enumerate(STATIONS, start=1):
        stations.append((sid, name, area, rng.choice([12, 16, 20, 24, 30]), rng.random() < 0.4,
                         _day(rng, dt.date(2021, 4, 1), 700)))
    _insert(con, "stations", stations)
    bikes = []
    for bid in range(1, 151):
        retired = _day(rng, dt.date(2023, 9, 1), 600) if rng.random() < 0.1 else None
        bikes.append((bid, f"FR{70000 + bid * 13}", rng.random() < 0.35, _day(rng, dt.date(2021, 1, 1), 850), retired))
    _insert(con, "bikes", bikes)
    weights = [9, 8, 6, 10, 7, 4, 3, 5, 4, 2, 4, 2, 3, 3]
    start, last = dt.date(2023, 6, 1), dt.date(2025, 5, 31)
    hires = []
    for hid in range(1, 4001):
        day = _day(rng, start, (last - start).days + 1)
        bike = rng.choice([b for b in bikes if b[4] is None or b[4] > day])
        origin = rng.choices(stations, weights)[0]
        dest = rng.choices(stations, weights)[0]
        at = dt.datetime.combine(day, dt.time(rng.choices(range(24), [1, 1, 0, 0, 0, 1, 3, 8, 10, 5, 4, 5, 6, 5, 4,
                                                                       5, 7, 10, 8, 5, 3, 2, 2, 1])[0],
                                              rng.randrange(60)))
        distance = round(rng.uniform(0.6, 9.5) * (1.3 if bike[2] else 1.0), 2)
        minutes = distance / (18 if bike[2] else 13) * 60 + rng.randint(1, 15)
        member = rng.random() < 0.6
        fare = round((0.0 if member else 1.5) + (0.15 if bike[2] else 0.08) * minutes, 2)
        open_hire = hid > 3990
        hires.append((hid, bike[0], origin[0], None if open_hire else dest[0], at,
                      None if open_hire else at + dt.timedelta(minutes=round(minutes)),
                      None if open_hire else distance, None if open_hire else fare,
                      "member" if member else "casual", rng.randint(1950, 2007)))
    hires.sort(key=lambda h: h[4])
    hires = [(i,) + h[1:] for i, h in enumerate(hires, start=1)]
    _insert(con, "hires", hires)
    jobs = []
    for jid in range(1, 461):
        bike = rng.choice(bikes)
        at = _moment(rng, _day(rng, start, (last - start).days + 1), 7, 19)
        jtype = rng.choices(list(JOB_TYPES), list(JOB_TYPES.values()))[0]
        if jtype == "battery" and not bike[2]:
            jtype = "puncture"
        done = at + dt.timedelta(hours=rng.randint(2, 120))
        if done.date() > last or rng.random() < 0.03:
            done = None
        parts = rng.random() < 0.5
        cost = round(rng.uniform(8, 30) + (rng.uniform(15, 140) if parts else 0.0), 2)
        jobs.append((jid, bike[0], at, jtype, done, cost, parts))
    _insert(con, "maintenanceJobs", jobs)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "musicschool": build_musicschool,
    "taproom": build_taproom,
    "robotics": build_robotics,
    "museum": build_museum,
    "cyclehire": build_cyclehire,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval86-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval86-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval86-dbs"))
