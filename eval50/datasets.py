"""Builders of the eval50 development corpus: five DuckDB files in shop domains no other corpus uses.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `winemerchant.duckdb`: customers (date_of_birth, loyalty_tier), wines, orders (declared FKs; delivered_on NULL
  until delivered, and for cancelled orders)
- `florist.duckdb`: florists (birth_year), bouquet_orders (placed_at TIMESTAMP, nullable delivery_fee and
  customer_rating); `bouquet_orders.florist_id` is NOT a declared foreign key
- `gardencentre.duckdb`: products (sku text key), sales (sold_at TIMESTAMP, declared FK to products)
- `cheeseshop.duckdb`: suppliers, cheeses (discontinued_on NULL while still stocked), cheese_sales (declared FKs)
- `fishshop.duckdb`: tanks, livestock (batches of fish, sold_out_on NULL while some are left), water_tests
  (nullable nitrate_ppm; declared FKs)

Usage:
    python eval50/datasets.py OUTDIR

Example:
    >>> from eval50.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval50-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['cheeseshop.duckdb', 'fishshop.duckdb', 'florist.duckdb', 'gardencentre.duckdb', 'winemerchant.duckdb']
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

END = dt.date(2024, 12, 31)


def _insert(con, table: str, rows: list[tuple]) -> None:
    """Append rows (tuples in column order) to a table through a registered DataFrame."""
    cols = [r[0] for r in con.execute(f'DESCRIBE "{table}"').fetchall()]
    con.register("frame", pd.DataFrame(rows, columns=cols))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date, span_days: int) -> dt.date:
    """A random day in [start, start + span_days)."""
    return start + dt.timedelta(days=rng.randrange(span_days))


def _moment(rng: random.Random, day: dt.date, first_hour: int, last_hour: int) -> dt.datetime:
    """A random time on `day` between first_hour:00 and last_hour:59."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amelia", "Bastian", "Carmen", "Declan", "Elodie", "Finn", "Gemma", "Hugo", "Ines", "Joel", "Keira", "Lorenzo",
         "Maeve", "Niall", "Olivia", "Pieter", "Quinn", "Rosa", "Soren", "Tamsin", "Umar", "Vera", "Wilf", "Zara"]
LAST = ["Ashworth", "Beaumont", "Carvalho", "Dalton", "Everett", "Fairley", "Galloway", "Hargreaves", "Iqbal",
        "Jennings", "Kavanagh", "Lucas", "Moreau", "Novak", "O'Brien", "Prescott", "Quayle", "Rahman", "Sinclair",
        "Whitlock"]

# ------------------------------------------------------------------------------------------------ wine merchant
WINES = [
    # wine_name, producer, country, colour, grape, vintage, price, organic
    ("Cotes du Rhone Villages", "Domaine Laurent", "France", "red", "Grenache", 2020, 14.5, False),
    ("Chablis Premier Cru", "Maison Brocard", "France", "white", "Chardonnay", 2021, 29.0, False),
    ("Sancerre Blanc", "Domaine Vacheron", "France", "white", "Sauvignon Blanc", 2022, 24.0, True),
    ("Provence Rose", "Chateau Minuty", "France", "rose", "Grenache", 2023, 17.5, False),
    ("Champagne Brut Reserve", "Maison Pierrot", "France", "sparkling", "Chardonnay", 2018, 42.0, False),
    ("Barolo", "Cantina Rossi", "Italy", "red", "Nebbiolo", 2017, 48.0, False),
    ("Chianti Classico", "Fattoria Lenzi", "Italy", "red", "Sangiovese", 2020, 18.0, True),
    ("Prosecco Superiore", "Villa Sandi", "Italy", "sparkling", "Glera", 2023, 13.0, False),
    ("Soave Classico", "Pieropan", "Italy", "white", "Garganega", 2022, 15.0, False),
    ("Rioja Reserva", "Bodegas Ortiz", "Spain", "red", "Tempranillo", 2018, 22.0, False),
    ("Albarino Rias Baixas", "Pazo Barrantes", "Spain", "white", "Albarino", 2022, 16.5, True),
    ("Cava Brut Nature", "Raventos", "Spain", "sparkling", "Macabeo", 2020, 12.0, False),
    ("Marlborough Sauvignon", "Cloudy Ridge", "New Zealand", "white", "Sauvignon Blanc", 2023, 13.5, False),
    ("Central Otago Pinot Noir", "Felton Hills", "New Zealand", "red", "Pinot Noir", 2021, 34.0, True),
    ("Barossa Shiraz", "Kilikanoon", "Australia", "red", "Shiraz", 2019, 26.0, False),
    ("Clare Valley Riesling", "Grosset", "Australia", "white", "Riesling", 2022, 21.0, False),
    ("Mendoza Malbec", "Bodega Catena", "Argentina", "red", "Malbec", 2021, 15.5, False),
    ("Stellenbosch Chenin", "Ken Forrester", "South Africa", "white", "Chenin Blanc", 2022, 11.5, True),
]
CITIES = ["London", "Bristol", "Bath", "Oxford", "Cambridge", "York"]


