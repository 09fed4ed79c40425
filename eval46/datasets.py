"""Builders of the eval46 development corpus: five DuckDB files in transport-operations domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `crewroster.duckdb`: crew_members (date_of_birth, left_date NULL while employed), flights (sched_departure
  TIMESTAMP), duty_assignments (declared FKs to both; nullable rest_hours_before); 2023-2024
- `traindepot.duckdb`: trainsets, technicians (birth_year), work_orders (unit_no and tech_id are NOT declared
  foreign keys; closed_at TIMESTAMP NULL while the order is open); 2023-2024
- `lockers.duckdb`: lockers, parcels (declared FK; collected_at NULL when never collected, optional cod_amount and
  customer_rating); 2023-2024
- `harbourpilots.duckdb`: pilots (date_of_birth, retired_on NULL while active), vessels, pilotages (declared FKs;
  boarded_at / disembarked_at TIMESTAMPs, nullable delay_minutes); 2022-2024
- `snowplough.duckdb`: trucks, callouts (declared FK; salt_tonnes NULL when the truck did not spread salt);
  three winters from November 2022 to March 2025

Usage:
    python eval46/datasets.py OUTDIR

Example:
    >>> from eval46.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval46-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['crewroster.duckdb', 'harbourpilots.duckdb', 'lockers.duckdb', 'snowplough.duckdb', 'traindepot.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 0, last_hour: int = 23) -> dt.datetime:
    """A random minute on `day` between first_hour:00 and last_hour:59."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amelia", "Ben", "Carla", "Daniel", "Elena", "Farid", "Gemma", "Hugo", "Ines", "Jonas", "Karin", "Liam",
         "Maya", "Niall", "Olga", "Pieter", "Quinn", "Rosa", "Simon", "Tanya", "Umar", "Vera", "Will", "Zoe"]
LAST = ["Ahmed", "Baker", "Costa", "Dalton", "Evans", "Fischer", "Garcia", "Hughes", "Ivanova", "Jensen", "Keller",
        "Lopez", "Murphy", "Novak", "O'Brien", "Patel", "Quinlan", "Reyes", "Schmidt", "Turner", "Walsh", "Young"]

# ------------------------------------------------------------------------------------------ airline crew rostering
RANKS = ["Captain", "First Officer", "Purser", "Flight Attendant"]
BASES = ["London", "Manchester", "Edinburgh", "Bristol"]
ROUTES = [("LGW", "BCN", 135), ("LGW", "FCO", 150), ("MAN", "AMS", 80), ("MAN", "DUB", 60), ("EDI", "CDG", 120),
          ("EDI", "KEF", 160), ("BRS", "LIS", 165), ("LGW", "JFK", 470), ("MAN", "PMI", 150), ("BRS", "GVA", 105)]
AIRCRAFT = {"A320": 180, "A321": 220, "B737": 189, "B787": 290}


