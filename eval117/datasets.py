"""Builders of the hundred-and-seventeenth (held-out) evaluation corpus: five DuckDB files in five leisure and
service domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `canalboats.duckdb`: a canal boat hire company's boats, customers (birth date), hires (end date NULL while the
  boat is still out, locks passed) and breakdowns
- `swimpool.duckdb`: a swimming pool's lanes, members (birth year), swims (lengths, entry and exit timestamps) and
  lessons (`swims.lane_id` is only implied by its name, not declared)
- `winebar.duckdb`: a wine bar's wines (region, vintage NULL for non-vintage), staff (birth date), tab line items and
  tastings (camelCase columns)
- `allotments.duckdb`: an allotment society's plot holders (birth date), plots (size, holder NULL while vacant),
  rent payments and inspections (outcome, re-inspection date NULL when none is needed)
- `taxis.duckdb`: a taxi dispatch office's drivers (birth date), vehicles, rides (pickup/dropoff timestamps, fare,
  tip; dropoff NULL when the ride never happened) and complaints (closed date NULL while open)

Usage:
    python eval117/datasets.py OUTDIR

Example:
    >>> from eval117.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval117-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['allotments.duckdb', 'canalboats.duckdb', 'swimpool.duckdb', 'taxis.duckdb', 'winebar.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 8, last_hour: int = 18) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Alys", "Barnaby", "Catrin", "Dominic", "Esme", "Finlay", "Georgia", "Harvey", "Imogen", "Jasper", "Kezia",
         "Leon", "Mabel", "Nathaniel", "Orla", "Patrick", "Rosalind", "Stanley", "Tilly", "Umar", "Verity", "Wilf",
         "Xanthe", "Zeke"]
LAST = ["Abbott", "Blackwood", "Carrick", "Dunmore", "Eastwood", "Fenwick", "Goodall", "Hargreaves", "Ingram",
        "Jowett", "Kettley", "Lindley", "Merriman", "Northcott", "Oldroyd", "Pickering", "Quayle", "Rushworth",
        "Staveley", "Tennant", "Underhill", "Wadsworth"]

# ------------------------------------------------------------------------------------------------- canal boats
BOATS = [("Kingfisher", "narrowboat", 4, 57, "Braunston"), ("Heron", "narrowboat", 6, 62, "Braunston"),
         ("Otter", "narrowboat", 2, 45, "Braunston"), ("Damselfly", "narrowboat", 4, 58, "Braunston"),
         ("Mallard", "widebeam", 8, 60, "Braunston"), ("Moorhen", "narrowboat", 4, 55, "Skipton"),
         ("Curlew", "narrowboat", 6, 66, "Skipton"), ("Wagtail", "narrowboat", 2, 42, "Skipton"),
         ("Dipper", "cruiser", 4, 34, "Skipton"), ("Lapwing", "widebeam", 6, 56, "Skipton"),
         ("Teasel", "narrowboat", 4, 57, "Llangollen"), ("Bramble", "narrowboat", 6, 64, "Llangollen"),
         ("Foxglove", "narrowboat", 2, 40, "Llangollen"), ("Sorrel", "narrowboat", 4, 52, "Llangollen"),
         ("Willow", "cruiser", 2, 30, "Llangollen"), ("Alder", "narrowboat", 8, 70, "Hebden Bridge"),
         ("Rowan", "narrowboat", 4, 58, "Hebden Bridge"), ("Hazel", "narrowboat", 6, 62, "Hebden Bridge"),
         ("Bullrush", "widebeam", 6, 57, "Hebden Bridge"), ("Marigold", "cruiser", 4, 32, "Hebden Bridge"),
         ("Pipistrelle", "narrowboat", 2, 45, "Braunston"), ("Samphire", "narrowboat", 6, 68, "Skipton")]
FAULTS = {"engine": 6, "propeller fouled": 8, "battery": 5, "bilge pump": 3, "steering": 2}
CUSTOMER_COUNTRIES = {"UK": 26, "Germany": 5, "Netherlands": 4, "USA": 3, "Australia": 2}


def build_canalboats(path: Path | str) -> None:
    """boats (22, boat_class, berths, daily_rate_gbp), customers (380, birth_date, country), hires (2023-03 to
    2025-02, end_date NULL while the boat is still out, locks_passed NULL until it is back), breakdowns."""
    rng = random.Random(11701)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE boats(boat_id INTEGER PRIMARY KEY, boat_name VARCHAR, boat_class VARCHAR,
        berths INTEGER, length_ft INTEGER, home_base VARCHAR, daily_rate_gbp DOUBLE, pets_allowed BOOLEAN,
        launched_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, country VARCHAR, experienced_boater BOOLEAN, registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE hires(hire_id INTEGER PRIMARY KEY,
        boat_id INTEGER REFERENCES boats(boat_id), customer_id INTEGER REFERENCES customers(customer_id),
        booked_on DATE, start_date DATE, end_date DATE, party_size INTEGER, locks_passed INTEGER,
        hire_price_gbp DOUBLE, damage_charge_gbp DOUBLE, with_pet BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE breakdowns(breakdown_id INTEGER PRIMARY KEY,
        hire_id INTEGER REFERENCES hires(hire_id), reported_at TIMESTAMP, fault_type VARCHAR, callout_fee_gbp DOUBLE,
        fixed_on_site BOOLEAN, resolved_at TIMESTAMP)""")
    boats = []
    for bid, (name, cls, berths, length, base) in enumerate(BOATS, start=1):
        rate = {"narrowboat": 118.0, "widebeam": 150.0, "cruiser": 92.0}[cls] + 11.0 * berths + rng.randint(-8, 12)
        boats.append((bid, name, cls, berths, length, base, float(rate), rng.random() < 0.55,
                      rng.randint(1998, 2021)))
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 380), start=1):
        born = _day(rng, dt.date(1945, 1, 1), 20000)
        customers.append((cid, first, last, born, rng.choices(list(CUSTOMER_COUNTRIES),
                                                              list(CUSTOMER_COUNTRIES.values()))[0],
                          rng.random() < 0.35, _day(rng, dt.date(2018, 1, 1), 2500)))
    hires = []
    cutoff = dt.date(2025, 2, 28)
    for hid in range(1, 1301):
        boat = rng.choice(boats)
        cust = rng.choice(customers)
        while True:
            start = _day(rng, dt.date(2023, 3, 1), 726)
            season = 4 <= start.month <= 9
            if season or rng.random() < 0.3 or start >= dt.date(2025, 2, 1):
                break
        nights = rng.choices([3, 4, 7, 10, 14], [20, 18, 40, 10, 12])[0]
        end = start + dt.timedelta(days=nights)
        party = rng.randint(1, boat[3]) if boat[3] > 1 else 2
        price = round(boat[6] * nights * (1.15 if season else 0.85), 2)
        locks = max(0, int(nights * rng.uniform(2, 9)) + (12 if boat[5] == "Hebden Bridge" else 0))
        still_out = end > cutoff
        damage = float(rng.choice([40, 75, 120, 250, 400])) if rng.random() < 0.08 else 0.0
        hires.append((hid, boat[0], cust[0], start - dt.timedelta(days=rng.randint(5, 200)), start,
                      None if still_out else end, party, None if still_out else locks, price,
                      0.0 if still_out else damage, boat[7] and rng.random() < 0.4))
    breakdowns = []
    bid = 0
    for h in hires:
        if rng.random() > (0.13 if h[5] else 0.6):
            continue
        bid += 1
        nights = ((h[5] or cutoff) - h[4]).days
        when = _moment(rng, h[4] + dt.timedelta(days=rng.randrange(max(1, nights))), 7, 21)
        fault = rng.choices(list(FAULTS), list(FAULTS.values()))[0]
        on_site = rng.random() < (0.85 if fault in ("propeller fouled", "battery") else 0.45)
        fee = 0.0 if on_site and rng.random() < 0.5 else float(rng.choice([60, 85, 110, 150]))
        resolved = when + dt.timedelta(minutes=rng.randint(40, 300 if on_site else 2000))
        if h[5] is None and rng.random() < 0.6:
            resolved = None
        breakdowns.append((bid, h[0], when, fault, fee, on_site, resolved))
    _insert(con, "boats", boats)
    _insert(con, "customers", customers)
    _insert(con, "hires", hires)
    _insert(con, "breakdowns", breakdowns)
    con.close()


