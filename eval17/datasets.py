"""Builders of the seventeenth held-out evaluation corpus: five DuckDB files in domains no earlier corpus used.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `cruise.duckdb`: ships, passengers (date_of_birth), voyages, bookings (declared FKs; nullable cancel time, review)
- `toystore.duckdb`: stores, sales (abbreviated snake_case names; the store key of sales is NOT a declared FK)
- `daycare.duckdb`: dogs, visits (camelCase names, TIMESTAMPs, nullable pick-up and rating; declared FK)
- `winery.duckdb`: one wide table of wine lots (nullable bottling date, cases and critic score; booleans)
- `yoga.duckdb`: instructors, members (birth_year, nullable end date), classes, attendance (declared FKs)

Usage:
    python eval17/datasets.py OUTDIR

Example:
    >>> from eval17.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval17-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['cruise.duckdb', 'daycare.duckdb', 'toystore.duckdb', 'winery.duckdb', 'yoga.duckdb']
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


FIRST = ["Amelia", "Boris", "Carmen", "Dmitri", "Elena", "Finn", "Gemma", "Hugo", "Ingrid", "Jonas", "Keira", "Luca",
         "Maeve", "Nils", "Olivia", "Pablo", "Quinn", "Rosa", "Stefan", "Tessa", "Umar", "Vera", "Wesley", "Zara"]
LAST = ["Abbott", "Bianchi", "Carver", "Delgado", "Ekström", "Fischer", "Gallagher", "Hughes", "Iverson", "Jensen",
        "Kaur", "Laurent", "Moreno", "Novak", "O'Neill", "Petrov", "Quigley", "Reyes", "Schmidt", "Tanaka", "Walsh"]


# ------------------------------------------------------------------------------------------------- cruise line
SHIPS = [("Ocean Aurora", "Miami", 2009, 2400), ("Coral Majesty", "Fort Lauderdale", 2014, 3100),
         ("Nordic Pearl", "Southampton", 2018, 1800), ("Azure Voyager", "Barcelona", 2011, 2700),
         ("Glacier Spirit", "Seattle", 2020, 1500), ("Sun Empress", "Miami", 2016, 3600)]
ITINERARIES = {"Caribbean": ("Miami", "Fort Lauderdale"), "Mediterranean": ("Barcelona",),
               "Alaska": ("Seattle",), "Norwegian Fjords": ("Southampton",), "Bahamas": ("Miami", "Fort Lauderdale"),
               "Baltic": ("Southampton",), "Greek Isles": ("Barcelona",)}
CABINS = {"Interior": 110.0, "Ocean View": 150.0, "Balcony": 210.0, "Suite": 420.0}
TIERS = ["Blue", "Silver", "Gold", "Platinum"]
NATIONS = ["USA", "Canada", "UK", "Germany", "Australia", "Spain", "Mexico"]


def build_cruise(path: Path | str) -> None:
    """ships (6), passengers (900), voyages (2023-2025), bookings (cancelled_at and review_score NULL when unknown)."""
    rng = random.Random(1701)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE ships(ship_id INTEGER PRIMARY KEY, ship_name VARCHAR, home_port VARCHAR,
        year_built INTEGER, passenger_capacity INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE passengers(passenger_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, nationality VARCHAR, loyalty_tier VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE voyages(voyage_id INTEGER PRIMARY KEY,
        ship_id INTEGER REFERENCES ships(ship_id), itinerary VARCHAR, departure_date DATE, return_date DATE,
        nights INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        voyage_id INTEGER REFERENCES voyages(voyage_id), passenger_id INTEGER REFERENCES passengers(passenger_id),
        booked_at TIMESTAMP, cabin_type VARCHAR, fare_usd DECIMAL(10,2), onboard_spend_usd DECIMAL(10,2),
        is_cancelled BOOLEAN, cancelled_at TIMESTAMP, review_score INTEGER)""")
    _insert(con, "ships", [(i, n, p, y, c) for i, (n, p, y, c) in enumerate(SHIPS, start=1)])
    passengers = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1):
        dob = _day(rng, dt.date(1940, 1, 1), 365 * 62)
        passengers.append((pid, first, last, dob, rng.choices(NATIONS, [40, 12, 15, 10, 8, 8, 7])[0],
                           rng.choices(TIERS, [45, 25, 20, 10])[0]))
    _insert(con, "passengers", passengers)
    voyages, vid = [], 0
    for sid, (_, port, _, _) in enumerate(SHIPS, start=1):
        day = dt.date(2023, 1, 3) + dt.timedelta(days=rng.randrange(10))
        while day < dt.date(2025, 12, 1):
            itinerary = rng.choice([k for k, ports in ITINERARIES.items() if port in ports])
            nights = rng.choice([3, 4, 5, 7, 7, 10, 14]) if itinerary not in ("Bahamas",) else rng.choice([3, 4])
            vid += 1
            voyages.append((vid, sid, itinerary, day, day + dt.timedelta(days=nights), nights))
            day = day + dt.timedelta(days=nights + rng.randint(1, 12))
    _insert(con, "voyages", voyages)
    bookings = []
    for vid, _, _, dep, _, nights in voyages:
        for _ in range(rng.randint(6, 22)):
            cabin = rng.choices(list(CABINS), [40, 25, 27, 8])[0]
            booked = dt.datetime.combine(dep - dt.timedelta(days=rng.randint(7, 300)), dt.time(rng.randint(7, 22),
                                                                                               rng.randrange(60)))
            fare = round(CABINS[cabin] * nights * rng.uniform(0.8, 1.3), 2)
            cancelled = rng.random() < 0.11
            delay = dt.timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 20))
            cancelled_at = booked + delay if cancelled else None
            spend = 0.0 if cancelled else round(rng.uniform(40, 180) * nights, 2)
            review = None if cancelled or rng.random() < 0.45 else rng.choices([1, 2, 3, 4, 5], [4, 7, 18, 38, 33])[0]
            bookings.append((len(bookings) + 1, vid, rng.randint(1, len(passengers)), booked, cabin, fare, spend,
                             cancelled, cancelled_at, review))
    _insert(con, "bookings", bookings)
    con.close()


