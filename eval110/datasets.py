"""Builders of the hundred-and-tenth development evaluation corpus: five DuckDB files in five small-business domains.

Deterministic (one fixed `random.Random(seed)` per schema, no clock) and atomic (each file is written to a
temporary name, then renamed). Standalone: imports nothing from the project.

- `vinyl.duckdb`: a record shop's records, customers, sales (one row per line item, grouped by `order_no`) and
  trade-ins (`record_id` NULL when the shop declined the record)
- `coffee.duckdb`: a coffee subscription's roasts, subscribers (birthYear, cancelledDate NULL while active) and
  shipments (roastedAt / shippedAt / deliveredAt timestamps); camelCase columns
- `studio.duckdb`: a wedding photography studio's photographers (birth date), clients, shoots and albums
  (`delivered_on` NULL while the album is not delivered yet)
- `rail.duckdb`: a rail ticket office's stations, journeys (scheduled and actual times, NULL when cancelled),
  tickets and refunds (`processed_on` NULL while pending)
- `lifeguard.duckdb`: a beach lifeguard service's lifeguards (birth date), beaches, shifts and incidents
  (`incidents.lifeguard_id` is only implied by its name, not declared)

Usage:
    python eval110/datasets.py OUTDIR

Example:
    >>> from eval110.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval110-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['coffee.duckdb', 'lifeguard.duckdb', 'rail.duckdb', 'studio.duckdb', 'vinyl.duckdb']
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


def _day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A random day in [start, end]."""
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """The timestamp `day` hour:minute."""
    return dt.datetime.combine(day, dt.time(hour, minute))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


def _pick(rng: random.Random, weighted: dict):
    """One key of `weighted` (key -> weight), drawn by weight."""
    return rng.choices(list(weighted), list(weighted.values()))[0]


FIRST = ["Adaeze", "Bruno", "Celeste", "Dmitri", "Esme", "Felix", "Gwen", "Hugo", "Imogen", "Jasper", "Kaia",
         "Leon", "Mabel", "Nico", "Orla", "Pablo", "Quinn", "Rosa", "Soren", "Tamsin", "Ulric", "Vera", "Wes",
         "Ximena", "Yara", "Zeke", "Amara", "Callum", "Delphine", "Ezra"]
LAST = ["Abernethy", "Bellamy", "Castellano", "Drummond", "Eastwood", "Fairweather", "Goldberg", "Haverford",
        "Ingram", "Juarez", "Kettering", "Lindgren", "Moreau", "Nightingale", "Oyelaran", "Pettigrew", "Quayle",
        "Rosenthal", "Strickland", "Tolliver", "Underwood", "Vasquez", "Winslow", "Yardley", "Zielinski"]

# ------------------------------------------------------------------------------------------------- vinyl shop
GENRES = {"rock": 30, "jazz": 14, "soul": 12, "hip hop": 10, "electronic": 12, "folk": 9, "classical": 6}
ARTISTS = {"rock": ["The Velvet Foxes", "Marble Arch", "Static Harbour", "Neon Pilgrims", "Copper Kings",
                    "Laura Finch"],
           "jazz": ["Miles Arden Quartet", "Ella Brookes", "The Blue Lantern Trio", "Sonny Okafor"],
           "soul": ["Otis Grant", "The Silk Sisters", "Marvin Reyes"],
           "hip hop": ["MC Cartography", "Lyric Kollective", "DJ Slowhand"],
           "electronic": ["Autonomics", "Glass Circuit", "Polar Lights"],
           "folk": ["Fern & Bramble", "Hollis Crane"],
           "classical": ["Vienna Chamber Players", "Clara Wendt"]}
WORDS = ["Midnight", "Harbour", "Velvet", "Signal", "River", "Echoes", "Paper", "Gold", "Winter", "Satellite",
         "Honey", "Stone", "Mirror", "Summer", "Electric", "Quiet", "Northern", "Wild", "Broken", "Silver"]
NOUNS = ["Sessions", "Lights", "Dreams", "Avenue", "Hearts", "Season", "Machine", "Garden", "Tapes", "Skies"]
CONDITIONS = {"mint": 18, "near mint": 30, "very good": 30, "good": 15, "fair": 7}
COND_FACTOR = {"mint": 1.5, "near mint": 1.2, "very good": 1.0, "good": 0.7, "fair": 0.45}
VINYL_CITIES = {"Bristol": 9, "Bath": 4, "Cardiff": 3, "Swindon": 2, "Gloucester": 2}


