"""Builders of the eval48 evaluation corpus: five DuckDB files in domains no other corpus uses.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `archpractice.duckdb` (architecture practice): architects (birth_date, is_chartered), projects (declared FK to
  the lead architect, completion_date NULL while ongoing), timesheets (declared FKs, billable flag)
- `equiphire.duckdb` (equipment hire): depots, equipment, hires (hires.equip_id and equipment.depot_id are NOT
  declared foreign keys; TIMESTAMPs; returned_at and charge NULL while the kit is still out)
- `patents.duckdb` (patent attorneys): attorneys (year_of_birth), clients, applications (declared FKs, grant_date
  NULL unless granted, optional renewal fee)
- `eventstaff.duckdb` (event staffing agency): staff (date_of_birth, optional rating), events, shifts (declared
  FKs, TIMESTAMP shift start/end, no_show flag, optional client_score)
- `facilities.duckdb` (facilities management): one wide `work_orders` table (completed_at NULL while open,
  within_sla NULL while open, optional satisfaction score)

Usage:
    python eval48/datasets.py OUTDIR

Example:
    >>> from eval48.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval48-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['archpractice.duckdb', 'equiphire.duckdb', 'eventstaff.duckdb', 'facilities.duckdb', 'patents.duckdb']
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


FIRST = ["Amelia", "Bashir", "Carys", "Dominic", "Elif", "Fergus", "Gemma", "Hamza", "Imogen", "Jonah", "Keira",
         "Lorcan", "Maya", "Niall", "Orla", "Priya", "Quentin", "Rhiannon", "Samir", "Tilly", "Umar", "Vera",
         "Wilf", "Zara"]
LAST = ["Ashworth", "Bhatt", "Coleman", "Dunmore", "Evans", "Fairclough", "Gallagher", "Hughes", "Iqbal", "Jenkins",
        "Kaur", "Llewellyn", "McAllister", "Nolan", "O'Brien", "Pritchard", "Quinn", "Rahman", "Stewart", "Tennant",
        "Walsh", "Yardley"]
END = dt.date(2024, 12, 31)


# ------------------------------------------------------------------------------------------ architecture practice
GRADES = ["Partner", "Associate", "Senior Architect", "Architect", "Part II Assistant"]
OFFICES = ["London", "Manchester", "Bristol", "Edinburgh"]
SECTORS = ["Residential", "Education", "Healthcare", "Commercial", "Cultural"]
PROJECT_WORDS = ["Quay", "Mill", "Library", "Court", "Yard", "Hall", "Gardens", "Works", "House", "Wharf", "Lane",
                 "Terrace", "Exchange", "Depot", "Chapel"]
PLACES = ["Riverside", "Northgate", "Ancoats", "Clifton", "Leith", "Hackney", "Stockbridge", "Bedminster",
          "Salford", "Peckham", "Harbourside", "Deansgate"]
CLIENTS_ARCH = ["Harbour Homes", "City Council", "NHS Trust North", "Kingsgate Developments", "St Mary's Academy Trust",
                "Lumen Arts Foundation", "Brightwell REIT", "Oakfield University", "Caledonia Housing",
                "Penrose Estates"]


def build_archpractice(path: Path | str) -> None:
    """architects (60), projects (140, declared FK, completion_date NULL while ongoing), timesheets (2022-2024)."""
    rng = random.Random(4801)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE architects(architect_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, grade VARCHAR, office VARCHAR, is_chartered BOOLEAN, joined_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE projects(project_id INTEGER PRIMARY KEY, project_name VARCHAR,
        client_name VARCHAR, sector VARCHAR, lead_architect_id INTEGER REFERENCES architects(architect_id),
        office VARCHAR, fee_gbp DOUBLE, budget_gbp DOUBLE, start_date DATE, completion_date DATE, status VARCHAR,
        riba_stage INTEGER, planning_approved BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE timesheets(entry_id INTEGER PRIMARY KEY,
        project_id INTEGER REFERENCES projects(project_id), architect_id INTEGER REFERENCES architects(architect_id),
        work_date DATE, hours DOUBLE, billable BOOLEAN)""")
    architects = []
    for aid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 60), start=1):
        grade = rng.choices(GRADES, [6, 10, 16, 18, 10])[0]
        born = _day(rng, dt.date(1958 if grade in ("Partner", "Associate") else 1975, 1, 1), 365 * 22)
        architects.append((aid, first, last, born, grade, rng.choices(OFFICES, [40, 25, 20, 15])[0],
                           grade != "Part II Assistant" and rng.random() < 0.85,
                           min(born + dt.timedelta(days=365 * 23 + rng.randrange(365 * 12)), dt.date(2024, 3, 1))))
    projects = []
    names: set[str] = set()
    for pid in range(1, 141):
        while (name := f"{rng.choice(PLACES)} {rng.choice(PROJECT_WORDS)}") in names:
            pass
        names.add(name)
        sector = rng.choices(SECTORS, [35, 20, 15, 20, 10])[0]
        lead = rng.choice([a for a in architects if a[4] in ("Partner", "Associate", "Senior Architect")])
        start = _day(rng, dt.date(2022, 1, 1), 1000)
        budget = round(rng.uniform(0.4, 18.0) * 1_000_000, -3)
        fee = round(budget * rng.uniform(0.06, 0.12), 0)
        status = rng.choices(["Completed", "Active", "On Hold", "Cancelled"], [45, 35, 10, 10])[0]
        completion = None
        if status == "Completed":
            completion = start + dt.timedelta(days=rng.randint(120, 900))
            if completion > END:
                status, completion = "Active", None
        stage = 7 if status == "Completed" else rng.randint(0, 6)
        approved = stage >= 4 and rng.random() < 0.9
        projects.append((pid, name, rng.choice(CLIENTS_ARCH), sector, lead[0], lead[5], fee, budget, start,
                         completion, status, stage, approved))
    entries = []
    for proj in projects:
        staff = [a for a in architects if a[7] <= proj[8]]
        team = rng.sample(staff, min(len(staff), rng.randint(2, 5)))
        stop = proj[9] or (END if proj[10] == "Active" else min(END, proj[8] + dt.timedelta(days=200)))
        span = max(1, (stop - proj[8]).days)
        for _ in range(rng.randint(15, 90)):
            who = rng.choice(team)
            entries.append((len(entries) + 1, proj[0], who[0], proj[8] + dt.timedelta(days=rng.randrange(span)),
                            rng.choice([1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 6.0, 7.5]), rng.random() < 0.8))
    _insert(con, "architects", architects)
    _insert(con, "projects", projects)
    _insert(con, "timesheets", entries)
    con.close()


