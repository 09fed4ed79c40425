"""Builders of the fifteenth evaluation corpus: five DuckDB files (car dealership, bookstore chain, ferry operator,
ice cream parlour chain, climbing gym).

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `dealership.duckdb`: salespeople (date_of_birth, nullable leave_date), vehicles, sales (nullable trade_in_value;
  declared FKs to vehicles and salespeople)
- `bookstores.duckdb`: stores, books, sales (sold_at TIMESTAMP, loyalty_card BOOLEAN; declared FKs)
- `ferries.duckdb`: vessels, routes, sailings (abbreviated names: vsl_nm, rte_id, sched_dep_ts, pax_cnt, rev_amt,
  is_cncl; sailings.rte_id is a declared FK, sailings.vsl_id is NOT declared)
- `icecream.duckdb`: one wide `parlour_sales` table (one row per order line; nullable customer_rating, booleans)
- `climbing.duckdb`: members, visits (camelCase names, birthDate, nullable cancelledOn, checkInAt TIMESTAMP;
  declared FK)

Usage:
    python eval15/datasets.py OUTDIR

Example:
    >>> from eval15.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval15-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['bookstores.duckdb', 'climbing.duckdb', 'dealership.duckdb', 'ferries.duckdb', 'icecream.duckdb']
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
DAYS = (END - START).days + 1


def _insert(con, table: str, rows: list[tuple]) -> None:
    """Append rows (tuples in column order) to a table through a registered DataFrame."""
    cols = [r[0] for r in con.execute(f'DESCRIBE "{table}"').fetchall()]
    con.register("frame", pd.DataFrame(rows, columns=cols))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date, span_days: int) -> dt.date:
    """A random day in [start, start + span_days)."""
    return start + dt.timedelta(days=rng.randrange(span_days))


def _ts(day: dt.date, rng: random.Random, first_hour: int, last_hour: int) -> dt.datetime:
    """A timestamp on `day` between first_hour:00 and last_hour:59, to the minute."""
    return dt.datetime(day.year, day.month, day.day, rng.randint(first_hour, last_hour), rng.randrange(60))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Aaron", "Bethany", "Callum", "Daisy", "Ethan", "Fiona", "Gareth", "Hannah", "Imran", "Jasmine", "Kieran",
         "Lauren", "Mohammed", "Niamh", "Owen", "Priya", "Quentin", "Rhiannon", "Samir", "Tegan", "Usman", "Verity",
         "Wesley", "Yasmin", "Zoe", "Declan", "Megan", "Rory"]
LAST = ["Ashworth", "Bellamy", "Chowdhury", "Doherty", "Ellison", "Fairbairn", "Gallagher", "Hussain", "Ingram",
        "Jarvis", "Kaur", "Lowther", "McAllister", "Nolan", "O'Connell", "Pritchard", "Quinlan", "Rahman", "Sutcliffe",
        "Tierney", "Underwood", "Whitfield", "Yates"]

# ----------------------------------------------------------------------------------------------- dealership
MODELS = [
    # make, model, body_type, fuel_type, new price
    ("Toyota", "Corolla", "hatchback", "hybrid", 28500), ("Toyota", "RAV4", "SUV", "hybrid", 38900),
    ("Ford", "Fiesta", "hatchback", "petrol", 19800), ("Ford", "Kuga", "SUV", "petrol", 31500),
    ("Ford", "Ranger", "pickup", "diesel", 36900), ("Volkswagen", "Golf", "hatchback", "petrol", 27900),
    ("Volkswagen", "ID.4", "SUV", "electric", 44500), ("Volkswagen", "Transporter", "van", "diesel", 39800),
    ("BMW", "3 Series", "sedan", "diesel", 41200), ("BMW", "X3", "SUV", "diesel", 49800),
    ("Tesla", "Model 3", "sedan", "electric", 42900), ("Kia", "Sportage", "SUV", "hybrid", 32900),
    ("Kia", "EV6", "SUV", "electric", 46900), ("Nissan", "Qashqai", "SUV", "petrol", 29900),
    ("Skoda", "Octavia", "estate", "diesel", 26900), ("Hyundai", "i20", "hatchback", "petrol", 18900),
]
COLOURS = ["white", "black", "grey", "silver", "blue", "red"]
SHOWROOMS = ["Northgate", "Riverside", "Airport Road"]


def build_dealership(path: Path | str) -> None:
    """salespeople (18), vehicles (1,400 in stock 2022-2024), sales (declared FKs; trade_in_value NULL if none)."""
    rng = random.Random(1501)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE salespeople(salesperson_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, showroom VARCHAR, hire_date DATE, leave_date DATE,
        commission_rate DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE vehicles(vehicle_id INTEGER PRIMARY KEY, vin VARCHAR, make VARCHAR,
        model VARCHAR, body_type VARCHAR, fuel_type VARCHAR, colour VARCHAR, model_year INTEGER, is_new BOOLEAN,
        mileage_km INTEGER, list_price DOUBLE, arrived_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE sales(sale_id INTEGER PRIMARY KEY,
        vehicle_id INTEGER REFERENCES vehicles(vehicle_id),
        salesperson_id INTEGER REFERENCES salespeople(salesperson_id), customer_name VARCHAR, sale_date DATE,
        sale_price DOUBLE, payment_type VARCHAR, trade_in_value DOUBLE, extended_warranty BOOLEAN)""")
    people = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 18), start=1):
        hired = _day(rng, dt.date(2015, 1, 1), 365 * 8)
        left = _day(rng, dt.date(2022, 6, 1), 900) if sid % 5 == 0 else None
        people.append((sid, first, last, _day(rng, dt.date(1965, 1, 1), 365 * 35), SHOWROOMS[sid % 3], hired, left,
                       rng.choice([0.02, 0.025, 0.03, 0.035])))
    vehicles, sales = [], []
    customers = [f"{a} {b}" for a, b in _unique_names(rng, FIRST, LAST, 420)]
    for vid in range(1, 1401):
        make, model, body, fuel, price = rng.choices(MODELS, [9, 7, 8, 6, 3, 8, 4, 3, 5, 4, 4, 6, 3, 7, 5, 6])[0]
        is_new = rng.random() < 0.45
        year = rng.randint(2022, 2024) if is_new else rng.randint(2012, 2021)
        mileage = rng.randint(5, 60) if is_new else rng.randint(8000, 160000)
        list_price = round(price * (1 if is_new else max(0.18, 0.9 - 0.06 * (2024 - year))) * rng.uniform(0.95, 1.05))
        arrived = _day(rng, START, DAYS)
        vin = f"{make[:2].upper()}{rng.randrange(10**12):012d}{vid:03d}"
        vehicles.append((vid, vin, make, model, body, fuel, rng.choice(COLOURS), year, is_new, mileage,
                         float(list_price), arrived))
        sold = arrived + dt.timedelta(days=int(rng.expovariate(1 / 45)) + 1)
        if sold > END or rng.random() < 0.05:
            continue  # still on the forecourt
        active = [p for p in people if p[5] <= sold and (p[6] is None or p[6] > sold)]
        seller = rng.choice(active)
        payment = rng.choices(["cash", "finance", "lease"], [30, 55, 15])[0]
        trade = round(rng.uniform(1500, 18000), -1) if rng.random() < 0.4 else None
        sales.append((len(sales) + 1, vid, seller[0], rng.choice(customers), sold,
                      round(list_price * rng.uniform(0.9, 1.0), 2), payment, trade, rng.random() < 0.35))
    _insert(con, "salespeople", people)
    _insert(con, "vehicles", vehicles)
    ordered = sorted(sales, key=lambda s: (s[4], s[1]))
    _insert(con, "sales", [(i, *s[1:]) for i, s in enumerate(ordered, start=1)])
    con.close()


