"""Builders of the ninety-second development evaluation corpus: five DuckDB files in small-business domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `yogastudio.duckdb`: a yoga studio's instructors (birth date), classes, class passes (expiry NULL = unlimited)
  and attendance
- `recordingstudio.duckdb`: a recording studio's bands, sound engineers (birth year), sessions and recorded tracks
- `parcellockers.duckdb`: a parcel-locker network's sites, lockers, couriers (birth date) and parcels (the parcel's
  locker link is only implied by its name)
- `pharmacy.duckdb`: a community pharmacy's patients (birth date), drugs, prescriptions and refills
- `rallyclub.duckdb`: a vintage car rally club's drivers (birth year), cars, rallies and stage times (camelCase)

Usage:
    python eval92/datasets.py OUTDIR

Example:
    >>> from eval92.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval92-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['parcellockers.duckdb', 'pharmacy.duckdb', 'rallyclub.duckdb', 'recordingstudio.duckdb', 'yogastudio.duckdb']
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


FIRST = ["Aoife", "Benedikt", "Chiara", "Desmond", "Elodie", "Fergus", "Greta", "Hamish", "Ingrid", "Joaquin",
         "Kezia", "Lorcan", "Maelle", "Nikhil", "Odette", "Piers", "Rhiannon", "Soren", "Thea", "Umberto",
         "Vesna", "Wolfgang", "Xanthe", "Yusuf", "Zuzana", "Anouk"]
LAST = ["Ashcroft", "Brennan", "Castellano", "Drummond", "Ekwueme", "Falconer", "Gallagher", "Hartigan", "Iverson",
        "Juniper", "Kowalczyk", "Lindqvist", "Macaulay", "Nakamura", "Okonkwo", "Pemberton", "Rourke", "Sinclair",
        "Thorne", "Underwood", "Varga", "Whitlock", "Zielinski"]

# ------------------------------------------------------------------------------------------------ yoga studio
STYLES = {"vinyasa": 30, "hatha": 22, "yin": 18, "ashtanga": 12, "hot yoga": 18}
ROOMS = ["Lotus Room", "Cedar Room"]
PASS_TYPES = [("drop-in", 1, 14.0, 1), ("5-class", 5, 62.0, 60), ("10-class", 10, 115.0, 120),
              ("monthly unlimited", None, 95.0, 30), ("annual unlimited", None, 890.0, None)]


def build_yogastudio(path: Path | str) -> None:
    """instructors (12, birth_date), classes (2023-2024, capacity, style), class_passes (expires_on NULL for the
    annual unlimited pass, classes_included NULL for unlimited passes), attendance (declared FKs)."""
    rng = random.Random(9201)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE instructors(instructor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, hired_on DATE, hourly_rate_gbp DOUBLE, advanced_certified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE classes(class_id INTEGER PRIMARY KEY,
        instructor_id INTEGER REFERENCES instructors(instructor_id), style VARCHAR, room VARCHAR,
        starts_at TIMESTAMP, duration_min INTEGER, capacity INTEGER, heated BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE class_passes(pass_id INTEGER PRIMARY KEY, holder_first_name VARCHAR,
        holder_last_name VARCHAR, holder_birth_year INTEGER, pass_type VARCHAR, purchased_on DATE, expires_on DATE,
        classes_included INTEGER, price_gbp DOUBLE, student_discount BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE attendance(attendance_id INTEGER PRIMARY KEY,
        class_id INTEGER REFERENCES classes(class_id), pass_id INTEGER REFERENCES class_passes(pass_id),
        booked_at TIMESTAMP, checked_in BOOLEAN, late_cancellation BOOLEAN)""")
    instructors = []
    for iid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 12), start=1):
        instructors.append((iid, first, last, _day(rng, dt.date(1968, 1, 1), 11000), _day(rng, dt.date(2016, 1, 1),
                            2700), round(rng.uniform(28, 55), 2), rng.random() < 0.45))
    classes = []
    for cid in range(1, 1501):
        style = rng.choices(list(STYLES), list(STYLES.values()))[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        hour = rng.choice([6, 7, 9, 12, 17, 18, 19, 20])
        starts = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 15, 30])))
        duration = rng.choice([45, 60, 60, 75, 90]) if style != "yin" else rng.choice([60, 75])
        capacity = rng.choice([12, 16, 20, 24]) if style != "hot yoga" else rng.choice([18, 22])
        classes.append((cid, rng.randint(1, 12), style, rng.choice(ROOMS), starts, duration, capacity,
                        style == "hot yoga"))
    names = _unique_names(rng, FIRST, LAST, 380)
    passes = []
    for pid in range(1, 901):
        ptype = rng.choices(PASS_TYPES, [14, 22, 26, 28, 10])[0]
        bought = _day(rng, dt.date(2022, 12, 1), 760)
        student = rng.random() < 0.18
        expires = None if ptype[3] is None else bought + dt.timedelta(days=ptype[3])
        first, last = names[rng.randrange(len(names))]
        passes.append((pid, first, last, rng.randint(1958, 2004), ptype[0], bought, expires, ptype[1],
                       round(ptype[2] * (0.8 if student else 1.0), 2), student))
    attendance = []
    for cls in classes:
        day = cls[4].date()
        valid = [p for p in passes if p[5] <= day and (p[6] is None or p[6] >= day)]
        n = min(len(valid), max(1, int(cls[6] * rng.uniform(0.2, 1.0))))
        for p in rng.sample(valid, n):
            booked = cls[4] - dt.timedelta(minutes=rng.randint(30, 7 * 24 * 60))
            late = rng.random() < 0.06
            attendance.append((len(attendance) + 1, cls[0], p[0], booked, (not late) and rng.random() < 0.9, late))
    _insert(con, "instructors", instructors)
    _insert(con, "classes", classes)
    _insert(con, "class_passes", passes)
    _insert(con, "attendance", attendance)
    con.close()


