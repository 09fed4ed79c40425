"""Builders of the ninth held-out evaluation corpus: five DuckDB files in domains no earlier corpus used.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `marina.duckdb`: owners (date_of_birth), boats, berth_rentals (nullable end_date while ongoing; declared FKs)
- `langschool.duckdb`: students (birth_year), courses, enrollments (nullable final_score; declared FKs)
- `vending.duckdb`: machines, vend_txns (abbreviated names: mach_id, loc_nm, qty, unit_prc, amt, txn_ts;
  vend_txns.mach_id is NOT a declared foreign key)
- `bloodbank.duckdb`: one wide `donations` table (nullable hemoglobin and issued_date, booleans)
- `podcasts.duckdb`: shows, episodes (camelCase names, publishedAt TIMESTAMP, nullable avgRating; declared FK)

Usage:
    python eval9/datasets.py OUTDIR

Example:
    >>> from eval9.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval9-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['bloodbank.duckdb', 'langschool.duckdb', 'marina.duckdb', 'podcasts.duckdb', 'vending.duckdb']
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


FIRST = ["Alice", "Bruno", "Chloe", "Diego", "Emma", "Felix", "Grace", "Henrik", "Isla", "Jakob", "Kenji", "Leah",
         "Marco", "Nadia", "Oscar", "Paula", "Rafael", "Sara", "Theo", "Ursula", "Victor", "Wendy", "Xavier", "Yusuf"]
LAST = ["Andersen", "Brennan", "Castillo", "Dubois", "Eriksen", "Fontaine", "Gruber", "Holm", "Ibarra", "Jovanovic",
        "Kowalski", "Lindqvist", "Marsh", "Nakamura", "Okafor", "Pereira", "Rossi", "Sandoval", "Thornton", "Varga"]

# ------------------------------------------------------------------------------------------------- marina
BOAT_TYPES = ["sailboat", "motor yacht", "catamaran", "rib", "trawler"]
BOAT_NAMES = ["Sea Breeze", "Blue Horizon", "Wanderer", "Osprey", "Calypso", "Northern Star", "Serenity", "Albatross",
              "Mistral", "Salty Dog", "Halcyon", "Kestrel", "Aurora", "Driftwood", "Tidewater", "Marlin", "Odyssey",
              "Pelican", "Sirocco", "Windchaser"]
DOCKS = {"A": 18.0, "B": 22.0, "C": 30.0, "D": 40.0}  # dock -> monthly fee per metre band base


def build_marina(path: Path | str) -> None:
    """owners (110), boats (150, declared FK), berth_rentals (2022-2024, end_date NULL while still moored)."""
    rng = random.Random(901)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE owners(owner_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        date_of_birth DATE, home_city VARCHAR, is_club_member BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE boats(boat_id INTEGER PRIMARY KEY,
        owner_id INTEGER REFERENCES owners(owner_id), boat_name VARCHAR, boat_type VARCHAR, length_m DOUBLE,
        year_built INTEGER, fuel_type VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE berth_rentals(rental_id INTEGER PRIMARY KEY,
        boat_id INTEGER REFERENCES boats(boat_id), dock VARCHAR, berth_no INTEGER, start_date DATE, end_date DATE,
        monthly_fee DOUBLE, liveaboard BOOLEAN)""")
    cities = ["Portsmouth", "Southampton", "Brighton", "Plymouth", "London"]
    owners = []
    for oid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 110), start=1):
        born = _day(rng, dt.date(1950, 1, 1), 365 * 45)
        owners.append((oid, first, last, born, rng.choices(cities, [30, 25, 15, 10, 20])[0], rng.random() < 0.45))
    boats = []
    for bid in range(1, 151):
        btype = rng.choices(BOAT_TYPES, [40, 25, 10, 15, 10])[0]
        lo, hi = {"sailboat": (7, 15), "motor yacht": (10, 24), "catamaran": (9, 16), "rib": (4, 8),
                  "trawler": (10, 18)}[btype]
        fuel = "petrol" if btype == "rib" else rng.choices(["diesel", "petrol", "electric"], [80, 10, 10])[0]
        name = f"{rng.choice(BOAT_NAMES)} {rng.choice(['', 'II', 'III', 'IV'])}".strip()
        boats.append((bid, rng.randint(1, 110), name, btype, round(rng.uniform(lo, hi), 1), rng.randint(1978, 2023),
                      fuel))
    rentals = []
    for boat in boats:
        dock = "D" if boat[4] >= 16 else "C" if boat[4] >= 11 else rng.choice(["A", "B"])
        start = _day(rng, dt.date(2022, 1, 1), 500)
        while start <= dt.date(2024, 12, 31):
            months = rng.choice([1, 3, 6, 12, 12, 24])
            end = start + dt.timedelta(days=30 * months - 1)
            ongoing = end > dt.date(2024, 12, 31)
            fee = round(DOCKS[dock] * boat[4] * rng.uniform(0.95, 1.1), 2)
            rentals.append((len(rentals) + 1, boat[0], dock, rng.randint(1, 40), start, None if ongoing else end,
                            fee, rng.random() < 0.08))
            if ongoing or rng.random() < 0.3:
                break
            start = end + dt.timedelta(days=rng.randint(1, 120))
    _insert(con, "owners", owners)
    _insert(con, "boats", boats)
    _insert(con, "berth_rentals", rentals)
    con.close()


