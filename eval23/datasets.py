"""Builders of the eval23 evaluation corpus: five DuckDB files (public library, summer camp, orchestra, film festival,
radio station).

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `library.duckdb`: branches, members (date_of_birth), loans (nullable returned_date while the item is still out;
  declared FKs to members and branches)
- `summercamp.duckdb`: campers (birth_year), camp_sessions, registrations (registered_at TIMESTAMP, status,
  nullable counselor_rating; declared FKs)
- `orchestra.duckdb`: musicians (nullable left_date while still in the orchestra), concerts, performances
  (declared FKs)
- `filmfest.duckdb`: films (nullable jury_score, only for films in competition), screenings (starts_at TIMESTAMP;
  declared FK)
- `radio.duckdb`: hosts, shows (nullable ended_on while on air), plays (played_at TIMESTAMP; plays.show_id is NOT
  a declared foreign key)

Usage:
    python eval23/datasets.py OUTDIR

Example:
    >>> from eval23.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval23-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['filmfest.duckdb', 'library.duckdb', 'orchestra.duckdb', 'radio.duckdb', 'summercamp.duckdb']
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


def _unique_names(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(FIRST), rng.choice(LAST)), None)
    return list(seen)


FIRST = [
    "Amara",
    "Benedikt",
    "Camille",
    "Dmitri",
    "Elena",
    "Farid",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Kaia",
    "Lorenzo",
    "Mireille",
    "Nico",
    "Olivia",
    "Pavel",
    "Quinn",
    "Rosa",
    "Stefan",
    "Tamsin",
    "Umar",
    "Vera",
    "Wes",
    "Zofia",
    "Aiden",
    "Bianca",
    "Cyrus",
    "Delia",
    "Emil",
    "Fiona",
]
LAST = [
    "Abernathy",
    "Baptiste",
    "Carrow",
    "Delacroix",
    "Ellison",
    "Fairbanks",
    "Galloway",
    "Hargreave",
    "Ishikawa",
    "Jablonski",
    "Kincaid",
    "Lacroix",
    "Moreau",
    "Novak",
    "Oyelaran",
    "Prescott",
    "Quintero",
    "Rasmussen",
    "Saltzman",
    "Tremblay",
    "Underwood",
    "Valdez",
    "Whitcombe",
    "Yilmaz",
    "Zeller",
]

# ------------------------------------------------------------------------------------------------- library
BRANCHES = [
    ("Central", "Downtown", 1962, True),
    ("Riverside", "West", 1978, False),
    ("Oak Park", "North", 1985, True),
    ("Hillcrest", "North", 1991, False),
    ("Harbor View", "South", 2001, True),
    ("Maple Grove", "East", 1974, False),
    ("Eastgate", "East", 2012, True),
    ("Southfield", "South", 1969, False),
]
ITEM_TYPES = {"book": 60, "dvd": 10, "audiobook": 8, "magazine": 7, "ebook": 15}
GENRES = ["fiction", "mystery", "science fiction", "biography", "history", "children", "cooking", "travel"]


def _membership_type(age: int) -> str:
    """Membership type by age at joining: child, teen, adult or senior."""
    return "child" if age < 13 else "teen" if age < 18 else "senior" if age >= 65 else "adult"


def build_library(path: Path | str) -> None:
    """Public library: 8 branches, 700 members, ~16,000 loans from 2023-01-02 to 2024-12-31."""
    rng = random.Random(2301)
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE branches(branch_id INTEGER PRIMARY KEY, branch_name VARCHAR, district VARCHAR,
        opened_year INTEGER, has_makerspace BOOLEAN)""")
    con.execute("""CREATE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        date_of_birth DATE, membership_type VARCHAR, home_branch_id INTEGER REFERENCES branches(branch_id),
        joined_on DATE, is_active BOOLEAN)""")
    con.execute("""CREATE TABLE loans(loan_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),
        branch_id INTEGER REFERENCES branches(branch_id), item_type VARCHAR, genre VARCHAR, checkout_date DATE,
        due_date DATE, returned_date DATE, renewals INTEGER, late_fee DOUBLE)""")
    _insert(con, "branches", [(i + 1, *b) for i, b in enumerate(BRANCHES)])
    branch_weights = [30, 12, 14, 9, 13, 8, 10, 4]
    members = []
    for i, (first, last) in enumerate(_unique_names(rng, 700), start=1):
        born = _day(rng, dt.date(1938, 1, 1), 365 * 78)
        joined = max(_day(rng, dt.date(2012, 1, 1), 365 * 13), born + dt.timedelta(days=365 * 4))
        joined = min(joined, dt.date(2024, 12, 20))
        home = rng.choices(range(1, 9), branch_weights)[0]
        age = (joined - born).days // 365
        members.append((i, first, last, born, _membership_type(age), home, joined, rng.random() < 0.82))
    _insert(con, "members", members)
    loans = []
    end = dt.date(2024, 12, 31)
    for member in members:
        if not member[7] and rng.random() < 0.5:
            continue
        for _ in range(rng.choice([0, 2, 5, 8, 12, 18, 25])):
            out = _day(rng, max(member[6], dt.date(2023, 1, 2)), 730)
            if out > end:
                continue
            branch = member[5] if rng.random() < 0.7 else rng.choices(range(1, 9), branch_weights)[0]
            item = rng.choices(list(ITEM_TYPES), list(ITEM_TYPES.values()))[0]
            renewals = rng.choices([0, 1, 2], [70, 20, 10])[0]
            due = out + dt.timedelta(days=(7 if item == "dvd" else 21) * (1 + renewals))
            back = out + dt.timedelta(days=rng.randint(2, (due - out).days + 20))
            returned = None if back > end or rng.random() < 0.02 else back
            late_days = ((returned or end) - due).days
            fee = round(min(10.0, 0.25 * late_days), 2) if late_days > 0 and item != "ebook" else 0.0
            if item == "ebook":
                returned = None if back > end else due
            loans.append(
                (len(loans) + 1, member[0], branch, item, rng.choice(GENRES), out, due, returned, renewals, fee)
            )
    _insert(con, "loans", loans)
    con.close()


