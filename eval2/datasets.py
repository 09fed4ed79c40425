"""Second held-out evaluation corpus: five deterministic DuckDB databases of different shapes and domains.

Each builder writes one DuckDB file from a fixed seed, so the same file comes out on every machine:
- `hotel`: hotels + bookings (declared foreign key, a boolean, dates, a derived price per night);
- `school`: students + courses + enrollments (foreign keys NOT declared, text terms like '2022-Fall');
- `webshop_events`: one wide event table with a TIMESTAMP column and NULL revenue outside purchases;
- `realestate`: one listings table with nullable sold_date / sold_price;
- `fleet`: PascalCase Vehicles + Trips (declared foreign key, TIMESTAMP start times).

Usage: python eval2/datasets.py OUTDIR  -> OUTDIR/{hotel,school,webshop_events,realestate,fleet}.duckdb

Example:
    >>> from eval2.datasets import build_all      # doctest: +SKIP
    >>> build_all("/tmp/eval2-dbs")                # builds only the missing files
    PosixPath('/tmp/eval2-dbs')
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    """Bulk-insert tuples into `table` (columns in declaration order)."""
    cols = [r[0] for r in con.execute(f'DESCRIBE "{table}"').fetchall()]
    con.register("frame", pd.DataFrame(rows, columns=cols))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date, days: int) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(days))


# ----------------------------------------------------------------------------------------------------- hotel
HOTEL_CITIES = [
    ("Paris", "France"), ("Lyon", "France"), ("Nice", "France"), ("Rome", "Italy"), ("Milan", "Italy"),
    ("Barcelona", "Spain"), ("Madrid", "Spain"), ("Berlin", "Germany"), ("Munich", "Germany"),
    ("Lisbon", "Portugal"), ("Amsterdam", "Netherlands"), ("Vienna", "Austria"), ("New York", "USA"),
    ("San Francisco", "USA"),
]
HOTEL_WORDS = ["Grand", "Royal", "Park", "Central", "Harbor", "Garden", "Riverside", "Plaza", "Palace",
               "Boutique", "City", "Old Town", "Station", "Skyline", "Seaside"]
ROOM_TYPES = {"Single": 0.8, "Double": 1.0, "Twin": 1.0, "Family Room": 1.4, "Suite": 2.2}
CHANNELS = {"Direct": 0.08, "Booking.com": 0.22, "Expedia": 0.18, "Travel Agent": 0.12, "Corporate": 0.05}
GUEST_COUNTRIES = ["France", "Germany", "United Kingdom", "USA", "Italy", "Spain", "Netherlands", "China",
                   "Japan", "Brazil", "Canada", "Australia"]


def build_hotel(path: Path | str) -> None:
    """hotels(40) and bookings(~9000), 2022-2024, with a declared foreign key."""
    rng = random.Random(9101)
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE hotels(hotel_id INTEGER PRIMARY KEY, hotel_name VARCHAR, city VARCHAR,
        country VARCHAR, stars INTEGER)""")
    con.execute("""CREATE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        hotel_id INTEGER REFERENCES hotels(hotel_id), guest_country VARCHAR, check_in DATE, nights INTEGER,
        room_type VARCHAR, rate_per_night DOUBLE, total_price DOUBLE, channel VARCHAR, is_cancelled BOOLEAN)""")
    hotels, names = [], set()
    for hid in range(1, 41):
        city, country = HOTEL_CITIES[(hid - 1) % len(HOTEL_CITIES)] if hid <= 28 else rng.choice(HOTEL_CITIES)
        name = f"Hotel {rng.choice(HOTEL_WORDS)} {city}"
        while name in names:
            name = f"{rng.choice(HOTEL_WORDS)} {rng.choice(['Inn', 'Suites', 'Lodge', 'Residence'])} {city}"
        names.add(name)
        hotels.append((hid, name, city, country, rng.choices([2, 3, 4, 5], [10, 35, 40, 15])[0]))
    weights = [rng.uniform(0.4, 2.5) for _ in hotels]
    bookings = []
    for bid in range(1, 9001):
        hotel = rng.choices(hotels, weights)[0]
        check_in = _day(rng, dt.date(2022, 1, 1), 1096)
        room = rng.choices(list(ROOM_TYPES), [15, 40, 20, 12, 8])[0]
        season = 1.25 if check_in.month in (6, 7, 8, 12) else 1.0
        rate = round((40 + 32 * hotel[4]) * ROOM_TYPES[room] * season * rng.uniform(0.85, 1.2), 2)
        nights = rng.choices(range(1, 15), [22, 20, 16, 12, 9, 6, 5, 3, 2, 1.5, 1, 1, 0.8, 0.7])[0]
        channel = rng.choices(list(CHANNELS), [25, 35, 20, 8, 12])[0]
        guest = rng.choices(GUEST_COUNTRIES, [14, 13, 12, 11, 9, 8, 6, 6, 5, 4, 4, 3])[0]
        cancelled = rng.random() < CHANNELS[channel]
        bookings.append((bid, hotel[0], guest, check_in, nights, room, rate, round(rate * nights, 2), channel,
                         cancelled))
    _insert(con, "hotels", hotels)
    _insert(con, "bookings", bookings)
    con.close()


