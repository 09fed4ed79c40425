"""Builders of the fifty-eighth evaluation corpus (development): five DuckDB files in transport domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `citybus.duckdb`: a city bus operator's routes, drivers (birth date) and trips with delays
- `taxidispatch.duckdb`: taxi drivers (birth year) and rides with fares and tips; camelCase columns, and
  `rides.driverId` is NOT a declared foreign key (only implied by its name)
- `ferryline.duckdb`: vessels, sailings (arrival NULL when cancelled) and bookings
- `bikeshare.duckdb`: stations, bikes (retired_on NULL while in service) and rentals (ended_at NULL while out)
- `drivingschool.duckdb`: instructors (birth date), learners (birth year), lessons and driving tests
  (result NULL while pending), 2023-01 to 2025-06

Usage:
    python eval58/datasets.py OUTDIR

Example:
    >>> from eval58.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval58-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['bikeshare.duckdb', 'citybus.duckdb', 'drivingschool.duckdb', 'ferryline.duckdb', 'taxidispatch.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 6, last_hour: int = 22) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Adele", "Bruno", "Carla", "Dario", "Elif", "Felix", "Greta", "Hamid", "Ines", "Jonas", "Katya", "Luca",
         "Maren", "Nadia", "Oskar", "Priya", "Rafael", "Sofia", "Tomasz", "Ursula", "Viktor", "Wanda", "Yusuf"]
LAST = ["Albers", "Brandt", "Costa", "Dimitrov", "Eriksen", "Fischer", "Gallo", "Horvat", "Ilic", "Jansen",
        "Kaya", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Ricci", "Schulz", "Torres", "Vogel", "Weber"]

# ------------------------------------------------------------------------------------------------ city bus
DISTRICTS = ["Centre", "North", "South", "East", "West"]
DEPOTS = ["Riverside", "Hillcrest", "Eastgate"]
ROUTE_STREETS = ["Station", "Harbour", "University", "Hospital", "Airport", "Market", "Stadium", "Old Town",
                 "Lakeside", "Industrial Park", "Cathedral", "Zoo"]


def build_citybus(path: Path | str) -> None:
    """routes (24), drivers (60, birth_date), trips (2023-2024; declared FKs; delay_min NULL when cancelled)."""
    rng = random.Random(5801)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE routes(route_id INTEGER PRIMARY KEY, route_number VARCHAR,
        route_name VARCHAR, district VARCHAR, length_km DOUBLE, is_night_route BOOLEAN, launched_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE drivers(driver_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, depot VARCHAR, hired_on DATE, full_time BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE trips(trip_id INTEGER PRIMARY KEY,
        route_id INTEGER REFERENCES routes(route_id), driver_id INTEGER REFERENCES drivers(driver_id),
        scheduled_departure TIMESTAMP, actual_departure TIMESTAMP, delay_min INTEGER, passengers INTEGER,
        fare_revenue DOUBLE, cancelled BOOLEAN, cancel_reason VARCHAR)""")
    routes = []
    for rid in range(1, 25):
        night = rid > 20
        number = f"N{rid - 20}" if night else str(rid * 3 + rng.randint(0, 2))
        name = f"{rng.choice(ROUTE_STREETS)} - {rng.choice(ROUTE_STREETS)} Line {rid}"
        routes.append((rid, number, name, DISTRICTS[(rid - 1) % 5], round(rng.uniform(6, 28), 1), night,
                       rng.randint(1995, 2022)))
    drivers = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 60), start=1):
        drivers.append((did, first, last, _day(rng, dt.date(1962, 1, 1), 14600), rng.choice(DEPOTS),
                        _day(rng, dt.date(2005, 1, 1), 6500), rng.random() < 0.75))
    trips = []
    route_weights = [rng.uniform(0.5, 3.0) for _ in routes]
    for tid in range(1, 6001):
        rid = rng.choices(range(1, 25), route_weights)[0]
        night = routes[rid - 1][5]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        sched = _moment(rng, day, 0, 4) if night else _moment(rng, day, 5, 22)
        cancelled = rng.random() < 0.04
        if cancelled:
            reason = rng.choice(["breakdown", "no driver", "roadworks", "weather"])
            trips.append((tid, rid, rng.randint(1, 60), sched, None, None, 0, 0.0, True, reason))
            continue
        rush = sched.hour in (7, 8, 16, 17)
        delay = max(0, int(rng.gauss(6 if rush else 2, 4 if rush else 2.5)))
        pax = rng.randint(5, 25) if night else rng.randint(15, 90) if rush else rng.randint(5, 60)
        trips.append((tid, rid, rng.randint(1, 60), sched, sched + dt.timedelta(minutes=delay), delay, pax,
                      round(pax * rng.uniform(1.1, 1.9), 2), False, None))
    _insert(con, "routes", routes)
    _insert(con, "drivers", drivers)
    _insert(con, "trips", trips)
    con.close()