def build_vinyl(path: Path | str) -> None:
    """records (640, genre, format, condition, price_gbp), customers (380, birth_date, loyalty_member), sales
    (line items of orders 2023-2024, customer_id NULL for walk-in buyers), trade_ins (record_id and payout NULL when
    declined)."""
    rng = random.Random(11001)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE records(record_id INTEGER PRIMARY KEY, artist VARCHAR, title VARCHAR,
        genre VARCHAR, format VARCHAR, release_year INTEGER, pressing VARCHAR, condition VARCHAR, price_gbp DOUBLE,
        sealed BOOLEAN, stock_qty INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, city VARCHAR, joined_on DATE, loyalty_member BOOLEAN,
        newsletter BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sales(line_id INTEGER PRIMARY KEY, order_no INTEGER,
        customer_id INTEGER REFERENCES customers(customer_id), record_id INTEGER REFERENCES records(record_id),
        sold_at TIMESTAMP, quantity INTEGER, unit_price_gbp DOUBLE, payment_method VARCHAR, online BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE trade_ins(trade_in_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), record_id INTEGER REFERENCES records(record_id),
        traded_on DATE, condition VARCHAR, payout_gbp DOUBLE, payout_type VARCHAR)""")
    records = []
    for rid in range(1, 641):
        genre = _pick(rng, GENRES)
        artist = rng.choice(ARTISTS[genre])
        title = f"{rng.choice(WORDS)} {rng.choice(NOUNS)}"
        year = rng.randint(2015, 2024) if rng.random() < 0.3 else rng.randint(1956, 2014)
        fmt = _pick(rng, {"LP": 72, "7-inch": 18, "12-inch": 10})
        pressing = "original" if year >= 2015 or rng.random() < 0.45 else "reissue"
        cond = "mint" if year >= 2015 and rng.random() < 0.7 else _pick(rng, CONDITIONS)
        base = {"LP": 22.0, "7-inch": 7.0, "12-inch": 12.0}[fmt]
        age_bonus = 2.2 if pressing == "original" and year < 1980 else 1.0
        price = round(base * COND_FACTOR[cond] * age_bonus * rng.uniform(0.7, 1.5), 0) - 0.01
        records.append((rid, artist, title, genre, fmt, year, pressing, cond, max(price, 2.99),
                        cond == "mint" and rng.random() < 0.5, rng.choices([0, 1, 1, 1, 2, 3])[0]))
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 380), start=1):
        customers.append((cid, first, last, _day(rng, dt.date(1952, 1, 1), dt.date(2006, 6, 30)),
                          _pick(rng, VINYL_CITIES), _day(rng, dt.date(2017, 3, 1), dt.date(2024, 11, 30)),
                          rng.random() < 0.42, rng.random() < 0.55))
    sales, line = [], 0
    buyer_w = [rng.choice([1, 1, 2, 3, 6]) for _ in customers]
    for order_no in range(10001, 11451):
        online = rng.random() < 0.3
        day = _day(rng, dt.date(2023, 1, 1), dt.date(2024, 12, 31))
        if not online and day.weekday() == 6:
            day += dt.timedelta(days=1)
        if day.month == 12 and rng.random() < 0.3:
            day = day.replace(day=rng.randint(1, 23))
        cust = rng.choices(customers, buyer_w)[0]
        customer_id = cust[0] if online or rng.random() < 0.6 else None
        if customer_id is not None and cust[5] > day:
            customer_id = None if not online else customer_id
        when = _at(day, rng.randint(0, 23) if online else rng.randint(10, 18), rng.randrange(60))
        method = (_pick(rng, {"card": 8, "paypal": 3}) if online
                  else _pick(rng, {"card": 10, "cash": 5, "gift voucher": 1}))
        for rec in rng.sample(records, rng.choices([1, 2, 3, 4], [55, 25, 13, 7])[0]):
            line += 1
            price = rec[8]
            if customer_id is not None and cust[6]:
                price = round(price * 0.9, 2)
            sales.append((line, order_no, customer_id, rec[0], when, rng.choices([1, 2], [92, 8])[0], price,
                          method, online))
    trade_ins = []
    used = [r for r in records if r[7] != "mint"]
    rng.shuffle(used)
    regulars = [c for c in customers if c[0] % 3 != 0]
    for tid in range(1, 461):
        cust = rng.choice(regulars)
        day = _day(rng, max(cust[5], dt.date(2023, 1, 1)), dt.date(2024, 12, 31))
        if rng.random() < 0.72 and used:
            rec = used.pop()
            cond = rec[7]
            payout_type = _pick(rng, {"cash": 5, "store credit": 4})
            payout = round(rec[8] * (0.35 if payout_type == "cash" else 0.5), 2)
            trade_ins.append((tid, cust[0], rec[0], day, cond, payout, payout_type))
        else:
            trade_ins.append((tid, cust[0], None, day, _pick(rng, {"good": 3, "fair": 6, "very good": 1}),
                              None, None))
    _insert(con, "records", records)
    _insert(con, "customers", customers)
    _insert(con, "sales", sales)
    _insert(con, "trade_ins", trade_ins)
    con.close()


# ------------------------------------------------------------------------------------------------- coffee
ORIGINS = {"Ethiopia": ["Yirgacheffe", "Guji", "Sidamo", "Limu"], "Colombia": ["Huila", "Narino", "Tolima"],
           "Brazil": ["Cerrado", "Mogiana", "Sul de Minas"], "Guatemala": ["Antigua", "Huehuetenango"],
           "Kenya": ["Nyeri", "Kirinyaga"], "Sumatra": ["Aceh Gayo", "Lintong"]}
BLENDS = ["House Espresso", "Morning Ritual", "Night Owl", "Dark Matter", "Sunday Brunch", "Swiss Water Decaf",
          "Decaf Espresso"]
CITIES_US = {"Portland": 5, "Seattle": 4, "Denver": 3, "Austin": 3, "Chicago": 3, "Boston": 2}


def build_coffee(path: Path | str) -> None:
    """roasts (23, origin, roastLevel, pricePerBag), subscribers (230, birthYear, plan, cancelledDate NULL while
    active), shipments (2023-01 to 2025-02: roastedAt, shippedAt, deliveredAt NULL while in transit or lost).
    camelCase columns."""
    rng = random.Random(11002)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE roasts(roastId INTEGER PRIMARY KEY, roastName VARCHAR, origin VARCHAR,
        roastLevel VARCHAR, process VARCHAR, pricePerBag DOUBLE, isDecaf BOOLEAN, isOrganic BOOLEAN,
        releasedOn DATE)""")
    con.execute("""CREATE OR REPLACE TABLE subscribers(subscriberId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthYear INTEGER, city VARCHAR, plan VARCHAR, grindType VARCHAR, signupDate DATE,
        cancelledDate DATE, isGift BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE shipments(shipmentId INTEGER PRIMARY KEY,
        subscriberId INTEGER REFERENCES subscribers(subscriberId), roastId INTEGER REFERENCES roasts(roastId),
        bags INTEGER, roastedAt TIMESTAMP, shippedAt TIMESTAMP, deliveredAt TIMESTAMP, carrier VARCHAR,
        shippingFee DOUBLE, amountCharged DOUBLE, expedited BOOLEAN)""")
    roasts, rid = [], 0
    for origin, regions in ORIGINS.items():
        for region in regions:
            rid += 1
            level = _pick(rng, {"light": 5, "medium": 4, "dark": 1 if origin != "Sumatra" else 5})
            process = _pick(rng, {"washed": 5, "natural": 3, "honey": 1})
            roasts.append((rid, f"{origin} {region}", origin, level, process, round(rng.uniform(15, 23), 1) + 0.5,
                           False, rng.random() < 0.45, _day(rng, dt.date(2021, 1, 1), dt.date(2024, 9, 30))))
    for name in BLENDS:
        rid += 1
        decaf = "Decaf" in name
        level = "dark" if name in ("Dark Matter", "Night Owl", "Decaf Espresso") else "medium"
        roasts.append((rid, name, "Blend", level, "washed", round(rng.uniform(13, 17), 1) + 0.5, decaf,
                       rng.random() < 0.3, _day(rng, dt.date(2020, 6, 1), dt.date(2024, 6, 30))))
    subscribers = []
    last_day = dt.date(2025, 2, 28)
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 230), start=1):
        signup = _day(rng, dt.date(2022, 3, 1), dt.date(2025, 1, 31))
        cancelled = None
        if rng.random() < 0.38:
            cancelled = signup + dt.timedelta(days=rng.randint(45, 600))
            if cancelled > dt.date(2025, 2, 20):
                cancelled = None
        gift = rng.random() < 0.15
        if gift and cancelled is None and signup < dt.date(2024, 6, 1):
            cancelled = signup + dt.timedelta(days=rng.choice([91, 182, 365]))
        subscribers.append((sid, first, last, rng.randint(1955, 2003), _pick(rng, CITIES_US),
                            _pick(rng, {"weekly": 2, "fortnightly": 4, "monthly": 6}),
                            _pick(rng, {"whole bean": 5, "espresso": 3, "filter": 4, "french press": 2}),
                            signup, cancelled, gift))
    shipments, ship_id = [], 0
    step = {"weekly": 7, "fortnightly": 14, "monthly": 30}
    for s in subscribers:
        favourite_decaf = rng.random() < 0.1
        choices = [r for r in roasts if r[6] == favourite_decaf]
        first = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(7))
        day = max(s[7] + dt.timedelta(days=rng.randint(1, 5)), first)
        end = min(s[8] or last_day, last_day)
        bags = rng.choices([1, 2, 3], [6, 3, 1])[0]
        while day <= end:
            live = [r for r in choices if r[8] <= day] or choices
            roast = rng.choice(live)
            roasted = _at(day, rng.randint(5, 13), rng.randrange(60))
            shipped = roasted + dt.timedelta(days=rng.choices([0, 1, 2, 3], [2, 5, 2, 1])[0], hours=rng.randint(1, 9))
            expedited = rng.random() < 0.12
            carrier = _pick(rng, {"USPS": 6, "UPS": 3, "FedEx": 2})
            transit = rng.randint(1, 2) if expedited else rng.randint(2, 6) + (1 if carrier == "USPS" else 0)
            delivered = shipped + dt.timedelta(days=transit, hours=rng.randint(-3, 6))
            if delivered.date() > last_day or rng.random() < 0.012:
                delivered = None
            fee = 9.95 if expedited else (0.0 if bags >= 2 else 4.5)
            ship_id += 1
            shipments.append((ship_id, s[0], roast[0], bags, roasted, shipped, delivered, carrier, fee,
                              round(bags * roast[5] + fee, 2), expedited))
            day += dt.timedelta(days=step[s[5]])
    _insert(con, "roasts", roasts)
    _insert(con, "subscribers", subscribers)
    _insert(con, "shipments", shipments)
    con.close()


