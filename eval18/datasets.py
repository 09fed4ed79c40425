"""Builders of the eighteenth evaluation corpus: five DuckDB files (tennis club, EV charging network, laundromat
chain, wedding venue, farmers market).

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `tennis.duckdb`: members (date_of_birth, nullable left_on while still a member), courts, court_bookings
  (TIMESTAMP start, status, nullable cancelled_at; declared FKs)
- `evcharge.duckdb`: camelCase names: stations, drivers (birthYear), chargingSessions (startedAt/endedAt
  TIMESTAMPs, nullable userRating, isFastCharge; declared FKs)
- `laundry.duckdb`: abbreviated snake_case: stores, machines (declared FK to stores, nullable retire_dt),
  wash_txns (mach_id is NOT a declared foreign key; qty-style names: amt, mins, pay_typ, loyalty_flg)
- `weddings.duckdb`: one wide `bookings` table (nullable cancel_date and review_score, booleans)
- `market.duckdb`: vendors, market_days (nullable footfall), stall_reports (declared FKs)

Usage:
    python eval18/datasets.py OUTDIR

Example:
    >>> from eval18.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval18-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['evcharge.duckdb', 'laundry.duckdb', 'market.duckdb', 'tennis.duckdb', 'weddings.duckdb']
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


def _stamp(rng: random.Random, day: dt.date, first_hour: int, last_hour: int) -> dt.datetime:
    """A timestamp on `day` between first_hour:00 and last_hour:59, on a 5-minute grid."""
    return dt.datetime(day.year, day.month, day.day, rng.randint(first_hour, last_hour), rng.randrange(0, 60, 5))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amelia", "Benedict", "Clara", "Dominic", "Eleanor", "Finn", "Georgia", "Hugo", "Imogen", "Jasper", "Katie",
         "Louis", "Maya", "Nathan", "Olivia", "Patrick", "Quinn", "Rosa", "Samuel", "Tara", "Umar", "Violet", "William",
         "Zara"]
LAST = ["Ashford", "Bellamy", "Carver", "Dalton", "Ellison", "Fairbanks", "Garrity", "Hartley", "Ingram", "Jessop",
        "Kendrick", "Lawson", "Mercer", "Norwood", "Oakley", "Prescott", "Quarles", "Radcliffe", "Sutton", "Whitaker"]

# ------------------------------------------------------------------------------------------------- tennis club
COURTS = [  # court_name, surface, is_indoor, hourly_rate
    ("Centre Court", "grass", False, 30.0), ("Court 2", "grass", False, 24.0), ("Court 3", "clay", False, 20.0),
    ("Court 4", "clay", False, 20.0), ("Court 5", "hard", False, 16.0), ("Court 6", "hard", False, 16.0),
    ("Dome 1", "hard", True, 28.0), ("Dome 2", "carpet", True, 26.0)]
TIERS = ["junior", "standard", "premium", "family", "senior"]


def build_tennis(path: Path | str) -> None:
    """members (180), courts (8), court_bookings (2023-2024; cancelled bookings keep cancelled_at)."""
    rng = random.Random(1801)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, membership_tier VARCHAR, joined_on DATE, left_on DATE,
        skill_rating DOUBLE, is_team_player BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE courts(court_id INTEGER PRIMARY KEY, court_name VARCHAR, surface VARCHAR,
        is_indoor BOOLEAN, hourly_rate DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE court_bookings(booking_id INTEGER PRIMARY KEY,
        court_id INTEGER REFERENCES courts(court_id), member_id INTEGER REFERENCES members(member_id),
        booking_start TIMESTAMP, duration_minutes INTEGER, players INTEGER, fee DOUBLE, status VARCHAR,
        cancelled_at TIMESTAMP)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 180), start=1):
        tier = rng.choices(TIERS, [15, 40, 20, 15, 10])[0]
        lo, span = {"junior": (2007, 10), "senior": (1945, 15)}.get(tier, (1960, 40))
        born = _day(rng, dt.date(lo, 1, 1), 365 * span)
        joined = _day(rng, dt.date(2015, 1, 1), 365 * 9)
        left = _day(rng, max(joined, dt.date(2023, 1, 1)) + dt.timedelta(days=30), 500) if rng.random() < 0.2 else None
        members.append((mid, first, last, born, tier, joined, left, round(rng.uniform(1.5, 7.0), 1),
                        rng.random() < 0.3))
    _insert(con, "members", members)
    _insert(con, "courts", [(i, *c) for i, c in enumerate(COURTS, start=1)])
    bookers = [m for m in members if rng.random() < 0.92]  # some social members never book a court
    bookings = []
    while len(bookings) < 4200:
        member = rng.choice(bookers)
        cid = rng.choices(range(1, 9), [14, 10, 12, 11, 16, 15, 12, 10])[0]
        indoor = COURTS[cid - 1][2]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        if day < member[5] or (member[6] is not None and day > member[6]):
            continue
        if not indoor and day.month in (12, 1, 2) and rng.random() < 0.7:
            cid = rng.choice([7, 8])
        start = _stamp(rng, day, 7, 20)
        minutes = rng.choice([60, 60, 60, 90, 90, 120])
        status = rng.choices(["completed", "cancelled", "no-show"], [84, 12, 4])[0]
        cancelled = start - dt.timedelta(hours=rng.randint(2, 96)) if status == "cancelled" else None
        fee = round(COURTS[cid - 1][3] * minutes / 60 * (0.5 if member[4] == "junior" else 1.0), 2)
        bookings.append((len(bookings) + 1, cid, member[0], start, minutes, rng.choice([2, 2, 2, 4]), fee, status,
                         cancelled))
    _insert(con, "court_bookings", bookings)
    con.close()


# ------------------------------------------------------------------------------------------- EV charging network
STATIONS = [  # stationName, city, numChargers, maxPowerKw, openedOn
    ("Harbour Point", "Rotterdam", 8, 150, dt.date(2020, 5, 1)), ("Central Station P2", "Utrecht", 12, 300,
                                                                   dt.date(2021, 3, 15)),
    ("Zuidas Hub", "Amsterdam", 16, 350, dt.date(2022, 6, 1)), ("Westpoort", "Amsterdam", 6, 50,
                                                                dt.date(2019, 9, 1)),
    ("Museumplein Garage", "Amsterdam", 10, 22, dt.date(2018, 11, 20)), ("A12 Services", "Utrecht", 8, 350,
                                                                        dt.date(2023, 2, 1)),
    ("Markthal", "Rotterdam", 6, 22, dt.date(2019, 4, 10)), ("Hofplein", "Den Haag", 8, 150, dt.date(2021, 8, 1)),
    ("Scheveningen Beach", "Den Haag", 4, 50, dt.date(2020, 6, 1)), ("Strijp-S", "Eindhoven", 10, 150,
                                                                     dt.date(2022, 1, 10)),
    ("High Tech Campus", "Eindhoven", 12, 300, dt.date(2023, 9, 1)), ("Grote Markt", "Groningen", 6, 50,
                                                                      dt.date(2021, 5, 5))]
VEHICLES = ["Tesla Model 3", "Tesla Model Y", "VW ID.4", "Kia EV6", "Hyundai Ioniq 5", "Renault Zoe",
            "Polestar 2", "Nissan Leaf", "BMW i4", "Skoda Enyaq"]


def build_evcharge(path: Path | str) -> None:
    """stations (12), drivers (260, birthYear), chargingSessions (2023-2024, camelCase, nullable userRating)."""
    rng = random.Random(1802)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stations("stationId" INTEGER PRIMARY KEY, "stationName" VARCHAR,
        "city" VARCHAR, "numChargers" INTEGER, "maxPowerKw" INTEGER, "openedOn" DATE)""")
    con.execute("""CREATE OR REPLACE TABLE drivers("driverId" INTEGER PRIMARY KEY, "fullName" VARCHAR,
        "vehicleModel" VARCHAR, "birthYear" INTEGER, "signupDate" DATE, "hasSubscription" BOOLEAN,
        "homeCity" VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE "chargingSessions"("sessionId" INTEGER PRIMARY KEY,
        "stationId" INTEGER REFERENCES stations("stationId"), "driverId" INTEGER REFERENCES drivers("driverId"),
        "startedAt" TIMESTAMP, "endedAt" TIMESTAMP, "energyKwh" DOUBLE, "costEur" DOUBLE, "paymentMethod" VARCHAR,
        "isFastCharge" BOOLEAN, "userRating" INTEGER)""")
    _insert(con, "stations", [(i, *s) for i, s in enumerate(STATIONS, start=1)])
    cities = ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen"]
    drivers = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 260), start=1):
        drivers.append((did, f"{first} {last}", rng.choice(VEHICLES), rng.randint(1950, 2004),
                        _day(rng, dt.date(2021, 1, 1), 365 * 4), rng.random() < 0.35,
                        rng.choices(cities, [30, 20, 18, 14, 12, 6])[0]))
    _insert(con, "drivers", drivers)
    sessions = []
    while len(sessions) < 6000:
        driver = rng.choice(drivers)
        local = [i for i, s in enumerate(STATIONS, start=1) if s[1] == driver[6]]
        sid = rng.choice(local) if local and rng.random() < 0.7 else rng.randint(1, len(STATIONS))
        station = STATIONS[sid - 1]
        first = max(dt.date(2023, 1, 1), station[4], driver[4])
        if first > dt.date(2024, 12, 31):
            continue
        day = _day(rng, first, (dt.date(2024, 12, 31) - first).days + 1)
        start = _stamp(rng, day, 0, 23)
        fast = station[3] >= 150 and rng.random() < 0.8
        kwh = round(rng.uniform(12, 70) if fast else rng.uniform(5, 45), 2)
        minutes = int(kwh / (station[3] * 0.6 if fast else min(station[3], 11)) * 60) + rng.randint(3, 25)
        price = 0.69 if fast else 0.42
        if driver[5]:
            price *= 0.8
        slow = station[3] <= 50  # older, slower sites get the complaints
        rating = rng.choices([None, 1, 2, 3, 4, 5], [55, 4, 7, 12, 13, 9] if slow else [55, 1, 3, 8, 16, 17])[0]
        sessions.append((len(sessions) + 1, sid, driver[0], start, start + dt.timedelta(minutes=minutes), kwh,
                         round(kwh * price, 2), rng.choices(["app", "card", "rfid"], [50, 25, 25])[0], fast, rating))
    _insert(con, "chargingSessions", sessions)
    con.close()


