"""Builders of the fifty-seventh evaluation corpus (development): five DuckDB files in farming domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `dairy.duckdb`: a dairy farm's cows (birth date, culled_on NULL while still in the herd), milkings, vet treatments
- `vineyard.duckdb`: vineyard blocks, pickers (year of birth) and their harvest picks, 2022-2024 vintages
- `apiary.duckdb`: beekeeping in camelCase (apiaries, hives with removedOn NULL while active, inspections,
  honey extractions)
- `grainelevator.duckdb`: farmers (birth date), grain deliveries (farmer_id NOT a declared FK), moisture tests
- `hatchery.duckdb`: fish hatchery tanks, batches (closed_on NULL while still in the tank) and river releases

Usage:
    python eval57/datasets.py OUTDIR

Example:
    >>> from eval57.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval57-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['apiary.duckdb', 'dairy.duckdb', 'grainelevator.duckdb', 'hatchery.duckdb', 'vineyard.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 6, last_hour: int = 19) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Ana", "Bruno", "Carla", "Dario", "Elena", "Fabio", "Giulia", "Hugo", "Ines", "Jules", "Katja", "Luca",
         "Marta", "Nico", "Olga", "Pablo", "Rosa", "Sven", "Tereza", "Uwe", "Vera", "Wim", "Zofia"]
LAST = ["Almeida", "Bauer", "Costa", "Duarte", "Eriksen", "Ferrari", "Garcia", "Hofmann", "Ivanova", "Janssen",
        "Keller", "Lopes", "Moreau", "Novak", "Oliveira", "Peeters", "Rossi", "Schmidt", "Torres", "Vidal"]

# ------------------------------------------------------------------------------------------------ dairy
BREEDS = {"Holstein": 30.0, "Jersey": 20.0, "Brown Swiss": 25.0, "Montbeliarde": 24.0}
GROUPS = ["high yielders", "fresh cows", "late lactation", "heifers"]
CONDITIONS = {"mastitis": 85.0, "lameness": 60.0, "milk fever": 120.0, "metritis": 95.0, "pneumonia": 140.0}
VETS = ["Dr Keller", "Dr Moreau", "Dr Novak", "Dr Costa"]


def build_dairy(path: Path | str) -> None:
    """cows (180; culled_on NULL while in the herd), milkings (2023-2024, declared FK), vet_treatments."""
    rng = random.Random(5701)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE cows(cow_id INTEGER PRIMARY KEY, ear_tag VARCHAR, cow_name VARCHAR,
        breed VARCHAR, birth_date DATE, herd_group VARCHAR, organic BOOLEAN, culled_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE milkings(milking_id INTEGER PRIMARY KEY,
        cow_id INTEGER REFERENCES cows(cow_id), milked_at TIMESTAMP, session VARCHAR, yield_litres DOUBLE,
        fat_pct DOUBLE, somatic_cell_count INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE vet_treatments(treatment_id INTEGER PRIMARY KEY,
        cow_id INTEGER REFERENCES cows(cow_id), treated_on DATE, condition VARCHAR, vet_name VARCHAR,
        cost_eur DOUBLE, antibiotics_used BOOLEAN, withdrawal_days INTEGER)""")
    names = ["Daisy", "Bella", "Clover", "Buttercup", "Rosie", "Molly", "Luna", "Maisie", "Poppy", "Bluebell",
             "Hazel", "Willow", "Ruby", "Tilly", "Dolly", "Pearl", "Honey", "Ginger", "Fern", "Primrose"]
    cows = []
    for cid in range(1, 181):
        breed = rng.choices(list(BREEDS), [55, 20, 15, 10])[0]
        culled = None if rng.random() < 0.8 else _day(rng, dt.date(2023, 3, 1), 640)
        cows.append((cid, f"IE{400000 + cid * 37}", f"{rng.choice(names)} {cid}", breed,
                     _day(rng, dt.date(2014, 1, 1), 3000), rng.choices(GROUPS, [35, 20, 30, 15])[0],
                     rng.random() < 0.4, culled))
    milkings = []
    for mid in range(1, 3501):
        cow = cows[rng.randrange(len(cows))]
        while cow[5] == "heifers":
            cow = cows[rng.randrange(len(cows))]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        if cow[7] is not None and day >= cow[7]:
            day = cow[7] - dt.timedelta(days=rng.randint(1, 60))
        session = rng.choice(["morning", "evening"])
        at = _moment(rng, day, 5, 6) if session == "morning" else _moment(rng, day, 16, 17)
        litres = BREEDS[cow[3]] / 2 * rng.uniform(0.6, 1.4) * (1.15 if cow[5] == "high yielders" else 1.0)
        fat = {"Jersey": 5.2, "Brown Swiss": 4.1, "Montbeliarde": 3.9}.get(cow[3], 3.7) * rng.uniform(0.9, 1.1)
        milkings.append((mid, cow[0], at, session, round(litres, 2), round(fat, 2), rng.randint(40, 400) * 1000))
    treatments = []
    for tid in range(1, 401):
        condition = rng.choices(list(CONDITIONS), [35, 25, 10, 15, 15])[0]
        antibiotics = condition in ("mastitis", "metritis", "pneumonia") and rng.random() < 0.8
        treatments.append((tid, rng.randint(1, 180), _day(rng, dt.date(2023, 1, 1), 731), condition,
                           rng.choice(VETS), round(CONDITIONS[condition] * rng.uniform(0.6, 1.8), 2), antibiotics,
                           rng.choice([3, 5, 7, 10]) if antibiotics else 0))
    _insert(con, "cows", cows)
    _insert(con, "milkings", milkings)
    _insert(con, "vet_treatments", treatments)
    con.close()


