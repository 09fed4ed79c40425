"""Builders of the eval42 development corpus: five DuckDB files in transport-and-leisure domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `tollroad.duckdb`: plazas, accounts (date_of_birth, closed_on NULL while open), crossings (TIMESTAMP crossed_at;
  crossings.account_id is NOT a declared foreign key and is NULL for pay-as-you-go drivers); 2023-01 to 2025-06
- `canalboats.duckdb`: boats, customers (birth_year), hires (declared FKs, optional rating); 2023-2024
- `carauction.duckdb`: auctions, buyers, lots (lots.auction_id declared, lots.buyer_id NOT declared; hammer_price
  and buyer_id NULL when a lot did not sell); 2022-2024
- `gokart.duckdb`: drivers (date_of_birth), races (TIMESTAMP race_start), race_results (declared FKs,
  finish_position NULL when the driver did not finish); 2023-07 to 2025-05
- `helitours.duckdb`: pilots (left_on NULL while employed), aircraft, flights (declared FKs; cancel_reason,
  duration_min and customer_rating NULL with a meaning); 2022-2024

Usage:
    python eval42/datasets.py OUTDIR

Example:
    >>> from eval42.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval42-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['canalboats.duckdb', 'carauction.duckdb', 'gokart.duckdb', 'helitours.duckdb', 'tollroad.duckdb']
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


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Aaron", "Bethany", "Callum", "Daisy", "Ethan", "Fiona", "George", "Hannah", "Imran", "Jessica", "Kieran",
         "Lauren", "Mohammed", "Niamh", "Owen", "Priya", "Quentin", "Rosie", "Samuel", "Tara", "Umar", "Verity",
         "William", "Yasmin", "Zach", "Megan", "Liam", "Chloe"]
LAST = ["Ashworth", "Barlow", "Crowther", "Dobson", "Entwistle", "Fairclough", "Greenwood", "Hargreaves", "Iqbal",
        "Jepson", "Kershaw", "Lomax", "Metcalfe", "Nuttall", "Ormerod", "Pickles", "Quayle", "Rawlinson", "Sutcliffe",
        "Tattersall", "Unsworth", "Whitworth", "Yates"]

# ---------------------------------------------------------------------------------------------------- toll road
PLAZAS = [
    # name, road, region, lanes, cash_accepted, opened_on
    ("Great Wyrley", "M6 Toll", "North", 8, True, dt.date(2003, 12, 9)),
    ("Norton Canes", "M6 Toll", "North", 6, True, dt.date(2003, 12, 9)),
    ("Weeford", "M6 Toll", "South", 10, True, dt.date(2003, 12, 9)),
    ("Shenstone", "M6 Toll", "South", 4, False, dt.date(2011, 5, 2)),
    ("Burntwood", "M6 Toll", "North", 4, False, dt.date(2014, 3, 17)),
    ("Mersey Gateway", "Mersey Link", "West", 6, False, dt.date(2017, 10, 14)),
    ("Runcorn East", "Mersey Link", "West", 4, False, dt.date(2018, 6, 1)),
    ("Dartford North", "Thames Crossing", "East", 12, False, dt.date(2014, 11, 30)),
    ("Thurrock", "Thames Crossing", "East", 8, True, dt.date(2009, 4, 20)),
    ("Severn West", "Severn Link", "West", 6, True, dt.date(1996, 6, 5)),
    ("Tyne Tunnel", "Tyne Link", "North", 4, True, dt.date(2011, 2, 25)),
    ("Humber Bridge", "Humber Link", "East", 6, True, dt.date(1981, 6, 24)),
]
VEHICLE_TOLL = {"car": 7.9, "motorcycle": 3.9, "van": 13.8, "HGV": 18.6, "coach": 14.2}


def _toll_accounts(rng: random.Random) -> list[tuple]:
    """600 tag accounts: some business, some closed (closed_on set), the rest still open (closed_on NULL)."""
    cities = ["Birmingham", "Wolverhampton", "Liverpool", "Manchester", "London", "Bristol", "Newcastle", "Hull"]
    accounts = []
    for aid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 600), start=1):
        opened = _day(rng, dt.date(2015, 1, 1), 3650)
        closed = None
        if rng.random() < 0.18:
            closed = opened + dt.timedelta(days=rng.randint(120, 2500))
            if closed > dt.date(2025, 6, 30):
                closed = None
        accounts.append((aid, first, last, _day(rng, dt.date(1948, 1, 1), 365 * 55),
                         rng.choices(["personal", "business"], [75, 25])[0], opened, closed, rng.random() < 0.62,
                         rng.choices(cities, [22, 10, 14, 16, 12, 10, 8, 8])[0]))
    return accounts


def _crossing_time(rng: random.Random, day: dt.date) -> dt.datetime:
    """A crossing time with morning and evening peaks."""
    hour = rng.choices(range(24), [1, 1, 1, 1, 2, 4, 8, 14, 16, 10, 7, 6, 6, 6, 7, 9, 13, 15, 11, 7, 5, 3, 2, 1])[0]
    return dt.datetime.combine(day, dt.time(hour, rng.randrange(60), rng.randrange(60)))


def build_tollroad(path: Path | str) -> None:
    """plazas (12), accounts (600), crossings (2023-01-01 .. 2025-06-30, account_id undeclared, NULL if no tag)."""
    rng = random.Random(4201)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE plazas(plaza_id INTEGER PRIMARY KEY, plaza_name VARCHAR, road VARCHAR,
        region VARCHAR, lanes INTEGER, cash_accepted BOOLEAN, opened_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE accounts(account_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, account_type VARCHAR, opened_on DATE, closed_on DATE,
        autopay BOOLEAN, home_city VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE crossings(crossing_id INTEGER PRIMARY KEY,
        plaza_id INTEGER REFERENCES plazas(plaza_id), account_id INTEGER, crossed_at TIMESTAMP,
        vehicle_class VARCHAR, direction VARCHAR, payment_method VARCHAR, toll_amount DOUBLE,
        discount_applied BOOLEAN)""")
    plazas = [(i, *p) for i, p in enumerate(PLAZAS, start=1)]
    accounts = _toll_accounts(rng)
    weights = [p[4] * rng.uniform(0.7, 1.4) for p in plazas]
    crossings = []
    day, last = dt.date(2023, 1, 1), dt.date(2025, 6, 30)
    while day <= last:
        growth = 1 + 0.06 * (day.year - 2023) + (0.15 if day.month in (7, 8) else 0)
        for _ in range(int(rng.gauss(32, 5) * growth * (0.75 if day.weekday() >= 5 else 1))):
            plaza = rng.choices(plazas, weights)[0]
            vclass = rng.choices(list(VEHICLE_TOLL), [70, 4, 14, 9, 3])[0]
            ts = _crossing_time(rng, day)
            account = rng.choice(accounts)
            open_then = account[5] <= day and (account[6] is None or account[6] >= day)
            if open_then and rng.random() < 0.55:
                method, account_id = "tag", account[0]
            else:
                method = rng.choices(["card", "cash"], [70, 30] if plaza[5] else [100, 0])[0]
                account_id = None
            discount = method == "tag" and rng.random() < 0.35
            night = ts.hour >= 23 or ts.hour < 6
            amount = VEHICLE_TOLL[vclass] * (1 + 0.04 * (day.year - 2023)) * (0.8 if night else 1.0)
            amount = round(amount * (0.9 if discount else 1.0), 2)
            crossings.append((len(crossings) + 1, plaza[0], account_id, ts, vclass,
                              rng.choice(["northbound", "southbound"]), method, amount, discount))
        day += dt.timedelta(days=1)
    _insert(con, "plazas", plazas)
    _insert(con, "accounts", accounts)
    _insert(con, "crossings", crossings)
    con.close()


