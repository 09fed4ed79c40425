"""Builders of the eval52 evaluation corpus: five DuckDB files in domains no other corpus uses.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `examboard.duckdb`: centres, candidates (date_of_birth), entries (nullable tier, raw_mark, grade and
  predicted_grade; results_issued_at TIMESTAMP; declared FKs), exam series 2022-2024
- `canteen.duckdb`: pupils (birth_year, nullable dietary_need), menu_items, purchases (purchased_at TIMESTAMP;
  purchases.pupil_id is NOT a declared foreign key, purchases.item_id is), 2023-2024
- `housing.duckdb`: residences, rooms, tenancies (move_out NULL while the student still lives there),
  maintenance_requests (resolved_at / repair_cost NULL while open; declared FKs), Sept 2022 - Dec 2024
- `bootcamp.duckdb`: cohorts, learners (birth_year, nullable final_score / hired_on / starting_salary), 2022-2024
- `grants.duckdb`: researchers, applications (nullable decision_date and amount_awarded; declared FK), 2022-2024

Usage:
    python eval52/datasets.py OUTDIR

Example:
    >>> from eval52.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval52-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['bootcamp.duckdb', 'canteen.duckdb', 'examboard.duckdb', 'grants.duckdb', 'housing.duckdb']
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


def _at(rng: random.Random, day: dt.date, first_hour: int, last_hour: int) -> dt.datetime:
    """A random timestamp (whole minutes) on `day` between first_hour:00 and last_hour:59."""
    return dt.datetime(day.year, day.month, day.day, rng.randint(first_hour, last_hour), rng.randrange(60))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amara", "Ben", "Caitlin", "Dev", "Ellie", "Finn", "Georgia", "Harvey", "Imogen", "Jamal", "Kaya", "Liam",
         "Maya", "Nathan", "Olivia", "Priya", "Quentin", "Rosie", "Samir", "Tilly", "Umar", "Violet", "Will", "Zara",
         "Aled", "Bethan", "Callum", "Daisy", "Ewan", "Freya"]
LAST = ["Ahmed", "Barker", "Chowdhury", "Davies", "Evans", "Fletcher", "Gill", "Hughes", "Iqbal", "Jenkins", "Khan",
        "Lloyd", "Morgan", "Nolan", "O'Brien", "Patel", "Quinn", "Reid", "Shaw", "Turner", "Walsh", "Young"]

# ------------------------------------------------------------------------------------------------ exam board
CENTRES = [
    # centre_name, region, centre_type
    ("Ashford Grammar School", "South East", "state school"), ("Bramley Park Academy", "Yorkshire", "state school"),
    ("Castleford High", "Yorkshire", "state school"), ("Dunmore College", "North West", "sixth form college"),
    ("Eastgate Academy", "London", "state school"), ("Fairfield House", "South East", "independent school"),
    ("Greenhill School", "Midlands", "state school"), ("Hollins Park College", "North West", "sixth form college"),
    ("Islington Free School", "London", "state school"), ("Kingsmead School", "Midlands", "independent school"),
    ("Lark Rise Academy", "North West", "state school"), ("St Aidan's College", "London", "independent school"),
]
SUBJECTS = {
    # subject -> (tiered, max_mark, entry_fee, difficulty)
    "Mathematics": (True, 240, 48.5, 0.0), "English Language": (False, 160, 47.0, 0.2),
    "English Literature": (False, 160, 47.0, 0.1), "Biology": (True, 200, 45.0, 0.1),
    "Chemistry": (True, 200, 45.0, -0.3), "Physics": (True, 200, 45.0, -0.2), "History": (False, 168, 46.0, 0.0),
    "Geography": (False, 176, 46.0, 0.3), "French": (True, 240, 49.0, -0.5),
    "Computer Science": (False, 160, 50.5, 0.2),
    "Art and Design": (False, 96, 52.0, 0.6),
}


def _grade(rng: random.Random, ability: float, difficulty: float) -> int:
    """A 9-1 grade drawn around the candidate's ability."""
    return max(1, min(9, round(rng.gauss(ability + difficulty, 1.3))))


