"""Builders of the sixty-third held-out evaluation corpus: five DuckDB files in small-business domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `bakery.duckdb`: a bakery chain's shops, bakers (birth date), bakes and waste
- `taproom.duckdb`: a craft brewery's beers, brewers (birth year), brews and taproom sales (camelCase columns)
- `carwash.duckdb`: car wash sites, washes (site link only implied by its name) and memberships (cancelled ones end)
- `florist.duckdb`: a florist's staff (birth date), orders, deliveries (NULL delivery time when failed), weddings
- `cinema.duckdb`: an independent cinema's screens, films, screenings and tickets

Usage:
    python eval63/datasets.py OUTDIR

Example:
    >>> from eval63.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval63-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['bakery.duckdb', 'carwash.duckdb', 'cinema.duckdb', 'florist.duckdb', 'taproom.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 6, last_hour: int = 19) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amara", "Ben", "Chloe", "Dev", "Elif", "Finn", "Grace", "Hugo", "Isla", "Jonah", "Keira", "Luca", "Maya",
         "Noah", "Olive", "Priya", "Rory", "Sofia", "Theo", "Una", "Violet", "Wes", "Yusuf", "Zara"]
LAST = ["Ashworth", "Brennan", "Castillo", "Dunmore", "Ellison", "Fairbairn", "Gallagher", "Hussain", "Iqbal",
        "Jarvis", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Pemberton", "Quayle", "Rossi",
        "Sutherland", "Thornton", "Varga", "Whitlock"]

# ------------------------------------------------------------------------------------------------- bakery
SHOPS = [(1, "Harbour Street", "north", dt.date(2015, 4, 1), True, 24), (2, "Market Square", "central",
         dt.date(2012, 9, 15), True, 40), (3, "Riverside", "south", dt.date(2018, 3, 10), False, 0),
         (4, "Station Road", "east", dt.date(2019, 6, 1), True, 16), (5, "Old Town", "central", dt.date(2010, 2, 1),
         False, 0), (6, "Hillcrest", "west", dt.date(2021, 5, 20), True, 30), (7, "Northgate", "north",
         dt.date(2022, 8, 8), False, 0), (8, "Seafront", "south", dt.date(2020, 11, 2), True, 36)]
PRODUCTS = {"sourdough loaf": ("bread", 4.2), "baguette": ("bread", 2.1), "seeded rye": ("bread", 3.8),
            "croissant": ("pastry", 1.6), "pain au chocolat": ("pastry", 1.8), "cinnamon bun": ("pastry", 2.4),
            "carrot cake": ("cake", 18.0), "lemon drizzle": ("cake", 14.0), "sausage roll": ("savoury", 2.2),
            "cheese scone": ("savoury", 1.5)}
WASTE_REASONS = ["unsold", "burnt", "dropped", "misshapen"]


def build_bakery(path: Path | str) -> None:
    """shops (8), bakers (36, birth_date), bakes (2023-2024, declared FKs), waste (donated flag)."""
    rng = random.Random(6301)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE shops(shop_id INTEGER PRIMARY KEY, shop_name VARCHAR, region VARCHAR,
        opened_on DATE, has_cafe BOOLEAN, cafe_seats INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE bakers(baker_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        birth_date DATE, shop_id INTEGER REFERENCES shops(shop_id), head_baker BOOLEAN, hired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE bakes(bake_id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(shop_id),
        baker_id INTEGER REFERENCES bakers(baker_id), baked_at TIMESTAMP, product VARCHAR, category VARCHAR,
        units_baked INTEGER, flour_kg DOUBLE, batch_cost_gbp DOUBLE, oven_temp_c INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE waste(waste_id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES
        shops(shop_id), waste_date DATE, product VARCHAR, units_wasted INTEGER, reason VARCHAR, donated BOOLEAN,
        value_gbp DOUBLE)""")
    bakers = []
    for bid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 36), start=1):
        shop = (bid - 1) % 8 + 1
        bakers.append((bid, first, last, _day(rng, dt.date(1966, 1, 1), 13000), shop, bid <= 8,
                       _day(rng, dt.date(2011, 1, 1), 4500)))
    staff_by_shop = {s: [b[0] for b in bakers if b[4] == s] for s in range(1, 9)}
    bakes = []
    for bake_id in range(1, 3201):
        shop = rng.choices(range(1, 9), [14, 20, 9, 10, 15, 11, 7, 14])[0]
        product = rng.choice(list(PRODUCTS))
        category, unit_price = PRODUCTS[product]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        units = rng.randint(4, 16) if category == "cake" else rng.randint(12, 96)
        flour = round(units * (0.12 if category != "cake" else 0.35) * rng.uniform(0.85, 1.15), 2)
        bakes.append((bake_id, shop, rng.choice(staff_by_shop[shop]), _moment(rng, day, 3, 13), product, category,
                      units, flour, round(units * unit_price * 0.32 * rng.uniform(0.9, 1.1), 2),
                      rng.choice([180, 190, 200, 210, 220, 230, 240])))
    waste = []
    for wid in range(1, 1101):
        product = rng.choice(list(PRODUCTS))
        units = rng.randint(1, 4) if PRODUCTS[product][0] == "cake" else rng.randint(1, 30)
        reason = rng.choices(WASTE_REASONS, [70, 10, 8, 12])[0]
        waste.append((wid, rng.randint(1, 8), _day(rng, dt.date(2023, 1, 1), 731), product, units, reason,
                      reason == "unsold" and rng.random() < 0.55, round(units * PRODUCTS[product][1], 2)))
    _insert(con, "shops", SHOPS)
    _insert(con, "bakers", bakers)
    _insert(con, "bakes", bakes)
    _insert(con, "waste", waste)
    con.close()


