"""Builders of the sixth evaluation corpus: five DuckDB files in domains no earlier corpus used.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `parking.duckdb`: lots, sessions (entered_at / exited_at TIMESTAMPs, exited_at NULL while still parked)
- `recruiting.duckdb`: jobs, candidates, applications (applications.candidate_id is NOT a declared foreign key)
- `pharmacy.duckdb`: drugs, prescribers, rx (abbreviated names: prescriber_nm, specialty_cd, filled_dt, copay_amt)
- `esports.duckdb`: teams, players, matches (camelCase names; matches has two foreign keys to teams)
- `bakery.duckdb`: one wide table sales_lines (sold_at TIMESTAMP, nullable discount, is_online boolean)

Usage:
    python eval6/datasets.py OUTDIR

Example:
    >>> from eval6.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval6-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['bakery.duckdb', 'esports.duckdb', 'parking.duckdb', 'pharmacy.duckdb', 'recruiting.duckdb']
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


# ------------------------------------------------------------------------------------------------- parking
LOTS = [
    # lot_name, city, capacity, hourly_rate, is_covered, weight
    ("Central Plaza Garage", "Lyon", 420, 3.2, True, 16),
    ("Gare Part-Dieu", "Lyon", 650, 2.8, True, 20),
    ("Bellecour Underground", "Lyon", 380, 3.6, True, 12),
    ("Old Port", "Marseille", 300, 2.5, False, 11),
    ("Stade Velodrome", "Marseille", 900, 1.8, False, 9),
    ("Capitole", "Toulouse", 350, 2.9, True, 10),
    ("Airport P2", "Toulouse", 1200, 2.2, False, 14),
    ("Hospital East", "Toulouse", 260, 1.5, False, 8),
    ("Canal Side", "Lille", 180, 2.0, False, 6),
    ("Grand Place", "Lille", 240, 3.0, True, 7),
]
REGIONS = ["FR-69", "FR-13", "FR-31", "FR-59", "FR-75", "BE", "DE", "ES", "IT", "CH"]


def _parking_session(rng: random.Random, lot: tuple, sid: int) -> tuple:
    """One parking session row; the last day of data leaves some cars still parked (no exit, no fee)."""
    lot_id, _name, city, _cap, rate, *_ = lot
    day = _day(rng, dt.date(2023, 1, 1), 731)
    hour = rng.choices(range(6, 23), [2, 5, 9, 10, 8, 7, 8, 8, 7, 6, 6, 7, 6, 4, 3, 2, 1])[0]
    entered = dt.datetime.combine(day, dt.time(hour, rng.randrange(60)))
    minutes = max(10, int(rng.lognormvariate(4.6, 0.8)))
    if "Airport" in lot[1] and rng.random() < 0.3:
        minutes = rng.randint(1440, 8000)
    exited = entered + dt.timedelta(minutes=minutes)
    is_permit = rng.random() < 0.12
    local = {"Lyon": "FR-69", "Marseille": "FR-13", "Toulouse": "FR-31", "Lille": "FR-59"}[city]
    region = local if rng.random() < 0.55 else rng.choices(REGIONS, [5, 5, 5, 5, 12, 6, 5, 4, 3, 2])[0]
    if exited > dt.datetime(2024, 12, 31, 23, 59) or (day == dt.date(2024, 12, 31) and rng.random() < 0.6):
        return (sid, lot_id, entered, None, None, None, is_permit, region)
    if is_permit:
        return (sid, lot_id, entered, exited, 0.0, "Permit", True, region)
    fee = round(max(1, -(-minutes // 60)) * rate, 2)
    method = rng.choices(["Card", "Cash", "App"], [50, 15, 35])[0]
    return (sid, lot_id, entered, exited, fee, method, False, region)


def build_parking(path: Path | str) -> None:
    """lots (10) -> sessions (~6,000, 2023-2024; open sessions at the very end of 2024)."""
    rng = random.Random(601)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE lots(lot_id INTEGER PRIMARY KEY, lot_name VARCHAR, city VARCHAR,
        capacity INTEGER, hourly_rate DOUBLE, is_covered BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE sessions(session_id INTEGER PRIMARY KEY,
        lot_id INTEGER REFERENCES lots(lot_id), entered_at TIMESTAMP, exited_at TIMESTAMP, fee DOUBLE,
        payment_method VARCHAR, is_permit BOOLEAN, plate_region VARCHAR)""")
    lots = [(i + 1, *lot[:5]) for i, lot in enumerate(LOTS)]
    weights = [lot[5] for lot in LOTS]
    rows = [_parking_session(rng, rng.choices(lots, weights)[0], 0) for _ in range(5800)]
    # a handful of cars that came in on the last evening and have not left yet
    for _ in range(25):
        lot = rng.choices(lots, weights)[0]
        at = dt.datetime(2024, 12, 31, rng.randint(15, 22), rng.randrange(60))
        rows.append((0, lot[0], at, None, None, None, rng.random() < 0.12, rng.choice(REGIONS)))
    rows.sort(key=lambda r: (r[2], r[1]))
    rows = [(i + 1, *r[1:]) for i, r in enumerate(rows)]
    _insert(con, "lots", lots)
    _insert(con, "sessions", rows)
    con.close()


