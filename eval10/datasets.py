"""Builders of the tenth evaluation corpus: five DuckDB files in domains no earlier corpus used.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `carrental.duckdb`: branches, customers (date_of_birth), vehicles, rentals (declared FKs; returned_at,
  return_branch_id and km_driven NULL while a rental is still out, total_amount NULL until it is billed)
- `vetclinic.duckdb`: clients, pets (birth_dt), appts, rx_items (abbreviated names: clnt_id, pet_nm, appt_ts,
  visit_typ, fee_amt, qty, unit_prc; appts.pet_id is NOT a declared foreign key, the others are declared;
  next_due_dt NULL when no follow-up was booked)
- `bikeshare.duckdb`: one wide `trips` table (birth_year and trip_rating optional, booleans, TIMESTAMPs)
- `cinemas.duckdb`: cinemas, films, screenings (camelCase names, startsAt TIMESTAMP, nullable criticScore,
  declared FKs)
- `bakery.duckdb`: shops, products (discontinued_on NULL while still sold), daily_sales (declared FKs)

Usage:
    python eval10/datasets.py OUTDIR

Example:
    >>> from eval10.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval10-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['bakery.duckdb', 'bikeshare.duckdb', 'carrental.duckdb', 'cinemas.duckdb', 'vetclinic.duckdb']
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


def _at(day: dt.date, hour: int, minute: int) -> dt.datetime:
    """A timestamp on `day` at hour:minute."""
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amelia", "Benjamin", "Carmen", "Dmitri", "Elena", "Farah", "George", "Hannah", "Ivan", "Julia", "Kevin",
         "Laura", "Mateo", "Nina", "Omar", "Priya", "Quentin", "Rosa", "Samuel", "Tessa", "Umar", "Valerie",
         "William", "Zoe"]
LAST = ["Adeyemi", "Bauer", "Chen", "Delgado", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jensen", "Khan",
        "Lopez", "Murphy", "Novak", "O'Brien", "Petrov", "Quinn", "Reyes", "Schmidt", "Turner", "Walsh", "Young"]

END = dt.date(2024, 12, 31)

# -------------------------------------------------------------------------------------------- car rental
BRANCHES = [  # name, city, region, is_airport, opened
    ("Denver Airport", "Denver", "Mountain", True, dt.date(2015, 3, 1)),
    ("Denver Downtown", "Denver", "Mountain", False, dt.date(2018, 6, 1)),
    ("Salt Lake Airport", "Salt Lake City", "Mountain", True, dt.date(2016, 9, 1)),
    ("Phoenix Airport", "Phoenix", "Southwest", True, dt.date(2014, 1, 15)),
    ("Tucson Central", "Tucson", "Southwest", False, dt.date(2020, 4, 1)),
    ("Seattle Airport", "Seattle", "Pacific Northwest", True, dt.date(2013, 5, 1)),
    ("Portland Union Station", "Portland", "Pacific Northwest", False, dt.date(2019, 2, 1)),
    ("Boise Downtown", "Boise", "Mountain", False, dt.date(2021, 8, 1)),
]
FLEET = [  # make, model, category, daily_rate, fuel_type, seats
    ("Toyota", "Corolla", "Compact", 42.0, "hybrid", 5), ("Nissan", "Versa", "Economy", 35.0, "petrol", 5),
    ("Kia", "Rio", "Economy", 33.0, "petrol", 5), ("Honda", "Civic", "Compact", 44.0, "petrol", 5),
    ("Toyota", "RAV4", "SUV", 64.0, "hybrid", 5), ("Ford", "Explorer", "SUV", 78.0, "petrol", 7),
    ("Jeep", "Grand Cherokee", "SUV", 82.0, "petrol", 5), ("Chrysler", "Pacifica", "Minivan", 85.0, "hybrid", 7),
    ("Tesla", "Model 3", "Luxury", 95.0, "electric", 5), ("BMW", "5 Series", "Luxury", 120.0, "petrol", 5),
    ("Ford", "F-150", "Pickup", 89.0, "petrol", 5), ("Chevrolet", "Bolt", "Economy", 48.0, "electric", 5),
]
TIERS = ["Basic", "Silver", "Gold", "Platinum"]


def _rental(rng: random.Random, rid: int, cust: tuple, vehicle: tuple, pickup: dt.datetime) -> tuple:
    """One rentals row; rentals picked up in the last days of 2024 are still out (NULL return columns)."""
    days = rng.choices([1, 2, 3, 4, 5, 7, 10, 14], [10, 18, 20, 14, 12, 14, 7, 5])[0]
    due = pickup.date() + dt.timedelta(days=days)
    status = "cancelled" if rng.random() < 0.07 else "active" if due > END else "completed"
    insurance = rng.random() < (0.55 if cust[6] in ("Gold", "Platinum") else 0.35)
    if status != "completed":
        amount = 0.0 if status == "cancelled" else None
        return (rid, cust[0], vehicle[0], vehicle[9], None, pickup, due, None, None, amount, status,
                insurance, False)
    late = rng.choices([0, 0, 0, 0, 0, 0, 1, 2], k=1)[0]
    returned = _at(due + dt.timedelta(days=late), rng.randint(7, 21), rng.choice([0, 15, 30, 45]))
    ret_branch = vehicle[9] if rng.random() < 0.85 else rng.randint(1, len(BRANCHES))
    km = rng.randint(40, 160) * (days + late)
    amount = round(vehicle[6] * (days + late) * rng.uniform(0.9, 1.05) + (14.0 * (days + late) if insurance else 0), 2)
    return (rid, cust[0], vehicle[0], vehicle[9], ret_branch, pickup, due, returned, km, amount, status,
            insurance, rng.random() < 0.04)


def build_carrental(path: Path | str) -> None:
    """branches (8), customers (420, date_of_birth), vehicles (150), rentals (2022-2024, declared FKs)."""
    rng = random.Random(1001)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE branches(branch_id INTEGER PRIMARY KEY, branch_name VARCHAR, city VARCHAR,
        region VARCHAR, is_airport BOOLEAN, opened_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, email VARCHAR, date_of_birth DATE, home_state VARCHAR, loyalty_tier VARCHAR,
        joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE vehicles(vehicle_id INTEGER PRIMARY KEY, plate_number VARCHAR,
        make VARCHAR, model VARCHAR, category VARCHAR, model_year INTEGER, daily_rate DOUBLE, fuel_type VARCHAR,
        seats INTEGER, home_branch_id INTEGER REFERENCES branches(branch_id), retired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE rentals(rental_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), vehicle_id INTEGER REFERENCES vehicles(vehicle_id),
        pickup_branch_id INTEGER REFERENCES branches(branch_id),
        return_branch_id INTEGER REFERENCES branches(branch_id), pickup_at TIMESTAMP, due_back DATE,
        returned_at TIMESTAMP, km_driven INTEGER, total_amount DOUBLE, status VARCHAR, insurance_added BOOLEAN,
        damage_reported BOOLEAN)""")
    branches = [(i, *b) for i, b in enumerate(BRANCHES, start=1)]
    states = ["CO", "UT", "AZ", "WA", "OR", "ID", "CA", "TX", "NY"]
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1):
        born = _day(rng, dt.date(1952, 1, 1), 365 * 50)
        joined = _day(rng, dt.date(2019, 1, 1), 365 * 5)
        email = f"{first.lower()}.{last.lower().replace(chr(39), '')}{cid}@mail.com"
        customers.append((cid, first, last, email, born, rng.choices(states, [20, 12, 14, 15, 10, 6, 11, 7, 5])[0],
                          rng.choices(TIERS, [50, 27, 16, 7])[0], joined))
    vehicles = []
    for vid in range(1, 151):
        make, model, cat, rate, fuel, seats = rng.choices(FLEET, [12, 10, 9, 10, 12, 8, 6, 6, 7, 4, 6, 5])[0]
        year = rng.randint(2018, 2024)
        retired = _day(rng, dt.date(2022, 6, 1), 900) if year <= 2019 and rng.random() < 0.6 else None
        plate = f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}-{1000 + vid * 37}"
        vehicles.append((vid, plate, make, model, cat, year, rate, fuel, seats,
                         rng.choices(range(1, 9), [20, 10, 12, 16, 6, 18, 10, 8])[0], retired))
    rentals = []
    for day_no in range((END - dt.date(2022, 1, 1)).days + 1):
        day = dt.date(2022, 1, 1) + dt.timedelta(days=day_no)
        busy = 1.0 + 0.5 * (day.month in (6, 7, 8, 12)) + 0.15 * (day.year - 2022)
        for _ in range(rng.choices([0, 1, 2, 3, 4], [8, 30, 32, 20, int(10 * busy)])[0]):
            vehicle = rng.choice(vehicles)
            if vehicle[10] is not None and vehicle[10] <= day:
                continue
            hour = rng.choices(range(6, 22), [3, 6, 9, 12, 9, 7, 6, 6, 6, 7, 8, 10, 9, 6, 4, 2])[0]
            pickup = _at(day, hour, rng.choice([0, 10, 20, 30, 40, 50]))
            customer = rng.choice(customers)
            while customer[7] > day:  # only customers who had joined by then
                customer = rng.choice(customers)
            rentals.append(_rental(rng, len(rentals) + 1, customer, vehicle, pickup))
    _insert(con, "branches", branches)
    _insert(con, "customers", customers)
    _insert(con, "vehicles", vehicles)
    _insert(con, "rentals", rentals)
    con.close()


