"""Builders of the eighty-first development evaluation corpus: five DuckDB files in small-business domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `langschool.duckdb`: a language school's students (birth year), courses by level, enrolments and exam results
- `foodtrucks.duckdb`: a food truck fleet's trucks, locations, daily sales (covers, takings) and fuel purchases
- `weddingvenue.duckdb`: a wedding venue's weddings (guest counts, deposit paid), suppliers, payments and staff
- `apiary.duckdb`: a beekeeper's apiaries, hives, inspections and honey extractions (hive link only implied)
- `toollibrary.duckdb`: a tool library's tools, members (birth year), loans and repairs (camelCase columns)

Usage:
    python eval81/datasets.py OUTDIR

Example:
    >>> from eval81.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval81-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['apiary.duckdb', 'foodtrucks.duckdb', 'langschool.duckdb', 'toollibrary.duckdb', 'weddingvenue.duckdb']
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


FIRST = ["Amara", "Bastian", "Celine", "Dario", "Elodie", "Florin", "Greta", "Hamish", "Isla", "Joaquin", "Kasia",
         "Lorcan", "Maren", "Niamh", "Otto", "Priya", "Rafferty", "Saoirse", "Tobias", "Una", "Viktor", "Wanda",
         "Yusuf", "Zofia", "Arlo", "Bryony"]
LAST = ["Achterberg", "Blackwood", "Castellano", "Dunmore", "Eriksen", "Fairbairn", "Gallagher", "Hollis",
        "Iwasaki", "Jovanovic", "Kowalczyk", "Lindqvist", "Marchetti", "Nakamura", "O'Rourke", "Pemberton",
        "Quayle", "Rosenthal", "Sutcliffe", "Thornbury", "Varga", "Whitlock", "Zielinski"]

# ------------------------------------------------------------------------------------------ language school
LS_COURSES = [(1, "Italian Absolute Beginners", "Italian", "A1", 4, 320.0),
              (2, "Italian Elementary", "Italian", "A2", 4, 340.0),
              (3, "Italian Conversation", "Italian", "B1", 3, 290.0),
              (4, "Portuguese Starter", "Portuguese", "A1", 3, 300.0),
              (5, "Portuguese Intermediate", "Portuguese", "B1", 3, 330.0),
              (6, "Korean Level 1", "Korean", "A1", 4, 380.0),
              (7, "Korean Level 2", "Korean", "A2", 4, 395.0),
              (8, "Arabic Foundations", "Arabic", "A1", 4, 410.0),
              (9, "Dutch for Newcomers", "Dutch", "A1", 6, 450.0),
              (10, "Dutch Integration Exam Prep", "Dutch", "B1", 6, 520.0),
              (11, "Dutch Advanced", "Dutch", "B2", 4, 480.0),
              (12, "Italian Advanced Literature", "Italian", "C1", 2, 360.0)]
LS_COUNTRIES = {"Netherlands": 30, "Germany": 12, "Belgium": 10, "India": 9, "Brazil": 7, "Syria": 6,
                "United States": 8, "Poland": 7, "Morocco": 5}
COMPONENTS = ["reading", "writing", "speaking", "listening"]


def build_langschool(path: Path | str) -> None:
    """students (380, birth_year), courses (12, level A1-C1), enrolments (2023-01 to 2025-06, end_date NULL while
    ongoing), exam_results (sat_at TIMESTAMP, component, score, passed)."""
    rng = random.Random(8101)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE students(student_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, home_country VARCHAR, signed_up_on DATE, employer_funded BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE courses(course_id INTEGER PRIMARY KEY, title VARCHAR, language VARCHAR,
        level VARCHAR, hours_per_week INTEGER, price_eur DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE enrolments(enrolment_id INTEGER PRIMARY KEY,
        student_id INTEGER REFERENCES students(student_id), course_id INTEGER REFERENCES courses(course_id),
        enrolled_on DATE, start_date DATE, end_date DATE, fee_eur DOUBLE, discount_applied BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE exam_results(result_id INTEGER PRIMARY KEY,
        enrolment_id INTEGER REFERENCES enrolments(enrolment_id), sat_at TIMESTAMP, component VARCHAR,
        score INTEGER, passed BOOLEAN)""")
    students = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 380), start=1):
        country = rng.choices(list(LS_COUNTRIES), list(LS_COUNTRIES.values()))[0]
        students.append((sid, first, last, rng.randint(1958, 2006), country, _day(rng, dt.date(2022, 9, 1), 990),
                         rng.random() < 0.18))
    weights = [14, 9, 6, 8, 4, 11, 6, 5, 13, 8, 4, 2]
    enrolments, results = [], []
    for eid in range(1, 1101):
        enrolled = _day(rng, dt.date(2023, 1, 1), 910)
        student = rng.choice([s for s in students if s[5] <= enrolled])
        course = rng.choices(LS_COURSES, weights)[0]
        start = enrolled + dt.timedelta(days=rng.randint(5, 35))
        weeks = rng.choice([8, 10, 12, 12, 16])
        end = start + dt.timedelta(weeks=weeks)
        if end > dt.date(2025, 6, 30):
            end = None
        discount = rng.random() < 0.2
        fee = course[5] * weeks / 12 * (0.85 if discount else 1.0)
        enrolments.append((eid, student[0], course[0], enrolled, start, end, round(fee, 2), discount))
        if end is not None and rng.random() < 0.7:
            skill = rng.gauss(68 - 4 * LS_COURSES.index(course) % 9, 13)
            for comp in rng.sample(COMPONENTS, rng.randint(1, 4)):
                score = max(5, min(100, int(skill + rng.gauss(0, 9) + (4 if comp == "reading" else 0))))
                sat = _moment(rng, end - dt.timedelta(days=rng.randint(0, 6)), 9, 19)
                results.append((len(results) + 1, eid, sat, comp, score, score >= 60))
    _insert(con, "students", students)
    _insert(con, "courses", LS_COURSES)
    _insert(con, "enrolments", enrolments)
    _insert(con, "exam_results", results)
    con.close()