def build_winemerchant(path: Path | str) -> None:
    """customers (260, date_of_birth), wines (18), orders (2022-2024, declared FKs, nullable delivered_on)."""
    rng = random.Random(5001)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, city VARCHAR, loyalty_tier VARCHAR, joined_on DATE,
        newsletter_opt_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE wines(wine_id INTEGER PRIMARY KEY, wine_name VARCHAR, producer VARCHAR,
        country VARCHAR, colour VARCHAR, grape VARCHAR, vintage INTEGER, bottle_price DOUBLE, is_organic BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE orders(order_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), wine_id INTEGER REFERENCES wines(wine_id),
        order_date DATE, bottles INTEGER, amount DOUBLE, channel VARCHAR, status VARCHAR, delivered_on DATE)""")
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 260), start=1):
        born = _day(rng, dt.date(1950, 1, 1), 365 * 50)
        tier = rng.choices(["Bronze", "Silver", "Gold"], [55, 30, 15])[0]
        customers.append((cid, first, last, born, rng.choices(CITIES, [35, 15, 10, 15, 12, 13])[0], tier,
                          _day(rng, dt.date(2019, 1, 1), 2000), rng.random() < 0.4))
    wines = [(i, *w) for i, w in enumerate(WINES, start=1)]
    orders = []
    weights = [rng.randint(2, 12) for _ in customers]
    for oid in range(1, 2401):
        cust = rng.choices(customers, weights)[0]
        wine = rng.choice(wines)
        first_day = max(cust[6], dt.date(2022, 1, 1))
        day = _day(rng, first_day, (END - first_day).days + 1)
        bottles = rng.choices([1, 2, 3, 6, 12], [30, 20, 10, 30, 10])[0]
        discount = 0.9 if bottles >= 12 else 0.95 if bottles >= 6 else 1.0
        price = wine[7] * (1 + 0.04 * (day.year - 2022))
        channel = rng.choices(["shop", "online", "phone"], [40, 50, 10])[0]
        status = rng.choices(["delivered", "cancelled", "returned", "pending"], [86, 6, 4, 4])[0]
        if day > END - dt.timedelta(days=10) and rng.random() < 0.7:
            status = "pending"
        if status == "pending" and day < dt.date(2024, 12, 1):
            status = "delivered"
        delivered = None
        if status in ("delivered", "returned"):
            delivered = day if channel == "shop" else day + dt.timedelta(days=rng.randint(1, 6))
        orders.append((oid, cust[0], wine[0], day, bottles, round(bottles * price * discount, 2), channel, status,
                       delivered))
    orders.sort(key=lambda o: (o[3], o[0]))
    orders = [(i, *o[1:]) for i, o in enumerate(orders, start=1)]
    _insert(con, "customers", customers)
    _insert(con, "wines", wines)
    _insert(con, "orders", orders)
    con.close()


# ----------------------------------------------------------------------------------------------------- florist
FLORISTS = [
    # full_name, shop, birth_year, hired_on, is_senior
    ("Poppy Harrington", "Old Town", 1986, dt.date(2015, 3, 2), True),
    ("Marcus Bell", "Old Town", 1995, dt.date(2021, 6, 14), False),
    ("Lily Okonkwo", "Riverside", 1990, dt.date(2018, 9, 3), True),
    ("Jasper Quinn", "Riverside", 1999, dt.date(2022, 2, 7), False),
    ("Daisy Fernandes", "Station Road", 1982, dt.date(2012, 4, 23), True),
    ("Rowan Patel", "Station Road", 1997, dt.date(2023, 1, 9), False),
    ("Hazel Kim", "Old Town", 1993, dt.date(2020, 10, 5), False),
]
OCCASIONS = ["birthday", "anniversary", "wedding", "funeral", "get well", "new baby", "just because"]
FLOWERS = {"roses": 4.2, "tulips": 2.1, "lilies": 3.6, "peonies": 5.5, "sunflowers": 2.4, "mixed seasonal": 2.8}


def build_florist(path: Path | str) -> None:
    """florists (7, birth_year) and bouquet_orders (2023-2024); florist_id is not a declared foreign key."""
    rng = random.Random(5002)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE florists(florist_id INTEGER PRIMARY KEY, full_name VARCHAR, shop VARCHAR,
        birth_year INTEGER, hired_on DATE, is_senior BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bouquet_orders(order_no INTEGER PRIMARY KEY, placed_at TIMESTAMP,
        florist_id INTEGER, shop VARCHAR, occasion VARCHAR, flower VARCHAR, stems INTEGER, price DOUBLE,
        is_delivery BOOLEAN, delivery_fee DOUBLE, paid_by VARCHAR, customer_rating INTEGER)""")
    florists = [(i, *f) for i, f in enumerate(FLORISTS, start=1)]
    rows = []
    for _ in range(3200):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        if rng.random() < 0.08:  # peaks around Valentine's day and Mother's Day (UK, March)
            day = dt.date(rng.choice([2023, 2024]), rng.choice([2, 3]), rng.choice([10, 12, 13, 14]))
        florist = rng.choice([f for f in florists if f[4] <= day])
        occasion = rng.choices(OCCASIONS, [30, 15, 6, 10, 12, 9, 18])[0]
        flower = rng.choices(list(FLOWERS), [30, 15, 15, 8, 10, 22])[0]
        if day.month == 2 and day.day >= 10:
            flower, occasion = "roses", rng.choice(["anniversary", "just because"])
        stems = rng.choice([6, 10, 12, 12, 18, 24, 36]) * (3 if occasion == "wedding" else 1)
        price = round(stems * FLOWERS[flower] * (1.05 if day.year == 2024 else 1.0) + 8, 2)
        delivery = rng.random() < 0.55
        fee = rng.choice([6.0, 8.5, 12.0]) if delivery else None
        rating = rng.choices([None, 1, 2, 3, 4, 5], [55, 1, 2, 6, 14, 22])[0]
        rows.append([_moment(rng, day, 8, 18), florist[0], florist[2], occasion, flower, stems, price, delivery, fee,
                     rng.choices(["card", "cash", "account"], [70, 15, 15])[0], rating])
    rows.sort(key=lambda r: r[0])
    _insert(con, "florists", florists)
    _insert(con, "bouquet_orders", [(i, *r) for i, r in enumerate(rows, start=1)])
    con.close()