# ------------------------------------------------------------------------------------------- taxi dispatch
ZONES = ["Airport", "Downtown", "Harbourfront", "Midtown", "Suburbs", "University"]
VEHICLES = ["sedan", "minivan", "estate", "luxury"]
PAYMENTS = ["card", "cash", "app"]


def build_taxidispatch(path: Path | str) -> None:
    """drivers (45, birthYear), rides (2023-2024; driverId NOT declared; dropoffAt NULL unless completed)."""
    rng = random.Random(5802)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE drivers(driverId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthYear INTEGER, vehicleType VARCHAR, isElectric BOOLEAN, licenseIssued DATE,
        homeZone VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE rides(rideId INTEGER PRIMARY KEY, driverId INTEGER,
        requestedAt TIMESTAMP, pickupAt TIMESTAMP, dropoffAt TIMESTAMP, pickupZone VARCHAR, dropoffZone VARCHAR,
        distanceKm DOUBLE, fareAmt DOUBLE, tipAmt DOUBLE, paymentType VARCHAR, rideStatus VARCHAR,
        passengerRating INTEGER)""")
    drivers = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 45), start=1):
        vehicle = rng.choices(VEHICLES, [50, 20, 20, 10])[0]
        drivers.append((did, first, last, rng.randint(1958, 2001), vehicle, rng.random() < 0.35,
                        _day(rng, dt.date(2000, 1, 1), 8400), rng.choice(ZONES)))
    weights = [rng.uniform(0.4, 3.0) for _ in drivers]
    rides = []
    for rid in range(1, 5501):
        did = rng.choices(range(1, 46), weights)[0]
        requested = dt.datetime.combine(_day(rng, dt.date(2023, 1, 1), 731),
                                        dt.time(rng.randrange(24), rng.randrange(60), rng.randrange(60)))
        status = rng.choices(["completed", "cancelled by rider", "no show"], [88, 9, 3])[0]
        pickup_zone = rng.choices(ZONES, [15, 30, 10, 20, 15, 10])[0]
        dist = round(rng.uniform(8, 35) if pickup_zone == "Airport" else rng.uniform(1, 18), 1)
        if status != "completed":
            rides.append((rid, did, requested, None, None, pickup_zone, None, None, 0.0, 0.0, None, status, None))
            continue
        pickup = requested + dt.timedelta(minutes=rng.randint(2, 20))
        dropoff = pickup + dt.timedelta(minutes=int(dist * rng.uniform(2, 4)) + 3)
        fare = round(3.5 + dist * 1.9 * (1.4 if drivers[did - 1][4] == "luxury" else 1.0), 2)
        payment = rng.choices(PAYMENTS, [50, 20, 30])[0]
        tip = 0.0 if payment == "cash" and rng.random() < 0.7 else round(fare * rng.choice([0, 0, 0.1, 0.15, 0.2]), 2)
        rides.append((rid, did, requested, pickup, dropoff, pickup_zone, rng.choice(ZONES), dist, fare, tip,
                      payment, status, None if rng.random() < 0.3 else rng.choices([1, 2, 3, 4, 5],
                                                                                    [2, 3, 10, 35, 50])[0]))
    _insert(con, "drivers", drivers)
    _insert(con, "rides", rides)
    con.close()


# ---------------------------------------------------------------------------------------------- ferry line
VESSELS = [(1, "MV Northern Star", 1200, 180, 2004), (2, "MV Sea Breeze", 800, 120, 1998),
           (3, "MV Island Spirit", 1500, 240, 2012), (4, "MV Gannet", 350, 40, 1991),
           (5, "MV Aurora", 1000, 160, 2018), (6, "MV Kittiwake", 400, 50, 2009)]
CROSSINGS = {"Portmain - Eilean Mor": 95, "Portmain - Skerra": 50, "Skerra - Eilean Mor": 40,
             "Portmain - Carraig": 120}
VEHICLE_TYPES = {"none": 0.0, "car": 45.0, "van": 70.0, "motorcycle": 20.0, "campervan": 90.0}


def build_ferryline(path: Path | str) -> None:
    """vessels (6), sailings (2022-2024; arrival_at NULL when cancelled), bookings (declared FKs)."""
    rng = random.Random(5803)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE vessels(vessel_id INTEGER PRIMARY KEY, vessel_name VARCHAR,
        passenger_capacity INTEGER, car_capacity INTEGER, year_built INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE sailings(sailing_id INTEGER PRIMARY KEY,
        vessel_id INTEGER REFERENCES vessels(vessel_id), crossing VARCHAR, departure_at TIMESTAMP,
        arrival_at TIMESTAMP, cancelled BOOLEAN, cancel_reason VARCHAR, fuel_litres DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        sailing_id INTEGER REFERENCES sailings(sailing_id), booked_on DATE, passengers INTEGER,
        vehicle_type VARCHAR, fare_eur DOUBLE, is_return BOOLEAN, booking_channel VARCHAR)""")
    sailings, bookings = [], []
    for sid in range(1, 1801):
        crossing = rng.choices(list(CROSSINGS), [35, 30, 20, 15])[0]
        vessel = rng.choice([1, 2, 3, 5]) if crossing.endswith("Eilean Mor") else rng.randint(1, 6)
        day = _day(rng, dt.date(2022, 1, 1), 1096)
        departure = dt.datetime.combine(day, dt.time(rng.choice([6, 8, 10, 12, 14, 16, 18, 20]), rng.choice([0, 30])))
        winter = day.month in (11, 12, 1, 2)
        cancelled = rng.random() < (0.12 if winter else 0.03)
        reason = rng.choice(["weather", "weather", "technical", "crew"]) if cancelled else None
        arrival = None if cancelled else departure + dt.timedelta(minutes=CROSSINGS[crossing] + rng.randint(-5, 25))
        sailings.append((sid, vessel, crossing, departure, arrival, cancelled, reason,
                         0.0 if cancelled else round(CROSSINGS[crossing] * VESSELS[vessel - 1][2] / 40
                                                     * rng.uniform(0.8, 1.2), 0)))
        for _ in range(rng.randint(0, 4) if winter else rng.randint(1, 6)):
            vehicle = rng.choices(list(VEHICLE_TYPES), [40, 35, 10, 5, 10])[0]
            pax = rng.randint(1, 5)
            ret = rng.random() < 0.4
            fare = round((pax * 18.0 + VEHICLE_TYPES[vehicle]) * (1.7 if ret else 1.0) * rng.uniform(0.9, 1.1), 2)
            bookings.append((len(bookings) + 1, sid, day - dt.timedelta(days=rng.randint(0, 60)), pax, vehicle, fare,
                             ret, rng.choices(["website", "phone", "port office"], [65, 15, 20])[0]))
    _insert(con, "vessels", VESSELS)
    _insert(con, "sailings", sailings)
    _insert(con, "bookings", bookings)
    con.close()