# ------------------------------------------------------------------------------------------------- toy store chain
STORES = [("Maple Street", "North", "Leeds", 1200), ("Riverside Mall", "North", "Manchester", 1850),
          ("Harbour Point", "South", "Brighton", 950), ("Old Town", "South", "Bath", 700),
          ("Central Plaza", "Midlands", "Birmingham", 2100), ("Castle Gate", "Midlands", "Nottingham", 1100),
          ("Bay View", "West", "Cardiff", 1300), ("Market Square", "West", "Bristol", 1600),
          ("Northgate", "Scotland", "Glasgow", 1400)]
PRODUCTS = {"Board Games": [("Castle Siege", 34.99), ("Word Rally", 19.99), ("Pirate Gold", 27.5)],
            "Puzzles": [("1000pc Harbour", 16.99), ("3D Globe Puzzle", 24.99), ("Kids Farm 48pc", 9.99)],
            "Dolls": [("Fashion Doll Lily", 22.0), ("Baby Doll Set", 29.99)],
            "Building Sets": [("Space Station Kit", 89.99), ("Fire Truck Bricks", 44.99), ("Mini Castle", 14.99)],
            "Plush": [("Teddy Bear Large", 25.0), ("Plush Unicorn", 18.5), ("Sloth Cuddly", 12.99)],
            "Outdoor": [("Kite Dragon", 21.99), ("Water Blaster", 15.99), ("Garden Swing", 119.0)]}


