"""Builders of the held-out evaluation corpus eval43: five DuckDB files in domains no other corpus uses.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `studio.duckdb` (recording studio): artists, engineers (birth_date), bookings (declared FKs, TIMESTAMP start,
  nullable client_rating, status)
- `comics.duckdb` (comic book shop): custs (birth_yr), titles, sales (abbreviated names; cust_id / title_id are NOT
  declared foreign keys; cust_id NULL for walk-in buyers)
- `meeples.duckdb` (board game cafe): games (retired_on NULL while on the shelf), members (cancelled_on NULL while
  active), plays (declared FKs, member_id NULL for non-members, nullable rating)
- `lensrent.duckdb` (camera rental house): gear, clients (dob), rentals (returned_on NULL while out; declared FKs)
- `grooves.duckdb` (vinyl record store): suppliers, records (camelCase names, soldAt TIMESTAMP NULL while unsold)

Usage:
    python eval43/datasets.py OUTDIR

Example:
    >>> from eval43.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval43-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['comics.duckdb', 'grooves.duckdb', 'lensrent.duckdb', 'meeples.duckdb', 'studio.duckdb']
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


FIRST = ["Amara", "Benedict", "Camila", "Dmitri", "Elif", "Finn", "Gabriela", "Hugo", "Ingrid", "Jonas", "Keira",
         "Lorenzo", "Mila", "Niall", "Olga", "Priya", "Quentin", "Rosa", "Stefan", "Tamsin", "Umar", "Vera", "Wes",
         "Yara", "Zoltan"]
LAST = ["Abbott", "Bergstrom", "Carvalho", "Delgado", "Esposito", "Fitzgerald", "Gallagher", "Hartmann", "Iversen",
        "Jankowski", "Kaur", "Lambert", "Moreau", "Novak", "O'Neill", "Petrov", "Quinn", "Romero", "Schulz", "Tanaka",
        "Vasquez", "Whitfield"]

# ------------------------------------------------------------------------------------------------- studio
ARTISTS = [("The Velvet Hours", "indie rock"), ("Mara Quell", "pop"), ("Dustline", "metal"), ("Koi Pond", "indie rock"),
           ("Brass Attic", "jazz"), ("Lowtide Choir", "folk"), ("DJ Parallax", "electronic"), ("Saint Orchid", "soul"),
           ("Gravel & Gold", "country"), ("Neon Pilgrims", "electronic"), ("Hollow Pines", "folk"),
           ("Ruby Static", "pop"), ("Iron Lantern", "metal"), ("Quiet Riot Grrrls", "punk"), ("Juno Vale", "soul"),
           ("The Paper Kites Club", "indie rock"), ("Big Sky Quartet", "jazz"), ("Wrenfield", "country"),
           ("Ghost Signal", "electronic"), ("Tessa Marlowe", "pop"), ("Slow Comet", "punk"), ("Amber Reeds", "folk"),
           ("Lucid Engines", "metal"), ("Cobalt Avenue", "pop")]
ROOMS = {"Studio A": 95.0, "Studio B": 70.0, "Vocal Booth": 45.0, "Mix Room": 60.0}
SESSION_TYPES = {"tracking": ["Studio A", "Studio B"], "overdubs": ["Studio B", "Vocal Booth"],
                 "vocals": ["Vocal Booth"], "mixing": ["Mix Room"], "mastering": ["Mix Room"]}


def build_studio(path: Path | str) -> None:
    """artists (24), engineers (9), bookings (2023-2025, declared FKs, client_rating NULL when not given)."""
    rng = random.Random(4301)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE artists(artist_id INTEGER PRIMARY KEY, artist_name VARCHAR,
        genre VARCHAR, home_city VARCHAR, signed_to_label BOOLEAN, formed_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE engineers(engineer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, hired_on DATE, hourly_rate DOUBLE, is_senior BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        artist_id INTEGER REFERENCES artists(artist_id), engineer_id INTEGER REFERENCES engineers(engineer_id),
        room VARCHAR, session_type VARCHAR, starts_at TIMESTAMP, hours DOUBLE, amount_billed DOUBLE,
        status VARCHAR, client_rating INTEGER)""")
    cities = ["Nashville", "Austin", "Chicago", "Atlanta", "Portland", "Brooklyn"]
    artists = [(i, name, genre, rng.choice(cities), rng.random() < 0.4, rng.randint(2009, 2022))
               for i, (name, genre) in enumerate(ARTISTS, start=1)]
    engineers = []
    for eid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 9), start=1):
        senior = eid <= 4
        born = _day(rng, dt.date(1968 if senior else 1985, 1, 1), 5000 if senior else 4500)
        hired = _day(rng, dt.date(2012 if senior else 2018, 1, 1), 1800)
        engineers.append((eid, first, last, born, hired, 75.0 if senior else 45.0 + eid, senior))
    bookings = []
    weights = [rng.uniform(0.3, 3.0) for _ in artists]
    day = dt.date(2023, 1, 2)
    while day <= dt.date(2025, 12, 30):
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3]) if day.weekday() < 6 else rng.choice([0, 1])):
            artist = rng.choices(artists, weights)[0]
            kind = rng.choices(list(SESSION_TYPES), [35, 20, 15, 20, 10])[0]
            room = rng.choice(SESSION_TYPES[kind])
            engineer = engineers[rng.randrange(len(engineers))]
            hours = float(rng.choice([2, 3, 4, 4, 6, 8, 10]) if kind != "mastering" else rng.choice([1, 2, 3]))
            start = dt.datetime.combine(day, dt.time(rng.choice([9, 10, 12, 14, 18, 20])))
            status = rng.choices(["completed", "cancelled", "no-show"], [86, 10, 4])[0]
            billed = round(hours * (ROOMS[room] + engineer[5]) * rng.uniform(0.95, 1.05), 2)
            if status == "cancelled":
                billed = round(billed * 0.25, 2)
            rating = rng.choices([None, 3, 4, 5, 2], [45, 10, 20, 22, 3])[0] if status == "completed" else None
            bookings.append((len(bookings) + 1, artist[0], engineer[0], room, kind, start, hours, billed, status,
                             rating))
        day += dt.timedelta(days=1)
    _insert(con, "artists", artists)
    _insert(con, "engineers", engineers)
    _insert(con, "bookings", bookings)
    con.close()


