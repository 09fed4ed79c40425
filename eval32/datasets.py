"""Builders of the eval32 development corpus: five DuckDB files in farming and rural-trade domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `poultry.duckdb`: sheds, workers (birth_date, left_on NULL while employed), egg_collections (declared FKs)
- `seeds.duckdb`: customers, products, orders (ordered_at TIMESTAMP, delivered_on NULL unless delivered;
  orders.customer_id is NOT a declared foreign key, orders.product_id is)
- `irrigation.duckdb`: irrigators (year_of_birth), farms, water_orders (delivered_at NULL while pending)
- `stud.duckdb`: owners, horses (foaled_on), coverings (mare_id / stallion_id -> horses, foaling_date NULL)
- `tractors.duckdb`: reps, sales (sold_at TIMESTAMP, trade_in_value NULL without trade-in, booleans)

Usage:
    python eval32/datasets.py OUTDIR

Example:
    >>> from eval32.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval32-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['irrigation.duckdb', 'poultry.duckdb', 'seeds.duckdb', 'stud.duckdb', 'tractors.duckdb']
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


FIRST = ["Aaron", "Bridget", "Callum", "Daphne", "Ewan", "Fiona", "Gareth", "Hannah", "Ivan", "Jess", "Kieran",
         "Lucy", "Murray", "Nell", "Owen", "Penny", "Quinn", "Rosie", "Stuart", "Tess", "Vaughan", "Wilma"]
LAST = ["Abbott", "Blackwood", "Carmody", "Drummond", "Elliot", "Fairweather", "Gillespie", "Hargreaves", "Irwin",
        "Jamieson", "Kilpatrick", "Lachlan", "McIver", "Norcross", "O'Brien", "Pritchard", "Ramsay", "Strachan"]
START, END = dt.date(2023, 1, 1), dt.date(2024, 12, 31)
SPAN = (END - START).days + 1


# ------------------------------------------------------------------------------------------------- poultry farm
def build_poultry(path: Path | str) -> None:
    """sheds (8), workers (18, left_on NULL while employed), egg_collections (daily-ish 2023-2024, declared FKs)."""
    rng = random.Random(3201)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE sheds(shed_id INTEGER PRIMARY KEY, shed_name VARCHAR, housing VARCHAR,
        breed VARCHAR, capacity INTEGER, is_organic BOOLEAN, built_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE workers(worker_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, role VARCHAR, hired_on DATE, left_on DATE, hourly_rate DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE egg_collections(collection_id INTEGER PRIMARY KEY,
        shed_id INTEGER REFERENCES sheds(shed_id), worker_id INTEGER REFERENCES workers(worker_id),
        collected_on DATE, eggs_collected INTEGER, cracked INTEGER, grade VARCHAR, sold_to_retail BOOLEAN)""")
    specs = [("Shed 1", "cage-free", "Hy-Line Brown", 12000, False, 2012), ("Shed 2", "cage-free", "ISA Brown", 11000,
             False, 2014), ("Shed 3", "free-range", "Lohmann Brown", 6000, False, 2016),
             ("Shed 4", "free-range", "Hy-Line Brown", 6500, True, 2018), ("Shed 5", "barn", "ISA Brown", 9000,
             False, 2009), ("Shed 6", "free-range", "Australorp", 3000, True, 2020),
             ("Shed 7", "barn", "Lohmann Brown", 8000, False, 2011), ("Shed 8", "free-range", "Australorp", 2500,
             True, 2022)]
    sheds = [(i, *s) for i, s in enumerate(specs, start=1)]
    roles = ["collector"] * 10 + ["shed hand"] * 5 + ["supervisor"] * 3
    workers = []
    for wid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 18), start=1):
        hired = _day(rng, dt.date(2015, 1, 1), 2900)
        left = _day(rng, dt.date(2023, 3, 1), 600) if rng.random() < 0.2 else None
        birth = _day(rng, dt.date(1962, 1, 1), 14000)
        rate = round({"collector": 26.0, "shed hand": 28.5, "supervisor": 36.0}[roles[wid - 1]] + rng.uniform(0, 4), 2)
        workers.append((wid, first, last, birth, roles[wid - 1], hired, left, rate))
    collectors = [w for w in workers if w[4] != "supervisor"]
    rows = []
    day = START
    while day <= END:
        for shed in sheds:
            if rng.random() < 0.35:
                continue
            active = [w for w in collectors if w[5] <= day and (w[6] is None or w[6] > day)]
            worker = rng.choice(active)
            lay = {"cage-free": 0.86, "barn": 0.82, "free-range": 0.78}[shed[2]]
            eggs = int(shed[4] * lay * rng.uniform(0.85, 1.05) / 2)
            cracked = int(eggs * rng.uniform(0.005, 0.04))
            grade = rng.choices(["A", "B", "C"], [75, 20, 5])[0]
            rows.append((len(rows) + 1, shed[0], worker[0], day, eggs, cracked, grade, rng.random() < 0.7))
        day += dt.timedelta(days=3)
    _insert(con, "sheds", sheds)
    _insert(con, "workers", workers)
    _insert(con, "egg_collections", rows)
    con.close()