# ------------------------------------------------------------------------------------------- vet clinic
SPECIES = {  # species -> (breeds, weight range kg, weight of draw)
    "dog": (["Labrador", "Beagle", "German Shepherd", "Dachshund", "Border Collie", "mixed"], (4, 40), 45),
    "cat": (["Siamese", "Maine Coon", "British Shorthair", "Persian", "mixed"], (2.5, 8), 35),
    "rabbit": (["Lionhead", "Dutch", "Rex"], (1, 4), 8),
    "guinea pig": (["Abyssinian", "American"], (0.7, 1.4), 5),
    "bird": (["Budgerigar", "Cockatiel", "African Grey"], (0.03, 0.5), 7),
}
PET_NAMES = ["Bella", "Max", "Luna", "Charlie", "Milo", "Daisy", "Oscar", "Coco", "Rocky", "Nala", "Teddy", "Willow",
             "Simba", "Pepper", "Biscuit", "Ziggy", "Maple", "Loki", "Olive", "Scout", "Hazel", "Jasper"]
VETS = ["Dr. Patel", "Dr. Moreau", "Dr. Okafor", "Dr. Lindgren", "Dr. Alvarez", "Dr. Sato"]
VISITS = {  # visit_typ -> (fee range, duration range minutes, weight)
    "checkup": ((45, 70), (15, 30), 38), "vaccination": ((35, 60), (10, 20), 25),
    "dental": ((120, 380), (40, 90), 8), "surgery": ((350, 1800), (60, 240), 6),
    "emergency": ((150, 900), (30, 150), 9), "grooming": ((30, 65), (30, 60), 14),
}
DRUGS = [("Carprofen", 1.8), ("Amoxicillin", 0.9), ("Meloxicam", 1.2), ("Bravecto", 24.0), ("Apoquel", 2.5),
         ("Gabapentin", 0.7), ("Metronidazole", 0.6), ("Revolution", 18.5)]