def build_crewroster(path: Path | str) -> None:
    """crew_members (160), flights (2023-2024), duty_assignments (declared FKs, nullable rest_hours_before)."""
    rng = random.Random(4601)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE crew_members(crew_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, crew_rank VARCHAR, home_base VARCHAR, date_of_birth DATE, hire_date DATE,
        left_date DATE, is_union_member BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE flights(flight_id INTEGER PRIMARY KEY, flight_no VARCHAR, origin VARCHAR,
        destination VARCHAR, aircraft_type VARCHAR, sched_departure TIMESTAMP, block_minutes INTEGER,
        flight_status VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE duty_assignments(assignment_id INTEGER PRIMARY KEY,
        crew_id INTEGER REFERENCES crew_members(crew_id), flight_id INTEGER REFERENCES flights(flight_id),
        duty_hours DOUBLE, standby_callout BOOLEAN, rest_hours_before DOUBLE, per_diem_gbp DOUBLE)""")
    crew = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 160), start=1):
        rank = rng.choices(RANKS, [20, 20, 15, 45])[0]
        born = _day(rng, dt.date(1962, 1, 1), 365 * 38)
        hired = _day(rng, dt.date(2008, 1, 1), 365 * 16)
        left = _day(rng, dt.date(2023, 3, 1), 640) if rng.random() < 0.12 else None
        crew.append((cid, first, last, rank, rng.choices(BASES, [40, 25, 20, 15])[0], born, hired, left,
                     rng.random() < 0.6))
    flights, duties = [], []
    day = dt.date(2023, 1, 1)
    while day <= dt.date(2024, 12, 31):
        for _ in range(rng.randint(2, 4)):
            origin, dest, block = rng.choice(ROUTES)
            ac = "B787" if dest == "JFK" else rng.choices(["A320", "A321", "B737"], [45, 30, 25])[0]
            status = rng.choices(["completed", "cancelled", "diverted"], [92, 6, 2])[0]
            fid = len(flights) + 1
            flights.append((fid, f"ZX{100 + ROUTES.index((origin, dest, block)) * 7 + rng.randint(0, 1)}", origin,
                            dest, ac, _moment(rng, day, 5, 21), block + rng.randint(-10, 15), status))
            if status == "cancelled":
                continue
            active = [c for c in crew if c[7] is None or c[7] > day]
            pilots = [c for c in active if c[3] in ("Captain", "First Officer")]
            cabin = [c for c in active if c[3] in ("Purser", "Flight Attendant")]
            team = rng.sample([c for c in pilots if c[3] == "Captain"], 1) + rng.sample(
                [c for c in pilots if c[3] == "First Officer"], 1) + rng.sample(cabin, 3 if ac != "B787" else 6)
            for member in team:
                rest = None if rng.random() < 0.1 else round(rng.uniform(10, 40), 1)
                duties.append((len(duties) + 1, member[0], fid, round(block / 60 + rng.uniform(1.0, 2.5), 2),
                               rng.random() < 0.07, rest, round(rng.uniform(20, 60) * (2 if dest == "JFK" else 1), 2)))
        day += dt.timedelta(days=1)
    _insert(con, "crew_members", crew)
    _insert(con, "flights", flights)
    _insert(con, "duty_assignments", duties)
    con.close()


# ------------------------------------------------------------------------------------------ train maintenance depot
CLASSES = {"Class 390": ("Avanti", 2002), "Class 800": ("LNER", 2017), "Class 195": ("Northern", 2018),
           "Class 350": ("London Northwestern", 2008), "Class 185": ("TransPennine", 2006)}
WO_TYPES = {"A exam": (3, 80), "B exam": (10, 400), "wheel reprofile": (6, 900), "brake repair": (5, 650),
            "door fault": (2, 120), "HVAC repair": (4, 300), "bogie overhaul": (30, 5200), "graffiti removal": (3, 60)}
TECH_GRADES = ["Apprentice", "Technician", "Senior Technician", "Supervisor"]


def build_traindepot(path: Path | str) -> None:
    """trainsets (60), technicians (45, birth_year), work_orders (2023-2024, FK columns not declared)."""
    rng = random.Random(4602)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE trainsets(unit_no VARCHAR PRIMARY KEY, train_class VARCHAR,
        operator VARCHAR, built_year INTEGER, cars INTEGER, mileage_km INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE technicians(tech_id INTEGER PRIMARY KEY, full_name VARCHAR, grade VARCHAR,
        shift VARCHAR, birth_year INTEGER, hv_certified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE work_orders(wo_id INTEGER PRIMARY KEY, unit_no VARCHAR, tech_id INTEGER,
        wo_type VARCHAR, priority VARCHAR, opened_at TIMESTAMP, closed_at TIMESTAMP, labour_hours DOUBLE,
        parts_cost DOUBLE, safety_critical BOOLEAN, repeat_fault BOOLEAN)""")
    units = []
    for cls, (operator, first_year) in CLASSES.items():
        for k in range(1, 13):
            units.append((f"{cls.split()[1]} {k:03d}", cls, operator, first_year + rng.randint(0, 4),
                          rng.choice([4, 5, 9]) if cls != "Class 195" else rng.choice([2, 3]),
                          rng.randint(300_000, 2_400_000)))
    techs = []
    for tid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 45), start=1):
        grade = rng.choices(TECH_GRADES, [15, 50, 25, 10])[0]
        born = {"Apprentice": (1998, 2006), "Technician": (1970, 2001), "Senior Technician": (1965, 1992),
                "Supervisor": (1963, 1985)}[grade]
        techs.append((tid, f"{first} {last}", grade, rng.choice(["day", "night"]), rng.randint(*born),
                      rng.random() < 0.5))
    orders = []
    for _ in range(3200):
        wo_type = rng.choices(list(WO_TYPES), [30, 12, 8, 12, 15, 10, 3, 10])[0]
        base_hours, base_cost = WO_TYPES[wo_type]
        opened = _moment(rng, _day(rng, dt.date(2023, 1, 1), 731))
        hours = round(base_hours * rng.uniform(0.6, 1.8), 1)
        closed = opened + dt.timedelta(minutes=int(hours * 60 * rng.uniform(1.2, 6.0)))
        if opened.date() > dt.date(2024, 12, 10) and rng.random() < 0.6 or rng.random() < 0.02:
            closed = None
        priority = rng.choices(["low", "medium", "high", "critical"], [30, 40, 22, 8])[0]
        orders.append((0, rng.choice(units)[0], rng.randint(1, 45), wo_type, priority, opened, closed, hours,
                       round(base_cost * rng.uniform(0.5, 1.6), 2),
                       wo_type in ("brake repair", "wheel reprofile", "bogie overhaul") or rng.random() < 0.05,
                       rng.random() < 0.09))
    orders.sort(key=lambda o: o[5])
    orders = [(i, *o[1:]) for i, o in enumerate(orders, start=1)]
    _insert(con, "trainsets", units)
    _insert(con, "technicians", techs)
    _insert(con, "work_orders", orders)
    con.close()