# ---------------------------------------------------------------------------------------------- bookstores
STORES = [
    # store_name, city, region, opened_on, has_cafe, floor_area_sqm
    ("Leeds Briggate", "Leeds", "North", dt.date(2009, 4, 1), True, 620.0),
    ("York Stonegate", "York", "North", dt.date(2014, 9, 12), False, 310.0),
    ("Manchester Deansgate", "Manchester", "North", dt.date(2011, 3, 5), True, 780.0),
    ("Birmingham New Street", "Birmingham", "Midlands", dt.date(2008, 10, 20), True, 690.0),
    ("Nottingham Market Sq", "Nottingham", "Midlands", dt.date(2016, 6, 1), False, 280.0),
    ("Bristol Harbourside", "Bristol", "South West", dt.date(2012, 5, 18), True, 540.0),
    ("Bath Milsom St", "Bath", "South West", dt.date(2018, 11, 2), False, 240.0),
    ("Covent Garden", "London", "London", dt.date(2006, 2, 14), True, 910.0),
    ("Islington Upper St", "London", "London", dt.date(2015, 7, 9), False, 350.0),
    ("Greenwich", "London", "London", dt.date(2023, 3, 25), True, 410.0),
    ("Edinburgh Princes St", "Edinburgh", "Scotland", dt.date(2010, 8, 1), True, 600.0),
    ("Glasgow Buchanan St", "Glasgow", "Scotland", dt.date(2019, 4, 13), False, 450.0),
]
GENRES = {"Fiction": (8.99, 18.99), "Crime": (8.99, 16.99), "Science Fiction": (9.99, 17.99),
          "Children's": (5.99, 12.99), "Biography": (12.99, 25.0), "History": (14.99, 30.0),
          "Cookery": (16.99, 28.0), "Travel": (12.99, 22.0), "Self-Help": (9.99, 16.99)}