# ------------------------------------------------------------------------------------------------- photo studio
PHOTOGRAPHERS = [(1, "Harriet", "Okonjo", dt.date(1984, 3, 14), dt.date(2014, 5, 1), "documentary", 1450.0, False),
                 (2, "Tomasz", "Wilk", dt.date(1990, 11, 2), dt.date(2016, 2, 15), "fine art", 1650.0, False),
                 (3, "Priyanka", "Desai", dt.date(1993, 7, 21), dt.date(2019, 4, 8), "documentary", 1250.0, False),
                 (4, "Gareth", "Lloyd-Evans", dt.date(1977, 1, 30), dt.date(2012, 9, 3), "traditional", 1350.0,
                  False),
                 (5, "Sienna", "Marchetti", dt.date(1996, 5, 9), dt.date(2021, 3, 22), "fine art", 1100.0, True),
                 (6, "Kwame", "Asante", dt.date(1988, 8, 17), dt.date(2020, 6, 1), "documentary", 1200.0, True),
                 (7, "Lottie", "Pemberton", dt.date(1999, 12, 3), dt.date(2023, 4, 10), "traditional", 950.0,
                  True)]
REGIONS_UK = {"Yorkshire": 6, "Lancashire": 4, "Cumbria": 2, "Northumberland": 2, "Derbyshire": 3}
REFERRALS = {"Instagram": 6, "wedding fair": 3, "word of mouth": 5, "Google": 4, "venue recommendation": 3}
VENUES = {"church": 4, "barn": 5, "country house": 5, "registry office": 2, "outdoor": 2}


