"""Builders of the seventy-eighth held-out evaluation corpus: five DuckDB files in leisure and community domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `foodbank.duckdb`: a food bank's donors (birth year for individuals), donations by food category in kg, food
  parcels handed out and volunteer shifts (NULL end while a shift is still running or was missed)
- `trampoline.duckdb`: a trampoline park's customers (birth date), jump sessions, party bookings (NULL cancellation
  date unless cancelled) and waivers
- `auction.duckdb`: an auction house's consignors (birth year), lots with estimates, bidders and hammer sales
  (NULL paid date while unpaid)
- `swimmingpool.duckdb`: a municipal pool's lanes, swimmers (birth year, NULL left date while a member), swims
  (swimmer link only implied by its name) and swimming lessons
- `scooters.duckdb`: an electric scooter rental's scooters, riders (birth date), trips and battery swaps
  (camelCase columns; NULL retirement date while in service)

Usage:
    python eval78/datasets.py OUTDIR

Example:
    >>> from eval78.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval78-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['auction.duckdb', 'foodbank.duckdb', 'scooters.duckdb', 'swimmingpool.duckdb', 'trampoline.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 7, last_hour: int = 18) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Aisha", "Bethan", "Callum", "Daisy", "Eamon", "Freya", "Gareth", "Hana", "Ivan", "Jodie", "Kieran",
         "Leah", "Mohammed", "Nadia", "Owen", "Priya", "Quinn", "Rosie", "Sean", "Tilly", "Usman", "Vanessa",
         "Wesley", "Zara"]
LAST = ["Ashworth", "Baines", "Crowther", "Dobson", "Ellison", "Fairclough", "Gill", "Holroyd", "Iqbal", "Jagger",
        "Kendall", "Lumb", "Metcalfe", "Nuttall", "Ormerod", "Pollard", "Rushworth", "Sutcliffe", "Thackray",
        "Varley", "Whiteley", "Yeadon"]
ORG_DONORS = [("Morrisons Westgate", "supermarket"), ("Co-op High Street", "supermarket"),
              ("Aldi Ring Road", "supermarket"), ("St Mary's Church", "church"), ("Grace Baptist Church", "church"),
              ("Holy Trinity", "church"), ("Parkside Primary", "school"), ("Brookfield Academy", "school"),
              ("Kings Road Infants", "school"), ("Harrow Logistics", "business"), ("Pennine Print Co", "business")]
FOOD_CATEGORIES = {"tinned food": (0.6, 2.1), "dry goods": (1.0, 2.6), "fresh produce": (0.3, 1.4),
                   "toiletries": (0.4, 4.5), "baby supplies": (0.5, 5.0)}
TOWNS = ["Halifax", "Brighouse", "Elland", "Sowerby Bridge", "Todmorden"]
HUBS = ["north hub", "south hub", "town centre"]


def build_foodbank(path: Path | str) -> None:
    """donors (individuals with birth_year, organisations with NULL), donations (2023-01..2025-03, kg), parcels,
    volunteer_shifts (ended_at NULL for a no-show)."""
    rng = random.Random(7801)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE donors(donor_id INTEGER PRIMARY KEY, donor_name VARCHAR,
        donor_type VARCHAR, town VARCHAR, birth_year INTEGER, first_gave_on DATE, gift_aid BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE donations(donation_id INTEGER PRIMARY KEY,
        donor_id INTEGER REFERENCES donors(donor_id), received_at TIMESTAMP, food_category VARCHAR,
        weight_kg DOUBLE, est_value_gbp DOUBLE, collected_by_van BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE parcels(parcel_id INTEGER PRIMARY KEY, handed_out_at TIMESTAMP,
        distribution_point VARCHAR, parcel_type VARCHAR, household_size INTEGER, weight_kg DOUBLE,
        referral_agency VARCHAR, home_delivery BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE volunteer_shifts(shift_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, task VARCHAR, distribution_point VARCHAR, started_at TIMESTAMP,
        ended_at TIMESTAMP, first_shift BOOLEAN)""")
    end = dt.date(2025, 3, 31)
    start = dt.date(2023, 1, 1)
    span = (end - start).days + 1
    donors = []
    for name, kind in ORG_DONORS:
        donors.append((len(donors) + 1, name, kind, rng.choice(TOWNS), None, _day(rng, dt.date(2015, 1, 1), 2900),
                       False))
    for first, last in _unique_names(rng, FIRST, LAST, 150):
        donors.append((len(donors) + 1, f"{first} {last}", "individual", rng.choice(TOWNS), rng.randint(1942, 2004),
                       _day(rng, dt.date(2016, 1, 1), 3200), rng.random() < 0.45))
    weights = [12.0 if d[2] == "supermarket" else 4.0 if d[2] in ("church", "school") else 2.5 if d[2] == "business"
               else 0.6 for d in donors]
    donations = []
    while len(donations) < 2600:
        donor = rng.choices(donors, weights)[0]
        day = _day(rng, start, span)
        if day < donor[5]:
            continue
        category = rng.choices(list(FOOD_CATEGORIES), [34, 30, 14, 12, 10])[0]
        scale = 6.0 if donor[2] == "supermarket" else 2.5 if donor[2] != "individual" else 1.0
        kg = round(rng.uniform(1.5, 14) * scale * (1.6 if day.month == 12 else 1.0), 1)
        low, high = FOOD_CATEGORIES[category]
        donations.append((len(donations) + 1, donor[0], _moment(rng, day, 8, 19), category, kg,
                          round(kg * rng.uniform(low, high), 2), donor[2] == "supermarket" or rng.random() < 0.08))
    parcels = []
    agencies = ["Citizens Advice", "GP surgery", "school", "council", "self-referral"]
    for pid in range(1, 2201):
        day = _day(rng, start, span)
        while day.weekday() == 6:
            day = _day(rng, start, span)
        ptype = rng.choices(["standard", "emergency", "baby", "halal"], [60, 20, 10, 10])[0]
        size = rng.choices([1, 2, 3, 4, 5, 6], [28, 22, 18, 16, 10, 6])[0]
        parcels.append((pid, _moment(rng, day, 9, 17), rng.choices(HUBS, [35, 25, 40])[0], ptype, size,
                        round((7 + 2.4 * size) * rng.uniform(0.85, 1.15) * (0.6 if ptype == "emergency" else 1), 1),
                        rng.choices(agencies, [30, 15, 15, 25, 15])[0], rng.random() < 0.14))
    people = [(f, la, _day(rng, dt.date(1948, 1, 1), 21000)) for f, la in _unique_names(rng, FIRST, LAST, 40)]
    shifts = []
    seen: set[int] = set()
    for sid in range(1, 1401):
        k = rng.randrange(len(people)) if rng.random() < 0.9 else rng.randrange(12)
        first, last, birth = people[k]
        day = _day(rng, start, span)
        task = rng.choices(["sorting", "packing", "driving", "front desk"], [30, 35, 15, 20])[0]
        began = _moment(rng, day, 8, 15)
        ended = None if rng.random() < 0.05 else began + dt.timedelta(minutes=rng.choice([120, 150, 180, 210, 240]))
        shifts.append((sid, first, last, birth, task, rng.choice(HUBS), began, ended, k not in seen))
        seen.add(k)
    _insert(con, "donors", donors)
    _insert(con, "donations", donations)
    _insert(con, "parcels", parcels)
    _insert(con, "volunteer_shifts", shifts)
    con.close()


