"""Builders of the fifty-ninth evaluation corpus (development): five DuckDB files in health and care domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `physio.duckdb`: a physiotherapy clinic (therapists with a birth date, patients with a birth year, sessions)
- `bloodbank.duckdb`: blood donors, their donations and the screening tests run on them (results pending as NULL)
- `carehome.duckdb`: camelCase schema of residents, staff and incidents (`incidents.staffId` is NOT a declared FK)
- `vetclinic.duckdb`: pet owners, their pets and vet visits (follow-up date NULL when none was booked)
- `opticians.duckdb`: customers, eye tests and spectacle orders (collected_on NULL while awaiting collection)

Usage:
    python eval59/datasets.py OUTDIR

Example:
    >>> from eval59.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval59-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['bloodbank.duckdb', 'carehome.duckdb', 'opticians.duckdb', 'physio.duckdb', 'vetclinic.duckdb']
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
    """A timestamp on `day` between first_hour and last_hour, to the quarter hour."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.choice([0, 15, 30, 45])))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amara", "Bethan", "Ciaran", "Delyth", "Emeka", "Fiona", "Gareth", "Harriet", "Imran", "Jodie", "Kwame",
         "Lowri", "Marcus", "Niamh", "Owain", "Priya", "Rhys", "Sian", "Tomasz", "Ursula", "Vikram", "Wendy",
         "Yusuf", "Zara", "Alun", "Bronwen", "Declan", "Eleri"]
LAST = ["Ahmed", "Bevan", "Clarke", "Davies", "Evans", "Fletcher", "Griffiths", "Hughes", "Iqbal", "Jenkins",
        "Kowalski", "Lloyd", "Morgan", "Nash", "Owen", "Powell", "Rees", "Singh", "Thomas", "Vaughan", "Watkins",
        "Young"]

# ----------------------------------------------------------------------------------------------- physio
SPECIALTIES = ["musculoskeletal", "sports", "neurological", "pediatric"]
SESSION_TYPES = {"initial assessment": (60, 75.0), "follow-up": (45, 55.0), "hydrotherapy": (40, 60.0),
                 "sports massage": (30, 45.0), "group class": (60, 20.0)}
REFERRALS = ["GP", "self", "insurer", "consultant"]
CONDITIONS = ["lower back pain", "knee injury", "shoulder pain", "post-surgery rehab", "neck pain", "stroke rehab"]