def build_studio(path: Path | str) -> None:
    """photographers (7, birth_date, day rate, freelance flag), clients (320, region, referral source), shoots
    (2023-2024 weddings, engagement shoots and elopements; gallery_delivered_on NULL while editing), albums
    (ordered into 2025, delivered_on NULL while not yet delivered)."""
    rng = random.Random(11003)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE photographers(photographer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, joined_on DATE, style VARCHAR, day_rate_gbp DOUBLE,
        is_freelance BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, partner_name VARCHAR, region VARCHAR, referral_source VARCHAR, enquired_on DATE,
        booked_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE shoots(shoot_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id),
        photographer_id INTEGER REFERENCES photographers(photographer_id), shoot_type VARCHAR, shoot_start TIMESTAMP,
        hours_booked DOUBLE, venue_type VARCHAR, package_price_gbp DOUBLE, second_shooter BOOLEAN,
        photos_delivered INTEGER, gallery_delivered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE albums(album_id INTEGER PRIMARY KEY,
        shoot_id INTEGER REFERENCES shoots(shoot_id), album_style VARCHAR, pages INTEGER, price_gbp DOUBLE,
        ordered_on DATE, delivered_on DATE)""")
    names = _unique_names(rng, FIRST, LAST, 320)
    clients, shoots, albums = [], [], []
    shoot_id = album_id = 0
    cutoff = dt.date(2025, 1, 31)
    for cid, (first, last) in enumerate(names, start=1):
        big_day = _day(rng, dt.date(2023, 1, 1), dt.date(2024, 12, 31))
        if rng.random() < 0.55:  # the season
            year = rng.choice([2023, 2024])
            big_day = _day(rng, dt.date(year, 5, 1), dt.date(year, 9, 30))
        while big_day.weekday() != 5 and rng.random() < 0.8:
            big_day += dt.timedelta(days=1)
        booked = big_day - dt.timedelta(days=rng.randint(60, 540))
        enquired = booked - dt.timedelta(days=rng.randint(1, 45))
        clients.append((cid, first, last, rng.choice(FIRST), _pick(rng, REGIONS_UK), _pick(rng, REFERRALS),
                        enquired, booked))
        kinds = ["elopement"] if rng.random() < 0.12 else ["wedding"]
        if kinds == ["wedding"] and rng.random() < 0.4:
            kinds.insert(0, "engagement")
        for kind in kinds:
            shoot_id += 1
            day = big_day if kind != "engagement" else big_day - dt.timedelta(days=rng.randint(40, 200))
            if day < dt.date(2023, 1, 1):
                day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 60))
            ph = rng.choices(PHOTOGRAPHERS, [8, 6, 7, 5, 4, 4, 3 if day >= dt.date(2023, 4, 10) else 0])[0]
            if kind == "wedding":
                hours = rng.choice([6.0, 8.0, 8.0, 10.0, 12.0])
                start = _at(day, rng.choice([10, 11, 12, 13]), rng.choice([0, 30]))
                price = round(ph[6] * hours / 8 + rng.choice([0, 250, 400]), 0)
                venue = _pick(rng, VENUES)
            elif kind == "elopement":
                hours = rng.choice([2.0, 3.0, 4.0])
                start = _at(day, rng.choice([9, 11, 14, 16]), 0)
                price = round(ph[6] * 0.55 + 50 * hours, 0)
                venue = _pick(rng, {"outdoor": 6, "registry office": 3, "church": 1})
            else:
                hours = rng.choice([1.0, 1.5, 2.0])
                start = _at(day, rng.choice([8, 16, 17, 18, 19]), 0)
                price = rng.choice([250.0, 300.0, 350.0])
                venue = "outdoor"
            second = kind == "wedding" and rng.random() < (0.6 if hours >= 10 else 0.25)
            photos = int(hours * rng.randint(55, 90)) if kind != "engagement" else rng.randint(40, 90)
            gallery = day + dt.timedelta(days=rng.randint(14, 70) if kind != "engagement" else rng.randint(5, 20))
            if gallery > cutoff:
                gallery = None
            shoots.append((shoot_id, cid, ph[0], kind, start, hours, venue, price, second,
                           photos if gallery else None, gallery))
            if kind != "engagement" and gallery and rng.random() < 0.62:
                for style in (["layflat"] if rng.random() < 0.5 else ["classic"]) + (
                        ["parent"] if rng.random() < 0.3 else []):
                    album_id += 1
                    ordered = gallery + dt.timedelta(days=rng.randint(3, 60))
                    pages = {"layflat": rng.choice([30, 40, 50]), "classic": rng.choice([20, 30, 40]),
                             "parent": 20}[style]
                    price_a = {"layflat": 450.0, "classic": 300.0, "parent": 180.0}[style] + (pages - 20) * 8.0
                    delivered = ordered + dt.timedelta(days=rng.randint(21, 75))
                    if ordered > cutoff:
                        continue
                    albums.append((album_id, shoot_id, style, pages, price_a, ordered,
                                   delivered if delivered <= cutoff else None))
    _insert(con, "photographers", PHOTOGRAPHERS)
    _insert(con, "clients", clients)
    _insert(con, "shoots", shoots)
    _insert(con, "albums", albums)
    con.close()


# ------------------------------------------------------------------------------------------------- rail office
STATIONS = [(1, "Harrowgate Central", "North", 6, True, True), (2, "Kettleby", "North", 2, False, False),
            (3, "Millbrook Junction", "North", 4, True, True), (4, "Ashcombe", "Midlands", 3, True, True),
            (5, "Ravensfield", "Midlands", 2, False, True), (6, "Denholm Parkway", "Midlands", 4, True, False),
            (7, "Port Elwyn", "Wales", 3, True, True), (8, "Llanfair Road", "Wales", 1, False, False),
            (9, "Sandmere", "South West", 2, True, False), (10, "Exbury Quay", "South West", 3, True, True),
            (11, "Kingsbridge", "South East", 8, True, True), (12, "Wolverton Halt", "South East", 1, False, False)]
ROUTES = [(1, 11, "Pennine Express", 190), (11, 1, "Pennine Express", 190), (3, 4, "Crossways", 75),
          (4, 3, "Crossways", 75), (4, 11, "Crossways", 95), (11, 4, "Crossways", 95), (7, 4, "Cambria Rail", 110),
          (4, 7, "Cambria Rail", 110), (9, 11, "Coastline", 140), (11, 9, "Coastline", 140),
          (10, 9, "Coastline", 35), (9, 10, "Coastline", 35), (2, 1, "Pennine Express", 25),
          (1, 2, "Pennine Express", 25), (5, 6, "Crossways", 20), (6, 5, "Crossways", 20), (8, 7, "Cambria Rail", 30),
          (7, 8, "Cambria Rail", 30), (12, 11, "Coastline", 40), (11, 12, "Coastline", 40), (6, 11, "Crossways", 80),
          (11, 6, "Crossways", 80)]


def build_rail(path: Path | str) -> None:
    """stations (12, region, platforms), journeys (2023-2024 services: scheduled and actual departure/arrival,
    actual times NULL when cancelled), tickets (passenger names and birth year, railcard NULL when none), refunds
    (processed_on NULL while pending)."""
    rng = random.Random(11004)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stations(station_id INTEGER PRIMARY KEY, station_name VARCHAR,
        region VARCHAR, platforms INTEGER, step_free_access BOOLEAN, staffed BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE journeys(journey_id INTEGER PRIMARY KEY,
        origin_station_id INTEGER REFERENCES stations(station_id),
        destination_station_id INTEGER REFERENCES stations(station_id), service_code VARCHAR, operator VARCHAR,
        scheduled_departure TIMESTAMP, scheduled_arrival TIMESTAMP, actual_departure TIMESTAMP,
        actual_arrival TIMESTAMP, cancelled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tickets(ticket_id INTEGER PRIMARY KEY,
        journey_id INTEGER REFERENCES journeys(journey_id), passenger_first_name VARCHAR,
        passenger_last_name VARCHAR, passenger_birth_year INTEGER, purchased_at TIMESTAMP, ticket_type VARCHAR,
        travel_class VARCHAR, railcard VARCHAR, price_gbp DOUBLE, sold_via VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE refunds(refund_id INTEGER PRIMARY KEY,
        ticket_id INTEGER REFERENCES tickets(ticket_id), requested_on DATE, processed_on DATE, reason VARCHAR,
        amount_gbp DOUBLE)""")
    journeys = []
    for jid in range(1, 1601):
        origin, dest, operator, minutes = rng.choice(ROUTES)
        day = _day(rng, dt.date(2023, 1, 1), dt.date(2024, 12, 31))
        dep = _at(day, rng.randint(5, 22), rng.choice([0, 5, 15, 20, 30, 35, 45, 50]))
        arr = dep + dt.timedelta(minutes=minutes)
        winter = day.month in (11, 12, 1, 2)
        cancelled = rng.random() < (0.05 if winter else 0.025)
        if cancelled:
            act_dep = act_arr = None
        else:
            late = max(0, int(rng.expovariate(1 / (9 if winter else 5))) - 2)
            late_dep = min(late, rng.randint(0, 3))
            act_dep = dep + dt.timedelta(minutes=late_dep)
            act_arr = arr + dt.timedelta(minutes=late)
        code = f"{operator[:2].upper()}{100 + ROUTES.index((origin, dest, operator, minutes)) * 7 + dep.hour}"
        journeys.append((jid, origin, dest, code, operator, dep, arr, act_dep, act_arr, cancelled))
    people = _unique_names(rng, FIRST, LAST, 600)
    born = {p: rng.randint(1940, 2008) for p in people}
    commuters = people[:60]
    tickets, refunds = [], []
    for tid in range(1, 4201):
        j = rng.choice(journeys)
        p = rng.choice(commuters) if rng.random() < 0.3 else rng.choice(people)
        ttype = _pick(rng, {"anytime": 3, "off-peak": 5, "advance": 4, "season": 1})
        if ttype == "season" and p not in commuters:
            ttype = "off-peak"
        lead = {"anytime": rng.randint(0, 2), "off-peak": rng.randint(0, 4), "advance": rng.randint(3, 60),
                "season": rng.randint(5, 25)}[ttype]
        bought = j[5] - dt.timedelta(days=lead, hours=rng.randint(0, 10), minutes=rng.randrange(60))
        if lead == 0 and bought.date() != j[5].date():
            bought = j[5] - dt.timedelta(minutes=rng.randint(5, 90))
        klass = "first" if rng.random() < 0.14 else "standard"
        age = j[5].year - born[p]
        railcard = (_pick(rng, {"16-25": 5, "none": 4}) if age <= 25 else
                    _pick(rng, {"senior": 6, "none": 4}) if age >= 60 else
                    _pick(rng, {"none": 14, "two together": 2, "family": 1}))
        minutes = next(r[3] for r in ROUTES if (r[0], r[1]) == (j[1], j[2]))
        base = {"anytime": 0.55, "off-peak": 0.36, "advance": 0.22, "season": 0.3}[ttype] * minutes + 4
        price = base * (1.8 if klass == "first" else 1.0) * (0.67 if railcard != "none" else 1.0)
        via = _pick(rng, {"ticket office": 4, "app": 6, "machine": 3})
        tickets.append((tid, j[0], p[0], p[1], born[p], bought, ttype, klass,
                        None if railcard == "none" else railcard, round(price, 2), via))
        late = None if j[9] else (j[8] - j[6]).total_seconds() / 60
        reason = None
        if j[9] and rng.random() < 0.8:
            reason, share = "cancellation", 1.0
        elif late is not None and late >= 15 and rng.random() < 0.45:
            reason, share = "delay", 0.25 if late < 30 else 0.5 if late < 60 else 1.0
        elif ttype != "advance" and rng.random() < 0.025:
            reason, share = _pick(rng, {"change of plans": 3, "illness": 1, "duplicate purchase": 1}), 0.9
        if reason:
            asked = j[5].date() + dt.timedelta(days=rng.randint(0, 20))
            if reason == "change of plans":
                asked = min(asked, j[5].date())
            processed = asked + dt.timedelta(days=rng.randint(1, 28))
            if processed > dt.date(2025, 1, 15) or rng.random() < 0.04:
                processed = None
            fee = 10.0 if reason == "change of plans" else 0.0
            refunds.append((len(refunds) + 1, tid, asked, processed, reason, max(1.0, round(price * share - fee, 2))))
    _insert(con, "stations", STATIONS)
    _insert(con, "journeys", journeys)
    _insert(con, "tickets", tickets)
    _insert(con, "refunds", refunds)
    con.close()


