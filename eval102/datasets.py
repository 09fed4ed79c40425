"""Builders of the hundred-and-second development evaluation corpus: five DuckDB files in five service domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `pharmacy.duckdb`: a pharmacy's pharmacists, patients (birth date, exemption flag), medicines and prescriptions
- `windfarm.duckdb`: a wind farm's turbines, technicians (birth year), hourly output readings and faults
  (`faults.technician_id` is only implied by its name, not declared)
- `tutoring.duckdb`: a tutoring agency's tutors, students (birth date, school year), lessons and exam results
- `foodbank.duckdb`: a food bank's donors, donations (kg by category), parcels issued to households, volunteer shifts
- `auction.duckdb`: an antique auction house's consignors, buyers, lots and sales (camelCase columns)

Usage:
    python eval102/datasets.py OUTDIR

Example:
    >>> from eval102.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval102-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['auction.duckdb', 'foodbank.duckdb', 'pharmacy.duckdb', 'tutoring.duckdb', 'windfarm.duckdb']
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


FIRST = ["Aoife", "Bilal", "Cora", "Declan", "Elif", "Fraser", "Greta", "Hamza", "Iris", "Joel", "Keira", "Lukas",
         "Maya", "Niall", "Olive", "Priya", "Rhys", "Saoirse", "Tobias", "Una", "Vikram", "Willa", "Yusuf", "Zara"]
LAST = ["Ashworth", "Brennan", "Chowdhury", "Dalgleish", "Ellison", "Forsyth", "Gallagher", "Hendry", "Iqbal",
        "Jarvis", "Kowalski", "Lomax", "McBride", "Nakamura", "Okafor", "Pemberton", "Rafferty", "Sinclair",
        "Thorne", "Varga", "Whitlock", "Young"]

# ------------------------------------------------------------------------------------------------- pharmacy
MEDICINES = [(1, "Amoxicillin 500mg", "antibiotic", 3.20, 21, False),
             (2, "Clarithromycin 250mg", "antibiotic", 6.75, 14, False),
             (3, "Doxycycline 100mg", "antibiotic", 4.10, 8, False),
             (4, "Paracetamol 500mg", "analgesic", 1.15, 32, False),
             (5, "Co-codamol 30/500", "analgesic", 4.80, 30, True),
             (6, "Naproxen 250mg", "analgesic", 2.60, 28, False),
             (7, "Atorvastatin 20mg", "cardiovascular", 1.45, 28, False),
             (8, "Amlodipine 5mg", "cardiovascular", 0.95, 28, False),
             (9, "Ramipril 5mg", "cardiovascular", 1.30, 28, False),
             (10, "Salbutamol inhaler", "respiratory", 1.50, 1, False),
             (11, "Beclometasone inhaler", "respiratory", 8.40, 1, False),
             (12, "Metformin 500mg", "diabetes", 1.10, 84, False),
             (13, "Gliclazide 80mg", "diabetes", 2.05, 28, False),
             (14, "Sertraline 50mg", "mental health", 1.70, 28, False),
             (15, "Diazepam 5mg", "mental health", 0.90, 28, True),
             (16, "Morphine sulfate 10mg", "analgesic", 12.50, 60, True)]
MED_WEIGHTS = [12, 4, 5, 10, 6, 5, 14, 12, 9, 9, 4, 10, 4, 8, 2, 1]
PHARMACISTS = [(1, "Helen", "Marsh", "GPhC2051331", dt.date(2016, 4, 11), False),
               (2, "Omar", "Siddiqui", "GPhC2078410", dt.date(2019, 9, 2), False),
               (3, "Grace", "Oduya", "GPhC2090176", dt.date(2021, 1, 18), False),
               (4, "Peter", "Lindqvist", "GPhC2034472", dt.date(2022, 6, 6), True),
               (5, "Nadia", "Rossi", "GPhC2111858", dt.date(2023, 8, 21), True)]
CHARGE = 9.90


def build_pharmacy(path: Path | str) -> None:
    """pharmacists (5), patients (420, birth_date, exempt), medicines (16, pack price), prescriptions (2023-2024,
    dispensed_at NULL while not yet collected, pharmacist_id NULL until dispensed)."""
    rng = random.Random(10201)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE pharmacists(pharmacist_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, registration_no VARCHAR, hired_on DATE, is_locum BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE patients(patient_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, sex VARCHAR, gp_surgery VARCHAR, exempt BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE medicines(medicine_id INTEGER PRIMARY KEY, medicine_name VARCHAR,
        category VARCHAR, pack_price_gbp DOUBLE, pack_size INTEGER, controlled_drug BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE prescriptions(prescription_id INTEGER PRIMARY KEY,
        patient_id INTEGER REFERENCES patients(patient_id), medicine_id INTEGER REFERENCES medicines(medicine_id),
        pharmacist_id INTEGER REFERENCES pharmacists(pharmacist_id), issued_on DATE, dispensed_at TIMESTAMP,
        packs INTEGER, charge_gbp DOUBLE, repeat_prescription BOOLEAN, electronic BOOLEAN)""")
    surgeries = ["Parkside Surgery", "Riverbank Medical Centre", "High Street Practice", "Elm Tree Health Centre"]
    patients = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1):
        born = _day(rng, dt.date(1935, 1, 1), 30000)
        age_2024 = 2024 - born.year
        exempt = age_2024 >= 60 or age_2024 < 16 or rng.random() < 0.18
        patients.append((pid, first, last, born, rng.choice(["F", "M"]), rng.choices(surgeries, [5, 3, 4, 2])[0],
                         exempt))
    rx = []
    for rid in range(1, 2401):
        patient = rng.choice(patients)
        med = rng.choices(MEDICINES, MED_WEIGHTS)[0]
        issued = _day(rng, dt.date(2023, 1, 1), 731)
        packs = rng.choices([1, 2, 3], [70, 22, 8])[0]
        if rng.random() < 0.06 or issued > dt.date(2024, 12, 27) and rng.random() < 0.6:
            dispensed, pharmacist = None, None
        else:
            day = issued + dt.timedelta(days=rng.choices([0, 1, 2, 3, 5, 8, 14], [30, 25, 15, 10, 10, 6, 4])[0])
            while day.weekday() == 6:
                day += dt.timedelta(days=1)
            dispensed = _moment(rng, day, 9, 17 if day.weekday() < 5 else 12)
            pharmacist = rng.choices([p[0] for p in PHARMACISTS], [30, 26, 22, 8, 6])[0]
            if pharmacist == 5 and day < PHARMACISTS[4][4]:
                pharmacist = 1
        charge = 0.0 if patient[6] else round(CHARGE * packs, 2)
        rx.append((rid, patient[0], med[0], pharmacist, issued, dispensed, packs, charge, rng.random() < 0.55,
                   rng.random() < 0.8))
    _insert(con, "pharmacists", PHARMACISTS)
    _insert(con, "patients", patients)
    _insert(con, "medicines", MEDICINES)
    _insert(con, "prescriptions", rx)
    con.close()


