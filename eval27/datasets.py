"""Builders of the eval27 development corpus: five DuckDB files in sports-club domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `swimpool.duckdb`: members (date_of_birth, cancelled_on NULL while the membership runs), visits (declared FK,
  checkin_at TIMESTAMP, lengths_swum NULL when not counted, used_sauna BOOLEAN)
- `marathon.duckdb`: races, runners (birth_year, club NULL when unattached), results (declared FKs, finish_seconds
  NULL unless finished, target_seconds NULL when none was given, registered_at TIMESTAMP)
- `rowing.duckdb`: rowers, boats, outings (boat_id NOT declared), erg_tests (rower_id NOT declared);
  coach NULL on unsupervised outings
- `fencing.duckdb`: fencers (date_of_birth, rating NULL when unrated, is_active), bouts (declared FK, won BOOLEAN)
- `badminton.duckdb`: teams, matches (home_team_id / away_team_id declared FKs, attendance NULL when not counted,
  played_at TIMESTAMP, postponed BOOLEAN)

Usage:
    python eval27/datasets.py OUTDIR

Example:
    >>> from eval27.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval27-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['badminton.duckdb', 'fencing.duckdb', 'marathon.duckdb', 'rowing.duckdb', 'swimpool.duckdb']
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

END = dt.date(2024, 12, 31)


def _insert(con, table: str, rows: list[tuple]) -> None:
    """Append rows (tuples in column order) to a table through a registered DataFrame."""
    cols = [r[0] for r in con.execute(f'DESCRIBE "{table}"').fetchall()]
    con.register("frame", pd.DataFrame(rows, columns=cols))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date, span_days: int) -> dt.date:
    """A random day in [start, start + span_days)."""
    return start + dt.timedelta(days=rng.randrange(span_days))


def _at(day: dt.date, hour: int, minute: int) -> dt.datetime:
    """A timestamp on `day` at hour:minute."""
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amelia", "Ben", "Carmen", "Dmitri", "Elena", "Finn", "Gemma", "Hugo", "Ingrid", "Jonas", "Kasia", "Luca",
         "Maya", "Niall", "Olivia", "Pedro", "Quinn", "Rosa", "Samir", "Tess", "Umar", "Vera", "Wes", "Zoe"]
LAST = ["Abbott", "Baker", "Chen", "Doyle", "Evans", "Fischer", "Garcia", "Hughes", "Iqbal", "Jensen", "Keller",
        "Lopez", "Murphy", "Novak", "O'Brien", "Patel", "Quinlan", "Reyes", "Schmidt", "Tanaka", "Walsh", "Young"]

# --------------------------------------------------------------------------------------------- swimming pool
POOLS = ["Main Pool", "Teaching Pool", "Leisure Pool"]
MEMBERSHIPS = ["Adult", "Junior", "Senior", "Family"]
AREAS = ["North", "South", "East", "West", "Centre"]


def _swim_member(rng: random.Random, mid: int, first: str, last: str) -> tuple:
    """One member row: a date of birth that fits the membership type; about a third have cancelled."""
    mtype = rng.choices(MEMBERSHIPS, [45, 15, 20, 20])[0]
    if mtype == "Junior":
        born = _day(rng, dt.date(2007, 1, 1), 365 * 10)
    elif mtype == "Senior":
        born = _day(rng, dt.date(1940, 1, 1), 365 * 20)
    else:
        born = _day(rng, dt.date(1962, 1, 1), 365 * 40)
    joined = _day(rng, dt.date(2020, 1, 1), 365 * 5 - 30)
    cancelled = None
    if rng.random() < 0.3 and joined < dt.date(2024, 10, 1):
        cancelled = joined + dt.timedelta(days=rng.randint(60, max(61, (END - joined).days)))
        cancelled = min(cancelled, END)
    return (mid, first, last, born, mtype, rng.choice(AREAS), joined, cancelled, rng.random() < 0.12)


def build_swimpool(path: Path | str) -> None:
    """members (500), visits (2022-2024, declared FK; lengths only counted for lap swims in the Main Pool)."""
    rng = random.Random(2701)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, membership_type VARCHAR, home_area VARCHAR, joined_on DATE,
        cancelled_on DATE, is_student BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE visits(visit_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), pool VARCHAR, checkin_at TIMESTAMP,
        minutes_in_water INTEGER, lengths_swum INTEGER, used_sauna BOOLEAN)""")
    members = [_swim_member(rng, i, f, s) for i, (f, s) in enumerate(_unique_names(rng, FIRST, LAST, 500), start=1)]
    visits = []
    for m in members:
        first_day = max(m[6], dt.date(2022, 1, 1))
        last_day = m[7] or END
        if last_day <= first_day:
            continue
        for _ in range(rng.randint(0, 45)):
            day = _day(rng, first_day, (last_day - first_day).days + 1)
            pool = rng.choices(POOLS, [60, 15, 25] if m[4] != "Junior" else [25, 50, 25])[0]
            minutes = rng.randint(20, 95)
            lengths = round(minutes * rng.uniform(0.8, 1.6)) if pool == "Main Pool" and rng.random() < 0.7 else None
            hour = rng.choices([6, 7, 8, 10, 12, 13, 16, 17, 18, 19, 20], [8, 10, 6, 5, 7, 5, 6, 10, 12, 9, 5])[0]
            sauna = m[4] != "Junior" and rng.random() < 0.25
            visits.append((len(visits) + 1, m[0], pool, _at(day, hour, rng.randrange(60)), minutes, lengths, sauna))
    _insert(con, "members", members)
    _insert(con, "visits", visits)
    con.close()