# ------------------------------------------------------------------------------------------------- swimming pool
LANES = [(1, "main", 1, "slow", 25.0), (2, "main", 2, "slow", 25.0), (3, "main", 3, "medium", 25.0),
         (4, "main", 4, "medium", 25.0), (5, "main", 5, "fast", 25.0), (6, "main", 6, "fast", 25.0),
         (7, "learner", 1, "lessons", 12.5), (8, "learner", 2, "lessons", 12.5)]
MEMBERSHIPS = {"adult": (10, 42.0), "junior": (4, 22.0), "senior": (4, 28.0), "student": (3, 30.0)}
STROKES = {"freestyle": 10, "breaststroke": 8, "backstroke": 3, "butterfly": 1}
INSTRUCTORS = ["Bethan", "Marco", "Sunita", "Gareth"]
LEVELS = {"beginner": 5, "improver": 4, "intermediate": 3, "advanced": 1}


def build_swimpool(path: Path | str) -> None:
    """lanes (8: main pool 25 m, learner pool 12.5 m), members (480, birth_year, membership, cancelled_on NULL while
    still a member), swims (2023-2024, lengths, entered_at/exited_at; lane_id not declared), lessons (level,
    instructor, attended)."""
    rng = random.Random(11702)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE lanes(lane_id INTEGER PRIMARY KEY, pool VARCHAR, lane_number INTEGER,
        speed VARCHAR, length_m DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, membership VARCHAR, monthly_fee_gbp DOUBLE, joined_on DATE,
        cancelled_on DATE, club_swimmer BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE swims(swim_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), lane_id INTEGER, entered_at TIMESTAMP, exited_at TIMESTAMP,
        lengths INTEGER, main_stroke VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE lessons(lesson_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), lane_id INTEGER REFERENCES lanes(lane_id),
        instructor VARCHAR, level VARCHAR, starts_at TIMESTAMP, duration_min INTEGER, price_gbp DOUBLE,
        attended BOOLEAN)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 480), start=1):
        kind = rng.choices(list(MEMBERSHIPS), [v[0] for v in MEMBERSHIPS.values()])[0]
        born = {"adult": (1960, 2003), "junior": (2009, 2018), "senior": (1938, 1959), "student": (1998, 2006)}[kind]
        joined = _day(rng, dt.date(2016, 1, 1), 3200)
        cancelled = joined + dt.timedelta(days=rng.randint(120, 900)) if rng.random() < 0.3 else None
        if cancelled is not None and (cancelled > dt.date(2024, 12, 31) or cancelled < dt.date(2023, 2, 1)):
            cancelled = None
        fee = MEMBERSHIPS[kind][1] + (6.0 if rng.random() < 0.2 else 0.0)
        members.append((mid, first, last, rng.randint(*born), kind, fee, joined, cancelled,
                        kind in ("adult", "junior", "student") and rng.random() < 0.15))
    active = [m for m in members if m[6] < dt.date(2024, 12, 1)]
    keen = [3 if m[8] else 1 for m in active]
    swims = []
    for sid in range(1, 5201):
        m = rng.choices(active, keen)[0]
        lo = max(m[6], dt.date(2023, 1, 1))
        hi = m[7] or dt.date(2024, 12, 31)
        day = _day(rng, lo, max(1, (hi - lo).days))
        hour = rng.choices([6, 7, 8, 12, 13, 17, 18, 19, 20], [6, 9, 5, 6, 4, 5, 7, 6, 3])[0]
        if day.weekday() >= 5:
            hour = rng.choice([8, 9, 10, 11, 14, 15])
        entered = dt.datetime.combine(day, dt.time(hour, rng.randrange(60)))
        fast = m[8] or m[4] == "student"
        lane = rng.choice([5, 6] if fast else [1, 2, 3, 4] if m[4] != "junior" else [1, 2, 7, 8])
        lengths = max(6, int(rng.gauss(66, 16) if fast else rng.uniform(8, 50))) * (2 if lane >= 7 else 1)
        minutes = int(lengths * (1.1 if fast else 1.5) * (0.5 if lane >= 7 else 1)) + rng.randint(8, 20)
        stroke = rng.choices(list(STROKES), list(STROKES.values()))[0]
        swims.append((sid, m[0], lane, entered, entered + dt.timedelta(minutes=minutes), lengths, stroke))
    lessons = []
    learners = [m for m in members if m[4] in ("junior", "adult") and m[6] < dt.date(2024, 6, 1)]
    learners = learners[:160]
    for lid in range(1, 961):
        m = rng.choice(learners)
        level = rng.choices(list(LEVELS), list(LEVELS.values()))[0]
        day = _day(rng, dt.date(2023, 1, 2), 728)
        hour = rng.choice([9, 10, 11]) if day.weekday() >= 5 else rng.choice([16, 16, 17, 17, 18])
        minutes = 30 if m[4] == "junior" else 45
        lane = 7 if level in ("beginner", "improver") else rng.choice([8, 3])
        lessons.append((lid, m[0], lane, rng.choices(INSTRUCTORS, [4, 3, 3, 2])[0], level,
                        dt.datetime.combine(day, dt.time(hour, rng.choice([0, 30]))), minutes,
                        9.5 if minutes == 30 else 14.0, rng.random() < 0.88))
    _insert(con, "lanes", LANES)
    _insert(con, "members", members)
    _insert(con, "swims", swims)
    _insert(con, "lessons", lessons)
    con.close()


