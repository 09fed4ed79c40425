"""Builders of the eighty-seventh development evaluation corpus: five DuckDB files in small-business domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `vetpharmacy.duckdb`: a veterinary pharmacy's vets (birth date), pets (birth date), drugs and prescriptions
- `busdepot.duckdb`: a regional bus depot's buses, routes, drivers (birth year) and trips (driver link only implied)
- `coworking.duckdb`: a coworking space's members (birth date), desks, day bookings, room bookings and invoices
- `fishingcharter.duckdb`: a fishing charter's boats, customers (birth year), trips and catches
- `schoolcanteen.duckdb`: a school canteen's pupils, menu items, meals served and top-ups (camelCase)

Usage:
    python eval87/datasets.py OUTDIR

Example:
    >>> from eval87.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval87-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['busdepot.duckdb', 'coworking.duckdb', 'fishingcharter.duckdb', 'schoolcanteen.duckdb', 'vetpharmacy.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 8, last_hour: int = 18) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _weekday(rng: random.Random, start: dt.date, span_days: int) -> dt.date:
    """A random Monday-to-Friday day in [start, start + span_days)."""
    day = _day(rng, start, span_days)
    while day.weekday() >= 5:
        day = _day(rng, start, span_days)
    return day


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Aisling", "Bartek", "Cerys", "Dev", "Elodie", "Fergus", "Gwen", "Hamish", "Ifeoma", "Joss", "Kasia",
         "Lachlan", "Maeve", "Niamh", "Otis", "Priya", "Rhys", "Saoirse", "Tobias", "Una", "Vikram", "Winnie",
         "Xander", "Yusuf", "Zara", "Ciaran"]
LAST = ["Achterberg", "Blackwood", "Callaghan", "Dunmore", "Ellery", "Fairbairn", "Gallagher", "Hollis", "Iqbal",
        "Jardine", "Kavanagh", "Lomax", "McAllister", "Nakamura", "Ormerod", "Penhaligon", "Quayle", "Rutherford",
        "Sinclair", "Trelawny", "Underhill", "Varga", "Whitlock", "Yates"]
PUPIL_FIRST = ["Amara", "Bodhi", "Clara", "Dylan", "Evie", "Finn", "Grace", "Harrison", "Isla", "Jude", "Kian",
               "Lily", "Mason", "Nora", "Oscar", "Phoebe", "Rory", "Sofia", "Theo", "Willow"]

# ------------------------------------------------------------------------------------------ veterinary pharmacy
CLINICS = ["Northgate", "Riverside", "Hillcrest"]
SPECIES = {"dog": 45, "cat": 35, "rabbit": 8, "horse": 6, "guinea pig": 6}
PET_NAMES = ["Bella", "Max", "Luna", "Charlie", "Milo", "Daisy", "Teddy", "Poppy", "Bailey", "Coco", "Rosie",
             "Alfie", "Willow", "Biscuit", "Pepper", "Ziggy", "Maple", "Bramble", "Nutmeg", "Shadow"]
DRUGS = [(1, "Amoxiclav", "antibiotic", False, 0.021), (2, "Enrofloxacin", "antibiotic", False, 0.034),
         (3, "Metronidazole", "antibiotic", False, 0.015), (4, "Meloxicam", "NSAID", False, 0.62),
         (5, "Carprofen", "NSAID", False, 0.048), (6, "Robenacoxib", "NSAID", False, 0.31),
         (7, "Prednisolone", "steroid", False, 0.11), (8, "Dexamethasone", "steroid", False, 0.95),
         (9, "Milbemycin", "antiparasitic", False, 0.44), (10, "Fenbendazole", "antiparasitic", False, 0.006),
         (11, "Gabapentin", "analgesic", True, 0.009), (12, "Buprenorphine", "analgesic", True, 38.0),
         (13, "Tramadol", "analgesic", True, 0.027), (14, "Diazepam", "sedative", True, 0.19),
         (15, "Acepromazine", "sedative", False, 0.35)]
DOSE_MG = {"antibiotic": (50, 500), "NSAID": (1, 100), "steroid": (1, 40), "antiparasitic": (5, 250),
           "analgesic": (0.05, 300), "sedative": (1, 20)}


def build_vetpharmacy(path: Path | str) -> None:
    """vets (14, birth_date), pets (520, species, birth_date), drugs (15), prescriptions (2023-2024, dose_mg,
    collected_on NULL while waiting for collection)."""
    rng = random.Random(8701)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE vets(vet_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        birth_date DATE, clinic VARCHAR, qualified_year INTEGER, is_partner BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE pets(pet_id INTEGER PRIMARY KEY, pet_name VARCHAR, species VARCHAR,
        birth_date DATE, weight_kg DOUBLE, owner_surname VARCHAR, insured BOOLEAN, registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE drugs(drug_id INTEGER PRIMARY KEY, drug_name VARCHAR, drug_class VARCHAR,
        controlled BOOLEAN, price_per_mg_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE prescriptions(prescription_id INTEGER PRIMARY KEY,
        pet_id INTEGER REFERENCES pets(pet_id), vet_id INTEGER REFERENCES vets(vet_id),
        drug_id INTEGER REFERENCES drugs(drug_id), prescribed_at TIMESTAMP, dose_mg DOUBLE, doses_per_day INTEGER,
        days_supplied INTEGER, price_gbp DOUBLE, is_repeat BOOLEAN, collected_on DATE)""")
    vets = []
    for vid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 14), start=1):
        vets.append((vid, first, last, _day(rng, dt.date(1962, 1, 1), 12000), CLINICS[vid % 3],
                     rng.randint(1990, 2020), rng.random() < 0.3))
    pets = []
    weights = {"dog": (4, 45), "cat": (2.5, 7), "rabbit": (1, 3.5), "horse": (300, 650), "guinea pig": (0.7, 1.3)}
    for pid in range(1, 521):
        species = rng.choices(list(SPECIES), list(SPECIES.values()))[0]
        lo, hi = weights[species]
        pets.append((pid, rng.choice(PET_NAMES), species, _day(rng, dt.date(2006, 1, 1), 6700),
                     round(rng.uniform(lo, hi), 1), rng.choice(LAST), rng.random() < 0.55,
                     _day(rng, dt.date(2019, 1, 1), 2000)))
    rx = []
    for rid in range(1, 2401):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        pet = rng.choice(pets)
        drug = rng.choice(DRUGS)
        lo, hi = DOSE_MG[drug[2]]
        dose = round(rng.uniform(lo, hi) * (4 if pet[2] == "horse" else 1), 1)
        per_day = rng.choice([1, 1, 2, 2, 3])
        days = rng.choice([5, 7, 7, 10, 14, 28])
        price = round(min(dose * per_day * days * drug[4], 400) + 6.5, 2)
        collected = day + dt.timedelta(days=rng.randint(0, 6))
        if rng.random() < 0.07 or collected > dt.date(2024, 12, 31):
            collected = None
        rx.append((rid, pet[0], rng.choice(vets)[0], drug[0], _moment(rng, day, 8, 19), dose, per_day, days,
                   price, rng.random() < 0.28, collected))
    _insert(con, "vets", vets)
    _insert(con, "pets", pets)
    _insert(con, "drugs", DRUGS)
    _insert(con, "prescriptions", rx)
    con.close()