# ------------------------------------------------------------------------------------------ language school
COURSES = [
    # language, level, teacher_name, fee, weekly_hours
    ("Spanish", "A1", "Lucia Moreno", 320.0, 4), ("Spanish", "A2", "Lucia Moreno", 340.0, 4),
    ("Spanish", "B1", "Javier Ortega", 380.0, 6), ("French", "A1", "Claire Martin", 330.0, 4),
    ("French", "B1", "Claire Martin", 390.0, 6), ("French", "C1", "Antoine Leroy", 450.0, 6),
    ("German", "A1", "Katrin Vogel", 310.0, 4), ("German", "A2", "Katrin Vogel", 335.0, 4),
    ("German", "B2", "Stefan Brandt", 420.0, 6), ("Italian", "A1", "Giulia Conti", 300.0, 3),
    ("Italian", "B1", "Giulia Conti", 360.0, 4), ("Japanese", "A1", "Yuki Tanaka", 400.0, 4),
    ("Japanese", "A2", "Yuki Tanaka", 420.0, 4), ("English", "B2", "Oliver Grant", 350.0, 6),
    ("English", "C1", "Oliver Grant", 410.0, 6), ("Portuguese", "A1", "Ana Ribeiro", 290.0, 3),
]
TERMS = [(dt.date(y, m, 1), dt.date(y, m, 1) + dt.timedelta(days=83)) for y in (2022, 2023, 2024) for m in (1, 4, 9)]


