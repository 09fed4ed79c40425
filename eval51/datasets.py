"""Builders of the eval51 development corpus: five DuckDB files in public-service domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `police.duckdb`: officers (date_joined, birth_year), reports (non-emergency reports, TIMESTAMP reported_at and
  closed_at, NULL closed_at while open; reports.officer_id is NOT a declared foreign key)
- `housing.duckdb`: properties, tenants (date_of_birth), repairs (NULL completed_date while open, optional
  satisfaction score; declared FKs)
- `lostproperty.duckdb`: claimants (birth_year), items (NULL claimed_date / claimant_id while unclaimed; declared FK)
- `cemetery.duckdb`: plots, burials (deceased date_of_birth / date_of_death, declared FK)
- `planning.duckdb`: one wide `applications` table (NULL decision_date and decision while pending, booleans)

Usage:
    python eval51/datasets.py OUTDIR

Example:
    >>> from eval51.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval51-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['cemetery.duckdb', 'housing.duckdb', 'lostproperty.duckdb', 'planning.duckdb', 'police.duckdb']
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


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Aidan", "Bethany", "Callum", "Danielle", "Eamon", "Fiona", "Gareth", "Harriet", "Imran", "Joanne", "Kieran",
         "Lorna", "Mohammed", "Niamh", "Owen", "Priya", "Rhys", "Siobhan", "Tariq", "Una", "Vikram", "Wanda", "Zoe",
         "Declan", "Megan", "Stuart"]
LAST = ["Ahmed", "Bradshaw", "Coulson", "Dempsey", "Evans", "Fletcher", "Gallagher", "Hughes", "Iqbal", "Jenkins",
        "Kerr", "Lambert", "McAllister", "Nolan", "O'Brien", "Patel", "Quinn", "Roberts", "Sutherland", "Turner",
        "Whitfield", "Yates"]

# ------------------------------------------------------------------------------------------------- police
POLICE_CATEGORIES = {  # category -> (weight, share resolved, mean hours to close)
    "noise complaint": (22, 0.9, 30), "antisocial behaviour": (18, 0.8, 70), "abandoned vehicle": (12, 0.85, 160),
    "lost or found property": (10, 0.95, 48), "minor theft": (14, 0.6, 240), "vandalism": (11, 0.7, 200),
    "fly-tipping": (8, 0.75, 120), "suspicious activity": (5, 0.9, 20),
}
DISTRICTS = ["North", "South", "East", "West", "City Centre"]
STATIONS = {"North": "Hillside", "South": "Riverside", "East": "Eastgate", "West": "Westfield",
            "City Centre": "Central"}


def build_police(path: Path | str) -> None:
    """officers (40) and reports (2023-2024, TIMESTAMPs, closed_at NULL while open); officer_id not declared."""
    rng = random.Random(5101)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE officers(officer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, rank VARCHAR, station VARCHAR, date_joined DATE, birth_year INTEGER,
        is_part_time BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE reports(report_id INTEGER PRIMARY KEY, reported_at TIMESTAMP,
        category VARCHAR, district VARCHAR, channel VARCHAR, officer_id INTEGER, status VARCHAR,
        closed_at TIMESTAMP, follow_up_needed BOOLEAN, victim_age INTEGER)""")
    officers = []
    for oid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 40), start=1):
        rank = rng.choices(["Constable", "Sergeant", "Inspector", "PCSO"], [55, 20, 5, 20])[0]
        district = DISTRICTS[(oid - 1) % len(DISTRICTS)]
        officers.append((oid, first, last, rank, STATIONS[district], _day(rng, dt.date(2002, 1, 1), 8000),
                         rng.randint(1965, 2000), rng.random() < 0.15))
    by_station = {s: [o for o in officers if o[4] == s] for s in STATIONS.values()}
    cats = list(POLICE_CATEGORIES)
    reports = []
    for rid in range(1, 4201):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        ts = dt.datetime.combine(day, dt.time(rng.choices(range(24), [1] * 7 + [3] * 10 + [4] * 7)[0],
                                              rng.randrange(60)))
        cat = rng.choices(cats, [POLICE_CATEGORIES[c][0] for c in cats])[0]
        district = rng.choices(DISTRICTS, [18, 20, 15, 17, 30])[0]
        app_weight = 12 if day.year == 2024 else 4
        channel = rng.choices(["phone 101", "online", "in person", "app"], [45, 35, 8, app_weight])[0]
        officer = rng.choice(by_station[STATIONS[district]])[0] if rng.random() < 0.9 else None
        _, resolved_share, hours = POLICE_CATEGORIES[cat]
        closed = ts + dt.timedelta(hours=rng.expovariate(1 / hours))
        if closed > dt.datetime(2024, 12, 31, 23, 59) or rng.random() > resolved_share + 0.08:
            status, closed = ("open" if officer else "awaiting allocation"), None
        else:
            status = rng.choices(["resolved", "no further action", "referred to council"], [60, 25, 15])[0]
        victim_age = None if rng.random() < 0.4 else rng.randint(16, 88)
        reports.append((rid, ts, cat, district, channel, officer, status, closed, rng.random() < 0.2, victim_age))
    reports.sort(key=lambda r: r[1])
    reports = [(i, *r[1:]) for i, r in enumerate(reports, start=1)]
    _insert(con, "officers", officers)
    _insert(con, "reports", reports)
    con.close()