# ------------------------------------------------------------------------------------------ bus depot
AREAS = ["north", "south", "east", "west", "town centre"]


def build_busdepot(path: Path | str) -> None:
    """buses (40, fuel_type, year_built, withdrawn_on NULL while in service), routes (16), drivers (60, birth_year,
    hire_date, left_on NULL while employed), trips (2023-2025, driver_id only implied, boardings, delay_minutes)."""
    rng = random.Random(8702)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE buses(bus_id INTEGER PRIMARY KEY, fleet_number VARCHAR,
        fuel_type VARCHAR, year_built INTEGER, seats INTEGER, low_floor BOOLEAN, withdrawn_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE routes(route_id INTEGER PRIMARY KEY, route_number VARCHAR,
        route_name VARCHAR, area VARCHAR, length_km DOUBLE, school_service BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE drivers(driver_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, hire_date DATE, left_on DATE, part_time BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE trips(trip_id INTEGER PRIMARY KEY,
        route_id INTEGER REFERENCES routes(route_id), bus_id INTEGER REFERENCES buses(bus_id), driver_id INTEGER,
        scheduled_departure TIMESTAMP, delay_minutes INTEGER, boardings INTEGER, fare_revenue_gbp DOUBLE,
        cancelled BOOLEAN)""")
    buses = []
    for bid in range(1, 41):
        year = rng.randint(2008, 2023)
        fuel = "electric" if year >= 2020 and rng.random() < 0.6 else rng.choice(["diesel", "diesel", "hybrid"])
        withdrawn = _day(rng, dt.date(2023, 3, 1), 700) if year < 2012 and rng.random() < 0.6 else None
        buses.append((bid, f"BD{100 + bid}", fuel, year, rng.choice([33, 41, 45, 72, 80]), year >= 2011,
                      withdrawn))
    places = ["Abbey Park", "Bridge Street", "Castle Hill", "Dockside", "Elm Grove", "Fairfield", "Greenway",
              "Harbour", "Ivy Lane", "Kingsmead", "Longmoor", "Market Square", "Northfields", "Oakwood",
              "Priory", "Queensway"]
    routes = []
    for rid, place in enumerate(places, start=1):
        routes.append((rid, str(rid if rid < 10 else 10 * rid), f"Bus Station - {place}", AREAS[rid % 5],
                       round(rng.uniform(6, 38), 1), rid % 6 == 0))
    drivers = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 60), start=1):
        hired = _day(rng, dt.date(2005, 1, 1), 7000)
        left = _day(rng, dt.date(2023, 6, 1), 650) if rng.random() < 0.15 else None
        drivers.append((did, first, last, rng.randint(1960, 2000), hired, left, rng.random() < 0.25))
    trips = []
    popular = {rid: rng.uniform(0.5, 1.6) for rid in range(1, 17)}
    for tid in range(1, 4501):
        day = _day(rng, dt.date(2023, 1, 1), 882)
        route = rng.choice(routes)
        bus = rng.choice([b for b in buses if b[6] is None or b[6] > day])
        driver = rng.choice([d for d in drivers if d[4] <= day and (d[5] is None or d[5] > day)])
        when = _moment(rng, day, 5, 22)
        cancelled = rng.random() < 0.04
        peak = 1.6 if when.hour in (7, 8, 16, 17) else 1.0
        sunday = 0.6 if day.weekday() == 6 else 1.0
        boardings = 0 if cancelled else int(rng.randint(3, 40) * peak * popular[route[0]] * sunday)
        delay = 0 if cancelled else max(0, int(rng.gauss(3, 5) * peak))
        fares = round(boardings * rng.uniform(1.2, 2.4), 2)
        trips.append((tid, route[0], bus[0], driver[0], when, delay, boardings, fares, cancelled))
    _insert(con, "buses", buses)
    _insert(con, "routes", routes)
    _insert(con, "drivers", drivers)
    _insert(con, "trips", trips)
    con.close()


# ------------------------------------------------------------------------------------------ coworking
PLANS = {"hot desk": 40, "fixed desk": 20, "day pass": 25, "virtual office": 15}
ZONES = ["quiet", "social", "window", "studio"]
ROOMS = {"Boardroom": 45.0, "Pod A": 15.0, "Pod B": 15.0, "Loft": 30.0}


def build_coworking(path: Path | str) -> None:
    """members (260, birth_date, plan, left_on NULL while a member), desks (30), day_bookings (2023-2024),
    room_bookings (starts_at/ends_at TIMESTAMP), invoices (paid, paid_on NULL while unpaid)."""
    rng = random.Random(8703)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, company VARCHAR, plan VARCHAR, joined_on DATE, left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE desks(desk_id INTEGER PRIMARY KEY, desk_code VARCHAR, zone VARCHAR,
        has_monitor BOOLEAN, standing_desk BOOLEAN, day_rate_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE day_bookings(booking_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), desk_id INTEGER REFERENCES desks(desk_id),
        booking_date DATE, checked_in BOOLEAN, charge_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE room_bookings(room_booking_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), room_name VARCHAR, starts_at TIMESTAMP, ends_at TIMESTAMP,
        attendees INTEGER, cost_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE invoices(invoice_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), issued_on DATE, amount_gbp DOUBLE, paid BOOLEAN,
        paid_on DATE)""")
    companies = ["Nimbus Design", "Fieldnote Labs", "Orbit Legal", "Saltmarsh Media", "Kite Analytics", None, None,
                 None, None]
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 260), start=1):
        joined = _day(rng, dt.date(2021, 6, 1), 1250)
        left = joined + dt.timedelta(days=rng.randint(60, 600)) if rng.random() < 0.3 else None
        if left is not None and left > dt.date(2024, 12, 31):
            left = None
        members.append((mid, first, last, _day(rng, dt.date(1965, 1, 1), 13500), rng.choice(companies),
                        rng.choices(list(PLANS), list(PLANS.values()))[0], joined, left))
    desks = []
    for did in range(1, 31):
        zone = ZONES[did % 4]
        desks.append((did, f"{zone[0].upper()}{did:02d}", zone, rng.random() < 0.6, rng.random() < 0.25,
                      {"quiet": 22.0, "social": 18.0, "window": 25.0, "studio": 28.0}[zone]))
    desk_members = [m for m in members if m[5] != "virtual office"]
    day_bookings = []
    for bid in range(1, 3201):
        day = _weekday(rng, dt.date(2023, 1, 1), 731)
        member = rng.choice(desk_members)
        desk = rng.choice(desks)
        charge = desk[5] if member[5] == "day pass" else 0.0
        day_bookings.append((bid, member[0], desk[0], day, rng.random() < 0.9, charge))
    room_bookings = []
    for rid in range(1, 901):
        day = _weekday(rng, dt.date(2023, 1, 1), 731)
        start = dt.datetime.combine(day, dt.time(rng.randint(8, 17), rng.choice([0, 30])))
        length = rng.choice([30, 60, 60, 90, 120, 180, 240])
        room = rng.choice(list(ROOMS))
        room_bookings.append((rid, rng.choice(members)[0], room, start, start + dt.timedelta(minutes=length),
                              rng.randint(2, 12 if room == "Boardroom" else 4), ROOMS[room] * length / 60))
    invoices = []
    iid = 0
    for month in range(24):
        issued = dt.date(2023 + month // 12, month % 12 + 1, 1)
        for member in members:
            if member[6] > issued or (member[7] is not None and member[7] < issued) or rng.random() < 0.3:
                continue
            iid += 1
            amount = {"hot desk": 180.0, "fixed desk": 320.0, "day pass": 0.0, "virtual office": 60.0}[member[5]]
            amount = round(amount + rng.choice([0, 0, 15, 45, 90]) * rng.random(), 2) or 25.0
            paid_on = issued + dt.timedelta(days=rng.randint(1, 40))
            if rng.random() < 0.1 or paid_on > dt.date(2024, 12, 31):
                paid_on = None
            invoices.append((iid, member[0], issued, amount, paid_on is not None, paid_on))
    _insert(con, "members", members)
    _insert(con, "desks", desks)
    _insert(con, "day_bookings", day_bookings)
    _insert(con, "room_bookings", room_bookings)
    _insert(con, "invoices", invoices)
    con.close()


# ------------------------------------------------------------------------------------------ fishing charter
BOATS = [(1, "Sea Wren", "Brixham", 10.5, 8), (2, "Morning Star", "Brixham", 12.0, 10),
         (3, "Kittiwake", "Padstow", 9.8, 6), (4, "Blue Horizon", "Padstow", 13.2, 12),
         (5, "Grey Seal", "Whitby", 11.0, 8), (6, "Northern Light", "Oban", 14.5, 12)]
FISH = {"mackerel": (0.3, 0.9, 40), "pollack": (1.0, 6.0, 18), "cod": (1.5, 12.0, 12), "bass": (1.0, 5.5, 10),
        "ling": (3.0, 15.0, 8), "conger eel": (5.0, 30.0, 5), "blue shark": (20.0, 70.0, 3),
        "ballan wrasse": (0.8, 3.0, 9)}
TRIP_TYPES = {"wreck": 110.0, "reef": 85.0, "mackerel": 40.0, "shark": 160.0}


def build_fishingcharter(path: Path | str) -> None:
    """boats (6), customers (380, birth_year), trips (2023-2025, hours_at_sea, returned_at NULL when abandoned),
    catches (species, weight_kg, released)."""
    rng = random.Random(8704)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE boats(boat_id INTEGER PRIMARY KEY, boat_name VARCHAR, home_port VARCHAR,
        length_m DOUBLE, max_anglers INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, county VARCHAR, club_member BOOLEAN, first_booked DATE)""")
    con.execute("""CREATE OR REPLACE TABLE trips(trip_id INTEGER PRIMARY KEY,
        boat_id INTEGER REFERENCES boats(boat_id), lead_customer_id INTEGER REFERENCES customers(customer_id),
        trip_type VARCHAR, departed_at TIMESTAMP, returned_at TIMESTAMP, hours_at_sea DOUBLE, anglers INTEGER,
        price_per_angler_gbp DOUBLE, fuel_litres DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE catches(catch_id INTEGER PRIMARY KEY,
        trip_id INTEGER REFERENCES trips(trip_id), customer_id INTEGER REFERENCES customers(customer_id),
        species VARCHAR, weight_kg DOUBLE, length_cm INTEGER, released BOOLEAN)""")
    counties = ["Devon", "Cornwall", "Yorkshire", "Argyll", "Somerset", "Dorset"]
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 380), start=1):
        customers.append((cid, first, last, rng.randint(1950, 2006), rng.choice(counties), rng.random() < 0.2,
                          _day(rng, dt.date(2020, 1, 1), 1500)))
    trips, catches = [], []
    for tid in range(1, 701):
        day = _day(rng, dt.date(2023, 3, 1), 800)
        while day.month in (12, 1, 2):
            day = _day(rng, dt.date(2023, 3, 1), 800)
        boat = rng.choice(BOATS)
        kind = rng.choices(list(TRIP_TYPES), [30, 30, 30, 10])[0]
        depart = dt.datetime.combine(day, dt.time(rng.choice([5, 6, 7, 8, 9, 14, 17]), rng.choice([0, 30])))
        hours = {"wreck": 9.0, "reef": 6.0, "mackerel": 3.0, "shark": 10.0}[kind] * rng.uniform(0.8, 1.1)
        abandoned = rng.random() < 0.05
        if abandoned:
            hours *= 0.4
        hours = round(hours, 1)
        returned = None if abandoned else depart + dt.timedelta(hours=hours)
        anglers = rng.randint(2, boat[4])
        trips.append((tid, boat[0], rng.choice(customers)[0], kind, depart, returned, hours, anglers,
                      TRIP_TYPES[kind], round(hours * boat[3] * rng.uniform(1.6, 2.2), 1)))
        party = rng.sample(customers, anglers)
        for _ in range(0 if abandoned else rng.randint(1, 7)):
            species = rng.choices(list(FISH), [v[2] for v in FISH.values()])[0]
            if kind == "shark" and rng.random() < 0.5:
                species = "blue shark"
            lo, hi, _w = FISH[species]
            weight = round(rng.uniform(lo, hi), 2)
            catches.append((len(catches) + 1, tid, rng.choice(party)[0], species, weight,
                            int(30 * weight ** 0.33 + rng.randint(0, 8)),
                            species in ("blue shark", "conger eel") or rng.random() < 0.2))
    _insert(con, "boats", BOATS)
    _insert(con, "customers", customers)
    _insert(con, "trips", trips)
    _insert(con, "catches", catches)
    con.close()


# ------------------------------------------------------------------------------------------ school canteen
MENU = [(1, "Roast Chicken Dinner", "main", 2.60, True, False, False, 640),
        (2, "Fish Fingers and Chips", "main", 2.40, True, False, False, 710),
        (3, "Beef Lasagne", "main", 2.60, True, True, False, 680),
        (4, "Veggie Chilli", "vegetarian", 2.30, False, False, False, 520),
        (5, "Cheese and Tomato Pizza", "vegetarian", 2.30, True, True, False, 600),
        (6, "Jacket Potato with Beans", "vegetarian", 2.10, False, False, False, 450),
        (7, "Chicken Wrap", "grab and go", 2.20, True, True, False, 480),
        (8, "Tuna Sandwich", "grab and go", 1.90, True, True, False, 390),
        (9, "Chocolate Sponge", "dessert", 0.90, True, True, False, 340),
        (10, "Fruit Pot", "dessert", 0.70, False, False, False, 90),
        (11, "Flapjack", "dessert", 0.80, True, True, True, 310),
        (12, "Peanut Noodle Salad", "vegetarian", 2.40, True, False, True, 560)]


def build_schoolcanteen(path: Path | str) -> None:
    """pupils (300, camelCase, birthDate, yearGroup 7-11, freeMeals, leftOn NULL while on roll), menuItems (12,
    allergens), mealsServed (Sept 2023 - Mar 2025, school days), topUps (toppedUpAt TIMESTAMP, amountGbp)."""
    rng = random.Random(8705)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE pupils("pupilId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthDate" DATE, "yearGroup" INTEGER, "tutorGroup" VARCHAR, "freeMeals" BOOLEAN,
        "leftOn" DATE)""")
    con.execute("""CREATE OR REPLACE TABLE "menuItems"("itemId" INTEGER PRIMARY KEY, "itemName" VARCHAR,
        category VARCHAR, "priceGbp" DOUBLE, "containsGluten" BOOLEAN, "containsDairy" BOOLEAN, "containsNuts" BOOLEAN,
        "caloriesKcal" INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE "mealsServed"("mealId" INTEGER PRIMARY KEY,
        "pupilId" INTEGER REFERENCES pupils("pupilId"), "itemId" INTEGER REFERENCES "menuItems"("itemId"),
        "servedAt" TIMESTAMP, "pricePaidGbp" DOUBLE, "freeMeal" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE "topUps"("topUpId" INTEGER PRIMARY KEY,
        "pupilId" INTEGER REFERENCES pupils("pupilId"), "toppedUpAt" TIMESTAMP, "amountGbp" DOUBLE,
        method VARCHAR)""")
    pupils = []
    for pid, (first, last) in enumerate(_unique_names(rng, PUPIL_FIRST, LAST, 300), start=1):
        year = rng.randint(7, 11)
        birth = dt.date(2023 - year - 5, 9, 1) + dt.timedelta(days=rng.randrange(365))
        left = _day(rng, dt.date(2023, 11, 1), 480) if rng.random() < 0.08 else None
        pupils.append((pid, first, last, birth, year, f"{year}{rng.choice('ABC')}", rng.random() < 0.22, left))
    meals, topups = [], []
    for mid in range(1, 5201):
        day = _weekday(rng, dt.date(2023, 9, 4), 575)
        while day.month == 8:
            day = _weekday(rng, dt.date(2023, 9, 4), 575)
        pupil = rng.choice([p for p in pupils if p[7] is None or p[7] > day])
        item = rng.choices(MENU, [9, 10, 7, 5, 8, 4, 6, 5, 6, 5, 4, 2])[0]
        free = pupil[6] and item[2] != "dessert"
        served = dt.datetime.combine(day, dt.time(rng.choice([11, 12, 12, 13]), rng.randrange(60)))
        meals.append((mid, pupil[0], item[0], served, 0.0 if free else item[3], free))
    for tid in range(1, 1101):
        day = _day(rng, dt.date(2023, 9, 1), 580)
        pupil = rng.choice(pupils)
        topups.append((tid, pupil[0], _moment(rng, day, 6, 22), float(rng.choice([5, 10, 10, 15, 20, 25, 30])),
                       rng.choices(["online", "cash", "card"], [6, 2, 2])[0]))
    _insert(con, "pupils", pupils)
    _insert(con, "menuItems", MENU)
    _insert(con, "mealsServed", meals)
    _insert(con, "topUps", topups)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "vetpharmacy": build_vetpharmacy,
    "busdepot": build_busdepot,
    "coworking": build_coworking,
    "fishingcharter": build_fishingcharter,
    "schoolcanteen": build_schoolcanteen,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval87-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval87-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval87-dbs"))
