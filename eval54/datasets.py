"""Builders of the eval54 development corpus: five DuckDB files in domains no other corpus uses.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `dronedelivery.duckdb`: pilots (birth_date), drones, deliveries (TIMESTAMPs; delivered_at NULL unless delivered,
  customer_rating optional; declared FKs); 2023-2024
- `seqlab.duckdb`: clients, samples (samples.client_id is NOT a declared foreign key), seq_runs (finished_at NULL
  while a run is still going, declared FK to samples); 2022-2024
- `launchco.duckdb`: customers, launches (launched_at NULL when the launch was scrubbed), payloads (declared FKs);
  2022-2024
- `bugbounty.duckdb`: researchers (birth_year), programs, reports (bounty_usd NULL when nothing was paid,
  resolved_on NULL while open; declared FKs); 2023-2025
- `balloons.duckdb`: one wide `balloon_flights` table (burst_altitude_m NULL when the signal was lost, booleans);
  2023-2024

Usage:
    python eval54/datasets.py OUTDIR

Example:
    >>> from eval54.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval54-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['balloons.duckdb', 'bugbounty.duckdb', 'dronedelivery.duckdb', 'launchco.duckdb', 'seqlab.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int, last_hour: int) -> dt.datetime:
    """A random time on `day` between first_hour:00 and last_hour:59 (whole minutes)."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amara", "Bjorn", "Camille", "Dmitri", "Elena", "Farid", "Gemma", "Hugo", "Ines", "Jonas", "Keiko", "Luca",
         "Maya", "Nikolai", "Olivia", "Pablo", "Quinn", "Rosa", "Samir", "Tessa", "Uma", "Viktor", "Wen", "Zara"]
LAST = ["Abbott", "Bergstrom", "Chowdhury", "Delgado", "Engel", "Fischer", "Garcia", "Haddad", "Iversen", "Jensen",
        "Kovacs", "Laurent", "Moreau", "Novak", "Obi", "Petrov", "Quintero", "Reyes", "Schmidt", "Takahashi",
        "Underwood", "Vance", "Weber", "Yilmaz"]

# ------------------------------------------------------------------------------------------- drone delivery
HUBS = ["North Hub", "Riverside", "Airport", "Old Town", "Tech Park"]
DRONE_MODELS = {"Swift X2": 2.5, "Swift X4": 4.0, "Heron Cargo": 8.0, "Kite Mini": 1.2}
ZONES = ["residential", "commercial", "hospital", "campus", "rural"]


