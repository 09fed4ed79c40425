"""Builders of the hundred-and-thirteenth (held-out) evaluation corpus: five DuckDB files in five service domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `deposit.duckdb`: a bottle deposit scheme's sites, reverse-vending machines, returns (items, refunds) and faults
- `audioguide.duckdb`: a museum audio-guide desk's devices, languages, visitors and rentals (camelCase columns)
- `boatyard.duckdb`: a boat yard's owners (birth date), boats (berth NULL when kept ashore), repair jobs, invoices
- `swimclub.duckdb`: a swimming club's swimmers (birth date), galas, races and results (time NULL when disqualified)
- `broadband.duckdb`: a rural broadband installer's engineers (birth year), customers, installations and support
  tickets (`support_tickets.engineer_id` is only implied by its name, not declared)

Usage:
    python eval113/datasets.py OUTDIR

Example:
    >>> from eval113.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval113-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['audioguide.duckdb', 'boatyard.duckdb', 'broadband.duckdb', 'deposit.duckdb', 'swimclub.duckdb']
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


FIRST = ["Ailbhe", "Bartosz", "Ciara", "Dominic", "Esme", "Finbar", "Gwen", "Hassan", "Ines", "Jonah", "Kasia",
         "Leon", "Mairead", "Nico", "Orla", "Pavel", "Rosa", "Seamus", "Tamsin", "Ugo", "Vera", "Wes", "Ximena",
         "Yannick", "Zofia", "Arlo", "Bronwen", "Cillian", "Delyth", "Emrys"]
LAST = ["Abernethy", "Boyle", "Carvalho", "Dunne", "Evans", "Fitzgerald", "Griffiths", "Hughes", "Ivanova",
        "Jenkins", "Kavanagh", "Llewellyn", "Moran", "Nowak", "O'Sullivan", "Prosser", "Quinn", "Rees", "Salazar",
        "Tierney", "Upton", "Vaughan", "Walsh", "Yates"]

# ------------------------------------------------------------------------------------------------- deposit scheme
SITES = [(1, "FreshWay Salthill", "supermarket", "Galway", True),
         (2, "FreshWay Eyre Square", "supermarket", "Galway", True),
         (3, "Corner Shop Claddagh", "convenience store", "Galway", True),
         (4, "Athlone Leisure Centre", "leisure centre", "Athlone", True),
         (5, "ValueMart Athlone", "supermarket", "Athlone", True),
         (6, "Athlone Station", "transport hub", "Athlone", False),
         (7, "Sligo Retail Park", "supermarket", "Sligo", False),
         (8, "QuickStop Sligo", "convenience store", "Sligo", True),
         (9, "ATU Sligo Campus", "campus", "Sligo", True),
         (10, "Ennis Market Stores", "supermarket", "Ennis", True),
         (11, "Ennis Bus Depot", "transport hub", "Ennis", False),
         (12, "Tralee Sports Complex", "leisure centre", "Tralee", True),
         (13, "ValueMart Tralee", "supermarket", "Tralee", True),
         (14, "MTU Kerry Campus", "campus", "Tralee", True)]
SITE_WEIGHT = {"supermarket": 6, "convenience store": 2, "leisure centre": 2, "transport hub": 3, "campus": 3}
MACHINE_MODELS = {"Tomra T9": 5, "Tomra T70": 3, "Envipco Quantum": 3, "Compact RV": 2}
FAULT_KINDS = {"bin full": 10, "conveyor jam": 8, "scanner error": 7, "printer fault": 5, "power failure": 2}


def build_deposit(path: Path | str) -> None:
    """sites (14), machines (36, removed_on NULL while in service), returns (2023-01 to 2025-03, items by
    material, refund_eur), faults (reported_at/fixed_at TIMESTAMP, fixed_at NULL while open, repair_cost_eur)."""
    rng = random.Random(11301)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE sites(site_id INTEGER PRIMARY KEY, site_name VARCHAR, site_type VARCHAR,
        town VARCHAR, indoor BOOLEAN, opened_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE machines(machine_id INTEGER PRIMARY KEY, serial_no VARCHAR,
        site_id INTEGER REFERENCES sites(site_id), model VARCHAR, installed_on DATE, accepts_glass BOOLEAN,
        bin_capacity INTEGER, removed_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE returns(return_id INTEGER PRIMARY KEY,
        machine_id INTEGER REFERENCES machines(machine_id), returned_at TIMESTAMP, cans INTEGER,
        plastic_bottles INTEGER, glass_bottles INTEGER, items_accepted INTEGER, items_rejected INTEGER,
        refund_eur DOUBLE, refund_method VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE faults(fault_id INTEGER PRIMARY KEY,
        machine_id INTEGER REFERENCES machines(machine_id), fault_type VARCHAR, reported_at TIMESTAMP,
        fixed_at TIMESTAMP, engineer_callout BOOLEAN, repair_cost_eur DOUBLE)""")
    sites = [(sid, name, kind, town, indoor, _day(rng, dt.date(2015, 1, 1), 2500))
             for sid, name, kind, town, indoor in SITES]
    machines, mid = [], 0
    for s in sites:
        for _ in range({"supermarket": 4, "convenience store": 1, "leisure centre": 2, "transport hub": 2,
                        "campus": 3}[s[2]]):
            mid += 1
            model = rng.choices(list(MACHINE_MODELS), list(MACHINE_MODELS.values()))[0]
            installed = _day(rng, dt.date(2022, 6, 1), 420) if mid % 6 else _day(rng, dt.date(2023, 9, 1), 300)
            removed = None
            if rng.random() < 0.12:
                removed = installed + dt.timedelta(days=rng.randint(200, 600))
                if removed > dt.date(2025, 3, 1):
                    removed = None
            machines.append((mid, f"RV-{24000 + mid * 7}", s[0], model, installed,
                             model != "Compact RV" and rng.random() < 0.7,
                             {"Tomra T9": 1200, "Tomra T70": 900, "Envipco Quantum": 1500, "Compact RV": 500}[model],
                             removed))
    site_of = {s[0]: s for s in sites}
    weights = [SITE_WEIGHT[site_of[m[2]][2]] for m in machines]
    returns, rid = [], 0
    first, last = dt.date(2023, 1, 1), dt.date(2025, 3, 31)
    while rid < 3400:
        m = rng.choices(machines, weights)[0]
        day = _day(rng, first, (last - first).days + 1)
        if day < m[4] or (m[7] is not None and day >= m[7]):
            continue
        rid += 1
        kind = site_of[m[2]][2]
        hour = rng.choices([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21],
                           [1, 3, 3, 4, 5, 6, 5, 5, 5, 6, 8, 8, 6, 3, 1])[0]
        if kind == "transport hub":
            hour = rng.choice([7, 8, 8, 9, 17, 17, 18, 18])
        when = dt.datetime.combine(day, dt.time(hour, rng.randrange(60), rng.randrange(60)))
        cans = rng.choices([0, 2, 4, 6, 10, 18, 30], [3, 5, 6, 6, 4, 2, 1])[0] + rng.randint(0, 3)
        plastic = rng.choices([0, 1, 3, 5, 8, 14, 24], [3, 4, 6, 6, 4, 2, 1])[0] + rng.randint(0, 2)
        glass = rng.choices([0, 1, 2, 4, 6, 12], [10, 3, 3, 2, 1, 1])[0] if m[5] else 0
        if cans + plastic + glass == 0:
            cans = 1
        rejected = rng.choices([0, 1, 2, 3, 5], [60, 20, 10, 6, 4])[0]
        refund = round(0.15 * (cans + plastic) + 0.25 * glass, 2)
        method = rng.choices(["voucher", "app", "charity"], [8, 3 if day.year == 2023 else 6, 1])[0]
        returns.append((rid, m[0], when, cans, plastic, glass, cans + plastic + glass, rejected, refund, method))
    faults = []
    fid = 0
    while fid < 300:
        m = rng.choices(machines, weights)[0]
        day = _day(rng, first, (last - first).days + 1)
        if day < m[4] or (m[7] is not None and day >= m[7]):
            continue
        fid += 1
        kind = rng.choices(list(FAULT_KINDS), list(FAULT_KINDS.values()))[0]
        reported = _moment(rng, day, 7, 21)
        callout = kind in ("power failure", "printer fault") or (kind != "bin full" and rng.random() < 0.35)
        hours = rng.uniform(0.5, 6) if kind == "bin full" else rng.uniform(3, 30) * (2.2 if callout else 1.0)
        fixed = reported + dt.timedelta(minutes=int(hours * 60))
        if fixed > dt.datetime(2025, 3, 31, 20) or rng.random() < 0.025:
            fixed = None
        cost = round(rng.uniform(60, 420), 2) if callout else 0.0
        faults.append((fid, m[0], kind, reported, fixed, callout, cost))
    _insert(con, "sites", sites)
    _insert(con, "machines", machines)
    _insert(con, "returns", returns)
    _insert(con, "faults", faults)
    con.close()


