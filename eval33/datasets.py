"""Builders of the eval33 development corpus: five DuckDB files in industrial-logistics domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `courier.duckdb`: couriers (people, date_of_birth), parcels (declared FK, pickup_ts/delivered_ts TIMESTAMPs,
  delivered_ts NULL while undelivered, optional customer_rating, booleans)
- `railway.duckdb`: drivers (full_name, birth_year), locomotives, trips (loco_id and driver_id NOT declared as
  foreign keys; arrival_ts NULL while en route, delay_min NULL when on time)
- `steelmill.duckdb`: operators (people, birth_year), heats (declared FK, tap_ts TIMESTAMP, passed_qc boolean),
  orders (due_date vs shipped_date, shipped_date NULL while open)
- `coldstore.duckdb`: clients, lots (declared FK, check_out NULL while still stored), alarms (TIMESTAMP,
  resolved_ts NULL while open)
- `customs.duckdb`: brokers (people, date_of_birth), declarations (declared FK, cleared_ts NULL while pending,
  inspected boolean), data from 2023-01 to 2025-06

Usage:
    python eval33/datasets.py OUTDIR

Example:
    >>> from eval33.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval33-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['coldstore.duckdb', 'courier.duckdb', 'customs.duckdb', 'railway.duckdb', 'steelmill.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int, last_hour: int) -> dt.datetime:
    """A random timestamp on `day` between first_hour:00 and last_hour:59."""
    return dt.datetime(day.year, day.month, day.day, rng.randint(first_hour, last_hour), rng.randrange(60))


def _people(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(FIRST), rng.choice(LAST)), None)
    return list(seen)


FIRST = ["Aaron", "Beatriz", "Callum", "Dagny", "Emeka", "Fiona", "Gustav", "Hana", "Ivo", "Jolene", "Karim", "Lotte",
         "Mateo", "Niamh", "Olek", "Priya", "Quentin", "Rosa", "Samir", "Tamsin", "Umar", "Vera", "Wim", "Zofia"]
LAST = ["Abbott", "Bakker", "Carvalho", "Dunne", "Ekström", "Fischer", "Garnier", "Hughes", "Ishikawa", "Janssen",
        "Keane", "Laine", "Mahler", "Novak", "O'Brien", "Petrov", "Quinn", "Renner", "Silva", "Tanaka", "Urban",
        "Vos", "Walsh", "Yilmaz"]

# ------------------------------------------------------------------------------------------------- courier
DEPOTS = ["Leeds", "Manchester", "Birmingham", "Bristol", "Glasgow"]
SERVICES = {"standard": 6.5, "express": 11.0, "same day": 19.0}


def build_courier(path: Path | str) -> None:
    """couriers (60), parcels (2023-2024, declared FK, delivered_ts NULL unless delivered)."""
    rng = random.Random(3301)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE couriers(courier_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, hire_date DATE, depot VARCHAR, vehicle_type VARCHAR,
        is_full_time BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE parcels(parcel_id INTEGER PRIMARY KEY,
        courier_id INTEGER REFERENCES couriers(courier_id), service_level VARCHAR, pickup_ts TIMESTAMP,
        delivered_ts TIMESTAMP, status VARCHAR, weight_kg DOUBLE, price DOUBLE, destination_region VARCHAR,
        signature_required BOOLEAN, customer_rating INTEGER)""")
    couriers = []
    for cid, (first, last) in enumerate(_people(rng, 60), start=1):
        vehicle = rng.choices(["van", "cargo bike", "motorbike", "truck"], [55, 15, 20, 10])[0]
        couriers.append((cid, first, last, _day(rng, dt.date(1962, 1, 1), 365 * 40),
                         _day(rng, dt.date(2015, 1, 1), 365 * 8), rng.choices(DEPOTS, [30, 25, 20, 15, 10])[0],
                         vehicle, rng.random() < 0.7))
    regions = ["North", "Midlands", "South", "Wales", "Scotland", "London"]
    parcels = []
    for pid in range(1, 6001):
        courier = rng.choice(couriers)
        service = rng.choices(list(SERVICES), [65, 28, 7])[0]
        pickup = _moment(rng, _day(rng, dt.date(2023, 1, 1), 731), 7, 18)
        status = rng.choices(["delivered", "failed", "returned", "in transit"], [86, 6, 5, 3])[0]
        if pickup.date() > dt.date(2024, 12, 27):
            status = "in transit"
        elif status == "in transit":
            status = "delivered"
        hours = {"standard": rng.uniform(18, 70), "express": rng.uniform(8, 26), "same day": rng.uniform(1.5, 9)}
        delivered = pickup + dt.timedelta(hours=hours[service]) if status == "delivered" else None
        weight = round(rng.lognormvariate(1.0, 0.8), 2)
        price = round(SERVICES[service] + weight * 0.85 * rng.uniform(0.9, 1.1), 2)
        rating = rng.choices([1, 2, 3, 4, 5], [4, 6, 15, 35, 40])[0] if delivered and rng.random() < 0.45 else None
        parcels.append((pid, courier[0], service, pickup, delivered, status, weight, price,
                        rng.choices(regions, [20, 20, 20, 8, 12, 20])[0], rng.random() < 0.3, rating))
    _insert(con, "couriers", couriers)
    _insert(con, "parcels", parcels)
    con.close()


