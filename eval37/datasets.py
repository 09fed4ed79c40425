"""Builders of the held-out evaluation corpus eval37: five DuckDB files in five domains of their own.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `karaoke.duckdb`: rooms, customers (birth_date, loyalty tier), bookings (TIMESTAMP start, status, optional rating;
  declared FKs)
- `hockey.duckdb`: teams, players (birth_date, captain flag), games (home/away teams, overtime flag), goals
  (declared FKs)
- `riding.duckdb`: horses (birth_year, retired flag, retired_on NULL while working), riders (date_of_birth),
  lessons (lesson_ts TIMESTAMP; rider_id declared, horse_id NOT declared)
- `observatory.duckdb`: telescopes, observations (nullable seeing grade and end time), public_nights (booleans)
- `courier.duckdb`: couriers (birth_year, left_on NULL while employed), deliveries (courier_id NOT declared,
  nullable dropoff time and tip)

Usage:
    python eval37/datasets.py OUTDIR

Example:
    >>> from eval37.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval37-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['courier.duckdb', 'hockey.duckdb', 'karaoke.duckdb', 'observatory.duckdb', 'riding.duckdb']
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


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A timestamp on `day` at hour:minute."""
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amara", "Benedikt", "Carmen", "Dmitri", "Elif", "Finn", "Gloria", "Hugo", "Ines", "Jonas", "Kira", "Lorenzo",
         "Maja", "Nico", "Olga", "Pablo", "Quinn", "Rosa", "Stefan", "Tamsin", "Ulrich", "Vera", "Wim", "Zoe"]
LAST = ["Abbott", "Bergström", "Costa", "Delaney", "Engel", "Ferreira", "Galloway", "Hartmann", "Iversen", "Jensen",
        "Keller", "Laine", "Moreau", "Novak", "O'Brien", "Petrov", "Quist", "Rinaldi", "Schulz", "Tanaka", "Whitfield"]

# ------------------------------------------------------------------------------------------------ karaoke bar
ROOMS = [
    # room_name, capacity, hourly_rate, has_vip_bar
    ("Neon", 6, 25.0, False), ("Disco", 8, 30.0, False), ("Velvet", 10, 40.0, True), ("Rockstar", 14, 55.0, True),
    ("Ballad", 4, 20.0, False), ("Encore", 12, 48.0, True), ("Jukebox", 6, 26.0, False), ("Diva", 20, 75.0, True),
]
STATUSES = ["completed", "cancelled", "no-show"]