# ------------------------------------------------------------------------------------------------ equipment hire
DEPOTS = [("Leeds Central", "North"), ("Sheffield East", "North"), ("Birmingham Tyseley", "Midlands"),
          ("Coventry", "Midlands"), ("Reading", "South"), ("Croydon", "South"), ("Cardiff Bay", "Wales")]
EQUIPMENT = {  # category -> (models, daily rate range, needs licence)
    "Mini Excavator": (["Kubota KX019", "JCB 8018", "Takeuchi TB216"], (95, 140), True),
    "Scissor Lift": (["Genie GS1932", "JLG 1930ES", "Skyjack SJ3219"], (70, 110), True),
    "Generator": (["Atlas QAS 20", "Pramac GSW45", "Honda EU22i"], (35, 90), False),
    "Plate Compactor": (["Belle PCX 350", "Wacker VP1550"], (25, 40), False),
    "Scaffold Tower": (["Boss Clima 3m", "Youngman Boss 5m"], (30, 55), False),
    "Dumper": (["Thwaites 1t", "Terex TA3"], (80, 120), True),
}
CUSTOMERS = {"Contractor": ["Brookfield Build Ltd", "Apex Groundworks", "Harlow Civils", "Kestrel Roofing",
                            "Meridian Construction"],
             "Homeowner": ["private customer"],
             "Council": ["Leeds City Council", "Cardiff Council", "Croydon Council"],
             "Events": ["Summer Sound Events", "Park Live Productions"]}


