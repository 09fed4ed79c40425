"""Builders of the sixty-second evaluation corpus (development): five DuckDB files in public-service domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).

- `firebrigade.duckdb`: fire stations, their appliances and callouts (stop message NULL while an incident is live)
- `wastecollection.duckdb`: bin rounds, crews (birth year), collections and missed-bin reports, in camelCase;
  `missedBins.roundId` is only implied by its name (no declared foreign key)
- `magistrates.duckdb`: defendants (birth date), cases (closed_on NULL while pending), hearings and outcomes
- `buildingpermits.duckdb`: applicants, planning/building applications and their decisions (pending ones have none)
- `ambulance.duckdb`: ambulance crews, paramedics (birth date) and 999 calls (on-scene time NULL when stood down)

Usage:
    python eval62/datasets.py OUTDIR

Example:
    >>> from eval62.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval62-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['ambulance.duckdb', 'buildingpermits.duckdb', 'firebrigade.duckdb', 'magistrates.duckdb', 'wastecollection.duckdb']
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


FIRST = ["Amir", "Bethan", "Ciaran", "Deborah", "Emeka", "Fiona", "Gareth", "Harpreet", "Imogen", "Jamal", "Keeley",
         "Leon", "Megan", "Nathan", "Olu", "Priya", "Rhys", "Siobhan", "Tomasz", "Uzma", "Vikram", "Wendy", "Zara"]
LAST = ["Ahmed", "Bowen", "Clarke", "Davies", "Evans", "Fletcher", "Griffiths", "Hussain", "Iqbal", "Jones", "Kowalski",
        "Lewis", "Morgan", "Nolan", "Owen", "Patel", "Reilly", "Shaw", "Thomas", "Walsh", "Yates"]

# ------------------------------------------------------------------------------------------------ fire brigade
STATIONS = [(1, "Central", "City", "wholetime", 1962, True), (2, "Eastfield", "City", "wholetime", 1978, True),
            (3, "Westgate", "City", "wholetime", 1985, False), (4, "Harbour", "Coastal", "day-crewed", 1971, False),
            (5, "Seaview", "Coastal", "retained", 1958, False), (6, "Millbrook", "Rural", "retained", 1949, False),
            (7, "Ashdown", "Rural", "retained", 1967, False), (8, "Kingsley", "Rural", "day-crewed", 1990, False),
            (9, "Northway", "City", "wholetime", 2004, True), (10, "Fenwick", "Rural", "retained", 1955, False)]
APPLIANCE_TYPES = {"pump": 2250, "aerial ladder": 0, "rescue tender": 0, "water carrier": 1800}
INCIDENTS = {"dwelling fire": 18, "road traffic collision": 14, "false alarm": 30, "grass fire": 12,
             "flooding": 6, "chimney fire": 5, "animal rescue": 4, "commercial fire": 6}


def build_firebrigade(path: Path | str) -> None:
    """stations (10), appliances (declared FK), callouts (2022-2024; declared FK; stop_message_at NULL while live)."""
    rng = random.Random(6201)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE stations(station_id INTEGER PRIMARY KEY, station_name VARCHAR,
        district VARCHAR, crewing_model VARCHAR, opened_year INTEGER, has_aerial BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE appliances(appliance_id INTEGER PRIMARY KEY,
        station_id INTEGER REFERENCES stations(station_id), callsign VARCHAR, appliance_type VARCHAR,
        pump_capacity_lpm INTEGER, in_service_date DATE, crew_seats INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE callouts(callout_id INTEGER PRIMARY KEY,
        appliance_id INTEGER REFERENCES appliances(appliance_id), call_received_at TIMESTAMP, mobilised_at TIMESTAMP,
        arrived_at TIMESTAMP, stop_message_at TIMESTAMP, incident_type VARCHAR, casualties INTEGER,
        water_used_litres INTEGER, malicious BOOLEAN)""")
    appliances = []
    for sid, _, _, model, _, aerial in STATIONS:
        kinds = ["pump", "pump"] if model == "wholetime" else ["pump"]
        kinds += ["aerial ladder"] if aerial else []
        kinds += ["rescue tender"] if sid in (1, 4, 9) else []
        kinds += ["water carrier"] if sid in (6, 8) else []
        for kind in kinds:
            aid = len(appliances) + 1
            appliances.append((aid, sid, f"{sid:02d}{aid:02d}", kind, APPLIANCE_TYPES[kind] or None,
                               _day(rng, dt.date(2008, 1, 1), 5000), rng.choice([4, 5, 6])))
    weights = [3 if STATIONS[a[1] - 1][3] == "wholetime" else 1 for a in appliances]
    callouts = []
    for cid in range(1, 3201):
        kind = rng.choices(list(INCIDENTS), list(INCIDENTS.values()))[0]
        pool = [a for a in appliances if (a[3] in ("pump", "water carrier") or kind in (
            "road traffic collision", "commercial fire", "animal rescue", "flooding"))]
        appliance = rng.choices(pool, [weights[a[0] - 1] for a in pool])[0]
        received = _moment(rng, _day(rng, dt.date(2022, 1, 1), 1096))
        retained = STATIONS[appliance[1] - 1][3] != "wholetime"
        mobilised = received + dt.timedelta(seconds=rng.randint(40, 110) + (rng.randint(180, 420) if retained else 0))
        arrived = mobilised + dt.timedelta(seconds=rng.randint(180, 1500) + (300 if retained else 0))
        busy = {"false alarm": 20, "dwelling fire": 150, "commercial fire": 300, "grass fire": 120}.get(kind, 80)
        stop = arrived + dt.timedelta(minutes=int(busy * rng.uniform(0.3, 1.6)))
        live = received > dt.datetime(2024, 12, 28, 12)
        fire = kind.endswith("fire")
        callouts.append((cid, appliance[0], received, mobilised, arrived, None if live else stop, kind,
                         rng.choices([0, 1, 2, 3], [80, 12, 6, 2])[0] if kind in ("dwelling fire",
                                                                                  "road traffic collision") else 0,
                         int(rng.uniform(500, 30000) * (3 if kind == "commercial fire" else 1)) if fire else 0,
                         kind == "false alarm" and rng.random() < 0.15))
    _insert(con, "stations", STATIONS)
    _insert(con, "appliances", appliances)
    _insert(con, "callouts", callouts)
    con.close()


