"""Builders of the sixty-first evaluation corpus (development): five DuckDB files in media and culture domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `podcast.duckdb`: a podcast network (shows with a host and the host's birth year, episodes, daily downloads,
  ad spots)
- `museumloans.duckdb`: museum objects lent to borrowing institutions (loans.borrower_id is NOT a declared foreign
  key; end_date NULL while an object is still out on loan)
- `theatre.duckdb`: theatre productions (closing_date NULL while still running), performances and ticket sales
- `bookshop.duckdb`: an independent bookshop's staff (birth date), books, till sales and special orders
  (arrived_on NULL while the book has not come in); data from 2023 to March 2025
- `photoagency.duckdb`: a photo agency in camelCase (photographers with a birth year, images, licences)

Usage:
    python eval61/datasets.py OUTDIR

Example:
    >>> from eval61.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval61-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['bookshop.duckdb', 'museumloans.duckdb', 'photoagency.duckdb', 'podcast.duckdb', 'theatre.duckdb']
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


FIRST = ["Amara", "Bruno", "Celia", "Dev", "Elodie", "Felix", "Greta", "Hamza", "Ines", "Jonah", "Keiko", "Leon",
         "Maya", "Nico", "Olu", "Priya", "Rafael", "Saoirse", "Tomas", "Uma", "Viktor", "Wren", "Yusuf", "Zoe"]
LAST = ["Adeyemi", "Baptiste", "Chowdhury", "Doherty", "Eriksen", "Fontaine", "Garcia", "Hughes", "Iqbal",
        "Jovanovic", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "O'Brien", "Petrov", "Rossi", "Schmidt",
        "Tanaka", "Vance", "Whitfield", "Yilmaz"]

# ------------------------------------------------------------------------------------------------ podcast
SHOWS = [("The Long Game", "sport"), ("Murder on Tape", "true crime"), ("Pocket Science", "science"),
         ("Market Mood", "business"), ("Laugh Track", "comedy"), ("Cold Case Files", "true crime"),
         ("Boardroom Brief", "business"), ("Atoms and Eves", "science"), ("Half Time Talk", "sport"),
         ("Stand-Up Sundays", "comedy"), ("Deep Field", "science"), ("The Verdict", "true crime")]
COUNTRIES = ["US", "UK", "Canada", "Australia", "Germany", "Ireland"]
PLATFORMS = ["Apple Podcasts", "Spotify", "YouTube", "Overcast", "web player"]
ADVERTISERS = ["Squarespace", "HelloFresh", "NordVPN", "Audible", "BetterHelp", "Manscaped", "Shopify"]
PLACEMENTS = {"pre-roll": 18.0, "mid-roll": 25.0, "post-roll": 12.0}


def build_podcast(path: Path | str) -> None:
    """shows (12, host names and birth year), episodes (2023-2024, declared FK), downloads (per episode, day,
    country and platform), ad_spots (declared FK; paid false for unpaid invoices)."""
    rng = random.Random(6101)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE shows(show_id INTEGER PRIMARY KEY, show_title VARCHAR, genre VARCHAR,
        host_first_name VARCHAR, host_last_name VARCHAR, host_birth_year INTEGER, launched_on DATE,
        explicit BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE episodes(episode_id INTEGER PRIMARY KEY,
        show_id INTEGER REFERENCES shows(show_id), episode_number INTEGER, episode_title VARCHAR,
        published_at TIMESTAMP, duration_min DOUBLE, is_bonus BOOLEAN, guest_name VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE downloads(episode_id INTEGER REFERENCES episodes(episode_id),
        download_date DATE, country VARCHAR, platform VARCHAR, downloads INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE ad_spots(spot_id INTEGER PRIMARY KEY,
        episode_id INTEGER REFERENCES episodes(episode_id), advertiser VARCHAR, placement VARCHAR,
        length_sec INTEGER, cpm_usd DOUBLE, impressions INTEGER, paid BOOLEAN)""")
    hosts = _unique_names(rng, FIRST, LAST, len(SHOWS))
    shows = []
    for sid, ((title, genre), (first, last)) in enumerate(zip(SHOWS, hosts), start=1):
        shows.append((sid, title, genre, first, last, rng.randint(1962, 1998), _day(rng, dt.date(2016, 1, 1), 2500),
                      genre in ("comedy", "true crime") and rng.random() < 0.7))
    popularity = {sid: rng.uniform(300, 4000) for sid in range(1, len(SHOWS) + 1)}
    episodes, downloads, spots = [], [], []
    eid = spot_id = 0
    for sid in range(1, len(SHOWS) + 1):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(10))
        number = rng.randint(20, 150)
        gap = rng.choice([7, 7, 14, 10])
        while day <= dt.date(2024, 12, 31):
            eid += 1
            number += 1
            bonus = rng.random() < 0.1
            published = _moment(rng, day, 4, 22)
            episodes.append((eid, sid, number, f"Episode {number}", published,
                             round(rng.uniform(12, 35) if bonus else rng.uniform(28, 95), 1), bonus,
                             None if rng.random() < 0.45 else f"{rng.choice(FIRST)} {rng.choice(LAST)}"))
            base = popularity[sid] * (0.4 if bonus else 1.0) * rng.uniform(0.6, 1.5)
            for week in range(4):
                for country in rng.sample(COUNTRIES, 3):
                    platform = rng.choices(PLATFORMS, [35, 35, 15, 5, 10])[0]
                    count = int(base * (0.55 ** week) * rng.uniform(0.1, 0.5))
                    downloads.append((eid, day + dt.timedelta(days=week * 7 + rng.randrange(7)), country, platform,
                                      max(count, 1)))
            if not bonus:
                for placement in rng.sample(list(PLACEMENTS), rng.randint(1, 3)):
                    spot_id += 1
                    impressions = int(base * rng.uniform(0.8, 1.6))
                    spots.append((spot_id, eid, rng.choice(ADVERTISERS), placement, rng.choice([30, 60, 90]),
                                  round(PLACEMENTS[placement] * rng.uniform(0.8, 1.25), 2), impressions,
                                  day < dt.date(2024, 10, 1) or rng.random() < 0.55))
            day += dt.timedelta(days=gap + rng.choice([-1, 0, 0, 1]))
    _insert(con, "shows", shows)
    _insert(con, "episodes", episodes)
    _insert(con, "downloads", downloads)
    _insert(con, "ad_spots", spots)
    con.close()