# ----------------------------------------------------------------------------------------------------- school
FIRST_NAMES = ["Emma", "Liam", "Olivia", "Noah", "Ava", "Ethan", "Sophia", "Mason", "Isabella", "Lucas", "Mia",
               "Logan", "Amelia", "James", "Harper", "Aiden", "Ella", "Jacob", "Chloe", "Daniel", "Grace", "Leo",
               "Zoe", "Samuel", "Nora", "Henry", "Lily", "Owen", "Hannah", "Caleb"]
LAST_NAMES = ["Smith", "Johnson", "Garcia", "Miller", "Davis", "Martinez", "Lopez", "Wilson", "Anderson",
              "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis",
              "Walker", "Young", "King", "Wright", "Scott", "Nguyen", "Patel", "Kim", "Chen"]
COURSES = [
    ("Algebra I", "Math", 4), ("Geometry", "Math", 4), ("Algebra II", "Math", 4), ("Precalculus", "Math", 4),
    ("Calculus", "Math", 5), ("Statistics", "Math", 3), ("Biology", "Science", 4), ("Chemistry", "Science", 4),
    ("Physics", "Science", 5), ("Earth Science", "Science", 3), ("Environmental Science", "Science", 3),
    ("World History", "History", 3), ("US History", "History", 3), ("European History", "History", 3),
    ("Civics", "History", 2), ("English Literature", "English", 4), ("Creative Writing", "English", 2),
    ("Composition", "English", 3), ("Spanish I", "Languages", 3), ("Spanish II", "Languages", 3),
    ("French I", "Languages", 3), ("German I", "Languages", 3), ("Art History", "Arts", 2),
    ("Painting", "Arts", 2), ("Music Theory", "Arts", 2), ("Intro to Programming", "Computer Science", 3),
    ("Web Design", "Computer Science", 2), ("Data Science", "Computer Science", 3),
]
TERMS = ["2021-Fall", "2022-Spring", "2022-Fall", "2023-Spring", "2023-Fall", "2024-Spring"]


