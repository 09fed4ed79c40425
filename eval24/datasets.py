"""Builders of the eval24 development corpus: five DuckDB files in domains no other corpus uses.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `lounges.duckdb`: airport lounges, members (birth_year, tier), visits (TIMESTAMP check-in/out, nullable
  check-out and rating; declared FKs)
- `skischool.duckdb`: instructors (date_of_birth, left_on NULL while employed), lessons (declared FK, cancelled flag)
- `bikeshop.duckdb`: custs and repair_jobs (abbreviated names; repair_jobs.cust_id is NOT a declared foreign key;
  done_ts NULL while the job is open)
- `cottages.duckdb`: cottages, guests, bookings (arrival/departure dates, nullable review_score; declared FKs)
- `balloons.duckdb`: pilots and flights (declared FK, nullable max_altitude_ft when a flight did not go up)

Usage:
    python eval24/datasets.py OUTDIR

Example:
    >>> from eval24.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval24-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['balloons.duckdb', 'bikeshop.duckdb', 'cottages.duckdb', 'lounges.duckdb', 'skischool.duckdb']
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


def _day(rng: random.Random, start: dt.date, span_days: int) -> dt.date:
    """A random day in [start, start + span_days)."""
    return start + dt.timedelta(days=rng.randrange(span_days))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amelia", "Bastian", "Carla", "Dmitri", "Elena", "Finn", "Greta", "Hugo", "Ines", "Jonas", "Kaia", "Luca",
         "Maja", "Nils", "Olivia", "Pablo", "Quinn", "Rosa", "Stefan", "Tilda", "Ulrich", "Vera", "Wim", "Zoe"]
LAST = ["Abbott", "Berger", "Costa", "Dahl", "Engel", "Fischer", "Gallo", "Hansen", "Iversen", "Jensen", "Keller",
        "Larsen", "Meier", "Novak", "Olsen", "Petrov", "Quist", "Richter", "Schulz", "Tanner", "Weber", "Young"]

# -------------------------------------------------------------------------------------------- airport lounges
LOUNGES = [
    # lounge_name, airport_code, terminal, operator, capacity, has_showers
    ("Skyview Lounge", "LHR", "T5", "Aspire", 220, True), ("Horizon Club", "LHR", "T3", "Plaza Premium", 180, True),
    ("Northern Lights", "MAN", "T1", "Aspire", 120, False), ("Gatwick Escape", "LGW", "North", "Escape", 150, False),
    ("Atlantic Suite", "DUB", "T2", "Plaza Premium", 90, True), ("Alpine Rest", "ZRH", "A", "Swissport", 140, True),
    ("Canal View", "AMS", "Lounge 2", "Aspire", 160, False), ("Rhine Terrace", "FRA", "T1", "Swissport", 200, True),
    ("Tagus Lounge", "LIS", "T1", "Escape", 70, False), ("Aegean Deck", "ATH", "Main", "Plaza Premium", 110, False),
]
TIERS = {"Silver": 50, "Gold": 35, "Platinum": 15}


def build_lounges(path: Path | str) -> None:
    """lounges (10), members (420, birth_year), visits (2023-2024; NULL checkout_at and rating; declared FKs)."""
    rng = random.Random(2401)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE lounges(lounge_id INTEGER PRIMARY KEY, lounge_name VARCHAR,
        airport_code VARCHAR, terminal VARCHAR, operator VARCHAR, capacity INTEGER, has_showers BOOLEAN,
        opened_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, tier VARCHAR, home_country VARCHAR, joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE visits(visit_id INTEGER PRIMARY KEY,
        lounge_id INTEGER REFERENCES lounges(lounge_id), member_id INTEGER REFERENCES members(member_id),
        checkin_at TIMESTAMP, checkout_at TIMESTAMP, guests INTEGER, spend_eur DOUBLE, flight_delayed BOOLEAN,
        rating INTEGER)""")
    lounges = [(i, *row[:6], _day(rng, dt.date(2009, 1, 1), 4000)) for i, row in enumerate(LOUNGES, start=1)]
    countries = ["United Kingdom", "Ireland", "Germany", "Switzerland", "Netherlands", "Portugal", "Greece", "USA"]
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1):
        members.append((mid, first, last, rng.randint(1952, 2003), rng.choices(list(TIERS), list(TIERS.values()))[0],
                        rng.choices(countries, [30, 8, 15, 8, 10, 6, 5, 18])[0], _day(rng, dt.date(2016, 1, 1), 2900)))
    weights = [row[4] for row in LOUNGES]
    visits = []
    for vid in range(1, 9001):
        member = rng.choice(members)
        lounge = rng.choices(lounges, weights)[0]
        checkin = dt.datetime(2023, 1, 1) + dt.timedelta(days=rng.randrange(731), hours=rng.randint(5, 21),
                                                         minutes=rng.randrange(60))
        delayed = rng.random() < 0.18
        stay = rng.randint(25, 150) + (rng.randint(30, 120) if delayed else 0)
        checkout = None if rng.random() < 0.07 else checkin + dt.timedelta(minutes=stay)
        guests = rng.choices([0, 1, 2, 3], [55, 30, 11, 4])[0]
        spend = round(rng.uniform(0, 18) * (1 + guests) + (12 if member[4] == "Silver" else 0), 2)
        rating = None if rng.random() < 0.55 else rng.choices([1, 2, 3, 4, 5], [4, 8, 20, 38, 30])[0]
        visits.append((vid, lounge[0], member[0], checkin, checkout, guests, spend, delayed, rating))
    _insert(con, "lounges", lounges)
    _insert(con, "members", members)
    _insert(con, "visits", visits)
    con.close()