# ------------------------------------------------------------------------------------------- laundromat chain
STORES = [  # store_nm, city, region, open_dt, sq_ft
    ("SudsCity Downtown", "Leeds", "North", dt.date(2016, 4, 1), 1800),
    ("SudsCity Headingley", "Leeds", "North", dt.date(2019, 9, 1), 1200),
    ("SudsCity Piccadilly", "Manchester", "North", dt.date(2017, 2, 1), 2100),
    ("SudsCity Salford", "Manchester", "North", dt.date(2021, 6, 1), 1500),
    ("SudsCity Digbeth", "Birmingham", "Midlands", dt.date(2018, 3, 1), 1700),
    ("SudsCity Selly Oak", "Birmingham", "Midlands", dt.date(2022, 5, 1), 1100),
    ("SudsCity Brixton", "London", "South", dt.date(2015, 10, 1), 2400),
    ("SudsCity Camden", "London", "South", dt.date(2020, 1, 15), 1600),
    ("SudsCity Clifton", "Bristol", "South", dt.date(2019, 7, 1), 1300)]
CYCLES = {"washer": ["normal", "hot", "delicate", "quick", "heavy duty"], "dryer": ["low heat", "high heat"]}


def build_laundry(path: Path | str) -> None:
    """stores (9), machines (declared FK to stores), wash_txns (2022-2024; mach_id is an undeclared FK)."""
    rng = random.Random(1803)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stores(store_id INTEGER PRIMARY KEY, store_nm VARCHAR, city VARCHAR,
        rgn VARCHAR, open_dt DATE, sq_ft INTEGER, is_24h BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE machines(mach_id INTEGER PRIMARY KEY,
        store_id INTEGER REFERENCES stores(store_id), mach_typ VARCHAR, brand_nm VARCHAR, cap_kg INTEGER,
        install_dt DATE, retire_dt DATE)""")
    con.execute("""CREATE OR REPLACE TABLE wash_txns(txn_id INTEGER PRIMARY KEY, mach_id INTEGER, txn_ts TIMESTAMP,
        cycle_typ VARCHAR, mins INTEGER, amt DOUBLE, pay_typ VARCHAR, loyalty_flg BOOLEAN)""")
    _insert(con, "stores", [(i, *s, s[1] == "London" or i == 3) for i, s in enumerate(STORES, start=1)])
    machines = []
    for sid, store in enumerate(STORES, start=1):
        for _ in range(store[4] // 150):
            typ = rng.choices(["washer", "dryer"], [55, 45])[0]
            installed = _day(rng, max(store[3], dt.date(2018, 1, 1)), 365 * 3)
            retired = _day(rng, dt.date(2022, 3, 1), 900) if rng.random() < 0.15 else None
            machines.append((len(machines) + 1, sid, typ, rng.choice(["Speed Queen", "Electrolux", "Miele", "Primus"]),
                             rng.choice([8, 10, 12, 18]) if typ == "washer" else rng.choice([10, 14, 20]),
                             installed, retired))
    _insert(con, "machines", machines)
    txns = []
    for _ in range(9000):
        mach = rng.choice(machines)
        first = max(dt.date(2022, 1, 1), mach[5])
        last = mach[6] or dt.date(2024, 12, 31)
        if last <= first:
            continue
        day = _day(rng, first, (last - first).days)
        cycle = rng.choice(CYCLES[mach[2]])
        mins = {"quick": 20, "delicate": 35, "normal": 40, "hot": 50, "heavy duty": 60}.get(
            cycle, rng.choice([30, 45, 60]))
        base = 3.5 if mach[2] == "washer" else 0.1 * mins
        amt = round(base * (1 + (mach[4] - 8) / 20) + (0.5 if cycle in ("hot", "heavy duty") else 0), 2)
        txns.append((len(txns) + 1, mach[0], _stamp(rng, day, 6, 22), cycle, mins, amt,
                     rng.choices(["card", "coin", "app"], [50, 20, 30])[0], rng.random() < 0.4))
    _insert(con, "wash_txns", txns)
    con.close()


# ------------------------------------------------------------------------------------------------ wedding venue
HALLS = {"Great Hall": 180, "Orangery": 120, "Garden Pavilion": 150, "Old Barn": 90}
PACKAGES = {"Elopement": 2500.0, "Classic": 9000.0, "Premium": 15000.0, "Deluxe": 24000.0}
PLANNERS = ["Harriet Vaughan", "Oliver Pryce", "Sofia Marchetti", "Daniel Okoro", "Megan Lloyd"]


def build_weddings(path: Path | str) -> None:
    """One wide `bookings` table (events 2022-2024; cancel_date set only when cancelled, review only when held)."""
    rng = random.Random(1804)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY, couple_name VARCHAR,
        booked_on DATE, event_date DATE, hall VARCHAR, package VARCHAR, guest_count INTEGER, total_price DOUBLE,
        deposit_paid BOOLEAN, catering_included BOOLEAN, status VARCHAR, cancel_date DATE, planner VARCHAR,
        lead_source VARCHAR, review_score INTEGER)""")
    rows = []
    names = _unique_names(rng, FIRST, LAST, 420)
    for bid in range(1, 421):
        event = _day(rng, dt.date(2022, 1, 1), 1096)
        if rng.random() < 0.6:  # Saturdays are popular
            event += dt.timedelta(days=(5 - event.weekday()) % 7)
            if event.year > 2024:
                event -= dt.timedelta(days=7)
        booked = event - dt.timedelta(days=rng.randint(60, 600))
        hall = rng.choices(list(HALLS), [30, 25, 25, 20])[0]
        package = rng.choices(list(PACKAGES), [10, 40, 35, 15])[0]
        guests = rng.randint(8, 30) if package == "Elopement" else rng.randint(40, HALLS[hall])
        catering = package != "Elopement" and rng.random() < 0.8
        price = round(PACKAGES[package] + guests * (65 if catering else 0) + rng.choice([0, 0, 500, 1200]), 2)
        status = rng.choices(["completed", "cancelled", "postponed"], [85, 11, 4])[0]
        cancel = _day(rng, booked + dt.timedelta(days=5), max(1, (event - booked).days - 10)) \
            if status == "cancelled" else None
        review = rng.choices([None, 3, 4, 5, 2], [30, 10, 30, 27, 3])[0] if status == "completed" else None
        first, last = names[bid - 1]
        partner = rng.choice(FIRST)
        rows.append((bid, f"{first} & {partner} {last}", booked, event, hall, package, guests, price,
                     rng.random() < 0.9, catering, status, cancel, rng.choice(PLANNERS),
                     rng.choices(["website", "referral", "wedding fair", "instagram"], [35, 25, 20, 20])[0], review))
    _insert(con, "bookings", rows)
    con.close()


