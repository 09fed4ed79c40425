"""Builders of the eval39 development corpus: five DuckDB files in manufacturing domains (2022-2024 data).

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `bikefactory.duckdb` (bicycle factory): workers (birth_date, nullable left_on while employed), bike_models,
  frame_builds (TIMESTAMP started_at, nullable finished_at while on the line; declared FKs)
- `bakeryplant.duckdb` (industrial bakery): products, accounts (wholesale customers), deliveries (2022-2024;
  deliveries.account_id and deliveries.product_id are NOT declared foreign keys), oven_batches (declared FK)
- `boatyard.duckdb` (boat yard): owners (year_of_birth), vessels (declared FK), repair_jobs (nullable closed_on
  and invoice_total while open, optional customer_rating; declared FK)
- `kilnworks.duckdb` (ceramics factory): kilns, firings (TIMESTAMP start/end; firings.kiln_id is NOT a declared
  foreign key; glaze NULL for bisque firings, kiln_log_note mostly NULL)
- `printbureau.duckdb` (3D printing bureau): clients, operators (birth_date), print_jobs (declared FKs, nullable
  completed_at and rating, booleans)

Usage:
    python eval39/datasets.py OUTDIR

Example:
    >>> from eval39.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval39-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['bakeryplant.duckdb', 'bikefactory.duckdb', 'boatyard.duckdb', 'kilnworks.duckdb', 'printbureau.duckdb']
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


def _stamp(rng: random.Random, day: dt.date, first_hour: int, last_hour: int) -> dt.datetime:
    """A timestamp on `day` between first_hour:00 and last_hour:59, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Ada", "Bram", "Carla", "Dmitri", "Elif", "Finn", "Greta", "Hugo", "Ines", "Jonas", "Kaja", "Luca",
         "Mila", "Nils", "Olga", "Pavel", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wim", "Zoe"]
LAST = ["Albers", "Bakker", "Costa", "Dekker", "Engel", "Fischer", "Garcia", "Hendriks", "Ivanova", "Jansen",
        "Keller", "Lopez", "Meyer", "Novak", "Olsen", "Peters", "Quist", "Romano", "Schmidt", "Torres", "Vos"]

# ------------------------------------------------------------------------------------------- bicycle factory
BIKE_MODELS = [
    # model_name, category, frame_material, list_price, launch_year
    ("Strada 105", "road", "aluminium", 1290.0, 2019), ("Strada Pro", "road", "carbon", 3490.0, 2021),
    ("Gravelo", "gravel", "steel", 1650.0, 2020), ("Gravelo Carbon", "gravel", "carbon", 2990.0, 2023),
    ("Ridge 29", "mountain", "aluminium", 1890.0, 2018), ("Ridge Enduro", "mountain", "carbon", 4200.0, 2022),
    ("Commuter 7", "city", "steel", 690.0, 2017), ("Commuter E", "e-bike", "aluminium", 2590.0, 2021),
    ("Cargo Max", "e-bike", "steel", 3890.0, 2022), ("Pip 20", "kids", "aluminium", 329.0, 2019),
]
LINES = ["Line A", "Line B", "Line C"]