PUBLISHERS = ["Penguin", "HarperCollins", "Faber", "Bloomsbury", "Hachette", "Pan Macmillan", "Canongate"]
AUTHORS = ["Ann Cleeves", "Ian Rankin", "Zadie Smith", "Kazuo Ishiguro", "Hilary Mantel", "Philip Pullman",
           "Julia Donaldson", "Mary Beard", "Nigella Lawson", "Yotam Ottolenghi", "Adam Kay", "Richard Osman",
           "Sally Rooney", "Terry Pratchett", "Neil Gaiman", "Bill Bryson", "Michael Palin", "Matt Haig",
           "Jeanette Winterson", "Val McDermid"]
WORDS = ["River", "Silent", "Garden", "Winter", "House", "Night", "Glass", "Lost", "Island", "Road", "Salt", "Paper",
         "Crow", "Summer", "Iron", "Light", "Harbour", "Fox", "Stone", "Wild"]


def build_bookstores(path: Path | str) -> None:
    """stores (12), books (240), sales (~16,000 lines 2022-2024, declared FKs, sold_at TIMESTAMP)."""
    rng = random.Random(1502)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stores(store_id INTEGER PRIMARY KEY, store_name VARCHAR, city VARCHAR,
        region VARCHAR, opened_on DATE, has_cafe BOOLEAN, floor_area_sqm DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE books(book_id INTEGER PRIMARY KEY, isbn VARCHAR, title VARCHAR,
        author VARCHAR, genre VARCHAR, publisher VARCHAR, format VARCHAR, list_price DOUBLE,
        published_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE sales(sale_id INTEGER PRIMARY KEY,
        store_id INTEGER REFERENCES stores(store_id), book_id INTEGER REFERENCES books(book_id), sold_at TIMESTAMP,
        quantity INTEGER, unit_price DOUBLE, loyalty_card BOOLEAN)""")
    stores = [(i, *s) for i, s in enumerate(STORES, start=1)]
    books, titles = [], set()
    for bid in range(1, 241):
        genre = rng.choice(list(GENRES))
        lo, hi = GENRES[genre]
        title = f"The {rng.choice(WORDS)} {rng.choice(WORDS)}"
        while title in titles:
            title = f"{rng.choice(WORDS)} of the {rng.choice(WORDS)}"
        titles.add(title)
        fmt = rng.choices(["paperback", "hardback"], [70, 30])[0]
        price = round(rng.uniform(lo, hi) * (1.6 if fmt == "hardback" else 1)) - 0.01
        books.append((bid, f"978{rng.randrange(10**10):010d}", title, rng.choice(AUTHORS), genre,
                      rng.choice(PUBLISHERS), fmt, price, rng.randint(1995, 2024)))
    weights = [0.0 if b[0] % 37 == 0 else rng.uniform(0.3, 3) ** 2 for b in books]  # a few never sell
    sales = []
    for store in stores:
        daily = store[6] / 250
        for d in range(DAYS):
            day = START + dt.timedelta(days=d)
            if day < store[4] or rng.random() > daily * (1.6 if day.month == 12 else 1) / 3:
                continue
            for _ in range(rng.randint(1, 3)):
                book = rng.choices(books, weights)[0]
                if book[8] > day.year:
                    continue
                price = book[7] if rng.random() < 0.75 else round(book[7] * 0.8, 2)
                sales.append((len(sales) + 1, store[0], book[0], _ts(day, rng, 9, 19),
                              rng.choices([1, 2, 3], [85, 12, 3])[0], price, rng.random() < 0.4))
    _insert(con, "stores", stores)
    _insert(con, "books", books)
    _insert(con, "sales", sales)
    con.close()


# ------------------------------------------------------------------------------------------------- ferries
VESSELS = [
    # vsl_nm, pax_cap, car_cap, yr_built, home_port
    ("MV Kittiwake", 600, 120, 1998, "Oban"), ("MV Loch Seaforth", 700, 143, 2014, "Ullapool"),
    ("MV Isle of Mull", 950, 80, 1988, "Oban"), ("MV Hebridean Isles", 494, 68, 1985, "Uig"),
    ("MV Finlaggan", 550, 85, 2011, "Kennacraig"), ("MV Catriona", 150, 23, 2016, "Tarbert"),
    ("MV Lord of the Isles", 506, 54, 1989, "Mallaig"),
]
ROUTES = [
    # rte_cd, orig_port, dest_port, dist_nm, adult_fare, car_fare, vessels, sailings a day
    ("OBN-CRN", "Oban", "Craignure", 8.5, 4.2, 17.5, [3], 6), ("ULP-STN", "Ullapool", "Stornoway", 45.0, 10.6, 55.0,
                                                              [2], 2),
    ("UIG-TBT", "Uig", "Tarbert", 23.0, 7.1, 33.0, [4], 2), ("KEN-PEL", "Kennacraig", "Port Ellen", 30.0, 8.0, 42.0,
                                                             [5], 2),
    ("TAR-POR", "Tarbert", "Portavadie", 5.0, 3.4, 12.5, [6], 5), ("MAL-ARM", "Mallaig", "Armadale", 5.5, 3.3, 12.0,
                                                                   [7], 4),
    ("OBN-CSL", "Oban", "Castlebay", 75.0, 13.5, 72.0, [1, 7], 1),
]
CANCEL_REASONS = ["weather", "weather", "weather", "technical", "crew shortage"]


def build_ferries(path: Path | str) -> None:
    """vessels (7), routes (7), sailings (~24,000 2022-2024; rte_id declared FK, vsl_id NOT declared)."""
    rng = random.Random(1503)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE vessels(vsl_id INTEGER PRIMARY KEY, vsl_nm VARCHAR, pax_cap INTEGER,
        car_cap INTEGER, yr_built INTEGER, home_port VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE routes(rte_id INTEGER PRIMARY KEY, rte_cd VARCHAR, orig_port VARCHAR,
        dest_port VARCHAR, dist_nm DOUBLE, adult_fare_amt DOUBLE, car_fare_amt DOUBLE, is_lifeline BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sailings(sail_id INTEGER PRIMARY KEY,
        rte_id INTEGER REFERENCES routes(rte_id), vsl_id INTEGER, sched_dep_ts TIMESTAMP, act_dep_ts TIMESTAMP,
        pax_cnt INTEGER, car_cnt INTEGER, rev_amt DOUBLE, is_cncl BOOLEAN, cncl_rsn VARCHAR)""")
    vessels = [(i, *v) for i, v in enumerate(VESSELS, start=1)]
    routes = [(i, r[0], r[1], r[2], r[3], r[4], r[5], r[3] > 20) for i, r in enumerate(ROUTES, start=1)]
    sailings = []
    for d in range(DAYS):
        day = START + dt.timedelta(days=d)
        summer = 1.8 if day.month in (6, 7, 8) else 1.2 if day.month in (4, 5, 9) else 0.7
        stormy = rng.random() < (0.09 if day.month in (11, 12, 1, 2) else 0.02)
        for rid, route in enumerate(ROUTES, start=1):
            for k in range(route[7]):
                vsl = vessels[rng.choice(route[6]) - 1]
                sched = dt.datetime(day.year, day.month, day.day, 7 + k * (12 // route[7]), rng.choice([0, 15, 30]))
                cancelled = (stormy and rng.random() < 0.7) or rng.random() < 0.012
                if cancelled:
                    reason = "weather" if stormy else rng.choice(CANCEL_REASONS)
                    sailings.append((len(sailings) + 1, rid, vsl[0], sched, None, 0, 0, 0.0, True, reason))
                    continue
                delay = 0 if rng.random() < 0.7 else int(rng.expovariate(1 / 18))
                pax = min(vsl[2], int(vsl[2] * rng.uniform(0.1, 0.55) * summer))
                cars = min(vsl[3], int(vsl[3] * rng.uniform(0.2, 0.7) * summer))
                rev = round(pax * route[4] * rng.uniform(0.85, 1.0) + cars * route[5], 2)
                sailings.append((len(sailings) + 1, rid, vsl[0], sched, sched + dt.timedelta(minutes=delay), pax, cars,
                                 rev, False, None))
    _insert(con, "vessels", vessels)
    _insert(con, "routes", routes)
    _insert(con, "sailings", sailings)
    con.close()


# ------------------------------------------------------------------------------------------------ icecream
PARLOURS = [("Scoops Brighton", "Brighton", "South"), ("Scoops Whitstable", "Whitstable", "South"),
            ("Scoops Bournemouth", "Bournemouth", "South"), ("Scoops Cambridge", "Cambridge", "East"),
            ("Scoops Norwich", "Norwich", "East"), ("Scoops Whitby", "Whitby", "North"),
            ("Scoops Scarborough", "Scarborough", "North"), ("Scoops Harrogate", "Harrogate", "North")]
FLAVOURS = {"vanilla": False, "chocolate": False, "strawberry": False, "mint choc chip": False,
            "salted caramel": False, "pistachio": False, "raspberry sorbet": True, "mango sorbet": True,
            "oat chocolate": True, "cookie dough": False, "rum and raisin": False, "lemon sorbet": True}
PRODUCTS = {"cone": 3.2, "cup": 3.0, "sundae": 6.5, "milkshake": 4.8, "tub": 7.5}
STAFF = ["Amelia Hart", "Ben Cooper", "Chloe Price", "Dylan Shaw", "Ella Ward", "Finn Barker", "Georgia Lane",
         "Harry Mills", "Isabel Fox", "Jack Dunn", "Katie Moss", "Liam Rowe", "Maisie Cole", "Noah Webb",
         "Olivia Hunt", "Poppy Reid"]


def build_icecream(path: Path | str) -> None:
    """parlour_sales: one wide table, one row per order line (~30,000 lines 2022-2024, nullable customer_rating)."""
    rng = random.Random(1504)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE parlour_sales(line_id INTEGER PRIMARY KEY, order_no VARCHAR,
        sold_at TIMESTAMP, parlour VARCHAR, city VARCHAR, region VARCHAR, served_by VARCHAR, product_type VARCHAR,
        flavour VARCHAR, scoops INTEGER, is_vegan BOOLEAN, extra_toppings INTEGER, quantity INTEGER,
        unit_price DOUBLE, line_total DOUBLE, payment_method VARCHAR, loyalty_member BOOLEAN,
        customer_rating INTEGER, outside_temp_c DOUBLE)""")
    rows, order = [], 0
    staff = {p[0]: STAFF[2 * i: 2 * i + 2] for i, p in enumerate(PARLOURS)}
    for d in range(DAYS):
        day = START + dt.timedelta(days=d)
        season = [0.2, 0.25, 0.4, 0.6, 0.9, 1.3, 1.8, 1.7, 1.0, 0.5, 0.3, 0.35][day.month - 1]
        temp = round([6, 7, 9, 12, 15, 18, 21, 21, 18, 14, 9, 7][day.month - 1] + rng.gauss(0, 3), 1)
        for pi, (parlour, city, region) in enumerate(PARLOURS):
            n_orders = int(rng.uniform(1, 5) * season * (1.3 if day.weekday() >= 5 else 1) * (1 + pi % 3 * 0.2))
            for _ in range(n_orders):
                order += 1
                at = _ts(day, rng, 11, 20)
                member = rng.random() < 0.3
                payment = rng.choices(["card", "cash", "app"], [60, 25, 15])[0]
                rating = rng.choices([1, 2, 3, 4, 5], [3, 5, 15, 37, 40])[0] if rng.random() < 0.25 else None
                server = rng.choice(staff[parlour])
                for _ in range(rng.choices([1, 2, 3], [60, 30, 10])[0]):
                    product = rng.choices(list(PRODUCTS), [35, 25, 12, 18, 10])[0]
                    flavour = rng.choice(list(FLAVOURS))
                    scoops = rng.choice([1, 2, 3]) if product in ("cone", "cup") else 3 if product == "sundae" else 1
                    toppings = rng.choices([0, 1, 2, 3], [55, 25, 15, 5])[0]
                    price = round(PRODUCTS[product] + 1.1 * (scoops - 1) * (product in ("cone", "cup"))
                                  + 0.5 * toppings, 2)
                    qty = rng.choices([1, 2, 3, 4], [70, 20, 7, 3])[0]
                    rows.append((len(rows) + 1, f"ORD-{order:06d}", at, parlour, city, region, server, product,
                                 flavour, scoops, FLAVOURS[flavour], toppings, qty, price, round(price * qty, 2),
                                 payment, member, rating, temp))
    _insert(con, "parlour_sales", rows)
    con.close()


# ------------------------------------------------------------------------------------------------ climbing
GYMS = ["Crux Central", "Boulder Barn", "Summit Hall"]
ACTIVITIES = ["bouldering", "top rope", "lead", "training"]


def build_climbing(path: Path | str) -> None:
    """members (450, camelCase, birthDate, cancelledOn NULL while active), visits (~40,000, declared FK)."""
    rng = random.Random(1505)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members("memberId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthDate" DATE, "membershipType" VARCHAR, "homeGym" VARCHAR, "joinedOn" DATE,
        "cancelledOn" DATE, "isBelayCertified" BOOLEAN, "monthlyFee" DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE visits("visitId" INTEGER PRIMARY KEY,
        "memberId" INTEGER REFERENCES members("memberId"), "gymName" VARCHAR, "checkInAt" TIMESTAMP,
        "checkOutAt" TIMESTAMP, "activityType" VARCHAR, "broughtGuest" BOOLEAN)""")
    fees = {"monthly": 55.0, "annual": 45.0, "student": 38.0, "off-peak": 40.0}
    members, visits = [], []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 450), start=1):
        kind = rng.choices(list(fees), [40, 25, 20, 15])[0]
        born = _day(rng, dt.date(2000, 1, 1), 365 * 7) if kind == "student" else _day(rng, dt.date(1968, 1, 1),
                                                                                          365 * 36)
        joined = _day(rng, dt.date(2021, 6, 1), DAYS + 150)
        cancelled = joined + dt.timedelta(days=rng.randint(40, 900)) if rng.random() < 0.35 else None
        if cancelled is not None and cancelled > END:
            cancelled = None
        members.append((mid, first, last, born, kind, rng.choice(GYMS), joined, cancelled, rng.random() < 0.55,
                        fees[kind]))
        keen = 0.0 if rng.random() < 0.04 else rng.uniform(0.03, 0.3)  # some never come
        last_day = min(END, cancelled or END)
        day = max(joined, START)
        while day <= last_day:
            if rng.random() < keen:
                first_hour, last_hour = (10, 15) if kind == "off-peak" else (7, 20)
                start = _ts(day, rng, first_hour, last_hour)
                gym = members[-1][5] if rng.random() < 0.8 else rng.choice(GYMS)
                activity = rng.choices(ACTIVITIES, [50, 25, 15, 10])[0]
                if activity in ("top rope", "lead") and not members[-1][8]:
                    activity = "bouldering"
                visits.append((len(visits) + 1, mid, gym, start, start + dt.timedelta(minutes=rng.randint(35, 200)),
                               activity, rng.random() < 0.07))
            day += dt.timedelta(days=1)
    _insert(con, "members", members)
    ordered = sorted(visits, key=lambda v: (v[3], v[1]))
    _insert(con, "visits", [(i, *v[1:]) for i, v in enumerate(ordered, start=1)])
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "dealership": build_dealership,
    "bookstores": build_bookstores,
    "ferries": build_ferries,
    "icecream": build_icecream,
    "climbing": build_climbing,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval15-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval15-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval15-dbs"))