# ------------------------------------------------------------------------------------------------- comics
TITLES = [("Night Warden", "DC", "superhero", 4.99), ("Captain Solaris", "Marvel", "superhero", 4.99),
          ("The Hollow Earth", "Image", "sci-fi", 3.99), ("Crimson Lotus", "Image", "crime", 3.99),
          ("Deadwood Hex", "Boom!", "horror", 4.49), ("Starfall Legion", "Marvel", "superhero", 5.99),
          ("Grim Acre", "Dark Horse", "horror", 3.99), ("Paper Tigers", "IDW", "crime", 4.49),
          ("Ember Knights", "Boom!", "fantasy", 4.99), ("Void Runners", "IDW", "sci-fi", 3.99),
          ("Lady Tempest", "DC", "superhero", 4.49), ("Moth & Moon", "Dark Horse", "fantasy", 4.99),
          ("Iron Saint", "Marvel", "superhero", 4.49), ("Low Orbit", "Image", "sci-fi", 3.99),
          ("Bone Orchard", "Image", "horror", 4.99), ("Gotham Nocturne", "DC", "superhero", 5.99),
          ("The Last Lantern", "Dark Horse", "fantasy", 24.99), ("Neon Ronin", "IDW", "sci-fi", 19.99),
          ("Widow's Peak", "Boom!", "crime", 17.99), ("Omega Protocol", "Marvel", "superhero", 29.99),
          ("Saga of the Drowned", "Image", "fantasy", 22.99), ("Hush Harbor", "DC", "crime", 14.99)]