# ------------------------------------------------------------------------------------ household waste (camelCase)
DEPOTS = ["Brookside", "Canal Wharf", "Hilltop"]
BIN_TYPES = {"general": 9.5, "recycling": 6.0, "garden": 7.5, "food": 2.5}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
REASONS = ["crew missed", "not presented", "blocked access", "contaminated", "vehicle breakdown"]


def build_wastecollection(path: Path | str) -> None:
    """rounds (24), crews (birth year; declared FK), collections (2023-2024; declared FK), missedBins
    (roundId NOT declared; resolvedOn NULL while unresolved)."""
    rng = random.Random(6202)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE rounds(roundId INTEGER PRIMARY KEY, roundName VARCHAR, depot VARCHAR,
        binType VARCHAR, collectionDay VARCHAR, households INTEGER, isRural BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE crews(crewId INTEGER PRIMARY KEY, firstName VARCHAR, lastName VARCHAR,
        birthYear INTEGER, crewRole VARCHAR, roundId INTEGER REFERENCES rounds(roundId), startDate DATE,
        hgvLicence BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE collections(collectionId INTEGER PRIMARY KEY,
        roundId INTEGER REFERENCES rounds(roundId), collectionDate DATE, startedAt TIMESTAMP, finishedAt TIMESTAMP,
        tonnesCollected DOUBLE, fuelLitres DOUBLE, binsEmptied INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE missedBins(reportId INTEGER PRIMARY KEY, roundId INTEGER,
        reportedOn DATE, reason VARCHAR, resolvedOn DATE, validComplaint BOOLEAN, streetName VARCHAR)""")
    rounds = []
    for rid in range(1, 25):
        bin_type = list(BIN_TYPES)[(rid - 1) % 4]
        depot = DEPOTS[(rid - 1) // 8]
        rounds.append((rid, f"{depot[:3].upper()}-{bin_type[:3].upper()}-{rid:02d}", depot, bin_type,
                       WEEKDAYS[rid % 5], rng.randint(900, 2400), rng.random() < 0.3))
    crews, names = [], iter(_unique_names(rng, FIRST, LAST, 80))
    for rid in range(1, 25):
        for role in ["driver", "loader", "loader"] + (["loader"] if rid % 3 == 0 else []):
            first, last = next(names)
            crews.append((len(crews) + 1, first, last, rng.randint(1962, 2003), role, rid,
                          _day(rng, dt.date(2005, 1, 1), 6900), role == "driver" or rng.random() < 0.2))
    collections = []
    for rid, _, _, bin_type, day_name, households, rural in rounds:
        day = dt.date(2023, 1, 2)
        while day.strftime("%A") != day_name:
            day += dt.timedelta(days=1)
        every = 7 if bin_type in ("food", "general") else 14
        while day <= dt.date(2024, 12, 31):
            started = dt.datetime.combine(day, dt.time(6, rng.choice([0, 10, 15, 20, 30, 45])))
            hours = rng.uniform(5.5, 8.5) + (1 if rural else 0)
            bins = int(households * rng.uniform(0.7, 0.95))
            tonnes = round(bins * BIN_TYPES[bin_type] / 1000 * rng.uniform(0.8, 1.2)
                           * (1.6 if bin_type == "garden" and day.month in (5, 6, 7, 8, 9) else 1), 2)
            collections.append((len(collections) + 1, rid, day, started,
                                started + dt.timedelta(minutes=int(hours * 60)), tonnes,
                                round(hours * rng.uniform(9, 14), 1), bins))
            day += dt.timedelta(days=every)
    missed = []
    streets = ["Acacia Avenue", "Mill Lane", "Church Street", "Station Road", "Park View", "Orchard Close",
               "High Street", "Queens Road", "Beech Grove", "Victoria Terrace"]
    for mid in range(1, 1301):
        rid = rng.choices(range(1, 25), [3 if r[6] else 1 for r in rounds])[0]
        reported = _day(rng, dt.date(2023, 1, 3), 728)
        reason = rng.choices(REASONS, [35, 30, 15, 12, 8])[0]
        wait = rng.randint(0, 9)
        resolved = reported + dt.timedelta(days=wait)
        open_ = resolved > dt.date(2024, 12, 31) or rng.random() < 0.04
        missed.append((mid, rid, reported, reason, None if open_ else resolved,
                       reason in ("crew missed", "vehicle breakdown"), rng.choice(streets)))
    _insert(con, "rounds", rounds)
    _insert(con, "crews", crews)
    _insert(con, "collections", collections)
    _insert(con, "missedBins", missed)
    con.close()


# ------------------------------------------------------------------------------------------ magistrates court
OFFENCES = {"motoring": (40, 300), "theft": (22, 250), "criminal damage": (12, 200), "public order": (12, 150),
            "assault": (10, 400), "drug possession": (8, 180)}
COURTHOUSES = ["Northgate", "Riverside", "Castle Street"]
HEARING_TYPES = ["first appearance", "case management", "trial", "sentencing"]
VERDICTS = ["guilty plea", "found guilty", "not guilty", "withdrawn", "dismissed"]


def build_magistrates(path: Path | str) -> None:
    """defendants (birth date), cases (2022-2024; closed_on NULL while pending), hearings, outcomes (declared FKs)."""
    rng = random.Random(6203)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE defendants(defendant_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, date_of_birth DATE, gender VARCHAR, home_town VARCHAR, prior_convictions INTEGER)""")
    con.execute("""CREATE OR REPLACE TABLE cases(case_id INTEGER PRIMARY KEY,
        defendant_id INTEGER REFERENCES defendants(defendant_id), case_ref VARCHAR, offence_category VARCHAR,
        courthouse VARCHAR, charged_on DATE, closed_on DATE, legal_aid BOOLEAN, remanded_in_custody BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE hearings(hearing_id INTEGER PRIMARY KEY,
        case_id INTEGER REFERENCES cases(case_id), hearing_start TIMESTAMP, hearing_type VARCHAR,
        duration_minutes INTEGER, adjourned BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE outcomes(case_id INTEGER PRIMARY KEY REFERENCES cases(case_id),
        verdict VARCHAR, fine_gbp DOUBLE, costs_gbp DOUBLE, custody_days INTEGER, community_order BOOLEAN)""")
    towns = ["Ashford", "Barnsley", "Colchester", "Dudley", "Eastleigh", "Folkestone"]
    defendants = []
    for did, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 420), start=1):
        defendants.append((did, first, last, _day(rng, dt.date(1955, 1, 1), 18000),
                           rng.choices(["M", "F"], [75, 25])[0], rng.choice(towns),
                           rng.choices([0, 1, 2, 3, 5, 8], [45, 20, 12, 10, 8, 5])[0]))
    cases, hearings, outcomes = [], [], []
    for cid in range(1, 901):
        offence = rng.choices(list(OFFENCES), [v[0] for v in OFFENCES.values()])[0]
        charged = _day(rng, dt.date(2022, 1, 1), 1096)
        remand = offence in ("assault", "theft") and rng.random() < 0.12
        n_hearings = rng.choices([1, 2, 3, 4, 5], [30, 30, 20, 12, 8])[0]
        day = charged + dt.timedelta(days=rng.randint(7, 35))
        for h in range(n_hearings):
            kind = "first appearance" if h == 0 else ("sentencing" if h == n_hearings - 1 and h > 1 else
                                                      rng.choice(["case management", "trial"]))
            hearings.append((len(hearings) + 1, cid, _moment(rng, day, 10, 15), kind,
                             rng.randint(10, 40) if kind != "trial" else rng.randint(60, 330), h < n_hearings - 1))
            day += dt.timedelta(days=rng.randint(14, 70))
        closed = day - dt.timedelta(days=rng.randint(0, 10))
        if closed > dt.date(2024, 12, 31) or rng.random() < 0.03:
            closed = None
        cases.append((cid, rng.randint(1, 420), f"MC{charged.year % 100:02d}-{cid:05d}", offence,
                      rng.choices(COURTHOUSES, [45, 35, 20])[0], charged, closed, rng.random() < 0.55, remand))
        if closed is not None:
            verdict = rng.choices(VERDICTS, [55, 18, 10, 12, 5])[0]
            guilty = verdict in ("guilty plea", "found guilty")
            fine = round(OFFENCES[offence][1] * rng.uniform(0.4, 2.5), -1) if guilty and rng.random() < 0.7 else None
            custody = rng.choice([14, 28, 56, 84, 120]) if guilty and (remand or rng.random() < 0.06) else 0
            outcomes.append((cid, verdict, fine, float(rng.choice([85, 90, 150, 300, 620])) if guilty else 0.0,
                             custody, guilty and fine is None and custody == 0))
    _insert(con, "defendants", defendants)
    _insert(con, "cases", cases)
    _insert(con, "hearings", hearings)
    _insert(con, "outcomes", outcomes)
    con.close()