# ---------------------------------------------------------------------------------------------- recruiting
JOBS = {
    # department -> [(title, salary_min, salary_max)]
    "Engineering": [("Backend Engineer", 65000, 95000), ("Frontend Engineer", 60000, 90000),
                    ("Data Engineer", 70000, 100000), ("Engineering Manager", 95000, 135000)],
    "Sales": [("Account Executive", 45000, 80000), ("Sales Development Rep", 35000, 50000)],
    "Marketing": [("Content Marketer", 42000, 60000), ("Growth Marketer", 50000, 75000)],
    "Finance": [("Financial Analyst", 48000, 70000), ("Accountant", 40000, 58000)],
    "Support": [("Support Specialist", 32000, 44000), ("Support Team Lead", 45000, 60000)],
}
LOCATIONS = ["Berlin", "Amsterdam", "Dublin", "Remote"]
SOURCES = {"Referral": 12, "LinkedIn": 30, "Job Board": 25, "Agency": 10, "Career Site": 23}
FIRST = ["Amara", "Bruno", "Chloe", "Deniz", "Elif", "Felix", "Greta", "Hamza", "Isla", "Jakub", "Kenji", "Lena",
         "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wim", "Yara", "Zoe"]
LAST = ["Adeyemi", "Brandt", "Castillo", "Dvorak", "Eriksen", "Fischer", "Gallo", "Hassan", "Ivanova", "Jansen",
        "Kaya", "Lindqvist", "Moretti", "Nowak", "O'Brien", "Petrov", "Quinn", "Rahman", "Schulz", "Tanaka"]
STAGE_WEIGHTS = {"Applied": 14, "Screen": 12, "Interview": 10, "Offer": 4, "Hired": 6, "Rejected": 54}


def _recruiting_jobs(rng: random.Random) -> list[tuple]:
    """About 70 job openings, 2022-2024; openings still open at the end have no closed_on."""
    jobs = []
    for dept, titles in JOBS.items():
        n = {"Engineering": 6, "Sales": 5, "Marketing": 3, "Finance": 2, "Support": 4}[dept]
        for _ in range(n * 2):
            title, lo, hi = rng.choice(titles)
            opened = _day(rng, dt.date(2022, 1, 1), 1060)
            closed = opened + dt.timedelta(days=rng.randint(20, 150))
            if closed > dt.date(2024, 12, 31) or rng.random() < 0.06:
                closed = None
            location = rng.choices(LOCATIONS, [35, 25, 15, 25])[0]
            bump = rng.choice([0, 0, 2000, 5000])
            jobs.append((len(jobs) + 1, title, dept, location, opened, closed, lo + bump, hi + bump))
    return jobs


