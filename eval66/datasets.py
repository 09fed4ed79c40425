"""Builders of the sixty-sixth development evaluation corpus: five DuckDB files in operations domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `picking.duckdb`: a warehouse's pickers (birth date), shifts, pick lists (NULL completion while open), pick lines
- `qualitycontrol.duckdb`: a factory's production lines, inspectors (birth year), batches, inspections, defects
- `printshop.duckdb`: a print shop's customers, operators (birth year), presses, print jobs, reprints (camelCase)
- `recycling.duckdb`: a recycling plant's drivers, collections, material loads (collection link only implied by its
  name), buyers and sales (NULL payment date while unpaid)
- `courierdepot.duckdb`: a courier depot's couriers (birth date), vans, parcels (NULL delivery when never delivered),
  delivery attempts

Usage:
    python eval66/datasets.py OUTDIR

Example:
    >>> from eval66.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval66-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['courierdepot.duckdb', 'picking.duckdb', 'printshop.duckdb', 'qualitycontrol.duckdb', 'recycling.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 6, last_hour: int = 19) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Aisha", "Bartek", "Ciara", "Dominic", "Esme", "Femi", "Gemma", "Harvey", "Ines", "Jamal", "Kasia", "Liam",
         "Megan", "Nadia", "Oscar", "Poppy", "Quentin", "Rhys", "Saanvi", "Tomasz", "Ursula", "Vikram", "Willow",
         "Xander", "Yasmin", "Zac"]
LAST = ["Adeyemi", "Barker", "Chowdhury", "Doyle", "Entwistle", "Fletcher", "Greenwood", "Holroyd", "Ibbotson",
        "Jagger", "Kaur", "Lockwood", "Mellor", "Nowak", "Oldroyd", "Patel", "Quinn", "Ramsden", "Shaw", "Taylor",
        "Uttley", "Walsh", "Yates"]

# ------------------------------------------------------------------------------------------------- picking
WH_CATEGORIES = {"grocery": (2.4, 0.9), "electronics": (48.0, 1.3), "clothing": (17.5, 0.4),
                 "homeware": (11.0, 1.9), "toys": (14.5, 0.8), "garden": (21.0, 4.6)}
WH_ZONES = ["ambient", "chilled", "frozen", "bulky"]
SHIFT_STARTS = {"early": 6, "late": 14, "night": 22}


def build_picking(path: Path | str) -> None:
    """pickers (42, birth_date), shifts (2023-2024), pick_lists (completed_at NULL while open), pick_lines."""
    rng = random.Random(6601)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE pickers(picker_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, hired_on DATE, contract_type VARCHAR, home_zone VARCHAR,
        forklift_licence BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE shifts(shift_id INTEGER PRIMARY KEY, picker_id INTEGER REFERENCES
        pickers(picker_id), shift_date DATE, shift_type VARCHAR, started_at TIMESTAMP, hours_worked DOUBLE,
        overtime BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE pick_lists(pick_list_id INTEGER PRIMARY KEY, shift_id INTEGER REFERENCES
        shifts(shift_id), picker_id INTEGER REFERENCES pickers(picker_id), created_at TIMESTAMP,
        completed_at TIMESTAMP, priority VARCHAR, order_channel VARCHAR, zone VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE pick_lines(line_id INTEGER PRIMARY KEY, pick_list_id INTEGER REFERENCES
        pick_lists(pick_list_id), sku VARCHAR, category VARCHAR, qty_ordered INTEGER, qty_picked INTEGER,
        short_pick BOOLEAN, unit_price_gbp DOUBLE, line_weight_kg DOUBLE)""")
    pickers = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 42), start=1):
        contract = rng.choices(["permanent", "agency", "seasonal"], [55, 30, 15])[0]
        hired = _day(rng, dt.date(2012, 1, 1), 4200) if contract == "permanent" else _day(rng, dt.date(2021, 6, 1),
                                                                                          900)
        pickers.append((pid, first, last, _day(rng, dt.date(1962, 1, 1), 15000), hired, contract,
                        rng.choice(WH_ZONES), rng.random() < 0.35))
    weights = [rng.uniform(0.4, 1.6) for _ in pickers]
    shifts = []
    for sid in range(1, 2601):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        eligible = [(p, w) for p, w in zip(pickers, weights) if p[4] <= day]
        picker = rng.choices([p for p, _ in eligible], [w for _, w in eligible])[0]
        kind = rng.choices(list(SHIFT_STARTS), [45, 35, 20])[0]
        start = dt.datetime.combine(day, dt.time(SHIFT_STARTS[kind], rng.choice([0, 0, 15, 30])))
        hours = rng.choice([6.0, 7.5, 8.0, 8.0, 8.0, 8.5, 9.0, 9.5, 10.0, 10.5]) + rng.choice([0, 0.25])
        shifts.append((sid, picker[0], day, kind, start, hours, hours > 8.5))
    lists, lines = [], []
    for lid in range(1, 4301):
        shift = rng.choice(shifts)
        created = shift[4] + dt.timedelta(minutes=rng.randint(5, int(shift[5] * 60) - 20))
        n_lines = rng.choices([1, 2, 3, 4, 5, 6], [20, 25, 22, 15, 10, 8])[0]
        minutes = n_lines * rng.randint(4, 14) + rng.randint(3, 20)
        still_open = created > dt.datetime(2024, 12, 30, 12) or rng.random() < 0.025
        zone = rng.choices(WH_ZONES, [50, 22, 13, 15])[0]
        lists.append((lid, shift[0], shift[1], created, None if still_open else created + dt.timedelta(
            minutes=minutes), rng.choices(["standard", "express", "same-day"], [62, 28, 10])[0],
            rng.choices(["website", "marketplace", "trade"], [50, 32, 18])[0], zone))
        for _ in range(n_lines):
            category = rng.choices(list(WH_CATEGORIES), [30, 12, 20, 16, 12, 10])[0]
            price, weight = WH_CATEGORIES[category]
            ordered = rng.choices([1, 2, 3, 4, 6, 8, 12, 24], [30, 22, 14, 10, 8, 6, 6, 4])[0]
            picked = ordered - (rng.randint(1, ordered) if rng.random() < 0.07 else 0)
            lines.append((len(lines) + 1, lid, f"{category[:3].upper()}-{rng.randint(100, 999)}", category, ordered,
                          picked, picked < ordered, round(price * rng.uniform(0.5, 1.8), 2),
                          round(ordered * weight * rng.uniform(0.7, 1.3), 2)))
    _insert(con, "pickers", pickers)
    _insert(con, "shifts", shifts)
    _insert(con, "pick_lists", lists)
    _insert(con, "pick_lines", lines)
    con.close()