# ------------------------------------------------------------------------------------------ parcel lockers network
CITIES = {"Warsaw": 12, "Krakow": 8, "Gdansk": 6, "Wroclaw": 6, "Poznan": 5, "Lodz": 4}
HOSTS = ["supermarket", "petrol station", "train station", "shopping mall", "residential"]
CARRIERS = ["InPost", "DPD", "DHL", "UPS", "GLS"]


def build_lockers(path: Path | str) -> None:
    """lockers (41), parcels (2023-2024, declared FK, NULL collected_at / cod_amount / customer_rating)."""
    rng = random.Random(4603)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE lockers(locker_id INTEGER PRIMARY KEY, site_name VARCHAR, city VARCHAR,
        host_type VARCHAR, compartments INTEGER, installed_on DATE, open_24h BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE parcels(parcel_id INTEGER PRIMARY KEY,
        locker_id INTEGER REFERENCES lockers(locker_id), carrier VARCHAR, parcel_size VARCHAR,
        deposited_at TIMESTAMP, collected_at TIMESTAMP, parcel_status VARCHAR, weight_kg DOUBLE,
        cod_amount DOUBLE, customer_rating INTEGER)""")
    lockers = []
    streets = ["Market", "Station", "Park", "River", "Church", "Mill", "Oak", "Castle", "Bridge", "Garden"]
    for city, n in CITIES.items():
        for _ in range(n):
            host = rng.choice(HOSTS)
            lockers.append((len(lockers) + 1, f"{city} {rng.choice(streets)} {len(lockers) + 1:02d}", city, host,
                            rng.choice([30, 45, 60, 90, 120]), _day(rng, dt.date(2019, 1, 1), 1460),
                            host in ("petrol station", "residential") or rng.random() < 0.3))
    parcels = []
    for _ in range(6000):
        locker = rng.choices(lockers, [3 if lk[2] == "Warsaw" else 2 if lk[4] >= 90 else 1 for lk in lockers])[0]
        deposited = _moment(rng, _day(rng, dt.date(2023, 1, 1), 731), 6, 22)
        status = rng.choices(["collected", "returned", "waiting"], [90, 8, 2])[0]
        if deposited.date() > dt.date(2024, 12, 28) and status == "collected" and rng.random() < 0.5:
            status = "waiting"
        collected = deposited + dt.timedelta(minutes=rng.randint(20, 60 * 70)) if status == "collected" else None
        size = rng.choices(["S", "M", "L"], [45, 35, 20])[0]
        weight = round({"S": 0.8, "M": 3.0, "L": 9.0}[size] * rng.uniform(0.2, 1.6), 2)
        cod = round(rng.uniform(20, 600), 2) if rng.random() < 0.15 else None
        rating = rng.choices([1, 2, 3, 4, 5], [4, 6, 15, 35, 40])[0] if status == "collected" and \
            rng.random() < 0.35 else None
        parcels.append((0, locker[0], rng.choices(CARRIERS, [40, 20, 15, 15, 10])[0], size, deposited, collected,
                        status, weight, cod, rating))
    parcels.sort(key=lambda p: p[4])
    parcels = [(i, *p[1:]) for i, p in enumerate(parcels, start=1)]
    _insert(con, "lockers", lockers)
    _insert(con, "parcels", parcels)
    con.close()


# ------------------------------------------------------------------------------------------ harbour pilots
VESSEL_TYPES = {"container ship": (30_000, 150_000), "tanker": (20_000, 120_000), "bulk carrier": (15_000, 90_000),
                "cruise ship": (60_000, 170_000), "ro-ro": (10_000, 50_000)}
VESSEL_WORDS = ["Nordic", "Atlantic", "Maersk", "Stella", "Pacific", "Baltic", "Aurora", "Ocean", "Star", "Spirit",
                "Iberian", "Celtic"]
VESSEL_SUFFIXES = ["Express", "Trader", "Pioneer", "Queen", "Glory", "Voyager", "Carrier", "Horizon", "Bay", "Dawn"]
FLAGS = ["Panama", "Liberia", "Malta", "Marshall Islands", "Netherlands", "Norway"]
LICENCES = ["Class 1", "Class 2", "Class 3"]


def build_harbourpilots(path: Path | str) -> None:
    """pilots (30, date_of_birth, retired_on NULL while active), vessels (90), pilotages (2022-2024, declared FKs)."""
    rng = random.Random(4604)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE pilots(pilot_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        licence_class VARCHAR, date_of_birth DATE, joined_on DATE, retired_on DATE, is_trainer BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE vessels(vessel_id INTEGER PRIMARY KEY, vessel_name VARCHAR,
        vessel_type VARCHAR, flag VARCHAR, gross_tonnage INTEGER, length_m DOUBLE, built_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE pilotages(job_id INTEGER PRIMARY KEY,
        pilot_id INTEGER REFERENCES pilots(pilot_id), vessel_id INTEGER REFERENCES vessels(vessel_id),
        movement VARCHAR, berth VARCHAR, boarded_at TIMESTAMP, disembarked_at TIMESTAMP, tugs_used INTEGER,
        fee_eur DOUBLE, delay_minutes INTEGER, weather_restricted BOOLEAN)""")
    pilots = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 30), start=1):
        lic = rng.choices(LICENCES, [45, 35, 20])[0]
        retired = _day(rng, dt.date(2022, 6, 1), 900) if rng.random() < 0.15 else None
        pilots.append((pid, first, last, lic, _day(rng, dt.date(1960, 1, 1), 365 * 30),
                       _day(rng, dt.date(1995, 1, 1), 365 * 25), retired, rng.random() < 0.25))
    names: dict[str, None] = {}
    while len(names) < 90:
        names.setdefault(f"{rng.choice(VESSEL_WORDS)} {rng.choice(VESSEL_SUFFIXES)}", None)
    vessels = []
    for vid, name in enumerate(names, start=1):
        vtype = rng.choices(list(VESSEL_TYPES), [35, 20, 20, 10, 15])[0]
        lo, hi = VESSEL_TYPES[vtype]
        gt = rng.randint(lo, hi)
        vessels.append((vid, name, vtype, rng.choice(FLAGS), gt, round(90 + gt ** 0.5 * 0.6 + rng.uniform(-10, 10), 1),
                        rng.randint(1998, 2023)))
    jobs = []
    berths = ["Container Terminal", "Oil Jetty", "Bulk Quay", "Cruise Terminal", "Ro-Ro Berth"]
    for _ in range(4200):
        vessel = rng.choice(vessels)
        day = _day(rng, dt.date(2022, 1, 1), 1096)
        active = [p for p in pilots if (p[6] is None or p[6] > day)
                  and (p[3] != "Class 3" or vessel[4] < 60_000)]
        pilot = rng.choice(active)
        boarded = _moment(rng, day)
        minutes = int(40 + vessel[4] / 2500 + rng.uniform(0, 80))
        delay = None if rng.random() < 0.3 else rng.choices([0, rng.randint(5, 30), rng.randint(30, 180)],
                                                              [60, 30, 10])[0]
        berth = berths[list(VESSEL_TYPES).index(vessel[2])]
        jobs.append((0, pilot[0], vessel[0], rng.choices(["inbound", "outbound", "shift"], [45, 45, 10])[0], berth,
                     boarded, boarded + dt.timedelta(minutes=minutes), 1 + vessel[4] // 45_000 + rng.randint(0, 1),
                     round(600 + vessel[4] * 0.02 * rng.uniform(0.95, 1.05), 2), delay, rng.random() < 0.12))
    jobs.sort(key=lambda j: j[5])
    jobs = [(i, *j[1:]) for i, j in enumerate(jobs, start=1)]
    _insert(con, "pilots", pilots)
    _insert(con, "vessels", vessels)
    _insert(con, "pilotages", jobs)
    con.close()