def build_recruiting(path: Path | str) -> None:
    """jobs (~70) -> applications (~2,600) <- candidates (~1,800); applications.candidate_id has no declared FK."""
    rng = random.Random(602)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE jobs(job_id INTEGER PRIMARY KEY, title VARCHAR, department VARCHAR,
        location VARCHAR, opened_on DATE, closed_on DATE, salary_min INTEGER, salary_max INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE candidates(candidate_id INTEGER PRIMARY KEY, full_name VARCHAR,
        source VARCHAR, years_experience INTEGER, date_of_birth DATE)""")
    con.execute("""CREATE OR REPLACE TABLE applications(application_id INTEGER PRIMARY KEY,
        job_id INTEGER REFERENCES jobs(job_id), candidate_id INTEGER, applied_on DATE, stage VARCHAR,
        offer_amount INTEGER)""")
    jobs = _recruiting_jobs(rng)
    candidates, names = [], set()
    while len(candidates) < 1800:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name in names and rng.random() < 0.97:
            continue
        names.add(name)
        years = max(0, int(rng.gauss(6, 4.5)))
        born = dt.date(2024 - 22 - years - rng.randint(0, 8), rng.randint(1, 12), rng.randint(1, 28))
        dob = born if rng.random() < 0.9 else None
        candidates.append((len(candidates) + 1, name, rng.choices(list(SOURCES), list(SOURCES.values()))[0],
                           years, dob))
    apps = []
    for cand in candidates:
        for _ in range(rng.choices([1, 2, 3], [70, 22, 8])[0]):
            job = rng.choice(jobs)
            last = job[5] or dt.date(2024, 12, 31)
            applied = job[4] + dt.timedelta(days=rng.randrange(max(1, (last - job[4]).days)))
            stage = rng.choices(list(STAGE_WEIGHTS), list(STAGE_WEIGHTS.values()))[0]
            if stage in ("Applied", "Screen", "Interview") and job[5] is not None and rng.random() < 0.7:
                stage = "Rejected"
            offer = None
            if stage in ("Offer", "Hired"):
                offer = int(round(rng.uniform(job[6], job[7]) / 500) * 500)
            apps.append((0, job[0], cand[0], applied, stage, offer))
    apps.sort(key=lambda a: (a[3], a[1], a[2]))
    apps = [(i + 1, *a[1:]) for i, a in enumerate(apps)]
    _insert(con, "jobs", jobs)
    _insert(con, "candidates", candidates)
    _insert(con, "applications", apps)
    con.close()


# ------------------------------------------------------------------------------------------------ pharmacy
DRUGS = [
    # drug_name, drug_class, is_generic, unit_price, weight
    ("Atorvastatin 20mg", "Statin", True, 0.18, 14), ("Lipitor 20mg", "Statin", False, 2.95, 3),
    ("Rosuvastatin 10mg", "Statin", True, 0.27, 7), ("Lisinopril 10mg", "ACE Inhibitor", True, 0.09, 12),
    ("Ramipril 5mg", "ACE Inhibitor", True, 0.14, 5), ("Metformin 500mg", "Antidiabetic", True, 0.06, 13),
    ("Januvia 100mg", "Antidiabetic", False, 11.40, 3), ("Amoxicillin 500mg", "Antibiotic", True, 0.22, 9),
    ("Azithromycin 250mg", "Antibiotic", True, 0.85, 5), ("Sertraline 50mg", "SSRI", True, 0.16, 8),
    ("Lexapro 10mg", "SSRI", False, 4.10, 2), ("Fluoxetine 20mg", "SSRI", True, 0.12, 5),
    ("Salbutamol Inhaler", "Bronchodilator", True, 6.50, 6), ("Symbicort 160/4.5", "Bronchodilator", False, 48.00, 2),
    ("Omeprazole 20mg", "PPI", True, 0.11, 10), ("Nexium 40mg", "PPI", False, 3.60, 2),
    ("Levothyroxine 50mcg", "Thyroid", True, 0.10, 8), ("Ibuprofen 400mg", "NSAID", True, 0.05, 6),
]
PRESCRIBERS = [
    ("Dr. A. Okafor", "FAM"), ("Dr. B. Lindgren", "FAM"), ("Dr. C. Mendes", "FAM"), ("Dr. D. Harlow", "FAM"),
    ("Dr. E. Yilmaz", "IM"), ("Dr. F. Novak", "IM"), ("Dr. G. Sato", "IM"), ("Dr. H. Brennan", "CARD"),
    ("Dr. I. Castell", "CARD"), ("Dr. J. Weiss", "PED"), ("Dr. K. Amadi", "PED"), ("Dr. L. Varga", "PSY"),
    ("Dr. M. Rousseau", "PSY"), ("Dr. N. Kapoor", "ENDO"), ("Dr. O. Fontaine", "PULM"), ("NP P. Quist", "FAM"),
]
CLASS_BY_SPECIALTY = {
    "FAM": None, "IM": None, "CARD": ["Statin", "ACE Inhibitor"], "PED": ["Antibiotic", "Bronchodilator", "NSAID"],
    "PSY": ["SSRI"], "ENDO": ["Antidiabetic", "Thyroid"], "PULM": ["Bronchodilator", "Antibiotic"],
}


def build_pharmacy(path: Path | str) -> None:
    """drugs (18), prescribers (16), rx fills (~7,000, 2022-2024) with refill numbers and nullable copays."""
    rng = random.Random(603)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE drugs(drug_id INTEGER PRIMARY KEY, drug_name VARCHAR, drug_class VARCHAR,
        is_generic BOOLEAN, unit_price DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE prescribers(prescriber_id INTEGER PRIMARY KEY, prescriber_nm VARCHAR,
        specialty_cd VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE rx(rx_id INTEGER PRIMARY KEY, drug_id INTEGER REFERENCES drugs(drug_id),
        prescriber_id INTEGER REFERENCES prescribers(prescriber_id), filled_dt DATE, qty INTEGER,
        copay_amt DOUBLE, refill_no INTEGER)""")
    drugs = [(i + 1, *d[:4]) for i, d in enumerate(DRUGS)]
    prescribers = [(i + 1, *p) for i, p in enumerate(PRESCRIBERS)]
    volume = [14, 12, 10, 9, 11, 9, 7, 6, 5, 6, 5, 6, 4, 5, 3, 8]
    rows = []
    for _ in range(7200):
        pres = rng.choices(prescribers, volume)[0]
        classes = CLASS_BY_SPECIALTY[pres[2]]
        pool = [d for d in drugs if classes is None or d[2] in classes]
        drug = rng.choices(pool, [DRUGS[d[0] - 1][4] for d in pool])[0]
        filled = _day(rng, dt.date(2022, 1, 1), 1096)
        qty = rng.choice([1, 2]) if drug[2] == "Bronchodilator" else rng.choice([14, 28, 30, 30, 60, 90])
        refill = 0 if drug[2] == "Antibiotic" else rng.choices([0, 1, 2, 3, 4, 5], [35, 20, 15, 12, 10, 8])[0]
        if rng.random() < 0.07:
            copay = None
        elif drug[3]:
            copay = rng.choice([0.0, 0.0, 2.5, 5.0, 7.5, 10.0])
        else:
            copay = rng.choice([15.0, 25.0, 35.0, 45.0, 60.0])
        rows.append((0, drug[0], pres[0], filled, qty, copay, refill))
    rows.sort(key=lambda r: (r[3], r[1], r[2]))
    rows = [(i + 1, *r[1:]) for i, r in enumerate(rows)]
    _insert(con, "drugs", drugs)
    _insert(con, "prescribers", prescribers)
    _insert(con, "rx", rows)
    con.close()


