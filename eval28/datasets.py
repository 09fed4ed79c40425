"""Builders of the eval28 development corpus: five DuckDB files (furniture store, pawn shop, online course
marketplace, coffee roaster, e-bike shop).

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `furniture.duckdb`: customers (birth_year, is_trade_account), products, orders (order_ts TIMESTAMP, nullable
  delivered_on), order_items (declared FKs); 2022-2024
- `pawnshop.duckdb`: customers (date_of_birth), loans (cust_id is NOT a declared foreign key; nullable
  redeemed_on while a loan is open or after it was forfeited), auction_sales (declared FK to loans); 2022-2024
- `coursehub.duckdb`: instructors, courses (declared FK), students (birth_year), enrollments (enrolled_at
  TIMESTAMP, nullable completed_at and rating, refunded flag); July 2023 - June 2025
- `roastery.duckdb`: beans (is_organic), roast_batches (roaster_name, green_kg vs roasted_kg), clients,
  wholesale_orders (nullable shipped_on while not shipped); 2022-2024
- `ebikes.duckdb`: staff (first/last name, hired_on, left_on NULL while employed), bikes, sales (financed,
  trade_in), repairs (booked_at / finished_at TIMESTAMPs, finished_at NULL while open, under_warranty); 2023-2024

Usage:
    python eval28/datasets.py OUTDIR

Example:
    >>> from eval28.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval28-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['coursehub.duckdb', 'ebikes.duckdb', 'furniture.duckdb', 'pawnshop.duckdb', 'roastery.duckdb']
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


def _stamp(rng: random.Random, day: dt.date, first_hour: int = 9, last_hour: int = 18) -> dt.datetime:
    """A timestamp on `day` between first_hour:00 and last_hour:59, at whole minutes."""
    return dt.datetime(day.year, day.month, day.day, rng.randint(first_hour, last_hour), rng.randrange(60))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amelia", "Bastian", "Carmen", "Dario", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Lorenzo",
         "Maya", "Niall", "Olga", "Pablo", "Quinn", "Rosa", "Samir", "Tess", "Umar", "Vera", "Wim", "Zoe"]
LAST = ["Abbott", "Bergstrom", "Costa", "Delgado", "Evans", "Fischer", "Garnier", "Hughes", "Iverson", "Jensen",
        "Keller", "Lombardi", "Moreau", "Novak", "O'Neill", "Petrov", "Quist", "Romano", "Schultz", "Tanaka"]
END = dt.date(2024, 12, 31)

# ------------------------------------------------------------------------------------------------ furniture
PRODUCTS = [
    # name, category, material, list_price
    ("Harbor 3-Seat Sofa", "Sofas", "fabric", 1290.0), ("Milano Leather Sofa", "Sofas", "leather", 2450.0),
    ("Nook Loveseat", "Sofas", "fabric", 840.0), ("Corner Sectional Oslo", "Sofas", "fabric", 1890.0),
    ("Oak Platform Bed", "Beds", "oak", 980.0), ("Walnut King Bed", "Beds", "walnut", 1650.0),
    ("Pine Bunk Bed", "Beds", "pine", 540.0), ("Metal Daybed", "Beds", "metal", 420.0),
    ("Farmhouse Dining Table", "Tables", "oak", 1150.0), ("Round Walnut Table", "Tables", "walnut", 890.0),
    ("Glass Coffee Table", "Tables", "metal", 310.0), ("Pine Side Table", "Tables", "pine", 95.0),
    ("Windsor Chair", "Chairs", "oak", 160.0), ("Eames-Style Chair", "Chairs", "metal", 120.0),
    ("Velvet Armchair", "Chairs", "fabric", 520.0), ("Leather Recliner", "Chairs", "leather", 1090.0),
    ("Two-Door Wardrobe", "Wardrobes", "pine", 610.0), ("Walnut Wardrobe", "Wardrobes", "walnut", 1480.0),
    ("Sliding Wardrobe", "Wardrobes", "oak", 1320.0), ("Arc Floor Lamp", "Lighting", "metal", 180.0),
    ("Rattan Pendant", "Lighting", "fabric", 75.0), ("Brass Table Lamp", "Lighting", "metal", 65.0),
]
STORES = {"Leeds": 25, "Manchester": 30, "Bristol": 20, "Online": 25}
ORDER_STATUS = {"delivered": 80, "cancelled": 7, "returned": 6, "processing": 7}


def build_furniture(path: Path | str) -> None:
    """customers (400), products (22), orders (2022-2024) and order_items; every FK declared."""
    rng = random.Random(2801)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, city VARCHAR, is_trade_account BOOLEAN, joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE products(product_id INTEGER PRIMARY KEY, product_name VARCHAR,
        category VARCHAR, material VARCHAR, list_price DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE orders(order_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), order_ts TIMESTAMP, store VARCHAR, status VARCHAR,
        delivered_on DATE, delivery_fee DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE order_items(item_id INTEGER PRIMARY KEY,
        order_id INTEGER REFERENCES orders(order_id), product_id INTEGER REFERENCES products(product_id),
        quantity INTEGER, unit_price DOUBLE)""")
    cities = ["Leeds", "Manchester", "Bristol", "York", "Sheffield", "Liverpool"]
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 400), start=1):
        customers.append((cid, first, last, rng.randint(1948, 2003), rng.choice(cities), rng.random() < 0.12,
                          _day(rng, dt.date(2019, 1, 1), 365 * 5)))
    products = [(i, *p) for i, p in enumerate(PRODUCTS, start=1)]
    orders, items = [], []
    for oid in range(1, 2201):
        day = _day(rng, dt.date(2022, 1, 1), 365 * 3 + 1)
        status = rng.choices(list(ORDER_STATUS), list(ORDER_STATUS.values()))[0]
        if day > dt.date(2024, 12, 10) and status == "delivered":
            status = "processing"
        delivered = day + dt.timedelta(days=rng.randint(3, 35)) if status in ("delivered", "returned") else None
        store = rng.choices(list(STORES), list(STORES.values()))[0]
        fee = 0.0 if store != "Online" or rng.random() < 0.3 else rng.choice([29.0, 49.0, 79.0])
        orders.append((oid, rng.randint(1, 400), _stamp(rng, day, 8, 21), store, status, delivered, fee))
        for _ in range(rng.choices([1, 2, 3, 4], [50, 30, 15, 5])[0]):
            pid = rng.randint(1, len(PRODUCTS))
            price = round(PRODUCTS[pid - 1][3] * rng.choice([1.0, 1.0, 1.0, 0.9, 0.85]), 2)
            qty = rng.choices([1, 2, 4, 6], [75, 15, 6, 4])[0] if PRODUCTS[pid - 1][1] == "Chairs" else 1
            items.append((len(items) + 1, oid, pid, qty, price))
    _insert(con, "customers", customers)
    _insert(con, "products", products)
    _insert(con, "orders", orders)
    _insert(con, "order_items", items)
    con.close()


