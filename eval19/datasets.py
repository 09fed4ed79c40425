"""Builders of the nineteenth evaluation corpus: five DuckDB files in domains no other corpus uses.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `taxi.duckdb`: drivers (date_of_birth), vehicles, trips (pickup/dropoff TIMESTAMPs, nullable dropoff_at, tip and
  rider_rating; declared FKs)
- `housekeeping.duckdb`: rooms, hk_staff, cln_tasks (abbreviated names: rm_no, flr, stf_nm, task_typ, strt_ts, mins;
  cln_tasks.rm_no and cln_tasks.stf_id are NOT declared foreign keys)
- `ambulance.duckdb`: one wide `dispatch_calls` table (nullable patient_age, hospital and handover_minutes, booleans)
- `greenhouse.duckdb`: greenhouses, sensors, readings (camelCase names, readAt TIMESTAMP, nullable removedOn; declared
  FKs)
- `permits.duckdb`: applicants, permits (nullable issued_date while pending), inspections (declared FKs)

Usage:
    python eval19/datasets.py OUTDIR

Example:
    >>> from eval19.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval19-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['ambulance.duckdb', 'greenhouse.duckdb', 'housekeeping.duckdb', 'permits.duckdb', 'taxi.duckdb']
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


def _moment(rng: random.Random, day: dt.date, hours: list[int], weights: list[int]) -> dt.datetime:
    """A timestamp on `day` at a weighted random hour and a random minute."""
    hour = rng.choices(hours, weights)[0]
    return dt.datetime.combine(day, dt.time(hour, rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amara", "Boris", "Camila", "Dmitri", "Elena", "Farid", "Greta", "Hassan", "Ines", "Jonas", "Kofi", "Lena",
         "Mateo", "Nora", "Omar", "Priya", "Quentin", "Rosa", "Samir", "Tessa", "Umar", "Vera", "Wes", "Zainab"]
LAST = ["Abbott", "Barros", "Chen", "Delgado", "Ekström", "Farrell", "Gomes", "Haddad", "Iqbal", "Jensen", "Kovac",
        "Larsen", "Mensah", "Novak", "O'Neill", "Popescu", "Quinn", "Reyes", "Schulz", "Tanaka", "Usman", "Weber"]
HOURS = list(range(24))
DAY_CURVE = [2, 1, 1, 1, 1, 2, 4, 7, 9, 7, 6, 6, 7, 6, 6, 7, 8, 9, 8, 7, 6, 5, 4, 3]

# ------------------------------------------------------------------------------------------------------- taxi
ZONES = ["Downtown", "Airport", "Harbour", "University", "Old Town", "Riverside", "Northgate"]
MAKES = [("Toyota", "Prius"), ("Toyota", "Camry"), ("Skoda", "Octavia"), ("Hyundai", "Ioniq"), ("Tesla", "Model 3"),
         ("Ford", "Transit")]


def build_taxi(path: Path | str) -> None:
    """drivers (60), vehicles (45), trips (2022-2024; cancelled trips have no pickup or fare; declared FKs)."""
    rng = random.Random(1901)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE drivers(driver_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, license_date DATE, home_zone VARCHAR, is_active BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE vehicles(vehicle_id INTEGER PRIMARY KEY, plate_number VARCHAR,
        make VARCHAR, model VARCHAR, model_year INTEGER, fuel_type VARCHAR, seats INTEGER,
        wheelchair_accessible BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE trips(trip_id INTEGER PRIMARY KEY,
        driver_id INTEGER REFERENCES drivers(driver_id), vehicle_id INTEGER REFERENCES vehicles(vehicle_id),
        booked_via VARCHAR, pickup_zone VARCHAR, dropoff_zone VARCHAR, requested_at TIMESTAMP, pickup_at TIMESTAMP,
        dropoff_at TIMESTAMP, distance_km DOUBLE, fare DOUBLE, tip DOUBLE, payment_method VARCHAR,
        rider_rating INTEGER, cancelled BOOLEAN)""")
    drivers = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 60), start=1):
        born = _day(rng, dt.date(1960, 1, 1), 365 * 40)
        licensed = max(born + dt.timedelta(days=365 * 21), _day(rng, dt.date(2005, 1, 1), 365 * 18))
        drivers.append((did, first, last, born, licensed, rng.choice(ZONES), rng.random() < 0.8))
    vehicles = []
    for vid in range(1, 46):
        make, model = rng.choices(MAKES, [25, 15, 20, 15, 15, 10])[0]
        fuel = "electric" if make == "Tesla" else "hybrid" if model in ("Prius", "Ioniq") else \
            rng.choice(["diesel", "petrol"])
        seats = 8 if model == "Transit" else 4
        plate = f"{rng.choice('BCDFGHJKLMNP')}{rng.choice('RSTVWXYZ')}-{rng.randint(100, 999)}"
        vehicles.append((vid, plate, make, model, rng.randint(2015, 2024), fuel, seats,
                         model == "Transit" or rng.random() < 0.1))
    cars = {did: (rng.randint(1, 45), rng.randint(1, 45)) for did in range(1, 61)}  # usual car, spare car
    trips = []
    start = dt.date(2022, 1, 1)
    for tid in range(1, 9001):
        driver = rng.randint(1, 60)
        car = cars[driver][0] if rng.random() < 0.85 else cars[driver][1]
        day = _day(rng, start, 1096)
        requested = _moment(rng, day, HOURS, DAY_CURVE)
        if requested.hour == 23 and requested.minute >= 40:  # the pickup stays on the day it was requested
            requested -= dt.timedelta(minutes=20)
        pickup_zone = rng.choices(ZONES, [30, 15, 10, 12, 13, 10, 10])[0]
        dropoff_zone = rng.choice([z for z in ZONES if z != pickup_zone] + [pickup_zone])
        cancelled = rng.random() < 0.07
        pickup = requested + dt.timedelta(minutes=rng.randint(2, 18))
        dist = round(rng.uniform(12, 35) if "Airport" in (pickup_zone, dropoff_zone) else rng.uniform(1, 14), 1)
        payment = rng.choices(["card", "cash", "app wallet"], [55, 20, 25])[0]
        if cancelled:
            trips.append((tid, driver, car, rng.choice(["app", "phone", "street hail"]),
                          pickup_zone, dropoff_zone, requested, None, None, None, None, None, payment, None, True))
            continue
        dropoff = pickup + dt.timedelta(minutes=int(dist * rng.uniform(1.8, 3.2)) + 3)
        fare = round(3.5 + dist * 1.9 * (1.25 if requested.hour >= 22 or requested.hour < 6 else 1.0), 2)
        tip = round(fare * rng.choice([0.1, 0.15, 0.2]), 2) if payment != "cash" and rng.random() < 0.55 else None
        rating = rng.choices([1, 2, 3, 4, 5], [2, 3, 10, 35, 50])[0] if rng.random() < 0.6 else None
        trips.append((tid, driver, car,
                      rng.choices(["app", "phone", "street hail"], [60, 25, 15])[0], pickup_zone, dropoff_zone,
                      requested, pickup, dropoff, dist, fare, tip, payment, rating, False))
    _insert(con, "drivers", drivers)
    _insert(con, "vehicles", vehicles)
    _insert(con, "trips", trips)
    con.close()


