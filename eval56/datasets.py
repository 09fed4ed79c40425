"""Builders of the fifty-sixth held-out evaluation corpus: five DuckDB files in industrial domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `windfarm.duckdb`: wind farm maintenance (technicians with a birth date, turbines, work orders)
- `quarry.duckdb`: a quarry's customers, weighbridge sales tickets and blasts (one foreign key left undeclared)
- `supplyvessels.duckdb`: offshore supply vessels, their crews (year of birth) and charters (ongoing ones open)
- `batterysites.duckdb`: battery storage sites, their dispatches and outages
- `cementworks.duckdb`: kilns, daily kiln output and cement lab tests (28-day strength pending for recent samples)

Usage:
    python eval56/datasets.py OUTDIR

Example:
    >>> from eval56.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval56-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['batterysites.duckdb', 'cementworks.duckdb', 'quarry.duckdb', 'supplyvessels.duckdb', 'windfarm.duckdb']
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


FIRST = ["Aidan", "Birgit", "Callum", "Dagny", "Ewan", "Freya", "Gunnar", "Hannah", "Iain", "Johanna", "Kirsty",
         "Lars", "Morag", "Nils", "Orla", "Piotr", "Rhona", "Stig", "Tamsin", "Ulrik", "Vilde", "Wojciech", "Ylva"]
LAST = ["Abernethy", "Bakke", "Cormack", "Dahl", "Fergusson", "Grieve", "Haugland", "Innes", "Jensen", "Kerr",
        "Lund", "McIntyre", "Nowak", "Olsen", "Paterson", "Quinn", "Rasmussen", "Sinclair", "Tait", "Urquhart"]

# --------------------------------------------------------------------------------------------- wind farm
FARMS = {"Dogger Flats": True, "Hornsea Ridge": True, "Moray Point": False, "North Tyne": False}
MAKERS = {"Vestas": 8.0, "Siemens Gamesa": 7.0, "GE": 6.0, "Nordex": 4.5}
ORDER_TYPES = {"scheduled service": (6, 400), "fault repair": (9, 2500), "blade inspection": (4, 150),
               "gearbox replacement": (40, 90000), "oil change": (3, 600)}
PRIORITIES = ["low", "medium", "high", "urgent"]
BASES = ["Esbjerg", "Aberdeen", "Hull", "Grimsby", "Bremerhaven"]


def build_windfarm(path: Path | str) -> None:
    """technicians (42), turbines (80), work_orders (2022-2024; closed_at NULL while open; declared FKs)."""
    rng = random.Random(5601)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE technicians(technician_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, home_base VARCHAR, climb_certified BOOLEAN, hire_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE turbines(turbine_id INTEGER PRIMARY KEY, turbine_code VARCHAR,
        wind_farm VARCHAR, manufacturer VARCHAR, rated_mw DOUBLE, hub_height_m INTEGER, commissioned_year INTEGER,
        offshore BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE work_orders(work_order_id INTEGER PRIMARY KEY,
        turbine_id INTEGER REFERENCES turbines(turbine_id), technician_id INTEGER REFERENCES technicians(technician_id),
        order_type VARCHAR, priority VARCHAR, status VARCHAR, opened_at TIMESTAMP, closed_at TIMESTAMP,
        labour_hours DOUBLE, parts_cost DOUBLE, downtime_hours DOUBLE)""")
    techs = []
    for tid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 42), start=1):
        techs.append((tid, first, last, _day(rng, dt.date(1964, 1, 1), 13500), rng.choice(BASES),
                      rng.random() < 0.7, _day(rng, dt.date(2012, 1, 1), 3900)))
    turbines, farm_list = [], list(FARMS)
    for tid in range(1, 81):
        farm = farm_list[(tid - 1) % 4]
        maker = rng.choice(list(MAKERS))
        turbines.append((tid, f"{''.join(w[0] for w in farm.split())}-{tid:02d}", farm, maker, MAKERS[maker],
                         rng.choice([90, 100, 105, 110, 120]), rng.randint(2008, 2021), FARMS[farm]))
    orders = []
    for oid in range(1, 2601):
        kind = rng.choices(list(ORDER_TYPES), [30, 35, 20, 3, 12])[0]
        base_hours, base_cost = ORDER_TYPES[kind]
        opened = _moment(rng, _day(rng, dt.date(2022, 1, 1), 1096), 5, 20)
        priority = rng.choices(PRIORITIES, [30, 40, 20, 10])[0]
        roll = rng.random()
        late = opened.date() > dt.date(2024, 12, 20) or (opened.date() > dt.date(2024, 11, 1) and roll > 0.6)
        status = "cancelled" if roll < 0.05 else "open" if late else "completed"
        hours = round(base_hours * rng.uniform(0.5, 1.8), 1)
        wait = {"low": 240, "medium": 120, "high": 48, "urgent": 12}[priority] * rng.uniform(0.1, 1.5)
        closed = None if status == "open" else opened + dt.timedelta(minutes=int((hours * 1.5 + wait) * 60))
        cost = round(base_cost * rng.uniform(0.3, 2.0), 2) if status == "completed" else 0.0
        downtime = round(hours * rng.uniform(1.0, 4.0), 1) if status != "cancelled" else 0.0
        orders.append((oid, rng.randint(1, 80), rng.randint(1, 42), kind, priority, status, opened, closed,
                       hours if status != "cancelled" else None, cost, downtime))
    _insert(con, "technicians", techs)
    _insert(con, "turbines", turbines)
    _insert(con, "work_orders", orders)
    con.close()