# ----------------------------------------------------------------------------------------------- taproom
BEERS = [(1, "Harbour Haze", "NEIPA", 6.2, 45, False, dt.date(2019, 5, 1)),
         (2, "Lantern Pale", "pale ale", 4.5, 35, False, dt.date(2018, 3, 1)),
         (3, "Coal Porter", "porter", 5.4, 30, False, dt.date(2018, 10, 1)),
         (4, "Kelp Gose", "sour", 4.2, 8, True, dt.date(2021, 6, 1)),
         (5, "Tidewater Lager", "lager", 4.6, 22, False, dt.date(2020, 2, 1)),
         (6, "Ember Stout", "stout", 7.8, 55, True, dt.date(2022, 11, 1)),
         (7, "Sunday Best Bitter", "bitter", 3.9, 32, False, dt.date(2019, 1, 15)),
         (8, "Raspberry Riot", "sour", 5.0, 10, True, dt.date(2023, 5, 1)),
         (9, "Double Drift", "DIPA", 8.2, 70, False, dt.date(2021, 9, 1)),
         (10, "Session Signal", "pale ale", 3.6, 28, False, dt.date(2022, 3, 1)),
         (11, "Winter Warmer", "old ale", 6.8, 40, True, dt.date(2020, 11, 1)),
         (12, "Pilsner Point", "lager", 5.0, 38, False, dt.date(2023, 2, 1))]
POURS = {"half": (0.5, 0.56), "pint": (1.0, 1.0), "schooner": (0.67, 0.72), "flight": (0.6, 0.9)}