# ------------------------------------------------------------------------------------------- museum loans
DEPARTMENTS = {"Paintings": 900_000, "Ceramics": 60_000, "Textiles": 45_000, "Arms and Armour": 120_000,
               "Photographs": 25_000}
ARTISTS = ["unknown", "J. M. W. Turner", "Gwen John", "Josiah Wedgwood", "William Morris", "Julia Margaret Cameron",
           "Angelica Kauffman", "Bernard Leach", "Lucie Rie", "Thomas Gainsborough"]
INSTITUTIONS = [("Rijksmuseum", "Amsterdam", "Netherlands", "museum"), ("Musee d'Orsay", "Paris", "France", "museum"),
                ("Tate Britain", "London", "UK", "gallery"), ("Kelvingrove", "Glasgow", "UK", "museum"),
                ("Yale Center for British Art", "New Haven", "USA", "university"),
                ("Getty Museum", "Los Angeles", "USA", "museum"), ("Hunterian", "Glasgow", "UK", "university"),
                ("Städel", "Frankfurt", "Germany", "museum"), ("Whitworth", "Manchester", "UK", "university"),
                ("Nationalmuseum", "Stockholm", "Sweden", "museum"), ("Holburne Collection", "Bath", "UK", "private"),
                ("Fondation Beyeler", "Basel", "Switzerland", "private"), ("Dulwich Picture Gallery", "London", "UK",
                                                                          "gallery"),
                ("National Gallery of Ireland", "Dublin", "Ireland", "gallery"),
                ("Art Institute of Chicago", "Chicago", "USA", "museum"),
                ("Compton Verney", "Warwickshire", "UK", "private"), ("Museum Folkwang", "Essen", "Germany", "museum"),
                ("Harvard Art Museums", "Cambridge MA", "USA", "university")]
CONDITIONS = ["good", "good", "good", "minor wear", "damaged"]