# ------------------------------------------------------------------------------------------------- trampoline
ZONES = {"main court": 1.0, "foam pit": 1.0, "dodgeball": 1.1, "ninja course": 1.25}
PACKAGES = {"bronze": 14.0, "silver": 18.0, "gold": 24.0}


def build_trampoline(path: Path | str) -> None:
    """customers (birth_date), waivers (expires_on), jump_sessions (2023-01..2025-06), party_bookings
    (cancelled_on NULL unless cancelled)."""
    rng = random.Random(7802)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, home_town VARCHAR, is_member BOOLEAN, registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE waivers(waiver_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), signed_at TIMESTAMP, expires_on DATE,
        signed_by_guardian BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE jump_sessions(session_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), started_at TIMESTAMP, duration_min INTEGER,
        zone VARCHAR, price_gbp DOUBLE, grip_socks_bought BOOLEAN, injury_reported BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE party_bookings(booking_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), booked_on DATE, party_date DATE, package VARCHAR,
        guests INTEGER, total_gbp DOUBLE, deposit_paid BOOLEAN, cancelled_on DATE)""")
    start, end = dt.date(2023, 1, 1), dt.date(2025, 6, 30)
    span = (end - start).days + 1
    towns = ["Wakefield", "Pontefract", "Castleford", "Ossett", "Normanton"]
    customers = []
    for first, last in _unique_names(rng, FIRST, LAST, 420):
        child = rng.random() < 0.65
        birth = _day(rng, dt.date(2008, 1, 1), 5000) if child else _day(rng, dt.date(1970, 1, 1), 11000)
        customers.append((len(customers) + 1, first, last, birth, rng.choices(towns, [35, 20, 20, 15, 10])[0],
                          rng.random() < 0.25, _day(rng, dt.date(2021, 6, 1), 1400)))
    waivers = []
    for c in customers:
        signed = dt.datetime.combine(max(c[6], dt.date(2022, 6, 1)), dt.time(rng.randint(9, 19), rng.randrange(60)))
        while signed.date() <= end:
            adult = (signed.date() - c[3]).days >= 18 * 365.25
            waivers.append((len(waivers) + 1, c[0], signed, signed.date() + dt.timedelta(days=365), not adult))
            signed += dt.timedelta(days=365 + rng.randint(0, 200))
    activity = [rng.uniform(0.3, 3.0) * (1.8 if c[5] else 1) for c in customers]
    sessions = []
    while len(sessions) < 3600:
        c = rng.choices(customers, activity)[0]
        day = _day(rng, start, span)
        if day < c[6]:
            continue
        weekend = day.weekday() >= 5
        if not weekend and rng.random() < 0.4:
            continue
        duration = rng.choices([60, 90, 120], [60, 28, 12])[0]
        zone = rng.choices(list(ZONES), [45, 25, 18, 12])[0]
        price = round((13.5 if duration == 60 else 18.0 if duration == 90 else 22.0) * ZONES[zone]
                      * (0.8 if c[5] else 1.0) * (1.05 if day.year >= 2024 else 1.0), 2)
        sessions.append((len(sessions) + 1, c[0], _moment(rng, day, 9 if weekend else 14, 19), duration, zone, price,
                         rng.random() < 0.3, rng.random() < (0.03 if zone == "foam pit" else 0.012)))
    bookings = []
    for bid in range(1, 341):
        c = rng.choice([x for x in customers if (end - x[3]).days > 20 * 365])
        party = _day(rng, start, span)
        package = rng.choices(list(PACKAGES), [40, 38, 22])[0]
        guests = rng.randint(8, 30)
        cancelled = party - dt.timedelta(days=rng.randint(1, 20)) if rng.random() < 0.1 else None
        bookings.append((bid, c[0], party - dt.timedelta(days=rng.randint(5, 70)), party, package, guests,
                         round(guests * PACKAGES[package] + 40, 2), rng.random() < 0.82, cancelled))
    _insert(con, "customers", customers)
    _insert(con, "waivers", waivers)
    _insert(con, "jump_sessions", sessions)
    _insert(con, "party_bookings", bookings)
    con.close()


# ---------------------------------------------------------------------------------------------------- auction
CATEGORIES = {"paintings": (300, 9000), "furniture": (150, 4000), "jewellery": (200, 6000), "ceramics": (60, 1500),
              "silver": (100, 2500), "clocks": (120, 3000)}
SALE_DAYS = [dt.date(2023, 1, 1) + dt.timedelta(days=14 * k + 3) for k in range(52)]
COUNTRIES = ["UK", "UK", "UK", "USA", "France", "Germany", "Netherlands", "Ireland"]


def build_auction(path: Path | str) -> None:
    """consignors (birth_year), lots (estimates, sale_date on fortnightly sales 2023-2024, withdrawn), bidders,
    hammer_sales (one per sold lot; paid_on NULL while unpaid)."""
    rng = random.Random(7803)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE consignors(consignor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, city VARCHAR, is_dealer BOOLEAN, commission_pct DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE lots(lot_id INTEGER PRIMARY KEY,
        consignor_id INTEGER REFERENCES consignors(consignor_id), sale_date DATE, lot_number INTEGER,
        category VARCHAR, title VARCHAR, low_estimate_gbp DOUBLE, high_estimate_gbp DOUBLE, reserve_gbp DOUBLE,
        withdrawn BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bidders(bidder_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, country VARCHAR, registered_on DATE, online_only BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE hammer_sales(sale_id INTEGER PRIMARY KEY,
        lot_id INTEGER REFERENCES lots(lot_id), bidder_id INTEGER REFERENCES bidders(bidder_id),
        hammer_at TIMESTAMP, hammer_price_gbp DOUBLE, buyers_premium_gbp DOUBLE, channel VARCHAR, paid_on DATE)""")
    names = _unique_names(rng, FIRST, LAST, 300)
    cities = ["York", "Harrogate", "Leeds", "Ripon", "Skipton", "Durham"]
    consignors = [(k + 1, f, la, rng.randint(1935, 1995), rng.choices(cities, [30, 25, 20, 10, 10, 5])[0],
                   k % 6 == 0, 12.0 if k % 6 == 0 else 15.0) for k, (f, la) in enumerate(names[:90])]
    bidders = [(k + 1, f, la, rng.choice(COUNTRIES), _day(rng, dt.date(2015, 1, 1), 3200), rng.random() < 0.35)
               for k, (f, la) in enumerate(names[90:])]
    words = {"paintings": ["Oil on canvas, harbour scene", "Watercolour, Dales landscape", "Portrait of a lady"],
             "furniture": ["Victorian mahogany chest", "Georgian oak bureau", "Pair of walnut chairs"],
             "jewellery": ["Diamond solitaire ring", "Edwardian pearl brooch", "Gold bracelet"],
             "ceramics": ["Moorcroft vase", "Royal Doulton figure", "Staffordshire pair"],
             "silver": ["Georgian silver teapot", "Set of silver spoons", "Silver salver"],
             "clocks": ["Longcase clock", "French mantel clock", "Carriage clock"]}
    lots, sales = [], []
    for day in SALE_DAYS:
        for num in range(1, rng.randint(18, 34)):
            category = rng.choices(list(CATEGORIES), [20, 22, 16, 18, 14, 10])[0]
            lo, hi = CATEGORIES[category]
            low = round(rng.uniform(lo, hi) / 10) * 10
            high = low * rng.choice([1.5, 1.5, 2.0])
            reserve = round(low * 0.8 / 10) * 10
            withdrawn = rng.random() < 0.03
            lot = (len(lots) + 1, rng.randint(1, 90), day, num, category, rng.choice(words[category]), float(low),
                   float(high), float(reserve), withdrawn)
            lots.append(lot)
            if withdrawn:
                continue
            price = round(low * rng.lognormvariate(0.15, 0.45) / 5) * 5
            if price < reserve:
                continue
            bidder = bidders[rng.randrange(len(bidders))]
            channel = "online" if bidder[5] else rng.choices(["room", "phone", "online"], [45, 20, 35])[0]
            at = dt.datetime.combine(day, dt.time(10, 0)) + dt.timedelta(minutes=2 * num + rng.randint(0, 1))
            paid = None if rng.random() < 0.05 else day + dt.timedelta(days=rng.randint(0, 21))
            sales.append((len(sales) + 1, lot[0], bidder[0], at, float(price), round(price * 0.25, 2), channel, paid))
    _insert(con, "consignors", consignors)
    _insert(con, "lots", lots)
    _insert(con, "bidders", bidders)
    _insert(con, "hammer_sales", sales)
    con.close()


