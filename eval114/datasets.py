"""Builders of the hundred-and-fourteenth development evaluation corpus: five DuckDB files in five domains.

Deterministic (one fixed `random.Random` seed per schema, no clock) and atomic (each file is written to a temporary
name, then renamed). Standalone: imports nothing from the project.

- `choir.duckdb`: a community choir's singers (birth date, voice part), rehearsals, concerts and rehearsal attendance
- `bikecourier.duckdb`: a bike courier firm's couriers (birth year), clients, jobs (pickup/drop-off timestamps,
  distance) and damage claims
- `nursery.duckdb`: a plant nursery's suppliers, plants (species, price), stock deliveries and sales lines
  (`deliveries.supplier_id` is only implied by its name, not declared)
- `chess.duckdb`: a chess club's members (rating, birth year), tournaments and games (camelCase columns)
- `lettings.duckdb`: a letting agency's landlords, properties, tenancies (end date NULL while still let) and rent
  payments

Usage:
    python eval114/datasets.py OUTDIR

Example:
    >>> from eval114.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval114-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['bikecourier.duckdb', 'chess.duckdb', 'choir.duckdb', 'lettings.duckdb', 'nursery.duckdb']
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


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Abigail", "Bernard", "Carys", "Dominic", "Esther", "Felix", "Gwen", "Hector", "Ingrid", "Jasper", "Kirsty",
         "Leon", "Mairead", "Nathan", "Ophelia", "Patrick", "Rosalind", "Stefan", "Tamsin", "Ulric", "Verity",
         "Wilfred", "Xanthe", "Yvonne", "Zachary", "Annika", "Callum", "Delphine"]
LAST = ["Abbott", "Beaumont", "Carmichael", "Drummond", "Eastwood", "Fairbairn", "Goodall", "Hargreaves", "Ingram",
        "Jennings", "Kilbride", "Lockhart", "Mortimer", "Nightingale", "Oyelaran", "Prendergast", "Quigley",
        "Radcliffe", "Strachan", "Trelawney", "Underwood", "Vaughan", "Wainwright", "Yates"]

# ------------------------------------------------------------------------------------------------- choir
VOICE_PARTS = {"soprano": 20, "alto": 18, "tenor": 10, "bass": 14}
CONCERTS = [(1, "Spring Serenade", dt.date(2023, 3, 25), "St Columba's Church", 12.0, False),
            (2, "Songs of the Sea", dt.date(2023, 6, 17), "Harbour Arts Centre", 15.0, False),
            (3, "Remembrance Requiem", dt.date(2023, 11, 11), "St Columba's Church", 10.0, True),
            (4, "Carols by Candlelight 2023", dt.date(2023, 12, 16), "Town Hall", 14.0, False),
            (5, "Spring Serenade 2024", dt.date(2024, 4, 13), "Harbour Arts Centre", 15.0, False),
            (6, "Summer Proms", dt.date(2024, 7, 6), "Memorial Park Bandstand", 8.0, True),
            (7, "Brahms Requiem", dt.date(2024, 10, 19), "St Columba's Church", 18.0, False),
            (8, "Carols by Candlelight 2024", dt.date(2024, 12, 14), "Town Hall", 15.0, True)]
VENUE_SEATS = {"St Columba's Church": 260, "Harbour Arts Centre": 340, "Town Hall": 420,
               "Memorial Park Bandstand": 600}


def build_choir(path: Path | str) -> None:
    """singers (64, birth_date, voice_part, left_on NULL while still singing), concerts (8, tickets), rehearsals
    (weekly full, sectionals and dress rehearsals 2023-2024, section NULL for the whole choir), attendance (one row
    per expected singer and rehearsal, present/late/apologies)."""
    rng = random.Random(11401)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE singers(singer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, voice_part VARCHAR, joined_on DATE, left_on DATE,
        section_leader BOOLEAN, concession BOOLEAN, annual_subs_gbp DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE concerts(concert_id INTEGER PRIMARY KEY, title VARCHAR, concert_date DATE,
        venue VARCHAR, ticket_price_gbp DOUBLE, charity_event BOOLEAN, tickets_sold INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE rehearsals(rehearsal_id INTEGER PRIMARY KEY,
        concert_id INTEGER REFERENCES concerts(concert_id), starts_at TIMESTAMP, rehearsal_type VARCHAR,
        section VARCHAR, venue VARCHAR, duration_minutes INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE attendance(attendance_id INTEGER PRIMARY KEY,
        rehearsal_id INTEGER REFERENCES rehearsals(rehearsal_id), singer_id INTEGER REFERENCES singers(singer_id),
        present BOOLEAN, arrived_late BOOLEAN, sent_apologies BOOLEAN)""")
    singers = []
    parts = [p for p, n in VOICE_PARTS.items() for _ in range(n)]
    rng.shuffle(parts)
    leaders_done: list[str] = []
    for sid, ((first, last), part) in enumerate(zip(_unique_names(rng, FIRST, LAST, 62), parts), start=1):
        born = _day(rng, dt.date(1948, 1, 1), 20000)
        joined = _day(rng, dt.date(2009, 1, 1), 5800)
        left = _day(rng, max(joined, dt.date(2023, 1, 1)) + dt.timedelta(days=60), 500) if rng.random() < 0.16 \
            else None
        if left is not None and left > dt.date(2024, 12, 20):
            left = None
        leader = part not in leaders_done and left is None and joined < dt.date(2020, 1, 1)
        if leader:
            leaders_done.append(part)
        concession = born.year < 1960 or born.year > 2000 or rng.random() < 0.12
        singers.append((sid, first, last, born, part, joined, left, leader, concession,
                        90.0 if concession else 180.0))
    concerts = []
    for cid, title, day, venue, price, charity in CONCERTS:
        concerts.append((cid, title, day, venue, price, charity,
                         int(VENUE_SEATS[venue] * rng.uniform(0.55, 0.97))))
    rehearsals: list[tuple] = []
    rid = 0
    day = dt.date(2023, 1, 3)  # a Tuesday
    while day <= dt.date(2024, 12, 10):
        if day.month != 8:
            nxt = next(c for c in CONCERTS if c[2] >= day)
            rid += 1
            venue = "Church Hall" if rng.random() < 0.8 else "Music School"
            rehearsals.append((rid, nxt[0], dt.datetime.combine(day, dt.time(19, 30)), "full", None, venue,
                               120))
            if rng.random() < 0.3:
                rid += 1
                thursday = day + dt.timedelta(days=2)
                section = rng.choice(list(VOICE_PARTS))
                rehearsals.append((rid, nxt[0], dt.datetime.combine(thursday, dt.time(19, 0)), "sectional",
                                   section, "Music School", 90))
        day += dt.timedelta(days=7)
    for cid, _, cday, venue, _, _ in CONCERTS:
        rid += 1
        rehearsals.append((rid, cid, dt.datetime.combine(cday - dt.timedelta(days=1), dt.time(14, 0)), "dress",
                           None, venue, 180))
    rehearsals.sort(key=lambda r: r[2])
    rehearsals = [(i, *r[1:]) for i, r in enumerate(rehearsals, start=1)]
    keen = {s[0]: rng.uniform(0.62, 0.97) for s in singers}
    attendance = []
    aid = 0
    for r in rehearsals:
        day = r[2].date()
        for s in singers:
            if s[5] > day or (s[6] is not None and s[6] <= day):
                continue
            if r[4] is not None and s[4] != r[4]:
                continue
            aid += 1
            chance = min(0.99, keen[s[0]] + (0.08 if r[3] == "dress" else 0.0) - (0.1 if day.month == 12 else 0.0))
            present = rng.random() < chance
            late = present and rng.random() < 0.09
            apologies = (not present) and rng.random() < 0.65
            attendance.append((aid, r[0], s[0], present, late, apologies))
    _insert(con, "singers", singers)
    _insert(con, "concerts", concerts)
    _insert(con, "rehearsals", rehearsals)
    _insert(con, "attendance", attendance)
    con.close()