# ------------------------------------------------------------------------------------------ snow plough fleet
DEPOTS = ["North", "South", "East", "West", "Central"]
MODELS = ["Volvo FMX", "Scania P410", "MAN TGS", "Unimog U530", "Mercedes Arocs"]
ROUTE_TYPES = ["motorway", "A road", "bus route", "residential"]


def build_snowplough(path: Path | str) -> None:
    """trucks (40), callouts (winters 2022/23 to 2024/25, declared FK, salt_tonnes NULL when no salt spread)."""
    rng = random.Random(4605)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE trucks(truck_id INTEGER PRIMARY KEY, reg_plate VARCHAR, model VARCHAR,
        depot VARCHAR, commissioned_on DATE, has_gritter BOOLEAN, blade_width_m DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE callouts(callout_id INTEGER PRIMARY KEY,
        truck_id INTEGER REFERENCES trucks(truck_id), started_at TIMESTAMP, ended_at TIMESTAMP, route_type VARCHAR,
        snow_depth_cm INTEGER, km_ploughed DOUBLE, salt_tonnes DOUBLE, fuel_litres DOUBLE, broke_down BOOLEAN)""")
    trucks = []
    for tid in range(1, 41):
        model = rng.choice(MODELS)
        trucks.append((tid, f"SP{rng.randint(10, 99)} {chr(65 + rng.randrange(26))}{chr(65 + rng.randrange(26))}"
                       f"{chr(65 + rng.randrange(26))}", model, DEPOTS[(tid - 1) % 5],
                       _day(rng, dt.date(2010, 1, 1), 365 * 12), model != "Unimog U530" and rng.random() < 0.8,
                       round(rng.uniform(2.4, 3.6) if model != "Unimog U530" else rng.uniform(2.0, 2.6), 1)))
    callouts = []
    for winter in (2022, 2023, 2024):
        day = dt.date(winter, 11, 1)
        while day <= dt.date(winter + 1, 3, 31):
            cold = day.month in (12, 1, 2)
            if rng.random() < (0.45 if cold else 0.18):
                depth = rng.randint(2, 35)
                for truck in rng.sample(trucks, rng.randint(3, 12)):
                    start = _moment(rng, day, 0, 23)
                    hours = rng.uniform(2, 9)
                    km = round(hours * rng.uniform(18, 35), 1)
                    salt = round(km * rng.uniform(0.02, 0.06), 2) if truck[5] and rng.random() < 0.85 else None
                    callouts.append((0, truck[0], start, start + dt.timedelta(minutes=int(hours * 60)),
                                     rng.choices(ROUTE_TYPES, [25, 30, 25, 20])[0], depth, km, salt,
                                     round(km * rng.uniform(0.5, 0.8), 1), rng.random() < 0.04))
            day += dt.timedelta(days=1)
    callouts.sort(key=lambda c: c[2])
    callouts = [(i, *c[1:]) for i, c in enumerate(callouts, start=1)]
    _insert(con, "trucks", trucks)
    _insert(con, "callouts", callouts)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "crewroster": build_crewroster,
    "traindepot": build_traindepot,
    "lockers": build_lockers,
    "harbourpilots": build_harbourpilots,
    "snowplough": build_snowplough,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval46-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval46-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval46-dbs"))