def build_physio(path: Path | str) -> None:
    """therapists (14), patients (420), sessions (2023-2024; declared FKs; pain_after NULL when not attended)."""
    rng = random.Random(5901)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE therapists(therapist_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, specialty VARCHAR, hired_on DATE, is_senior BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE patients(patient_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, sex VARCHAR, referral_source VARCHAR, condition VARCHAR,
        registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE sessions(session_id INTEGER PRIMARY KEY,
        patient_id INTEGER REFERENCES patients(patient_id), therapist_id INTEGER REFERENCES therapists(therapist_id),
        session_start TIMESTAMP, session_type VARCHAR, duration_min INTEGER, fee_gbp DOUBLE, attended BOOLEAN,
        pain_before SMALLINT, pain_after SMALLINT)""")
    therapists = [(tid, f, last, _day(rng, dt.date(1965, 1, 1), 13000), SPECIALTIES[(tid - 1) % 4],
                   _day(rng, dt.date(2010, 1, 1), 4700), tid % 3 == 0)
                  for tid, (f, last) in enumerate(_unique_names(rng, FIRST, LAST, 14), start=1)]
    patients = [(pid, f, last, rng.randint(1940, 2012), rng.choice(["F", "M"]),
                 rng.choices(REFERRALS, [45, 25, 20, 10])[0], rng.choice(CONDITIONS),
                 _day(rng, dt.date(2022, 6, 1), 900))
                for pid, (f, last) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1)]
    weights = [rng.uniform(0.5, 2.0) for _ in therapists]
    sessions = []
    for sid in range(1, 3201):
        kind = rng.choices(list(SESSION_TYPES), [15, 50, 12, 15, 8])[0]
        minutes, fee = SESSION_TYPES[kind]
        start = _moment(rng, _day(rng, dt.date(2023, 1, 1), 731), 8, 19)
        while start.weekday() == 6:
            start = _moment(rng, _day(rng, dt.date(2023, 1, 1), 731), 8, 19)
        attended = rng.random() > 0.11
        before = rng.randint(2, 9)
        after = max(0, before - rng.randint(0, 4)) if attended else None
        sessions.append((sid, rng.randint(1, 420), rng.choices(range(1, 15), weights)[0], start, kind, minutes,
                         round(fee * (1 + 0.05 * (start.year - 2023)), 2), attended, before, after))
    _insert(con, "therapists", therapists)
    _insert(con, "patients", patients)
    _insert(con, "sessions", sessions)
    con.close()


# -------------------------------------------------------------------------------------------- blood bank
BLOOD_GROUPS = {"O+": 35, "A+": 30, "B+": 8, "AB+": 3, "O-": 13, "A-": 7, "B-": 2, "AB-": 2}
CITIES = ["Leeds", "Bradford", "Sheffield", "York", "Hull"]
DONATION_TYPES = {"whole blood": 470, "plasma": 750, "platelets": 250}
SITES = ["Leeds Donor Centre", "Sheffield Donor Centre", "mobile unit"]
TESTS = ["HIV", "hepatitis B", "hepatitis C", "syphilis", "HTLV"]


def build_bloodbank(path: Path | str) -> None:
    """donors (500), donations (2023-01 .. 2025-06; declared FK), screenings (declared FK; result and
    result_date NULL while pending)."""
    rng = random.Random(5902)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE donors(donor_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        date_of_birth DATE, sex VARCHAR, blood_group VARCHAR, city VARCHAR, first_donation_date DATE,
        is_active BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE donations(donation_id INTEGER PRIMARY KEY,
        donor_id INTEGER REFERENCES donors(donor_id), donated_at TIMESTAMP, donation_type VARCHAR, site VARCHAR,
        volume_ml INTEGER, haemoglobin_g_dl DOUBLE, adverse_reaction BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE screenings(screening_id INTEGER PRIMARY KEY,
        donation_id INTEGER REFERENCES donations(donation_id), test_name VARCHAR, tested_on DATE, result VARCHAR,
        result_date DATE)""")
    donors = [(did, f, last, _day(rng, dt.date(1958, 1, 1), 17000), rng.choice(["F", "M"]),
               rng.choices(list(BLOOD_GROUPS), list(BLOOD_GROUPS.values()))[0], rng.choice(CITIES),
               _day(rng, dt.date(2008, 1, 1), 5800), rng.random() < 0.8)
              for did, (f, last) in enumerate(_unique_names(rng, FIRST, LAST, 500), start=1)]
    donations, screenings = [], []
    for nid in range(1, 2801):
        kind = rng.choices(list(DONATION_TYPES), [70, 20, 10])[0]
        at = _moment(rng, _day(rng, dt.date(2023, 1, 1), 912), 8, 19)
        donor = donors[rng.randrange(500)]
        hb = round(rng.uniform(12.0, 15.5) + (1.0 if donor[4] == "M" else 0.0), 1)
        donations.append((nid, donor[0], at, kind, rng.choices(SITES, [40, 30, 30])[0],
                          int(DONATION_TYPES[kind] * rng.uniform(0.9, 1.05)), hb, rng.random() < 0.03))
        for test in rng.sample(TESTS, 2):
            sid = len(screenings) + 1
            tested = at.date() + dt.timedelta(days=rng.randint(0, 2))
            if tested > dt.date(2025, 6, 24):
                screenings.append((sid, nid, test, tested, None, None))
            else:
                result = "reactive" if rng.random() < 0.012 else "negative"
                screenings.append((sid, nid, test, tested, result, tested + dt.timedelta(days=rng.randint(1, 5))))
    _insert(con, "donors", donors)
    _insert(con, "donations", donations)
    _insert(con, "screenings", screenings)
    con.close()


# -------------------------------------------------------------------------------------------- care home
WINGS = ["Oak", "Willow", "Birch", "Rowan"]
CARE_LEVELS = {"residential": 950.0, "nursing": 1350.0, "dementia": 1500.0}
ROLES = {"care assistant": 12.5, "senior carer": 14.0, "nurse": 22.0, "activities coordinator": 13.0}
INCIDENT_TYPES = ["fall", "medication error", "skin tear", "choking", "aggression"]
SEVERITIES = ["minor", "moderate", "serious"]


def build_carehome(path: Path | str) -> None:
    """residents (140; dischargedOn NULL while still living there), staff (60), incidents (2022-2024; residentId
    declared, staffId only implied by its name; resolvedOn NULL while open). camelCase columns."""
    rng = random.Random(5903)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE residents("residentId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthYear" INTEGER, wing VARCHAR, "careLevel" VARCHAR, "admittedOn" DATE,
        "dischargedOn" DATE, "weeklyFeeGbp" DOUBLE, "selfFunded" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE staff("staffId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "jobRole" VARCHAR, "startDate" DATE, "nightShift" BOOLEAN, "hourlyRateGbp" DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE incidents("incidentId" INTEGER PRIMARY KEY,
        "residentId" INTEGER REFERENCES residents("residentId"), "staffId" INTEGER, "occurredAt" TIMESTAMP,
        "incidentType" VARCHAR, severity VARCHAR, hospitalised BOOLEAN, "resolvedOn" DATE)""")
    residents = []
    for rid, (f, last) in enumerate(_unique_names(rng, FIRST, LAST, 140), start=1):
        level = rng.choices(list(CARE_LEVELS), [40, 35, 25])[0]
        admitted = _day(rng, dt.date(2018, 1, 1), 2500)
        discharged = admitted + dt.timedelta(days=rng.randint(60, 1500)) if rng.random() < 0.35 else None
        if discharged and discharged > dt.date(2024, 12, 31):
            discharged = None
        residents.append((rid, f, last, rng.randint(1924, 1950), rng.choice(WINGS), level, admitted, discharged,
                          round(CARE_LEVELS[level] * rng.uniform(0.95, 1.15), 2), rng.random() < 0.45))
    staff = []
    for sid, (f, last) in enumerate(_unique_names(rng, FIRST, LAST, 60), start=1):
        role = rng.choices(list(ROLES), [55, 20, 18, 7])[0]
        staff.append((sid, f, last, role, _day(rng, dt.date(2012, 1, 1), 4600), rng.random() < 0.3,
                      round(ROLES[role] * rng.uniform(0.95, 1.2), 2)))
    incidents = []
    for iid in range(1, 901):
        when = _moment(rng, _day(rng, dt.date(2022, 1, 1), 1096), 0, 23)
        kind = rng.choices(INCIDENT_TYPES, [45, 15, 20, 5, 15])[0]
        severity = rng.choices(SEVERITIES, [60, 30, 10])[0]
        hospital = severity == "serious" and rng.random() < 0.6 or severity == "moderate" and rng.random() < 0.1
        still_open = when.date() > dt.date(2024, 11, 15) and rng.random() < 0.7 or rng.random() < 0.02
        resolved = None if still_open else when.date() + dt.timedelta(days=rng.randint(0, 30))
        incidents.append((iid, rng.randint(1, 140), rng.randint(1, 60), when, kind, severity, hospital, resolved))
    _insert(con, "residents", residents)
    _insert(con, "staff", staff)
    _insert(con, "incidents", incidents)
    con.close()


# ------------------------------------------------------------------------------------------- vet clinic
SPECIES = {"dog": (4, 40), "cat": (2.5, 7), "rabbit": (1, 3), "guinea pig": (0.7, 1.3), "parrot": (0.3, 1.0)}
TOWNS = ["Kendal", "Penrith", "Keswick", "Ambleside", "Windermere"]
REASONS = {"vaccination": 48.0, "check-up": 42.0, "dental": 180.0, "injury": 140.0, "surgery": 620.0}
VETS = ["Dr Ashworth", "Dr Bello", "Dr Carrick", "Dr Dunmore", "Dr Ellis"]
PET_NAMES = ["Bella", "Max", "Luna", "Charlie", "Milo", "Daisy", "Teddy", "Poppy", "Alfie", "Coco", "Bailey",
             "Willow", "Ruby", "Oscar", "Rosie", "Pepper", "Biscuit", "Nala", "Simba", "Ziggy"]


def build_vetclinic(path: Path | str) -> None:
    """owners (260), pets (380; declared FK), visits (2023-2025; declared FK; follow_up_date NULL when none)."""
    rng = random.Random(5904)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE owners(owner_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, town VARCHAR, phone VARCHAR, joined_on DATE, has_pet_plan BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE pets(pet_id INTEGER PRIMARY KEY,
        owner_id INTEGER REFERENCES owners(owner_id), pet_name VARCHAR, species VARCHAR, birth_date DATE,
        neutered BOOLEAN, weight_kg DOUBLE, microchipped BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE visits(visit_id INTEGER PRIMARY KEY, pet_id INTEGER REFERENCES pets(pet_id),
        vet_name VARCHAR, visit_at TIMESTAMP, reason VARCHAR, charge_gbp DOUBLE, paid BOOLEAN,
        follow_up_date DATE)""")
    owners = [(oid, f, last, rng.choice(TOWNS), f"07{rng.randint(100000000, 999999999)}",
               _day(rng, dt.date(2012, 1, 1), 4700), rng.random() < 0.4)
              for oid, (f, last) in enumerate(_unique_names(rng, FIRST, LAST, 260), start=1)]
    pets = []
    for pid in range(1, 381):
        species = rng.choices(list(SPECIES), [45, 35, 10, 6, 4])[0]
        low, high = SPECIES[species]
        pets.append((pid, rng.randint(1, 260), rng.choice(PET_NAMES), species, _day(rng, dt.date(2008, 1, 1), 6000),
                     rng.random() < 0.7, round(rng.uniform(low, high), 1), species in ("dog", "cat") and
                     rng.random() < 0.85))
    visits = []
    for vid in range(1, 2401):
        reason = rng.choices(list(REASONS), [30, 30, 12, 18, 10])[0]
        at = _moment(rng, _day(rng, dt.date(2023, 1, 1), 821), 8, 18)
        while at.weekday() == 6:
            at = _moment(rng, _day(rng, dt.date(2023, 1, 1), 821), 8, 18)
        follow = at.date() + dt.timedelta(days=rng.choice([7, 10, 14, 28])) if reason in (
            "dental", "injury", "surgery") and rng.random() < 0.8 else None
        paid = at.date() < dt.date(2025, 2, 15) and rng.random() < 0.98 or rng.random() < 0.4
        visits.append((vid, rng.randint(1, 380), rng.choice(VETS), at, reason,
                       round(REASONS[reason] * rng.uniform(0.7, 1.6), 2), paid, follow))
    _insert(con, "owners", owners)
    _insert(con, "pets", pets)
    _insert(con, "visits", visits)
    con.close()


# -------------------------------------------------------------------------------------------- opticians
BRANCHES = ["Truro", "Falmouth", "Penzance", "St Austell"]
OPTOMS = ["Mr Hale", "Ms Rowe", "Mrs Pascoe", "Mr Trevithick", "Ms Nankervis"]
TEST_TYPES = {"standard": 25.0, "contact lens": 40.0, "diabetic screening": 0.0, "children's": 0.0}
FRAMES = ["Ray-Ban", "Oakley", "Silhouette", "own brand", "Tom Ford"]
LENSES = {"single vision": 90.0, "varifocal": 260.0, "bifocal": 150.0}


def build_opticians(path: Path | str) -> None:
    """customers (560), eye_tests (2022-2024; declared FK), spectacle_orders (declared FKs to customers and
    eye_tests; collected_on NULL while awaiting collection)."""
    rng = random.Random(5905)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, home_branch VARCHAR, nhs_eligible BOOLEAN, registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE eye_tests(test_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), optometrist VARCHAR, branch VARCHAR,
        test_date DATE, test_type VARCHAR, test_fee_gbp DOUBLE, sphere_right DOUBLE, sphere_left DOUBLE,
        referred_to_gp BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE spectacle_orders(order_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), test_id INTEGER REFERENCES eye_tests(test_id),
        ordered_at TIMESTAMP, frame_brand VARCHAR, lens_type VARCHAR, anti_glare BOOLEAN, price_gbp DOUBLE,
        discount_gbp DOUBLE, collected_on DATE)""")
    customers = [(cid, f, last, _day(rng, dt.date(1940, 1, 1), 26000), rng.choice(BRANCHES), rng.random() < 0.4,
                  _day(rng, dt.date(2005, 1, 1), 6900))
                 for cid, (f, last) in enumerate(_unique_names(rng, FIRST, LAST, 560), start=1)]
    tests, orders = [], []
    for tid in range(1, 2201):
        cust = customers[rng.randrange(560)]
        kind = rng.choices(list(TEST_TYPES), [65, 15, 10, 10])[0]
        day = _day(rng, dt.date(2022, 1, 1), 1096)
        while day.weekday() == 6:
            day = _day(rng, dt.date(2022, 1, 1), 1096)
        fee = 0.0 if cust[5] else TEST_TYPES[kind]
        right = round(rng.choice(range(-24, 13)) * 0.25, 2)
        tests.append((tid, cust[0], rng.choice(OPTOMS), cust[4] if rng.random() < 0.85 else rng.choice(BRANCHES),
                      day, kind, fee, right, round(right + rng.choice([-0.5, -0.25, 0, 0, 0.25, 0.5]), 2),
                      rng.random() < 0.05))
        if rng.random() < 0.45:
            lens = rng.choices(list(LENSES), [60, 30, 10])[0]
            at = _moment(rng, day, 9, 17)
            price = round(LENSES[lens] + rng.uniform(40, 220), 2)
            waiting = day > dt.date(2024, 12, 10) and rng.random() < 0.8 or rng.random() < 0.02
            orders.append((len(orders) + 1, cust[0], tid, at, rng.choices(FRAMES, [15, 10, 10, 55, 10])[0], lens,
                           rng.random() < 0.5, price, rng.choice([0.0, 0.0, 0.0, 20.0, round(price * 0.1, 2)]),
                           None if waiting else day + dt.timedelta(days=rng.randint(5, 21))))
    _insert(con, "customers", customers)
    _insert(con, "eye_tests", tests)
    _insert(con, "spectacle_orders", orders)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "physio": build_physio,
    "bloodbank": build_bloodbank,
    "carehome": build_carehome,
    "vetclinic": build_vetclinic,
    "opticians": build_opticians,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval59-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval59-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval59-dbs"))
