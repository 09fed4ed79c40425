"""Builders of the forty-ninth evaluation corpus: five DuckDB files for small trades businesses.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `plumbing.duckdb`: plumbers (date_of_birth, gas_safe), customers, jobs (declared FKs; booked_at TIMESTAMP,
  completed_date NULL unless completed, invoice_total NULL when nothing was billed, optional customer_rating)
- `electrical.duckdb`: electricians (birth_year, is_subcontractor), site_jobs (elec_id is NOT a declared foreign
  key; end_date NULL while the job is ongoing, final_price NULL until invoiced)
- `skiphire.duckdb`: depots, drivers (date_of_birth), hires (declared FKs; collected_on NULL while the skip is still
  on site, weight_tonnes NULL until weighed at collection, booleans permit_required and paid)
- `chimney.duckdb`: one wide `visits` table (visit_at TIMESTAMP, sweep_name, nullable soot_litres, booleans)
- `carpetclean.duckdb`: customers (loyalty_tier, is_landlord), cleans (declared FK, optional rating)

Usage:
    python eval49/datasets.py OUTDIR

Example:
    >>> from eval49.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval49-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['carpetclean.duckdb', 'chimney.duckdb', 'electrical.duckdb', 'plumbing.duckdb', 'skiphire.duckdb']
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


FIRST = ["Aaron", "Bethany", "Callum", "Dominic", "Eleanor", "Finn", "Gemma", "Harvey", "Imogen", "Jamal", "Kieran",
         "Lauren", "Mohammed", "Niamh", "Owen", "Priya", "Quentin", "Rhys", "Siobhan", "Tariq", "Uma", "Wayne",
         "Yasmin", "Zoe"]
LAST = ["Ashworth", "Bainbridge", "Cartwright", "Doherty", "Evans", "Fletcher", "Gallagher", "Hughes", "Iqbal",
        "Jenkins", "Kaur", "Lloyd", "McAllister", "Nolan", "O'Brien", "Pritchard", "Quinn", "Rowlands", "Sutcliffe",
        "Tennant", "Walsh", "Yates"]
TOWNS = ["Leeds", "Bradford", "Wakefield", "Harrogate", "York", "Huddersfield"]

# ------------------------------------------------------------------------------------------------- plumbing
JOB_TYPES = {  # job type -> (mean labour hours, mean parts cost)
    "boiler repair": (2.5, 140.0), "boiler service": (1.2, 15.0), "leak repair": (1.5, 35.0),
    "blocked drain": (1.3, 10.0), "bathroom install": (22.0, 1800.0), "radiator fitting": (3.0, 160.0),
    "tap replacement": (1.0, 55.0),
}


def build_plumbing(path: Path | str) -> None:
    """plumbers (14), customers (420), jobs (2023-2025; completed_date NULL unless completed)."""
    rng = random.Random(4901)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE plumbers(plumber_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, hired_on DATE, gas_safe BOOLEAN, hourly_rate DOUBLE, area VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR,
        customer_type VARCHAR, town VARCHAR, has_service_plan BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE jobs(job_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), plumber_id INTEGER REFERENCES plumbers(plumber_id),
        job_type VARCHAR, booked_at TIMESTAMP, completed_date DATE, status VARCHAR, is_emergency BOOLEAN,
        labour_hours DOUBLE, parts_cost DOUBLE, invoice_total DOUBLE, customer_rating INTEGER)""")
    plumbers = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 14), start=1):
        dob = _day(rng, dt.date(1962, 1, 1), 365 * 38)
        hired = _day(rng, dt.date(2012, 1, 1), 365 * 12)
        rate = round(rng.choice([45.0, 50.0, 55.0, 60.0, 65.0]) + (5.0 if pid % 3 == 0 else 0.0), 2)
        plumbers.append((pid, first, last, dob, hired, rng.random() < 0.65, rate, rng.choice(["North", "South",
                                                                                                "East", "West"])))
    customers = []
    for cid in range(1, 421):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        ctype = rng.choices(["homeowner", "landlord", "commercial"], [70, 20, 10])[0]
        name = f"{last} {rng.choice(['Lettings', 'Properties', 'Estates'])}" if ctype == "landlord" else (
            f"{rng.choice(['The Red Lion', 'Greenway Cafe', 'Oakfield School', 'Parkside Surgery', 'Mill Lane Gym'])}"
            f" {cid}" if ctype == "commercial" else f"{first} {last}")
        customers.append((cid, name, ctype, rng.choice(TOWNS), rng.random() < 0.3))
    jobs = []
    gas_safe = {p[0] for p in plumbers if p[5]}
    for jid in range(1, 2401):
        day = _day(rng, dt.date(2023, 1, 1), 1096)
        booked = dt.datetime.combine(day, dt.time(rng.randint(7, 19), rng.choice([0, 15, 30, 45])))
        jtype = rng.choices(list(JOB_TYPES), [14, 20, 22, 16, 3, 10, 15])[0]
        pool = sorted(gas_safe) if jtype.startswith("boiler") else list(range(1, 15))
        pid = rng.choice(pool)
        status = rng.choices(["completed", "cancelled", "no access"], [86, 9, 5])[0]
        emergency = jtype in {"leak repair", "blocked drain", "boiler repair"} and rng.random() < 0.35
        completed = hours = parts = total = rating = None
        if status == "completed":
            completed = min(day + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2]) + (6 if jtype == "bathroom install"
                                                                                   else 0)), dt.date(2025, 12, 31))
            mean_h, mean_p = JOB_TYPES[jtype]
            hours = round(max(0.5, rng.gauss(mean_h, mean_h * 0.3)) * 2) / 2
            parts = round(max(0.0, rng.gauss(mean_p, mean_p * 0.35)), 2)
            rate = plumbers[pid - 1][6] * (1.5 if emergency else 1.0)
            total = round(hours * rate + parts, 2)
            rating = rng.choices([None, 1, 2, 3, 4, 5], [45, 2, 3, 8, 20, 22])[0]
        elif status == "no access":
            total = 45.0  # call-out charge
        jobs.append((jid, rng.randint(1, 420), pid, jtype, booked, completed, status, emergency, hours, parts,
                     total, rating))
    _insert(con, "plumbers", plumbers)
    _insert(con, "customers", customers)
    _insert(con, "jobs", jobs)
    con.close()


