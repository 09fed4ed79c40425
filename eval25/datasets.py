"""Builders of the twenty-fifth held-out evaluation corpus: five DuckDB files in domains no earlier corpus used.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `elevators.duckdb`: buildings, elevators, service_calls (TIMESTAMPs, resolved_at NULL while a call is open;
  declared FKs)
- `locksmith.duckdb`: techs (birth_dt), jobs (abbreviated names; jobs.tech_id is NOT a declared foreign key;
  nullable tip_amt)
- `inspections.duckdb`: inspectors (yr_of_birth), inspections (nullable client_rating and report_sent_on; declared FK)
- `roofing.duckdb`: customers, roof_projects (completed_on NULL while a project is ongoing; declared FK), 2023-2025
- `pestcontrol.duckdb`: clients, treatments (visited_at TIMESTAMP, nullable satisfaction; declared FK)

Usage:
    python eval25/datasets.py OUTDIR

Example:
    >>> from eval25.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval25-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['elevators.duckdb', 'inspections.duckdb', 'locksmith.duckdb', 'pestcontrol.duckdb', 'roofing.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 7, last_hour: int = 19) -> dt.datetime:
    """A random minute on `day` between first_hour:00 and last_hour:59."""
    return dt.datetime(day.year, day.month, day.day, rng.randint(first_hour, last_hour), rng.randrange(60))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Aaron", "Beatriz", "Caleb", "Dana", "Elif", "Fergus", "Gemma", "Hugo", "Ines", "Jonah", "Keira", "Luca",
         "Maeve", "Nikolai", "Olga", "Pavel", "Quinn", "Rosa", "Samir", "Tessa", "Umar", "Vera", "Wyatt", "Zoe"]
LAST = ["Abbott", "Bianchi", "Carver", "Delgado", "Ekwueme", "Fischer", "Gallagher", "Haddad", "Iversen", "Jansen",
        "Kaur", "Lambert", "Moreau", "Novak", "O'Neill", "Petrov", "Quintero", "Reyes", "Sato", "Tran", "Whitfield"]

# ------------------------------------------------------------------------------------------ elevator maintenance
CITIES = ["Chicago", "Milwaukee", "Detroit", "Indianapolis", "Columbus"]
BUILDING_TYPES = ["office", "residential", "hospital", "hotel", "retail"]
MAKERS = ["Otis", "Schindler", "KONE", "Thyssenkrupp", "Mitsubishi"]
CALL_TYPES = {"preventive": (180, 420), "breakdown": (300, 2200), "inspection": (150, 300),
              "entrapment": (250, 900), "modernization": (4000, 25000)}
TECHNICIANS = ["Marcus Bell", "Priya Nair", "Tom Kowalczyk", "Jenna Ortiz", "Dwayne Harris", "Lena Vogt",
               "Carlos Mendes", "Hannah Price", "Ivan Petrenko", "Sophie Laurent"]


def _trapped(rng: random.Random, call_type: str) -> bool:
    """Whether passengers were stuck in the car: most entrapment calls, a few breakdowns."""
    return rng.random() < {"entrapment": 0.85, "breakdown": 0.05}.get(call_type, 0.0)


def build_elevators(path: Path | str) -> None:
    """buildings (60), elevators (declared FK), service_calls (2022-2024, resolved_at NULL while open)."""
    rng = random.Random(2501)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE buildings(building_id INTEGER PRIMARY KEY, building_name VARCHAR,
        city VARCHAR, floors INTEGER, building_type VARCHAR, under_contract BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE elevators(elevator_id INTEGER PRIMARY KEY,
        building_id INTEGER REFERENCES buildings(building_id), manufacturer VARCHAR, install_year INTEGER,
        capacity_kg INTEGER, is_freight BOOLEAN, last_inspected DATE)""")
    con.execute("""CREATE OR REPLACE TABLE service_calls(call_id INTEGER PRIMARY KEY,
        elevator_id INTEGER REFERENCES elevators(elevator_id), technician VARCHAR, call_type VARCHAR,
        reported_at TIMESTAMP, resolved_at TIMESTAMP, labor_hours DOUBLE, cost DOUBLE, passengers_trapped BOOLEAN)""")
    streets = ["Lake", "Grand", "Union", "Harbor", "Maple", "Summit", "Riverside", "Franklin", "Cedar", "Beacon",
               "Park", "Liberty"]
    suffixes = ["Tower", "Plaza", "Center", "House", "Building", "Court"]
    buildings, names = [], set()
    for bid in range(1, 61):
        name = f"{rng.choice(streets)} {rng.choice(suffixes)}"
        while name in names:
            name = f"{rng.choice(streets)} {rng.choice(suffixes)}"
        names.add(name)
        btype = rng.choices(BUILDING_TYPES, [35, 30, 10, 12, 13])[0]
        buildings.append((bid, name, rng.choices(CITIES, [35, 15, 20, 15, 15])[0], rng.randint(3, 60), btype,
                          rng.random() < 0.75))
    elevators = []
    for b in buildings:
        for _ in range(max(1, b[3] // 12 + rng.randint(0, 2))):
            freight = rng.random() < 0.15
            elevators.append((len(elevators) + 1, b[0], rng.choices(MAKERS, [30, 25, 20, 15, 10])[0],
                              rng.randint(1978, 2022), rng.choice([630, 800, 1000, 1250, 1600, 2000]) * (2 if freight
                                                                                                        else 1),
                              freight, _day(rng, dt.date(2023, 6, 1), 580)))
    calls = []
    for day_no in range((dt.date(2024, 12, 31) - dt.date(2022, 1, 1)).days + 1):
        day = dt.date(2022, 1, 1) + dt.timedelta(days=day_no)
        for _ in range(rng.choice([1, 2, 3, 3, 4])):
            ctype = rng.choices(list(CALL_TYPES), [40, 30, 15, 10, 5])[0]
            lo, hi = CALL_TYPES[ctype]
            reported = _moment(rng, day, 0 if ctype in ("breakdown", "entrapment") else 7, 23 if ctype in (
                "breakdown", "entrapment") else 17)
            hours = round(rng.uniform(0.5, 6.0) * (8 if ctype == "modernization" else 1), 1)
            resolved = reported + dt.timedelta(minutes=rng.randint(15, 150) if ctype == "entrapment" else rng.randint(
                30, 60 * 72))
            if ctype == "modernization":
                resolved += dt.timedelta(days=rng.randint(5, 40))
            open_call = resolved > dt.datetime(2024, 12, 31, 23, 59) or rng.random() < 0.01
            calls.append((len(calls) + 1, rng.randint(1, len(elevators)), rng.choice(TECHNICIANS), ctype, reported,
                          None if open_call else resolved, hours, round(rng.uniform(lo, hi), 2),
                          _trapped(rng, ctype)))
    _insert(con, "buildings", buildings)
    _insert(con, "elevators", elevators)
    _insert(con, "service_calls", calls)
    con.close()


# ------------------------------------------------------------------------------------------------ locksmith
SERVICES = {"lockout": (85, 180), "rekey": (60, 150), "lock install": (120, 400), "safe opening": (200, 600),
            "key cutting": (10, 45), "car lockout": (75, 160)}
AREAS = ["North", "South", "East", "West", "Central"]


def build_locksmith(path: Path | str) -> None:
    """techs (14, birth_dt), jobs (2023-2025, abbreviated names, tech_id NOT declared, tip_amt NULL when no tip)."""
    rng = random.Random(2502)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE techs(tech_id INTEGER PRIMARY KEY, first_nm VARCHAR, last_nm VARCHAR,
        birth_dt DATE, hire_dt DATE, van_no VARCHAR, is_certified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE jobs(job_id INTEGER PRIMARY KEY, tech_id INTEGER, job_ts TIMESTAMP,
        svc_type VARCHAR, area VARCHAR, cust_type VARCHAR, amt DOUBLE, travel_min INTEGER, is_emergency BOOLEAN,
        tip_amt DOUBLE, pay_mthd VARCHAR)""")
    techs = []
    for tid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 14), start=1):
        techs.append((tid, first, last, _day(rng, dt.date(1962, 1, 1), 365 * 38), _day(rng, dt.date(2012, 1, 1),
                                                                                        365 * 11),
                      f"V-{100 + tid}", rng.random() < 0.6))
    jobs = []
    for day_no in range((dt.date(2025, 12, 31) - dt.date(2023, 1, 1)).days + 1):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=day_no)
        for _ in range(rng.randint(2, 6)):
            svc = rng.choices(list(SERVICES), [30, 20, 15, 5, 15, 15])[0]
            cust = "automotive" if svc == "car lockout" else rng.choices(["residential", "commercial"], [65, 35])[0]
            emergency = svc in ("lockout", "car lockout", "safe opening") and rng.random() < 0.45
            lo, hi = SERVICES[svc]
            amt = round(rng.uniform(lo, hi) * (1.5 if emergency else 1.0), 2)
            ts = _moment(rng, day, 0 if emergency else 8, 23 if emergency else 18)
            tip = round(rng.uniform(5, 40), 2) if rng.random() < 0.3 else None
            jobs.append((len(jobs) + 1, rng.randint(1, 14), ts, svc, rng.choices(AREAS, [20, 25, 15, 15, 25])[0],
                         cust, amt, rng.randint(5, 70), emergency, tip,
                         rng.choices(["card", "cash", "invoice"], [60, 25, 15])[0]))
    _insert(con, "techs", techs)
    _insert(con, "jobs", jobs)
    con.close()


# ---------------------------------------------------------------------------------------------- home inspection
PROPERTY_TYPES = ["single family", "condo", "townhouse", "multi-family", "mobile home"]
INSPECTION_CITIES = ["Austin", "Round Rock", "Georgetown", "Pflugerville", "Cedar Park", "San Marcos"]


def build_inspections(path: Path | str) -> None:
    """inspectors (22, yr_of_birth), inspections (2022-2024; client_rating and report_sent_on may be NULL)."""
    rng = random.Random(2503)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE inspectors(inspector_id INTEGER PRIMARY KEY, full_name VARCHAR,
        license_level VARCHAR, yr_of_birth INTEGER, base_city VARCHAR, active BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE inspections(inspection_id INTEGER PRIMARY KEY,
        inspector_id INTEGER REFERENCES inspectors(inspector_id), inspection_date DATE, property_type VARCHAR,
        city VARCHAR, sq_ft INTEGER, year_built INTEGER, fee DOUBLE, defects_found INTEGER, major_defects INTEGER,
        radon_test BOOLEAN, client_rating INTEGER, report_sent_on DATE)""")
    inspectors = []
    for iid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 22), start=1):
        inspectors.append((iid, f"{first} {last}", rng.choices(["junior", "senior", "master"], [40, 40, 20])[0],
                           rng.randint(1958, 1998), rng.choice(INSPECTION_CITIES), rng.random() < 0.8))
    rows = []
    for _ in range(2600):
        day = _day(rng, dt.date(2022, 1, 1), 1096)
        ptype = rng.choices(PROPERTY_TYPES, [50, 20, 15, 10, 5])[0]
        sq_ft = {"single family": rng.randint(1200, 4200), "condo": rng.randint(600, 1800),
                 "townhouse": rng.randint(1100, 2500), "multi-family": rng.randint(2400, 7000),
                 "mobile home": rng.randint(700, 1600)}[ptype]
        built = rng.randint(1925, 2023)
        defects = max(0, int(rng.gauss(4 + (2024 - built) / 12, 3)))
        fee = round(250 + sq_ft * 0.09 + (75 if ptype == "multi-family" else 0), 2)
        radon = rng.random() < 0.35
        fee += 150 if radon else 0
        rating = rng.choices([1, 2, 3, 4, 5], [3, 5, 15, 37, 40])[0] if rng.random() < 0.6 else None
        late = day > dt.date(2024, 12, 20) and rng.random() < 0.6
        sent = None if late or rng.random() < 0.02 else day + dt.timedelta(days=rng.choice([0, 1, 1, 2, 2, 3, 5, 7]))
        rows.append((len(rows) + 1, rng.randint(1, 22), day, ptype, rng.choices(INSPECTION_CITIES,
                                                                                [40, 15, 12, 10, 13, 10])[0],
                     sq_ft, built, fee, defects, min(defects, max(0, int(rng.gauss(defects / 5, 1)))), radon, rating,
                     sent))
    rows.sort(key=lambda r: r[2])
    rows = [(i, *r[1:]) for i, r in enumerate(rows, start=1)]
    _insert(con, "inspectors", inspectors)
    _insert(con, "inspections", rows)
    con.close()


