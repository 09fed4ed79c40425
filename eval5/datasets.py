"""Builders of the fifth held-out evaluation corpus: five DuckDB files in domains no earlier corpus used.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `vet.duckdb`: owners, pets (declared FK to owners), appointments (pet_id NOT a declared foreign key)
- `ticketing.duckdb`: venues, events, tickets (one TIMESTAMP `sold_at`, booleans, sales channels)
- `farm.duckdb`: one wide `harvests` table (nullable `rainfall_mm`, booleans `irrigated`, `organic`)
- `elearning.duckdb`: learners (camelCase columns), courses, enrollments (nullable completion, score, coupon)
- `timesheets.duckdb`: emp (abbreviated names: emp_nm, dept_cd, hrly_rt), projects (nullable end_dt), time_entries

Usage:
    python eval5/datasets.py OUTDIR

Example:
    >>> from eval5.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval5-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['elearning.duckdb', 'farm.duckdb', 'ticketing.duckdb', 'timesheets.duckdb', 'vet.duckdb']
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

FIRST_NAMES = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Lucas", "Mia", "Ethan", "Sofia", "Mason", "Chloe", "Leo",
               "Grace", "Oscar", "Hannah", "Jack", "Isla", "Henry", "Ruby", "Samuel", "Nora", "Daniel", "Zoe",
               "Adrian", "Clara", "Felix", "Maya", "Hugo", "Elena", "Victor"]
LAST_NAMES = ["Smith", "Garcia", "Muller", "Rossi", "Nguyen", "Kowalski", "Johnson", "Dubois", "Silva", "Brown",
              "Novak", "Jensen", "Kim", "Fischer", "Moreau", "Costa", "Walsh", "Patel", "Lindqvist", "Okafor",
              "Tanaka", "Ferreira", "Hughes", "Becker", "Romero"]


def _insert(con, table: str, rows: list[tuple]) -> None:
    """Append rows (tuples in column order) to a table through a registered DataFrame."""
    cols = [r[0] for r in con.execute(f'DESCRIBE "{table}"').fetchall()]
    con.register("frame", pd.DataFrame(rows, columns=cols))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date, span_days: int) -> dt.date:
    """A random day in [start, start + span_days)."""
    return start + dt.timedelta(days=rng.randrange(span_days))


def _unique_names(rng: random.Random, n: int) -> list[str]:
    """n distinct 'First Last' names, in a deterministic order."""
    names: list[str] = []
    while len(names) < n:
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        if name not in names:
            names.append(name)
    return names


# ------------------------------------------------------------------------------------------------------- vet
CITIES = ["Bristol", "Bath", "Cardiff", "Gloucester", "Swindon"]
BREEDS = {
    "Dog": (["Labrador Retriever", "German Shepherd", "Beagle", "French Bulldog", "Border Collie", "Dachshund"],
            (6.0, 38.0)),
    "Cat": (["Domestic Shorthair", "Maine Coon", "Siamese", "British Shorthair", "Ragdoll"], (2.8, 7.5)),
    "Rabbit": (["Holland Lop", "Netherland Dwarf", "Lionhead"], (1.0, 3.0)),
    "Bird": (["Budgerigar", "Cockatiel", "African Grey"], (0.03, 0.5)),
    "Reptile": (["Bearded Dragon", "Leopard Gecko", "Corn Snake"], (0.05, 0.6)),
}
PET_NAMES = ["Bella", "Max", "Luna", "Charlie", "Milo", "Daisy", "Rocky", "Coco", "Simba", "Nala", "Oreo", "Pepper",
             "Biscuit", "Ziggy", "Willow", "Toby", "Maple", "Ginger", "Bailey", "Shadow", "Poppy", "Rex", "Hazel",
             "Mango", "Pickles"]
VISIT_FEES = {"Checkup": (45, 70), "Vaccination": (35, 60), "Dental": (120, 260), "Surgery": (350, 1400),
              "Emergency": (180, 650), "Grooming": (30, 55)}
VETS = ["Dr. Harper", "Dr. Okonkwo", "Dr. Lindgren", "Dr. Castillo", "Dr. Byrne"]


def build_vet(path: Path | str) -> None:
    """owners (260) -> pets (declared FK) ; appointments.pet_id refers to pets without a declared FK (2023-2024)."""
    rng = random.Random(501)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE owners(owner_id INTEGER PRIMARY KEY, owner_name VARCHAR, city VARCHAR,
        phone VARCHAR, registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE pets(pet_id INTEGER PRIMARY KEY,
        owner_id INTEGER REFERENCES owners(owner_id), pet_name VARCHAR, species VARCHAR, breed VARCHAR,
        birth_date DATE, weight_kg DOUBLE, neutered BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE appointments(appointment_id INTEGER PRIMARY KEY, pet_id INTEGER,
        appointment_date DATE, visit_type VARCHAR, vet_name VARCHAR, fee DOUBLE, paid BOOLEAN)""")
    owners = []
    for oid, name in enumerate(_unique_names(rng, 260), start=1):
        phone = f"07{rng.randrange(100, 999)} {rng.randrange(100000, 999999)}"
        owners.append((oid, name, rng.choices(CITIES, [34, 18, 22, 12, 14])[0], phone,
                       _day(rng, dt.date(2016, 1, 1), 3200)))
    pets = []
    for owner in owners:
        for _ in range(rng.choices([1, 2, 3], [60, 30, 10])[0]):
            species = rng.choices(list(BREEDS), [48, 34, 8, 6, 4])[0]
            breeds, (lo, hi) = BREEDS[species]
            birth = _day(rng, dt.date(2008, 1, 1), 6000)
            pets.append((len(pets) + 1, owner[0], rng.choice(PET_NAMES), species, rng.choice(breeds), birth,
                         round(rng.uniform(lo, hi), 2), rng.random() < 0.7))
    appts = []
    seen_pets = [pet for pet in pets if rng.random() < 0.85]
    for aid in range(1, 3401):
        pet = rng.choice(seen_pets)
        visit = rng.choices(list(VISIT_FEES), [35, 25, 10, 6, 9, 15])[0]
        lo, hi = VISIT_FEES[visit]
        fee = round(rng.uniform(lo, hi), 2)
        date = _day(rng, dt.date(2023, 1, 1), 731)
        paid = rng.random() < (0.86 if date.year == 2024 else 0.95)
        appts.append((aid, pet[0], date, visit, rng.choices(VETS, [26, 22, 20, 18, 14])[0], fee, paid))
    _insert(con, "owners", owners)
    _insert(con, "pets", pets)
    _insert(con, "appointments", appts)
    con.close()


