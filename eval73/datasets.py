"""Builders of the seventy-third held-out evaluation corpus: five DuckDB files in trade, care and civic domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `bakery.duckdb`: a wholesale bakery's bakers (birth date), products, production batches and deliveries to cafés
  (paid_on NULL while an invoice is unpaid)
- `clinic.duckdb`: a hospital outpatient service's clinics, consultants (birth year), referrals (discharged_on NULL
  while the patient is still under care) and appointments
- `marina.duckdb`: a marina's berths, boats with owners (birth year), berth contracts (endDate NULL while ongoing)
  and fuel sales (boat link only implied by its name); camelCase columns
- `musicschool.duckdb`: a music school's teachers, pupils (birth date; left_on NULL while enrolled), lessons and
  grade exams
- `parking.duckdb`: parking enforcement wardens (birth date), streets in zones, penalty notices (paid_on NULL while
  unpaid) and appeals (decided_on and outcome NULL while pending)

Usage:
    python eval73/datasets.py OUTDIR

Example:
    >>> from eval73.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval73-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['bakery.duckdb', 'clinic.duckdb', 'marina.duckdb', 'musicschool.duckdb', 'parking.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 7, last_hour: int = 18) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Aisha", "Bartosz", "Catrin", "Dominic", "Eilidh", "Felix", "Grace", "Hamza", "Isla", "Jonah", "Keira",
         "Luca", "Maryam", "Nathan", "Olivia", "Priya", "Quentin", "Rosie", "Sebastian", "Tilly", "Usman", "Vikram",
         "Willow", "Xander", "Yusuf", "Zara"]
LAST = ["Ashworth", "Brennan", "Cartwright", "Dunmore", "Ellison", "Fairbairn", "Gallagher", "Hollis", "Iqbal",
        "Jessop", "Kowalski", "Lomax", "Marsden", "Nuttall", "O'Connell", "Pemberton", "Quayle", "Rowntree",
        "Sutcliffe", "Thornton", "Varga", "Whitworth", "Yardley"]

# ------------------------------------------------------------------------------------------------------ bakery
PRODUCTS = [(1, "White Bloomer", "bread", 2.10, 800, True), (2, "Sourdough Boule", "bread", 3.40, 900, True),
            (3, "Seeded Rye", "bread", 3.10, 750, True), (4, "Baguette", "bread", 1.30, 250, True),
            (5, "Butter Croissant", "pastry", 0.95, 70, False), (6, "Pain au Chocolat", "pastry", 1.10, 80, False),
            (7, "Cinnamon Swirl", "pastry", 1.25, 110, False), (8, "Almond Croissant", "pastry", 1.45, 95, False),
            (9, "Carrot Cake", "cake", 14.50, 1200, False), (10, "Lemon Drizzle", "cake", 11.80, 900, False),
            (11, "Brownie Tray", "cake", 16.00, 1500, True), (12, "Sausage Roll", "savoury", 1.60, 140, False),
            (13, "Cheese Scone", "savoury", 0.90, 90, False), (14, "Spinach Feta Slice", "savoury", 2.20, 160, False)]
CAFES = [("Bean There", "city centre"), ("The Daily Grind", "city centre"), ("Pip's Kitchen", "north"),
         ("Copper Kettle", "north"), ("Moss & Crumb", "east"), ("Harbour Coffee", "east"), ("Little Fox", "south"),
         ("Brew Lab", "south"), ("Oak Tree Café", "west"), ("Parlour 12", "west"), ("Steam Room", "city centre"),
         ("Nook", "north")]


def build_bakery(path: Path | str) -> None:
    """bakers (14, birth_date), products (14), production_batches (2023-2024), deliveries (paid_on NULL unpaid)."""
    rng = random.Random(7301)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE bakers(baker_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        birth_date DATE, shift VARCHAR, is_head_baker BOOLEAN, hourly_rate_gbp DOUBLE, hired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE products(product_id INTEGER PRIMARY KEY, product_name VARCHAR,
        category VARCHAR, wholesale_price_gbp DOUBLE, weight_g INTEGER, vegan BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE production_batches(batch_id INTEGER PRIMARY KEY,
        product_id INTEGER REFERENCES products(product_id), baker_id INTEGER REFERENCES bakers(baker_id),
        baked_at TIMESTAMP, units_made INTEGER, units_wasted INTEGER, flour_kg DOUBLE, oven_temp_c INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE deliveries(delivery_id INTEGER PRIMARY KEY, cafe_name VARCHAR,
        cafe_area VARCHAR, product_id INTEGER REFERENCES products(product_id), delivered_on DATE, quantity INTEGER,
        invoice_gbp DOUBLE, paid_on DATE, driver_late BOOLEAN)""")
    shifts = ["night"] * 6 + ["early"] * 5 + ["day"] * 3
    bakers = [(bid, first, last, _day(rng, dt.date(1962, 1, 1), 14000), shifts[bid - 1], bid in (1, 7, 12),
               round(rng.uniform(11.5, 19.0), 2), _day(rng, dt.date(2012, 1, 1), 4000))
              for bid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 14), start=1)]
    batches = []
    for bid in range(1, 1901):
        product = rng.choices(PRODUCTS, [9, 7, 4, 8, 9, 7, 5, 4, 2, 2, 2, 6, 4, 3])[0]
        baker = rng.choice(bakers)
        day = _day(rng, dt.date(2023, 1, 1), 731)
        hour = {"night": rng.choice([0, 1, 2, 3, 4, 22, 23]), "early": rng.randint(4, 8), "day": rng.randint(9, 15)}
        at = dt.datetime.combine(day, dt.time(hour[baker[4]], rng.randrange(60)))
        made = rng.randint(8, 30) if product[2] == "cake" else rng.randint(40, 240)
        wasted = int(made * rng.uniform(0, 0.09)) if rng.random() < 0.7 else 0
        flour = round(made * product[4] / 1000 * (0.62 if product[2] == "bread" else 0.35) * rng.uniform(0.95, 1.05), 2)
        temp = {"bread": 230, "pastry": 200, "cake": 175, "savoury": 210}[product[2]] + rng.randint(-8, 8)
        batches.append((bid, product[0], baker[0], at, made, wasted, flour, temp))
    deliveries = []
    end = dt.date(2024, 12, 31)
    for did in range(1, 2401):
        cafe = rng.choices(CAFES, [12, 10, 8, 6, 9, 5, 7, 8, 6, 5, 9, 4])[0]
        product = rng.choices(PRODUCTS, [9, 8, 4, 7, 10, 8, 5, 4, 2, 2, 2, 6, 4, 3])[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        qty = rng.randint(1, 4) if product[2] == "cake" else rng.randint(6, 60)
        price = product[3] * (1.04 if day.year == 2024 else 1.0)
        paid = day + dt.timedelta(days=rng.randint(3, 45))
        if paid > end or rng.random() < 0.05:
            paid = None
        deliveries.append((did, cafe[0], cafe[1], product[0], day, qty, round(qty * price, 2), paid,
                           rng.random() < 0.08))
    _insert(con, "bakers", bakers)
    _insert(con, "products", PRODUCTS)
    _insert(con, "production_batches", batches)
    _insert(con, "deliveries", deliveries)
    con.close()


# ------------------------------------------------------------------------------------------------------ clinic
CLINICS = [(1, "Heart Outpatients", "cardiology", "General Hospital"),
           (2, "Skin Clinic", "dermatology", "Riverside Centre"),
           (3, "Bone & Joint", "orthopaedics", "General Hospital"),
           (4, "ENT Clinic", "ENT", "Riverside Centre"),
           (5, "Eye Clinic", "ophthalmology", "Eastgate Health Park"),
           (6, "Fracture Clinic", "orthopaedics", "Eastgate Health Park")]
CLINIC_END = dt.date(2025, 3, 31)


def build_clinic(path: Path | str) -> None:
    """clinics (6), consultants (18, birth_year), referrals (2023-01..2025-03; discharged_on NULL while under care),
    appointments (attended or not)."""
    rng = random.Random(7302)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE clinics(clinic_id INTEGER PRIMARY KEY, clinic_name VARCHAR,
        specialty VARCHAR, site VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE consultants(consultant_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, clinic_id INTEGER REFERENCES clinics(clinic_id), part_time BOOLEAN,
        sessions_per_week INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE referrals(referral_id INTEGER PRIMARY KEY, patient_age INTEGER,
        patient_sex VARCHAR, consultant_id INTEGER REFERENCES consultants(consultant_id), referred_on DATE,
        source VARCHAR, priority VARCHAR, discharged_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE appointments(appointment_id INTEGER PRIMARY KEY,
        referral_id INTEGER REFERENCES referrals(referral_id), scheduled_at TIMESTAMP, appointment_type VARCHAR,
        attended BOOLEAN, duration_min INTEGER, wait_minutes_in_clinic INTEGER, tariff_gbp DOUBLE)""")
    consultants = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 18), start=1):
        consultants.append((cid, first, last, rng.randint(1958, 1988), (cid - 1) % 6 + 1, rng.random() < 0.3,
                            rng.randint(3, 8)))
    referrals, appointments = [], []
    for rid in range(1, 1451):
        cons = rng.choice(consultants)
        day = _day(rng, dt.date(2023, 1, 1), (CLINIC_END - dt.date(2023, 1, 1)).days + 1)
        priority = rng.choices(["routine", "urgent", "two-week wait"], [65, 22, 13])[0]
        source = rng.choices(["GP", "A&E", "optometrist", "other consultant"], [60, 15, 10, 15])[0]
        if CLINICS[cons[4] - 1][2] == "ophthalmology" and rng.random() < 0.5:
            source = "optometrist"
        wait = {"routine": (20, 140), "urgent": (7, 45), "two-week wait": (3, 14)}[priority]
        first_day = day + dt.timedelta(days=rng.randint(*wait))
        visits = rng.choices([1, 2, 3, 4], [35, 35, 20, 10])[0]
        when, last_day = first_day, None
        tariff = {"cardiology": 190, "dermatology": 120, "orthopaedics": 160, "ENT": 140, "ophthalmology": 110}
        for k in range(visits):
            if when > CLINIC_END:
                break
            attended = rng.random() > 0.08
            at = _moment(rng, when, 8, 16)
            kind = "new" if k == 0 else "follow-up"
            appointments.append((len(appointments) + 1, rid, at, kind, attended,
                                 rng.choice([20, 30, 40]) if kind == "new" else rng.choice([10, 15, 20]),
                                 rng.randint(0, 75) if attended else None,
                                 round(tariff[CLINICS[cons[4] - 1][2]] * (1.0 if kind == "new" else 0.6), 2)))
            last_day = when
            when = when + dt.timedelta(days=rng.randint(21, 120))
        discharged = last_day + dt.timedelta(days=rng.randint(0, 10)) if last_day and rng.random() < 0.8 else None
        if discharged is not None and discharged > CLINIC_END:
            discharged = None
        referrals.append((rid, rng.randint(1, 94), rng.choice(["F", "M"]), cons[0], day, source, priority,
                          discharged))
    _insert(con, "clinics", CLINICS)
    _insert(con, "consultants", consultants)
    _insert(con, "referrals", referrals)
    _insert(con, "appointments", appointments)
    con.close()


# ------------------------------------------------------------------------------------------------------ marina
BOAT_TYPES = {"sailing yacht": (8, 14), "motor cruiser": (7, 16), "catamaran": (10, 15), "RIB": (4, 8),
              "narrowboat": (15, 21)}
BOAT_NAMES = ["Sea Sprite", "Blue Heron", "Kittiwake", "Wanderer", "Osprey", "Halcyon", "Moonraker", "Dolphin",
              "Free Spirit", "Curlew", "Tern", "Seabird", "Saltaire", "Merlin", "Puffin", "Gannet", "Lady Grace",
              "Spindrift", "Windfall", "Nimbus", "Aurora", "Marlin", "Skylark", "Calypso", "Jester", "Orca",
              "Ripple", "Serenity", "Solent Star", "Tidewater", "Valkyrie", "Zephyr", "Dunlin", "Avocet",
              "Cormorant", "Petrel", "Shearwater", "Sanderling"]
MARINA_END = dt.date(2025, 6, 30)


def build_marina(path: Path | str) -> None:
    """berths (60), boats (owner names and birth year), berthContracts (endDate NULL while ongoing), fuelSales
    (2023-01..2025-06; boatId NOT declared as a foreign key). camelCase columns."""
    rng = random.Random(7303)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE berths(berthId INTEGER PRIMARY KEY, berthCode VARCHAR, pontoon VARCHAR,
        maxLengthM DOUBLE, hasShorePower BOOLEAN, isDryStack BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE boats(boatId INTEGER PRIMARY KEY, boatName VARCHAR, boatType VARCHAR,
        lengthM DOUBLE, ownerFirstName VARCHAR, ownerLastName VARCHAR, ownerBirthYear INTEGER, homePort VARCHAR,
        isInsured BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE berthContracts(contractId INTEGER PRIMARY KEY,
        berthId INTEGER REFERENCES berths(berthId), boatId INTEGER REFERENCES boats(boatId), contractType VARCHAR,
        startDate DATE, endDate DATE, monthlyFeeGbp DOUBLE, paysByDirectDebit BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE fuelSales(saleId INTEGER PRIMARY KEY, boatId INTEGER, soldAt TIMESTAMP,
        fuelType VARCHAR, litres DOUBLE, pricePerLitreGbp DOUBLE, totalGbp DOUBLE, paidByCard BOOLEAN)""")
    berths = []
    for pontoon, (n, lo, hi) in {"A": (16, 6, 10), "B": (16, 10, 14), "C": (14, 12, 18), "D": (8, 18, 24)}.items():
        for k in range(1, n + 1):
            berths.append((len(berths) + 1, f"{pontoon}{k:02d}", pontoon, float(rng.randint(lo, hi)),
                           pontoon != "A" or rng.random() < 0.5, False))
    for k in range(1, 7):
        berths.append((len(berths) + 1, f"DS{k}", "dry stack", 8.0, False, True))
    boats = []
    names = _unique_names(rng, FIRST, LAST, 110)
    for bid in range(1, 111):
        kind = rng.choices(list(BOAT_TYPES), [40, 30, 8, 12, 10])[0]
        first, last = names[bid - 1]
        boat_name = BOAT_NAMES[(bid - 1) % len(BOAT_NAMES)] + ("" if bid <= len(BOAT_NAMES) else f" {bid // 38 + 1}")
        boats.append((bid, boat_name, kind, round(rng.uniform(*BOAT_TYPES[kind]), 1), first, last,
                      rng.randint(1945, 1995), rng.choice(["Portsmouth", "Southampton", "Poole", "Lymington",
                                                           "Chichester"]), rng.random() < 0.9))
    contracts = []
    free = {b[0]: dt.date(2022, 1, 1) for b in berths}
    for boat in boats:
        fits = [b for b in berths if (b[5] and boat[2] == "RIB") or (not b[5] and b[3] >= boat[3])]
        start = _day(rng, dt.date(2022, 3, 1), 1150)
        while start <= MARINA_END:
            berth = min(fits, key=lambda b: (free[b[0]], rng.random()))
            start = max(start, free[berth[0]])
            if start > MARINA_END:
                break
            kind = rng.choices(["annual", "seasonal", "visitor"], [55, 30, 15])[0]
            months = {"annual": 12, "seasonal": 6, "visitor": 1}[kind]
            end = start + dt.timedelta(days=30 * months * rng.randint(1, 2 if kind == "annual" else 1))
            ongoing = end > MARINA_END
            fee = round(boat[3] * {"annual": 28, "seasonal": 34, "visitor": 52}[kind] * rng.uniform(0.95, 1.05), 2)
            contracts.append((len(contracts) + 1, berth[0], boat[0], kind, start, None if ongoing else end, fee,
                              kind == "annual" and rng.random() < 0.7))
            free[berth[0]] = MARINA_END + dt.timedelta(days=1) if ongoing else end + dt.timedelta(days=1)
            if ongoing or rng.random() < 0.4:
                break
            start = end + dt.timedelta(days=rng.randint(1, 200))
    sales = []
    motor = [b for b in boats if b[2] in ("motor cruiser", "RIB", "narrowboat", "catamaran")]
    while len(sales) < 1600:
        boat = rng.choice(motor if rng.random() < 0.8 else boats)
        day = _day(rng, dt.date(2023, 1, 1), (MARINA_END - dt.date(2023, 1, 1)).days + 1)
        if day.month in (12, 1, 2) and rng.random() < 0.7:
            continue
        fuel = "petrol" if boat[2] == "RIB" else "diesel"
        litres = round(rng.uniform(15, 60) if boat[2] == "RIB" else rng.uniform(30, 400), 1)
        ppl = {"diesel": 1.62, "petrol": 1.55}[fuel] + {2023: 0.0, 2024: 0.05, 2025: 0.09}[day.year]
        sales.append((len(sales) + 1, boat[0], _moment(rng, day, 7, 19), fuel, litres, round(ppl, 2),
                      round(litres * ppl, 2), rng.random() < 0.85))
    _insert(con, "berths", berths)
    _insert(con, "boats", boats)
    _insert(con, "berthContracts", contracts)
    _insert(con, "fuelSales", sales)
    con.close()


# ------------------------------------------------------------------------------------------------ music school
INSTRUMENTS = ["piano", "violin", "guitar", "drums", "flute", "voice"]
MUSIC_END = dt.date(2025, 7, 18)


def build_musicschool(path: Path | str) -> None:
    """teachers (12), pupils (240, birth_date; left_on NULL while enrolled), lessons (2023-09..2025-07),
    grade_exams (ABRSM/Trinity/RSL, grades 1-8)."""
    rng = random.Random(7304)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE teachers(teacher_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, instrument VARCHAR, hourly_rate_gbp DOUBLE, dbs_checked BOOLEAN, started_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE pupils(pupil_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        birth_date DATE, teacher_id INTEGER REFERENCES teachers(teacher_id), joined_on DATE, left_on DATE,
        sibling_discount BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE lessons(lesson_id INTEGER PRIMARY KEY,
        pupil_id INTEGER REFERENCES pupils(pupil_id), teacher_id INTEGER REFERENCES teachers(teacher_id),
        lesson_at TIMESTAMP, duration_min INTEGER, fee_gbp DOUBLE, attended BOOLEAN, online BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE grade_exams(exam_id INTEGER PRIMARY KEY,
        pupil_id INTEGER REFERENCES pupils(pupil_id), exam_board VARCHAR, grade INTEGER, exam_date DATE,
        mark INTEGER, result VARCHAR, entry_fee_gbp DOUBLE)""")
    teachers = []
    for tid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 12), start=1):
        teachers.append((tid, first, last, INSTRUMENTS[(tid - 1) % 6], round(rng.uniform(28, 48), 2),
                         rng.random() < 0.85, _day(rng, dt.date(2010, 1, 1), 4800)))
    pupils = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 240), start=1):
        teacher = rng.choices(teachers, [9, 6, 8, 5, 4, 5, 8, 5, 7, 4, 3, 4])[0]
        born = _day(rng, dt.date(2006, 1, 1), 6000) if rng.random() < 0.88 else _day(rng, dt.date(1965, 1, 1), 12000)
        joined = _day(rng, dt.date(2020, 9, 1), 1700)
        left = joined + dt.timedelta(days=rng.randint(120, 1200)) if rng.random() < 0.4 else None
        if left is not None and left > MUSIC_END:
            left = None
        pupils.append((pid, first, last, born, teacher[0], joined, left, rng.random() < 0.15))
    lessons = []
    week = dt.date(2023, 9, 4)
    while week <= MUSIC_END:
        if week.month == 8 or (week.month == 12 and week.day > 18) or (week.month == 4 and week.day < 14):
            week += dt.timedelta(days=7)
            continue
        for pupil in pupils:
            if pupil[5] > week or (pupil[6] is not None and pupil[6] <= week) or rng.random() < 0.72:
                continue
            teacher = teachers[pupil[4] - 1]
            day = week + dt.timedelta(days=rng.randint(0, 5))
            duration = rng.choices([30, 45, 60], [50, 30, 20])[0]
            hour = rng.randint(9, 13) if day.weekday() == 5 else rng.randint(15, 19)
            at = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 15, 30, 45])))
            fee = round(teacher[4] * duration / 60 * (0.9 if pupil[7] else 1.0), 2)
            lessons.append((len(lessons) + 1, pupil[0], teacher[0], at, duration, fee, rng.random() > 0.07,
                            rng.random() < 0.12))
        week += dt.timedelta(days=7)
    exams = []
    for pupil in pupils:
        for _ in range(rng.choices([0, 1, 2, 3], [15, 35, 35, 15])[0]):
            day = _day(rng, dt.date(2023, 10, 1), (MUSIC_END - dt.date(2023, 10, 1)).days + 1)
            if day < pupil[5] or (pupil[6] is not None and day > pupil[6]):
                continue
            grade = rng.randint(1, 8)
            mark = min(150, max(70, int(rng.gauss(112, 14))))
            result = "distinction" if mark >= 130 else "merit" if mark >= 120 else "pass" if mark >= 100 else "fail"
            board = "RSL" if INSTRUMENTS[(pupil[4] - 1) % 6] in ("drums", "guitar") and rng.random() < 0.6 else \
                rng.choice(["ABRSM", "ABRSM", "Trinity"])
            exams.append((len(exams) + 1, pupil[0], board, grade, day, mark, result, round(40 + grade * 9.5, 2)))
    _insert(con, "teachers", teachers)
    _insert(con, "pupils", pupils)
    _insert(con, "lessons", lessons)
    _insert(con, "grade_exams", exams)
    con.close()


# ----------------------------------------------------------------------------------------------------- parking
STREETS = ["High Street", "Market Place", "Church Lane", "Station Road", "Victoria Road", "Queen Street",
           "Mill Lane", "Park Avenue", "King Street", "Bridge Street", "London Road", "Castle Hill", "Albert Road",
           "Grove Terrace", "Chapel Street", "North Parade", "South Parade", "Eastgate", "Westgate", "Canal Side",
           "Hospital Road", "College Road", "Museum Street", "Orchard Way"]
CONTRAVENTIONS = {"expired meter": 50.0, "no valid permit": 70.0, "double yellow lines": 70.0,
                  "loading bay misuse": 70.0, "overstayed limited waiting": 50.0, "bus stop": 70.0}


def build_parking(path: Path | str) -> None:
    """wardens (16, birth_date), streets (24, zones), penalty_notices (2023-2024; paid_on NULL unpaid), appeals
    (decided_on and outcome NULL while pending)."""
    rng = random.Random(7305)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE wardens(warden_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, team VARCHAR, full_time BOOLEAN, started_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE streets(street_id INTEGER PRIMARY KEY, street_name VARCHAR, zone VARCHAR,
        meter_bays INTEGER, residents_only BOOLEAN, hourly_tariff_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE penalty_notices(pcn_id INTEGER PRIMARY KEY,
        warden_id INTEGER REFERENCES wardens(warden_id), street_id INTEGER REFERENCES streets(street_id),
        issued_at TIMESTAMP, contravention VARCHAR, vehicle_type VARCHAR, penalty_gbp DOUBLE, paid_on DATE,
        amount_paid_gbp DOUBLE, cancelled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE appeals(appeal_id INTEGER PRIMARY KEY,
        pcn_id INTEGER REFERENCES penalty_notices(pcn_id), lodged_on DATE, stage VARCHAR, grounds VARCHAR,
        decided_on DATE, outcome VARCHAR)""")
    teams = ["town centre"] * 6 + ["north"] * 5 + ["south"] * 5
    wardens = [(wid, first, last, _day(rng, dt.date(1963, 1, 1), 14500), teams[wid - 1], rng.random() < 0.75,
                _day(rng, dt.date(2012, 1, 1), 3900))
               for wid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 16), start=1)]
    streets = []
    for sid, name in enumerate(STREETS, start=1):
        zone = "A" if sid <= 6 else "B" if sid <= 12 else "C" if sid <= 18 else "D"
        streets.append((sid, name, zone, rng.randint(0, 40) if zone != "D" else rng.randint(0, 8), zone == "D" or
                        rng.random() < 0.15, {"A": 3.2, "B": 2.4, "C": 1.8, "D": 1.2}[zone]))
    notices, appeals = [], []
    end = dt.date(2024, 12, 31)
    for pid in range(1, 3201):
        street = rng.choices(streets, [10 if s[2] == "A" else 6 if s[2] == "B" else 4 if s[2] == "C" else 2
                                       for s in streets])[0]
        warden = rng.choice([w for w in wardens if (street[2] == "A") == (w[4] == "town centre")] or wardens)
        day = _day(rng, dt.date(2023, 1, 1), 731)
        if day.weekday() == 6 and rng.random() < 0.7:
            day += dt.timedelta(days=1)
        at = _moment(rng, day, 7, 21)
        contravention = rng.choices(list(CONTRAVENTIONS), [30, 18 if street[4] else 6, 20, 10, 16, 6])[0]
        penalty = CONTRAVENTIONS[contravention]
        cancelled = rng.random() < 0.05
        paid = amount = None
        if not cancelled and rng.random() < 0.82:
            quick = rng.random() < 0.6
            paid = day + dt.timedelta(days=rng.randint(1, 13) if quick else rng.randint(14, 60))
            amount = penalty / 2 if quick else penalty
            if paid > end:
                paid = amount = None
        notices.append((pid, warden[0], street[0], at, contravention,
                        rng.choices(["car", "van", "motorcycle", "lorry"], [78, 15, 4, 3])[0], penalty, paid, amount,
                        cancelled))
        if paid is None and rng.random() < 0.35 or rng.random() < 0.03:
            lodged = day + dt.timedelta(days=rng.randint(2, 28))
            stage = rng.choices(["informal", "formal", "tribunal"], [60, 30, 10])[0]
            decided = lodged + dt.timedelta(days=rng.randint(5, {"informal": 30, "formal": 60, "tribunal": 120}[stage]))
            outcome = rng.choices(["upheld", "cancelled", "withdrawn"], [55, 35, 10])[0]
            if decided > end or rng.random() < 0.05:
                decided = outcome = None
            appeals.append((len(appeals) + 1, pid, lodged, stage, rng.choice(
                ["signage unclear", "loading", "blue badge", "broken meter", "medical emergency"]), decided, outcome))
    _insert(con, "wardens", wardens)
    _insert(con, "streets", streets)
    _insert(con, "penalty_notices", notices)
    _insert(con, "appeals", appeals)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "bakery": build_bakery,
    "clinic": build_clinic,
    "marina": build_marina,
    "musicschool": build_musicschool,
    "parking": build_parking,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval73-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval73-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval73-dbs"))
