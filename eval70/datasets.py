"""Builders of the seventieth development evaluation corpus: five DuckDB files in small-business and community domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `grooming.duckdb`: a dog grooming salon's groomers (birth year), dogs with owners (birth date), appointments, add-ons
- `bikeworkshop.duckdb`: a bicycle repair workshop's mechanics, bikes, repair jobs and parts used (camelCase)
- `library.duckdb`: public library branches, members (birth date), loans and reservations (branch link only implied)
- `farmshop.duckdb`: a farm shop and cafe's suppliers, products, till sales and cafe orders
- `academy.duckdb`: a football academy's coaches, players (birth date), training sessions and matches

Usage:
    python eval70/datasets.py OUTDIR

Example:
    >>> from eval70.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval70-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['academy.duckdb', 'bikeworkshop.duckdb', 'farmshop.duckdb', 'grooming.duckdb', 'library.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 8, last_hour: int = 17) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Aoife", "Bertie", "Chiara", "Declan", "Elodie", "Fergus", "Greta", "Hamish", "Isla", "Joaquin", "Keira",
         "Lorcan", "Maeve", "Niamh", "Otis", "Priya", "Rhys", "Saoirse", "Tobias", "Una", "Vikram", "Willa",
         "Xander", "Yusuf", "Zara"]
LAST = ["Ashworth", "Blackwood", "Crowley", "Devereux", "Ellison", "Farrow", "Gallagher", "Hargreaves", "Iqbal",
        "Jennings", "Kowalczyk", "Lindqvist", "Molloy", "Nakamura", "O'Hare", "Pemberton", "Rourke", "Sinclair",
        "Thornton", "Underwood", "Varga", "Whitfield"]

# ------------------------------------------------------------------------------------------ dog grooming salon
BREEDS = {"Cockapoo": ("medium", 14), "Labrador": ("large", 12), "Shih Tzu": ("small", 10), "Springer Spaniel":
          ("medium", 8), "Dachshund": ("small", 7), "Golden Retriever": ("large", 8), "Bichon Frise": ("small", 6),
          "Border Collie": ("medium", 6), "Newfoundland": ("giant", 2), "Bernese Mountain Dog": ("giant", 3),
          "Schnauzer": ("small", 7), "Poodle": ("medium", 6)}
DOG_NAMES = ["Biscuit", "Bella", "Luna", "Max", "Teddy", "Poppy", "Milo", "Daisy", "Alfie", "Coco", "Rosie", "Buddy",
             "Bonnie", "Ruby", "Archie", "Willow", "Ted", "Nala", "Otto", "Pepper", "Bramble", "Maple"]
SERVICES = {"full groom": (90, 45.0), "bath and brush": (60, 32.0), "nail trim": (15, 10.0),
            "puppy intro": (45, 25.0), "hand strip": (120, 60.0)}
SIZE_FACTOR = {"small": 1.0, "medium": 1.2, "large": 1.45, "giant": 1.8}
ADDONS = {"teeth cleaning": 8.0, "flea treatment": 12.0, "de-shedding": 15.0, "paw balm": 5.0, "bandana": 3.0}


def build_grooming(path: Path | str) -> None:
    """groomers (8, birth_year), dogs (380, owner names, birth_date), appointments (2023-2024, status, paid),
    appointment_addons (declared FK)."""
    rng = random.Random(7001)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE groomers(groomer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, hired_on DATE, hourly_wage_gbp DOUBLE, is_senior BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE dogs(dog_id INTEGER PRIMARY KEY, dog_name VARCHAR, breed VARCHAR,
        size VARCHAR, birth_date DATE, weight_kg DOUBLE, owner_first_name VARCHAR, owner_last_name VARCHAR,
        neutered BOOLEAN, registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE appointments(appointment_id INTEGER PRIMARY KEY,
        dog_id INTEGER REFERENCES dogs(dog_id), groomer_id INTEGER REFERENCES groomers(groomer_id),
        starts_at TIMESTAMP, service VARCHAR, duration_min INTEGER, price_gbp DOUBLE, status VARCHAR,
        paid BOOLEAN, cancelled_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE appointment_addons(addon_id INTEGER PRIMARY KEY,
        appointment_id INTEGER REFERENCES appointments(appointment_id), addon_name VARCHAR, price_gbp DOUBLE)""")
    groomers = []
    for gid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 8), start=1):
        senior = gid <= 3
        groomers.append((gid, first, last, rng.randint(1968, 2002), _day(rng, dt.date(2015, 1, 1), 2900),
                         round(rng.uniform(14.5, 17.0) if senior else rng.uniform(11.5, 13.5), 2), senior))
    dogs = []
    owners = _unique_names(rng, FIRST, LAST, 300)
    for did in range(1, 381):
        breed = rng.choices(list(BREEDS), [v[1] for v in BREEDS.values()])[0]
        size = BREEDS[breed][0]
        weight = {"small": (4, 10), "medium": (10, 22), "large": (25, 40), "giant": (45, 70)}[size]
        owner = rng.choice(owners)
        dogs.append((did, rng.choice(DOG_NAMES), breed, size, _day(rng, dt.date(2009, 1, 1), 5600),
                     round(rng.uniform(*weight), 1), owner[0], owner[1], rng.random() < 0.7,
                     _day(rng, dt.date(2021, 1, 1), 1300)))
    appts, addons = [], []
    skill = {g[0]: rng.uniform(0.5, 2.0) for g in groomers}
    for aid in range(1, 2201):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        while day.weekday() == 6:
            day = _day(rng, dt.date(2023, 1, 1), 731)
        dog = rng.choice(dogs)
        groomer = rng.choices(groomers, [skill[g[0]] for g in groomers])[0]
        service = rng.choices(list(SERVICES), [40, 30, 15, 6, 9])[0]
        base_min, base_price = SERVICES[service]
        factor = SIZE_FACTOR[dog[3]] if service != "nail trim" else 1.0
        price = round(base_price * factor * (1.06 if day.year == 2024 else 1.0), 2)
        status = rng.choices(["completed", "cancelled", "no-show"], [86, 9, 5])[0]
        cancelled = day - dt.timedelta(days=rng.randint(0, 14)) if status == "cancelled" else None
        paid = status == "completed" and rng.random() < 0.95
        appts.append((aid, dog[0], groomer[0], _moment(rng, day, 8, 16), service, int(base_min * factor), price,
                      status, paid, cancelled))
        if status == "completed":
            for name in rng.sample(list(ADDONS), rng.choices([0, 1, 2], [60, 30, 10])[0]):
                addons.append((len(addons) + 1, aid, name, ADDONS[name]))
    _insert(con, "groomers", groomers)
    _insert(con, "dogs", dogs)
    _insert(con, "appointments", appts)
    _insert(con, "appointment_addons", addons)
    con.close()


