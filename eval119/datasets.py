"""Builders of the hundred-and-nineteenth development evaluation corpus: five DuckDB files in five small trades.

Deterministic (one fixed `random.Random(seed)` per schema, no clock) and atomic (each file is written to a temporary
name, then renamed).

- `treesurgery.duckdb`: a tree surgery contractor's crews, customers, jobs (enquiry, quote, completion) and
  equipment hires (`jobs.crew_id` is only implied by its name, not declared)
- `libraryvan.duckdb`: a mobile library van's stops, borrowers (birth year), loans (due / returned dates) and fines
- `costumehire.duckdb`: a theatre costume hire shop's costumes, customers (birth date), hires (out / back
  timestamps) and damage charges
- `cricketnets.duckdb`: a cricket nets centre's lanes, players (birth date), lane bookings and coaching sessions
- `escooter.duckdb`: an e-scooter rental scheme's scooters, riders (birth year), rides and fines (camelCase columns)

Usage:
    python eval119/datasets.py OUTDIR

Example:
    >>> from eval119.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval119-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['costumehire.duckdb', 'cricketnets.duckdb', 'escooter.duckdb', 'libraryvan.duckdb', 'treesurgery.duckdb']
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


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """`day` at hour:minute."""
    return dt.datetime.combine(day, dt.time(hour, minute))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Alfie", "Bethan", "Callum", "Darcey", "Ewan", "Freya", "Gethin", "Harriet", "Isaac", "Jasmine", "Kai",
         "Lowri", "Mohammed", "Nell", "Oscar", "Poppy", "Quentin", "Rosie", "Sanjay", "Tilly", "Umar", "Veronica",
         "Wilf", "Yasmin", "Zac", "Amara", "Bruno", "Clemmie"]
LAST = ["Abbott", "Barraclough", "Crossley", "Dunmore", "Entwistle", "Fairbairn", "Goddard", "Holroyd", "Ingham",
        "Jowett", "Kershaw", "Lister", "Mistry", "Nuttall", "Oyelaran", "Pickles", "Quigley", "Ramsden", "Shackleton",
        "Tattersall", "Uddin", "Varley", "Wainwright", "Yeadon"]


# ------------------------------------------------------------------------------------------------- tree surgery
CREWS = [(1, "Oak Team", "Gareth", "Hollins", 1979, "Northfield", True, 780.0),
         (2, "Ash Team", "Marcus", "Fenwick", 1986, "Northfield", True, 720.0),
         (3, "Birch Team", "Shona", "Mackie", 1991, "Southgate", False, 650.0),
         (4, "Rowan Team", "Dev", "Anand", 1983, "Southgate", True, 700.0),
         (5, "Cedar Team", "Liam", "O'Rourke", 1995, "Southgate", False, 600.0)]
JOB_TYPES = {"felling": (14, 420.0), "pruning": (20, 180.0), "crown reduction": (16, 360.0),
             "stump grinding": (12, 110.0), "hedge trimming": (22, 90.0), "storm damage": (7, 520.0)}
EQUIPMENT = {"cherry picker": (185.0, "Dales Access"), "stump grinder": (95.0, "Speedy Hire"),
             "wood chipper": (120.0, "HSS Hire"), "crane": (650.0, "Greenline Plant"),
             "mini digger": (140.0, "Speedy Hire")}
TS_END = dt.date(2025, 2, 28)


def build_treesurgery(path: Path | str) -> None:
    """crews (5, leader names and birth year, day rate), customers (260, customer_type, town), jobs (2023-01 to
    2025-02: enquiry_at TIMESTAMP, quote_date, quote_gbp, accepted, start_date/completed_on NULL until done,
    invoice_gbp NULL until completed; crew_id is not declared as a foreign key), equipment_hires (returned_on and
    cost_gbp NULL while still on hire)."""
    rng = random.Random(11901)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE crews(crew_id INTEGER PRIMARY KEY, crew_name VARCHAR,
        leader_first_name VARCHAR, leader_last_name VARCHAR, leader_birth_year INTEGER, depot VARCHAR,
        has_chipper BOOLEAN, day_rate_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, customer_type VARCHAR, town VARCHAR, first_contact DATE, account_customer BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE jobs(job_id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(customer_id), crew_id INTEGER, job_type VARCHAR,
        tree_count INTEGER, enquiry_at TIMESTAMP, quote_date DATE, quote_gbp DOUBLE, accepted BOOLEAN,
        start_date DATE, completed_on DATE, invoice_gbp DOUBLE, protected_tree BOOLEAN, waste_removed BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE equipment_hires(hire_id INTEGER PRIMARY KEY,
        job_id INTEGER REFERENCES jobs(job_id), equipment VARCHAR, supplier VARCHAR, hired_from DATE,
        returned_on DATE, daily_rate_gbp DOUBLE, cost_gbp DOUBLE, delivered_to_site BOOLEAN)""")
    towns = {"Harrogate": 9, "Knaresborough": 5, "Ripon": 4, "Wetherby": 3, "Pateley Bridge": 1}
    types = {"domestic": 60, "commercial": 14, "council": 6, "school": 5}
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 260), start=1):
        ctype = rng.choices(list(types), list(types.values()))[0]
        customers.append((cid, first, last, ctype, rng.choices(list(towns), list(towns.values()))[0],
                          _day(rng, dt.date(2018, 1, 1), 2500), ctype != "domestic" and rng.random() < 0.8))
    for i, c in enumerate(customers):  # nobody is a customer before their first contact with us
        customers[i] = c[:5] + (min(c[5], dt.date(2024, 12, 31)),) + c[6:]
    jobs, hires = [], []
    hire_id = 0
    for jid in range(1, 961):
        cust = rng.choices(customers, [3 if c[3] != "domestic" else 1 for c in customers])[0]
        jtype = rng.choices(list(JOB_TYPES), [v[0] for v in JOB_TYPES.values()])[0]
        trees = rng.choices([1, 2, 3, 4, 5, 8], [40, 25, 15, 10, 6, 4])[0]
        day = _day(rng, dt.date(2023, 1, 1), (TS_END - dt.date(2023, 1, 1)).days - 6)
        if jtype == "storm damage" and rng.random() < 0.6:  # storms come in winter
            day = dt.date(rng.choice([2023, 2024]), rng.choice([1, 2, 11, 12]), rng.randint(1, 28))
        enquiry = _at(day, rng.choices(range(7, 21), [2, 5, 8, 9, 7, 6, 5, 6, 6, 5, 4, 6, 4, 2])[0], rng.randrange(60))
        quote_day = day + dt.timedelta(days=0 if jtype == "storm damage" else rng.randint(1, 6))
        crew = rng.choices(CREWS, [5, 4, 3, 4, 2])[0]
        quote = round(JOB_TYPES[jtype][1] * (trees ** 0.7) * rng.uniform(0.75, 1.4) / 5) * 5.0
        if crew[4] and jtype in ("felling", "storm damage") and cust[3] != "domestic":
            quote += 150.0
        accepted = rng.random() < (0.92 if jtype == "storm damage" else 0.8 if cust[3] != "domestic" else 0.66)
        start = done = invoice = None
        if accepted:
            start = quote_day + dt.timedelta(days=1 if jtype == "storm damage" else rng.randint(4, 45))
            days = rng.choices([0, 1, 2, 3], [55, 28, 12, 5])[0] + (1 if trees >= 5 else 0)
            done = start + dt.timedelta(days=days)
            if start > TS_END:
                start = done = None
            elif done > TS_END or rng.random() < 0.03:
                done = None
            if done is not None:
                invoice = round(quote * rng.choice([1.0, 1.0, 1.0, 1.05, 1.1, 0.95]), 2)
        protected = rng.random() < (0.2 if jtype in ("felling", "crown reduction") else 0.06)
        jobs.append((jid, cust[0], crew[0], jtype, trees, enquiry, quote_day, quote, accepted, start, done, invoice,
                     protected, jtype != "hedge trimming" or rng.random() < 0.5))
        if start is None:
            continue
        kit = []
        if jtype == "stump grinding" or (jtype == "felling" and rng.random() < 0.35):
            kit.append("stump grinder")
        if jtype in ("crown reduction", "pruning") and rng.random() < 0.45:
            kit.append("cherry picker")
        if jtype in ("felling", "storm damage") and trees >= 3 and rng.random() < 0.3:
            kit.append("crane")
        if not crew[6] and jtype != "stump grinding" and rng.random() < 0.7:
            kit.append("wood chipper")
        if jtype == "stump grinding" and rng.random() < 0.15:
            kit.append("mini digger")
        for item in kit:
            hire_id += 1
            rate, supplier = EQUIPMENT[item]
            rate = round(rate * (1.1 if start.year >= 2024 else 1.0), 2)
            hired_from = start - dt.timedelta(days=rng.choice([0, 0, 1]))
            returned = None if done is None else done + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
            cost = None if returned is None else round(rate * ((returned - hired_from).days + 1), 2)
            hires.append((hire_id, jobs[-1][0], item, supplier, hired_from, returned, rate, cost,
                          item in ("crane", "cherry picker") or rng.random() < 0.4))
    _insert(con, "crews", CREWS)
    _insert(con, "customers", customers)
    _insert(con, "jobs", jobs)
    _insert(con, "equipment_hires", hires)
    con.close()


