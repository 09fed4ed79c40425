"""Builders of the fourth evaluation corpus: five DuckDB files in domains no earlier corpus used.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).
Every dataset ends on 2024-12-31.

- `gym.duckdb`: members, classes, class_bookings (date of birth, tier, trainer, attended boolean, nullable rating)
- `rides.duckdb`: drivers and one wide `rides` table (timestamp requested_at, nullable tip, cancelled boolean;
  rides.driver_id is a declared foreign key)
- `charity.duckdb`: donors, appeals, donations (donations.donor_id is NOT a declared foreign key; gift_aid NULL
  outside the UK; some donors never gave; some donations belong to no appeal)
- `inventory.duckdb`: warehouses, products, stock_movements, reorderPoints (abbreviated names: wh_id, prod_id,
  cat, qty; one camelCase table name)
- `telecom.duckdb`: plans, subscribers, calls (camelCase columns: startedAt timestamp, durationSec,
  isInternational, dropped)

Usage:
    python eval4/datasets.py OUTDIR

Example:
    >>> from eval4.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval4-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['charity.duckdb', 'gym.duckdb', 'inventory.duckdb', 'rides.duckdb', 'telecom.duckdb']
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

END = dt.date(2024, 12, 31)
FIRST = ["Ava", "Liam", "Noah", "Emma", "Olivia", "Lucas", "Mia", "Ethan", "Sofia", "Mateo", "Isla", "Leo", "Chloe",
         "Aiden", "Grace", "Omar", "Nora", "Ravi", "Hana", "Jonas", "Elena", "Tariq", "Freya", "Diego", "Amara",
         "Felix", "Zara", "Hugo", "Leila", "Owen", "Maya", "Sven", "Priya", "Kofi", "Ines", "Marco", "Yuki",
         "Aisha", "Tomas", "Clara"]
LAST = ["Walsh", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak", "Ferreira", "Brennan", "Kowalski", "Haddad",
        "Larsen", "Oduya", "Rossi", "Schmidt", "Patel", "Nguyen", "Dubois", "Murphy", "Castillo", "Berg",
        "Kaur", "Fischer", "Santos", "Reid", "Ivanova", "Mensah", "Quinn", "Sato", "Vargas", "Holm", "Khan",
        "Byrne", "Costa", "Weber", "Ali", "Jensen", "Horvat", "Duarte", "Keller", "Osei"]


def _insert(con, table: str, rows: list[tuple]) -> None:
    """Append rows (tuples in column order) to a table through a registered DataFrame."""
    cols = [r[0] for r in con.execute(f'DESCRIBE "{table}"').fetchall()]
    con.register("frame", pd.DataFrame(rows, columns=cols))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date, end: dt.date = END) -> dt.date:
    """A uniformly drawn day between start and end (both included)."""
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _names(rng: random.Random, n: int) -> list[str]:
    """n distinct 'First Last' names."""
    pairs = [f"{f} {s}" for f in FIRST for s in LAST]
    return rng.sample(pairs, n)


# --------------------------------------------------------------------------------------------------- gym
CLASS_TYPES = {
    # category -> (class names, duration_min, capacity)
    "Yoga": (["Sunrise Yoga", "Vinyasa Flow", "Yin Yoga"], 60, 20),
    "Cycling": (["Spin Express", "Rhythm Ride"], 45, 24),
    "HIIT": (["HIIT Blast", "Tabata 30"], 30, 18),
    "Pilates": (["Mat Pilates", "Reformer Pilates"], 50, 12),
    "Boxing": (["Boxfit", "Kickboxing Basics"], 55, 16),
    "Strength": (["Barbell Club", "Kettlebell Power", "Core Strength"], 45, 14),
}
TRAINERS = ["Maya Lindgren", "Jordan Pike", "Sam Otieno", "Rosa Delgado", "Ben Whitaker", "Anika Rao",
            "Chris Tamura"]
CLUBS = ["Central", "Riverside", "Northgate", "Eastfield"]
TIERS = {"Basic": 29.0, "Standard": 45.0, "Premium": 79.0}


def build_gym(path: Path | str) -> None:
    """members (700), classes (14 class names x 2 clubs = 28), class_bookings (2022-2024)."""
    rng = random.Random(401)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, full_name VARCHAR, gender VARCHAR,
        date_of_birth DATE, membership_tier VARCHAR, home_club VARCHAR, joined_on DATE, cancelled_on DATE,
        monthly_fee DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE classes(class_id INTEGER PRIMARY KEY, class_name VARCHAR, category VARCHAR,
        trainer VARCHAR, club VARCHAR, capacity INTEGER, duration_min INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE class_bookings(booking_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), class_id INTEGER REFERENCES classes(class_id),
        class_date DATE, attended BOOLEAN, rating INTEGER)""")
    members = []
    for mid, name in enumerate(_names(rng, 700), start=1):
        gender = rng.choices(["F", "M", None], [52, 45, 3])[0]
        dob = dt.date(rng.randint(1958, 2005), rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.94 else None
        tier = rng.choices(list(TIERS), [45, 35, 20])[0]
        joined = _day(rng, dt.date(2022, 1, 1), dt.date(2024, 11, 30))
        cancelled = _day(rng, joined + dt.timedelta(days=30), END) if rng.random() < 0.22 and (
            END - joined).days > 60 else None
        fee = round(TIERS[tier] * rng.choice([1.0, 1.0, 1.0, 0.9, 0.8]), 2)
        members.append((mid, name, gender, dob, tier, rng.choices(CLUBS, [35, 25, 22, 18])[0], joined, cancelled, fee))
    classes = []
    trainer_of = {}
    for category, (names, duration, capacity) in CLASS_TYPES.items():
        for name in names:
            for club in rng.sample(CLUBS, 2):
                trainer = trainer_of.setdefault((category, club), rng.choice(TRAINERS))
                classes.append((len(classes) + 1, name, category, trainer, club, capacity, duration))
    popularity = [rng.uniform(0.4, 2.0) for _ in classes]
    bookings = []
    for m in members:
        keen = rng.choices([0, 1, 3, 6, 12], [14, 20, 30, 24, 12])[0]  # bookings per quarter-year of membership
        end = m[7] or END
        n = int(keen * max((end - m[6]).days, 0) / 91)
        local = [i for i, c in enumerate(classes) if c[4] == m[5] or rng.random() < 0.15]
        for _ in range(n):
            i = rng.choices(local, [popularity[j] for j in local])[0]
            attended = rng.random() < 0.81
            rating = rng.choices([2, 3, 4, 5], [5, 15, 45, 35])[0] if attended and rng.random() < 0.4 else None
            bookings.append((len(bookings) + 1, m[0], classes[i][0], _day(rng, m[6], end), attended, rating))
    _insert(con, "members", members)
    _insert(con, "classes", classes)
    _insert(con, "class_bookings", bookings)
    con.close()


# ------------------------------------------------------------------------------------------------- rides
ZONES = ["Airport", "Downtown", "Harbourfront", "Old Town", "University", "Midtown", "Stadium", "Westside",
         "Tech Park"]
ZONE_WEIGHTS = [10, 22, 8, 12, 9, 15, 4, 11, 9]
VEHICLES = {"Standard": 1.0, "Comfort": 1.3, "XL": 1.6, "Electric": 1.1}
HOUR_WEIGHTS = [2, 1, 1, 1, 1, 2, 4, 8, 10, 7, 5, 5, 6, 5, 5, 6, 8, 10, 11, 9, 7, 6, 5, 4]


def build_rides(path: Path | str) -> None:
    """drivers (160) and rides (~18,000 ride requests 2023-2024; fare/distance/duration NULL when cancelled)."""
    rng = random.Random(402)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE drivers(driver_id INTEGER PRIMARY KEY, driver_name VARCHAR,
        vehicle_type VARCHAR, vehicle_make VARCHAR, joined_on DATE, rating DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE rides(ride_id INTEGER PRIMARY KEY,
        driver_id INTEGER REFERENCES drivers(driver_id), requested_at TIMESTAMP, pickup_zone VARCHAR,
        dropoff_zone VARCHAR, distance_km DOUBLE, duration_min INTEGER, fare DOUBLE, tip DOUBLE,
        payment_method VARCHAR, surge_multiplier DOUBLE, cancelled BOOLEAN)""")
    makes = ["Toyota", "Hyundai", "Skoda", "Tesla", "Kia", "Ford", "Volkswagen"]
    drivers = []
    for did, name in enumerate(_names(rng, 160), start=1):
        vehicle = rng.choices(list(VEHICLES), [55, 20, 10, 15])[0]
        make = "Tesla" if vehicle == "Electric" and rng.random() < 0.5 else rng.choice(makes)
        rating = round(min(5.0, rng.gauss(4.7, 0.15)), 2)
        drivers.append((did, name, vehicle, make, _day(rng, dt.date(2019, 1, 1), dt.date(2024, 6, 30)), rating))
    activity = [rng.uniform(0.2, 3.0) for _ in drivers]
    rides = []
    for rid in range(1, 18001):
        d = rng.choices(drivers, activity)[0]
        day = _day(rng, max(dt.date(2023, 1, 1), d[4]))
        at = dt.datetime.combine(day, dt.time(rng.choices(range(24), HOUR_WEIGHTS)[0], rng.randrange(60),
                                              rng.randrange(60)))
        pickup = rng.choices(ZONES, ZONE_WEIGHTS)[0]
        dropoff = rng.choices(ZONES, ZONE_WEIGHTS)[0]
        surge = rng.choices([1.0, 1.25, 1.5, 2.0], [70, 15, 10, 5])[0]
        payment = rng.choices(["Card", "Cash", "Wallet"], [60, 15, 25])[0]
        cancelled = rng.random() < 0.09
        if cancelled:
            distance = duration = fare = tip = None
        else:
            distance = round(rng.uniform(1.0, 6.0) if pickup == dropoff else rng.uniform(3.0, 28.0), 1)
            if "Airport" in (pickup, dropoff):
                distance = round(distance + 12.0, 1)
            duration = max(4, int(distance * rng.uniform(1.8, 3.4)))
            fare = round((2.5 + 1.15 * distance + 0.3 * duration) * VEHICLES[d[2]] * surge, 2)
            tip = round(fare * rng.uniform(0.04, 0.3), 2) if (
                payment != "Cash" and rng.random() < 0.38) else None
        rides.append((rid, d[0], at, pickup, dropoff, distance, duration, fare, tip, payment, surge, cancelled))
    _insert(con, "drivers", drivers)
    _insert(con, "rides", rides)
    con.close()


# ----------------------------------------------------------------------------------------------- charity
APPEALS = [
    # appeal_name, channel, launched_on, goal_amount
    ("Winter Shelter 2022", "Mail", dt.date(2022, 11, 1), 60000.0),
    ("Clean Water Wells", "Online", dt.date(2022, 3, 15), 80000.0),
    ("School Meals", "Email", dt.date(2022, 8, 20), 45000.0),
    ("Spring Gala", "Event", dt.date(2023, 4, 22), 30000.0),
    ("Flood Relief", "Online", dt.date(2023, 9, 5), 120000.0),
    ("Winter Shelter 2023", "Mail", dt.date(2023, 11, 1), 65000.0),
    ("Books for Kids", "Email", dt.date(2024, 2, 10), 25000.0),
    ("Charity Fun Run", "Event", dt.date(2024, 6, 8), 35000.0),
    ("Mobile Clinics", "Online", dt.date(2024, 5, 1), 90000.0),
    ("Winter Shelter 2024", "Mail", dt.date(2024, 11, 1), 70000.0),
]
GIFTS = [10, 20, 25, 30, 50, 75, 100, 250, 500]
COUNTRIES = {"UK": 45, "Ireland": 15, "USA": 18, "Canada": 10, "Australia": 12}


def build_charity(path: Path | str) -> None:
    """donors (1,800), appeals (10), donations (2022-2024); donations.donor_id has no declared foreign key."""
    rng = random.Random(403)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE donors(donor_id INTEGER PRIMARY KEY, full_name VARCHAR, email VARCHAR,
        country VARCHAR, signup_date DATE, is_recurring BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE appeals(appeal_id INTEGER PRIMARY KEY, appeal_name VARCHAR,
        channel VARCHAR, launched_on DATE, goal_amount DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE donations(donation_id INTEGER PRIMARY KEY, donor_id INTEGER,
        appeal_id INTEGER REFERENCES appeals(appeal_id), donated_on DATE, amount DOUBLE, payment_method VARCHAR,
        gift_aid BOOLEAN)""")
    donors = []
    for did, name in enumerate(_names(rng, 1500), start=1):
        email = f"{name.lower().replace(' ', '.')}@example.org" if rng.random() < 0.85 else None
        country = rng.choices(list(COUNTRIES), list(COUNTRIES.values()))[0]
        donors.append((did, name, email, country, _day(rng, dt.date(2021, 6, 1)), rng.random() < 0.3))
    appeals = [(i + 1, *a) for i, a in enumerate(APPEALS)]
    pull = [rng.uniform(0.5, 2.5) for _ in appeals]
    donations = []
    for d in donors:
        if rng.random() < 0.14:
            continue  # signed up but never gave
        start = max(d[4], dt.date(2022, 1, 1))
        if d[5]:
            dates, day = [], start
            while day <= END and rng.random() < 0.97:
                dates.append(day)
                day += dt.timedelta(days=30)
        else:
            dates = [_day(rng, start) for _ in range(rng.choices([1, 2, 3, 5], [50, 25, 15, 10])[0])]
        base = rng.choice([5.0, 10.0, 15.0, 20.0, 25.0, 50.0]) if d[5] else None
        for k, day in enumerate(dates):
            if base and k and k % 12 == 0 and rng.random() < 0.4:
                base += 5.0  # a yearly uplift of the regular gift
            live = [a for a in appeals if a[3] <= day <= a[3] + dt.timedelta(days=150)]
            appeal = rng.choices(live, [pull[a[0] - 1] for a in live])[0] if live and rng.random() < 0.75 else None
            one_off = round(rng.choice(GIFTS) * rng.choice([1.0, 1.0, 1.0, 1.2, 0.8]), 2)
            amount = base if base and rng.random() < 0.96 else one_off
            method = "Direct Debit" if d[5] else rng.choices(["Card", "PayPal", "Cheque", "Cash"], [55, 25, 10, 10])[0]
            gift_aid = (rng.random() < 0.6) if d[3] == "UK" else None
            donations.append((len(donations) + 1, d[0], appeal[0] if appeal else None, day, amount, method,
                              gift_aid))
    _insert(con, "donors", donors)
    _insert(con, "appeals", appeals)
    _insert(con, "donations", donations)
    con.close()


# --------------------------------------------------------------------------------------------- inventory
WAREHOUSES = [
    # wh_name, city, region, sq_m, opened_dt
    ("Leeds DC", "Leeds", "North", 12000, dt.date(2014, 5, 1)),
    ("Glasgow Hub", "Glasgow", "Scotland", 8000, dt.date(2017, 9, 1)),
    ("Bristol Depot", "Bristol", "South", 6500, dt.date(2019, 3, 1)),
    ("Coventry DC", "Coventry", "Midlands", 15000, dt.date(2012, 1, 15)),
    ("Southampton Port", "Southampton", "South", 9000, dt.date(2021, 7, 1)),
    ("Manchester Xdock", "Manchester", "North", 7000, dt.date(2023, 2, 1)),
]
CATS = {
    # cat -> (product stems, supplier pool, price range)
    "Fasteners": (["Wood Screws 4x40", "Hex Bolts M8", "Wall Plugs", "Nails 50mm", "Washers M10", "Rivets 4mm"],
                  ["Boltex", "FixRite"], (2.0, 12.0)),
    "Hand Tools": (["Claw Hammer", "Screwdriver Set", "Adjustable Spanner", "Tape Measure", "Utility Knife",
                    "Spirit Level"], ["ToolCo", "Hartmann"], (6.0, 40.0)),
    "Power Tools": (["Cordless Drill", "Angle Grinder", "Jigsaw", "Impact Driver", "Orbital Sander"],
                    ["Voltix", "Hartmann"], (45.0, 220.0)),
    "Electrical": (["Cable 2.5mm 50m", "Double Socket", "LED Bulb 10W", "Extension Lead", "Junction Box",
                    "Light Switch"], ["Ampere Ltd", "Voltix"], (3.0, 55.0)),
    "Plumbing": (["Copper Pipe 15mm", "Compression Elbow", "Basin Tap", "PTFE Tape", "Ball Valve"],
                 ["AquaFlow", "FixRite"], (1.5, 65.0)),
    "Paint": (["White Emulsion 10L", "Wood Primer", "Masonry Paint", "Gloss Black 1L", "Paint Roller Kit"],
              ["ColourMax", "AquaFlow"], (8.0, 48.0)),
}


def build_inventory(path: Path | str) -> None:
    """warehouses (6), products (66), stock_movements (2023-2024, IN/OUT/ADJUST), reorderPoints (camelCase name)."""
    rng = random.Random(404)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE warehouses(wh_id INTEGER PRIMARY KEY, wh_name VARCHAR, city VARCHAR,
        region VARCHAR, sq_m INTEGER, opened_dt DATE)""")
    con.execute("""CREATE OR REPLACE TABLE products(prod_id INTEGER PRIMARY KEY, sku VARCHAR, prod_name VARCHAR,
        cat VARCHAR, supplier VARCHAR, list_price DOUBLE, is_discontinued BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE stock_movements(mvmt_id INTEGER PRIMARY KEY,
        prod_id INTEGER REFERENCES products(prod_id), wh_id INTEGER REFERENCES warehouses(wh_id),
        movement_type VARCHAR, qty INTEGER, unit_cost DOUBLE, moved_on DATE, reason VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE "reorderPoints"(prod_id INTEGER REFERENCES products(prod_id),
        wh_id INTEGER REFERENCES warehouses(wh_id), min_qty INTEGER, reorder_qty INTEGER,
        PRIMARY KEY (prod_id, wh_id))""")
    warehouses = [(i + 1, *w) for i, w in enumerate(WAREHOUSES)]
    products = []
    for cat, (stems, suppliers, (low, high)) in CATS.items():
        for stem in stems:
            for variant in ("", " Pro"):
                pid = len(products) + 1
                price = round(rng.uniform(low, high) * (1.4 if variant else 1.0), 2)
                products.append((pid, f"{cat[:3].upper()}-{pid:04d}", stem + variant, cat, rng.choice(suppliers),
                                 price, rng.random() < 0.1))
    demand = [rng.uniform(0.3, 3.0) for _ in products]
    movements, reorder = [], []
    for wh in warehouses:
        stocked = [p for p in products if rng.random() < 0.8]
        wh_start = max(dt.date(2023, 1, 1), wh[5])
        for p in stocked:
            reorder.append((p[0], wh[0], rng.choice([10, 20, 25, 40, 50]), rng.choice([50, 100, 150, 200])))
            n = int(demand[p[0] - 1] * rng.uniform(4, 10) * (0.5 if p[6] else 1.0))
            for _ in range(n):
                kind = rng.choices(["IN", "OUT", "ADJUST"], [30, 62, 8])[0]
                if kind == "IN":
                    qty, reason = rng.choice([50, 100, 150, 200, 250]), None
                elif kind == "OUT":
                    qty, reason = rng.randint(1, 60), None
                else:
                    reason = rng.choices(["Damaged", "Count correction", "Expired", "Theft"], [40, 45, 5, 10])[0]
                    gain = reason == "Count correction" and rng.random() < 0.5
                    qty = rng.randint(1, 8) if gain else -rng.randint(1, 12)
                cost = round(p[5] * rng.uniform(0.45, 0.65), 2)
                movements.append((len(movements) + 1, p[0], wh[0], kind, qty, cost, _day(rng, wh_start), reason))
    _insert(con, "warehouses", warehouses)
    _insert(con, "products", products)
    _insert(con, "stock_movements", movements)
    _insert(con, "reorderPoints", reorder)
    con.close()


# ----------------------------------------------------------------------------------------------- telecom
PLANS = [
    # planName, monthlyFee, dataGb (NULL = unlimited), includedMinutes (NULL = unlimited), isPrepaid
    ("Prepaid Lite", 9.0, 3, 100, True),
    ("Prepaid Plus", 15.0, 10, 300, True),
    ("Essential 20", 22.0, 20, None, False),
    ("Unlimited", 39.0, None, None, False),
    ("Family Share", 55.0, 100, None, False),
    ("Business Pro", 48.0, None, None, False),
]
CITIES = ["Lyon", "Marseille", "Toulouse", "Nice", "Nantes", "Bordeaux", "Lille"]
ABROAD = ["Spain", "Italy", "Morocco", "Germany", "UK", "Algeria", "Portugal", "USA"]


def build_telecom(path: Path | str) -> None:
    """plans (6), subscribers (1,400), calls (~26,000, 2023-2024) with camelCase columns."""
    rng = random.Random(405)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE plans(planId INTEGER PRIMARY KEY, planName VARCHAR, monthlyFee DOUBLE,
        dataGb INTEGER, includedMinutes INTEGER, isPrepaid BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE subscribers(subscriberId INTEGER PRIMARY KEY, fullName VARCHAR,
        planId INTEGER REFERENCES plans(planId), homeCity VARCHAR, activatedOn DATE, churnedOn DATE,
        isBusiness BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE calls(callId INTEGER PRIMARY KEY,
        subscriberId INTEGER REFERENCES subscribers(subscriberId), startedAt TIMESTAMP, durationSec INTEGER,
        isInternational BOOLEAN, destinationCountry VARCHAR, dropped BOOLEAN, chargeEur DOUBLE)""")
    plans = [(i + 1, *p) for i, p in enumerate(PLANS)]
    subs = []
    for sid, name in enumerate(_names(rng, 1400), start=1):
        business = rng.random() < 0.15
        plan = 6 if business and rng.random() < 0.7 else rng.choices([1, 2, 3, 4, 5], [14, 16, 28, 27, 15])[0]
        activated = _day(rng, dt.date(2020, 1, 1), dt.date(2024, 10, 31))
        churned = _day(rng, max(activated, dt.date(2023, 1, 1)) + dt.timedelta(days=20)) if rng.random() < 0.18 and (
            activated < dt.date(2024, 9, 1)) else None
        subs.append((sid, name, plan, rng.choices(CITIES, [24, 18, 15, 10, 12, 13, 8])[0], activated, churned,
                     business))
    chatty = {s[0]: 0.0 if rng.random() < 0.05 else rng.uniform(0.2, 3.0) for s in subs}  # some SIMs never call
    calls = []
    for _ in range(26000):
        s = rng.choices(subs, [chatty[s[0]] for s in subs])[0]
        start = max(s[4], dt.date(2023, 1, 1))
        end = s[5] or END
        if start > end:
            continue
        day = _day(rng, start, end)
        at = dt.datetime.combine(day, dt.time(rng.choices(range(24), HOUR_WEIGHTS)[0], rng.randrange(60),
                                              rng.randrange(60)))
        international = rng.random() < (0.2 if s[6] else 0.08)
        country = rng.choice(ABROAD) if international else None
        duration = max(3, int(rng.expovariate(1 / (420 if international else 190))))
        dropped = rng.random() < (0.06 if international else 0.025)
        rate = 0.0 if not international else (0.0 if plans[s[2] - 1][2] >= 39 and country in (
            "Spain", "Italy", "Germany", "Portugal") else 0.012)
        if plans[s[2] - 1][5] and not international:
            rate = 0.002
        calls.append((len(calls) + 1, s[0], at, duration, international, country, dropped, round(duration * rate, 2)))
    _insert(con, "plans", plans)
    _insert(con, "subscribers", subs)
    _insert(con, "calls", calls)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "gym": build_gym,
    "rides": build_rides,
    "charity": build_charity,
    "inventory": build_inventory,
    "telecom": build_telecom,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval4-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval4-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval4-dbs"))