# ------------------------------------------------------------------------------------------------- wine bar
WINES = [("Rioja Reserva", "red", "Tempranillo", "Rioja", "Spain"),
         ("Rioja Crianza", "red", "Tempranillo", "Rioja", "Spain"),
         ("Rioja Blanco", "white", "Viura", "Rioja", "Spain"),
         ("Saint-Emilion Grand Cru", "red", "Merlot", "Bordeaux", "France"),
         ("Graves Blanc", "white", "Sauvignon Blanc", "Bordeaux", "France"),
         ("Margaux", "red", "Cabernet Sauvignon", "Bordeaux", "France"),
         ("Cloudy Bay Sauvignon", "white", "Sauvignon Blanc", "Marlborough", "New Zealand"),
         ("Marlborough Pinot Noir", "red", "Pinot Noir", "Marlborough", "New Zealand"),
         ("Marlborough Rose", "rose", "Pinot Noir", "Marlborough", "New Zealand"),
         ("Barossa Shiraz", "red", "Shiraz", "Barossa", "Australia"),
         ("Barossa Grenache", "red", "Grenache", "Barossa", "Australia"),
         ("Eden Valley Riesling", "white", "Riesling", "Barossa", "Australia"),
         ("Barolo", "red", "Nebbiolo", "Piedmont", "Italy"),
         ("Barbera d'Asti", "red", "Barbera", "Piedmont", "Italy"),
         ("Gavi di Gavi", "white", "Cortese", "Piedmont", "Italy"),
         ("Moscato d'Asti", "sparkling", "Moscato", "Piedmont", "Italy"),
         ("Mendoza Malbec", "red", "Malbec", "Mendoza", "Argentina"),
         ("Uco Valley Malbec", "red", "Malbec", "Mendoza", "Argentina"),
         ("Mendoza Torrontes", "white", "Torrontes", "Mendoza", "Argentina"),
         ("Sancerre", "white", "Sauvignon Blanc", "Loire", "France"),
         ("Vouvray", "white", "Chenin Blanc", "Loire", "France"),
         ("Chinon", "red", "Cabernet Franc", "Loire", "France"),
         ("Rose d'Anjou", "rose", "Grolleau", "Loire", "France"),
         ("Cremant de Loire", "sparkling", "Chenin Blanc", "Loire", "France"),
         ("Champagne Brut", "sparkling", "Chardonnay", "Champagne", "France"),
         ("Champagne Rose", "sparkling", "Pinot Noir", "Champagne", "France"),
         ("Blanc de Blancs", "sparkling", "Chardonnay", "Champagne", "France"),
         ("Provence Rose", "rose", "Grenache", "Provence", "France"),
         ("Bandol Rouge", "red", "Mourvedre", "Provence", "France"),
         ("Cotes de Provence Blanc", "white", "Rolle", "Provence", "France")]