# ------------------------------------------------------------------------------------------------- library van
VILLAGES = ["Ambleside", "Braithwaite", "Caldbeck", "Dacre", "Eskdale", "Grasmere", "Hesket", "Lorton", "Sedbergh"]
STOP_NAMES = ["Village Hall", "Church Green", "Post Office", "Primary School", "The Square", "Bus Shelter",
              "Memorial Garden", "Pub Car Park"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
FORMATS = {"book": 70, "large print": 12, "audiobook": 10, "DVD": 8}
GENRES = {"crime": 18, "romance": 10, "history": 8, "children's": 20, "thriller": 12, "biography": 7,
          "cookery": 5, "science fiction": 6, "local interest": 4}


def build_libraryvan(path: Path | str) -> None:
    """stops (18, village, visit_day, school_stop), borrowers (480, birth_year, home_stop_id, ticket_type), loans
    (2023-01 to 2025-01: loaned_at TIMESTAMP, due_date, returned_on NULL while still out, renewals), fines
    (reason overdue/damaged/lost, paid_on NULL while unpaid, waived)."""
    rng = random.Random(11902)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stops(stop_id INTEGER PRIMARY KEY, stop_name VARCHAR, village VARCHAR,
        visit_day VARCHAR, arrival_hour INTEGER, minutes_parked INTEGER, school_stop BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE borrowers(borrower_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, home_stop_id INTEGER REFERENCES stops(stop_id), ticket_type VARCHAR,
        joined_on DATE, large_print_reader BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE loans(loan_id INTEGER PRIMARY KEY,
        borrower_id INTEGER REFERENCES borrowers(borrower_id), stop_id INTEGER REFERENCES stops(stop_id),
        item_format VARCHAR, genre VARCHAR, loaned_at TIMESTAMP, due_date DATE, returned_on DATE,
        renewals INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE fines(fine_id INTEGER PRIMARY KEY, loan_id INTEGER REFERENCES loans(loan_id),
        reason VARCHAR, amount_gbp DOUBLE, charged_on DATE, paid_on DATE, waived BOOLEAN)""")
    stops, sid = [], 0
    for v, village in enumerate(VILLAGES):
        for k, name in enumerate(rng.sample(STOP_NAMES, 2)):
            sid += 1
            stops.append((sid, f"{village} {name}", village, WEEKDAYS[(v + k * 2) % 5],
                          rng.choice([9, 10, 11, 13, 14, 15]), rng.choice([30, 45, 45, 60, 90]),
                          name == "Primary School"))
    weights = [rng.randint(2, 9) for _ in stops]
    borrowers = []
    for bid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 480), start=1):
        age_bucket = rng.choices(["child", "adult", "older"], [22, 40, 38])[0]
        born = {"child": rng.randint(2010, 2019), "adult": rng.randint(1960, 2008),
                "older": rng.randint(1928, 1959)}[age_bucket]
        if born >= 2009:
            ticket = "child"
        elif born <= 1959:
            ticket = rng.choices(["concession", "housebound", "adult"], [70, 12, 18])[0]
        else:
            ticket = rng.choices(["adult", "concession"], [88, 12])[0]
        home = rng.choices(stops, weights)[0]
        borrowers.append((bid, first, last, born, home[0], ticket, _day(rng, dt.date(2012, 1, 1), 4700),
                          born <= 1950 and rng.random() < 0.5))
    for i, b in enumerate(borrowers):
        borrowers[i] = b[:6] + (min(b[6], dt.date(2024, 11, 30)),) + b[7:]
    by_id = {s[0]: s for s in stops}
    loans, fines = [], []
    end = dt.date(2025, 1, 31)
    for lid in range(1, 3701):
        b = rng.choices(borrowers, [5 if x[5] in ("housebound", "concession") else 3 for x in borrowers])[0]
        stop = by_id[b[4]] if rng.random() < 0.85 else rng.choice(stops)
        day = _day(rng, max(dt.date(2023, 1, 2), b[6]), (end - max(dt.date(2023, 1, 2), b[6])).days - 3)
        while day.strftime("%A") != stop[3]:
            day += dt.timedelta(days=1)
        if day > end:
            day -= dt.timedelta(days=7)
        moment = _at(day, stop[4]) + dt.timedelta(minutes=rng.randrange(stop[5]))
        fmt = "large print" if b[7] and rng.random() < 0.7 else rng.choices(list(FORMATS), list(FORMATS.values()))[0]
        genre = "children's" if b[5] == "child" and rng.random() < 0.8 else \
            rng.choices(list(GENRES), list(GENRES.values()))[0]
        renewals = rng.choices([0, 1, 2], [70, 22, 8])[0]
        due = day + dt.timedelta(days=21 * (1 + renewals))
        weeks = rng.choices([1, 2, 3, 4, 6, 9, 12], [8, 25, 30, 14, 10, 6, 4])[0] + 3 * renewals
        returned = day + dt.timedelta(days=7 * weeks)
        lost = rng.random() < 0.012
        if returned > end or lost:
            returned = None
        loans.append((lid, b[0], stop[0], fmt, genre, moment, due, returned, renewals))
        charge = None
        if lost and due <= end:
            charge = ("lost", round(rng.uniform(6, 22), 2), due + dt.timedelta(days=28))
        elif returned is not None and returned > due and b[5] not in ("child", "housebound"):
            late_days = (returned - due).days
            charge = ("overdue", round(min(8.0, 0.2 * late_days), 2), returned)
        elif returned is not None and rng.random() < 0.015:
            charge = ("damaged", round(rng.uniform(2, 12), 2), returned)
        if charge is not None and charge[2] <= end:
            waived = rng.random() < (0.25 if b[5] == "concession" else 0.08)
            paid = None
            if not waived and rng.random() < 0.82:
                paid = charge[2] + dt.timedelta(days=rng.choice([0, 0, 7, 14, 21, 35]))
                if paid > end:
                    paid = None
            fines.append((len(fines) + 1, lid, charge[0], charge[1], charge[2], paid, waived))
    _insert(con, "stops", stops)
    _insert(con, "borrowers", borrowers)
    _insert(con, "loans", loans)
    _insert(con, "fines", fines)
    con.close()


# ------------------------------------------------------------------------------------------------- costume hire
COSTUME_KINDS = {"period": (["Victorian ballgown", "Tudor doublet", "Regency tailcoat", "Edwardian suit",
                             "flapper dress", "medieval tunic"], 32, (35, 70)),
                 "fantasy": (["wizard robe", "fairy dress", "dragon suit", "elf tunic", "witch cloak"], 22, (25, 55)),
                 "animal": (["lion suit", "cow costume", "cat suit", "penguin suit", "horse (two-person)"], 18,
                            (20, 45)),
                 "uniform": (["police constable", "nurse uniform", "RAF officer", "sailor suit", "firefighter"], 16,
                             (20, 40)),
                 "pantomime": (["dame dress", "Buttons jacket", "Widow Twankey gown", "giant head", "genie outfit"],
                               20, (30, 60)),
                 "evening wear": (["sequinned gown", "dinner jacket", "cocktail dress", "top hat and tails"], 12,
                                  (25, 50))}
COLOURS = ["red", "blue", "green", "gold", "black", "white", "purple", "silver"]
GROUPS = {"amateur society": 35, "school": 20, "professional theatre": 10, "private individual": 35}
PRODUCTIONS_TOWNS = {"Bath": 8, "Bristol": 10, "Frome": 4, "Trowbridge": 3, "Chippenham": 4}


def build_costumehire(path: Path | str) -> None:
    """costumes (160, category, size, weekly_rate_gbp, replacement_value_gbp, handmade), customers (300, birth_date,
    customer_group, town, trade_account), hires (2023-01 to 2025-01: out_at/back_at TIMESTAMP, back_at NULL while
    still out, due_back DATE, hire_fee_gbp, deposit_gbp), damage_charges (damage_type, amount_gbp, waived)."""
    rng = random.Random(11903)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE costumes(costume_id INTEGER PRIMARY KEY, costume_name VARCHAR,
        category VARCHAR, size VARCHAR, weekly_rate_gbp DOUBLE, replacement_value_gbp DOUBLE, handmade BOOLEAN,
        acquired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, customer_group VARCHAR, town VARCHAR, trade_account BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE hires(hire_id INTEGER PRIMARY KEY,
        costume_id INTEGER REFERENCES costumes(costume_id), customer_id INTEGER REFERENCES customers(customer_id),
        out_at TIMESTAMP, due_back DATE, back_at TIMESTAMP, hire_fee_gbp DOUBLE, deposit_gbp DOUBLE,
        delivered BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE damage_charges(charge_id INTEGER PRIMARY KEY,
        hire_id INTEGER REFERENCES hires(hire_id), damage_type VARCHAR, amount_gbp DOUBLE, assessed_on DATE,
        waived BOOLEAN)""")
    costumes, seen = [], set()
    for cat, (nouns, n, (lo, hi)) in COSTUME_KINDS.items():
        while sum(c[2] == cat for c in costumes) < n * 160 // 120:
            name = f"{rng.choice(COLOURS)} {rng.choice(nouns)}"
            if name in seen:
                continue
            seen.add(name)
            handmade = rng.random() < (0.55 if cat in ("period", "pantomime") else 0.2)
            rate = float(rng.randint(lo, hi)) + (10.0 if handmade else 0.0)
            costumes.append((len(costumes) + 1, name, cat, rng.choices(["S", "M", "L", "XL"], [2, 4, 4, 2])[0], rate,
                             float(round(rate * rng.uniform(5, 11), -1)), handmade,
                             _day(rng, dt.date(2015, 1, 1), 3200)))
    customers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 300), start=1):
        group = rng.choices(list(GROUPS), list(GROUPS.values()))[0]
        born = _day(rng, dt.date(1948, 1, 1), 20000)
        customers.append((cid, first, last, born, group,
                          rng.choices(list(PRODUCTIONS_TOWNS), list(PRODUCTIONS_TOWNS.values()))[0],
                          group != "private individual" and rng.random() < 0.75))
    hires, charges = [], []
    end = dt.datetime(2025, 1, 31, 18)
    month_w = {1: 6, 2: 8, 3: 9, 4: 6, 5: 6, 6: 7, 7: 5, 8: 3, 9: 4, 10: 12, 11: 14, 12: 16}
    days = [dt.date(2023, 1, 3) + dt.timedelta(days=i) for i in range(760)]
    days = [d for d in days if d.weekday() != 6 and d <= end.date()]
    day_w = [month_w[d.month] for d in days]
    for hid in range(1, 2101):
        cust = rng.choices(customers, [4 if c[4] in ("amateur society", "school") else 1 for c in customers])[0]
        cat_w = {"pantomime": 5 if cust[4] == "amateur society" else 1, "period": 4 if cust[4] != "private individual"
                 else 1, "fantasy": 2, "animal": 3 if cust[4] == "school" else 1, "uniform": 2, "evening wear": 1}
        day = rng.choices(days, day_w)[0]
        if rng.random() < 0.5 and day.month in (11, 12):
            cat_w["pantomime"] *= 4
        if day.month == 10 and cust[4] == "private individual":
            cat_w["fantasy"] *= 4
        pool = [c for c in costumes if rng.random() < cat_w[c[2]] / 5]
        costume = rng.choice(pool or costumes)
        out = _at(day, rng.randint(9, 16 if day.weekday() < 5 else 12), rng.randrange(60))
        weeks = 1 if cust[4] == "private individual" else rng.choice([1, 2, 2, 3])
        due = day + dt.timedelta(days=7 * weeks)
        back = _at(due + dt.timedelta(days=rng.choices([-3, -1, 0, 0, 1, 3, 8, 15], [6, 10, 30, 20, 12, 8, 4, 2])[0]),
                   rng.randint(9, 17), rng.randrange(60))
        if back > end or rng.random() < 0.006:
            back = None
        fee = costume[4] * weeks * (0.85 if cust[6] else 1.0)
        hires.append((hid, costume[0], cust[0], out, due, back, round(fee, 2),
                      50.0 if costume[5] < 400 else 100.0, cust[4] == "professional theatre" or rng.random() < 0.1))
        if back is not None and rng.random() < (0.16 if cust[4] == "school" else 0.1):
            dtype = rng.choices(["stain", "tear", "missing accessory", "broken fastening", "make-up marks"],
                                [5, 4, 3, 3, 4])[0]
            amount = round(costume[5] * rng.uniform(0.04, 0.3 if dtype == "tear" else 0.12), 2)
            charges.append((len(charges) + 1, hid, dtype, amount, back.date() + dt.timedelta(days=rng.randint(0, 3)),
                            rng.random() < (0.25 if cust[6] else 0.08)))
    _insert(con, "costumes", costumes)
    _insert(con, "customers", customers)
    _insert(con, "hires", hires)
    _insert(con, "damage_charges", charges)
    con.close()


# ------------------------------------------------------------------------------------------------- cricket nets
LANES = [(1, "Lane 1", "artificial", True, True, 36.0), (2, "Lane 2", "artificial", True, True, 36.0),
         (3, "Lane 3", "artificial", True, False, 28.0), (4, "Lane 4", "matting", True, False, 24.0),
         (5, "Lane 5", "grass", False, False, 20.0), (6, "Lane 6", "grass", False, False, 20.0)]
CLUBS = {"Ashby Hastings CC": 6, "Barrow Town CC": 4, "Castle Donington CC": 3, "Kegworth CC": 2,
         "Loughborough Outwoods CC": 4}
ROLES = {"batter": 35, "bowler": 30, "all-rounder": 25, "wicketkeeper": 10}
COACHES = [("Imran", "Bashir"), ("Kate", "Lowther"), ("Neil", "Trescothick"), ("Ravi", "Pattni")]
FOCUS = {"batting": 35, "pace bowling": 22, "spin bowling": 14, "wicketkeeping": 8, "fielding": 10}


def build_cricketnets(path: Path | str) -> None:
    """lanes (6, surface, indoor, bowling_machine, hourly_rate_gbp), players (330, birth_date, club, playing_role,
    member), bookings (2023-2024: session_start TIMESTAMP, duration_minutes, price_gbp, cancelled_at NULL unless
    cancelled), coaching_sessions (coach names, focus, starts_at, fee_gbp, attended)."""
    rng = random.Random(11904)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE lanes(lane_id INTEGER PRIMARY KEY, lane_name VARCHAR, surface VARCHAR,
        indoor BOOLEAN, bowling_machine BOOLEAN, hourly_rate_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE players(player_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, club VARCHAR, playing_role VARCHAR, member BOOLEAN,
        registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(booking_id INTEGER PRIMARY KEY,
        lane_id INTEGER REFERENCES lanes(lane_id), player_id INTEGER REFERENCES players(player_id),
        session_start TIMESTAMP, duration_minutes INTEGER, price_gbp DOUBLE, booked_online BOOLEAN,
        cancelled_at TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE coaching_sessions(session_id INTEGER PRIMARY KEY,
        player_id INTEGER REFERENCES players(player_id), lane_id INTEGER REFERENCES lanes(lane_id),
        coach_first_name VARCHAR, coach_last_name VARCHAR, focus VARCHAR, starts_at TIMESTAMP,
        duration_minutes INTEGER, fee_gbp DOUBLE, video_analysis BOOLEAN, attended BOOLEAN)""")
    players = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 330), start=1):
        junior = rng.random() < 0.35
        born = _day(rng, dt.date(2006, 9, 1), 2200) if junior else _day(rng, dt.date(1962, 1, 1), 16000)
        players.append((pid, first, last, born, rng.choices(list(CLUBS), list(CLUBS.values()))[0],
                        rng.choices(list(ROLES), list(ROLES.values()))[0], rng.random() < 0.55,
                        _day(rng, dt.date(2019, 1, 1), 1800)))
    bookings = []
    for bid in range(1, 2901):
        p = rng.choice(players)
        day = _day(rng, dt.date(2023, 1, 1), 731)
        outdoor_ok = 4 <= day.month <= 9
        lane = rng.choices(LANES, [6, 6, 5, 3, 4 if outdoor_ok else 0, 4 if outdoor_ok else 0])[0]
        if p[5] in ("bowler", "all-rounder") and lane[4] and rng.random() < 0.5:
            lane = LANES[rng.choice([2, 3])]
        weekend = day.weekday() >= 5
        hour = rng.choice([9, 10, 11, 12, 13, 14, 15, 16, 17]) if weekend else \
            rng.choices(range(7, 21), [2, 1, 1, 1, 1, 1, 1, 2, 2, 3, 8, 10, 9, 5])[0]
        if not lane[3]:
            hour = min(hour, 18)
        minutes = rng.choices([60, 90, 120], [60, 25, 15])[0]
        start = _at(day, hour, rng.choice([0, 0, 30]))
        price = round(lane[5] * minutes / 60 * (0.8 if p[6] else 1.0), 2)
        cancelled = None
        if rng.random() < 0.09:
            cancelled = start - dt.timedelta(hours=rng.choice([2, 5, 20, 30, 50, 100]))
        bookings.append((bid, lane[0], p[0], start, minutes, price, rng.random() < 0.7, cancelled))
    sessions = []
    for sid in range(1, 721):
        p = rng.choices(players, [3 if (2024 - x[3].year) < 18 else 1 for x in players])[0]
        coach = rng.choices(COACHES, [5, 4, 3, 2])[0]
        focus = rng.choices(list(FOCUS), list(FOCUS.values()))[0]
        if coach == COACHES[3] and rng.random() < 0.6:
            focus = "spin bowling"
        day = _day(rng, dt.date(2023, 1, 1), 731)
        hour = rng.choice([10, 11, 14, 15]) if day.weekday() >= 5 else rng.choice([16, 17, 18, 19])
        lane = rng.choice(LANES[:4])
        minutes = rng.choices([45, 60, 90], [3, 10, 2])[0]
        video = rng.random() < 0.3
        fee = round(minutes / 60 * (45.0 if coach == COACHES[0] else 40.0) + (10.0 if video else 0.0), 2)
        sessions.append((sid, p[0], lane[0], coach[0], coach[1], focus, _at(day, hour), minutes, fee, video,
                         rng.random() < 0.93))
    _insert(con, "lanes", LANES)
    _insert(con, "players", players)
    _insert(con, "bookings", bookings)
    _insert(con, "coaching_sessions", sessions)
    con.close()


# ------------------------------------------------------------------------------------------------- e-scooter
MODELS = {"Ninebot Max G30": (551, 45), "Okai ES400": (655, 35), "Segway E2 Pro": (477, 20)}
ZONES = {"City Centre": 10, "University": 8, "Harbourside": 5, "Old Town": 4, "Retail Park": 3}
PLANS = {"pay as you go": 55, "monthly pass": 25, "student pass": 20}
OFFENCES = {"bad parking": (25.0, 50), "pavement riding": (50.0, 20), "two riders": (50.0, 8),
            "no-go zone": (25.0, 15), "underage rider": (75.0, 2)}


def build_escooter(path: Path | str) -> None:
    """scooters (140, model, homeZone, commissionedDate, retiredDate NULL while in service), riders (900, birthYear,
    signupDate, plan), rides (2023-03 to 2025-02: startedAt/endedAt TIMESTAMP, distanceKm, fareGbp, parkedInBay),
    fines (offence, amountGbp, issuedDate, paidDate NULL while unpaid, appealed). camelCase columns."""
    rng = random.Random(11905)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE scooters(scooterId INTEGER PRIMARY KEY, serialNo VARCHAR, model VARCHAR,
        homeZone VARCHAR, commissionedDate DATE, retiredDate DATE, batteryWh INTEGER, hasPhoneHolder BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE riders(riderId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthYear INTEGER, signupDate DATE, plan VARCHAR, marketingOptIn BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE rides(rideId INTEGER PRIMARY KEY,
        scooterId INTEGER REFERENCES scooters(scooterId), riderId INTEGER REFERENCES riders(riderId),
        startedAt TIMESTAMP, endedAt TIMESTAMP, distanceKm DOUBLE, fareGbp DOUBLE, startZone VARCHAR,
        endZone VARCHAR, parkedInBay BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE fines(fineId INTEGER PRIMARY KEY, rideId INTEGER REFERENCES rides(rideId),
        offence VARCHAR, amountGbp DOUBLE, issuedDate DATE, paidDate DATE, appealed BOOLEAN)""")
    first, end = dt.date(2023, 3, 1), dt.date(2025, 2, 28)
    scooters = []
    for sid in range(1, 141):
        model = rng.choices(list(MODELS), [v[1] for v in MODELS.values()])[0]
        commissioned = _day(rng, dt.date(2022, 10, 1), 560) if sid > 60 else _day(rng, dt.date(2022, 9, 1), 150)
        retired = commissioned + dt.timedelta(days=rng.randint(240, 800)) if rng.random() < 0.3 else None
        if retired is not None and retired > end:
            retired = None
        scooters.append((sid, f"SC-{10000 + sid * 7}", model, rng.choices(list(ZONES), list(ZONES.values()))[0],
                         commissioned, retired, MODELS[model][0], model != "Segway E2 Pro" or rng.random() < 0.5))
    riders = []
    for rid, (fn, ln) in enumerate(_unique_names(rng, FIRST, LAST, 600), start=1):
        plan = rng.choices(list(PLANS), list(PLANS.values()))[0]
        born = rng.randint(1998, 2005) if plan == "student pass" else rng.randint(1958, 2005)
        riders.append((rid, fn, ln, born, _day(rng, dt.date(2022, 9, 1), 850), plan, rng.random() < 0.4))
    rider_w = [6 if r[5] != "pay as you go" else 2 for r in riders]
    rides, fines = [], []
    zone_names = list(ZONES)
    for rid in range(1, 5201):
        rider = rng.choices(riders, rider_w)[0]
        lo = max(first, rider[4])
        day = _day(rng, lo, (end - lo).days + 1)
        live = [s for s in scooters if s[4] <= day and (s[5] is None or s[5] > day)]
        scooter = rng.choice(live)
        weekend = day.weekday() >= 5
        hour = rng.choices(range(6, 24), [1, 5, 9, 5, 3, 3, 4, 5, 4, 4, 5, 8, 9, 6, 4, 3, 3, 2] if not weekend else
                           [0, 1, 1, 2, 4, 6, 7, 7, 7, 6, 6, 5, 4, 4, 3, 3, 3, 2])[0]
        start = _at(day, hour, rng.randrange(60)) + dt.timedelta(seconds=rng.randrange(60))
        minutes = max(2, int(rng.lognormvariate(2.4, 0.5)))
        speed = rng.uniform(9, 17) * (0.85 if day.month in (12, 1, 2) else 1.0)
        distance = round(minutes / 60 * speed, 2)
        ended = start + dt.timedelta(minutes=minutes, seconds=rng.randrange(60))
        fare = round((0.0 if rider[5] != "pay as you go" else 1.0) + minutes * (0.12 if rider[5] != "pay as you go"
                                                                                  else 0.22), 2)
        start_zone = scooter[3] if rng.random() < 0.6 else rng.choices(zone_names, list(ZONES.values()))[0]
        end_zone = start_zone if rng.random() < 0.45 else rng.choices(zone_names, list(ZONES.values()))[0]
        in_bay = rng.random() < (0.8 if end_zone in ("City Centre", "Old Town") else 0.9)
        rides.append((rid, scooter[0], rider[0], start, ended, distance, fare, start_zone, end_zone, in_bay))
        chance = 0.3 if not in_bay else 0.02
        if rng.random() < chance:
            offence = "bad parking" if not in_bay and rng.random() < 0.8 else \
                rng.choices(list(OFFENCES), [v[1] for v in OFFENCES.values()])[0]
            issued = day + dt.timedelta(days=rng.randint(0, 3))
            if issued > end:
                continue
            appealed = rng.random() < 0.12
            paid = None if rng.random() < (0.5 if appealed else 0.18) else \
                issued + dt.timedelta(days=rng.randint(1, 40))
            if paid is not None and paid > end:
                paid = None
            fines.append((len(fines) + 1, rid, offence, OFFENCES[offence][0], issued, paid, appealed))
    _insert(con, "scooters", scooters)
    _insert(con, "riders", riders)
    _insert(con, "rides", rides)
    _insert(con, "fines", fines)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "treesurgery": build_treesurgery,
    "libraryvan": build_libraryvan,
    "costumehire": build_costumehire,
    "cricketnets": build_cricketnets,
    "escooter": build_escooter,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval119-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval119-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval119-dbs"))