def build_vetclinic(path: Path | str) -> None:
    """clients (300), pets (480, birth_dt), appts (2022-2024, pet_id not declared), rx_items (declared FK)."""
    rng = random.Random(1002)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE clients(clnt_id INTEGER PRIMARY KEY, first_nm VARCHAR, last_nm VARCHAR,
        phone_no VARCHAR, city_nm VARCHAR, reg_dt DATE)""")
    con.execute("""CREATE OR REPLACE TABLE pets(pet_id INTEGER PRIMARY KEY,
        clnt_id INTEGER REFERENCES clients(clnt_id), pet_nm VARCHAR, species VARCHAR, breed VARCHAR, birth_dt DATE,
        sex CHAR(1), neutered_flg BOOLEAN, wt_kg DOUBLE, insured_flg BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE appts(appt_id INTEGER PRIMARY KEY, pet_id INTEGER, vet_nm VARCHAR,
        appt_ts TIMESTAMP, visit_typ VARCHAR, appt_stat VARCHAR, dur_min INTEGER, fee_amt DOUBLE, paid_flg BOOLEAN,
        next_due_dt DATE)""")
    con.execute("""CREATE OR REPLACE TABLE rx_items(rx_id INTEGER PRIMARY KEY,
        appt_id INTEGER REFERENCES appts(appt_id), drug_nm VARCHAR, qty INTEGER, unit_prc DOUBLE)""")
    cities = ["Leeds", "York", "Harrogate", "Wakefield", "Bradford"]
    clients = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 300), start=1):
        clients.append((cid, first, last, f"07{rng.randint(100000000, 999999999)}",
                        rng.choices(cities, [40, 20, 15, 12, 13])[0], _day(rng, dt.date(2015, 1, 1), 365 * 9)))
    pets = []
    for pid in range(1, 481):
        species = rng.choices(list(SPECIES), [v[2] for v in SPECIES.values()])[0]
        breeds, (lo, hi), _ = SPECIES[species]
        life = 14 if species in ("dog", "cat") else 7
        born = _day(rng, dt.date(2024 - life, 1, 1), 365 * life)
        pets.append((pid, rng.randint(1, 300), rng.choice(PET_NAMES), species, rng.choice(breeds), born,
                     rng.choice("MF"), species in ("dog", "cat", "rabbit") and rng.random() < 0.7,
                     round(rng.uniform(lo, hi), 2), rng.random() < 0.4))
    appts, rx = [], []
    for day_no in range((END - dt.date(2022, 1, 1)).days + 1):
        day = dt.date(2022, 1, 1) + dt.timedelta(days=day_no)
        if day.weekday() == 6:
            continue
        for _ in range(rng.randint(2, 9) if day.weekday() < 5 else rng.randint(1, 4)):
            visit = rng.choices(list(VISITS), [v[2] for v in VISITS.values()])[0]
            (flo, fhi), (dlo, dhi), _ = VISITS[visit]
            pet = rng.choice(pets)
            while pet[5] >= day:  # only pets born by then
                pet = rng.choice(pets)
            stat = rng.choices(["completed", "no-show", "cancelled"], [88, 5, 7])[0]
            done = stat == "completed"
            aid = len(appts) + 1
            due = None
            if done and visit in ("vaccination", "surgery", "dental") and rng.random() < 0.75:
                due = day + dt.timedelta(days=365 if visit == "vaccination" else rng.choice([10, 14, 21]))
            appts.append((aid, pet[0], rng.choices(VETS, [22, 20, 18, 16, 14, 10])[0],
                          _at(day, rng.randint(8, 17), rng.choice([0, 15, 30, 45])), visit, stat,
                          rng.randint(dlo, dhi) if done else None, round(rng.uniform(flo, fhi), 2) if done else 0.0,
                          done and rng.random() < 0.93, due))
            if done and visit in ("surgery", "dental", "emergency", "checkup") and rng.random() < 0.45:
                picks = dict.fromkeys(rng.choices(DRUGS, [30, 22, 18, 9, 12, 6, 8, 5], k=rng.randint(1, 2)))
                for drug, price in picks:
                    rx.append((len(rx) + 1, aid, drug, rng.choice([1, 2, 3, 7, 14, 28, 30]), price))
    _insert(con, "clients", clients)
    _insert(con, "pets", pets)
    _insert(con, "appts", appts)
    _insert(con, "rx_items", rx)
    con.close()


# -------------------------------------------------------------------------------------------- bike share
STATIONS = {  # station -> district
    "Harbour Front": "Waterfront", "Ferry Terminal": "Waterfront", "Market Square": "Old Town",
    "Cathedral": "Old Town", "University Library": "Campus", "Science Park": "Campus", "Central Station": "Centre",
    "City Hall": "Centre", "Riverside Park": "Riverside", "Mill Lane": "Riverside", "Stadium": "Northside",
    "Hospital": "Northside",
}


def build_bikeshare(path: Path | str) -> None:
    """One wide `trips` table, 2022-2024 (birth_year NULL for most casual riders, trip_rating optional)."""
    rng = random.Random(1003)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE trips(trip_id INTEGER PRIMARY KEY, bike_id INTEGER, bike_type VARCHAR,
        start_station VARCHAR, start_district VARCHAR, end_station VARCHAR, end_district VARCHAR,
        started_at TIMESTAMP, ended_at TIMESTAMP, distance_km DOUBLE, rider_type VARCHAR, birth_year INTEGER,
        gender VARCHAR, fare_usd DOUBLE, promo_used BOOLEAN, is_raining BOOLEAN, trip_rating INTEGER)""")
    names = list(STATIONS)
    popular = [18, 10, 14, 7, 12, 6, 20, 9, 8, 4, 5, 6]
    trips = []
    bike_types = {bid: rng.choices(["classic", "electric", "cargo"], [60, 35, 5])[0] for bid in range(1, 401)}
    for day_no in range((END - dt.date(2022, 1, 1)).days + 1):
        day = dt.date(2022, 1, 1) + dt.timedelta(days=day_no)
        season = {12: 3, 1: 3, 2: 4, 3: 7, 4: 9, 5: 11, 6: 13, 7: 14, 8: 13, 9: 11, 10: 8, 11: 5}[day.month]
        raining = rng.random() < (0.35 if day.month in (10, 11, 12, 1, 2, 3) else 0.15)
        for _ in range(max(1, int(season * (0.6 if raining else 1) * (1 + 0.12 * (day.year - 2022))))):
            bike = rng.randint(1, 400)
            btype = bike_types[bike]
            start = rng.choices(names, popular)[0]
            end = start if rng.random() < 0.08 else rng.choices(names, popular)[0]
            hour = rng.choices(range(6, 24), [2, 8, 12, 6, 4, 4, 5, 5, 4, 4, 6, 10, 11, 7, 5, 4, 3, 2])[0]
            t0 = dt.datetime(day.year, day.month, day.day, hour, rng.randint(0, 59))
            member = rng.random() < 0.62
            scale = (8 if btype != "electric" else 6) * (1.0 if member else 1.5) * (1.6 if start == end else 1.0)
            minutes = max(2, int(rng.gammavariate(2.2, scale)))
            birth = rng.randint(1950, 2006) if member or rng.random() < 0.2 else None
            fare = round((0.0 if member else 1.5) + minutes * (0.25 if btype == "electric" else 0.15)
                         + (1.0 if btype == "cargo" else 0), 2)
            promo = not member and rng.random() < 0.12
            if promo:
                fare = round(fare * 0.5, 2)
            speed = rng.uniform(9, 14) if btype != "electric" else rng.uniform(13, 20)
            rating = rng.choices([1, 2, 3, 4, 5], [3, 5, 15, 37, 40])[0] if rng.random() < 0.3 else None
            trips.append((len(trips) + 1, bike, btype, start, STATIONS[start], end, STATIONS[end], t0,
                          t0 + dt.timedelta(minutes=minutes),
                          round(speed * minutes / 60, 2), "member" if member else "casual", birth,
                          rng.choices(["female", "male", "other"], [44, 52, 4])[0] if birth else None, fare, promo,
                          raining, rating))
    _insert(con, "trips", trips)
    con.close()