# ---------------------------------------------------------------------------------------------- garden centre
PRODUCTS = [
    # sku, product_name, category, supplier, cost_price, retail_price, is_hardy (NULL for non-plants)
    ("SH-101", "Hydrangea Annabelle", "shrubs", "Greenleaf Nurseries", 9.0, 16.99, True),
    ("SH-102", "Lavender Hidcote", "shrubs", "Greenleaf Nurseries", 3.2, 7.99, True),
    ("SH-103", "Camellia Japonica", "shrubs", "Hillside Growers", 12.0, 22.5, True),
    ("PE-201", "Hosta Blue Angel", "perennials", "Hillside Growers", 3.8, 8.99, True),
    ("PE-202", "Echinacea Magnus", "perennials", "Greenleaf Nurseries", 2.9, 6.99, True),
    ("PE-203", "Dahlia Bishop of Llandaff", "perennials", "Bloomfield Bulbs", 3.5, 9.49, False),
    ("BU-301", "Tulip Queen of Night (10)", "bulbs", "Bloomfield Bulbs", 1.8, 4.99, True),
    ("BU-302", "Daffodil Tete-a-Tete (15)", "bulbs", "Bloomfield Bulbs", 1.5, 3.99, True),
    ("SE-401", "Tomato Gardeners Delight seeds", "seeds", "Sowright Seeds", 0.6, 2.49, False),
    ("SE-402", "Sweet Pea Mix seeds", "seeds", "Sowright Seeds", 0.7, 2.79, False),
    ("TO-501", "Stainless Border Spade", "tools", "Forge & Fork", 14.0, 34.99, None),
    ("TO-502", "Bypass Secateurs", "tools", "Forge & Fork", 6.5, 17.99, None),
    ("CO-601", "Peat-free Compost 50L", "compost", "Earthwise", 3.6, 6.5, None),
    ("CO-602", "Ericaceous Compost 40L", "compost", "Earthwise", 3.4, 7.25, None),
    ("PO-701", "Terracotta Pot 30cm", "pots", "Clayworks", 5.2, 12.99, None),
    ("PO-702", "Glazed Blue Pot 40cm", "pots", "Clayworks", 14.5, 27.5, None),
]
SEASON = {"shrubs": [1, 1, 3, 5, 5, 4, 3, 2, 3, 3, 1, 1], "perennials": [0, 1, 3, 6, 7, 6, 4, 3, 2, 1, 0, 0],
          "bulbs": [0, 0, 0, 0, 0, 0, 1, 3, 7, 7, 3, 1], "seeds": [3, 5, 7, 5, 2, 1, 0, 0, 0, 0, 1, 2],
          "tools": [2, 2, 3, 4, 4, 3, 3, 2, 3, 3, 2, 5], "compost": [1, 2, 6, 8, 7, 5, 3, 3, 4, 3, 1, 1],
          "pots": [1, 1, 3, 5, 5, 4, 3, 2, 2, 1, 2, 4]}