# ------------------------------------------------------------------------------------------ bicycle workshop
BRANDS = {"Trek": 14, "Specialized": 11, "Giant": 13, "Brompton": 6, "Raleigh": 10, "Cube": 7, "Carrera": 12,
          "Orbea": 4}
BIKE_TYPES = ["road", "mountain", "hybrid", "e-bike", "cargo", "folding"]
JOB_TYPES = {"service": (1.5, 45), "puncture": (0.5, 20), "brakes": (1.0, 30), "gears": (1.0, 30),
             "wheel build": (3.0, 25), "electrical": (2.0, 15)}
PARTS = {"tyres": [("Inner tube", 7.5), ("Road tyre", 32.0), ("MTB tyre", 38.0)],
         "brakes": [("Brake pads", 14.0), ("Disc rotor", 29.0)],
         "drivetrain": [("Chain", 24.0), ("Cassette", 45.0), ("Chainring", 39.0)],
         "cables": [("Gear cable", 6.0), ("Brake cable", 6.5)],
         "electrical": [("Battery", 420.0), ("Motor sensor", 65.0), ("Light set", 28.0)]}
OWNERS = ["Abbott", "Baker", "Chowdhury", "Dunn", "Evans", "Foster", "Gray", "Hussain", "Ives", "Jones", "Khan",
          "Lewis", "Marsh", "Nolan", "Owen", "Patel", "Reid", "Shah", "Turner", "Wood"]