# ------------------------------------------------------------------------------------------------ pawn shop
ITEM_CATEGORIES = {"jewellery": (80, 3000), "watches": (150, 6000), "electronics": (60, 1500), "tools": (30, 700),
                   "musical instruments": (100, 2500), "gold coins": (200, 4000)}
BRANCHES = ["Downtown", "Eastside", "Harbor"]


def build_pawnshop(path: Path | str) -> None:
    """customers (300, date_of_birth), loans (2022-2024; cust_id undeclared), auction_sales of forfeited items."""
    rng = random.Random(2802)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(cust_id INTEGER PRIMARY KEY, full_name VARCHAR,
        date_of_birth DATE, city VARCHAR, id_verified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE loans(loan_id INTEGER PRIMARY KEY, cust_id INTEGER, branch VARCHAR,
        item_category VARCHAR, item_description VARCHAR, appraised_value DOUBLE, loan_amount DOUBLE,
        monthly_interest_pct DOUBLE, start_date DATE, due_date DATE, redeemed_on DATE, status VARCHAR,
        was_extended BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE auction_sales(sale_id INTEGER PRIMARY KEY,
        loan_id INTEGER REFERENCES loans(loan_id), sold_at TIMESTAMP, sale_price DOUBLE, buyer_type VARCHAR)""")
    cities = ["Riverton", "Millbrook", "Oakdale", "Fairview"]
    customers = [(i, f"{first} {last}", _day(rng, dt.date(1955, 1, 1), 365 * 48), rng.choice(cities),
                  rng.random() < 0.9) for i, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 300), 1)]
    descriptions = {"jewellery": ["gold ring", "diamond necklace", "silver bracelet", "pearl earrings"],
                    "watches": ["Rolex Submariner", "Omega Seamaster", "Seiko Presage", "Tag Heuer Carrera"],
                    "electronics": ["laptop", "games console", "smartphone", "DSLR camera"],
                    "tools": ["power drill", "chainsaw", "welder", "table saw"],
                    "musical instruments": ["electric guitar", "violin", "saxophone", "keyboard"],
                    "gold coins": ["Krugerrand", "sovereign", "Maple Leaf"]}
    loans, sales = [], []
    for lid in range(1, 1601):
        cat = rng.choices(list(ITEM_CATEGORIES), [30, 12, 25, 13, 10, 10])[0]
        lo, hi = ITEM_CATEGORIES[cat]
        appraised = round(rng.uniform(lo, hi), 2)
        amount = round(appraised * rng.uniform(0.3, 0.6), 0)
        start = _day(rng, dt.date(2022, 1, 1), 365 * 3 + 1)
        extended = rng.random() < 0.18
        due = start + dt.timedelta(days=120 if extended else 60)
        outcome = rng.choices(["redeemed", "forfeited"], [72, 28])[0]
        redeemed = None
        if due > END and rng.random() < 0.8:
            status = "active"
        elif outcome == "redeemed":
            redeemed = start + dt.timedelta(days=rng.randint(5, (due - start).days))
            status = "redeemed" if redeemed <= END else "active"
            redeemed = redeemed if redeemed <= END else None
        else:
            status = "forfeited"
        loans.append((lid, rng.randint(1, 300), rng.choices(BRANCHES, [45, 30, 25])[0], cat,
                      rng.choice(descriptions[cat]), appraised, amount, rng.choice([3.0, 4.0, 5.0, 6.0]), start, due,
                      redeemed, status, extended))
        sold_day = due + dt.timedelta(days=rng.randint(10, 60))
        if status == "forfeited" and sold_day <= END and rng.random() < 0.85:
            sales.append((len(sales) + 1, lid, _stamp(rng, sold_day, 10, 17), round(appraised * rng.uniform(0.6, 1.1),
                                                                                       2),
                          rng.choice(["dealer", "private", "online"])))
    _insert(con, "customers", customers)
    _insert(con, "loans", loans)
    _insert(con, "auction_sales", sales)
    con.close()


# ------------------------------------------------------------------------------------------------ course hub
SUBJECTS = ["Data Science", "Web Development", "Design", "Marketing", "Photography", "Music Production"]
COUNTRIES = ["USA", "UK", "India", "Germany", "Brazil", "Canada", "Spain"]


def build_coursehub(path: Path | str) -> None:
    """instructors (30), courses (90), students (600, birth_year), enrollments (July 2023 - June 2025)."""
    rng = random.Random(2803)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE instructors(instructor_id INTEGER PRIMARY KEY, instructor_name VARCHAR,
        country VARCHAR, joined_on DATE, is_verified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE courses(course_id INTEGER PRIMARY KEY,
        instructor_id INTEGER REFERENCES instructors(instructor_id), title VARCHAR, subject VARCHAR, level VARCHAR,
        price DOUBLE, video_hours DOUBLE, published_on DATE, has_certificate BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE students(student_id INTEGER PRIMARY KEY, student_name VARCHAR,
        birth_year INTEGER, country VARCHAR, signed_up_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE enrollments(enrollment_id INTEGER PRIMARY KEY,
        student_id INTEGER REFERENCES students(student_id), course_id INTEGER REFERENCES courses(course_id),
        enrolled_at TIMESTAMP, price_paid DOUBLE, coupon_used BOOLEAN, completed_at TIMESTAMP, rating INTEGER,
        refunded BOOLEAN)""")
    instructors = [(i, f"{first} {last}", rng.choice(COUNTRIES), _day(rng, dt.date(2019, 1, 1), 365 * 4),
                    rng.random() < 0.6) for i, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 30), 1)]
    topics = {"Data Science": ["Python for Analysts", "Machine Learning Basics", "SQL Deep Dive", "Statistics"],
              "Web Development": ["React from Scratch", "Django APIs", "CSS Layouts", "Node Backend"],
              "Design": ["Figma Essentials", "Logo Design", "UX Research", "Typography"],
              "Marketing": ["SEO Fundamentals", "Email Campaigns", "Social Ads", "Copywriting"],
              "Photography": ["Portrait Lighting", "Lightroom Editing", "Street Photography", "Drone Shots"],
              "Music Production": ["Ableton Live", "Mixing Vocals", "Beat Making", "Mastering"]}
    courses = []
    for cid in range(1, 91):
        subject = SUBJECTS[(cid - 1) % len(SUBJECTS)]
        level = rng.choices(["beginner", "intermediate", "advanced"], [50, 35, 15])[0]
        title = f"{rng.choice(topics[subject])} {['I', 'II', 'III', 'Pro', 'Bootcamp'][cid % 5]}"
        courses.append((cid, rng.randint(1, 30), title, subject, level,
                        round(rng.choice([19.99, 29.99, 49.99, 89.99, 129.99]) * (1.5 if level == "advanced" else 1),
                              2),
                        round(rng.uniform(2, 40), 1), _day(rng, dt.date(2022, 1, 1), 700), rng.random() < 0.55))
    names = _unique_names(rng, FIRST + ["Aiko", "Bilal", "Chen", "Dana", "Emil", "Fatima"],
                          LAST + ["Silva", "Kumar", "Wong", "Larsen", "Mendes"], 600)
    students = [(i, f"{first} {last}", rng.randint(1965, 2006), rng.choice(COUNTRIES),
                 _day(rng, dt.date(2022, 6, 1), 365 * 3)) for i, (first, last) in enumerate(names, 1)]
    enrollments = []
    last_day = dt.date(2025, 6, 30)
    for eid in range(1, 4501):
        course = courses[rng.randrange(len(courses))]
        student = students[rng.randrange(len(students))]
        day = max(course[7], student[4], dt.date(2023, 7, 1))
        day = day + dt.timedelta(days=rng.randrange(max(1, (last_day - day).days + 1)))
        coupon = rng.random() < 0.3
        paid = round(course[5] * (rng.choice([0.5, 0.6, 0.7]) if coupon else 1.0), 2)
        refunded = rng.random() < 0.05
        done = None
        if not refunded and rng.random() < 0.45:
            finished = _stamp(rng, day + dt.timedelta(days=rng.randint(3, 200)), 0, 23)
            done = finished if finished.date() <= last_day else None
        rating = rng.choices([1, 2, 3, 4, 5], [4, 6, 15, 40, 35])[0] if done and rng.random() < 0.7 else None
        enrollments.append((eid, student[0], course[0], _stamp(rng, day, 0, 23), paid, coupon, done, rating, refunded))
    _insert(con, "instructors", instructors)
    _insert(con, "courses", courses)
    _insert(con, "students", students)
    _insert(con, "enrollments", enrollments)
    con.close()