# ------------------------------------------------------------------------------------------------- seed supplier
CROPS = {"wheat": (["Scepter", "Mace", "Trojan", "Vixen"], 0.9), "barley": (["Spartacus", "Rosalind", "Compass"], 0.8),
         "canola": (["Hyola 580", "Pioneer 45Y93", "Bonito"], 9.5), "oats": (["Bannister", "Wintaroo"], 0.7),
         "lentils": (["Hallmark", "Jumbo2"], 1.6), "chickpeas": (["Genesis 090", "Kyabra"], 1.4)}
REGIONS = ["Wimmera", "Mallee", "Riverina", "Darling Downs", "Wheatbelt", "Eyre Peninsula"]


def build_seeds(path: Path | str) -> None:
    """customers (90), products (16, declared FK from orders), orders (2023-2024; customer_id NOT declared)."""
    rng = random.Random(3202)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, business_name VARCHAR,
        region VARCHAR, customer_type VARCHAR, organic_certified BOOLEAN, joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE products(product_id INTEGER PRIMARY KEY, variety VARCHAR, crop VARCHAR,
        bag_kg INTEGER, price_per_kg DOUBLE, is_treated BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE orders(order_id INTEGER PRIMARY KEY, customer_id INTEGER,
        product_id INTEGER REFERENCES products(product_id), ordered_at TIMESTAMP, bags INTEGER, total_amount DOUBLE,
        status VARCHAR, delivered_on DATE, discount_pct DOUBLE)""")
    suffix = ["Pastoral", "Farms", "Grains", "Ag", "Holdings", "Partnership", "Seeds & Co"]
    stems = ["Boundary", "Redgum", "Yarra", "Mulga", "Kookaburra", "Saltbush", "Ironbark", "Wattle", "Bluegum",
             "Coolabah", "Emu Flat", "Gidgee", "Hillview", "Lakeside", "Mallee Bend"]
    names: dict[str, None] = {}
    while len(names) < 90:
        names.setdefault(f"{rng.choice(stems)} {rng.choice(suffix)}", None)
    customers = [(i, name, rng.choices(REGIONS, [24, 20, 18, 15, 12, 11])[0],
                  rng.choices(["grower", "reseller", "contractor"], [70, 20, 10])[0],
                  rng.random() < 0.2, _day(rng, dt.date(2016, 1, 1), 2500)) for i, name in enumerate(names, start=1)]
    products = []
    for crop, (varieties, price) in CROPS.items():
        for variety in varieties:
            products.append((len(products) + 1, variety, crop, 20 if crop == "canola" else 40,
                             round(price * rng.uniform(0.85, 1.25), 2), rng.random() < 0.6))
    orders = []
    for _ in range(1400):
        cust = rng.choice(customers)
        prod = rng.choice(products)
        day = _day(rng, START, SPAN)
        ts = dt.datetime.combine(day, dt.time(rng.randint(7, 18), rng.choice([0, 15, 30, 45])))
        bags = rng.randint(5, 120) * (3 if cust[3] == "reseller" else 1)
        discount = rng.choice([0.0, 0.0, 0.0, 5.0, 10.0])
        amount = round(bags * prod[3] * prod[4] * (1 - discount / 100), 2)
        status = rng.choices(["delivered", "cancelled", "pending"], [85, 8, 7])[0]
        if day > dt.date(2024, 12, 10) and status == "delivered":
            status = "pending"
        delivered = day + dt.timedelta(days=rng.randint(1, 14)) if status == "delivered" else None
        orders.append((len(orders) + 1, cust[0], prod[0], ts, bags, amount, status, delivered, discount))
    _insert(con, "customers", customers)
    _insert(con, "products", products)
    _insert(con, "orders", orders)
    con.close()


# ------------------------------------------------------------------------------------------------- irrigation district
def build_irrigation(path: Path | str) -> None:
    """irrigators (60, year_of_birth), farms (75), water_orders (2023-2024, delivered_at NULL unless delivered)."""
    rng = random.Random(3203)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE irrigators(irrigator_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, year_of_birth INTEGER, phone VARCHAR, receives_sms BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE farms(farm_id INTEGER PRIMARY KEY,
        irrigator_id INTEGER REFERENCES irrigators(irrigator_id), farm_name VARCHAR, channel VARCHAR,
        main_crop VARCHAR, irrigated_ha DOUBLE, entitlement_ml DOUBLE, has_drip BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE water_orders(order_id INTEGER PRIMARY KEY,
        farm_id INTEGER REFERENCES farms(farm_id), requested_on DATE, delivered_at TIMESTAMP, megalitres DOUBLE,
        status VARCHAR, flow_rate_mld DOUBLE)""")
    irrigators = []
    for iid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 60), start=1):
        irrigators.append((iid, first, last, rng.randint(1950, 1995), f"04{rng.randint(10000000, 99999999)}",
                           rng.random() < 0.65))
    channels = ["Channel 1", "Channel 2", "Channel 3", "Main Canal", "Western Spur"]
    crops = ["rice", "cotton", "dairy pasture", "citrus", "grapes", "almonds"]
    names = ["Riverbend", "Greenvale", "Sunnyside", "Willowmere", "Oakdene", "Brookfield", "Lowlands", "Fernhill",
             "Gumtree", "Kurrajong", "Millbrook", "Pinecrest", "Stonyford"]
    kinds = ["Farm", "Park", "Estate", "Downs", "Vale", "Station"]
    farm_names: dict[str, None] = {}
    while len(farm_names) < 75:
        farm_names.setdefault(f"{rng.choice(names)} {rng.choice(kinds)}", None)
    farms = []
    for fid, farm_name in enumerate(farm_names, start=1):
        crop = rng.choice(crops)
        ha = round(rng.uniform(40, 600), 1)
        farms.append((fid, rng.randint(1, 60) if fid > 60 else fid, farm_name,
                      rng.choice(channels), crop, ha, round(ha * rng.uniform(4, 9), 0), rng.random() < 0.3))
    fallow_2024 = set(rng.sample([f[0] for f in farms], 4))  # farms left unwatered in 2024
    orders = []
    for _ in range(1600):
        farm = rng.choice(farms)
        day = _day(rng, START, SPAN)
        if day.year == 2024 and farm[0] in fallow_2024:
            continue
        if day.month in (5, 6, 7) and rng.random() < 0.7:  # winter: fewer orders
            continue
        status = rng.choices(["delivered", "cancelled", "pending"], [86, 9, 5])[0]
        if day > dt.date(2024, 12, 20):
            status = "pending"
        ml = round(rng.uniform(2, 60) * (1.6 if farm[4] in ("rice", "cotton") else 1), 1)
        delivered = (dt.datetime.combine(day + dt.timedelta(days=rng.randint(1, 6)), dt.time(rng.randint(0, 23)))
                     if status == "delivered" else None)
        orders.append((len(orders) + 1, farm[0], day, delivered, ml, status, round(rng.uniform(5, 30), 1)))
    _insert(con, "irrigators", irrigators)
    _insert(con, "farms", farms)
    _insert(con, "water_orders", orders)
    con.close()