# ----------------------------------------------------------------------------------------------- ski school
RESORTS = {"Verbier": 1.15, "Zermatt": 1.3, "St. Anton": 1.0, "Chamonix": 1.05, "Lech": 1.2}
LESSON_TYPES = {"private": (1, 2, 95.0), "group": (4, 10, 38.0), "kids club": (5, 12, 32.0)}


def build_skischool(path: Path | str) -> None:
    """instructors (45, date_of_birth, left_on NULL while employed), lessons (winters 2022-2024, declared FK)."""
    rng = random.Random(2402)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE instructors(instructor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, cert_level VARCHAR, home_resort VARCHAR, hired_on DATE, left_on DATE,
        speaks_french BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE lessons(lesson_id INTEGER PRIMARY KEY,
        instructor_id INTEGER REFERENCES instructors(instructor_id), resort VARCHAR, lesson_date DATE,
        discipline VARCHAR, lesson_type VARCHAR, skill_level VARCHAR, hours DOUBLE, participants INTEGER,
        price_chf DOUBLE, cancelled BOOLEAN)""")
    instructors = []
    for iid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 45), start=1):
        hired = _day(rng, dt.date(2012, 9, 1), 3700)
        left = None if rng.random() < 0.7 else min(hired + dt.timedelta(days=rng.randint(200, 2000)),
                                                   dt.date(2024, 11, 30))
        if left is not None and left <= hired:
            left = None
        instructors.append((iid, first, last, _day(rng, dt.date(1962, 1, 1), 365 * 40),
                            rng.choices(["Level 1", "Level 2", "Level 3", "Level 4"], [25, 35, 28, 12])[0],
                            rng.choice(list(RESORTS)), hired, left, rng.random() < 0.4))
    lessons = []
    for year in (2022, 2023, 2024):
        for season_start, span in ((dt.date(year, 1, 2), 105), (dt.date(year, 12, 1), 30)):
            for _ in range(900 if span > 50 else 260):
                day = _day(rng, season_start, span)
                active = [i for i in instructors if i[6] <= day and (i[7] is None or i[7] > day)]
                inst = rng.choice(active)
                ltype = rng.choices(list(LESSON_TYPES), [40, 40, 20])[0]
                lo, hi, base = LESSON_TYPES[ltype]
                hours = rng.choice([1.0, 2.0, 2.0, 3.0, 4.0]) if ltype == "private" else rng.choice([2.0, 3.0, 4.0])
                people = rng.randint(lo, hi)
                resort = inst[5] if rng.random() < 0.8 else rng.choice(list(RESORTS))
                heads = people if ltype != "private" else 1 + 0.3 * (people - 1)
                price = round(base * hours * RESORTS[resort] * heads * rng.uniform(0.95, 1.05), 2)
                lessons.append((len(lessons) + 1, inst[0], resort, day,
                                rng.choices(["ski", "snowboard", "telemark"], [70, 26, 4])[0], ltype,
                                rng.choices(["beginner", "intermediate", "advanced"], [45, 38, 17])[0], hours, people,
                                price, rng.random() < 0.06))
    _insert(con, "instructors", instructors)
    _insert(con, "lessons", lessons)
    con.close()


# ------------------------------------------------------------------------------------------ bike repair shop
SERVICES = {"tune-up": (60, 0, 25), "flat fix": (15, 8, 20), "brake service": (45, 15, 60),
            "drivetrain": (75, 40, 160), "wheel build": (120, 60, 220), "e-bike diagnostics": (50, 0, 120)}
MECHANICS = ["Sam", "Priya", "Tomas", "Lena", "Ravi"]


def build_bikeshop(path: Path | str) -> None:
    """custs (400) and repair_jobs (2023-2024, TIMESTAMP rcvd_ts/done_ts); repair_jobs.cust_id is not declared."""
    rng = random.Random(2403)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE custs(cust_id INTEGER PRIMARY KEY, cust_nm VARCHAR, city VARCHAR,
        is_member BOOLEAN, signup_dt DATE)""")
    con.execute("""CREATE OR REPLACE TABLE repair_jobs(job_id INTEGER PRIMARY KEY, cust_id INTEGER, bike_typ VARCHAR,
        svc_typ VARCHAR, mechanic VARCHAR, rcvd_ts TIMESTAMP, done_ts TIMESTAMP, labour_min INTEGER,
        parts_cost DOUBLE, labour_cost DOUBLE, is_warranty BOOLEAN, status VARCHAR)""")
    cities = ["Utrecht", "Amsterdam", "Rotterdam", "Haarlem", "Leiden"]
    custs = [(cid, f"{first} {last}", rng.choices(cities, [35, 25, 15, 15, 10])[0], rng.random() < 0.3,
              _day(rng, dt.date(2019, 3, 1), 2100))
             for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 400), start=1)]
    jobs = []
    end = dt.datetime(2024, 12, 31, 18, 0)
    for jid in range(1, 5201):
        cust = rng.choice(custs)
        svc = rng.choices(list(SERVICES), [30, 25, 18, 12, 5, 10])[0]
        bike = "e-bike" if svc == "e-bike diagnostics" else rng.choices(
            ["city", "road", "mountain", "gravel", "e-bike", "kids"], [35, 20, 15, 10, 15, 5])[0]
        minutes, parts_lo, parts_hi = SERVICES[svc]
        rcvd = dt.datetime(2023, 1, 2) + dt.timedelta(days=rng.randrange(729), hours=rng.randint(8, 17),
                                                      minutes=rng.randrange(60))
        labour = max(10, int(rng.gauss(minutes, minutes * 0.25)))
        done = rcvd + dt.timedelta(hours=rng.randint(1, 96))
        status = rng.choices(["collected", "ready", "cancelled"], [85, 9, 6])[0]
        if done > end:
            done, status = None, "open"
        elif status == "cancelled":
            done = None
        warranty = rng.random() < 0.08
        parts = round(rng.uniform(parts_lo, parts_hi), 2) if parts_hi else 0.0
        labour_cost = 0.0 if warranty else round(labour * 1.1, 2)
        jobs.append((jid, cust[0], bike, svc, rng.choices(MECHANICS, [25, 25, 20, 20, 10])[0], rcvd, done,
                     labour if status != "cancelled" else 0, parts if status != "cancelled" else 0.0,
                     labour_cost if status != "cancelled" else 0.0, warranty, status))
    _insert(con, "custs", custs)
    _insert(con, "repair_jobs", jobs)
    con.close()