STAFF_ROLES = ["manager", "sommelier", "sommelier", "bartender", "bartender", "bartender", "bartender", "server",
               "server", "server", "server", "server", "bartender", "server"]


def build_winebar(path: Path | str) -> None:
    """wines (30, colour, region, vintage NULL for non-vintage, glassPrice/bottlePrice/costPrice), staff (14,
    birthDate, role, leftDate NULL while employed), tabItems (tab line items 2023-01 to 2025-03), tastings.
    camelCase columns."""
    rng = random.Random(11703)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE wines(wineId INTEGER PRIMARY KEY, wineName VARCHAR, colour VARCHAR,
        grape VARCHAR, region VARCHAR, country VARCHAR, vintage INTEGER, glassPrice DOUBLE, bottlePrice DOUBLE,
        costPrice DOUBLE, isOrganic BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE staff(staffId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthDate DATE, role VARCHAR, hiredDate DATE, leftDate DATE, isPartTime BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tabItems(itemId INTEGER PRIMARY KEY, tabId INTEGER,
        tableNumber INTEGER, staffId INTEGER REFERENCES staff(staffId), wineId INTEGER REFERENCES wines(wineId),
        orderedAt TIMESTAMP, servingSize VARCHAR, quantity INTEGER, lineTotal DOUBLE, isComped BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tastings(tastingId INTEGER PRIMARY KEY,
        wineId INTEGER REFERENCES wines(wineId), hostStaffId INTEGER REFERENCES staff(staffId), tastingDate DATE,
        seats INTEGER, guests INTEGER, ticketPrice DOUBLE)""")
    wines = []
    for wid, (name, colour, grape, region, country) in enumerate(WINES, start=1):
        vintage = None if colour == "sparkling" and name != "Blanc de Blancs" else rng.randint(2012, 2022)
        if colour in ("white", "rose") and vintage is not None:
            vintage = rng.randint(2019, 2023)
        bottle = round(rng.uniform(24, 48) if region not in ("Champagne",) else rng.uniform(62, 95), 0)
        if name in ("Margaux", "Barolo", "Saint-Emilion Grand Cru"):
            bottle = round(rng.uniform(85, 140), 0)
        glass = round(bottle / 4.2 + 0.5, 1)
        wines.append((wid, name, colour, grape, region, country, vintage, glass, float(bottle),
                      round(bottle * rng.uniform(0.28, 0.4), 2), rng.random() < 0.3))
    staff = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 14), start=1):
        role = STAFF_ROLES[sid - 1]
        born = _day(rng, dt.date(1970 if role == "manager" else 1985, 1, 1), 6500 if role != "manager" else 5000)
        hired = _day(rng, dt.date(2017, 1, 1), 2400)
        left = None
        if sid in (5, 9, 12):
            left = _day(rng, max(hired, dt.date(2023, 6, 1)) + dt.timedelta(days=30), 300)
        staff.append((sid, first, last, born, role, hired, left, role == "server" and sid % 2 == 0))
    items = []
    iid = 0
    weights = [4 if w[7] < 9 else 2 if w[7] < 15 else 1 for w in wines]
    days: list[dt.date] = []
    while len(days) < 2400:
        day = _day(rng, dt.date(2023, 1, 1), 820)
        if day.weekday() in (4, 5) or (day.weekday() != 0 and rng.random() < 0.6):
            days.append(day)
    for tab, day in enumerate(sorted(days), start=1):
        working = [s for s in staff if s[5] <= day and (s[6] is None or s[6] > day) and s[4] != "manager"]
        server = rng.choice(working)
        opened = dt.datetime.combine(day, dt.time(rng.choice([12, 13, 17, 18, 18, 19, 19, 20, 20, 21, 21]),
                                                  rng.randrange(60)))
        table = rng.randint(1, 18)
        for k in range(rng.choices([1, 2, 3, 4], [30, 35, 20, 15])[0]):
            iid += 1
            wine = rng.choices(wines, weights)[0]
            size = "bottle" if rng.random() < 0.3 else "glass"
            qty = 1 if size == "bottle" else rng.choices([1, 2, 3], [50, 35, 15])[0]
            comped = rng.random() < 0.02
            total = 0.0 if comped else round((wine[8] if size == "bottle" else wine[7]) * qty, 2)
            items.append((iid, tab, table, server[0], wine[0], opened + dt.timedelta(minutes=k * rng.randint(15, 40)),
                          size, qty, total, comped))
    tastings = []
    tid = 0
    day = dt.date(2023, 1, 12)
    hosts = [s for s in staff if s[4] in ("sommelier", "manager")]
    while day <= dt.date(2025, 3, 31):
        tid += 1
        seats = rng.choice([12, 16, 20])
        tastings.append((tid, rng.choice(wines)[0], rng.choice(hosts)[0], day, seats,
                         min(seats, rng.randint(6, seats + 4)), float(rng.choice([25, 30, 35, 45]))))
        day += dt.timedelta(days=rng.choice([7, 14, 14, 21]))
    _insert(con, "wines", wines)
    _insert(con, "staff", staff)
    _insert(con, "tabItems", items)
    _insert(con, "tastings", tastings)
    con.close()


# ------------------------------------------------------------------------------------------------- allotments
SITES = {"Meadow Field": 70, "Railway Sidings": 50, "Church Lane": 40}
OUTCOMES = ["good", "satisfactory", "needs improvement", "non-cultivation notice"]
INSPECTORS = ["Margaret Hale", "Desmond Pryce", "Yvonne Achebe"]
RENT = {"full": 95.0, "half": 52.0, "quarter": 30.0}


def build_allotments(path: Path | str) -> None:
    """plot_holders (150, birth_date, concession, left_on NULL while still a member), plots (160, site, size_sq_m,
    holder_id NULL while vacant), rent_payments (rent years 2023-2025), inspections (outcome, reinspect_by NULL when
    no re-inspection is needed), 2023-01 to 2025-03."""
    rng = random.Random(11704)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE plot_holders(holder_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, joined_on DATE, left_on DATE, concession BOOLEAN, on_committee BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE plots(plot_id INTEGER PRIMARY KEY, plot_code VARCHAR, site VARCHAR,
        plot_type VARCHAR, size_sq_m DOUBLE, has_shed BOOLEAN, has_water_trough BOOLEAN,
        holder_id INTEGER REFERENCES plot_holders(holder_id))""")
    con.execute("""CREATE OR REPLACE TABLE rent_payments(payment_id INTEGER PRIMARY KEY,
        holder_id INTEGER REFERENCES plot_holders(holder_id), plot_id INTEGER REFERENCES plots(plot_id),
        rent_year INTEGER, amount_gbp DOUBLE, paid_on DATE, method VARCHAR, paid_late BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE inspections(inspection_id INTEGER PRIMARY KEY,
        plot_id INTEGER REFERENCES plots(plot_id), inspected_on DATE, inspector VARCHAR, outcome VARCHAR,
        cultivated_pct INTEGER, reinspect_by DATE)""")
    holders = []
    for hid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 150), start=1):
        born = _day(rng, dt.date(1938, 1, 1), 21000)
        joined = _day(rng, dt.date(2005, 1, 1), 7000)
        left = _day(rng, dt.date(2023, 3, 1), 640) if hid > 120 else None
        if left is not None and left <= joined:
            left = None
        holders.append((hid, first, last, born, joined, left, born.year < 1950 or rng.random() < 0.12,
                        rng.random() < 0.08))
    current = [h for h in holders if h[5] is None]
    plots = []
    pid = 0
    for site, n in SITES.items():
        for k in range(1, n + 1):
            pid += 1
            ptype = rng.choices(["full", "half", "quarter"], [3, 5, 2])[0]
            size = round({"full": 250, "half": 125, "quarter": 62.5}[ptype] * rng.uniform(0.9, 1.1), 1)
            holder = None if rng.random() < 0.1 else rng.choice(current)[0]
            plots.append((pid, f"{''.join(w[0] for w in site.split())}-{k:03d}", site, ptype, size,
                          rng.random() < 0.6, site != "Railway Sidings" and rng.random() < 0.5, holder))
    payments = []
    payid = 0
    for year in (2023, 2024, 2025):
        for p in plots:
            if p[7] is None:
                continue
            holder = holders[p[7] - 1]
            if year == 2025 and rng.random() < 0.35:
                continue
            payid += 1
            due = dt.date(year, 1, 31)
            late = rng.random() < 0.15
            paid = due - dt.timedelta(days=rng.randint(0, 40)) if not late else due + dt.timedelta(
                days=rng.randint(5, 80))
            if year == 2025 and paid > dt.date(2025, 3, 20):
                paid = dt.date(2025, 3, 20)
            amount = RENT[p[3]] * (0.5 if holder[6] else 1.0) * (1.0 if year == 2023 else 1.06)
            payments.append((payid, holder[0], p[0], year, round(amount, 2), paid,
                             rng.choices(["bank transfer", "cash", "cheque"], [6, 3, 1])[0], late))
    inspections = []
    iid = 0
    for p in plots:
        for rounds in range(9):
            day = _day(rng, dt.date(2023, 1, 9) + dt.timedelta(days=rounds * 91), 60)
            if day > dt.date(2025, 3, 28) or rng.random() < 0.3:
                continue
            iid += 1
            if p[7] is None:
                pct = rng.randint(0, 30)
            else:
                pct = max(0, min(100, int(rng.gauss(72, 22))))
            outcome = OUTCOMES[0 if pct >= 85 else 1 if pct >= 60 else 2 if pct >= 35 else 3]
            reinspect = day + dt.timedelta(days=rng.choice([28, 42, 56])) if outcome in OUTCOMES[2:] else None
            inspections.append((iid, p[0], day, rng.choice(INSPECTORS), outcome, pct, reinspect))
    _insert(con, "plot_holders", holders)
    _insert(con, "plots", plots)
    _insert(con, "rent_payments", payments)
    _insert(con, "inspections", inspections)
    con.close()