# ------------------------------------------------------------------------------------------------- bike couriers
SECTORS = {"legal": ["Hale & Partners", "Cromwell Law", "Fenwick Solicitors", "Brightwater Legal", "Ashby Chambers",
                     "Kerr Notaries", "Linden Conveyancing"],
           "medical": ["Northgate Clinic", "City Dental Lab", "St Luke's Pathology", "Riverside Pharmacy",
                       "Parkview Physio", "Medway Labs"],
           "retail": ["Bloom & Wild Florist", "Pedal Cycles", "Inkwell Stationers", "Vinyl Vault", "The Cheese Cellar",
                      "Crumb Bakery", "Threadbare Boutique", "Hopper Shoes"],
           "hospitality": ["Hotel Meridian", "The Copper Kettle", "Grand Arcade Cafe", "Saffron Kitchen",
                           "Bellhouse Inn"],
           "media": ["Northern Echo Studio", "Lantern Films", "Pixel Press", "Soundwave Records", "Quarto Publishing",
                     "Frame Agency"]}
SERVICES = {"standard": (6.0, 1.1, 50), "express": (10.0, 1.5, 30), "same hour": (16.0, 2.0, 12)}
DAMAGE_TYPES = {"crushed": 5, "water damage": 4, "lost": 2, "scratched": 3, "broken": 3}