# --------------------------------------------------------------------------------------------------- canal boats
BOAT_NAMES = ["Kingfisher", "Dragonfly", "Heron", "Willow", "Lazy Days", "Otter", "Moorhen", "Meander", "Bramble",
              "Tranquility", "Lock Keeper", "Swan Song", "Damselfly", "Water Vole", "Foxglove", "Bluebell", "Puffin",
              "Nutmeg", "Primrose", "Rosehip", "Slow Lane", "Marigold", "Kestrel", "Jubilee", "Wren", "Sorrel",
              "Badger", "Mallard", "Skylark", "Thistle", "Teasel", "Merlin", "Coot", "Eider", "Nightjar", "Pipit"]
MARINAS = ["Braunston", "Llangollen", "Skipton", "Hebden Bridge", "Stoke Bruerne"]
BOAT_CLASS = {"narrowboat": (4, 8, 57, 70, 1250.0), "widebeam": (6, 10, 50, 60, 1600.0), "day boat": (8, 12, 20, 32,
                                                                                                     140.0)}


def _canal_boats(rng: random.Random) -> list[tuple]:
    """36 boats: class decides berths, length and the weekly rate."""
    boats = []
    for bid, name in enumerate(BOAT_NAMES, start=1):
        cls = rng.choices(list(BOAT_CLASS), [60, 20, 20])[0]
        lo_b, hi_b, lo_l, hi_l, rate = BOAT_CLASS[cls]
        berths = rng.randint(lo_b, hi_b)
        boats.append((bid, name, cls, berths, rng.randint(lo_l, hi_l), MARINAS[(bid * 7) % 5],
                      rng.random() < 0.5, round(rate * (1 + berths / 20) * rng.uniform(0.9, 1.1), 2),
                      rng.randint(1995, 2022)))
    return boats