# ------------------------------------------------------------------------------------------ marathon organiser
EVENTS = [
    # race_name, city, distance_km, base entry fee, month
    ("Harbour 10K", "Bristol", 10.0, 25.0, 3), ("Moorland Half Marathon", "Leeds", 21.1, 38.0, 4),
    ("Capital Marathon", "London", 42.2, 75.0, 4), ("Riverside 10K", "Manchester", 10.0, 22.0, 6),
    ("Castle Half Marathon", "Edinburgh", 21.1, 40.0, 9), ("Northern Marathon", "Manchester", 42.2, 65.0, 10),
    ("Bay Half Marathon", "Cardiff", 21.1, 35.0, 10), ("Frosty 10K", "Leeds", 10.0, 20.0, 12),
]
COUNTRIES = ["United Kingdom", "Ireland", "France", "Germany", "Kenya", "United States", "Spain"]
CLUBS = ["Bristol Harriers", "Leeds City AC", "Thames Valley RC", "Manchester Striders", "Edinburgh AC"]


def _race_time(rng: random.Random, km: float, born: int, sex: str) -> int:
    """Finishing time in seconds: pace 4-7.5 min/km, slower for older runners."""
    pace = rng.uniform(4.0, 7.0) + max(0, 1990 - born) * 0.015 + (0.3 if sex == "F" else 0.0)
    return int(km * pace * 60)