# ------------------------------------------------------------------------------------------------- ticketing
VENUES = [
    # name, city, venue_type
    ("Riverside Arena", "Manchester", "Arena"),
    ("The Blue Room", "Manchester", "Club"),
    ("Grand Theatre", "Leeds", "Theatre"),
    ("Millpond Park Stage", "Leeds", "Open Air"),
    ("Corn Exchange Hall", "Sheffield", "Concert Hall"),
    ("Velvet Lounge", "Sheffield", "Club"),
    ("Northern Dome", "Newcastle", "Arena"),
    ("Quayside Playhouse", "Newcastle", "Theatre"),
]
GENRES = {"Rock": 55, "Pop": 60, "Jazz": 38, "Comedy": 30, "Classical": 45, "Hip-Hop": 48, "Theatre": 42}
ARTISTS = {
    "Rock": ["The Iron Kites", "Static Harbour", "Neon Wolves"],
    "Pop": ["Lila Summers", "Electric Hearts", "June Avenue"],
    "Jazz": ["Marlow Trio", "Blue Hour Quartet"],
    "Comedy": ["Tom Reddy Live", "Laugh Lines Tour"],
    "Classical": ["Northern Symphony", "Aurora Strings"],
    "Hip-Hop": ["MC Valor", "Kayden Cross"],
    "Theatre": ["The Glass Menagerie", "Twelfth Night", "Blood Brothers"],
}
SECTIONS = {"Floor": 1.0, "Lower Tier": 0.85, "Upper Tier": 0.6, "Balcony": 0.7, "VIP": 2.2}
CAPACITY = {"Arena": (6000, 12000), "Club": (250, 600), "Theatre": (700, 1400), "Open Air": (3000, 8000),
            "Concert Hall": (1200, 2200)}


