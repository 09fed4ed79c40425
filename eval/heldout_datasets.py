"""Held-out evaluation databases: five DuckDB schemas the offline engine's authors never saw.

Deterministic (fixed seeds). Each builder writes one DuckDB file; `build_all(outdir)` builds each file only
if it is missing, atomically (a temporary file renamed into place).

    python eval/heldout_datasets.py OUTDIR   -> OUTDIR/{clinic,logistics,library,energy,sales_crm}.duckdb

Shapes:
- clinic: a 3-table star (visits -> patients, doctors), foreign keys declared; a boolean `was_no_show`.
- logistics: one wide table of shipments, origin vs destination city, a boolean `is_late`.
- library: camelCase column names; loans.bookId -> books declared, loans.memberId -> members NOT declared;
  `returnDate` is NULL for books still out.
- energy: meters + readings, foreign key NOT declared (same-named `meter_id` only).
- sales_crm: reps + deals, foreign key NOT declared; `closed_on` is NULL for open deals.

Example:
    >>> from pathlib import Path
    >>> out = build_all("/tmp/heldout-dbs")                      # doctest: +SKIP
    >>> sorted(p.name for p in Path(out).glob("*.duckdb"))       # doctest: +SKIP
    ['clinic.duckdb', 'energy.duckdb', 'library.duckdb', 'logistics.duckdb', 'sales_crm.duckdb']
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

FIRST_NAMES = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Elijah", "Sophia", "James", "Isabella", "Lucas", "Mia",
               "Mason", "Amelia", "Ethan", "Harper", "Logan", "Evelyn", "Aiden", "Abigail", "Mateo", "Grace",
               "Daniel", "Chloe", "Samuel", "Zoe", "Wei", "Priya", "Omar", "Fatima", "Hiroshi", "Ingrid", "Kwame"]
LAST_NAMES = ["Smith", "Johnson", "Garcia", "Brown", "Lee", "Martinez", "Nguyen", "Patel", "Kim", "Lopez",
              "Clark", "Walker", "Young", "Hall", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams",
              "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Okafor", "Schmidt", "Rossi"]


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple]) -> None:
    """Bulk-insert rows (tuples in the table's column order) through a registered DataFrame."""
    cols = [r[0] for r in con.execute(f"describe {table}").fetchall()]
    con.register("frame", pd.DataFrame(rows, columns=cols))
    con.execute(f"insert into {table} select * from frame")
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A uniformly random date in [start, end]."""
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def build_clinic(path: Path) -> None:
    """Outpatient clinic: patients, doctors, visits (star schema, declared foreign keys)."""
    rng = random.Random(901)
    con = duckdb.connect(str(path))
    con.execute("""create table patients(patient_id integer primary key, full_name varchar, sex varchar,
        birth_year integer, city varchar, insurance varchar)""")
    con.execute("""create table doctors(doctor_id integer primary key, doctor_name varchar, specialty varchar)""")
    con.execute("""create table visits(visit_id integer primary key,
        patient_id integer references patients(patient_id), doctor_id integer references doctors(doctor_id),
        visit_date date, cost decimal(10, 2), was_no_show boolean, diagnosis varchar)""")
    cities = ["Boston", "Cambridge", "Somerville", "Quincy", "Newton", "Brookline"]
    insurances = ["Medicare", "Medicaid", "Blue Cross", "Aetna", "Self-pay"]
    patients = []
    for i in range(1, 801):
        birth = rng.randint(1938, 2020)
        ins = "Medicare" if birth < 1958 and rng.random() < 0.8 else rng.choices(insurances[1:], [20, 35, 30, 15])[0]
        city = rng.choices(cities, [30, 20, 15, 12, 13, 10])[0]
        patients.append((i, _person(rng), rng.choice(["F", "M"]), birth, city, ins))
    specialties = {  # specialty: (base cost, no-show probability, typical diagnoses)
        "Cardiology": (310.0, 0.06, ["Hypertension", "Atrial Fibrillation", "Chest Pain"]),
        "Dermatology": (180.0, 0.14, ["Eczema", "Acne", "Psoriasis"]),
        "Pediatrics": (140.0, 0.09, ["Ear Infection", "Flu", "Annual Checkup"]),
        "Family Medicine": (120.0, 0.11, ["Annual Checkup", "Flu", "Hypertension", "Type 2 Diabetes"]),
        "Orthopedics": (260.0, 0.07, ["Back Pain", "Knee Injury", "Fracture"]),
        "Neurology": (290.0, 0.10, ["Migraine", "Epilepsy", "Back Pain"]),
    }
    names = ["Priya Patel", "Marcus Reed", "Elena Rossi", "David Cohen", "Aisha Bello", "Thomas Weber",
             "Hannah Park", "Carlos Mendez", "Laura Fischer", "Samuel Osei", "Julia Novak", "Kenji Sato",
             "Rachel Adler", "Victor Hugo Silva", "Mei Lin", "Andrew Burke", "Fatima Haddad", "George Byrne"]
    spec_names = list(specialties)
    doctors = [(i + 1, name, spec_names[i % len(spec_names)]) for i, name in enumerate(names)]
    children = [p for p in patients if p[3] >= 2006]
    visits = []
    for i in range(1, 9001):
        doc = rng.choice(doctors)
        base, p_no_show, diagnoses = specialties[doc[2]]
        pediatric = doc[2] == "Pediatrics"
        patient = rng.choice(children if pediatric else patients)
        day = _day(rng, dt.date(2021, 1, 4), dt.date(2024, 12, 30))
        cost = round(base * rng.uniform(0.6, 1.8), 2)
        visits.append((i, patient[0], doc[0], day, cost, rng.random() < p_no_show, rng.choice(diagnoses)))
    _insert(con, "patients", patients)
    _insert(con, "doctors", doctors)
    _insert(con, "visits", visits)
    con.close()


def build_logistics(path: Path) -> None:
    """Freight shipments: one wide table, origin vs destination city, a late flag."""
    rng = random.Random(902)
    con = duckdb.connect(str(path))
    con.execute("""create table shipments(shipment_id integer primary key, origin_city varchar,
        destination_city varchar, carrier varchar, ship_date date, delivered_date date, weight_kg double,
        freight_cost double, is_late boolean)""")
    cities = ["Chicago", "Denver", "Dallas", "Atlanta", "Seattle", "Los Angeles", "New York", "Phoenix",
              "Kansas City", "Salt Lake City"]
    carriers = {  # carrier: (cost per kg, mean transit days, late probability)
        "FedEx Freight": (1.35, 3.0, 0.08), "UPS Freight": (1.25, 3.5, 0.11), "XPO Logistics": (1.05, 4.5, 0.19),
        "Old Dominion": (1.15, 3.8, 0.06), "Estes Express": (0.95, 5.2, 0.24)}
    rows = []
    for i in range(1, 7001):
        origin = rng.choices(cities, [18, 8, 12, 10, 7, 14, 13, 6, 6, 6])[0]
        dest = rng.choice([c for c in cities if c != origin])
        carrier = rng.choice(list(carriers))
        per_kg, transit, p_late = carriers[carrier]
        ship = _day(rng, dt.date(2021, 1, 1), dt.date(2024, 12, 20))
        late = rng.random() < p_late
        days = max(1, round(rng.gauss(transit, 1.0))) + (rng.randint(2, 6) if late else 0)
        weight = round(rng.lognormvariate(5.6, 0.8), 1)
        cost = round(85 + weight * per_kg * rng.uniform(0.85, 1.15), 2)
        rows.append((i, origin, dest, carrier, ship, ship + dt.timedelta(days=days), weight, cost, late))
    _insert(con, "shipments", rows)
    con.close()


def build_library(path: Path) -> None:
    """Public library in camelCase: books, loans, members (only loans.bookId is a declared foreign key)."""
    rng = random.Random(903)
    con = duckdb.connect(str(path))
    con.execute("""create table books(bookId integer primary key, title varchar, authorName varchar, genre varchar,
        publishedYear integer, pageCount integer)""")
    con.execute("""create table members(memberId integer primary key, memberName varchar, membershipType varchar,
        joinDate date)""")
    con.execute("""create table loans(loanId integer primary key, bookId integer references books(bookId),
        memberId integer, loanDate date, returnDate date, lateFee decimal(6, 2))""")
    genres = {"Mystery": 320, "Science Fiction": 410, "Romance": 300, "Biography": 380, "History": 450,
              "Children's": 60, "Fantasy": 480, "Self-Help": 250}
    authors = {g: [_person(rng) for _ in range(6)] for g in genres}
    words = ["Silent", "Last", "Hidden", "Broken", "Golden", "Winter", "River", "Night", "Glass", "Lost", "Iron",
             "Garden", "Shadow", "Paper", "Distant", "Northern", "Quiet", "Burning", "Secret", "Long"]
    nouns = ["House", "Road", "Kingdom", "Letters", "Harbor", "Promise", "Orchard", "Signal", "Empire", "Voyage",
             "Witness", "Season", "Map", "Crown", "Island", "Summer"]
    books = []
    for i in range(1, 901):
        genre = rng.choices(list(genres), [18, 14, 14, 8, 9, 12, 15, 10])[0]
        title = f"The {rng.choice(words)} {rng.choice(nouns)}" + ("" if rng.random() < 0.7 else f" {rng.randint(2, 5)}")
        pages = max(24, round(rng.gauss(genres[genre], genres[genre] * 0.25)))
        books.append((i, title, rng.choice(authors[genre]), genre, rng.randint(1965, 2024), pages))
    types = ["Standard", "Student", "Senior", "Family"]
    members = [(i, _person(rng), rng.choices(types, [45, 25, 15, 15])[0], _day(rng, dt.date(2016, 1, 1),
                                                                                   dt.date(2024, 6, 30)))
               for i in range(1, 1201)]
    loans = []
    for i in range(1, 12001):
        book = rng.choice(books)
        member = rng.choice(members)
        loan = _day(rng, max(member[3], dt.date(2021, 1, 1)), dt.date(2024, 12, 31))
        keep = rng.choice([7, 10, 14, 14, 21, 21, 28, 35, 45])
        ret = loan + dt.timedelta(days=keep)
        returned = ret <= dt.date(2024, 12, 31) and rng.random() > 0.02
        fee = round(max(0, keep - 21) * 0.25, 2) if returned else 0.0
        loans.append((i, book[0], member[0], loan, ret if returned else None, fee))
    _insert(con, "books", books)
    _insert(con, "members", members)
    _insert(con, "loans", loans)
    con.close()


def build_energy(path: Path) -> None:
    """Building energy meters and their daily readings (meter_id shared, no declared foreign key)."""
    rng = random.Random(904)
    con = duckdb.connect(str(path))
    con.execute("create table meters(meter_id integer primary key, site varchar, region varchar, meter_type varchar)")
    con.execute("""create table readings(reading_id integer primary key, meter_id integer, reading_date date,
        kwh double, peak_kw double)""")
    sites = {"Riverside Plant": "North", "Harbor Warehouse": "East", "Oak Street Office": "South",
             "Data Center West": "West", "Lakeview Campus": "North", "Eastgate Mall": "East",
             "Desert Pump Station": "South", "Summit Lab": "West"}
    kinds = {"Main": 2400.0, "HVAC": 900.0, "Lighting": 300.0, "Refrigeration": 650.0}
    meters, mid = [], 0
    for site, region in sites.items():
        for kind in kinds:
            if kind == "Refrigeration" and site not in ("Harbor Warehouse", "Eastgate Mall", "Data Center West"):
                continue
            mid += 1
            meters.append((mid, site, region, kind))
    readings = []
    size = {m[0]: rng.uniform(0.5, 2.5) for m in meters}
    day = dt.date(2022, 1, 1)
    while day <= dt.date(2024, 12, 31):
        season = 1 + 0.35 * abs(6.5 - day.month) / 5.5
        for m in meters:
            base = kinds[m[3]] * size[m[0]]
            kwh = base * (season if m[3] in ("HVAC", "Main") else 1.0) * rng.uniform(0.85, 1.15)
            kwh *= 1 + 0.04 * (day.year - 2022)
            readings.append((len(readings) + 1, m[0], day, round(kwh, 1), round(kwh / 24 * rng.uniform(1.6, 2.6), 1)))
        day += dt.timedelta(days=1)
    _insert(con, "meters", meters)
    _insert(con, "readings", readings)
    con.close()


def build_sales_crm(path: Path) -> None:
    """Sales CRM: reps and deals (rep_id shared, no declared foreign key); open deals have no close date."""
    rng = random.Random(905)
    con = duckdb.connect(str(path))
    con.execute("create table reps(rep_id integer primary key, rep_name varchar, team varchar, hire_date date)")
    con.execute("""create table deals(deal_id integer primary key, rep_id integer, company varchar, stage varchar,
        amount decimal(12, 2), created_on date, closed_on date, industry varchar)""")
    teams = {"Enterprise": (62000, 0.34), "Mid-Market": (21000, 0.41), "SMB": (6500, 0.47),
             "Public Sector": (48000, 0.29)}
    rep_names = ["Jordan Blake", "Sofia Marin", "Ravi Kumar", "Chloe Dubois", "Ben Carter", "Nadia Petrova",
                 "Tom Okafor", "Lucy Zhang", "Diego Alvarez", "Emma Lindqvist", "Isaac Brown", "Maya Goldberg",
                 "Kevin O'Neil", "Ana Souza", "Felix Wagner", "Grace Liu"]
    team_names = list(teams)
    reps = [(i + 1, name, team_names[i % 4], _day(rng, dt.date(2015, 3, 1), dt.date(2022, 9, 30)))
            for i, name in enumerate(rep_names)]
    industries = ["Software", "Healthcare", "Retail", "Manufacturing", "Financial Services", "Logistics"]
    prefixes = ["Acme", "Northwind", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli", "Vandelay",
                "Soylent", "Pied Piper", "Cyberdyne", "Tyrell", "Wonka", "Gringotts", "Oscorp", "Dunder"]
    suffixes = ["Inc", "Corp", "Group", "Labs", "Systems", "Partners", "Holdings"]
    companies = sorted({f"{p} {s}" for p in prefixes for s in suffixes})
    deals = []
    for i in range(1, 4001):
        rep = rng.choice(reps)
        size, p_win = teams[rep[2]]
        created = _day(rng, max(rep[3], dt.date(2021, 1, 1)), dt.date(2024, 12, 15))
        close = created + dt.timedelta(days=rng.randint(10, 160))
        if close > dt.date(2024, 12, 31) or rng.random() < 0.08:
            stage, closed = "Open", None
        else:
            stage, closed = ("Won" if rng.random() < p_win else "Lost"), close
        amount = round(size * rng.lognormvariate(0, 0.55), -1)
        deals.append((i, rep[0], rng.choice(companies), stage, amount, created, closed, rng.choice(industries)))
    _insert(con, "reps", reps)
    _insert(con, "deals", deals)
    con.close()


BUILDERS: dict[str, Callable[[Path], None]] = {
    "clinic": build_clinic,
    "logistics": build_logistics,
    "library": build_library,
    "energy": build_energy,
    "sales_crm": build_sales_crm,
}


def build_all(outdir: str | Path) -> Path:
    """Build every held-out database that is missing in `outdir` (atomically); return the folder.

    Example:
        >>> build_all("/tmp/heldout-dbs")                         # doctest: +SKIP
        PosixPath('/tmp/heldout-dbs')
    """
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    for name, builder in BUILDERS.items():
        target = out / f"{name}.duckdb"
        if target.exists():
            continue
        tmp = out / f".{name}.tmp.duckdb"
        tmp.unlink(missing_ok=True)
        builder(tmp)
        tmp.rename(target)
    return out


if __name__ == "__main__":
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/heldout-dbs"))