def build_marathon(path: Path | str) -> None:
    """races (8 events a year 2022-2024), runners (900, birth_year), results (declared FKs)."""
    rng = random.Random(2702)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE races(race_id INTEGER PRIMARY KEY, race_name VARCHAR, city VARCHAR,
        race_date DATE, distance_km DOUBLE, entry_fee DOUBLE, is_charity_event BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE runners(runner_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, gender VARCHAR, birth_year INTEGER, country VARCHAR, club VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE results(result_id INTEGER PRIMARY KEY,
        race_id INTEGER REFERENCES races(race_id), runner_id INTEGER REFERENCES runners(runner_id),
        bib_number INTEGER, registered_at TIMESTAMP, status VARCHAR, finish_seconds INTEGER,
        target_seconds INTEGER, fee_paid DOUBLE)""")
    races = []
    for year in (2022, 2023, 2024):
        for name, city, km, fee, month in EVENTS:
            day = dt.date(year, month, 1) + dt.timedelta(days=rng.randrange(27))
            races.append((len(races) + 1, name, city, day, km, round(fee * (1 + 0.05 * (year - 2022)), 2),
                          name.startswith(("Capital", "Bay"))))
    runners = []
    for rid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 450), start=1):
        club = rng.choice(CLUBS) if rng.random() < 0.4 else None
        runners.append((rid, first, last, rng.choice(["F", "M"]), rng.randint(1950, 2005),
                        rng.choices(COUNTRIES, [70, 8, 5, 5, 3, 5, 4])[0], club))
    results = []
    for race in races:
        field = rng.sample(runners, rng.randint(60, 160))
        for bib, runner in enumerate(field, start=1):
            status = rng.choices(["Finished", "DNF", "DNS"], [88, 6, 6])[0]
            est = _race_time(rng, race[4], runner[4], runner[3])
            target = int(est * rng.uniform(0.9, 1.08)) if rng.random() < 0.5 else None
            reg = _at(race[3] - dt.timedelta(days=rng.randint(3, 200)), rng.randrange(24), rng.randrange(60))
            paid = 0.0 if rng.random() < 0.05 else race[5]
            results.append((len(results) + 1, race[0], runner[0], bib, reg, status,
                            est if status == "Finished" else None, target, paid))
    _insert(con, "races", races)
    _insert(con, "runners", runners)
    _insert(con, "results", results)
    con.close()


# ----------------------------------------------------------------------------------------------- rowing club
BOATS = [
    # boat_name, boat_class, seats, year_built, manufacturer
    ("Kingfisher", "single", 1, 2015, "Empacher"), ("Heron", "single", 1, 2019, "Filippi"),
    ("Swift", "double", 2, 2012, "Janousek"), ("Otter", "double", 2, 2021, "Filippi"),
    ("Mallard", "pair", 2, 2010, "Janousek"), ("Osprey", "four", 4, 2016, "Empacher"),
    ("Cormorant", "four", 4, 2008, "Janousek"), ("Grebe", "quad", 4, 2020, "Filippi"),
    ("Merlin", "eight", 9, 2014, "Empacher"), ("Falcon", "eight", 9, 2022, "Filippi"),
    ("Puffin", "eight", 9, 2005, "Janousek"), ("Teal", "single", 1, 2023, "Hudson"),
]
SQUADS = ["Senior Men", "Senior Women", "Masters", "Juniors", "Novices"]
COACHES = ["Helen Price", "Tom Barker", "Ade Okoro"]


def build_rowing(path: Path | str) -> None:
    """rowers (140), boats (12), outings (boat_id undeclared), erg_tests (rower_id undeclared); 2023-2024."""
    rng = random.Random(2703)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE rowers(rower_id INTEGER PRIMARY KEY, full_name VARCHAR, squad VARCHAR,
        gender VARCHAR, weight_kg DOUBLE, joined_on DATE, is_coxswain BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE boats(boat_id INTEGER PRIMARY KEY, boat_name VARCHAR, boat_class VARCHAR,
        seats INTEGER, year_built INTEGER, manufacturer VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE outings(outing_id INTEGER PRIMARY KEY, boat_id INTEGER,
        launched_at TIMESTAMP, distance_km DOUBLE, duration_minutes INTEGER, river_conditions VARCHAR, coach VARCHAR,
        damage_reported BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE erg_tests(test_id INTEGER PRIMARY KEY, rower_id INTEGER, test_date DATE,
        distance_m INTEGER, time_seconds DOUBLE, avg_stroke_rate INTEGER)""")
    rowers = []
    for rid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 140), start=1):
        squad = rng.choices(SQUADS, [25, 25, 20, 15, 15])[0]
        gender = "F" if squad == "Senior Women" else "M" if squad == "Senior Men" else rng.choice(["F", "M"])
        cox = rng.random() < 0.1
        weight = round(rng.uniform(45, 60) if cox else rng.uniform(58, 75) + (12 if gender == "M" else 0), 1)
        rowers.append((rid, f"{first} {last}", squad, gender, weight, _day(rng, dt.date(2012, 1, 1), 4500), cox))
    boats = [(i, *b) for i, b in enumerate(BOATS, start=1)]
    outings = []
    day = dt.date(2023, 1, 2)
    while day <= END:
        for _ in range(rng.choice([0, 1, 2, 2, 3])):
            boat = rng.choices(boats, [b[3] + 2 for b in boats])[0]
            cond = rng.choices(["calm", "choppy", "windy", "flood warning"], [55, 25, 15, 5])[0]
            km = round(rng.uniform(4, 18) if cond != "flood warning" else rng.uniform(2, 6), 1)
            minutes = int(km * rng.uniform(4.5, 7.5))
            coach = rng.choice(COACHES) if boat[3] >= 4 or rng.random() < 0.2 else None
            outings.append((len(outings) + 1, boat[0], _at(day, rng.choice([6, 7, 9, 17, 18]), rng.randrange(60)),
                            km, minutes, cond, coach, rng.random() < 0.03))
        day += dt.timedelta(days=1)
    tests = []
    for rower in rowers:
        if rower[6]:
            continue
        for _ in range(rng.randint(0, 6)):
            dist = rng.choice([2000, 2000, 5000])
            base = (400 if rower[3] == "M" else 450) + (30 if rower[2] in ("Masters", "Novices") else 0)
            secs = round(base * (dist / 2000) ** 1.07 * rng.uniform(0.95, 1.1), 1)
            tests.append((len(tests) + 1, rower[0], _day(rng, dt.date(2023, 1, 1), 730), dist, secs,
                          rng.randint(24, 34) if dist == 2000 else rng.randint(20, 28)))
    _insert(con, "rowers", rowers)
    _insert(con, "boats", boats)
    _insert(con, "outings", outings)
    _insert(con, "erg_tests", tests)
    con.close()


