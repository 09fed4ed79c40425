"""Builders of the sixty-fourth held-out evaluation corpus: five DuckDB files in lab, IT, app and space domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `labsamples.duckdb`: laboratory sample tracking (projects with an end date NULL while ongoing, samples, assays)
- `datacentre.duckdb`: data-centre racks, servers, engineers (birth date) and incidents (resolved_at NULL while open)
- `appreleases.duckdb`: mobile apps, releases and crash reports (camelCase; crashReports.releaseId NOT declared)
- `genomics.duckdb`: sequencing instruments, operators (birth year), runs and samples
- `groundstation.duckdb`: satellites, ground-station passes and downlinks

Usage:
    python eval64/datasets.py OUTDIR

Example:
    >>> from eval64.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval64-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['appreleases.duckdb', 'datacentre.duckdb', 'genomics.duckdb', 'groundstation.duckdb', 'labsamples.duckdb']
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


def _moment(rng: random.Random, day: dt.date, first_hour: int = 0, last_hour: int = 23) -> dt.datetime:
    """A timestamp on `day` between first_hour and last_hour, to the minute."""
    return dt.datetime.combine(day, dt.time(rng.randint(first_hour, last_hour), rng.randrange(60)))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Amara", "Bruno", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Keiko", "Luca",
         "Maya", "Nikhil", "Olga", "Pablo", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Zofia"]
LAST = ["Adeyemi", "Bianchi", "Chen", "Dubois", "Eriksen", "Fischer", "Garcia", "Horvath", "Ivanova", "Jansen",
        "Kowalski", "Larsen", "Moreau", "Novak", "Okafor", "Petrov", "Rossi", "Schmidt", "Tanaka", "Vargas"]

# ------------------------------------------------------------------------------------------- lab samples
DEPARTMENTS = ["oncology", "microbiology", "toxicology", "environmental"]
SAMPLE_TYPES = {"blood": 4.0, "tissue": 1.5, "saliva": 2.0, "soil": 50.0, "water": 250.0}
ASSAYS = {"PCR": 45.0, "ELISA": 60.0, "HPLC": 120.0, "mass spec": 310.0, "culture": 25.0}
PROJECT_WORDS = ["Aurora", "Beacon", "Cascade", "Delta", "Ember", "Falcon", "Granite", "Harbor", "Iris", "Juniper",
                 "Kestrel", "Lumen", "Meridian", "Nova", "Orchid", "Polaris", "Quartz", "Raven"]


def build_labsamples(path: Path | str) -> None:
    """projects (18; end_date NULL while ongoing), samples (declared FK), assays (declared FK), 2022-2024."""
    rng = random.Random(6401)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE projects(project_id INTEGER PRIMARY KEY, project_code VARCHAR,
        project_name VARCHAR, department VARCHAR, lead_scientist VARCHAR, start_date DATE, end_date DATE,
        budget_usd DOUBLE, externally_funded BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE samples(sample_id INTEGER PRIMARY KEY,
        project_id INTEGER REFERENCES projects(project_id), sample_type VARCHAR, received_at TIMESTAMP,
        volume_ml DOUBLE, storage_temp_c INTEGER, is_hazardous BOOLEAN, donor_age INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE assays(assay_id INTEGER PRIMARY KEY,
        sample_id INTEGER REFERENCES samples(sample_id), assay_type VARCHAR, run_at TIMESTAMP,
        result_value DOUBLE, passed_qc BOOLEAN, cost_usd DOUBLE, instrument_minutes INTEGER)""")
    leads = [f"{f} {s}" for f, s in _unique_names(rng, FIRST, LAST, 10)]
    projects = []
    for pid, word in enumerate(PROJECT_WORDS, start=1):
        start = _day(rng, dt.date(2022, 1, 1), 700)
        end = None if rng.random() < 0.4 else min(start + dt.timedelta(days=rng.randint(120, 700)),
                                                  dt.date(2024, 12, 20))
        projects.append((pid, f"PRJ-{pid:03d}", f"Project {word}", rng.choice(DEPARTMENTS), rng.choice(leads), start,
                         end, round(rng.uniform(40, 900)) * 1000.0, rng.random() < 0.5))
    samples, assays, aid = [], [], 1
    for sid in range(1, 1401):
        pid = rng.randint(1, len(projects))
        _, _, _, dept, _, start, end, _, _ = projects[pid - 1]
        last = end or dt.date(2024, 12, 31)
        span = max((last - start).days, 1)
        received = _moment(rng, start + dt.timedelta(days=rng.randrange(span)), 7, 18)
        stype = rng.choice(["soil", "water"]) if dept == "environmental" else rng.choice(["blood", "tissue", "saliva"])
        human = stype in ("blood", "tissue", "saliva")
        samples.append((sid, pid, stype, received, round(SAMPLE_TYPES[stype] * rng.uniform(0.5, 1.5), 2),
                        rng.choice([-80, -20, 4]) if human else rng.choice([4, 20]), rng.random() < 0.15,
                        rng.randint(18, 90) if human and rng.random() < 0.85 else None))
        for _ in range(rng.choices([0, 1, 2, 3], [8, 40, 35, 17])[0]):
            kind = rng.choice(list(ASSAYS))
            ran = received + dt.timedelta(hours=rng.randint(2, 24 * 20), minutes=rng.randrange(60))
            if ran > dt.datetime(2024, 12, 31, 23, 0):
                continue
            assays.append((aid, sid, kind, ran, round(rng.uniform(0.1, 250), 3), rng.random() < 0.88,
                           round(ASSAYS[kind] * rng.uniform(0.8, 1.3), 2), rng.randint(10, 240)))
            aid += 1
    _insert(con, "projects", projects)
    _insert(con, "samples", samples)
    _insert(con, "assays", assays)
    con.close()


