"""Builders of the eval53 development corpus: five DuckDB files (darts, squash, triathlon, snooker, angling).

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `darts.duckdb`: teams, players (birth_date, team_id -> teams), appearances (player_id -> players; nullable
  highest_checkout when no leg was won; declared FKs)
- `squash.duckdb`: members (birth_year, left_on NULL while still a member), courts, bookings (start_ts TIMESTAMP;
  bookings.member_id and bookings.court_id are NOT declared foreign keys; cancelled_at NULL unless cancelled)
- `triathlon.duckdb`: athletes (date_of_birth), races, results (declared FKs; finish_min and overall_place NULL for a
  did-not-finish)
- `snooker.duckdb`: tables_info (one row per snooker table), sessions (table_no -> tables_info declared; started_at /
  ended_at TIMESTAMPs; highest_break NULL when no break was recorded)
- `angling.duckdb`: anglers (date_of_birth, licence_expiry), venues, catches (angler_id declared, venue_id declared;
  caught_at TIMESTAMP; length_cm NULL when the fish was not measured)

Usage:
    python eval53/datasets.py OUTDIR

Example:
    >>> from eval53.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval53-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['angling.duckdb', 'darts.duckdb', 'snooker.duckdb', 'squash.duckdb', 'triathlon.duckdb']
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


def _unique_names(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(FIRST), rng.choice(LAST)), None)
    return list(seen)


FIRST = ["Aidan", "Bethany", "Callum", "Delia", "Ewan", "Fiona", "Gareth", "Harriet", "Imogen", "Jonah", "Kirsty",
         "Liam", "Megan", "Niall", "Olive", "Patrick", "Rhiannon", "Seamus", "Tamsin", "Umar", "Vikram", "Wilma",
         "Yasmin", "Zach", "Agnes", "Rory"]
FEMALE = {"Bethany", "Delia", "Fiona", "Harriet", "Imogen", "Kirsty", "Megan", "Olive", "Rhiannon", "Tamsin", "Wilma",
          "Yasmin", "Agnes"}
LAST = ["Abbott", "Bellamy", "Carver", "Doherty", "Ellison", "Fairclough", "Gillespie", "Hartley", "Inglis", "Jeffries",
        "Kavanagh", "Lockwood", "McBride", "Nolan", "Oakley", "Prentice", "Quinlan", "Redmond", "Sutcliffe", "Tierney",
        "Underwood", "Whitlock"]


# -------------------------------------------------------------------------------------------------- darts league
DART_TEAMS = [
    # team_name, pub, division
    ("Red Lion Arrows", "The Red Lion", "Premier"), ("Crown Flyers", "The Crown", "Premier"),
    ("Anchor Bullseyes", "The Anchor", "Premier"), ("Plough Pirates", "The Plough", "Premier"),
    ("Swan Sharpshooters", "The White Swan", "Division One"), ("Fox Treble Twenty", "The Fox and Hounds",
                                                                 "Division One"),
    ("Bell Ringers", "The Bell", "Division One"), ("Kings Arms Checkouts", "The Kings Arms", "Division One"),
    ("Ship Shooters", "The Ship", "Division Two"), ("George Darters", "The George", "Division Two"),
    ("Railway Tungsten", "The Railway", "Division Two"), ("Oak Doubles", "The Royal Oak", "Division Two"),
]
COMPETITIONS = ["League", "Cup", "Singles Open"]
NICKNAMES = ["The Hammer", "Bullseye Bob", "The Viking", "Sniper", "The Rocket", "Jackpot", "The Machine", "Iceman",
             "The Flash", "Tungsten", "Double Trouble", "The Bishop", "Big Mick", "The Tornado", "Maverick",
             "Steady Eddie", "The Shark", "Lucky Lou", "The Falcon", "Dead Eye", "The Magpie", "Razor", "The Owl",
             "Nine Darter", "The Bulldog", "Ace", "The Comet", "Thunder", "The Professor", "Wolfie", "Cobra",
             "The Duke", "Hurricane", "Sparky", "The Anvil", "Top Hat", "Chalky", "The Gent", "Laser", "Spider"]


def _checkout(rng: random.Random) -> int:
    """A plausible best checkout of a night: mostly under 100, never one of the impossible finishes over 158."""
    value = min(170, 2 + int(rng.expovariate(1 / 48)))
    return value - 10 if value in (159, 162, 163, 165, 166, 168, 169) else value


def build_darts(path: Path | str) -> None:
    """teams (12), players (84, declared FK), appearances (2022-2024 match nights, declared FK)."""
    rng = random.Random(5301)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE teams(team_id INTEGER PRIMARY KEY, team_name VARCHAR, pub VARCHAR,
        division VARCHAR, founded_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE players(player_id INTEGER PRIMARY KEY,
        team_id INTEGER REFERENCES teams(team_id), first_name VARCHAR, last_name VARCHAR, nickname VARCHAR,
        birth_date DATE, throwing_hand VARCHAR, is_captain BOOLEAN, joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE appearances(appearance_id INTEGER PRIMARY KEY,
        player_id INTEGER REFERENCES players(player_id), match_date DATE, competition VARCHAR, home_game BOOLEAN,
        legs_won INTEGER, legs_lost INTEGER, won BOOLEAN, three_dart_avg DOUBLE, count_180s INTEGER,
        highest_checkout INTEGER)""")
    teams = [(i, n, p, d, rng.randint(1975, 2015)) for i, (n, p, d) in enumerate(DART_TEAMS, start=1)]
    nicknames = rng.sample(NICKNAMES, len(NICKNAMES))
    players, skill = [], {}
    for pid, (first, last) in enumerate(_unique_names(rng, 84), start=1):
        team = (pid - 1) % 12 + 1
        skill[pid] = rng.uniform(42, 62) + (6 if teams[team - 1][3] == "Premier" else 0)
        nickname = nicknames.pop() if nicknames and rng.random() < 0.6 else None
        players.append((pid, team, first, last, nickname, _day(rng, dt.date(1960, 1, 1), 365 * 42),
                        rng.choices(["right", "left"], [85, 15])[0], pid <= 12, _day(rng, dt.date(2012, 1, 1), 3600)))
    apps = []
    night = dt.date(2022, 1, 6)
    while night <= dt.date(2024, 12, 31):
        comp = rng.choices(COMPETITIONS, [75, 15, 10])[0]
        for pid in rng.sample(range(1, 85), rng.randint(20, 34)):
            won_legs = rng.choices([0, 1, 2, 3], [20, 25, 25, 30])[0]
            lost_legs = 3 if won_legs < 3 else rng.randint(0, 2)
            avg = round(max(25.0, rng.gauss(skill[pid], 6)), 2)
            checkout = _checkout(rng) if won_legs else None
            apps.append((len(apps) + 1, pid, night, comp, rng.random() < 0.5, won_legs, lost_legs, won_legs == 3,
                         avg, rng.choices([0, 1, 2, 3], [40, 35, 17, 8] if avg > 60 else [75, 18, 6, 1])[0],
                         checkout))
        night += dt.timedelta(days=7)
    _insert(con, "teams", teams)
    _insert(con, "players", players)
    _insert(con, "appearances", apps)
    con.close()