# ------------------------------------------------------------------------------------------------- horse stud farm
def build_stud(path: Path | str) -> None:
    """owners (30), horses (mares and stallions, foaled_on), coverings (2022-2024 seasons, foaling_date NULL)."""
    rng = random.Random(3204)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE owners(owner_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, country VARCHAR, is_syndicate BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE horses(horse_id INTEGER PRIMARY KEY, horse_name VARCHAR, sex VARCHAR,
        breed VARCHAR, colour VARCHAR, foaled_on DATE, owner_id INTEGER REFERENCES owners(owner_id),
        stud_fee DOUBLE, is_retired BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE coverings(covering_id INTEGER PRIMARY KEY,
        mare_id INTEGER REFERENCES horses(horse_id), stallion_id INTEGER REFERENCES horses(horse_id),
        covered_on DATE, method VARCHAR, in_foal BOOLEAN, foaling_date DATE, fee_paid DOUBLE)""")
    countries = ["Australia", "New Zealand", "Ireland", "Japan", "Hong Kong"]
    owners = [(i, f, lname, rng.choices(countries, [60, 15, 10, 10, 5])[0], rng.random() < 0.2)
              for i, (f, lname) in enumerate(_unique_names(rng, FIRST, LAST, 30), start=1)]
    words = ["Silver", "Midnight", "Golden", "Storm", "Royal", "Desert", "Thunder", "Velvet", "Copper", "Wild",
             "Lucky", "Star", "Dancer", "Comet", "Whisper", "Legend", "Echo", "Flame", "River", "Crown"]
    names: dict[str, None] = {}
    while len(names) < 110:
        names.setdefault(" ".join(rng.sample(words, 2)), None)
    horses = []
    for hid, name in enumerate(names, start=1):
        sex = "stallion" if hid <= 10 else ("gelding" if hid > 95 else "mare")
        breed = rng.choices(["Thoroughbred", "Standardbred", "Quarter Horse", "Arabian"], [60, 20, 12, 8])[0]
        fee = round(rng.choice([8800, 16500, 22000, 38500, 55000, 110000]) * 1.0, 2) if sex == "stallion" else None
        foaled = _day(rng, dt.date(2004 if sex != "gelding" else 2016, 1, 1), 5000)
        horses.append((hid, name, sex, breed, rng.choice(["bay", "brown", "chestnut", "grey", "black"]), foaled,
                       rng.randint(1, 30), fee, sex == "mare" and rng.random() < 0.12))
    stallions = [h for h in horses if h[2] == "stallion"]
    mares = [h for h in horses if h[2] == "mare"]
    coverings = []
    for season in (2022, 2023, 2024):
        for mare in mares:
            if mare[8] or rng.random() < 0.2:
                continue
            stallion = rng.choice(stallions)
            day = dt.date(season, 9, 1) + dt.timedelta(days=rng.randrange(100))
            in_foal = None if season == 2024 and day > dt.date(2024, 11, 20) else rng.random() < 0.78
            foaling = day + dt.timedelta(days=rng.randint(330, 350)) if in_foal and season < 2024 else None
            if foaling and foaling > END:
                foaling = None
            method = "natural" if stallion[3] == "Thoroughbred" else rng.choice(["AI", "natural", "AI"])
            paid = stallion[7] if rng.random() < 0.9 else round(stallion[7] * 0.5, 2)
            coverings.append((len(coverings) + 1, mare[0], stallion[0], day, method, in_foal, foaling, paid))
    _insert(con, "owners", owners)
    _insert(con, "horses", horses)
    _insert(con, "coverings", coverings)
    con.close()


# ------------------------------------------------------------------------------------------------- tractor dealership
def build_tractors(path: Path | str) -> None:
    """reps (14 sales reps at 3 branches), sales (2023-2024, trade_in_value NULL without a trade-in)."""
    rng = random.Random(3205)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE reps(rep_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        branch VARCHAR, hired_on DATE, monthly_target DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE sales(sale_id INTEGER PRIMARY KEY, rep_id INTEGER REFERENCES reps(rep_id),
        sold_at TIMESTAMP, brand VARCHAR, model VARCHAR, condition VARCHAR, horsepower INTEGER, list_price DOUBLE,
        sale_price DOUBLE, trade_in_value DOUBLE, financed BOOLEAN, customer_state VARCHAR, warranty_years INTEGER)""")
    branches = ["Dubbo", "Wagga Wagga", "Toowoomba"]
    reps = [(i, f, lname, branches[(i - 1) % 3], _day(rng, dt.date(2012, 1, 1), 3800),
             float(rng.choice([250000, 300000, 400000])))
            for i, (f, lname) in enumerate(_unique_names(rng, FIRST, LAST, 14), start=1)]
    models = {"John Deere": [("6120M", 120), ("8R 370", 370), ("5075E", 75)],
              "Kubota": [("M7-172", 170), ("L2501", 25), ("M5-111", 110)],
              "Case IH": [("Puma 185", 185), ("Magnum 340", 340)], "New Holland": [("T7.270", 270), ("T5.120", 120)],
              "Massey Ferguson": [("MF 5713", 130), ("MF 8S.265", 265)]}
    weights = {"John Deere": 32, "Kubota": 26, "Case IH": 16, "New Holland": 14, "Massey Ferguson": 12}
    sales = []
    for _ in range(700):
        brand = rng.choices(list(weights), list(weights.values()))[0]
        model, hp = rng.choice(models[brand])
        cond = rng.choices(["new", "used", "demo"], [60, 32, 8])[0]
        price = round(hp * rng.uniform(1400, 1900) * (0.6 if cond == "used" else 0.85 if cond == "demo" else 1), -2)
        sale = price if rng.random() < 0.3 else round(price * rng.uniform(0.88, 0.99), -2)  # 30% at list
        day = _day(rng, START, SPAN)
        ts = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.randint(0, 59)))
        trade = round(price * rng.uniform(0.1, 0.35), -2) if rng.random() < 0.35 else None
        sales.append((len(sales) + 1, rng.choice(reps)[0], ts, brand, model, cond, hp, price, sale, trade,
                      rng.random() < 0.55, rng.choices(["NSW", "QLD", "VIC", "SA"], [45, 35, 12, 8])[0],
                      0 if cond == "used" else rng.choice([2, 3, 5])))
    _insert(con, "reps", reps)
    _insert(con, "sales", sales)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "poultry": build_poultry,
    "seeds": build_seeds,
    "irrigation": build_irrigation,
    "stud": build_stud,
    "tractors": build_tractors,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval32-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval32-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval32-dbs"))