def build_gardencentre(path: Path | str) -> None:
    """products (16, text sku key, nullable is_hardy) and sales (2023-2024, sold_at TIMESTAMP, declared FK)."""
    rng = random.Random(5003)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE products(sku VARCHAR PRIMARY KEY, product_name VARCHAR, category VARCHAR,
        supplier VARCHAR, cost_price DOUBLE, retail_price DOUBLE, is_hardy BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sales(sale_id INTEGER PRIMARY KEY, sku VARCHAR REFERENCES products(sku),
        sold_at TIMESTAMP, quantity INTEGER, unit_price DOUBLE, total DOUBLE, payment_method VARCHAR,
        is_member BOOLEAN, till VARCHAR)""")
    rows = []
    for _ in range(9000):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        weights = [SEASON[p[2]][day.month - 1] + 0.2 for p in PRODUCTS]
        prod = rng.choices(PRODUCTS, weights)[0]
        qty = rng.choices([1, 2, 3, 4, 6], [55, 25, 10, 5, 5])[0]
        member = rng.random() < 0.35
        price = round(prod[5] * (1.06 if day.year == 2024 else 1.0) * (0.9 if member else 1.0), 2)
        till = rng.choices(["main", "plant area", "cafe"], [65, 30, 5])[0]
        rows.append([prod[0], _moment(rng, day, 9, 17), qty, price, round(qty * price, 2),
                     rng.choices(["card", "cash", "gift card"], [72, 22, 6])[0], member, till])
    rows.sort(key=lambda r: r[1])
    _insert(con, "products", PRODUCTS)
    _insert(con, "sales", [(i, *r) for i, r in enumerate(rows, start=1)])
    con.close()


# ------------------------------------------------------------------------------------------------- cheese shop
SUPPLIERS = [
    # supplier_name, country, is_organic
    ("Neal's Yard Dairy", "England", False), ("Fromagerie Quatrehomme", "France", False),
    ("Caseificio Alpino", "Italy", True), ("Kaasboerderij De Weide", "Netherlands", True),
    ("Queseria La Mancha", "Spain", False), ("Highland Fine Cheeses", "Scotland", False),
]
CHEESES = [
    # cheese_name, supplier_id, milk, style, aged_months, price_per_kg, pasteurised, discontinued_on
    ("Montgomery Cheddar", 1, "cow", "hard", 12, 32.0, False, None),
    ("Stichelton", 1, "cow", "blue", 3, 38.0, False, None),
    ("Ragstone", 1, "goat", "soft", 1, 36.0, True, dt.date(2024, 5, 31)),
    ("Comte 18 months", 2, "cow", "hard", 18, 34.0, False, None),
    ("Brie de Meaux", 2, "cow", "soft", 2, 27.0, False, None),
    ("Roquefort", 2, "sheep", "blue", 4, 41.0, False, None),
    ("Crottin de Chavignol", 2, "goat", "fresh", 1, 45.0, False, dt.date(2023, 10, 15)),
    ("Parmigiano Reggiano 24m", 3, "cow", "hard", 24, 29.0, False, None),
    ("Gorgonzola Dolce", 3, "cow", "blue", 3, 22.0, True, None),
    ("Mozzarella di Bufala", 3, "buffalo", "fresh", 0, 19.0, True, None),
    ("Old Amsterdam Gouda", 4, "cow", "hard", 18, 24.0, True, None),
    ("Boerenkaas Goat", 4, "goat", "semi-hard", 6, 28.0, False, dt.date(2024, 8, 31)),
    ("Manchego Curado", 5, "sheep", "semi-hard", 6, 26.0, True, None),
    ("Torta del Casar", 5, "sheep", "soft", 2, 48.0, False, None),
    ("Caboc", 6, "cow", "fresh", 0, 30.0, True, None),
    ("Isle of Mull Cheddar", 6, "cow", "hard", 14, 35.0, False, None),
]


def build_cheeseshop(path: Path | str) -> None:
    """suppliers (6), cheeses (16, discontinued_on NULL while stocked), cheese_sales (2023-2024, declared FKs)."""
    rng = random.Random(5004)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE suppliers(supplier_id INTEGER PRIMARY KEY, supplier_name VARCHAR,
        country VARCHAR, is_organic BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE cheeses(cheese_id INTEGER PRIMARY KEY, cheese_name VARCHAR,
        supplier_id INTEGER REFERENCES suppliers(supplier_id), milk VARCHAR, style VARCHAR, aged_months INTEGER,
        price_per_kg DOUBLE, is_pasteurised BOOLEAN, discontinued_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE cheese_sales(sale_id INTEGER PRIMARY KEY, sale_date DATE,
        cheese_id INTEGER REFERENCES cheeses(cheese_id), weight_kg DOUBLE, amount DOUBLE, customer_type VARCHAR,
        counter VARCHAR, is_gift_wrapped BOOLEAN)""")
    cheeses = [(i, *c) for i, c in enumerate(CHEESES, start=1)]
    popularity = [rng.randint(2, 10) for _ in cheeses]
    rows = []
    for _ in range(6000):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        if day.month == 12 and rng.random() < 0.5:
            day = day - dt.timedelta(days=rng.randint(20, 60))
        live = [c for c in cheeses if c[8] is None or c[8] >= day]
        cheese = rng.choices(live, [popularity[c[0] - 1] for c in live])[0]
        ctype = rng.choices(["walk-in", "restaurant", "online"], [70, 15, 15])[0]
        weight = round(rng.uniform(2.0, 6.0) if ctype == "restaurant" else rng.uniform(0.1, 0.8), 3)
        price = cheese[6] * (1.05 if day.year == 2024 else 1.0) * (0.85 if ctype == "restaurant" else 1.0)
        counter = "deli" if ctype == "online" else rng.choice(["deli", "market stall"])
        rows.append([day, cheese[0], weight, round(weight * price, 2), ctype, counter,
                     ctype != "restaurant" and rng.random() < (0.3 if day.month == 12 else 0.05)])
    rows.sort(key=lambda r: (r[0], r[1]))
    _insert(con, "suppliers", [(i, *s) for i, s in enumerate(SUPPLIERS, start=1)])
    _insert(con, "cheeses", cheeses)
    _insert(con, "cheese_sales", [(i, *r) for i, r in enumerate(rows, start=1)])
    con.close()


