"""Builders of the eval22 development corpus: five DuckDB files in health-care service domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `physio.duckdb`: patients (date_of_birth), therapists, appointments (TIMESTAMP, status, nullable pain_after and
  satisfaction; declared FKs)
- `optician.duckdb`: stores, customers (birth_year, home_store_id declared), orders (nullable frame_brand, lens_type,
  collected_date), eye_exams (declared FKs)
- `homecare.duckdb`: clients (birth_date, end_date NULL while care goes on), caregivers, visits (client_id and
  caregiver_id are NOT declared foreign keys; nullable actual_minutes when missed), 2023-2025
- `imaging.duckdb`: scanners, radiologists, scans (scan_ts / reported_ts TIMESTAMPs, reported_ts and radiologist_id
  NULL while unreported; declared FKs)
- `rxdelivery.duckdb`: customers, drivers, deliveries (ordered_at / delivered_at, nullable rating; declared FKs),
  2024-2025

Usage:
    python eval22/datasets.py OUTDIR

Example:
    >>> from eval22.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval22-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['homecare.duckdb', 'imaging.duckdb', 'optician.duckdb', 'physio.duckdb', 'rxdelivery.duckdb']
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


def _day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A random day in [start, end]."""
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _at(day: dt.date, hour: int, minute: int) -> dt.datetime:
    """A timestamp on `day` at hour:minute."""
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def _names(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(FIRST), rng.choice(LAST)), None)
    return list(seen)


FIRST = ["Amira", "Bernard", "Catalina", "Desmond", "Eleni", "Fergus", "Greta", "Hamid", "Ingrid", "Joaquin",
         "Keira", "Lorcan", "Maeve", "Nikolai", "Olga", "Pieter", "Quentin", "Rosalind", "Soren", "Tamsin", "Umar",
         "Vera", "Wilfred", "Yara", "Zeno", "Agnes", "Brendan", "Clodagh", "Dmitri", "Esther"]
LAST = ["Abernathy", "Bjornsson", "Carvalho", "Dunleavy", "Esposito", "Fairweather", "Gallagher", "Haddad",
        "Iversen", "Jankowski", "Kavanagh", "Lombardi", "McAllister", "Novak", "O'Rourke", "Prescott", "Quigley",
        "Rahman", "Szabo", "Tremblay", "Underwood", "Vasquez", "Whitlock", "Yilmaz", "Zielinski"]


# ------------------------------------------------------------------------------------------------- physio
TREATMENTS = {"assessment": 0.0, "manual therapy": 5.0, "exercise therapy": 0.0, "dry needling": 10.0,
              "ultrasound therapy": 5.0, "hydrotherapy": 15.0}
THERAPISTS = [("Helen Marsh", "sports"), ("Rajiv Menon", "musculoskeletal"), ("Claire Dubois", "neurological"),
              ("Tomasz Wrobel", "musculoskeletal"), ("Aoife Brennan", "post-surgical"), ("Marcus Hale", "sports"),
              ("Lucia Ferreira", "neurological"), ("Samuel Okoye", "post-surgical"),
              ("Freya Lindgren", "musculoskeletal"), ("Daniel Cho", "sports"),
              ("Ines Moreau", "musculoskeletal"), ("George Pappas", "post-surgical")]