def build_toystore(path: Path | str) -> None:
    """stores (9) and sales lines 2023-2024 (txn_ts TIMESTAMP, disc_amt, is_onln; str_id left undeclared)."""
    rng = random.Random(1702)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stores(str_id INTEGER PRIMARY KEY, str_nm VARCHAR, rgn VARCHAR,
        city VARCHAR, sq_ft INTEGER, opn_dt DATE, mgr_nm VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE sales(txn_id INTEGER PRIMARY KEY, str_id INTEGER, txn_ts TIMESTAMP,
        sku VARCHAR, prod_nm VARCHAR, cat VARCHAR, qty INTEGER, unit_prc DOUBLE, disc_amt DOUBLE, amt DOUBLE,
        pay_mthd VARCHAR, is_onln BOOLEAN, loyalty_no VARCHAR)""")
    managers = _unique_names(rng, FIRST, LAST, len(STORES))
    _insert(con, "stores", [(i, n, r, c, s, _day(rng, dt.date(2008, 1, 1), 4000), f"{managers[i - 1][0]} "
                             f"{managers[i - 1][1]}") for i, (n, r, c, s) in enumerate(STORES, start=1)])
    flat = [(cat, name, price) for cat, items in PRODUCTS.items() for name, price in items]
    sales = []
    for n in range(1, 9001):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        december = 3 if day.month in (11, 12) else 1
        if rng.random() > 0.45 * december:
            day = _day(rng, dt.date(2023, 1, 1), 731)
        sid = rng.choices(range(1, len(STORES) + 1), [s[3] for s in STORES])[0]
        cat, name, price = rng.choice(flat)
        qty = rng.choices([1, 2, 3, 4], [70, 20, 7, 3])[0]
        disc = round(qty * price * rng.choice([0.1, 0.2, 0.25]), 2) if rng.random() < 0.18 else 0.0
        ts = dt.datetime.combine(day, dt.time(rng.randint(9, 19), rng.randrange(60), rng.randrange(60)))
        loyalty = f"L{rng.randint(10000, 10999)}" if rng.random() < 0.4 else None
        sales.append((n, sid, ts, f"SKU-{flat.index((cat, name, price)) + 101}", name, cat, qty, price, disc,
                      round(qty * price - disc, 2), rng.choices(["Card", "Cash", "Gift Card"], [70, 22, 8])[0],
                      rng.random() < 0.2, loyalty))
    _insert(con, "sales", sales)
    con.close()


# ------------------------------------------------------------------------------------------------- dog daycare
BREEDS = {"Labrador": "Large", "Golden Retriever": "Large", "German Shepherd": "Large", "Cockapoo": "Medium",
          "Beagle": "Medium", "Border Collie": "Medium", "French Bulldog": "Small", "Dachshund": "Small",
          "Jack Russell": "Small", "Cavapoo": "Small"}
DOG_NAMES = ["Bella", "Max", "Luna", "Charlie", "Daisy", "Milo", "Poppy", "Teddy", "Rosie", "Buster", "Willow",
             "Bailey", "Coco", "Ollie", "Maple", "Biscuit", "Nala", "Rocky", "Pepper", "Scout", "Ziggy", "Honey"]
SERVICES = {"Full Day": 38.0, "Half Day": 24.0, "Overnight": 55.0}


def build_daycare(path: Path | str) -> None:
    """dogs (160) and visits 2023-2025 (camelCase; pickedUpAt NULL for a dog still in, staffRating optional)."""
    rng = random.Random(1703)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE dogs("dogId" INTEGER PRIMARY KEY, "dogName" VARCHAR, breed VARCHAR,
        "sizeCategory" VARCHAR, "birthDate" DATE, "ownerName" VARCHAR, "ownerPhone" VARCHAR, "isNeutered" BOOLEAN,
        "registeredOn" DATE)""")
    con.execute("""CREATE OR REPLACE TABLE visits("visitId" INTEGER PRIMARY KEY,
        "dogId" INTEGER REFERENCES dogs("dogId"), "serviceType" VARCHAR, "checkedInAt" TIMESTAMP,
        "pickedUpAt" TIMESTAMP, "priceCharged" DECIMAL(8,2), "groomingAddOn" BOOLEAN, "incidentReported" BOOLEAN,
        "staffRating" INTEGER)""")
    owners = _unique_names(rng, FIRST, LAST, 120)
    dogs = []
    for did in range(1, 161):
        breed = rng.choice(list(BREEDS))
        owner = owners[rng.randrange(len(owners))]
        dogs.append((did, f"{rng.choice(DOG_NAMES)}", breed, BREEDS[breed], _day(rng, dt.date(2012, 1, 1), 4300),
                     f"{owner[0]} {owner[1]}", f"07{rng.randint(100000000, 999999999)}", rng.random() < 0.7,
                     _day(rng, dt.date(2022, 6, 1), 900)))
    _insert(con, "dogs", dogs)
    visits = []
    end = dt.datetime(2025, 6, 30, 12, 0)
    for _ in range(5200):
        did = rng.randint(1, 160)
        start = max(dogs[did - 1][8], dt.date(2023, 1, 1))
        day = _day(rng, start, max(1, (dt.date(2025, 6, 30) - start).days + 1))
        service = rng.choices(list(SERVICES), [60, 28, 12])[0]
        checked_in = dt.datetime.combine(day, dt.time(rng.randint(7, 9), rng.randrange(60)))
        hours = {"Full Day": rng.uniform(7, 10), "Half Day": rng.uniform(3, 5), "Overnight": rng.uniform(20, 28)}
        picked_up = checked_in + dt.timedelta(minutes=round(hours[service] * 60))
        if picked_up > end:
            picked_up = None
        grooming = rng.random() < 0.15
        price = SERVICES[service] + (20.0 if grooming else 0.0) + (5.0 if BREEDS[dogs[did - 1][2]] == "Large" else 0)
        rating = rng.choices([3, 4, 5], [15, 40, 45])[0] if rng.random() < 0.35 else None
        visits.append((0, did, service, checked_in, picked_up, price, grooming, rng.random() < 0.03, rating))
    visits.sort(key=lambda v: v[3])
    _insert(con, "visits", [(i, *v[1:]) for i, v in enumerate(visits, start=1)])
    con.close()


