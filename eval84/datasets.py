"""Builders of the eighty-fourth held-out evaluation corpus: five DuckDB files in small-business and civic domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `printshop.duckdb`: a print shop's customers (birth year), paper stock, print jobs (pages, colour flag,
  NULL completion while in progress) and invoices (NULL paid date while unpaid)
- `parking.duckdb`: city car parks, bays, parking sessions (bay link only implied by its name; NULL exit while
  still parked) and penalty notices
- `rowing.duckdb`: a rowing club's rowers (birth date), boats, outings (distance km) and regatta results
  (NULL finish_place when the crew did not finish)
- `tutoring.duckdb`: a tutoring agency's tutors (birth date, NULL leaving date while active), pupils (birth year),
  lessons (subject, hourly rate) and cancellations
- `seedbank.duckdb`: a seed bank's species, storage vaults, seed accessions and germination tests (camelCase
  columns; NULL depletion date while seed is still in stock)

Usage:
    python eval84/datasets.py OUTDIR

Example:
    >>> from eval84.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval84-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['parking.duckdb', 'printshop.duckdb', 'rowing.duckdb', 'seedbank.duckdb', 'tutoring.duckdb']
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


FIRST = ["Aisha", "Ben", "Chloe", "Dev", "Ellie", "Finn", "Grace", "Hamza", "Isla", "Jack", "Keira", "Liam", "Maya",
         "Noah", "Olivia", "Priya", "Quinn", "Rory", "Sana", "Toby", "Una", "Victor", "Willow", "Yusuf", "Zara"]
LAST = ["Adebayo", "Bramley", "Coutts", "Doherty", "Ellison", "Fairclough", "Gallagher", "Hussain", "Irving",
        "Jenkins", "Kowalski", "Lambert", "Mistry", "Nolan", "O'Brien", "Patel", "Rowntree", "Sutcliffe", "Thorne",
        "Vaughan", "Whitaker", "Young"]

# ---------------------------------------------------------------------------------------------- print shop
PAPERS = [(1, "Everyday Copy 80", "A4", 80, "uncoated", 0.011, True),
          (2, "Silk 130", "A4", 130, "matte", 0.034, False),
          (3, "Gloss 170", "A4", 170, "gloss", 0.052, False),
          (4, "Gloss 250", "A3", 250, "gloss", 0.118, False),
          (5, "Recycled Bond 100", "A4", 100, "uncoated", 0.021, True),
          (6, "Card 350", "A5", 350, "matte", 0.064, False),
          (7, "Poster Satin 200", "A3", 200, "matte", 0.095, False),
          (8, "Eco Card 300", "SRA3", 300, "uncoated", 0.142, True)]
JOB_TYPES = {"flyers": (1, 2, 100, 2000), "posters": (1, 1, 5, 120), "booklets": (8, 48, 20, 400),
             "business cards": (1, 2, 100, 1000), "letterheads": (1, 1, 250, 2500), "reports": (10, 120, 1, 30)}
CUSTOMER_TYPES = ["individual", "small business", "school", "charity"]
PRINT_END = dt.date(2025, 3, 31)


def build_printshop(path: Path | str) -> None:
    """customers (160, birth_year), paper_stock (8), print_jobs (2023-01..2025-03, completed_on NULL while in
    progress), invoices (one per completed job, paid_on NULL while unpaid)."""
    rng = random.Random(8401)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, customer_type VARCHAR, town VARCHAR, trade_account BOOLEAN,
        joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE paper_stock(paper_id INTEGER PRIMARY KEY, paper_name VARCHAR,
        sheet_size VARCHAR, weight_gsm INTEGER, finish VARCHAR, cost_per_sheet_gbp DOUBLE, recycled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE print_jobs(job_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), paper_id INTEGER REFERENCES paper_stock(paper_id),
        ordered_at TIMESTAMP, job_type VARCHAR, pages INTEGER, copies INTEGER, colour BOOLEAN, double_sided BOOLEAN,
        rush_order BOOLEAN, price_gbp DOUBLE, completed_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE invoices(invoice_id INTEGER PRIMARY KEY,
        job_id INTEGER REFERENCES print_jobs(job_id), issued_on DATE, amount_gbp DOUBLE, vat_gbp DOUBLE,
        paid_on DATE, payment_method VARCHAR)""")
    towns = ["Harrogate", "Knaresborough", "Ripon", "Wetherby", "Otley"]
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 160), start=1):
        ctype = rng.choices(CUSTOMER_TYPES, [40, 35, 13, 12])[0]
        customers.append((cid, first, last, rng.randint(1950, 2004), ctype,
                          rng.choices(towns, [40, 18, 16, 14, 12])[0], ctype != "individual" and rng.random() < 0.5,
                          _day(rng, dt.date(2015, 1, 1), 3600)))
    jobs, invoices = [], []
    start = dt.date(2023, 1, 1)
    for jid in range(1, 1401):
        cust = rng.choice(customers)
        day = max(_day(rng, start, (PRINT_END - start).days + 1), cust[7])
        jtype = rng.choice(list(JOB_TYPES))
        lo, hi, clo, chi = JOB_TYPES[jtype]
        pages, copies = rng.randint(lo, hi), rng.randint(clo, chi)
        paper = rng.choice({"business cards": [6, 8], "posters": [4, 7], "flyers": [2, 3, 5],
                            "letterheads": [1, 5, 2], "booklets": [2, 3, 1], "reports": [1, 5]}[jtype])
        colour = rng.random() < (0.35 if jtype in ("reports", "letterheads") else 0.85)
        sheets = pages * copies
        rush = rng.random() < 0.12
        price = round((sheets * (PAPERS[paper - 1][5] + (0.06 if colour else 0.015)) * 1.8 + 12)
                      * (1.25 if rush else 1.0), 2)
        done = day + dt.timedelta(days=rng.randint(0, 2 if rush else 7))
        if done > PRINT_END or (day > dt.date(2025, 3, 20) and rng.random() < 0.5):
            done = None
        jobs.append((jid, cust[0], paper, _moment(rng, day), jtype, pages, copies, colour,
                     pages > 1 and rng.random() < 0.6, rush, price, done))
        if done is not None:
            paid = done + dt.timedelta(days=rng.randint(0, 60))
            if paid > PRINT_END or rng.random() < 0.07:
                paid = None
            invoices.append((len(invoices) + 1, jid, done, price, round(price * 0.2, 2), paid,
                             None if paid is None else rng.choices(["card", "bank transfer", "cash"], [50, 38, 12])[0]))
    _insert(con, "customers", customers)
    _insert(con, "paper_stock", PAPERS)
    _insert(con, "print_jobs", jobs)
    _insert(con, "invoices", invoices)
    con.close()


