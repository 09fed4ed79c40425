"""Builders of the eval16 development corpus: five DuckDB files in domains no other corpus uses.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `admissions.duckdb`: programs, applicants (first/last name, date_of_birth, nullable test_score), applications
  (declared FKs; decision_date NULL while pending, scholarship_usd NULL when none was offered)
- `trials.duckdb`: camelCase clinical trials: trials (nullable endDate while ongoing), sites, participants
  (birthYear, enrolledAt TIMESTAMP, nullable withdrawnOn), adverseEvents (nullable resolvedOn); declared FKs
- `fire.duckdb`: one wide `incidents` table (alarm/arrival/clear TIMESTAMPs, nullable first_arrival_time and
  property_loss_usd, booleans)
- `scooters.duckdb`: abbreviated snake_case: riders (rdr_nm, birth_yr, is_stdnt), scooters (mdl_nm, zone_cd,
  nullable retired_dt), trips (start_ts/end_ts, dist_km, fare_amt, nullable promo_cd and rtg); `trips.sctr_id`
  is NOT a declared foreign key, `trips.rdr_id` is
- `dining.duckdb`: restaurants, guests (full_name, is_vip), reservations (status, nullable bill_total/rating,
  declared FKs)

Usage:
    python eval16/datasets.py OUTDIR

Example:
    >>> from eval16.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval16-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['admissions.duckdb', 'dining.duckdb', 'fire.duckdb', 'scooters.duckdb', 'trials.duckdb']
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

START, END = dt.date(2022, 1, 1), dt.date(2024, 12, 31)
SPAN = (END - START).days + 1


def _insert(con, table: str, rows: list[tuple]) -> None:
    """Append rows (tuples in column order) to a table through a registered DataFrame."""
    cols = [r[0] for r in con.execute(f'DESCRIBE "{table}"').fetchall()]
    con.register("frame", pd.DataFrame(rows, columns=cols))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date = START, span_days: int = SPAN) -> dt.date:
    """A random day in [start, start + span_days)."""
    return start + dt.timedelta(days=rng.randrange(span_days))


def _moment(rng: random.Random, day: dt.date, hours: list[int], weights: list[int]) -> dt.datetime:
    """A timestamp on `day` at an hour drawn with `weights`, to the minute."""
    hour = rng.choices(hours, weights)[0]
    return dt.datetime(day.year, day.month, day.day, hour, rng.randrange(60))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amara", "Benedikt", "Camila", "Dmitri", "Elif", "Farid", "Greta", "Hugo", "Ingrid", "Jonas", "Keiko",
         "Lucas", "Mei", "Niamh", "Omar", "Priya", "Quentin", "Rosa", "Santiago", "Tamsin", "Umar", "Valentina",
         "Wei", "Yara", "Zoltan", "Aisha", "Bjorn", "Carmen"]
LAST = ["Abebe", "Bauer", "Chen", "Delgado", "Esposito", "Fischer", "Gallagher", "Haddad", "Iyer", "Jensen",
        "Kim", "Lopez", "Moreau", "Novak", "Oyelaran", "Petrov", "Quinn", "Romero", "Schmidt", "Tanaka", "Usman",
        "Vasquez", "Walsh", "Yilmaz"]

# ------------------------------------------------------------------------------------------------ admissions
PROGRAMS = [  # name, faculty, level, seats, tuition
    ("Computer Science", "Engineering", "Bachelor", 180, 12500.0),
    ("Mechanical Engineering", "Engineering", "Bachelor", 120, 12500.0),
    ("Data Science", "Engineering", "Master", 60, 18900.0),
    ("Electrical Engineering", "Engineering", "PhD", 12, 6000.0),
    ("Economics", "Business", "Bachelor", 150, 11200.0),
    ("Business Administration", "Business", "Master", 90, 24500.0),
    ("Finance", "Business", "Master", 50, 21800.0),
    ("Psychology", "Social Sciences", "Bachelor", 130, 10400.0),
    ("Sociology", "Social Sciences", "Bachelor", 70, 9800.0),
    ("Public Policy", "Social Sciences", "Master", 40, 16300.0),
    ("Biology", "Natural Sciences", "Bachelor", 140, 11800.0),
    ("Chemistry", "Natural Sciences", "PhD", 10, 6000.0),
    ("Physics", "Natural Sciences", "Bachelor", 60, 11800.0),
    ("History", "Humanities", "Bachelor", 55, 9200.0),
    ("Philosophy", "Humanities", "Master", 25, 12100.0),
]
COUNTRIES = ["United States", "India", "China", "Germany", "Nigeria", "Brazil", "Canada", "Mexico", "Vietnam",
             "United Kingdom"]
COUNTRY_WEIGHTS = [34, 14, 12, 6, 7, 6, 8, 5, 4, 4]
STATUSES = ["accepted", "rejected", "waitlisted", "withdrawn"]


def build_admissions(path: Path | str) -> None:
    """programs (15), applicants (900), applications (2022-2024; declared FKs, pending ones without a decision)."""
    rng = random.Random(1601)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE programs(program_id INTEGER PRIMARY KEY, program_name VARCHAR,
        faculty VARCHAR, degree_level VARCHAR, seats INTEGER, annual_tuition_usd DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE applicants(applicant_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, gender VARCHAR, home_country VARCHAR, is_first_generation BOOLEAN,
        high_school_gpa DOUBLE, test_score INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE applications(application_id INTEGER PRIMARY KEY,
        applicant_id INTEGER REFERENCES applicants(applicant_id), program_id INTEGER REFERENCES programs(program_id),
        submitted_on DATE, intake_year INTEGER, application_fee_usd DOUBLE, status VARCHAR, decision_date DATE,
        scholarship_usd DOUBLE, interviewed BOOLEAN)""")
    programs = [(i, *p) for i, p in enumerate(PROGRAMS, start=1)]
    applicants = []
    for aid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 600), start=1):
        born = _day(rng, dt.date(1985, 1, 1), 365 * 21)
        gpa = round(min(4.0, max(2.0, rng.gauss(3.3, 0.4))), 2)
        score = None if rng.random() < 0.22 else int(min(1600, max(900, rng.gauss(1280, 140))) // 10 * 10)
        applicants.append((aid, first, last, born, rng.choices(["female", "male", "non-binary"], [52, 46, 2])[0],
                           rng.choices(COUNTRIES, COUNTRY_WEIGHTS)[0], rng.random() < 0.27, gpa, score))
    applications = []
    for applicant in applicants:
        for _ in range(rng.choices([1, 2, 3, 4], [35, 35, 20, 10])[0]):
            prog = rng.choices(programs, [p[4] for p in programs])[0]
            submitted = _day(rng)
            fee = 0.0 if applicant[6] and rng.random() < 0.5 else (90.0 if prog[3] == "Bachelor" else 120.0)
            decided = submitted + dt.timedelta(days=rng.randint(14, 120))
            if decided > END:
                status, decided = "pending", None
            else:
                strength = (applicant[7] - 3.3) + ((applicant[8] or 1280) - 1280) / 400
                accept = 0.35 + strength * 0.4 - (0.15 if prog[3] == "PhD" else 0)
                status = rng.choices(STATUSES, [max(0.05, accept), max(0.05, 0.45 - strength * 0.3), 0.12, 0.06])[0]
            scholarship = None
            if status == "accepted" and rng.random() < 0.35:
                scholarship = float(rng.choice([1000, 2500, 5000, 7500, 10000]))
            interviewed = prog[3] != "Bachelor" and rng.random() < 0.7
            applications.append((len(applications) + 1, applicant[0], prog[0], submitted, submitted.year + 1, fee,
                                 status, decided, scholarship, interviewed))
    _insert(con, "programs", programs)
    _insert(con, "applicants", applicants)
    _insert(con, "applications", applications)
    con.close()


# ------------------------------------------------------------------------------------------------ trials (camelCase)
TRIALS = [  # code, title, phase, sponsor, area, start, end (None = ongoing), target
    ("CT-2101", "Cardiolix in heart failure", "Phase II", "Helix Pharma", "Cardiology", dt.date(2022, 2, 1),
     dt.date(2023, 11, 30), 120),
    ("CT-2102", "Neurovant for migraine prevention", "Phase III", "Meridian Bio", "Neurology", dt.date(2022, 4, 15),
     None, 300),
    ("CT-2103", "Oncopra in early breast cancer", "Phase III", "Helix Pharma", "Oncology", dt.date(2022, 6, 1),
     None, 260),
    ("CT-2104", "Glucora in type 2 diabetes", "Phase II", "Sunrise Therapeutics", "Endocrinology",
     dt.date(2022, 9, 1), dt.date(2024, 6, 30), 150),
    ("CT-2201", "Respiza for severe asthma", "Phase I", "Meridian Bio", "Pulmonology", dt.date(2023, 1, 10),
     dt.date(2023, 12, 20), 40),
    ("CT-2202", "Dermaclear in psoriasis", "Phase II", "Sunrise Therapeutics", "Dermatology", dt.date(2023, 3, 1),
     None, 110),
    ("CT-2203", "Oncopra with radiotherapy", "Phase I", "Helix Pharma", "Oncology", dt.date(2023, 5, 15),
     dt.date(2024, 9, 30), 36),
    ("CT-2301", "Neurovant in cluster headache", "Phase II", "Meridian Bio", "Neurology", dt.date(2023, 9, 1),
     None, 90),
    ("CT-2302", "Cardiolix long-term safety", "Phase III", "Helix Pharma", "Cardiology", dt.date(2024, 1, 15),
     None, 200),
    ("CT-2303", "Hepatix in fatty liver disease", "Phase I", "Northwind Biologics", "Hepatology",
     dt.date(2024, 3, 1), None, 30),
]
SITES = [("Boston General Hospital", "Boston", "USA"), ("Lakeside Research Clinic", "Chicago", "USA"),
         ("Charite Study Center", "Berlin", "Germany"), ("Hopital Saint-Louis", "Paris", "France"),
         ("Karolinska Trial Unit", "Stockholm", "Sweden"), ("Toronto Clinical Research", "Toronto", "Canada"),
         ("Madrid University Hospital", "Madrid", "Spain"), ("Pacific Trials Institute", "San Diego", "USA")]
AE_TERMS = ["headache", "nausea", "fatigue", "dizziness", "rash", "elevated liver enzymes", "insomnia", "diarrhea"]


def build_trials(path: Path | str) -> None:
    """trials (10), sites (8), participants (~1000, declared FKs), adverseEvents; camelCase names."""
    rng = random.Random(1602)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE trials("trialId" INTEGER PRIMARY KEY, "trialCode" VARCHAR,
        "trialTitle" VARCHAR, "phase" VARCHAR, "sponsorName" VARCHAR, "therapeuticArea" VARCHAR, "startDate" DATE,
        "endDate" DATE, "targetEnrollment" INTEGER, "isBlinded" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sites("siteId" INTEGER PRIMARY KEY, "siteName" VARCHAR, "city" VARCHAR,
        "country" VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE participants("participantId" INTEGER PRIMARY KEY, "participantCode" VARCHAR,
        "trialId" INTEGER REFERENCES trials("trialId"), "siteId" INTEGER REFERENCES sites("siteId"),
        "birthYear" INTEGER, "sex" VARCHAR, "studyArm" VARCHAR, "enrolledAt" TIMESTAMP, "withdrawnOn" DATE,
        "completedStudy" BOOLEAN, "baselineWeightKg" DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE "adverseEvents"("eventId" INTEGER PRIMARY KEY,
        "participantId" INTEGER REFERENCES participants("participantId"), "reportedAt" TIMESTAMP, "eventTerm" VARCHAR,
        "severity" VARCHAR, "isSerious" BOOLEAN, "relatedToDrug" BOOLEAN, "resolvedOn" DATE)""")
    trials = [(i, *t[:7], t[7], rng.random() < 0.8 if t[2] != "Phase I" else False)
              for i, t in enumerate(TRIALS, start=1)]
    sites = [(i, *s) for i, s in enumerate(SITES, start=1)]
    participants, events = [], []
    for trial in trials:
        last = min(trial[7] or END, END)
        window = (last - trial[6]).days - 30
        n = int(trial[8] * rng.uniform(0.7, 1.05))
        trial_sites = rng.sample(sites, rng.randint(2, 5))
        for _ in range(n):
            pid = len(participants) + 1
            day = trial[6] + dt.timedelta(days=rng.randrange(max(window, 30)))
            enrolled = _moment(rng, day, list(range(8, 18)), [1] * 10)
            withdrawn = None
            if rng.random() < 0.14:
                withdrawn = min(day + dt.timedelta(days=rng.randint(10, 300)), END)
            completed = withdrawn is None and trial[7] is not None and rng.random() < 0.93
            arm = "placebo" if rng.random() < 0.4 else "treatment"
            sex = rng.choice(["F", "M"])
            weight = round(rng.gauss(78 if sex == "M" else 66, 12), 1)
            participants.append((pid, f"P{trial[0]:02d}-{pid:05d}", trial[0], rng.choice(trial_sites)[0],
                                 rng.randint(1945, 2004), sex, arm, enrolled, withdrawn, completed, weight))
            for _ in range(rng.choices([0, 1, 2, 3], [50, 28, 15, 7])[0]):
                rday = day + dt.timedelta(days=rng.randint(1, 200))
                if rday > last:
                    continue
                severity = rng.choices(["mild", "moderate", "severe"], [60, 30, 10])[0]
                serious = severity == "severe" and rng.random() < 0.6
                resolved = rday + dt.timedelta(days=rng.randint(1, 40))
                events.append((len(events) + 1, pid, _moment(rng, rday, list(range(7, 22)), [1] * 15),
                               rng.choice(AE_TERMS), severity, serious, arm == "treatment" and rng.random() < 0.5,
                               None if resolved > END or rng.random() < 0.05 else resolved))
    _insert(con, "trials", trials)
    _insert(con, "sites", sites)
    _insert(con, "participants", participants)
    _insert(con, "adverseEvents", events)
    con.close()


# ------------------------------------------------------------------------------------------------ fire (wide)
INCIDENT_TYPES = {  # type: (weight, loss probability, typical loss)
    "Structure Fire": (10, 0.9, 60000), "Vehicle Fire": (8, 0.95, 9000), "Brush Fire": (6, 0.4, 4000),
    "Medical Assist": (35, 0.0, 0), "Alarm Activation": (22, 0.0, 0), "Hazmat": (4, 0.1, 2000),
    "Rescue": (7, 0.0, 0), "Gas Leak": (8, 0.05, 1500)}
STATIONS = {"Station 1": ("Battalion 1", "Downtown"), "Station 2": ("Battalion 1", "Riverside"),
            "Station 3": ("Battalion 1", "Old Town"), "Station 4": ("Battalion 2", "Northgate"),
            "Station 5": ("Battalion 2", "Hillcrest"), "Station 6": ("Battalion 2", "Lakeview"),
            "Station 7": ("Battalion 3", "Industrial Park"), "Station 8": ("Battalion 3", "Southside")}


def build_fire(path: Path | str) -> None:
    """One wide `incidents` table, 2022-2024: times, type, station, losses (NULL when none assessed), booleans."""
    rng = random.Random(1603)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE incidents(incident_number VARCHAR PRIMARY KEY, alarm_time TIMESTAMP,
        first_arrival_time TIMESTAMP, clear_time TIMESTAMP, incident_type VARCHAR, station VARCHAR, battalion VARCHAR,
        neighborhood VARCHAR, shift VARCHAR, units_dispatched INTEGER, personnel_count INTEGER,
        property_loss_usd DOUBLE, civilian_injuries INTEGER, firefighter_injuries INTEGER, is_false_alarm BOOLEAN,
        mutual_aid BOOLEAN, cancelled_en_route BOOLEAN)""")
    types = list(INCIDENT_TYPES)
    stations = list(STATIONS)
    rows = []
    for n in range(1, 5201):
        day = _day(rng)
        alarm = _moment(rng, day, list(range(24)), [2, 2, 1, 1, 1, 2, 3, 4, 5, 5, 6, 6, 6, 6, 6, 6, 7, 7, 6, 5, 4, 4,
                                                    3, 2]) + dt.timedelta(seconds=rng.randrange(60))
        kind = rng.choices(types, [INCIDENT_TYPES[t][0] for t in types])[0]
        station = rng.choices(stations, [14, 12, 11, 13, 9, 10, 16, 15])[0]
        battalion, hood = STATIONS[station]
        cancelled = rng.random() < 0.05
        false_alarm = kind == "Alarm Activation" and rng.random() < 0.7
        base = 240 + (150 if battalion == "Battalion 3" else 0) + rng.expovariate(1 / 120)
        arrival = None if cancelled else alarm + dt.timedelta(seconds=int(base))
        onscene = {"Structure Fire": 150, "Hazmat": 120, "Rescue": 80, "Brush Fire": 90}.get(kind, 35)
        clear = (arrival or alarm) + dt.timedelta(minutes=int(rng.uniform(0.3, 1.7) * onscene) + 2)
        units = 1 if cancelled else max(1, int(rng.gauss(5 if kind == "Structure Fire" else 2, 1.2)))
        _, p_loss, typical = INCIDENT_TYPES[kind]
        loss = round(rng.lognormvariate(0, 0.9) * typical, -2) if not cancelled and rng.random() < p_loss else None
        civ = rng.choices([0, 1, 2, 3], [90, 7, 2, 1])[0] if kind in ("Structure Fire", "Vehicle Fire", "Rescue") else 0
        ff = 1 if kind == "Structure Fire" and rng.random() < 0.04 else 0
        rows.append((f"F{day.year % 100:02d}-{n:05d}", alarm, arrival, clear, kind, station, battalion, hood,
                     rng.choice(["A", "B", "C"]), units, units * rng.randint(3, 4), loss, civ, ff, false_alarm,
                     rng.random() < (0.12 if kind == "Structure Fire" else 0.02), cancelled))
    _insert(con, "incidents", rows)
    con.close()


# ------------------------------------------------------------------------------------------------ scooters (abbrev)
MODELS = {"Segway Max G2": 550.0, "Ninebot ES4": 374.0, "Xiaomi Pro 2": 474.0, "Okai ES400": 600.0}
ZONES = ["DTWN", "UNIV", "HRBR", "MIDT", "WEST"]
MONTH_WEIGHTS = [2, 2, 4, 6, 8, 9, 10, 10, 8, 6, 3, 2]
PROMOS = ["WELCOME50", "STUDENT20", "SUMMER24", "RIDE5OFF"]


def build_scooters(path: Path | str) -> None:
    """riders (400), scooters (160, nullable retired_dt), trips (2023-2024; rdr_id declared, sctr_id NOT declared)."""
    rng = random.Random(1604)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE riders(rdr_id INTEGER PRIMARY KEY, rdr_nm VARCHAR, birth_yr INTEGER,
        signup_dt DATE, is_stdnt BOOLEAN, home_zone_cd VARCHAR, acct_sts VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE scooters(sctr_id INTEGER PRIMARY KEY, serial_no VARCHAR, mdl_nm VARCHAR,
        batt_cap_wh DOUBLE, zone_cd VARCHAR, in_svc_dt DATE, retired_dt DATE)""")
    con.execute("""CREATE OR REPLACE TABLE trips(trip_id INTEGER PRIMARY KEY,
        rdr_id INTEGER REFERENCES riders(rdr_id), sctr_id INTEGER, start_ts TIMESTAMP, end_ts TIMESTAMP,
        start_zone_cd VARCHAR, end_zone_cd VARCHAR, dist_km DOUBLE, fare_amt DOUBLE, disc_amt DOUBLE,
        promo_cd VARCHAR, pay_mthd VARCHAR, rtg INTEGER, is_grp_ride BOOLEAN)""")
    riders = []
    for rid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 400), start=1):
        student = rng.random() < 0.3
        born = rng.randint(1999, 2005) if student else rng.randint(1960, 2004)
        riders.append((rid, f"{first} {last}", born, _day(rng, dt.date(2022, 6, 1), 900), student,
                       rng.choice(ZONES), rng.choices(["active", "suspended", "closed"], [88, 5, 7])[0]))
    scooters = []
    for sid in range(1, 161):
        model = rng.choices(list(MODELS), [35, 30, 20, 15])[0]
        start = _day(rng, dt.date(2022, 10, 1), 300)
        retired = _day(rng, dt.date(2023, 9, 1), 480) if rng.random() < 0.2 else None
        scooters.append((sid, f"SN{rng.randrange(16**6):06X}", model, MODELS[model], rng.choice(ZONES), start,
                         retired))
    trips = []
    for _ in range(9000):
        rider = rng.choices(riders, [4 if r[4] else 1 + (r[0] % 5) for r in riders])[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        if rng.random() * 10 > MONTH_WEIGHTS[day.month - 1]:  # fewer rides in winter
            day = day.replace(month=rng.choice([5, 6, 7, 8, 9]), day=min(day.day, 28))
        scooter = rng.choice([s for s in scooters if s[5] <= day and (s[6] is None or s[6] > day)])
        start = _moment(rng, day, list(range(6, 24)), [2, 5, 9, 6, 4, 5, 6, 5, 5, 6, 8, 9, 8, 6, 5, 4, 3, 2])
        start += dt.timedelta(seconds=rng.randrange(60))
        minutes = max(2.0, rng.gammavariate(2.2, 6))
        dist = round(minutes * rng.uniform(0.18, 0.3), 2)
        end = start + dt.timedelta(seconds=int(minutes * 60))
        fare = round(1.0 + 0.39 * minutes, 2)
        promo = rng.choice(PROMOS) if rng.random() < 0.12 else None
        disc = round(min(fare, {"WELCOME50": fare * 0.5, "STUDENT20": fare * 0.2, "SUMMER24": 2.4,
                                "RIDE5OFF": 5.0}[promo]), 2) if promo else 0.0
        rating = rng.choices([1, 2, 3, 4, 5], [3, 5, 12, 35, 45])[0] if rng.random() < 0.45 else None
        zone = scooter[4] if rng.random() < 0.7 else rng.choice(ZONES)
        trips.append((0, rider[0], scooter[0], start, end, zone, rng.choice(ZONES) if rng.random() < 0.5 else zone,
                      dist, fare, disc, promo, rng.choices(["card", "apple_pay", "google_pay", "wallet"],
                                                           [45, 25, 15, 15])[0], rating, rng.random() < 0.08))
    trips.sort(key=lambda t: t[3])
    trips = [(i, *t[1:]) for i, t in enumerate(trips, start=1)]
    _insert(con, "riders", riders)
    _insert(con, "scooters", scooters)
    _insert(con, "trips", trips)
    con.close()


# ------------------------------------------------------------------------------------------------ dining
RESTAURANTS = [  # name, cuisine, neighborhood, seats, price tier
    ("Trattoria Lucia", "Italian", "North Beach", 60, "$$"), ("Sakura House", "Japanese", "Japantown", 45, "$$$"),
    ("El Fogon", "Mexican", "Mission", 80, "$"), ("Le Petit Zinc", "French", "Hayes Valley", 40, "$$$$"),
    ("Golden Lotus", "Chinese", "Chinatown", 120, "$"), ("Olive & Thyme", "Mediterranean", "Marina", 70, "$$"),
    ("Saffron Table", "Indian", "SoMa", 65, "$$"), ("The Oak Grill", "Steakhouse", "Financial District", 110, "$$$$"),
    ("Bangkok Alley", "Thai", "Mission", 50, "$"), ("Harbor Oyster Bar", "Seafood", "Embarcadero", 90, "$$$"),
    ("Casa Verde", "Vegetarian", "Hayes Valley", 35, "$$"), ("Seoul Kitchen", "Korean", "SoMa", 55, "$$"),
]
TIER_SPEND = {"$": 22.0, "$$": 38.0, "$$$": 65.0, "$$$$": 110.0}


def build_dining(path: Path | str) -> None:
    """restaurants (12), guests (500), reservations (2022-2024; status, NULL bill unless completed; declared FKs)."""
    rng = random.Random(1605)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE restaurants(restaurant_id INTEGER PRIMARY KEY, restaurant_name VARCHAR,
        cuisine VARCHAR, neighborhood VARCHAR, seat_count INTEGER, price_tier VARCHAR, has_patio BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE guests(guest_id INTEGER PRIMARY KEY, full_name VARCHAR, email VARCHAR,
        phone VARCHAR, is_vip BOOLEAN, member_since DATE, birth_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE reservations(reservation_id INTEGER PRIMARY KEY,
        restaurant_id INTEGER REFERENCES restaurants(restaurant_id), guest_id INTEGER REFERENCES guests(guest_id),
        booked_at TIMESTAMP, reserved_for TIMESTAMP, party_size INTEGER, booking_channel VARCHAR, status VARCHAR,
        seated_at TIMESTAMP, bill_total DOUBLE, tip_amount DOUBLE, guest_rating INTEGER, special_request VARCHAR)""")
    restaurants = [(i, *r, rng.random() < 0.5) for i, r in enumerate(RESTAURANTS, start=1)]
    guests = []
    for gid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 500), start=1):
        birth = None if rng.random() < 0.3 else _day(rng, dt.date(1950, 1, 1), 365 * 52)
        guests.append((gid, f"{first} {last}", f"{first.lower()}.{last.lower()}@example.com",
                       f"+1-415-555-{rng.randrange(10000):04d}", rng.random() < 0.08,
                       _day(rng, dt.date(2019, 1, 1), 2000), birth))
    requests = ["birthday", "anniversary", "window seat", "high chair", "wheelchair access", "quiet table"]
    rows = []
    for rid in range(1, 7001):
        rest = rng.choices(restaurants, [r[4] for r in restaurants])[0]
        guest = rng.choices(guests, [6 if g[4] else 1 for g in guests])[0]
        day = _day(rng)
        hour = rng.choices([12, 13, 18, 19, 20, 21], [8, 7, 10, 16, 14, 6])[0]
        slot = dt.datetime(day.year, day.month, day.day, hour, rng.choice([0, 15, 30, 45]))
        channel = rng.choices(["website", "phone", "app", "third_party"], [40, 20, 25, 15])[0]
        booked = slot - dt.timedelta(hours=rng.randint(2, 24 * 30), minutes=rng.randrange(60))
        party = rng.choices([1, 2, 3, 4, 5, 6, 8, 10], [5, 40, 12, 22, 6, 8, 4, 3])[0]
        status = rng.choices(["completed", "cancelled", "no-show"], [78, 15, 7])[0]
        seated = bill = tip = rating = None
        if status == "completed":
            seated = slot + dt.timedelta(minutes=rng.randint(-5, 25))
            bill = round(party * TIER_SPEND[rest[5]] * rng.uniform(0.7, 1.4), 2)
            tip = round(bill * rng.choice([0.0, 0.1, 0.15, 0.18, 0.2, 0.22]), 2)
            rating = rng.choices([1, 2, 3, 4, 5], [2, 4, 14, 40, 40])[0] if rng.random() < 0.4 else None
        request = rng.choice(requests) if rng.random() < 0.15 else None
        rows.append((rid, rest[0], guest[0], booked, slot, party, channel, status, seated, bill, tip, rating, request))
    _insert(con, "restaurants", restaurants)
    _insert(con, "guests", guests)
    _insert(con, "reservations", rows)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "admissions": build_admissions,
    "trials": build_trials,
    "fire": build_fire,
    "scooters": build_scooters,
    "dining": build_dining,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval16-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval16-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval16-dbs"))