def build_comics(path: Path | str) -> None:
    """custs (140), titles (22), sales (2022-2024; cust_id / title_id not declared FKs; cust_id NULL = walk-in)."""
    rng = random.Random(4302)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE custs(cust_id INTEGER PRIMARY KEY, cust_nm VARCHAR, email VARCHAR,
        birth_yr INTEGER, has_pull_list BOOLEAN, joined_dt DATE, tier VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE titles(title_id INTEGER PRIMARY KEY, title_nm VARCHAR, publisher VARCHAR,
        genre VARCHAR, cover_prc DOUBLE, is_tpb BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sales(sale_id INTEGER PRIMARY KEY, cust_id INTEGER, title_id INTEGER,
        sold_ts TIMESTAMP, qty INTEGER, unit_prc DOUBLE, disc_pct DOUBLE, pay_mthd VARCHAR)""")
    custs = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 140), start=1):
        tier = rng.choices(["Bronze", "Silver", "Gold"], [55, 30, 15])[0]
        email = f"{first.lower()}.{last.lower().replace(chr(39), '')}@example.com" if rng.random() < 0.85 else None
        custs.append((cid, f"{first} {last}", email, rng.randint(1962, 2006), rng.random() < 0.35,
                      _day(rng, dt.date(2018, 1, 1), 2500), tier))
    titles = [(i, name, pub, genre, price, price > 10) for i, (name, pub, genre, price) in enumerate(TITLES, start=1)]
    active = [c for c in custs if rng.random() < 0.9]
    sales = []
    day = dt.date(2022, 1, 1)
    while day <= dt.date(2024, 12, 31):
        n = rng.randint(2, 7) + (4 if day.weekday() == 2 else 0)  # new comics arrive on Wednesdays
        for _ in range(n):
            title = rng.choice(titles)
            cust = rng.choice(active) if rng.random() < 0.7 else None
            disc = {"Bronze": 0.0, "Silver": 5.0, "Gold": 10.0}[cust[6]] if cust else 0.0
            ts = dt.datetime.combine(day, dt.time(rng.randint(10, 19), rng.choice([0, 15, 30, 45])))
            qty = rng.choices([1, 2, 3], [80, 15, 5])[0]
            pay = rng.choices(["card", "cash", "store credit"], [65, 28, 7])[0]
            sales.append((len(sales) + 1, cust[0] if cust else None, title[0], ts, qty, title[4], disc, pay))
        day += dt.timedelta(days=1)
    _insert(con, "custs", custs)
    _insert(con, "titles", titles)
    _insert(con, "sales", sales)
    con.close()


# ------------------------------------------------------------------------------------------------- meeples
GAMES = [("Catan", "strategy", 3, 4, 90), ("Ticket to Ride", "family", 2, 5, 60), ("Codenames", "party", 4, 8, 20),
         ("Pandemic", "cooperative", 2, 4, 45), ("Dominion", "deck-building", 2, 4, 30),
         ("Wingspan", "strategy", 1, 5, 70), ("Dixit", "party", 3, 8, 30), ("Azul", "family", 2, 4, 40),
         ("Spirit Island", "cooperative", 1, 4, 120), ("Terraforming Mars", "strategy", 1, 5, 120),
         ("Wavelength", "party", 2, 12, 45), ("Carcassonne", "family", 2, 5, 35),
         ("Gloomhaven", "cooperative", 1, 4, 150),
         ("Star Realms", "deck-building", 2, 2, 20), ("Scythe", "strategy", 1, 5, 115), ("Just One", "party", 3, 7, 20),
         ("Splendor", "family", 2, 4, 30), ("The Crew", "cooperative", 2, 5, 20), ("Clank!", "deck-building", 2, 4, 60),
         ("Twilight Imperium", "strategy", 3, 6, 480), ("Catan: Seafarers", "strategy", 3, 4, 90),
         ("Wingspan: European Expansion", "strategy", 1, 5, 70), ("Exploding Kittens", "party", 2, 5, 15),
         ("Root", "strategy", 2, 4, 90)]
PLANS = {"monthly": 15.0, "annual": 150.0, "student": 9.0}


def build_meeples(path: Path | str) -> None:
    """games (24, retired_on NULL on the shelf), members (120, cancelled_on NULL while active), plays (2023-2024)."""
    rng = random.Random(4303)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE games(game_id INTEGER PRIMARY KEY, title VARCHAR, category VARCHAR,
        min_players INTEGER, max_players INTEGER, play_minutes INTEGER, is_expansion BOOLEAN, purchase_price DOUBLE,
        added_on DATE, retired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, full_name VARCHAR,
        date_of_birth DATE, plan VARCHAR, joined_on DATE, cancelled_on DATE, newsletter_opt_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE plays(play_id INTEGER PRIMARY KEY,
        game_id INTEGER REFERENCES games(game_id), member_id INTEGER REFERENCES members(member_id),
        table_no INTEGER, started_at TIMESTAMP, party_size INTEGER, minutes_played INTEGER, table_fee DOUBLE,
        snacks_spend DOUBLE, rating INTEGER)""")
    games = []
    for gid, (title, cat, lo, hi, minutes) in enumerate(GAMES, start=1):
        added = _day(rng, dt.date(2020, 6, 1), 1100)
        retired = None
        if gid in (7, 14, 17, 23):
            retired = _day(rng, dt.date(2023, 9, 1), 400)
        games.append((gid, title, cat, lo, hi, minutes, ":" in title, round(rng.uniform(18, 140), 2), added, retired))
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 120), start=1):
        plan = rng.choices(list(PLANS), [50, 30, 20])[0]
        born = _day(rng, dt.date(2000 if plan == "student" else 1970, 1, 1), 2200 if plan == "student" else 9000)
        joined = _day(rng, dt.date(2021, 1, 1), 1300)
        cancelled = None
        if rng.random() < 0.3:
            cancelled = joined + dt.timedelta(days=rng.randint(40, 700))
            cancelled = cancelled if cancelled <= dt.date(2024, 12, 31) else None
        members.append((mid, f"{first} {last}", born, plan, joined, cancelled, rng.random() < 0.55))
    plays = []
    day = dt.date(2023, 1, 1)
    popularity = [rng.uniform(0.2, 3.0) for _ in games]
    while day <= dt.date(2024, 12, 31):
        for _ in range(rng.randint(3, 8) + (6 if day.weekday() >= 4 else 0)):
            game = rng.choices(games, popularity)[0]
            if game[8] > day or (game[9] is not None and game[9] < day):
                continue
            size = rng.randint(game[3], min(game[4], 6))
            member = rng.choice(members) if rng.random() < 0.55 else None
            if member and (member[4] > day or (member[5] is not None and member[5] < day)):
                member = None
            minutes = max(10, int(rng.gauss(game[5], game[5] * 0.2)))
            fee = 0.0 if member else float(size * 5)
            start = dt.datetime.combine(day, dt.time(rng.choice([11, 13, 15, 17, 18, 19, 20, 21]), rng.choice([0, 30])))
            rating = rng.choices([None, 2, 3, 4, 5], [60, 4, 10, 14, 12])[0]
            plays.append((len(plays) + 1, game[0], member[0] if member else None, rng.randint(1, 14), start, size,
                          minutes, fee, round(rng.uniform(0, 12) * size, 2), rating))
        day += dt.timedelta(days=1)
    _insert(con, "games", games)
    _insert(con, "members", members)
    _insert(con, "plays", plays)
    con.close()


