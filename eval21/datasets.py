"""Builders of the 21st evaluation corpus: five DuckDB files in domains no other corpus uses.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `buses.duckdb` (bus company): drivers (date_of_birth, is_full_time), routes, trips (declared FKs; delay_minutes
  NULL when the trip was cancelled; departed_at TIMESTAMP)
- `power.duckdb` (electricity retailer): customers (birth_year, closed_on NULL while still supplied,
  has_smart_meter), bills (`cust_id` is NOT a declared foreign key; paid_on NULL while unpaid)
- `tyres.duckdb` (tyre fitting centre): centres, fitters, jobs (declared FKs, job_ts TIMESTAMP, optional
  customer_rating, wheel_balancing boolean; 2023-2025)
- `port.duckdb` (container port terminal): vessels, port_calls (declared FK; departed_at NULL while at berth)
- `parking.duckdb` (airport parking): one wide `bookings` table (exit_time NULL while still parked,
  loyalty_tier NULL for non-members, booked_online boolean)

Usage:
    python eval21/datasets.py OUTDIR

Example:
    >>> from eval21.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval21-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['buses.duckdb', 'parking.duckdb', 'port.duckdb', 'power.duckdb', 'tyres.duckdb']
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
    """A random minute on `day` between first_hour:00 and last_hour:59."""
    return dt.datetime(day.year, day.month, day.day, rng.randint(first_hour, last_hour), rng.randrange(60))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Aaron", "Beatrice", "Callum", "Delia", "Ewan", "Fatima", "Gareth", "Hannah", "Imran", "Joanna", "Kieran",
         "Lorna", "Mohammed", "Niamh", "Owen", "Priya", "Quentin", "Rhian", "Stuart", "Tamsin", "Umar", "Vera"]
LAST = ["Abbott", "Bellamy", "Carver", "Doherty", "Ellison", "Fletcher", "Gillespie", "Hargreaves", "Iqbal",
        "Jenkins", "Kavanagh", "Lowther", "McBride", "Norris", "Oduya", "Pritchard", "Quinlan", "Rowntree",
        "Sinclair", "Talbot", "Underwood", "Whitfield"]

# --------------------------------------------------------------------------------------------------- buses
DEPOTS = ["Northgate", "Riverside", "Eastfield", "Hillcrest"]
ROUTES = [  # code, name, type, length_km, base passengers
    ("1", "City Centre - Northgate", "urban", 9.5, 38), ("2", "Station - Hospital", "urban", 7.2, 45),
    ("5", "Riverside Loop", "urban", 12.8, 30), ("7", "University - Airport", "express", 24.0, 52),
    ("12", "Eastfield - Market Square", "suburban", 15.4, 27), ("15", "Hillcrest - Retail Park", "suburban", 18.1, 22),
    ("22", "Coastal Link", "suburban", 31.5, 19), ("X3", "Park & Ride Express", "express", 14.0, 41),
    ("X9", "Airport Express", "express", 28.7, 36), ("N1", "Night Owl North", "night", 16.3, 14),
    ("N4", "Night Owl East", "night", 19.9, 11), ("30", "Villages Circular", "rural", 42.0, 9)]
FARE = {"urban": 1.8, "suburban": 2.6, "express": 4.2, "night": 3.5, "rural": 3.0}


def build_buses(path: Path | str) -> None:
    """drivers (60), routes (12), trips (2022-2024; delay_minutes NULL when cancelled; declared FKs)."""
    rng = random.Random(2101)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE drivers(driver_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, depot VARCHAR, hired_on DATE, is_full_time BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE routes(route_id INTEGER PRIMARY KEY, route_code VARCHAR,
        route_name VARCHAR, route_type VARCHAR, length_km DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE trips(trip_id INTEGER PRIMARY KEY,
        route_id INTEGER REFERENCES routes(route_id), driver_id INTEGER REFERENCES drivers(driver_id),
        trip_date DATE, departed_at TIMESTAMP, passengers INTEGER, fare_revenue DOUBLE, cancelled BOOLEAN,
        delay_minutes INTEGER)""")
    drivers = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 60), start=1):
        drivers.append((did, first, last, _day(rng, dt.date(1962, 1, 1), 365 * 38),
                        rng.choices(DEPOTS, [35, 30, 20, 15])[0], _day(rng, dt.date(2005, 1, 1), 365 * 19),
                        rng.random() < 0.75))
    routes = [(i, *r[:4]) for i, r in enumerate(ROUTES, start=1)]
    trips = []
    for _ in range(9000):
        rid = rng.randint(1, len(ROUTES))
        rtype, base = ROUTES[rid - 1][2], ROUTES[rid - 1][4]
        day = _day(rng, dt.date(2022, 1, 1), 1096)
        hours = (22, 23) if rtype == "night" else (5, 21)
        cancelled = rng.random() < 0.04
        pax = 0 if cancelled else max(0, int(rng.gauss(base * (1.1 if day.year == 2024 else 1.0), base / 3)))
        delay = None if cancelled else max(0, int(rng.expovariate(1 / (6 if rtype == "urban" else 4))))
        trips.append((len(trips) + 1, rid, rng.randint(1, 60), day, _moment(rng, day, *hours), pax,
                       round(pax * FARE[rtype] * rng.uniform(0.8, 1.0), 2), cancelled, delay))
    _insert(con, "drivers", drivers)
    _insert(con, "routes", routes)
    _insert(con, "trips", trips)
    con.close()


