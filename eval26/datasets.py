"""Builders of the twenty-sixth held-out evaluation corpus: five farm-trade DuckDB files.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `dairy.duckdb`: cows (birth_date, culled_date NULL while still in the herd), vets (people), milk_yields,
  treatments (TIMESTAMP, recovered_on NULL while not recovered; declared FKs)
- `apiary.duckdb`: members (people, birth_year), hives (declared FK), inspections (nullable temper score),
  deliveries (member_id NOT a declared foreign key, nullable moisture)
- `fishfarm.duckdb`: pens, water_checks (TIMESTAMP, nullable lice count), harvests (declared FKs)
- `livestock_mart.duckdb`: farmers (people, date_of_birth), buyers, lots (buyer and hammer price NULL when unsold)
- `mushrooms.duckdb`: grow_rooms, batches (harvest and yield NULL while growing), orders (TIMESTAMP, booleans)

Usage:
    python eval26/datasets.py OUTDIR

Example:
    >>> from eval26.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval26-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['apiary.duckdb', 'dairy.duckdb', 'fishfarm.duckdb', 'livestock_mart.duckdb', 'mushrooms.duckdb']
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
SPAN = (END - START).days + 1


def _insert(con, table: str, rows: list[tuple]) -> None:
    """Append rows (tuples in column order) to a table through a registered DataFrame."""
    cols = [r[0] for r in con.execute(f'DESCRIBE "{table}"').fetchall()]
    con.register("frame", pd.DataFrame(rows, columns=cols))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date = START, span_days: int = SPAN) -> dt.date:
    """A random day in [start, start + span_days)."""
    return start + dt.timedelta(days=rng.randrange(span_days))


def _stamp(rng: random.Random, day: dt.date, first_hour: int, last_hour: int) -> dt.datetime:
    """A time on `day` between first_hour:00 and last_hour:59, to the minute."""
    return dt.datetime(day.year, day.month, day.day, rng.randint(first_hour, last_hour), rng.randrange(60))


def _names(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(FIRST), rng.choice(LAST)), None)
    return list(seen)


FIRST = ["Agnes", "Bernard", "Cora", "Declan", "Edith", "Fergus", "Gwen", "Hamish", "Ines", "Joel", "Kirsty", "Lars",
         "Morag", "Niall", "Orla", "Piet", "Quinn", "Rhona", "Silas", "Tamsin", "Ulf", "Vera", "Wilf", "Zofia"]
LAST = ["Abbott", "Blackwood", "Cairns", "Doherty", "Ellison", "Fraser", "Gillespie", "Hartley", "Irvine", "Jansen",
        "Kerr", "Lockhart", "McBride", "Nolan", "Ogilvie", "Pryce", "Quayle", "Rankin", "Strachan", "Tully"]


# ----------------------------------------------------------------------------------------------------- dairy farm
BREEDS = {"Holstein": 31.0, "Jersey": 21.0, "Brown Swiss": 26.0, "Ayrshire": 24.0}
CONDITIONS = {"mastitis": 140.0, "lameness": 95.0, "milk fever": 180.0, "ketosis": 120.0, "vaccination": 35.0}


def build_dairy(path: Path | str) -> None:
    """cows (90), vets (6), milk_yields (weekly AM/PM test per cow, 2022-2024), treatments (declared FKs)."""
    rng = random.Random(2601)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE cows(cow_id INTEGER PRIMARY KEY, ear_tag VARCHAR, cow_name VARCHAR,
        breed VARCHAR, birth_date DATE, barn VARCHAR, organic BOOLEAN, culled_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE vets(vet_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        practice VARCHAR, hourly_rate DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE milk_yields(yield_id INTEGER PRIMARY KEY,
        cow_id INTEGER REFERENCES cows(cow_id), test_date DATE, session VARCHAR, litres DOUBLE, fat_pct DOUBLE,
        protein_pct DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE treatments(treatment_id INTEGER PRIMARY KEY,
        cow_id INTEGER REFERENCES cows(cow_id), vet_id INTEGER REFERENCES vets(vet_id), treated_at TIMESTAMP,
        condition VARCHAR, cost DOUBLE, antibiotics BOOLEAN, recovered_on DATE)""")
    cow_names = ["Daisy", "Buttercup", "Clover", "Bluebell", "Primrose", "Maisie", "Rosie", "Bella", "Poppy", "Hazel",
                 "Molly", "Tilly", "Willow", "Bonnie", "Honey", "Meg", "Ruby", "Fern"]
    cows = []
    for cid in range(1, 91):
        breed = rng.choices(list(BREEDS), [45, 25, 15, 15])[0]
        born = _day(rng, dt.date(2013, 1, 1), 365 * 8)
        culled = _day(rng) if rng.random() < 0.25 else None
        cows.append((cid, f"UK{300000 + cid * 7:06d}", f"{rng.choice(cow_names)} {cid}", breed, born,
                     rng.choice(["Barn A", "Barn B", "Barn C"]), rng.random() < 0.4, culled))
    vets = [(vid, f, la, rng.choice(["Riverside Vets", "Hillview Veterinary", "Glen Animal Health"]),
             rng.choice([65.0, 72.0, 80.0, 88.0, 95.0])) for vid, (f, la) in enumerate(_names(rng, 6), start=1)]
    yields = []
    day = dt.date(2022, 1, 4)
    while day <= END:
        for cow in cows:
            if cow[7] is not None and day > cow[7]:
                continue
            base = BREEDS[cow[3]] * (1.1 if 4 <= day.month <= 7 else 0.95)
            for session, share in (("AM", 0.55), ("PM", 0.45)):
                fat = {"Jersey": 5.2, "Guernsey": 4.8}.get(cow[3], 4.0)
                yields.append((len(yields) + 1, cow[0], day, session, round(base * share * rng.uniform(0.8, 1.2), 1),
                               round(fat * rng.uniform(0.9, 1.1), 2), round(3.3 * rng.uniform(0.92, 1.08), 2)))
        day += dt.timedelta(days=14)
    treatments = []
    for tid in range(1, 421):
        cow = rng.choice(cows)
        cond = rng.choices(list(CONDITIONS), [30, 25, 10, 10, 25])[0]
        day = _day(rng)
        recovered = day + dt.timedelta(days=rng.randint(2, 30))
        if cond == "vaccination" or rng.random() < 0.12:
            recovered = None
        if recovered is not None and recovered > END:
            recovered = None
        treatments.append((tid, cow[0], rng.randint(1, 6), _stamp(rng, day, 6, 19), cond,
                           round(CONDITIONS[cond] * rng.uniform(0.7, 1.5), 2),
                           cond == "mastitis" or (cond != "vaccination" and rng.random() < 0.3), recovered))
    _insert(con, "cows", cows)
    _insert(con, "vets", vets)
    _insert(con, "milk_yields", yields)
    _insert(con, "treatments", treatments)
    con.close()