# ----------------------------------------------------------------------------------------------- cinemas
CINEMAS = [  # name, city, screens, hasImax, openedOn
    ("Roxy Central", "Manchester", 9, True, dt.date(2004, 5, 1)),
    ("Roxy Quayside", "Newcastle", 6, False, dt.date(2011, 10, 14)),
    ("Roxy Riverside", "Bristol", 7, True, dt.date(2016, 3, 18)),
    ("Roxy Old Town", "Edinburgh", 5, False, dt.date(1998, 12, 1)),
    ("Roxy Docklands", "Cardiff", 8, False, dt.date(2019, 7, 5)),
    ("Roxy Westgate", "Leeds", 4, False, dt.date(2023, 6, 9)),
]
GENRES = {"Action": 20, "Comedy": 16, "Drama": 14, "Animation": 12, "Horror": 9, "Sci-Fi": 10, "Documentary": 4,
          "Romance": 6, "Thriller": 9}
WORDS = ["Midnight", "Crimson", "Silent", "Last", "Golden", "Broken", "Hidden", "Electric", "Wild", "Frozen",
         "Paper", "Iron", "Lost", "Velvet", "Distant", "Burning"]
NOUNS = ["Harbor", "Empire", "Garden", "Signal", "Kingdom", "Horizon", "Promise", "Frontier", "Echo", "Orbit",
         "Voyage", "Summer", "Shadows", "Protocol", "Carnival", "Tide"]