def build_physio(path: Path | str) -> None:
    """patients (420), therapists (12), appointments (2022-2024; pain_after NULL unless completed)."""
    rng = random.Random(2201)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE patients(patient_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, gender VARCHAR, city VARCHAR, referral_source VARCHAR,
        has_insurance BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE therapists(therapist_id INTEGER PRIMARY KEY, full_name VARCHAR,
        specialty VARCHAR, hire_date DATE, is_senior BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE appointments(appointment_id INTEGER PRIMARY KEY,
        patient_id INTEGER REFERENCES patients(patient_id), therapist_id INTEGER REFERENCES therapists(therapist_id),
        appointment_start TIMESTAMP, duration_min INTEGER, treatment_type VARCHAR, status VARCHAR, fee DOUBLE,
        pain_before INTEGER, pain_after INTEGER, satisfaction INTEGER)""")
    cities = ["Leeds", "York", "Harrogate", "Bradford", "Wakefield"]
    sources = ["GP", "self-referral", "sports club", "insurer", "hospital"]
    patients = []
    for pid, (first, last) in enumerate(_names(rng, 420), start=1):
        born = _day(rng, dt.date(1941, 1, 1), dt.date(2006, 12, 31))
        patients.append((pid, first, last, born, rng.choice(["F", "M"]), rng.choices(cities, [30, 20, 15, 20, 15])[0],
                         rng.choices(sources, [35, 25, 12, 13, 15])[0], rng.random() < 0.45))
    therapists = []
    for tid, (name, specialty) in enumerate(THERAPISTS, start=1):
        hired = _day(rng, dt.date(2012, 1, 1), dt.date(2021, 12, 31))
        therapists.append((tid, name, specialty, hired, hired.year < 2016))
    appts = []
    weights = [rng.uniform(0.5, 2.0) for _ in therapists]
    for aid in range(1, 5201):
        day = _day(rng, dt.date(2022, 1, 3), dt.date(2024, 12, 31))
        while day.weekday() == 6:  # closed on Sundays
            day = _day(rng, dt.date(2022, 1, 3), dt.date(2024, 12, 31))
        start = _at(day, rng.randint(8, 17), rng.choice([0, 15, 30, 45]))
        duration = rng.choices([30, 45, 60], [35, 45, 20])[0]
        treatment = rng.choices(list(TREATMENTS), [18, 25, 27, 10, 8, 12])[0]
        status = rng.choices(["completed", "cancelled", "no-show"], [82, 11, 7])[0]
        fee = {30: 42.0, 45: 58.0, 60: 74.0}[duration] + TREATMENTS[treatment] + (day.year - 2022) * 3.0
        before = rng.randint(2, 9)
        after = max(0, before - rng.randint(0, 4)) if status == "completed" else None
        rating = rng.choices([3, 4, 5, 2, 1], [20, 40, 30, 7, 3])[0] if status == "completed" and rng.random() < 0.55 \
            else None
        appts.append((aid, rng.randint(1, 420), rng.choices(range(1, 13), weights)[0], start, duration, treatment,
                      status, fee, before, after, rating))
    appts.sort(key=lambda r: r[3])
    appts = [(i, *r[1:]) for i, r in enumerate(appts, start=1)]
    _insert(con, "patients", patients)
    _insert(con, "therapists", therapists)
    _insert(con, "appointments", appts)
    con.close()


# ------------------------------------------------------------------------------------------------- optician
STORES = [("Optica Riverside", "Glasgow", "Scotland"), ("Optica Princes Street", "Edinburgh", "Scotland"),
          ("Optica Deansgate", "Manchester", "North West"), ("Optica Bold Street", "Liverpool", "North West"),
          ("Optica Bullring", "Birmingham", "Midlands"), ("Optica Market Square", "Nottingham", "Midlands"),
          ("Optica Covent Garden", "London", "London"), ("Optica Canary Wharf", "London", "London"),
          ("Optica Harbourside", "Bristol", "South West")]
BRANDS = ["Ray-Ban", "Oakley", "Tom Ford", "Silhouette", "Optica Basics"]
OPTOMETRISTS = ["Dr. Priya Nair", "Dr. Owen Kelly", "Dr. Hannah Berg", "Dr. Luis Ortega", "Dr. Mei Tan",
                "Dr. Sean Doyle", "Dr. Ana Ribeiro"]


def _optician_order(rng: random.Random, oid: int, cust: int, store: int, day: dt.date) -> tuple:
    """One order row: glasses have a frame brand and lens type, contact lenses neither, sunglasses a brand only."""
    product = rng.choices(["glasses", "contact lenses", "sunglasses"], [55, 30, 15])[0]
    brand = rng.choices(BRANDS, [18, 12, 8, 10, 52])[0] if product != "contact lenses" else None
    lens = rng.choices(["single vision", "varifocal", "bifocal"], [60, 32, 8])[0] if product == "glasses" else None
    price = {"glasses": rng.uniform(90, 260), "contact lenses": rng.uniform(25, 140),
             "sunglasses": rng.uniform(60, 180)}[product]
    price += {"Tom Ford": 120, "Ray-Ban": 45, "Oakley": 40, "Silhouette": 70}.get(brand, 0)
    price += 110 if lens == "varifocal" else 0
    waiting = rng.randint(5, 21) if product == "glasses" else rng.randint(0, 6)
    collected = day + dt.timedelta(days=waiting)
    if collected > dt.date(2024, 12, 31) or rng.random() < 0.03:
        collected = None
    return (oid, cust, store, day, product, brand, lens, round(price, 2), collected, rng.random() < 0.04)


def build_optician(path: Path | str) -> None:
    """stores (9), customers (900), orders and eye_exams (2023-2024); declared FKs everywhere."""
    rng = random.Random(2202)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stores(store_id INTEGER PRIMARY KEY, store_name VARCHAR, city VARCHAR,
        region VARCHAR, opened_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, loyalty_member BOOLEAN,
        home_store_id INTEGER REFERENCES stores(store_id))""")
    con.execute("""CREATE OR REPLACE TABLE orders(order_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), store_id INTEGER REFERENCES stores(store_id),
        order_date DATE, product_type VARCHAR, frame_brand VARCHAR, lens_type VARCHAR, total_price DOUBLE,
        collected_date DATE, is_remake BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE eye_exams(exam_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), store_id INTEGER REFERENCES stores(store_id),
        exam_date DATE, optometrist VARCHAR, nhs_funded BOOLEAN, exam_fee DOUBLE, prescription_changed BOOLEAN)""")
    stores = [(i, name, city, region, _day(rng, dt.date(2005, 1, 1), dt.date(2019, 12, 31)))
              for i, (name, city, region) in enumerate(STORES, start=1)]
    store_weights = [rng.uniform(0.6, 1.8) for _ in stores]
    customers = []
    for cid, (first, last) in enumerate(_names(rng, 700), start=1):
        customers.append((cid, first, last, rng.randint(1940, 2008), rng.random() < 0.38,
                          rng.choices(range(1, 10), store_weights)[0]))
    orders, exams = [], []
    for cid, *_rest, home in customers:
        for _ in range(rng.choices([0, 1, 2, 3, 4, 5], [8, 30, 28, 18, 10, 6])[0]):
            store = home if rng.random() < 0.85 else rng.randint(1, 9)
            orders.append(_optician_order(rng, 0, cid, store, _day(rng, dt.date(2023, 1, 1), dt.date(2024, 12, 31))))
        for _ in range(rng.choices([0, 1, 2, 3], [15, 45, 30, 10])[0]):
            store = home if rng.random() < 0.9 else rng.randint(1, 9)
            nhs = rng.random() < 0.35
            exams.append((0, cid, store, _day(rng, dt.date(2023, 1, 1), dt.date(2024, 12, 31)),
                          OPTOMETRISTS[(store + rng.randint(0, 2)) % len(OPTOMETRISTS)], nhs,
                          0.0 if nhs else rng.choice([25.0, 35.0, 45.0]), rng.random() < 0.42))
    orders.sort(key=lambda r: (r[3], r[1]))
    exams.sort(key=lambda r: (r[3], r[1]))
    _insert(con, "stores", stores)
    _insert(con, "customers", customers)
    _insert(con, "orders", [(i, *r[1:]) for i, r in enumerate(orders, start=1)])
    _insert(con, "eye_exams", [(i, *r[1:]) for i, r in enumerate(exams, start=1)])
    con.close()


# ------------------------------------------------------------------------------------------------- homecare
DISTRICTS = ["Northside", "Riverside", "Old Town", "Hillcrest", "Eastfield"]
VISIT_TYPES = ["personal care", "medication", "meal preparation", "companionship", "domestic help"]


def _homecare_visits(rng: random.Random, client: tuple, n_caregivers: int, last_day: dt.date) -> list[tuple]:
    """The visits of one client between start_date and end_date (or the last day of data)."""
    cid, _name, _born, _district, level, _funding, start, end = client
    gap = {"low": 12, "medium": 6, "high": 3}[level]
    carers = rng.sample(range(1, n_caregivers + 1), 3)
    day, rows = start, []
    while day <= (end or last_day):
        planned = rng.choice([30, 45, 60]) if level != "low" else rng.choice([30, 45])
        missed = rng.random() < 0.04
        actual = None if missed else max(10, planned + rng.randint(-12, 12))
        start_ts = _at(day, rng.choice([7, 8, 9, 11, 12, 16, 17, 19]), rng.choice([0, 15, 30, 45]))
        rows.append((0, cid, rng.choices(carers, [60, 30, 10])[0], start_ts, rng.choice(VISIT_TYPES), planned,
                     actual, missed, (not missed) and rng.random() < 0.13, round(rng.uniform(1.5, 14.0), 1)))
        day += dt.timedelta(days=max(1, gap + rng.randint(-2, 2)))
    return rows


def build_homecare(path: Path | str) -> None:
    """clients (160, end_date NULL while ongoing), caregivers (36), visits 2023-2025 with undeclared FKs."""
    rng = random.Random(2203)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, client_name VARCHAR,
        birth_date DATE, district VARCHAR, care_level VARCHAR, funding VARCHAR, start_date DATE, end_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE caregivers(caregiver_id INTEGER PRIMARY KEY, caregiver_name VARCHAR,
        employment_type VARCHAR, hourly_rate DOUBLE, has_driving_licence BOOLEAN, joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE visits(visit_id INTEGER PRIMARY KEY, client_id INTEGER,
        caregiver_id INTEGER, scheduled_start TIMESTAMP, visit_type VARCHAR, planned_minutes INTEGER,
        actual_minutes INTEGER, missed BOOLEAN, late_arrival BOOLEAN, mileage_km DOUBLE)""")
    names = _names(rng, 196)
    last_day = dt.date(2025, 12, 31)
    clients = []
    for cid, (first, last) in enumerate(names[:160], start=1):
        start = _day(rng, dt.date(2023, 1, 1), dt.date(2025, 9, 30))
        end = start + dt.timedelta(days=rng.randint(60, 700)) if rng.random() < 0.45 else None
        clients.append((cid, f"{first} {last}", _day(rng, dt.date(1926, 1, 1), dt.date(1960, 12, 31)),
                        rng.choices(DISTRICTS, [25, 20, 15, 22, 18])[0],
                        rng.choices(["low", "medium", "high"], [40, 38, 22])[0],
                        rng.choices(["council", "private", "insurance"], [55, 30, 15])[0], start,
                        end if end and end <= last_day else None))
    caregivers = []
    for gid, (first, last) in enumerate(names[160:], start=1):
        kind = rng.choices(["full-time", "part-time", "agency"], [50, 35, 15])[0]
        rate = round(rng.uniform(12.5, 16.5) + (4.0 if kind == "agency" else 0.0), 2)
        caregivers.append((gid, f"{first} {last}", kind, rate, rng.random() < 0.7,
                           _day(rng, dt.date(2015, 1, 1), dt.date(2022, 12, 31))))
    visits = [v for c in clients for v in _homecare_visits(rng, c, len(caregivers), last_day)]
    visits.sort(key=lambda r: (r[3], r[1]))
    _insert(con, "clients", clients)
    _insert(con, "caregivers", caregivers)
    _insert(con, "visits", [(i, *r[1:]) for i, r in enumerate(visits, start=1)])
    con.close()


# ------------------------------------------------------------------------------------------------- imaging
SCANNERS = [("MRI-A", "MRI", "Central", "Siemens", 2016), ("MRI-B", "MRI", "North Campus", "GE", 2020),
            ("CT-1", "CT", "Central", "Siemens", 2018), ("CT-2", "CT", "Westgate", "Canon", 2021),
            ("XR-1", "X-ray", "Central", "Philips", 2014), ("XR-2", "X-ray", "North Campus", "Philips", 2017),
            ("XR-3", "X-ray", "Westgate", "GE", 2019), ("US-1", "Ultrasound", "Central", "GE", 2019),
            ("US-2", "Ultrasound", "Westgate", "Canon", 2022), ("PET-1", "PET", "Central", "Siemens", 2021)]
RADIOLOGISTS = [("Dr. Anjali Rao", "neuro"), ("Dr. Felix Bauer", "musculoskeletal"), ("Dr. Grace Adeyemi", "chest"),
                ("Dr. Henry Walsh", "abdominal"), ("Dr. Kasia Nowak", "general"), ("Dr. Liam Foster", "neuro"),
                ("Dr. Miriam Cohen", "musculoskeletal"), ("Dr. Nuno Silva", "general"), ("Dr. Olivia Grant", "chest")]
BODY_PARTS = {"MRI": ["head", "spine", "knee", "shoulder"], "CT": ["head", "chest", "abdomen", "pelvis"],
              "X-ray": ["chest", "knee", "hand", "spine", "shoulder"], "Ultrasound": ["abdomen", "pelvis", "neck"],
              "PET": ["chest", "abdomen"]}
SCAN_COST = {"MRI": 420.0, "CT": 260.0, "X-ray": 55.0, "Ultrasound": 110.0, "PET": 950.0}


def build_imaging(path: Path | str) -> None:
    """scanners (10), radiologists (9), scans (2022-2024; radiologist_id and reported_ts NULL while unreported)."""
    rng = random.Random(2204)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE scanners(scanner_id INTEGER PRIMARY KEY, scanner_code VARCHAR,
        modality VARCHAR, site VARCHAR, manufacturer VARCHAR, installed_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE radiologists(radiologist_id INTEGER PRIMARY KEY, radiologist_name VARCHAR,
        subspecialty VARCHAR, is_consultant BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE scans(scan_id INTEGER PRIMARY KEY,
        scanner_id INTEGER REFERENCES scanners(scanner_id),
        radiologist_id INTEGER REFERENCES radiologists(radiologist_id), patient_age INTEGER, patient_sex VARCHAR,
        body_part VARCHAR, referral_source VARCHAR, scan_ts TIMESTAMP, reported_ts TIMESTAMP, urgent BOOLEAN,
        contrast_used BOOLEAN, cost DOUBLE)""")
    scanners = [(i, *s) for i, s in enumerate(SCANNERS, start=1)]
    radiologists = [(i, n, s, i % 3 != 0) for i, (n, s) in enumerate(RADIOLOGISTS, start=1)]
    weights = [10, 7, 9, 7, 16, 12, 10, 11, 8, 3]
    scans = []
    for _ in range(5600):
        sid = rng.choices(range(1, 11), weights)[0]
        modality = SCANNERS[sid - 1][1]
        day = _day(rng, dt.date(2022, 1, 1), dt.date(2024, 12, 31))
        ts = _at(day, rng.randint(7, 20), rng.randint(0, 59))
        urgent = rng.random() < 0.18
        referral = rng.choices(["GP", "emergency", "inpatient", "outpatient"], [35, 15 + 20 * urgent, 20, 30])[0]
        contrast = modality in ("MRI", "CT") and rng.random() < 0.35
        hours = rng.uniform(0.5, 6) if urgent else rng.uniform(4, 96)
        reported = ts + dt.timedelta(minutes=round(hours * 60))
        if reported > dt.datetime(2024, 12, 31, 23, 59) or rng.random() < 0.02:
            reported, rad = None, None
        else:
            rad = rng.randint(1, 9)
        cost = SCAN_COST[modality] + (85.0 if contrast else 0.0) + (40.0 if urgent else 0.0)
        scans.append((0, sid, rad, rng.randint(1, 95), rng.choice(["F", "M"]),
                      rng.choice(BODY_PARTS[modality]), referral, ts, reported, urgent, contrast, cost))
    scans.sort(key=lambda r: r[7])
    _insert(con, "scanners", scanners)
    _insert(con, "radiologists", radiologists)
    _insert(con, "scans", [(i, *r[1:]) for i, r in enumerate(scans, start=1)])
    con.close()


# ------------------------------------------------------------------------------------------------- rxdelivery
AREAS = {"NW1": 1.0, "SE5": 0.8, "E14": 1.2, "N7": 0.7, "SW9": 0.9, "W3": 0.6}
DRIVERS = [("Kwame Mensah", "car"), ("Lena Fischer", "e-bike"), ("Pavel Horak", "van"), ("Rosa Jimenez", "scooter"),
           ("Tariq Aziz", "car"), ("Beth Coleman", "e-bike"), ("Jonas Weber", "scooter"), ("Nia Roberts", "car"),
           ("Ivan Petrov", "van"), ("Chidi Eze", "e-bike"), ("Mara Kovac", "scooter"), ("Oskar Berg", "car")]


def build_rxdelivery(path: Path | str) -> None:
    """customers (650), drivers (12), deliveries (2024-2025; delivered_at NULL unless delivered, optional rating)."""
    rng = random.Random(2205)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, full_name VARCHAR,
        postcode_area VARCHAR, signup_date DATE, has_subscription BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE drivers(driver_id INTEGER PRIMARY KEY, driver_name VARCHAR,
        vehicle VARCHAR, hired_on DATE, is_active BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE deliveries(delivery_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), driver_id INTEGER REFERENCES drivers(driver_id),
        ordered_at TIMESTAMP, delivered_at TIMESTAMP, status VARCHAR, item_count INTEGER, order_value DOUBLE,
        delivery_fee DOUBLE, is_prescription BOOLEAN, needs_refrigeration BOOLEAN, rating INTEGER)""")
    customers = []
    for cid, (first, last) in enumerate(_names(rng, 650), start=1):
        customers.append((cid, f"{first} {last}", rng.choices(list(AREAS), list(AREAS.values()))[0],
                          _day(rng, dt.date(2021, 3, 1), dt.date(2025, 10, 31)), rng.random() < 0.3))
    drivers = [(i, n, v, _day(rng, dt.date(2019, 1, 1), dt.date(2024, 6, 30)), i not in (4, 9))
               for i, (n, v) in enumerate(DRIVERS, start=1)]
    speed = {"car": 1.0, "e-bike": 1.2, "van": 0.8, "scooter": 1.1}
    deliveries = []
    for _ in range(7400):
        cust = customers[rng.randrange(650)]
        day = _day(rng, max(cust[3], dt.date(2024, 1, 1)), dt.date(2025, 12, 31))
        ordered = _at(day, rng.randint(8, 21), rng.randint(0, 59))
        driver = rng.randint(1, 12)
        status = rng.choices(["delivered", "failed", "cancelled"], [88, 6, 6])[0]
        delivered = ordered + dt.timedelta(minutes=round(rng.uniform(25, 150) / speed[DRIVERS[driver - 1][1]])) \
            if status == "delivered" else None
        items = rng.choices([1, 2, 3, 4, 5, 6], [35, 28, 17, 10, 6, 4])[0]
        value = round(items * rng.uniform(4.5, 32.0), 2)
        fee = 0.0 if cust[4] else (2.99 if value >= 20 else 4.99)
        rating = rng.choices([5, 4, 3, 2, 1], [45, 30, 13, 7, 5])[0] if status == "delivered" and rng.random() < 0.4 \
            else None
        deliveries.append((0, cust[0], driver, ordered, delivered, status, items, value, fee, rng.random() < 0.62,
                           rng.random() < 0.08, rating))
    deliveries.sort(key=lambda r: r[3])
    _insert(con, "customers", customers)
    _insert(con, "drivers", drivers)
    _insert(con, "deliveries", [(i, *r[1:]) for i, r in enumerate(deliveries, start=1)])
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "physio": build_physio,
    "optician": build_optician,
    "homecare": build_homecare,
    "imaging": build_imaging,
    "rxdelivery": build_rxdelivery,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval22-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval22-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval22-dbs"))