# ------------------------------------------------------------------------------------------------- summer camp
THEMES = ["Adventure", "Arts", "Science", "Sports", "Nature"]
STATES = ["VT", "NH", "ME", "MA", "NY", "CT"]


def build_summercamp(path: Path | str) -> None:
    """Summer camp: 600 campers, 8 one-week sessions per summer 2022-2024, ~3,000 registrations."""
    rng = random.Random(2302)
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE campers(camper_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        birth_year INTEGER, home_state VARCHAR, has_allergy BOOLEAN)""")
    con.execute("""CREATE TABLE camp_sessions(session_id INTEGER PRIMARY KEY, session_name VARCHAR, camp_year INTEGER,
        theme VARCHAR, start_date DATE, end_date DATE, fee DOUBLE, capacity INTEGER)""")
    con.execute("""CREATE TABLE registrations(registration_id INTEGER PRIMARY KEY,
        camper_id INTEGER REFERENCES campers(camper_id), session_id INTEGER REFERENCES camp_sessions(session_id),
        registered_at TIMESTAMP, status VARCHAR, amount_paid DOUBLE, scholarship BOOLEAN, counselor_rating INTEGER)""")
    campers = [
        (i, f, la, rng.randint(2008, 2017), rng.choices(STATES, [25, 20, 10, 25, 12, 8])[0], rng.random() < 0.14)
        for i, (f, la) in enumerate(_unique_names(rng, 600), start=1)
    ]
    _insert(con, "campers", campers)
    sessions = []
    for year in (2022, 2023, 2024):
        first_monday = dt.date(year, 6, 20) + dt.timedelta(days=(7 - dt.date(year, 6, 20).weekday()) % 7)
        for week in range(8):
            theme = THEMES[(week + year) % 5]
            start = first_monday + dt.timedelta(days=7 * week)
            fee = {"Adventure": 650.0, "Arts": 520.0, "Science": 580.0, "Sports": 560.0, "Nature": 540.0}[theme]
            fee += 25.0 * (year - 2022)
            sessions.append(
                (
                    len(sessions) + 1,
                    f"Week {week + 1} {theme}",
                    year,
                    theme,
                    start,
                    start + dt.timedelta(days=4),
                    fee,
                    rng.choice([40, 48, 56, 60]),
                )
            )
    _insert(con, "camp_sessions", sessions)
    regs = []
    for camper in campers:
        for sess in sessions:
            age = sess[2] - camper[3]
            if not 7 <= age <= 15 or rng.random() > 0.16:
                continue
            registered = dt.datetime.combine(sess[4], dt.time(0)) - dt.timedelta(
                days=rng.randint(5, 160), hours=rng.randint(0, 23), minutes=rng.randint(0, 59)
            )
            status = rng.choices(["confirmed", "waitlisted", "cancelled"], [80, 8, 12])[0]
            scholarship = rng.random() < 0.15
            paid = 0.0 if status != "confirmed" else round(sess[6] * (0.5 if scholarship else 1.0), 2)
            rating = rng.choices([None, 2, 3, 4, 5], [25, 5, 15, 30, 25])[0] if status == "confirmed" else None
            regs.append((len(regs) + 1, camper[0], sess[0], registered, status, paid, scholarship, rating))
    _insert(con, "registrations", regs)
    con.close()


# ------------------------------------------------------------------------------------------------- orchestra
INSTRUMENTS = [
    ("violin", "strings", 16),
    ("viola", "strings", 6),
    ("cello", "strings", 6),
    ("double bass", "strings", 4),
    ("flute", "woodwinds", 3),
    ("oboe", "woodwinds", 3),
    ("clarinet", "woodwinds", 3),
    ("bassoon", "woodwinds", 3),
    ("horn", "brass", 4),
    ("trumpet", "brass", 3),
    ("trombone", "brass", 3),
    ("tuba", "brass", 1),
    ("timpani", "percussion", 1),
    ("percussion", "percussion", 3),
    ("harp", "keyboard", 1),
    ("piano", "keyboard", 1),
]
VENUES = ["Symphony Hall", "Civic Auditorium", "St. Anselm Cathedral", "Lakeside Amphitheater"]
SERIES = {"Classics": 45, "Pops": 25, "Family": 15, "Chamber": 15}
CONDUCTORS = ["Helena Markovic", "Tobias Wren", "Ingrid Solberg"]
WORKS = [
    "Beethoven Five",
    "Mahler Nights",
    "Brahms and Friends",
    "Movie Magic",
    "A Viennese New Year",
    "Peter and the Wolf",
    "Russian Romantics",
    "Strings by Candlelight",
    "Bolero",
    "The Planets",
    "Mozart Requiem",
    "Broadway Classics",
    "New World Symphony",
    "Baroque Brilliance",
    "Holiday Spectacular",
    "Rhapsody in Blue",
]


def build_orchestra(path: Path | str) -> None:
    """Orchestra: ~70 musicians (some left), ~110 concerts 2023-2024, who played in each (performances)."""
    rng = random.Random(2303)
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE musicians(musician_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        instrument VARCHAR, section VARCHAR, joined_date DATE, left_date DATE, is_principal BOOLEAN,
        annual_salary DOUBLE)""")
    con.execute("""CREATE TABLE concerts(concert_id INTEGER PRIMARY KEY, title VARCHAR, concert_date DATE,
        season VARCHAR, series VARCHAR, venue VARCHAR, conductor VARCHAR, capacity INTEGER, tickets_sold INTEGER,
        ticket_revenue DOUBLE, is_cancelled BOOLEAN)""")
    con.execute("""CREATE TABLE performances(concert_id INTEGER REFERENCES concerts(concert_id),
        musician_id INTEGER REFERENCES musicians(musician_id), is_soloist BOOLEAN, fee DOUBLE,
        PRIMARY KEY (concert_id, musician_id))""")
    musicians = []
    names = iter(_unique_names(rng, 90))
    for instrument, section, seats in INSTRUMENTS:
        for seat in range(seats + (1 if seats >= 3 else 0)):
            first, last = next(names)
            joined = _day(rng, dt.date(1998, 1, 1), 365 * 26)
            left = _day(rng, dt.date(2023, 2, 1), 600) if seat == seats else None
            principal = seat == 0
            salary = round(rng.uniform(58000, 72000) + (18000 if principal else 0) + 400 * (2024 - joined.year), 2)
            musicians.append((len(musicians) + 1, first, last, instrument, section, joined, left, principal, salary))
    _insert(con, "musicians", musicians)
    concerts, performances = [], []
    day = dt.date(2023, 1, 7)
    while day <= dt.date(2024, 12, 31):
        if day.month in (7, 8) and rng.random() < 0.6:
            day += dt.timedelta(days=7)
            continue
        series = rng.choices(list(SERIES), list(SERIES.values()))[0]
        venue = VENUES[3] if day.month in (6, 7, 8) else VENUES[2] if series == "Chamber" else rng.choice(VENUES[:2])
        capacity = {
            "Symphony Hall": 2200,
            "Civic Auditorium": 1500,
            "St. Anselm Cathedral": 600,
            "Lakeside Amphitheater": 3500,
        }[venue]
        cancelled = rng.random() < 0.05
        sold = 0 if cancelled else min(capacity, int(capacity * rng.uniform(0.45, 1.05)))
        price = {"Classics": 62.0, "Pops": 48.0, "Family": 22.0, "Chamber": 38.0}[series]
        season = f"{day.year}-{str(day.year + 1)[2:]}" if day.month >= 9 else f"{day.year - 1}-{str(day.year)[2:]}"
        cid = len(concerts) + 1
        concerts.append(
            (
                cid,
                rng.choice(WORKS),
                day,
                season,
                series,
                venue,
                rng.choice(CONDUCTORS),
                capacity,
                sold,
                round(sold * price * rng.uniform(0.9, 1.1), 2),
                cancelled,
            )
        )
        if not cancelled:
            active = [m for m in musicians if m[5] <= day and (m[6] is None or m[6] > day)]
            share = 0.35 if series == "Chamber" else 0.9
            players = [m for m in active if rng.random() < share]
            soloist = rng.choice(players)[0] if rng.random() < 0.4 else None
            for m in players:
                fee = round((450.0 if m[7] else 300.0) + (600.0 if m[0] == soloist else 0.0), 2)
                performances.append((cid, m[0], m[0] == soloist, fee))
        day += dt.timedelta(days=rng.choice([6, 7, 8]))
    _insert(con, "concerts", concerts)
    _insert(con, "performances", performances)
    con.close()