# ------------------------------------------------------------------------------------------------- electrical
WORK_TYPES = {  # work type -> (mean price, mean days on site)
    "full rewire": (5200.0, 6), "consumer unit upgrade": (650.0, 1), "EV charger install": (1050.0, 1),
    "solar PV install": (6400.0, 3), "fault finding": (180.0, 1), "EICR inspection": (190.0, 1),
    "lighting upgrade": (900.0, 2),
}
QUALIFIED_ONLY = {"full rewire", "solar PV install", "EICR inspection"}


def build_electrical(path: Path | str) -> None:
    """electricians (18), site_jobs (2023-2025; elec_id undeclared; end_date NULL while ongoing)."""
    rng = random.Random(4902)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE electricians(elec_id INTEGER PRIMARY KEY, full_name VARCHAR,
        grade VARCHAR, birth_year INTEGER, start_date DATE, is_subcontractor BOOLEAN, van_reg VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE site_jobs(job_ref VARCHAR PRIMARY KEY, elec_id INTEGER,
        client_name VARCHAR, site_type VARCHAR, work_type VARCHAR, town VARCHAR, quoted_price DOUBLE,
        final_price DOUBLE, start_date DATE, end_date DATE, certificate_issued BOOLEAN, needed_dno_approval BOOLEAN)""")
    grades = ["apprentice", "electrician", "approved electrician", "supervisor"]
    electricians = []
    for eid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 18), start=1):
        grade = rng.choices(grades, [3, 6, 6, 2])[0]
        born = rng.randint(1998, 2005) if grade == "apprentice" else rng.randint(1965, 1996)
        electricians.append((eid, f"{first} {last}", grade, born, _day(rng, dt.date(2014, 1, 1), 365 * 10),
                             rng.random() < 0.3, f"YK{rng.randint(15, 24)} {rng.choice('ABCDEFGH')}"
                             f"{rng.choice('JKLMNPRS')}{rng.choice('TUVWXYZ')}"))
    firms = ["Acorn Builders", "Brightside Homes", "Calder Housing", "Dales Dental", "Elm Tree Nursery",
             "Fernleigh Hotel", "Granary Offices", "Harrogate Golf Club", "Ivy Court Flats", "Jubilee Garage"]
    jobs = []
    for n in range(1, 1301):
        wtype = rng.choices(list(WORK_TYPES), [6, 16, 14, 7, 22, 25, 10])[0]
        site = rng.choices(["domestic", "commercial", "industrial"], [70, 24, 6])[0]
        client = rng.choice(firms) if site != "domestic" else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        mean_price, mean_days = WORK_TYPES[wtype]
        quoted = round(max(80.0, rng.gauss(mean_price, mean_price * 0.25)) * (1.4 if site != "domestic" else 1), 2)
        start = _day(rng, dt.date(2023, 1, 1), 1096)
        end = start + dt.timedelta(days=max(0, int(rng.gauss(mean_days, mean_days * 0.4))) + rng.choice([0, 0, 1]))
        final = round(quoted * rng.choice([1.0, 1.0, 1.0, 1.05, 1.12, 0.95]), 2)
        if end > dt.date(2025, 12, 31) or (start > dt.date(2025, 11, 15) and rng.random() < 0.5):
            end, final = None, None  # still ongoing at the end of the data
        elif rng.random() < 0.04:
            final = None  # finished but not yet invoiced
        eid = rng.choices(range(1, 19), [1 + (i % 4) for i in range(18)])[0]
        if wtype in QUALIFIED_ONLY and electricians[eid - 1][2] == "apprentice":  # apprentices never lead these
            eid = rng.choice([e[0] for e in electricians if e[2] != "apprentice"])
        cert = end is not None and wtype != "fault finding" and rng.random() < 0.93
        dno = wtype in {"EV charger install", "solar PV install"} and rng.random() < 0.6
        jobs.append((f"EJ-{n:05d}", eid, client, site, wtype, rng.choice(TOWNS), quoted, final, start, end, cert,
                     dno))
    _insert(con, "electricians", electricians)
    _insert(con, "site_jobs", jobs)
    con.close()


# ------------------------------------------------------------------------------------------------- skip hire
SKIP_SIZES = {"2 yard mini": 160.0, "4 yard midi": 210.0, "6 yard builders": 260.0, "8 yard builders": 300.0,
              "12 yard maxi": 390.0}
DEPOTS = [(1, "Castleford Yard", "Castleford"), (2, "Batley Depot", "Batley"), (3, "Selby Road", "Selby"),
          (4, "Pontefract Lane", "Leeds")]


def build_skiphire(path: Path | str) -> None:
    """depots (4), drivers (16), hires (2022-2024; collected_on NULL while still on site)."""
    rng = random.Random(4903)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE depots(depot_id INTEGER PRIMARY KEY, depot_name VARCHAR, town VARCHAR,
        opened_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE drivers(driver_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, depot_id INTEGER REFERENCES depots(depot_id), hgv_class VARCHAR,
        is_agency BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE hires(hire_id INTEGER PRIMARY KEY,
        depot_id INTEGER REFERENCES depots(depot_id), driver_id INTEGER REFERENCES drivers(driver_id),
        customer_name VARCHAR, customer_type VARCHAR, skip_size VARCHAR, waste_type VARCHAR, delivered_on DATE,
        collected_on DATE, hire_price DOUBLE, weight_tonnes DOUBLE, permit_required BOOLEAN, paid BOOLEAN)""")
    depots = [(d, name, town, year) for (d, name, town), year in zip(DEPOTS, [2009, 2014, 2017, 2021])]
    drivers = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 16), start=1):
        drivers.append((did, first, last, _day(rng, dt.date(1960, 1, 1), 365 * 40), (did - 1) % 4 + 1,
                        rng.choice(["C", "C1", "C+E"]), rng.random() < 0.25))
    builders = ["Northside Construction", "Kirk Roofing", "Aire Valley Builders", "Moorland Landscapes",
                "Pennine Plastering", "Wharfe Renovations"]
    hires = []
    for hid in range(1, 3201):
        depot = rng.choices([1, 2, 3, 4], [35, 30, 20, 15])[0]
        driver = rng.choice([d[0] for d in drivers if d[4] == depot])
        ctype = rng.choices(["domestic", "trade"], [62, 38])[0]
        customer = rng.choice(builders) if ctype == "trade" else f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        size = rng.choices(list(SKIP_SIZES), [18, 24, 26, 22, 10])[0]
        waste = rng.choices(["general waste", "garden waste", "rubble", "mixed construction"], [45, 15, 20, 20])[0]
        delivered = _day(rng, dt.date(2022, 1, 1), 1096)
        collected = delivered + dt.timedelta(days=rng.randint(3, 21))
        density = {"rubble": 1.6, "garden waste": 0.55, "mixed construction": 1.2}.get(waste, 0.8)
        weight = round(rng.uniform(0.4, 1.0) * float(size.split()[0]) * 0.4 * density, 2)
        if collected > dt.date(2024, 12, 31):
            collected, weight = None, None
        permit = rng.random() < 0.18
        price = round(SKIP_SIZES[size] * (1.15 if depot == 4 else 1.0) + (45.0 if permit else 0.0)
                      + (30.0 if waste == "rubble" else 0.0), 2)
        paid = rng.random() < (0.97 if ctype == "domestic" else 0.85)
        hires.append((hid, depot, driver, customer, ctype, size, waste, delivered, collected, price, weight, permit,
                      paid))
    _insert(con, "depots", depots)
    _insert(con, "drivers", drivers)
    _insert(con, "hires", hires)
    con.close()