# ------------------------------------------------------------------------------------------------- quarry
PRODUCTS = {"20mm aggregate": 16.5, "Type 1 sub-base": 13.0, "sharp sand": 18.0, "limestone dust": 9.5,
            "rock armour": 32.0}
CUSTOMER_TYPES = ["contractor", "council", "builders merchant", "ready-mix plant"]
COUNTIES = ["Derbyshire", "Staffordshire", "Nottinghamshire", "Cheshire", "Yorkshire"]
FIRM_A = ["Peak", "Dale", "Trent", "Moorland", "Ridge", "Valley", "Millstone", "Castle", "Ashbourne", "Kinder",
          "Hope", "Calver"]
FIRM_B = ["Civils", "Construction", "Groundworks", "Building Supplies", "Concrete", "Roadworks"]
HAULAGE = ["own fleet", "customer collect", "contract haulier"]


def build_quarry(path: Path | str) -> None:
    """customers (60), tickets (2023-01 .. 2025-06; customer_id NOT a declared FK), blasts (vibration NULL when
    no monitor was out)."""
    rng = random.Random(5602)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR,
        customer_type VARCHAR, county VARCHAR, on_credit BOOLEAN, account_opened DATE)""")
    con.execute("""CREATE OR REPLACE TABLE tickets(ticket_id INTEGER PRIMARY KEY, customer_id INTEGER,
        weighed_at TIMESTAMP, product VARCHAR, tonnes DOUBLE, price_per_tonne DOUBLE, haulage VARCHAR,
        invoice_paid BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE blasts(blast_id INTEGER PRIMARY KEY, blast_date DATE, bench VARCHAR,
        explosive_kg DOUBLE, tonnes_blasted DOUBLE, peak_vibration_mm_s DOUBLE, complaint_received BOOLEAN)""")
    names: dict[str, None] = {}
    while len(names) < 60:
        names.setdefault(f"{rng.choice(FIRM_A)} {rng.choice(FIRM_B)} Ltd", None)
    customers = [(cid, name, rng.choices(CUSTOMER_TYPES, [45, 10, 25, 20])[0], rng.choice(COUNTIES),
                  rng.random() < 0.65, _day(rng, dt.date(2010, 1, 1), 4700))
                 for cid, name in enumerate(names, start=1)]
    weights = [1 / (rank ** 0.8) for rank in range(1, 61)]
    rng.shuffle(weights)
    armour_buyers = [cid for cid, _, kind, *_ in customers if kind in ("contractor", "council")][::3]
    tickets = []
    for tid in range(1, 4001):
        product = rng.choices(list(PRODUCTS), [30, 30, 20, 12, 8])[0]
        day = _day(rng, dt.date(2023, 1, 1), 912)
        while day.weekday() == 6 or (day.weekday() == 5 and rng.random() < 0.6):  # shut on Sundays, short Saturdays
            day = _day(rng, dt.date(2023, 1, 1), 912)
        weighed = _moment(rng, day, 6, 12 if day.weekday() == 5 else 17)
        price = round(PRODUCTS[product] * (1 + 0.06 * (weighed.year - 2023)) * rng.uniform(0.92, 1.08), 2)
        buyer = rng.choice(armour_buyers) if product == "rock armour" else rng.choices(range(1, 61), weights)[0]
        tickets.append((tid, buyer, weighed, product, round(rng.uniform(6, 29), 2), price,
                        rng.choices(HAULAGE, [50, 30, 20])[0], weighed.date() < dt.date(2025, 4, 1) or
                        rng.random() < 0.5))
    blasts = []
    for bid in range(1, 211):
        kg = round(rng.uniform(800, 4200), 1)
        blasts.append((bid, _day(rng, dt.date(2023, 1, 1), 912), f"Bench {rng.randint(1, 5)}", kg,
                       round(kg * rng.uniform(4.0, 6.5), 0), None if rng.random() < 0.2 else
                       round(rng.uniform(1.5, 11.0), 2), rng.random() < 0.12))
    _insert(con, "customers", customers)
    _insert(con, "tickets", tickets)
    _insert(con, "blasts", blasts)
    con.close()


# -------------------------------------------------------------------------------------------- supply vessels
VESSEL_TYPES = {"PSV": 18000, "AHTS": 32000, "crew transfer": 6000, "standby": 9000}
VESSEL_NAMES = ["Skandi Fjord", "North Pioneer", "Havila Storm", "Island Crusader", "Grampian Tide", "Sea Osprey",
                "Normand Vega", "Olympic Bergen", "Troms Arcturus", "Viking Lady", "Esvagt Corona", "Far Sentinel",
                "Boka Atlantis", "Stril Mariner", "Highland Guide", "Rem Leader", "Siem Topaz", "Toisa Valiant",
                "Ocean Marlin", "Bourbon Sage", "Eldborg", "Skandi Hawk", "Grampian Sovereign", "North Cruys",
                "Havila Aurora", "Island Dawn", "Sea Kestrel", "Normand Orion", "Viking Coral", "Far Spirit"]
CHARTERERS = ["Equinor", "Shell", "BP", "TotalEnergies", "Harbour Energy"]
REGIONS = ["North Sea", "Norwegian Sea", "West of Shetland", "Irish Sea"]
RANKS = {"Master": 1, "Chief Officer": 1, "Chief Engineer": 1, "Able Seaman": 2, "Cook": 1}
NATIONALITIES = ["Norwegian", "British", "Polish", "Filipino", "Dutch"]


def build_supplyvessels(path: Path | str) -> None:
    """vessels (30), crew_members (180, year_of_birth), charters (2022-2024; end_date NULL while ongoing)."""
    rng = random.Random(5603)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE vessels(vessel_id INTEGER PRIMARY KEY, vessel_name VARCHAR,
        vessel_type VARCHAR, flag VARCHAR, year_built INTEGER, deck_area_m2 DOUBLE, dp_class INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE crew_members(crew_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, crew_rank VARCHAR, nationality VARCHAR, year_of_birth INTEGER,
        vessel_id INTEGER REFERENCES vessels(vessel_id), has_medic_cert BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE charters(charter_id INTEGER PRIMARY KEY,
        vessel_id INTEGER REFERENCES vessels(vessel_id), charterer VARCHAR, region VARCHAR, start_date DATE,
        end_date DATE, day_rate_usd DOUBLE, spot_market BOOLEAN)""")
    vessels = []
    for vid, name in enumerate(VESSEL_NAMES, start=1):
        kind = rng.choices(list(VESSEL_TYPES), [40, 25, 20, 15])[0]
        vessels.append((vid, name, kind, rng.choice(["Norway", "UK", "Netherlands", "Singapore"]),
                        rng.randint(1998, 2020), round(rng.uniform(250, 1100), 0), rng.choice([1, 2, 2, 2, 3])))
    crew, names = [], iter(_unique_names(rng, FIRST, LAST, 300))
    for vid in range(1, 31):
        for rank, count in RANKS.items():
            for _ in range(count):
                first, last = next(names)
                crew.append((len(crew) + 1, first, last, rank, rng.choice(NATIONALITIES), rng.randint(1960, 2002),
                             vid, rng.random() < 0.3))
    charters = []
    for vid, _, kind, *_ in vessels:
        day = _day(rng, dt.date(2022, 1, 1), 60)
        while day < dt.date(2024, 12, 31):
            length = rng.randint(5, 120)
            end = day + dt.timedelta(days=length)
            spot = length < 30 and rng.random() < 0.8
            rate = round(VESSEL_TYPES[kind] * rng.uniform(0.7, 1.5) * (1.25 if spot else 1.0), -1)
            charters.append((len(charters) + 1, vid, rng.choice(CHARTERERS), rng.choice(REGIONS), day,
                             None if end > dt.date(2024, 12, 31) else end, rate, spot))
            day = end + dt.timedelta(days=rng.randint(1, 25))
    _insert(con, "vessels", vessels)
    _insert(con, "crew_members", crew)
    _insert(con, "charters", charters)
    con.close()