def build_dronedelivery(path: Path | str) -> None:
    """pilots (36, birth_date), drones (60), deliveries (2023-2024, TIMESTAMPs, declared FKs)."""
    rng = random.Random(5401)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE pilots(pilot_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR,
        birth_date DATE, home_hub VARCHAR, hired_on DATE, bvlos_certified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE drones(drone_id INTEGER PRIMARY KEY, serial_no VARCHAR, model VARCHAR,
        max_payload_kg DOUBLE, purchased_on DATE, in_service BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE deliveries(delivery_id INTEGER PRIMARY KEY,
        drone_id INTEGER REFERENCES drones(drone_id), pilot_id INTEGER REFERENCES pilots(pilot_id), hub VARCHAR,
        customer_zone VARCHAR, ordered_at TIMESTAMP, delivered_at TIMESTAMP, status VARCHAR, payload_kg DOUBLE,
        distance_km DOUBLE, fee DOUBLE, customer_rating INTEGER)""")
    pilots = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 36), start=1):
        pilots.append((pid, first, last, _day(rng, dt.date(1968, 1, 1), 365 * 34), rng.choice(HUBS),
                       _day(rng, dt.date(2019, 3, 1), 1700), rng.random() < 0.4))
    drones = []
    for did in range(1, 61):
        model = rng.choices(list(DRONE_MODELS), [35, 25, 15, 25])[0]
        drones.append((did, f"DRN-{1000 + did * 7}", model, DRONE_MODELS[model], _day(rng, dt.date(2021, 6, 1), 900),
                       rng.random() < 0.88))
    deliveries = []
    zone_w = [45, 25, 8, 12, 10]
    for did in range(1, 9001):
        pilot = rng.choice(pilots)
        hub = pilot[4] if rng.random() < 0.85 else rng.choice(HUBS)
        drone = rng.choice(drones)
        day = _day(rng, dt.date(2023, 1, 1), 731)
        ordered = _moment(rng, day, 7, 21)
        zone = rng.choices(ZONES, zone_w)[0]
        status = rng.choices(["delivered", "cancelled", "failed", "returned"], [86, 7, 3, 4])[0]
        payload = round(rng.uniform(0.2, drone[3]), 2)
        distance = round(rng.uniform(1.0, 6.0) * (2.5 if zone == "rural" else 1.0), 1)
        fee = round(4.5 + distance * 0.9 + (3.0 if zone == "hospital" else 0.0), 2)
        delivered = ordered + dt.timedelta(minutes=rng.randint(9, 55)) if status == "delivered" else None
        rating = rng.choices([5, 4, 3, 2, 1], [45, 30, 13, 7, 5])[0] if delivered and rng.random() < 0.55 else None
        deliveries.append((did, drone[0], pilot[0], hub, zone, ordered, delivered, status, payload, distance,
                           fee if status != "cancelled" else 0.0, rating))
    _insert(con, "pilots", pilots)
    _insert(con, "drones", drones)
    _insert(con, "deliveries", deliveries)
    con.close()


# ----------------------------------------------------------------------------------- genome sequencing lab
CLIENTS = [
    # client_name, client_type, country
    ("Northbridge University", "university", "UK"), ("St Clair Hospital", "hospital", "UK"),
    ("Helix Therapeutics", "biotech", "USA"), ("Fjord Marine Institute", "government", "Norway"),
    ("Mercy General", "hospital", "USA"), ("Kyoto Genomics Centre", "university", "Japan"),
    ("Verdant AgriBio", "biotech", "Netherlands"), ("Public Health Agency", "government", "Canada"),
    ("Lakeside Medical", "hospital", "Canada"), ("Rhine Biolabs", "biotech", "Germany"),
    ("University of Porto", "university", "Portugal"), ("Outback Wildlife Trust", "government", "Australia"),
    ("Cedar Oncology", "hospital", "USA"), ("Baltic Seed Bank", "government", "Estonia"),
]
SPECIES = ["human", "mouse", "zebrafish", "wheat", "E. coli", "salmon"]
SAMPLE_TYPES = ["blood", "tissue", "saliva", "culture", "leaf", "soil"]
INSTRUMENTS = {"NovaSeq 6000": ("short-read", 1800.0), "MiSeq": ("short-read", 650.0),
               "PromethION": ("long-read", 2400.0), "Sequel II": ("long-read", 3100.0)}


def build_seqlab(path: Path | str) -> None:
    """clients (14), samples (2022-2024, client_id NOT a declared FK), seq_runs (finished_at NULL while running)."""
    rng = random.Random(5402)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE clients(client_id INTEGER PRIMARY KEY, client_name VARCHAR,
        client_type VARCHAR, country VARCHAR, contract_start DATE, is_academic_rate BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE samples(sample_id INTEGER PRIMARY KEY, client_id INTEGER,
        species VARCHAR, sample_type VARCHAR, received_on DATE, urgent BOOLEAN, dna_yield_ng DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE seq_runs(run_id INTEGER PRIMARY KEY,
        sample_id INTEGER REFERENCES samples(sample_id), instrument VARCHAR, read_type VARCHAR,
        started_at TIMESTAMP, finished_at TIMESTAMP, reads_millions DOUBLE, q30_pct DOUBLE, cost_usd DOUBLE,
        passed_qc BOOLEAN)""")
    clients = [(i, c[0], c[1], c[2], _day(rng, dt.date(2019, 1, 1), 1000), c[1] in ("university", "government"))
               for i, c in enumerate(CLIENTS, start=1)]
    samples = []
    weights = [rng.randint(2, 12) for _ in clients]
    for sid in range(1, 2401):
        client = rng.choices(clients, weights)[0]
        if client[2] == "hospital":
            species, stype = "human", rng.choice(["blood", "tissue", "saliva"])
        else:
            species = rng.choices(SPECIES, [20, 25, 10, 15, 20, 10])[0]
            stype = {"wheat": "leaf", "E. coli": "culture"}.get(species, rng.choice(["blood", "tissue", "soil"]))
        yield_ng = None if rng.random() < 0.06 else round(rng.lognormvariate(6.2, 0.5), 1)
        samples.append((sid, client[0], species, stype, _day(rng, dt.date(2022, 1, 1), 1096),
                        rng.random() < (0.3 if client[2] == "hospital" else 0.1), yield_ng))
    runs = []
    for sample in samples:
        for _ in range(rng.choices([1, 2], [85, 15])[0]):
            inst = rng.choices(list(INSTRUMENTS), [45, 25, 18, 12])[0]
            read_type, base_cost = INSTRUMENTS[inst]
            started = _moment(rng, min(sample[4] + dt.timedelta(days=rng.randint(1, 14)), dt.date(2024, 12, 31)),
                              8, 18)
            hours = rng.uniform(20, 44) if read_type == "short-read" else rng.uniform(30, 72)
            finished = started + dt.timedelta(minutes=round(hours * 60))
            if finished > dt.datetime(2024, 12, 31, 23, 59):
                finished = None
            reads = round(rng.uniform(10, 25) if inst == "MiSeq" else rng.uniform(200, 900), 1)
            q30 = round(min(99.0, rng.gauss(91 if read_type == "short-read" else 84, 3.5)), 1)
            runs.append((len(runs) + 1, sample[0], inst, read_type, started, finished, reads, q30,
                         round(base_cost * rng.uniform(0.9, 1.15), 2), finished is not None and q30 >= 85))
    _insert(con, "clients", clients)
    _insert(con, "samples", samples)
    _insert(con, "seq_runs", runs)
    con.close()


# ----------------------------------------------------------------------------------- space launch provider
LAUNCH_CUSTOMERS = [
    # name, sector, country
    ("Orbital Mapping Inc", "commercial", "USA"), ("NordSat", "commercial", "Sweden"),
    ("European Space Office", "government", "France"), ("Defence Space Command", "military", "UK"),
    ("SkyLink Broadband", "commercial", "USA"), ("Aurora CubeSat Lab", "academic", "Finland"),
    ("Terra Observe", "commercial", "Germany"), ("National Weather Service", "government", "USA"),
    ("Indus Space Research", "government", "India"), ("Polar Academic Consortium", "academic", "Norway"),
    ("GeoComms Asia", "commercial", "Singapore"), ("Andes Telecom", "commercial", "Chile"),
]
VEHICLES = {"Kestrel 1": 300, "Kestrel 2": 1200, "Condor Heavy": 6500}
SITES = ["Cape Meridian", "Northsea Spaceport", "Pacific Platform"]
ORBITS = ["LEO", "SSO", "GTO", "MEO"]


def build_launchco(path: Path | str) -> None:
    """customers (12), launches (2022-2024, launched_at NULL when scrubbed), payloads (declared FKs)."""
    rng = random.Random(5403)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR,
        sector VARCHAR, country VARCHAR, first_contract_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE launches(launch_id INTEGER PRIMARY KEY, mission_name VARCHAR,
        vehicle VARCHAR, launch_site VARCHAR, scheduled_date DATE, launched_at TIMESTAMP, outcome VARCHAR,
        booster_recovered BOOLEAN, weather_delay_hours DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE payloads(payload_id INTEGER PRIMARY KEY,
        launch_id INTEGER REFERENCES launches(launch_id), customer_id INTEGER REFERENCES customers(customer_id),
        payload_name VARCHAR, orbit VARCHAR, mass_kg DOUBLE, contract_value_musd DOUBLE, is_rideshare BOOLEAN)""")
    customers = [(i, c[0], c[1], c[2], _day(rng, dt.date(2018, 1, 1), 1400))
                 for i, c in enumerate(LAUNCH_CUSTOMERS, start=1)]
    words = ["Falcon", "Horizon", "Meridian", "Zenith", "Polaris", "Atlas", "Borealis", "Vega", "Solstice", "Tempest"]
    launches, payloads = [], []
    for lid in range(1, 121):
        vehicle = rng.choices(list(VEHICLES), [45, 40, 15])[0]
        scheduled = _day(rng, dt.date(2022, 1, 1), 1090)
        outcome = rng.choices(["success", "partial failure", "failure", "scrubbed"], [82, 5, 4, 9])[0]
        delay = round(rng.choice([0, 0, 0, 0, 2, 6, 24, 48]) * rng.uniform(0.5, 1.5), 1)
        launched = None if outcome == "scrubbed" else dt.datetime.combine(
            scheduled, dt.time(rng.randint(0, 23), rng.randrange(60))) + dt.timedelta(hours=delay)
        recovered = outcome == "success" and vehicle != "Kestrel 1" and rng.random() < 0.8
        launches.append((lid, f"{rng.choice(words)}-{lid:03d}", vehicle, rng.choices(SITES, [50, 30, 20])[0],
                         scheduled, launched, outcome, recovered, delay if launched else None))
        capacity = VEHICLES[vehicle]
        n_payloads = 1 if vehicle == "Condor Heavy" and rng.random() < 0.6 else rng.randint(1, 4)
        for _ in range(n_payloads):
            cust = rng.choice(customers)
            orbit = rng.choices(ORBITS, [50, 25, 15, 10] if vehicle != "Condor Heavy" else [15, 10, 55, 20])[0]
            mass = round(rng.uniform(0.1, 1.0) * capacity / n_payloads, 1)
            value = round(mass * rng.uniform(0.012, 0.03) + (8 if cust[2] == "military" else 0), 2)
            payloads.append((len(payloads) + 1, lid, cust[0], f"{cust[1].split()[0]}-{len(payloads) + 1}", orbit,
                             mass, value, n_payloads > 1))
    _insert(con, "customers", customers)
    _insert(con, "launches", launches)
    _insert(con, "payloads", payloads)
    con.close()


# ------------------------------------------------------------------------------------------- bug bounty
PROGRAMS = [
    # program_name, company, industry, is_public, max_bounty
    ("PayFlow Web", "PayFlow", "fintech", True, 20000.0), ("PayFlow Mobile", "PayFlow", "fintech", False, 15000.0),
    ("ShopNest", "ShopNest", "ecommerce", True, 8000.0), ("MediCloud API", "MediCloud", "healthcare", False, 25000.0),
    ("StreamBox", "StreamBox", "media", True, 5000.0), ("CityGov Portal", "City of Avalon", "government", True,
                                                                  3000.0),
    ("CarLink Telematics", "CarLink", "automotive", False, 30000.0), ("ChatterHub", "ChatterHub", "social", True,
                                                                         10000.0),
]
SEVERITY = {"low": (50, 400), "medium": (300, 1500), "high": (1500, 6000), "critical": (5000, 30000)}
VULN_TYPES = ["XSS", "SQL injection", "IDOR", "SSRF", "CSRF", "RCE", "information disclosure", "auth bypass"]


def build_bugbounty(path: Path | str) -> None:
    """researchers (140, birth_year), programs (8), reports (2023-2025; bounty_usd NULL when unpaid, declared FKs)."""
    rng = random.Random(5404)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE researchers(researcher_id INTEGER PRIMARY KEY, handle VARCHAR,
        first_name VARCHAR, last_name VARCHAR, country VARCHAR, birth_year INTEGER, joined_on DATE,
        identity_verified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE programs(program_id INTEGER PRIMARY KEY, program_name VARCHAR,
        company VARCHAR, industry VARCHAR, is_public BOOLEAN, max_bounty_usd DOUBLE, launched_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE reports(report_id INTEGER PRIMARY KEY,
        program_id INTEGER REFERENCES programs(program_id),
        researcher_id INTEGER REFERENCES researchers(researcher_id), submitted_at TIMESTAMP, vuln_type VARCHAR,
        severity VARCHAR, status VARCHAR, cvss_score DOUBLE, bounty_usd DOUBLE, resolved_on DATE)""")
    countries = ["India", "USA", "Brazil", "Germany", "Nigeria", "Indonesia", "UK", "Poland", "Vietnam"]
    researchers = []
    for rid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 140), start=1):
        handle = f"{first[:3].lower()}{last[:4].lower()}{rng.randint(1, 99)}"
        researchers.append((rid, handle, first, last, rng.choices(countries, [20, 14, 9, 7, 6, 8, 6, 5, 5])[0],
                            rng.randint(1975, 2005), _day(rng, dt.date(2019, 1, 1), 2000), rng.random() < 0.6))
    programs = [(i, p[0], p[1], p[2], p[3], p[4], _day(rng, dt.date(2018, 6, 1), 1500))
                for i, p in enumerate(PROGRAMS, start=1)]
    activity = [0.0 if rng.random() < 0.15 else rng.paretovariate(1.3) for _ in researchers]  # some never report
    reports = []
    for rep in range(1, 5201):
        res = rng.choices(researchers, activity)[0]
        prog = rng.choices(programs, [16, 8, 14, 7, 12, 6, 5, 12])[0]
        submitted = _moment(rng, max(res[6], _day(rng, dt.date(2023, 1, 1), 1096)), 0, 23)
        if submitted.year < 2023:
            submitted = submitted.replace(year=2023)
        severity = rng.choices(list(SEVERITY), [40, 35, 18, 7])[0]
        status = rng.choices(["resolved", "triaged", "duplicate", "informative", "not applicable"],
                             [45, 15, 20, 10, 10])[0]
        lo, hi = SEVERITY[severity]
        cvss = round({"low": rng.uniform(0.1, 3.9), "medium": rng.uniform(4.0, 6.9), "high": rng.uniform(7.0, 8.9),
                      "critical": rng.uniform(9.0, 10.0)}[severity], 1)
        paid = status == "resolved" or (status == "triaged" and rng.random() < 0.3)
        bounty = round(min(prog[5], rng.uniform(lo, hi)), -1) if paid else None
        resolved = (submitted.date() + dt.timedelta(days=rng.randint(2, 120))) if status == "resolved" else None
        if resolved and resolved > dt.date(2025, 12, 31):
            resolved, status = None, "triaged"
        reports.append((rep, prog[0], res[0], submitted, rng.choice(VULN_TYPES), severity, status, cvss, bounty,
                        resolved))
    _insert(con, "researchers", researchers)
    _insert(con, "programs", programs)
    _insert(con, "reports", reports)
    con.close()