def build_museumloans(path: Path | str) -> None:
    """objects (400), borrowers (18), loans (2022-2024; borrower_id NOT a declared FK; end_date and
    condition_on_return NULL while an object is still out)."""
    rng = random.Random(6102)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE objects(object_id INTEGER PRIMARY KEY, accession_no VARCHAR,
        object_title VARCHAR, department VARCHAR, artist VARCHAR, year_made INTEGER, insured_value_gbp DOUBLE,
        weight_kg DOUBLE, fragile BOOLEAN, on_display BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE borrowers(borrower_id INTEGER PRIMARY KEY, institution_name VARCHAR,
        city VARCHAR, country VARCHAR, borrower_type VARCHAR, contact_since DATE)""")
    con.execute("""CREATE OR REPLACE TABLE loans(loan_id INTEGER PRIMARY KEY,
        object_id INTEGER REFERENCES objects(object_id), borrower_id INTEGER, exhibition_title VARCHAR,
        requested_on DATE, start_date DATE, end_date DATE, loan_fee_gbp DOUBLE, courier_required BOOLEAN,
        condition_on_return VARCHAR)""")
    objects = []
    for oid in range(1, 401):
        dept = rng.choices(list(DEPARTMENTS), [25, 20, 15, 10, 30])[0]
        year = rng.randint(1550, 1960) if dept != "Photographs" else rng.randint(1850, 1990)
        weight = round(rng.uniform(0.3, 12) if dept in ("Photographs", "Textiles") else rng.uniform(1, 180), 1)
        objects.append((oid, f"{dept[:3].upper()}.{year}.{oid:04d}", f"{dept[:-1]} no. {oid}", dept,
                        rng.choice(ARTISTS), year, round(DEPARTMENTS[dept] * rng.uniform(0.05, 3.0), -2), weight,
                        dept in ("Ceramics", "Photographs") or rng.random() < 0.2, rng.random() < 0.4))
    borrowers = [(bid, name, city, country, kind, _day(rng, dt.date(1995, 1, 1), 9000))
                 for bid, (name, city, country, kind) in enumerate(INSTITUTIONS, start=1)]
    exhibitions = ["Light and Shadow", "Made by Hand", "The Sea", "Portraits of Power", "Everyday Things",
                   "Northern Lights", "Fabric of Life", "Steel and Silk"]
    loans = []
    weights = [1 / (rank ** 0.7) for rank in range(1, len(INSTITUTIONS) + 1)]
    rng.shuffle(weights)
    for lid in range(1, 701):
        obj = objects[rng.randrange(400)]
        start = _day(rng, dt.date(2022, 1, 1), 1096)
        requested = start - dt.timedelta(days=rng.randint(60, 400))
        end = start + dt.timedelta(days=rng.randint(30, 240))
        if end > dt.date(2024, 12, 31) or rng.random() < 0.03:
            end = None
        fee = round(obj[6] * rng.uniform(0.002, 0.01), 2) if rng.random() > 0.15 else 0.0
        loans.append((lid, obj[0], rng.choices(range(1, len(INSTITUTIONS) + 1), weights)[0],
                      rng.choice(exhibitions), requested, start, end, fee, obj[8] or obj[6] > 500_000,
                      None if end is None else rng.choice(CONDITIONS)))
    _insert(con, "objects", objects)
    _insert(con, "borrowers", borrowers)
    _insert(con, "loans", loans)
    con.close()


# ------------------------------------------------------------------------------------------------ theatre
PRODUCTIONS = [("Hamlet", "drama", "Main House"), ("Into the Woods", "musical", "Main House"),
               ("The Importance of Being Earnest", "comedy", "Main House"), ("Tosca", "opera", "Main House"),
               ("Swan Lake", "dance", "Main House"), ("Jerusalem", "drama", "Studio"),
               ("Noises Off", "comedy", "Courtyard"), ("Company", "musical", "Main House"),
               ("A Doll's House", "drama", "Studio"), ("La Boheme", "opera", "Main House"),
               ("Blood Brothers", "musical", "Courtyard"), ("The Play That Goes Wrong", "comedy", "Courtyard"),
               ("Macbeth", "drama", "Courtyard"), ("Giselle", "dance", "Main House"),
               ("Cabaret", "musical", "Main House"), ("Private Lives", "comedy", "Studio")]
CAPACITY = {"Main House": 240, "Courtyard": 140, "Studio": 80}
BANDS = {"A": 62.0, "B": 44.0, "C": 28.0, "concession": 18.0}
CHANNELS = ["online", "box office", "phone"]


def build_theatre(path: Path | str) -> None:
    """productions (16; closing_date NULL while running), performances (2023-2024, declared FK), ticket_sales
    (declared FK; sold_at TIMESTAMP, refunded)."""
    rng = random.Random(6103)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE productions(production_id INTEGER PRIMARY KEY, title VARCHAR,
        genre VARCHAR, venue VARCHAR, director_first_name VARCHAR, director_last_name VARCHAR,
        director_birth_date DATE, opening_date DATE, closing_date DATE, budget_gbp DOUBLE, touring BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE performances(performance_id INTEGER PRIMARY KEY,
        production_id INTEGER REFERENCES productions(production_id), starts_at TIMESTAMP, is_matinee BOOLEAN,
        seats_available INTEGER, cancelled BOOLEAN, running_time_min INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE ticket_sales(sale_id INTEGER PRIMARY KEY,
        performance_id INTEGER REFERENCES performances(performance_id), sold_at TIMESTAMP, channel VARCHAR,
        price_band VARCHAR, tickets INTEGER, amount_gbp DOUBLE, refunded BOOLEAN)""")
    directors = _unique_names(rng, FIRST, LAST, len(PRODUCTIONS))
    productions = []
    opening = dt.date(2023, 1, 12)
    for pid, ((title, genre, venue), (first, last)) in enumerate(zip(PRODUCTIONS, directors), start=1):
        run = rng.randint(35, 90)
        closing = opening + dt.timedelta(days=run)
        productions.append((pid, title, genre, venue, first, last, _day(rng, dt.date(1955, 1, 1), 14000), opening,
                            None if closing > dt.date(2024, 12, 31) else closing,
                            round(rng.uniform(80_000, 900_000) * (2 if genre in ("musical", "opera") else 1), -3),
                            rng.random() < 0.3))
        opening = opening + dt.timedelta(days=rng.randint(38, 50))
    performances, sales = [], []
    perf_id = sale_id = 0
    for pid, _, genre, venue, *_rest in productions:
        start, closing = productions[pid - 1][7], productions[pid - 1][8] or dt.date(2024, 12, 31)
        appeal = rng.uniform(0.45, 0.95)
        day = start
        while day <= min(closing, dt.date(2024, 12, 31)):
            if day.weekday() in (3, 4, 5):
                shows = [(19, 30, False)] + ([(14, 30, True)] if day.weekday() == 5 else [])
                for hour, minute, matinee in shows:
                    perf_id += 1
                    cancelled = rng.random() < 0.02
                    performances.append((perf_id, pid, dt.datetime.combine(day, dt.time(hour, minute)), matinee,
                                         CAPACITY[venue], cancelled, rng.choice([120, 135, 150, 165, 180])))
                    if cancelled:
                        continue
                    target = int(CAPACITY[venue] * appeal * rng.uniform(0.5, 1.05) * (0.8 if matinee else 1.0))
                    sold = 0
                    while sold < target:
                        seats = rng.choices([1, 2, 3, 4, 6, 10], [10, 45, 12, 18, 8, 7])[0]
                        band = rng.choices(list(BANDS), [25, 35, 25, 15])[0]
                        sale_id += 1
                        when = _moment(rng, day - dt.timedelta(days=rng.randint(0, 60)), 8, 22)
                        channel = rng.choices(CHANNELS, [60, 25, 15])[0]
                        sales.append((sale_id, perf_id, when, channel, band, seats,
                                      round(seats * BANDS[band] * (1.15 if genre == "opera" else 1.0), 2),
                                      rng.random() < 0.03))
                        sold += seats
            day += dt.timedelta(days=1)
    _insert(con, "productions", productions)
    _insert(con, "performances", performances)
    _insert(con, "ticket_sales", sales)
    con.close()