# ------------------------------------------------------------------------------------------------- taxis
VEHICLES = [("Toyota", "Prius+", "hybrid", 6), ("Toyota", "Corolla", "hybrid", 4), ("Skoda", "Octavia", "diesel", 4),
            ("Skoda", "Superb", "diesel", 4), ("LEVC", "TX", "electric", 6), ("Kia", "Niro", "electric", 4),
            ("Mercedes", "Vito", "diesel", 7), ("Ford", "Galaxy", "petrol", 6)]
AREAS = {"City Centre": 10, "Railway Station": 6, "Airport": 3, "University": 4, "Retail Park": 3}
CHANNELS = {"app": 9, "phone": 6, "street hail": 4, "account": 2}
COMPLAINTS = {"late pickup": 6, "rude driver": 3, "overcharged": 4, "dangerous driving": 2, "vehicle condition": 2,
              "wrong route": 3}


def build_taxis(path: Path | str) -> None:
    """drivers (30, birth_date, owner_driver), vehicles (24, fuel_type, wheelchair_accessible), rides (2023-01 to
    2025-01, status completed/cancelled/no show; dropoff_at and fare_gbp NULL unless completed, tip_gbp), complaints
    (category, upheld, closed_on NULL while open)."""
    rng = random.Random(11705)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE drivers(driver_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, badge_number VARCHAR, licensed_on DATE, owner_driver BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE vehicles(vehicle_id INTEGER PRIMARY KEY, registration VARCHAR, make VARCHAR,
        model VARCHAR, fuel_type VARCHAR, seats INTEGER, wheelchair_accessible BOOLEAN, first_registered DATE)""")
    con.execute("""CREATE OR REPLACE TABLE rides(ride_id INTEGER PRIMARY KEY,
        driver_id INTEGER REFERENCES drivers(driver_id), vehicle_id INTEGER REFERENCES vehicles(vehicle_id),
        booked_via VARCHAR, pickup_area VARCHAR, pickup_at TIMESTAMP, dropoff_at TIMESTAMP, status VARCHAR,
        distance_km DOUBLE, fare_gbp DOUBLE, tip_gbp DOUBLE, payment_method VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE complaints(complaint_id INTEGER PRIMARY KEY,
        ride_id INTEGER REFERENCES rides(ride_id), received_on DATE, category VARCHAR, upheld BOOLEAN,
        closed_on DATE)""")
    drivers = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 30), start=1):
        born = _day(rng, dt.date(1958, 1, 1), 15000)
        drivers.append((did, first, last, born, f"HC{4100 + did * 7}", _day(rng, dt.date(2004, 1, 1), 6900),
                        rng.random() < 0.3))
    vehicles = []
    letters = "ABCDEFGHJKLMNPRSTVWXY"
    for vid in range(1, 25):
        make, model, fuel, seats = VEHICLES[(vid - 1) % len(VEHICLES)] if vid <= 8 else rng.choice(VEHICLES)
        reg_day = _day(rng, dt.date(2015, 1, 1), 3200)
        plate = (f"{rng.choice(letters)}{rng.choice(letters)}{reg_day.year % 100:02d} "
                 f"{''.join(rng.choice(letters) for _ in range(3))}")
        vehicles.append((vid, plate, make, model, fuel, seats, make == "LEVC" or (seats >= 6 and rng.random() < 0.5),
                         reg_day))
    rides = []
    busy = [rng.uniform(0.5, 2.0) for _ in drivers]
    start = dt.date(2023, 1, 1)
    for rid in range(1, 6001):
        driver = rng.choices(drivers, busy)[0]
        vehicle = vehicles[(driver[0] - 1) % 24] if rng.random() < 0.8 else rng.choice(vehicles)
        day = _day(rng, start, 761)
        hour = rng.choices(range(24), [3, 2, 2, 1, 1, 2, 3, 6, 8, 5, 4, 4, 5, 5, 4, 5, 7, 9, 8, 6, 5, 5, 6, 5])[0]
        pickup = dt.datetime.combine(day, dt.time(hour, rng.randrange(60)))
        area = rng.choices(list(AREAS), list(AREAS.values()))[0]
        channel = rng.choices(list(CHANNELS), list(CHANNELS.values()))[0]
        status = rng.choices(["completed", "cancelled", "no show"], [90, 7, 3])[0]
        if channel == "street hail":
            status = "completed"
        km = round(rng.uniform(14, 32) if area == "Airport" else rng.lognormvariate(1.4, 0.55), 1)
        if status == "completed":
            night = hour >= 22 or hour < 6
            fare = round((3.2 + km * 1.85) * (1.5 if night else 1.0), 2)
            minutes = int(km * rng.uniform(2.0, 3.6)) + rng.randint(2, 8)
            dropoff = pickup + dt.timedelta(minutes=minutes)
            method = "account" if channel == "account" else rng.choices(["card", "cash"], [7, 3])[0]
            tip = round(rng.choice([0.5, 1, 1, 2, 3, 5]) + (fare * 0.05 if method == "card" else 0), 2) \
                if rng.random() < 0.4 else 0.0
        else:
            fare, dropoff, tip, method, km = None, None, 0.0, None, None
        rides.append((rid, driver[0], vehicle[0], channel, area, pickup, dropoff, status, km, fare, tip, method))
    complaints = []
    cid = 0
    for r in rides:
        chance = 0.018 if r[7] == "completed" else 0.07
        if rng.random() > chance:
            continue
        cid += 1
        cat = rng.choices(list(COMPLAINTS), list(COMPLAINTS.values()))[0] if r[7] == "completed" else "late pickup"
        received = r[5].date() + dt.timedelta(days=rng.randint(0, 6))
        closed = received + dt.timedelta(days=rng.randint(1, 45)) if rng.random() < 0.85 else None
        if closed is not None and closed > dt.date(2025, 1, 31):
            closed = None
        complaints.append((cid, r[0], received, cat, closed is not None and rng.random() < 0.4, closed))
    _insert(con, "drivers", drivers)
    _insert(con, "vehicles", vehicles)
    _insert(con, "rides", rides)
    _insert(con, "complaints", complaints)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "canalboats": build_canalboats,
    "swimpool": build_swimpool,
    "winebar": build_winebar,
    "allotments": build_allotments,
    "taxis": build_taxis,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval117-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval117-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval117-dbs"))