# ------------------------------------------------------------------------------------------- recording studio
BANDS = [("The Velvet Gulls", "indie"), ("Marrow Street", "rock"), ("Okra Collective", "jazz"),
         ("Lowland Echo", "folk"), ("Neon Pylons", "electronic"), ("Cinder & Sage", "folk"),
         ("Brass Tacks Trio", "jazz"), ("Static Bloom", "indie"), ("Gravel Hymns", "rock"),
         ("Kite Theory", "electronic"), ("The Hollow Pines", "folk"), ("Ruby Throat", "rock"),
         ("Midnight Tramline", "jazz"), ("Paper Satellites", "indie"), ("Dust Choir", "rock"),
         ("Glasshouse Kids", "electronic"), ("Juniper Lane", "folk"), ("Wolf Parade Revival", "rock"),
         ("Saltmarsh", "indie"), ("Hi-Fi Hyenas", "electronic"), ("Blue Anchor Quartet", "jazz"),
         ("Foxglove", "indie")]
STUDIO_ROOMS = {"Studio A": 65.0, "Studio B": 45.0, "Live Room": 80.0}


def build_recordingstudio(path: Path | str) -> None:
    """bands (22), engineers (9, birth_year), sessions (2023-2024, hours, cost), tracks (length_sec, mixed_on NULL
    until mixed)."""
    rng = random.Random(9202)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE bands(band_id INTEGER PRIMARY KEY, band_name VARCHAR, genre VARCHAR,
        formed_year INTEGER, members INTEGER, label_signed BOOLEAN, home_city VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE engineers(engineer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, senior BOOLEAN, day_rate_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE sessions(session_id INTEGER PRIMARY KEY,
        band_id INTEGER REFERENCES bands(band_id), engineer_id INTEGER REFERENCES engineers(engineer_id),
        room VARCHAR, started_at TIMESTAMP, hours DOUBLE, cost_gbp DOUBLE, invoice_paid BOOLEAN, overnight BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tracks(track_id INTEGER PRIMARY KEY,
        session_id INTEGER REFERENCES sessions(session_id), title VARCHAR, length_sec INTEGER, takes INTEGER,
        mixed_on DATE, released BOOLEAN, explicit BOOLEAN)""")
    cities = ["Manchester", "Leeds", "Bristol", "Glasgow", "London", "Brighton"]
    bands = [(i, name, genre, rng.randint(2008, 2023), rng.randint(2, 7), rng.random() < 0.35, rng.choice(cities))
             for i, (name, genre) in enumerate(BANDS, start=1)]
    engineers = [(i, first, last, rng.randint(1965, 2000), rng.random() < 0.45, round(rng.uniform(180, 420), 0))
                 for i, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 9), start=1)]
    band_weights = [rng.uniform(0.3, 2.5) for _ in bands]
    sessions, tracks = [], []
    words = ["Ghost", "River", "Paper", "Light", "Summer", "Wire", "Honey", "Static", "Harbour", "Velvet", "Iron",
             "Orchard", "Signal", "Winter", "Salt", "Echo"]
    for sid in range(1, 821):
        band = rng.choices(bands, band_weights)[0]
        room = rng.choices(list(STUDIO_ROOMS), [45, 35, 20])[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        overnight = rng.random() < 0.08
        started = dt.datetime.combine(day, dt.time(22 if overnight else rng.randint(9, 16), rng.choice([0, 30])))
        hours = rng.choice([2.0, 3.0, 4.0, 4.0, 6.0, 8.0, 10.0])
        cost = round(hours * STUDIO_ROOMS[room] * (1.06 if day.year == 2024 else 1.0), 2)
        sessions.append((sid, band[0], rng.randint(1, 9), room, started, hours, cost, rng.random() < 0.87, overnight))
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
            length = int(rng.gauss(225, 60)) if band[2] != "jazz" else int(rng.gauss(380, 90))
            mixed = day + dt.timedelta(days=rng.randint(3, 90))
            if mixed > dt.date(2024, 12, 31) or rng.random() < 0.15:
                mixed = None
            tracks.append((len(tracks) + 1, sid, f"{rng.choice(words)} {rng.choice(words)}", max(95, length),
                           rng.randint(1, 14), mixed, mixed is not None and rng.random() < 0.5, rng.random() < 0.12))
    _insert(con, "bands", bands)
    _insert(con, "engineers", engineers)
    _insert(con, "sessions", sessions)
    _insert(con, "tracks", tracks)
    con.close()


# ---------------------------------------------------------------------------------------------- parcel lockers
SITES = [("Riverside Tesco", "Leeds", "supermarket", True), ("Central Station", "Leeds", "station", True),
         ("Headingley Shell", "Leeds", "petrol station", False), ("Uni Library", "Leeds", "university", True),
         ("Piccadilly Station", "Manchester", "station", True), ("Didsbury Co-op", "Manchester", "supermarket", True),
         ("Salford Quays BP", "Manchester", "petrol station", False),
         ("Oxford Road Campus", "Manchester", "university", True), ("Sheffield Station", "Sheffield", "station", True),
         ("Ecclesall Aldi", "Sheffield", "supermarket", False), ("Hillsborough Esso", "Sheffield", "petrol station",
                                                                 False)]
COMPANIES = {"Evri": 34, "DPD": 26, "Royal Mail": 22, "DHL": 18}


def build_parcellockers(path: Path | str) -> None:
    """locker_sites (11), lockers (size S/M/L, declared FK), couriers (birth_date), parcels (2023-2024;
    locker_id NOT declared as a foreign key, picked_up_at NULL while uncollected)."""
    rng = random.Random(9203)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE locker_sites(site_id INTEGER PRIMARY KEY, site_name VARCHAR, city VARCHAR,
        site_type VARCHAR, indoor BOOLEAN, opened_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE lockers(locker_id INTEGER PRIMARY KEY,
        site_id INTEGER REFERENCES locker_sites(site_id), size VARCHAR, out_of_service BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE couriers(courier_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, company VARCHAR, started_on DATE, electric_van BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE parcels(parcel_id INTEGER PRIMARY KEY, locker_id INTEGER,
        courier_id INTEGER REFERENCES couriers(courier_id), weight_kg DOUBLE, dropped_off_at TIMESTAMP,
        picked_up_at TIMESTAMP, returned_to_sender BOOLEAN, is_return BOOLEAN, declared_value_gbp DOUBLE)""")
    sites = [(i, name, city, kind, indoor, _day(rng, dt.date(2020, 3, 1), 1000))
             for i, (name, city, kind, indoor) in enumerate(SITES, start=1)]
    lockers = []
    for site in sites:
        for _ in range(rng.randint(8, 18)):
            lockers.append((len(lockers) + 1, site[0], rng.choices(["S", "M", "L"], [45, 35, 20])[0],
                            rng.random() < 0.05))
    couriers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 30), start=1):
        couriers.append((cid, first, last, _day(rng, dt.date(1965, 1, 1), 13000),
                         rng.choices(list(COMPANIES), list(COMPANIES.values()))[0], _day(rng, dt.date(2018, 1, 1),
                                                                                         1800), rng.random() < 0.3))
    parcels = []
    site_weight = {s[0]: rng.uniform(0.4, 2.0) for s in sites}
    for pid in range(1, 3201):
        locker = rng.choices(lockers, [site_weight[lk[1]] for lk in lockers])[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        dropped = _moment(rng, day, 6, 21)
        weight = round({"S": 1.2, "M": 3.5, "L": 8.0}[locker[2]] * rng.uniform(0.1, 1.0), 2)
        picked, returned = None, False
        r = rng.random()
        if r < 0.06:
            returned = True
        elif r < 0.985 or day < dt.date(2024, 12, 20):
            picked = dropped + dt.timedelta(minutes=rng.randint(20, 72 * 60))
        parcels.append((pid, locker[0], rng.randint(1, 30), weight, dropped, picked, returned, rng.random() < 0.15,
                        round(rng.uniform(5, 250), 2)))
    _insert(con, "locker_sites", sites)
    _insert(con, "lockers", lockers)
    _insert(con, "couriers", couriers)
    _insert(con, "parcels", parcels)
    con.close()


# ---------------------------------------------------------------------------------------------------- pharmacy
DRUGS = [("Amoxicillin 500mg", "antibiotic", 2.10, 21, False), ("Clarithromycin 250mg", "antibiotic", 4.85, 14, False),
         ("Doxycycline 100mg", "antibiotic", 3.40, 8, False), ("Paracetamol 500mg", "analgesic", 0.85, 32, False),
         ("Codeine 30mg", "analgesic", 2.95, 28, True), ("Naproxen 250mg", "analgesic", 1.75, 28, False),
         ("Tramadol 50mg", "analgesic", 3.60, 30, True), ("Atorvastatin 20mg", "cardiovascular", 1.20, 28, False),
         ("Amlodipine 5mg", "cardiovascular", 0.95, 28, False), ("Ramipril 5mg", "cardiovascular", 1.35, 28, False),
         ("Bisoprolol 2.5mg", "cardiovascular", 1.05, 28, False), ("Salbutamol inhaler", "respiratory", 1.50, 1,
                                                                    False),
         ("Beclometasone inhaler", "respiratory", 7.90, 1, False), ("Metformin 500mg", "diabetes", 1.10, 56, False),
         ("Gliclazide 80mg", "diabetes", 1.60, 28, False), ("Sertraline 50mg", "mental health", 1.45, 28, False),
         ("Diazepam 5mg", "mental health", 1.30, 28, True)]
PRESCRIBERS = ["Dr Patel", "Dr Okafor", "Dr Lindgren", "Dr Hughes", "Nurse Bailey"]


def build_pharmacy(path: Path | str) -> None:
    """patients (birth_date, exempt), drugs (17, unit price per pack), prescriptions (2023-01 to 2025-03,
    collected_at NULL while not collected), refills (declared FK)."""
    rng = random.Random(9204)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE patients(patient_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, sex VARCHAR, postcode_area VARCHAR, exempt_from_charges BOOLEAN,
        registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE drugs(drug_id INTEGER PRIMARY KEY, drug_name VARCHAR, category VARCHAR,
        price_per_pack_gbp DOUBLE, pack_size INTEGER, controlled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE prescriptions(prescription_id INTEGER PRIMARY KEY,
        patient_id INTEGER REFERENCES patients(patient_id), drug_id INTEGER REFERENCES drugs(drug_id),
        prescriber VARCHAR, issued_on DATE, packs INTEGER, repeat_prescription BOOLEAN, collected_at TIMESTAMP,
        delivered BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE refills(refill_id INTEGER PRIMARY KEY,
        prescription_id INTEGER REFERENCES prescriptions(prescription_id), refilled_on DATE, packs INTEGER,
        charge_gbp DOUBLE)""")
    patients = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 520), start=1):
        birth = _day(rng, dt.date(1935, 1, 1), 32000)
        age = 2024 - birth.year
        patients.append((pid, first, last, birth, rng.choice(["F", "M"]), rng.choice(["LS6", "LS7", "LS11", "LS17"]),
                         age >= 60 or age < 16 or rng.random() < 0.2, _day(rng, dt.date(2010, 1, 1), 5200)))
    drugs = [(i, *d) for i, d in enumerate(DRUGS, start=1)]
    weights = [10, 4, 3, 12, 3, 5, 2, 14, 11, 9, 8, 9, 4, 10, 4, 7, 2]
    prescriptions, refills = [], []
    for rid in range(1, 2401):
        patient = rng.choice(patients)
        drug = rng.choices(drugs, weights)[0]
        issued = _day(rng, dt.date(2023, 1, 1), 820)
        repeat = drug[2] in ("cardiovascular", "diabetes", "respiratory", "mental health") and rng.random() < 0.75
        collected = None
        if rng.random() < 0.93 and issued < dt.date(2025, 3, 25):
            collected = _moment(rng, issued + dt.timedelta(days=rng.randint(0, 6)), 9, 18)
        prescriptions.append((rid, patient[0], drug[0], rng.choices(PRESCRIBERS, [30, 25, 20, 15, 10])[0], issued,
                              rng.choice([1, 1, 1, 2, 3]), repeat, collected, collected is not None and
                              rng.random() < 0.2))
        if repeat and collected is not None:
            day = issued
            for _ in range(rng.randint(0, 5)):
                day = day + dt.timedelta(days=rng.randint(25, 35))
                if day > dt.date(2025, 3, 31):
                    break
                packs = rng.choice([1, 1, 2])
                charge = 0.0 if patient[6] else round(9.90 * packs, 2)
                refills.append((len(refills) + 1, rid, day, packs, charge))
    _insert(con, "patients", patients)
    _insert(con, "drugs", drugs)
    _insert(con, "prescriptions", prescriptions)
    _insert(con, "refills", refills)
    con.close()


# ------------------------------------------------------------------------------------------- vintage rally club
MAKES = {"Austin": ["Seven", "Healey 3000"], "MG": ["TC", "MGA", "MGB"], "Jaguar": ["XK120", "E-Type"],
         "Triumph": ["TR3", "Spitfire"], "Bentley": ["3 Litre", "4.5 Litre"], "Porsche": ["356", "911"],
         "Alfa Romeo": ["Giulietta", "Giulia Sprint"], "Morgan": ["Plus 4"]}
RALLIES = [("Cotswold Classic", "South West", dt.date(2023, 4, 15), 2, 310.0, 145.0),
           ("Peak District Trial", "Midlands", dt.date(2023, 6, 10), 1, 180.0, 95.0),
           ("Highland Tour", "Scotland", dt.date(2023, 8, 19), 3, 520.0, 260.0),
           ("Welsh Marches Rally", "Wales", dt.date(2023, 10, 7), 2, 290.0, 140.0),
           ("Cotswold Classic", "South West", dt.date(2024, 4, 13), 2, 320.0, 155.0),
           ("Yorkshire Dales Run", "North", dt.date(2024, 5, 25), 1, 210.0, 100.0),
           ("Highland Tour", "Scotland", dt.date(2024, 8, 17), 3, 540.0, 275.0),
           ("Welsh Marches Rally", "Wales", dt.date(2024, 10, 5), 2, 300.0, 150.0),
           ("Winter Trial", "Midlands", dt.date(2024, 12, 7), 1, 160.0, 85.0)]


def build_rallyclub(path: Path | str) -> None:
    """drivers (birthYear, leftClubDate NULL while a member), cars (buildYear, make), rallies (9, 2023-2024),
    stageTimes (stageSeconds, penaltySeconds, retired flag; stageSeconds NULL once retired). camelCase columns."""
    rng = random.Random(9205)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE drivers("driverId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthYear" INTEGER, "memberSince" DATE, "leftClubDate" DATE, "isLifeMember" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE cars("carId" INTEGER PRIMARY KEY,
        "ownerId" INTEGER REFERENCES drivers("driverId"), make VARCHAR, model VARCHAR, "buildYear" INTEGER,
        "engineCc" INTEGER, "carClass" VARCHAR, "isConvertible" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE rallies("rallyId" INTEGER PRIMARY KEY, "rallyName" VARCHAR,
        region VARCHAR, "startDate" DATE, "endDate" DATE, "distanceKm" DOUBLE, "entryFeeGbp" DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE "stageTimes"("stageTimeId" INTEGER PRIMARY KEY,
        "rallyId" INTEGER REFERENCES rallies("rallyId"), "driverId" INTEGER REFERENCES drivers("driverId"),
        "carId" INTEGER REFERENCES cars("carId"), "stageNo" INTEGER, "stageSeconds" INTEGER,
        "penaltySeconds" INTEGER, retired BOOLEAN, "recordedAt" TIMESTAMP)""")
    drivers = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 64), start=1):
        since = _day(rng, dt.date(1995, 1, 1), 10500)
        left = since + dt.timedelta(days=rng.randint(800, 9000)) if rng.random() < 0.2 else None
        if left is not None and left > dt.date(2024, 12, 31):
            left = None
        drivers.append((did, first, last, rng.randint(1944, 1992), since, left, rng.random() < 0.15))
    cars = []
    for driver in drivers:
        for _ in range(rng.choice([1, 1, 1, 2])):
            make = rng.choice(list(MAKES))
            build = rng.randint(1924, 1939) if make in ("Austin", "Bentley") and rng.random() < 0.7 else \
                rng.randint(1947, 1974)
            klass = "pre-war" if build < 1940 else ("post-war" if build < 1960 else "classic")
            cars.append((len(cars) + 1, driver[0], make, rng.choice(MAKES[make]), build,
                         rng.choice([750, 1100, 1500, 1800, 2500, 3000, 3800, 4500]), klass, rng.random() < 0.4))
    rallies = [(i, name, region, start, start + dt.timedelta(days=days - 1), km, fee)
               for i, (name, region, start, days, km, fee) in enumerate(RALLIES, start=1)]
    times = []
    skill = {d[0]: rng.uniform(0.85, 1.2) for d in drivers}
    for rally in rallies:
        active = [d for d in drivers if d[5] is None or d[5] > rally[3]]
        entrants = rng.sample(active, rng.randint(18, 30))
        stages = {1: 6, 2: 10, 3: 14}[(rally[4] - rally[3]).days + 1]
        for driver in entrants:
            car = rng.choice([c for c in cars if c[1] == driver[0]])
            retire_at = rng.randint(2, stages) if rng.random() < 0.14 else None
            for stage in range(1, stages + 1):
                day = rally[3] + dt.timedelta(days=(stage - 1) * ((rally[4] - rally[3]).days + 1) // stages)
                retired = retire_at is not None and stage >= retire_at
                base = 420 + 60 * (stage % 4)
                age_factor = 1.0 + max(0, 1960 - car[4]) * 0.004
                secs = None if retired else int(base * skill[driver[0]] * age_factor * rng.uniform(0.92, 1.1))
                penalty = 0 if retired else rng.choice([0, 0, 0, 0, 0, 10, 30, 60])
                times.append((len(times) + 1, rally[0], driver[0], car[0], stage, secs, penalty, retired,
                              _moment(rng, day, 8, 17)))
    _insert(con, "drivers", drivers)
    _insert(con, "cars", cars)
    _insert(con, "rallies", rallies)
    _insert(con, "stageTimes", times)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "yogastudio": build_yogastudio,
    "recordingstudio": build_recordingstudio,
    "parcellockers": build_parcellockers,
    "pharmacy": build_pharmacy,
    "rallyclub": build_rallyclub,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval92-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval92-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval92-dbs"))