# ------------------------------------------------------------------------------------------------- audio guide
LANGUAGES = [(1, "English", "en", False, dt.date(2015, 5, 1)), (2, "French", "fr", False, dt.date(2015, 5, 1)),
             (3, "German", "de", False, dt.date(2015, 5, 1)), (4, "Spanish", "es", False, dt.date(2016, 3, 1)),
             (5, "Italian", "it", False, dt.date(2016, 3, 1)), (6, "Mandarin", "zh", False, dt.date(2018, 6, 1)),
             (7, "Japanese", "ja", False, dt.date(2018, 6, 1)), (8, "Dutch", "nl", False, dt.date(2021, 4, 1)),
             (9, "Polish", "pl", False, dt.date(2023, 5, 15)), (10, "British Sign Language", "bfi", True,
                                                                 dt.date(2022, 9, 1))]
LANG_WEIGHTS = [40, 12, 10, 9, 7, 6, 4, 4, 3, 1]
COUNTRIES = {"United Kingdom": 40, "France": 10, "Germany": 9, "Spain": 8, "Italy": 6, "United States": 10,
             "China": 6, "Japan": 4, "Netherlands": 4, "Poland": 3}
COUNTRY_LANG = {"United Kingdom": 1, "United States": 1, "France": 2, "Germany": 3, "Spain": 4, "Italy": 5,
                "China": 6, "Japan": 7, "Netherlands": 8, "Poland": 9}