def build_equiphire(path: Path | str) -> None:
    """depots (7), equipment (120, depot_id undeclared), hires (2023-2024, equip_id undeclared, TIMESTAMPs)."""
    rng = random.Random(4802)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE depots(depot_id INTEGER PRIMARY KEY, depot_name VARCHAR, region VARCHAR,
        opened_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE equipment(equip_id INTEGER PRIMARY KEY, asset_tag VARCHAR, model VARCHAR,
        category VARCHAR, depot_id INTEGER, daily_rate DOUBLE, purchase_date DATE, needs_licence BOOLEAN,
        retired BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE hires(hire_id INTEGER PRIMARY KEY, equip_id INTEGER, customer_name VARCHAR,
        customer_type VARCHAR, hired_at TIMESTAMP, due_back DATE, returned_at TIMESTAMP, charge_gbp DOUBLE,
        delivered BOOLEAN, damage_reported BOOLEAN)""")
    depots = [(i, name, region, rng.randint(1998, 2019)) for i, (name, region) in enumerate(DEPOTS, start=1)]
    equipment = []
    for eid in range(1, 121):
        cat = rng.choices(list(EQUIPMENT), [20, 18, 22, 14, 16, 10])[0]
        models, (lo, hi), licence = EQUIPMENT[cat]
        equipment.append((eid, f"EH-{eid:04d}", rng.choice(models), cat, rng.choices(depots, [20, 12, 18, 10, 16, 14,
                          10])[0][0], float(rng.randint(lo, hi)), _day(rng, dt.date(2016, 1, 1), 2900), licence,
                          rng.random() < 0.07))
    hires = []
    ctypes = list(CUSTOMERS)
    for _ in range(2600):
        kit = rng.choice(equipment)
        ctype = rng.choices(ctypes, [60, 20, 12, 8])[0]
        start = dt.datetime.combine(_day(rng, dt.date(2023, 1, 1), 731), dt.time(rng.randint(7, 17),
                                                                                    rng.choice([0, 15, 30, 45])))
        days = rng.choices([1, 2, 3, 5, 7, 14, 28], [25, 20, 15, 15, 12, 8, 5])[0]
        due = start.date() + dt.timedelta(days=days)
        actual = days + rng.choices([0, 0, 0, 1, 2, 5], [50, 20, 10, 10, 6, 4])[0]
        back = start + dt.timedelta(days=actual, hours=rng.randint(-3, 3))
        returned, charge = (None, None) if back > dt.datetime(2024, 12, 31, 18) else (
            back, round(kit[5] * actual * rng.choice([1.0, 1.0, 0.9, 0.85]), 2))
        hires.append((len(hires) + 1, kit[0], rng.choice(CUSTOMERS[ctype]), ctype, start, due, returned, charge,
                      rng.random() < 0.55, returned is not None and rng.random() < 0.06))
    hires.sort(key=lambda h: h[4])
    hires = [(i, *h[1:]) for i, h in enumerate(hires, start=1)]
    _insert(con, "depots", depots)
    _insert(con, "equipment", equipment)
    _insert(con, "hires", hires)
    con.close()


# ---------------------------------------------------------------------------------------------- patent attorneys
SPECIALISMS = ["Chemistry", "Electronics", "Mechanical", "Software", "Biotech"]
CLIENT_NAMES = [("Norvane Pharma", "UK", "Pharmaceuticals"), ("Kessler Automotive", "Germany", "Automotive"),
                ("Brightpath Robotics", "USA", "Robotics"), ("Aoki Semiconductor", "Japan", "Semiconductors"),
                ("Lindholm Medtech", "Sweden", "Medical Devices"), ("Cobalt Energy Systems", "UK", "Energy"),
                ("Vireo Biologics", "USA", "Pharmaceuticals"), ("Falcon Aerostructures", "France", "Aerospace"),
                ("Quillon Software", "UK", "Software"), ("Marisol Foods", "Spain", "Food"),
                ("Helix Genomics", "USA", "Biotech"), ("Ostrava Machine Tools", "Czechia", "Machinery"),
                ("Tern Wireless", "Finland", "Telecoms"), ("Greyfield Batteries", "Germany", "Energy"),
                ("Pemberton Instruments", "UK", "Medical Devices"), ("Sakura Optics", "Japan", "Electronics"),
                ("Riverbend Agritech", "Netherlands", "Agriculture"), ("Solvay Coatings", "Belgium", "Chemicals"),
                ("Northlight Games", "UK", "Software"), ("Atlas Drilling", "Norway", "Energy")]
TITLE_WORDS = ["Method for", "Apparatus for", "System for", "Composition for", "Device for"]
TITLE_ENDS = ["cooling battery cells", "detecting faults in a network", "coating metal surfaces", "sorting parcels",
              "delivering a drug", "compressing video", "measuring blood glucose", "fastening panels",
              "cleaning solar panels", "training a neural network", "storing hydrogen", "filtering water"]


def build_patents(path: Path | str) -> None:
    """attorneys (24, year_of_birth), clients (20), applications (2022-2024, declared FKs, grant_date NULL unless
    granted, renewal_fee_eur NULL unless granted)."""
    rng = random.Random(4803)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE attorneys(attorney_id INTEGER PRIMARY KEY, full_name VARCHAR,
        specialism VARCHAR, year_of_birth INTEGER, qualified_year INTEGER, is_partner BOOLEAN, hourly_rate DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, client_name VARCHAR,
        country VARCHAR, industry VARCHAR, is_sme BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE applications(application_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), attorney_id INTEGER REFERENCES attorneys(attorney_id),
        title VARCHAR, patent_office VARCHAR, filing_date DATE, grant_date DATE, status VARCHAR, claims INTEGER,
        official_fees_eur DOUBLE, renewal_fee_eur DOUBLE, expedited BOOLEAN)""")
    attorneys = []
    for aid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 24), start=1):
        born = rng.randint(1962, 1995)
        qualified = born + rng.randint(27, 33)
        partner = qualified < 2012 and rng.random() < 0.6
        attorneys.append((aid, f"{first} {last}", SPECIALISMS[(aid - 1) % 5] if aid <= 20 else rng.choice(SPECIALISMS),
                          born, min(qualified, 2023), partner, float(rng.randint(28, 52) * 10 + (120 if partner
                                                                                                  else 0))))
    clients = [(i, n, c, ind, rng.random() < 0.4) for i, (n, c, ind) in enumerate(CLIENT_NAMES, start=1)]
    offices = ["EPO", "USPTO", "UKIPO", "JPO"]
    weights = [rng.randint(2, 12) for _ in clients]
    apps = []
    for _ in range(900):
        client = rng.choices(clients, weights)[0]
        att = rng.choice(attorneys)
        filed = _day(rng, dt.date(2022, 1, 1), 1096)
        office = rng.choices(offices, [45, 25, 20, 10])[0]
        age_days = (END - filed).days
        status = rng.choices(["Pending", "Granted", "Refused", "Withdrawn"],
                             [60, 5, 5, 8] if age_days < 365 else [30, 45, 12, 13])[0]
        grant = None
        if status == "Granted":
            grant = filed + dt.timedelta(days=rng.randint(min(200, age_days), age_days))
        claims = rng.randint(5, 40)
        fees = round({"EPO": 4200, "USPTO": 3100, "UKIPO": 900, "JPO": 2600}[office] + claims * rng.uniform(20, 60), 2)
        renewal = round(rng.uniform(300, 1600), 2) if grant and rng.random() < 0.8 else None
        apps.append([client[0], att[0], f"{rng.choice(TITLE_WORDS)} {rng.choice(TITLE_ENDS)}", office, filed, grant,
                     status, claims, fees, renewal, rng.random() < 0.15])
    apps.sort(key=lambda a: a[4])
    apps = [(i, *a) for i, a in enumerate(apps, start=1)]
    _insert(con, "attorneys", attorneys)
    _insert(con, "clients", clients)
    _insert(con, "applications", apps)
    con.close()


