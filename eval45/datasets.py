"""Builders of the eval45 development corpus: five DuckDB files in five media / entertainment domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `streaming.duckdb`: subscribers (birth_year, cancel_date NULL while active), titles, views (started_at
  TIMESTAMP, nullable rating; views.title_id is NOT a declared foreign key, views.subscriber_id is)
- `publisher.duckdb`: authors (date_of_birth), books (declared FK, out_of_print flag), book_sales (declared FK)
- `magazines.duckdb`: magazines, subscriptions (declared FK, end_date NULL while running, nullable cancel_reason)
- `concerts.duckdb`: venues, artists, shows (declared FKs, doors_open TIMESTAMP, tickets_sold NULL when cancelled)
- `esports.duckdb`: teams, players (birth_date, left_date NULL while on the roster), matches (played_at
  TIMESTAMP, winner_team_id declared), player_stats (declared FKs, mvp flag)

Usage:
    python eval45/datasets.py OUTDIR

Example:
    >>> from eval45.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval45-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['concerts.duckdb', 'esports.duckdb', 'magazines.duckdb', 'publisher.duckdb', 'streaming.duckdb']
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


def _moment(rng: random.Random, day: dt.date, hours: list[int]) -> dt.datetime:
    """A timestamp on `day` at one of `hours`, with random minutes."""
    return dt.datetime(day.year, day.month, day.day, rng.choice(hours), rng.randrange(60))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amara", "Benedikt", "Carmen", "Dmitri", "Elena", "Fintan", "Gabriela", "Hugo", "Ingrid", "Jonas", "Keiko",
         "Lorenzo", "Mireille", "Nikolai", "Olivia", "Pieter", "Quinn", "Rosa", "Samuel", "Tamsin", "Umar", "Vera",
         "William", "Zofia"]
LAST = ["Abbott", "Bergstrom", "Carvalho", "Delgado", "Ellison", "Fischer", "Gallagher", "Hartmann", "Iversen",
        "Jimenez", "Kaminski", "Lefebvre", "Moretti", "Novak", "O'Brien", "Petrov", "Quintero", "Richter", "Sato",
        "Tanaka", "Whitfield", "Yilmaz"]

# ------------------------------------------------------------------------------------------------ streaming
GENRES = ["Drama", "Comedy", "Documentary", "Thriller", "Animation", "Sci-Fi", "Romance"]
TITLE_WORDS = ["Silent", "Harbor", "Midnight", "Crimson", "Echo", "Frontier", "Glass", "Hollow", "Iron", "Jade",
               "Lantern", "Meridian", "Northern", "Orbit", "Paper", "River", "Shadow", "Tides", "Velvet", "Winter"]
PLANS = {"Basic": 7.99, "Standard": 12.99, "Premium": 18.99}


def _titles(rng: random.Random, n: int) -> list[str]:
    """n distinct two-word titles."""
    seen: dict[str, None] = {}
    while len(seen) < n:
        seen.setdefault(f"{rng.choice(TITLE_WORDS)} {rng.choice(TITLE_WORDS)}", None)
    return list(seen)


def build_streaming(path: Path | str) -> None:
    """subscribers (400), titles (120), views (2022-2024; subscriber FK declared, title_id only implied)."""
    rng = random.Random(4501)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE subscribers(subscriber_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, country VARCHAR, plan VARCHAR, monthly_price DOUBLE,
        signup_date DATE, cancel_date DATE, is_family_account BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE titles(title_id INTEGER PRIMARY KEY, title_name VARCHAR, genre VARCHAR,
        content_type VARCHAR, release_year INTEGER, runtime_min INTEGER, is_original BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE views(view_id INTEGER PRIMARY KEY,
        subscriber_id INTEGER REFERENCES subscribers(subscriber_id), title_id INTEGER, started_at TIMESTAMP,
        device VARCHAR, minutes_watched INTEGER, finished BOOLEAN, rating INTEGER)""")
    countries = ["United States", "Canada", "Mexico", "Brazil", "United Kingdom", "Germany", "Spain"]
    subscribers = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 400), start=1):
        plan = rng.choices(list(PLANS), [35, 45, 20])[0]
        signup = _day(rng, dt.date(2022, 1, 1), 1000)
        cancel = signup + dt.timedelta(days=rng.randint(40, 700)) if rng.random() < 0.3 else None
        cancel = cancel if cancel is not None and cancel <= dt.date(2024, 12, 31) else None
        subscribers.append((sid, first, last, rng.randint(1955, 2006), rng.choices(countries, [30, 10, 10, 15, 15, 10,
                            10])[0], plan, PLANS[plan], signup, cancel, rng.random() < 0.25))
    titles = []
    for tid, name in enumerate(_titles(rng, 120), start=1):
        kind = rng.choices(["movie", "series"], [60, 40])[0]
        runtime = rng.randint(80, 160) if kind == "movie" else rng.randint(22, 60)
        titles.append((tid, name, rng.choice(GENRES), kind, rng.randint(1995, 2024), runtime, rng.random() < 0.3))
    views = []
    devices = ["TV", "Mobile", "Laptop", "Tablet"]
    for sub in subscribers:
        start, stop = sub[7], sub[8] or dt.date(2024, 12, 31)
        for _ in range(rng.randint(3, 25)):
            day = start + dt.timedelta(days=rng.randrange(max((stop - start).days, 1)))
            title = rng.choice(titles)
            watched = rng.randint(5, title[5])
            done = watched >= title[5] * 0.9
            rating = rng.choices([1, 2, 3, 4, 5], [5, 10, 25, 35, 25])[0] if rng.random() < 0.35 else None
            views.append((len(views) + 1, sub[0], title[0], _moment(rng, day, [7, 12, 18, 19, 20, 21, 22, 23]),
                          rng.choices(devices, [45, 30, 15, 10])[0], watched, done, rating))
    _insert(con, "subscribers", subscribers)
    _insert(con, "titles", titles)
    _insert(con, "views", views)
    con.close()