# ----------------------------------------------------------------------------------------- beekeeping cooperative
HONEY = {"wildflower": 11.0, "acacia": 15.0, "heather": 19.0, "chestnut": 14.0, "lime": 13.0}


def build_apiary(path: Path | str) -> None:
    """members (70), hives (260, declared FK), inspections, deliveries (member_id undeclared)."""
    rng = random.Random(2602)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, full_name VARCHAR, village VARCHAR,
        birth_year INTEGER, joined_on DATE, certified_organic BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE hives(hive_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), hive_type VARCHAR, bee_breed VARCHAR, installed_on DATE,
        lost_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE inspections(inspection_id INTEGER PRIMARY KEY,
        hive_id INTEGER REFERENCES hives(hive_id), inspected_on DATE, varroa_count INTEGER, queen_seen BOOLEAN,
        temper_score INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE deliveries(delivery_id INTEGER PRIMARY KEY, member_id INTEGER,
        delivered_at TIMESTAMP, honey_type VARCHAR, kg DOUBLE, grade VARCHAR, price_per_kg DOUBLE, moisture_pct DOUBLE,
        paid BOOLEAN)""")
    villages = ["Ashby", "Brookfield", "Carrow", "Dunmore", "Elmstead"]
    members = []
    for mid, (first, last) in enumerate(_names(rng, 70), start=1):
        joined = _day(rng, dt.date(2012, 1, 1), 365 * 12)
        members.append((mid, f"{first} {last}", rng.choices(villages, [30, 25, 20, 15, 10])[0],
                        rng.randint(1950, 2000), joined, rng.random() < 0.35))
    hives = []
    for hid in range(1, 261):
        installed = _day(rng, dt.date(2018, 1, 1), 365 * 6)
        lost = _day(rng, max(installed, START), 700) if rng.random() < 0.2 else None
        hives.append((hid, rng.randint(1, 70), rng.choices(["Langstroth", "National", "Top bar", "Warre"],
                                                           [45, 30, 15, 10])[0],
                      rng.choice(["Buckfast", "Carniolan", "Italian", "Black bee"]), installed, lost))
    inspections = []
    for hive in hives:
        for year in (2022, 2023, 2024):
            for month in (4, 5, 6, 7, 8, 9):
                if rng.random() < 0.3:
                    continue
                day = dt.date(year, month, rng.randint(1, 28))
                if hive[5] is not None and day > hive[5]:
                    continue
                varroa = max(0, int(rng.gauss(8 + month, 6)))
                inspections.append((len(inspections) + 1, hive[0], day, varroa, rng.random() < 0.7,
                                    rng.randint(1, 5) if rng.random() < 0.75 else None))
    deliveries = []
    for did in range(1, 1501):
        day = _day(rng, START, SPAN)
        while day.month < 5 or day.month > 10:
            day = _day(rng, START, SPAN)
        honey = rng.choices(list(HONEY), [40, 15, 15, 15, 15])[0]
        grade = rng.choices(["A", "B", "C"], [55, 35, 10])[0]
        price = round(HONEY[honey] * {"A": 1.1, "B": 1.0, "C": 0.8}[grade] * rng.uniform(0.95, 1.05), 2)
        deliveries.append((did, rng.randint(1, 70), _stamp(rng, day, 7, 18), honey, round(rng.uniform(4, 60), 1),
                           grade, price, round(rng.uniform(15.5, 19.8), 1) if rng.random() < 0.8 else None,
                           rng.random() < (0.98 if day < dt.date(2024, 9, 1) else 0.45)))
    _insert(con, "members", members)
    _insert(con, "hives", hives)
    _insert(con, "inspections", inspections)
    _insert(con, "deliveries", deliveries)
    con.close()


# ---------------------------------------------------------------------------------------------------- fish farm
SPECIES = {"Atlantic salmon": 7.8, "rainbow trout": 5.4, "sea bass": 9.5}


def build_fishfarm(path: Path | str) -> None:
    """pens (24), water_checks (weekly-ish TIMESTAMPs, lice NULL when not counted), harvests (declared FKs)."""
    rng = random.Random(2603)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE pens(pen_id INTEGER PRIMARY KEY, pen_code VARCHAR, site VARCHAR,
        species VARCHAR, volume_m3 DOUBLE, commissioned_year INTEGER, is_organic BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE water_checks(check_id INTEGER PRIMARY KEY,
        pen_id INTEGER REFERENCES pens(pen_id), checked_at TIMESTAMP, water_temp_c DOUBLE, oxygen_mg_l DOUBLE,
        lice_per_fish DOUBLE, alert BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE harvests(harvest_id INTEGER PRIMARY KEY,
        pen_id INTEGER REFERENCES pens(pen_id), harvest_date DATE, fish_count INTEGER, total_weight_kg DOUBLE,
        price_per_kg DOUBLE, buyer VARCHAR, grade VARCHAR, rejected_kg DOUBLE)""")
    sites = ["Loch Fyne", "Loch Linnhe", "Skye", "Mull"]
    pens = []
    for pid in range(1, 25):
        site = sites[(pid - 1) % 4]
        species = "sea bass" if site == "Mull" and pid % 8 == 0 else rng.choices(list(SPECIES)[:2], [70, 30])[0]
        pens.append((pid, f"{site[:1]}{site.split()[-1][:1]}-{pid:02d}", site, species,
                     rng.choice([8000.0, 12000.0, 16000.0, 20000.0]), rng.randint(2008, 2021), rng.random() < 0.3))
    checks = []
    for pen in pens:
        day = START + dt.timedelta(days=rng.randrange(7))
        while day <= END:
            temp = 9 + 5 * (1 if 6 <= day.month <= 9 else 0) + rng.uniform(-2, 2)
            oxygen = round(rng.uniform(6.0, 10.5) - (temp - 9) * 0.15, 2)
            lice = round(rng.uniform(0, 3.5), 2) if rng.random() < 0.6 else None
            checks.append((len(checks) + 1, pen[0], _stamp(rng, day, 6, 17), round(temp, 1), oxygen, lice,
                           oxygen < 6.0 or (lice is not None and lice > 3.0)))
            day += dt.timedelta(days=rng.randint(5, 9))
    harvests = []
    buyers = ["Highland Seafoods", "Marine Harvest Trading", "Oban Fish Market", "Coastal Exports"]
    for hid in range(1, 241):
        pen = rng.choice(pens)
        count = rng.randint(800, 6000)
        weight = round(count * rng.uniform(2.5, 5.5), 1)
        grade = rng.choices(["superior", "ordinary", "production"], [55, 35, 10])[0]
        price = round(SPECIES[pen[3]] * {"superior": 1.1, "ordinary": 1.0, "production": 0.75}[grade]
                      * rng.uniform(0.9, 1.1), 2)
        harvests.append((hid, pen[0], _day(rng), count, weight, price, rng.choice(buyers), grade,
                         round(weight * rng.uniform(0, 0.04), 1) if rng.random() < 0.4 else 0.0))
    _insert(con, "pens", pens)
    _insert(con, "water_checks", checks)
    _insert(con, "harvests", harvests)
    con.close()