# ------------------------------------------------------------------------------------------- data centre
HALLS = ["Hall A", "Hall B", "Hall C", "Hall D"]
VENDORS = ["Dell", "HPE", "Lenovo", "Supermicro"]
ROLES = ["web", "database", "storage", "compute"]
SEVERITIES = ["sev1", "sev2", "sev3", "sev4"]
CATEGORIES = ["hardware", "network", "power", "software", "cooling"]
SHIFTS = ["day", "night", "weekend"]


def build_datacentre(path: Path | str) -> None:
    """racks (48), servers (420), engineers (30, birth_date), incidents (2023-01 .. 2025-05; resolved_at NULL
    while unresolved; declared FKs)."""
    rng = random.Random(6402)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE racks(rack_id INTEGER PRIMARY KEY, rack_label VARCHAR, hall VARCHAR,
        row_number INTEGER, power_capacity_kw DOUBLE, liquid_cooled BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE servers(server_id INTEGER PRIMARY KEY, hostname VARCHAR,
        rack_id INTEGER REFERENCES racks(rack_id), vendor VARCHAR, server_role VARCHAR, cpu_cores INTEGER,
        ram_gb INTEGER, installed_on DATE, decommissioned BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE engineers(engineer_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, shift VARCHAR, senior BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE incidents(incident_id INTEGER PRIMARY KEY,
        server_id INTEGER REFERENCES servers(server_id), engineer_id INTEGER REFERENCES engineers(engineer_id),
        severity VARCHAR, category VARCHAR, opened_at TIMESTAMP, resolved_at TIMESTAMP, customer_impact BOOLEAN,
        downtime_minutes INTEGER)""")
    racks = []
    for rid in range(1, 49):
        hall = HALLS[(rid - 1) % 4]
        liquid = hall == "Hall D" or (hall == "Hall C" and rid % 3 == 0)
        racks.append((rid, f"{hall[-1]}{(rid - 1) // 4 + 1:02d}", hall, (rid - 1) // 8 + 1,
                      round(rng.uniform(8, 20) if not liquid else rng.uniform(30, 60), 1), liquid))
    servers = []
    for sid in range(1, 421):
        role = rng.choices(ROLES, [35, 20, 15, 30])[0]
        servers.append((sid, f"{role[:2]}-{sid:04d}", rng.randint(1, 48), rng.choices(VENDORS, [35, 30, 20, 15])[0],
                        role, rng.choice([16, 32, 48, 64, 96, 128]), rng.choice([64, 128, 256, 512, 1024]),
                        _day(rng, dt.date(2017, 1, 1), 2900), rng.random() < 0.08))
    engineers = [(eid, first, last, _day(rng, dt.date(1965, 1, 1), 13000), rng.choices(SHIFTS, [50, 35, 15])[0],
                  rng.random() < 0.35) for eid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 30), 1)]
    incidents = []
    for iid in range(1, 2201):
        sev = rng.choices(SEVERITIES, [5, 15, 40, 40])[0]
        cat = rng.choices(CATEGORIES, [30, 25, 8, 30, 7])[0]
        opened = _moment(rng, _day(rng, dt.date(2023, 1, 1), 880))
        hours = {"sev1": 3, "sev2": 10, "sev3": 36, "sev4": 120}[sev] * rng.uniform(0.1, 1.6)
        resolved = opened + dt.timedelta(minutes=int(hours * 60))
        if resolved > dt.datetime(2025, 5, 28) or rng.random() < 0.02:
            resolved = None
        impact = sev in ("sev1", "sev2") and rng.random() < 0.8 or rng.random() < 0.05
        incidents.append((iid, rng.randint(1, 420), rng.randint(1, 30), sev, cat, opened, resolved, impact,
                          int(hours * 60 * rng.uniform(0.2, 0.9)) if impact else 0))
    _insert(con, "racks", racks)
    _insert(con, "servers", servers)
    _insert(con, "engineers", engineers)
    _insert(con, "incidents", incidents)
    con.close()


# ------------------------------------------------------------------------------------------ app releases
APPS = [(1, "PocketLedger", "finance"), (2, "TrailMate", "travel"), (3, "SnapGrocer", "shopping"),
        (4, "FitPulse", "health"), (5, "QuickNote", "productivity"), (6, "RideShare Go", "travel"),
        (7, "BudgetBee", "finance"), (8, "MindfulMe", "health")]
CRASH_TYPES = ["ANR", "out of memory", "null pointer", "native crash", "network timeout"]
DEVICES = {"iOS": ["iPhone 13", "iPhone 14", "iPhone 15", "iPad Air"],
           "Android": ["Pixel 7", "Pixel 8", "Galaxy S23", "Galaxy A54", "Redmi Note 12"]}
COUNTRIES = ["US", "DE", "IN", "BR", "GB", "JP"]


def build_appreleases(path: Path | str) -> None:
    """apps (16: 8 apps x 2 platforms), releases (declared FK), crashReports (releaseId NOT declared), 2023-2024.
    camelCase names throughout."""
    rng = random.Random(6403)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE apps(appId INTEGER PRIMARY KEY, appName VARCHAR, platform VARCHAR,
        category VARCHAR, launchDate DATE, isPaid BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE releases(releaseId INTEGER PRIMARY KEY,
        appId INTEGER REFERENCES apps(appId), versionName VARCHAR, releasedAt TIMESTAMP, isHotfix BOOLEAN,
        buildSizeMb DOUBLE, rolloutPct INTEGER, activeInstalls INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE crashReports(crashId INTEGER PRIMARY KEY, releaseId INTEGER,
        occurredAt TIMESTAMP, crashType VARCHAR, deviceModel VARCHAR, osVersion VARCHAR, userCountry VARCHAR,
        isFatal BOOLEAN)""")
    apps = []
    for base, name, cat in APPS:
        paid = rng.random() < 0.3
        launch = _day(rng, dt.date(2018, 1, 1), 1600)
        for k, platform in enumerate(["iOS", "Android"]):
            apps.append((base * 2 - 1 + k, name, platform, cat, launch + dt.timedelta(days=rng.randint(0, 200) * k),
                         paid))
    releases, crashes, cid, rid = [], [], 1, 1
    for app_id, _, platform, _, _, _ in apps:
        major, minor, patch = rng.randint(2, 6), 0, 0
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 20))
        size = rng.uniform(30, 180)
        while day <= dt.date(2024, 12, 31):
            hotfix = rng.random() < 0.25
            if hotfix:
                patch += 1
            else:
                minor, patch = minor + 1, 0
                if minor > 9:
                    major, minor = major + 1, 0
            released = _moment(rng, day, 8, 20)
            size *= rng.uniform(0.97, 1.06)
            instability = rng.uniform(0.2, 2.5) * (1.5 if platform == "Android" else 1.0)
            releases.append((rid, app_id, f"{major}.{minor}.{patch}", released, hotfix, round(size, 1),
                             rng.choice([10, 25, 50, 100, 100, 100]), rng.randint(2000, 90000)))
            gap = rng.randint(3, 10) if not hotfix else rng.randint(10, 40)
            for _ in range(int(rng.uniform(0, 12) * instability)):
                occurred = released + dt.timedelta(minutes=rng.randint(5, gap * 24 * 60))
                if occurred > dt.datetime(2024, 12, 31, 23, 59):
                    continue
                crashes.append((cid, rid, occurred, rng.choices(CRASH_TYPES, [20, 15, 30, 15, 20])[0],
                                rng.choice(DEVICES[platform]), f"{'17' if platform == 'iOS' else '14'}."
                                f"{rng.randint(0, 4)}", rng.choices(COUNTRIES, [35, 15, 20, 12, 10, 8])[0],
                                rng.random() < 0.6))
                cid += 1
            rid += 1
            day += dt.timedelta(days=rng.randint(12, 40) if not hotfix else rng.randint(2, 10))
    _insert(con, "apps", apps)
    _insert(con, "releases", releases)
    _insert(con, "crashReports", crashes)
    con.close()


