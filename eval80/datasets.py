"""Builders of the eightieth development evaluation corpus: five DuckDB files in service and trade domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `courier.duckdb`: a bike courier company's zones, couriers (birth date), deliveries and customer complaints
- `swimpool.duckdb`: a public pool's members (birth year), lanes, lap-swim sessions (lane link only implied) and
  lifeguard shifts
- `filmfest.duckdb`: a film festival's films, venues, screenings and audience ratings
- `dental.duckdb`: a dental practice's patients (birth date), dentists (birth year), appointments and treatments
- `sawmill.duckdb`: a sawmill's species, log deliveries, cutting jobs and customer orders (camelCase)

Usage:
    python eval80/datasets.py OUTDIR

Example:
    >>> from eval80.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval80-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['courier.duckdb', 'dental.duckdb', 'filmfest.duckdb', 'sawmill.duckdb', 'swimpool.duckdb']
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


FIRST = ["Aiko", "Bartek", "Chioma", "Declan", "Elif", "Fergus", "Greta", "Hamza", "Isla", "Joaquin", "Kasia",
         "Lorcan", "Maeve", "Niamh", "Oskar", "Priya", "Rafael", "Saoirse", "Tobias", "Una", "Viktor", "Willa",
         "Yusuf", "Zofia"]
LAST = ["Achterberg", "Blackwood", "Carrick", "Dunmore", "Ellery", "Farrant", "Gallagher", "Holloway", "Iqbal",
        "Jessop", "Kowalczyk", "Lindqvist", "Moreau", "Nakamura", "O'Keefe", "Pemberton", "Quayle", "Rossi",
        "Sandoval", "Thackeray", "Varga", "Whitlock", "Yardley", "Zielinski"]

# ------------------------------------------------------------------------------------------ bike courier
ZONES = [(1, "Central", "central", 4.50, True), (2, "North", "outer", 5.25, False), (3, "South", "outer", 5.25, False),
         (4, "East", "inner", 4.90, True), (5, "West", "inner", 4.90, False), (6, "Docklands", "outer", 6.10, True)]
COMPLAINT_TYPES = {"late": 45, "damaged": 20, "rude courier": 10, "wrong address": 15, "lost": 10}


def build_courier(path: Path | str) -> None:
    """zones (6), couriers (60, birth_date, left_on NULL while employed), deliveries (2023-2024, picked_up_at /
    dropped_at TIMESTAMP, dropped_at NULL when failed), complaints (resolved_on NULL while open)."""
    rng = random.Random(8001)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE zones(zone_id INTEGER PRIMARY KEY, zone_name VARCHAR, ring VARCHAR,
        base_fee_gbp DOUBLE, congestion_charge BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE couriers(courier_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, vehicle VARCHAR, home_zone_id INTEGER REFERENCES zones(zone_id),
        hired_on DATE, left_on DATE, full_time BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE deliveries(delivery_id INTEGER PRIMARY KEY,
        courier_id INTEGER REFERENCES couriers(courier_id), zone_id INTEGER REFERENCES zones(zone_id),
        customer_type VARCHAR, picked_up_at TIMESTAMP, dropped_at TIMESTAMP, distance_km DOUBLE,
        parcel_weight_kg DOUBLE, fee_gbp DOUBLE, status VARCHAR, express BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE complaints(complaint_id INTEGER PRIMARY KEY,
        delivery_id INTEGER REFERENCES deliveries(delivery_id), filed_on DATE, complaint_type VARCHAR,
        refund_gbp DOUBLE, resolved_on DATE)""")
    _insert(con, "zones", ZONES)
    couriers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 60), start=1):
        hired = _day(rng, dt.date(2021, 3, 1), 1300)
        left = hired + dt.timedelta(days=rng.randint(60, 700)) if rng.random() < 0.3 else None
        if left is not None and left > dt.date(2024, 12, 20):
            left = None
        couriers.append((cid, first, last, _day(rng, dt.date(1978, 1, 1), 9500),
                         rng.choices(["bike", "e-bike", "cargo bike"], [5, 4, 2])[0], rng.randint(1, 6), hired, left,
                         rng.random() < 0.55))
    _insert(con, "couriers", couriers)
    deliveries, complaints = [], []
    kinds = list(COMPLAINT_TYPES)
    for did in range(1, 3201):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        active = [c for c in couriers if c[6] <= day and (c[7] is None or c[7] > day)] or couriers
        courier = rng.choice(active)
        zone = courier[5] if rng.random() < 0.6 else rng.randint(1, 6)
        pickup = _moment(rng, day, 7, 21)
        km = round(rng.uniform(0.8, 6.0) * (1.6 if ZONES[zone - 1][2] == "outer" else 1.0), 1)
        speed = 18 if courier[4] == "e-bike" else 13 if courier[4] == "cargo bike" else 15
        status = rng.choices(["delivered", "failed", "returned"], [90, 6, 4])[0]
        dropped = pickup + dt.timedelta(minutes=round(km / speed * 60 + rng.randint(3, 20)))
        if status == "failed":
            dropped = None
        weight = round(rng.uniform(0.2, 4.0) if courier[4] != "cargo bike" else rng.uniform(2.0, 35.0), 1)
        express = rng.random() < 0.25
        fee = round(ZONES[zone - 1][3] + 1.2 * km + (6.0 if express else 0.0) + (0.15 * weight), 2)
        deliveries.append((did, courier[0], zone, rng.choices(["business", "retail", "restaurant"], [5, 3, 2])[0],
                           pickup, dropped, km, weight, fee, status, express))
        if rng.random() < 0.07:
            filed = day + dt.timedelta(days=rng.randint(0, 5))
            resolved = filed + dt.timedelta(days=rng.randint(1, 30)) if rng.random() < 0.8 else None
            kind = rng.choices(kinds, list(COMPLAINT_TYPES.values()))[0]
            refund = round(fee * rng.choice([0.0, 0.5, 1.0]), 2) if kind != "rude courier" else 0.0
            complaints.append((len(complaints) + 1, did, filed, kind, refund, resolved))
    _insert(con, "deliveries", deliveries)
    _insert(con, "complaints", complaints)
    con.close()