# ---------------------------------------------------------------------------------------------- fencing club
WEAPONS = ["foil", "epee", "sabre"]
EVENT_TYPES = ["club night", "regional", "national"]
OPPONENT_CLUBS = ["Salle Boston", "Haverstock", "Camden FC", "Truro Blades", "York Fencing", "Leith Sword"]


def _fencer_category(born: dt.date) -> str:
    """Age category at the start of 2024."""
    age = 2024 - born.year
    return "Cadet" if age < 17 else "Junior" if age < 20 else "Veteran" if age >= 40 else "Senior"


def build_fencing(path: Path | str) -> None:
    """fencers (160, date_of_birth, rating NULL when unrated), bouts (2022-2024, declared FK)."""
    rng = random.Random(2704)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE fencers(fencer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, weapon VARCHAR, category VARCHAR, rating VARCHAR, handedness VARCHAR,
        is_active BOOLEAN, annual_fee DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE bouts(bout_id INTEGER PRIMARY KEY,
        fencer_id INTEGER REFERENCES fencers(fencer_id), bout_date DATE, event_type VARCHAR, opponent_club VARCHAR,
        touches_scored INTEGER, touches_received INTEGER, won BOOLEAN, video_review BOOLEAN)""")
    fencers = []
    for fid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 160), start=1):
        born = _day(rng, dt.date(1965, 1, 1), 365 * 46)
        category = _fencer_category(born)
        rating = rng.choices(["A", "B", "C", "D", "E", None], [5, 10, 15, 15, 15, 40])[0]
        fee = {"Cadet": 180.0, "Junior": 220.0, "Senior": 320.0, "Veteran": 280.0}[category]
        fencers.append((fid, first, last, born, rng.choices(WEAPONS, [45, 35, 20])[0], category, rating,
                        rng.choices(["right", "left"], [80, 20])[0], rng.random() < 0.75, fee))
    bouts = []
    strength = {"A": 0.7, "B": 0.62, "C": 0.55, "D": 0.5, "E": 0.45, None: 0.4}
    for f in fencers:
        for _ in range(rng.randint(0 if not f[8] else 5, 40 if f[8] else 10)):
            event = rng.choices(EVENT_TYPES, [60, 30, 10])[0]
            target = 5 if event == "club night" or rng.random() < 0.4 else 15
            won = rng.random() < strength[f[6]]
            loser = rng.randint(0, target - 1)
            scored, received = (target, loser) if won else (loser, target)
            bouts.append((len(bouts) + 1, f[0], _day(rng, dt.date(2022, 1, 1), 1096), event,
                          rng.choice(OPPONENT_CLUBS), scored, received, won,
                          event != "club night" and rng.random() < 0.2))
    _insert(con, "fencers", fencers)
    _insert(con, "bouts", bouts)
    con.close()


# ------------------------------------------------------------------------------------------ badminton league
TEAMS = [
    # team_name, division, home_venue, founded_year
    ("Shuttle Stars", "Division 1", "Northgate Sports Hall", 1998),
    ("Net Ninjas", "Division 1", "Riverside Centre", 2005),
    ("Drop Shot BC", "Division 1", "Northgate Sports Hall", 1987),
    ("Smash City", "Division 1", "Eastfield Leisure", 2011),
    ("Feather Falcons", "Division 2", "Riverside Centre", 2001),
    ("Baseline BC", "Division 2", "Oakwood School", 1993),
    ("Clear Winners", "Division 2", "Eastfield Leisure", 2015),
    ("Rally Rangers", "Division 2", "Oakwood School", 2008),
    ("Court Jesters", "Division 3", "St Mary's Hall", 2018),
    ("Kingsway BC", "Division 3", "Kingsway Community Centre", 1979),
    ("Lobsters", "Division 3", "St Mary's Hall", 2020),
    ("Late Drops", "Division 3", "Kingsway Community Centre", 2016),
    ("Hawthorn BC", "Division 1", "Riverside Centre", 1995),
    ("Racket Science", "Division 1", "Eastfield Leisure", 2012),
    ("Flick Serve", "Division 2", "Northgate Sports Hall", 2009),
    ("Meadow Park BC", "Division 2", "Oakwood School", 1984),
    ("Birdie Club", "Division 3", "St Mary's Hall", 2021),
    ("Tramline Tigers", "Division 3", "Kingsway Community Centre", 2003),
]
SEASONS = {"2022/23": dt.date(2022, 9, 5), "2023/24": dt.date(2023, 9, 4), "2024/25": dt.date(2024, 9, 2)}


def _match_rubbers(rng: random.Random, home_strength: float, away_strength: float) -> tuple[int, int]:
    """Rubbers won by the home and away team out of 9."""
    home = sum(rng.random() < home_strength / (home_strength + away_strength) + 0.05 for _ in range(9))
    return home, 9 - home


def build_badminton(path: Path | str) -> None:
    """teams (18 in three divisions), matches (double round robin per division, seasons 2022/23 to 2024/25)."""
    rng = random.Random(2705)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE teams(team_id INTEGER PRIMARY KEY, team_name VARCHAR, division VARCHAR,
        home_venue VARCHAR, founded_year INTEGER, captain VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE matches(match_id INTEGER PRIMARY KEY, season VARCHAR,
        home_team_id INTEGER REFERENCES teams(team_id), away_team_id INTEGER REFERENCES teams(team_id),
        played_at TIMESTAMP, home_rubbers INTEGER, away_rubbers INTEGER, shuttle_type VARCHAR, postponed BOOLEAN,
        attendance INTEGER)""")
    captains = _unique_names(rng, FIRST, LAST, len(TEAMS))
    teams = [(i, *t, f"{captains[i - 1][0]} {captains[i - 1][1]}") for i, t in enumerate(TEAMS, start=1)]
    strength = {t[0]: rng.uniform(0.6, 1.6) for t in teams}
    matches = []
    for season, start in SEASONS.items():
        for home in teams:
            for away in teams:
                if home[0] == away[0] or home[2] != away[2]:
                    continue
                day = start + dt.timedelta(days=rng.randrange(230))
                if day > END:
                    continue
                postponed = rng.random() < 0.08
                if postponed:
                    day += dt.timedelta(days=rng.randint(7, 28))
                    if day > END:
                        continue
                h, a = _match_rubbers(rng, strength[home[0]], strength[away[0]])
                crowd = rng.randint(8, 120) if rng.random() < 0.7 else None
                shuttle = "feather" if home[2] == "Division 1" else rng.choice(["feather", "nylon"])
                matches.append((len(matches) + 1, season, home[0], away[0],
                                _at(day, rng.choice([18, 19, 19, 20]), rng.choice([0, 15, 30, 45])), h, a, shuttle,
                                postponed, crowd))
    _insert(con, "teams", teams)
    _insert(con, "matches", matches)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "swimpool": build_swimpool,
    "marathon": build_marathon,
    "rowing": build_rowing,
    "fencing": build_fencing,
    "badminton": build_badminton,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval27-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval27-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval27-dbs"))