def build_karaoke(path: Path | str) -> None:
    """rooms (8), customers (260, birth_date, loyalty_tier), bookings (2023-2024, optional rating; declared FKs)."""
    rng = random.Random(3701)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE rooms(room_id INTEGER PRIMARY KEY, room_name VARCHAR, capacity INTEGER,
        hourly_rate DOUBLE, has_vip_bar BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, loyalty_tier VARCHAR, joined_on DATE, newsletter BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        room_id INTEGER REFERENCES rooms(room_id), customer_id INTEGER REFERENCES customers(customer_id),
        start_ts TIMESTAMP, hours DOUBLE, party_size INTEGER, status VARCHAR, room_charge DOUBLE, drinks_total DOUBLE,
        rating INTEGER)""")
    rooms = [(i, *r) for i, r in enumerate(ROOMS, start=1)]
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 260), start=1):
        born = _day(rng, dt.date(1962, 1, 1), 365 * 42)
        tier = rng.choices(["Bronze", "Silver", "Gold"], [60, 28, 12])[0]
        customers.append((cid, first, last, born, tier, _day(rng, dt.date(2021, 6, 1), 1200), rng.random() < 0.4))
    bookings = []
    weights = [14, 12, 10, 8, 9, 7, 11, 4]
    for _ in range(2400):
        room = rng.choices(rooms, weights)[0]
        cust = rng.choice(customers)
        day = _day(rng, dt.date(2023, 1, 1), 731)
        if day.weekday() < 3 and rng.random() < 0.5:
            day += dt.timedelta(days=4 if day.weekday() < 2 else 3)
        day = min(day, dt.date(2024, 12, 31))
        start = _at(day, rng.choice([17, 18, 19, 20, 20, 21, 21, 22, 22, 23]), rng.choice([0, 30]))
        hours = rng.choice([1.0, 1.5, 2.0, 2.0, 3.0, 4.0])
        party = rng.randint(2, room[2])
        status = rng.choices(STATUSES, [82, 12, 6])[0]
        charge = round(room[3] * hours, 2) if status == "completed" else 0.0
        drinks = round(party * rng.uniform(6, 22) * hours, 2) if status == "completed" else 0.0
        rating = rng.choices([1, 2, 3, 4, 5], [3, 6, 20, 40, 31])[0] if status == "completed" and rng.random() < 0.55 \
            else None
        bookings.append((len(bookings) + 1, room[0], cust[0], start, hours, party, status, charge, drinks, rating))
    bookings.sort(key=lambda b: b[3])
    bookings = [(i, *b[1:]) for i, b in enumerate(bookings, start=1)]
    _insert(con, "rooms", rooms)
    _insert(con, "customers", customers)
    _insert(con, "bookings", bookings)
    con.close()


# ------------------------------------------------------------------------------------------- ice hockey league
TEAMS = [
    # team_name, city, division, founded_year, arena_capacity
    ("Frost Wolves", "Tampere", "North", 1968, 7800), ("Ironclads", "Lulea", "North", 1975, 6200),
    ("Polar Bears", "Oulu", "North", 1981, 6500), ("Blizzard", "Umea", "North", 1992, 5100),
    ("Red Hawks", "Malmo", "South", 1959, 9100), ("Harbor Kings", "Gothenburg", "South", 1964, 8700),
    ("Thunder", "Aarhus", "South", 1988, 5600), ("Stormriders", "Kiel", "South", 2001, 4800),
]
POSITIONS = ["Forward", "Defense", "Goalie"]


def build_hockey(path: Path | str) -> None:
    """teams (8), players (~190), games (seasons 2022-23 to 2024-25), goals (declared FKs)."""
    rng = random.Random(3702)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE teams(team_id INTEGER PRIMARY KEY, team_name VARCHAR, city VARCHAR,
        division VARCHAR, founded_year INTEGER, arena_capacity INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE players(player_id INTEGER PRIMARY KEY,
        team_id INTEGER REFERENCES teams(team_id), first_name VARCHAR, last_name VARCHAR, position VARCHAR,
        birth_date DATE, shoots VARCHAR, jersey_number INTEGER, is_captain BOOLEAN, salary DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE games(game_id INTEGER PRIMARY KEY, season VARCHAR, game_date DATE,
        home_team_id INTEGER REFERENCES teams(team_id), away_team_id INTEGER REFERENCES teams(team_id),
        home_goals INTEGER, away_goals INTEGER, overtime BOOLEAN, attendance INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE goals(goal_id INTEGER PRIMARY KEY, game_id INTEGER REFERENCES games(game_id),
        player_id INTEGER REFERENCES players(player_id), period INTEGER, game_minute DOUBLE, power_play BOOLEAN)""")
    teams = [(i, *t) for i, t in enumerate(TEAMS, start=1)]
    names = _unique_names(rng, FIRST, LAST, 8 * 24)
    players = []
    for team in teams:
        roster = [("Goalie", 2), ("Defense", 8), ("Forward", 14)]
        numbers = rng.sample(range(1, 99), 24)
        slots = [pos for pos, n in roster for _ in range(n)]
        captain = rng.randrange(2, 24)
        for k, pos in enumerate(slots):
            first, last = names[len(players)]
            born = _day(rng, dt.date(1988, 1, 1), 365 * 17)
            salary = round(rng.uniform(60, 240) * 1000 + (60000 if k == captain else 0), -2)
            players.append((len(players) + 1, team[0], first, last, pos, born, rng.choices(["L", "R"], [62, 38])[0],
                            numbers[k], k == captain, salary))
    by_team: dict[int, list[tuple]] = {}
    for p in players:
        by_team.setdefault(p[1], []).append(p)
    strength = {1: 3.3, 2: 2.6, 3: 2.9, 4: 2.4, 5: 3.5, 6: 3.0, 7: 2.7, 8: 2.2}
    games, goals = [], []
    for year in (2022, 2023, 2024):
        season = f"{year}-{str(year + 1)[2:]}"
        day = dt.date(year, 10, 1)
        for _ in range(2):
            for home in teams:
                for away in teams:
                    if home == away:
                        continue
                    day += dt.timedelta(days=rng.choice([1, 1, 2, 2, 3]))
                    if day > dt.date(year + 1, 3, 31):
                        day = dt.date(year, 10, 1) + dt.timedelta(days=rng.randrange(180))
                    hg = _poisson(rng, strength[home[0]] * 1.08)
                    ag = _poisson(rng, strength[away[0]])
                    overtime = hg == ag
                    if overtime:
                        if rng.random() < 0.5:
                            hg += 1
                        else:
                            ag += 1
                    gid = len(games) + 1
                    attendance = int(home[5] * rng.uniform(0.55, 1.0))
                    games.append((gid, season, day, home[0], away[0], hg, ag, overtime, attendance))
                    for team_id, n in ((home[0], hg), (away[0], ag)):
                        skaters = [p for p in by_team[team_id] if p[4] != "Goalie"]
                        for g in range(n):
                            scorer = rng.choices(skaters, [3 if p[4] == "Forward" else 1 for p in skaters])[0]
                            late = overtime and g == n - 1 and (team_id == home[0]) == (hg > ag)
                            minute = round(rng.uniform(60, 65), 1) if late else round(rng.uniform(0, 60), 1)
                            goals.append((len(goals) + 1, gid, scorer[0], min(4, int(minute // 20) + 1), minute,
                                          rng.random() < 0.22))
    games.sort(key=lambda g: (g[2], g[0]))
    _insert(con, "teams", teams)
    _insert(con, "players", players)
    _insert(con, "games", games)
    _insert(con, "goals", goals)
    con.close()


def _poisson(rng: random.Random, mean: float) -> int:
    """A Poisson draw (Knuth), enough for small means."""
    limit, k, p = pow(2.718281828, -mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


# ---------------------------------------------------------------------------------------- horse riding school
HORSES = [
    # horse_name, breed, birth_year, height_hands
    ("Bramble", "Welsh Cob", 2010), ("Copper", "Haflinger", 2013), ("Duchess", "Thoroughbred", 2008),
    ("Ember", "Connemara", 2015), ("Fable", "Arabian", 2012), ("Gusto", "Hanoverian", 2011),
    ("Hazel", "Welsh Cob", 2016), ("Juniper", "Haflinger", 2009), ("Kestrel", "Thoroughbred", 2014),
    ("Luna", "Connemara", 2005), ("Maverick", "Hanoverian", 2007), ("Nutmeg", "Shetland", 2012),
    ("Oakley", "Irish Draught", 2010), ("Pepper", "Shetland", 2017), ("Quill", "Arabian", 2006),
    ("Rowan", "Irish Draught", 2013), ("Saffron", "Haflinger", 2018), ("Tinker", "Welsh Cob", 2004),
]
INSTRUCTORS = ["Helen Marsh", "Tom Fielding", "Priya Nair", "Georg Weber", "Lucy Carter"]
LESSON_TYPES = {"private": (45, 65.0), "group": (60, 35.0), "hack": (90, 45.0), "jumping": (60, 55.0)}


def build_riding(path: Path | str) -> None:
    """horses (18), riders (220), lessons (2022-2024; rider_id declared FK, horse_id undeclared)."""
    rng = random.Random(3703)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE horses(horse_id INTEGER PRIMARY KEY, horse_name VARCHAR, breed VARCHAR,
        birth_year INTEGER, height_hands DOUBLE, is_retired BOOLEAN, retired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE riders(rider_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        date_of_birth DATE, skill_level VARCHAR, member_since DATE, owns_helmet BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE lessons(lesson_id INTEGER PRIMARY KEY,
        rider_id INTEGER REFERENCES riders(rider_id), horse_id INTEGER, instructor VARCHAR, lesson_ts TIMESTAMP,
        lesson_type VARCHAR, duration_min INTEGER, price DOUBLE, cancelled BOOLEAN)""")
    horses = []
    for hid, (name, breed, born) in enumerate(HORSES, start=1):
        height = round(rng.uniform(9.5, 11.5) if breed == "Shetland" else rng.uniform(13.5, 17.2), 1)
        retired = born <= 2006
        retired_on = _day(rng, dt.date(2023, 3, 1), 600) if retired else None
        horses.append((hid, name, breed, born, height, retired, retired_on))
    riders = []
    for rid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 220), start=1):
        born = _day(rng, dt.date(1965, 1, 1), 365 * 52)
        level = rng.choices(["Beginner", "Intermediate", "Advanced"], [45, 38, 17])[0]
        riders.append((rid, first, last, born, level, _day(rng, dt.date(2020, 1, 1), 1700), rng.random() < 0.6))
    lessons = []
    for _ in range(3200):
        rider = rng.choice(riders)
        day = _day(rng, dt.date(2022, 1, 1), 1096)
        if day < rider[5]:
            day = rider[5] + dt.timedelta(days=rng.randrange(60))
        if day > dt.date(2024, 12, 31):
            continue
        working = [h for h in horses if h[6] is None or h[6] > day]
        if rider[0] % 7 == 0:
            working = [h for h in working if h[2] != "Shetland"] or working
        horse = rng.choice(working)
        ltype = rng.choices(list(LESSON_TYPES), [30, 40, 18, 12] if rider[4] != "Beginner" else [45, 50, 5, 0])[0]
        minutes, base = LESSON_TYPES[ltype]
        price = round(base * (1 + 0.05 * (day.year - 2022)), 2)
        lessons.append((rider[0], horse[0], rng.choice(INSTRUCTORS), _at(day, rng.randint(8, 18), rng.choice([0, 30])),
                        ltype, minutes, price, rng.random() < 0.09))
    lessons.sort(key=lambda x: x[3])
    lessons = [(i, *x) for i, x in enumerate(lessons, start=1)]
    _insert(con, "horses", horses)
    _insert(con, "riders", riders)
    _insert(con, "lessons", lessons)
    con.close()


# -------------------------------------------------------------------------------------------------- observatory
TELESCOPES = [
    # name, aperture_mm, optical_type, dome, year_installed
    ("Hale Refractor", 150, "refractor", "East Dome", 1998), ("Big Newton", 600, "reflector", "Main Dome", 2005),
    ("Cassie", 350, "catadioptric", "West Dome", 2012), ("Little Newton", 250, "reflector", "Roll-off Roof", 2016),
    ("Solar Scope", 90, "refractor", "Roll-off Roof", 2019), ("Dobby", 400, "reflector", "Lawn", 2021),
]
TARGETS = [
    # target_name, target_type
    ("Jupiter", "planet"), ("Saturn", "planet"), ("Mars", "planet"), ("Venus", "planet"), ("Moon", "moon"),
    ("Andromeda Galaxy", "galaxy"), ("Whirlpool Galaxy", "galaxy"), ("Orion Nebula", "nebula"),
    ("Ring Nebula", "nebula"), ("Pleiades", "star cluster"), ("Hercules Cluster", "star cluster"),
    ("Albireo", "double star"), ("Mizar", "double star"), ("Sun", "star"),
]
OBSERVERS = ["Dr. Ada Quist", "Ben Okoro", "Clara Jensen", "Dev Patel", "Elena Rossi", "Farid Haddad"]


def build_observatory(path: Path | str) -> None:
    """telescopes (6), observations (2022-2024, nullable seeing and ended_at), public_nights (bookings, weather)."""
    rng = random.Random(3704)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE telescopes(telescope_id INTEGER PRIMARY KEY, name VARCHAR,
        aperture_mm INTEGER, optical_type VARCHAR, dome VARCHAR, year_installed INTEGER, is_motorized BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE observations(observation_id INTEGER PRIMARY KEY,
        telescope_id INTEGER REFERENCES telescopes(telescope_id), target_name VARCHAR, target_type VARCHAR,
        observer VARCHAR, started_at TIMESTAMP, ended_at TIMESTAMP, seeing INTEGER, cloud_cover_pct INTEGER,
        images_taken INTEGER, photographed BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE public_nights(night_id INTEGER PRIMARY KEY, night_date DATE, theme VARCHAR,
        tickets_sold INTEGER, ticket_price DOUBLE, capacity INTEGER, clouded_out BOOLEAN, guest_speaker VARCHAR)""")
    telescopes = [(i, *t, t[1] >= 250) for i, t in enumerate(TELESCOPES, start=1)]
    observations = []
    for _ in range(2600):
        tel = rng.choices(telescopes, [14, 22, 18, 16, 8, 12])[0]
        if tel[1] == "Solar Scope":
            target = TARGETS[-1]
            day = _day(rng, dt.date(2022, 1, 1), 1096)
            start = _at(day, rng.randint(10, 15), rng.choice([0, 15, 30, 45]))
        else:
            target = rng.choice(TARGETS[:-1])
            day = _day(rng, dt.date(2022, 1, 1), 1096)
            start = _at(day, rng.choice([20, 21, 22, 23, 0, 1, 2]), rng.choice([0, 15, 30, 45]))
            if start.hour < 12:
                start += dt.timedelta(days=1)
                if start.year == 2025:
                    start -= dt.timedelta(days=2)
        minutes = rng.randint(15, 180)
        ended = None if rng.random() < 0.06 else start + dt.timedelta(minutes=minutes)
        seeing = None if rng.random() < 0.15 else rng.choices([1, 2, 3, 4, 5], [8, 20, 35, 25, 12])[0]
        clouds = rng.choices([0, 10, 20, 30, 50, 70], [35, 25, 15, 12, 8, 5])[0]
        images = 0 if rng.random() < 0.3 else rng.randint(1, 120)
        observations.append((tel[0], target[0], target[1], rng.choice(OBSERVERS), start, ended, seeing, clouds, images,
                             images > 0))
    observations.sort(key=lambda o: o[4])
    observations = [(i, *o) for i, o in enumerate(observations, start=1)]
    themes = ["Planets", "Deep Sky", "Moon Watch", "Meteor Shower", "Kids Night"]
    speakers = ["Dr. Ada Quist", "Prof. Jan Laine", "Dr. Mia Costa"]
    nights, day = [], dt.date(2022, 1, 7)
    while day <= dt.date(2024, 12, 31):
        capacity = 60
        price = 12.0 if day.year == 2022 else 14.0 if day.year == 2023 else 15.0
        theme = rng.choice(themes)
        sold = min(capacity, int(rng.gauss(38 if theme != "Kids Night" else 48, 10)))
        speaker = rng.choice(speakers) if rng.random() < 0.35 else None
        nights.append((len(nights) + 1, day, theme, max(sold, 4), price if theme != "Kids Night" else 8.0, capacity,
                       rng.random() < 0.18, speaker))
        day += dt.timedelta(days=rng.choice([7, 7, 14]))
    _insert(con, "telescopes", telescopes)
    _insert(con, "observations", observations)
    _insert(con, "public_nights", nights)
    con.close()


# ---------------------------------------------------------------------------------------------- bicycle courier
ZONES = ["Centre", "Docklands", "Old Town", "University", "Riverside"]
CLIENTS = ["Bakehouse Co", "Lex & Partners", "City Pharmacy", "Print Hub", "Green Grocer", "Studio Nine",
           "Harbor Legal", "Mercer Florists", "Quick Prints", "Nordic Dental", "Byte Repairs", "Atlas Bank"]


def build_courier(path: Path | str) -> None:
    """couriers (40, birth_year, left_on NULL while employed), deliveries (2023-2024; courier_id undeclared)."""
    rng = random.Random(3705)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE couriers(courier_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, hired_on DATE, left_on DATE, bike_type VARCHAR, home_zone VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE deliveries(delivery_id INTEGER PRIMARY KEY, courier_id INTEGER,
        client_name VARCHAR, pickup_zone VARCHAR, dropoff_zone VARCHAR, pickup_ts TIMESTAMP, dropoff_ts TIMESTAMP,
        distance_km DOUBLE, priority VARCHAR, status VARCHAR, fee DOUBLE, tip DOUBLE, is_fragile BOOLEAN)""")
    couriers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 40), start=1):
        hired = _day(rng, dt.date(2021, 3, 1), 1250)
        left = None
        if rng.random() < 0.3:
            left = hired + dt.timedelta(days=rng.randint(120, 700))
            left = left if left < dt.date(2024, 12, 20) else None
        couriers.append((cid, first, last, rng.randint(1972, 2004), hired, left,
                         rng.choices(["road", "cargo", "e-bike"], [45, 20, 35])[0], rng.choice(ZONES)))
    deliveries = []
    prio_fee = {"standard": 6.0, "express": 11.0, "same-day": 8.5}
    for _ in range(5200):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        active = [c for c in couriers if c[4] <= day and (c[5] is None or c[5] > day)]
        if not active:
            continue
        courier = rng.choice(active)
        pickup = _at(day, rng.randint(7, 19), rng.randrange(60))
        km = round(rng.uniform(0.8, 4.0) if rng.random() < 0.5 else rng.uniform(3.0, 14.0), 1)
        prio = rng.choices(list(prio_fee), [60, 25, 15])[0]
        status = rng.choices(["delivered", "failed", "returned"], [90, 6, 4])[0]
        speed = 22.0 if courier[6] == "e-bike" else 17.0 if courier[6] == "road" else 13.0
        dropoff = pickup + dt.timedelta(minutes=round(km / speed * 60 + rng.uniform(3, 15))) \
            if status == "delivered" else None
        fee = round(prio_fee[prio] + 1.2 * km, 2)
        tip = round(rng.choice([1.0, 2.0, 2.5, 3.0, 5.0]), 2) if status == "delivered" and rng.random() < 0.3 else None
        deliveries.append((courier[0], rng.choice(CLIENTS), rng.choice(ZONES), rng.choice(ZONES), pickup, dropoff, km,
                           prio, status, fee, tip, rng.random() < 0.12))
    deliveries.sort(key=lambda d: d[4])
    deliveries = [(i, *d) for i, d in enumerate(deliveries, start=1)]
    _insert(con, "couriers", couriers)
    _insert(con, "deliveries", deliveries)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "karaoke": build_karaoke,
    "hockey": build_hockey,
    "riding": build_riding,
    "observatory": build_observatory,
    "courier": build_courier,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval37-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval37-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval37-dbs"))