# ------------------------------------------------------------------------------------------------- railway
STATIONS = ["Duisburg", "Rotterdam", "Antwerp", "Basel", "Milan", "Lyon", "Poznan", "Vienna", "Hamburg", "Linz"]
COMMODITIES = {"coal": 62.0, "iron ore": 70.0, "grain": 48.0, "containers": 35.0, "steel": 58.0, "timber": 40.0,
               "chemicals": 45.0}


def build_railway(path: Path | str) -> None:
    """drivers (40), locomotives (25), trips (2022-2024; loco_id and driver_id are NOT declared foreign keys)."""
    rng = random.Random(3302)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE drivers(driver_id INTEGER PRIMARY KEY, full_name VARCHAR,
        birth_year INTEGER, home_depot VARCHAR, licence_class VARCHAR, hazmat_certified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE locomotives(loco_id INTEGER PRIMARY KEY, loco_number VARCHAR,
        model VARCHAR, traction VARCHAR, built_year INTEGER, power_kw INTEGER, owner_company VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE trips(trip_id INTEGER PRIMARY KEY, loco_id INTEGER, driver_id INTEGER,
        origin VARCHAR, destination VARCHAR, commodity VARCHAR, wagons INTEGER, net_tonnes DOUBLE,
        distance_km INTEGER, departure_ts TIMESTAMP, arrival_ts TIMESTAMP, delay_min INTEGER,
        is_hazardous BOOLEAN, revenue_eur DOUBLE)""")
    drivers = []
    for did, (first, last) in enumerate(_people(rng, 40), start=1):
        drivers.append((did, f"{first} {last}", rng.randint(1963, 1999), rng.choice(["Duisburg", "Basel", "Vienna"]),
                        rng.choices(["A", "B"], [35, 65])[0], rng.random() < 0.4))
    models = [("Vectron", "electric", 6400), ("Traxx F140", "electric", 5600), ("Class 66", "diesel", 2460),
              ("Euro 4000", "diesel", 3178), ("Vectron Dual", "hybrid", 2400)]
    locos = []
    for lid in range(1, 26):
        model, traction, kw = rng.choices(models, [35, 25, 20, 10, 10])[0]
        locos.append((lid, f"{rng.choice(['91', '92', '93'])} {rng.randint(1000, 9999)}", model, traction,
                      rng.randint(1999, 2022), kw, rng.choice(["RailCargo", "Lineas", "Captrain", "own fleet"])))
    trips = []
    for tid in range(1, 3201):
        origin, destination = rng.sample(STATIONS, 2)
        commodity = rng.choices(list(COMMODITIES), [15, 10, 14, 25, 14, 10, 12])[0]
        wagons = rng.randint(12, 38)
        tonnes = round(wagons * COMMODITIES[commodity] * rng.uniform(0.75, 1.0), 1)
        distance = rng.randint(180, 1100)
        depart = _moment(rng, _day(rng, dt.date(2022, 1, 1), 1096), 0, 23)
        delay = None if rng.random() < 0.55 else int(rng.expovariate(1 / 55)) + 1
        running = dt.timedelta(minutes=distance / rng.uniform(45, 70) * 60 + (delay or 0))
        arrival = None if depart > dt.datetime(2024, 12, 30, 12) else depart + running
        trips.append((tid, rng.randint(1, 25), rng.randint(1, 40), origin, destination, commodity, wagons, tonnes,
                      distance, depart, arrival, delay, commodity == "chemicals", round(tonnes * distance * 0.031, 2)))
    _insert(con, "drivers", drivers)
    _insert(con, "locomotives", locos)
    _insert(con, "trips", trips)
    con.close()


# ---------------------------------------------------------------------------------------------- steel mill
GRADES = {"S235": 610.0, "S355": 680.0, "304 stainless": 2450.0, "API X65": 790.0, "C45": 720.0}
TAP_TEMP_C = {"S235": 1600, "S355": 1615, "304 stainless": 1660, "API X65": 1625, "C45": 1590}
CUSTOMERS = ["Nordbau AG", "Baltic Pipe", "Fjord Marine", "Krone Automotive", "Alpen Tools", "Rhein Construction",
             "Solaris Frames", "Vistula Tanks"]


def build_steelmill(path: Path | str) -> None:
    """operators (30), heats (2022-2024, declared FK), orders (due_date vs shipped_date, NULL while open)."""
    rng = random.Random(3303)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE operators(operator_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, crew VARCHAR, is_certified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE heats(heat_id INTEGER PRIMARY KEY,
        operator_id INTEGER REFERENCES operators(operator_id), furnace VARCHAR, steel_grade VARCHAR,
        tap_ts TIMESTAMP, shift VARCHAR, tapped_tonnes DOUBLE, energy_mwh DOUBLE, scrap_share DOUBLE,
        tap_temp_c INTEGER, passed_qc BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE orders(order_id INTEGER PRIMARY KEY, customer VARCHAR, steel_grade VARCHAR,
        order_date DATE, due_date DATE, shipped_date DATE, tonnes DOUBLE, price_per_tonne DOUBLE,
        is_export BOOLEAN)""")
    operators = []
    for oid, (first, last) in enumerate(_people(rng, 30), start=1):
        operators.append((oid, first, last, rng.randint(1965, 2000), rng.choice(["A", "B", "C", "D"]),
                          rng.random() < 0.75))
    heats = []
    for hid in range(1, 4001):
        furnace = rng.choices(["EAF 1", "EAF 2", "Ladle 3"], [45, 40, 15])[0]
        grade = rng.choices(list(GRADES), [30, 30, 10, 15, 15])[0]
        tap = _moment(rng, _day(rng, dt.date(2022, 1, 1), 1096), 0, 23)
        shift = "day" if 6 <= tap.hour < 14 else "evening" if 14 <= tap.hour < 22 else "night"
        tonnes = round(rng.uniform(95, 125) if furnace != "Ladle 3" else rng.uniform(60, 80), 1)
        heats.append((hid, rng.randint(1, 30), furnace, grade, tap, shift, tonnes,
                      round(tonnes * rng.uniform(0.38, 0.48), 2), round(rng.uniform(0.55, 0.98), 3),
                      TAP_TEMP_C[grade] + rng.randint(-30, 30),
                      rng.random() < (0.9 if grade != "304 stainless" else 0.8)))
    orders = []
    for oid in range(1, 901):
        grade = rng.choices(list(GRADES), [30, 30, 10, 15, 15])[0]
        ordered = _day(rng, dt.date(2022, 1, 1), 1096)
        due = ordered + dt.timedelta(days=rng.randint(21, 70))
        shipped = due + dt.timedelta(days=rng.randint(-12, 15))
        if shipped > dt.date(2024, 12, 31) or rng.random() < 0.02:
            shipped = None
        orders.append((oid, rng.choice(CUSTOMERS), grade, ordered, due, shipped, round(rng.uniform(20, 600), 1),
                       round(GRADES[grade] * rng.uniform(0.9, 1.15), 2), rng.random() < 0.35))
    _insert(con, "operators", operators)
    _insert(con, "heats", heats)
    _insert(con, "orders", orders)
    con.close()


# -------------------------------------------------------------------------------------------- cold storage
SECTORS = ["dairy", "seafood", "meat", "frozen food", "pharma", "produce"]
CLIENT_NAMES = ["Arctic Catch", "Greenfield Dairy", "Polar Meats", "FrostBite Foods", "MediCool Pharma",
                "Sunny Orchards", "Northsea Fisheries", "Highland Beef", "Creamline", "IceCap Desserts",
                "VitaVax", "Harbour Prawns", "Valley Greens", "Prime Poultry", "Glacier Ice Cream", "Fresh Fields",
                "Coastal Oysters", "Alpine Cheese", "BioCold Labs", "Riverbend Berries"]
ZONES = {"chilled": 0.9, "frozen": 1.3, "deep frozen": 1.8}


def build_coldstore(path: Path | str) -> None:
    """clients (20), lots (2023-2024, declared FK, check_out NULL while in store), alarms (chamber events)."""
    rng = random.Random(3304)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, client_name VARCHAR,
        sector VARCHAR, city VARCHAR, contract_start DATE, is_premium BOOLEAN, credit_limit DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE lots(lot_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), chamber VARCHAR, temp_zone VARCHAR, product VARCHAR,
        pallets INTEGER, weight_kg DOUBLE, check_in DATE, check_out DATE, storage_fee DOUBLE,
        needs_blast_freezing BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE alarms(alarm_id INTEGER PRIMARY KEY, chamber VARCHAR, alarm_ts TIMESTAMP,
        alarm_type VARCHAR, peak_temp_c DOUBLE, resolved_ts TIMESTAMP, acknowledged BOOLEAN)""")
    products = {"dairy": ["butter", "cheese", "yoghurt"], "seafood": ["salmon", "prawns", "cod"],
                "meat": ["beef", "pork", "chicken"], "frozen food": ["pizza", "ice cream", "frozen vegetables"],
                "pharma": ["vaccines", "insulin"], "produce": ["berries", "apples", "lettuce"]}
    clients = []
    for cid, name in enumerate(CLIENT_NAMES, start=1):
        sector = SECTORS[(cid - 1) % len(SECTORS)]
        clients.append((cid, name, sector, rng.choice(["Hull", "Grimsby", "Felixstowe", "Immingham"]),
                        _day(rng, dt.date(2018, 1, 1), 365 * 5), rng.random() < 0.35,
                        float(rng.choice([25, 50, 75, 100, 150]) * 1000)))
    chambers = {"chilled": ["CH1", "CH2"], "frozen": ["FZ1", "FZ2", "FZ3"], "deep frozen": ["DF1"]}
    lots = []
    for lid in range(1, 3001):
        client = rng.choice(clients)
        product = rng.choice(products[client[2]])
        zone = "chilled" if client[2] in ("dairy", "produce", "pharma") else rng.choice(["frozen", "deep frozen"])
        if product in ("ice cream", "vaccines"):
            zone = "deep frozen"
        pallets = rng.randint(1, 40)
        check_in = _day(rng, dt.date(2023, 1, 1), 731)
        days = int(rng.expovariate(1 / (12 if zone == "chilled" else 45))) + 1
        check_out = check_in + dt.timedelta(days=days)
        if check_out > dt.date(2024, 12, 31):
            check_out = None
        fee = round(pallets * ZONES[zone] * (days if check_out else (dt.date(2024, 12, 31) - check_in).days + 1), 2)
        lots.append((lid, client[0], rng.choice(chambers[zone]), zone, product, pallets,
                     round(pallets * rng.uniform(550, 900), 1), check_in, check_out, fee,
                     zone != "chilled" and rng.random() < 0.25))
    alarms = []
    for aid in range(1, 421):
        chamber = rng.choices(["CH1", "CH2", "FZ1", "FZ2", "FZ3", "DF1"], [15, 12, 20, 25, 10, 18])[0]
        ts = _moment(rng, _day(rng, dt.date(2023, 1, 1), 731), 0, 23)
        kind = rng.choices(["high temperature", "door open", "power failure", "sensor fault"], [45, 35, 8, 12])[0]
        base = 4.0 if chamber.startswith("CH") else -18.0 if chamber.startswith("FZ") else -25.0
        resolved = ts + dt.timedelta(minutes=rng.randint(5, 600))
        if rng.random() < 0.06 or resolved > dt.datetime(2024, 12, 31, 23, 59):
            resolved = None
        alarms.append((aid, chamber, ts, kind, round(base + rng.uniform(1.0, 12.0), 1), resolved,
                       rng.random() < 0.82))
    _insert(con, "clients", clients)
    _insert(con, "lots", lots)
    _insert(con, "alarms", alarms)
    con.close()


# ---------------------------------------------------------------------------------------- customs brokerage
OFFICES = ["Rotterdam", "Antwerp", "Hamburg", "Felixstowe"]
ORIGINS = ["China", "United States", "Turkey", "India", "Vietnam", "Brazil", "Japan", "Morocco"]
GOODS = {"electronics": 0.03, "textiles": 0.12, "machinery": 0.02, "footwear": 0.17, "food": 0.09,
         "chemicals": 0.05, "furniture": 0.04}
ORIGIN_DUTY_FACTOR = {"Turkey": 0.2, "Morocco": 0.5, "Vietnam": 0.6, "Japan": 0.4}  # trade agreements; others 1.0


def build_customs(path: Path | str) -> None:
    """brokers (35), declarations (2023-01 .. 2025-06, declared FK, cleared_ts NULL while pending)."""
    rng = random.Random(3305)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE brokers(broker_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, office VARCHAR, licensed_since INTEGER, is_senior BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE declarations(declaration_id INTEGER PRIMARY KEY,
        broker_id INTEGER REFERENCES brokers(broker_id), importer VARCHAR, origin_country VARCHAR,
        goods_category VARCHAR, customs_value_eur DOUBLE, duty_eur DOUBLE, lodged_ts TIMESTAMP,
        cleared_ts TIMESTAMP, channel VARCHAR, status VARCHAR, inspected BOOLEAN)""")
    brokers = []
    for bid, (first, last) in enumerate(_people(rng, 35), start=1):
        licensed = rng.randint(1998, 2022)
        brokers.append((bid, first, last, _day(rng, dt.date(1960, 1, 1), 365 * 38), rng.choice(OFFICES), licensed,
                        licensed < 2010))
    importers = ["Hanse Retail", "Delta Electronics BV", "Maple Furnishings", "Orion Textiles", "Kappa Foods",
                 "Nordic Machines", "Sole Mates Shoes", "ChemTrade Europe", "Bright Home", "Atlas Parts"]
    decls = []
    for did in range(1, 5001):
        goods, origin = rng.choice(list(GOODS)), rng.choice(ORIGINS)
        value = round(rng.lognormvariate(9.6, 1.0), 2)
        lodged = _moment(rng, _day(rng, dt.date(2023, 1, 1), 912), 6, 20)
        channel = rng.choices(["green", "orange", "red"], [78, 15, 7])[0]
        status = rng.choices(["cleared", "rejected", "held"], [91, 4, 5])[0]
        hours = {"green": rng.uniform(0.5, 8), "orange": rng.uniform(6, 48), "red": rng.uniform(24, 160)}[channel]
        cleared = lodged + dt.timedelta(hours=hours) if status == "cleared" else None
        if cleared and cleared > dt.datetime(2025, 6, 30, 20):
            status, cleared = "pending", None
        duty = round(value * GOODS[goods] * ORIGIN_DUTY_FACTOR.get(origin, 1.0) * rng.uniform(0.9, 1.1), 2)
        decls.append((did, rng.randint(1, 35), rng.choice(importers), origin, goods, value, duty, lodged,
                      cleared, channel, status,
                      channel == "red" or (channel == "orange" and rng.random() < 0.3)))
    _insert(con, "brokers", brokers)
    _insert(con, "declarations", decls)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "courier": build_courier,
    "railway": build_railway,
    "steelmill": build_steelmill,
    "coldstore": build_coldstore,
    "customs": build_customs,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval33-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval33-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval33-dbs"))