# ---------------------------------------------------------------------------------------------- genomics
INSTRUMENTS = [(1, "NOVA-01", "NovaSeq 6000", "Cambridge", dt.date(2019, 5, 14), 985000.0),
               (2, "NOVA-02", "NovaSeq X", "Cambridge", dt.date(2023, 2, 1), 1250000.0),
               (3, "NEXT-01", "NextSeq 2000", "Cambridge", dt.date(2020, 9, 30), 335000.0),
               (4, "NEXT-02", "NextSeq 2000", "Hinxton", dt.date(2021, 3, 8), 335000.0),
               (5, "MISEQ-01", "MiSeq", "Hinxton", dt.date(2016, 11, 2), 99000.0),
               (6, "MISEQ-02", "MiSeq", "Basel", dt.date(2018, 6, 20), 99000.0),
               (7, "NOVA-03", "NovaSeq 6000", "Basel", dt.date(2020, 1, 15), 985000.0)]
MODEL_YIELD = {"NovaSeq 6000": 2000.0, "NovaSeq X": 4000.0, "NextSeq 2000": 240.0, "MiSeq": 13.0}
RUN_TYPES = ["whole genome", "exome", "RNA-seq", "amplicon"]
SOURCES = ["blood", "FFPE", "saliva", "cell line"]
PREPS = ["TruSeq", "Nextera", "KAPA HyperPrep"]