# ------------------------------------------------------------------------------------------ tropical fish shop
TANKS = [
    # tank_code, water_type, volume_litres, location, is_quarantine
    ("F1", "freshwater", 120, "front wall", False), ("F2", "freshwater", 120, "front wall", False),
    ("F3", "freshwater", 200, "front wall", False), ("F4", "freshwater", 300, "centre island", False),
    ("F5", "freshwater", 60, "back room", True), ("M1", "marine", 250, "centre island", False),
    ("M2", "marine", 400, "centre island", False), ("M3", "marine", 100, "back room", True),
    ("B1", "brackish", 150, "side wall", False),
]
SPECIES = [
    # species, family, water_type, cost_per_fish, sale_price
    ("Neon tetra", "tetra", "freshwater", 0.6, 2.5), ("Cardinal tetra", "tetra", "freshwater", 0.9, 3.5),
    ("Guppy", "livebearer", "freshwater", 0.8, 3.0), ("Platy", "livebearer", "freshwater", 0.9, 3.2),
    ("Angelfish", "cichlid", "freshwater", 4.0, 12.0), ("Electric yellow cichlid", "cichlid", "freshwater", 3.5, 9.5),
    ("Bristlenose pleco", "catfish", "freshwater", 3.0, 8.5), ("Corydoras", "catfish", "freshwater", 1.5, 4.5),
    ("Betta", "gourami", "freshwater", 3.2, 11.0), ("Ocellaris clownfish", "damselfish", "marine", 12.0, 29.0),
    ("Yellow tang", "tang", "marine", 45.0, 95.0), ("Blue tang", "tang", "marine", 38.0, 85.0),
    ("Royal gramma", "basslet", "marine", 14.0, 32.0), ("Figure eight puffer", "pufferfish", "brackish", 6.0, 16.0),
    ("Bumblebee goby", "goby", "brackish", 1.8, 5.5),
]
DISTRIBUTORS = ["AquaImports Ltd", "Reef Direct", "Tropical Wholesale", "Singapore Aquatics"]