def build_examboard(path: Path | str) -> None:
    """centres (12), candidates (900, date_of_birth), entries (one row per candidate and subject; declared FKs)."""
    rng = random.Random(5201)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE centres(centre_id INTEGER PRIMARY KEY, centre_name VARCHAR,
        region VARCHAR, centre_type VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE candidates(candidate_id INTEGER PRIMARY KEY,
        centre_id INTEGER REFERENCES centres(centre_id), first_name VARCHAR, last_name VARCHAR, date_of_birth DATE,
        gender VARCHAR, access_arrangements BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE entries(entry_id INTEGER PRIMARY KEY,
        candidate_id INTEGER REFERENCES candidates(candidate_id), subject VARCHAR, tier VARCHAR, exam_series VARCHAR,
        exam_date DATE, max_mark INTEGER, raw_mark INTEGER, predicted_grade INTEGER, grade INTEGER,
        entry_fee DOUBLE, remark_requested BOOLEAN, results_issued_at TIMESTAMP)""")
    centres = [(i, *c) for i, c in enumerate(CENTRES, start=1)]
    candidates, entries = [], []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 560), start=1):
        centre = rng.choices(centres, [9, 8, 7, 10, 9, 5, 8, 9, 7, 4, 8, 6])[0]
        born = _day(rng, dt.date(2005, 9, 1), 365 * 3)
        candidates.append((cid, centre[0], first, last, born, rng.choice(["F", "M"]), rng.random() < 0.12))
        year = born.year + 17 if born.month >= 9 else born.year + 16
        ability = rng.gauss(5.2 + (0.8 if centre[3] == "independent school" else 0.0), 1.4)
        for subject in rng.sample(list(SUBJECTS), rng.randint(4, 7)):
            tiered, max_mark, fee, difficulty = SUBJECTS[subject]
            resit = subject in ("Mathematics", "English Language") and rng.random() < 0.07
            series = "November" if resit else "June"
            exam_date = dt.date(year, 11, rng.randint(2, 10)) if resit else dt.date(year, 5, 13) + dt.timedelta(
                days=rng.randrange(35))
            tier = ("Higher" if ability + rng.gauss(0, 1) > 4.5 else "Foundation") if tiered else None
            predicted = max(1, min(9, round(ability + rng.gauss(0, 0.8)))) if rng.random() < 0.9 else None
            absent = rng.random() < 0.03
            grade = None if absent else _grade(rng, ability, difficulty)
            if grade is not None and tier == "Foundation":
                grade = min(grade, 5)
            raw = None if absent else min(max_mark, max(0, round(max_mark * (grade / 10 + rng.uniform(-0.04, 0.06)))))
            issued = None if absent else _at(rng, dt.date(year, 8, 22) if series == "June" else dt.date(year + 1, 1, 9),
                                                  6, 9)
            entries.append((len(entries) + 1, cid, subject, tier, f"{series} {year}", exam_date, max_mark, raw,
                            predicted, grade, round(fee * (1 + 0.03 * (year - 2022)), 2),
                            (not absent) and rng.random() < 0.06, issued))
    _insert(con, "centres", centres)
    _insert(con, "candidates", candidates)
    _insert(con, "entries", entries)
    con.close()


# ------------------------------------------------------------------------------------------------ school canteen
MENU = [
    # item_name, category, price, is_vegetarian, calories
    ("Chicken Curry", "main", 2.60, False, 620), ("Vegetable Lasagne", "main", 2.40, True, 540),
    ("Fish and Chips", "main", 2.80, False, 780), ("Jacket Potato with Beans", "main", 2.10, True, 450),
    ("Beef Burger", "main", 2.70, False, 690), ("Cheese and Tomato Pizza", "main", 2.30, True, 600),
    ("Chicken Wrap", "main", 2.50, False, 480), ("Falafel Salad Box", "main", 2.40, True, 410),
    ("Pasta Bake", "main", 2.20, True, 560), ("Tomato Soup", "main", 1.60, True, 220),
    ("Chocolate Sponge", "dessert", 0.90, True, 380), ("Fruit Pot", "dessert", 0.80, True, 90),
    ("Yoghurt", "dessert", 0.70, True, 120), ("Flapjack", "dessert", 0.85, True, 330),
    ("Apple Crumble", "dessert", 1.00, True, 350), ("Bottled Water", "drink", 0.60, True, 0),
    ("Orange Juice", "drink", 0.90, True, 110), ("Semi-skimmed Milk", "drink", 0.55, True, 125),
    ("Hot Chocolate", "drink", 1.10, True, 210), ("Smoothie", "drink", 1.40, True, 160),
    ("Cookie", "snack", 0.60, True, 240), ("Toast", "snack", 0.50, True, 150),
    ("Sausage Roll", "snack", 1.20, False, 320), ("Cheese Scone", "snack", 0.95, True, 290),
]
TERM_DAYS = [(dt.date(y, 1, 4), dt.date(y, 7, 19)) for y in (2023, 2024)] + [
    (dt.date(y, 9, 5), dt.date(y, 12, 20)) for y in (2023, 2024)]


def _school_days() -> list[dt.date]:
    """Weekdays inside the canteen's terms (2023-2024), without the Easter and half-term weeks."""
    days = []
    for start, end in TERM_DAYS:
        day = start
        while day <= end:
            off = (day.month == 4 and day.day <= 14) or (day.month in (2, 10) and 13 <= day.day <= 19)
            if day.weekday() < 5 and not off:
                days.append(day)
            day += dt.timedelta(days=1)
    return days


def build_canteen(path: Path | str) -> None:
    """pupils (420), menu_items (24), purchases (2023-2024 school days; pupil_id NOT declared, item_id declared)."""
    rng = random.Random(5202)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE pupils(pupil_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, year_group INTEGER, birth_year INTEGER, house VARCHAR, free_school_meals BOOLEAN,
        dietary_need VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE menu_items(item_id INTEGER PRIMARY KEY, item_name VARCHAR,
        category VARCHAR, price DOUBLE, is_vegetarian BOOLEAN, calories INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE purchases(purchase_id INTEGER PRIMARY KEY, pupil_id INTEGER,
        item_id INTEGER REFERENCES menu_items(item_id), purchased_at TIMESTAMP, quantity INTEGER, amount DOUBLE,
        payment_method VARCHAR, till VARCHAR)""")
    pupils = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1):
        year_group = rng.randint(7, 13)
        need = rng.choices([None, "vegetarian", "halal", "gluten free", "nut allergy", "vegan"],
                           [70, 10, 8, 4, 4, 4])[0]
        pupils.append((pid, first, last, year_group, 2024 - year_group - 4 - rng.choice([0, 1]),
                       rng.choice(["Oak", "Ash", "Elm", "Willow"]), rng.random() < 0.22, need))
    items = [(i, *m) for i, m in enumerate(MENU, start=1)]
    weights = [9, 6, 8, 5, 8, 7, 6, 3, 5, 3, 5, 4, 4, 5, 3, 6, 4, 3, 4, 3, 6, 3, 5, 2]
    purchases = []
    for day in _school_days():
        for _ in range(rng.randint(14, 26)):
            pupil = rng.choice(pupils)
            item = rng.choices(items, weights)[0]
            veg_only = pupil[7] in ("vegetarian", "vegan")
            if veg_only and not item[4]:
                item = items[1]
            hour = rng.choices([8, 10, 12, 13, 15], [15, 20, 35, 25, 5])[0]
            qty = rng.choices([1, 2, 3], [85, 12, 3])[0]
            price = round(item[3] * (1.05 if day.year == 2024 else 1.0), 2)
            method = "free meal allowance" if pupil[6] and item[2] == "main" else rng.choices(
                ["card", "cash", "parent account"], [45, 15, 40])[0]
            till = "Sixth Form Cafe" if pupil[3] >= 12 and rng.random() < 0.7 else "Main Hall"
            purchases.append((len(purchases) + 1, pupil[0], item[0], _at(rng, day, hour, hour), qty,
                              round(price * qty, 2), method, till))
    _insert(con, "pupils", pupils)
    _insert(con, "menu_items", items)
    _insert(con, "purchases", purchases)
    con.close()


# ------------------------------------------------------------------------------------------------ student housing
RESIDENCES = [
    # residence_name, campus, opened_year, catered, has_gym, base_rent
    ("Harbour House", "Waterfront", 2016, False, True, 165.0), ("Elm Court", "Main Campus", 1998, True, False, 142.0),
    ("Kingsway Hall", "City Centre", 2008, True, True, 175.0), ("Riverside Studios", "Waterfront", 2019, False, True,
                                                                 205.0),
    ("Tower View", "City Centre", 2012, False, False, 158.0), ("Maple Lodge", "Main Campus", 1985, True, False, 128.0),
]
ROOM_TYPES = {"standard single": 1.0, "en-suite": 1.2, "studio": 1.55, "twin share": 0.8}
REPAIRS = {"plumbing": (60, 420), "heating": (80, 600), "electrical": (50, 350), "internet": (0, 90),
           "pest control": (120, 300), "furniture": (30, 250), "locks and keys": (25, 140)}


def build_housing(path: Path | str) -> None:
    """residences (6), rooms (declared FK), tenancies (move_out NULL while living there), maintenance_requests."""
    rng = random.Random(5203)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE residences(residence_id INTEGER PRIMARY KEY, residence_name VARCHAR,
        campus VARCHAR, opened_year INTEGER, catered BOOLEAN, has_gym BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE rooms(room_id INTEGER PRIMARY KEY,
        residence_id INTEGER REFERENCES residences(residence_id), room_number VARCHAR, room_type VARCHAR,
        floor INTEGER, weekly_rent DOUBLE, accessible BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tenancies(tenancy_id INTEGER PRIMARY KEY,
        room_id INTEGER REFERENCES rooms(room_id), student_name VARCHAR, date_of_birth DATE, nationality VARCHAR,
        study_level VARCHAR, academic_year VARCHAR, move_in DATE, move_out DATE, deposit DOUBLE,
        deposit_returned BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE maintenance_requests(request_id INTEGER PRIMARY KEY,
        room_id INTEGER REFERENCES rooms(room_id), reported_at TIMESTAMP, category VARCHAR, priority VARCHAR,
        resolved_at TIMESTAMP, repair_cost DOUBLE)""")
    residences = [(i, *r[:5]) for i, r in enumerate(RESIDENCES, start=1)]
    rooms = []
    for res_id, (_, _, _, _, _, base) in enumerate(RESIDENCES, start=1):
        for n in range(rng.randint(32, 48)):
            rtype = rng.choices(list(ROOM_TYPES), [45, 35, 10, 10])[0]
            floor = rng.randint(0, 5)
            rooms.append((len(rooms) + 1, res_id, f"{floor}{n:02d}", rtype, floor,
                          round(base * ROOM_TYPES[rtype] + floor * 1.5, 2), rng.random() < 0.06))
    nations = ["United Kingdom", "China", "India", "Nigeria", "United States", "Germany", "Malaysia", "Italy"]
    tenancies = []
    names = [f"{f} {s}" for f, s in _unique_names(rng, FIRST, LAST, 600)]
    rng.shuffle(names)
    for start_year in (2022, 2023, 2024):
        for room in rooms:
            if rng.random() < 0.1:
                continue
            level = rng.choices(["undergraduate", "postgraduate"], [75, 25])[0]
            born = _day(rng, dt.date(start_year - (24 if level == "postgraduate" else 20), 1, 1), 365 * 3)
            move_in = dt.date(start_year, 9, rng.randint(14, 28))
            planned_out = dt.date(start_year + 1, 6, rng.randint(20, 30))
            early = rng.random() < 0.07
            move_out = move_in + dt.timedelta(days=rng.randint(30, 200)) if early else planned_out
            if move_out > dt.date(2024, 12, 31):
                move_out = None
            returned = None if move_out is None else rng.random() < 0.85
            tenancies.append((len(tenancies) + 1, room[0], names[len(tenancies) % len(names)], born,
                              rng.choices(nations, [50, 12, 10, 5, 5, 6, 5, 7])[0], level,
                              f"{start_year}/{(start_year + 1) % 100:02d}", move_in, move_out,
                              250.0 if room[3] != "studio" else 400.0, returned))
    requests = []
    day = dt.date(2022, 9, 20)
    while day <= dt.date(2024, 12, 31):
        for _ in range(rng.choices([0, 1, 2, 3], [20, 40, 30, 10])[0]):
            room = rng.choice(rooms)
            category = rng.choices(list(REPAIRS), [22, 20, 14, 18, 6, 12, 8])[0]
            priority = rng.choices(["low", "medium", "high", "urgent"], [30, 40, 20, 10])[0]
            reported = _at(rng, day, 7, 22)
            hours = {"urgent": 6, "high": 30, "medium": 90, "low": 200}[priority] * rng.uniform(0.3, 2.5)
            resolved = reported + dt.timedelta(hours=round(hours, 1))
            still_open = resolved > dt.datetime(2024, 12, 31, 23, 59) or rng.random() < 0.03
            lo, hi = REPAIRS[category]
            cost = None if still_open or rng.random() < 0.15 else round(rng.uniform(lo, hi), 2)
            requests.append((len(requests) + 1, room[0], reported, category, priority,
                             None if still_open else resolved, cost))
        day += dt.timedelta(days=1)
    _insert(con, "residences", residences)
    _insert(con, "rooms", rooms)
    _insert(con, "tenancies", tenancies)
    _insert(con, "maintenance_requests", requests)
    con.close()


# ------------------------------------------------------------------------------------------------ coding bootcamp
TRACKS = {"Web Development": 8500.0, "Data Science": 9900.0, "Cyber Security": 9200.0, "UX Design": 7400.0}
INSTRUCTORS = {"Web Development": ["Hannah Cole", "Marcus Webb"], "Data Science": ["Dr. Lena Fischer", "Tom Ashby"],
               "Cyber Security": ["Raj Mehta"], "UX Design": ["Sofia Lind", "Greg Palmer"]}


def build_bootcamp(path: Path | str) -> None:
    """cohorts (2022-2024 starts), learners (birth_year; final_score, hired_on, starting_salary NULL when unknown)."""
    rng = random.Random(5204)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE cohorts(cohort_id INTEGER PRIMARY KEY, cohort_code VARCHAR,
        track VARCHAR, campus VARCHAR, start_date DATE, end_date DATE, part_time BOOLEAN, tuition_fee DOUBLE,
        lead_instructor VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE learners(learner_id INTEGER PRIMARY KEY,
        cohort_id INTEGER REFERENCES cohorts(cohort_id), full_name VARCHAR, birth_year INTEGER,
        prior_experience VARCHAR, enrolled_at TIMESTAMP, scholarship BOOLEAN, status VARCHAR, final_score DOUBLE,
        hired_on DATE, starting_salary DOUBLE)""")
    cohorts = []
    for year in (2022, 2023, 2024):
        for month in (1, 4, 9):
            for track, fee in TRACKS.items():
                if rng.random() < 0.2:
                    continue
                campus = rng.choices(["London", "Manchester", "Online"], [40, 25, 35])[0]
                part_time = rng.random() < 0.3
                start = dt.date(year, month, 1) + dt.timedelta(days=rng.randint(0, 10))
                end = start + dt.timedelta(weeks=24 if part_time else 12)
                code = f"{track.split()[0][:3].upper()}-{year}-{month:02d}"
                cohorts.append((len(cohorts) + 1, code, track, campus, start, end, part_time,
                                round(fee * (0.85 if campus == "Online" else 1.0) * (1 + 0.05 * (year - 2022)), 2),
                                rng.choice(INSTRUCTORS[track])))
    learners = []
    names = [f"{f} {s}" for f, s in _unique_names(rng, FIRST, LAST, 660)]
    for cohort in cohorts:
        for _ in range(rng.randint(10, 22)):
            experience = rng.choices(["none", "some", "professional"], [45, 40, 15])[0]
            enrolled = _at(rng, cohort[4] - dt.timedelta(days=rng.randint(7, 90)), 8, 22)
            finished = cohort[5] <= dt.date(2024, 12, 31)
            withdrew = rng.random() < (0.18 if cohort[6] else 0.1)
            status = "withdrawn" if withdrew else "graduated" if finished else "in progress"
            score = round(min(100.0, rng.gauss(72 + 6 * (experience != "none"), 10)), 1) if status == "graduated" \
                else None
            hired = None
            salary = None
            if status == "graduated" and rng.random() < 0.68:
                hired = cohort[5] + dt.timedelta(days=rng.randint(10, 220))
                if hired > dt.date(2024, 12, 31):
                    hired = None
                elif rng.random() < 0.85:
                    salary = float(round(rng.gauss(34000 + (4000 if cohort[2] == "Data Science" else 0), 4500), -2))
            learners.append((len(learners) + 1, cohort[0], names[len(learners) % len(names)],
                             rng.randint(1970, 2004), experience, enrolled, rng.random() < 0.15, status, score,
                             hired, salary))
    _insert(con, "cohorts", cohorts)
    _insert(con, "learners", learners)
    con.close()


# ------------------------------------------------------------------------------------------------ research grants
DEPARTMENTS = {"Physics": "Science", "Chemistry": "Science", "Biosciences": "Science",
               "Computer Science": "Engineering", "Civil Engineering": "Engineering",
               "History": "Arts and Humanities", "Philosophy": "Arts and Humanities",
               "Psychology": "Social Sciences", "Economics": "Social Sciences", "Medicine": "Health"}
FUNDERS = {"UKRI": (0.25, 450_000), "Wellcome Trust": (0.2, 800_000), "Leverhulme Trust": (0.3, 180_000),
           "Horizon Europe": (0.15, 1_200_000), "British Academy": (0.35, 90_000), "Royal Society": (0.3, 250_000)}


def build_grants(path: Path | str) -> None:
    """researchers (150), applications (2022-2024; decision_date and amount_awarded NULL until decided/awarded)."""
    rng = random.Random(5205)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE researchers(researcher_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, department VARCHAR, faculty VARCHAR, career_stage VARCHAR, joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE applications(application_id INTEGER PRIMARY KEY,
        researcher_id INTEGER REFERENCES researchers(researcher_id), funder VARCHAR, submitted_on DATE,
        amount_requested DOUBLE, duration_months INTEGER, collaborative BOOLEAN, status VARCHAR,
        decision_date DATE, amount_awarded DOUBLE)""")
    researchers = []
    for rid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 150), start=1):
        dept = rng.choice(list(DEPARTMENTS))
        stage = rng.choices(["early career", "mid career", "senior"], [35, 40, 25])[0]
        researchers.append((rid, first, last, dept, DEPARTMENTS[dept], stage, _day(rng, dt.date(2005, 1, 1), 6500)))
    applications = []
    for _ in range(720):
        res = rng.choice(researchers)
        funder = rng.choices(list(FUNDERS), [30, 12, 15, 10, 18, 15])[0]
        success, typical = FUNDERS[funder]
        submitted = _day(rng, dt.date(2022, 1, 1), 365 * 3)
        requested = float(round(typical * rng.uniform(0.3, 1.6) * (1.3 if res[5] == "senior" else 1.0), -2))
        decided = submitted + dt.timedelta(days=rng.randint(60, 260))
        withdrawn = rng.random() < 0.04
        if withdrawn:
            status, decision, awarded = "withdrawn", None, None
        elif decided > dt.date(2024, 12, 31):
            status, decision, awarded = "pending", None, None
        elif rng.random() < success + (0.1 if res[5] == "senior" else 0.0):
            status, decision = "awarded", decided
            awarded = float(round(requested * rng.choice([1.0, 1.0, 0.95, 0.9, 0.8]), -2))
        else:
            status, decision, awarded = "rejected", decided, None
        applications.append((len(applications) + 1, res[0], funder, submitted, requested,
                             rng.choice([12, 18, 24, 36, 36, 48, 60]), rng.random() < 0.4, status, decision, awarded))
    applications.sort(key=lambda a: (a[3], a[0]))
    applications = [(i, *a[1:]) for i, a in enumerate(applications, start=1)]
    _insert(con, "researchers", researchers)
    _insert(con, "applications", applications)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "examboard": build_examboard,
    "canteen": build_canteen,
    "housing": build_housing,
    "bootcamp": build_bootcamp,
    "grants": build_grants,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval52-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval52-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval52-dbs"))