DISTRIBUTORS = ["Northlight Pictures", "Bluebird Films", "Atlas Studios", "Meridian Releasing", "Kite Entertainment"]


def build_cinemas(path: Path | str) -> None:
    """cinemas (6), films (90, criticScore NULL when unreviewed), screenings (2023-2024, declared FKs)."""
    rng = random.Random(1004)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE cinemas("cinemaId" INTEGER PRIMARY KEY, "cinemaName" VARCHAR,
        city VARCHAR, "screenCount" INTEGER, "hasImax" BOOLEAN, "openedOn" DATE)""")
    con.execute("""CREATE OR REPLACE TABLE films("filmId" INTEGER PRIMARY KEY, title VARCHAR, genre VARCHAR,
        "ageRating" VARCHAR, "runtimeMinutes" INTEGER, "releaseDate" DATE, distributor VARCHAR,
        "criticScore" INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE screenings("screeningId" INTEGER PRIMARY KEY,
        "cinemaId" INTEGER REFERENCES cinemas("cinemaId"), "filmId" INTEGER REFERENCES films("filmId"),
        "startsAt" TIMESTAMP, "screenFormat" VARCHAR, "seatCapacity" INTEGER, "ticketsSold" INTEGER,
        "ticketPrice" DOUBLE, "isDiscountDay" BOOLEAN)""")
    cinemas = [(i, *c) for i, c in enumerate(CINEMAS, start=1)]
    films, titles = [], set()
    while len(films) < 90:
        title = f"{rng.choice(['The ', ''])}{rng.choice(WORDS)} {rng.choice(NOUNS)}"
        if title in titles:
            continue
        titles.add(title)
        genre = rng.choices(list(GENRES), list(GENRES.values()))[0]
        rating = "U" if genre == "Animation" and rng.random() < 0.6 else rng.choices(
            ["PG", "12A", "15", "18"], [20, 40, 30, 10] if genre != "Horror" else [0, 5, 50, 45])[0]
        runtime = rng.randint(80, 105) if genre == "Animation" else rng.randint(88, 175)
        released = _day(rng, dt.date(2022, 12, 1), 750)
        critic = rng.randint(18, 97) if rng.random() < 0.82 else None
        films.append((len(films) + 1, title, genre, rating, runtime, released, rng.choice(DISTRIBUTORS), critic))
    appeal = {f[0]: rng.uniform(0.15, 0.95) * (1.2 if f[7] and f[7] > 75 else 1.0) for f in films}
    screenings = []
    for day_no in range((END - dt.date(2023, 1, 1)).days + 1):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=day_no)
        showing = [f for f in films if f[5] <= day <= f[5] + dt.timedelta(days=42)]
        if not showing:
            continue
        for cinema in cinemas:
            if cinema[5] > day:
                continue
            for _ in range(rng.randint(1, max(1, cinema[3] // 2))):
                film = rng.choice(showing)
                fmt = "IMAX" if cinema[4] and rng.random() < 0.2 else rng.choices(["2D", "3D"], [85, 15])[0]
                capacity = {"IMAX": 320, "3D": 180}.get(fmt, rng.choice([80, 120, 150, 200]))
                discount = day.weekday() == 1
                weekend = day.weekday() >= 4
                sold = min(capacity, int(capacity * appeal[film[0]] * rng.uniform(0.2, 1.3) * (1.3 if weekend else 0.8)
                                         * (1.15 if discount else 1)))
                price = {"IMAX": 17.5, "3D": 14.0}.get(fmt, 11.0) * (0.6 if discount else 1.0)
                hour = rng.choice([11, 13, 14, 16, 17, 18, 19, 20, 21])
                screenings.append((len(screenings) + 1, cinema[0], film[0], _at(day, hour, rng.choice([0, 15, 30, 45])),
                                   fmt, capacity, sold, round(price, 2), discount))
    _insert(con, "cinemas", cinemas)
    _insert(con, "films", films)
    _insert(con, "screenings", screenings)
    con.close()


# ------------------------------------------------------------------------------------------------ bakery
SHOPS = [  # name, city, has_seating, opened_on, manager_name
    ("Crumb & Co Kings Road", "London", True, dt.date(2012, 4, 2), "Harriet Cole"),
    ("Crumb & Co Camden", "London", False, dt.date(2017, 9, 1), "Tomasz Wojcik"),
    ("Crumb & Co Clifton", "Bristol", True, dt.date(2015, 6, 15), "Aisha Rahman"),
    ("Crumb & Co Jericho", "Oxford", True, dt.date(2019, 3, 11), "Daniel Price"),
    ("Crumb & Co Mill Road", "Cambridge", False, dt.date(2021, 11, 20), "Sofia Marino"),
    ("Crumb & Co Lanes", "Brighton", True, dt.date(2023, 5, 6), "Ben Okoye"),
]
PRODUCTS = [  # name, category, unit_price, is_vegan, launched_on, discontinued_on, daily demand
    ("Sourdough Loaf", "bread", 4.8, True, dt.date(2012, 4, 2), None, 30),
    ("Seeded Rye", "bread", 4.5, True, dt.date(2014, 1, 1), None, 14),
    ("Baguette", "bread", 2.6, True, dt.date(2012, 4, 2), None, 26),
    ("Brioche Loaf", "bread", 5.2, False, dt.date(2018, 2, 1), None, 9),
    ("Butter Croissant", "pastry", 2.4, False, dt.date(2012, 4, 2), None, 48),
    ("Pain au Chocolat", "pastry", 2.7, False, dt.date(2012, 4, 2), None, 36),
    ("Almond Croissant", "pastry", 3.3, False, dt.date(2016, 5, 1), None, 20),
    ("Cinnamon Bun", "pastry", 3.1, False, dt.date(2019, 9, 1), None, 28),
    ("Vegan Danish", "pastry", 3.4, True, dt.date(2022, 3, 1), dt.date(2024, 2, 29), 8),
    ("Cardamom Knot", "pastry", 3.5, False, dt.date(2023, 4, 1), None, 17),
    ("Carrot Cake Slice", "cake", 4.2, False, dt.date(2013, 6, 1), None, 12),
    ("Lemon Drizzle Slice", "cake", 3.9, False, dt.date(2013, 6, 1), None, 13),
    ("Chocolate Brownie", "cake", 3.2, False, dt.date(2015, 1, 1), None, 22),
    ("Banana Bread Slice", "cake", 3.0, True, dt.date(2020, 4, 1), dt.date(2023, 8, 31), 10),
    ("Ham & Cheese Toastie", "savoury", 6.5, False, dt.date(2016, 1, 1), None, 18),
    ("Spinach Feta Roll", "savoury", 5.4, False, dt.date(2021, 1, 1), None, 11),
    ("Sausage Roll", "savoury", 3.8, False, dt.date(2012, 4, 2), dt.date(2024, 6, 30), 21),
    ("Hummus Wrap", "savoury", 5.9, True, dt.date(2022, 9, 1), None, 9),
]


def build_bakery(path: Path | str) -> None:
    """shops (6), products (18, discontinued_on NULL while sold), daily_sales (2022-2024, declared FKs)."""
    rng = random.Random(1005)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE shops(shop_id INTEGER PRIMARY KEY, shop_name VARCHAR, city VARCHAR,
        has_seating BOOLEAN, opened_on DATE, manager_name VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE products(product_id INTEGER PRIMARY KEY, product_name VARCHAR,
        category VARCHAR, unit_price DOUBLE, is_vegan BOOLEAN, launched_on DATE, discontinued_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE daily_sales(sale_date DATE, shop_id INTEGER REFERENCES shops(shop_id),
        product_id INTEGER REFERENCES products(product_id), units_baked INTEGER, units_sold INTEGER,
        revenue DOUBLE, PRIMARY KEY (sale_date, shop_id, product_id))""")
    shops = [(i, *s) for i, s in enumerate(SHOPS, start=1)]
    products = [(i, *p[:6]) for i, p in enumerate(PRODUCTS, start=1)]
    size = {1: 1.4, 2: 1.0, 3: 1.1, 4: 0.8, 5: 0.6, 6: 0.7}
    sales = []
    for day_no in range((END - dt.date(2022, 1, 1)).days + 1):
        day = dt.date(2022, 1, 1) + dt.timedelta(days=day_no)
        if (day.month, day.day) in ((12, 25), (12, 26), (1, 1)):
            continue
        weekend = 1.35 if day.weekday() >= 5 else 1.0
        for shop in shops:
            if shop[4] > day:
                continue
            for pid, prod in enumerate(PRODUCTS, start=1):
                if prod[4] > day or (prod[5] is not None and prod[5] < day) or rng.random() < 0.04:
                    continue
                demand = prod[6] * size[shop[0]] * weekend * rng.uniform(0.6, 1.3)
                baked = max(4, int(prod[6] * size[shop[0]] * weekend * 1.1))
                sold = min(baked, int(demand))
                price = prod[2] * (1 + 0.05 * (day.year - 2022))
                sales.append((day, shop[0], pid, baked, sold, round(sold * price, 2)))
    _insert(con, "shops", shops)
    _insert(con, "products", products)
    _insert(con, "daily_sales", sales)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "carrental": build_carrental,
    "vetclinic": build_vetclinic,
    "bikeshare": build_bikeshare,
    "cinemas": build_cinemas,
    "bakery": build_bakery,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval10-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval10-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval10-dbs"))