def build_taproom(path: Path | str) -> None:
    """beers (12), brewers (9, birthYear), brews (packagedDate NULL while fermenting), tapSales (2023-01..2025-02)."""
    rng = random.Random(6302)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE beers(beerId INTEGER PRIMARY KEY, beerName VARCHAR, style VARCHAR,
        abv DOUBLE, ibu INTEGER, isSeasonal BOOLEAN, launchDate DATE)""")
    con.execute("""CREATE OR REPLACE TABLE brewers(brewerId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthYear INTEGER, isHeadBrewer BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE brews(brewId INTEGER PRIMARY KEY, beerId INTEGER REFERENCES beers(beerId),
        brewerId INTEGER REFERENCES brewers(brewerId), brewDate DATE, packagedDate DATE, batchLitres DOUBLE,
        origGravity DOUBLE, finalGravity DOUBLE, dumped BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tapSales(saleId INTEGER PRIMARY KEY, beerId INTEGER REFERENCES
        beers(beerId), soldAt TIMESTAMP, pourSize VARCHAR, qty INTEGER, priceGbp DOUBLE, paidByCard BOOLEAN,
        happyHour BOOLEAN)""")
    brewers = [(i, first, last, rng.randint(1972, 2001), i == 1)
               for i, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 9), start=1)]
    brews = []
    for brew_id in range(1, 421):
        beer = rng.choice(BEERS)
        brewed = _day(rng, dt.date(2023, 1, 1), 790)
        days = {"lager": 35, "stout": 28, "old ale": 30}.get(beer[2], 14) + rng.randint(0, 9)
        packaged = brewed + dt.timedelta(days=days)
        dumped = rng.random() < 0.04
        og = round(1.010 + beer[3] * 0.0077 * rng.uniform(0.97, 1.03), 3)
        brews.append((brew_id, beer[0], rng.randint(1, 9), brewed,
                      None if packaged > dt.date(2025, 2, 28) or dumped else packaged,
                      float(rng.choice([800, 1000, 1000, 1600, 2000])), og,
                      round(og - beer[3] * 0.0076 * rng.uniform(0.97, 1.03), 3), dumped))
    weights = [16, 20, 8, 5, 14, 4, 9, 4, 6, 8, 3, 7]
    sales = []
    for sale_id in range(1, 5201):
        beer = rng.choices(BEERS, weights)[0]
        day = _day(rng, dt.date(2023, 1, 1), 790)
        while day.weekday() in (0, 1) and rng.random() < 0.8:  # closed most Mondays and Tuesdays
            day = _day(rng, dt.date(2023, 1, 1), 790)
        sold = _moment(rng, day, 12, 22)
        pour = rng.choices(list(POURS), [25, 50, 15, 10])[0]
        happy = sold.hour in (16, 17) and rng.random() < 0.8
        price = round((3.2 + beer[3] * 0.45) * POURS[pour][1] * (0.8 if happy else 1.0) *
                      (1 + 0.05 * (sold.year - 2023)), 2)
        sales.append((sale_id, beer[0], sold, pour, rng.choices([1, 2, 3, 4], [60, 25, 10, 5])[0], price,
                      rng.random() < 0.85, happy))
    _insert(con, "beers", BEERS)
    _insert(con, "brewers", brewers)
    _insert(con, "brews", brews)
    _insert(con, "tapSales", sales)
    con.close()


# ------------------------------------------------------------------------------------------------ car wash
SITES = [(1, "Ashford Road", "Leeds", True, 4, dt.date(2016, 5, 1)), (2, "Canal Wharf", "Leeds", False, 2,
         dt.date(2019, 8, 1)), (3, "Parkway", "Bradford", True, 3, dt.date(2017, 3, 1)),
         (4, "Moor Lane", "York", False, 2, dt.date(2020, 10, 1)), (5, "Ring Road", "Wakefield", True, 5,
         dt.date(2014, 6, 1)), (6, "Abbey Retail Park", "York", True, 3, dt.date(2022, 4, 1))]
PACKAGES = {"basic": (6.0, 8, 110), "deluxe": (10.0, 12, 150), "ultimate": (15.0, 18, 190),
            "interior valet": (25.0, 40, 60)}
PLANS = {"monthly basic": 14.99, "monthly unlimited": 29.99, "annual unlimited": 24.99}
PAYMENTS = ["card", "cash", "app", "membership"]


def build_carwash(path: Path | str) -> None:
    """sites (6), memberships (220; cancelled_on NULL while active), washes (2023-2024; site_id NOT declared)."""
    rng = random.Random(6303)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE sites(site_id INTEGER PRIMARY KEY, site_name VARCHAR, city VARCHAR,
        touchless BOOLEAN, bays INTEGER, opened_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE memberships(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, home_site_id INTEGER REFERENCES sites(site_id), plan VARCHAR,
        started_on DATE, cancelled_on DATE, monthly_fee DOUBLE, autopay BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE washes(wash_id INTEGER PRIMARY KEY, site_id INTEGER,
        member_id INTEGER REFERENCES memberships(member_id), washed_at TIMESTAMP, package VARCHAR, price DOUBLE,
        payment_method VARCHAR, water_litres DOUBLE, duration_min INTEGER, vehicle_type VARCHAR)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 220), start=1):
        plan = rng.choices(list(PLANS), [45, 35, 20])[0]
        started = _day(rng, dt.date(2022, 6, 1), 900)
        cancelled = None
        if rng.random() < 0.35:
            cancelled = started + dt.timedelta(days=rng.randint(30, 500))
            if cancelled > dt.date(2024, 12, 31):
                cancelled = None
        members.append((mid, first, last, rng.randint(1950, 2004), rng.randint(1, 6), plan, started, cancelled,
                        PLANS[plan], rng.random() < 0.75))
    washes = []
    for wid in range(1, 4801):
        site = rng.choices(range(1, 7), [22, 10, 17, 9, 28, 14])[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        when = _moment(rng, day, 7, 20)
        package = rng.choices(list(PACKAGES), [40, 30, 20, 10])[0]
        price, minutes, litres = PACKAGES[package]
        active = [m for m in members if m[4] == site and m[6] <= day and (m[7] is None or m[7] > day)]
        member = rng.choice(active)[0] if active and rng.random() < 0.3 else None
        pay = "membership" if member else rng.choices(PAYMENTS[:3], [60, 15, 25])[0]
        touchless = SITES[site - 1][3]
        washes.append((wid, site, member, when, package, 0.0 if member else round(price * (1.1 if day.year == 2024
                       else 1.0), 2), pay, round(litres * (0.8 if touchless else 1.0) * rng.uniform(0.85, 1.15), 1),
                       minutes + rng.randint(-2, 6), rng.choices(["car", "SUV", "van", "motorbike"], [60, 28, 9,
                                                                                                         3])[0]))
    _insert(con, "sites", SITES)
    _insert(con, "memberships", members)
    _insert(con, "washes", washes)
    con.close()


# ------------------------------------------------------------------------------------------------- florist
OCCASIONS = {"birthday": 45, "anniversary": 60, "sympathy": 70, "just because": 35, "valentines": 65}
CHANNELS = ["website", "phone", "walk-in"]
ZONES = ["city centre", "north", "south", "east", "west"]
VENUES = ["Hartley Manor", "St Mary's Church", "The Old Mill", "Lakeside Barn", "Town Hall", "Rosewood House"]


def build_florist(path: Path | str) -> None:
    """staff (14, birth_date), orders (2023-01..2025-05), deliveries (delivered_at NULL when failed),
    wedding_bookings (deposit_paid, status)."""
    rng = random.Random(6304)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE staff(staff_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        birth_date DATE, role VARCHAR, full_time BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE orders(order_id INTEGER PRIMARY KEY, staff_id INTEGER REFERENCES
        staff(staff_id), ordered_at TIMESTAMP, occasion VARCHAR, channel VARCHAR, stems INTEGER, total_gbp DOUBLE,
        needs_delivery BOOLEAN, gift_message BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE deliveries(delivery_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES
        orders(order_id), driver_id INTEGER REFERENCES staff(staff_id), zone VARCHAR, due_date DATE,
        delivered_at TIMESTAMP, distance_km DOUBLE, delivery_fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE wedding_bookings(booking_id INTEGER PRIMARY KEY, couple_name VARCHAR,
        venue VARCHAR, booked_on DATE, wedding_date DATE, bouquets INTEGER, centrepieces INTEGER, quote_gbp DOUBLE,
        deposit_paid BOOLEAN, status VARCHAR)""")
    roles = ["florist"] * 7 + ["driver"] * 4 + ["manager"] + ["apprentice"] * 2
    staff = [(sid, first, last, _day(rng, dt.date(1968, 1, 1), 12500), roles[sid - 1], rng.random() < 0.6)
             for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 14), start=1)]
    florists = [s[0] for s in staff if s[4] in ("florist", "manager", "apprentice")]
    drivers = [s[0] for s in staff if s[4] == "driver"]
    orders, deliveries = [], []
    for oid in range(1, 3001):
        day = _day(rng, dt.date(2023, 1, 1), 881)
        occasion = rng.choices(list(OCCASIONS), [35, 20, 15, 25, 5])[0]
        if rng.random() < 0.06:
            day = dt.date(rng.choice([2023, 2024, 2025]), 2, rng.randint(10, 14))
            occasion = "valentines"
        when = _moment(rng, day, 8, 19)
        channel = rng.choices(CHANNELS, [55, 25, 20])[0]
        stems = rng.randint(6, 40)
        total = round(OCCASIONS[occasion] * stems / 20 * rng.uniform(0.8, 1.3), 2)
        delivery = channel != "walk-in" or rng.random() < 0.2
        orders.append((oid, rng.choice(florists), when, occasion, channel, stems, total, delivery,
                       rng.random() < 0.6))
        if delivery:
            due = day + dt.timedelta(days=rng.choice([0, 1, 1, 2, 3]))
            failed = rng.random() < 0.06
            zone = rng.choices(ZONES, [30, 20, 20, 15, 15])[0]
            km = round(rng.uniform(0.5, 4) if zone == "city centre" else rng.uniform(3, 18), 1)
            deliveries.append((len(deliveries) + 1, oid, rng.choice(drivers), zone, due,
                               None if failed else _moment(rng, due, 9, 18), km, 4.95 if km < 5 else 7.95))
    weddings = []
    for bid in range(1, 141):
        wedding = _day(rng, dt.date(2023, 4, 1), 900)
        bouquets, centre = rng.randint(1, 8), rng.randint(0, 20)
        status = rng.choices(["confirmed", "cancelled", "enquiry"], [75, 10, 15])[0]
        weddings.append((bid, f"{rng.choice(LAST)} & {rng.choice(LAST)}", rng.choice(VENUES),
                         wedding - dt.timedelta(days=rng.randint(60, 500)), wedding, bouquets, centre,
                         round(bouquets * 85 + centre * 45 + rng.uniform(150, 600), 2),
                         status == "confirmed" or (status == "cancelled" and rng.random() < 0.5), status))
    _insert(con, "staff", staff)
    _insert(con, "orders", orders)
    _insert(con, "deliveries", deliveries)
    _insert(con, "wedding_bookings", weddings)
    con.close()