# ------------------------------------------------------------------------------------------------- wind farm
SITES = {"North Ridge": 8, "Coastal": 7, "Glen Valley": 5}
FAULT_TYPES = {"gearbox": 8, "blade": 6, "generator": 7, "electrical": 12, "sensor": 18, "yaw system": 5}


def build_windfarm(path: Path | str) -> None:
    """turbines (20, rated_mw, install_date), technicians (9, birth_year), readings (hourly samples 2023-01 to
    2025-03, output_mwh), faults (started_at/resolved_at TIMESTAMP, resolved_at NULL while open; technician_id
    is not declared as a foreign key)."""
    rng = random.Random(10202)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE turbines(turbine_id INTEGER PRIMARY KEY, turbine_code VARCHAR,
        site VARCHAR, model VARCHAR, rated_mw DOUBLE, install_date DATE, hub_height_m INTEGER, offshore BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE technicians(technician_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, grade VARCHAR, hired_on DATE, hv_certified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE readings(reading_id INTEGER PRIMARY KEY,
        turbine_id INTEGER REFERENCES turbines(turbine_id), reading_hour TIMESTAMP, wind_speed_ms DOUBLE,
        output_mwh DOUBLE, curtailed BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE faults(fault_id INTEGER PRIMARY KEY,
        turbine_id INTEGER REFERENCES turbines(turbine_id), technician_id INTEGER, fault_type VARCHAR,
        severity VARCHAR, started_at TIMESTAMP, resolved_at TIMESTAMP, energy_lost_mwh DOUBLE)""")
    turbines, tid = [], 0
    models = {"North Ridge": ("Vestas V90", 2.0, 80), "Coastal": ("Siemens SWT-3.6", 3.6, 90),
              "Glen Valley": ("Enercon E-82", 2.3, 78)}
    for site, n in SITES.items():
        for k in range(1, n + 1):
            tid += 1
            model, mw, hub = models[site]
            if site == "North Ridge" and k > 5:
                model, mw, hub = "Vestas V112", 3.3, 94
            turbines.append((tid, f"{site[:2].upper()}-{k:02d}", site, model, mw,
                             _day(rng, dt.date(2012, 1, 1), 3900), hub, site == "Coastal" and k <= 3))
    techs = []
    for i, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 9), start=1):
        grade = ["lead", "senior", "senior", "junior", "junior", "senior", "junior", "lead", "junior"][i - 1]
        techs.append((i, first, last, rng.randint(1966, 2000), grade, _day(rng, dt.date(2010, 1, 1), 4700),
                      grade != "junior" or rng.random() < 0.3))
    readings = []
    start = dt.datetime(2023, 1, 1)
    hours = int((dt.datetime(2025, 4, 1) - start).total_seconds() // 3600)
    rid = 0
    for t in turbines:
        for h in sorted(rng.sample(range(hours), 190)):
            rid += 1
            when = start + dt.timedelta(hours=h)
            winter = when.month in (10, 11, 12, 1, 2, 3)
            wind = max(0.0, rng.gauss(9.0 if winter else 6.8, 3.2) + (1.2 if t[2] == "Coastal" else 0.0))
            cap = min(1.0, max(0.0, (wind - 3.0) / 9.0)) ** 1.5 if wind < 25 else 0.0
            curtailed = wind > 11 and rng.random() < 0.12
            out = round(t[4] * cap * (0.55 if curtailed else rng.uniform(0.9, 1.0)), 3)
            readings.append((rid, t[0], when, round(wind, 1), out, curtailed))
    faults = []
    for fid in range(1, 261):
        t = rng.choice(turbines)
        ftype = rng.choices(list(FAULT_TYPES), list(FAULT_TYPES.values()))[0]
        severity = rng.choices(["low", "medium", "high"], [5, 3, 1 if ftype in ("sensor", "electrical") else 3])[0]
        began = _moment(rng, _day(rng, dt.date(2023, 1, 1), 820), 0, 23)
        hours_down = {"low": 6, "medium": 30, "high": 120}[severity] * rng.uniform(0.3, 2.0)
        resolved = began + dt.timedelta(minutes=int(hours_down * 60))
        if resolved > dt.datetime(2025, 3, 31, 23) or rng.random() < 0.02:
            resolved = None
        tech = rng.choices(techs, [9, 8, 7, 6, 5, 6, 4, 7, 3])[0][0]
        lost = round(hours_down * t[4] * rng.uniform(0.2, 0.45), 2)
        faults.append((fid, t[0], tech, ftype, severity, began, resolved, lost))
    _insert(con, "turbines", turbines)
    _insert(con, "technicians", techs)
    _insert(con, "readings", readings)
    _insert(con, "faults", faults)
    con.close()


# ------------------------------------------------------------------------------------------------- tutoring
SUBJECTS = {"maths": (5, 38.0), "english": (3, 34.0), "physics": (2, 42.0), "chemistry": (2, 40.0),
            "biology": (2, 36.0)}


def build_tutoring(path: Path | str) -> None:
    """tutors (14, hourly_rate_gbp), students (230, birth_date, school_year), lessons (2023-2024,
    duration_minutes, paid), exam_results (grade 1-9, predicted_grade NULL when the school gave none)."""
    rng = random.Random(10203)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE tutors(tutor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, subject VARCHAR, hourly_rate_gbp DOUBLE, qualified_teacher BOOLEAN, joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE students(student_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, school_year INTEGER, school_type VARCHAR, enrolled_on DATE,
        left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE lessons(lesson_id INTEGER PRIMARY KEY,
        tutor_id INTEGER REFERENCES tutors(tutor_id), student_id INTEGER REFERENCES students(student_id),
        lesson_start TIMESTAMP, duration_minutes INTEGER, online BOOLEAN, paid BOOLEAN, fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE exam_results(result_id INTEGER PRIMARY KEY,
        student_id INTEGER REFERENCES students(student_id), subject VARCHAR, exam_level VARCHAR, exam_date DATE,
        grade INTEGER, predicted_grade INTEGER)""")
    names = _unique_names(rng, FIRST, LAST, 244)
    tutors, tid = [], 0
    for subject, (n, rate) in SUBJECTS.items():
        for _ in range(n):
            tid += 1
            first, last = names[tid - 1]
            qualified = rng.random() < 0.5
            tutors.append((tid, first, last, subject, round(rate + (6 if qualified else 0) + rng.randint(-4, 6), 2),
                           qualified, _day(rng, dt.date(2018, 1, 1), 1800)))
    students = []
    for sid in range(1, 231):
        first, last = names[13 + sid]
        year = rng.choices(range(7, 14), [2, 3, 5, 9, 12, 4, 5])[0]
        born = dt.date(2024 - year - 5, 9, 1) + dt.timedelta(days=rng.randrange(365))
        enrolled = _day(rng, dt.date(2022, 9, 1), 700)
        left = enrolled + dt.timedelta(days=rng.randint(90, 500)) if rng.random() < 0.35 else None
        if left is not None and left > dt.date(2024, 12, 31):
            left = None
        students.append((sid, first, last, born, year, rng.choices(["state", "independent", "grammar"], [7, 2, 2])[0],
                         enrolled, left))
    lessons = []
    for lid in range(1, 3201):
        s = rng.choice(students)
        t = rng.choices(tutors, [2 if x[3] == "maths" else 1 for x in tutors])[0]
        lo = max(s[6], dt.date(2023, 1, 1))
        hi = s[7] or dt.date(2024, 12, 31)
        if lo >= hi:
            lo = dt.date(2023, 1, 1)
        day = _day(rng, lo, max(1, (hi - lo).days))
        hour = rng.choice([10, 11, 14]) if day.weekday() >= 5 else rng.choice([16, 16, 17, 17, 18, 19])
        start = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 0, 30])))
        minutes = rng.choices([45, 60, 90, 120], [3, 10, 4, 1])[0]
        paid = rng.random() < (0.97 if day < dt.date(2024, 11, 1) else 0.7)
        lessons.append((lid, t[0], s[0], start, minutes, rng.random() < 0.4, paid,
                        round(t[4] * minutes / 60, 2)))
    results = []
    rid = 0
    for s in students:
        if s[4] not in (11, 13):
            continue
        for subject in rng.sample(list(SUBJECTS), rng.randint(1, 3)):
            rid += 1
            level = "GCSE" if s[4] == 11 else "A level"
            predicted = rng.randint(3, 8) if rng.random() < 0.8 else None
            grade = max(1, min(9, (predicted or 5) + rng.choice([-2, -1, 0, 0, 1, 1, 2])))
            results.append((rid, s[0], subject, level, dt.date(rng.choice([2023, 2024]), rng.choice([5, 6]),
                                                              rng.randint(1, 28)), grade, predicted))
    _insert(con, "tutors", tutors)
    _insert(con, "students", students)
    _insert(con, "lessons", lessons)
    _insert(con, "exam_results", results)
    con.close()