# ------------------------------------------------------------------------------------------------- vineyard & winery
BLOCKS = {"North Slope": "Cabernet Sauvignon", "River Flat": "Chardonnay", "Hilltop": "Pinot Noir",
          "Old Vines": "Zinfandel", "East Terrace": "Merlot", "Creekside": "Sauvignon Blanc", "South Bench": "Syrah"}
RED = {"Cabernet Sauvignon", "Pinot Noir", "Zinfandel", "Merlot", "Syrah"}
WINEMAKERS = ["Claire Dubois", "Marco Bianchi", "Hannah Lee"]


def build_winery(path: Path | str) -> None:
    """one wide wine_lots table, vintages 2022-2024 (bottled_on, cases_bottled, critic_score NULL when unknown)."""
    rng = random.Random(1704)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE wine_lots(lot_code VARCHAR PRIMARY KEY, vintage INTEGER,
        vineyard_block VARCHAR, grape_variety VARCHAR, wine_color VARCHAR, harvest_date DATE, tons_harvested DOUBLE,
        brix DOUBLE, is_organic BOOLEAN, hand_picked BOOLEAN, vessel VARCHAR, barrel_months INTEGER,
        winemaker VARCHAR, bottled_on DATE, cases_bottled INTEGER, retail_price DOUBLE, alcohol_pct DOUBLE,
        critic_score INTEGER)""")
    rows = []
    for vintage in (2022, 2023, 2024):
        for block, grape in BLOCKS.items():
            for k in range(rng.randint(4, 7)):
                red = grape in RED
                harvest = dt.date(vintage, 8, 20) + dt.timedelta(days=rng.randint(0, 55) + (12 if red else 0))
                tons = round(rng.uniform(2.0, 14.0), 2)
                vessel = rng.choice(["French Oak", "American Oak", "Stainless Steel"] if red or grape == "Chardonnay"
                                    else ["Stainless Steel", "Stainless Steel", "Concrete Egg"])
                months = rng.choice([12, 16, 18, 22]) if vessel.endswith("Oak") else rng.choice([4, 6, 8])
                bottled = harvest + dt.timedelta(days=months * 30 + rng.randint(5, 40))
                if bottled > dt.date(2025, 6, 30):
                    bottled = None
                cases = round(tons * rng.uniform(55, 70)) if bottled else None
                score = rng.randint(84, 97) if bottled and rng.random() < 0.6 else None
                price = round(rng.uniform(18, 40) + (25 if vessel == "French Oak" else 0) + rng.choice([0, 5, 10]), 2)
                rows.append((f"{vintage % 100}-{block[:2].upper()}{k + 1}", vintage, block, grape,
                             "Red" if red else "White", harvest, tons, round(rng.uniform(21.0, 27.5), 1),
                             block in ("Hilltop", "Creekside", "Old Vines"), rng.random() < 0.55, vessel, months,
                             rng.choice(WINEMAKERS), bottled, cases, price, round(rng.uniform(12.0, 15.5), 1), score))
    _insert(con, "wine_lots", rows)
    con.close()


# ------------------------------------------------------------------------------------------------- yoga studio
STYLES = {"Vinyasa": 60, "Hatha": 60, "Yin": 75, "Hot Yoga": 60, "Ashtanga": 90, "Prenatal": 45, "Restorative": 75}
ROOMS = {"Lotus Room": 24, "Sun Room": 16, "Garden Studio": 12}
PLANS = ["Unlimited", "10-Class Pack", "Drop-in", "Student"]


def build_yoga(path: Path | str) -> None:
    """instructors (8), members (300; birth_year, cancelled_on NULL while active), classes, attendance 2023-2024."""
    rng = random.Random(1705)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE instructors(instructor_id INTEGER PRIMARY KEY, full_name VARCHAR,
        hired_on DATE, hourly_rate DOUBLE, certified_200h BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, email VARCHAR, membership_type VARCHAR, joined_on DATE,
        cancelled_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE classes(class_id INTEGER PRIMARY KEY,
        instructor_id INTEGER REFERENCES instructors(instructor_id), style VARCHAR, room VARCHAR,
        starts_at TIMESTAMP, duration_min INTEGER, capacity INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE attendance(attendance_id INTEGER PRIMARY KEY,
        class_id INTEGER REFERENCES classes(class_id), member_id INTEGER REFERENCES members(member_id),
        booked_at TIMESTAMP, checked_in BOOLEAN, class_rating INTEGER)""")
    names = _unique_names(rng, FIRST, LAST, 308)
    instructors = [(i, f"{f} {last}", _day(rng, dt.date(2016, 1, 1), 2500), rng.choice([28.0, 32.0, 35.0, 40.0, 45.0]),
                    rng.random() < 0.75 and i not in (4, 7)) for i, (f, last) in enumerate(names[:8], start=1)]
    _insert(con, "instructors", instructors)
    members = []
    for mid, (first, last) in enumerate(names[8:], start=1):
        joined = _day(rng, dt.date(2022, 1, 1), 1000)
        left = joined + dt.timedelta(days=rng.randint(60, 700)) if rng.random() < 0.3 else None
        if left and left > dt.date(2024, 12, 31):
            left = None
        members.append((mid, first, last, rng.randint(1955, 2005), f"{first.lower()}.{mid}@mailbox.test",
                        rng.choices(PLANS, [35, 30, 20, 15])[0], joined, left))
    _insert(con, "members", members)
    classes, attendance = [], []
    day = dt.date(2023, 1, 2)
    while day <= dt.date(2024, 12, 31):
        for hour in rng.sample([7, 9, 12, 17, 18, 19], rng.randint(2, 4)):
            style = rng.choice(list(STYLES))
            room = rng.choice(list(ROOMS))
            starts = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 15, 30])))
            cid = len(classes) + 1
            classes.append((cid, rng.randint(1, 8), style, room, starts, STYLES[style], ROOMS[room]))
            active = [m for m in members if m[6] <= day and (m[7] is None or m[7] > day)]
            for m in rng.sample(active, min(len(active), rng.randint(2, ROOMS[room]))):
                booked = starts - dt.timedelta(hours=rng.randint(2, 96))
                came = rng.random() < 0.86
                rating = rng.choices([2, 3, 4, 5], [5, 15, 40, 40])[0] if came and rng.random() < 0.3 else None
                attendance.append((len(attendance) + 1, cid, m[0], booked, came, rating))
        day += dt.timedelta(days=1)
    _insert(con, "classes", classes)
    _insert(con, "attendance", attendance)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "cruise": build_cruise,
    "toystore": build_toystore,
    "daycare": build_daycare,
    "winery": build_winery,
    "yoga": build_yoga,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval17-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval17-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval17-dbs"))