# -------------------------------------------------------------------------------------------------- cinema
SCREENS = [(1, "Screen 1", 180, True, False), (2, "Screen 2", 96, False, False), (3, "Screen 3", 60, False, True),
           (4, "The Loft", 32, False, True)]
GENRES = ["drama", "comedy", "horror", "documentary", "animation", "thriller", "sci-fi"]
CERTS = ["U", "PG", "12A", "15", "18"]
TITLE_A = ["Silent", "Paper", "Northern", "Last", "Golden", "Broken", "Hidden", "Winter", "Electric", "Quiet",
           "Velvet", "Distant", "Little", "Burning"]
TITLE_B = ["Harbour", "Orchard", "Signal", "Summer", "Kingdom", "Horizon", "Garden", "Station", "River", "Lights",
           "Machine", "Shore"]
TICKET_TYPES = {"adult": 1.0, "concession": 0.75, "child": 0.6, "member": 0.8}


def build_cinema(path: Path | str) -> None:
    """screens (4), films (70), screenings (2023-2024, declared FKs), tickets (bought online or at the door)."""
    rng = random.Random(6305)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE screens(screen_id INTEGER PRIMARY KEY, screen_name VARCHAR,
        seats INTEGER, dolby_atmos BOOLEAN, recliner_seats BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE films(film_id INTEGER PRIMARY KEY, title VARCHAR, genre VARCHAR,
        certificate VARCHAR, runtime_min INTEGER, release_year INTEGER, country VARCHAR, foreign_language BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE screenings(screening_id INTEGER PRIMARY KEY,
        screen_id INTEGER REFERENCES screens(screen_id), film_id INTEGER REFERENCES films(film_id),
        starts_at TIMESTAMP, subtitled BOOLEAN, base_price_gbp DOUBLE, special_event BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tickets(ticket_id INTEGER PRIMARY KEY,
        screening_id INTEGER REFERENCES screenings(screening_id), ticket_type VARCHAR, price_paid_gbp DOUBLE,
        bought_online BOOLEAN, bought_at TIMESTAMP)""")
    titles: dict[str, None] = {}
    while len(titles) < 70:
        titles.setdefault(f"The {rng.choice(TITLE_A)} {rng.choice(TITLE_B)}", None)
    films = []
    for fid, title in enumerate(titles, start=1):
        country = rng.choices(["UK", "USA", "France", "South Korea", "Denmark", "Japan"], [30, 30, 12, 8, 8, 12])[0]
        genre = rng.choice(GENRES)
        films.append((fid, title, genre, "U" if genre == "animation" else rng.choice(CERTS[1:]),
                      rng.randint(80, 165), rng.randint(2022, 2024), country, country not in ("UK", "USA")))
    screenings, tickets = [], []
    popularity = [rng.uniform(0.2, 1.0) for _ in films]
    for sid in range(1, 1301):
        film = rng.choices(films, popularity)[0]
        screen = rng.choices(SCREENS, [35, 30, 20, 15])[0]
        day = _day(rng, dt.date(2023, 1, 1), 731)
        starts = dt.datetime.combine(day, dt.time(rng.choice([11, 13, 15, 17, 18, 20, 21]), rng.choice([0, 15, 30])))
        base = round((9.5 if starts.hour >= 17 else 7.0) + (1.5 if screen[3] else 0) + (day.year - 2023) * 0.5, 2)
        special = rng.random() < 0.05
        screenings.append((sid, screen[0], film[0], starts, film[7] and rng.random() < 0.9, base, special))
        sold = min(screen[2], int(rng.uniform(0, 0.5) * screen[2] * (1.6 if day.weekday() >= 4 else 1.0) *
                                  (2 if special else 1)))
        sold = min(sold, 5)  # a sample of each screening's tickets keeps the table small
        for _ in range(sold):
            kind = rng.choices(list(TICKET_TYPES), [50, 20, 12 if film[3] in ("U", "PG") else 2, 18])[0]
            online = rng.random() < 0.6
            bought = starts - dt.timedelta(minutes=rng.randint(5, 60 * 24 * (6 if online else 0) + 40))
            tickets.append((len(tickets) + 1, sid, kind, round(base * TICKET_TYPES[kind], 2), online, bought))
    _insert(con, "screens", SCREENS)
    _insert(con, "films", films)
    _insert(con, "screenings", screenings)
    _insert(con, "tickets", tickets)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "bakery": build_bakery,
    "taproom": build_taproom,
    "carwash": build_carwash,
    "florist": build_florist,
    "cinema": build_cinema,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval63-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval63-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval63-dbs"))
