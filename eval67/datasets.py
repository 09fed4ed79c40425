"""Builders of the sixty-seventh development evaluation corpus: five DuckDB files in education and community domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `languageschool.duckdb`: a language school's students (birth date), courses, enrolments and exam results
- `nursery.duckdb`: a children's nursery's rooms, children (birth date), attendance and monthly invoices
- `tutoring.duckdb`: a private tutoring agency's tutors (birth year), pupils, sessions and payments (camelCase)
- `allotments.duckdb`: an allotment society's plots, tenants, waiting list and harvest logs (plot link only implied)
- `communitycentre.duckdb`: a community centre's rooms, bookings, events, volunteers and volunteer hours

Usage:
    python eval67/datasets.py OUTDIR

Example:
    >>> from eval67.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval67-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['allotments.duckdb', 'communitycentre.duckdb', 'languageschool.duckdb', 'nursery.duckdb', 'tutoring.duckdb']
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


def _weekday(rng: random.Random, start: dt.date, span_days: int) -> dt.date:
    """A random Monday-to-Friday day in [start, start + span_days)."""
    day = _day(rng, start, span_days)
    while day.weekday() >= 5:
        day = _day(rng, start, span_days)
    return day


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Adaeze", "Bruno", "Carmen", "Dmitri", "Esme", "Felix", "Gianna", "Harvey", "Ines", "Jasper", "Kemi",
         "Leon", "Marisol", "Nils", "Orla", "Pablo", "Quinn", "Rosa", "Santiago", "Tamsin", "Ulrich", "Valentina",
         "Wilf", "Ximena", "Yara", "Zeki"]
LAST = ["Abernethy", "Bellamy", "Cardoso", "Donnelly", "Eastwood", "Fitzroy", "Greaves", "Haldane", "Ishikawa",
        "Jablonski", "Kerrigan", "Laird", "Mendes", "Northcott", "Oyelaran", "Prentice", "Quirke", "Ramsay",
        "Stavros", "Tennant", "Upton", "Vickers", "Wainwright", "Yilmaz"]
KID_FIRST = ["Alfie", "Bea", "Cody", "Daisy", "Eli", "Freya", "George", "Hattie", "Ivy", "Jack", "Kit", "Lola",
             "Milo", "Nell", "Ollie", "Poppy", "Reggie", "Sienna", "Teddy", "Wren"]

# ------------------------------------------------------------------------------------------ language school
COURSES = [(1, "General English Beginners", "English", "A1", 15, 1450.0, False),
           (2, "General English Elementary", "English", "A2", 15, 1450.0, False),
           (3, "General English Intermediate", "English", "B1", 15, 1520.0, False),
           (4, "Upper Intermediate English", "English", "B2", 15, 1560.0, False),
           (5, "IELTS Preparation", "English", "B2", 20, 1890.0, False),
           (6, "Advanced English", "English", "C1", 12, 1610.0, False),
           (7, "Business English Online", "English", "B2", 6, 780.0, True),
           (8, "Spanish for Beginners", "Spanish", "A1", 4, 395.0, False),
           (9, "Spanish Conversation", "Spanish", "B1", 3, 340.0, True),
           (10, "French for Beginners", "French", "A1", 4, 395.0, False),
           (11, "French Intermediate", "French", "B1", 4, 420.0, False),
           (12, "German for Beginners", "German", "A1", 4, 410.0, True),
           (13, "German Intermediate", "German", "B1", 4, 435.0, False),
           (14, "Mandarin Foundations", "Mandarin", "A1", 3, 465.0, True),
           (15, "Japanese Foundations", "Japanese", "A1", 3, 470.0, False)]
NATIONALITIES = {"Spanish": 14, "Italian": 12, "Brazilian": 9, "Japanese": 8, "Chinese": 10, "Saudi": 6,
                 "Turkish": 7, "Colombian": 5, "British": 22, "Polish": 7}
EXAM_TYPES = ["written", "oral", "listening"]


def build_languageschool(path: Path | str) -> None:
    """students (420, birth_date), courses (15), enrolments (2023-2024, withdrawn_on NULL unless withdrawn),
    exam_results (exam_taken_at TIMESTAMP, score, passed)."""
    rng = random.Random(6701)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE students(student_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, nationality VARCHAR, registered_on DATE, scholarship BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE courses(course_id INTEGER PRIMARY KEY, course_name VARCHAR,
        language VARCHAR, level VARCHAR, weekly_hours INTEGER, list_fee_gbp DOUBLE, online BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE enrolments(enrolment_id INTEGER PRIMARY KEY,
        student_id INTEGER REFERENCES students(student_id), course_id INTEGER REFERENCES courses(course_id),
        enrolled_on DATE, start_date DATE, weeks INTEGER, fee_paid_gbp DOUBLE, paid_in_full BOOLEAN,
        withdrawn_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE exam_results(result_id INTEGER PRIMARY KEY,
        enrolment_id INTEGER REFERENCES enrolments(enrolment_id), exam_taken_at TIMESTAMP, exam_type VARCHAR,
        score INTEGER, passed BOOLEAN, resit BOOLEAN)""")
    students = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1):
        nationality = rng.choices(list(NATIONALITIES), list(NATIONALITIES.values()))[0]
        students.append((sid, first, last, _day(rng, dt.date(1962, 1, 1), 16400), nationality,
                         _day(rng, dt.date(2022, 6, 1), 880), rng.random() < 0.11))
    enrolments, results = [], []
    course_weights = [9, 11, 14, 10, 12, 5, 6, 8, 4, 7, 3, 5, 2, 3, 2]
    english = [c for c in COURSES if c[2] == "English"]
    for eid in range(1, 1301):
        enrolled = _day(rng, dt.date(2023, 1, 1), 715)
        student = rng.choice([s for s in students if s[5] <= enrolled])
        if student[4] == "British" or rng.random() < 0.15:
            course = rng.choices(COURSES[7:], course_weights[7:])[0]
        else:
            course = rng.choices(english, course_weights[:7])[0]
        start = enrolled + dt.timedelta(days=rng.randint(3, 28))
        weeks = rng.choice([4, 8, 10, 12, 12, 24]) if course[2] == "English" else rng.choice([10, 10, 12])
        fee = course[5] * weeks / 12 * (0.5 if student[6] else 1.0) * rng.uniform(0.92, 1.0)
        withdrawn = start + dt.timedelta(days=rng.randint(3, 7 * weeks - 1)) if rng.random() < 0.12 else None
        if withdrawn is not None and withdrawn > dt.date(2024, 12, 31):
            withdrawn = None
        enrolments.append((eid, student[0], course[0], enrolled, start, weeks, round(fee, 2), rng.random() < 0.82,
                           withdrawn))
        if withdrawn is not None:
            continue
        ability = rng.gauss(66 - 4 * ["A1", "A2", "B1", "B2", "C1"].index(course[3]), 12)
        for exam in rng.sample(EXAM_TYPES, rng.choice([1, 2, 2, 3])):
            day = start + dt.timedelta(days=7 * weeks - rng.randint(0, 6))
            if day > dt.date(2024, 12, 31) or day.weekday() >= 5:
                continue
            score = max(12, min(100, round(ability + rng.gauss(0, 9) + (3 if exam == "oral" else 0))))
            results.append((len(results) + 1, eid, _moment(rng, day, 9, 16), exam, score, score >= 50,
                            False))
            if score < 50 and rng.random() < 0.6:
                retry = day + dt.timedelta(days=rng.randint(14, 40))
                while retry.weekday() >= 5:
                    retry += dt.timedelta(days=1)
                if retry <= dt.date(2024, 12, 31):
                    rescore = min(100, score + rng.randint(2, 25))
                    results.append((len(results) + 1, eid, _moment(rng, retry, 9, 16), exam, rescore,
                                    rescore >= 50, True))
    _insert(con, "students", students)
    _insert(con, "courses", COURSES)
    _insert(con, "enrolments", enrolments)
    _insert(con, "exam_results", results)
    con.close()