def build_bikeworkshop(path: Path | str) -> None:
    """mechanics (7, birthYear), bikes (520), repairJobs (2023-01 to 2025-03, completedAt NULL while in the
    workshop), partsUsed (declared FK). camelCase columns."""
    rng = random.Random(7002)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE mechanics("mechanicId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthYear" INTEGER, "startDate" DATE, "hourlyRate" DOUBLE, "isApprentice" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bikes("bikeId" INTEGER PRIMARY KEY, "ownerName" VARCHAR, brand VARCHAR,
        "bikeType" VARCHAR, "frameSizeCm" INTEGER, "purchaseYear" INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE "repairJobs"("jobId" INTEGER PRIMARY KEY,
        "bikeId" INTEGER REFERENCES bikes("bikeId"), "mechanicId" INTEGER REFERENCES mechanics("mechanicId"),
        "receivedAt" TIMESTAMP, "completedAt" TIMESTAMP, "jobType" VARCHAR, "labourHours" DOUBLE,
        "labourCostGbp" DOUBLE, "underWarranty" BOOLEAN, "customerRating" INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE "partsUsed"("partUseId" INTEGER PRIMARY KEY,
        "jobId" INTEGER REFERENCES "repairJobs"("jobId"), "partName" VARCHAR, category VARCHAR, qty INTEGER,
        "unitPriceGbp" DOUBLE)""")
    mechanics = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 7), start=1):
        apprentice = mid >= 6
        mechanics.append((mid, first, last, rng.randint(2000, 2006) if apprentice else rng.randint(1965, 1995),
                          _day(rng, dt.date(2012, 1, 1), 4000), 16.0 if apprentice else round(rng.uniform(22, 30), 2),
                          apprentice))
    bikes = []
    for bid in range(1, 521):
        btype = rng.choices(BIKE_TYPES, [20, 18, 30, 16, 5, 11])[0]
        brand = "Brompton" if btype == "folding" else rng.choices(list(BRANDS), list(BRANDS.values()))[0]
        bikes.append((bid, f"{rng.choice(FIRST)} {rng.choice(OWNERS)}", brand, btype, rng.choice([48, 51, 54, 56, 58,
                      61]), rng.randint(2008, 2024)))
    jobs, parts = [], []
    speed = {m[0]: rng.uniform(0.8, 1.3) for m in mechanics}
    last_day = dt.date(2025, 3, 31)
    for jid in range(1, 1801):
        day = _day(rng, dt.date(2023, 1, 1), 821)
        bike = rng.choice(bikes)
        job = rng.choices(list(JOB_TYPES), [v[1] for v in JOB_TYPES.values()])[0]
        if bike[3] == "e-bike" and rng.random() < 0.4:
            job = "electrical"
        mech = rng.choice(mechanics)
        hours = round(JOB_TYPES[job][0] * speed[mech[0]] * rng.uniform(0.7, 1.4) * 4) / 4 or 0.25
        received = _moment(rng, day, 8, 17)
        done = received + dt.timedelta(hours=rng.randint(2, 140))
        completed = None if done.date() > last_day - dt.timedelta(days=rng.randint(0, 6)) else done
        warranty = rng.random() < 0.08
        rating = rng.choices([1, 2, 3, 4, 5], [2, 4, 12, 35, 47])[0] if completed and rng.random() < 0.6 else None
        jobs.append((jid, bike[0], mech[0], received, completed, job, hours,
                     0.0 if warranty else round(hours * 42.0, 2), warranty, rating))
        cats = {"service": ["cables", "drivetrain", "brakes"], "puncture": ["tyres"], "brakes": ["brakes", "cables"],
                "gears": ["drivetrain", "cables"], "wheel build": ["tyres"], "electrical": ["electrical"]}[job]
        for _ in range(rng.choices([0, 1, 2, 3], [15, 45, 30, 10])[0]):
            cat = rng.choice(cats)
            name, price = rng.choice(PARTS[cat])
            qty = 2 if name in ("Brake pads", "Inner tube") and rng.random() < 0.4 else 1
            parts.append((len(parts) + 1, jid, name, cat, qty, round(price * (1.05 if day.year >= 2024 else 1), 2)))
    _insert(con, "mechanics", mechanics)
    _insert(con, "bikes", bikes)
    _insert(con, "repairJobs", jobs)
    _insert(con, "partsUsed", parts)
    con.close()


# ------------------------------------------------------------------------------------------ library branches
BRANCHES = [(1, "Central Library", "central", 1962, 4200, True), (2, "Northgate", "north", 1988, 950, False),
            (3, "Riverside", "east", 2004, 1300, True), (4, "Millbrook", "south", 1975, 700, False),
            (5, "Westfield", "west", 1996, 880, False), (6, "Hollins Park", "north", 2012, 1100, True)]
GENRES = {"fiction": 30, "crime": 14, "children's": 20, "biography": 6, "history": 7, "science": 5, "cookery": 5,
          "graphic novel": 6, "travel": 4}
FORMATS = {"book": 70, "audiobook": 9, "DVD": 5, "large print": 6, "ebook": 10}
MEMBERSHIP = {"adult": 50, "child": 22, "senior": 18, "student": 10}


def build_library(path: Path | str) -> None:
    """branches (6), members (900, birth_date, declared home branch FK), loans (2023-2024, returned_on NULL while
    out), reservations (branch_id only implied, collected_on NULL until collected)."""
    rng = random.Random(7003)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE branches(branch_id INTEGER PRIMARY KEY, branch_name VARCHAR,
        district VARCHAR, opened_year INTEGER, floor_area_m2 INTEGER, has_cafe BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, membership_type VARCHAR,
        home_branch_id INTEGER REFERENCES branches(branch_id), joined_on DATE, email_opt_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE loans(loan_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), branch_id INTEGER REFERENCES branches(branch_id),
        item_format VARCHAR, genre VARCHAR, borrowed_on DATE, due_on DATE, returned_on DATE, renewals INTEGER,
        fine_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE reservations(reservation_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), branch_id INTEGER, placed_at TIMESTAMP, genre VARCHAR,
        collected_on DATE, cancelled BOOLEAN)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 520), start=1):
        mtype = rng.choices(list(MEMBERSHIP), list(MEMBERSHIP.values()))[0]
        start, span = {"adult": (dt.date(1960, 1, 1), 15000), "child": (dt.date(2010, 1, 1), 4500),
                       "senior": (dt.date(1935, 1, 1), 9000), "student": (dt.date(1998, 1, 1), 2900)}[mtype]
        branch = rng.choices(BRANCHES, [30, 14, 18, 10, 12, 16])[0]
        members.append((mid, first, last, _day(rng, start, span), mtype, branch[0],
                        _day(rng, dt.date(2015, 1, 1), 3500), rng.random() < 0.55))
    loans = []
    end = dt.date(2024, 12, 31)
    for lid in range(1, 3201):
        member = rng.choice(members)
        branch = member[5] if rng.random() < 0.8 else rng.choice(BRANCHES)[0]
        genre = "children's" if member[4] == "child" and rng.random() < 0.8 else \
            rng.choices(list(GENRES), list(GENRES.values()))[0]
        fmt = rng.choices(list(FORMATS), list(FORMATS.values()))[0]
        borrowed = _day(rng, dt.date(2023, 1, 1), 731)
        due = borrowed + dt.timedelta(days=7 if fmt == "DVD" else 21)
        renewals = rng.choices([0, 1, 2], [70, 22, 8])[0]
        due += dt.timedelta(days=21 * renewals)
        returned = borrowed + dt.timedelta(days=rng.randint(2, 21 * (renewals + 1) + 20))
        if returned > end or rng.random() < 0.015:
            returned = None
        late = 0 if returned is None else max(0, (returned - due).days)
        fine = 0.0 if fmt == "ebook" or member[4] in ("child", "senior") else round(min(late * 0.25, 8.0), 2)
        loans.append((lid, member[0], branch, fmt, genre, borrowed, due, None if fmt == "ebook" and returned is None
                      else returned, renewals, fine))
    reservations = []
    for rid in range(1, 701):
        member = rng.choice(members)
        branch = member[5] if rng.random() < 0.85 else rng.choice(BRANCHES)[0]
        placed = _moment(rng, _day(rng, dt.date(2023, 1, 1), 731), 7, 22)
        cancelled = rng.random() < 0.1
        collected = None if cancelled or rng.random() < 0.12 else placed.date() + dt.timedelta(
            days=rng.randint(1, 40))
        if collected is not None and collected > end:
            collected = None
        reservations.append((rid, member[0], branch, placed, rng.choices(list(GENRES), list(GENRES.values()))[0],
                             collected, cancelled))
    _insert(con, "branches", BRANCHES)
    _insert(con, "members", members)
    _insert(con, "loans", loans)
    _insert(con, "reservations", reservations)
    con.close()


# ------------------------------------------------------------------------------------------ farm shop and cafe
SUPPLIERS = [(1, "Hollow Farm Dairy", "Somerset", True, 6.5), (2, "Brackenridge Butchers", "Somerset", False, 11.0),
             (3, "Old Mill Bakery", "Dorset", False, 18.5), (4, "Greenacre Growers", "Somerset", True, 3.2),
             (5, "Quantock Preserves", "Somerset", False, 14.0), (6, "Wessex Cider Co", "Dorset", False, 27.0),
             (7, "Valley Orchard", "Devon", True, 35.5)]
PRODUCTS = [(1, "Whole milk 2L", "dairy", 1, "bottle", 1.85), (2, "Mature cheddar", "dairy", 1, "kg", 14.5),
            (3, "Natural yoghurt", "dairy", 1, "pot", 2.4), (4, "Free range eggs", "dairy", 4, "half dozen", 2.9),
            (5, "Pork sausages", "meat", 2, "pack", 5.5), (6, "Beef mince", "meat", 2, "kg", 11.0),
            (7, "Dry-cured bacon", "meat", 2, "pack", 4.75), (8, "Sourdough loaf", "bakery", 3, "loaf", 4.2),
            (9, "Seeded batch", "bakery", 3, "loaf", 3.6), (10, "Cheese scones", "bakery", 3, "pack", 3.2),
            (11, "Potatoes", "vegetables", 4, "kg", 1.6), (12, "Carrots", "vegetables", 4, "kg", 1.2),
            (13, "Salad bag", "vegetables", 4, "bag", 1.95), (14, "Seasonal veg box", "vegetables", 4, "box", 18.0),
            (15, "Strawberry jam", "preserves", 5, "jar", 3.95), (16, "Apple chutney", "preserves", 5, "jar", 4.25),
            (17, "Local honey", "preserves", 5, "jar", 7.5), (18, "Dry cider", "drinks", 6, "bottle", 3.8),
            (19, "Apple juice", "drinks", 7, "bottle", 3.5), (20, "Cox apples", "vegetables", 7, "kg", 2.8)]
PRODUCT_WEIGHT = [30, 8, 10, 22, 12, 7, 9, 18, 11, 9, 10, 8, 9, 4, 6, 4, 5, 6, 7, 6]
PAYMENT = {"card": 55, "contactless": 30, "cash": 15}


def build_farmshop(path: Path | str) -> None:
    """suppliers (7), products (20, declared FK), till_sales (2023-01 to 2025-04, sold_at TIMESTAMP),
    cafe_orders (ordered_at TIMESTAMP, covers, takeaway, voided_at NULL unless the order was voided)."""
    rng = random.Random(7004)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE suppliers(supplier_id INTEGER PRIMARY KEY, supplier_name VARCHAR,
        county VARCHAR, organic_certified BOOLEAN, distance_miles DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE products(product_id INTEGER PRIMARY KEY, product_name VARCHAR,
        category VARCHAR, supplier_id INTEGER REFERENCES suppliers(supplier_id), unit VARCHAR, price_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE till_sales(sale_id INTEGER PRIMARY KEY,
        product_id INTEGER REFERENCES products(product_id), sold_at TIMESTAMP, quantity INTEGER, amount_gbp DOUBLE,
        payment_method VARCHAR, loyalty_card BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE cafe_orders(order_id INTEGER PRIMARY KEY, ordered_at TIMESTAMP,
        table_number INTEGER, covers INTEGER, items INTEGER, total_gbp DOUBLE, takeaway BOOLEAN,
        payment_method VARCHAR, voided_at TIMESTAMP)""")
    sales = []
    for sid in range(1, 3401):
        day = _day(rng, dt.date(2023, 1, 1), 851)
        product = rng.choices(PRODUCTS, PRODUCT_WEIGHT)[0]
        if product[0] == 1 and day.month in (6, 7, 8):
            product = PRODUCTS[12]
        qty = rng.choices([1, 2, 3, 4], [60, 25, 10, 5])[0]
        price = product[5] * (1.04 if day.year >= 2024 else 1.0)
        sales.append((sid, product[0], _moment(rng, day, 9, 17), qty, round(qty * price, 2),
                      rng.choices(list(PAYMENT), list(PAYMENT.values()))[0], rng.random() < 0.3))
    orders = []
    for oid in range(1, 2101):
        day = _day(rng, dt.date(2023, 1, 1), 851)
        takeaway = rng.random() < 0.25
        covers = 1 if takeaway else rng.choices([1, 2, 3, 4, 5, 6], [25, 38, 12, 15, 5, 5])[0]
        items = covers + rng.randint(0, covers * 2)
        total = round(items * rng.uniform(3.2, 6.8), 2)
        ordered = _moment(rng, day, 9, 16)
        voided = ordered + dt.timedelta(minutes=rng.randint(1, 20)) if rng.random() < 0.04 else None
        orders.append((oid, ordered, None if takeaway else rng.randint(1, 14), covers, items, total, takeaway,
                       rng.choices(list(PAYMENT), list(PAYMENT.values()))[0], voided))
    _insert(con, "suppliers", SUPPLIERS)
    _insert(con, "products", PRODUCTS)
    _insert(con, "till_sales", sales)
    _insert(con, "cafe_orders", orders)
    con.close()


# ------------------------------------------------------------------------------------------ football academy
AGE_GROUPS = ["U12", "U14", "U16", "U18"]
POSITIONS = {"goalkeeper": 2, "defender": 7, "midfielder": 7, "forward": 5}
FOCUS = {"technical": 35, "tactics": 25, "fitness": 20, "set pieces": 10, "goalkeeping": 10}
OPPONENTS = ["Ashby Town", "Brookfield Rovers", "Castlegate FC", "Dunmore United", "Eastleigh Athletic",
             "Fernhill Juniors", "Greystone FC", "Harbour City", "Ironbridge Youth", "Kingsmead"]
BADGES = {"UEFA C": 3, "UEFA B": 4, "UEFA A": 2}


def build_academy(path: Path | str) -> None:
    """coaches (10, birth_date, badge), players (240, birth_date, left_on NULL while still at the academy),
    training_sessions (2023-2024, declared FK to coaches), matches (2023-2024, goals_for/goals_against)."""
    rng = random.Random(7005)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE coaches(coach_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, coaching_badge VARCHAR, age_group VARCHAR, joined_on DATE,
        full_time BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE players(player_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, age_group VARCHAR, position VARCHAR, preferred_foot VARCHAR,
        joined_on DATE, left_on DATE, on_scholarship BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE training_sessions(session_id INTEGER PRIMARY KEY,
        coach_id INTEGER REFERENCES coaches(coach_id), age_group VARCHAR, starts_at TIMESTAMP, duration_min INTEGER,
        focus VARCHAR, players_attended INTEGER, indoor BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE matches(match_id INTEGER PRIMARY KEY, age_group VARCHAR,
        coach_id INTEGER REFERENCES coaches(coach_id), kickoff_at TIMESTAMP, opponent VARCHAR, competition VARCHAR,
        home BOOLEAN, goals_for INTEGER, goals_against INTEGER, attendance INTEGER)""")
    coaches = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 10), start=1):
        badge = rng.choices(list(BADGES), list(BADGES.values()))[0]
        coaches.append((cid, first, last, _day(rng, dt.date(1966, 1, 1), 11000), badge, AGE_GROUPS[(cid - 1) % 4],
                        _day(rng, dt.date(2014, 1, 1), 3300), cid <= 6))
    players = []
    born_from = {"U12": 2013, "U14": 2011, "U16": 2009, "U18": 2007}
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 240), start=1):
        group = AGE_GROUPS[(pid - 1) % 4] if rng.random() < 0.8 else rng.choice(AGE_GROUPS)
        joined = _day(rng, dt.date(2019, 6, 1), 1900)
        left = joined + dt.timedelta(days=rng.randint(120, 1500)) if rng.random() < 0.28 else None
        if left is not None and left > dt.date(2024, 12, 31):
            left = None
        players.append((pid, first, last, _day(rng, dt.date(born_from[group], 1, 1), 730), group,
                        rng.choices(list(POSITIONS), list(POSITIONS.values()))[0],
                        rng.choices(["right", "left", "both"], [68, 24, 8])[0], joined, left,
                        group in ("U16", "U18") and rng.random() < 0.35))
    sessions = []
    for sid in range(1, 1301):
        coach = rng.choice(coaches)
        group = coach[5] if rng.random() < 0.8 else rng.choice(AGE_GROUPS)
        day = _day(rng, dt.date(2023, 1, 1), 731)
        weekend = day.weekday() >= 5
        hour = rng.choice([9, 10, 11]) if weekend else rng.choice([16, 17, 18, 19])
        indoor = day.month in (11, 12, 1, 2) and rng.random() < 0.6 or rng.random() < 0.1
        sessions.append((sid, coach[0], group, dt.datetime.combine(day, dt.time(hour, rng.choice([0, 30]))),
                         rng.choice([60, 75, 90, 90, 120]), rng.choices(list(FOCUS), list(FOCUS.values()))[0],
                         rng.randint(9, 22), indoor))
    matches = []
    strength = {"U12": 1.9, "U14": 1.6, "U16": 1.4, "U18": 1.2}
    for mid in range(1, 321):
        group = AGE_GROUPS[(mid - 1) % 4]
        coach = rng.choice([c for c in coaches if c[5] == group])
        day = _day(rng, dt.date(2023, 1, 1), 731)
        while day.weekday() not in (2, 5, 6) or day.month in (6, 7):
            day = _day(rng, dt.date(2023, 1, 1), 731)
        home = rng.random() < 0.5
        goals_for = min(8, int(rng.expovariate(1 / (strength[group] + (0.3 if home else 0)))))
        goals_against = min(7, int(rng.expovariate(1 / 1.3)))
        hour = 19 if day.weekday() == 2 else rng.choice([10, 11, 14])
        matches.append((mid, group, coach[0], dt.datetime.combine(day, dt.time(hour, 0)), rng.choice(OPPONENTS),
                        rng.choices(["league", "cup", "friendly"], [60, 15, 25])[0], home, goals_for, goals_against,
                        rng.randint(20, 400) if home else None))
    _insert(con, "coaches", coaches)
    _insert(con, "players", players)
    _insert(con, "training_sessions", sessions)
    _insert(con, "matches", matches)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "grooming": build_grooming,
    "bikeworkshop": build_bikeworkshop,
    "library": build_library,
    "farmshop": build_farmshop,
    "academy": build_academy,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval70-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval70-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval70-dbs"))