# ------------------------------------------------------------------------------------------------- esports
TEAMS = [
    # teamName, region, foundedYear, strength
    ("Night Owls", "EU", 2014, 1.35), ("Crimson Tide Gaming", "NA", 2016, 1.2), ("Polar Foxes", "EU", 2018, 1.0),
    ("Dragon Gate", "APAC", 2013, 1.4), ("Sandstorm", "MENA", 2019, 0.8), ("Iron Lotus", "APAC", 2017, 1.1),
    ("Blue Comets", "NA", 2020, 0.9), ("Jaguar Esports", "LATAM", 2015, 1.0), ("Vortex Five", "EU", 2021, 0.75),
    ("Samurai Spirit", "APAC", 2019, 0.95), ("Cactus Crew", "LATAM", 2022, 0.7), ("Northern Lights", "NA", 2018, 1.05),
]
TOURNAMENTS = ["Winter Cup", "Spring Major", "Summer Clash", "World Finals"]
NICKS = ["Blaze", "Shadow", "Kuro", "Viper", "Nova", "Echo", "Frost", "Rex", "Pixel", "Sage", "Ghost", "Tank",
         "Zen", "Riot", "Luna", "Spark", "Bolt", "Mako", "Onyx", "Dusk", "Jinx", "Ace", "Koi", "Storm", "Havoc",
         "Whisper", "Titan", "Quill", "Raven", "Flux", "Ember", "Mirage", "Nyx", "Orbit", "Pulse", "Sly",
         "Tempest", "Umbra", "Vex", "Wraith", "Yeti", "Zephyr", "Cobra", "Drift", "Falcon", "Grit", "Halo",
         "Ivy", "Jolt", "Karma", "Lynx", "Monk", "Neon", "Oracle", "Prism", "Rogue", "Sonic", "Tori", "Wolf", "Axe"]
