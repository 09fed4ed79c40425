"""Builders of the 29th evaluation corpus: five DuckDB files in public-service domains no other corpus uses.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `waste.duckdb` (waste collection service): crews, collections (declared FK; completed_at TIMESTAMP NULL when the
  bin was missed; booleans missed / contamination)
- `passport.duckdb` (passport office): applicants (date_of_birth), applications (declared FK; submitted_at
  TIMESTAMP; issued_on NULL until issued; fast_track boolean)
- `foodbank.duckdb` (food bank): households (lead person's names), parcels (`household_id` is NOT a declared
  foreign key), donations
- `baths.duckdb` (public swimming baths): pools, members (birth_year; left_on NULL while still a member), swims
  (declared FKs; checked_in_at TIMESTAMP; optional rating)
- `parking.duckdb` (parking enforcement): officers, tickets (declared FK; paid_on NULL while unpaid;
  appeal_upheld NULL when never appealed)

Data covers 2022-2024.

Usage:
    python eval29/datasets.py OUTDIR

Example:
    >>> from eval29.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval29-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['baths.duckdb', 'foodbank.duckdb', 'parking.duckdb', 'passport.duckdb', 'waste.duckdb']
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

START = dt.date(2022, 1, 1)
SPAN = (dt.date(2024, 12, 31) - START).days + 1


def _insert(con, table: str, rows: list[tuple]) -> None:
    """Append rows (tuples in column order) to a table through a registered DataFrame."""
    cols = [r[0] for r in con.execute(f'DESCRIBE "{table}"').fetchall()]
    con.register("frame", pd.DataFrame(rows, columns=cols))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date = START, span_days: int = SPAN) -> dt.date:
    """A random day in [start, start + span_days)."""
    return start + dt.timedelta(days=rng.randrange(span_days))


def _at(day: dt.date, hour: int, minute: int) -> dt.datetime:
    """The timestamp day hour:minute."""
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def _unique_names(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(FIRST), rng.choice(LAST)), None)
    return list(seen)


FIRST = ["Aisha", "Ben", "Carys", "Dominic", "Ella", "Farid", "Gemma", "Harvey", "Imogen", "Jamal", "Kirsty", "Liam",
         "Megan", "Niall", "Olivia", "Priya", "Quinn", "Rhys", "Sian", "Tariq", "Una", "Vikram", "Willow", "Zara"]
LAST = ["Ahmed", "Bell", "Campbell", "Doherty", "Evans", "Fletcher", "Griffiths", "Hughes", "Iqbal", "Jenkins",
        "Kaur", "Lloyd", "Murphy", "Nolan", "O'Brien", "Patel", "Reid", "Shaw", "Turner", "Walsh"]

# --------------------------------------------------------------------------------------------------- waste
CREWS = [  # crew_name, depot, shift, is_contractor
    ("Red 1", "Bridge Street", "early", False), ("Red 2", "Bridge Street", "late", False),
    ("Blue 1", "Canal Yard", "early", False), ("Blue 2", "Canal Yard", "late", True),
    ("Green 1", "Hillside", "early", False), ("Green 2", "Hillside", "early", True),
    ("Amber 1", "Canal Yard", "late", False), ("Amber 2", "Bridge Street", "early", True),
]
DISTRICTS = ["Northfield", "Eastgate", "Southmoor", "Westbury", "Old Town", "Riverside"]
BIN_TYPES = {"general": (8, 22), "recycling": (4, 12), "garden": (6, 30), "food": (2, 7)}


def build_waste(path: Path | str) -> None:
    """crews (8), collections (2022-2024, declared FK; completed_at NULL when the bin was missed)."""
    rng = random.Random(2901)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE crews(crew_id INTEGER PRIMARY KEY, crew_name VARCHAR, depot VARCHAR,
        shift VARCHAR, is_contractor BOOLEAN, vehicle_reg VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE collections(collection_id INTEGER PRIMARY KEY,
        crew_id INTEGER REFERENCES crews(crew_id), collection_date DATE, district VARCHAR, bin_type VARCHAR,
        weight_kg DOUBLE, missed BOOLEAN, contamination BOOLEAN, completed_at TIMESTAMP)""")
    crews = [(i, name, depot, shift, contractor, f"WX{rng.randint(60, 74)} {rng.choice('ABCDEFGH')}"
              f"{rng.choice('JKLMNP')}{rng.choice('RSTUVW')}")
             for i, (name, depot, shift, contractor) in enumerate(CREWS, start=1)]
    rows = []
    for _ in range(4200):
        crew = rng.choice(crews)
        day = _day(rng)
        btype = rng.choices(list(BIN_TYPES), [40, 30, 15, 15])[0]
        missed = rng.random() < (0.09 if crew[4] else 0.04)
        lo, hi = BIN_TYPES[btype]
        weight = None if missed else round(rng.uniform(lo, hi) * (1.3 if day.month == 12 else 1.0), 1)
        start_hour = 6 if crew[3] == "early" else 13
        done = None if missed else _at(day, start_hour + rng.randrange(6), rng.randrange(60))
        contam = (not missed) and btype == "recycling" and rng.random() < 0.12
        rows.append((len(rows) + 1, crew[0], day, rng.choice(DISTRICTS), btype, weight, missed, contam, done))
    _insert(con, "crews", crews)
    _insert(con, "collections", rows)
    con.close()