# ---------------------------------------------------------------------------------------------- city parking
CAR_PARKS = [(1, "Castle Street", "centre", "multi-storey", 420, 2.80, True, dt.date(2004, 5, 1)),
             (2, "Market Square", "centre", "surface", 120, 3.20, False, dt.date(1998, 3, 1)),
             (3, "Riverside", "east", "surface", 260, 1.60, True, dt.date(2011, 6, 15)),
             (4, "Northgate", "north", "multi-storey", 380, 2.20, True, dt.date(2016, 9, 1)),
             (5, "Hospital Road", "north", "surface", 200, 1.90, False, dt.date(2009, 2, 1)),
             (6, "Station Approach", "south", "underground", 300, 3.00, True, dt.date(2019, 11, 1)),
             (7, "Southbank Leisure", "south", "surface", 180, 1.40, False, dt.date(2013, 4, 1)),
             (8, "Westfield Park & Ride", "west", "surface", 500, 0.90, True, dt.date(2017, 7, 1))]
BAY_TYPES = ["standard", "disabled", "parent and child", "ev charging", "motorcycle"]
PENALTY_REASONS = {"no valid ticket": 70.0, "overstayed": 50.0, "wrong bay type": 70.0, "outside marked bay": 50.0}


def build_parking(path: Path | str) -> None:
    """car_parks (8), bays (declared FK), parking_sessions (bay_id NOT declared as a foreign key; 2023-2024; exit_at
    and fee_gbp NULL while still parked), penalty_notices (declared FK; paid_on NULL while unpaid)."""
    rng = random.Random(8402)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE car_parks(car_park_id INTEGER PRIMARY KEY, car_park_name VARCHAR,
        zone VARCHAR, park_type VARCHAR, capacity INTEGER, hourly_tariff_gbp DOUBLE, has_ev_chargers BOOLEAN,
        opened_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE bays(bay_id INTEGER PRIMARY KEY,
        car_park_id INTEGER REFERENCES car_parks(car_park_id), bay_code VARCHAR, bay_type VARCHAR, level INTEGER,
        covered BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE parking_sessions(session_id INTEGER PRIMARY KEY, bay_id INTEGER,
        entry_at TIMESTAMP, exit_at TIMESTAMP, vehicle_type VARCHAR, payment_method VARCHAR, permit_holder BOOLEAN,
        fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE penalty_notices(notice_id INTEGER PRIMARY KEY,
        car_park_id INTEGER REFERENCES car_parks(car_park_id), issued_at TIMESTAMP, reason VARCHAR,
        amount_gbp DOUBLE, vehicle_reg VARCHAR, appealed BOOLEAN, paid_on DATE)""")
    bays = []
    for park in CAR_PARKS:
        levels = {"multi-storey": 4, "underground": 2, "surface": 1}[park[3]]
        for k in range(1, 16 + park[0] % 3 * 4):
            btype = rng.choices(BAY_TYPES, [70, 10, 8, 8 if park[6] else 0, 4])[0]
            level = rng.randint(0, levels - 1)
            bays.append((len(bays) + 1, park[0], f"{park[1][:2].upper()}-{k:03d}", btype, level,
                         park[3] == "underground" or (park[3] == "multi-storey" and level < levels - 1)))
    tariff = {p[0]: p[5] for p in CAR_PARKS}
    sessions = []
    end = dt.datetime(2024, 12, 31, 23, 59)
    for sid in range(1, 3201):
        bay = rng.choice(bays)
        day = _day(rng, dt.date(2023, 1, 1), 731)
        entry = _moment(rng, day, 6, 21)
        vehicle = "motorcycle" if bay[3] == "motorcycle" else rng.choices(["car", "van"], [88, 12])[0]
        minutes = int(rng.lognormvariate(4.7, 0.7)) + 5
        permit = rng.random() < 0.15
        exit_at = entry + dt.timedelta(minutes=minutes)
        if exit_at > end or (day > dt.date(2024, 12, 29) and rng.random() < 0.5):
            exit_at, fee = None, None
        else:
            fee = 0.0 if permit else round(max(1.0, -(-minutes // 60) * tariff[bay[1]]), 2)
        method = "permit" if permit else rng.choices(["card", "app", "cash"], [45, 40, 15])[0]
        sessions.append((sid, bay[0], entry, exit_at, vehicle, method, permit, fee))
    notices = []
    letters = "ABCDEFGHJKLMNPRSTVWXY"
    for nid in range(1, 541):
        park = rng.choices(CAR_PARKS, [20, 18, 10, 14, 12, 12, 8, 6])[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        reason = rng.choices(list(PENALTY_REASONS), [40, 35, 13, 12])[0]
        appealed = rng.random() < 0.18
        paid = day + dt.timedelta(days=rng.randint(1, 45))
        if paid > dt.date(2024, 12, 31) or rng.random() < (0.45 if appealed else 0.15):
            paid = None
        reg = f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(10, 74)} {''.join(rng.sample(letters, 3))}"
        notices.append((nid, park[0], _moment(rng, day, 7, 20), reason, PENALTY_REASONS[reason], reg, appealed, paid))
    _insert(con, "car_parks", CAR_PARKS)
    _insert(con, "bays", bays)
    _insert(con, "parking_sessions", sessions)
    _insert(con, "penalty_notices", notices)
    con.close()


# ---------------------------------------------------------------------------------------------- rowing club
BOATS = [(1, "Swift", "1x", 1, "Filippi", 2019, True), (2, "Kingfisher", "1x", 1, "Empacher", 2015, True),
         (3, "Heron", "2x", 2, "Janousek", 2017, True), (4, "Otter", "2-", 2, "Filippi", 2012, False),
         (5, "Cormorant", "4x", 4, "Empacher", 2020, True), (6, "Mallard", "4+", 5, "Janousek", 2010, True),
         (7, "Grebe", "4-", 4, "Stampfli", 2016, True), (8, "Osprey", "8+", 9, "Empacher", 2021, True),
         (9, "Old Father Thames", "8+", 9, "Janousek", 2005, True), (10, "Moorhen", "2x", 2, "Stampfli", 2008, False)]
SQUADS = ["senior", "masters", "junior", "novice"]
REGATTAS = ["Head of the River", "Henley Town & Visitors", "Marlow Regatta", "Reading Amateur", "Bedford Regatta",
            "Star Regatta"]


def build_rowing(path: Path | str) -> None:
    """rowers (90, birth_date), boats (10), outings (2023-01..2025-02, distance_km, declared FKs), regatta_results
    (finish_place NULL when the crew did not finish)."""
    rng = random.Random(8403)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE rowers(rower_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        birth_date DATE, gender VARCHAR, squad VARCHAR, side VARCHAR, weight_kg DOUBLE, joined_on DATE,
        is_coxswain BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE boats(boat_id INTEGER PRIMARY KEY, boat_name VARCHAR, boat_class VARCHAR,
        seats INTEGER, builder VARCHAR, year_built INTEGER, in_service BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE outings(outing_id INTEGER PRIMARY KEY,
        boat_id INTEGER REFERENCES boats(boat_id), captain_id INTEGER REFERENCES rowers(rower_id),
        started_at TIMESTAMP, distance_km DOUBLE, duration_min INTEGER, water_conditions VARCHAR, coached BOOLEAN,
        avg_stroke_rate DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE regatta_results(result_id INTEGER PRIMARY KEY,
        boat_id INTEGER REFERENCES boats(boat_id), stroke_id INTEGER REFERENCES rowers(rower_id),
        regatta VARCHAR, race_date DATE, event_name VARCHAR, finish_place INTEGER, finish_time_sec DOUBLE,
        entry_fee_gbp DOUBLE)""")
    rowers = []
    for rid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 90), start=1):
        squad = rng.choices(SQUADS, [30, 28, 22, 20])[0]
        born = {"senior": _day(rng, dt.date(1990, 1, 1), 4400), "masters": _day(rng, dt.date(1955, 1, 1), 11000),
                "junior": _day(rng, dt.date(2007, 1, 1), 1500), "novice": _day(rng, dt.date(1975, 1, 1), 9000)}[squad]
        cox = rng.random() < 0.08
        gender = rng.choice(["F", "M"])
        weight = round(rng.uniform(45, 60) if cox else rng.uniform(58, 80) + (12 if gender == "M" else 0), 1)
        joined = max(born + dt.timedelta(days=365 * 12), _day(rng, dt.date(2008, 1, 1), 6000))
        rowers.append((rid, first, last, born, gender, squad, "cox" if cox else rng.choice(["stroke", "bow", "scull"]),
                       weight, min(joined, dt.date(2024, 9, 1)), cox))
    outings = []
    end = dt.date(2025, 2, 28)
    active = [b for b in BOATS if b[6]] + [BOATS[3], BOATS[9]]
    for oid in range(1, 1501):
        boat = rng.choice(active)
        day = _day(rng, dt.date(2023, 1, 1), (end - dt.date(2023, 1, 1)).days + 1)
        weekend = day.weekday() >= 5
        start = _moment(rng, day, 6, 11) if weekend or rng.random() < 0.6 else _moment(rng, day, 17, 19)
        conditions = rng.choices(["flat", "choppy", "rough"], [55, 33, 12])[0]
        km = round(rng.uniform(6, 20) * (0.7 if conditions == "rough" else 1.0), 1)
        speed = {"1x": 11.5, "2x": 12.5, "2-": 12.0, "4x": 14.0, "4+": 13.0, "4-": 14.0, "8+": 15.5}[boat[2]]
        minutes = int(km / (speed * rng.uniform(0.75, 1.0)) * 60)
        captain = rng.choice(rowers)
        outings.append((oid, boat[0], captain[0], start, km, minutes, conditions, rng.random() < 0.45,
                        round(rng.uniform(18, 32), 1)))
    results = []
    rid = 0
    for year in (2023, 2024):
        for r_idx, regatta in enumerate(REGATTAS):
            race_day = dt.date(year, 3 + r_idx, rng.randint(1, 28))
            for boat in rng.sample([b for b in BOATS if b[6]], rng.randint(4, 7)):
                for event in rng.sample(["open", "masters", "junior", "intermediate"], rng.randint(1, 2)):
                    rid += 1
                    placing = rng.choices([1, 2, 3, 4, 5, 6], [14, 18, 20, 18, 16, 14])[0]
                    dnf = rng.random() < 0.06
                    base = {"1x": 480, "2x": 450, "2-": 460, "4x": 410, "4+": 430, "4-": 415, "8+": 380}[boat[2]]
                    results.append((rid, boat[0], rng.choice(rowers)[0], regatta, race_day, f"{event} {boat[2]}",
                                    None if dnf else placing, None if dnf else round(base * rng.uniform(0.95, 1.12), 1),
                                    float(boat[3] * 12 + 10)))
    _insert(con, "rowers", rowers)
    _insert(con, "boats", BOATS)
    _insert(con, "outings", outings)
    _insert(con, "regatta_results", results)
    con.close()