# -------------------------------------------------------------------------------------- weather balloons
STATIONS = [
    # station_name, region, elevation_m
    ("Larkhill", "South", 132), ("Camborne", "South West", 87), ("Herstmonceux", "South East", 52),
    ("Lerwick", "Scotland", 82), ("Albemarle", "North East", 142), ("Castor Bay", "Northern Ireland", 15),
    ("Watnall", "Midlands", 117), ("Aberporth", "Wales", 134),
]
OPERATORS = ["Fiona Baird", "Gareth Pryce", "Helen Okoro", "Ian McLeod", "Janet Holt", "Kieran Doyle",
             "Laura Finch", "Martin Shaw", "Nina Patel", "Owen Rees"]


def build_balloons(path: Path | str) -> None:
    """One wide `balloon_flights` table, 2023-2024: burst_altitude_m NULL when the signal was lost before burst."""
    rng = random.Random(5405)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE balloon_flights(flight_id INTEGER PRIMARY KEY, station_name VARCHAR,
        region VARCHAR, launch_time TIMESTAMP, operator_name VARCHAR, balloon_type VARCHAR, instrument VARCHAR,
        balloon_mass_g INTEGER, surface_temp_c DOUBLE, surface_wind_ms DOUBLE, ascent_rate_ms DOUBLE,
        burst_altitude_m DOUBLE, flight_minutes INTEGER, drift_km DOUBLE, signal_lost BOOLEAN,
        payload_recovered BOOLEAN, is_scheduled BOOLEAN)""")
    flights = []
    day = dt.date(2023, 1, 1)
    while day <= dt.date(2024, 12, 31):
        for station, region, _ in STATIONS:
            if rng.random() < 0.55:
                continue
            for hour in (11, 23):
                if rng.random() < 0.5:
                    continue
                launch = dt.datetime.combine(day, dt.time(hour, rng.randint(0, 40)))
                flights.append(_balloon_flight(rng, len(flights) + 1, station, region, launch, True))
            if rng.random() < 0.04:
                launch = _moment(rng, day, 8, 17)
                flights.append(_balloon_flight(rng, len(flights) + 1, station, region, launch, False))
        day += dt.timedelta(days=1)
    _insert(con, "balloon_flights", flights)
    con.close()


def _balloon_flight(rng: random.Random, fid: int, station: str, region: str, launch: dt.datetime,
                    scheduled: bool) -> tuple:
    """One balloon flight row; a lost signal leaves burst_altitude_m NULL and the payload unrecovered."""
    month = launch.month
    temp = round(rng.gauss(10 - 7 * ((month in (12, 1, 2)) - (month in (6, 7, 8))), 4), 1)
    wind = round(abs(rng.gauss(6, 3.5)), 1)
    btype, mass = rng.choices([("latex", 350), ("latex", 600), ("ozone", 1200), ("research", 1500)],
                              [55, 25, 12, 8])[0]
    instrument = "ozonesonde" if btype == "ozone" else rng.choices(["radiosonde", "dropsonde"], [90, 10])[0]
    ascent = round(rng.gauss(5.2, 0.4), 2)
    lost = rng.random() < (0.05 + 0.01 * max(0.0, wind - 10))
    burst = None if lost else round(rng.gauss(26000 + mass * 5, 1800), 0)
    minutes = int((burst or rng.uniform(8000, 20000)) / ascent / 60 + rng.randint(20, 45))
    drift = round(wind * minutes * 0.06 * rng.uniform(0.6, 1.4), 1)
    recovered = not lost and rng.random() < 0.12
    return (fid, station, region, launch, rng.choice(OPERATORS), btype, instrument, mass, temp, wind, ascent, burst,
            minutes, drift, lost, recovered, scheduled)


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "dronedelivery": build_dronedelivery,
    "seqlab": build_seqlab,
    "launchco": build_launchco,
    "bugbounty": build_bugbounty,
    "balloons": build_balloons,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval54-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval54-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval54-dbs"))