def build_fishshop(path: Path | str) -> None:
    """tanks (9), livestock batches (2023-2024, sold_out_on NULL while fish are left), water_tests (TIMESTAMP,
    nullable nitrate_ppm); declared FKs."""
    rng = random.Random(5005)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE tanks(tank_id INTEGER PRIMARY KEY, tank_code VARCHAR, water_type VARCHAR,
        volume_litres INTEGER, location VARCHAR, is_quarantine BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE livestock(batch_id INTEGER PRIMARY KEY,
        tank_id INTEGER REFERENCES tanks(tank_id), species VARCHAR, family VARCHAR, distributor VARCHAR,
        arrived_on DATE, fish_received INTEGER, fish_lost INTEGER, fish_sold INTEGER, cost_per_fish DOUBLE,
        sale_price DOUBLE, sold_out_on DATE, is_captive_bred BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE water_tests(test_id INTEGER PRIMARY KEY,
        tank_id INTEGER REFERENCES tanks(tank_id), tested_at TIMESTAMP, ph DOUBLE, temperature_c DOUBLE,
        ammonia_ppm DOUBLE, nitrate_ppm DOUBLE, tested_by VARCHAR)""")
    tanks = [(i, *t) for i, t in enumerate(TANKS, start=1)]
    batches = []
    for _ in range(420):
        sp = rng.choice(SPECIES)
        tank = rng.choice([t for t in tanks if t[2] == sp[2]])
        arrived = _day(rng, dt.date(2023, 1, 1), 731)
        received = rng.choice([5, 10, 20, 25, 50]) if sp[3] < 5 else rng.choice([2, 3, 4, 6])
        lost = min(received, int(received * rng.choice([0, 0, 0.05, 0.1, 0.2]) * (1.8 if tank[5] else 1)))
        left = received - lost
        days_to_sell = rng.randint(5, 120)
        sold_out = arrived + dt.timedelta(days=days_to_sell)
        if sold_out > END or rng.random() < 0.1:
            sold = rng.randint(0, max(0, left - 1))
            sold_out = None
        else:
            sold = left
        captive = sp[2] == "freshwater" or (sp[1] == "damselfish" and rng.random() < 0.8)
        batches.append([tank[0], sp[0], sp[1], rng.choice(DISTRIBUTORS), arrived, received, lost, sold, sp[3],
                        round(sp[4] * (1.05 if arrived.year == 2024 else 1.0), 2), sold_out, captive])
    batches.sort(key=lambda b: (b[4], b[1]))
    tests = []
    staff = ["Kai", "Mina", "Tobias", "Leona"]
    day = dt.date(2023, 1, 2)
    while day <= END:
        for tank in tanks:
            marine = tank[2] == "marine"
            ph = round(rng.gauss(8.2 if marine else 7.6 if tank[2] == "brackish" else 7.0, 0.15), 2)
            temp = round(rng.gauss(25.5 if marine else 25.0, 0.6), 1)
            ammonia = round(max(0.0, rng.gauss(0.05 if not tank[5] else 0.15, 0.06)), 2)
            nitrate = None if rng.random() < 0.2 else round(max(0.0, rng.gauss(8 if marine else 20, 6)), 1)
            tests.append((len(tests) + 1, tank[0], _moment(rng, day, 8, 11), ph, temp, ammonia, nitrate,
                          rng.choice(staff)))
        day += dt.timedelta(days=7)
    _insert(con, "tanks", tanks)
    _insert(con, "livestock", [(i, *b) for i, b in enumerate(batches, start=1)])
    _insert(con, "water_tests", tests)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "winemerchant": build_winemerchant,
    "florist": build_florist,
    "gardencentre": build_gardencentre,
    "cheeseshop": build_cheeseshop,
    "fishshop": build_fishshop,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval50-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval50-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval50-dbs"))