# --------------------------------------------------------------------------------------------------- power
REGIONS = ["North West", "Yorkshire", "Midlands", "London", "South East", "Scotland", "Wales"]
TARIFFS = {"Fixed": 0.27, "Variable": 0.29, "Green": 0.31, "Economy 7": 0.24}


def build_power(path: Path | str) -> None:
    """customers (400; closed_on NULL while supplied), bills (monthly 2022-2024; cust_id NOT a declared FK)."""
    rng = random.Random(2102)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, full_name VARCHAR,
        region VARCHAR, tariff VARCHAR, birth_year INTEGER, signup_date DATE, closed_on DATE,
        has_smart_meter BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bills(bill_id INTEGER PRIMARY KEY, cust_id INTEGER, bill_month DATE,
        kwh_used DOUBLE, amount_gbp DOUBLE, due_date DATE, paid_on DATE)""")
    customers, bills = [], []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 400), start=1):
        tariff = rng.choices(list(TARIFFS), [35, 30, 20, 15])[0]
        signup = _day(rng, dt.date(2019, 6, 1), 365 * 5)
        closed = _day(rng, max(signup, dt.date(2022, 3, 1)), 900) if rng.random() < 0.18 else None
        if closed and closed > dt.date(2024, 12, 31):
            closed = None
        customers.append((cid, f"{first} {last}", rng.choices(REGIONS, [18, 14, 17, 20, 15, 9, 7])[0], tariff,
                          rng.randint(1940, 2001), signup, closed, rng.random() < 0.62))
        usage = rng.uniform(150, 450)
        month = dt.date(max(signup, dt.date(2022, 1, 1)).year, max(signup, dt.date(2022, 1, 1)).month, 1)
        while month <= dt.date(2024, 12, 1) and (closed is None or month <= closed):
            winter = 1.35 if month.month in (11, 12, 1, 2) else 1.0
            kwh = round(usage * winter * rng.uniform(0.85, 1.15), 1)
            due = month + dt.timedelta(days=44)
            roll = rng.random()
            paid = None if roll < 0.04 else due + dt.timedelta(days=rng.randint(1, 40)) if roll < 0.16 else \
                due - dt.timedelta(days=rng.randint(0, 20))
            bills.append((len(bills) + 1, cid, month, kwh, round(kwh * TARIFFS[tariff] + 18.5, 2), due, paid))
            month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    _insert(con, "customers", customers)
    _insert(con, "bills", bills)
    con.close()


# --------------------------------------------------------------------------------------------------- tyres
CENTRES = [("Leeds Kirkstall", "Leeds", 2006), ("Leeds Roundhay", "Leeds", 2011),
           ("Bradford Central", "Bradford", 2004), ("York Clifton", "York", 2015),
           ("Harrogate", "Harrogate", 2019), ("Wakefield", "Wakefield", 2009)]
BRANDS = {"Michelin": 118.0, "Continental": 109.0, "Bridgestone": 104.0, "Pirelli": 112.0, "Hankook": 78.0,
          "Falken": 71.0, "Budget Line": 49.0}
VEHICLES = ["car", "van", "SUV", "motorbike"]


def build_tyres(path: Path | str) -> None:
    """centres (6), fitters (30; declared FK), jobs (2023-2025; optional customer_rating; declared FKs)."""
    rng = random.Random(2103)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE centres(centre_id INTEGER PRIMARY KEY, centre_name VARCHAR,
        city VARCHAR, opened_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE fitters(fitter_id INTEGER PRIMARY KEY, fitter_name VARCHAR,
        centre_id INTEGER REFERENCES centres(centre_id), start_date DATE, is_apprentice BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE jobs(job_id INTEGER PRIMARY KEY,
        centre_id INTEGER REFERENCES centres(centre_id), fitter_id INTEGER REFERENCES fitters(fitter_id),
        job_ts TIMESTAMP, vehicle_type VARCHAR, tyre_brand VARCHAR, tyre_season VARCHAR, tyres_fitted INTEGER,
        wheel_balancing BOOLEAN, total_price DOUBLE, customer_rating INTEGER)""")
    centres = [(i, *centre) for i, centre in enumerate(CENTRES, start=1)]
    fitters = []
    for fid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 30), start=1):
        fitters.append((fid, f"{first} {last}", (fid - 1) % 6 + 1, _day(rng, dt.date(2012, 1, 1), 365 * 12),
                        rng.random() < 0.2))
    jobs = []
    for _ in range(7000):
        fitter = rng.choice(fitters)
        day = _day(rng, dt.date(2023, 1, 1), 1096)
        vehicle = rng.choices(VEHICLES, [62, 16, 17, 5])[0]
        brand = rng.choices(list(BRANDS), [14, 15, 13, 10, 18, 14, 16])[0]
        season = "winter" if day.month in (10, 11) and rng.random() < 0.5 else \
            rng.choices(["summer", "all-season", "winter"], [60, 32, 8])[0]
        count = 2 if vehicle == "motorbike" else rng.choices([1, 2, 4], [25, 45, 30])[0]
        balancing = rng.random() < 0.55
        price = round(count * BRANDS[brand] * (1.3 if vehicle in ("van", "SUV") else 1.0) * rng.uniform(0.9, 1.1)
                      + (12.0 * count if balancing else 0), 2)
        rating = rng.choices([1, 2, 3, 4, 5], [3, 5, 12, 35, 45])[0] if rng.random() < 0.45 else None
        jobs.append((len(jobs) + 1, fitter[2], fitter[0], _moment(rng, day, 8, 17), vehicle, brand, season, count,
                     balancing, price, rating))
    _insert(con, "centres", centres)
    _insert(con, "fitters", fitters)
    _insert(con, "jobs", jobs)
    con.close()