# ------------------------------------------------------------------------------------------------- film festival
COUNTRIES = {
    "France": 14,
    "USA": 16,
    "South Korea": 8,
    "Germany": 8,
    "Mexico": 7,
    "Japan": 7,
    "Nigeria": 5,
    "Iran": 5,
    "Denmark": 5,
    "Argentina": 6,
    "India": 7,
    "Canada": 8,
}
FILM_GENRES = ["drama", "comedy", "thriller", "documentary", "animation", "horror", "romance"]
SECTIONS = {"Competition": 18, "Panorama": 30, "Documentary": 20, "Shorts": 20, "Midnight": 12}
FEST_VENUES = {"Palace Theatre": 820, "Cinema Lumen": 340, "Harbour Screen": 210, "Open Air Plaza": 1200}
WORDS_A = [
    "Silent",
    "Last",
    "Crimson",
    "Golden",
    "Broken",
    "Hidden",
    "Northern",
    "Paper",
    "Winter",
    "Salt",
    "Distant",
    "Glass",
    "Quiet",
    "Wild",
    "Burning",
]
WORDS_B = [
    "Harbor",
    "Garden",
    "Orchard",
    "Signal",
    "River",
    "Season",
    "Letters",
    "Summer",
    "Machine",
    "Island",
    "Hours",
    "Kingdom",
    "Tide",
    "Lantern",
    "Fields",
]