# ----------------------------------------------------------------------------------------------- bike share
STATIONS = ["Central Station", "City Hall", "Riverside Park", "Museum Quarter", "Tech Campus", "Old Market",
            "Harbour Gate", "Botanic Garden", "Arena", "North Terminal", "Canal Bridge", "Library Square",
            "Hospital East", "Westfield", "Beach Road", "Uni South", "Cathedral Close", "Sports Centre"]
BIKE_TYPES = {"classic": 0.6, "electric": 0.3, "cargo": 0.1}


def build_bikeshare(path: Path | str) -> None:
    """stations (18), bikes (150; retired_on NULL while in service), rentals (2023-2024; ended_at and
    end_station_id NULL while a bike is still out)."""
    rng = random.Random(5804)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stations(station_id INTEGER PRIMARY KEY, station_name VARCHAR,
        district VARCHAR, dock_count INTEGER, opened_on DATE, has_charging BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bikes(bike_id INTEGER PRIMARY KEY, bike_type VARCHAR,
        in_service_since DATE, retired_on DATE, home_station_id INTEGER REFERENCES stations(station_id))""")
    con.execute("""CREATE OR REPLACE TABLE rentals(rental_id INTEGER PRIMARY KEY,
        bike_id INTEGER REFERENCES bikes(bike_id), start_station_id INTEGER REFERENCES stations(station_id),
        end_station_id INTEGER REFERENCES stations(station_id), started_at TIMESTAMP, ended_at TIMESTAMP,
        distance_km DOUBLE, price_eur DOUBLE, is_member BOOLEAN)""")
    stations = [(sid, name, DISTRICTS[(sid - 1) % 5], rng.choice([12, 16, 20, 24, 30]),
                 _day(rng, dt.date(2016, 1, 1), 2500), rng.random() < 0.4) for sid, name in enumerate(STATIONS, 1)]
    bikes = []
    for bid in range(1, 151):
        kind = rng.choices(list(BIKE_TYPES), list(BIKE_TYPES.values()))[0]
        since = _day(rng, dt.date(2019, 1, 1), 1500)
        retired = _day(rng, dt.date(2023, 3, 1), 640) if rng.random() < 0.15 else None
        bikes.append((bid, kind, since, retired, rng.randint(1, 18)))
    weights = [rng.uniform(0.5, 3.0) for _ in stations]
    rentals = []
    for rid in range(1, 7001):
        bid = rng.randint(1, 150)
        kind, retired = bikes[bid - 1][1], bikes[bid - 1][3]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        if retired is not None and day >= retired:
            day = retired - dt.timedelta(days=rng.randint(1, 60))
        start = _moment(rng, day, 6, 23)
        start_sid = rng.choices(range(1, 19), weights)[0]
        minutes = int(rng.uniform(4, 45) * (0.8 if kind == "electric" else 1.0))
        out = start > dt.datetime(2024, 12, 31, 20) or rng.random() < 0.004
        member = rng.random() < 0.55
        rate = {"classic": 0.10, "electric": 0.22, "cargo": 0.18}[kind] * (0.6 if member else 1.0)
        rentals.append((rid, bid, start_sid, None if out else rng.choices(range(1, 19), weights)[0], start,
                        None if out else start + dt.timedelta(minutes=minutes),
                        None if out else round(minutes * rng.uniform(0.18, 0.3), 2),
                        None if out else round(1.0 + minutes * rate, 2), member))
    _insert(con, "stations", stations)
    _insert(con, "bikes", bikes)
    _insert(con, "rentals", rentals)
    con.close()


# ------------------------------------------------------------------------------------------- driving school
BRANCHES = ["Northgate", "Southbank", "Westmoor"]
LESSON_TYPES = {"standard": 42.0, "motorway": 55.0, "night driving": 50.0, "mock test": 60.0}
CENTRES = ["Northgate DTC", "Ashford Road DTC", "Millbrook DTC"]


def build_drivingschool(path: Path | str) -> None:
    """instructors (14, birth_date), learners (320, birth_year), lessons (2023-01 .. 2025-06), driving_tests
    (passed NULL while the result is pending); declared FKs."""
    rng = random.Random(5805)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE instructors(instructor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, branch VARCHAR, teaches_automatic BOOLEAN, hourly_rate_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE learners(learner_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, enrolled_on DATE, transmission VARCHAR,
        instructor_id INTEGER REFERENCES instructors(instructor_id))""")
    con.execute("""CREATE OR REPLACE TABLE lessons(lesson_id INTEGER PRIMARY KEY,
        learner_id INTEGER REFERENCES learners(learner_id), instructor_id INTEGER REFERENCES instructors(instructor_id),
        starts_at TIMESTAMP, duration_min INTEGER, lesson_type VARCHAR, fee_gbp DOUBLE, cancelled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE driving_tests(test_id INTEGER PRIMARY KEY,
        learner_id INTEGER REFERENCES learners(learner_id), test_date DATE, test_centre VARCHAR,
        attempt_no INTEGER, minor_faults INTEGER, passed BOOLEAN)""")
    names = _unique_names(rng, FIRST, LAST, 334)
    instructors = [(iid, first, last, _day(rng, dt.date(1965, 1, 1), 11000), BRANCHES[(iid - 1) % 3],
                    rng.random() < 0.5, float(rng.choice([30, 32, 35, 38, 40])))
                   for iid, (first, last) in enumerate(names[:14], start=1)]
    learners, lessons, tests = [], [], []
    for lid, (first, last) in enumerate(names[14:], start=1):
        enrolled = _day(rng, dt.date(2023, 1, 1), 880)
        iid = rng.randint(1, 14)
        learners.append((lid, first, last, rng.choices([rng.randint(1998, 2008), rng.randint(1965, 1997)],
                                                       [75, 25])[0], enrolled,
                         "automatic" if instructors[iid - 1][5] and rng.random() < 0.7 else "manual", iid))
        day = enrolled
        last_day = dt.date(2025, 6, 30)
        for _ in range(rng.randint(4, 30)):
            day += dt.timedelta(days=rng.randint(2, 14))
            if day > last_day:
                break
            kind = rng.choices(list(LESSON_TYPES), [75, 8, 7, 10])[0]
            minutes = rng.choice([60, 90, 120]) if kind != "mock test" else 60
            other = rng.random() < 0.1
            lessons.append((len(lessons) + 1, lid, rng.randint(1, 14) if other else iid,
                            _moment(rng, day, 7, 20), minutes, kind, round(LESSON_TYPES[kind] * minutes / 60, 2),
                            rng.random() < 0.06))
        attempt = 0
        while day <= last_day and attempt < 3:
            attempt += 1
            day += dt.timedelta(days=rng.randint(10, 60))
            if day > last_day:
                break
            pending = day > dt.date(2025, 6, 16)
            faults = rng.randint(0, 18)
            passed = None if pending else faults <= 15 and rng.random() < 0.6
            tests.append((len(tests) + 1, lid, day, rng.choice(CENTRES), attempt, None if pending else faults, passed))
            if passed:
                break
    _insert(con, "instructors", instructors)
    _insert(con, "learners", learners)
    _insert(con, "lessons", lessons)
    _insert(con, "driving_tests", tests)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "citybus": build_citybus,
    "taxidispatch": build_taxidispatch,
    "ferryline": build_ferryline,
    "bikeshare": build_bikeshare,
    "drivingschool": build_drivingschool,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval58-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval58-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval58-dbs"))