# ----------------------------------------------------------------------------------------------- bookshop
GENRES = {"fiction": 12.99, "crime": 9.99, "children": 7.99, "history": 20.0, "poetry": 10.99, "cookery": 25.0}
PUBLISHERS = ["Faber", "Penguin", "Bloomsbury", "Canongate", "Granta", "Walker Books", "Picador"]
AUTHORS = ["Ali Smith", "Ian Rankin", "Hilary Mantel", "Julia Donaldson", "Ottessa Moshfegh", "Val McDermid",
           "Mary Beard", "Ocean Vuong", "Yotam Ottolenghi", "Sally Rooney", "Abir Mukherjee", "Carol Ann Duffy",
           "David Olusoga", "Nigella Lawson", "Jon Klassen", "Maggie O'Farrell"]
ROLES = ["manager", "bookseller", "bookseller", "bookseller", "saturday staff", "buyer"]
PAYMENTS = ["card", "cash", "gift voucher"]


def build_bookshop(path: Path | str) -> None:
    """staff (9, birth_date), books (240), sales (2023-01 .. 2025-03, declared FKs), special_orders (declared FK;
    arrived_on NULL while the book has not come in, collected_on NULL until the customer picks it up)."""
    rng = random.Random(6104)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE staff(staff_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        birth_date DATE, role VARCHAR, full_time BOOLEAN, started_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE books(isbn VARCHAR PRIMARY KEY, title VARCHAR, author VARCHAR,
        genre VARCHAR, publisher VARCHAR, format VARCHAR, list_price DOUBLE, pages INTEGER, published_year INTEGER,
        signed_copy BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sales(sale_id INTEGER PRIMARY KEY, isbn VARCHAR REFERENCES books(isbn),
        staff_id INTEGER REFERENCES staff(staff_id), sold_at TIMESTAMP, quantity INTEGER, unit_price DOUBLE,
        discount_pct DOUBLE, payment_method VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE special_orders(order_id INTEGER PRIMARY KEY,
        isbn VARCHAR REFERENCES books(isbn), customer_name VARCHAR, ordered_on DATE, arrived_on DATE,
        collected_on DATE, deposit_gbp DOUBLE)""")
    staff = [(sid, first, last, _day(rng, dt.date(1960, 1, 1), 16000), ROLES[(sid - 1) % len(ROLES)],
              rng.random() < 0.6, _day(rng, dt.date(2010, 1, 1), 4500))
             for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 9), start=1)]
    books, words = [], ["Night", "River", "Garden", "Winter", "House", "Salt", "Glass", "Stone", "Letters", "Island",
                        "Kitchen", "Crown", "Fox", "Harbour", "Secret", "Summer", "Bones", "Lantern"]
    titles: dict[str, None] = {}
    while len(titles) < 240:
        titles.setdefault(f"The {rng.choice(words)} of {rng.choice(words)}", None)
    for title in titles:
        genre = rng.choices(list(GENRES), [30, 20, 15, 12, 8, 15])[0]
        fmt = rng.choices(["paperback", "hardback"], [70, 30])[0]
        price = round(GENRES[genre] * (1.6 if fmt == "hardback" else 1.0) * rng.uniform(0.85, 1.2), 2)
        books.append((f"978{rng.randrange(10**9, 10**10)}", title, rng.choice(AUTHORS), genre,
                      rng.choice(PUBLISHERS), fmt, price, rng.randint(32 if genre == "children" else 120, 640),
                      rng.randint(1995, 2024), rng.random() < 0.08))
    weights = [1 / (rank ** 0.9) for rank in range(1, 241)]
    rng.shuffle(weights)
    sales = []
    for sid in range(1, 5201):
        book = rng.choices(books, weights)[0]
        day = _day(rng, dt.date(2023, 1, 1), 821)
        while day.weekday() == 6 and rng.random() < 0.7:
            day = _day(rng, dt.date(2023, 1, 1), 821)
        discount = rng.choices([0.0, 10.0, 25.0], [80, 15, 5])[0]
        sales.append((sid, book[0], rng.choices(range(1, 10), [10, 20, 18, 16, 6, 12, 8, 5, 5])[0],
                      _moment(rng, day, 9, 17), rng.choices([1, 2, 3], [82, 14, 4])[0], book[6], discount,
                      rng.choices(PAYMENTS, [75, 18, 7])[0]))
    orders = []
    customers = [f"{a} {b}" for a, b in _unique_names(rng, FIRST, LAST, 70)]
    for oid in range(1, 321):
        ordered = _day(rng, dt.date(2023, 1, 1), 821)
        arrived = ordered + dt.timedelta(days=rng.randint(2, 30))
        if arrived > dt.date(2025, 3, 31) or rng.random() < 0.04:
            arrived = None
        collected = None if arrived is None or rng.random() < 0.12 else arrived + dt.timedelta(days=rng.randint(0, 20))
        if collected is not None and collected > dt.date(2025, 3, 31):
            collected = None
        orders.append((oid, rng.choice(books)[0], rng.choice(customers), ordered, arrived, collected,
                       rng.choice([0.0, 0.0, 5.0, 10.0])))
    _insert(con, "staff", staff)
    _insert(con, "books", books)
    _insert(con, "sales", sales)
    _insert(con, "special_orders", orders)
    con.close()


# ------------------------------------------------------------------------------------------- photo agency
CATEGORIES = {"news": 180.0, "sport": 220.0, "travel": 90.0, "food": 70.0, "portrait": 120.0, "nature": 110.0}
LICENCE_TYPES = {"editorial": 1.0, "commercial": 2.6, "extended": 4.0}
TERRITORIES = ["worldwide", "Europe", "North America", "UK only"]
CLIENTS = ["The Guardian", "Conde Nast", "BBC", "Der Spiegel", "Airbnb", "Lonely Planet", "Nike", "Le Monde",
           "Reuters", "Ogilvy", "Penguin Random House", "Red Bull Media"]


def build_photoagency(path: Path | str) -> None:
    """camelCase schema: photographers (30, birthYear, isStaff), images (2022-2024, declared FK), licences
    (declared FK; soldAt TIMESTAMP, expiresOn NULL for perpetual licences)."""
    rng = random.Random(6105)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE photographers(photographerId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthYear INTEGER, homeCountry VARCHAR, isStaff BOOLEAN, joinedOn DATE)""")
    con.execute("""CREATE OR REPLACE TABLE images(imageId INTEGER PRIMARY KEY,
        photographerId INTEGER REFERENCES photographers(photographerId), shotOn DATE, uploadedAt TIMESTAMP,
        category VARCHAR, orientation VARCHAR, megapixels DOUBLE, isColour BOOLEAN, modelReleased BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE licences(licenceId INTEGER PRIMARY KEY,
        imageId INTEGER REFERENCES images(imageId), clientName VARCHAR, licenceType VARCHAR, territory VARCHAR,
        soldAt TIMESTAMP, expiresOn DATE, feeEur DOUBLE, printRun INTEGER)""")
    home = ["France", "UK", "Germany", "Italy", "Spain", "USA", "Kenya", "Brazil"]
    photographers = [(pid, first, last, rng.randint(1958, 2000), rng.choice(home), rng.random() < 0.35,
                      _day(rng, dt.date(2008, 1, 1), 5000))
                     for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 30), start=1)]
    skill = {pid: rng.uniform(0.3, 2.0) for pid in range(1, 31)}
    images, licences = [], []
    lic_id = 0
    for iid in range(1, 2401):
        pid = rng.randint(1, 30)
        shot = _day(rng, dt.date(2022, 1, 1), 1096)
        uploaded = _moment(rng, shot + dt.timedelta(days=rng.randint(0, 6)), 0, 23)
        if uploaded.date() > dt.date(2024, 12, 31):
            uploaded = _moment(rng, dt.date(2024, 12, 31), 0, 23)
        category = rng.choices(list(CATEGORIES), [25, 15, 20, 10, 15, 15])[0]
        images.append((iid, pid, shot, uploaded, category, rng.choices(["landscape", "portrait", "square"],
                                                                        [60, 30, 10])[0],
                       round(rng.choice([12, 24, 36, 45, 61]) * rng.uniform(0.95, 1.0), 1), rng.random() < 0.88,
                       category == "portrait" and rng.random() < 0.7))
        for _ in range(rng.choices([0, 1, 2, 3, 4], [45, 28, 15, 8, 4])[0]):
            sold = _moment(rng, uploaded.date() + dt.timedelta(days=rng.randint(0, 200)), 7, 20)
            if sold.date() > dt.date(2024, 12, 31):
                continue
            lic_id += 1
            kind = rng.choices(list(LICENCE_TYPES), [55, 35, 10])[0]
            expires = None if kind == "extended" or rng.random() < 0.2 else \
                sold.date() + dt.timedelta(days=365 * rng.choice([1, 2, 3]))
            fee = round(CATEGORIES[category] * LICENCE_TYPES[kind] * skill[pid] * rng.uniform(0.6, 1.5), 2)
            licences.append((lic_id, iid, rng.choice(CLIENTS), kind, rng.choices(TERRITORIES, [30, 30, 20, 20])[0],
                             sold, expires, fee, None if kind == "editorial" else rng.choice([5000, 20000, 100000])))
    _insert(con, "photographers", photographers)
    _insert(con, "images", images)
    _insert(con, "licences", licences)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "podcast": build_podcast,
    "museumloans": build_museumloans,
    "theatre": build_theatre,
    "bookshop": build_bookshop,
    "photoagency": build_photoagency,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval61-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval61-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval61-dbs"))