def build_bikecourier(path: Path | str) -> None:
    """couriers (22, birth_year, vehicle), clients (32, sector), jobs (2023-01 to 2025-02; booked_at, pickup_at,
    dropoff_at TIMESTAMP, both NULL when cancelled; distance_km, fee_gbp 0 when cancelled), damage_claims (declared
    FK to jobs; settled_on and payout_gbp NULL while the claim is open)."""
    rng = random.Random(11402)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE couriers(courier_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, vehicle VARCHAR, hired_on DATE, self_employed BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, client_name VARCHAR, sector VARCHAR,
        account_opened DATE, monthly_invoice BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE jobs(job_id INTEGER PRIMARY KEY,
        client_id INTEGER REFERENCES clients(client_id), courier_id INTEGER REFERENCES couriers(courier_id),
        service_level VARCHAR, booked_at TIMESTAMP, pickup_at TIMESTAMP, dropoff_at TIMESTAMP, distance_km DOUBLE,
        fee_gbp DOUBLE, cancelled BOOLEAN, signature_required BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE damage_claims(claim_id INTEGER PRIMARY KEY,
        job_id INTEGER REFERENCES jobs(job_id), reported_on DATE, damage_type VARCHAR, claimed_gbp DOUBLE,
        settled_on DATE, payout_gbp DOUBLE)""")
    couriers = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 22), start=1):
        vehicle = rng.choices(["bike", "cargo bike", "e-bike"], [10, 4, 6])[0]
        couriers.append((cid, first, last, rng.randint(1972, 2004), vehicle, _day(rng, dt.date(2016, 1, 1), 3200),
                         rng.random() < 0.55))
    clients = []
    cid = 0
    for sector, names in SECTORS.items():
        for name in names:
            cid += 1
            clients.append((cid, name, sector, _day(rng, dt.date(2015, 1, 1), 3100), rng.random() < 0.5))
    client_w = [rng.choice([1, 2, 3, 6]) for _ in clients]
    same_hour_user = [c[2] == "medical" or rng.random() < 0.7 for c in clients]
    courier_w = [rng.choice([2, 3, 4, 5]) for _ in couriers]
    jobs = []
    end = dt.date(2025, 2, 28)
    for jid in range(1, 2801):
        k = rng.choices(range(len(clients)), client_w)[0]
        client = clients[k]
        courier = rng.choices(couriers, courier_w)[0]
        while courier[5] > end:
            courier = rng.choice(couriers)
        first = max(dt.date(2023, 1, 1), courier[5])
        day = _day(rng, first, (end - first).days + 1)
        while day.weekday() == 6 or day.weekday() == 5 and rng.random() < 0.6:
            day = _day(rng, first, (end - first).days + 1)
        service = rng.choices(list(SERVICES), [3, 3, 4] if client[2] == "medical" else [6, 3, same_hour_user[k]])[0]
        base, per_km, max_wait = SERVICES[service]
        hour = rng.choices(range(7, 20), [2, 5, 7, 8, 7, 9, 8, 7, 7, 6, 4, 2, 1])[0]
        booked = dt.datetime.combine(day, dt.time(hour, rng.randrange(60)))
        km = round(rng.uniform(0.8, 14.0) if courier[4] != "cargo bike" else rng.uniform(0.8, 9.0), 1)
        cancelled = rng.random() < 0.05
        if cancelled:
            pickup = dropoff = None
            fee = 0.0
        else:
            pickup = booked + dt.timedelta(minutes=rng.randint(4, max_wait))
            speed = {"bike": 16.0, "cargo bike": 12.0, "e-bike": 20.0}[courier[4]] * rng.uniform(0.75, 1.15)
            dropoff = pickup + dt.timedelta(minutes=int(km / speed * 60) + rng.randint(2, 8))
            fee = round(base + per_km * km, 2)
        jobs.append((jid, client[0], courier[0], service, booked, pickup, dropoff, km, fee, cancelled,
                     client[2] in ("legal", "medical") or rng.random() < 0.15))
    claims = []
    done = [j for j in jobs if not j[9]]
    for clid, job in enumerate(sorted(rng.sample(done, 130), key=lambda j: j[0]), start=1):
        reported = job[6].date() + dt.timedelta(days=rng.choice([0, 0, 1, 1, 2, 3, 5]))
        dtype = rng.choices(list(DAMAGE_TYPES), list(DAMAGE_TYPES.values()))[0]
        claimed = round(rng.uniform(15, 400) if dtype != "lost" else rng.uniform(60, 900), 2)
        settled = reported + dt.timedelta(days=rng.randint(5, 60))
        if settled > dt.date(2025, 2, 28) or rng.random() < 0.05:
            settled, payout = None, None
        else:
            payout = 0.0 if rng.random() < 0.25 else round(claimed * rng.choice([0.5, 0.8, 1.0, 1.0]), 2)
        claims.append((clid, job[0], reported, dtype, claimed, settled, payout))
    _insert(con, "couriers", couriers)
    _insert(con, "clients", clients)
    _insert(con, "jobs", jobs)
    _insert(con, "damage_claims", claims)
    con.close()


# ------------------------------------------------------------------------------------------------- plant nursery
SUPPLIERS = [(1, "Greenacre Growers", "Kent", True, 7), (2, "Hillside Propagation", "Devon", False, 10),
             (3, "Marshfield Perennials", "Norfolk", True, 5), (4, "Oakleaf Trees Ltd", "Herefordshire", False, 14),
             (5, "Riverbend Herbs", "Somerset", True, 4), (6, "Westwood Nurseries", "Cheshire", False, 9),
             (7, "Fernhill Plants", "Cornwall", False, 12)]
PLANTS = [  # common name, species, plant type, pot litres, retail price, main supplier
    ('English lavender', 'Lavandula angustifolia', 'shrub', 2.0, 7.99, 1),
    ('Rosemary', 'Salvia rosmarinus', 'herb', 1.0, 4.99, 5),
    ('Common sage', 'Salvia officinalis', 'herb', 1.0, 4.49, 5),
    ('Thyme', 'Thymus vulgaris', 'herb', 0.5, 3.49, 5),
    ('Mint', 'Mentha spicata', 'herb', 1.0, 3.99, 5),
    ('Chives', 'Allium schoenoprasum', 'herb', 0.5, 2.99, 5),
    ('Oregano', 'Origanum vulgare', 'herb', 1.0, 3.99, 5),
    ('Foxglove', 'Digitalis purpurea', 'perennial', 2.0, 6.49, 3),
    ('Lupin', 'Lupinus polyphyllus', 'perennial', 2.0, 8.99, 3),
    ('Hardy geranium', 'Geranium Rozanne', 'perennial', 2.0, 9.49, 3),
    ('Echinacea', 'Echinacea purpurea', 'perennial', 2.0, 8.49, 3),
    ('Hellebore', 'Helleborus niger', 'perennial', 2.0, 12.99, 2),
    ('Hosta', 'Hosta sieboldiana', 'perennial', 3.0, 11.99, 2),
    ('Japanese anemone', 'Anemone hupehensis', 'perennial', 2.0, 8.99, 3),
    ('Catmint', 'Nepeta faassenii', 'perennial', 2.0, 7.49, 1),
    ('Peony', 'Paeonia lactiflora', 'perennial', 3.0, 16.99, 2),
    ('Hydrangea', 'Hydrangea macrophylla', 'shrub', 5.0, 22.99, 6),
    ('Box', 'Buxus sempervirens', 'shrub', 3.0, 14.99, 6),
    ('Camellia', 'Camellia japonica', 'shrub', 5.0, 24.99, 2),
    ('Mexican orange', 'Choisya ternata', 'shrub', 3.0, 17.99, 6),
    ('Buddleia', 'Buddleja davidii', 'shrub', 3.0, 12.99, 1),
    ('Rhododendron', 'Rhododendron ponticum', 'shrub', 5.0, 27.99, 7),
    ('Japanese maple', 'Acer palmatum', 'tree', 10.0, 49.99, 4),
    ('Silver birch', 'Betula pendula', 'tree', 12.0, 39.99, 4),
    ('Rowan', 'Sorbus aucuparia', 'tree', 12.0, 34.99, 4),
    ('Crab apple', 'Malus sylvestris', 'tree', 12.0, 42.99, 4),
    ('Olive tree', 'Olea europaea', 'tree', 15.0, 69.99, 6),
    ('Cherry tree', 'Prunus avium', 'tree', 12.0, 45.99, 4),
    ('Clematis', 'Clematis montana', 'climber', 3.0, 13.99, 1),
    ('Honeysuckle', 'Lonicera periclymenum', 'climber', 3.0, 11.99, 1),
    ('Star jasmine', 'Trachelospermum jasminoides', 'climber', 3.0, 18.99, 6),
    ('Climbing rose', 'Rosa New Dawn', 'climber', 4.0, 21.99, 6),
    ('Wisteria', 'Wisteria sinensis', 'climber', 5.0, 32.99, 7),
    ("Hart's tongue fern", 'Asplenium scolopendrium', 'fern', 2.0, 9.99, 7),
    ('Soft shield fern', 'Polystichum setiferum', 'fern', 2.0, 10.99, 7),
    ('Male fern', 'Dryopteris filix-mas', 'fern', 2.0, 8.99, 7),
    ('Tree fern', 'Dicksonia antarctica', 'fern', 20.0, 89.99, 7),
    ('Blue fescue', 'Festuca glauca', 'grass', 1.0, 5.49, 3),
    ('Pampas grass', 'Cortaderia selloana', 'grass', 5.0, 19.99, 2),
    ('Japanese forest grass', 'Hakonechloa macra', 'grass', 2.0, 11.49, 2)]
PLANT_TYPE_SEASON = {"herb": (4, 5, 6, 7), "perennial": (3, 4, 5, 6), "shrub": (3, 4, 9, 10), "tree": (1, 2, 11, 12),
                     "climber": (4, 5, 6), "fern": (4, 5, 9), "grass": (5, 6, 7)}


def build_nursery(path: Path | str) -> None:
    """suppliers (7, county, organic), plants (40, species, plant_type, retail_price_gbp), deliveries (2023-2024;
    supplier_id is not declared as a foreign key), sales_lines (2023-2024, sold_at TIMESTAMP, refunded_on NULL
    unless the line was refunded)."""
    rng = random.Random(11403)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE suppliers(supplier_id INTEGER PRIMARY KEY, supplier_name VARCHAR,
        county VARCHAR, organic_certified BOOLEAN, lead_time_days INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE plants(plant_id INTEGER PRIMARY KEY, common_name VARCHAR, species VARCHAR,
        plant_type VARCHAR, pot_size_litres DOUBLE, retail_price_gbp DOUBLE, peat_free BOOLEAN, frost_hardy BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE deliveries(delivery_id INTEGER PRIMARY KEY, supplier_id INTEGER,
        plant_id INTEGER REFERENCES plants(plant_id), delivered_on DATE, quantity INTEGER, unit_cost_gbp DOUBLE,
        damaged_on_arrival INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE sales_lines(line_id INTEGER PRIMARY KEY, receipt_no VARCHAR,
        plant_id INTEGER REFERENCES plants(plant_id), sold_at TIMESTAMP, quantity INTEGER, unit_price_gbp DOUBLE,
        channel VARCHAR, loyalty_member BOOLEAN, refunded_on DATE)""")
    plants = []
    for pid, (name, species, ptype, litres, price, _) in enumerate(PLANTS, start=1):
        hardy = ptype not in ("herb",) and name not in ("Olive tree", "Tree fern", "Star jasmine") \
            or name in ("Thyme", "Chives", "Mint", "Oregano")
        plants.append((pid, name, species, ptype, litres, price, rng.random() < 0.6, hardy))
    deliveries = []
    did = 0
    for p, spec in zip(plants, PLANTS):
        for _ in range(rng.randint(6, 16)):
            did += 1
            supplier = spec[5] if rng.random() < 0.8 else rng.choice(SUPPLIERS)[0]
            month = rng.choice(PLANT_TYPE_SEASON[p[3]] + (2, 3, 8))
            day = dt.date(rng.choice([2023, 2024]), month, rng.randint(1, 28))
            qty = rng.choice([10, 12, 20, 24, 30, 40, 50]) if p[5] < 30 else rng.choice([3, 5, 6, 10])
            cost = round(p[5] * rng.uniform(0.38, 0.55), 2)
            damaged = 0 if rng.random() < 0.7 else rng.randint(1, max(1, qty // 8))
            deliveries.append((did, supplier, p[0], day, qty, cost, damaged))
    deliveries.sort(key=lambda d: (d[3], d[0]))
    deliveries = [(i, *d[1:]) for i, d in enumerate(deliveries, start=1)]
    baskets = []
    month_w = [2, 3, 7, 10, 11, 9, 7, 5, 6, 5, 3, 4]
    while sum(len(b[3]) for b in baskets) < 4200:
        month = rng.choices(range(1, 13), month_w)[0]
        day = dt.date(rng.choice([2023, 2024]), month, rng.randint(1, 28))
        channel = rng.choices(["shop", "online", "plant fair"], [12, 5, 1 if month in (4, 5, 6, 9) else 0])[0]
        hour = rng.randint(0, 23) if channel == "online" else rng.choices(range(9, 17), [3, 5, 6, 6, 5, 6, 5, 3])[0]
        sold = dt.datetime.combine(day, dt.time(hour, rng.randrange(60)))
        loyalty = channel != "plant fair" and rng.random() < 0.35
        items = []
        for _ in range(rng.choices([1, 2, 3, 4], [5, 3, 2, 1])[0]):
            weights = [3 if month in PLANT_TYPE_SEASON[p[3]] else 1 for p in plants]
            p = rng.choices(plants, weights)[0]
            qty = rng.choices([1, 2, 3, 6], [10, 4, 2, 1])[0] if p[5] < 30 else 1
            price = p[5] if rng.random() < 0.8 else round(p[5] * rng.choice([0.8, 0.9]), 2)
            refunded = day + dt.timedelta(days=rng.randint(1, 20)) if rng.random() < 0.03 else None
            items.append((p[0], qty, price, refunded))
        baskets.append((sold, channel, loyalty, items))
    baskets.sort(key=lambda b: b[0])
    lines = []
    for receipt, (sold, channel, loyalty, items) in enumerate(baskets, start=1):
        for plant_id, qty, price, refunded in items:
            lines.append((len(lines) + 1, f"R{sold.year % 100}-{receipt:05d}", plant_id, sold, qty, price, channel,
                          loyalty, refunded))
    _insert(con, "suppliers", SUPPLIERS)
    _insert(con, "plants", plants)
    _insert(con, "deliveries", deliveries)
    _insert(con, "sales_lines", lines)
    con.close()


# ------------------------------------------------------------------------------------------------- chess club
TOURNAMENTS = [(1, "Winter Classic 2023", dt.date(2023, 1, 14), 2, "classical", 5, 20.0, 300.0, True),
               (2, "Spring Rapidplay 2023", dt.date(2023, 4, 1), 1, "rapid", 6, 12.0, 150.0, True),
               (3, "Summer Blitz 2023", dt.date(2023, 7, 8), 1, "blitz", 9, 5.0, 0.0, False),
               (4, "Club Championship 2023", dt.date(2023, 9, 16), 2, "classical", 7, 25.0, 500.0, True),
               (5, "Autumn Rapidplay 2023", dt.date(2023, 10, 28), 1, "rapid", 6, 12.0, 150.0, True),
               (6, "Christmas Blitz 2023", dt.date(2023, 12, 16), 1, "blitz", 9, 5.0, 50.0, False),
               (7, "Winter Classic 2024", dt.date(2024, 1, 13), 2, "classical", 5, 20.0, 300.0, True),
               (8, "Spring Rapidplay 2024", dt.date(2024, 3, 23), 1, "rapid", 6, 15.0, 200.0, True),
               (9, "Junior Open 2024", dt.date(2024, 5, 11), 1, "rapid", 5, 8.0, 100.0, True),
               (10, "Summer Blitz 2024", dt.date(2024, 7, 13), 1, "blitz", 9, 5.0, 0.0, False),
               (11, "Club Championship 2024", dt.date(2024, 9, 14), 2, "classical", 7, 25.0, 600.0, True),
               (12, "Autumn Rapidplay 2024", dt.date(2024, 11, 2), 1, "rapid", 6, 15.0, 200.0, True),
               (13, "Christmas Blitz 2024", dt.date(2024, 12, 14), 1, "blitz", 9, 5.0, 50.0, False),
               (14, "Winter Classic 2025", dt.date(2025, 1, 11), 2, "classical", 5, 22.0, 350.0, True)]
OPENINGS = {"Sicilian Defence": 9, "French Defence": 5, "Ruy Lopez": 6, "Queen's Gambit": 7, "King's Indian Defence": 4,
            "Caro-Kann Defence": 4, "English Opening": 3, "Italian Game": 7, "London System": 6}


def build_chess(path: Path | str) -> None:
    """members (96, birthYear, rating, leftDate NULL while still a member), tournaments (14, timeControl,
    entryFee, prizeFund), games (club nights and tournaments 2023-01 to 2025-03; tournamentId NULL for a casual
    club-night game; result white/black/draw, moveCount). camelCase columns."""
    rng = random.Random(11404)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE members(memberId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthYear INTEGER, rating INTEGER, membershipType VARCHAR, isCoach BOOLEAN, joinedDate DATE,
        leftDate DATE)""")
    con.execute("""CREATE OR REPLACE TABLE tournaments(tournamentId INTEGER PRIMARY KEY, tournamentName VARCHAR,
        startDate DATE, endDate DATE, timeControl VARCHAR, rounds INTEGER, entryFee DOUBLE, prizeFund DOUBLE,
        isRated BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE games(gameId INTEGER PRIMARY KEY,
        tournamentId INTEGER REFERENCES tournaments(tournamentId),
        whiteMemberId INTEGER REFERENCES members(memberId), blackMemberId INTEGER REFERENCES members(memberId),
        playedAt TIMESTAMP, opening VARCHAR, result VARCHAR, moveCount INTEGER, endedBy VARCHAR)""")
    members = []
    for mid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 96), start=1):
        born = rng.choices([rng.randint(1942, 1959), rng.randint(1960, 2006), rng.randint(2007, 2015)], [3, 8, 3])[0]
        kind = "junior" if born >= 2007 else "senior" if born < 1960 else "adult"
        rating = int(min(2350, max(650, rng.gauss(1450 if kind != "junior" else 1050, 330))))
        joined = _day(rng, dt.date(2005, 1, 1) if kind != "junior" else dt.date(2017, 1, 1), 6500 if kind != "junior"
                      else 2600)
        if joined > dt.date(2024, 12, 31):
            joined = dt.date(2024, 9, 1)
        left = _day(rng, dt.date(2023, 3, 1), 700) if rng.random() < 0.15 else None
        members.append((mid, first, last, born, rating, kind, rating > 1850 and rng.random() < 0.6, joined, left))
    tournaments = [(t[0], t[1], t[2], t[2] + dt.timedelta(days=t[3] - 1), t[4], t[5], t[6], t[7], t[8])
                   for t in TOURNAMENTS]
    club_nights_only = [m[0] for m in members if rng.random() < 0.15]
    games = []

    def active(m, day):
        return m[7] <= day and (m[8] is None or m[8] > day)

    def play(tid, when, white, black, time_control):
        diff = white[4] - black[4] + 35
        p_white = 1 / (1 + 10 ** (-diff / 400))
        draw = rng.random() < (0.12 if time_control == "blitz" else 0.22)
        result = "draw" if draw else "white" if rng.random() < p_white else "black"
        moves = max(12, int(rng.gauss(44 if time_control != "blitz" else 38, 15)))
        ended = rng.choices(["agreement", "repetition", "stalemate"], [6, 3, 1])[0] if draw else \
            rng.choices(["resignation", "checkmate", "time"], [10, 3, 4 if time_control == "blitz" else 1])[0]
        games.append((len(games) + 1, tid, white[0], black[0], when,
                      rng.choices(list(OPENINGS), list(OPENINGS.values()))[0], result, moves, ended))

    for t in tournaments:
        junior_event = t[1].startswith("Junior")
        field = [m for m in members if active(m, t[2]) and m[0] not in club_nights_only
                 and (m[5] == "junior" if junior_event else m[5] != "junior" or rng.random() < 0.3)]
        field = rng.sample(field, min(len(field), rng.randint(14, 24)))
        for rnd in range(t[5]):
            day = t[2] + dt.timedelta(days=(rnd * ((t[3] - t[2]).days + 1)) // t[5])
            start_hour = 10 + (rnd % 3) * (2 if t[4] == "classical" else 1)
            rng.shuffle(field)
            for k in range(0, len(field) - 1, 2):
                when = dt.datetime.combine(day, dt.time(min(start_hour, 20), rng.choice([0, 0, 15, 30])))
                play(t[0], when, field[k], field[k + 1], t[4])
    day = dt.date(2023, 1, 5)  # club night is Thursday
    while day <= dt.date(2025, 3, 27):
        if day.month != 8:
            here = [m for m in members if active(m, day) and rng.random() < 0.3]
            rng.shuffle(here)
            for k in range(0, len(here) - 1, 2):
                when = dt.datetime.combine(day, dt.time(rng.choice([19, 19, 20, 21]), rng.randrange(60)))
                play(None, when, here[k], here[k + 1], "rapid")
        day += dt.timedelta(days=7)
    games.sort(key=lambda g: (g[4], g[0]))
    games = [(i, *g[1:]) for i, g in enumerate(games, start=1)]
    _insert(con, "members", members)
    _insert(con, "tournaments", tournaments)
    _insert(con, "games", games)
    con.close()


# ------------------------------------------------------------------------------------------------- letting agency
AREAS = {"Old Town": 3, "Riverside": 4, "University Quarter": 5, "Harbourside": 2, "Northfield": 3}
PROPERTY_TYPES = {"studio": (1, 1, 650), "flat": (1, 2, 780), "terraced house": (2, 3, 950),
                  "semi-detached house": (3, 4, 1150), "detached house": (3, 5, 1500)}
STREETS = ["Castle Street", "Mill Lane", "Quay Road", "Queens Avenue", "Elm Grove", "Station Road", "Abbey Walk",
           "Victoria Terrace", "Chapel Row", "Harbour View", "Orchard Close", "Bridge Street"]


def build_lettings(path: Path | str) -> None:
    """landlords (28, birth_date, management_fee_pct), properties (72, area, property_type, bedrooms,
    asking_rent_gbp), tenancies (tenant names and birth dates, start_date, end_date NULL while still let,
    monthly_rent_gbp, deposit_gbp), rent_payments (monthly dues 2023-01 to 2025-03, paid_on NULL while unpaid)."""
    rng = random.Random(11405)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE landlords(landlord_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, management_fee_pct DOUBLE, lives_abroad BOOLEAN, signed_up_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE properties(property_id INTEGER PRIMARY KEY,
        landlord_id INTEGER REFERENCES landlords(landlord_id), address VARCHAR, area VARCHAR, property_type VARCHAR,
        bedrooms INTEGER, asking_rent_gbp DOUBLE, furnished BOOLEAN, pets_allowed BOOLEAN, epc_rating VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE tenancies(tenancy_id INTEGER PRIMARY KEY,
        property_id INTEGER REFERENCES properties(property_id), tenant_first_name VARCHAR, tenant_last_name VARCHAR,
        tenant_birth_date DATE, start_date DATE, end_date DATE, monthly_rent_gbp DOUBLE, deposit_gbp DOUBLE,
        student_let BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE rent_payments(payment_id INTEGER PRIMARY KEY,
        tenancy_id INTEGER REFERENCES tenancies(tenancy_id), due_date DATE, amount_gbp DOUBLE, paid_on DATE,
        payment_method VARCHAR)""")
    names = _unique_names(rng, FIRST, LAST, 420)
    landlords = []
    for lid, (first, last) in enumerate(names[:28], start=1):
        landlords.append((lid, first, last, _day(rng, dt.date(1945, 1, 1), 14000), rng.choice([8.0, 10.0, 10.0, 12.0]),
                          rng.random() < 0.2, _day(rng, dt.date(2012, 1, 1), 3900)))
    properties = []
    used: dict[str, None] = {}
    for pid in range(1, 73):
        area = rng.choices(list(AREAS), list(AREAS.values()))[0]
        ptype = rng.choices(list(PROPERTY_TYPES), [3, 6, 4, 3, 1])[0]
        lo, hi, base = PROPERTY_TYPES[ptype]
        beds = rng.randint(lo, hi) if ptype != "studio" else 0
        while True:
            address = f"{rng.randint(1, 120)} {rng.choice(STREETS)}"
            if address not in used:
                used[address] = None
                break
        rent = round((base + 140 * max(0, beds - lo) + (120 if area == "Harbourside" else 0)) * rng.uniform(0.9, 1.1),
                     -1)
        properties.append((pid, rng.randint(1, 28), address, area, ptype, beds, float(rent), rng.random() < 0.45,
                           rng.random() < 0.3, rng.choices(["B", "C", "D", "E"], [2, 6, 5, 2])[0]))
    tenancies = []
    tenant_names = iter(names[28:])
    end_of_data = dt.date(2025, 3, 31)
    for p in properties:
        start = _day(rng, dt.date(2021, 9, 1), 500)
        while start <= dt.date(2025, 2, 28):
            first, last = next(tenant_names)
            student = p[3] == "University Quarter" and p[4] != "studio" and rng.random() < 0.7
            born = _day(rng, dt.date(2000, 1, 1), 2000) if student else _day(rng, dt.date(1955, 1, 1), 16000)
            months = rng.choice([6, 12, 12, 12, 18, 24, 36])
            end = start + dt.timedelta(days=int(months * 30.4))
            end = None if end > end_of_data or rng.random() < 0.06 else end
            rent = round(p[6] * rng.uniform(0.95, 1.05) * (1 + 0.04 * (start.year - 2022)), -1)
            tenancies.append((len(tenancies) + 1, p[0], first, last, born, start, end, float(rent),
                              float(round(rent * 5 / 4.33, -1)), student))
            if end is None:
                break
            start = end + dt.timedelta(days=rng.choice([1, 7, 14, 30, 45]))
    payments = []
    for t in tenancies:
        due = t[5]
        reliable = rng.random() < 0.85
        method = rng.choices(["standing order", "bank transfer", "card"], [6, 3, 1])[0]
        while due <= min(t[6] or end_of_data, end_of_data):
            if due >= dt.date(2023, 1, 1):
                late = 0 if reliable and rng.random() < 0.9 else rng.randint(1, 25)
                paid = due + dt.timedelta(days=late - (1 if late == 0 and rng.random() < 0.3 else 0))
                if paid > dt.date(2025, 3, 20) or (not reliable and rng.random() < 0.05):
                    paid = None
                payments.append((len(payments) + 1, t[0], due, t[7], paid, method if rng.random() < 0.9
                                 else "bank transfer"))
            due = (due.replace(day=1) + dt.timedelta(days=32)).replace(day=min(due.day, 28))
    _insert(con, "landlords", landlords)
    _insert(con, "properties", properties)
    _insert(con, "tenancies", tenancies)
    _insert(con, "rent_payments", payments)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "choir": build_choir,
    "bikecourier": build_bikecourier,
    "nursery": build_nursery,
    "chess": build_chess,
    "lettings": build_lettings,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval114-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval114-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval114-dbs"))