# ------------------------------------------------------------------------------------------------- lensrent
GEAR = [("Canon EOS R5", "camera body", "Canon", 95.0, 3900.0), ("Sony A7S III", "camera body", "Sony", 90.0, 3500.0),
        ("Sony FX6", "camera body", "Sony", 180.0, 6000.0), ("Nikon Z8", "camera body", "Nikon", 85.0, 4000.0),
        ("Fujifilm X-H2S", "camera body", "Fujifilm", 60.0, 2500.0),
        ("Canon RF 24-70mm f/2.8", "lens", "Canon", 40.0, 2400.0),
        ("Sony FE 70-200mm GM", "lens", "Sony", 45.0, 2800.0),
        ("Sigma 35mm Art", "lens", "Sigma", 20.0, 900.0), ("Nikon Z 50mm f/1.2", "lens", "Nikon", 35.0, 2100.0),
        ("Canon RF 100-500mm", "lens", "Canon", 55.0, 2900.0), ("Aputure 600d", "lighting", "Aputure", 70.0, 1900.0),
        ("Aputure MC RGB Kit", "lighting", "Aputure", 25.0, 650.0), ("Godox AD600", "lighting", "Godox", 30.0, 900.0),
        ("DJI Mavic 3 Pro", "drone", "DJI", 110.0, 2200.0), ("DJI Mini 4 Pro", "drone", "DJI", 45.0, 960.0),
        ("Rode NTG5", "audio", "Rode", 18.0, 500.0), ("Zoom F6 Recorder", "audio", "Zoom", 30.0, 750.0),
        ("DJI RS 3 Gimbal", "stabilizer", "DJI", 35.0, 700.0), ("Sony FE 16-35mm GM", "lens", "Sony", 40.0, 2300.0),
        ("Canon C70", "camera body", "Canon", 160.0, 5500.0)]