# ------------------------------------------------------------------------------------------ swimming pool
LANES = [(1, 1, "slow", False), (2, 2, "slow", False), (3, 3, "medium", False), (4, 4, "medium", False),
         (5, 5, "fast", False), (6, 6, "fast", True)]
LIFEGUARDS = ["Ben Ashdown", "Carla Nunes", "Dev Malhotra", "Erin Foyle", "Gus Tremayne", "Hana Sato",
              "Ivo Petrov", "Jodie Marsh"]


def build_swimpool(path: Path | str) -> None:
    """members (350, birth_year, cancelled_on NULL while current), lanes (6), swim_sessions (2023-01 to 2025-03,
    lane_id only implied), lifeguard_shifts (shift_date, start_time TIMESTAMP, hours)."""
    rng = random.Random(8002)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, membership_type VARCHAR, joined_on DATE, cancelled_on DATE,
        club_swimmer BOOLEAN, monthly_fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE lanes(lane_id INTEGER PRIMARY KEY, lane_number INTEGER,
        speed VARCHAR, reserved_for_club BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE swim_sessions(session_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), lane_id INTEGER, started_at TIMESTAMP, minutes INTEGER,
        lengths INTEGER, stroke VARCHAR, used_kickboard BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE lifeguard_shifts(shift_id INTEGER PRIMARY KEY, lifeguard_name VARCHAR,
        shift_date DATE, start_time TIMESTAMP, hours DOUBLE, poolside_incidents INTEGER, overtime BOOLEAN)""")
    _insert(con, "lanes", LANES)
    fees = {"adult": 38.0, "junior": 18.0, "senior": 24.0, "concession": 20.0}
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 350), start=1):
        kind = rng.choices(list(fees), [50, 15, 20, 15])[0]
        year = {"adult": rng.randint(1960, 2005), "junior": rng.randint(2008, 2016),
                "senior": rng.randint(1940, 1959), "concession": rng.randint(1950, 2004)}[kind]
        joined = _day(rng, dt.date(2021, 1, 1), 1500)
        cancelled = joined + dt.timedelta(days=rng.randint(40, 800)) if rng.random() < 0.25 else None
        if cancelled is not None and cancelled > dt.date(2025, 3, 31):
            cancelled = None
        members.append((mid, first, last, year, kind, joined, cancelled, rng.random() < 0.12, fees[kind]))
    _insert(con, "members", members)
    sessions = []
    strokes = ["freestyle", "breaststroke", "backstroke", "mixed"]
    for sid in range(1, 4001):
        day = _day(rng, dt.date(2023, 1, 1), 820)
        member = rng.choice([m for m in members if m[5] <= day and (m[6] is None or m[6] > day)] or members)
        fast = member[7] or rng.random() < 0.2
        lane = rng.choice([5, 6]) if fast else rng.choice([1, 2, 3, 4])
        minutes = rng.randint(15, 75)
        pace = rng.uniform(1.4, 2.2) if fast else rng.uniform(0.7, 1.5)
        sessions.append((sid, member[0], lane, _moment(rng, day, 6, 21), minutes, max(4, round(minutes * pace)),
                         rng.choices(strokes, [50, 25, 10, 15])[0], rng.random() < 0.15))
    _insert(con, "swim_sessions", sessions)
    shifts = []
    day = dt.date(2023, 1, 1)
    while day <= dt.date(2025, 3, 31):
        for start_hour, hours in [(6, 5.0), (11, 5.5), (16.5, 5.5)]:
            guard = rng.choice(LIFEGUARDS)
            extra = rng.random() < 0.08
            start = dt.datetime.combine(day, dt.time(int(start_hour), 30 if start_hour % 1 else 0))
            shifts.append((len(shifts) + 1, guard, day, start, hours + (1.5 if extra else 0.0),
                           rng.choices([0, 1, 2, 3], [80, 14, 4, 2])[0], extra))
        day += dt.timedelta(days=1)
    _insert(con, "lifeguard_shifts", shifts)
    con.close()


# ------------------------------------------------------------------------------------------ film festival
COUNTRIES = {"France": 14, "USA": 12, "UK": 11, "South Korea": 7, "Germany": 8, "Japan": 6, "Iran": 4,
             "Brazil": 5, "Italy": 6, "Nigeria": 3}
GENRES = {"drama": 35, "documentary": 20, "comedy": 15, "thriller": 15, "animation": 10, "horror": 5}
VENUES = [(1, "Grand Palace", 820, "Old Town", True), (2, "Riverside Cinema", 340, "Harbour", True),
          (3, "Studio Lumen", 120, "Old Town", False), (4, "Arts Centre Hall", 260, "University Quarter", True),
          (5, "Open Air Square", 1200, "Old Town", False), (6, "Library Screen", 80, "University Quarter", False)]
WORDS = ["Silent", "Harbour", "Winter", "Glass", "Salt", "Paper", "Last", "Northern", "Burning", "Hidden", "Distant",
         "Quiet", "Golden", "Broken", "Second"]
NOUNS = ["Lights", "Garden", "River", "Summer", "House", "Voices", "Border", "Orchard", "Mirror", "Tide", "Road",
         "Children", "Letters", "Island"]


def build_filmfest(path: Path | str) -> None:
    """films (150, runtime_min, country, genre, director birth_year), venues (6), screenings (festival editions in
    October 2022, 2023 and 2024, starts_at TIMESTAMP), ratings (rated_at TIMESTAMP, stars 1-5)."""
    rng = random.Random(8003)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE films(film_id INTEGER PRIMARY KEY, title VARCHAR, country VARCHAR,
        genre VARCHAR, runtime_min INTEGER, release_year INTEGER, director_first_name VARCHAR,
        director_last_name VARCHAR, director_birth_year INTEGER, world_premiere BOOLEAN, in_competition BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE venues(venue_id INTEGER PRIMARY KEY, venue_name VARCHAR, seats INTEGER,
        district VARCHAR, wheelchair_access BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE screenings(screening_id INTEGER PRIMARY KEY,
        film_id INTEGER REFERENCES films(film_id), venue_id INTEGER REFERENCES venues(venue_id),
        starts_at TIMESTAMP, tickets_sold INTEGER, ticket_price_eur DOUBLE, has_q_and_a BOOLEAN,
        cancelled_reason VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE ratings(rating_id INTEGER PRIMARY KEY,
        screening_id INTEGER REFERENCES screenings(screening_id), rated_at TIMESTAMP, stars INTEGER,
        would_recommend BOOLEAN)""")
    _insert(con, "venues", VENUES)
    films, titles = [], set()
    directors = _unique_names(rng, FIRST, LAST, 150)
    for fid in range(1, 151):
        title = f"The {rng.choice(WORDS)} {rng.choice(NOUNS)}"
        while title in titles:
            title = f"{rng.choice(WORDS)} {rng.choice(NOUNS)}"
        titles.add(title)
        edition = 2022 + (fid - 1) % 3
        genre = rng.choices(list(GENRES), list(GENRES.values()))[0]
        runtime = rng.randint(70, 165) if genre != "animation" else rng.randint(65, 110)
        if rng.random() < 0.12:
            runtime = rng.randint(12, 40)
        films.append((fid, title, rng.choices(list(COUNTRIES), list(COUNTRIES.values()))[0], genre, runtime,
                      edition if rng.random() < 0.8 else edition - 1, directors[fid - 1][0], directors[fid - 1][1],
                      rng.randint(1948, 1996), rng.random() < 0.2, rng.random() < 0.3))
    _insert(con, "films", films)
    screenings, ratings = [], []
    for film in films:
        edition = 2022 + (film[0] - 1) % 3
        for _ in range(rng.randint(1, 4)):
            venue = rng.choice(VENUES)
            day = dt.date(edition, 10, 4) + dt.timedelta(days=rng.randrange(10))
            hour = rng.choice([11, 14, 17, 18, 20, 21]) if venue[0] != 5 else 21
            starts = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 15, 30])))
            cancelled = rng.choice(["weather", "print not delivered", "venue issue"]) if rng.random() < 0.03 else None
            sold = 0 if cancelled else min(venue[2], int(venue[2] * rng.uniform(0.3, 1.05)))
            price = {1: 14.0, 2: 11.0, 3: 9.5, 4: 10.0, 5: 6.0, 6: 7.5}[venue[0]]
            sid = len(screenings) + 1
            screenings.append((sid, film[0], venue[0], starts, sold, price, rng.random() < 0.25, cancelled))
            if cancelled:
                continue
            base = rng.uniform(2.4, 4.6)
            for _ in range(rng.randint(3, 12)):
                stars = max(1, min(5, round(rng.gauss(base, 0.9))))
                rated = starts + dt.timedelta(minutes=film[4] + rng.randint(5, 2000))
                ratings.append((len(ratings) + 1, sid, rated, stars, stars >= 4 or (stars == 3 and rng.random() < .3)))
    _insert(con, "screenings", screenings)
    _insert(con, "ratings", ratings)
    con.close()