# -------------------------------------------------------------------------------------- holiday cottages
COTTAGES = [
    # cottage_name, region, bedrooms, pets_allowed, has_hot_tub, nightly_rate
    ("Rose Cottage", "Cornwall", 2, True, False, 145.0), ("Harbour Loft", "Cornwall", 1, False, False, 110.0),
    ("Gull's Rest", "Cornwall", 3, True, True, 210.0), ("Fellside Barn", "Lake District", 4, True, True, 265.0),
    ("Tarn View", "Lake District", 2, False, True, 175.0), ("Keswick Nook", "Lake District", 1, True, False, 98.0),
    ("Honeystone House", "Cotswolds", 5, False, True, 340.0), ("Old Forge", "Cotswolds", 3, True, False, 195.0),
    ("Dale End", "Yorkshire Dales", 3, True, False, 160.0), ("Swaledale Byre", "Yorkshire Dales", 2, True, True, 150.0),
    ("Eryri Lodge", "Snowdonia", 4, False, True, 230.0), ("Slate Cottage", "Snowdonia", 2, True, False, 120.0),
    ("Marsh Mill", "Norfolk", 3, False, False, 185.0), ("Wherry Cottage", "Norfolk", 2, True, False, 135.0),
]


def build_cottages(path: Path | str) -> None:
    """cottages (14), guests (450, date_of_birth), bookings (arrivals 2022-2024; NULL review_score; declared FKs)."""
    rng = random.Random(2404)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE cottages(cottage_id INTEGER PRIMARY KEY, cottage_name VARCHAR,
        region VARCHAR, bedrooms INTEGER, pets_allowed BOOLEAN, has_hot_tub BOOLEAN, nightly_rate DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE guests(guest_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        date_of_birth DATE, country VARCHAR, repeat_guest BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        cottage_id INTEGER REFERENCES cottages(cottage_id), guest_id INTEGER REFERENCES guests(guest_id),
        booked_at TIMESTAMP, arrival_date DATE, departure_date DATE, party_size INTEGER, has_dog BOOLEAN,
        channel VARCHAR, status VARCHAR, total_price DOUBLE, review_score DOUBLE)""")
    cottages = [(i, *row) for i, row in enumerate(COTTAGES, start=1)]
    countries = ["England", "Scotland", "Wales", "Ireland", "Germany", "Netherlands", "USA"]
    guests = [(gid, first, last, _day(rng, dt.date(1945, 1, 1), 365 * 57),
               rng.choices(countries, [55, 10, 8, 6, 8, 7, 6])[0], rng.random() < 0.25)
              for gid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 450), start=1)]
    bookings = []
    for bid in range(1, 3601):
        cottage = rng.choice(cottages)
        guest = rng.choice(guests)
        arrival = _day(rng, dt.date(2022, 1, 1), 1096)
        nights = rng.choices([2, 3, 4, 5, 7, 10, 14], [12, 18, 14, 10, 30, 8, 8])[0]
        season = 1.35 if arrival.month in (7, 8) else 1.15 if arrival.month in (6, 9, 12) else 1.0
        booked = dt.datetime.combine(arrival, dt.time(0)) - dt.timedelta(days=rng.randint(3, 240),
                                                                         hours=rng.randint(0, 23))
        status = "cancelled" if rng.random() < 0.09 else "completed"
        dog = cottage[4] and rng.random() < 0.35
        price = round(cottage[6] * nights * season + (25.0 if dog else 0.0), 2)
        review = None if status == "cancelled" or rng.random() < 0.4 else round(min(10.0, rng.gauss(8.4, 1.1)), 1)
        bookings.append((bid, cottage[0], guest[0], booked, arrival, arrival + dt.timedelta(days=nights),
                         rng.randint(1, 2 * cottage[3]), dog,
                         rng.choices(["direct", "Airbnb", "Booking.com", "Vrbo"], [35, 30, 25, 10])[0], status, price,
                         review))
    _insert(con, "cottages", cottages)
    _insert(con, "guests", guests)
    _insert(con, "bookings", bookings)
    con.close()


# ------------------------------------------------------------------------------------------ hot air balloons
SITES = ["Ashton Court", "Longleat", "Castle Howard", "Stratford", "Ludlow"]
FLIGHT_TYPES = {"sunrise": 189.0, "sunset": 179.0, "private": 420.0, "champagne": 239.0}


def build_balloons(path: Path | str) -> None:
    """pilots (16, licensed_year), flights (2022-2024, NULL max_altitude_ft unless flown; declared FK)."""
    rng = random.Random(2405)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE pilots(pilot_id INTEGER PRIMARY KEY, pilot_name VARCHAR,
        licensed_year INTEGER, birth_year INTEGER, is_chief_pilot BOOLEAN, base_site VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE flights(flight_id INTEGER PRIMARY KEY,
        pilot_id INTEGER REFERENCES pilots(pilot_id), launch_site VARCHAR, flight_date DATE, takeoff_at TIMESTAMP,
        flight_type VARCHAR, status VARCHAR, passengers INTEGER, ticket_price DOUBLE, duration_min INTEGER,
        max_altitude_ft INTEGER, balloon_reg VARCHAR)""")
    pilots = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 16), start=1):
        born = rng.randint(1960, 1995)
        pilots.append((pid, f"{first} {last}", rng.randint(born + 22, 2021), born, pid in (3, 9), SITES[pid % 5]))
    regs = ["G-BLUE", "G-SKYE", "G-OWLS", "G-DAWN", "G-FIZZ", "G-HOPS"]
    flights = []
    for fid in range(1, 2401):
        pilot = rng.choice(pilots)
        site = pilot[5] if rng.random() < 0.75 else rng.choice(SITES)
        day = _day(rng, dt.date(2022, 3, 1), 1035)
        if day.month in (1, 2, 12):
            day = day.replace(month=rng.choice([5, 6, 7, 8]), day=min(day.day, 28))
        ftype = rng.choices(list(FLIGHT_TYPES), [40, 35, 10, 15])[0]
        hour = rng.randint(5, 6) if ftype in ("sunrise", "champagne") else rng.randint(17, 19)
        takeoff = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 15, 30, 45])))
        status = rng.choices(["flown", "weather cancelled", "rescheduled"], [78, 15, 7])[0]
        pax = rng.randint(1, 2) if ftype == "private" else rng.randint(4, 16)
        price = round(FLIGHT_TYPES[ftype] * pax * rng.uniform(0.9, 1.05), 2)
        flown = status == "flown"
        flights.append((fid, pilot[0], site, day, takeoff, ftype, status, pax, price,
                        rng.randint(45, 80) if flown else None,
                        (rng.randint(15, 55) * 100) if flown and rng.random() < 0.92 else None, rng.choice(regs)))
    _insert(con, "pilots", pilots)
    _insert(con, "flights", flights)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "lounges": build_lounges,
    "skischool": build_skischool,
    "bikeshop": build_bikeshop,
    "cottages": build_cottages,
    "balloons": build_balloons,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval24-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval24-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval24-dbs"))