CLIENT_TYPES = ["freelancer", "production company", "student", "agency", "wedding photographer"]


def build_lensrent(path: Path | str) -> None:
    """gear (20), clients (90, dob), rentals (2023-2025; returned_on NULL while the kit is still out; declared FKs)."""
    rng = random.Random(4304)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE gear(gear_id INTEGER PRIMARY KEY, item_name VARCHAR, category VARCHAR,
        brand VARCHAR, daily_rate DOUBLE, replacement_value DOUBLE, purchased_on DATE, is_insured BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, client_type VARCHAR, city VARCHAR, dob DATE, id_verified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE rentals(rental_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), gear_id INTEGER REFERENCES gear(gear_id),
        pickup_date DATE, due_date DATE, returned_on DATE, rental_fee DOUBLE, late_fee DOUBLE,
        damage_reported BOOLEAN, booked_online BOOLEAN)""")
    gear = [(i, name, cat, brand, rate, value, _day(rng, dt.date(2020, 1, 1), 1200), rng.random() < 0.75)
            for i, (name, cat, brand, rate, value) in enumerate(GEAR, start=1)]
    cities = ["Los Angeles", "San Diego", "San Francisco", "Sacramento", "Oakland"]
    clients = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 90), start=1):
        kind = rng.choices(CLIENT_TYPES, [35, 15, 20, 15, 15])[0]
        born = _day(rng, dt.date(2000, 1, 1), 2000) if kind == "student" else _day(rng, dt.date(1965, 1, 1), 12000)
        clients.append((cid, first, last, kind, rng.choices(cities, [40, 15, 25, 8, 12])[0], born,
                        rng.random() < 0.85))
    rentals = []
    weights = [rng.uniform(0.3, 3.0) for _ in clients]
    day = dt.date(2023, 1, 1)
    while day <= dt.date(2025, 12, 31):
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
            client = rng.choices(clients, weights)[0]
            item = rng.choice(gear)
            days = rng.choices([1, 2, 3, 4, 7, 14], [25, 25, 20, 10, 15, 5])[0]
            due = day + dt.timedelta(days=days)
            late = rng.choices([0, 0, 0, 0, 0, 0, 1, 2, 5], k=1)[0]
            returned = due + dt.timedelta(days=late)
            if day >= dt.date(2025, 12, 10) and rng.random() < 0.6:
                returned = None
            fee = round(item[4] * days * (0.9 if days >= 7 else 1.0), 2)
            late_fee = round(item[4] * late, 2)
            rentals.append((len(rentals) + 1, client[0], item[0], day, due, returned, fee, late_fee,
                            rng.random() < 0.04, rng.random() < 0.6))
        day += dt.timedelta(days=1)
    _insert(con, "gear", gear)
    _insert(con, "clients", clients)
    _insert(con, "rentals", rentals)
    con.close()


# ------------------------------------------------------------------------------------------------- grooves
SUPPLIERS = [("Estate of H. Whitlock", "estate sale", "Midwest"), ("Groove Distribution", "distributor", "West"),
             ("Crate Diggers Fair", "record fair", "Northeast"), ("Marvin Bell", "private collector", "South"),
             ("Sunset Vinyl Wholesale", "distributor", "West"), ("Brooklyn Flea Records", "record fair", "Northeast"),
             ("Dorothy Keane", "private collector", "Midwest"), ("Estate of R. Palmer", "estate sale", "South")]
ALBUMS = {"Rock": [("Fleetwood Mac", "Rumours", 1977), ("Led Zeppelin", "IV", 1971),
                   ("The Clash", "London Calling", 1979),
                   ("Pink Floyd", "Wish You Were Here", 1975), ("Radiohead", "OK Computer", 1997),
                   ("The Strokes", "Is This It", 2001)],
          "Jazz": [("Miles Davis", "Kind of Blue", 1959), ("John Coltrane", "A Love Supreme", 1965),
                   ("Dave Brubeck", "Time Out", 1959), ("Herbie Hancock", "Head Hunters", 1973)],
          "Soul": [("Marvin Gaye", "What's Going On", 1971), ("Aretha Franklin", "Lady Soul", 1968),
                   ("Al Green", "Let's Stay Together", 1972)],
          "Hip-Hop": [("A Tribe Called Quest", "The Low End Theory", 1991), ("Nas", "Illmatic", 1994),
                      ("Kendrick Lamar", "To Pimp a Butterfly", 2015)],
          "Electronic": [("Daft Punk", "Discovery", 2001), ("Aphex Twin", "Selected Ambient Works 85-92", 1992),
                         ("Massive Attack", "Mezzanine", 1998)],
          "Country": [("Johnny Cash", "At Folsom Prison", 1968), ("Dolly Parton", "Jolene", 1974)],
          "Classical": [("Glenn Gould", "Goldberg Variations", 1955), ("Herbert von Karajan", "Beethoven 9", 1963)]}
CONDITIONS = {"Mint": 1.6, "Near Mint": 1.3, "Very Good": 1.0, "Good": 0.7, "Fair": 0.45}


def build_grooves(path: Path | str) -> None:
    """suppliers (8), records (1,200 copies acquired 2023-2024; soldAt / salePrice NULL while still in the racks)."""
    rng = random.Random(4305)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE suppliers(supplierId INTEGER PRIMARY KEY, supplierName VARCHAR,
        supplierType VARCHAR, region VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE records(recordId INTEGER PRIMARY KEY,
        supplierId INTEGER REFERENCES suppliers(supplierId), artist VARCHAR, albumTitle VARCHAR, genre VARCHAR,
        releaseYear INTEGER, pressingCondition VARCHAR, isReissue BOOLEAN, costPrice DOUBLE, listPrice DOUBLE,
        acquiredOn DATE, soldAt TIMESTAMP, salePrice DOUBLE)""")
    suppliers = [(i, name, kind, region) for i, (name, kind, region) in enumerate(SUPPLIERS, start=1)]
    genre_weights = {"Rock": 30, "Jazz": 18, "Soul": 12, "Hip-Hop": 14, "Electronic": 12, "Country": 7, "Classical": 7}
    records = []
    for rid in range(1, 1201):
        genre = rng.choices(list(genre_weights), list(genre_weights.values()))[0]
        artist, album, year = rng.choice(ALBUMS[genre])
        supplier = rng.choices(suppliers, [10, 25, 15, 8, 20, 12, 5, 5])[0]
        reissue = supplier[2] == "distributor" or rng.random() < 0.2
        condition = "Mint" if reissue and supplier[2] == "distributor" else rng.choices(list(CONDITIONS),
                                                                                          [5, 20, 40, 25, 10])[0]
        base = (22.0 if reissue else 18.0 + max(0, 2000 - year) * 0.4) * CONDITIONS[condition]
        cost = round(base * rng.uniform(0.35, 0.6), 2)
        price = round(base, 0) - 0.01
        acquired = _day(rng, dt.date(2023, 1, 1), 730)
        sold_at, sale_price = None, None
        if rng.random() < 0.72:
            sold_day = acquired + dt.timedelta(days=int(rng.expovariate(1 / 60)))
            if sold_day <= dt.date(2024, 12, 31):
                sold_at = dt.datetime.combine(sold_day, dt.time(rng.randint(11, 19), rng.randint(0, 59)))
                sale_price = price if rng.random() < 0.75 else round(price * rng.choice([0.8, 0.9]), 2)
        records.append((rid, supplier[0], artist, album, genre, year, condition, reissue, cost, price, acquired,
                        sold_at, sale_price))
    _insert(con, "suppliers", suppliers)
    _insert(con, "records", records)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "studio": build_studio,
    "comics": build_comics,
    "meeples": build_meeples,
    "lensrent": build_lensrent,
    "grooves": build_grooves,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval43-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval43-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval43-dbs"))