def build_bikefactory(path: Path | str) -> None:
    """workers (60), bike_models (10), frame_builds (2022-2024, finished_at NULL while still on the line)."""
    rng = random.Random(3901)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE workers(worker_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, hired_on DATE, left_on DATE, shift VARCHAR, is_welder BOOLEAN,
        hourly_rate DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE bike_models(model_id INTEGER PRIMARY KEY, model_name VARCHAR,
        category VARCHAR, frame_material VARCHAR, list_price DOUBLE, launch_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE frame_builds(build_id INTEGER PRIMARY KEY,
        model_id INTEGER REFERENCES bike_models(model_id), worker_id INTEGER REFERENCES workers(worker_id),
        assembly_line VARCHAR, frame_size VARCHAR, colour VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP,
        labour_minutes INTEGER, passed_qc BOOLEAN, parts_cost DOUBLE)""")
    workers = []
    for wid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 60), start=1):
        born = _day(rng, dt.date(1962, 1, 1), 365 * 40)
        hired = _day(rng, dt.date(2012, 1, 1), 365 * 12)
        left = _day(rng, max(hired, dt.date(2022, 3, 1)) + dt.timedelta(days=60), 500) if rng.random() < 0.2 else None
        if left is not None and left > END:
            left = None
        shift = rng.choices(["early", "late", "night"], [45, 35, 20])[0]
        welder = rng.random() < 0.35
        rate = round(rng.uniform(17.0, 24.0) + (3.5 if welder else 0.0), 2)
        workers.append((wid, first, last, born, hired, left, shift, welder, rate))
    models = [(i, *m) for i, m in enumerate(BIKE_MODELS, start=1)]
    popularity = [14, 5, 9, 3, 10, 4, 16, 11, 5, 8]
    builds = []
    for bid in range(1, 4201):
        model = rng.choices(models, popularity)[0]
        if model[5] == 2023:  # launched in 2023: no build before
            day = _day(rng, dt.date(2023, 3, 1), 671)
        else:
            day = _day(rng, dt.date(2022, 1, 1), 1096)
        active = [w for w in workers if w[4] <= day and (w[5] is None or w[5] > day)]
        worker = rng.choice(active)
        started = _stamp(rng, day, {"early": 6, "late": 14, "night": 22}[worker[6]] % 24,
                         {"early": 12, "late": 20, "night": 23}[worker[6]])
        minutes = int(rng.gauss({"road": 190, "gravel": 200, "mountain": 230, "city": 150, "e-bike": 280,
                                 "kids": 95}[model[2]] * (1.25 if model[3] == "carbon" else 1.0), 25))
        on_line = day > dt.date(2024, 12, 27) and rng.random() < 0.7
        finished = None if on_line else started + dt.timedelta(minutes=minutes + rng.randint(30, 900))
        passed = None if on_line else rng.random() < (0.9 if worker[7] else 0.84)
        size = "24in" if model[2] == "kids" else rng.choices(["S", "M", "L", "XL"], [20, 38, 30, 12])[0]
        colour = rng.choices(["black", "white", "red", "blue", "green", "orange"], [30, 18, 14, 16, 10, 12])[0]
        cost = round(model[4] * rng.uniform(0.34, 0.42), 2)
        builds.append((bid, model[0], worker[0], rng.choices(LINES, [40, 35, 25])[0], size, colour, started, finished,
                       minutes, passed, cost))
    _insert(con, "workers", workers)
    _insert(con, "bike_models", models)
    _insert(con, "frame_builds", builds)
    con.close()


# ---------------------------------------------------------------------------------------- industrial bakery
BAKERY_PRODUCTS = [
    # product_name, category, weight_g, unit_price, is_organic, gluten_free
    ("White Sandwich Loaf", "bread", 800, 1.35, False, False), ("Wholemeal Loaf", "bread", 800, 1.55, False, False),
    ("Sourdough Boule", "bread", 600, 2.40, True, False), ("Rye Bread", "bread", 750, 2.10, True, False),
    ("Gluten-Free Loaf", "bread", 500, 2.95, False, True), ("Brioche Buns", "rolls", 300, 1.90, False, False),
    ("Seeded Rolls", "rolls", 360, 1.60, True, False), ("Baguette", "bread", 250, 0.95, False, False),
    ("Butter Croissant", "pastry", 70, 0.65, False, False), ("Pain au Chocolat", "pastry", 75, 0.75, False, False),
    ("Cinnamon Swirl", "pastry", 110, 0.85, False, False), ("Carrot Cake", "cake", 900, 6.50, False, False),
    ("Lemon Drizzle", "cake", 700, 5.20, True, False), ("Flourless Brownie", "cake", 600, 5.80, False, True),
]
ACCOUNTS = [
    # account_name, channel, region
    ("FreshMart Leeds", "supermarket", "North"), ("FreshMart York", "supermarket", "North"),
    ("ValueFoods Bristol", "supermarket", "South West"), ("ValueFoods Exeter", "supermarket", "South West"),
    ("GreenGrocer Co-op", "supermarket", "Midlands"), ("Corner Bean Cafe", "cafe", "North"),
    ("The Daily Grind", "cafe", "Midlands"), ("Harbour Cafe", "cafe", "South West"),
    ("Kettle & Crumb", "cafe", "London"), ("Grand Station Hotel", "hotel", "London"),
    ("Riverside Inn", "hotel", "Midlands"), ("Seaview Hotel", "hotel", "South West"),
    ("St Mary's School", "school", "North"), ("Oakfield Academy", "school", "Midlands"),
    ("Westbrook Primary", "school", "London"), ("City Hospital Catering", "hospital", "London"),
    ("Northgate Hospital", "hospital", "North"), ("Bistro Verde", "restaurant", "London"),
    ("The Old Forge", "restaurant", "Midlands"), ("Quayside Kitchen", "restaurant", "South West"),
]
OVENS = ["Tunnel Oven 1", "Tunnel Oven 2", "Deck Oven", "Rack Oven"]


def build_bakeryplant(path: Path | str) -> None:
    """products (14), accounts (20), deliveries (undeclared FKs, 2022-2024), oven_batches (declared FK)."""
    rng = random.Random(3902)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE products(product_id INTEGER PRIMARY KEY, product_name VARCHAR,
        category VARCHAR, weight_g INTEGER, unit_price DOUBLE, is_organic BOOLEAN, gluten_free BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE accounts(account_id INTEGER PRIMARY KEY, account_name VARCHAR,
        channel VARCHAR, region VARCHAR, opened_on DATE, closed_on DATE, credit_limit DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE deliveries(delivery_id INTEGER PRIMARY KEY, account_id INTEGER,
        product_id INTEGER, delivery_date DATE, quantity INTEGER, amount DOUBLE, returned_qty INTEGER,
        arrived_late BOOLEAN, status VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE oven_batches(batch_id INTEGER PRIMARY KEY,
        product_id INTEGER REFERENCES products(product_id), oven VARCHAR, baked_at TIMESTAMP, units_baked INTEGER,
        units_scrapped INTEGER, bake_minutes INTEGER, energy_kwh DOUBLE)""")
    products = [(i, *p) for i, p in enumerate(BAKERY_PRODUCTS, start=1)]
    accounts = []
    for aid, (name, channel, region) in enumerate(ACCOUNTS, start=1):
        opened = _day(rng, dt.date(2016, 1, 1), 365 * 6)
        closed = dt.date(2024, 6, 30) if name in ("Harbour Cafe", "Riverside Inn") else None
        limit = {"supermarket": 25000.0, "hospital": 12000.0, "school": 6000.0, "hotel": 8000.0}.get(channel, 3000.0)
        accounts.append((aid, name, channel, region, opened, closed, limit))
    volume = {"supermarket": 120, "hospital": 60, "school": 45, "hotel": 35, "cafe": 20, "restaurant": 15}
    deliveries = []
    for day_no in range((END - dt.date(2022, 1, 1)).days + 1):
        day = dt.date(2022, 1, 1) + dt.timedelta(days=day_no)
        if day.weekday() == 6:
            continue
        for acc in accounts:
            if (acc[5] is not None and day > acc[5]) or rng.random() > 0.22:
                continue
            if acc[2] == "school" and day.month in (7, 8):
                continue
            for prod in rng.sample(products, rng.randint(1, 3)):
                qty = max(2, int(rng.gauss(volume[acc[2]], volume[acc[2]] * 0.3)) // (3 if prod[2] == "cake" else 1))
                price = prod[4] * (1.0 + 0.06 * (day.year - 2022)) * (0.9 if acc[2] == "supermarket" else 1.0)
                status = rng.choices(["delivered", "cancelled", "refused"], [95, 4, 1])[0]
                returned = rng.randint(1, max(1, qty // 8)) if status == "delivered" and rng.random() < 0.12 else 0
                deliveries.append((len(deliveries) + 1, acc[0], prod[0], day, qty, round(qty * price, 2), returned,
                                   status == "delivered" and rng.random() < 0.07, status))
    batches = []
    for day_no in range(0, (END - dt.date(2022, 1, 1)).days + 1, 2):
        day = dt.date(2022, 1, 1) + dt.timedelta(days=day_no)
        for prod in rng.sample(products, 4):
            oven = ("Deck Oven" if prod[2] == "bread" and prod[5] else rng.choice(OVENS[:2])) if prod[2] in (
                "bread", "rolls") else rng.choice(OVENS[2:])
            baked = _stamp(rng, day, 2, 14)
            units = rng.randint(300, 2400) // (4 if prod[2] == "cake" else 1)
            scrapped = int(units * rng.uniform(0.0, 0.06 if oven != "Rack Oven" else 0.09))
            minutes = {"bread": 38, "rolls": 18, "pastry": 16, "cake": 45}[prod[2]] + rng.randint(-4, 6)
            batches.append((len(batches) + 1, prod[0], oven, baked, units, scrapped, minutes,
                            round(minutes * rng.uniform(2.2, 3.4) * (1.6 if oven.startswith("Tunnel") else 1.0), 1)))
    _insert(con, "products", products)
    _insert(con, "accounts", accounts)
    _insert(con, "deliveries", deliveries)
    _insert(con, "oven_batches", batches)
    con.close()


# -------------------------------------------------------------------------------------------------- boat yard
HULLS = ["fibreglass", "wood", "steel", "aluminium"]
VESSEL_NAMES = ["Gull", "Seraphine", "Blue Heron", "Tern", "Merlin", "Swift", "Nimbus", "Juniper", "Otter",
                "Puffin", "Corsair", "Skylark", "Morwenna", "Falcon", "Wren", "Sea Holly", "Kittiwake", "Avocet"]
JOB_TYPES = {  # job_type -> (base price, typical days)
    "antifouling": (650.0, 4), "engine service": (900.0, 6), "hull repair": (2800.0, 21), "rigging": (1200.0, 8),
    "electrical": (750.0, 5), "winter storage": (1400.0, 150), "osmosis treatment": (5200.0, 45),
}
YARD_STAFF = ["Tom Pengelly", "Ruth Carne", "Ali Hassan", "Meg Trelawny", "Dan Roskilly"]


def build_boatyard(path: Path | str) -> None:
    """owners (90, year_of_birth), vessels (120), repair_jobs (2022-2024, closed_on NULL while open)."""
    rng = random.Random(3903)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE owners(owner_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, year_of_birth INTEGER, home_port VARCHAR, is_member BOOLEAN, phone VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE vessels(vessel_id INTEGER PRIMARY KEY,
        owner_id INTEGER REFERENCES owners(owner_id), vessel_name VARCHAR, vessel_type VARCHAR, hull_material VARCHAR,
        length_ft DOUBLE, built_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE repair_jobs(job_id INTEGER PRIMARY KEY,
        vessel_id INTEGER REFERENCES vessels(vessel_id), job_type VARCHAR, lead_technician VARCHAR, opened_on DATE,
        closed_on DATE, quoted_price DOUBLE, invoice_total DOUBLE, under_warranty BOOLEAN, customer_rating INTEGER)""")
    ports = ["Falmouth", "Penzance", "Fowey", "Plymouth", "St Mawes"]
    owners = []
    for oid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 90), start=1):
        phone = None if rng.random() < 0.15 else f"07{rng.randint(100000000, 999999999)}"
        owners.append((oid, first, last, rng.randint(1942, 1995), rng.choices(ports, [35, 15, 15, 25, 10])[0],
                       rng.random() < 0.5, phone))
    vessels = []
    for vid in range(1, 121):
        vtype = rng.choices(["sailing yacht", "motor cruiser", "fishing boat", "dinghy", "narrowboat"],
                            [40, 25, 15, 12, 8])[0]
        hull = "steel" if vtype == "narrowboat" else rng.choices(HULLS, [60, 20, 8, 12])[0]
        length = round({"sailing yacht": rng.uniform(24, 45), "motor cruiser": rng.uniform(22, 50),
                        "fishing boat": rng.uniform(18, 40), "dinghy": rng.uniform(10, 18),
                        "narrowboat": rng.uniform(45, 70)}[vtype], 1)
        name = rng.choice(VESSEL_NAMES) + ("" if rng.random() < 0.6 else f" {rng.choice(['II', 'III'])}")
        vessels.append((vid, rng.randint(1, 90), name, vtype, hull, length, rng.randint(1965, 2022)))
    jobs = []
    for vessel in vessels:
        for _ in range(rng.randint(0, 6)):
            jtype = rng.choices(list(JOB_TYPES), [30, 22, 8, 10, 12, 15, 3])[0]
            if jtype == "osmosis treatment" and vessel[4] != "fibreglass":
                jtype = "hull repair"
            base, days = JOB_TYPES[jtype]
            opened = _day(rng, dt.date(2022, 1, 3), 1090)
            closed = opened + dt.timedelta(days=max(1, int(rng.gauss(days, days * 0.3))))
            quote = round(base * (vessel[5] / 30) * rng.uniform(0.85, 1.15), 2)
            warranty = rng.random() < 0.08
            if closed > END:
                closed, total, rating = None, None, None
            else:
                total = 0.0 if warranty else round(quote * rng.uniform(0.9, 1.35), 2)
                rating = rng.choices([1, 2, 3, 4, 5], [3, 5, 15, 40, 37])[0] if rng.random() < 0.55 else None
            jobs.append((len(jobs) + 1, vessel[0], jtype, rng.choice(YARD_STAFF), opened, closed, quote, total,
                         warranty, rating))
    jobs.sort(key=lambda j: (j[4], j[1]))
    jobs = [(i, *j[1:]) for i, j in enumerate(jobs, start=1)]
    _insert(con, "owners", owners)
    _insert(con, "vessels", vessels)
    _insert(con, "repair_jobs", jobs)
    con.close()


# ---------------------------------------------------------------------------------------------- ceramics factory
KILNS = [
    # kiln_name, fuel, capacity_pieces, installed_on
    ("Big Bertha", "gas", 900, dt.date(2014, 5, 1)), ("Kiln 2", "electric", 320, dt.date(2018, 9, 1)),
    ("Kiln 3", "electric", 320, dt.date(2018, 9, 1)), ("Anagama", "wood", 600, dt.date(2011, 4, 1)),
    ("Shuttle Kiln", "gas", 700, dt.date(2021, 2, 1)), ("Test Kiln", "electric", 60, dt.date(2020, 1, 1)),
]
GLAZES = ["celadon", "tenmoku", "clear", "matte white", "shino", "ash"]
WARES = ["dinner plates", "mugs", "bowls", "vases", "tiles", "teapots"]


def build_kilnworks(path: Path | str) -> None:
    """kilns (6) and firings (2022-2024, TIMESTAMP start/end; firings.kiln_id is not a declared FK)."""
    rng = random.Random(3904)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE kilns(kiln_id INTEGER PRIMARY KEY, kiln_name VARCHAR, fuel VARCHAR,
        capacity_pieces INTEGER, installed_on DATE, retired BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE firings(firing_id INTEGER PRIMARY KEY, kiln_id INTEGER,
        firing_type VARCHAR, ware VARCHAR, glaze VARCHAR, fired_by VARCHAR, start_time TIMESTAMP, end_time TIMESTAMP,
        peak_temp_c INTEGER, target_temp_c INTEGER, pieces_loaded INTEGER, pieces_cracked INTEGER,
        fuel_cost DOUBLE, kiln_log_note VARCHAR)""")
    kilns = [(i, *k, k[0] == "Kiln 3") for i, k in enumerate(KILNS, start=1)]
    firers = ["Hana Sato", "Piet de Wit", "Lowri Evans", "Marta Nowak"]
    firings = []
    day = dt.date(2022, 1, 3)
    while day <= END:
        for kiln in kilns:
            if kiln[5] and day > dt.date(2023, 8, 31):
                continue
            if rng.random() > {"gas": 0.35, "electric": 0.45, "wood": 0.06}[kiln[2]]:
                continue
            ftype = "bisque" if rng.random() < 0.4 else "glaze"
            glaze = None if ftype == "bisque" else rng.choices(GLAZES, [20, 12, 30, 18, 10, 10 if kiln[2] == "wood"
                                                                       else 0])[0]
            target = 1000 if ftype == "bisque" else (1300 if kiln[2] != "electric" else 1240)
            peak = target + rng.randint(-25, 20)
            start = _stamp(rng, day, 5, 19)
            hours = {"gas": 11, "electric": 9, "wood": 60}[kiln[2]] * rng.uniform(0.85, 1.2)
            end = start + dt.timedelta(minutes=int(hours * 60))
            loaded = int(kiln[3] * rng.uniform(0.6, 1.0))
            crack_rate = rng.uniform(0.0, 0.05) + (0.03 if peak > target + 10 else 0.0) + (0.04 if kiln[2] == "wood"
                                                                                             else 0.0)
            cost = round(hours * {"gas": 14.0, "electric": 9.5, "wood": 6.0}[kiln[2]] * rng.uniform(0.9, 1.1), 2)
            note = rng.choice(["slow cool", "reduction at 1050", "element replaced", "heavy load"]) \
                if rng.random() < 0.12 else None
            firings.append((len(firings) + 1, kiln[0], ftype, rng.choices(WARES, [25, 25, 20, 10, 15, 5])[0], glaze,
                            rng.choice(firers), start, end, peak, target, loaded, int(loaded * crack_rate), cost,
                            note))
        day += dt.timedelta(days=1)
    _insert(con, "kilns", kilns)
    _insert(con, "firings", firings)
    con.close()


# --------------------------------------------------------------------------------------------- 3D printing bureau
CLIENTS = [
    # company_name, sector, country, is_key_account
    ("Velox Motors", "automotive", "Germany", True), ("Kraft Fahrzeugteile", "automotive", "Germany", False),
    ("Rallye Parts", "automotive", "France", False), ("OrthoFit", "medical", "Netherlands", True),
    ("DentaForm", "medical", "Germany", False), ("Clinique Lumiere", "medical", "France", False),
    ("Studio Arkitekt", "architecture", "Denmark", False), ("Mies & Partners", "architecture", "Germany", True),
    ("Atelier Brut", "architecture", "France", False), ("TU Lernwerk", "education", "Germany", False),
    ("Leiden Makerlab", "education", "Netherlands", False), ("Hygge Home", "consumer goods", "Denmark", False),
    ("Playmakers", "consumer goods", "Netherlands", True), ("Gadgetry BV", "consumer goods", "Netherlands", False),
    ("AeroLite Drones", "aerospace", "France", True), ("Skyward Components", "aerospace", "Germany", False),
]
TECH = {  # technology -> (materials, price per hour)
    "FDM": (["PLA", "PETG", "ABS"], 9.0), "SLA": (["standard resin", "tough resin", "dental resin"], 16.0),
    "SLS": (["nylon PA12", "nylon PA11"], 24.0), "MJF": (["nylon PA12"], 27.0),
}


def build_printbureau(path: Path | str) -> None:
    """clients (16), operators (12, birth_date), print_jobs (2023-2024, declared FKs; completed_at/rating NULL)."""
    rng = random.Random(3905)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, company_name VARCHAR,
        sector VARCHAR, country VARCHAR, is_key_account BOOLEAN, first_order_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE operators(operator_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, started_on DATE, certified_sls BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE print_jobs(job_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), operator_id INTEGER REFERENCES operators(operator_id),
        submitted_at TIMESTAMP, completed_at TIMESTAMP, technology VARCHAR, material VARCHAR, part_count INTEGER,
        print_hours DOUBLE, material_grams DOUBLE, price_eur DOUBLE, status VARCHAR, is_rush BOOLEAN,
        client_rating INTEGER)""")
    clients = [(i, *c, _day(rng, dt.date(2019, 1, 1), 1400)) for i, c in enumerate(CLIENTS, start=1)]
    operators = []
    for oid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 12), start=1):
        operators.append((oid, first, last, _day(rng, dt.date(1975, 1, 1), 365 * 27),
                          _day(rng, dt.date(2017, 1, 1), 365 * 5), rng.random() < 0.5))
    tech_by_sector = {"automotive": [30, 10, 35, 25], "medical": [10, 60, 20, 10], "architecture": [55, 35, 10, 0],
                      "education": [85, 15, 0, 0], "consumer goods": [45, 20, 15, 20], "aerospace": [10, 10, 45, 35]}
    weights = [14, 5, 4, 10, 6, 3, 4, 7, 3, 5, 3, 4, 9, 4, 8, 4]
    jobs = []
    for jid in range(1, 3001):
        client = rng.choices(clients, weights)[0]
        tech = rng.choices(list(TECH), tech_by_sector[client[2]])[0]
        materials, per_hour = TECH[tech]
        material = rng.choice(materials)
        day = _day(rng, dt.date(2023, 1, 2), 730)
        submitted = _stamp(rng, day, 7, 18)
        pool = [o for o in operators if tech != "SLS" or o[5]]
        operator = rng.choice(pool)
        parts = rng.choices([1, 2, 4, 10, 25, 50], [35, 20, 15, 15, 10, 5])[0]
        hours = round(max(0.5, rng.gauss(2.5, 1.0) * (parts ** 0.55)), 1)
        rush = rng.random() < 0.15
        price = round(hours * per_hour * (1.5 if rush else 1.0) + 25.0, 2)
        grams = round(hours * rng.uniform(12, 30), 1)
        status = rng.choices(["completed", "failed", "cancelled"], [88, 5, 7])[0]
        completed = submitted + dt.timedelta(minutes=int(60 * (hours + rng.uniform(2, 20 if rush else 70))))
        if status == "completed" and completed > dt.datetime(2024, 12, 31, 18):
            status = "printing"
        if status != "completed":
            completed = None
        rating = rng.choices([2, 3, 4, 5], [5, 15, 45, 35])[0] if status == "completed" and rng.random() < 0.4 \
            else None
        jobs.append((jid, client[0], operator[0], submitted, completed, tech, material, parts, hours, grams,
                     price, status, rush, rating))
    jobs.sort(key=lambda j: j[3])
    jobs = [(i, *j[1:]) for i, j in enumerate(jobs, start=1)]
    _insert(con, "clients", clients)
    _insert(con, "operators", operators)
    _insert(con, "print_jobs", jobs)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "bikefactory": build_bikefactory,
    "bakeryplant": build_bakeryplant,
    "boatyard": build_boatyard,
    "kilnworks": build_kilnworks,
    "printbureau": build_printbureau,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval39-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval39-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval39-dbs"))