# ------------------------------------------------------------------------------------------------------ roofing
MATERIALS = {"asphalt shingle": 5.5, "metal": 11.0, "tile": 14.0, "slate": 22.0, "flat membrane": 8.0}
CUSTOMER_TYPES = ["homeowner", "property manager", "business", "HOA"]
COUNTIES = ["Cobb", "Fulton", "DeKalb", "Gwinnett", "Cherokee"]
CREWS = ["Crew A", "Crew B", "Crew C", "Crew D"]


def build_roofing(path: Path | str) -> None:
    """customers (350), roof_projects (2023-2025, completed_on NULL while ongoing, declared FK)."""
    rng = random.Random(2504)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR,
        customer_type VARCHAR, county VARCHAR, first_contact DATE, referred BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE roof_projects(project_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), job_kind VARCHAR, roof_material VARCHAR,
        area_sqft INTEGER, contract_value DOUBLE, material_cost DOUBLE, start_date DATE, completed_on DATE,
        crew VARCHAR, warranty_years INTEGER, insurance_claim BOOLEAN, storm_damage BOOLEAN)""")
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 350), start=1):
        ctype = rng.choices(CUSTOMER_TYPES, [60, 15, 17, 8])[0]
        name = f"{first} {last}" if ctype == "homeowner" else f"{last} {rng.choice(['Holdings', 'Properties', 'LLC'])}"
        customers.append((cid, name, ctype, rng.choices(COUNTIES, [25, 25, 20, 20, 10])[0],
                          _day(rng, dt.date(2021, 1, 1), 730), rng.random() < 0.3))
    names: dict[str, int] = {}
    customers = [(c[0], c[1] if (names.setdefault(c[1], c[0]) == c[0]) else f"{c[1]} {c[0]}", *c[2:])
                 for c in customers]
    projects = []
    for _ in range(760):
        cust = rng.choice(customers)
        kind = rng.choices(["replacement", "repair", "new build"], [45, 45, 10])[0]
        material = rng.choices(list(MATERIALS), [50, 20, 10, 5, 15])[0]
        area = rng.randint(200, 900) if kind == "repair" else rng.randint(1200, 4500)
        value = round(area * MATERIALS[material] * rng.uniform(0.9, 1.3), 2)
        start = _day(rng, dt.date(2023, 1, 1), 1095)
        done = start + dt.timedelta(days=rng.randint(1, 4) if kind == "repair" else rng.randint(3, 25))
        storm = rng.random() < 0.25
        projects.append((0, cust[0], kind, material, area, value, round(value * rng.uniform(0.35, 0.55), 2), start,
                         None if done > dt.date(2025, 12, 15) else done, rng.choice(CREWS),
                         0 if kind == "repair" else rng.choice([10, 20, 25, 30]), storm and rng.random() < 0.7, storm))
    projects.sort(key=lambda p: (p[7], p[1]))
    projects = [(i, *p[1:]) for i, p in enumerate(projects, start=1)]
    _insert(con, "customers", customers)
    _insert(con, "roof_projects", projects)
    con.close()


# -------------------------------------------------------------------------------------------------- pest control
PESTS = {"rodents": ["traps", "bait"], "cockroaches": ["bait", "spray"], "termites": ["fumigation", "bait"],
         "bed bugs": ["heat", "spray"], "ants": ["bait", "spray"], "wasps": ["spray"]}
SEGMENTS = ["restaurant", "warehouse", "household", "school", "hotel"]
DISTRICTS = ["Downtown", "Harborside", "Northgate", "Westfield", "Old Town"]


def build_pestcontrol(path: Path | str) -> None:
    """clients (300), treatments (2022-2024, visited_at TIMESTAMP, satisfaction NULL when not surveyed)."""
    rng = random.Random(2505)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, client_name VARCHAR,
        segment VARCHAR, district VARCHAR, on_contract BOOLEAN, client_since DATE)""")
    con.execute("""CREATE OR REPLACE TABLE treatments(treatment_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), visited_at TIMESTAMP, pest VARCHAR, method VARCHAR,
        technician VARCHAR, chemical_litres DOUBLE, price DOUBLE, duration_min INTEGER, follow_up_needed BOOLEAN,
        satisfaction INTEGER)""")
    shop = {"restaurant": ["Bistro", "Diner", "Kitchen"], "warehouse": ["Logistics", "Storage", "Depot"],
            "school": ["Academy", "Primary"], "hotel": ["Inn", "Suites"]}
    clients = []
    for cid in range(1, 301):
        seg = rng.choices(SEGMENTS, [25, 15, 40, 8, 12])[0]
        first, last = rng.choice(FIRST), rng.choice(LAST)
        name = f"{first} {last}" if seg == "household" else f"{last}'s {rng.choice(shop[seg])}"
        clients.append((cid, name, seg, rng.choice(DISTRICTS), seg != "household" and rng.random() < 0.7,
                        _day(rng, dt.date(2015, 1, 1), 3300)))
    seen: dict[str, int] = {}
    clients = [(c[0], c[1] if seen.setdefault(c[1], c[0]) == c[0] else f"{c[1]} #{c[0]}", *c[2:]) for c in clients]
    technicians = ["Rick Alvarez", "Mona Chen", "Sean Duffy", "Aisha Bello", "Greg Hollis", "Tanya Ruiz"]
    rows = []
    for _ in range(3400):
        client = rng.choice(clients)
        pest = rng.choices(list(PESTS), [30, 25, 8, 10, 17, 10])[0]
        method = rng.choice(PESTS[pest])
        base = {"traps": 90, "bait": 110, "spray": 130, "fumigation": 900, "heat": 650}[method]
        litres = 0.0 if method in ("traps", "heat") else round(rng.uniform(0.2, 4.0) * (6 if method == "fumigation"
                                                                                         else 1), 2)
        day = _day(rng, dt.date(2022, 1, 1), 1096)
        rows.append((0, client[0], _moment(rng, day, 6, 20), pest, method, rng.choice(technicians), litres,
                     round(base * rng.uniform(0.85, 1.4), 2), rng.randint(20, 240 if method in ("heat", "fumigation")
                                                                          else 90),
                     rng.random() < (0.45 if pest in ("bed bugs", "termites") else 0.2),
                     rng.choices([1, 2, 3, 4, 5], [4, 6, 20, 40, 30])[0] if rng.random() < 0.55 else None))
    rows.sort(key=lambda r: (r[2], r[1]))
    rows = [(i, *r[1:]) for i, r in enumerate(rows, start=1)]
    _insert(con, "clients", clients)
    _insert(con, "treatments", rows)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "elevators": build_elevators,
    "locksmith": build_locksmith,
    "inspections": build_inspections,
    "roofing": build_roofing,
    "pestcontrol": build_pestcontrol,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval25-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval25-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval25-dbs"))