# ------------------------------------------------------------------------------------------- food trucks
TRUCKS = [(1, "Taco Loco", "tacos", dt.date(2019, 4, 1), False), (2, "Bun Voyage", "burgers", dt.date(2020, 6, 15),
          False), (3, "The Daily Grind", "coffee", dt.date(2021, 3, 1), True),
          (4, "Noodle Doodle", "noodles", dt.date(2018, 9, 20), False), (5, "Crust Fund", "pizza",
          dt.date(2022, 5, 9), False), (6, "Wok This Way", "noodles", dt.date(2021, 11, 2), False),
          (7, "Brew Ha Ha", "coffee", dt.date(2023, 2, 14), True), (8, "Holy Guacamole", "tacos",
          dt.date(2022, 8, 30), False)]
LOCATIONS = [(1, "Riverside Market", "central", "market"), (2, "Tech Park Plaza", "north", "office park"),
             (3, "Harbour Front", "south", "street"), (4, "University Quad", "east", "campus"),
             (5, "Northgate Business Centre", "north", "office park"), (6, "Old Town Square", "central", "street"),
             (7, "Eastside Farmers Market", "east", "market"), (8, "Westfield Retail Park", "west", "street"),
             (9, "Summer Fields Festival Ground", "west", "festival")]
TRUCK_BASE = {1: 1.1, 2: 1.25, 3: 0.7, 4: 1.0, 5: 1.35, 6: 0.9, 7: 0.6, 8: 0.95}
SPEND = {"tacos": 11.5, "burgers": 14.0, "coffee": 5.2, "noodles": 12.5, "pizza": 15.5}