# ------------------------------------------------------------------------------------------------- lifeguards
BEACHES = [(1, "Bondarra Beach", "North", 1.8, True, False, "surf"),
           (2, "Shell Cove", "North", 0.6, False, True, "calm"),
           (3, "Pelican Point", "Central", 2.4, True, False, "surf"),
           (4, "Marlin Bay", "Central", 1.1, True, True, "calm"),
           (5, "Coogara Beach", "Central", 3.2, True, False, "surf"),
           (6, "Lighthouse Reef", "South", 0.9, False, False, "rocky"),
           (7, "Whitesands", "South", 4.5, True, True, "surf"),
           (8, "Gull Lagoon", "South", 0.7, False, True, "calm")]
INCIDENT_TYPES = {"rescue": 9, "first aid": 16, "marine sting": 12, "lost child": 4, "spinal": 1, "cpr": 1}


def build_lifeguard(path: Path | str) -> None:
    """lifeguards (42, birth_date, rank, volunteers with hourly_rate_aud NULL), beaches (8, region, conditions),
    shifts (2023-01 to 2025-03, shift_start/shift_end, flag colour), incidents (occurred_at, type, severity,
    patient_age NULL when unknown; lifeguard_id is not declared as a foreign key)."""
    rng = random.Random(11005)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE lifeguards(lifeguard_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, rank VARCHAR, certified_on DATE, is_volunteer BOOLEAN,
        hourly_rate_aud DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE beaches(beach_id INTEGER PRIMARY KEY, beach_name VARCHAR, region VARCHAR,
        length_km DOUBLE, has_tower BOOLEAN, dogs_allowed BOOLEAN, beach_type VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE shifts(shift_id INTEGER PRIMARY KEY,
        lifeguard_id INTEGER REFERENCES lifeguards(lifeguard_id), beach_id INTEGER REFERENCES beaches(beach_id),
        shift_start TIMESTAMP, shift_end TIMESTAMP, post VARCHAR, flag VARCHAR, swimmers_estimate INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE incidents(incident_id INTEGER PRIMARY KEY,
        beach_id INTEGER REFERENCES beaches(beach_id), lifeguard_id INTEGER, occurred_at TIMESTAMP,
        incident_type VARCHAR, severity VARCHAR, ambulance_called BOOLEAN, patient_age INTEGER)""")
    guards = []
    for lid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 42), start=1):
        rank = _pick(rng, {"trainee": 3, "lifeguard": 8, "senior": 4, "supervisor": 1})
        born = _day(rng, dt.date(1968, 1, 1), dt.date(2007, 6, 30))
        if rank in ("senior", "supervisor") and born > dt.date(1998, 1, 1):
            born = born.replace(year=born.year - 9)
        if rank == "trainee":
            born = _day(rng, dt.date(2003, 1, 1), dt.date(2007, 6, 30))
        certified = born.replace(year=born.year + 16) + dt.timedelta(days=rng.randint(0, 2000))
        certified = min(certified, dt.date(2024, 10, 1))
        volunteer = rank == "trainee" or rng.random() < 0.25
        rate = None if volunteer else {"lifeguard": 34.5, "senior": 39.0, "supervisor": 45.0}[rank] + rng.choice(
            [0.0, 0.0, 1.5, 3.0])
        guards.append((lid, first, last, born, rank, certified, volunteer, rate))
    shifts, incidents = [], []
    day = dt.date(2023, 1, 1)
    busy = [1, 3, 5, 7]
    while day <= dt.date(2025, 3, 31):
        summer = day.month in (12, 1, 2)
        shoulder = day.month in (3, 10, 11)
        if summer or (shoulder and day.weekday() >= 5) or (not shoulder and day.weekday() == 6
                                                            and rng.random() < 0.35):
            beaches = [b for b in BEACHES if summer or b[0] in busy]
            for beach in beaches:
                crew = rng.sample(guards, 2 if beach[6] == "surf" and summer else 1)
                for g in crew:
                    if g[5] > day:
                        continue
                    start = _at(day, rng.choice([6, 7, 8, 9]), rng.choice([0, 30]))
                    end = start + dt.timedelta(hours=rng.choice([4, 6, 6, 8, 8, 10]))
                    flag = _pick(rng, {"green": 6, "yellow": 3, "red": 1 if beach[6] != "surf" else 3})
                    swimmers = int(rng.uniform(40, 400) * (2.2 if summer else 0.7) * (
                        0.4 if flag == "red" else 1.0)) + (150 if day.weekday() >= 5 else 0)
                    post = _pick(rng, {"tower": 5 if beach[4] else 0, "roving patrol": 4, "jet ski": 1,
                                       "first aid post": 2})
                    shifts.append((len(shifts) + 1, g[0], beach[0], start, end, post, flag, swimmers))
                    rate = swimmers / 700 * (1.8 if flag == "red" else 1.0) * (1.3 if beach[6] == "surf" else 0.8)
                    for _ in range(int(rate) + (rng.random() < rate % 1)):
                        if rng.random() < 0.5:
                            continue
                        kind = _pick(rng, INCIDENT_TYPES)
                        if kind == "rescue" and beach[6] == "calm" and rng.random() < 0.7:
                            kind = "first aid"
                        severity = ("serious" if kind in ("spinal", "cpr") else
                                    _pick(rng, {"minor": 7, "moderate": 3, "serious": 1 if kind == "rescue" else 0}))
                        when = start + dt.timedelta(minutes=rng.randrange(int((end - start).total_seconds() // 60)))
                        age = None if rng.random() < 0.15 else rng.choice(
                            [rng.randint(4, 15), rng.randint(16, 35), rng.randint(16, 75)])
                        incidents.append((len(incidents) + 1, beach[0], g[0], when, kind, severity,
                                          severity == "serious" or (severity == "moderate" and rng.random() < 0.2),
                                          age))
        day += dt.timedelta(days=1)
    _insert(con, "lifeguards", guards)
    _insert(con, "beaches", BEACHES)
    _insert(con, "shifts", shifts)
    _insert(con, "incidents", incidents)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "vinyl": build_vinyl,
    "coffee": build_coffee,
    "studio": build_studio,
    "rail": build_rail,
    "lifeguard": build_lifeguard,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval110-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval110-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval110-dbs"))