# ------------------------------------------------------------------------------------------------- chimney sweep
APPLIANCES = {"open fire": 75.0, "wood burner": 85.0, "multi-fuel stove": 85.0, "range cooker": 95.0,
              "inglenook": 120.0}
SWEEPS = ["Gareth Pryce", "Hannah Moss", "Ian Whitaker", "Jess Holroyd", "Ken Barraclough"]


def _sweep_day(rng: random.Random) -> dt.date:
    """A working day in 2023-2025 (no Sundays, Christmas or New Year's Day), busier in autumn than in summer."""
    while True:
        day = _day(rng, dt.date(2023, 1, 1), 1096)
        if day.month in (6, 7, 8) and rng.random() < 0.5:  # quiet summers: push half into autumn
            day = day.replace(month=rng.choice([9, 10, 11]), day=min(day.day, 30))
        if day.weekday() != 6 and (day.month, day.day) not in {(12, 25), (12, 26), (1, 1)}:
            return day


def build_chimney(path: Path | str) -> None:
    """One wide `visits` table, 2023-2025 (soot_litres NULL when not measured)."""
    rng = random.Random(4904)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE visits(visit_id INTEGER PRIMARY KEY, visit_at TIMESTAMP,
        sweep_name VARCHAR, customer_postcode VARCHAR, village VARCHAR, appliance VARCHAR, fuel VARCHAR,
        price DOUBLE, duration_min INTEGER, soot_litres DOUBLE, bird_nest_removed BOOLEAN, cctv_survey BOOLEAN,
        certificate_issued BOOLEAN, repeat_customer BOOLEAN, paid_by VARCHAR)""")
    villages = ["Haworth", "Hebden Bridge", "Ilkley", "Otley", "Skipton", "Settle", "Grassington"]
    visits = []
    for vid in range(1, 2201):
        day = _sweep_day(rng)
        at = dt.datetime.combine(day, dt.time(rng.randint(8, 16), rng.choice([0, 30])))
        appliance = rng.choices(list(APPLIANCES), [28, 34, 22, 8, 8])[0]
        fuel = "wood" if appliance in {"wood burner", "inglenook"} else rng.choice(["wood", "coal", "smokeless"])
        cctv = rng.random() < 0.12
        nest = rng.random() < (0.2 if day.month in (3, 4, 5, 6) else 0.05)
        price = APPLIANCES[appliance] + (60.0 if cctv else 0.0) + (40.0 if nest else 0.0)
        soot = None if rng.random() < 0.2 else round(rng.uniform(0.5, 6.0) * (1.5 if fuel == "coal" else 1), 1)
        village = rng.choice(villages)
        visits.append((vid, at, rng.choices(SWEEPS, [30, 25, 20, 15, 10])[0],
                       f"BD{rng.randint(20, 24)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJ')}{rng.choice('LNPQRSTU')}",
                       village, appliance, fuel, price, int(rng.gauss(55, 12) + (25 if cctv else 0)), soot, nest,
                       cctv, rng.random() < 0.92, rng.random() < 0.55, rng.choices(["card", "cash", "bank transfer"],
                                                                                  [55, 25, 20])[0]))
    _insert(con, "visits", visits)
    con.close()


# ------------------------------------------------------------------------------------------------- carpet cleaning
SERVICES = {"carpet clean": 28.0, "upholstery clean": 60.0, "rug clean": 45.0, "stain removal": 35.0,
            "end of tenancy": 40.0}
TECHNICIANS = ["Lee", "Marta", "Nathan", "Olu", "Petra", "Robbie"]


def build_carpetclean(path: Path | str) -> None:
    """customers (650), cleans (2022-2024; rating optional)."""
    rng = random.Random(4905)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(cust_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, city VARCHAR, signup_date DATE, loyalty_tier VARCHAR, is_landlord BOOLEAN,
        has_pets BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE cleans(clean_id INTEGER PRIMARY KEY,
        cust_id INTEGER REFERENCES customers(cust_id), clean_date DATE, service VARCHAR, rooms INTEGER,
        area_sqm DOUBLE, price DOUBLE, discount DOUBLE, technician VARCHAR, rating INTEGER, is_repeat BOOLEAN)""")
    cities = ["Manchester", "Stockport", "Bolton", "Salford", "Oldham", "Bury"]
    customers = []
    for cid in range(1, 651):
        tier = rng.choices(["bronze", "silver", "gold"], [60, 28, 12])[0]
        customers.append((cid, rng.choice(FIRST), rng.choice(LAST), rng.choice(cities),
                          _day(rng, dt.date(2020, 1, 1), 365 * 5), tier, rng.random() < 0.15, rng.random() < 0.4))
    cleans = []
    for n in range(1, 2801):
        cid = rng.randint(1, 650)
        signup = customers[cid - 1][4]
        start = max(signup, dt.date(2022, 1, 1))
        if start > dt.date(2024, 12, 20):
            continue
        day = _day(rng, start, (dt.date(2024, 12, 31) - start).days + 1)
        service = rng.choices(list(SERVICES), [50, 15, 10, 12, 13])[0]
        if customers[cid - 1][6] and rng.random() < 0.6:
            service = "end of tenancy"
        rooms = rng.randint(1, 5) if service in {"carpet clean", "end of tenancy"} else 1
        area = round(rooms * rng.uniform(9, 18), 1) if rooms and service != "upholstery clean" else round(
            rng.uniform(2, 8), 1)
        tier = customers[cid - 1][5]
        discount = {"bronze": 0.0, "silver": 0.05, "gold": 0.10}[tier]
        price = round((SERVICES[service] * rooms + area * 0.6) * (1 - discount), 2)
        rating = rng.choices([None, 2, 3, 4, 5], [40, 3, 9, 23, 25])[0]
        cleans.append((n, cid, day, service, rooms, area, price, discount, rng.choice(TECHNICIANS), rating))
    cleans.sort(key=lambda r: (r[2], r[0]))
    first_seen: set[int] = set()
    ordered = []
    for i, row in enumerate(cleans, start=1):
        ordered.append((i, *row[1:], row[1] in first_seen))  # is_repeat: not the customer's first clean
        first_seen.add(row[1])
    _insert(con, "customers", customers)
    _insert(con, "cleans", ordered)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "plumbing": build_plumbing,
    "electrical": build_electrical,
    "skiphire": build_skiphire,
    "chimney": build_chimney,
    "carpetclean": build_carpetclean,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval49-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval49-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval49-dbs"))