# ------------------------------------------------------------------------------------------ quality control
LINES = [(1, "Line A", "Derby", "gearboxes", dt.date(2014, 3, 1), True),
         (2, "Line B", "Derby", "pumps", dt.date(2016, 9, 1), False),
         (3, "Line C", "Telford", "valves", dt.date(2011, 5, 1), False),
         (4, "Line D", "Telford", "gearboxes", dt.date(2019, 1, 15), True),
         (5, "Line E", "Swindon", "brackets", dt.date(2020, 7, 1), True),
         (6, "Line F", "Swindon", "pumps", dt.date(2013, 11, 1), False),
         (7, "Line G", "Derby", "valves", dt.date(2022, 2, 1), True),
         (8, "Line H", "Telford", "brackets", dt.date(2017, 6, 1), False)]
FAMILY = {"gearboxes": (150, 600, 42.0), "pumps": (200, 900, 28.0), "valves": (400, 1500, 9.5),
          "brackets": (800, 3000, 1.8)}
INSPECTION_TYPES = {"visual": 20, "dimensional": 35, "pressure test": 50, "final": 30}
DEFECT_TYPES = ["scratch", "crack", "misalignment", "porosity", "wrong dimension", "burr"]


def build_qualitycontrol(path: Path | str) -> None:
    """production_lines (8), inspectors (18, birth_year), batches (finished_at NULL while running), inspections,
    defects (resolved_on NULL while open)."""
    rng = random.Random(6602)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE production_lines(line_id INTEGER PRIMARY KEY, line_name VARCHAR,
        plant VARCHAR, product_family VARCHAR, commissioned_on DATE, automated BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE inspectors(inspector_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, cert_level VARCHAR, contractor BOOLEAN, plant VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE batches(batch_id INTEGER PRIMARY KEY, line_id INTEGER REFERENCES
        production_lines(line_id), batch_code VARCHAR, started_at TIMESTAMP, finished_at TIMESTAMP, shift VARCHAR,
        units_produced INTEGER, scrap_units INTEGER, material_cost_gbp DOUBLE, on_hold BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE inspections(inspection_id INTEGER PRIMARY KEY, batch_id INTEGER REFERENCES
        batches(batch_id), inspector_id INTEGER REFERENCES inspectors(inspector_id), inspected_at TIMESTAMP,
        inspection_type VARCHAR, sample_size INTEGER, passed BOOLEAN, duration_min INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE defects(defect_id INTEGER PRIMARY KEY, inspection_id INTEGER REFERENCES
        inspections(inspection_id), defect_type VARCHAR, severity VARCHAR, units_affected INTEGER,
        rework_cost_gbp DOUBLE, found_on DATE, resolved_on DATE)""")
    inspectors = []
    for iid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 18), start=1):
        inspectors.append((iid, first, last, rng.randint(1961, 2001),
                           rng.choices(["level 1", "level 2", "level 3"], [40, 40, 20])[0], rng.random() < 0.25,
                           ["Derby", "Telford", "Swindon"][(iid - 1) % 3]))
    line_quality = {1: 0.10, 2: 0.18, 3: 0.22, 4: 0.08, 5: 0.06, 6: 0.25, 7: 0.12, 8: 0.15}
    batches, inspections, defects = [], [], []
    for bid in range(1, 2401):
        line = rng.choices(LINES, [14, 12, 13, 11, 16, 10, 9, 15])[0]
        lo, hi, unit_cost = FAMILY[line[3]]
        started = _moment(rng, _day(rng, dt.date(2023, 1, 1), 730), 0, 23)
        shift = "day" if 6 <= started.hour < 18 else "night"
        units = rng.randint(lo, hi)
        hours = round(units / hi * rng.uniform(8, 26), 2)
        finished = started + dt.timedelta(minutes=int(hours * 60))
        on_hold = rng.random() < 0.03
        scrap = int(units * rng.uniform(0, 0.06) * (1.6 if shift == "night" else 1.0))
        batches.append((bid, line[0], f"{line[1][-1]}{started:%y%m}-{bid:04d}", started,
                        None if on_hold or finished > dt.datetime(2024, 12, 30, 20) else finished, shift, units,
                        scrap, round(units * unit_cost * rng.uniform(0.85, 1.2), 2), on_hold))
        plant_staff = [i[0] for i in inspectors if i[6] == line[2]]
        types = ["visual", "final"] if rng.random() < 0.5 else ["dimensional", "pressure test", "final"]
        for kind in types[: rng.randint(1, len(types))]:
            when = started + dt.timedelta(minutes=rng.randint(30, int(hours * 60) + 240))
            if when > dt.datetime(2024, 12, 31, 22):  # not inspected yet
                continue
            passed = rng.random() > line_quality[line[0]] * (1.3 if shift == "night" else 1.0)
            inspection_id = len(inspections) + 1
            inspections.append((inspection_id, bid, rng.choice(plant_staff), when, kind, rng.choice([5, 10, 20, 32,
                                50]), passed, INSPECTION_TYPES[kind] + rng.randint(-8, 25)))
            n_defects = rng.choices([1, 2, 3], [60, 30, 10])[0] if not passed else int(rng.random() < 0.08)
            for _ in range(n_defects):
                severity = rng.choices(["minor", "major", "critical"], [55, 35, 10] if not passed else [100, 0, 0])[0]
                found = when.date()
                resolved = found + dt.timedelta(days=rng.randint(0, {"minor": 10, "major": 25, "critical": 45}[
                    severity]))
                affected = rng.randint(1, 40) * {"minor": 1, "major": 2, "critical": 3}[severity]
                defects.append((len(defects) + 1, inspection_id, rng.choices(DEFECT_TYPES, [25, 8, 15, 12, 22,
                                18])[0], severity, affected, round(affected * unit_cost * rng.uniform(0.2, 0.6), 2),
                                found, None if resolved > dt.date(2024, 12, 31) or rng.random() < 0.04 else resolved))
    _insert(con, "production_lines", LINES)
    _insert(con, "inspectors", inspectors)
    _insert(con, "batches", batches)
    _insert(con, "inspections", inspections)
    _insert(con, "defects", defects)
    con.close()


# ------------------------------------------------------------------------------------------------ printshop
PRESSES = [(1, "Heidelberg SM52", "offset", 15000, dt.date(2012, 4, 1), False),
           (2, "Heidelberg Speedmaster", "offset", 18000, dt.date(2018, 9, 1), True),
           (3, "HP Indigo 7900", "digital", 4600, dt.date(2020, 2, 1), True),
           (4, "Konica C14000", "digital", 8400, dt.date(2022, 6, 1), False),
           (5, "Roland VG3", "large format", 60, dt.date(2019, 3, 1), False),
           (6, "Epson SureColor", "large format", 45, dt.date(2023, 5, 1), False)]
PRODUCTS = {"business cards": ("digital", 250, 0.09), "flyers": ("offset", 1000, 0.06),
            "brochures": ("offset", 500, 0.85), "posters": ("large format", 10, 6.5),
            "banners": ("large format", 2, 38.0), "leaflets": ("digital", 500, 0.07),
            "wedding stationery": ("digital", 80, 1.9)}
CITIES = ["Leeds", "York", "Harrogate", "Wakefield", "Bradford", "Halifax"]
REPRINT_REASONS = ["colour mismatch", "misprint", "trim error", "damaged in transit", "customer error"]
COMPANY_A = ["Northern", "Aire", "Pennine", "Calder", "White Rose", "Dales", "Moorland", "Riverside", "Abbey",
             "Viaduct"]
COMPANY_B = ["Bakery", "Lettings", "Dental", "Fitness", "Events", "Joinery", "Cafe", "Solicitors", "Garage",
             "Florist", "Brewing", "Architects"]


def build_printshop(path: Path | str) -> None:
    """customers (170; companyName NULL for private customers), operators (11, birthYear), presses (6),
    printJobs (2023-01..2025-04; completedAt NULL while in progress), reprints."""
    rng = random.Random(6603)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customerId INTEGER PRIMARY KEY, companyName VARCHAR,
        firstName VARCHAR, lastName VARCHAR, customerType VARCHAR, city VARCHAR, isTradeAccount BOOLEAN,
        createdOn DATE)""")
    con.execute("""CREATE OR REPLACE TABLE operators(operatorId INTEGER PRIMARY KEY, firstName VARCHAR,
        lastName VARCHAR, birthYear INTEGER, isSupervisor BOOLEAN, hiredOn DATE)""")
    con.execute("""CREATE OR REPLACE TABLE presses(pressId INTEGER PRIMARY KEY, pressName VARCHAR, pressType VARCHAR,
        maxSheetsPerHour INTEGER, installedOn DATE, inlineFinishing BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE printJobs(jobId INTEGER PRIMARY KEY, customerId INTEGER REFERENCES
        customers(customerId), pressId INTEGER REFERENCES presses(pressId), operatorId INTEGER REFERENCES
        operators(operatorId), orderedAt TIMESTAMP, dueDate DATE, completedAt TIMESTAMP, product VARCHAR,
        quantity INTEGER, paperGsm INTEGER, doubleSided BOOLEAN, isRush BOOLEAN, priceGbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE reprints(reprintId INTEGER PRIMARY KEY, jobId INTEGER REFERENCES
        printJobs(jobId), requestedOn DATE, reason VARCHAR, copies INTEGER, chargedToCustomer BOOLEAN,
        costGbp DOUBLE)""")
    customers, companies = [], {}
    names = _unique_names(rng, FIRST, LAST, 170)
    for cid, (first, last) in enumerate(names, start=1):
        kind = rng.choices(["business", "private", "charity"], [60, 28, 12])[0]
        company = None
        if kind != "private":
            while company is None or company in companies:
                company = f"{rng.choice(COMPANY_A)} {rng.choice(COMPANY_B)}" + (" Trust" if kind == "charity"
                                                                                 else "")
            companies[company] = None
        customers.append((cid, company, first, last, kind, rng.choices(CITIES, [35, 15, 12, 14, 16, 8])[0],
                          kind == "business" and rng.random() < 0.45, _day(rng, dt.date(2018, 1, 1), 2600)))
    operators = [(oid, first, last, rng.randint(1964, 2003), oid <= 2, _day(rng, dt.date(2010, 1, 1), 4700))
                 for oid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 11), start=1)]
    loyalty = [rng.uniform(0.1, 1.0) ** 2 for _ in customers]
    jobs, reprints = [], []
    for jid in range(1, 3301):
        customer = rng.choices(customers, loyalty)[0]
        product = rng.choices(list(PRODUCTS), [22, 20, 12, 14, 6, 18, 8])[0]
        press_type, base_qty, unit = PRODUCTS[product]
        ordered = _moment(rng, _day(rng, dt.date(2023, 1, 1), 851), 8, 18)
        press = rng.choice([p for p in PRESSES if p[2] == press_type and p[4] <= ordered.date()])
        rush = rng.random() < 0.15
        due = ordered.date() + dt.timedelta(days=rng.randint(1, 3) if rush else rng.randint(4, 14))
        quantity = base_qty * rng.choice([1, 1, 2, 2, 3, 4, 5, 10])
        finish_days = (due - ordered.date()).days + rng.choice([-2, -1, -1, 0, 0, 0, 1, 2, 4])
        completed = max(_moment(rng, ordered.date() + dt.timedelta(days=max(0, finish_days)), 8, 19),
                        ordered + dt.timedelta(hours=3))
        price = round(quantity * unit * rng.uniform(0.85, 1.25) * (1.3 if rush else 1.0) + 12, 2)
        operator = rng.randint(1, 11)
        stuck = completed > dt.datetime(2025, 4, 30, 12) or rng.random() < 0.01
        if product == "business cards":
            gsm = rng.choice([350, 400])
        else:
            gsm = rng.choice([130, 170, 250, 350]) if press_type != "large format" else rng.choice([190, 240])
        double = product in ("brochures", "leaflets", "flyers") and rng.random() < 0.7
        jobs.append((jid, customer[0], press[0], operator, ordered, due, None if stuck else completed, product,
                     quantity, gsm, double, rush, price))
        if completed <= dt.datetime(2025, 4, 9) and rng.random() < 0.08:
            reason = rng.choices(REPRINT_REASONS, [25, 22, 18, 20, 15])[0]
            copies = max(1, int(quantity * rng.uniform(0.05, 1.0)))
            reprints.append((len(reprints) + 1, jid, completed.date() + dt.timedelta(days=rng.randint(1, 21)),
                             reason, copies, reason == "customer error",
                             round(copies * unit * rng.uniform(0.5, 0.8) + 5, 2)))
    _insert(con, "customers", customers)
    _insert(con, "operators", operators)
    _insert(con, "presses", PRESSES)
    _insert(con, "printJobs", jobs)
    _insert(con, "reprints", reprints)
    con.close()


# ------------------------------------------------------------------------------------------------ recycling
MATERIALS = {"cardboard": (95, 8.0), "mixed paper": (70, 10.0), "PET plastic": (210, 14.0),
             "HDPE plastic": (330, 12.0), "aluminium cans": (1050, 5.0), "steel cans": (160, 6.0),
             "glass": (25, 4.0)}
SOURCES = ["kerbside", "commercial", "bring bank", "recycling centre"]
COUNCILS = ["Kirklees", "Calderdale", "Leeds", "Wakefield"]
BUYERS = [(1, "Aire Valley Paper Mills", "UK", 30), (2, "Northern Polymers", "UK", 45),
          (3, "Rotterdam Fibre BV", "Netherlands", 60), (4, "Sheffield Metals", "UK", 30),
          (5, "Glassworks Knottingley", "UK", 30), (6, "Hamburg Kunststoff GmbH", "Germany", 60),
          (7, "Ostrava Steel", "Czechia", 45), (8, "Pennine Packaging", "UK", 30),
          (9, "Lyon Recyclage", "France", 60), (10, "Teesside Aluminium", "UK", 14),
          (11, "Baltic Fibre", "Poland", 45)]
BUYER_MATERIALS = {1: ["cardboard", "mixed paper"], 2: ["PET plastic", "HDPE plastic"], 3: ["cardboard", "mixed paper"],
                   4: ["steel cans", "aluminium cans"], 5: ["glass"], 6: ["PET plastic", "HDPE plastic"],
                   7: ["steel cans"], 8: ["cardboard"], 9: ["glass", "PET plastic"], 10: ["aluminium cans"],
                   11: ["mixed paper", "cardboard"]}


def build_recycling(path: Path | str) -> None:
    """drivers (16, birth_date), collections (2023-01..2025-03), material_loads (collection_id NOT declared),
    buyers (11), sales (paid_on NULL while unpaid)."""
    rng = random.Random(6604)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE drivers(driver_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, licence_class VARCHAR, agency_driver BOOLEAN, started_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE collections(collection_id INTEGER PRIMARY KEY, driver_id INTEGER
        REFERENCES drivers(driver_id), collected_on DATE, council VARCHAR, source_type VARCHAR, stops INTEGER,
        missed_stops INTEGER, fuel_litres DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE material_loads(load_id INTEGER PRIMARY KEY, collection_id INTEGER,
        material VARCHAR, weighed_at TIMESTAMP, gross_weight_kg DOUBLE, net_weight_kg DOUBLE,
        contamination_pct DOUBLE, rejected BOOLEAN, bale_grade VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE buyers(buyer_id INTEGER PRIMARY KEY, buyer_name VARCHAR, country VARCHAR,
        payment_terms_days INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE sales(sale_id INTEGER PRIMARY KEY, buyer_id INTEGER REFERENCES
        buyers(buyer_id), material VARCHAR, sold_on DATE, tonnes DOUBLE, price_per_tonne_gbp DOUBLE,
        haulage_included BOOLEAN, paid_on DATE)""")
    drivers = [(did, first, last, _day(rng, dt.date(1960, 1, 1), 15500), rng.choices(["C", "C+E"], [65, 35])[0],
                rng.random() < 0.3, _day(rng, dt.date(2008, 1, 1), 5400))
               for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 16), start=1)]
    span = (dt.date(2025, 3, 31) - dt.date(2023, 1, 1)).days + 1
    collections, loads = [], []
    for cid in range(1, 2201):
        day = _day(rng, dt.date(2023, 1, 1), span)
        source = rng.choices(SOURCES, [50, 25, 12, 13])[0]
        stops = rng.randint(300, 1200) if source == "kerbside" else rng.randint(8, 60)
        missed = int(stops * rng.uniform(0, 0.03))
        eligible = [d for d in drivers if d[6] <= day]
        collections.append((cid, rng.choice(eligible)[0], day, rng.choices(COUNCILS, [28, 20, 34, 18])[0], source,
                            stops, missed, round(rng.uniform(40, 160), 1)))
        materials = rng.sample(list(MATERIALS), rng.randint(1, 3))
        for material in materials:
            dirty = {"kerbside": 1.4, "commercial": 0.7, "bring bank": 1.8, "recycling centre": 1.0}[source]
            contamination = round(min(40.0, rng.expovariate(1 / MATERIALS[material][1]) * dirty), 1)
            net = round(rng.uniform(600, 9000) * (0.5 if material in ("aluminium cans", "steel cans") else 1.0), 1)
            rejected = contamination > 20
            grade = None if rejected else "A" if contamination < 5 else "B" if contamination < 12 else "C"
            loads.append((len(loads) + 1, cid, material, _moment(rng, day, 7, 17),
                          round(net + rng.uniform(7000, 11000), 1), net, contamination, rejected, grade))
    sales = []
    for sid in range(1, 961):
        buyer = rng.choices(BUYERS, [14, 10, 9, 8, 7, 6, 5, 11, 4, 6, 7])[0]
        material = rng.choice(BUYER_MATERIALS[buyer[0]])
        sold = _day(rng, dt.date(2023, 1, 1), span)
        base = MATERIALS[material][0] * (1 + 0.15 * rng.uniform(-1, 1)) * (1.08 if sold.year >= 2024 else 1.0)
        paid = sold + dt.timedelta(days=buyer[3] + rng.randint(-10, 25))
        sales.append((sid, buyer[0], material, sold, round(rng.uniform(4, 28), 2), round(base, 2),
                      rng.random() < 0.4, None if paid > dt.date(2025, 3, 31) or rng.random() < 0.03 else paid))
    _insert(con, "drivers", drivers)
    _insert(con, "collections", collections)
    _insert(con, "material_loads", loads)
    _insert(con, "buyers", BUYERS)
    _insert(con, "sales", sales)
    con.close()


# --------------------------------------------------------------------------------------------- courier depot
VANS = [(1, "YK21 RHO", "Ford", False, 1200, dt.date(2021, 3, 1), False),
        (2, "YK21 RHU", "Ford", False, 1200, dt.date(2021, 3, 1), False),
        (3, "YD70 LMX", "Mercedes", False, 1450, dt.date(2020, 9, 1), True),
        (4, "YE22 ZPA", "Vauxhall", True, 900, dt.date(2022, 4, 1), True),
        (5, "YE22 ZPC", "Vauxhall", True, 900, dt.date(2022, 4, 1), True),
        (6, "YA19 KFD", "Renault", False, 1100, dt.date(2019, 5, 1), False),
        (7, "YG23 BNT", "Ford", True, 1000, dt.date(2023, 6, 1), True),
        (8, "YG23 BNV", "Ford", True, 1000, dt.date(2023, 6, 1), True),
        (9, "YB68 WQE", "Mercedes", False, 1450, dt.date(2018, 11, 1), False),
        (10, "YJ24 HHA", "Renault", True, 950, dt.date(2024, 2, 1), True),
        (11, "YC20 TSO", "Vauxhall", False, 1250, dt.date(2020, 1, 15), False),
        (12, "YH24 MEL", "Mercedes", True, 1200, dt.date(2024, 5, 1), True)]
SERVICES = {"standard": 3.6, "next day": 5.9, "signed for": 4.8, "same day": 11.5}
AREAS = ["LS", "BD", "HX", "HD", "WF"]


def build_courierdepot(path: Path | str) -> None:
    """couriers (30, birth_date, left_on NULL while still with the depot), vans (12), parcels (2023-2024;
    delivered_at NULL when never delivered), delivery_attempts (declared FKs)."""
    rng = random.Random(6605)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE couriers(courier_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, employment_type VARCHAR, started_on DATE, left_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE vans(van_id INTEGER PRIMARY KEY, registration VARCHAR, make VARCHAR,
        is_electric BOOLEAN, payload_kg INTEGER, acquired_on DATE, leased BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE parcels(parcel_id INTEGER PRIMARY KEY, tracking_no VARCHAR,
        courier_id INTEGER REFERENCES couriers(courier_id), van_id INTEGER REFERENCES vans(van_id),
        received_at TIMESTAMP, service VARCHAR, sender_type VARCHAR, postcode_area VARCHAR, weight_kg DOUBLE,
        postage_gbp DOUBLE, needs_signature BOOLEAN, delivered_at TIMESTAMP, returned_to_sender BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE delivery_attempts(attempt_id INTEGER PRIMARY KEY, parcel_id INTEGER
        REFERENCES parcels(parcel_id), courier_id INTEGER REFERENCES couriers(courier_id), attempted_at TIMESTAMP,
        attempt_no INTEGER, outcome VARCHAR, photo_taken BOOLEAN)""")
    couriers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 30), start=1):
        started = _day(rng, dt.date(2016, 1, 1), 3100)
        left = _day(rng, dt.date(2023, 3, 1), 640) if started < dt.date(2022, 6, 1) and rng.random() < 0.4 else None
        couriers.append((cid, first, last, _day(rng, dt.date(1963, 1, 1), 15000),
                         rng.choices(["employed", "self-employed"], [60, 40])[0], started, left))
    pace = [rng.uniform(0.4, 1.5) for _ in couriers]
    parcels, attempts = [], []
    for pid in range(1, 5801):
        day = _day(rng, dt.date(2023, 1, 1), 731)
        active = [(c, w) for c, w in zip(couriers, pace) if c[5] <= day and (c[6] is None or c[6] > day)]
        courier = rng.choices([c for c, _ in active], [w for _, w in active])[0]
        usual = VANS[(courier[0] - 1) % len(VANS)]
        van = usual if usual[5] <= day and rng.random() < 0.75 else rng.choice([v for v in VANS if v[5] <= day])
        service = rng.choices(list(SERVICES), [50, 25, 15, 10])[0]
        received = _moment(rng, day, 5, 11 if service == "same day" else 21)
        weight = round(rng.lognormvariate(0.3, 0.9), 2)
        signature = service == "signed for" or rng.random() < 0.05
        parcel = [pid, f"CD{700000 + pid * 7}", courier[0], van[0], received, service,
                  rng.choices(["retailer", "marketplace seller", "private"], [55, 30, 15])[0],
                  rng.choices(AREAS, [34, 22, 12, 17, 15])[0], weight,
                  round(SERVICES[service] + weight * 0.45 + (0.3 if day.year == 2024 else 0.0), 2), signature,
                  None, False]
        first_try = received.date() + dt.timedelta(days=0 if service == "same day" else 1 if service != "standard"
                                                   else rng.randint(1, 3))
        for n in range(1, 4):
            try_day = first_try + dt.timedelta(days=n - 1)
            when = _moment(rng, try_day, received.hour + 2 if try_day == received.date() else 8, 20)
            if when > dt.datetime(2024, 12, 31, 23):
                break
            success = rng.random() < (0.78 if signature else 0.9) - (0.1 if parcel[7] == "HX" else 0.0)
            refused = not success and rng.random() < 0.05
            outcome = (rng.choices(["delivered", "left with neighbour", "safe place"], [70, 18, 12])[0] if success
                       else "refused" if refused else rng.choices(["no answer", "access problem"], [80, 20])[0])
            attempts.append((len(attempts) + 1, pid, courier[0], when, n, outcome, success and rng.random() < 0.9))
            if success:
                parcel[11] = when
                break
            if refused:
                break
        parcel[12] = parcel[11] is None and attempts[-1][3] < dt.datetime(2024, 12, 24) if attempts and \
            attempts[-1][1] == pid else False
        parcels.append(tuple(parcel))
    _insert(con, "couriers", couriers)
    _insert(con, "vans", VANS)
    _insert(con, "parcels", parcels)
    _insert(con, "delivery_attempts", attempts)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "picking": build_picking,
    "qualitycontrol": build_qualitycontrol,
    "printshop": build_printshop,
    "recycling": build_recycling,
    "courierdepot": build_courierdepot,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval66-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval66-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval66-dbs"))