# ------------------------------------------------------------------------------------------------ nursery
ROOMS = [(1, "Caterpillars", "baby", 9, False, 78.0), (2, "Ladybirds", "baby", 12, True, 76.5),
         (3, "Hedgehogs", "toddler", 16, True, 69.0), (4, "Foxes", "toddler", 18, True, 68.0),
         (5, "Owls", "preschool", 26, True, 61.5)]
SESSIONS = {"full day": 1.0, "morning": 0.55, "afternoon": 0.5}
PAY_METHODS = ["direct debit", "card", "tax-free childcare", "childcare vouchers"]


def _age_room(birth: dt.date, day: dt.date) -> int:
    """The room a child of this birth date belongs in on `day` (babies under 2, toddlers under 3, then pre-school)."""
    months = (day.year - birth.year) * 12 + day.month - birth.month
    return 1 if months < 12 else 2 if months < 24 else 3 if months < 30 else 4 if months < 36 else 5


def build_nursery(path: Path | str) -> None:
    """rooms (5), children (150, birth_date; left_on NULL while still attending), attendance (2023-01..2025-03,
    check-in NULL when absent), invoices (monthly; paid_on NULL while unpaid)."""
    rng = random.Random(6702)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE rooms(room_id INTEGER PRIMARY KEY, room_name VARCHAR, age_group VARCHAR,
        capacity INTEGER, garden_access BOOLEAN, day_rate_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE children(child_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, room_id INTEGER REFERENCES rooms(room_id), started_on DATE, left_on DATE,
        funded_hours BOOLEAN, has_allergy BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE attendance(attendance_id INTEGER PRIMARY KEY,
        child_id INTEGER REFERENCES children(child_id), session_date DATE, session_type VARCHAR, absent BOOLEAN,
        absence_reason VARCHAR, checked_in_at TIMESTAMP, checked_out_at TIMESTAMP, late_pickup BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE invoices(invoice_id INTEGER PRIMARY KEY,
        child_id INTEGER REFERENCES children(child_id), invoice_month DATE, issued_on DATE, days_billed INTEGER,
        gross_gbp DOUBLE, funding_gbp DOUBLE, amount_due_gbp DOUBLE, paid_on DATE, payment_method VARCHAR)""")
    end = dt.date(2025, 3, 31)
    children = []
    for cid, (first, last) in enumerate(_unique_names(rng, KID_FIRST, LAST, 150), start=1):
        birth = _day(rng, dt.date(2018, 11, 1), 2150)
        started = max(birth + dt.timedelta(days=rng.randint(120, 500)), _day(rng, dt.date(2021, 9, 1), 1150))
        if started > dt.date(2025, 2, 28):
            started = birth + dt.timedelta(days=120)
        leaves_school = dt.date(birth.year + (5 if birth.month >= 9 else 4), 7, 20)
        left = leaves_school if leaves_school <= end else None
        if left is None and rng.random() < 0.12:
            left = started + dt.timedelta(days=rng.randint(90, 500))
            left = left if left <= end else None
        if left is not None and left <= started:
            started = left - dt.timedelta(days=rng.randint(120, 400))
        children.append([cid, first, last, birth, _age_room(birth, min(end, left or end)), started, left,
                         False, rng.random() < 0.14])
    for child in children:
        age_now = (min(end, child[6] or end) - child[3]).days / 365.25
        child[7] = age_now >= 3 and rng.random() < 0.75
    attendance = []
    pattern = {c[0]: rng.choices(list(SESSIONS), [60, 25, 15])[0] for c in children}
    for aid in range(1, 5201):
        day = _weekday(rng, dt.date(2023, 1, 2), (end - dt.date(2023, 1, 2)).days + 1)
        here = [c for c in children if c[5] <= day and (c[6] is None or c[6] > day)]
        child = rng.choice(here)
        session = pattern[child[0]] if rng.random() < 0.85 else rng.choice(list(SESSIONS))
        absent = rng.random() < 0.07
        reason = rng.choices(["illness", "holiday", "other"], [60, 30, 10])[0] if absent else None
        first_hour = rng.choice([12, 13]) if session == "afternoon" else rng.choice([7, 7, 8, 8, 8, 9])
        checked_in = None if absent else dt.datetime.combine(day, dt.time(first_hour, rng.randrange(60)))
        late = False
        checked_out = None
        if not absent:
            out_hour = {"full day": 17, "morning": 12, "afternoon": 17}[session]
            late = rng.random() < 0.06
            checked_out = dt.datetime.combine(day, dt.time(out_hour, rng.randrange(30))) + \
                dt.timedelta(minutes=rng.randint(35, 70) if late else 0)
            if session == "full day" and not late:
                checked_out -= dt.timedelta(minutes=rng.randint(0, 90))
        attendance.append((aid, child[0], day, session, absent, reason, checked_in,
                           checked_out, late))
    invoices = []
    for child in children:
        month = max(dt.date(2023, 1, 1), child[5].replace(day=1))
        method = rng.choices(PAY_METHODS, [50, 15, 25, 10])[0]
        while month <= dt.date(2025, 3, 1) and (child[6] is None or month <= child[6]):
            room = ROOMS[_age_room(child[3], month) - 1]
            days = rng.randint(6, 21) if pattern[child[0]] == "full day" else rng.randint(5, 20)
            gross = round(days * room[5] * SESSIONS[pattern[child[0]]], 2)
            funding = round(min(gross * 0.6, rng.uniform(180, 330)), 2) if child[7] else 0.0
            issued = month + dt.timedelta(days=rng.randint(0, 4))
            paid = issued + dt.timedelta(days=rng.randint(2, 40))
            if paid > dt.date(2025, 4, 10) or rng.random() < 0.03:
                paid = None
            invoices.append((len(invoices) + 1, child[0], month, issued, days, gross, funding,
                             round(gross - funding, 2), paid, method if paid else None))
            month = (month + dt.timedelta(days=32)).replace(day=1)
    _insert(con, "rooms", ROOMS)
    _insert(con, "children", [tuple(c) for c in children])
    _insert(con, "attendance", attendance)
    _insert(con, "invoices", invoices)
    con.close()


# ------------------------------------------------------------------------------------------------ tutoring
SUBJECTS = {"maths": 44.0, "english": 40.0, "physics": 48.0, "chemistry": 47.0, "biology": 42.0, "french": 38.0,
            "computer science": 50.0}
SCHOOL_TYPES = ["state", "independent", "grammar", "home-educated"]
LEAD_SOURCES = ["website", "referral", "school", "social media"]


def build_tutoring(path: Path | str) -> None:
    """tutors (18, birthYear), pupils (240, birthDate), sessions (2023-01..2025-04, startsAt TIMESTAMP,
    cancelled), payments (refunded flag); camelCase columns."""
    rng = random.Random(6703)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE tutors(tutorId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthYear INTEGER, subject VARCHAR, hourlyRate DOUBLE, isQualifiedTeacher BOOLEAN, joinedDate DATE)""")
    con.execute("""CREATE OR REPLACE TABLE pupils(pupilId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthDate DATE, schoolType VARCHAR, leadSource VARCHAR, hasSen BOOLEAN, signedUpDate DATE)""")
    con.execute("""CREATE OR REPLACE TABLE sessions(sessionId INTEGER PRIMARY KEY,
        tutorId INTEGER REFERENCES tutors(tutorId), pupilId INTEGER REFERENCES pupils(pupilId), startsAt TIMESTAMP,
        durationMin INTEGER, mode VARCHAR, examPrep BOOLEAN, cancelled BOOLEAN, chargeGbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE payments(paymentId INTEGER PRIMARY KEY,
        pupilId INTEGER REFERENCES pupils(pupilId), paidAt TIMESTAMP, amountGbp DOUBLE, method VARCHAR,
        refunded BOOLEAN)""")
    subjects = list(SUBJECTS)
    tutors = []
    for tid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 18), start=1):
        subject = subjects[(tid - 1) % len(subjects)]
        qualified = rng.random() < 0.5
        tutors.append((tid, first, last, rng.randint(1958, 2001), subject,
                       round(SUBJECTS[subject] + (8 if qualified else 0) + rng.randint(-4, 6), 2), qualified,
                       _day(rng, dt.date(2019, 1, 1), 1400)))
    pupils = []
    for pid, (first, last) in enumerate(_unique_names(rng, KID_FIRST + FIRST, LAST, 240), start=1):
        pupils.append((pid, first, last, _day(rng, dt.date(2006, 9, 1), 3650),
                       rng.choices(SCHOOL_TYPES, [55, 20, 18, 7])[0], rng.choices(LEAD_SOURCES, [40, 30, 12, 18])[0],
                       rng.random() < 0.13, _day(rng, dt.date(2022, 6, 1), 960)))
    tutor_weights = [rng.uniform(0.4, 1.6) for _ in tutors]
    sessions, spent = [], {p[0]: 0.0 for p in pupils}
    for sid in range(1, 3401):
        day = _day(rng, dt.date(2023, 1, 1), 850)
        pupil = rng.choice([p for p in pupils if p[7] < day])
        tutor = rng.choices(tutors, tutor_weights)[0]
        hour = rng.choice([9, 10, 11, 12]) if day.weekday() >= 5 else rng.choice([15, 16, 16, 17, 17, 18, 19])
        starts = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 0, 15, 30, 45])))
        minutes = rng.choices([45, 60, 90], [20, 60, 20])[0]
        cancelled = rng.random() < 0.08
        charge = 0.0 if cancelled else round(tutor[5] * minutes / 60, 2)
        spent[pupil[0]] += charge
        sessions.append((sid, tutor[0], pupil[0], starts, minutes, rng.choices(["online", "in person"], [45, 55])[0],
                         rng.random() < 0.35 and day.month in (1, 2, 3, 4, 5), cancelled, charge))
    payments = []
    for pupil in pupils:
        owed = spent[pupil[0]]
        while owed > 0:
            amount = round(min(owed, rng.choice([80.0, 120.0, 150.0, 200.0, 240.0, 300.0]) + rng.randint(0, 9)), 2)
            owed -= amount
            day = max(_day(rng, dt.date(2023, 1, 15), 835), pupil[7] + dt.timedelta(days=rng.randint(5, 40)))
            if day > dt.date(2025, 4, 30):
                day = _day(rng, dt.date(2023, 1, 15), 835)
            payments.append((len(payments) + 1, pupil[0], _moment(rng, day, 7, 22), amount,
                             rng.choices(["card", "bank transfer", "cash"], [45, 45, 10])[0], rng.random() < 0.03))
    _insert(con, "tutors", tutors)
    _insert(con, "pupils", pupils)
    _insert(con, "sessions", sessions)
    _insert(con, "payments", payments)
    con.close()