COUNTRIES = {"EU": ["DE", "FR", "SE", "PL", "DK", "ES"], "NA": ["US", "CA"], "APAC": ["KR", "CN", "JP", "VN"],
             "MENA": ["SA", "AE", "EG"], "LATAM": ["BR", "AR", "MX"]}


def _esports_match(rng: random.Random, mid: int, day: dt.date, tournament: str, teams: list[tuple]) -> tuple:
    """One best-of-3 (best-of-5 at the World Finals) match between two different teams; maps won as scores."""
    home, away = rng.sample(teams, 2)
    need = 3 if tournament == "World Finals" else 2
    h = a = 0
    while h < need and a < need:
        if rng.random() < home[4] / (home[4] + away[4]) + 0.04:
            h += 1
        else:
            a += 1
    duration = int(rng.gauss(38, 8) * (h + a)) if rng.random() < 0.9 else None
    viewers = int(rng.lognormvariate(10.5, 0.7) * (3 if tournament == "World Finals" else 1))
    return (mid, day, home[0], away[0], h, a, tournament, duration, viewers)


def build_esports(path: Path | str) -> None:
    """teams (12), players (60, camelCase columns), matches (~700, 2022-2024) with homeTeamId and awayTeamId."""
    rng = random.Random(604)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE teams(teamId INTEGER PRIMARY KEY, teamName VARCHAR, region VARCHAR,
        foundedYear INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE players(playerId INTEGER PRIMARY KEY,
        teamId INTEGER REFERENCES teams(teamId), nickName VARCHAR, birthDate DATE, countryCode VARCHAR,
        playerRole VARCHAR, monthlySalary INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE matches(matchId INTEGER PRIMARY KEY, matchDate DATE,
        homeTeamId INTEGER REFERENCES teams(teamId), awayTeamId INTEGER REFERENCES teams(teamId),
        homeScore INTEGER, awayScore INTEGER, tournament VARCHAR, durationMinutes INTEGER, peakViewers INTEGER)""")
    teams = [(i + 1, *t) for i, t in enumerate(TEAMS)]
    players = []
    nicks = iter(NICKS)
    for team in teams:
        for role in ["Captain", "Carry", "Support", "Flex", "Sniper"]:
            country = rng.choice(COUNTRIES[team[2]]) if rng.random() < 0.8 else rng.choice(["DE", "US", "KR", "BR"])
            born = dt.date(rng.randint(1994, 2006), rng.randint(1, 12), rng.randint(1, 28))
            salary = int(round(rng.uniform(3000, 14000) * team[4] / 100) * 100)
            players.append((len(players) + 1, team[0], next(nicks), born, country, role, salary))
    matches = []
    windows = {"Winter Cup": (1, 2), "Spring Major": (4, 5), "Summer Clash": (7, 8), "World Finals": (11, 11)}
    for year in (2022, 2023, 2024):
        for tournament, (m1, m2) in windows.items():
            n = 20 if tournament == "World Finals" else rng.randint(55, 70)
            for _ in range(n):
                month = rng.randint(m1, m2)
                day = dt.date(year, month, rng.randint(1, 28))
                matches.append(_esports_match(rng, 0, day, tournament, teams))
    matches.sort(key=lambda m: (m[1], m[2], m[3]))
    matches = [(i + 1, *m[1:]) for i, m in enumerate(matches)]
    _insert(con, "teams", [t[:4] for t in teams])
    _insert(con, "players", players)
    _insert(con, "matches", matches)
    con.close()


# -------------------------------------------------------------------------------------------------- bakery
PRODUCTS = {
    # product -> (category, unit_price, weight)
    "Sourdough Loaf": ("Bread", 5.5, 14), "Baguette": ("Bread", 2.2, 18), "Rye Bread": ("Bread", 4.8, 6),
    "Croissant": ("Pastry", 2.4, 20), "Pain au Chocolat": ("Pastry", 2.7, 14), "Cinnamon Roll": ("Pastry", 3.2, 10),
    "Carrot Cake": ("Cake", 4.5, 5), "Cheesecake Slice": ("Cake", 4.9, 6), "Birthday Cake": ("Cake", 32.0, 1),
    "Flat White": ("Coffee", 3.6, 16), "Espresso": ("Coffee", 2.3, 8), "Chai Latte": ("Coffee", 3.9, 5),
    "Ham Sandwich": ("Savory", 6.5, 7), "Spinach Quiche": ("Savory", 5.8, 4),
}
STORES = {"Riverside": 14, "Market Street": 18, "Station Kiosk": 10, "Northgate": 8, "Harbour View": 6}


def build_bakery(path: Path | str) -> None:
    """One wide sales_lines table (~9,000 lines, 2023-2024): one row per product line of a sale."""
    rng = random.Random(605)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE sales_lines(line_id INTEGER PRIMARY KEY, sold_at TIMESTAMP,
        store VARCHAR, product VARCHAR, category VARCHAR, qty INTEGER, unit_price DOUBLE, discount DOUBLE,
        is_online BOOLEAN, customer_type VARCHAR)""")
    rows = []
    season = [7, 7, 8, 8, 8, 8, 9, 9, 8, 8, 9, 12]
    for _ in range(9000):
        year = rng.choices([2023, 2024], [46, 54])[0]
        month = rng.choices(range(1, 13), season)[0]
        day = dt.date(year, month, rng.randint(1, 28))
        hour = rng.choices(range(7, 20), [12, 14, 11, 8, 9, 10, 8, 6, 6, 5, 4, 3, 2])[0]
        at = dt.datetime.combine(day, dt.time(hour, rng.randrange(60), rng.randrange(60)))
        store = rng.choices(list(STORES), list(STORES.values()))[0]
        online = store != "Station Kiosk" and rng.random() < 0.18
        product = rng.choices(list(PRODUCTS), [p[2] for p in PRODUCTS.values()])[0]
        category, price, _w = PRODUCTS[product]
        if year == 2024:
            price = round(price * 1.06, 2)
        qty = rng.choices([1, 2, 3, 4, 6, 12], [55, 22, 9, 7, 4, 3])[0]
        member = rng.random() < 0.42
        discount = round(qty * price * rng.choice([0.1, 0.15, 0.2]), 2) if (member and rng.random() < 0.45) or (
            category == "Bread" and hour >= 17 and rng.random() < 0.6) else None
        rows.append((0, at, store, product, category, qty, price, discount, online,
                     "member" if member else "guest"))
    rows.sort(key=lambda r: (r[1], r[2], r[3]))
    rows = [(i + 1, *r[1:]) for i, r in enumerate(rows)]
    _insert(con, "sales_lines", rows)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "parking": build_parking,
    "recruiting": build_recruiting,
    "pharmacy": build_pharmacy,
    "esports": build_esports,
    "bakery": build_bakery,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval6-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval6-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval6-dbs"))
