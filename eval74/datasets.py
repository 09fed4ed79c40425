"""Builders of the seventy-fourth held-out evaluation corpus: five DuckDB files in trade and leisure domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `brewery.duckdb`: a craft brewery's hop suppliers, fermentation tanks, brews (NULL fermentation end while still
  fermenting) and packaging runs
- `vetfarm.duckdb`: a farm vet practice's vets (birth date), farms, visits and medicines prescribed (the visit link
  of prescriptions only implied by its name)
- `coworking.duckdb`: a coworking space's members (birth year, NULL leftOn while active), spaces, bookings and day
  passes (camelCase columns; NULL memberId for walk-in passes)
- `roofing.duckdb`: a roofing contractor's roofers (birth date), quotes, jobs (NULL finish while ongoing) and
  materials used
- `theatre.duckdb`: a theatre box office's productions (NULL closing night while running), performances, ticket
  sales by price band and memberships (birth year)

Usage:
    python eval74/datasets.py OUTDIR

Example:
    >>> from eval74.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval74-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['brewery.duckdb', 'coworking.duckdb', 'roofing.duckdb', 'theatre.duckdb', 'vetfarm.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 7, last_hour: int = 18) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Aled", "Bronwen", "Callum", "Delyth", "Euan", "Freya", "Gareth", "Hollie", "Iestyn", "Joanna", "Keir",
         "Lowri", "Morgan", "Nerys", "Owain", "Priya", "Rory", "Siobhan", "Tegan", "Vikram", "Wyn", "Zara",
         "Ffion", "Hamish"]
LAST = ["Abernethy", "Bevan", "Cadwallader", "Driscoll", "Ellery", "Fairweather", "Gallagher", "Hopkin", "Iqbal",
        "Jenkins", "Kavanagh", "Llewellyn", "Moffat", "Nuttall", "Ogden", "Prosser", "Quayle", "Rowntree",
        "Sheridan", "Thorne", "Vaughan", "Whitlock"]
START = dt.date(2023, 1, 1)

# ---------------------------------------------------------------------------------------------- brewery
SUPPLIERS = [(1, "Yakima Valley Hops", "USA", False, dt.date(2019, 3, 1)),
             (2, "Hallertau Hopfen GmbH", "Germany", True, dt.date(2018, 6, 15)),
             (3, "Kent Hop Farm", "UK", False, dt.date(2020, 1, 10)),
             (4, "Nelson Hop Growers", "New Zealand", True, dt.date(2021, 9, 1)),
             (5, "Zatec Hop Company", "Czech Republic", False, dt.date(2017, 11, 20)),
             (6, "Herefordshire Hops Co", "UK", True, dt.date(2022, 4, 5))]
TANKS = [(1, "FV1", "conical", 2000, True, dt.date(2016, 5, 1)), (2, "FV2", "conical", 2000, True, dt.date(2016, 5, 1)),
         (3, "FV3", "unitank", 3000, True, dt.date(2019, 2, 1)), (4, "FV4", "unitank", 3000, True, dt.date(2019, 2, 1)),
         (5, "FV5", "open top", 1200, False, dt.date(2014, 8, 1)),
         (6, "FV6", "unitank", 5000, True, dt.date(2022, 10, 1)),
         (7, "FV7", "conical", 1000, False, dt.date(2015, 3, 1))]
STYLES = {"IPA": (6.2, 9.0, 14), "pale ale": (4.6, 5.0, 12), "stout": (5.4, 2.0, 18), "lager": (4.4, 2.2, 28),
          "sour": (4.0, 1.0, 24)}
BREWERY_END = dt.date(2025, 3, 31)


def build_brewery(path: Path | str) -> None:
    """hop_suppliers (6), tanks (7), brews (2023-01..2025-03; fermentation_end NULL while still fermenting),
    packaging_runs (can/keg/bottle)."""
    rng = random.Random(7401)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE hop_suppliers(supplier_id INTEGER PRIMARY KEY, supplier_name VARCHAR,
        country VARCHAR, organic_certified BOOLEAN, contract_start DATE)""")
    con.execute("""CREATE OR REPLACE TABLE tanks(tank_id INTEGER PRIMARY KEY, tank_name VARCHAR, tank_type VARCHAR,
        capacity_litres INTEGER, glycol_jacketed BOOLEAN, installed_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE brews(brew_id INTEGER PRIMARY KEY, batch_code VARCHAR,
        tank_id INTEGER REFERENCES tanks(tank_id), supplier_id INTEGER REFERENCES hop_suppliers(supplier_id),
        beer_style VARCHAR, brewed_at TIMESTAMP, volume_litres DOUBLE, hops_kg DOUBLE, hop_cost_gbp DOUBLE,
        original_gravity DOUBLE, abv DOUBLE, fermentation_end DATE, dry_hopped BOOLEAN, dumped BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE packaging_runs(run_id INTEGER PRIMARY KEY,
        brew_id INTEGER REFERENCES brews(brew_id), packaged_at TIMESTAMP, package_format VARCHAR, units INTEGER,
        litres_packaged DOUBLE, line_stoppages INTEGER, wholesale_value_gbp DOUBLE)""")
    brews, runs = [], []
    busy: dict[int, dt.date] = {t[0]: START for t in TANKS}
    day = START
    while day <= BREWERY_END:
        for _ in range(rng.choice([0, 1, 1, 1, 2])):
            free = [t for t in TANKS if busy[t[0]] <= day]
            if not free:
                break
            tank = rng.choice(free)
            style = rng.choices(list(STYLES), [32, 24, 14, 18, 12])[0]
            abv_base, hop_rate, ferment_days = STYLES[style]
            supplier = rng.choice(SUPPLIERS)
            volume = round(tank[3] * rng.uniform(0.8, 0.97), 0)
            hops = round(volume / 1000 * hop_rate * rng.uniform(0.8, 1.25), 2)
            price = {"USA": 24.0, "Germany": 19.0, "UK": 15.0, "New Zealand": 28.0, "Czech Republic": 18.0}[supplier[2]]
            abv = round(abv_base * rng.uniform(0.92, 1.1), 1)
            end = day + dt.timedelta(days=ferment_days + rng.randint(-2, 6))
            dumped = rng.random() < 0.04
            if end > BREWERY_END:
                end = None
            bid = len(brews) + 1
            brews.append((bid, f"B{day:%y%m}-{bid:04d}", tank[0], supplier[0], style, _moment(rng, day, 6, 14),
                          volume, hops, round(hops * price, 2), round(1.0 + abv * 0.0075 + rng.uniform(0, .004), 3),
                          abv, end, style in ("IPA", "pale ale") and rng.random() < 0.7, dumped))
            busy[tank[0]] = (end or BREWERY_END) + dt.timedelta(days=2)
            if end is None or dumped:
                continue
            left = volume * rng.uniform(0.9, 0.96)
            formats = rng.choice([["keg"], ["can"], ["keg", "can"], ["keg", "bottle"], ["can", "bottle"]])
            for k, fmt in enumerate(formats):
                litres = round(left / len(formats), 1)
                size = {"keg": 30.0, "can": 0.44, "bottle": 0.33}[fmt]
                units = int(litres // size)
                per = {"keg": 95.0, "can": 1.05, "bottle": 0.95}[fmt] * (1.2 if style == "IPA" else 1.0)
                pday = end + dt.timedelta(days=rng.randint(1, 6) + k)
                runs.append((len(runs) + 1, bid, _moment(rng, pday, 6, 20), fmt, units, litres,
                             rng.choices([0, 1, 2, 3, 4], [50, 25, 12, 8, 5])[0], round(units * per, 2)))
        day += dt.timedelta(days=1)
    _insert(con, "hop_suppliers", SUPPLIERS)
    _insert(con, "tanks", TANKS)
    _insert(con, "brews", brews)
    _insert(con, "packaging_runs", runs)
    con.close()


# ---------------------------------------------------------------------------------------------- farm vets
COUNTIES = ["Powys", "Shropshire", "Herefordshire", "Ceredigion"]
FARM_TYPES = ["dairy", "beef", "sheep", "pig", "mixed"]
REASONS = {"routine check": (60, 1.0), "lameness": (95, 0.7), "calving": (180, 0.3), "mastitis": (110, 0.6),
           "TB test": (240, 1.0), "vaccination": (85, 1.0)}
MEDICINES = [("Pen & Strep", "antibiotic", 28), ("Alamycin LA", "antibiotic", 35), ("Metacam", "anti-inflammatory", 15),
             ("Finadyne", "anti-inflammatory", 7), ("Bovilis BVD", "vaccine", 0), ("Heptavac P Plus", "vaccine", 0),
             ("Cydectin", "wormer", 14), ("Closamectin", "wormer", 28), ("Calciject", "mineral", 0)]
VET_END = dt.date(2024, 12, 31)


def build_vetfarm(path: Path | str) -> None:
    """vets (14, birth_date), farms (70), visits (2023-2024; follow_up_on NULL when no revisit needed),
    prescriptions (visit_id not declared as a foreign key)."""
    rng = random.Random(7402)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE vets(vet_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        birth_date DATE, specialism VARCHAR, partner BOOLEAN, qualified_year INTEGER, hourly_rate_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE farms(farm_id INTEGER PRIMARY KEY, farm_name VARCHAR, county VARCHAR,
        farm_type VARCHAR, herd_size INTEGER, organic BOOLEAN, distance_km DOUBLE, client_since DATE)""")
    con.execute("""CREATE OR REPLACE TABLE visits(visit_id INTEGER PRIMARY KEY, vet_id INTEGER REFERENCES vets(vet_id),
        farm_id INTEGER REFERENCES farms(farm_id), visit_at TIMESTAMP, reason VARCHAR, animals_seen INTEGER,
        duration_min INTEGER, emergency BOOLEAN, fee_gbp DOUBLE, follow_up_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE prescriptions(prescription_id INTEGER PRIMARY KEY, visit_id INTEGER,
        medicine_name VARCHAR, medicine_class VARCHAR, dose_ml DOUBLE, animals_treated INTEGER,
        withdrawal_days INTEGER, cost_gbp DOUBLE)""")
    specs = ["large animal"] * 6 + ["mixed practice"] * 5 + ["equine"] * 3
    vets = [(vid, f, ln, _day(rng, dt.date(1962, 1, 1), 13000), specs[vid - 1], vid in (1, 4, 9),
             0, round(rng.uniform(55, 120), 2)) for vid, (f, ln) in enumerate(_unique_names(rng, FIRST, LAST, 14), 1)]
    vets = [v[:6] + (v[3].year + rng.randint(23, 27),) + v[7:] for v in vets]
    prefixes = ["Pen", "Cwm", "Ty", "Bryn", "Llan", "Maes", "Hill", "Brook", "Oak", "Upper", "Lower", "Nant"]
    suffixes = ["Farm", "Fawr", "Uchaf", "Isaf", "Barn", "Grange", "House Farm", "Court", "Hall", "Cottage Farm"]
    names: dict[str, None] = {}
    while len(names) < 70:
        names.setdefault(f"{rng.choice(prefixes)} {rng.choice(suffixes)}", None)
    farms = []
    for fid, name in enumerate(names, 1):
        ftype = rng.choices(FARM_TYPES, [30, 25, 25, 8, 12])[0]
        herd = {"dairy": (80, 400), "beef": (40, 250), "sheep": (200, 1500), "pig": (150, 900), "mixed": (60, 500)}
        farms.append((fid, name, rng.choice(COUNTIES), ftype, rng.randint(*herd[ftype]), rng.random() < 0.2,
                      round(rng.uniform(2, 45), 1), _day(rng, dt.date(2000, 1, 1), 8000)))
    visits, scripts = [], []
    for vid in range(1, 1601):
        day = _day(rng, START, (VET_END - START).days + 1)
        farm = rng.choice(farms)
        reason = rng.choices(list(REASONS), [25, 18, 12, 14, 11, 20])[0]
        vet = rng.choice([v for v in vets if v[4] != "equine"] if reason == "TB test" else vets)
        emergency = reason in ("calving", "lameness", "mastitis") and rng.random() < 0.45
        at = _moment(rng, day, 0, 23) if emergency else _moment(rng, day, 8, 17)
        base, share = REASONS[reason]
        seen = max(1, int(farm[4] * share * rng.uniform(0.01, 0.2))) if reason != "TB test" else farm[4]
        duration = int(rng.uniform(30, 90) + seen * (0.3 if reason == "TB test" else 2))
        fee = round(base + duration / 60 * vet[7] + (120 if emergency else 0) + farm[6] * 1.2, 2)
        follow = day + dt.timedelta(days=rng.randint(3, 21)) if reason in ("lameness", "mastitis", "calving") and \
            rng.random() < 0.6 else None
        visits.append((vid, vet[0], farm[0], at, reason, seen, duration, emergency, fee, follow))
        if reason in ("routine check", "TB test") and rng.random() < 0.7:
            continue
        for _ in range(rng.choice([1, 1, 2, 3])):
            med = rng.choice({"vaccination": MEDICINES[4:6], "mastitis": MEDICINES[0:4],
                              "lameness": MEDICINES[0:4]}.get(reason, MEDICINES))
            treated = max(1, min(seen, rng.randint(1, 30)))
            dose = round(rng.uniform(2, 25), 1)
            scripts.append((len(scripts) + 1, vid, med[0], med[1], dose, treated, med[2],
                            round(treated * dose * rng.uniform(0.25, 0.6), 2)))
    _insert(con, "vets", vets)
    _insert(con, "farms", farms)
    _insert(con, "visits", visits)
    _insert(con, "prescriptions", scripts)
    con.close()


# ---------------------------------------------------------------------------------------------- coworking
SPACES = [(1, "Hot Desk Zone A", "desk", 1, 24, 4.0, False), (2, "Hot Desk Zone B", "desk", 2, 20, 4.0, False),
          (3, "Fixed Desks North", "desk", 2, 16, 5.5, True), (4, "The Boardroom", "meeting room", 3, 14, 45.0, True),
          (5, "Ada Room", "meeting room", 1, 6, 22.0, True), (6, "Turing Room", "meeting room", 2, 8, 28.0, True),
          (7, "Hopper Room", "meeting room", 3, 4, 15.0, True), (8, "Booth 1", "phone booth", 1, 1, 6.0, False),
          (9, "Booth 2", "phone booth", 2, 1, 6.0, False), (10, "Event Hall", "event space", 0, 80, 120.0, True)]
PLANS = {"hot desk": 180.0, "fixed desk": 290.0, "private office": 650.0, "virtual office": 60.0}
COMPANIES = ["Pixelforge", "Northwind Labs", "Brightpath Legal", "Quayside Design", "Tidal Analytics", None]
CO_END = dt.date(2024, 12, 31)


def build_coworking(path: Path | str) -> None:
    """members (300, birthYear, leftOn NULL while active), spaces (10), bookings (2023-2024, startsAt/endsAt
    TIMESTAMP), dayPasses (memberId NULL for walk-ins). camelCase columns."""
    rng = random.Random(7403)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(memberId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthYear INTEGER, planType VARCHAR, companyName VARCHAR, monthlyFeeGbp DOUBLE, joinedOn DATE, leftOn DATE,
        hasLocker BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE spaces(spaceId INTEGER PRIMARY KEY, spaceName VARCHAR, spaceType VARCHAR,
        floorNumber INTEGER, seatCount INTEGER, hourlyRateGbp DOUBLE, hasScreen BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE bookings(bookingId INTEGER PRIMARY KEY,
        memberId INTEGER REFERENCES members(memberId), spaceId INTEGER REFERENCES spaces(spaceId),
        startsAt TIMESTAMP, endsAt TIMESTAMP, attendeeCount INTEGER, priceGbp DOUBLE, isCancelled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE dayPasses(passId INTEGER PRIMARY KEY,
        memberId INTEGER REFERENCES members(memberId), purchasedOn DATE, passType VARCHAR, priceGbp DOUBLE,
        paymentMethod VARCHAR, usedMeetingRoom BOOLEAN)""")
    members = []
    for mid, (f, ln) in enumerate(_unique_names(rng, FIRST, LAST, 300), 1):
        plan = rng.choices(list(PLANS), [45, 25, 15, 15])[0]
        joined = _day(rng, dt.date(2021, 1, 1), 1400)
        left = joined + dt.timedelta(days=rng.randint(60, 900)) if rng.random() < 0.35 else None
        if left is not None and left > CO_END:
            left = None
        company = rng.choice(COMPANIES) if plan == "private office" or rng.random() < 0.4 else None
        members.append((mid, f, ln, rng.randint(1960, 2003), plan, company,
                        round(PLANS[plan] * rng.choice([1.0, 1.0, 0.9, 0.85]), 2), joined, left, rng.random() < 0.3))
    bookings = []
    while len(bookings) < 2400:
        mem = rng.choice(members)
        day = _day(rng, START, (CO_END - START).days + 1)
        if day < mem[7] or (mem[8] is not None and day > mem[8]) or day.weekday() == 6:
            continue
        space = rng.choices(SPACES, [14, 12, 8, 6, 12, 12, 10, 10, 10, 2])[0]
        hours = {"desk": rng.choice([4, 8, 8, 9]), "meeting room": rng.choice([1, 1, 2, 2, 3]),
                 "phone booth": 1, "event space": rng.choice([3, 4, 6])}[space[2]]
        start = dt.datetime.combine(day, dt.time(rng.randint(8, 18 - min(hours, 9)), rng.choice([0, 30])))
        attendees = 1 if space[4] == 1 or space[2] == "desk" else rng.randint(2, space[4])
        cancelled = rng.random() < 0.08
        price = 0.0 if cancelled else round(space[5] * hours * (0.8 if mem[4] == "private office" else 1.0), 2)
        bookings.append((len(bookings) + 1, mem[0], space[0], start, start + dt.timedelta(hours=hours), attendees,
                         price, cancelled))
    passes = []
    for pid in range(1, 901):
        day = _day(rng, START, (CO_END - START).days + 1)
        ptype = rng.choices(["single day", "half day", "week"], [60, 28, 12])[0]
        member = rng.choice(members)[0] if rng.random() < 0.3 else None
        price = {"single day": 25.0, "half day": 15.0, "week": 99.0}[ptype] * (0.8 if member else 1.0)
        passes.append((pid, member, day, ptype, round(price, 2), rng.choices(["card", "app", "cash"], [55, 35, 10])[0],
                       rng.random() < 0.2))
    _insert(con, "members", members)
    _insert(con, "spaces", SPACES)
    _insert(con, "bookings", bookings)
    _insert(con, "dayPasses", passes)
    con.close()


# ---------------------------------------------------------------------------------------------- roofing
TOWNS = ["Bristol", "Bath", "Weston-super-Mare", "Clevedon", "Portishead"]
WORK_TYPES = {"re-roof": (7000, 18000), "repair": (250, 1800), "flat roof": (2500, 8000), "chimney": (600, 3500),
              "guttering": (180, 900)}
MATERIALS = {"re-roof": [("concrete tile", "m2", 14), ("natural slate", "m2", 42), ("breathable membrane", "m2", 2.5),
                         ("timber batten", "m", 1.1)],
             "repair": [("concrete tile", "m2", 14), ("natural slate", "m2", 42), ("lead flashing", "kg", 9)],
             "flat roof": [("EPDM membrane", "m2", 18), ("OSB board", "m2", 9), ("insulation board", "m2", 16)],
             "chimney": [("lead flashing", "kg", 9), ("mortar", "kg", 0.6)],
             "guttering": [("uPVC gutter", "m", 7), ("gutter bracket", "m", 1.5)]}
ROOF_END = dt.date(2025, 5, 31)


def build_roofing(path: Path | str) -> None:
    """roofers (16, birth_date), quotes (2023-01..2025-05; accepted), jobs (finished_on NULL while ongoing),
    materials_used."""
    rng = random.Random(7404)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE roofers(roofer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, grade VARCHAR, day_rate_gbp DOUBLE, cscs_card BOOLEAN, hired_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE quotes(quote_id INTEGER PRIMARY KEY,
        surveyed_by INTEGER REFERENCES roofers(roofer_id), town VARCHAR, property_type VARCHAR, work_type VARCHAR,
        roof_area_m2 DOUBLE, quoted_on DATE, quote_gbp DOUBLE, insurance_claim BOOLEAN, accepted BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE jobs(job_id INTEGER PRIMARY KEY,
        quote_id INTEGER REFERENCES quotes(quote_id), lead_roofer_id INTEGER REFERENCES roofers(roofer_id),
        started_on DATE, finished_on DATE, scaffold_days INTEGER,
        weather_delay_days INTEGER, invoice_gbp DOUBLE, customer_rating INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE materials_used(usage_id INTEGER PRIMARY KEY,
        job_id INTEGER REFERENCES jobs(job_id), material VARCHAR, unit VARCHAR, quantity DOUBLE, cost_gbp DOUBLE,
        delivered_at TIMESTAMP)""")
    grades = ["foreman"] * 4 + ["roofer"] * 8 + ["apprentice"] * 4
    roofers = [(rid, f, ln, _day(rng, dt.date(1966, 1, 1), 13500) if grades[rid - 1] != "apprentice" else
                _day(rng, dt.date(2000, 1, 1), 2000), grades[rid - 1],
                {"foreman": 240.0, "roofer": 190.0, "apprentice": 95.0}[grades[rid - 1]] + rng.randint(0, 30),
                grades[rid - 1] != "apprentice" or rng.random() < 0.5, _day(rng, dt.date(2008, 1, 1), 5200))
               for rid, (f, ln) in enumerate(_unique_names(rng, FIRST, LAST, 16), 1)]
    surveyors = [r[0] for r in roofers if r[4] == "foreman"] + [5, 6]
    leads = [r[0] for r in roofers if r[4] != "apprentice"]
    quotes, jobs, materials = [], [], []
    for qid in range(1, 761):
        day = _day(rng, START, (ROOF_END - START).days + 1)
        work = rng.choices(list(WORK_TYPES), [14, 36, 16, 14, 20])[0]
        area = round(rng.uniform(40, 140) if work in ("re-roof", "flat roof") else rng.uniform(2, 25), 1)
        amount = round(rng.uniform(*WORK_TYPES[work]) * (1.1 if rng.random() < 0.3 else 1.0), 2)
        insurance = work == "repair" and rng.random() < 0.25
        accepted = rng.random() < (0.75 if insurance else 0.52)
        quotes.append((qid, rng.choice(surveyors), rng.choices(TOWNS, [40, 22, 14, 12, 12])[0],
                       rng.choice(["terraced", "semi-detached", "detached", "bungalow", "commercial"]), work, area,
                       day, amount, insurance, accepted))
        if not accepted:
            continue
        start = day + dt.timedelta(days=rng.randint(5, 50))
        if start > ROOF_END:
            continue
        days = {"re-roof": 9, "repair": 1, "flat roof": 4, "chimney": 2, "guttering": 1}[work]
        delay = rng.choices([0, 0, 0, 1, 2, 4], k=1)[0] if start.month in (10, 11, 12, 1, 2, 3) else \
            rng.choice([0, 0, 0, 0, 1])
        finish = start + dt.timedelta(days=days + rng.randint(0, 2) + delay)
        if finish > ROOF_END:
            finish = None
        jid = len(jobs) + 1
        jobs.append((jid, qid, rng.choice(leads), start, finish,
                     0 if work in ("repair", "guttering") and rng.random() < 0.6 else days + delay + 4, delay,
                     None if finish is None else round(amount * rng.uniform(0.98, 1.15), 2),
                     None if finish is None else rng.choices([2, 3, 4, 5], [5, 15, 35, 45])[0]))
        for mat, unit, price in rng.sample(MATERIALS[work], k=min(len(MATERIALS[work]), rng.randint(1, 3))):
            qty = round(area * rng.uniform(1.0, 1.2) if unit == "m2" else
                        rng.uniform(5, 40) if unit == "kg" else rng.uniform(6, 60), 1)
            materials.append((len(materials) + 1, jid, mat, unit, qty, round(qty * price * rng.uniform(0.95, 1.1), 2),
                              _moment(rng, start - dt.timedelta(days=rng.randint(0, 3)), 7, 16)))
    _insert(con, "roofers", roofers)
    _insert(con, "quotes", quotes)
    _insert(con, "jobs", jobs)
    _insert(con, "materials_used", materials)
    con.close()


# ---------------------------------------------------------------------------------------------- theatre
PRODUCTIONS = [(1, "The Crucible", "drama", "Helen Marsh", dt.date(2023, 2, 9), dt.date(2023, 4, 1), False),
               (2, "Guys and Dolls", "musical", "Tom Okafor", dt.date(2023, 4, 20), dt.date(2023, 7, 29), True),
               (3, "Noises Off", "comedy", "Priya Nair", dt.date(2023, 9, 7), dt.date(2023, 10, 28), False),
               (4, "A Christmas Carol", "drama", "Helen Marsh", dt.date(2023, 11, 23), dt.date(2024, 1, 6), False),
               (5, "La Boheme", "opera", "Stefan Kraus", dt.date(2024, 2, 1), dt.date(2024, 2, 24), True),
               (6, "Blood Brothers", "musical", "Tom Okafor", dt.date(2024, 3, 14), dt.date(2024, 6, 8), True),
               (7, "Swan Lake", "dance", "Anya Petrova", dt.date(2024, 6, 20), dt.date(2024, 7, 13), True),
               (8, "The Importance of Being Earnest", "comedy", "Priya Nair", dt.date(2024, 9, 5),
                dt.date(2024, 10, 19), False),
               (9, "Cinderella", "pantomime", "Gwen Ashby", dt.date(2024, 11, 28), dt.date(2025, 1, 5), False),
               (10, "Matilda", "musical", "Tom Okafor", dt.date(2025, 2, 6), None, True)]
BANDS = {"premium": (62.0, 60), "standard": (42.0, 180), "restricted view": (24.0, 40), "concession": (28.0, 120)}
THEATRE_END = dt.date(2025, 3, 15)


def build_theatre(path: Path | str) -> None:
    """productions (10; closing_night NULL while running), performances (2023-02..2025-03), ticket_sales (seats
    sold by price band per performance and channel), members (birth_year, lapsed_on NULL while current)."""
    rng = random.Random(7405)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE productions(production_id INTEGER PRIMARY KEY, title VARCHAR,
        genre VARCHAR, director VARCHAR, opening_night DATE, closing_night DATE, touring BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE performances(performance_id INTEGER PRIMARY KEY,
        production_id INTEGER REFERENCES productions(production_id), starts_at TIMESTAMP, matinee BOOLEAN,
        relaxed_performance BOOLEAN, capacity INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, tier VARCHAR, annual_fee_gbp DOUBLE, joined_on DATE, lapsed_on DATE,
        gift_aid BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE ticket_sales(sale_id INTEGER PRIMARY KEY,
        performance_id INTEGER REFERENCES performances(performance_id), member_id INTEGER REFERENCES members(member_id),
        price_band VARCHAR, channel VARCHAR, seats_sold INTEGER, revenue_gbp DOUBLE, sold_at TIMESTAMP)""")
    members = []
    tiers = {"friend": 45.0, "patron": 150.0, "benefactor": 500.0}
    for mid, (f, ln) in enumerate(_unique_names(rng, FIRST, LAST, 240), 1):
        tier = rng.choices(list(tiers), [70, 24, 6])[0]
        joined = _day(rng, dt.date(2015, 1, 1), 3700)
        lapsed = joined + dt.timedelta(days=rng.randint(365, 2500)) if rng.random() < 0.3 else None
        if lapsed is not None and lapsed > THEATRE_END:
            lapsed = None
        members.append((mid, f, ln, rng.randint(1940, 2000), tier, tiers[tier], joined, lapsed, rng.random() < 0.6))
    popularity = {1: 0.6, 2: 0.9, 3: 0.75, 4: 0.85, 5: 0.5, 6: 0.8, 7: 0.65, 8: 0.55, 9: 0.95, 10: 0.7}
    performances, sales = [], []
    for prod in PRODUCTIONS:
        day, last = prod[4], prod[5] or THEATRE_END
        while day <= last:
            if day.weekday() != 0:
                slots = [(19, 30, False)] + ([(14, 30, True)] if day.weekday() in (3, 5) else [])
                for hour, minute, matinee in slots:
                    pid = len(performances) + 1
                    starts = dt.datetime.combine(day, dt.time(hour, minute))
                    performances.append((pid, prod[0], starts, matinee, matinee and rng.random() < 0.15, 400))
                    for band, (price, seats) in BANDS.items():
                        fill = popularity[prod[0]] * rng.uniform(0.6, 1.1) * (0.8 if matinee else 1.0)
                        sold = max(1, min(seats, int(seats * fill)))
                        for channel, share in (("online", 0.6), ("box office", 0.25), ("phone", 0.15)):
                            n = int(round(sold * share * rng.uniform(0.7, 1.3)))
                            if n == 0:
                                continue
                            member = rng.choice(members) if rng.random() < 0.25 else None
                            disc = 0.9 if member else 1.0
                            when = starts - dt.timedelta(days=rng.randint(0, 60), hours=rng.randint(0, 10))
                            sales.append((len(sales) + 1, pid, member and member[0], band, channel, n,
                                          round(n * price * disc, 2), when))
            day += dt.timedelta(days=1)
    _insert(con, "productions", PRODUCTIONS)
    _insert(con, "performances", performances)
    _insert(con, "members", members)
    _insert(con, "ticket_sales", sales)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "brewery": build_brewery,
    "vetfarm": build_vetfarm,
    "coworking": build_coworking,
    "roofing": build_roofing,
    "theatre": build_theatre,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval74-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval74-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval74-dbs"))