# ---------------------------------------------------------------------------------------------------- port
LINES = {"Maersk": "Denmark", "MSC": "Switzerland", "CMA CGM": "France", "Hapag-Lloyd": "Germany",
         "Evergreen": "Taiwan", "COSCO": "China", "ONE": "Japan"}
FLAGS = ["Panama", "Liberia", "Marshall Islands", "Malta", "Singapore", "Hong Kong"]
PORT_SNAPSHOT = dt.datetime(2024, 12, 30, 18, 0)  # calls still at berth then have no departed_at
VESSEL_WORDS = ["Aurora", "Borealis", "Cassandra", "Delphine", "Esmeralda", "Fortuna", "Galatea", "Helvetia",
                "Ionia", "Juno", "Kalypso", "Lumina", "Meridian", "Nerissa", "Orion", "Pallas"]


def build_port(path: Path | str) -> None:
    """vessels (48), port_calls (2022-2024; departed_at NULL while still at berth; declared FK)."""
    rng = random.Random(2104)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE vessels(vessel_id INTEGER PRIMARY KEY, vessel_name VARCHAR,
        shipping_line VARCHAR, flag_state VARCHAR, capacity_teu INTEGER, year_built INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE port_calls(call_id INTEGER PRIMARY KEY,
        vessel_id INTEGER REFERENCES vessels(vessel_id), berth VARCHAR, arrived_at TIMESTAMP, departed_at TIMESTAMP,
        teu_discharged INTEGER, teu_loaded INTEGER, reefer_units INTEGER, customs_hold BOOLEAN)""")
    vessels, names = [], set()
    while len(vessels) < 48:
        line = rng.choices(list(LINES), [20, 22, 15, 13, 12, 10, 8])[0]
        name = f"{line.split()[0].split('-')[0].upper()} {rng.choice(VESSEL_WORDS)}"
        if name in names:
            continue
        names.add(name)
        vessels.append((len(vessels) + 1, name, line, rng.choice(FLAGS), rng.choice(range(2500, 24001, 500)),
                        rng.randint(1998, 2023)))
    calls = []
    for vessel in vessels:
        start = dt.datetime(2022, 1, 1) + dt.timedelta(hours=rng.randrange(24 * 40))
        while start < PORT_SNAPSHOT:
            cap = vessel[4]
            berth = "B4" if cap >= 18000 else rng.choice(["B1", "B2", "B3"]) if cap < 8000 else \
                rng.choice(["B2", "B3", "B4"])
            hours = rng.uniform(14, 30) + cap / 1000 * rng.uniform(1.5, 3.0)
            end = start + dt.timedelta(hours=round(hours, 1))
            departed = None if end > PORT_SNAPSHOT else end.replace(second=0, microsecond=0)
            calls.append((len(calls) + 1, vessel[0], berth, start.replace(second=0, microsecond=0), departed,
                          int(cap * rng.uniform(0.15, 0.45)), int(cap * rng.uniform(0.12, 0.4)),
                          rng.randint(0, int(cap * 0.03)), rng.random() < 0.07))
            start = end + dt.timedelta(days=rng.uniform(18, 60))
    _insert(con, "vessels", vessels)
    _insert(con, "port_calls", calls)
    con.close()


# ------------------------------------------------------------------------------------------------- parking
CAR_PARKS = {"Short Stay": 9.5, "Long Stay": 3.2, "Meet & Greet": 14.0, "Valet": 18.5, "Staff Overflow": 2.0}


def build_parking(path: Path | str) -> None:
    """One wide `bookings` table (2023-2024): exit_time NULL while parked, loyalty_tier NULL for non-members."""
    rng = random.Random(2105)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_ref VARCHAR PRIMARY KEY, customer_name VARCHAR,
        car_park VARCHAR, terminal VARCHAR, vehicle_reg VARCHAR, entry_time TIMESTAMP, exit_time TIMESTAMP,
        booked_online BOOLEAN, loyalty_tier VARCHAR, amount_paid DOUBLE, ev_charging BOOLEAN)""")
    names = [f"{f} {last}" for f, last in _unique_names(rng, FIRST, LAST, 300)]
    rows = []
    for i in range(1, 6001):
        park = rng.choices(list(CAR_PARKS), [30, 38, 14, 8, 10])[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        entry = _moment(rng, day, 4, 22)
        hours = rng.uniform(1, 6) if park == "Short Stay" else rng.uniform(2, 14) * 24 if park != "Staff Overflow" \
            else rng.uniform(8, 12)
        exit_time = entry + dt.timedelta(hours=hours)
        exit_time = None if exit_time > dt.datetime(2024, 12, 31, 23, 0) else exit_time.replace(second=0,
                                                                                                 microsecond=0)
        days = max(1, round(hours / 24 + 0.49))
        online = rng.random() < 0.68
        price = CAR_PARKS[park] * (hours if park == "Short Stay" else days) * (0.85 if online else 1.0)
        rows.append((f"AP{i:06d}", rng.choice(names), park, rng.choice(["T1", "T2"]),
                     f"{rng.choice('ABCDEFGHKLMNPRSVWY')}{rng.choice('ABCDEFGHKLMNPRSVWY')}{rng.randint(10, 74)} "
                     f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}"
                     f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}", entry, exit_time, online,
                     rng.choices([None, "Silver", "Gold", "Platinum"], [60, 22, 13, 5])[0], round(price, 2),
                     rng.random() < 0.09))
    _insert(con, "bookings", rows)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "buses": build_buses, "power": build_power, "tyres": build_tyres, "port": build_port, "parking": build_parking}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval21-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval21-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval21-dbs"))