def build_ticketing(path: Path | str) -> None:
    """venues (8) -> events (2023-2024, capacity) -> tickets (one row per ticket, TIMESTAMP sold_at)."""
    rng = random.Random(502)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE venues(venue_id INTEGER PRIMARY KEY, venue_name VARCHAR, city VARCHAR,
        venue_type VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE events(event_id INTEGER PRIMARY KEY,
        venue_id INTEGER REFERENCES venues(venue_id), event_name VARCHAR, genre VARCHAR, event_date DATE,
        capacity INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE tickets(ticket_id INTEGER PRIMARY KEY,
        event_id INTEGER REFERENCES events(event_id), sold_at TIMESTAMP, price DOUBLE, channel VARCHAR,
        refunded BOOLEAN, seat_section VARCHAR)""")
    venues = [(i + 1, *v) for i, v in enumerate(VENUES)]
    events = []
    for eid in range(1, 181):
        venue = rng.choice(venues)
        genre = rng.choice(list(GENRES))
        lo, hi = CAPACITY[venue[3]]
        cap = rng.randrange(lo, hi) // 10 * 10
        events.append((eid, venue[0], rng.choice(ARTISTS[genre]), genre, _day(rng, dt.date(2023, 2, 1), 690), cap))
    tickets = []
    sections = list(SECTIONS)
    popularity = [rng.uniform(0.3, 3.0) for _ in events]
    for tid in range(1, 14001):
        ev = rng.choices(events, popularity)[0]
        base = GENRES[ev[3]]
        section = rng.choices(sections, [30, 25, 20, 15, 10])[0]
        price = round(base * SECTIONS[section] * rng.uniform(0.85, 1.25), 2)
        days_before = rng.choices([rng.randrange(0, 3), rng.randrange(3, 30), rng.randrange(30, 120)], [15, 45, 40])[0]
        day = ev[4] - dt.timedelta(days=days_before)
        channel = rng.choices(["online", "box office"], [78, 22])[0]
        hour = rng.randrange(8, 24) if channel == "online" else rng.randrange(10, 20)
        sold = dt.datetime.combine(day, dt.time(hour, rng.randrange(60), rng.randrange(60)))
        tickets.append((tid, ev[0], sold, price, channel, rng.random() < 0.045, section))
    _insert(con, "venues", venues)
    _insert(con, "events", events)
    _insert(con, "tickets", tickets)
    con.close()


# ------------------------------------------------------------------------------------------------------ farm
FARMS = [
    # farm, region, organic
    ("Greenfield Acres", "North Valley", False), ("Willow Creek Farm", "North Valley", True),
    ("Hilltop Holdings", "Highlands", False), ("Stonebridge Farm", "Highlands", True),
    ("Sunny Meadows", "Coastal Plain", False), ("Oakridge Estate", "Coastal Plain", False),
    ("Riverbend Farm", "River Delta", False), ("Blackwater Fields", "River Delta", True),
    ("Maple Grove", "North Valley", False), ("Foxhollow Farm", "Coastal Plain", True),
    ("Redgate Farm", "Highlands", False), ("Deltaview Growers", "River Delta", False),
]
CROPS = {
    # crop: (t/ha low, t/ha high, harvest months)
    "Wheat": (5.5, 9.0, [7, 8]), "Barley": (4.5, 7.5, [7, 8]), "Corn": (8.0, 12.5, [9, 10]),
    "Soybeans": (2.5, 4.0, [9, 10]), "Potatoes": (30.0, 48.0, [8, 9, 10]), "Canola": (2.8, 4.5, [7, 8]),
    "Oats": (4.0, 6.5, [8]),
}
REGION_RAIN = {"North Valley": 320, "Highlands": 410, "Coastal Plain": 260, "River Delta": 350}


def build_farm(path: Path | str) -> None:
    """One wide harvests table: one row per field harvest, 2022-2024, nullable rainfall_mm."""
    rng = random.Random(503)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE harvests(harvest_id INTEGER PRIMARY KEY, farm VARCHAR, region VARCHAR,
        crop VARCHAR, field_ha DOUBLE, yield_t DOUBLE, harvest_date DATE, irrigated BOOLEAN, rainfall_mm DOUBLE,
        organic BOOLEAN)""")
    rows = []
    for year in (2022, 2023, 2024):
        for farm, region, organic in FARMS:
            for _ in range(rng.randint(24, 40)):
                crop = rng.choices(list(CROPS), [24, 14, 18, 12, 10, 12, 10])[0]
                lo, hi, months = CROPS[crop]
                area = round(rng.uniform(2.0, 45.0), 1)
                irrigated = rng.random() < (0.55 if region == "Coastal Plain" else 0.3)
                per_ha = rng.uniform(lo, hi) * (1.12 if irrigated else 1.0) * (0.8 if organic else 1.0)
                per_ha *= {2022: 0.93, 2023: 1.0, 2024: 1.04}[year]
                date = dt.date(year, rng.choice(months), rng.randint(1, 28))
                rain = round(rng.gauss(REGION_RAIN[region], 60), 1) if rng.random() < 0.85 else None
                rows.append((len(rows) + 1, farm, region, crop, area, round(area * per_ha, 2), date, irrigated,
                             rain, organic))
    rows.sort(key=lambda r: (r[6], r[0]))
    rows = [(i + 1, *r[1:]) for i, r in enumerate(rows)]
    _insert(con, "harvests", rows)
    con.close()


# ------------------------------------------------------------------------------------------------- elearning
COURSES = [
    # title, category, instructor, list_price, duration_hours, level
    ("Python for Data Analysis", "Data Science", "Priya Raman", 89.0, 22, "Beginner"),
    ("Machine Learning Foundations", "Data Science", "Priya Raman", 129.0, 35, "Intermediate"),
    ("Deep Learning with PyTorch", "Data Science", "Marcus Webb", 149.0, 40, "Advanced"),
    ("SQL Essentials", "Data Science", "Marcus Webb", 59.0, 12, "Beginner"),
    ("Modern JavaScript", "Web Development", "Ines Moreau", 79.0, 28, "Beginner"),
    ("React in Practice", "Web Development", "Ines Moreau", 109.0, 30, "Intermediate"),
    ("Backend APIs with Node", "Web Development", "Tomasz Zielinski", 99.0, 26, "Intermediate"),
    ("UX Research Basics", "Design", "Hana Sato", 69.0, 14, "Beginner"),
    ("Figma for Product Teams", "Design", "Hana Sato", 49.0, 10, "Beginner"),
    ("Financial Modeling in Excel", "Business", "David Osei", 119.0, 24, "Intermediate"),
    ("Project Management Professional", "Business", "David Osei", 139.0, 38, "Advanced"),
    ("Negotiation Skills", "Business", "Laura Brandt", 39.0, 6, "Beginner"),
    ("Spanish for Beginners", "Languages", "Carmen Vidal", 45.0, 20, "Beginner"),
    ("Business English", "Languages", "Laura Brandt", 55.0, 16, "Intermediate"),
]
COUNTRIES = ["United States", "India", "United Kingdom", "Germany", "Brazil", "Nigeria", "Canada", "Spain"]
COUPONS = ["WELCOME10", "SPRING25", "BLACKFRIDAY40", "STUDENT20"]


def build_elearning(path: Path | str) -> None:
    """learners (camelCase columns) -> enrollments <- courses; enrollments 2023-2024 with nullable completion."""
    rng = random.Random(504)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE learners("learnerId" INTEGER PRIMARY KEY, "fullName" VARCHAR,
        "country" VARCHAR, "signupDate" DATE, "dateOfBirth" DATE, "isPremium" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE courses(course_id INTEGER PRIMARY KEY, title VARCHAR, category VARCHAR,
        instructor VARCHAR, list_price DOUBLE, duration_hours INTEGER, level VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE enrollments(enrollment_id INTEGER PRIMARY KEY,
        learner_id INTEGER REFERENCES learners("learnerId"), course_id INTEGER REFERENCES courses(course_id),
        enrolled_on DATE, completed_on DATE, final_score DOUBLE, price_paid DOUBLE, coupon_code VARCHAR)""")
    learners = []
    for lid, name in enumerate(_unique_names(rng, 600), start=1):
        signup = _day(rng, dt.date(2022, 6, 1), 940)
        birth = _day(rng, dt.date(1965, 1, 1), 14600)
        learners.append((lid, name, rng.choices(COUNTRIES, [25, 20, 12, 10, 9, 8, 8, 8])[0], signup, birth,
                         rng.random() < 0.22))
    courses = [(i + 1, *c) for i, c in enumerate(COURSES)]
    weights = [18, 12, 6, 16, 10, 8, 6, 7, 9, 6, 4, 5, 7, 5]
    enrollments, seen = [], set()
    while len(enrollments) < 2600:
        learner = rng.choice(learners)
        course = rng.choices(courses, weights)[0]
        if (learner[0], course[0]) in seen:
            continue
        seen.add((learner[0], course[0]))
        start = max(learner[3], dt.date(2023, 1, 1))
        enrolled = start + dt.timedelta(days=rng.randrange(max(1, (dt.date(2024, 12, 31) - start).days)))
        coupon = rng.choices([None, *COUPONS], [70, 10, 7, 5, 8])[0]
        discount = {None: 0, "WELCOME10": 0.10, "SPRING25": 0.25, "BLACKFRIDAY40": 0.40, "STUDENT20": 0.20}[coupon]
        paid = round(course[4] * (1 - discount), 2)
        completed = score = None
        if rng.random() < (0.62 if course[6] == "Beginner" else 0.45):
            done = enrolled + dt.timedelta(days=rng.randint(course[5] // 2, course[5] * 4))
            if done <= dt.date(2024, 12, 31):
                completed, score = done, round(min(100.0, rng.gauss(78, 11)), 1)
        enrollments.append((len(enrollments) + 1, learner[0], course[0], enrolled, completed, score, paid, coupon))
    _insert(con, "learners", learners)
    _insert(con, "courses", courses)
    _insert(con, "enrollments", enrollments)
    con.close()


# ------------------------------------------------------------------------------------------------ timesheets
DEPTS = {"ENG": (70, 115), "DES": (55, 85), "QA": (45, 70), "PMO": (60, 95), "DATA": (75, 120)}
CLIENTS = ["Acme Logistics", "Brightwave Media", "Northwind Bank", "Helios Energy", "Cobalt Health", "Internal"]
PROJECTS = [
    # name, client, budget, start, end (None = still running)
    ("Route Optimizer", "Acme Logistics", 300000.0, dt.date(2022, 11, 1), dt.date(2024, 3, 31)),
    ("Warehouse App", "Acme Logistics", 580000.0, dt.date(2023, 6, 1), None),
    ("Ad Platform Revamp", "Brightwave Media", 560000.0, dt.date(2023, 1, 9), None),
    ("Podcast Analytics", "Brightwave Media", 290000.0, dt.date(2023, 3, 1), dt.date(2023, 12, 15)),
    ("Mobile Banking 2.0", "Northwind Bank", 1100000.0, dt.date(2022, 9, 1), None),
    ("Fraud Dashboard", "Northwind Bank", 380000.0, dt.date(2024, 2, 1), dt.date(2024, 10, 31)),
    ("Grid Forecasting", "Helios Energy", 450000.0, dt.date(2023, 4, 3), None),
    ("Customer Portal", "Helios Energy", 420000.0, dt.date(2023, 1, 2), dt.date(2023, 9, 29)),
    ("Patient Scheduling", "Cobalt Health", 650000.0, dt.date(2023, 8, 1), None),
    ("Claims Data Migration", "Cobalt Health", 200000.0, dt.date(2024, 5, 6), dt.date(2024, 11, 29)),
    ("Design System", "Internal", 850000.0, dt.date(2023, 2, 1), None),
    ("Hiring Pipeline Tool", "Internal", 240000.0, dt.date(2024, 1, 15), dt.date(2024, 6, 28)),
]


def build_timesheets(path: Path | str) -> None:
    """emp (abbreviated columns) -> time_entries <- projects; each person staffed on 4 projects, one entry a day."""
    rng = random.Random(505)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE emp(emp_id INTEGER PRIMARY KEY, emp_nm VARCHAR, dept_cd VARCHAR,
        hrly_rt DOUBLE, hire_dt DATE)""")
    con.execute("""CREATE OR REPLACE TABLE projects(proj_id INTEGER PRIMARY KEY, proj_nm VARCHAR, client VARCHAR,
        budget DOUBLE, start_dt DATE, end_dt DATE)""")
    con.execute("""CREATE OR REPLACE TABLE time_entries(entry_id INTEGER PRIMARY KEY,
        emp_id INTEGER REFERENCES emp(emp_id), proj_id INTEGER REFERENCES projects(proj_id), entry_dt DATE,
        hrs DOUBLE, billable BOOLEAN)""")
    emps = []
    for eid, name in enumerate(_unique_names(rng, 42), start=1):
        dept = rng.choices(list(DEPTS), [16, 6, 7, 5, 8])[0]
        lo, hi = DEPTS[dept]
        emps.append((eid, name, dept, float(rng.randrange(lo, hi)), _day(rng, dt.date(2015, 1, 1), 3300)))
    projects = [(i + 1, *p) for i, p in enumerate(PROJECTS)]
    staffing = {emp[0]: rng.sample(projects, 4) for emp in emps}
    entries = []
    for day_no in range(731):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=day_no)
        if day.weekday() >= 5:
            continue
        for emp in emps:
            if emp[4] > day or rng.random() < 0.35:
                continue
            live = [p for p in staffing[emp[0]] if p[4] <= day and (p[5] is None or p[5] >= day)]
            if not live:
                continue
            proj = rng.choice(live)
            hrs = rng.choice([2.0, 3.5, 4.0, 5.0, 6.0, 7.5, 8.0])
            billable = proj[2] != "Internal" and rng.random() < 0.88
            entries.append((len(entries) + 1, emp[0], proj[0], day, hrs, billable))
    _insert(con, "emp", emps)
    _insert(con, "projects", projects)
    _insert(con, "time_entries", entries)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "vet": build_vet,
    "ticketing": build_ticketing,
    "farm": build_farm,
    "elearning": build_elearning,
    "timesheets": build_timesheets,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval5-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval5-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval5-dbs"))