# ------------------------------------------------------------------------------------------------ roastery
BEANS = [
    # name, origin_country, process, is_organic, cost_per_kg
    ("Yirgacheffe Kochere", "Ethiopia", "washed", True, 9.8), ("Guji Natural", "Ethiopia", "natural", False, 9.1),
    ("Huila Supremo", "Colombia", "washed", False, 7.4), ("Nariño Honey", "Colombia", "honey", True, 8.9),
    ("Cerrado Mineiro", "Brazil", "natural", False, 5.6), ("Sul de Minas", "Brazil", "natural", True, 6.2),
    ("Nyeri AA", "Kenya", "washed", False, 11.2), ("Antigua Finca", "Guatemala", "washed", True, 8.1),
    ("Sumatra Mandheling", "Indonesia", "wet-hulled", False, 7.0), ("Tarrazu Honey", "Costa Rica", "honey", False,
                                                                     8.6),
]
ROASTERS = ["Ivy Carter", "Mateo Ruiz", "Sana Patel", "Tom Becker"]
CLIENT_TYPES = {"cafe": 55, "restaurant": 20, "office": 15, "grocer": 10}
REGIONS = ["North", "South", "East", "West"]


def build_roastery(path: Path | str) -> None:
    """beans (10), roast_batches (2022-2024), clients (120), wholesale_orders (2022-2024; declared FKs)."""
    rng = random.Random(2804)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE beans(bean_id INTEGER PRIMARY KEY, bean_name VARCHAR,
        origin_country VARCHAR, process VARCHAR, is_organic BOOLEAN, cost_per_kg DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE roast_batches(batch_id INTEGER PRIMARY KEY,
        bean_id INTEGER REFERENCES beans(bean_id), roasted_at TIMESTAMP, roaster_name VARCHAR, roast_level VARCHAR,
        green_kg DOUBLE, roasted_kg DOUBLE, cupping_score DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, client_name VARCHAR,
        client_type VARCHAR, region VARCHAR, signed_on DATE, is_active BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE wholesale_orders(order_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), bean_id INTEGER REFERENCES beans(bean_id),
        order_date DATE, kg DOUBLE, price_per_kg DOUBLE, roast_level VARCHAR, shipped_on DATE)""")
    beans = [(i, *b) for i, b in enumerate(BEANS, start=1)]
    batches = []
    for bid in range(1, 1301):
        bean = beans[rng.randrange(len(beans))]
        level = rng.choices(["light", "medium", "dark"], [35, 45, 20])[0]
        green = float(rng.choice([12, 15, 15, 20, 25, 30]))
        loss = {"light": 0.13, "medium": 0.16, "dark": 0.19}[level] + rng.uniform(-0.02, 0.02)
        score = None if rng.random() < 0.25 else round(rng.uniform(80, 90) - (2 if level == "dark" else 0), 1)
        batches.append((bid, bean[0], _stamp(rng, _day(rng, dt.date(2022, 1, 1), 365 * 3 + 1), 6, 15),
                        rng.choices(ROASTERS, [35, 30, 20, 15])[0], level, green, round(green * (1 - loss), 2), score))
    prefixes = ["Blue", "Little", "Corner", "Golden", "Urban", "Copper", "Maple", "Harbour", "Velvet", "Daily"]
    kinds = {"cafe": "Cafe", "restaurant": "Bistro", "office": "Offices", "grocer": "Market"}
    clients = []
    for cid in range(1, 121):
        ctype = rng.choices(list(CLIENT_TYPES), list(CLIENT_TYPES.values()))[0]
        name = f"{prefixes[cid % 10]} {rng.choice(['Fox', 'Oak', 'Bean', 'Lane', 'Cup', 'Leaf'])} {kinds[ctype]} {cid}"
        clients.append((cid, name, ctype, rng.choice(REGIONS), _day(rng, dt.date(2020, 1, 1), 365 * 4),
                        rng.random() < 0.85))
    orders = []
    for oid in range(1, 3001):
        client = clients[rng.randrange(len(clients))]
        bean = beans[rng.randrange(len(beans))]
        day = _day(rng, max(dt.date(2022, 1, 1), client[4]), max(1, (END - max(dt.date(2022, 1, 1), client[4])).days))
        shipped = day + dt.timedelta(days=rng.randint(1, 6))
        shipped = None if shipped > END or rng.random() < 0.02 else shipped
        kg = float(rng.choice([2, 5, 5, 10, 10, 20, 30]))
        orders.append((oid, client[0], bean[0], day, kg, round(bean[5] * 2.6 * rng.uniform(0.95, 1.1), 2),
                       rng.choices(["light", "medium", "dark"], [30, 50, 20])[0], shipped))
    _insert(con, "beans", beans)
    _insert(con, "roast_batches", batches)
    _insert(con, "clients", clients)
    _insert(con, "wholesale_orders", orders)
    con.close()


# ------------------------------------------------------------------------------------------------ e-bike shop
BIKES = [
    # model, brand, bike_type, battery_wh, list_price
    ("Urban Glide 5", "Voltera", "city", 500, 2199.0), ("Urban Glide 7", "Voltera", "city", 625, 2799.0),
    ("Hauler Cargo", "Voltera", "cargo", 750, 4899.0), ("Trailblaze X", "Montane", "mountain", 720, 4599.0),
    ("Ridgeback E", "Montane", "mountain", 630, 3899.0), ("Fold&Go", "Kompakt", "folding", 360, 1699.0),
    ("Mini Fold Pro", "Kompakt", "folding", 400, 1999.0), ("Tour 900", "Wanderwerk", "trekking", 625, 3299.0),
    ("Tour 600", "Wanderwerk", "trekking", 500, 2699.0), ("Family Long", "Wanderwerk", "cargo", 800, 5299.0),
]
REPAIR_TYPES = {"puncture": (15, 8), "brake service": (45, 30), "gear tune": (35, 10), "battery replacement": (60, 650),
                "motor fault": (120, 380), "display fault": (40, 120)}


def build_ebikes(path: Path | str) -> None:
    """staff (14), bikes (10), sales (2023-2024, declared FKs), repairs (2023-2024, open ones unfinished)."""
    rng = random.Random(2805)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE staff(staff_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        role VARCHAR, hired_on DATE, left_on DATE, hourly_rate DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE bikes(bike_id INTEGER PRIMARY KEY, model VARCHAR, brand VARCHAR,
        bike_type VARCHAR, battery_wh INTEGER, list_price DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE sales(sale_id INTEGER PRIMARY KEY, bike_id INTEGER REFERENCES bikes(bike_id),
        staff_id INTEGER REFERENCES staff(staff_id), sold_on DATE, sale_price DOUBLE, financed BOOLEAN,
        trade_in BOOLEAN, customer_postcode VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE repairs(repair_id INTEGER PRIMARY KEY,
        mechanic_id INTEGER REFERENCES staff(staff_id), bike_id INTEGER REFERENCES bikes(bike_id),
        repair_type VARCHAR, booked_at TIMESTAMP, finished_at TIMESTAMP, labour_cost DOUBLE, parts_cost DOUBLE,
        under_warranty BOOLEAN)""")
    staff = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 14), start=1):
        role = "mechanic" if sid % 2 == 0 else "sales"
        hired = _day(rng, dt.date(2017, 1, 1), 365 * 6)
        left = _day(rng, dt.date(2023, 3, 1), 600) if sid in (3, 8, 11) else None
        staff.append((sid, first, last, role, hired, left, round(rng.uniform(14, 24) + (2 if role == "mechanic" else 0),
                                                                 2)))
    bikes = [(i, *b) for i, b in enumerate(BIKES, start=1)]
    sellers = [s for s in staff if s[3] == "sales"]
    mechanics = [s for s in staff if s[3] == "mechanic"]
    sales = []
    for sale_id in range(1, 1401):
        bike = bikes[rng.choices(range(len(bikes)), [18, 12, 6, 8, 9, 10, 6, 12, 11, 8])[0]]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        seller = rng.choice([s for s in sellers if s[5] is None or s[5] > day])
        sales.append((sale_id, bike[0], seller[0], day, round(bike[5] * rng.choice([1.0, 1.0, 0.95, 0.9]), 2),
                      rng.random() < 0.35, rng.random() < 0.15, f"LS{rng.randint(1, 29)}"))
    repairs = []
    for rid in range(1, 1101):
        rtype = rng.choices(list(REPAIR_TYPES), [30, 22, 20, 8, 8, 12])[0]
        labour, parts = REPAIR_TYPES[rtype]
        booked = _stamp(rng, _day(rng, dt.date(2023, 1, 1), 731), 8, 17)
        mech = rng.choice([m for m in mechanics if m[5] is None or m[5] > booked.date()])
        finished = booked + dt.timedelta(hours=rng.randint(1, 24 * 9))
        finished = None if finished.date() > END or rng.random() < 0.02 else finished
        warranty = rng.random() < (0.4 if rtype in ("battery replacement", "motor fault") else 0.1)
        repairs.append((rid, mech[0], rng.randint(1, len(bikes)), rtype, booked, finished,
                        round(labour * rng.uniform(0.8, 1.5), 2), round(parts * rng.uniform(0.7, 1.3), 2), warranty))
    _insert(con, "staff", staff)
    _insert(con, "bikes", bikes)
    _insert(con, "sales", sales)
    _insert(con, "repairs", repairs)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "furniture": build_furniture,
    "pawnshop": build_pawnshop,
    "coursehub": build_coursehub,
    "roastery": build_roastery,
    "ebikes": build_ebikes,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval28-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval28-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval28-dbs"))