def build_canalboats(path: Path | str) -> None:
    """boats (36), customers (900, birth_year), hires (2023-2024 start dates, declared FKs, rating optional)."""
    rng = random.Random(4202)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE boats(boat_id INTEGER PRIMARY KEY, boat_name VARCHAR, boat_class VARCHAR,
        berths INTEGER, length_ft INTEGER, base_marina VARCHAR, pet_friendly BOOLEAN, weekly_rate DOUBLE,
        built_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, country VARCHAR, newsletter BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE hires(hire_id INTEGER PRIMARY KEY,
        boat_id INTEGER REFERENCES boats(boat_id), customer_id INTEGER REFERENCES customers(customer_id),
        booked_on DATE, start_date DATE, nights INTEGER, party_size INTEGER, total_price DOUBLE, status VARCHAR,
        damage_reported BOOLEAN, rating INTEGER)""")
    boats = _canal_boats(rng)
    countries = ["UK", "Germany", "Netherlands", "USA", "Australia", "France"]
    customers = [(cid, first, last, rng.randint(1945, 2003), rng.choices(countries, [55, 12, 9, 10, 8, 6])[0],
                  rng.random() < 0.4)
                 for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 560), start=1)]
    hires = []
    for boat in boats:
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 20))
        while day <= dt.date(2024, 12, 31):
            summer = day.month in (5, 6, 7, 8, 9)
            nights = rng.choice([1] if boat[2] == "day boat" else [3, 4, 7, 7, 7, 10, 14])
            cust = rng.choice(customers)
            status = rng.choices(["completed", "cancelled", "no-show"], [86, 11, 3])[0]
            price = boat[7] / 7 * nights * (1.2 if summer else 0.85)
            if boat[2] == "day boat":
                price = boat[7] * (1.2 if summer else 0.85)
            rating = None
            if status == "completed" and rng.random() < 0.6:
                rating = rng.choices([1, 2, 3, 4, 5], [2, 4, 12, 38, 44])[0]
            hires.append((len(hires) + 1, boat[0], cust[0], day - dt.timedelta(days=rng.randint(3, 200)), day, nights,
                          rng.randint(1, boat[3]), round(price * rng.uniform(0.95, 1.05), 2), status,
                          status == "completed" and rng.random() < 0.07, rating))
            gap = rng.randint(0, 4) if summer else rng.randint(3, 30)
            day += dt.timedelta(days=nights + gap)
    _insert(con, "boats", boats)
    _insert(con, "customers", customers)
    _insert(con, "hires", hires)
    con.close()


# -------------------------------------------------------------------------------------------------- car auction
MAKES = {
    "Ford": (["Fiesta", "Focus", "Kuga", "Transit Custom"], 9000),
    "Vauxhall": (["Corsa", "Astra", "Mokka"], 8000),
    "Volkswagen": (["Polo", "Golf", "Tiguan"], 12000),
    "BMW": (["1 Series", "3 Series", "X3"], 17000),
    "Audi": (["A3", "A4", "Q5"], 17500),
    "Toyota": (["Yaris", "Corolla", "RAV4"], 12500),
    "Nissan": (["Micra", "Qashqai", "Leaf"], 10000),
    "Tesla": (["Model 3", "Model Y"], 26000),
    "Kia": (["Picanto", "Sportage", "Niro"], 11000),
}
SITES = ["Leeds", "Bristol", "Milton Keynes", "Glasgow", "Online"]
BUYERS = ["Northway Motors", "A1 Car Sales", "Pennine Autos", "Clyde Trade Cars", "Severn Vehicle Exports",
          "Castle Motor Group", "Redline Traders", "Baltic Auto Export", "Greenlane Cars", "Mercia Motors",
          "Summit Car Supermarket", "Harbour Vehicle Sales", "Crown Autos", "Oakfield Motors", "Westgate Trade Centre",
          "Lakeside Car Co", "Ironbridge Autos", "Kestrel Motors", "Atlas Export Ltd", "Bridgewater Cars"]


def _auction_buyers(rng: random.Random) -> list[tuple]:
    """20 trade buyers and 140 private buyers (people's names), registered 2018-2024."""
    regions = ["Yorkshire", "South West", "Midlands", "Scotland", "London", "North West"]
    buyers = []
    for name in BUYERS:
        kind = "export" if "Export" in name else "trader"
        buyers.append((len(buyers) + 1, name, kind, rng.choice(regions), _day(rng, dt.date(2018, 1, 1), 2000), True))
    for first, last in _unique_names(rng, FIRST, LAST, 140):
        buyers.append((len(buyers) + 1, f"{first} {last}", "private", rng.choice(regions),
                       _day(rng, dt.date(2019, 1, 1), 2100), rng.random() < 0.05))
    return buyers


def _auction_lot(rng: random.Random, lot_id: int, auction: tuple, lot_no: int, buyers: list[tuple]) -> tuple:
    """One lot: guide and reserve from make, age and mileage; sold lots get a hammer price and a buyer."""
    make = rng.choices(list(MAKES), [16, 12, 13, 9, 8, 12, 10, 5, 10])[0]
    models, base = MAKES[make]
    model = rng.choice(models)
    age = rng.randint(1, 12)
    fuel = "electric" if make == "Tesla" or model == "Leaf" or rng.random() < 0.04 else rng.choices(
        ["petrol", "diesel", "hybrid"], [50, 35, 15])[0]
    mileage = max(800, int(age * rng.gauss(9500, 2500)))
    guide = round(base * (0.86 ** age) * rng.uniform(0.85, 1.15) / 50) * 50 + 250
    reserve = round(guide * rng.uniform(0.8, 0.97) / 50) * 50
    sold = rng.random() < 0.78
    hammer, buyer_id = None, None
    if sold:
        hammer = float(max(reserve, round(guide * rng.gauss(1.0, 0.12) / 25) * 25))
        weights = [9 if b[2] != "private" else 0 if b[0] % 6 == 0 else 1 for b in buyers]  # some never buy
        buyer_id = rng.choices(buyers, weights)[0][0]
    return (lot_id, auction[0], lot_no, make, model, auction[1].year - age, mileage, fuel, float(guide),
            float(reserve), hammer, sold, buyer_id, rng.choices(["dealer", "fleet", "private", "lease return"],
                                                                [35, 25, 20, 20])[0], rng.random() < 0.7)


def build_carauction(path: Path | str) -> None:
    """auctions (2022-2024), buyers (160), lots (auction_id declared FK, buyer_id undeclared and NULL if unsold)."""
    rng = random.Random(4203)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE auctions(auction_id INTEGER PRIMARY KEY, auction_date DATE, site VARCHAR,
        sale_type VARCHAR, auctioneer VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE buyers(buyer_id INTEGER PRIMARY KEY, buyer_name VARCHAR,
        buyer_type VARCHAR, region VARCHAR, registered_on DATE, vat_registered BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE lots(lot_id INTEGER PRIMARY KEY,
        auction_id INTEGER REFERENCES auctions(auction_id), lot_number INTEGER, make VARCHAR, model VARCHAR,
        reg_year INTEGER, mileage INTEGER, fuel_type VARCHAR, guide_price DOUBLE, reserve_price DOUBLE,
        hammer_price DOUBLE, sold BOOLEAN, buyer_id INTEGER, seller_type VARCHAR, service_history BOOLEAN)""")
    auctioneers = ["Gareth Pryce", "Sandra Oyelaran", "Malcolm Reid", "Joanne Fitch"]
    auctions, day = [], dt.date(2022, 1, 4)
    while day <= dt.date(2024, 12, 27):
        for site in SITES:
            if rng.random() < (0.55 if site != "Online" else 0.9):
                sale_type = "online" if site == "Online" else rng.choices(["live", "timed"], [75, 25])[0]
                auctions.append((len(auctions) + 1, day + dt.timedelta(days=rng.randint(0, 4)), site, sale_type,
                                 rng.choice(auctioneers)))
        day += dt.timedelta(days=7)
    buyers = _auction_buyers(rng)
    lots = []
    for auction in auctions:
        for lot_no in range(1, rng.randint(4, 14)):
            lots.append(_auction_lot(rng, len(lots) + 1, auction, lot_no, buyers))
    _insert(con, "auctions", auctions)
    _insert(con, "buyers", buyers)
    _insert(con, "lots", lots)
    con.close()


# ------------------------------------------------------------------------------------------------------ go-karts
RACE_TYPES = {"arrive and drive": (10, 45.0), "grand prix": (14, 75.0), "junior": (8, 30.0), "corporate": (20, 60.0),
              "endurance": (40, 95.0)}
LAYOUTS = {"Club": 38.0, "National": 52.0, "Outer Loop": 61.0}


def _race_start(rng: random.Random, day: dt.date, race_type: str) -> dt.datetime:
    """Juniors race in the day, corporate events in the evening, the rest any time the track is open."""
    hours = {"junior": range(10, 17), "corporate": range(17, 21)}.get(race_type, range(10, 22))
    return dt.datetime.combine(day, dt.time(rng.choice(list(hours)), rng.choice([0, 15, 30, 45])))


def _pick_field(rng: random.Random, pool: list[tuple], keen: dict[int, float], n: int) -> list[tuple]:
    """n distinct drivers, keener ones more often; a driver with keenness 0 never races (weighted sampling)."""
    keyed = sorted(((rng.random() ** (1 / keen[d[0]]), d) for d in pool if keen[d[0]] > 0), reverse=True)
    return [d for _, d in keyed[:n]]


def build_gokart(path: Path | str) -> None:
    """drivers (450, date_of_birth), races (2023-07 .. 2025-05), race_results (declared FKs, NULL position = DNF)."""
    rng = random.Random(4204)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE drivers(driver_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, membership VARCHAR, joined_on DATE, home_town VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE races(race_id INTEGER PRIMARY KEY, race_start TIMESTAMP, layout VARCHAR,
        race_type VARCHAR, track_condition VARCHAR, laps INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE race_results(result_id INTEGER PRIMARY KEY,
        race_id INTEGER REFERENCES races(race_id), driver_id INTEGER REFERENCES drivers(driver_id), kart_no INTEGER,
        best_lap_s DOUBLE, finish_position INTEGER, penalty_points INTEGER, fee_paid DOUBLE)""")
    towns = ["Milton Keynes", "Bedford", "Northampton", "Luton", "Buckingham", "Leighton Buzzard"]
    drivers = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 450), start=1):
        junior = rng.random() < 0.22
        born = _day(rng, dt.date(2009, 1, 1), 365 * 6) if junior else _day(rng, dt.date(1960, 1, 1), 365 * 44)
        drivers.append((did, first, last, born, rng.choices(["none", "silver", "gold"], [60, 28, 12])[0],
                        _day(rng, dt.date(2019, 1, 1), 2300), rng.choice(towns)))
    skill = {d[0]: rng.gauss(0, 1.6) for d in drivers}
    keen = {d[0]: 0.0 if rng.random() < 0.06 else rng.choice([0.3, 1.0, 1.0, 2.0, 4.0]) for d in drivers}
    juniors = [d for d in drivers if d[3].year >= 2009]
    adults = [d for d in drivers if d[3].year < 2009]
    races, results = [], []
    day = dt.date(2023, 7, 1)
    while day <= dt.date(2025, 5, 31):
        for _ in range(rng.randint(1, 4) + (2 if day.weekday() >= 5 else 0)):
            rtype = rng.choices(list(RACE_TYPES), [45, 20, 15, 12, 8])[0]
            layout = rng.choice(list(LAYOUTS))
            summer = day.month in (4, 5, 6, 7, 8, 9)
            cond = rng.choices(["dry", "damp", "wet"], [65, 20, 15] if summer else [45, 30, 25])[0]
            race = (len(races) + 1, _race_start(rng, day, rtype), layout, rtype, cond, RACE_TYPES[rtype][0])
            races.append(race)
            field = _pick_field(rng, juniors if rtype == "junior" else adults, keen, rng.randint(5, 12))
            laps = {d[0]: LAYOUTS[layout] * (1.06 if cond == "damp" else 1.14 if cond == "wet" else 1.0)
                    + skill[d[0]] + rng.gauss(0, 0.8) for d in field}
            finished = [d for d in field if rng.random() > 0.07]
            order = sorted(finished, key=lambda d: laps[d[0]])
            for d in field:
                position = order.index(d) + 1 if d in finished else None
                fee = RACE_TYPES[rtype][1] * (0.85 if d[4] == "gold" else 0.92 if d[4] == "silver" else 1.0)
                results.append((len(results) + 1, race[0], d[0], rng.randint(1, 30), round(laps[d[0]], 3), position,
                                rng.choices([0, 0, 0, 0, 1, 2, 3, 5], k=1)[0], round(fee, 2)))
        day += dt.timedelta(days=1)
    _insert(con, "drivers", drivers)
    _insert(con, "races", races)
    _insert(con, "race_results", results)
    con.close()


# ------------------------------------------------------------------------------------------------ helicopter tours
TOURS = {"City Skyline": (15, 129.0), "Coastal Cliffs": (30, 219.0), "Glacier Landing": (45, 399.0),
         "Sunset Special": (25, 249.0), "Wine Country": (60, 459.0)}
AIRCRAFT = [("G-HLTA", "Robinson R44", 3, 2015), ("G-HLTB", "Robinson R44", 3, 2017),
            ("G-HLTC", "Robinson R66", 4, 2019), ("G-HLTD", "Airbus H125", 6, 2016),
            ("G-HLTE", "Airbus H125", 6, 2021), ("G-HLTF", "Bell 407", 6, 2012),
            ("G-HLTG", "Airbus H130", 7, 2022)]


def _pilots(rng: random.Random) -> list[tuple]:
    """14 pilots: some left (left_on set), the rest still employed (left_on NULL)."""
    bases = ["Harbour Heliport", "Lakeside", "Airport East"]
    pilots = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 14), start=1):
        hired = _day(rng, dt.date(2012, 1, 1), 4000)
        left = None
        if pid in (3, 8, 11):
            left = _day(rng, dt.date(2023, 2, 1), 600)
        pilots.append((pid, first, last, _day(rng, dt.date(1965, 1, 1), 365 * 30), bases[pid % 3], hired, left,
                       rng.randint(900, 9000)))
    return pilots