# ------------------------------------------------------------------------------------------------ swimming pool
LANES = [(1, 1, "main pool", 25, "slow", False), (2, 2, "main pool", 25, "slow", False),
         (3, 3, "main pool", 25, "medium", False), (4, 4, "main pool", 25, "medium", False),
         (5, 5, "main pool", 25, "fast", False), (6, 6, "main pool", 25, "fast", False),
         (7, 1, "learner pool", 15, "slow", True), (8, 2, "learner pool", 15, "slow", True)]
MEMBERSHIPS = ["adult", "junior", "senior", "pay as you go"]


def build_swimmingpool(path: Path | str) -> None:
    """lanes (8), swimmers (birth_year, left_on NULL while still a member), swims (2023-2024; swimmer_id not declared
    as a foreign key), lessons (attended, fee)."""
    rng = random.Random(7804)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE lanes(lane_id INTEGER PRIMARY KEY, lane_number INTEGER, pool VARCHAR,
        length_m INTEGER, speed VARCHAR, heated BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE swimmers(swimmer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, membership VARCHAR, joined_on DATE, left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE swims(swim_id INTEGER PRIMARY KEY, swimmer_id INTEGER,
        lane_id INTEGER REFERENCES lanes(lane_id), entered_at TIMESTAMP, minutes INTEGER, lengths INTEGER,
        stroke VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE lessons(lesson_id INTEGER PRIMARY KEY,
        swimmer_id INTEGER REFERENCES swimmers(swimmer_id), lesson_date DATE, start_time TIMESTAMP, level VARCHAR,
        instructor VARCHAR, fee_gbp DOUBLE, attended BOOLEAN)""")
    swimmers = []
    for first, last in _unique_names(rng, FIRST, LAST, 320):
        membership = rng.choices(MEMBERSHIPS, [40, 22, 16, 22])[0]
        born = rng.randint(2008, 2017) if membership == "junior" else rng.randint(1940, 1959) \
            if membership == "senior" else rng.randint(1960, 2005)
        joined = _day(rng, dt.date(2018, 1, 1), 2300)
        left = _day(rng, max(joined, dt.date(2023, 3, 1)), 600) if rng.random() < 0.15 else None
        swimmers.append((len(swimmers) + 1, first, last, born, membership, joined, left))
    activity = [rng.uniform(0.2, 3.0) for _ in swimmers]
    swims = []
    while len(swims) < 4200:
        s = rng.choices(swimmers, activity)[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        if day < s[5] or (s[6] is not None and day > s[6]):
            continue
        lane = rng.choice(LANES[:6]) if s[4] != "junior" or rng.random() < 0.6 else rng.choice(LANES[6:])
        minutes = rng.randint(20, 75)
        pace = {"slow": 1.3, "medium": 1.9, "fast": 2.5}[lane[4]] * 25 / lane[3]
        stroke = rng.choices(["freestyle", "breaststroke", "backstroke", "butterfly"], [50, 32, 14, 4])[0]
        hour = rng.choices([6, 7, 8, 12, 13, 17, 18, 19, 20], [8, 12, 6, 10, 8, 10, 14, 12, 6])[0]
        swims.append((len(swims) + 1, s[0], lane[0], dt.datetime.combine(day, dt.time(hour, rng.randrange(60))),
                      minutes, max(4, round(minutes * pace * rng.uniform(0.8, 1.2))), stroke))
    instructors = ["Carol Hirst", "Dev Patel", "Megan Lister", "Tom Brearley"]
    lessons = []
    learners = [s for s in swimmers if s[4] in ("junior", "adult")]
    for lid in range(1, 1301):
        s = rng.choice(learners)
        day = _day(rng, dt.date(2023, 1, 1), 731)
        while day.weekday() not in (1, 3, 5):
            day = _day(rng, dt.date(2023, 1, 1), 731)
        level = rng.choices(["beginner", "improver", "advanced"], [45, 35, 20])[0]
        lessons.append((lid, s[0], day, dt.datetime.combine(day, dt.time(rng.choice([9, 10, 16, 17]), 0)), level,
                        rng.choice(instructors), {"beginner": 9.5, "improver": 10.5, "advanced": 12.0}[level]
                        * (1.06 if day.year == 2024 else 1.0), rng.random() < 0.88))
    _insert(con, "lanes", LANES)
    _insert(con, "swimmers", swimmers)
    _insert(con, "swims", swims)
    _insert(con, "lessons", lessons)
    con.close()


# ---------------------------------------------------------------------------------------------------- scooters
MODELS = {"Ninebot Max": 25, "Xiaomi Pro 2": 18, "Okai ES400": 22}
SCOOTER_ZONES = ["city centre", "university", "riverside", "docks"]
PLANS = {"pay per ride": 1.0, "monthly pass": 0.6, "student": 0.8}


def build_scooters(path: Path | str) -> None:
    """scooters (retiredOn NULL while in service), riders (birthDate), trips (2023-01..2025-02), batterySwaps.
    camelCase columns."""
    rng = random.Random(7805)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE scooters(scooterId INTEGER PRIMARY KEY, serialNo VARCHAR, model VARCHAR,
        homeZone VARCHAR, rangeKm INTEGER, commissionedOn DATE, retiredOn DATE)""")
    con.execute("""CREATE OR REPLACE TABLE riders(riderId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthDate DATE, plan VARCHAR, signedUpOn DATE, licenceVerified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE trips(tripId INTEGER PRIMARY KEY,
        scooterId INTEGER REFERENCES scooters(scooterId), riderId INTEGER REFERENCES riders(riderId),
        startedAt TIMESTAMP, endedAt TIMESTAMP, distanceKm DOUBLE, fareGbp DOUBLE, parkedInBay BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE batterySwaps(swapId INTEGER PRIMARY KEY,
        scooterId INTEGER REFERENCES scooters(scooterId), swappedAt TIMESTAMP, chargeBeforePct INTEGER,
        technician VARCHAR, onStreet BOOLEAN)""")
    start, end = dt.date(2023, 1, 1), dt.date(2025, 2, 28)
    span = (end - start).days + 1
    scooters = []
    for sid in range(1, 91):
        model = rng.choices(list(MODELS), [45, 30, 25])[0]
        commissioned = _day(rng, dt.date(2022, 6, 1), 500) if sid <= 75 else _day(rng, dt.date(2024, 1, 1), 200)
        retired = _day(rng, dt.date(2023, 10, 1), 500) if rng.random() < 0.13 else None
        scooters.append((sid, f"SC-{rng.randrange(10**5):05d}", model, SCOOTER_ZONES[sid % 4], MODELS[model] * 2,
                         commissioned, retired))
    riders = []
    for first, last in _unique_names(rng, FIRST, LAST, 450):
        plan = rng.choices(list(PLANS), [55, 25, 20])[0]
        birth = _day(rng, dt.date(2000, 1, 1), 2200) if plan == "student" else _day(rng, dt.date(1960, 1, 1), 16000)
        riders.append((len(riders) + 1, first, last, birth, plan, _day(rng, dt.date(2022, 1, 1), 1000),
                       rng.random() < 0.9))
    activity = [rng.uniform(0.2, 3.0) for _ in riders]
    trips = []
    while len(trips) < 4500:
        r = rng.choices(riders, activity)[0]
        s = rng.choice(scooters)
        day = _day(rng, start, span)
        if day < s[5] or day < r[5] or (s[6] is not None and day >= s[6]):
            continue
        hour = rng.choices(range(24), [1, 1, 1, 0, 0, 1, 2, 6, 9, 5, 4, 4, 5, 5, 4, 5, 7, 9, 8, 6, 4, 3, 2, 1])[0]
        began = dt.datetime.combine(day, dt.time(hour, rng.randrange(60), rng.randrange(60)))
        minutes = rng.randint(3, 40)
        km = round(minutes * rng.uniform(0.18, 0.3), 2)
        fare = round((1.0 + 0.17 * minutes) * PLANS[r[4]] * (1.1 if day.year >= 2024 else 1.0), 2)
        ended = began + dt.timedelta(minutes=minutes, seconds=rng.randrange(60))
        trips.append((len(trips) + 1, s[0], r[0], began, ended, km, fare, rng.random() < 0.78))
    swaps = []
    techs = ["Ryan Moss", "Kelly Ward", "Imran Shah", "Lucy Tate"]
    while len(swaps) < 1500:
        s = rng.choice(scooters)
        day = _day(rng, start, span)
        if day < s[5] or (s[6] is not None and day >= s[6]):
            continue
        swaps.append((len(swaps) + 1, s[0], _moment(rng, day, 6, 22), rng.randint(2, 35), rng.choice(techs),
                      rng.random() < 0.7))
    _insert(con, "scooters", scooters)
    _insert(con, "riders", riders)
    _insert(con, "trips", trips)
    _insert(con, "batterySwaps", swaps)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "foodbank": build_foodbank,
    "trampoline": build_trampoline,
    "auction": build_auction,
    "swimmingpool": build_swimmingpool,
    "scooters": build_scooters,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval78-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval78-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval78-dbs"))