TICKET_FEE = {"adult": 5.0, "concession": 3.5, "child": 2.0, "member": 0.0}


def build_audioguide(path: Path | str) -> None:
    """devices (90, retiredDate NULL while in service), languages (10), visitors (900, birthYear, isMember),
    rentals (2023-01 to 2025-02, checkedOutAt/checkedInAt TIMESTAMP, checkedInAt NULL when never returned)."""
    rng = random.Random(11302)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE devices("deviceId" INTEGER PRIMARY KEY, "serialNumber" VARCHAR,
        "model" VARCHAR, "purchaseDate" DATE, "hasScreen" BOOLEAN, "retiredDate" DATE)""")
    con.execute("""CREATE OR REPLACE TABLE languages("languageId" INTEGER PRIMARY KEY, "languageName" VARCHAR,
        "isoCode" VARCHAR, "isSignLanguage" BOOLEAN, "addedDate" DATE)""")
    con.execute("""CREATE OR REPLACE TABLE visitors("visitorId" INTEGER PRIMARY KEY, "firstName" VARCHAR,
        "lastName" VARCHAR, "birthYear" INTEGER, "homeCountry" VARCHAR, "isMember" BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE rentals("rentalId" INTEGER PRIMARY KEY,
        "deviceId" INTEGER REFERENCES devices("deviceId"), "visitorId" INTEGER REFERENCES visitors("visitorId"),
        "languageId" INTEGER REFERENCES languages("languageId"), "checkedOutAt" TIMESTAMP, "checkedInAt" TIMESTAMP,
        "tourType" VARCHAR, "ticketType" VARCHAR, "feePaid" DOUBLE, "groupBooking" BOOLEAN)""")
    devices = []
    for did in range(1, 91):
        model = "GuideMate S" if did <= 40 else "GuideMate X" if did <= 70 else "TourPen"
        bought = _day(rng, dt.date(2019, 1, 1), 1200) if did <= 70 else _day(rng, dt.date(2023, 3, 1), 200)
        retired = None
        if did <= 40 and rng.random() < 0.3:
            retired = _day(rng, dt.date(2023, 6, 1), 600)
        devices.append((did, f"AG{did:04d}-{rng.randint(100, 999)}", model, bought, model == "GuideMate X", retired))
    visitors = []
    names = _unique_names(rng, FIRST, LAST, 640)
    for vid, (first, last) in enumerate(names, start=1):
        country = rng.choices(list(COUNTRIES), list(COUNTRIES.values()))[0]
        member = country == "United Kingdom" and rng.random() < 0.3
        visitors.append((vid, first, last, rng.randint(1940, 2016), country, member))
    rentals, rid = [], 0
    start, end = dt.date(2023, 1, 3), dt.date(2025, 2, 28)
    while rid < 3000:
        day = _day(rng, start, (end - start).days + 1)
        if day.weekday() == 0:  # closed on Mondays
            continue
        if day.month in (1, 2, 11) and rng.random() < 0.35:
            continue
        v = rng.choice(visitors)
        usable = [d for d in devices if d[3] <= day and (d[5] is None or d[5] > day)]
        d = rng.choice(usable)
        lang = COUNTRY_LANG[v[4]] if rng.random() < 0.85 else rng.choices(range(1, 11), LANG_WEIGHTS)[0]
        if lang == 9 and day < LANGUAGES[8][4]:
            lang = 1
        if rng.random() < 0.006:
            lang = 10
        tour = rng.choices(["highlights", "full collection", "family trail"], [6, 3, 2])[0]
        age = day.year - v[3]
        ticket = "member" if v[5] else "child" if age < 16 else "concession" if age >= 65 or rng.random() < 0.1 \
            else "adult"
        group = rng.random() < 0.12
        fee = TICKET_FEE[ticket] * (0.8 if group else 1.0)
        out = dt.datetime.combine(day, dt.time(rng.randint(10, 16), rng.randrange(60)))
        minutes = {"highlights": 55, "full collection": 120, "family trail": 70}[tour] * rng.uniform(0.6, 1.5)
        back = out + dt.timedelta(minutes=int(minutes))
        if back.hour >= 18:
            back = dt.datetime.combine(day, dt.time(17, 55))
        if rng.random() < 0.015:
            back = None
        rid += 1
        rentals.append((rid, d[0], v[0], lang, out, back, tour, ticket, fee, group))
    _insert(con, "devices", devices)
    _insert(con, "languages", LANGUAGES)
    _insert(con, "visitors", visitors)
    _insert(con, "rentals", rentals)
    con.close()


# ------------------------------------------------------------------------------------------------- boat yard
BOAT_TYPES = {"sailing yacht": (8, 7.5, 14.0), "motor cruiser": (6, 7.0, 13.0), "narrowboat": (3, 15.0, 21.0),
              "RIB": (3, 4.5, 8.0), "catamaran": (2, 9.0, 13.5)}
JOB_TYPES = {"antifouling": (10, 6, 180), "engine service": (9, 5, 260), "rigging": (4, 8, 420),
             "hull repair": (4, 14, 650), "electrics": (5, 7, 240), "osmosis treatment": (1, 40, 1400)}
BOAT_NAMES = ["Sea Breeze", "Kittiwake", "Blue Heron", "Merlin", "Saoirse", "Puffin", "Otter", "Swallow",
              "Marlin", "Corrie", "Tern", "Selkie", "Halcyon", "Driftwood", "Stormy Petrel", "Osprey", "Curlew",
              "Dunlin", "Guillemot", "Wren", "Moonraker", "Fulmar", "Lapwing", "Seren", "Gannet"]
LABOUR_RATE = 55.0
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
         "XVII", "XVIII", "XIX", "XX"]


def build_boatyard(path: Path | str) -> None:
    """owners (170, birth_date), boats (210, berth_code/pontoon NULL when kept ashore), repair_jobs (2023-2024,
    completed_on NULL while still in progress), invoices (net and VAT, job_id NULL for berthing, paid_on NULL while
    unpaid)."""
    rng = random.Random(11303)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE owners(owner_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, home_town VARCHAR, club_member BOOLEAN, customer_since DATE)""")
    con.execute("""CREATE OR REPLACE TABLE boats(boat_id INTEGER PRIMARY KEY,
        owner_id INTEGER REFERENCES owners(owner_id), boat_name VARCHAR, boat_type VARCHAR, hull_material VARCHAR,
        length_m DOUBLE, year_built INTEGER, berth_code VARCHAR, pontoon VARCHAR, liveaboard BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE repair_jobs(job_id INTEGER PRIMARY KEY,
        boat_id INTEGER REFERENCES boats(boat_id), job_type VARCHAR, booked_on DATE, started_on DATE,
        completed_on DATE, labour_hours DOUBLE, parts_cost_gbp DOUBLE, under_warranty BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE invoices(invoice_id INTEGER PRIMARY KEY,
        owner_id INTEGER REFERENCES owners(owner_id), job_id INTEGER REFERENCES repair_jobs(job_id),
        invoice_type VARCHAR, issued_on DATE, net_gbp DOUBLE, vat_gbp DOUBLE, paid_on DATE)""")
    towns = ["Falmouth", "Truro", "Penryn", "St Mawes", "Helston", "Plymouth"]
    owners = []
    for oid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 170), start=1):
        owners.append((oid, first, last, _day(rng, dt.date(1945, 1, 1), 19000),
                       rng.choices(towns, [8, 5, 3, 2, 2, 3])[0], rng.random() < 0.4,
                       _day(rng, dt.date(2008, 1, 1), 5800)))
    boats, used_names = [], {}
    pontoon_slots = {"A": 0, "B": 0, "C": 0, "D": 0}
    for bid in range(1, 211):
        owner = owners[bid - 1] if bid <= 170 else rng.choice(owners[:120])
        btype = rng.choices(list(BOAT_TYPES), [v[0] for v in BOAT_TYPES.values()])[0]
        _, lo, hi = BOAT_TYPES[btype]
        length = round(rng.uniform(lo, hi), 1)
        hull = {"narrowboat": "steel", "RIB": "aluminium"}.get(btype) or rng.choices(
            ["GRP", "steel", "wood", "aluminium"], [12, 2, 3, 1])[0]
        base = rng.choice(BOAT_NAMES)
        used_names[base] = used_names.get(base, 0) + 1
        name = base if used_names[base] == 1 else f"{base} {ROMAN[used_names[base] - 1]}"
        if btype == "RIB" or rng.random() < 0.2:
            berth, pontoon = None, None
        else:
            pontoon = "D" if length > 12.5 else rng.choice(["A", "B", "C"])
            pontoon_slots[pontoon] += 1
            berth = f"{pontoon}{pontoon_slots[pontoon]:02d}"
        built = rng.randint(1952, 2012) if hull == "wood" else rng.randint(1975, 2023)
        boats.append((bid, owner[0], name, btype, hull, length, built, berth, pontoon,
                      berth is not None and btype in ("narrowboat", "motor cruiser", "sailing yacht")
                      and rng.random() < 0.08))
    jobs, invoices = [], []
    jid = iid = 0
    for jid in range(1, 901):
        b = rng.choice(boats)
        jtype = rng.choices(list(JOB_TYPES), [v[0] for v in JOB_TYPES.values()])[0]
        _, hours, parts = JOB_TYPES[jtype]
        booked = _day(rng, dt.date(2023, 1, 1), 730)
        if jtype == "antifouling" and booked.month not in (2, 3, 4, 10, 11):
            booked = booked.replace(month=rng.choice([2, 3, 4, 10, 11]), day=min(booked.day, 28))
        started = booked + dt.timedelta(days=rng.randint(2, 40))
        labour = round(hours * rng.uniform(0.5, 1.8) * (b[5] / 10.0) ** 0.5, 1)
        done = started + dt.timedelta(days=max(1, int(labour / 6) + rng.randint(0, 12)))
        if done > dt.date(2025, 1, 31) or rng.random() < 0.015:
            done = None
        parts_cost = round(parts * rng.uniform(0.4, 1.9), 2)
        warranty = rng.random() < 0.07
        jobs.append((jid, b[0], jtype, booked, started, done, labour, parts_cost, warranty))
        if done is not None and not warranty:
            iid += 1
            net = round(labour * LABOUR_RATE + parts_cost, 2)
            issued = done + dt.timedelta(days=rng.randint(0, 6))
            paid = issued + dt.timedelta(days=rng.randint(0, 45)) if rng.random() < 0.9 else None
            if paid is not None and paid > dt.date(2025, 2, 28):
                paid = None
            invoices.append((iid, b[1], jid, "repair", issued, net, round(net * 0.2, 2), paid))
    for b in boats:
        for year in (2023, 2024, 2025):
            if b[7] is None and rng.random() < 0.5:
                continue
            iid += 1
            kind = "berthing" if b[7] is not None else "storage"
            rate = ((290.0 if b[8] == "D" else 240.0) if kind == "berthing" else 95.0) * (1 + 0.05 * (year - 2023))
            issued = dt.date(year, 1, rng.randint(2, 20))
            net = round(rate * b[5], 2)
            paid = issued + dt.timedelta(days=rng.randint(3, 70)) if rng.random() < 0.92 else None
            if paid is not None and paid > dt.date(2025, 2, 28):
                paid = None
            invoices.append((iid, b[1], None, kind, issued, net, round(net * 0.2, 2), paid))
    invoices.sort(key=lambda r: (r[4], r[0]))
    invoices = [(i, *r[1:]) for i, r in enumerate(invoices, start=1)]
    _insert(con, "owners", owners)
    _insert(con, "boats", boats)
    _insert(con, "repair_jobs", jobs)
    _insert(con, "invoices", invoices)
    con.close()