# ------------------------------------------------------------------------------------------------- food bank
DONOR_TYPES = {"individual": 30, "supermarket": 6, "church": 8, "school": 7, "business": 9}
CATEGORIES = {"tinned food": 10, "dry goods": 9, "fresh produce": 5, "toiletries": 4, "baby supplies": 2}
AGENCIES = ["Citizens Advice", "GP", "Social Services", "School", "Housing Association", "Self-referral"]


def build_foodbank(path: Path | str) -> None:
    """donors (60), donations (2023-01 to 2025-02, weight_kg by category), parcels (issued to households,
    collected_on NULL when never collected), volunteer_shifts (names, birth_year, role, hours)."""
    rng = random.Random(10204)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE donors(donor_id INTEGER PRIMARY KEY, donor_name VARCHAR,
        donor_type VARCHAR, town VARCHAR, first_donation DATE, regular_giver BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE donations(donation_id INTEGER PRIMARY KEY,
        donor_id INTEGER REFERENCES donors(donor_id), received_on DATE, category VARCHAR, weight_kg DOUBLE,
        items INTEGER, via_collection_point BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE parcels(parcel_id INTEGER PRIMARY KEY, household_ref VARCHAR,
        household_size INTEGER, has_children BOOLEAN, referral_agency VARCHAR, issued_on DATE, parcel_size VARCHAR,
        weight_kg DOUBLE, delivered BOOLEAN, collected_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE volunteer_shifts(shift_id INTEGER PRIMARY KEY, volunteer_first_name VARCHAR,
        volunteer_last_name VARCHAR, volunteer_birth_year INTEGER, shift_start TIMESTAMP, hours DOUBLE,
        role VARCHAR, no_show BOOLEAN)""")
    towns = ["Ashford", "Kennington", "Willesborough", "Wye"]
    donors = []
    org = {"supermarket": ["Tesco Extra", "Sainsbury's Local", "Aldi", "Co-op", "Lidl", "Morrisons"],
           "church": ["St Mary's Church", "Christ Church", "Baptist Chapel", "St Teresa's", "Methodist Church",
                      "Quaker Meeting", "Salvation Army", "St Michael's"],
           "school": ["Ashford Primary", "Highworth Grammar", "Norton Knatchbull", "Wye School", "Goat Lees Primary",
                      "John Wallis Academy", "Victoria Road Primary"],
           "business": ["Ashford Rotary", "Kent Logistics", "Brook Dental", "Orchard Bakery", "Kingsnorth Garage",
                        "Stour Accountants", "Eurostar Staff Club", "Dover Street Deli", "Bybrook Builders"]}
    people = _unique_names(rng, FIRST, LAST, 30)
    did = 0
    for dtype in DONOR_TYPES:
        names = [f"{f} {ln}" for f, ln in people] if dtype == "individual" else org[dtype]
        for name in names:
            did += 1
            donors.append((did, name, dtype, rng.choice(towns), _day(rng, dt.date(2019, 1, 1), 1500),
                           rng.random() < (0.6 if dtype != "individual" else 0.3)))
    weights = [8 if d[2] == "supermarket" else 3 if d[5] else 1 for d in donors]
    donations = []
    for i in range(1, 1501):
        d = rng.choices(donors, weights)[0]
        cat = rng.choices(list(CATEGORIES), list(CATEGORIES.values()))[0]
        if d[2] == "supermarket" and rng.random() < 0.5:
            cat = "fresh produce"
        day = _day(rng, dt.date(2023, 1, 1), 790)
        if day.month == 12 or (day.month == 10 and d[2] in ("church", "school")):
            kg = rng.uniform(8, 60)
        else:
            kg = rng.uniform(2, 35) if d[2] != "individual" else rng.uniform(0.5, 9)
        donations.append((i, d[0], day, cat, round(kg, 1), max(1, int(kg * rng.uniform(1.2, 2.5))),
                          d[2] == "individual" and rng.random() < 0.5))
    parcels = []
    for i in range(1, 1801):
        size = rng.choices([1, 2, 3, 4, 5, 6], [30, 22, 18, 15, 9, 6])[0]
        psize = "single" if size == 1 else "small" if size <= 3 else "family"
        day = _day(rng, dt.date(2023, 1, 1), 790)
        while day.weekday() not in (0, 2, 4):
            day += dt.timedelta(days=1)
        delivered = rng.random() < 0.2
        collected = None if (not delivered and rng.random() < 0.07) else day + dt.timedelta(days=rng.choice([0, 0, 1]))
        parcels.append((i, f"HH{rng.randint(1, 520):04d}", size, size >= 3 and rng.random() < 0.8,
                        rng.choices(AGENCIES, [8, 5, 6, 3, 4, 2])[0], day, psize,
                        round({"single": 9, "small": 14, "family": 21}[psize] * rng.uniform(0.85, 1.15), 1),
                        delivered, collected))
    vols = _unique_names(rng, FIRST, LAST, 40)
    births = {v: rng.randint(1945, 2006) for v in vols}
    shifts = []
    for i in range(1, 1201):
        v = vols[min(39, int(rng.expovariate(0.08)))]
        day = _day(rng, dt.date(2023, 1, 1), 790)
        role = rng.choices(["warehouse", "front desk", "driver", "collection point"], [5, 4, 2, 2])[0]
        start = dt.datetime.combine(day, dt.time(rng.choice([9, 9, 10, 13, 14]), 0))
        shifts.append((i, v[0], v[1], births[v], start, rng.choice([2.0, 2.5, 3.0, 3.0, 4.0]), role,
                       rng.random() < 0.06))
    _insert(con, "donors", donors)
    _insert(con, "donations", donations)
    _insert(con, "parcels", parcels)
    _insert(con, "volunteer_shifts", shifts)
    con.close()


# ------------------------------------------------------------------------------------------------- auction house
LOT_CATEGORIES = {"Furniture": (8, 300, 4000), "Silver": (6, 150, 2500), "Ceramics": (7, 80, 1500),
                  "Paintings": (6, 400, 9000), "Clocks": (3, 200, 3000), "Jewellery": (5, 150, 5000)}
COUNTRIES = {"UK": 20, "USA": 4, "France": 3, "Germany": 2, "Netherlands": 2, "China": 2}


def build_auction(path: Path | str) -> None:
    """consignors (45), buyers (160, birthYear, isDealer), lots (2023-2025-06 sales, estimateLow/estimateHigh,
    isUnsold), sales (hammerPrice, buyersPremium, paidDate NULL while unpaid). camelCase columns."""
    rng = random.Random(10205)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE consignors(consignorId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, city VARCHAR, commissionPct DOUBLE, isTrade BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE buyers(buyerId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthYear INTEGER, country VARCHAR, isDealer BOOLEAN, registeredDate DATE)""")
    con.execute("""CREATE OR REPLACE TABLE lots(lotId INTEGER PRIMARY KEY,
        consignorId INTEGER REFERENCES consignors(consignorId), saleDate DATE, lotNumber INTEGER, title VARCHAR,
        category VARCHAR, estimateLow DOUBLE, estimateHigh DOUBLE, reservePrice DOUBLE, isUnsold BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sales(saleId INTEGER PRIMARY KEY, lotId INTEGER REFERENCES lots(lotId),
        buyerId INTEGER REFERENCES buyers(buyerId), hammerPrice DOUBLE, buyersPremium DOUBLE, soldAt TIMESTAMP,
        bidMethod VARCHAR, paidDate DATE)""")
    names = _unique_names(rng, FIRST, LAST, 205)
    cities = ["London", "Bath", "York", "Edinburgh", "Norwich", "Cheltenham"]
    consignors = [(i, f, ln, rng.choice(cities), rng.choice([12.0, 15.0, 15.0, 18.0]), rng.random() < 0.2)
                  for i, (f, ln) in enumerate(names[:45], start=1)]
    buyers = [(i, f, ln, rng.randint(1940, 1998), rng.choices(list(COUNTRIES), list(COUNTRIES.values()))[0],
               rng.random() < 0.25, _day(rng, dt.date(2015, 1, 1), 3400))
              for i, (f, ln) in enumerate(names[45:], start=1)]
    dealer_w = [4 if b[5] else 1 for b in buyers]
    sale_days = []
    day = dt.date(2023, 1, 11)
    while day <= dt.date(2025, 6, 30):
        sale_days.append(day)
        day += dt.timedelta(days=rng.choice([14, 21, 28]))
    nouns = {"Furniture": ["Georgian mahogany chest", "Victorian walnut bureau", "oak refectory table",
                           "pair of Regency chairs"],
             "Silver": ["George III teapot", "set of silver spoons", "Victorian salver", "silver candlesticks"],
             "Ceramics": ["Moorcroft vase", "Royal Worcester plate", "Chinese blue and white jar", "Delft charger"],
             "Paintings": ["oil on canvas, harbour scene", "watercolour landscape", "portrait of a lady",
                           "still life with fruit"],
             "Clocks": ["longcase clock", "French mantel clock", "carriage clock"],
             "Jewellery": ["diamond ring", "Edwardian brooch", "gold pocket watch", "pearl necklace"]}
    lots, sales = [], []
    lid = sid = 0
    for sday in sale_days:
        for number in range(1, rng.randint(20, 34)):
            lid += 1
            cat = rng.choices(list(LOT_CATEGORIES), [v[0] for v in LOT_CATEGORIES.values()])[0]
            _, lo, hi = LOT_CATEGORIES[cat]
            low = round(rng.uniform(lo, hi) / 10) * 10
            high = low * rng.choice([1.5, 1.5, 2.0])
            reserve = round(low * 0.8, -1)
            price = low * rng.lognormvariate(0.1, 0.45)
            unsold = price < reserve
            lots.append((lid, rng.randint(1, 45), sday, number, rng.choice(nouns[cat]), cat, float(low), float(high),
                         float(reserve), unsold))
            if unsold:
                continue
            sid += 1
            hammer = float(max(reserve, round(price / 10) * 10))
            sold = dt.datetime.combine(sday, dt.time(10, 0)) + dt.timedelta(minutes=2 * number + rng.randint(0, 1))
            paid = sday + dt.timedelta(days=rng.randint(0, 20)) if rng.random() < 0.93 else None
            if sday > dt.date(2025, 6, 10) and rng.random() < 0.5:
                paid = None
            sales.append((sid, lid, rng.choices(buyers, dealer_w)[0][0], hammer, round(hammer * 0.25, 2), sold,
                          rng.choices(["room", "phone", "online"], [4, 2, 5])[0], paid))
    _insert(con, "consignors", consignors)
    _insert(con, "buyers", buyers)
    _insert(con, "lots", lots)
    _insert(con, "sales", sales)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "pharmacy": build_pharmacy,
    "windfarm": build_windfarm,
    "tutoring": build_tutoring,
    "foodbank": build_foodbank,
    "auction": build_auction,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval102-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval102-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval102-dbs"))