# ------------------------------------------------------------------------------------------------ publisher
IMPRINTS = ["Larkspur Press", "Northgate Books", "Blue Heron"]
BOOK_GENRES = ["Fiction", "Mystery", "Fantasy", "Biography", "History", "Cookbook", "Children", "Poetry"]
BOOK_WORDS = ["Garden", "Letters", "Storm", "Kingdom", "Salt", "Orchard", "Mirror", "Bridge", "Ember", "Compass",
              "Lighthouse", "Thread", "Atlas", "Sparrow", "Winter", "Harvest"]


def build_publisher(path: Path | str) -> None:
    """authors (60), books (180, declared FK), book_sales (2023-2024, declared FK)."""
    rng = random.Random(4502)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE authors(author_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, nationality VARCHAR, has_agent BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE books(book_id INTEGER PRIMARY KEY,
        author_id INTEGER REFERENCES authors(author_id), title VARCHAR, genre VARCHAR, imprint VARCHAR,
        book_format VARCHAR, list_price DOUBLE, page_count INTEGER, pub_date DATE, out_of_print BOOLEAN,
        advance_usd DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE book_sales(sale_id INTEGER PRIMARY KEY,
        book_id INTEGER REFERENCES books(book_id), sale_date DATE, channel VARCHAR, region VARCHAR,
        units INTEGER, net_revenue DOUBLE, returned_units INTEGER)""")
    nations = ["American", "British", "Irish", "Canadian", "Australian", "Nigerian", "Indian"]
    authors = []
    for aid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 60), start=1):
        authors.append((aid, first, last, _day(rng, dt.date(1945, 1, 1), 365 * 50),
                        rng.choices(nations, [30, 25, 10, 10, 10, 8, 7])[0], rng.random() < 0.6))
    books, seen = [], set()
    for bid in range(1, 181):
        title = f"The {rng.choice(BOOK_WORDS)} of {rng.choice(BOOK_WORDS)}"
        while title in seen:
            title = f"{title} II"
        seen.add(title)
        fmt = rng.choices(["hardcover", "paperback", "ebook", "audiobook"], [25, 40, 25, 10])[0]
        price = {"hardcover": 28.0, "paperback": 16.0, "ebook": 9.99, "audiobook": 22.0}[fmt]
        pub = _day(rng, dt.date(2015, 1, 1), 3600)
        advance = round(rng.choice([2000, 5000, 10000, 25000, 50000]) * rng.uniform(0.8, 1.5), -2)
        books.append((bid, rng.randint(1, 60), title, rng.choice(BOOK_GENRES), rng.choices(IMPRINTS, [45, 35, 20])[0],
                      fmt, round(price * rng.uniform(0.85, 1.2), 2), rng.randint(90, 720), pub,
                      pub < dt.date(2019, 1, 1) and rng.random() < 0.3, advance))
    sales = []
    channels = ["bookstore", "online", "wholesale", "library"]
    regions = ["North America", "UK & Ireland", "Europe", "Asia Pacific"]
    for book in books:
        if book[9]:
            continue
        for _ in range(rng.randint(4, 20)):
            day = _day(rng, max(book[8], dt.date(2023, 1, 1)), 365 * 2)
            if day > dt.date(2024, 12, 31):
                continue
            channel = rng.choices(channels, [35, 40, 15, 10])[0]
            units = rng.randint(5, 400) if channel != "library" else rng.randint(1, 40)
            discount = {"bookstore": 0.55, "online": 0.6, "wholesale": 0.45, "library": 0.8}[channel]
            returned = rng.randint(0, units // 8) if channel in ("bookstore", "wholesale") else 0
            sales.append((len(sales) + 1, book[0], day, channel, rng.choices(regions, [45, 25, 20, 10])[0], units,
                          round(units * book[6] * discount, 2), returned))
    _insert(con, "authors", authors)
    _insert(con, "books", books)
    _insert(con, "book_sales", sales)
    con.close()


# ------------------------------------------------------------------------------------------------ magazines
MAGAZINES = [
    # name, category, issues_per_year, annual_price
    ("Trail & Summit", "Outdoors", 6, 34.0), ("The Weekly Ledger", "News", 52, 129.0),
    ("Home Kitchen", "Food", 10, 29.0), ("Pixel Monthly", "Technology", 12, 45.0),
    ("Garden Gate", "Home & Garden", 8, 27.0), ("Velocity", "Cars", 12, 39.0),
    ("Little Explorers", "Kids", 10, 32.0), ("Canvas Quarterly", "Arts", 4, 48.0),
    ("Market Pulse", "Business", 24, 99.0), ("Coastal Living Today", "Home & Garden", 12, 36.0),
]
CANCEL_REASONS = ["price", "not reading it", "moved", "switched to digital", "delivery problems"]


def build_magazines(path: Path | str) -> None:
    """magazines (10), subscriptions (2022-2024, declared FK, end_date NULL while running)."""
    rng = random.Random(4503)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE magazines(magazine_id INTEGER PRIMARY KEY, title VARCHAR,
        category VARCHAR, issues_per_year INTEGER, annual_price DOUBLE, launched_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE subscriptions(subscription_id INTEGER PRIMARY KEY,
        magazine_id INTEGER REFERENCES magazines(magazine_id), subscriber_name VARCHAR, state VARCHAR,
        start_date DATE, end_date DATE, term_months INTEGER, amount_paid DOUBLE, print_edition BOOLEAN,
        auto_renew BOOLEAN, source VARCHAR, cancel_reason VARCHAR)""")
    mags = [(i, *m, rng.randint(1968, 2015)) for i, m in enumerate(MAGAZINES, start=1)]
    states = ["CA", "TX", "NY", "FL", "WA", "IL", "OH", "CO"]
    people = [f"{f} {last}" for f, last in _unique_names(rng, FIRST, LAST, 350)]
    subs = []
    for _ in range(1400):
        mag = rng.choices(mags, [12, 8, 14, 10, 9, 8, 7, 5, 6, 11])[0]
        start = _day(rng, dt.date(2022, 1, 1), 365 * 3)
        term = rng.choices([3, 6, 12, 24], [10, 20, 55, 15])[0]
        cancelled = rng.random() < 0.22
        end = start + dt.timedelta(days=rng.randint(20, 30 * term)) if cancelled else None
        if end is not None and end > dt.date(2024, 12, 31):
            end, cancelled = None, False
        discount = rng.choice([1.0, 1.0, 0.8, 0.5])
        subs.append((len(subs) + 1, mag[0], rng.choice(people), rng.choices(states, [20, 15, 14, 12, 9, 10, 10,
                     10])[0], start, end, term, round(mag[4] * term / 12 * discount, 2), rng.random() < 0.6,
                     rng.random() < 0.5, rng.choices(["website", "mail-in card", "phone", "gift"], [50, 15, 15, 20])[0],
                     rng.choice(CANCEL_REASONS) if cancelled else None))
    _insert(con, "magazines", mags)
    _insert(con, "subscriptions", subs)
    con.close()


# ------------------------------------------------------------------------------------------------- concerts
VENUES = [
    # name, city, capacity, indoor
    ("The Foundry", "Chicago", 1200, True), ("Riverside Amphitheater", "Austin", 8000, False),
    ("Blue Room", "Nashville", 450, True), ("Harbor Pavilion", "Seattle", 5500, False),
    ("Grand Orpheum", "Chicago", 2800, True), ("Mesa Arena", "Phoenix", 14000, True),
    ("Velvet Lounge", "Austin", 300, True), ("Lakeside Bowl", "Denver", 9500, False),
]
ARTISTS = [
    # name, genre, home_country
    ("Neon Harbor", "Indie Rock", "USA"), ("Lila Moreau", "Pop", "France"), ("The Copper Kings", "Country", "USA"),
    ("Static Bloom", "Electronic", "UK"), ("Rosa Delgado", "Latin", "Mexico"), ("Grey Meridian", "Metal", "Sweden"),
    ("Jasper Quinn", "Singer-Songwriter", "Ireland"), ("Midnight Tram", "Jazz", "USA"),
    ("Paper Satellites", "Indie Rock", "Canada"), ("DJ Kairo", "Electronic", "Germany"),
    ("Hollow Pines", "Folk", "USA"), ("Velvet Arcade", "Pop", "UK"), ("Ironwood", "Metal", "USA"),
    ("Sunny Okafor", "Afrobeats", "Nigeria"), ("The Lanterns", "Folk", "UK"), ("Marisol", "Latin", "Colombia"),
    ("Echo Park Trio", "Jazz", "USA"), ("Northbound", "Country", "Canada"),
]


def build_concerts(path: Path | str) -> None:
    """venues (8), artists (18), shows (2022-2024, declared FKs, tickets_sold NULL when cancelled)."""
    rng = random.Random(4504)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE venues(venue_id INTEGER PRIMARY KEY, venue_name VARCHAR, city VARCHAR,
        capacity INTEGER, is_outdoor BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE artists(artist_id INTEGER PRIMARY KEY, artist_name VARCHAR,
        genre VARCHAR, home_country VARCHAR, signed_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE shows(show_id INTEGER PRIMARY KEY,
        venue_id INTEGER REFERENCES venues(venue_id), artist_id INTEGER REFERENCES artists(artist_id),
        show_date DATE, doors_open TIMESTAMP, status VARCHAR, ticket_price DOUBLE, tickets_sold INTEGER,
        comps INTEGER, artist_fee DOUBLE, sold_out BOOLEAN)""")
    venues = [(i, v[0], v[1], v[2], not v[3]) for i, v in enumerate(VENUES, start=1)]
    artists = [(i, *a, rng.randint(2012, 2023)) for i, a in enumerate(ARTISTS, start=1)]
    popularity = {a[0]: rng.uniform(0.4, 1.0) for a in artists}
    shows = []
    for _ in range(520):
        venue = rng.choice(venues)
        artist = rng.choice(artists)
        day = _day(rng, dt.date(2022, 1, 1), 365 * 3)
        status = rng.choices(["played", "cancelled", "postponed"], [88, 7, 5])[0]
        price = round(rng.uniform(25, 60) * (1 + venue[3] / 10000) * popularity[artist[0]] * 1.5, 2)
        sold = min(venue[3], int(venue[3] * popularity[artist[0]] * rng.uniform(0.5, 1.15)))
        fee = round(price * sold * rng.uniform(0.35, 0.55), -2)
        doors = _moment(rng, day, [17, 18, 19, 20])
        if status == "played":
            shows.append((len(shows) + 1, venue[0], artist[0], day, doors, status, price, sold,
                          rng.randint(0, 40), fee, sold == venue[3]))
        else:
            shows.append((len(shows) + 1, venue[0], artist[0], day, doors, status, price, None, None, None, False))
    _insert(con, "venues", venues)
    _insert(con, "artists", artists)
    _insert(con, "shows", shows)
    con.close()


# -------------------------------------------------------------------------------------------------- esports
TEAMS = [
    # name, region, founded_year
    ("Crimson Wolves", "North America", 2014), ("Zenith Gaming", "Europe", 2012), ("Tidal Force", "Europe", 2016),
    ("Jade Dragons", "Asia", 2011), ("Solar Flare", "North America", 2018), ("Kuro Esports", "Asia", 2015),
    ("Andes Legion", "Latin America", 2017), ("Frostbyte", "Europe", 2019),
]
ROLES = ["top", "jungle", "mid", "carry", "support"]
TAGS = ["Vortex", "Kairo", "Nyx", "Blaze", "Onyx", "Raptor", "Echo", "Zephyr", "Hex", "Sable", "Flint", "Lumen",
        "Drift", "Quill", "Rune", "Talon", "Cinder", "Mako", "Pike", "Wisp", "Jolt", "Nova", "Grim", "Aster"]


def build_esports(path: Path | str) -> None:
    """teams (8), players (~56, declared FK), matches (seasons 2023-2024), player_stats (declared FKs)."""
    rng = random.Random(4505)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE teams(team_id INTEGER PRIMARY KEY, team_name VARCHAR, region VARCHAR,
        founded_year INTEGER, coach_name VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE players(player_id INTEGER PRIMARY KEY,
        team_id INTEGER REFERENCES teams(team_id), gamertag VARCHAR, first_name VARCHAR, last_name VARCHAR,
        birth_date DATE, nationality VARCHAR, role VARCHAR, joined_date DATE, left_date DATE, salary_usd DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE matches(match_id INTEGER PRIMARY KEY, season INTEGER, stage VARCHAR,
        played_at TIMESTAMP, blue_team_id INTEGER REFERENCES teams(team_id),
        red_team_id INTEGER REFERENCES teams(team_id), winner_team_id INTEGER REFERENCES teams(team_id),
        duration_min DOUBLE, viewers_peak INTEGER, went_overtime BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE player_stats(stat_id INTEGER PRIMARY KEY,
        match_id INTEGER REFERENCES matches(match_id), player_id INTEGER REFERENCES players(player_id),
        kills INTEGER, deaths INTEGER, assists INTEGER, gold_earned INTEGER, mvp BOOLEAN)""")
    coaches = _unique_names(rng, FIRST, LAST, len(TEAMS))
    teams = [(i, *t, f"{c[0]} {c[1]}") for i, (t, c) in enumerate(zip(TEAMS, coaches, strict=True), start=1)]
    nations = {"North America": ["USA", "Canada"], "Europe": ["Germany", "France", "Poland", "Denmark", "Spain"],
               "Asia": ["South Korea", "China", "Japan"], "Latin America": ["Brazil", "Argentina", "Chile"]}
    names = _unique_names(rng, FIRST, LAST, 60)
    tags = rng.sample([f"{a}{b}" for a in TAGS for b in ["", "X", "99", "Jr"]], 60)
    players, roster = [], {}
    for team in teams:
        for role in ROLES:
            first_stint = rng.random() < 0.3
            joined = _day(rng, dt.date(2020, 1, 1), 900)
            left = _day(rng, dt.date(2023, 5, 1), 200) if first_stint else None
            pid = len(players) + 1
            players.append((pid, team[0], tags[pid - 1], *names[pid - 1], _day(rng, dt.date(1994, 1, 1), 365 * 11),
                            rng.choice(nations[team[2]]), role, joined, left, round(rng.uniform(40, 220), 0) * 1000))
            roster.setdefault(team[0], {})[role] = [(pid, left)]
            if first_stint:
                pid = len(players) + 1
                players.append((pid, team[0], tags[pid - 1], *names[pid - 1],
                                _day(rng, dt.date(1996, 1, 1), 365 * 10), rng.choice(nations[team[2]]), role,
                                left + dt.timedelta(days=1), None, round(rng.uniform(40, 220), 0) * 1000))
                roster[team[0]][role].append((pid, None))
    strength = {t[0]: rng.uniform(0.6, 1.4) for t in teams}
    matches, stats = [], []
    for season in (2023, 2024):
        for week in range(18):
            day0 = dt.date(season, 2, 1) + dt.timedelta(weeks=week)
            order = [t[0] for t in teams]
            rng.shuffle(order)
            stage = "playoffs" if week >= 15 else "regular season"
            for k in range(0, len(order), 2):
                blue, red = order[k], order[k + 1]
                day = day0 + dt.timedelta(days=rng.choice([0, 1]))
                winner = blue if rng.random() < strength[blue] / (strength[blue] + strength[red]) + 0.03 else red
                duration = round(rng.uniform(24, 48), 1)
                mid = len(matches) + 1
                matches.append((mid, season, stage, _moment(rng, day, [15, 17, 19, 21]), blue, red, winner, duration,
                                rng.randint(20, 400) * 1000 * (2 if stage == "playoffs" else 1), duration > 44))
                for team_id in (blue, red):
                    for role in ROLES:
                        pid = next(p for p, left in roster[team_id][role] if left is None or left >= day)
                        won = team_id == winner
                        stats.append((len(stats) + 1, mid, pid, rng.randint(0, 12 if role != "support" else 4),
                                      rng.randint(0, 9), rng.randint(1, 18), rng.randint(7000, 17000) + 2000 * won,
                                      False))
                best = max(range(len(stats) - 10, len(stats)), key=lambda i: stats[i][3] * 2 + stats[i][5])
                stats[best] = stats[best][:7] + (True,)
    _insert(con, "teams", teams)
    _insert(con, "players", players)
    _insert(con, "matches", matches)
    _insert(con, "player_stats", stats)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "streaming": build_streaming,
    "publisher": build_publisher,
    "magazines": build_magazines,
    "concerts": build_concerts,
    "esports": build_esports,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval45-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval45-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval45-dbs"))