# ----------------------------------------------------------------------------------------------- housing
ESTATES = {  # estate -> ward
    "Oakfield": "Northgate", "Meadow Court": "Northgate", "Canal Side": "Riverside", "St Anne's": "Riverside",
    "Hilltop": "Upper Town", "Foundry Lane": "Upper Town", "Brookvale": "Southmead",
}
TRADES = {"plumbing": (30, 180.0), "electrical": (20, 220.0), "carpentry": (15, 150.0), "roofing": (8, 650.0),
          "damp and mould": (12, 480.0), "heating": (15, 300.0)}
CONTRACTORS = ["Apex Building Services", "Northway Maintenance", "in-house DLO", "CityFix Ltd"]


def build_housing(path: Path | str) -> None:
    """properties (300), tenants (300, date_of_birth), repairs (2022-2024; declared FKs, NULLs with meaning)."""
    rng = random.Random(5102)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE properties(property_id INTEGER PRIMARY KEY, address VARCHAR,
        estate VARCHAR, ward VARCHAR, property_type VARCHAR, bedrooms INTEGER, year_built INTEGER,
        has_gas_supply BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tenants(tenant_id INTEGER PRIMARY KEY,
        property_id INTEGER REFERENCES properties(property_id), first_name VARCHAR, last_name VARCHAR,
        date_of_birth DATE, tenancy_start DATE, is_vulnerable BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE repairs(repair_id INTEGER PRIMARY KEY,
        property_id INTEGER REFERENCES properties(property_id), tenant_id INTEGER REFERENCES tenants(tenant_id),
        reported_date DATE, trade VARCHAR, priority VARCHAR, contractor VARCHAR, target_days INTEGER,
        completed_date DATE, cost DOUBLE, satisfaction_score INTEGER, is_recall BOOLEAN)""")
    streets = ["Elm Road", "Canal Street", "Mill Lane", "Victoria Terrace", "Park Avenue", "Church Walk", "Kiln Close"]
    estates = list(ESTATES)
    properties = []
    for pid in range(1, 301):
        estate = rng.choices(estates, [20, 10, 18, 12, 15, 10, 15])[0]
        ptype = rng.choices(["flat", "maisonette", "house", "bungalow"], [50, 15, 28, 7])[0]
        beds = {"flat": rng.choice([1, 1, 2, 2, 3]), "maisonette": rng.choice([2, 3]),
                "house": rng.choice([2, 3, 3, 4]), "bungalow": rng.choice([1, 2])}[ptype]
        properties.append((pid, f"{rng.randint(1, 180)} {rng.choice(streets)}", estate, ESTATES[estate], ptype, beds,
                           rng.randint(1948, 2015), rng.random() < 0.8))
    tenants = []
    for tid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 300), start=1):
        tenants.append((tid, tid, first, last, _day(rng, dt.date(1940, 1, 1), 365 * 62),
                        _day(rng, dt.date(2005, 1, 1), 6200), rng.random() < 0.18))
    trades = list(TRADES)
    repairs = []
    for rid in range(1, 2401):
        tenant = rng.choice(tenants)
        prop = properties[tenant[1] - 1]
        day = _day(rng, dt.date(2022, 1, 1), 1096)
        trade = rng.choices(trades, [TRADES[t][0] for t in trades])[0]
        if trade == "heating" and not prop[7]:
            trade = "electrical"
        priority = rng.choices(["emergency", "urgent", "routine"], [12, 28, 60])[0]
        target = {"emergency": 1, "urgent": 7, "routine": 28}[priority]
        days = max(0, int(rng.expovariate(1 / (target * 1.1))))
        done = day + dt.timedelta(days=days)
        cancelled = rng.random() < 0.04
        completed = None if done > END or cancelled else done
        cost = round(TRADES[trade][1] * rng.uniform(0.4, 1.8), 2) if completed else None
        score = rng.choices([1, 2, 3, 4, 5], [8, 10, 20, 35, 27])[0] if completed and rng.random() < 0.55 else None
        repairs.append((rid, prop[0], tenant[0], day, trade, priority, rng.choice(CONTRACTORS), target, completed, cost,
                        score, bool(completed) and rng.random() < 0.09))
    repairs.sort(key=lambda r: (r[3], r[0]))
    repairs = [(i, *r[1:]) for i, r in enumerate(repairs, start=1)]
    _insert(con, "properties", properties)
    _insert(con, "tenants", tenants)
    _insert(con, "repairs", repairs)
    con.close()


# ----------------------------------------------------------------------------------------- lost property
LOCATIONS = ["King's Cross", "Victoria Coach Station", "Bus Route 38", "Bus Route 73", "Central Library",
             "Town Hall", "Riverside Park", "Tram Line 2"]
ITEM_CATEGORIES = {  # category -> (weight, value range, claim rate)
    "umbrella": (18, (5, 30), 0.15), "phone": (14, (80, 900), 0.75), "wallet": (12, (10, 150), 0.7),
    "keys": (14, (5, 60), 0.55), "bag": (12, (20, 400), 0.5), "clothing": (13, (10, 120), 0.2),
    "jewellery": (5, (50, 2500), 0.6), "laptop": (4, (300, 1800), 0.85), "documents": (8, (0, 0), 0.65),
}


def build_lostproperty(path: Path | str) -> None:
    """claimants (350, birth_year), items (2023-2024; claimed_date / claimant_id NULL while unclaimed; declared FK)."""
    rng = random.Random(5103)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE claimants(claimant_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, postcode_area VARCHAR, email_opt_in BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE items(item_id INTEGER PRIMARY KEY, found_date DATE, found_location VARCHAR,
        category VARCHAR, colour VARCHAR, estimated_value DOUBLE, handed_in_by VARCHAR,
        claimant_id INTEGER REFERENCES claimants(claimant_id), claimed_date DATE, claim_fee DOUBLE,
        disposed BOOLEAN, disposal_method VARCHAR)""")
    claimants = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 350), start=1):
        claimants.append((cid, first, last, rng.randint(1945, 2006), rng.choice(["N", "E", "SE", "SW", "W", "NW"]),
                          rng.random() < 0.4))
    cats = list(ITEM_CATEGORIES)
    colours = ["black", "blue", "red", "grey", "brown", "green", "silver", "white"]
    items = []
    for iid in range(1, 3001):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        cat = rng.choices(cats, [ITEM_CATEGORIES[c][0] for c in cats])[0]
        lo, hi = ITEM_CATEGORIES[cat][1]
        value = round(rng.uniform(lo, hi), 2) if hi else 0.0
        claimed = None
        claimant = None
        if rng.random() < ITEM_CATEGORIES[cat][2]:
            claimed = day + dt.timedelta(days=int(rng.expovariate(1 / 6)))
            claimed = None if claimed > END else claimed
            claimant = rng.randint(1, 350) if claimed else None
        fee = None if claimed is None else (0.0 if value < 20 else 3.0 if value < 200 else 10.0)
        disposed = claimed is None and (END - day).days > 90 and rng.random() < 0.8
        method = rng.choices(["charity", "auction", "destroyed"], [50, 30, 20])[0] if disposed else None
        items.append((iid, day, rng.choices(LOCATIONS, [20, 10, 14, 12, 8, 6, 9, 11])[0], cat, rng.choice(colours),
                      value, rng.choice(["staff", "public", "cleaner"]), claimant, claimed, fee, disposed, method))
    items.sort(key=lambda r: (r[1], r[0]))
    items = [(i, *r[1:]) for i, r in enumerate(items, start=1)]
    _insert(con, "claimants", claimants)
    _insert(con, "items", items)
    con.close()