def build_filmfest(path: Path | str) -> None:
    """Film festival: about 120 films a year at the 2022-2024 editions (mid-September), 2-4 screenings each."""
    rng = random.Random(2304)
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE films(film_id INTEGER PRIMARY KEY, title VARCHAR, director VARCHAR, country VARCHAR,
        genre VARCHAR, runtime_min INTEGER, festival_year INTEGER, section VARCHAR, premiere_type VARCHAR,
        is_debut BOOLEAN, jury_score DOUBLE)""")
    con.execute("""CREATE TABLE screenings(screening_id INTEGER PRIMARY KEY, film_id INTEGER REFERENCES films(film_id),
        venue VARCHAR, starts_at TIMESTAMP, seats INTEGER, tickets_sold INTEGER, has_qa BOOLEAN)""")
    titles = list(dict.fromkeys(f"{a} {b}" for a in WORDS_A for b in WORDS_B))
    rng.shuffle(titles)
    directors = [f"{f} {la}" for f, la in _unique_names(rng, 300)]
    films, screenings = [], []
    for year in (2022, 2023, 2024):
        opening = dt.date(year, 9, 8)
        for _ in range(rng.randint(65, 80)):
            section = rng.choices(list(SECTIONS), list(SECTIONS.values()))[0]
            genre = "documentary" if section == "Documentary" else rng.choice(FILM_GENRES)
            runtime = rng.randint(8, 30) if section == "Shorts" else rng.randint(78, 165)
            premiere = rng.choices(["World", "International", "North American", "Regional"], [25, 25, 30, 20])[0]
            score = round(rng.uniform(5.0, 9.6), 1) if section == "Competition" else None
            fid = len(films) + 1
            films.append(
                (
                    fid,
                    titles[fid - 1],
                    rng.choice(directors),
                    rng.choices(list(COUNTRIES), list(COUNTRIES.values()))[0],
                    genre,
                    runtime,
                    year,
                    section,
                    premiere,
                    rng.random() < 0.22,
                    score,
                )
            )
            for _ in range(rng.choice([2, 2, 3, 4])):
                venue = rng.choice(list(FEST_VENUES))
                start = dt.datetime.combine(opening + dt.timedelta(days=rng.randrange(10)), dt.time(0)) + dt.timedelta(
                    hours=rng.choice([10, 13, 16, 19, 21, 23]), minutes=rng.choice([0, 15, 30, 45])
                )
                seats = FEST_VENUES[venue]
                sold = min(seats, int(seats * rng.uniform(0.3, 1.1)))
                screenings.append((len(screenings) + 1, fid, venue, start, seats, sold, rng.random() < 0.3))
    _insert(con, "films", films)
    _insert(con, "screenings", screenings)
    con.close()


# ------------------------------------------------------------------------------------------------- radio station
SHOWS = [
    ("Morning Drive", "Talk", 1, 6, 180, True),
    ("Blue Notes", "Jazz", 2, 20, 120, True),
    ("Fresh Cuts", "Indie", 3, 15, 120, True),
    ("Sunday Strings", "Classical", 4, 9, 180, False),
    ("Beat Street", "Hip-Hop", 5, 22, 120, True),
    ("Back Roads", "Country", 6, 13, 120, False),
    ("Night Owl", "Indie", 7, 0, 180, False),
    ("Soul Kitchen", "Soul", 8, 18, 120, True),
    ("Local Heroes", "Indie", 3, 17, 60, True),
    ("Late Jazz Lounge", "Jazz", 9, 23, 60, False),
]
ARTISTS = {
    "Jazz": ["Miles Davis", "Nina Simone", "Kamasi Washington", "Esperanza Spalding", "Bill Evans"],
    "Indie": ["Phoebe Bridgers", "Big Thief", "The Harbour Lights", "Alvvays", "Mitski", "Velvet Moths"],
    "Classical": ["Yo-Yo Ma", "Hilary Hahn", "Lang Lang", "Anne-Sophie Mutter"],
    "Hip-Hop": ["Kendrick Lamar", "Little Simz", "Noname", "Open Mike Eagle"],
    "Country": ["Kacey Musgraves", "Tyler Childers", "Dolly Parton", "Sturgill Simpson"],
    "Soul": ["Aretha Franklin", "Leon Bridges", "Michael Kiwanuka", "Sharon Jones"],
    "Talk": ["Phoebe Bridgers", "Leon Bridges", "Mitski", "Dolly Parton"],
}
LOCAL_ARTISTS = {"The Harbour Lights", "Velvet Moths", "Open Mike Eagle"}
TRACK_WORDS = ["Blue", "Morning", "River", "Gold", "Home", "Ghost", "Fire", "Lonely", "Sugar", "Highway"]


def build_radio(path: Path | str) -> None:
    """Radio station: 9 hosts, 10 shows, ~17,000 tracks played from 2023-01-01 to 2024-12-31."""
    rng = random.Random(2305)
    con = duckdb.connect(str(path))
    con.execute("""CREATE TABLE hosts(host_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        date_of_birth DATE, hired_on DATE, employment_type VARCHAR)""")
    con.execute("""CREATE TABLE shows(show_id INTEGER PRIMARY KEY, show_name VARCHAR, genre VARCHAR,
        host_id INTEGER REFERENCES hosts(host_id), air_day VARCHAR, start_hour INTEGER, duration_minutes INTEGER,
        is_live BOOLEAN, launched_on DATE, ended_on DATE)""")
    con.execute("""CREATE TABLE plays(play_id INTEGER PRIMARY KEY, show_id INTEGER, played_at TIMESTAMP,
        artist VARCHAR, track_title VARCHAR, duration_sec INTEGER, is_request BOOLEAN, is_local_artist BOOLEAN)""")
    hosts = [
        (
            i,
            f,
            la,
            _day(rng, dt.date(1960, 1, 1), 365 * 38),
            _day(rng, dt.date(2005, 1, 1), 365 * 17),
            "staff" if i <= 5 else "volunteer",
        )
        for i, (f, la) in enumerate(_unique_names(rng, 9), start=1)
    ]
    _insert(con, "hosts", hosts)
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    shows = []
    for i, (name, genre, host, hour, minutes, live) in enumerate(SHOWS, start=1):
        launched = _day(rng, dt.date(2010, 1, 1), 365 * 12)
        ended = dt.date(2024, 6, 30) if name == "Back Roads" else dt.date(2023, 12, 22) if name == "Night Owl" else None
        air_day = "Weekdays" if name == "Morning Drive" else days[(i * 3) % 7]
        shows.append((i, name, genre, host, air_day, hour, minutes, live, launched, ended))
    _insert(con, "shows", shows)
    plays = []
    day = dt.date(2023, 1, 1)
    while day <= dt.date(2024, 12, 31):
        for show in shows:
            if show[9] is not None and day > show[9]:
                continue
            if show[4] != "Weekdays" and days[day.weekday()] != show[4]:
                continue
            if show[4] == "Weekdays" and day.weekday() >= 5:
                continue
            average_track = 900 if show[2] == "Classical" else 285
            count = int(show[6] * 60 * 0.85 / average_track) // (3 if show[2] == "Talk" else 1) - rng.randint(0, 3)
            clock = dt.datetime.combine(day, dt.time(show[5])) + dt.timedelta(minutes=rng.randint(0, 4))
            for _ in range(max(count, 3)):
                artist = rng.choice(ARTISTS[show[2]])
                seconds = rng.randint(150, 420) if show[2] != "Classical" else rng.randint(300, 1500)
                plays.append(
                    (
                        len(plays) + 1,
                        show[0],
                        clock,
                        artist,
                        f"{rng.choice(TRACK_WORDS)} {rng.choice(TRACK_WORDS)}",
                        seconds,
                        show[7] and rng.random() < 0.12,
                        artist in LOCAL_ARTISTS,
                    )
                )
                gap = rng.randint(600, 900) if show[2] == "Talk" else rng.randint(10, 90)
                clock += dt.timedelta(seconds=seconds + gap)
        day += dt.timedelta(days=1)
    _insert(con, "plays", plays)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "library": build_library,
    "summercamp": build_summercamp,
    "orchestra": build_orchestra,
    "filmfest": build_filmfest,
    "radio": build_radio,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval23-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval23-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval23-dbs"))