def build_langschool(path: Path | str) -> None:
    """students (400, birth_year), courses (one row per course run, 2022-2024), enrollments (declared FKs)."""
    rng = random.Random(902)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE students(student_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, country VARCHAR, signup_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE courses(course_id INTEGER PRIMARY KEY, language VARCHAR, level VARCHAR,
        teacher_name VARCHAR, fee DOUBLE, weekly_hours INTEGER, start_date DATE, end_date DATE, is_online BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE enrollments(enrollment_id INTEGER PRIMARY KEY,
        student_id INTEGER REFERENCES students(student_id), course_id INTEGER REFERENCES courses(course_id),
        enrolled_on DATE, amount_paid DOUBLE, dropped_out BOOLEAN, final_score DOUBLE)""")
    countries = ["Spain", "France", "Germany", "USA", "Brazil", "China", "Poland", "Netherlands"]
    students = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 400), start=1):
        students.append((sid, first, last, rng.randint(1960, 2006),
                         rng.choices(countries, [10, 8, 12, 15, 9, 7, 6, 5])[0], _day(rng, dt.date(2021, 10, 1), 1150)))
    courses = []
    for start, end in TERMS:
        for lang, level, teacher, fee, hours in COURSES:
            if rng.random() < 0.25:
                continue
            courses.append((len(courses) + 1, lang, level, teacher, round(fee * (1 + 0.04 * (start.year - 2022)), 2),
                            hours, start, end, rng.random() < 0.3))
    enrollments = []
    popularity = {"Spanish": 9, "French": 7, "German": 6, "Italian": 4, "Japanese": 5, "English": 8, "Portuguese": 2}
    for course in courses:
        pool = [s for s in students if s[5] <= course[6]]
        for student in rng.sample(pool, min(len(pool), rng.randint(3, popularity[course[1]] + 6))):
            dropped = rng.random() < 0.12
            discount = rng.choice([1.0, 1.0, 1.0, 0.9, 0.8])
            score = None if dropped or rng.random() < 0.05 else round(min(100.0, rng.gauss(74, 11)), 1)
            enrolled = course[6] - dt.timedelta(days=rng.randint(3, 60))
            enrollments.append((len(enrollments) + 1, student[0], course[0], enrolled, round(course[4] * discount, 2),
                                dropped, score))
    _insert(con, "students", students)
    _insert(con, "courses", courses)
    _insert(con, "enrollments", enrollments)
    con.close()


# ------------------------------------------------------------------------------------------------ vending
SITES = [
    # loc_nm, site_typ, city
    ("Central Station Hall", "station", "Leeds"), ("Leeds General Ward 3", "hospital", "Leeds"),
    ("Aire Tower Lobby", "office", "Leeds"), ("Kirkstall Academy", "school", "Leeds"),
    ("Pulse Gym Headingley", "gym", "Leeds"), ("Piccadilly Concourse", "station", "Manchester"),
    ("MRI East Wing", "hospital", "Manchester"), ("Spinningfields Hub", "office", "Manchester"),
    ("Didsbury High", "school", "Manchester"), ("Core Fitness Deansgate", "gym", "Manchester"),
    ("Oxford Road Library", "office", "Manchester"), ("Sheffield Interchange", "station", "Sheffield"),
    ("Northern General A&E", "hospital", "Sheffield"), ("Steel City Offices", "office", "Sheffield"),
    ("Hillsborough College", "school", "Sheffield"), ("York Station Platform 3", "station", "York"),
    ("Minster Business Park", "office", "York"), ("York Leisure Centre", "gym", "York"),
]
PRODUCTS = [
    # prod_nm, prod_cat, unit_prc
    ("Cola 330ml", "drink", 1.5), ("Diet Cola 330ml", "drink", 1.5), ("Still Water 500ml", "drink", 1.0),
    ("Orange Juice", "drink", 1.8), ("Energy Drink", "drink", 2.2), ("Salted Crisps", "snack", 1.1),
    ("Cheese Crackers", "snack", 1.3), ("Protein Bar", "snack", 2.5), ("Trail Mix", "snack", 1.9),
    ("Chocolate Bar", "candy", 1.2), ("Gummy Bears", "candy", 1.0), ("Mint Gum", "candy", 0.8),
]


def build_vending(path: Path | str) -> None:
    """machines (22) and vend_txns (2023-2024, TIMESTAMP txn_ts); vend_txns.mach_id is not a declared FK."""
    rng = random.Random(903)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE machines(mach_id INTEGER PRIMARY KEY, loc_nm VARCHAR, site_typ VARCHAR,
        city VARCHAR, install_dt DATE, is_actv BOOLEAN, mdl VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE vend_txns(txn_id INTEGER PRIMARY KEY, mach_id INTEGER, txn_ts TIMESTAMP,
        prod_nm VARCHAR, prod_cat VARCHAR, qty INTEGER, unit_prc DOUBLE, amt DOUBLE, pay_mthd VARCHAR)""")
    machines = []
    for i, (loc, site, city) in enumerate(SITES, start=1):
        machines.append((i, loc, site, city, _day(rng, dt.date(2019, 1, 1), 1400), True,
                         rng.choice(["VX-200", "VX-300", "SnackPro 5"])))
    for i, (loc, site, city) in enumerate([("Old Mill Offices", "office", "York"),
                                           ("Bramall Lane Stand", "gym", "Sheffield"),
                                           ("Crown Court Foyer", "office", "Leeds"),
                                           ("Withington Clinic", "hospital", "Manchester")], start=len(SITES) + 1):
        machines.append((i, loc, site, city, _day(rng, dt.date(2018, 1, 1), 900), False, "VX-200"))
    weights = [rng.randint(3, 14) for _ in machines]
    txns, first = [], dt.datetime(2023, 1, 1)
    for tid in range(1, 60001):
        mach = rng.choices(machines, weights)[0]
        ts = first + dt.timedelta(days=rng.randrange(731), hours=rng.randint(6, 22), minutes=rng.randrange(60),
                                  seconds=rng.randrange(60))
        if not mach[5] and ts.date() > dt.date(2024, 3, 31):  # retired machines stopped selling in spring 2024
            ts = ts - dt.timedelta(days=366)
        site = mach[2]
        prod_weights = [6, 4, 5 if site != "gym" else 12, 3, 3 if site != "school" else 0, 5, 3,
                        2 if site != "gym" else 9, 2, 5, 3 if site != "hospital" else 1, 2]
        prod = rng.choices(PRODUCTS, prod_weights)[0]
        qty = rng.choices([1, 2, 3], [85, 12, 3])[0]
        price = round(prod[2] * (1.1 if ts.year == 2024 else 1.0), 2)
        pay_weights = [50, 25, 25] if ts.year == 2023 else [50, 15, 35]
        pay = rng.choices(["card", "cash", "mobile"], pay_weights)[0]
        txns.append((tid, mach[0], ts, prod[0], prod[1], qty, price, round(qty * price, 2), pay))
    _insert(con, "machines", machines)
    _insert(con, "vend_txns", txns)
    con.close()


# --------------------------------------------------------------------------------------------- blood bank
BLOOD_TYPES = ["O+", "A+", "B+", "AB+", "O-", "A-", "B-", "AB-"]
BLOOD_WEIGHTS = [38, 34, 9, 3, 7, 6, 2, 1]
CENTERS = {"Riverside Center": "North", "Harbor View Clinic": "South", "Downtown Donor Hub": "Central",
           "University Drive": "East", "Mobile Unit 1": "West", "Mobile Unit 2": "North"}


def build_bloodbank(path: Path | str) -> None:
    """One wide donations table, 2022-2024: donor, blood type, site, volume, nullable hemoglobin and issued_date."""
    rng = random.Random(904)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE donations(donation_id INTEGER PRIMARY KEY, donation_date DATE,
        donor_id INTEGER, donor_name VARCHAR, donor_sex VARCHAR, blood_type VARCHAR, collection_site VARCHAR,
        region VARCHAR, donation_type VARCHAR, volume_ml INTEGER, hemoglobin_g_dl DOUBLE, first_time_donor BOOLEAN,
        adverse_reaction BOOLEAN, issued_date DATE, discarded BOOLEAN)""")
    donors = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 320), start=1):
        donors.append((did, f"{first} {last}", rng.choice(["F", "M"]), rng.choices(BLOOD_TYPES, BLOOD_WEIGHTS)[0],
                       rng.choices(list(CENTERS), [25, 18, 22, 12, 13, 10])[0], rng.randint(1, 12)))
    rows = []
    for did, name, sex, btype, home, freq in donors:
        for _ in range(rng.randint(1, freq)):
            day = _day(rng, dt.date(2022, 1, 1), 1096)
            kind = rng.choices(["whole blood", "plasma", "platelets"], [70, 20, 10])[0]
            volume = {"whole blood": 470, "plasma": 690, "platelets": 250}[kind] + rng.randint(-20, 20)
            site = home if rng.random() < 0.8 else rng.choice(list(CENTERS))
            hb = None if rng.random() < 0.07 else round(rng.gauss(13.2 if sex == "F" else 14.8, 1.0), 1)
            discarded = rng.random() < 0.04
            issued = None
            if not discarded and rng.random() < 0.85:
                issued = day + dt.timedelta(days=rng.randint(1, 35 if kind == "whole blood" else 5))
                issued = None if issued > dt.date(2024, 12, 31) else issued
            rows.append([day, did, name, sex, btype, site, CENTERS[site], kind, volume, hb, False,
                         rng.random() < 0.03, issued, discarded])
    rows.sort(key=lambda r: (r[0], r[1]))
    first_seen: set[int] = set()
    for r in rows:  # first_time_donor is true on each donor's earliest donation only
        r[10] = r[1] not in first_seen
        first_seen.add(r[1])
    _insert(con, "donations", [(i, *r) for i, r in enumerate(rows, start=1)])
    con.close()


# ----------------------------------------------------------------------------------------------- podcasts
SHOWS = [
    # showTitle, genre, hostName, launchDate, isExplicit, episodes per month, mean downloads
    ("Night Shift Stories", "true crime", "Megan Hale", dt.date(2019, 3, 4), True, 4, 42000),
    ("Cold Case Files Weekly", "true crime", "Darius Webb", dt.date(2021, 9, 13), True, 4, 28000),
    ("Market Movers", "business", "Priya Shah", dt.date(2020, 1, 6), False, 8, 15000),
    ("The Founder Hour", "business", "Tom Adeyemi", dt.date(2022, 2, 1), False, 4, 9000),
    ("Laugh Track", "comedy", "Benny Russo", dt.date(2018, 6, 1), True, 4, 33000),
    ("Dad Jokes Daily", "comedy", "Chris Nolan-Price", dt.date(2022, 5, 2), False, 12, 6000),
    ("Deep Space Digest", "science", "Amira Khalil", dt.date(2019, 11, 11), False, 2, 21000),
    ("Lab Notes", "science", "Jonas Berg", dt.date(2023, 1, 16), False, 4, 7500),
    ("Full Time Whistle", "sports", "Gareth Owens", dt.date(2020, 8, 10), False, 8, 18000),
    ("Court Vision", "sports", "Kendra Miles", dt.date(2021, 10, 18), False, 4, 11000),
    ("Mindful Minutes", "health", "Rosa Delgado", dt.date(2020, 4, 1), False, 8, 8000),
    ("History Unboxed", "history", "Edward Lyle", dt.date(2018, 2, 5), False, 2, 26000),
]


def build_podcasts(path: Path | str) -> None:
    """shows (12) and episodes (2022-2024, publishedAt TIMESTAMP, nullable avgRating), camelCase names."""
    rng = random.Random(905)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE shows("showId" INTEGER PRIMARY KEY, "showTitle" VARCHAR, genre VARCHAR,
        "hostName" VARCHAR, "launchDate" DATE, "isExplicit" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE episodes("episodeId" INTEGER PRIMARY KEY,
        "showId" INTEGER REFERENCES shows("showId"), "episodeNumber" INTEGER, "episodeTitle" VARCHAR,
        "publishedAt" TIMESTAMP, "durationMinutes" INTEGER, downloads INTEGER, "avgRating" DOUBLE,
        "hasSponsor" BOOLEAN, "adRevenue" DOUBLE)""")
    shows = [(i, s[0], s[1], s[2], s[3], s[4]) for i, s in enumerate(SHOWS, start=1)]
    episodes = []
    topics = ["Origins", "The Interview", "Listener Mailbag", "Deep Dive", "Special", "Roundtable", "Q&A", "Recap"]
    for sid, (_, genre, _, launch, _, per_month, mean) in enumerate(SHOWS, start=1):
        start = max(launch, dt.date(2022, 1, 1))
        number = (start - launch).days * per_month // 30
        day = start
        while day <= dt.date(2024, 12, 31):
            number += 1
            ts = dt.datetime.combine(day, dt.time(rng.choice([5, 6, 7, 12, 17]), rng.choice([0, 0, 30])))
            growth = 1 + 0.15 * (day.year - 2022)
            downloads = max(200, int(rng.gauss(mean * growth, mean * 0.25)))
            duration = max(8, int(rng.gauss({"comedy": 55, "business": 38, "science": 45, "health": 20}
                                             .get(genre, 50), 9)))
            rating = None if rng.random() < 0.15 else round(min(5.0, rng.gauss(4.1, 0.45)), 2)
            sponsor = rng.random() < (0.6 if mean > 15000 else 0.3)
            revenue = round(downloads / 1000 * rng.uniform(18, 30), 2) if sponsor else 0.0
            episodes.append((len(episodes) + 1, sid, number, f"{rng.choice(topics)} #{number}", ts, duration,
                             downloads, rating, sponsor, revenue))
            day = day + dt.timedelta(days=max(2, round(30 / per_month) + rng.randint(-1, 1)))
    _insert(con, "shows", shows)
    _insert(con, "episodes", episodes)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "marina": build_marina,
    "langschool": build_langschool,
    "vending": build_vending,
    "bloodbank": build_bloodbank,
    "podcasts": build_podcasts,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval9-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval9-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval9-dbs"))