# ---------------------------------------------------------------------------------------------- cemetery
SECTIONS = {"A": ("traditional", 1450.0), "B": ("traditional", 1250.0), "C": ("lawn", 980.0), "D": ("lawn", 980.0),
            "E": ("cremated remains", 420.0), "W": ("woodland", 760.0)}
DIRECTORS = ["Hartley & Sons", "Co-op Funeralcare", "Dignity Funerals", "Greenway Natural Burials", "M. Okafor Ltd"]


def build_cemetery(path: Path | str) -> None:
    """plots (600, some unsold) and burials (2022-2024, deceased date_of_birth/date_of_death; declared FK)."""
    rng = random.Random(5104)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE plots(plot_id INTEGER PRIMARY KEY, section VARCHAR, plot_type VARCHAR,
        plot_number INTEGER, price DOUBLE, capacity INTEGER, is_reserved BOOLEAN, purchased_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE burials(burial_id INTEGER PRIMARY KEY,
        plot_id INTEGER REFERENCES plots(plot_id), deceased_first_name VARCHAR, deceased_last_name VARCHAR,
        sex VARCHAR, date_of_birth DATE, date_of_death DATE, burial_date DATE, service_type VARCHAR,
        funeral_director VARCHAR, interment_fee DOUBLE, headstone_installed BOOLEAN, religion VARCHAR)""")
    plots = []
    secs = list(SECTIONS)
    for pid in range(1, 601):
        sec = secs[(pid - 1) % len(secs)]
        ptype, price = SECTIONS[sec]
        sold = rng.random() < 0.55
        reserved = sold and rng.random() < 0.25
        plots.append((pid, sec, ptype, (pid - 1) // len(secs) + 1, price, 1 if ptype == "cremated remains" else
                      rng.choice([1, 2, 2, 3]), reserved, _day(rng, dt.date(2015, 1, 1), 3650) if sold else None))
    sold_plots = [p for p in plots if p[7] is not None and not p[6]]
    names = _unique_names(rng, FIRST, LAST, 420)
    burials = []
    for bid, (first, last) in enumerate(names, start=1):
        plot = rng.choice(sold_plots)
        burial = _day(rng, dt.date(2022, 1, 10), 1087)
        death = burial - dt.timedelta(days=rng.randint(4, 21))
        born = death - dt.timedelta(days=int(365.25 * max(1, min(104, rng.gauss(79, 11)))) + rng.randrange(365))
        service = "cremated remains" if plot[2] == "cremated remains" else rng.choices(["burial", "natural burial"],
                                                                                        [85, 15])[0]
        director = "Greenway Natural Burials" if plot[2] == "woodland" else rng.choice(DIRECTORS[:3] + DIRECTORS[4:])
        fee = {"burial": 1100.0, "natural burial": 850.0, "cremated remains": 350.0}[service]
        fee = round(fee * (1 + 0.05 * (burial.year - 2022)), 2)
        burials.append((bid, plot[0], first, last, rng.choice(["F", "M"]), born, death, burial, service, director, fee,
                        (END - burial).days > 180 and rng.random() < 0.7,
                        rng.choices(["Church of England", "Catholic", "Muslim", "non-religious", "Jewish", "Sikh"],
                                    [35, 18, 12, 25, 4, 6])[0]))
    burials.sort(key=lambda r: (r[7], r[0]))
    burials = [(i, *r[1:]) for i, r in enumerate(burials, start=1)]
    _insert(con, "plots", plots)
    _insert(con, "burials", burials)
    con.close()


# ---------------------------------------------------------------------------------------------- planning
APP_TYPES = {"householder": (45, 206.0, 0.88, 50), "full": (20, 578.0, 0.72, 70), "outline": (6, 578.0, 0.6, 90),
             "change of use": (10, 578.0, 0.7, 60), "listed building": (7, 0.0, 0.8, 65),
             "tree works": (12, 0.0, 0.93, 35)}
WARDS = ["Abbey", "Castle", "Hillcrest", "Kingsmead", "Riverside", "Westbury"]
PLANNERS = ["Helen Marsh", "Raj Kapoor", "Sean Doyle", "Amy Fairbairn", "Tom Whitaker", "Grace Liu"]


def build_planning(path: Path | str) -> None:
    """One wide applications table (2022-2024): NULL decision/decision_date while pending, booleans, fees."""
    rng = random.Random(5105)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE applications(application_ref VARCHAR PRIMARY KEY, received_date DATE,
        validated_date DATE, decision_date DATE, ward VARCHAR, application_type VARCHAR, applicant_name VARCHAR,
        agent_name VARCHAR, case_officer VARCHAR, fee_paid DOUBLE, dwellings_proposed INTEGER,
        objections INTEGER, decision VARCHAR, is_major BOOLEAN, committee_decision BOOLEAN, appealed BOOLEAN)""")
    types = list(APP_TYPES)
    agents = ["Studio Forma Architects", "Bennett Planning", "Harrow & Lane", "Urbanist Design"]
    rows = []
    for n in range(1, 2201):
        day = _day(rng, dt.date(2022, 1, 1), 1096)
        atype = rng.choices(types, [APP_TYPES[t][0] for t in types])[0]
        _, fee, approve, days = APP_TYPES[atype]
        dwellings = 0 if atype in ("householder", "listed building", "tree works") else rng.choices(
            [0, 1, 2, 4, 9, 12, 30, 80], [30, 25, 15, 10, 8, 6, 4, 2])[0]
        major = dwellings >= 10
        fee_paid = round(fee * max(1, dwellings), 2) if fee else 0.0
        objections = int(rng.expovariate(1 / (12 if major else 2)))
        validated = day + dt.timedelta(days=rng.randint(1, 20))
        decided = validated + dt.timedelta(days=int(rng.gauss(days * (1.6 if major else 1), 15)))
        committee = major or objections >= 8
        withdrawn = rng.random() < 0.05
        if decided > END:
            decided, decision = None, None
        elif withdrawn:
            decision = "withdrawn"
        else:
            p = approve - (0.2 if objections >= 8 else 0)
            decision = "approved" if rng.random() < p else "refused"
        appealed = decision == "refused" and rng.random() < 0.3
        first, last = rng.choice(FIRST), rng.choice(LAST)
        rows.append((f"{day.year % 100:02d}/{n:05d}/{atype[:3].upper()}", day, validated, decided, rng.choice(WARDS),
                     atype, f"{first} {last}", rng.choice(agents) if rng.random() < 0.55 else None,
                     rng.choice(PLANNERS), fee_paid, dwellings, objections, decision, major, committee, appealed))
    _insert(con, "applications", rows)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "police": build_police,
    "housing": build_housing,
    "lostproperty": build_lostproperty,
    "cemetery": build_cemetery,
    "planning": build_planning,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval51-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval51-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval51-dbs"))