def build_school(path: Path | str) -> None:
    """students(650), courses(28), enrollments(~6000); no declared foreign keys."""
    rng = random.Random(9202)
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE students(student_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        grade_level INTEGER, gender VARCHAR, enrolled_on DATE)""")
    con.execute("""CREATE TABLE courses(course_id INTEGER PRIMARY KEY, course_name VARCHAR, subject VARCHAR,
        credits INTEGER)""")
    con.execute("""CREATE TABLE enrollments(student_id INTEGER, course_id INTEGER, term VARCHAR, score DOUBLE,
        passed BOOLEAN)""")
    students = [(sid, rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES), rng.choice([9, 10, 11, 12]),
                 rng.choice(["F", "M"]), _day(rng, dt.date(2019, 8, 1), 1500)) for sid in range(1, 651)]
    courses = [(cid, *c) for cid, c in enumerate(COURSES, start=1)]
    difficulty = {c[0]: rng.uniform(-9, 6) for c in courses}
    ability = {s[0]: rng.gauss(0, 9) for s in students}
    enrollments = []
    for sid, *_ in students:
        for term in rng.sample(TERMS, rng.randint(2, 5)):
            for cid in rng.sample([c[0] for c in courses], rng.randint(1, 3)):
                score = round(min(100.0, max(15.0, rng.gauss(74, 11) + difficulty[cid] + ability[sid])), 1)
                enrollments.append((sid, cid, term, score, score >= 60))
    _insert(con, "students", students)
    _insert(con, "courses", courses)
    _insert(con, "enrollments", enrollments)
    con.close()


# -------------------------------------------------------------------------------------------- webshop_events
EVENT_COUNTRIES = ["United States", "Germany", "United Kingdom", "France", "Canada", "Spain", "Italy",
                   "Netherlands", "Sweden", "Poland"]
PAGES = ["home", "search", "category", "product", "cart", "checkout", "account", "blog"]


def build_webshop_events(path: Path | str) -> None:
    """events(~24000) in one wide table, 2023-01 .. 2024-06, revenue only on purchases (NULL otherwise)."""
    rng = random.Random(9303)
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE events(event_id BIGINT PRIMARY KEY, event_time TIMESTAMP, user_id INTEGER,
        country VARCHAR, device VARCHAR, browser VARCHAR, page VARCHAR, event_type VARCHAR, revenue DOUBLE)""")
    users = {}
    for uid in range(1, 3201):
        device = rng.choices(["mobile", "desktop", "tablet"], [55, 37, 8])[0]
        browser = rng.choices(["Chrome", "Safari", "Firefox", "Edge", "Samsung Internet"],
                              [50, 28, 10, 8, 4] if device != "desktop" else [55, 15, 17, 13, 0.01])[0]
        users[uid] = (rng.choices(EVENT_COUNTRIES, [30, 14, 13, 10, 8, 7, 6, 5, 4, 3])[0], device, browser)
    start = dt.datetime(2023, 1, 1)
    events = []
    for eid in range(1, 24001):
        uid = rng.randint(1, 3200)
        country, device, browser = users[uid]
        when = start + dt.timedelta(seconds=rng.randrange(546 * 86400))
        kind = rng.choices(["view", "add_to_cart", "purchase"], [80, 14, 6 if device != "mobile" else 4])[0]
        page = {"view": rng.choice(PAGES), "add_to_cart": rng.choice(["product", "category", "search"]),
                "purchase": "checkout"}[kind]
        revenue = round(rng.lognormvariate(4.0, 0.6), 2) if kind == "purchase" else None
        events.append((eid, when, uid, country, device, browser, page, kind, revenue))
    _insert(con, "events", events)
    con.close()


# ------------------------------------------------------------------------------------------------ realestate
NEIGHBORHOODS = {"Downtown": 1.5, "Riverside": 1.2, "Old Town": 1.35, "Hillcrest": 1.6, "Maple Grove": 1.0,
                 "Lakeview": 1.45, "Westside": 0.9, "North End": 0.85, "Eastgate": 0.75, "Southport": 0.95,
                 "Cedar Park": 1.1, "Harbor Point": 1.8}
PROPERTY_TYPES = {"House": 1.1, "Condo": 0.95, "Townhouse": 1.0, "Duplex": 0.9}
AGENTS = ["Maria Gonzalez", "David Chen", "Sarah Johnson", "Michael Brown", "Emily Davis", "James Wilson",
          "Linda Martinez", "Robert Taylor", "Jennifer Lee", "William Clark", "Patricia Lewis", "Thomas Hall"]