# ----------------------------------------------------------------------------------------------- housekeeping
ROOM_TYPES = {"standard": 18, "deluxe": 26, "suite": 45, "family": 32}
TASK_TYPES = {"checkout clean": 35, "stayover": 18, "deep clean": 90, "turndown": 10}


def build_housekeeping(path: Path | str) -> None:
    """rooms (120), hk_staff (28), cln_tasks (2023-2024; abbreviated names; rm_no and stf_id NOT declared FKs)."""
    rng = random.Random(1902)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE rooms(rm_no INTEGER PRIMARY KEY, flr INTEGER, rm_typ VARCHAR,
        bed_cnt INTEGER, sq_m DOUBLE, is_smoking BOOLEAN, wing VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE hk_staff(stf_id INTEGER PRIMARY KEY, stf_nm VARCHAR, shift_cd VARCHAR,
        hire_dt DATE, term_dt DATE, hrly_rt DOUBLE, is_supv BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE cln_tasks(task_id INTEGER PRIMARY KEY, rm_no INTEGER, stf_id INTEGER,
        task_dt DATE, task_typ VARCHAR, strt_ts TIMESTAMP, end_ts TIMESTAMP, mins INTEGER, insp_pass BOOLEAN,
        supplies_amt DOUBLE, guest_req BOOLEAN)""")
    rooms = []
    for flr in range(1, 7):
        for n in range(1, 21):
            typ = "suite" if n in (1, 20) else rng.choices(["standard", "deluxe", "family"], [60, 25, 15])[0]
            beds = {"standard": rng.choice([1, 2]), "deluxe": 2, "suite": 2, "family": 3}[typ]
            rooms.append((flr * 100 + n, flr, typ, beds, round(ROOM_TYPES[typ] * rng.uniform(0.9, 1.15), 1),
                          flr == 6 and n <= 4, "East" if n <= 10 else "West"))
    staff = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 28), start=1):
        hired = _day(rng, dt.date(2015, 1, 1), 365 * 9)
        left = _day(rng, dt.date(2023, 3, 1), 600) if rng.random() < 0.2 else None
        staff.append((sid, f"{first} {last}", rng.choices(["AM", "PM", "NT"], [60, 30, 10])[0], hired, left,
                      round(rng.uniform(14, 22), 2), sid <= 4))
    tasks = []
    day = dt.date(2023, 1, 1)
    while day <= dt.date(2024, 12, 31):
        working = [s for s in staff if s[3] <= day and (s[4] is None or s[4] > day)]
        for _ in range(rng.randint(14, 24)):
            rm = rng.choice(rooms)
            stf = rng.choice(working)
            typ = rng.choices(list(TASK_TYPES), [50, 35, 5, 10])[0]
            start = _moment(rng, day, [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 19, 20],
                            [3, 6, 9, 9, 8, 7, 6, 5, 3, 2, 4, 3] if typ != "turndown" else [0] * 10 + [5, 5])
            mins = max(5, int(TASK_TYPES[typ] * (ROOM_TYPES[rm[2]] / 22) ** 0.5 * rng.uniform(0.7, 1.4)))
            unfinished = day >= dt.date(2024, 12, 31) and rng.random() < 0.3
            passed = None if typ == "turndown" or unfinished else rng.random() < 0.9
            tasks.append((len(tasks) + 1, rm[0], stf[0], day, typ, start,
                          None if unfinished else start + dt.timedelta(minutes=mins), None if unfinished else mins,
                          passed, round(rng.uniform(1, 6) * (2 if typ == "deep clean" else 1), 2),
                          rng.random() < 0.12))
        day += dt.timedelta(days=1)
    _insert(con, "rooms", rooms)
    _insert(con, "hk_staff", staff)
    _insert(con, "cln_tasks", tasks)
    con.close()


# -------------------------------------------------------------------------------------------------- ambulance
DISTRICTS = {"Central": 30, "North": 20, "South": 20, "East": 15, "West": 15}
STATIONS = {"Central": "Station 1", "North": "Station 2", "South": "Station 3", "East": "Station 4",
            "West": "Station 4"}
COMPLAINTS = ["chest pain", "breathing difficulty", "fall", "road traffic collision", "stroke", "unconscious",
              "overdose", "seizure", "assault"]
HOSPITALS = ["St Mary's", "General Hospital", "Children's Hospital", "Royal Infirmary"]


def build_ambulance(path: Path | str) -> None:
    """One wide dispatch_calls table, 2022-2024 (hospital/handover NULL when not transported, patient_age unknown)."""
    rng = random.Random(1903)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE dispatch_calls(call_id INTEGER PRIMARY KEY, received_at TIMESTAMP,
        call_date DATE, priority VARCHAR, district VARCHAR, station VARCHAR, unit_type VARCHAR, chief_complaint VARCHAR,
        caller_type VARCHAR, patient_age INTEGER, patient_sex VARCHAR, response_minutes DOUBLE,
        on_scene_minutes DOUBLE, transported BOOLEAN, hospital VARCHAR, handover_minutes DOUBLE,
        cancelled_en_route BOOLEAN, police_attended BOOLEAN, crew_size INTEGER, mileage_km DOUBLE)""")
    calls = []
    for cid in range(1, 7001):
        received = _moment(rng, _day(rng, dt.date(2022, 1, 1), 1096), HOURS, DAY_CURVE)
        priority = rng.choices(["P1", "P2", "P3", "P4"], [15, 35, 35, 15])[0]
        district = rng.choices(list(DISTRICTS), list(DISTRICTS.values()))[0]
        unit = "ALS" if priority == "P1" else rng.choices(["ALS", "BLS", "rapid response car"], [30, 55, 15])[0]
        complaint = rng.choice(COMPLAINTS)
        base = {"P1": 7, "P2": 11, "P3": 19, "P4": 30}[priority] * (1.3 if district == "East" else 1.0)
        cancelled = rng.random() < 0.05
        transported = not cancelled and unit != "rapid response car" and rng.random() < 0.75
        hospital = rng.choices(HOSPITALS, [30, 40, 10, 20])[0] if transported else None
        age = rng.randint(0, 97) if rng.random() < 0.93 else None
        if hospital == "Children's Hospital" and age is not None:
            age = min(age, 15)
        calls.append((cid, received, received.date(), priority, district, STATIONS[district], unit, complaint,
                      rng.choices(["public", "patient", "care home", "police", "GP"], [45, 25, 12, 10, 8])[0], age,
                      rng.choice(["F", "M"]) if age is not None else None,
                      None if cancelled else round(base * rng.uniform(0.5, 1.9), 1),
                      None if cancelled else round(rng.uniform(8, 45), 1), transported, hospital,
                      round(rng.uniform(10, 75), 1) if transported else None, cancelled,
                      complaint in ("assault", "road traffic collision", "overdose") and rng.random() < 0.6,
                      3 if priority == "P1" and rng.random() < 0.4 else 2 if unit != "rapid response car" else 1,
                      round(rng.uniform(2, 25), 1)))
    _insert(con, "dispatch_calls", calls)
    con.close()


# ------------------------------------------------------------------------------------------------- greenhouse
HOUSES = [("Tomato House", "Westland", 4200.0, True, "tomato"), ("Pepper House", "Westland", 3100.0, True, "pepper"),
          ("Herb Tunnel", "Lansingerland", 900.0, False, "basil"), ("Rose Glass", "Aalsmeer", 5200.0, True, "rose"),
          ("Cucumber Hall", "Lansingerland", 3800.0, True, "cucumber"),
          ("Lettuce Bay", "Westland", 2600.0, False, "lettuce"),
          ("Strawberry Row", "Aalsmeer", 1800.0, True, "strawberry")]
SENSOR_TYPES = {"temperature": (21.0, 3.0, "C"), "humidity": (72.0, 9.0, "%"), "co2": (780.0, 160.0, "ppm"),
                "soil moisture": (34.0, 7.0, "%")}


def build_greenhouse(path: Path | str) -> None:
    """greenhouses (7), sensors (42, removedOn NULL while installed), readings (4 a day, 2023-2024; camelCase)."""
    rng = random.Random(1904)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE greenhouses("greenhouseId" INTEGER PRIMARY KEY, "greenhouseName" VARCHAR,
        "siteRegion" VARCHAR, "floorAreaSqm" DOUBLE, "isHeated" BOOLEAN, "mainCrop" VARCHAR, "builtYear" INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE sensors("sensorId" INTEGER PRIMARY KEY,
        "greenhouseId" INTEGER REFERENCES greenhouses("greenhouseId"), "sensorType" VARCHAR, "unitOfMeasure" VARCHAR,
        "vendorName" VARCHAR, "installedOn" DATE, "removedOn" DATE, "isWireless" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE readings("readingId" INTEGER PRIMARY KEY,
        "sensorId" INTEGER REFERENCES sensors("sensorId"), "readAt" TIMESTAMP, "readingValue" DOUBLE,
        "batteryPct" INTEGER, "isAlert" BOOLEAN)""")
    houses = [(i, *h[:5], rng.randint(1998, 2020)) for i, h in enumerate(HOUSES, start=1)]
    sensors = []
    for house in houses:
        for stype in SENSOR_TYPES:
            for _ in range(rng.choice([1, 1, 2])):
                installed = _day(rng, dt.date(2022, 6, 1), 300)
                removed = _day(rng, dt.date(2023, 9, 1), 450) if rng.random() < 0.2 else None
                sensors.append((len(sensors) + 1, house[0], stype, SENSOR_TYPES[stype][2],
                                rng.choice(["Priva", "Hoogendoorn", "Ridder"]), installed, removed,
                                rng.random() < 0.6))
    readings = []
    for sensor in sensors:
        mean, spread, _ = SENSOR_TYPES[sensor[2]]
        shift = 3.0 if sensor[2] == "temperature" and not houses[sensor[1] - 1][4] else 0.0
        battery = 100
        day = max(sensor[5], dt.date(2023, 1, 1))
        last = min(sensor[6] or dt.date(2024, 12, 31), dt.date(2024, 12, 31))
        while day <= last:
            summer = 1.0 if day.month in (6, 7, 8) else 0.0
            for hour in (0, 6, 12, 18):
                warm = (summer + (hour == 12)) * (sensor[2] == "temperature")
                value = mean - shift + spread * (rng.gauss(0, 1) + warm)
                battery = 100 if battery < 8 else battery - (rng.random() < 0.05)
                wireless = battery if sensor[7] else None
                readings.append((len(readings) + 1, sensor[0], dt.datetime.combine(day, dt.time(hour)),
                                 round(value, 1), wireless, abs(value - mean) > 2.2 * spread))
            day += dt.timedelta(days=1)
    _insert(con, "greenhouses", houses)
    _insert(con, "sensors", sensors)
    _insert(con, "readings", readings)
    con.close()


# ---------------------------------------------------------------------------------------------------- permits
NEIGHBOURHOODS = ["Ashford", "Bayview", "Cedar Hill", "Dockside", "Elmwood", "Fairmont"]
PERMIT_TYPES = {"new construction": (250_000, 2_000_000), "addition": (40_000, 300_000),
                "renovation": (10_000, 200_000), "demolition": (8_000, 90_000), "electrical": (1_000, 30_000),
                "plumbing": (800, 25_000), "solar panels": (6_000, 40_000)}
INSPECTORS = ["R. Alvarez", "M. Okoye", "S. Lindgren", "T. Brooks", "K. Petrov"]
COMPANIES = ["Northline Builders", "Harbour Homes Ltd", "BrightSpark Electric", "Cedar & Stone Construction",
             "AquaFix Plumbing", "SunRoof Solar", "Keystone Developments", "Urban Renewal Co"]


def build_permits(path: Path | str) -> None:
    """applicants (180), permits (2022-2024, issued_date NULL while pending), inspections (declared FKs)."""
    rng = random.Random(1905)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE applicants(applicant_id INTEGER PRIMARY KEY, applicant_name VARCHAR,
        applicant_type VARCHAR, email VARCHAR, is_licensed_contractor BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE permits(permit_id INTEGER PRIMARY KEY, permit_number VARCHAR,
        applicant_id INTEGER REFERENCES applicants(applicant_id), permit_type VARCHAR, neighbourhood VARCHAR,
        street_address VARCHAR, submitted_date DATE, issued_date DATE, status VARCHAR, estimated_cost DOUBLE,
        fee_amount DOUBLE, fee_paid BOOLEAN, is_expedited BOOLEAN, dwelling_units INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE inspections(inspection_id INTEGER PRIMARY KEY,
        permit_id INTEGER REFERENCES permits(permit_id), inspection_date DATE, inspector VARCHAR,
        inspection_type VARCHAR, result VARCHAR, notes VARCHAR)""")
    applicants = [(i, name, "contractor", f"office@{name.split()[0].lower()}.example", True)
                  for i, name in enumerate(COMPANIES, start=1)]
    for first, last in _unique_names(rng, FIRST, LAST, 172):
        applicants.append((len(applicants) + 1, f"{first} {last}", "homeowner",
                           f"{first.lower()}.{last.lower().replace(chr(39), '')}@mail.example", False))
    permits, inspections = [], []
    streets = ["Maple St", "Harbor Rd", "King Ave", "Mill Lane", "Station Rd", "Park Blvd", "Orchard Way"]
    for pid in range(1, 2201):
        ptype = rng.choices(list(PERMIT_TYPES), [5, 10, 30, 5, 20, 18, 12])[0]
        applicant = rng.choice(applicants[:8]) if rng.random() < 0.4 else rng.choice(applicants[8:])
        submitted = _day(rng, dt.date(2022, 1, 1), 1096)
        expedited = rng.random() < 0.1
        wait = int(rng.uniform(3, 20) if expedited else rng.uniform(10, 120))
        issued_on = submitted + dt.timedelta(days=wait)
        outcome = rng.choices(["issued", "rejected", "withdrawn"], [85, 10, 5])[0]
        if issued_on > dt.date(2024, 12, 31):
            status, issued = "under review", None
        elif outcome == "issued":
            status, issued = ("completed" if rng.random() < 0.6 else "issued"), issued_on
        else:
            status, issued = outcome, None
        lo, hi = PERMIT_TYPES[ptype]
        cost = round(rng.uniform(lo, hi), -2)
        fee = round(max(75.0, cost * 0.012), 2)
        units = rng.randint(1, 24) if ptype == "new construction" else None
        permits.append((pid, f"BP-{submitted.year}-{pid:05d}", applicant[0], ptype, rng.choice(NEIGHBOURHOODS),
                        f"{rng.randint(1, 480)} {rng.choice(streets)}", submitted, issued, status, cost, fee,
                        status in ("issued", "completed") or rng.random() < 0.5, expedited, units))
        if issued is not None:
            day = issued
            for _ in range(rng.randint(1, 3) if status == "completed" else rng.randint(0, 1)):
                day = day + dt.timedelta(days=rng.randint(7, 60))
                if day > dt.date(2024, 12, 31):
                    break
                result = rng.choices(["pass", "fail", "partial"], [70, 20, 10])[0]
                inspections.append((len(inspections) + 1, pid, day, rng.choice(INSPECTORS),
                                    rng.choice(["footing", "framing", "final", "electrical rough-in"]), result,
                                    None if result == "pass" else rng.choice(["missing smoke detector",
                                                                              "setback violation", "wiring exposed"])))
    _insert(con, "applicants", applicants)
    _insert(con, "permits", permits)
    _insert(con, "inspections", inspections)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "taxi": build_taxi,
    "housekeeping": build_housekeeping,
    "ambulance": build_ambulance,
    "greenhouse": build_greenhouse,
    "permits": build_permits,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval19-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval19-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval19-dbs"))