# ---------------------------------------------------------------------------------------------- tutoring agency
SUBJECTS = {"maths": 38.0, "english": 34.0, "physics": 42.0, "chemistry": 42.0, "biology": 36.0, "french": 32.0}
BOROUGHS = ["Camden", "Islington", "Hackney", "Haringey", "Barnet"]


def build_tutoring(path: Path | str) -> None:
    """tutors (24, birth_date, left_on NULL while active), pupils (300, birth_year), lessons (2023-2024, subject,
    hourly_rate_gbp), cancellations (declared FK to lessons)."""
    rng = random.Random(8404)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE tutors(tutor_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        birth_date DATE, main_subject VARCHAR, qualified_teacher BOOLEAN, dbs_checked_on DATE, started_on DATE,
        left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE pupils(pupil_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        birth_year INTEGER, school_year INTEGER, borough VARCHAR, exam_board VARCHAR, sen_support BOOLEAN,
        enrolled_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE lessons(lesson_id INTEGER PRIMARY KEY,
        tutor_id INTEGER REFERENCES tutors(tutor_id), pupil_id INTEGER REFERENCES pupils(pupil_id),
        subject VARCHAR, starts_at TIMESTAMP, duration_min INTEGER, hourly_rate_gbp DOUBLE, online BOOLEAN,
        attended BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE cancellations(cancellation_id INTEGER PRIMARY KEY,
        lesson_id INTEGER REFERENCES lessons(lesson_id), cancelled_at TIMESTAMP, cancelled_by VARCHAR,
        reason VARCHAR, refund_gbp DOUBLE)""")
    tutors = []
    subjects = list(SUBJECTS)
    for tid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 24), start=1):
        started = _day(rng, dt.date(2016, 1, 1), 2500)
        left = _day(rng, dt.date(2023, 3, 1), 640) if rng.random() < 0.25 else None
        tutors.append((tid, first, last, _day(rng, dt.date(1960, 1, 1), 14000), subjects[(tid - 1) % 6],
                       rng.random() < 0.45, _day(rng, dt.date(2021, 1, 1), 1000), started, left))
    pupils = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 300), start=1):
        school_year = rng.randint(5, 13)
        pupils.append((pid, first, last, 2024 - school_year - 5 + rng.choice([-1, 0]), school_year,
                       rng.choices(BOROUGHS, [24, 22, 20, 18, 16])[0], rng.choice(["AQA", "Edexcel", "OCR"]),
                       rng.random() < 0.12, _day(rng, dt.date(2021, 9, 1), 1100)))
    lessons, cancellations = [], []
    for lid in range(1, 2601):
        tutor = rng.choice(tutors)
        subject = tutor[4] if rng.random() < 0.8 else rng.choice(subjects)
        lo = max(dt.date(2023, 1, 1), tutor[7])
        hi = tutor[8] or dt.date(2024, 12, 31)
        day = _day(rng, lo, (hi - lo).days + 1)
        weekend = day.weekday() >= 5
        start = _moment(rng, day, 9, 15) if weekend else _moment(rng, day, 16, 19)
        start = start.replace(minute=rng.choice([0, 30]))
        pupil = rng.choice(pupils)
        rate = round(SUBJECTS[subject] * (1.2 if tutor[5] else 1.0) * (1.05 if day.year == 2024 else 1.0), 2)
        cancelled = rng.random() < 0.11
        lessons.append((lid, tutor[0], pupil[0], subject, start, rng.choice([45, 60, 60, 60, 90]), rate,
                        rng.random() < 0.4, not cancelled and rng.random() > 0.03))
        if cancelled:
            by = rng.choices(["pupil", "tutor", "agency"], [65, 28, 7])[0]
            notice = dt.timedelta(hours=rng.randint(1, 96))
            reason = rng.choice({"pupil": ["illness", "school trip", "forgot"], "tutor": ["illness", "clash"],
                                 "agency": ["room unavailable"]}[by])
            cancellations.append((len(cancellations) + 1, lid, start - notice, by, reason,
                                  round(rate, 2) if by != "pupil" or notice.total_seconds() > 86400 else 0.0))
    _insert(con, "tutors", tutors)
    _insert(con, "pupils", pupils)
    _insert(con, "lessons", lessons)
    _insert(con, "cancellations", cancellations)
    con.close()


# ---------------------------------------------------------------------------------------------- seed bank
SPECIES = [(1, "Oak", "Quercus robur", "Fagaceae", "tree", "least concern"),
           (2, "Juniper", "Juniperus communis", "Cupressaceae", "shrub", "near threatened"),
           (3, "Cowslip", "Primula veris", "Primulaceae", "herb", "least concern"),
           (4, "Lady's slipper", "Cypripedium calceolus", "Orchidaceae", "herb", "endangered"),
           (5, "Wych elm", "Ulmus glabra", "Ulmaceae", "tree", "vulnerable"),
           (6, "Yellow rattle", "Rhinanthus minor", "Orobanchaceae", "herb", "least concern"),
           (7, "Pasqueflower", "Pulsatilla vulgaris", "Ranunculaceae", "herb", "vulnerable"),
           (8, "Quaking grass", "Briza media", "Poaceae", "grass", "least concern"),
           (9, "Field gentian", "Gentianella campestris", "Gentianaceae", "herb", "endangered"),
           (10, "Blackthorn", "Prunus spinosa", "Rosaceae", "shrub", "least concern"),
           (11, "Scots pine", "Pinus sylvestris", "Pinaceae", "tree", "least concern"),
           (12, "Meadow foxtail", "Alopecurus pratensis", "Poaceae", "grass", "least concern"),
           (13, "Spreading bellflower", "Campanula patula", "Campanulaceae", "herb", "endangered"),
           (14, "Small-leaved lime", "Tilia cordata", "Malvaceae", "tree", "near threatened")]
VAULTS = [(1, "Vault A", -20.0, 15.0, 2000, False), (2, "Vault B", -20.0, 15.0, 2008, False),
          (3, "Cold Room 1", 4.0, 30.0, 1996, False), (4, "Backup Vault", -18.0, 18.0, 2015, True)]
SEED_REGIONS = ["Highlands", "Pennines", "Chilterns", "Cornwall", "Fens", "Snowdonia"]
TREATMENTS = ["none", "cold stratification", "scarification", "gibberellic acid"]


def build_seedbank(path: Path | str) -> None:
    """species (14), vaults (4), accessions (depletedOn NULL while seed is in stock; collected 2023-01..2025-03),
    germinationTests (percentGerminated). camelCase columns."""
    rng = random.Random(8405)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE species(speciesId INTEGER PRIMARY KEY, commonName VARCHAR,
        latinName VARCHAR, family VARCHAR, lifeForm VARCHAR, conservationStatus VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE vaults(vaultId INTEGER PRIMARY KEY, vaultName VARCHAR, storageTempC DOUBLE,
        relHumidityPct DOUBLE, builtYear INTEGER, isBackupSite BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE accessions(accessionId INTEGER PRIMARY KEY, accessionCode VARCHAR,
        speciesId INTEGER REFERENCES species(speciesId), vaultId INTEGER REFERENCES vaults(vaultId),
        collectedOn DATE, collectorName VARCHAR, sourceRegion VARCHAR, seedCount INTEGER, seedMassG DOUBLE,
        wildCollected BOOLEAN, bankedAt TIMESTAMP, depletedOn DATE)""")
    con.execute("""CREATE OR REPLACE TABLE germinationTests(testId INTEGER PRIMARY KEY,
        accessionId INTEGER REFERENCES accessions(accessionId), testedOn DATE, seedsSown INTEGER,
        seedsGerminated INTEGER, percentGerminated DOUBLE, pretreatment VARCHAR, incubatorTempC DOUBLE,
        daysToFirstGermination INTEGER)""")
    collectors = [f"{f} {x}" for f, x in _unique_names(rng, FIRST, LAST, 9)]
    end = dt.date(2025, 3, 31)
    accessions, tests = [], []
    base_rate = {s[0]: rng.uniform(0.35, 0.95) for s in SPECIES}
    for aid in range(1, 521):
        sp = rng.choices(SPECIES, [9, 6, 10, 3, 6, 10, 5, 9, 3, 8, 8, 9, 3, 5])[0]
        collected = _day(rng, dt.date(2023, 1, 1), (end - dt.date(2023, 1, 1)).days - 20)
        vault = rng.choices(VAULTS, [40, 35, 10, 15])[0]
        count = rng.randint(200, 20000) if sp[4] != "tree" else rng.randint(50, 3000)
        mass = round(count * {"tree": 1.2, "shrub": 0.05, "herb": 0.002, "grass": 0.001}[sp[4]] * rng.uniform(0.6, 1.4),
                     2)
        banked = _moment(rng, collected + dt.timedelta(days=rng.randint(3, 20)), 8, 17)
        depleted = _day(rng, banked.date() + dt.timedelta(days=30), 500) if rng.random() < 0.12 else None
        if depleted is not None and depleted > end:
            depleted = None
        accessions.append((aid, f"SB-{collected.year}-{aid:04d}", sp[0], vault[0], collected, rng.choice(collectors),
                           rng.choice(SEED_REGIONS), count, mass, rng.random() < 0.8, banked, depleted))
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            tested = banked.date() + dt.timedelta(days=rng.randint(7, 400))
            if tested > end:
                continue
            treatment = rng.choice(TREATMENTS)
            sown = rng.choice([25, 50, 100])
            rate = min(1.0, base_rate[sp[0]] * (1.15 if treatment != "none" else 0.9) * rng.uniform(0.7, 1.1)
                       * (0.9 if vault[0] == 3 else 1.0))
            germinated = int(round(sown * rate))
            tests.append((len(tests) + 1, aid, tested, sown, germinated, round(100.0 * germinated / sown, 1),
                          treatment, rng.choice([15.0, 20.0, 25.0]), rng.randint(3, 40) if germinated else None))
    _insert(con, "species", SPECIES)
    _insert(con, "vaults", VAULTS)
    _insert(con, "accessions", accessions)
    _insert(con, "germinationTests", tests)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "printshop": build_printshop,
    "parking": build_parking,
    "rowing": build_rowing,
    "tutoring": build_tutoring,
    "seedbank": build_seedbank,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval84-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval84-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval84-dbs"))