# ------------------------------------------------------------------------------------------ battery storage
BESS_REGIONS = ["Scotland", "North England", "Midlands", "South West", "South East"]
MARKETS = ["day-ahead", "intraday", "balancing mechanism", "dynamic containment"]
CAUSES = {"inverter fault": False, "HVAC failure": False, "grid constraint": False, "BMS alarm": False,
          "planned maintenance": True}
SITE_NAMES = ["Whitelee", "Cottam", "Drax Lane", "Pillswood", "Capenhurst", "Thurrock", "Minety", "Bolney",
              "Larks Green", "Contego", "Glassenbury", "Holes Bay", "Kilmarnock South", "Blackhillock",
              "Creyke Beck", "Sundon", "Enderby", "Coupar Angus", "Tynemouth", "Rye Common", "Clay Tye", "Ferrybridge"]


def build_batterysites(path: Path | str) -> None:
    """sites (22), dispatches (2023-2024, declared FK), outages (ended_at NULL while ongoing)."""
    rng = random.Random(5604)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE sites(site_id INTEGER PRIMARY KEY, site_name VARCHAR, region VARCHAR,
        chemistry VARCHAR, power_mw DOUBLE, energy_mwh DOUBLE, commissioned_on DATE, grid_forming BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE dispatches(dispatch_id INTEGER PRIMARY KEY,
        site_id INTEGER REFERENCES sites(site_id), started_at TIMESTAMP, duration_min INTEGER, direction VARCHAR,
        energy_mwh DOUBLE, price_gbp_per_mwh DOUBLE, market VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE outages(outage_id INTEGER PRIMARY KEY,
        site_id INTEGER REFERENCES sites(site_id), began_at TIMESTAMP, ended_at TIMESTAMP, cause VARCHAR,
        planned BOOLEAN, lost_mwh DOUBLE)""")
    sites = []
    for sid, name in enumerate(SITE_NAMES, start=1):
        power = float(rng.choice([20, 30, 40, 50, 50, 75, 100]))
        sites.append((sid, name, rng.choice(BESS_REGIONS), rng.choices(["LFP", "NMC"], [70, 30])[0], power,
                      power * rng.choice([1, 1, 2, 2, 4]) * 1.0, _day(rng, dt.date(2019, 1, 1), 1450),
                      rng.random() < 0.25))
    dispatches = []
    for did in range(1, 5201):
        sid = rng.randint(1, len(sites))
        start = dt.datetime.combine(_day(rng, dt.date(2023, 1, 1), 731), dt.time(rng.randrange(24),
                                                                                  rng.choice([0, 30])))
        direction = "discharge" if start.hour in range(16, 21) or rng.random() < 0.35 else "charge"
        minutes = rng.choice([30, 30, 60, 60, 90, 120])
        energy = round(sites[sid - 1][4] * minutes / 60 * rng.uniform(0.3, 1.0), 2)
        base = 95 if direction == "discharge" else 55
        dispatches.append((did, sid, start, minutes, direction, energy, round(base * rng.uniform(0.4, 2.2), 2),
                           rng.choices(MARKETS, [35, 25, 25, 15])[0]))
    outages = []
    for oid in range(1, 171):
        cause = rng.choices(list(CAUSES), [25, 15, 20, 20, 20])[0]
        began = _moment(rng, _day(rng, dt.date(2023, 1, 1), 731), 0, 23)
        hours = rng.randint(1, 96)
        ended = began + dt.timedelta(hours=hours, minutes=rng.choice([0, 15, 30, 45]))
        outages.append((oid, rng.randint(1, len(sites)), began,
                        None if ended > dt.datetime(2024, 12, 31, 23, 59) or (oid % 37 == 0) else ended,
                        cause, CAUSES[cause], round(hours * rng.uniform(2, 25), 1)))
    _insert(con, "sites", sites)
    _insert(con, "dispatches", dispatches)
    _insert(con, "outages", outages)
    con.close()


# -------------------------------------------------------------------------------------------- cement works
KILNS = [(1, "Kiln 1", "Rugby", "dry", 5200, 2000), (2, "Kiln 2", "Rugby", "dry", 3600, 1999),
         (3, "Kiln 3", "Ketton", "dry", 4100, 2004), (4, "Kiln 4", "Ketton", "semi-dry", 2300, 1987),
         (5, "Kiln 5", "Padeswood", "dry", 3300, 2006), (6, "Kiln 6", "Padeswood", "semi-dry", 1900, 1983)]
STOPPAGES = ["refractory repair", "cyclone blockage", "power cut", "raw mill fault", "planned shutdown"]
CEMENT_TYPES = {"CEM I 52.5N": 58.0, "CEM II/A-LL 32.5R": 41.0, "CEM III/A 42.5N": 49.0}


def build_cementworks(path: Path | str) -> None:
    """kilns (6), kiln_days (2023-2024; stoppage_reason NULL when the kiln ran all day), lab_tests (28-day
    strength NULL while pending)."""
    rng = random.Random(5605)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE kilns(kiln_id INTEGER PRIMARY KEY, kiln_name VARCHAR, plant VARCHAR,
        process VARCHAR, capacity_tpd INTEGER, commissioned_year INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE kiln_days(kiln_id INTEGER REFERENCES kilns(kiln_id), prod_date DATE,
        clinker_t DOUBLE, coal_t DOUBLE, alt_fuel_pct DOUBLE, downtime_h DOUBLE, stoppage_reason VARCHAR,
        PRIMARY KEY (kiln_id, prod_date))""")
    con.execute("""CREATE OR REPLACE TABLE lab_tests(test_id INTEGER PRIMARY KEY,
        kiln_id INTEGER REFERENCES kilns(kiln_id), sampled_at TIMESTAMP, cement_type VARCHAR, strength_2d_mpa DOUBLE,
        strength_28d_mpa DOUBLE, within_spec BOOLEAN)""")
    days = []
    for kiln_id, _, _, _, capacity, _ in KILNS:
        for offset in range(731):
            day = dt.date(2023, 1, 1) + dt.timedelta(days=offset)
            down = 0.0 if rng.random() < 0.82 else float(rng.choice([2, 4, 6, 8, 12, 24]))
            reason = rng.choice(STOPPAGES) if down else None
            clinker = round(capacity * (24 - down) / 24 * rng.uniform(0.85, 1.02), 1)
            days.append((kiln_id, day, clinker, round(clinker * rng.uniform(0.08, 0.11), 1),
                         round(rng.uniform(15, 45) + (day.year - 2023) * 5, 1), down, reason))
    tests = []
    for tid in range(1, 1501):
        kiln_id = rng.randint(1, 6)
        kind = rng.choice(list(CEMENT_TYPES))
        sampled = _moment(rng, _day(rng, dt.date(2023, 1, 1), 731), 0, 23)
        s28 = round(CEMENT_TYPES[kind] * rng.uniform(0.88, 1.12), 1)
        pending = sampled.date() > dt.date(2024, 12, 3)
        tests.append((tid, kiln_id, sampled, kind, round(s28 * rng.uniform(0.4, 0.55), 1), None if pending else s28,
                      None if pending else s28 >= CEMENT_TYPES[kind] * 0.93))
    _insert(con, "kilns", KILNS)
    _insert(con, "kiln_days", days)
    _insert(con, "lab_tests", tests)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "windfarm": build_windfarm,
    "quarry": build_quarry,
    "supplyvessels": build_supplyvessels,
    "batterysites": build_batterysites,
    "cementworks": build_cementworks,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval56-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval56-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval56-dbs"))