def build_realestate(path: Path | str) -> None:
    """listings(2600), listed 2021-2024; about 70% sold (sold_date / sold_price NULL otherwise)."""
    rng = random.Random(9404)
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE listings(listing_id INTEGER PRIMARY KEY, neighborhood VARCHAR,
        property_type VARCHAR, bedrooms INTEGER, bathrooms DOUBLE, sqft INTEGER, list_price DOUBLE,
        listed_date DATE, sold_date DATE, sold_price DOUBLE, agent VARCHAR)""")
    hood_weights = [rng.uniform(0.5, 2.0) for _ in NEIGHBORHOODS]
    agent_weights = [rng.uniform(0.5, 2.0) for _ in AGENTS]
    rows = []
    for lid in range(1, 2601):
        hood = rng.choices(list(NEIGHBORHOODS), hood_weights)[0]
        ptype = rng.choices(list(PROPERTY_TYPES), [45, 25, 20, 10])[0]
        beds = rng.choices([0, 1, 2, 3, 4, 5, 6], [2, 10, 25, 32, 20, 8, 3] if ptype == "House" else
                           [6, 30, 35, 20, 7, 2, 0.01])[0]
        baths = max(1.0, min(4.5, round(beds * 0.6 + rng.choice([0, 0.5, 1.0]), 1) // 0.5 * 0.5))
        sqft = int(450 + beds * rng.uniform(330, 520) + rng.uniform(0, 500))
        price = round(sqft * 310 * NEIGHBORHOODS[hood] * PROPERTY_TYPES[ptype] * rng.uniform(0.8, 1.25), -3)
        listed = _day(rng, dt.date(2021, 1, 1), 1461)
        sold = listed + dt.timedelta(days=rng.randint(5, 150))
        if rng.random() < 0.7 and sold <= dt.date(2024, 12, 31):
            sold_date, sold_price = sold, round(price * rng.uniform(0.9, 1.08), -2)
        else:
            sold_date, sold_price = None, None
        rows.append((lid, hood, ptype, beds, baths, sqft, price, listed, sold_date, sold_price,
                     rng.choices(AGENTS, agent_weights)[0]))
    _insert(con, "listings", rows)
    con.close()


# ----------------------------------------------------------------------------------------------------- fleet
VEHICLE_MODELS = [("Ford", "Transit", "Diesel"), ("Ford", "E-Transit", "Electric"),
                  ("Mercedes-Benz", "Sprinter", "Diesel"), ("Mercedes-Benz", "eSprinter", "Electric"),
                  ("Volvo", "FH16", "Diesel"), ("Volvo", "FL Electric", "Electric"), ("Toyota", "Hilux", "Diesel"),
                  ("Toyota", "Proace", "Hybrid"), ("Renault", "Master", "Diesel"), ("Iveco", "Daily", "Petrol")]
DEPOTS = ["Manchester", "Leeds", "Bristol", "Glasgow", "Birmingham", "Milton Keynes"]
DRIVERS = ["Alice Moore", "Ben Carter", "Chloe Evans", "Dan Hughes", "Ella Price", "Finn Walsh", "Grace Kelly",
           "Harry Shaw", "Isla Reid", "Jack Turner", "Katie Ross", "Liam Ward", "Megan Fox", "Noah Bell",
           "Olivia Grant", "Paul Dixon", "Ruby Hayes", "Sam Cole", "Tara Byrne", "Will Porter"]


def build_fleet(path: Path | str) -> None:
    """PascalCase Vehicles(60) and Trips(~7000), 2023-2024, declared foreign key, TIMESTAMP StartTime."""
    rng = random.Random(9505)
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE Vehicles("VehicleId" INTEGER PRIMARY KEY, "Make" VARCHAR, "Model" VARCHAR,
        "Year" INTEGER, "FuelType" VARCHAR, "Depot" VARCHAR)""")
    con.execute("""CREATE TABLE Trips("TripId" INTEGER PRIMARY KEY,
        "VehicleId" INTEGER REFERENCES Vehicles("VehicleId"), "DriverName" VARCHAR, "StartTime" TIMESTAMP,
        "DistanceKm" DOUBLE, "FuelLiters" DOUBLE, "Revenue" DOUBLE)""")
    vehicles = []
    for vid in range(1, 61):
        make, model, fuel = rng.choices(VEHICLE_MODELS, [14, 5, 12, 4, 6, 3, 7, 5, 8, 6])[0]
        vehicles.append((vid, make, model, rng.randint(2015, 2024) if fuel != "Electric" else rng.randint(2020, 2024),
                         fuel, rng.choices(DEPOTS, [22, 18, 16, 12, 20, 12])[0]))
    usage = [rng.uniform(0.4, 2.0) for _ in vehicles]
    driver_weights = [rng.uniform(0.5, 2.0) for _ in DRIVERS]
    start = dt.datetime(2023, 1, 1, 5, 0)
    trips = []
    for tid in range(1, 7001):
        v = rng.choices(vehicles, usage)[0]
        when = start + dt.timedelta(days=rng.randrange(731), minutes=rng.randrange(15 * 60))
        heavy = v[2] in ("FH16", "FL Electric")
        distance = round(rng.lognormvariate(4.3 if heavy else 3.7, 0.55), 1)
        per_km = {"Diesel": 0.11, "Petrol": 0.12, "Hybrid": 0.07, "Electric": 0.0}[v[4]] * (2.6 if heavy else 1)
        fuel = round(distance * per_km * rng.uniform(0.85, 1.15), 2)
        revenue = round(distance * rng.uniform(1.4, 2.6) * (1.8 if heavy else 1) + rng.uniform(15, 40), 2)
        trips.append((tid, v[0], rng.choices(DRIVERS, driver_weights)[0], when, distance, fuel, revenue))
    _insert(con, "Vehicles", vehicles)
    _insert(con, "Trips", trips)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "hotel": build_hotel,
    "school": build_school,
    "webshop_events": build_webshop_events,
    "realestate": build_realestate,
    "fleet": build_fleet,
}


def build_all(outdir: Path | str) -> Path:
    """Build every missing OUTDIR/NAME.duckdb (existing files are kept), each atomically (temp file + rename).

    >>> build_all("/tmp/eval2-dbs")    # doctest: +SKIP
    PosixPath('/tmp/eval2-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval2-dbs"))