# ---------------------------------------------------------------------------------------------- allotments
SITES = {"Meadow Lane": ("M", 30), "Riverside": ("R", 26), "Church Field": ("C", 18), "Hilltop": ("H", 14)}
CROPS = {"potatoes": ("vegetable", 4.5), "runner beans": ("vegetable", 1.4), "courgettes": ("vegetable", 2.2),
         "tomatoes": ("vegetable", 1.8), "onions": ("vegetable", 2.0), "carrots": ("vegetable", 1.6),
         "leeks": ("vegetable", 1.9), "strawberries": ("fruit", 0.9), "raspberries": ("fruit", 0.7),
         "rhubarb": ("fruit", 1.5), "apples": ("fruit", 3.2)}
CROP_MONTHS = {"potatoes": (6, 9), "runner beans": (7, 9), "courgettes": (6, 9), "tomatoes": (7, 10),
               "onions": (7, 8), "carrots": (6, 10), "leeks": (1, 12), "strawberries": (6, 7),
               "raspberries": (7, 9), "rhubarb": (4, 6), "apples": (8, 10)}


def build_allotments(path: Path | str) -> None:
    """plots (88), tenants (tenancy_end NULL while current, birth_year), waiting_list (offered_on NULL until an
    offer), harvest_logs (2023-2024; plot_id NOT declared as a foreign key, tenant_id declared)."""
    rng = random.Random(6704)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE plots(plot_id INTEGER PRIMARY KEY, plot_code VARCHAR, site VARCHAR,
        plot_size VARCHAR, area_m2 DOUBLE, has_water_tap BOOLEAN, has_shed BOOLEAN, annual_rent_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE tenants(tenant_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, plot_id INTEGER REFERENCES plots(plot_id), tenancy_start DATE,
        tenancy_end DATE, organic BOOLEAN, concession BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE waiting_list(entry_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, joined_on DATE, preferred_site VARCHAR, half_plot_ok BOOLEAN,
        offered_on DATE, status VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE harvest_logs(log_id INTEGER PRIMARY KEY, plot_id INTEGER,
        tenant_id INTEGER REFERENCES tenants(tenant_id), logged_at TIMESTAMP, crop VARCHAR, crop_type VARCHAR,
        weight_kg DOUBLE, hours_spent DOUBLE, donated_to_food_bank BOOLEAN)""")
    plots = []
    for site, (prefix, count) in SITES.items():
        for n in range(1, count + 1):
            half = rng.random() < 0.35
            area = round((125.0 if half else 250.0) * rng.uniform(0.85, 1.15), 1)
            plots.append((len(plots) + 1, f"{prefix}{n:02d}", site, "half" if half else "full", area,
                          site != "Hilltop" and rng.random() < 0.7, rng.random() < 0.45,
                          round(area * (0.34 if site == "Hilltop" else 0.42), 2)))
    names = _unique_names(rng, FIRST, LAST, 340)
    tenants = []
    for plot in plots:
        start = _day(rng, dt.date(2008, 1, 1), 5600)
        while True:
            end = start + dt.timedelta(days=rng.randint(400, 5000))
            current = end > dt.date(2024, 12, 31)
            first, last = names[len(tenants)]
            tenants.append((len(tenants) + 1, first, last, rng.randint(1942, 1998), plot[0], start,
                            None if current else end, rng.random() < 0.4, rng.random() < 0.2))
            if current:
                break
            start = end + dt.timedelta(days=rng.randint(10, 120))
            if start > dt.date(2024, 12, 31):
                break
    waiting = []
    for eid in range(1, 131):
        first, last = names[200 + eid]
        joined = _day(rng, dt.date(2020, 3, 1), 1750)
        status = rng.choices(["waiting", "accepted", "declined", "withdrawn"], [55, 25, 10, 10])[0]
        offered = None
        if status in ("accepted", "declined"):
            offered = min(joined + dt.timedelta(days=rng.randint(90, 900)), dt.date(2024, 12, 20))
            if offered <= joined:
                offered = joined + dt.timedelta(days=5)
        waiting.append((eid, first, last, rng.randint(1948, 2002), joined, rng.choices(list(SITES), [35, 30, 20,
                        15])[0], rng.random() < 0.5, offered, status))
    keen = {t[0]: rng.uniform(0.3, 1.7) for t in tenants}
    logs = []
    while len(logs) < 2600:
        crop = rng.choice(list(CROPS))
        first_month, last_month = CROP_MONTHS[crop]
        year = rng.choice([2023, 2024])
        month = rng.randint(first_month, last_month)
        day = dt.date(year, month, rng.randint(1, 28))
        active = [t for t in tenants if t[5] <= day and (t[6] is None or t[6] > day)]
        tenant = rng.choices(active, [keen[t[0]] for t in active])[0]
        kind, typical = CROPS[crop]
        weight = round(typical * rng.uniform(0.3, 2.2) * (1.15 if year == 2024 else 1.0), 2)
        logs.append((len(logs) + 1, tenant[4], tenant[0], _moment(rng, day, 7, 20), crop, kind, weight,
                     round(rng.choice([0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0]) * rng.uniform(0.9, 1.1), 2),
                     rng.random() < 0.12))
    _insert(con, "plots", plots)
    _insert(con, "tenants", tenants)
    _insert(con, "waiting_list", waiting)
    _insert(con, "harvest_logs", logs)
    con.close()


# ----------------------------------------------------------------------------------------- community centre
CENTRE_ROOMS = [(1, "Main Hall", 180, 42.0, True, 0), (2, "Studio", 40, 26.0, True, 0),
                (3, "Garden Room", 30, 22.0, True, 0), (4, "Kitchen", 12, 18.0, True, 0),
                (5, "Meeting Room 1", 16, 14.0, False, 1), (6, "Meeting Room 2", 10, 12.0, False, 1)]
HIRERS = {"Parkside Residents Association": "charity", "Zumba with Zoe": "private", "Little Notes Music": "private",
          "Hartfield Food Bank": "charity", "St Anne's Scouts": "charity", "Brightwell Solicitors": "business",
          "City Council Housing": "council", "Silver Threads Knitting": "charity", "Pilates Plus": "private",
          "Kidz Party Co": "business", "NHS Health Visitors": "council", "Ukrainian Welcome Group": "charity",
          "Tech Skills CIC": "charity", "Family birthday party": "private", "Brightwell Chess Club": "charity"}
EVENT_KINDS = {"fitness": ["Chair Yoga", "Over-60s Tai Chi", "Boxercise"], "arts": ["Watercolour Class",
               "Open Mic Night", "Pottery Taster"], "social": ["Coffee Morning", "Quiz Night", "Bingo Afternoon"],
               "education": ["Digital Skills Drop-in", "ESOL Conversation", "Money Advice Clinic"],
               "children": ["Toddler Sing-along", "Holiday Club", "Lego Club"]}
TASKS = ["reception", "cafe", "cleaning", "gardening", "event support"]


def build_communitycentre(path: Path | str) -> None:
    """rooms (6), bookings (2023-2024; cancelled_on NULL unless cancelled), events, volunteers (birth_date; left_on
    NULL while active), volunteer_hours (event_id NULL when the shift was not at an event)."""
    rng = random.Random(6705)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE rooms(room_id INTEGER PRIMARY KEY, room_name VARCHAR, capacity INTEGER,
        hourly_rate_gbp DOUBLE, step_free BOOLEAN, floor INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        room_id INTEGER REFERENCES rooms(room_id), hirer_name VARCHAR, hirer_type VARCHAR, starts_at TIMESTAMP,
        ends_at TIMESTAMP, expected_attendees INTEGER, fee_gbp DOUBLE, paid BOOLEAN, recurring BOOLEAN,
        cancelled_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE events(event_id INTEGER PRIMARY KEY,
        room_id INTEGER REFERENCES rooms(room_id), event_name VARCHAR, category VARCHAR, starts_at TIMESTAMP,
        tickets_sold INTEGER, ticket_price_gbp DOUBLE, free_entry BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE volunteers(volunteer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, joined_on DATE, left_on DATE, dbs_checked BOOLEAN, first_aider BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE volunteer_hours(entry_id INTEGER PRIMARY KEY,
        volunteer_id INTEGER REFERENCES volunteers(volunteer_id), event_id INTEGER REFERENCES events(event_id),
        work_date DATE, task VARCHAR, hours DOUBLE)""")
    hirer_weights = [rng.uniform(0.3, 2.0) for _ in HIRERS]
    bookings = []
    for bid in range(1, 1901):
        hirer = rng.choices(list(HIRERS), hirer_weights)[0]
        kind = HIRERS[hirer]
        room = rng.choices(CENTRE_ROOMS, [30, 25, 15, 6, 14, 10])[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        starts = dt.datetime.combine(day, dt.time(rng.randint(8, 20), rng.choice([0, 30])))
        hours = rng.choice([1.0, 1.5, 2.0, 2.0, 3.0, 4.0]) if kind != "business" else rng.choice([2.0, 4.0, 6.0])
        ends = starts + dt.timedelta(minutes=int(hours * 60))
        fee = round(room[3] * hours * (0.5 if kind == "charity" else 1.0) * (1.05 if day.year == 2024 else 1.0), 2)
        cancelled = day - dt.timedelta(days=rng.randint(1, 45)) if rng.random() < 0.09 else None
        bookings.append((bid, room[0], hirer, kind, starts, ends, max(2, int(room[2] * rng.uniform(0.15, 0.95))),
                         fee, cancelled is None and rng.random() < 0.93, rng.random() < 0.4, cancelled))
    events = []
    for eid in range(1, 421):
        category = rng.choices(list(EVENT_KINDS), [26, 18, 24, 16, 16])[0]
        name = rng.choice(EVENT_KINDS[category])
        room = rng.choices(CENTRE_ROOMS[:4], [45, 30, 20, 5])[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        if name in ("Quiz Night", "Open Mic Night", "Bingo Afternoon"):
            hour = 14 if name == "Bingo Afternoon" else rng.choice([19, 20])
        elif category in ("children", "social", "education"):
            hour = rng.choice([10, 11, 14, 16])
        else:
            hour = rng.choice([10, 18, 19])
        free = category == "education" or rng.random() < 0.2
        price = 0.0 if free else rng.choice([2.0, 3.0, 3.5, 4.0, 5.0, 6.0, 8.0])
        events.append((eid, room[0], name, category, dt.datetime.combine(day, dt.time(hour, rng.choice([0, 30]))),
                       max(3, int(room[2] * rng.uniform(0.1, 0.7))), price, free))
    volunteers = []
    for vid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 48), start=1):
        joined = _day(rng, dt.date(2016, 1, 1), 3100)
        left = joined + dt.timedelta(days=rng.randint(200, 2500)) if rng.random() < 0.3 else None
        if left is not None and (left > dt.date(2024, 12, 31) or left < dt.date(2023, 3, 1)):
            left = None
        volunteers.append((vid, first, last, _day(rng, dt.date(1945, 1, 1), 21000), joined, left,
                           rng.random() < 0.8, rng.random() < 0.3))
    energy = {v[0]: rng.uniform(0.2, 2.0) for v in volunteers}
    hours_rows = []
    while len(hours_rows) < 2400:
        day = _day(rng, dt.date(2023, 1, 1), 731)
        active = [v for v in volunteers if v[4] <= day and (v[5] is None or v[5] > day)]
        if not active:
            continue
        volunteer = rng.choices(active, [energy[v[0]] for v in active])[0]
        todays = [e for e in events if e[4].date() == day]
        if todays and rng.random() < 0.7:
            event, task = rng.choice(todays)[0], "event support"
        else:
            event, task = None, rng.choices(TASKS[:4], [35, 30, 15, 20])[0]
        hours_rows.append((len(hours_rows) + 1, volunteer[0], event, day, task,
                           rng.choice([1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0])))
    _insert(con, "rooms", CENTRE_ROOMS)
    _insert(con, "bookings", bookings)
    _insert(con, "events", events)
    _insert(con, "volunteers", volunteers)
    _insert(con, "volunteer_hours", hours_rows)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "languageschool": build_languageschool,
    "nursery": build_nursery,
    "tutoring": build_tutoring,
    "allotments": build_allotments,
    "communitycentre": build_communitycentre,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval67-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval67-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval67-dbs"))