# -------------------------------------------------------------------------------------------------- squash courts
COURTS = [("Court 1", "glass back", 14.0), ("Court 2", "glass back", 14.0), ("Court 3", "standard", 10.0),
          ("Court 4", "standard", 10.0), ("Court 5", "standard", 9.0), ("Show Court", "all glass", 22.0)]
MEMBERSHIPS = {"Full": 1.0, "Off-Peak": 0.8, "Junior": 0.5, "Student": 0.6}


def build_squash(path: Path | str) -> None:
    """members (160), courts (6), bookings (2023-2024; member_id / court_id NOT declared as foreign keys)."""
    rng = random.Random(5302)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, full_name VARCHAR,
        birth_year INTEGER, membership_type VARCHAR, grade VARCHAR, joined_on DATE, left_on DATE,
        has_locker BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE courts(court_id INTEGER PRIMARY KEY, court_name VARCHAR, court_type VARCHAR,
        hourly_rate DOUBLE, has_air_con BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY, member_id INTEGER,
        court_id INTEGER, start_ts TIMESTAMP, duration_min INTEGER, status VARCHAR, fee DOUBLE, booked_online BOOLEAN,
        cancelled_at TIMESTAMP)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, 160), start=1):
        mtype = rng.choices(list(MEMBERSHIPS), [50, 25, 12, 13])[0]
        born = rng.randint(2007, 2012) if mtype == "Junior" else rng.randint(1998, 2005) if mtype == "Student" \
            else rng.randint(1955, 2000)
        joined = _day(rng, dt.date(2015, 1, 1), 3450)
        left = _day(rng, max(joined, dt.date(2023, 2, 1)), 600) if rng.random() < 0.2 else None
        members.append((mid, f"{first} {last}", born, mtype, rng.choices("ABCDE", [8, 17, 30, 28, 17])[0], joined,
                        left, rng.random() < 0.3))
    courts = [(i, n, t, r, t != "standard" or i == 3) for i, (n, t, r) in enumerate(COURTS, start=1)]
    bookings = []
    day = dt.date(2023, 1, 2)
    while day <= dt.date(2024, 12, 31):
        for _ in range(rng.randint(4, 12)):
            m = members[rng.randrange(160)]
            if m[5] > day or (m[6] is not None and m[6] < day):
                continue
            court = rng.choices(courts, [20, 20, 18, 16, 14, 12])[0]
            hour = rng.choices(range(7, 22), [3, 6, 5, 3, 3, 6, 5, 3, 3, 4, 8, 10, 10, 8, 4])[0]
            start = dt.datetime.combine(day, dt.time(hour, rng.choice([0, 20, 40])))
            mins = rng.choices([40, 60, 80], [45, 45, 10])[0]
            status = rng.choices(["completed", "cancelled", "no-show"], [84, 11, 5])[0]
            fee = round(court[3] * mins / 60 * MEMBERSHIPS[m[3]], 2)
            cancelled = start - dt.timedelta(hours=rng.randint(1, 72)) if status == "cancelled" else None
            bookings.append((len(bookings) + 1, m[0], court[0], start, mins, status,
                             0.0 if status == "cancelled" else fee, rng.random() < 0.7, cancelled))
        day += dt.timedelta(days=1)
    _insert(con, "members", members)
    _insert(con, "courts", courts)
    _insert(con, "bookings", bookings)
    con.close()