# ------------------------------------------------------------------------------------------- building permits
APP_TYPES = {"householder extension": (40, 35000, 258), "new dwelling": (15, 240000, 578),
             "change of use": (15, 20000, 578), "demolition": (8, 15000, 130),
             "commercial fit-out": (12, 120000, 578), "loft conversion": (10, 45000, 258)}
APPLICANT_TYPES = ["homeowner", "developer", "business", "housing association"]
WARDS = ["Abbey", "Bridge", "Castle", "Dockside", "Elmwood", "Forest Hill"]
DECISIONS = ["approved", "approved with conditions", "refused", "withdrawn"]


def build_buildingpermits(path: Path | str) -> None:
    """applicants (250), applications (2023-01 .. 2025-06; declared FK), decisions (declared FK; none while
    pending; appeal_outcome NULL unless appealed)."""
    rng = random.Random(6204)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE applicants(applicant_id INTEGER PRIMARY KEY, applicant_name VARCHAR,
        applicant_type VARCHAR, uses_agent BOOLEAN, registered_on DATE)""")
    con.execute("""CREATE OR REPLACE TABLE applications(application_id INTEGER PRIMARY KEY,
        applicant_id INTEGER REFERENCES applicants(applicant_id), reference VARCHAR, application_type VARCHAR,
        ward VARCHAR, submitted_on DATE, estimated_cost_gbp DOUBLE, floor_area_m2 DOUBLE, fee_gbp DOUBLE,
        listed_building BOOLEAN, conservation_area BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE decisions(decision_id INTEGER PRIMARY KEY,
        application_id INTEGER REFERENCES applications(application_id), decided_on DATE, decision VARCHAR,
        delegated BOOLEAN, appealed BOOLEAN, appeal_outcome VARCHAR)""")
    firms = ["Oakridge Homes", "Kestrel Developments", "Linden Build", "Harbourside Estates", "Mercia Living",
             "Greenbelt Housing", "Wyvern Homes", "Stonebridge Land"]
    businesses = ["The Copper Kettle", "Bright Smiles Dental", "Northern Fitness", "Patel Pharmacy",
                  "Riverside Vets", "Spice Route Restaurant", "Quayside Offices Ltd", "Village Stores"]
    associations = ["Hearthstone Housing Association", "Unity Homes Trust", "Crescent Housing"]
    applicants = []
    owners = _unique_names(rng, FIRST, LAST, 231)
    for name in firms:
        applicants.append((len(applicants) + 1, name, "developer", True, _day(rng, dt.date(2015, 1, 1), 2900)))
    for name in businesses:
        applicants.append((len(applicants) + 1, name, "business", rng.random() < 0.6,
                           _day(rng, dt.date(2015, 1, 1), 2900)))
    for name in associations:
        applicants.append((len(applicants) + 1, name, "housing association", True,
                           _day(rng, dt.date(2015, 1, 1), 2900)))
    for first, last in owners:
        applicants.append((len(applicants) + 1, f"{first} {last}", "homeowner", rng.random() < 0.35,
                           _day(rng, dt.date(2015, 1, 1), 3600)))
    by_type = {t: [a[0] for a in applicants if a[2] == t] for t in APPLICANT_TYPES}
    applications, decisions = [], []
    for aid in range(1, 1801):
        kind = rng.choices(list(APP_TYPES), [v[0] for v in APP_TYPES.values()])[0]
        who = {"householder extension": "homeowner", "loft conversion": "homeowner",
               "new dwelling": rng.choice(["developer", "developer", "housing association", "homeowner"]),
               "change of use": "business", "commercial fit-out": "business",
               "demolition": rng.choice(["developer", "homeowner"])}[kind]
        submitted = _day(rng, dt.date(2023, 1, 1), 912)
        listed = rng.random() < 0.06
        cost = round(APP_TYPES[kind][1] * rng.uniform(0.4, 2.5), -2)
        applications.append((aid, rng.choice(by_type[who]), f"{submitted.year % 100:02d}/{aid:05d}/FUL", kind,
                             rng.choice(WARDS), submitted, cost, round(cost / rng.uniform(1500, 2600), 1),
                             float(APP_TYPES[kind][2]), listed, listed or rng.random() < 0.15))
        wait = rng.randint(20, 70) + (30 if listed else 0) + (20 if kind == "new dwelling" else 0)
        decided = submitted + dt.timedelta(days=wait)
        if decided > dt.date(2025, 6, 30):
            continue
        decision = rng.choices(DECISIONS, [35, 40, 15 + (10 if listed else 0), 10])[0]
        appealed = decision == "refused" and rng.random() < 0.3
        decisions.append((len(decisions) + 1, aid, decided, decision, rng.random() < 0.85 and kind != "new dwelling",
                          appealed, rng.choice(["allowed", "dismissed", "dismissed"]) if appealed else None))
    _insert(con, "applicants", applicants)
    _insert(con, "applications", applications)
    _insert(con, "decisions", decisions)
    con.close()


# ----------------------------------------------------------------------------------------------------- ambulance
BASES = {"Northside": "urban", "Southgate": "urban", "Riverside": "urban", "Moorland": "rural", "Coastway": "rural"}
VEHICLES = ["double-crewed ambulance", "double-crewed ambulance", "rapid response vehicle"]
CATEGORIES = {1: (7, 12), 2: (18, 40), 3: (45, 38), 4: (90, 10)}
HOSPITALS = ["General Infirmary", "St Mary's", "Royal Victoria", "Westfield Community"]
COMPLAINTS = ["chest pain", "breathing problems", "fall", "stroke", "unconscious", "road traffic collision",
              "mental health"]


def build_ambulance(path: Path | str) -> None:
    """crews (30), paramedics (birth date; declared FK), calls (2023-2024; declared FK; on_scene_at NULL when the
    crew was stood down, hospital NULL when not conveyed)."""
    rng = random.Random(6205)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE crews(crew_id INTEGER PRIMARY KEY, callsign VARCHAR, base_station VARCHAR,
        area_type VARCHAR, vehicle_type VARCHAR, night_shift BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE paramedics(staff_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_date DATE, grade VARCHAR, crew_id INTEGER REFERENCES crews(crew_id),
        joined_service DATE, advanced_practitioner BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE calls(call_id INTEGER PRIMARY KEY, crew_id INTEGER REFERENCES crews(crew_id),
        call_received_at TIMESTAMP, dispatched_at TIMESTAMP, on_scene_at TIMESTAMP, category INTEGER,
        chief_complaint VARCHAR, conveyed BOOLEAN, hospital VARCHAR, distance_km DOUBLE, patient_age INTEGER)""")
    crews = []
    for cid in range(1, 31):
        base = list(BASES)[(cid - 1) % 5]
        vehicle = VEHICLES[(cid - 1) % 3]
        crews.append((cid, f"{base[0]}{'A' if vehicle.startswith('double') else 'R'}{cid:02d}", base, BASES[base],
                      vehicle, cid % 4 == 0))
    staff = []
    for sid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 60), start=1):
        crew_id = (sid - 1) // 2 + 1
        grade = rng.choices(["paramedic", "emergency care assistant", "technician"], [50, 25, 25])[0]
        staff.append((sid, first, last, _day(rng, dt.date(1966, 1, 1), 13000), grade, crew_id,
                      _day(rng, dt.date(2004, 1, 1), 7000), grade == "paramedic" and rng.random() < 0.2))
    calls = []
    for call_id in range(1, 4801):
        crew = rng.choice(crews)
        category = rng.choices(list(CATEGORIES), [v[1] for v in CATEGORIES.values()])[0]
        received = _moment(rng, _day(rng, dt.date(2023, 1, 1), 731))
        dispatched = received + dt.timedelta(seconds=rng.randint(30, 240) * (1 if category < 3 else 4))
        rural = crew[3] == "rural"
        target = CATEGORIES[category][0] * (1.4 if rural else 1.0)
        stood_down = rng.random() < 0.06
        on_scene = None if stood_down else dispatched + dt.timedelta(seconds=int(target * 60 * rng.uniform(0.3, 1.4)))
        conveyed = not stood_down and crew[4].startswith("double") and rng.random() < 0.65
        complaint = rng.choice(COMPLAINTS)
        calls.append((call_id, crew[0], received, dispatched, on_scene, category, complaint, conveyed,
                      rng.choices(HOSPITALS, [40, 25, 25, 10])[0] if conveyed else None,
                      round(rng.uniform(0.8, 12) * (2.5 if rural else 1), 1), rng.randint(1, 98)))
    _insert(con, "crews", crews)
    _insert(con, "paramedics", staff)
    _insert(con, "calls", calls)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "firebrigade": build_firebrigade,
    "wastecollection": build_wastecollection,
    "magistrates": build_magistrates,
    "buildingpermits": build_buildingpermits,
    "ambulance": build_ambulance,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval62-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval62-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval62-dbs"))