# ----------------------------------------------------------------------------------------------- farmers market
VENDORS = [  # vendor_name, category, is_organic, home_town
    ("Green Acre Farm", "produce", True), ("Hillside Orchards", "produce", False), ("Rootstock Veg", "produce", True),
    ("Sunny Side Eggs", "dairy", False), ("Meadow Creamery", "dairy", True), ("Little Goat Cheese", "dairy", True),
    ("Stone Oven Bakery", "bakery", False), ("Rye & Rise", "bakery", True), ("Butcher's Block", "meat", False),
    ("Pasture Prime", "meat", True), ("Wild Bloom Flowers", "flowers", False), ("Honey Hollow", "honey", True),
    ("Pickle Barrel", "preserves", False), ("Jam Session", "preserves", False), ("Clay & Kiln", "crafts", False),
    ("Woolly Works", "crafts", False), ("Riverbend Mushrooms", "produce", True), ("Bean There Coffee", "drinks", False),
    ("Cider Mill", "drinks", False), ("Tamale Tia", "hot food", False)]
SITES = ["Riverside", "Old Town Square", "Northgate"]


def build_market(path: Path | str) -> None:
    """vendors (20), market_days (2023-2024, nullable footfall), stall_reports (declared FKs)."""
    rng = random.Random(1805)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE vendors(vendor_id INTEGER PRIMARY KEY, vendor_name VARCHAR,
        category VARCHAR, is_organic BOOLEAN, home_town VARCHAR, joined_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE market_days(market_day_id INTEGER PRIMARY KEY, market_date DATE,
        site VARCHAR, weather VARCHAR, footfall INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE stall_reports(report_id INTEGER PRIMARY KEY,
        vendor_id INTEGER REFERENCES vendors(vendor_id), market_day_id INTEGER REFERENCES market_days(market_day_id),
        gross_sales DOUBLE, items_sold INTEGER, stall_fee DOUBLE, fee_paid BOOLEAN)""")
    towns = ["Ashby", "Brookfield", "Cranmore", "Dunley", "Elmstead"]
    vendors = [(i, name, cat, org, rng.choice(towns), _day(rng, dt.date(2015, 1, 1), 365 * 9))
               for i, (name, cat, org) in enumerate(VENDORS, start=1)]
    _insert(con, "vendors", vendors)
    days = []
    day = dt.date(2023, 1, 7)  # Saturdays at Riverside and Old Town, Wednesdays at Northgate
    while day <= dt.date(2024, 12, 31):
        for site, offset in (("Riverside", 0), ("Old Town Square", 0), ("Northgate", -3)):
            d = day + dt.timedelta(days=offset)
            summer = d.month in range(5, 10)
            weather = rng.choices(["sunny", "cloudy", "rain"], [35, 40, 25] if summer else [20, 45, 35])[0]
            base = {"Riverside": 1800, "Old Town Square": 1300, "Northgate": 600}[site]
            boost = 1.3 if weather == "sunny" else 0.6 if weather == "rain" else 1.0
            foot = int(base * boost * rng.uniform(0.8, 1.2))
            days.append((len(days) + 1, d, site, weather, None if rng.random() < 0.08 else foot))
        day += dt.timedelta(days=7)
    _insert(con, "market_days", days)
    reports = []
    for mday in days:
        for vendor in vendors:
            if mday[2] == "Northgate" and vendor[2] in ("meat", "crafts"):  # no cold store or space midweek
                continue
            if rng.random() > (0.75 if mday[2] != "Northgate" else 0.4) or vendor[5] > mday[1]:
                continue
            items = rng.randint(10, 160) if vendor[2] != "crafts" else rng.randint(1, 25)
            price = {"produce": 3.2, "dairy": 5.5, "bakery": 4.0, "meat": 12.0, "flowers": 9.0, "honey": 8.0,
                     "preserves": 6.0, "crafts": 28.0, "drinks": 3.5, "hot food": 7.5}[vendor[2]]
            fee = 45.0 if mday[2] != "Northgate" else 30.0
            reports.append((len(reports) + 1, vendor[0], mday[0], round(items * price * rng.uniform(0.85, 1.15), 2),
                            items, fee, rng.random() < 0.93))
    _insert(con, "stall_reports", reports)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "tennis": build_tennis, "evcharge": build_evcharge, "laundry": build_laundry, "weddings": build_weddings,
    "market": build_market}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval18-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval18-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval18-dbs"))