# ------------------------------------------------------------------------------------------------ passport
OFFICES = ["London", "Liverpool", "Glasgow", "Belfast", "Newport", "Durham", "Peterborough"]
APP_TYPES = {"adult renewal": 88.5, "first adult": 88.5, "child": 57.5, "lost or stolen": 88.5, "replacement": 88.5}


def build_passport(path: Path | str) -> None:
    """applicants (420, date_of_birth), applications (declared FK; issued_on NULL unless issued)."""
    rng = random.Random(2902)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE applicants(applicant_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, home_city VARCHAR, email_opt_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE applications(application_id INTEGER PRIMARY KEY,
        applicant_id INTEGER REFERENCES applicants(applicant_id), office VARCHAR, application_type VARCHAR,
        channel VARCHAR, submitted_at TIMESTAMP, status VARCHAR, issued_on DATE, fast_track BOOLEAN, fee DOUBLE)""")
    cities = ["Manchester", "Leeds", "Bristol", "Cardiff", "Edinburgh", "Belfast", "Norwich", "York"]
    applicants = []
    for aid, (first, last) in enumerate(_unique_names(rng, 420), start=1):
        born = _day(rng, dt.date(1940, 1, 1), 365 * 82)
        applicants.append((aid, first, last, born, rng.choice(cities), rng.random() < 0.6))
    apps = []
    for _ in range(1300):
        who = rng.choice(applicants)
        day = _day(rng)
        age = (day - who[3]).days // 365
        atype = "child" if age < 16 else rng.choices(list(APP_TYPES)[:2] + list(APP_TYPES)[3:], [60, 20, 8, 12])[0]
        fast = rng.random() < 0.15
        channel = rng.choices(["online", "paper", "counter"], [70, 20, 10])[0]
        status = rng.choices(["issued", "refused", "withdrawn", "pending"], [85, 4, 3, 8])[0]
        if day > dt.date(2024, 12, 1):
            status = rng.choice(["pending", "issued"])
        wait = rng.randint(1, 7) if fast else rng.randint(8, 45) + (10 if channel == "paper" else 0)
        issued = day + dt.timedelta(days=wait) if status == "issued" else None
        fee = round(APP_TYPES[atype] + (89.0 if fast else 0.0) + (12.0 if channel == "paper" else 0.0), 2)
        apps.append((len(apps) + 1, who[0], rng.choices(OFFICES, [30, 15, 12, 8, 10, 10, 15])[0], atype, channel,
                     _at(day, rng.randint(8, 19), rng.randrange(60)), status, issued, fast, fee))
    _insert(con, "applicants", applicants)
    _insert(con, "applications", apps)
    con.close()


# ------------------------------------------------------------------------------------------------ food bank
CENTRES = ["Northside", "Riverside", "Town Hall", "St Marks"]
AGENCIES = ["Citizens Advice", "GP surgery", "school", "job centre", "housing officer", "self referral"]
PARCEL_TYPES = {"standard": (12, 18), "family": (20, 30), "emergency": (6, 10), "baby": (5, 9)}
DONOR_TYPES = ["supermarket", "church", "school", "individual", "business"]


def build_foodbank(path: Path | str) -> None:
    """households (260), parcels (2022-2024; household_id NOT declared as a foreign key), donations."""
    rng = random.Random(2903)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE households(household_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, household_size INTEGER, children INTEGER, postcode_area VARCHAR, referral_agency VARCHAR,
        registered_on DATE, has_dietary_needs BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE parcels(parcel_id INTEGER PRIMARY KEY, household_id INTEGER,
        centre VARCHAR, given_on DATE, parcel_type VARCHAR, items INTEGER, weight_kg DOUBLE, delivered BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE donations(donation_id INTEGER PRIMARY KEY, donor_type VARCHAR,
        donor_name VARCHAR, centre VARCHAR, received_on DATE, weight_kg DOUBLE, gift_aid BOOLEAN)""")
    households = []
    for hid, (first, last) in enumerate(_unique_names(rng, 260), start=1):
        size = rng.choices([1, 2, 3, 4, 5, 6], [30, 20, 18, 16, 10, 6])[0]
        kids = 0 if size == 1 else rng.randint(0, size - 1)
        households.append((hid, first, last, size, kids, rng.choice(["BD1", "BD3", "BD5", "BD7", "BD8"]),
                           rng.choices(AGENCIES, [25, 15, 10, 20, 15, 15])[0], _day(rng, dt.date(2021, 6, 1), 1250),
                           rng.random() < 0.2))
    clients = [h for h in households if rng.random() > 0.07]  # the others registered but never came
    parcels = []
    for _ in range(3000):
        hh = rng.choice(clients)
        day = max(_day(rng), hh[7])
        ptype = "family" if hh[3] >= 4 and rng.random() < 0.7 else rng.choices(
            ["standard", "emergency", "baby"], [70, 20, 10])[0]
        lo, hi = PARCEL_TYPES[ptype]
        items = rng.randint(lo, hi)
        parcels.append((len(parcels) + 1, hh[0], rng.choices(CENTRES, [35, 25, 25, 15])[0], day, ptype, items,
                        round(items * rng.uniform(0.45, 0.75), 1), rng.random() < 0.18))
    donors = {"supermarket": ["Tesco Extra", "Asda Holme Wood", "Morrisons", "Aldi"],
              "church": ["St Marks Church", "Trinity Methodist"], "school": ["Hill Top Primary", "Bradford Academy"],
              "individual": ["individual"], "business": ["Yorkshire Water", "Bradford Bulls", "Local Rotary"]}
    donations = []
    for _ in range(900):
        dtype = rng.choices(DONOR_TYPES, [35, 15, 10, 30, 10])[0]
        weight = rng.uniform(50, 400) if dtype == "supermarket" else rng.uniform(2, 60)
        donations.append((len(donations) + 1, dtype, rng.choice(donors[dtype]),
                          rng.choices(CENTRES, [35, 25, 25, 15])[0], _day(rng), round(weight, 1),
                          dtype == "individual" and rng.random() < 0.5))
    _insert(con, "households", households)
    _insert(con, "parcels", parcels)
    _insert(con, "donations", donations)
    con.close()