def build_genomics(path: Path | str) -> None:
    """instruments (7), operators (16, birth_year), runs (2022-2024; completed_at NULL for failed/aborted runs),
    sequenced_samples (declared FK to runs)."""
    rng = random.Random(6404)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE instruments(instrument_id INTEGER PRIMARY KEY, instrument_name VARCHAR,
        model VARCHAR, lab_site VARCHAR, purchase_date DATE, purchase_price_usd DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE operators(operator_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, lab_site VARCHAR, is_certified BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE runs(run_id INTEGER PRIMARY KEY,
        instrument_id INTEGER REFERENCES instruments(instrument_id), operator_id INTEGER REFERENCES
        operators(operator_id), run_type VARCHAR, started_at TIMESTAMP, completed_at TIMESTAMP, run_status VARCHAR,
        read_length_bp INTEGER, yield_gb DOUBLE, q30_pct DOUBLE, reagent_cost_usd DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE sequenced_samples(sample_id INTEGER PRIMARY KEY,
        run_id INTEGER REFERENCES runs(run_id), sample_source VARCHAR, library_prep VARCHAR, reads_millions DOUBLE,
        duplication_pct DOUBLE, passed_qc BOOLEAN, is_tumour BOOLEAN)""")
    operators = [(oid, first, last, rng.randint(1962, 1999), rng.choice(["Cambridge", "Hinxton", "Basel"]),
                  rng.random() < 0.7) for oid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 16), 1)]
    runs, samples, sid = [], [], 1
    for rid in range(1, 901):
        inst = rng.choices(INSTRUMENTS, [25, 10, 20, 18, 10, 8, 15])[0]
        start_day = max(_day(rng, dt.date(2022, 1, 1), 1092), inst[4])
        started = _moment(rng, start_day, 7, 21)
        model = inst[2]
        hours = {"NovaSeq 6000": 40, "NovaSeq X": 30, "NextSeq 2000": 24, "MiSeq": 50}[model] * rng.uniform(0.6, 1.2)
        status = rng.choices(["completed", "failed", "aborted"], [88, 8, 4])[0]
        completed = started + dt.timedelta(minutes=int(hours * 60)) if status == "completed" else None
        yield_gb = round(MODEL_YIELD[model] * rng.uniform(0.6, 1.1), 1) if status == "completed" else 0.0
        runs.append((rid, inst[0], rng.randint(1, 16), rng.choices(RUN_TYPES, [30, 30, 25, 15])[0], started,
                     completed, status, rng.choice([75, 100, 150, 250]) if model == "MiSeq" else rng.choice([100, 150]),
                     yield_gb, round(rng.uniform(80, 95), 1) if status == "completed" else None,
                     round({"NovaSeq 6000": 9000, "NovaSeq X": 12000, "NextSeq 2000": 2500, "MiSeq": 1100}[model]
                           * rng.uniform(0.9, 1.1), 2)))
        for _ in range(rng.randint(1, 8) if model == "MiSeq" else rng.randint(4, 12)):
            source = rng.choices(SOURCES, [40, 25, 15, 20])[0]
            samples.append((sid, rid, source, rng.choice(PREPS),
                            round(rng.uniform(5, 80) if status == "completed" else rng.uniform(0, 3), 2),
                            round(rng.uniform(3, 25) + (8 if source == "FFPE" else 0), 1),
                            status == "completed" and rng.random() < 0.9, source in ("FFPE", "blood") and
                            rng.random() < 0.45))
            sid += 1
    _insert(con, "instruments", INSTRUMENTS)
    _insert(con, "operators", operators)
    _insert(con, "runs", runs)
    _insert(con, "sequenced_samples", samples)
    con.close()


# -------------------------------------------------------------------------------------------- ground station
SATELLITES = [(1, "Sentinel-Alpha", "EarthWatch", "SSO", dt.date(2019, 4, 2), 1150.0, True),
              (2, "Sentinel-Beta", "EarthWatch", "SSO", dt.date(2021, 8, 19), 1180.0, True),
              (3, "CubeHawk-3", "OrbitLabs", "LEO", dt.date(2022, 1, 13), 12.5, True),
              (4, "CubeHawk-4", "OrbitLabs", "LEO", dt.date(2022, 1, 13), 12.5, False),
              (5, "Polaris-7", "NordSat", "SSO", dt.date(2017, 6, 30), 640.0, True),
              (6, "AquaScan", "NordSat", "LEO", dt.date(2020, 10, 5), 420.0, True),
              (7, "Meridian-2", "Transpace", "MEO", dt.date(2018, 3, 22), 2300.0, True),
              (8, "Skylink-G1", "Transpace", "GEO", dt.date(2016, 9, 9), 4800.0, True),
              (9, "IceWatch", "EarthWatch", "SSO", dt.date(2023, 5, 1), 730.0, True),
              (10, "TinySat-9", "OrbitLabs", "LEO", dt.date(2023, 11, 11), 4.0, True)]
STATIONS = {"Svalbard": 78.2, "Kiruna": 67.9, "Awarua": -46.5, "Fairbanks": 64.8, "Troll": -72.0}
BANDS = {"S": 2.0, "X": 150.0, "Ka": 900.0}


def build_groundstation(path: Path | str) -> None:
    """satellites (10), passes (2023-2024, declared FK), downlinks (declared FK; data_mb NULL when the downlink
    failed)."""
    rng = random.Random(6405)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE satellites(satellite_id INTEGER PRIMARY KEY, satellite_name VARCHAR,
        operator_name VARCHAR, orbit_type VARCHAR, launch_date DATE, mass_kg DOUBLE, is_active BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE passes(pass_id INTEGER PRIMARY KEY,
        satellite_id INTEGER REFERENCES satellites(satellite_id), station VARCHAR, aos_time TIMESTAMP,
        los_time TIMESTAMP, max_elevation_deg DOUBLE, tracked_ok BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE downlinks(downlink_id INTEGER PRIMARY KEY,
        pass_id INTEGER REFERENCES passes(pass_id), band VARCHAR, data_mb DOUBLE, bitrate_mbps DOUBLE,
        frames_lost INTEGER, encrypted BOOLEAN)""")
    passes, downlinks, did = [], [], 1
    for pid in range(1, 2501):
        sat = rng.choices(SATELLITES, [14, 14, 10, 4, 12, 12, 8, 6, 12, 8])[0]
        if not sat[6]:
            day = _day(rng, dt.date(2023, 1, 1), 300)
        else:
            day = _day(rng, max(dt.date(2023, 1, 1), sat[4]), (dt.date(2025, 1, 1) - max(dt.date(2023, 1, 1),
                                                                                           sat[4])).days)
        station = rng.choices(list(STATIONS), [35, 25, 15, 15, 10])[0]
        aos = _moment(rng, day) + dt.timedelta(seconds=rng.randrange(60))
        minutes = {"LEO": 9, "SSO": 11, "MEO": 45, "GEO": 180}[sat[3]] * rng.uniform(0.5, 1.4)
        ok = rng.random() < 0.93
        passes.append((pid, sat[0], station, aos, aos + dt.timedelta(seconds=int(minutes * 60)),
                       round(rng.uniform(5, 89), 1), ok))
        if not ok:
            continue
        for band in rng.sample(list(BANDS), rng.choice([1, 1, 2, 3])):
            rate = round(BANDS[band] * rng.uniform(0.6, 1.2), 2)
            failed = rng.random() < 0.05
            downlinks.append((did, pid, band, None if failed else round(rate * minutes * 60 / 8 * rng.uniform(0.3, 0.9),
                                                                         1),
                              rate, rng.randint(0, 400) if not failed else rng.randint(500, 4000), rng.random() < 0.6))
            did += 1
    _insert(con, "satellites", SATELLITES)
    _insert(con, "passes", passes)
    _insert(con, "downlinks", downlinks)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "labsamples": build_labsamples,
    "datacentre": build_datacentre,
    "appreleases": build_appreleases,
    "genomics": build_genomics,
    "groundstation": build_groundstation,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval64-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval64-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval64-dbs"))