# ------------------------------------------------------------------------------------------------ cattle auction
CATEGORIES = {"steer": 2.6, "heifer": 2.5, "cull cow": 1.7, "bull": 2.2, "calf": 3.4}


def build_livestock_mart(path: Path | str) -> None:
    """farmers (120, date_of_birth), buyers (25), lots (weekly sales 2022-2024; buyer/hammer NULL if unsold)."""
    rng = random.Random(2604)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE farmers(farmer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, farm_name VARCHAR, county VARCHAR, date_of_birth DATE, is_member BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE buyers(buyer_id INTEGER PRIMARY KEY, buyer_name VARCHAR,
        buyer_type VARCHAR, county VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE lots(lot_id INTEGER PRIMARY KEY,
        farmer_id INTEGER REFERENCES farmers(farmer_id), buyer_id INTEGER REFERENCES buyers(buyer_id),
        sale_date DATE, category VARCHAR, breed VARCHAR, head_count INTEGER, avg_weight_kg DOUBLE,
        reserve_price DOUBLE, hammer_price DOUBLE, sold BOOLEAN)""")
    counties = ["Cumbria", "Devon", "Yorkshire", "Shropshire", "Powys"]
    farm_words = ["Hill", "Brook", "Oak", "Moss", "Heather", "Ash", "Stone", "Willow", "Fell", "Meadow"]
    farmers = []
    for fid, (first, last) in enumerate(_names(rng, 120), start=1):
        farmers.append((fid, first, last, f"{rng.choice(farm_words)} {rng.choice(['Farm', 'End', 'Top', 'House'])}",
                        rng.choices(counties, [30, 25, 20, 15, 10])[0], _day(rng, dt.date(1948, 1, 1), 365 * 50),
                        rng.random() < 0.6))
    buyer_types = ["abattoir", "finisher", "dealer", "farmer"]
    buyers = [(bid, f"{rng.choice(LAST)} {rng.choice(['Meats', 'Livestock', 'Farms', 'Traders'])} {bid}",
               rng.choices(buyer_types, [25, 30, 25, 20])[0], rng.choice(counties)) for bid in range(1, 26)]
    lots = []
    day = dt.date(2022, 1, 5)
    while day <= END:
        for _ in range(rng.randint(10, 18)):
            cat = rng.choices(list(CATEGORIES), [30, 25, 15, 5, 25])[0]
            weight = {"steer": 560, "heifer": 500, "cull cow": 620, "bull": 780, "calf": 260}[cat]
            weight = round(weight * rng.uniform(0.85, 1.15), 1)
            head = 1 if cat == "bull" else rng.randint(1, 12)
            value = CATEGORIES[cat] * weight * head * (1 + (day.year - 2022) * 0.06)
            reserve = round(value * rng.uniform(0.85, 1.0), -1)
            hammer = round(value * rng.uniform(0.9, 1.2), -1)
            sold = hammer >= reserve and rng.random() < 0.95
            lots.append((len(lots) + 1, rng.randint(1, 113), rng.randint(1, 25) if sold else None, day, cat,
                         rng.choices(["Angus", "Hereford", "Limousin", "Charolais", "Simmental"],
                                     [30, 20, 20, 15, 15])[0],
                         head, weight, reserve, hammer if sold else None, sold))
        day += dt.timedelta(days=7)
    _insert(con, "farmers", farmers)
    _insert(con, "buyers", buyers)
    _insert(con, "lots", lots)
    con.close()


# -------------------------------------------------------------------------------------------------- mushroom farm
VARIETIES = {"oyster": 0.9, "shiitake": 0.7, "lion's mane": 0.6, "king oyster": 0.75, "chestnut": 0.8}
VARIETY_PRICE = {"oyster": 9.0, "shiitake": 14.0, "lion's mane": 22.0, "king oyster": 16.0, "chestnut": 11.0}


def build_mushrooms(path: Path | str) -> None:
    """grow_rooms (8), batches (harvest/yield NULL while growing; declared FK), orders (TIMESTAMP, booleans)."""
    rng = random.Random(2605)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE grow_rooms(room_id INTEGER PRIMARY KEY, room_name VARCHAR,
        climate VARCHAR, area_m2 DOUBLE, manager VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE batches(batch_id INTEGER PRIMARY KEY,
        room_id INTEGER REFERENCES grow_rooms(room_id), variety VARCHAR, substrate VARCHAR, inoculated_on DATE,
        harvested_on DATE, substrate_kg DOUBLE, yield_kg DOUBLE, contaminated BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE orders(order_id INTEGER PRIMARY KEY, customer VARCHAR, channel VARCHAR,
        ordered_at TIMESTAMP, variety VARCHAR, kg DOUBLE, price_per_kg DOUBLE, delivered BOOLEAN, rating INTEGER)""")
    managers = [f"{f} {la}" for f, la in _names(rng, 4)]
    rooms = [(rid, f"Room {rid}", rng.choice(["cool", "warm"]), rng.choice([40.0, 60.0, 80.0]),
              managers[(rid - 1) % 4]) for rid in range(1, 9)]
    batches = []
    for bid in range(1, 701):
        variety = rng.choices(list(VARIETIES), [35, 25, 10, 10, 20])[0]
        inoc = _day(rng)
        kg = round(rng.uniform(100, 400), 0)
        contaminated = rng.random() < 0.08
        harvested = inoc + dt.timedelta(days=rng.randint(21, 45))
        growing = harvested > END
        yield_kg = round(kg * VARIETIES[variety] * rng.uniform(0.6, 1.1) * (0.3 if contaminated else 1), 1)
        batches.append((bid, rng.randint(1, 8), variety, rng.choice(["straw", "hardwood sawdust", "coffee grounds"]),
                        inoc, None if growing else harvested, kg, None if growing else yield_kg, contaminated))
    customers = {"restaurant": ["The Larder", "Bistro Nord", "Umami House", "Fern & Fig", "Copper Pot"],
                 "grocer": ["Green Basket", "FreshWay", "Village Greengrocer"],
                 "market": ["Saturday Market", "Riverside Market"],
                 "online": ["web shop"]}
    orders = []
    for oid in range(1, 2201):
        channel = rng.choices(list(customers), [40, 30, 15, 15])[0]
        variety = rng.choices(list(VARIETIES), [35, 25, 12, 13, 15])[0]
        day = _day(rng)
        delivered = day < dt.date(2024, 12, 20) or rng.random() < 0.3
        orders.append((oid, rng.choice(customers[channel]), channel, _stamp(rng, day, 5, 21), variety,
                       round(rng.uniform(0.5, 25), 1), round(VARIETY_PRICE[variety] * rng.uniform(0.9, 1.15), 2),
                       delivered, rng.randint(1, 5) if delivered and rng.random() < 0.5 else None))
    _insert(con, "grow_rooms", rooms)
    _insert(con, "batches", batches)
    _insert(con, "orders", orders)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "dairy": build_dairy,
    "apiary": build_apiary,
    "fishfarm": build_fishfarm,
    "livestock_mart": build_livestock_mart,
    "mushrooms": build_mushrooms,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval26-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval26-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval26-dbs"))