# --------------------------------------------------------------------------------------------------- baths
POOLS = [  # pool_name, area, length_m, opened_year, has_sauna
    ("Victoria Baths", "Central", 33, 1906, True), ("Moss Lane Leisure Pool", "North", 25, 1978, False),
    ("Parkside Pool", "South", 25, 1994, True), ("Harbour Lido", "East", 50, 1937, False),
    ("Kingsway Aquatics Centre", "West", 50, 2012, True),
]
MEMBERSHIPS = ["adult", "junior", "senior", "concession"]
SESSIONS = ["lane swim", "public swim", "aqua fit", "lessons"]


def build_baths(path: Path | str) -> None:
    """pools (5), members (400, birth_year; left_on NULL while still a member), swims (declared FKs, rating)."""
    rng = random.Random(2904)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE pools(pool_id INTEGER PRIMARY KEY, pool_name VARCHAR, area VARCHAR,
        length_m INTEGER, opened_year INTEGER, has_sauna BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, membership_type VARCHAR, monthly_fee DOUBLE, joined_on DATE,
        left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE swims(swim_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), pool_id INTEGER REFERENCES pools(pool_id),
        checked_in_at TIMESTAMP, session_type VARCHAR, minutes INTEGER, lengths INTEGER, rating INTEGER)""")
    pools = [(i, *p) for i, p in enumerate(POOLS, start=1)]
    fees = {"adult": 34.0, "junior": 18.0, "senior": 22.0, "concession": 15.0}
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, 400), start=1):
        born = rng.randint(1940, 2016)
        mtype = "junior" if born >= 2007 else "senior" if born <= 1959 else rng.choices(
            ["adult", "concession"], [80, 20])[0]
        joined = _day(rng, dt.date(2020, 1, 1), 1700)
        left = joined + dt.timedelta(days=rng.randint(90, 900)) if rng.random() < 0.3 else None
        left = left if left is not None and left <= dt.date(2024, 12, 31) else None
        members.append((mid, first, last, born, mtype, fees[mtype], joined, left))
    swims = []
    for _ in range(6000):
        m = rng.choice(members)
        last_day = m[7] or dt.date(2024, 12, 31)
        first_day = max(m[6], START)
        if last_day <= first_day:
            continue
        day = _day(rng, first_day, (last_day - first_day).days + 1)
        pool = rng.choices(pools, [25, 20, 20, 10, 25])[0]
        session = "lessons" if m[4] == "junior" and rng.random() < 0.6 else rng.choices(SESSIONS, [45, 30, 20, 5])[0]
        minutes = rng.randint(25, 90)
        lengths = rng.randint(10, 80) * 25 // pool[3] if session == "lane swim" else rng.randint(0, 20)
        rating = rng.randint(1, 5) if rng.random() < 0.35 else None
        swims.append((len(swims) + 1, m[0], pool[0], _at(day, rng.randint(6, 21), rng.randrange(60)), session,
                      minutes, lengths, rating))
    _insert(con, "pools", pools)
    _insert(con, "members", members)
    _insert(con, "swims", swims)
    con.close()


# ------------------------------------------------------------------------------------------------- parking
ZONES = ["A", "B", "C", "D", "E"]
STREETS = {"A": ["High Street", "Market Square"], "B": ["Station Road", "Church Lane"],
           "C": ["Queens Road", "Park Avenue"], "D": ["Mill Lane", "Victoria Street"],
           "E": ["Hospital Road", "College Way"]}
CONTRAVENTIONS = {"expired meter": 50.0, "no permit": 70.0, "double yellow": 70.0, "loading bay": 70.0,
                  "disabled bay": 110.0, "bus lane": 90.0}
MAKES = ["Ford", "Vauxhall", "Volkswagen", "Toyota", "BMW", "Nissan", "Kia", "Tesla"]


def build_parking(path: Path | str) -> None:
    """officers (16), tickets (2022-2024, declared FK; paid_on NULL if unpaid; appeal_upheld NULL if no appeal)."""
    rng = random.Random(2905)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE officers(officer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, home_zone VARCHAR, hired_on DATE, is_full_time BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tickets(ticket_id INTEGER PRIMARY KEY,
        officer_id INTEGER REFERENCES officers(officer_id), issued_at TIMESTAMP, zone VARCHAR, street VARCHAR,
        contravention VARCHAR, vehicle_make VARCHAR, fine_amount DOUBLE, amount_paid DOUBLE, paid_on DATE,
        appealed BOOLEAN, appeal_upheld BOOLEAN)""")
    officers = []
    for oid, (first, last) in enumerate(_unique_names(rng, 16), start=1):
        officers.append((oid, first, last, ZONES[(oid - 1) % 5], _day(rng, dt.date(2012, 1, 1), 3600),
                         rng.random() < 0.7))
    weights = [rng.uniform(0.5, 2.0) * (1.0 if o[5] else 0.5) for o in officers]
    tickets = []
    for _ in range(5000):
        off = rng.choices(officers, weights)[0]
        zone = off[3] if rng.random() < 0.7 else rng.choice(ZONES)
        day = _day(rng)
        kind = rng.choices(list(CONTRAVENTIONS), [35, 20, 20, 10, 5, 10])[0]
        fine = CONTRAVENTIONS[kind]
        appealed = rng.random() < 0.12
        upheld = (rng.random() < 0.35) if appealed else None
        paid_on, paid = None, None
        if not upheld and rng.random() < 0.8:
            delay = rng.randint(1, 60)
            paid_on = day + dt.timedelta(days=delay)
            paid = fine / 2 if delay <= 14 else fine
        tickets.append((len(tickets) + 1, off[0], _at(day, rng.randint(7, 21), rng.randrange(60)), zone,
                        rng.choice(STREETS[zone]), kind, rng.choice(MAKES), fine, paid, paid_on, appealed, upheld))
    _insert(con, "officers", officers)
    _insert(con, "tickets", tickets)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "waste": build_waste,
    "passport": build_passport,
    "foodbank": build_foodbank,
    "baths": build_baths,
    "parking": build_parking,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval29-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval29-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval29-dbs"))