def build_helitours(path: Path | str) -> None:
    """pilots (14), aircraft (7), flights (2022-2024, declared FKs, NULL cancel_reason / customer_rating)."""
    rng = random.Random(4205)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE pilots(pilot_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        date_of_birth DATE, base VARCHAR, hired_on DATE, left_on DATE, total_flight_hours INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE aircraft(aircraft_id INTEGER PRIMARY KEY, registration VARCHAR,
        model VARCHAR, seats INTEGER, year_built INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE flights(flight_id INTEGER PRIMARY KEY,
        pilot_id INTEGER REFERENCES pilots(pilot_id), aircraft_id INTEGER REFERENCES aircraft(aircraft_id),
        tour VARCHAR, departure_at TIMESTAMP, duration_min INTEGER, passengers INTEGER, ticket_revenue DOUBLE,
        cancelled BOOLEAN, cancel_reason VARCHAR, fuel_litres DOUBLE, customer_rating DOUBLE)""")
    pilots = _pilots(rng)
    aircraft = [(i, *a) for i, a in enumerate(AIRCRAFT, start=1)]
    flights = []
    day = dt.date(2022, 1, 1)
    while day <= dt.date(2024, 12, 31):
        active = [p for p in pilots if p[5] <= day and (p[6] is None or p[6] > day)]
        season = 1.6 if day.month in (6, 7, 8) else 0.6 if day.month in (12, 1, 2) else 1.0
        for _ in range(max(0, int(rng.gauss(4.5 * season, 1.5)))):
            tour = rng.choices(list(TOURS), [30, 25, 15, 20, 10])[0]
            minutes, price = TOURS[tour]
            plane = rng.choice(aircraft)
            hour = rng.choice([18, 19, 20]) if tour == "Sunset Special" else rng.randint(9, 17)
            dep = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 30])))
            cancelled = rng.random() < (0.14 if season < 1 else 0.06)
            reason = rng.choices(["weather", "technical", "low bookings"], [60, 15, 25])[0] if cancelled else None
            pax = 0 if cancelled else rng.randint(1, plane[3])
            duration = minutes + rng.randint(-3, 8)
            rating = None if cancelled or rng.random() < 0.35 else round(min(5.0, rng.gauss(4.4, 0.4)), 1)
            flights.append((len(flights) + 1, rng.choice(active)[0], plane[0], tour, dep,
                            None if cancelled else duration, pax,
                            round(pax * price * (1 + 0.05 * (day.year - 2022)), 2), cancelled, reason,
                            0.0 if cancelled else round(duration * (0.9 if plane[3] <= 4 else 2.4)
                                                        * rng.uniform(0.9, 1.1), 1), rating))
        day += dt.timedelta(days=1)
    _insert(con, "pilots", pilots)
    _insert(con, "aircraft", aircraft)
    _insert(con, "flights", flights)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "tollroad": build_tollroad,
    "canalboats": build_canalboats,
    "carauction": build_carauction,
    "gokart": build_gokart,
    "helitours": build_helitours,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval42-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval42-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval42-dbs"))