def build_foodtrucks(path: Path | str) -> None:
    """trucks (8), locations (9, area north/south/east/west/central), daily_sales (2023-2024, covers and
    takings_usd, opened_at TIMESTAMP), fuel_purchases (litres, cost_usd)."""
    rng = random.Random(8102)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE trucks(truck_id INTEGER PRIMARY KEY, truck_name VARCHAR, cuisine VARCHAR,
        bought_on DATE, electric BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE locations(location_id INTEGER PRIMARY KEY, location_name VARCHAR,
        area VARCHAR, location_type VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE daily_sales(sale_id INTEGER PRIMARY KEY,
        truck_id INTEGER REFERENCES trucks(truck_id), location_id INTEGER REFERENCES locations(location_id),
        sale_date DATE, opened_at TIMESTAMP, hours_open DOUBLE, covers INTEGER, takings_usd DOUBLE, rained BOOLEAN,
        card_only BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE fuel_purchases(purchase_id INTEGER PRIMARY KEY,
        truck_id INTEGER REFERENCES trucks(truck_id), purchased_at TIMESTAMP, fuel_type VARCHAR, litres DOUBLE,
        price_per_litre_usd DOUBLE, cost_usd DOUBLE, station VARCHAR)""")
    sales, fuel = [], []
    day = dt.date(2023, 1, 1)
    while day <= dt.date(2024, 12, 31):
        season = 1.3 if day.month in (5, 6, 7, 8, 9) else 0.85
        for truck in TRUCKS:
            if rng.random() < (0.75 if day.weekday() == 0 else 0.4):
                continue
            if day.weekday() >= 5:
                loc = rng.choice([1, 3, 6, 7, 8, 9] if day.month in (6, 7, 8) else [1, 3, 6, 7, 8])
            else:
                loc = rng.choice([1, 2, 3, 4, 5, 6, 8])
            rained = rng.random() < (0.35 if season < 1 else 0.15)
            covers = max(8, int(rng.gauss(95, 28) * TRUCK_BASE[truck[0]] * season * (0.7 if rained else 1.0)
                                * (1.6 if loc == 9 else 1.0)))
            takings = round(covers * SPEND[truck[2]] * rng.uniform(0.9, 1.15), 2)
            opened = _moment(rng, day, 6 if truck[2] == "coffee" else 10, 8 if truck[2] == "coffee" else 17)
            sales.append((len(sales) + 1, truck[0], loc, day, opened, rng.choice([4.0, 5.0, 6.0, 6.5, 8.0]), covers,
                          takings, rained, rng.random() < 0.25))
        day += dt.timedelta(days=1)
    for truck in TRUCKS:
        if truck[4]:
            continue
        day = dt.date(2023, 1, 2)
        while day <= dt.date(2024, 12, 31):
            price = round((1.42 if day.year == 2023 else 1.36) * rng.uniform(0.95, 1.08), 3)
            litres = round(rng.uniform(35, 80), 1)
            fuel_type = "diesel" if truck[0] in (2, 4, 5) else "petrol"
            fuel.append((len(fuel) + 1, truck[0], _moment(rng, day, 6, 21), fuel_type, litres, price,
                         round(litres * price, 2), rng.choice(["Shell Dockside", "BP Ring Road", "Esso North",
                                                               "Costco Fuel"])))
            day += dt.timedelta(days=rng.randint(4, 11))
    _insert(con, "trucks", TRUCKS)
    _insert(con, "locations", LOCATIONS)
    _insert(con, "daily_sales", sales)
    _insert(con, "fuel_purchases", fuel)
    con.close()


# ------------------------------------------------------------------------------------------ wedding venue
SPACES = ["Orangery", "Walled Garden", "Great Hall", "Chapel"]
PACKAGES = {"classic": 14500.0, "premium": 22000.0, "elopement": 4200.0, "twilight": 9800.0}
SUPPLIERS = [(1, "Petal & Stem", "florist", True), (2, "Wild Bloom Co", "florist", False),
             (3, "Hartley Catering", "catering", True), (4, "Feast & Fable", "catering", False),
             (5, "Silver Lens Studio", "photography", True), (6, "Jonah Pike Photography", "photography", False),
             (7, "The Swing Kings", "music", False), (8, "Strings Attached Quartet", "music", True),
             (9, "Sugar Tiers Bakery", "cake", True), (10, "Velvet Bar Services", "bar", False)]
ROLES = {"florist": ["florist"], "catering": ["chef", "waiter", "waiter", "waiter"], "photography": ["photographer"],
         "music": ["musician", "musician"], "cake": ["baker"], "bar": ["bartender", "bartender"]}


def build_weddingvenue(path: Path | str) -> None:
    """weddings (2023-2025, guest_count, deposit_paid, cancelled_on NULL unless cancelled), suppliers (10),
    payments (paid_at TIMESTAMP), staff_assignments (supplier staff with names and birth_date, hours_worked)."""
    rng = random.Random(8103)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE weddings(wedding_id INTEGER PRIMARY KEY, couple_name VARCHAR,
        wedding_date DATE, booked_on DATE, ceremony_space VARCHAR, package VARCHAR, guest_count INTEGER,
        deposit_paid BOOLEAN, total_price_gbp DOUBLE, cancelled_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE suppliers(supplier_id INTEGER PRIMARY KEY, supplier_name VARCHAR,
        category VARCHAR, preferred BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE payments(payment_id INTEGER PRIMARY KEY,
        wedding_id INTEGER REFERENCES weddings(wedding_id), paid_at TIMESTAMP, amount_gbp DOUBLE,
        method VARCHAR, payment_type VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE staff_assignments(assignment_id INTEGER PRIMARY KEY,
        wedding_id INTEGER REFERENCES weddings(wedding_id), supplier_id INTEGER REFERENCES suppliers(supplier_id),
        first_name VARCHAR, last_name VARCHAR, birth_date DATE, role VARCHAR, hours_worked DOUBLE)""")
    people = {}
    names = iter(_unique_names(rng, FIRST, LAST, 120))
    for sup in SUPPLIERS:
        people[sup[0]] = [(*next(names), _day(rng, dt.date(1965, 1, 1), 13500)) for _ in range(rng.randint(3, 9))]
    weddings, payments, staff = [], [], []
    couple_names = _unique_names(rng, FIRST, FIRST, 400)
    for wid in range(1, 341):
        wdate = _day(rng, dt.date(2023, 1, 1), 1095)
        if wdate.month in (1, 2, 11, 12) and rng.random() < 0.6:
            wdate = wdate.replace(month=rng.choice([5, 6, 7, 8, 9]), day=min(wdate.day, 28))
        if wdate.weekday() < 4 and rng.random() < 0.7:
            wdate += dt.timedelta(days=5 - wdate.weekday())
        package = rng.choices(list(PACKAGES), [40, 25, 15, 20])[0]
        guests = {"elopement": rng.randint(2, 20)}.get(package) or int(rng.gauss(110 if package == "premium" else 85,
                                                                                 25))
        guests = max(guests, 2)
        booked = wdate - dt.timedelta(days=rng.randint(60, 720))
        deposit = rng.random() < 0.88 or wdate > dt.date(2025, 6, 1)
        cancelled = None
        if rng.random() < 0.08:
            cancelled = booked + dt.timedelta(days=rng.randint(10, (wdate - booked).days - 1))
        price = round(PACKAGES[package] + guests * rng.choice([35.0, 42.0, 48.0]), 2)
        a, b = couple_names[wid]
        space = "Chapel" if package == "elopement" and rng.random() < 0.6 else rng.choice(SPACES[:3])
        weddings.append((wid, f"{a} & {b}", wdate, booked, space, package, guests, deposit, price, cancelled))
        if deposit:
            payments.append((len(payments) + 1, wid, _moment(rng, booked + dt.timedelta(days=rng.randint(0, 14)), 8,
                             22), round(price * 0.2, 2), rng.choice(["card", "bank transfer"]), "deposit"))
        if cancelled is None and wdate <= dt.date(2025, 12, 31):
            mid = booked + (wdate - booked) / 2
            if mid <= dt.date(2025, 12, 31):
                payments.append((len(payments) + 1, wid, _moment(rng, mid, 8, 22), round(price * 0.4, 2),
                                 rng.choice(["card", "bank transfer", "bank transfer"]), "instalment"))
            final = wdate - dt.timedelta(days=rng.randint(14, 45))
            if final <= dt.date(2025, 12, 31):
                payments.append((len(payments) + 1, wid, _moment(rng, final, 8, 22),
                                 round(price * (0.4 if deposit else 0.6), 2),
                                 rng.choice(["card", "bank transfer", "cash"]), "final"))
            for sup in rng.sample(SUPPLIERS, rng.randint(2, 6)):
                for role in ROLES[sup[2]]:
                    first, last, born = rng.choice(people[sup[0]])
                    hours = round(rng.choice([4.0, 6.0, 8.0, 10.0, 12.0]) * (1.2 if guests > 120 else 1.0), 1)
                    staff.append((len(staff) + 1, wid, sup[0], first, last, born, role, hours))
    _insert(con, "weddings", weddings)
    _insert(con, "suppliers", SUPPLIERS)
    _insert(con, "payments", payments)
    _insert(con, "staff_assignments", staff)
    con.close()


# ------------------------------------------------------------------------------------------------ apiary
APIARIES = [(1, "Orchard Hill", "south", 45, True), (2, "Heather Moor", "north", 310, False),
            (3, "Willow Brook", "east", 20, True), (4, "Church Meadow", "west", 60, False),
            (5, "Lavender Farm", "south", 80, True)]
HIVE_TYPES = ["National", "Langstroth", "Warre", "Top Bar"]
HONEY = {"spring": (4, 5), "summer": (7, 8), "heather": (9, 9)}


def build_apiary(path: Path | str) -> None:
    """apiaries (5), hives (60, removed_on NULL while active), inspections (2023-2024, inspected_at TIMESTAMP,
    queen_seen, varroa_count), honey_extractions (hive_id NOT declared, honey_kg, honey_type)."""
    rng = random.Random(8104)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE apiaries(apiary_id INTEGER PRIMARY KEY, apiary_name VARCHAR,
        region VARCHAR, elevation_m INTEGER, organic_certified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE hives(hive_id INTEGER PRIMARY KEY, hive_code VARCHAR,
        apiary_id INTEGER REFERENCES apiaries(apiary_id), hive_type VARCHAR, installed_on DATE, removed_on DATE,
        queen_marked BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE inspections(inspection_id INTEGER PRIMARY KEY,
        hive_id INTEGER REFERENCES hives(hive_id), inspected_at TIMESTAMP, queen_seen BOOLEAN, brood_frames INTEGER,
        temperament VARCHAR, varroa_count INTEGER, fed_syrup BOOLEAN, notes VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE honey_extractions(extraction_id INTEGER PRIMARY KEY, hive_id INTEGER,
        extracted_on DATE, honey_type VARCHAR, honey_kg DOUBLE, moisture_pct DOUBLE, jars_filled INTEGER)""")
    hives = []
    for hid in range(1, 61):
        apiary = rng.choices(APIARIES, [14, 10, 13, 9, 14])[0]
        installed = _day(rng, dt.date(2019, 3, 1), 1900)
        removed = None
        if rng.random() < 0.2:
            removed = max(installed, dt.date(2023, 3, 1)) + dt.timedelta(days=rng.randint(30, 600))
            if removed > dt.date(2024, 12, 31):
                removed = None
        hives.append((hid, f"{apiary[1][:2].upper()}-{hid:03d}", apiary[0], rng.choices(HIVE_TYPES, [45, 30, 15,
                      10])[0], installed, removed, rng.random() < 0.6))
    strength = {h[0]: rng.uniform(0.5, 1.5) for h in hives}
    inspections, extractions = [], []
    for hive in hives:
        for year in (2023, 2024):
            day = dt.date(year, 3, rng.randint(20, 31))
            while day.month <= 10:
                active = hive[4] <= day and (hive[5] is None or hive[5] > day)
                if active:
                    temper = rng.choices(["calm", "nervous", "aggressive"], [70, 22, 8])[0]
                    inspections.append((len(inspections) + 1, hive[0], _moment(rng, day, 9, 17),
                                        rng.random() < 0.72, max(0, int(rng.gauss(7 * strength[hive[0]], 2))), temper,
                                        max(0, int(rng.gauss(8 if day.month >= 8 else 3, 4))), rng.random() < 0.15,
                                        None if rng.random() < 0.7 else rng.choice(["swarm cells", "chalkbrood",
                                                                                   "supered", "low stores"])))
                day += dt.timedelta(days=rng.randint(8, 16))
            for honey, (m1, m2) in HONEY.items():
                day = dt.date(year, rng.randint(m1, m2), rng.randint(1, 28))
                active = hive[4] <= day and (hive[5] is None or hive[5] > day)
                if not active or (honey == "heather" and hive[2] != 2) or rng.random() < 0.2:
                    continue
                kg = round(rng.uniform(4, 16) * strength[hive[0]] * (1.2 if year == 2024 else 1.0), 2)
                extractions.append((len(extractions) + 1, hive[0], day, honey, kg, round(rng.uniform(16.2, 19.8), 1),
                                    int(kg / 0.454)))
    _insert(con, "apiaries", APIARIES)
    _insert(con, "hives", hives)
    _insert(con, "inspections", inspections)
    _insert(con, "honey_extractions", extractions)
    con.close()


# ------------------------------------------------------------------------------------------- tool library
TOOLS = {"power tools": [("Cordless Drill", 120), ("Circular Saw", 160), ("Jigsaw", 95), ("Orbital Sander", 80),
                         ("Angle Grinder", 70), ("Mitre Saw", 260)],
         "garden": [("Lawn Mower", 220), ("Hedge Trimmer", 140), ("Leaf Blower", 110), ("Strimmer", 130),
                    ("Rotavator", 480)],
         "hand tools": [("Socket Set", 60), ("Spirit Level", 25), ("Tile Cutter", 45), ("Pipe Wrench", 30)],
         "ladders": [("Step Ladder", 75), ("Extension Ladder", 190)],
         "cleaning": [("Carpet Cleaner", 240), ("Pressure Washer", 210), ("Wet Vac", 150)]}
ELECTRIC = {"Cordless Drill", "Circular Saw", "Jigsaw", "Orbital Sander", "Angle Grinder", "Mitre Saw", "Hedge Trimmer",
            "Leaf Blower", "Strimmer", "Carpet Cleaner", "Pressure Washer", "Wet Vac", "Lawn Mower"}
FAULTS = ["battery", "motor", "blade", "cable", "handle"]


def build_toollibrary(path: Path | str) -> None:
    """tools (~90, category, replacementValue), members (300, birthYear), loans (2023-01 to 2025-04, returnedDate
    NULL while out), repairs (fixedDate NULL while open). camelCase columns."""
    rng = random.Random(8105)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE tools("toolId" INTEGER PRIMARY KEY, "toolName" VARCHAR,
        "category" VARCHAR, "replacementValue" DOUBLE, "purchasedDate" DATE, "isElectric" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE members("memberId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthYear" INTEGER, "joinedDate" DATE, "neighbourhood" VARCHAR,
        "isVolunteer" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE loans("loanId" INTEGER PRIMARY KEY,
        "toolId" INTEGER REFERENCES tools("toolId"), "memberId" INTEGER REFERENCES members("memberId"),
        "borrowedAt" TIMESTAMP, "dueDate" DATE, "returnedDate" DATE, "lateFee" DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE repairs("repairId" INTEGER PRIMARY KEY,
        "toolId" INTEGER REFERENCES tools("toolId"), "reportedDate" DATE, "fixedDate" DATE, "faultType" VARCHAR,
        "repairCost" DOUBLE)""")
    tools = []
    for category, items in TOOLS.items():
        for name, value in items:
            for _ in range(rng.randint(2, 6)):
                tools.append((len(tools) + 1, name, category, round(value * rng.uniform(0.85, 1.2), 2),
                              _day(rng, dt.date(2018, 1, 1), 2300), name in ELECTRIC))
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 300), start=1):
        members.append((mid, first, last, rng.randint(1945, 2004), _day(rng, dt.date(2019, 1, 1), 2200),
                        rng.choices(["Northside", "Old Town", "Canal Quarter", "Hillcrest", "Southbank"],
                                    [25, 20, 18, 22, 15])[0], rng.random() < 0.12))
    keen = {m[0]: rng.uniform(0.2, 3.0) for m in members}
    popular = {t[0]: (1.6 if t[2] == "garden" else 1.0) * rng.uniform(0.4, 1.6) for t in tools}
    loans, repairs = [], []
    end = dt.date(2025, 4, 30)
    for lid in range(1, 2201):
        day = _day(rng, dt.date(2023, 1, 1), (end - dt.date(2023, 1, 1)).days + 1)
        tool = rng.choices(tools, [popular[t[0]] * (1.5 if t[2] == "garden" and day.month in (4, 5, 6, 7, 8)
                                                    else 1.0) for t in tools])[0]
        member = rng.choices([m for m in members if m[4] <= day], [keen[m[0]] for m in members if m[4] <= day])[0]
        due = day + dt.timedelta(days=rng.choice([3, 7, 7, 14]))
        returned = day + dt.timedelta(days=max(1, int(rng.gauss((due - day).days, 3))))
        if returned > end:
            returned = None
        late = round(0.5 * max(0, (returned - due).days), 2) if returned else 0.0
        loans.append((lid, tool[0], member[0], _moment(rng, day, 9, 19), due, returned, late))
    for rid in range(1, 181):
        tool = rng.choice(tools)
        reported = _day(rng, dt.date(2023, 1, 1), 850)
        fixed = reported + dt.timedelta(days=rng.randint(1, 60))
        if fixed > end or rng.random() < 0.06:
            fixed = None
        fault = rng.choice(FAULTS if tool[5] else ["blade", "handle"])
        repairs.append((rid, tool[0], reported, fixed, fault, round(rng.uniform(5, 0.4 * tool[3]), 2)))
    _insert(con, "tools", tools)
    _insert(con, "members", members)
    _insert(con, "loans", loans)
    _insert(con, "repairs", repairs)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "langschool": build_langschool,
    "foodtrucks": build_foodtrucks,
    "weddingvenue": build_weddingvenue,
    "apiary": build_apiary,
    "toollibrary": build_toollibrary,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval81-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval81-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval81-dbs"))