# ------------------------------------------------------------------------------------------------- swimming club
STROKES = {"freestyle": 1.0, "backstroke": 1.12, "breaststroke": 1.25, "butterfly": 1.08, "individual medley": 1.14}
GALAS = [("Winter Sprint Open", "Riverside Leisure Pool", "club", 25),
         ("County Championships", "Aquatics Centre Northgate", "county", 50),
         ("Spring Development Meet", "Riverside Leisure Pool", "club", 25),
         ("Regional Age Groups", "Ponds Forge", "regional", 50),
         ("Summer Long Course Open", "Aquatics Centre Northgate", "county", 50),
         ("Autumn Invitational", "Millfield Pool", "club", 25),
         ("National Winter Championships", "Ponds Forge", "national", 25),
         ("Christmas Cracker Gala", "Riverside Leisure Pool", "club", 25)]


def build_swimclub(path: Path | str) -> None:
    """swimmers (150, birth_date, squad, left_on NULL while still a member), galas (2023-01 to 2025-02), races
    (stroke, distance_m, sex), results (time_seconds and place NULL when disqualified, personal_best)."""
    rng = random.Random(11304)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE swimmers(swimmer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, sex VARCHAR, squad VARCHAR, joined_on DATE, left_on DATE,
        para_swimmer BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE galas(gala_id INTEGER PRIMARY KEY, gala_name VARCHAR, venue VARCHAR,
        gala_date DATE, level VARCHAR, pool_length_m INTEGER, home_gala BOOLEAN, entry_fee_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE races(race_id INTEGER PRIMARY KEY,
        gala_id INTEGER REFERENCES galas(gala_id), stroke VARCHAR, distance_m INTEGER, sex VARCHAR,
        start_time TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE results(result_id INTEGER PRIMARY KEY,
        race_id INTEGER REFERENCES races(race_id), swimmer_id INTEGER REFERENCES swimmers(swimmer_id), lane INTEGER,
        time_seconds DOUBLE, place INTEGER, disqualified BOOLEAN, personal_best BOOLEAN)""")
    swimmers = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 150), start=1):
        squad = rng.choices(["development", "competition", "performance", "masters"], [5, 5, 3, 2])[0]
        age = {"development": (9, 12), "competition": (11, 16), "performance": (14, 21), "masters": (25, 62)}[squad]
        born = dt.date(2024 - rng.randint(*age), 1, 1) + dt.timedelta(days=rng.randrange(365))
        joined = _day(rng, max(born + dt.timedelta(days=8 * 365), dt.date(2014, 1, 1)), 2200)
        joined = min(joined, dt.date(2024, 6, 1))
        left = max(_day(rng, dt.date(2023, 3, 1), 700), joined + dt.timedelta(days=200)) if rng.random() < 0.18 \
            else None
        if left is not None and left > dt.date(2025, 2, 28):
            left = None
        swimmers.append((sid, first, last, born, rng.choice(["F", "M"]), squad, joined, left, rng.random() < 0.04))
    galas, gid = [], 0
    for year in (2023, 2024):
        for k, (name, venue, level, pool) in enumerate(GALAS):
            gid += 1
            month = [1, 3, 4, 5, 7, 10, 11, 12][k]
            day = dt.date(year, month, 1) + dt.timedelta(days=rng.randint(0, 25))
            while day.weekday() != 5:
                day += dt.timedelta(days=1)
            galas.append((gid, f"{name} {year}", venue, day, level, pool, venue == "Riverside Leisure Pool",
                          {"club": 6.0, "county": 8.5, "regional": 10.0, "national": 14.0}[level]))
    for name, venue, level, pool, day in [("Winter Sprint Open 2025", "Riverside Leisure Pool", "club", 25,
                                           dt.date(2025, 1, 18)),
                                          ("County Championships 2025", "Aquatics Centre Northgate", "county", 50,
                                           dt.date(2025, 2, 8))]:
        gid += 1
        galas.append((gid, name, venue, day, level, pool, venue == "Riverside Leisure Pool",
                      {"club": 6.0, "county": 8.5}[level]))
    races, results = [], []
    rid = res = 0
    base_speed = {s[0]: rng.uniform(0.85, 1.25) for s in swimmers}
    for g in galas:
        clock = dt.datetime.combine(g[3], dt.time(9, 0))
        events = [(st, dist) for st in STROKES for dist in (50, 100, 200) if not (st == "individual medley"
                                                                                   and dist == 50)]
        events += [("freestyle", 400)]
        chosen = rng.sample(events, rng.randint(8, 12))
        chosen.sort(key=lambda e: (e[1], list(STROKES).index(e[0])))
        for stroke, dist in chosen:
            for sex in ("F", "M"):
                rid += 1
                races.append((rid, g[0], stroke, dist, sex, clock))
                clock += dt.timedelta(minutes=rng.choice([12, 15, 18, 20]) + dist // 25)
                eligible = [s for s in swimmers if s[4] == sex and s[6] <= g[3] and (s[7] is None or s[7] > g[3])
                            and (g[4] in ("club", "county") or s[5] in ("performance", "competition"))]
                entrants = rng.sample(eligible, min(len(eligible), rng.randint(2, 6)))
                timed = []
                for lane, s in enumerate(entrants, start=1):
                    age = (g[3] - s[3]).days / 365.25
                    age_factor = 1.0 + max(0.0, 16 - age) * 0.045 + max(0.0, age - 28) * 0.006
                    per_50 = 29.0 * STROKES[stroke] * base_speed[s[0]] * age_factor * (1.0 if sex == "M" else 1.09)
                    secs = round(per_50 * dist / 50 * (1 + (dist - 50) / 1000) * rng.uniform(0.97, 1.04)
                                 * (1.0 if g[5] == 50 else 0.98), 2)
                    dq = rng.random() < 0.045
                    timed.append([s, lane, None if dq else secs, dq])
                finishers = sorted((t for t in timed if not t[3]), key=lambda t: t[2])
                place = 1 if g[4] == "club" else rng.randint(1, 4) if g[4] == "county" else rng.randint(2, 9)
                for t in finishers:
                    t.append(place)
                    place += 1 if g[4] == "club" else rng.randint(1, 3)
                for s, lane, secs, dq, *placed in timed:
                    res += 1
                    results.append((res, rid, s[0], lane, secs, placed[0] if placed else None, dq,
                                    not dq and rng.random() < 0.22))
    _insert(con, "swimmers", swimmers)
    _insert(con, "galas", galas)
    _insert(con, "races", races)
    _insert(con, "results", results)
    con.close()


# ------------------------------------------------------------------------------------------------- broadband
PACKAGES = {"Rural 50": (4, 28.0), "Fibre 150": (6, 36.0), "Fibre 500": (3, 49.0), "Gigabit": (1, 65.0)}
VILLAGES = {"Powys": ["Llanwrtyd Wells", "Rhayader", "Crickhowell", "Talgarth", "Llanidloes"],
            "Ceredigion": ["Tregaron", "Llanon", "Aberaeron", "Lampeter"],
            "Carmarthenshire": ["Llandovery", "Newcastle Emlyn", "St Clears"]}
TICKET_KINDS = {"no connection": 6, "slow speed": 9, "dropouts": 7, "router fault": 4, "billing": 5}


def build_broadband(path: Path | str) -> None:
    """engineers (12, birth_year), customers (650, package, cancelled_on NULL while active), installations
    (completed_at NULL while not done), support_tickets (closed_at NULL while open; engineer_id only implied,
    NULL when no site visit was needed)."""
    rng = random.Random(11305)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE engineers(engineer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, depot VARCHAR, contractor BOOLEAN, hired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, village VARCHAR, county VARCHAR, package VARCHAR, monthly_fee_gbp DOUBLE,
        signed_up_on DATE, cancelled_on DATE, business_account BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE installations(installation_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), engineer_id INTEGER REFERENCES engineers(engineer_id),
        booked_for DATE, completed_at TIMESTAMP, connection_type VARCHAR, cable_metres INTEGER,
        install_cost_gbp DOUBLE, needed_civils BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE support_tickets(ticket_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), engineer_id INTEGER, category VARCHAR,
        priority VARCHAR, opened_at TIMESTAMP, closed_at TIMESTAMP, site_visit BOOLEAN)""")
    names = _unique_names(rng, FIRST, LAST, 662)
    depots = ["Brecon", "Aberystwyth", "Carmarthen"]
    engineers = []
    for eid in range(1, 13):
        first, last = names[eid - 1]
        engineers.append((eid, first, last, rng.randint(1962, 2001), depots[(eid - 1) % 3], eid in (4, 8, 11, 12),
                          _day(rng, dt.date(2014, 1, 1), 3300)))
    county_of_depot = {"Brecon": "Powys", "Aberystwyth": "Ceredigion", "Carmarthen": "Carmarthenshire"}
    customers = []
    for cid in range(1, 651):
        first, last = names[11 + cid]
        county = rng.choices(list(VILLAGES), [5, 3, 3])[0]
        package = rng.choices(list(PACKAGES), [v[0] for v in PACKAGES.values()])[0]
        business = rng.random() < 0.12
        fee = PACKAGES[package][1] + (15.0 if business else 0.0)
        signed = _day(rng, dt.date(2023, 1, 1), 760)
        cancelled = signed + dt.timedelta(days=rng.randint(60, 500)) if rng.random() < 0.16 else None
        if cancelled is not None and cancelled > dt.date(2025, 2, 28):
            cancelled = None
        customers.append((cid, first, last, rng.choice(VILLAGES[county]), county, package, fee, signed, cancelled,
                          business))
    installs = []
    for c in customers:
        local = [e for e in engineers if county_of_depot[e[4]] == c[4]]
        eng = rng.choice(local) if rng.random() < 0.85 else rng.choice(engineers)
        booked = c[7] + dt.timedelta(days=rng.randint(5, 45))
        ctype = rng.choices(["FTTP", "fixed wireless", "satellite"], [7, 3, 1])[0]
        if c[5] in ("Fibre 500", "Gigabit"):
            ctype = "FTTP"
        civils = ctype == "FTTP" and rng.random() < 0.15
        metres = rng.randint(40, 900) if ctype == "FTTP" else rng.randint(5, 30)
        cost = round({"FTTP": 180.0, "fixed wireless": 240.0, "satellite": 310.0}[ctype] + metres * 0.6
                     + (950.0 if civils else 0.0) + rng.uniform(-20, 40), 2)
        done_day = booked + dt.timedelta(days=rng.choice([0, 0, 0, 1, 3, 7, 14]) + (30 if civils else 0))
        done = _moment(rng, done_day, 8, 16)
        if done_day > dt.date(2025, 2, 28) or rng.random() < 0.02:
            done = None
        installs.append((c[0], c[0], eng[0], booked, done, ctype, metres, cost, civils))
    installed = {i[1]: i for i in installs if i[4] is not None}
    tickets, tid = [], 0
    live = [c for c in customers if c[0] in installed]
    while tid < 1100:
        c = rng.choice(live)
        since = installed[c[0]][4].date()
        until = c[8] or dt.date(2025, 2, 28)
        if since >= until:
            continue
        day = _day(rng, since, (until - since).days)
        category = rng.choices(list(TICKET_KINDS), list(TICKET_KINDS.values()))[0]
        if installed[c[0]][5] == "satellite" and rng.random() < 0.4:
            category = "dropouts"
        priority = rng.choices(["low", "normal", "urgent"], [3, 6, 2 if category == "no connection" else 1])[0]
        if c[9] and priority == "low":
            priority = "normal"
        opened = _moment(rng, day, 7, 22)
        visit = category in ("no connection", "router fault") and rng.random() < 0.6 or rng.random() < 0.05
        visit = visit and category != "billing"
        local = [e for e in engineers if county_of_depot[e[4]] == c[4]]
        engineer = rng.choice(local)[0] if visit else None
        hours = rng.uniform(1, 30) * (3 if visit else 1) * (0.5 if priority == "urgent" else 1)
        closed = opened + dt.timedelta(minutes=int(hours * 60))
        if closed > dt.datetime(2025, 2, 28, 18) or rng.random() < 0.02:
            closed = None
        tid += 1
        tickets.append((tid, c[0], engineer, category, priority, opened, closed, visit))
    tickets.sort(key=lambda r: (r[5], r[0]))
    tickets = [(i, *r[1:]) for i, r in enumerate(tickets, start=1)]
    _insert(con, "engineers", engineers)
    _insert(con, "customers", customers)
    _insert(con, "installations", installs)
    _insert(con, "support_tickets", tickets)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "deposit": build_deposit,
    "audioguide": build_audioguide,
    "boatyard": build_boatyard,
    "swimclub": build_swimclub,
    "broadband": build_broadband,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval113-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval113-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval113-dbs"))