# ------------------------------------------------------------------------------------------------ triathlon club
RACES = [
    # race_name, location, distance, fee
    ("Lakeside Sprint", "Windermere", "Sprint", 55.0), ("Harbour Olympic", "Weymouth", "Olympic", 85.0),
    ("Castle Middle", "Bamburgh", "Middle", 190.0), ("Riverside Sprint", "Nottingham", "Sprint", 50.0),
    ("Moorland Olympic", "Harrogate", "Olympic", 90.0), ("Coastal Full", "Tenby", "Full", 420.0),
    ("City Sprint", "Leeds", "Sprint", 60.0), ("Valley Middle", "Llanberis", "Middle", 210.0),
]
NEWCOMERS_FROM = 112  # athletes 113-120 joined in late 2024 and have not raced yet
LEG_BASE = {"Sprint": (18, 38, 22), "Olympic": (32, 75, 45), "Middle": (38, 170, 110), "Full": (75, 360, 250)}


def build_triathlon(path: Path | str) -> None:
    """athletes (120), races (24: eight events a year 2022-2024), results (declared FKs, DNFs have NULL finish)."""
    rng = random.Random(5303)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE athletes(athlete_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, gender VARCHAR, date_of_birth DATE, category VARCHAR, joined_club DATE,
        has_coach BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE races(race_id INTEGER PRIMARY KEY, race_name VARCHAR, race_date DATE,
        location VARCHAR, distance VARCHAR, entry_fee DOUBLE, sea_swim BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE results(result_id INTEGER PRIMARY KEY,
        race_id INTEGER REFERENCES races(race_id), athlete_id INTEGER REFERENCES athletes(athlete_id),
        swim_min DOUBLE, bike_min DOUBLE, run_min DOUBLE, finish_min DOUBLE, finished BOOLEAN, overall_place INTEGER,
        wetsuit BOOLEAN)""")
    athletes, speed = [], {}
    for aid, (first, last) in enumerate(_unique_names(rng, 120), start=1):
        category = rng.choices(["Age Group", "Elite", "Para", "Junior"], [75, 8, 5, 12])[0]
        born = _day(rng, dt.date(2005, 1, 1), 1400) if category == "Junior" else _day(rng, dt.date(1962, 1, 1),
                                                                                       365 * 40)
        speed[aid] = (rng.uniform(0.85, 1.25) * (0.85 if category == "Elite" else 1.0), rng.uniform(0.75, 1.6))
        gender = "F" if first in FEMALE else "M"
        joined = _day(rng, dt.date(2024, 9, 1), 120) if aid > NEWCOMERS_FROM else _day(rng, dt.date(2014, 1, 1), 3000)
        athletes.append((aid, first, last, gender, born, category, joined, rng.random() < 0.35))
    races, results = [], []
    for year in (2022, 2023, 2024):
        for k, (name, loc, dist, fee) in enumerate(RACES):
            rid = len(races) + 1
            date = dt.date(year, 4 + k, 1) + dt.timedelta(days=rng.randrange(25)) if k < 6 else \
                dt.date(year, 4 + k - 6, 15) + dt.timedelta(days=rng.randrange(10))
            races.append((rid, name, date, loc, dist, round(fee * (1 + 0.05 * (year - 2022)), 2),
                          loc in ("Weymouth", "Tenby", "Bamburgh")))
            field = rng.sample(range(1, NEWCOMERS_FROM + 1), rng.randint(12, 30) if dist in ("Sprint", "Olympic") else
                               rng.randint(5, 12))
            times = []
            for aid in field:
                pace, swim_pace = speed[aid]
                s, b, r = (round(base * factor * rng.uniform(0.92, 1.1), 1)
                           for base, factor in zip(LEG_BASE[dist], (swim_pace, pace, pace)))
                dnf = rng.random() < (0.04 if dist in ("Sprint", "Olympic") else 0.12)
                run = None if dnf else r
                finish = None if dnf else round(s + b + r + rng.uniform(2, 6), 1)
                times.append([aid, s, b, run, finish, rng.random() < 0.7])
            ranked = sorted((t for t in times if t[4] is not None), key=lambda t: t[4])
            place = {t[0]: i for i, t in enumerate(ranked, start=1)}
            for aid, s, b, run, finish, suit in times:
                results.append((len(results) + 1, rid, aid, s, b, run, finish, finish is not None, place.get(aid),
                                suit))
    _insert(con, "athletes", athletes)
    _insert(con, "races", races)
    _insert(con, "results", results)
    con.close()


# -------------------------------------------------------------------------------------------------- snooker hall
SNOOKER_TABLES = [(1, "Main Hall", "full size", 9.0), (2, "Main Hall", "full size", 9.0),
                  (3, "Main Hall", "full size", 9.0), (4, "Main Hall", "full size", 9.0),
                  (5, "Club Room", "10 ft", 7.5), (6, "Club Room", "10 ft", 7.5), (7, "Club Room", "pool", 6.0),
                  (8, "Club Room", "pool", 6.0), (9, "VIP Lounge", "full size", 14.0), (10, "VIP Lounge", "full size",
                                                                                          14.0)]


def build_snooker(path: Path | str) -> None:
    """tables_info (10), sessions (2022-2024, declared FK; a few sessions still running have NULL ended_at)."""
    rng = random.Random(5304)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE tables_info(table_no INTEGER PRIMARY KEY, room VARCHAR, table_size VARCHAR,
        hourly_price DOUBLE, cloth_replaced DATE)""")
    con.execute("""CREATE OR REPLACE TABLE sessions(session_id INTEGER PRIMARY KEY,
        table_no INTEGER REFERENCES tables_info(table_no), started_at TIMESTAMP, ended_at TIMESTAMP,
        players INTEGER, amount_paid DOUBLE, payment_method VARCHAR, member_booking BOOLEAN, highest_break INTEGER,
        league_match BOOLEAN)""")
    tables = [(n, room, size, price, _day(rng, dt.date(2021, 1, 1), 1300)) for n, room, size, price in SNOOKER_TABLES]
    sessions = []
    day = dt.date(2022, 1, 1)
    while day <= dt.date(2024, 12, 31):
        busy = rng.randint(4, 10) + (4 if day.weekday() >= 4 else 0) + (10 if day == dt.date(2024, 12, 31) else 0)
        for _ in range(busy):
            tno, room, size, price, _cloth = rng.choices(tables, [14, 12, 12, 10, 9, 9, 10, 10, 7, 7])[0]
            start = dt.datetime.combine(day, dt.time(rng.randint(11, 22), rng.choice([0, 15, 30, 45])))
            minutes = rng.choice([30, 45, 60, 60, 90, 90, 120, 150, 180])
            end = start + dt.timedelta(minutes=minutes)
            running = start >= dt.datetime(2024, 12, 31, 19, 0)
            league = size != "pool" and rng.random() < 0.12
            member = league or rng.random() < 0.45
            paid = round(price * minutes / 60 * (0.8 if member else 1.0), 2)
            brk = rng.randint(8, 147 if rng.random() < 0.02 else 110) if size != "pool" and rng.random() < 0.6 \
                else None
            sessions.append((len(sessions) + 1, tno, start, None if running else end,
                             rng.choices([1, 2, 3, 4], [5, 70, 10, 15])[0], None if running else paid,
                             rng.choices(["card", "cash", "account"], [60, 25, 15])[0], member, brk, league))
        day += dt.timedelta(days=1)
    _insert(con, "tables_info", tables)
    _insert(con, "sessions", sessions)
    con.close()


# -------------------------------------------------------------------------------------------------- angling club
VENUES = [
    # venue_name, water_type, region, day_ticket
    ("Mill Pond", "lake", "Midlands", 8.0), ("Willow Lake", "lake", "South", 12.0),
    ("River Trent Stretch", "river", "Midlands", 6.0), ("River Wye Beat", "river", "Wales", 15.0),
    ("Canal Basin", "canal", "North", 4.0), ("Kielder Reservoir", "reservoir", "North", 10.0),
    ("Oxbow Lake", "lake", "North", 9.0), ("Severn Meadows", "river", "Wales", 7.0),
]
SPECIES = {"Carp": (2, 14), "Pike": (2, 12), "Bream": (1, 5), "Tench": (1, 4), "Roach": (0.1, 1.0),
           "Perch": (0.2, 1.8), "Barbel": (1, 7), "Chub": (0.5, 3.5)}


def build_angling(path: Path | str) -> None:
    """anglers (90), venues (8), catches (2022-2024; declared FKs; length_cm NULL when not measured)."""
    rng = random.Random(5305)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE anglers(angler_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, membership VARCHAR, licence_expiry DATE, on_committee BOOLEAN,
        home_town VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE venues(venue_id INTEGER PRIMARY KEY, venue_name VARCHAR,
        water_type VARCHAR, region VARCHAR, day_ticket DOUBLE, night_fishing BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE catches(catch_id INTEGER PRIMARY KEY,
        angler_id INTEGER REFERENCES anglers(angler_id), venue_id INTEGER REFERENCES venues(venue_id),
        caught_at TIMESTAMP, species VARCHAR, weight_kg DOUBLE, length_cm DOUBLE, bait VARCHAR, released BOOLEAN,
        match_day BOOLEAN)""")
    towns = ["Derby", "Nottingham", "Leicester", "Sheffield", "Chester"]
    anglers = []
    for aid, (first, last) in enumerate(_unique_names(rng, 90), start=1):
        membership = rng.choices(["Senior", "Junior", "Concession", "Life"], [60, 12, 20, 8])[0]
        born = _day(rng, dt.date(2007, 1, 1), 1800) if membership == "Junior" else _day(rng, dt.date(1945, 1, 1),
                                                                                        365 * 45)
        anglers.append((aid, first, last, born, membership, _day(rng, dt.date(2024, 6, 1), 700), rng.random() < 0.1,
                        rng.choice(towns)))
    venues = [(i, n, w, r, p, w in ("lake", "reservoir") and i != 6) for i, (n, w, r, p) in enumerate(VENUES, 1)]
    catches = []
    for _ in range(5200):
        day = _day(rng, dt.date(2022, 1, 1), 1096)
        venue = rng.choices(venues, [18, 16, 14, 10, 12, 8, 12, 10])[0]
        fish = {"lake": ["Carp", "Tench", "Bream", "Roach", "Perch", "Pike"],
                "river": ["Barbel", "Chub", "Roach", "Pike", "Perch", "Bream"],
                "canal": ["Roach", "Perch", "Bream", "Pike"], "reservoir": ["Pike", "Perch", "Roach", "Bream"]}
        species = rng.choice(fish[venue[2]])
        lo, hi = SPECIES[species]
        weight = round(lo + (hi - lo) * rng.random() ** 2, 2)
        length = round(22 * weight ** (1 / 3) * rng.uniform(1.3, 1.6), 1) if rng.random() < 0.65 else None
        bait = {"Pike": "lure", "Carp": rng.choice(["boilie", "sweetcorn"]), "Perch": rng.choice(["worm", "lure"])}.get(
            species, rng.choice(["maggot", "worm", "sweetcorn"]))
        at = dt.datetime.combine(day, dt.time(rng.choice([5, 6, 7, 8, 9, 10, 14, 16, 18, 19, 20]), rng.randrange(60)))
        catches.append((0, rng.randint(1, 90), venue[0], at, species, weight, length, bait,
                        species in ("Carp", "Barbel", "Tench") or rng.random() < 0.8, rng.random() < 0.15))
    catches.sort(key=lambda c: c[3])
    catches = [(i, *c[1:]) for i, c in enumerate(catches, start=1)]
    _insert(con, "anglers", anglers)
    _insert(con, "venues", venues)
    _insert(con, "catches", catches)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "darts": build_darts, "squash": build_squash, "triathlon": build_triathlon, "snooker": build_snooker,
    "angling": build_angling,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval53-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval53-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval53-dbs"))