# ------------------------------------------------------------------------------------------ dental practice
DENTISTS = [(1, "Helen", "Marchetti", 1971, "general", dt.date(2012, 5, 1), True),
            (2, "Omar", "Siddiqui", 1983, "general", dt.date(2016, 9, 1), True),
            (3, "Lucy", "Brennan", 1990, "hygienist", dt.date(2019, 2, 1), False),
            (4, "Tomasz", "Wrobel", 1978, "orthodontist", dt.date(2018, 1, 15), False),
            (5, "Grace", "Okafor", 1986, "endodontist", dt.date(2021, 6, 1), False),
            (6, "Samuel", "Thorne", 1994, "general", dt.date(2023, 9, 1), True)]
TREATMENTS = {"general": [("check-up", 28.0), ("filling", 95.0), ("extraction", 140.0), ("crown", 520.0),
                          ("x-ray", 35.0)],
              "hygienist": [("scale and polish", 65.0), ("check-up", 28.0)],
              "orthodontist": [("brace fitting", 1800.0), ("brace adjustment", 90.0)],
              "endodontist": [("root canal", 480.0), ("x-ray", 35.0)]}


def build_dental(path: Path | str) -> None:
    """patients (500, birth_date, insurance_plan NULL when uninsured), dentists (6, birth_year), appointments
    (2023-01 to 2025-02, scheduled_at TIMESTAMP, no_show), treatments (fee_gbp, paid_on NULL while unpaid)."""
    rng = random.Random(8004)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE patients(patient_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, sex VARCHAR, nhs_patient BOOLEAN, insurance_plan VARCHAR,
        registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE dentists(dentist_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, specialty VARCHAR, started_on DATE, partner BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE appointments(appointment_id INTEGER PRIMARY KEY,
        patient_id INTEGER REFERENCES patients(patient_id), dentist_id INTEGER REFERENCES dentists(dentist_id),
        booked_on DATE, scheduled_at TIMESTAMP, duration_min INTEGER, appointment_type VARCHAR, no_show BOOLEAN,
        reminder_sent BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE treatments(treatment_id INTEGER PRIMARY KEY,
        appointment_id INTEGER REFERENCES appointments(appointment_id), treatment VARCHAR, tooth_number INTEGER,
        fee_gbp DOUBLE, paid_on DATE)""")
    _insert(con, "dentists", DENTISTS)
    patients = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 500), start=1):
        nhs = rng.random() < 0.55
        plan = None if nhs or rng.random() < 0.4 else rng.choice(["Denplan", "Bupa Dental", "Simplyhealth"])
        patients.append((pid, first, last, _day(rng, dt.date(1938, 1, 1), 29000), rng.choice(["F", "M"]), nhs, plan,
                         _day(rng, dt.date(2015, 1, 1), 3600)))
    _insert(con, "patients", patients)
    appointments, treatments = [], []
    for aid in range(1, 2601):
        day = _day(rng, dt.date(2023, 1, 2), 790)
        while day.weekday() == 6:
            day = _day(rng, dt.date(2023, 1, 2), 790)
        dentist = rng.choices(DENTISTS, [30, 28, 20, 8, 6, 18 if day >= dt.date(2023, 9, 1) else 0])[0]
        patient = rng.choice(patients)
        kind = "routine" if dentist[4] in ("general", "hygienist") and rng.random() < 0.6 else \
            rng.choice(["treatment", "emergency"]) if dentist[4] == "general" else "treatment"
        scheduled = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.choice([0, 20, 40])))
        reminder = rng.random() < 0.7
        no_show = rng.random() < (0.05 if reminder else 0.14)
        duration = {"routine": 20, "treatment": 40, "emergency": 30}[kind] + rng.choice([0, 0, 10, 20])
        appointments.append((aid, patient[0], dentist[0], day - dt.timedelta(days=rng.randint(0, 60)), scheduled,
                             duration, kind, no_show, reminder))
        if no_show:
            continue
        options = TREATMENTS[dentist[4]]
        for name, fee in rng.sample(options, rng.randint(1, min(2, len(options)))):
            charged = round(fee * (0.35 if patient[5] else 1.0) * rng.uniform(0.95, 1.05), 2)
            paid = day + dt.timedelta(days=rng.randint(0, 40)) if rng.random() < 0.9 else None
            if paid is not None and paid > dt.date(2025, 2, 28):
                paid = None
            treatments.append((len(treatments) + 1, aid, name, rng.randint(11, 48), charged, paid))
    _insert(con, "appointments", appointments)
    _insert(con, "treatments", treatments)
    con.close()


# ------------------------------------------------------------------------------------------ sawmill (camelCase)
SPECIES = [(1, "Oak", True, 780.0), (2, "Ash", True, 560.0), (3, "Beech", True, 520.0),
           (4, "Douglas Fir", False, 340.0), (5, "Larch", False, 320.0), (6, "Scots Pine", False, 260.0),
           (7, "Sitka Spruce", False, 210.0)]
SUPPLIERS = ["Ridgeway Forestry", "Glen Estates", "Hollins Woodland Trust", "Carver & Sons", "Northmoor Timber"]
OPERATORS = ["Alf Brody", "Megan Crewe", "Sid Hartley", "Rhian Pugh"]
CUSTOMERS = [("Oakbeam Joinery", "trade"), ("Hartfield Builders", "builder"), ("Kestrel Homes", "builder"),
             ("Fenwick Furniture", "trade"), ("Green Lane Fencing", "trade"), ("Mossley Garden Centre", "retail"),
             ("Brookside Barns", "builder"), ("J. Tilley", "retail"), ("P. Okoro", "retail"),
             ("Stonebridge Cabinets", "trade"), ("Westcombe Farm", "retail"), ("Ironwood Decking", "trade")]


def build_sawmill(path: Path | str) -> None:
    """species (7), logDeliveries (2023-2024, deliveredAt TIMESTAMP, volumeM3), cuttingJobs (finishedAt NULL while
    running), customerOrders (orderDate DATE, deliveredDate NULL until delivered). camelCase columns."""
    rng = random.Random(8005)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE species("speciesId" INTEGER PRIMARY KEY, "speciesName" VARCHAR,
        "isHardwood" BOOLEAN, "pricePerM3" DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE "logDeliveries"("deliveryId" INTEGER PRIMARY KEY,
        "speciesId" INTEGER REFERENCES species("speciesId"), "supplierName" VARCHAR, "deliveredAt" TIMESTAMP,
        "volumeM3" DOUBLE, "moisturePct" DOUBLE, "fscCertified" BOOLEAN, "haulageCostGbp" DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE "cuttingJobs"("jobId" INTEGER PRIMARY KEY,
        "deliveryId" INTEGER REFERENCES "logDeliveries"("deliveryId"), "sawOperator" VARCHAR,
        "startedAt" TIMESTAMP, "finishedAt" TIMESTAMP, "product" VARCHAR, "outputM3" DOUBLE, "wasteM3" DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE "customerOrders"("orderId" INTEGER PRIMARY KEY, "customerName" VARCHAR,
        "customerType" VARCHAR, "speciesId" INTEGER REFERENCES species("speciesId"), "orderDate" DATE,
        "quantityM3" DOUBLE, "totalPriceGbp" DOUBLE, "deliveredDate" DATE, "isPaid" BOOLEAN)""")
    _insert(con, "species", SPECIES)
    deliveries, jobs = [], []
    for did in range(1, 421):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        species = rng.choices(SPECIES, [14, 9, 6, 16, 12, 20, 23])[0]
        volume = round(rng.uniform(8, 40), 2)
        deliveries.append((did, species[0], rng.choices(SUPPLIERS, [25, 20, 10, 30, 15])[0], _moment(rng, day, 6, 16),
                           volume, round(rng.uniform(28, 60), 1), rng.random() < 0.6, round(volume * rng.uniform(9, 16),
                                                                                              2)))
        used = 0.0
        for _ in range(rng.randint(1, 3)):
            start = _moment(rng, day + dt.timedelta(days=rng.randint(1, 20)), 7, 14)
            hours = rng.uniform(1.5, 9.0)
            finished = start + dt.timedelta(minutes=round(hours * 60))
            if start.date() > dt.date(2024, 12, 27) or rng.random() < 0.02:
                finished = None
            share = min(volume - used, round(volume * rng.uniform(0.25, 0.6), 2))
            used += share
            product = rng.choices(["planks", "beams", "fence posts", "sleepers", "firewood"], [35, 20, 20, 10, 15])[0]
            yield_ = rng.uniform(0.55, 0.75) if product != "firewood" else 0.92
            jobs.append((len(jobs) + 1, did, rng.choice(OPERATORS), start, finished, product,
                         round(share * yield_, 2), round(share * (1 - yield_), 2)))
    _insert(con, "logDeliveries", deliveries)
    _insert(con, "cuttingJobs", jobs)
    orders = []
    for oid in range(1, 901):
        customer = rng.choices(CUSTOMERS, [14, 10, 9, 8, 12, 6, 7, 3, 2, 6, 3, 9])[0]
        species = rng.choices(SPECIES, [15, 8, 6, 14, 12, 20, 25])[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        qty = round(rng.uniform(0.2, 2.0) if customer[1] == "retail" else rng.uniform(1.0, 12.0), 2)
        delivered = day + dt.timedelta(days=rng.randint(2, 35))
        if delivered > dt.date(2024, 12, 31) or rng.random() < 0.03:
            delivered = None
        paid = delivered is not None and rng.random() < 0.9
        orders.append((oid, customer[0], customer[1], species[0], day, qty,
                       round(qty * species[3] * rng.uniform(1.3, 1.6), 2), delivered, paid))
    _insert(con, "customerOrders", orders)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "courier": build_courier,
    "swimpool": build_swimpool,
    "filmfest": build_filmfest,
    "dental": build_dental,
    "sawmill": build_sawmill,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval80-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval80-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval80-dbs"))