# ------------------------------------------------------------------------------------------ event staffing agency
ROLES = {"Bartender": 13.5, "Steward": 12.0, "Waiting Staff": 12.5, "Security": 15.0, "Runner": 11.5}
CITIES = ["Manchester", "Liverpool", "Leeds", "Newcastle", "Glasgow"]
EVENT_TYPES = ["Festival", "Conference", "Wedding", "Sports", "Corporate Party"]
EVENT_CLIENTS = ["Northern Live", "Mersey Conferences", "Pennine Weddings", "Tyne Sports Group", "Clyde Corporate",
                 "Red Brick Venues"]


def build_eventstaff(path: Path | str) -> None:
    """staff (180, date_of_birth, rating NULL for new starters), events (2023-2024), shifts (declared FKs)."""
    rng = random.Random(4804)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE staff(staff_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        date_of_birth DATE, home_city VARCHAR, main_role VARCHAR, hourly_rate DOUBLE, has_sia_licence BOOLEAN,
        rating DOUBLE, registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE events(event_id INTEGER PRIMARY KEY, event_name VARCHAR, client VARCHAR,
        event_type VARCHAR, city VARCHAR, event_date DATE, guests INTEGER, indoor BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE shifts(shift_id INTEGER PRIMARY KEY,
        event_id INTEGER REFERENCES events(event_id), staff_id INTEGER REFERENCES staff(staff_id), role VARCHAR,
        shift_start TIMESTAMP, shift_end TIMESTAMP, no_show BOOLEAN, pay_gbp DOUBLE, client_score INTEGER)""")
    staff = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 180), start=1):
        role = rng.choices(list(ROLES), [25, 20, 25, 15, 15])[0]
        registered = _day(rng, dt.date(2019, 1, 1), 2150)
        rating = None if registered > dt.date(2024, 6, 1) or rng.random() < 0.1 else round(rng.uniform(2.5, 5.0), 1)
        staff.append((sid, first, last, _day(rng, dt.date(1962, 1, 1), 365 * 44), rng.choice(CITIES), role,
                      round(ROLES[role] + rng.choice([0, 0, 0.5, 1.0, 1.5]), 2),
                      role == "Security" or rng.random() < 0.1, rating, registered))
    events = []
    for eid in range(1, 231):
        etype = rng.choices(EVENT_TYPES, [15, 25, 25, 15, 20])[0]
        city = rng.choice(CITIES)
        day = _day(rng, dt.date(2023, 1, 1), 731)
        guests = {"Festival": (2000, 20000), "Conference": (150, 1500), "Wedding": (60, 250),
                  "Sports": (1000, 30000), "Corporate Party": (80, 600)}[etype]
        events.append((eid, f"{city} {etype} {day:%b %Y} #{eid}", rng.choice(EVENT_CLIENTS), etype, city, day,
                       rng.randint(*guests), etype in ("Conference", "Wedding", "Corporate Party") or
                       rng.random() < 0.2))
    shifts = []
    for ev in events:
        crew = rng.sample([s for s in staff if s[9] <= ev[5]], rng.randint(4, 14))
        for person in crew:
            start = dt.datetime.combine(ev[5], dt.time(rng.choice([8, 10, 12, 14, 16, 18])))
            hours = rng.choice([4, 5, 6, 8, 8, 10, 12])
            no_show = rng.random() < 0.06
            role = person[5] if rng.random() < 0.8 else rng.choice(list(ROLES))
            pay = 0.0 if no_show else round(person[6] * hours, 2)
            score = None if no_show or rng.random() < 0.45 else rng.choices([1, 2, 3, 4, 5], [3, 7, 20, 40, 30])[0]
            shifts.append((len(shifts) + 1, ev[0], person[0], role, start, start + dt.timedelta(hours=hours), no_show,
                           pay, score))
    _insert(con, "staff", staff)
    _insert(con, "events", events)
    _insert(con, "shifts", shifts)
    con.close()


# ------------------------------------------------------------------------------------------- facilities management
SITES = [("Meadowhall Retail Park", "Retail", "North"), ("St Luke's Hospital", "Hospital", "North"),
         ("Thornbury Primary School", "School", "South"), ("Canal Street Offices", "Office", "Midlands"),
         ("Gateway Logistics Hub", "Warehouse", "Midlands"), ("Kingsway House", "Office", "South"),
         ("Riverside Medical Centre", "Hospital", "Scotland"), ("Bay View Academy", "School", "Wales"),
         ("Eastfield Distribution Centre", "Warehouse", "North"), ("Queen Street Tower", "Office", "Scotland"),
         ("Orchard Shopping Centre", "Retail", "South"), ("Valley Leisure Centre", "Leisure", "Wales")]
TRADES = {"HVAC": (180, 1400), "Electrical": (90, 900), "Plumbing": (80, 700), "Cleaning": (40, 300),
          "Fire Safety": (120, 1100), "Lifts": (250, 2500)}
SLA = {"P1": 4, "P2": 24, "P3": 72, "P4": 240}
ENGINEERS = ["Gareth Price", "Shona MacLeod", "Tomasz Nowak", "Kelly Barnes", "Imran Sheikh", "Dave Hollis",
             "Aisha Bello", "Rory Fraser", "Megan Lloyd", "Paul Dempsey", "Leanne Ward", "Chris Oduya"]


def build_facilities(path: Path | str) -> None:
    """One wide work_orders table (2023-2024): completed_at / within_sla NULL while open, optional satisfaction."""
    rng = random.Random(4805)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE work_orders(wo_number VARCHAR PRIMARY KEY, site VARCHAR,
        building_type VARCHAR, region VARCHAR, trade VARCHAR, priority VARCHAR, raised_at TIMESTAMP,
        completed_at TIMESTAMP, engineer VARCHAR, labour_hours DOUBLE, cost_gbp DOUBLE, is_planned BOOLEAN,
        within_sla BOOLEAN, satisfaction INTEGER)""")
    rows = []
    trades = list(TRADES)
    for _ in range(4200):
        site = rng.choices(SITES, [10, 14, 6, 9, 8, 7, 10, 5, 8, 9, 9, 5])[0]
        trade = rng.choices(trades, [22, 20, 18, 20, 10, 10 if site[1] != "School" else 2])[0]
        planned = rng.random() < 0.35
        prio = "P4" if planned else rng.choices(["P1", "P2", "P3", "P4"], [10, 30, 40, 20])[0]
        raised = dt.datetime.combine(_day(rng, dt.date(2023, 1, 1), 731), dt.time(rng.randint(6, 21),
                                                                                   rng.randrange(60)))
        took = rng.expovariate(1 / (SLA[prio] * 0.7))
        done = raised + dt.timedelta(hours=round(took, 2))
        is_open = done > dt.datetime(2024, 12, 31, 17)
        lo, hi = TRADES[trade]
        hours = round(rng.uniform(0.5, 8.0), 1)
        cost = round(rng.uniform(lo, hi) * (1.4 if prio == "P1" else 1.0), 2)
        sat = None if is_open or rng.random() < 0.55 else rng.choices([1, 2, 3, 4, 5], [5, 8, 20, 37, 30])[0]
        rows.append([site[0], site[1], site[2], trade, prio, raised, None if is_open else done, rng.choice(ENGINEERS),
                     hours, cost, planned, None if is_open else took <= SLA[prio], sat])
    rows.sort(key=lambda r: r[5])
    rows = [(f"WO-{i:05d}", *r) for i, r in enumerate(rows, start=1)]
    _insert(con, "work_orders", rows)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "archpractice": build_archpractice,
    "equiphire": build_equiphire,
    "patents": build_patents,
    "eventstaff": build_eventstaff,
    "facilities": build_facilities,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval48-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval48-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval48-dbs"))