# --------------------------------------------------------------------------------------------- vineyard
VARIETIES = {"Pinot Noir": 6500, "Chardonnay": 8000, "Riesling": 7000, "Sauvignon Blanc": 9000, "Merlot": 8500}
SLOPES = ["flat", "gentle", "steep"]


def build_vineyard(path: Path | str) -> None:
    """blocks (24), pickers (60, birth_year), picks (harvests 2022-2024, declared FKs)."""
    rng = random.Random(5702)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE blocks(block_id INTEGER PRIMARY KEY, block_name VARCHAR, variety VARCHAR,
        area_ha DOUBLE, planted_year INTEGER, slope VARCHAR, irrigated BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE pickers(picker_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, crew VARCHAR, hourly_rate_eur DOUBLE, seasonal BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE picks(pick_id INTEGER PRIMARY KEY,
        block_id INTEGER REFERENCES blocks(block_id), picker_id INTEGER REFERENCES pickers(picker_id),
        pick_date DATE, started_at TIMESTAMP, hours_worked DOUBLE, kg_picked DOUBLE, bins_filled INTEGER,
        sugar_brix DOUBLE, hand_picked BOOLEAN)""")
    places = ["Hillcrest", "Old Mill", "River Bend", "Stone Wall", "Chapel", "North Terrace", "Oak Row", "Quarry"]
    blocks = []
    for bid in range(1, 25):
        variety = list(VARIETIES)[(bid - 1) % 5]
        blocks.append((bid, f"{places[(bid - 1) % 8]} {(bid - 1) // 8 + 1}", variety, round(rng.uniform(0.8, 4.5), 2),
                       rng.randint(1985, 2016), rng.choices(SLOPES, [40, 40, 20])[0], rng.random() < 0.35))
    pickers = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 60), start=1):
        pickers.append((pid, first, last, rng.randint(1962, 2004), rng.choice(["Crew A", "Crew B", "Crew C"]),
                        round(rng.choice([11.5, 12.0, 12.5, 13.0, 14.0]), 2), rng.random() < 0.7))
    picks = []
    for pid in range(1, 2401):
        year = rng.choice([2022, 2023, 2024])
        block = blocks[rng.randrange(24)]
        early = block[2] in ("Pinot Noir", "Chardonnay")
        day = _day(rng, dt.date(year, 8, 25 if early else 15 + 15), 35)
        start = _moment(rng, day, 6, 9)
        hours = round(rng.uniform(3, 9), 1)
        hand = block[5] == "steep" or rng.random() < 0.6
        kg = round(hours * rng.uniform(60, 110) * (1.0 if hand else 4.0), 1)
        picks.append((pid, block[0], rng.randint(1, 60), day, start, hours, kg, max(1, round(kg / 350)),
                      round(rng.uniform(19, 25) + (1.0 if year == 2022 else 0.0), 1), hand))
    _insert(con, "blocks", blocks)
    _insert(con, "pickers", pickers)
    _insert(con, "picks", picks)
    con.close()


# ---------------------------------------------------------------------------------------------- apiary
APIARIES = [(1, "Heather Hill", "Highlands", 420, True), (2, "Orchard Lane", "Lowlands", 35, False),
            (3, "Lime Grove", "Lowlands", 60, True), (4, "Moor Edge", "Highlands", 310, False),
            (5, "Clover Field", "Coast", 15, False), (6, "Bramble Wood", "Coast", 80, True),
            (7, "Old Rectory", "Lowlands", 45, False)]
QUEENS = ["Buckfast", "Carniolan", "Italian", "Native Black"]
TEMPERS = ["calm", "nervous", "aggressive"]
HONEY = ["spring", "summer", "heather"]


def build_apiary(path: Path | str) -> None:
    """apiaries (7), hives (70; removedOn NULL while active), inspections, extractions (2023-2024), camelCase."""
    rng = random.Random(5703)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE apiaries(apiaryId INTEGER PRIMARY KEY, apiaryName VARCHAR, region VARCHAR,
        elevationM INTEGER, organicCert BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE hives(hiveId INTEGER PRIMARY KEY,
        apiaryId INTEGER REFERENCES apiaries(apiaryId), hiveLabel VARCHAR, queenBreed VARCHAR, queenYear INTEGER,
        installedOn DATE, removedOn DATE, boxCount INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE inspections(inspectionId INTEGER PRIMARY KEY,
        hiveId INTEGER REFERENCES hives(hiveId), inspectedAt TIMESTAMP, broodFrames INTEGER, varroaCount INTEGER,
        queenSeen BOOLEAN, temperament VARCHAR, treatedForVarroa BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE extractions(extractionId INTEGER PRIMARY KEY,
        hiveId INTEGER REFERENCES hives(hiveId), extractedOn DATE, honeyType VARCHAR, honeyKg DOUBLE,
        moisturePct DOUBLE)""")
    hives = []
    for hid in range(1, 71):
        apiary = rng.randint(1, 7)
        installed = _day(rng, dt.date(2019, 4, 1), 1600)
        removed = None if rng.random() < 0.78 else _day(rng, max(installed, dt.date(2023, 1, 1)), 600)
        hives.append((hid, apiary, f"H-{hid:03d}", rng.choices(QUEENS, [40, 25, 20, 15])[0],
                      rng.randint(2020, 2024), installed, removed, rng.randint(1, 4)))
    inspections, extractions = [], []
    for iid in range(1, 1801):
        hive = hives[rng.randrange(66)]  # the last four hives were never inspected
        day = _day(rng, dt.date(2023, 3, 15), 200) + dt.timedelta(days=366 * rng.randint(0, 1))
        if hive[6] is not None and day >= hive[6]:
            day = hive[6] - dt.timedelta(days=rng.randint(1, 40))
        varroa = int(rng.expovariate(1 / 6)) + (4 if hive[3] == "Italian" else 0)
        inspections.append((iid, hive[0], _moment(rng, day, 9, 17), rng.randint(2, 10), varroa, rng.random() < 0.7,
                            rng.choices(TEMPERS, [65, 25, 10])[0], varroa > 12 and rng.random() < 0.8))
    for eid in range(1, 501):
        hive = hives[rng.randrange(62)]  # nor did the last eight give honey
        kind = rng.choices(HONEY, [35, 45, 20])[0]
        month = {"spring": 5, "summer": 7, "heather": 9}[kind]
        year = rng.choice([2023, 2024])
        day = dt.date(year, month, 1) + dt.timedelta(days=rng.randrange(30))
        base = {"Highlands": 14, "Lowlands": 11, "Coast": 9}[APIARIES[hive[1] - 1][2]]
        extractions.append((eid, hive[0], day, kind, round(base * rng.uniform(0.4, 1.6), 2),
                            round(rng.uniform(16.0, 19.5), 1)))
    _insert(con, "apiaries", APIARIES)
    _insert(con, "hives", hives)
    _insert(con, "inspections", inspections)
    _insert(con, "extractions", extractions)
    con.close()


# ----------------------------------------------------------------------------------------- grain elevator
CROPS = {"wheat": 210.0, "barley": 185.0, "oats": 170.0, "rapeseed": 420.0, "corn": 195.0}
GRADES = ["milling", "feed", "malting"]
COUNTIES = ["Lincoln", "Fairfield", "Marion", "Clay", "Jackson"]


def build_grainelevator(path: Path | str) -> None:
    """farmers (75, birth_date), deliveries (2023-01 .. 2025-03; farmer_id NOT a declared FK), moisture_tests
    (declared FK)."""
    rng = random.Random(5704)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE farmers(farmer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, county VARCHAR, organic BOOLEAN, member_since DATE)""")
    con.execute("""CREATE OR REPLACE TABLE deliveries(delivery_id INTEGER PRIMARY KEY, farmer_id INTEGER,
        delivered_at TIMESTAMP, crop VARCHAR, grade VARCHAR, net_weight_t DOUBLE, price_per_t DOUBLE,
        rejected BOOLEAN, paid_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE moisture_tests(test_id INTEGER PRIMARY KEY,
        delivery_id INTEGER REFERENCES deliveries(delivery_id), tested_at TIMESTAMP, moisture_pct DOUBLE,
        test_weight_kg_hl DOUBLE, needs_drying BOOLEAN)""")
    farmers = []
    for fid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 75), start=1):
        farmers.append((fid, first, last, _day(rng, dt.date(1950, 1, 1), 17000), rng.choice(COUNTIES),
                        rng.random() < 0.2, _day(rng, dt.date(1995, 1, 1), 9500)))
    weights = [1 / (rank ** 0.7) for rank in range(1, 71)]  # farmers 71-75 never delivered
    rng.shuffle(weights)
    deliveries, tests = [], []
    for did in range(1, 3201):
        crop = rng.choices(list(CROPS), [35, 25, 10, 12, 18])[0]
        farmer = rng.choices(range(1, 71), weights)[0]
        year = 2023 if farmer > 64 else rng.choices([2023, 2024, 2025], [45, 45, 10])[0]  # 65-70 stopped in 2023
        if year == 2025:
            day = _day(rng, dt.date(2025, 1, 1), 90)
        elif rng.random() < 0.75:
            day = _day(rng, dt.date(year, 7, 10), 100)
        else:
            day = _day(rng, dt.date(year, 1, 1), 365)
        at = _moment(rng, day, 6, 21)
        grade = "malting" if crop == "barley" and rng.random() < 0.4 else "milling" if crop == "wheat" and \
            rng.random() < 0.5 else "feed"
        rejected = rng.random() < 0.04
        price = round(CROPS[crop] * (1 + 0.08 * (grade != "feed")) * rng.uniform(0.85, 1.15)
                      * (1.05 if year == 2024 else 1.0), 2)
        paid = None if rejected or day > dt.date(2025, 2, 20) else day + dt.timedelta(days=rng.randint(5, 45))
        deliveries.append((did, farmer, at, crop, grade,
                           round(rng.uniform(8, 32), 2), price, rejected, paid))
        moisture = round(rng.uniform(11.0, 19.0), 1)
        tests.append((did, did, at + dt.timedelta(minutes=rng.randint(3, 40)), moisture,
                      round(rng.uniform(68, 82), 1), moisture > 15.0))
    _insert(con, "farmers", farmers)
    _insert(con, "deliveries", deliveries)
    _insert(con, "moisture_tests", tests)
    con.close()


# ---------------------------------------------------------------------------------------------- hatchery
SPECIES = {"Atlantic salmon": 120, "brown trout": 95, "sea trout": 110, "Arctic char": 80}
SOURCES = ["river", "borehole", "recirculating"]
RIVERS = ["Tay", "Spey", "Dee", "Tweed", "Don"]


def build_hatchery(path: Path | str) -> None:
    """tanks (16), batches (2022-2024; closed_on NULL while still in the tank), releases (declared FKs)."""
    rng = random.Random(5705)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE tanks(tank_id INTEGER PRIMARY KEY, tank_code VARCHAR, building VARCHAR,
        volume_m3 DOUBLE, water_source VARCHAR, heated BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE batches(batch_id INTEGER PRIMARY KEY,
        tank_id INTEGER REFERENCES tanks(tank_id), species VARCHAR, strain VARCHAR, stocked_on DATE,
        eggs_stocked INTEGER, hatched INTEGER, mortalities INTEGER, wild_broodstock BOOLEAN, closed_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE releases(release_id INTEGER PRIMARY KEY,
        batch_id INTEGER REFERENCES batches(batch_id), released_on DATE, river VARCHAR, fish_released INTEGER,
        avg_length_mm DOUBLE, avg_weight_g DOUBLE, life_stage VARCHAR, tagged BOOLEAN)""")
    tanks = []
    for tid in range(1, 17):
        building = ["North Hall", "South Hall", "Raceway Shed"][(tid - 1) % 3]
        tanks.append((tid, f"T{tid:02d}", building, float(rng.choice([4, 6, 8, 12, 20])),
                      rng.choice(SOURCES), rng.random() < 0.5))
    batches, releases = [], []
    for bid in range(1, 241):
        species = rng.choices(list(SPECIES), [40, 30, 20, 10])[0]
        stocked = _day(rng, dt.date(2022, 1, 1), 1080)
        eggs = rng.randint(8, 60) * 1000
        hatched = int(eggs * rng.uniform(0.6, 0.95))
        days_in = rng.randint(90, 400)
        closed = stocked + dt.timedelta(days=days_in)
        open_batch = closed > dt.date(2024, 12, 31)
        mortalities = int(hatched * rng.uniform(0.05, 0.35) * (0.6 if open_batch else 1.0))
        batches.append((bid, rng.randint(1, 16), species, rng.choice(["Tay wild", "Spey wild", "farm line 2"]),
                        stocked, eggs, hatched, mortalities, rng.random() < 0.55, None if open_batch else closed))
        if open_batch:
            continue
        survivors = hatched - mortalities
        for part in range(rng.randint(1, 3)):
            stage = "fry" if days_in < 150 else "parr" if days_in < 300 else "smolt"
            length = {"fry": 35, "parr": 80, "smolt": 140}[stage] * rng.uniform(0.85, 1.2)
            releases.append((len(releases) + 1, bid, closed - dt.timedelta(days=part * rng.randint(3, 10)),
                             rng.choice(RIVERS), survivors // 3 + rng.randint(0, 500), round(length, 1),
                             round((length / 10) ** 3 * 0.011 * SPECIES[species] / 100, 2), stage,
                             rng.random() < 0.3))
    _insert(con, "tanks", tanks)
    _insert(con, "batches", batches)
    _insert(con, "releases", releases)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "dairy": build_dairy,
    "vineyard": build_vineyard,
    "apiary": build_apiary,
    "grainelevator": build_grainelevator,
    "hatchery": build_hatchery,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval57-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval57-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval57-dbs"))
