"""Builders of the eval40 development corpus: five DuckDB files in community-organisation domains.

Deterministic (one fixed seed per schema) and atomic (each file is written to a temporary name, then renamed).
Data run from 2022 to 2024 (people's join dates and birth dates go further back).

- `choirs.duckdb`: choirs, singers (date_of_birth, left_on NULL while still singing), concerts (status,
  tickets_sold NULL when not performed, optional audience_rating); declared FKs
- `allotments.duckdb`: plots, tenants (birth_year), tenancies (end_date / end_reason NULL while ongoing; declared FKs),
  harvests (weighed_at TIMESTAMP; plot_id is NOT a declared foreign key)
- `bridge.duckdb`: players, sessions (starts_at TIMESTAMP), results (declared FKs)
- `scouts.duckdb`: scout_groups, members (date_of_birth, left_on NULL), badge_awards (awarded_at TIMESTAMP),
  activities (group_id NOT declared, optional leader_rating)
- `parish.duckdb`: councillors (stood_down_on NULL while serving), planning_applications (decision NULL while
  pending), grants (proposed_by declared FK), issue_reports (resolved_at TIMESTAMP NULL while open)

Usage:
    python eval40/datasets.py OUTDIR

Example:
    >>> from eval40.datasets import build_all          # doctest: +SKIP
    >>> sorted(p.name for p in build_all("/tmp/eval40-dbs").glob("*.duckdb"))  # doctest: +SKIP
    ['allotments.duckdb', 'bridge.duckdb', 'choirs.duckdb', 'parish.duckdb', 'scouts.duckdb']
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

END = dt.date(2024, 12, 31)


def _insert(con, table: str, rows: list[tuple]) -> None:
    """Append rows (tuples in column order) to a table through a registered DataFrame."""
    cols = [r[0] for r in con.execute(f'DESCRIBE "{table}"').fetchall()]
    con.register("frame", pd.DataFrame(rows, columns=cols, dtype=object))
    con.execute(f'INSERT INTO "{table}" SELECT * FROM frame')
    con.unregister("frame")


def _day(rng: random.Random, start: dt.date, span_days: int) -> dt.date:
    """A random day in [start, start + span_days)."""
    return start + dt.timedelta(days=rng.randrange(span_days))


def _moment(rng: random.Random, day: dt.date, first_hour: int, last_hour: int) -> dt.datetime:
    """A random minute on `day` between first_hour:00 and last_hour:59."""
    return dt.datetime(day.year, day.month, day.day, rng.randint(first_hour, last_hour), rng.randrange(60))


def _unique_names(rng: random.Random, firsts: list[str], lasts: list[str], n: int) -> list[tuple[str, str]]:
    """n distinct (first, last) name pairs drawn in a fixed order."""
    seen: dict[tuple[str, str], None] = {}
    while len(seen) < n:
        seen.setdefault((rng.choice(firsts), rng.choice(lasts)), None)
    return list(seen)


FIRST = ["Agnes", "Barnaby", "Cecily", "Duncan", "Eleanor", "Fergus", "Gwen", "Hamish", "Imogen", "Jasper", "Kirsty",
         "Lionel", "Morag", "Niall", "Orla", "Percy", "Rhiannon", "Stanley", "Tabitha", "Vernon", "Winifred", "Yvonne",
         "Ajay", "Bronwen", "Callum", "Deepa", "Ewan", "Fiona", "Gareth", "Hazel"]
LAST = ["Abbott", "Blackwood", "Carmichael", "Dunmore", "Ellison", "Fairweather", "Gillespie", "Hargreaves", "Ingram",
        "Jessop", "Kilbride", "Lomax", "McAllister", "Nuttall", "Oakley", "Pemberton", "Quigley", "Rowntree",
        "Saddler", "Tennant", "Underwood", "Whitlock", "Patel", "Okonjo"]

# ------------------------------------------------------------------------------------------------- choirs
CHOIRS = [
    # name, town, region, choir_type, founded_year, auditioned, rehearsal_night
    ("Harbour Voices", "Whitby", "Yorkshire", "mixed", 1998, False, "Tuesday"),
    ("St Cecilia Singers", "York", "Yorkshire", "chamber", 1984, True, "Thursday"),
    ("Vale Community Choir", "Evesham", "Midlands", "community", 2009, False, "Monday"),
    ("Northgate Male Voice Choir", "Chester", "North West", "male voice", 1952, False, "Wednesday"),
    ("Riverside Youth Chorus", "Worcester", "Midlands", "youth", 2012, True, "Saturday"),
    ("Bellhaven Ladies Choir", "Lancaster", "North West", "female voice", 1976, False, "Monday"),
    ("Canal Street Chorale", "Manchester", "North West", "mixed", 2003, True, "Wednesday"),
    ("Moorland Harmony", "Buxton", "Midlands", "community", 2015, False, "Tuesday"),
    ("City Chamber Choir", "Bristol", "South West", "chamber", 1991, True, "Thursday"),
    ("Greenbank Gospel Choir", "Bristol", "South West", "gospel", 2006, False, "Friday"),
    ("Oakfield Singers", "Exeter", "South West", "mixed", 1988, False, "Wednesday"),
    ("Lighthouse Chorus", "Scarborough", "Yorkshire", "female voice", 1995, False, "Thursday"),
    ("Westbridge Choral Society", "Shrewsbury", "Midlands", "mixed", 1921, True, "Monday"),
    ("Tamar Valley Male Voice", "Plymouth", "South West", "male voice", 1964, False, "Tuesday"),
]
VOICE_PARTS = {"male voice": ["tenor", "baritone", "bass"], "female voice": ["soprano", "mezzo", "alto"]}
VENUES = ["church", "concert hall", "school", "festival", "community centre", "cathedral"]


def build_choirs(path: Path | str) -> None:
    """choirs (14), singers (~430, declared FK, left_on NULL while singing), concerts (2022-2024, declared FK)."""
    rng = random.Random(4001)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE choirs(choir_id INTEGER PRIMARY KEY, choir_name VARCHAR, town VARCHAR,
        region VARCHAR, choir_type VARCHAR, founded_year INTEGER, auditioned BOOLEAN, rehearsal_night VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE singers(singer_id INTEGER PRIMARY KEY,
        choir_id INTEGER REFERENCES choirs(choir_id), first_name VARCHAR, last_name VARCHAR, voice_part VARCHAR,
        date_of_birth DATE, joined_on DATE, left_on DATE, annual_subs DOUBLE, concession BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE concerts(concert_id INTEGER PRIMARY KEY,
        choir_id INTEGER REFERENCES choirs(choir_id), concert_date DATE, title VARCHAR, venue_type VARCHAR,
        status VARCHAR, tickets_sold INTEGER, ticket_price DOUBLE, charity_event BOOLEAN, audience_rating DOUBLE)""")
    choirs = [(i, *c) for i, c in enumerate(CHOIRS, start=1)]
    sizes = [rng.randint(18, 50) for _ in choirs]
    singers, names = [], _unique_names(rng, FIRST, LAST, sum(sizes))
    for choir, size in zip(choirs, sizes):
        parts = VOICE_PARTS.get(choir[4], ["soprano", "alto", "tenor", "bass"])
        youth = choir[4] == "youth"
        for _ in range(size):
            first, last = names[len(singers)]
            born = _day(rng, dt.date(2004, 1, 1), 365 * 5) if youth else _day(rng, dt.date(1940, 1, 1), 365 * 55)
            joined = _day(rng, dt.date(2012 if youth else 2005, 1, 1), (END - dt.date(2012 if youth else 2005, 1,
                                                                                        1)).days - 30)
            left = None
            if rng.random() < 0.28:
                left = joined + dt.timedelta(days=rng.randint(90, 2500))
                left = left if left <= END else None
            subs = {"youth": 60.0, "chamber": 180.0}.get(choir[4], 120.0)
            concession = rng.random() < 0.22
            singers.append((len(singers) + 1, choir[0], first, last, rng.choice(parts), born, joined, left,
                            subs / 2 if concession else subs, concession))
    concerts = []
    for choir, size in zip(choirs, sizes):
        for year in (2022, 2023, 2024):
            for _ in range(rng.randint(3, 9)):
                day = _day(rng, dt.date(year, 1, 1), 365)
                season = "Christmas Concert" if day.month == 12 else "Spring Concert" if day.month in (3, 4, 5) \
                    else "Summer Serenade" if day.month in (6, 7, 8) else "Autumn Recital"
                status = rng.choices(["performed", "cancelled", "postponed"], [88, 8, 4])[0]
                venue = rng.choices(VENUES, [30, 15, 15, 10, 20, 10])[0]
                price = round(rng.choice([0.0, 8.0, 10.0, 12.0, 15.0, 18.0, 20.0]) * (1.4 if venue == "cathedral"
                                                                                      else 1.0), 2)
                sold = rng.randint(size, size * 8) if status == "performed" else None
                rating = round(rng.uniform(3.0, 5.0), 1) if status == "performed" and rng.random() < 0.6 else None
                concerts.append((0, choir[0], day, f"{season} {year}", venue, status, sold, price,
                                 rng.random() < 0.25, rating))
    _insert(con, "choirs", choirs)
    _insert(con, "singers", singers)
    concerts.sort(key=lambda c: (c[2], c[1]))
    _insert(con, "concerts", [(i, *c[1:]) for i, c in enumerate(concerts, start=1)])
    con.close()


# ------------------------------------------------------------------------------------------------- allotments
SITES = {"Northfield": (40, 250.0, 0.9), "Riverside": (32, 160.0, 1.0), "Church Lane": (24, 125.0, 0.6),
         "Mill Road": (30, 200.0, 0.75)}
CROPS = {"potatoes": (2.0, 12.0), "onions": (0.5, 4.0), "runner beans": (0.3, 3.0), "tomatoes": (0.5, 5.0),
         "courgettes": (0.5, 6.0), "strawberries": (0.2, 2.5), "leeks": (0.5, 4.0), "pumpkins": (3.0, 18.0)}
END_REASONS = ["moved away", "gave up", "health", "downsized", "evicted"]


def build_allotments(path: Path | str) -> None:
    """plots (126), tenants, tenancies (declared FKs, end_date NULL while ongoing), harvests (plot_id undeclared)."""
    rng = random.Random(4002)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE plots(plot_id INTEGER PRIMARY KEY, plot_code VARCHAR, site VARCHAR,
        size_sqm DOUBLE, has_water_tap BOOLEAN, has_shed BOOLEAN, annual_rent DOUBLE)""")
    con.execute("""CREATE OR REPLACE TABLE tenants(tenant_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, birth_year INTEGER, postcode_area VARCHAR, joined_society DATE, concession BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE tenancies(tenancy_id INTEGER PRIMARY KEY,
        plot_id INTEGER REFERENCES plots(plot_id), tenant_id INTEGER REFERENCES tenants(tenant_id),
        start_date DATE, end_date DATE, end_reason VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE harvests(harvest_id INTEGER PRIMARY KEY, plot_id INTEGER,
        weighed_at TIMESTAMP, crop VARCHAR, weight_kg DOUBLE, entered_in_show BOOLEAN)""")
    plots = []
    for site, (count, size, tap_share) in SITES.items():
        for n in range(1, count + 1):
            half = rng.random() < 0.3
            sqm = round(size * (0.5 if half else 1.0) * rng.uniform(0.9, 1.1), 1)
            plots.append((len(plots) + 1, f"{site[:2].upper()}-{n:02d}", site, sqm, rng.random() < tap_share,
                          rng.random() < 0.55, round(sqm * 0.32, 2)))
    names = _unique_names(rng, FIRST, LAST, 260)
    areas = ["LS6", "LS7", "LS16", "LS17", "LS18"]
    tenants = []
    for tid, (first, last) in enumerate(names, start=1):
        tenants.append((tid, first, last, rng.randint(1942, 1998), rng.choices(areas, [30, 25, 20, 15, 10])[0],
                        _day(rng, dt.date(2008, 1, 1), (END - dt.date(2008, 1, 1)).days), rng.random() < 0.2))
    tenancies, free_tenants = [], list(range(1, len(tenants) + 1))
    rng.shuffle(free_tenants)
    for plot in plots:
        start = _day(rng, dt.date(2016, 1, 1), 2200)
        while start <= END and free_tenants:
            tenant = free_tenants.pop()
            end = start + dt.timedelta(days=rng.randint(200, 2600))
            if end > END or rng.random() < 0.35:
                tenancies.append((len(tenancies) + 1, plot[0], tenant, start, None, None))
                break
            tenancies.append((len(tenancies) + 1, plot[0], tenant, start, end,
                              rng.choices(END_REASONS, [30, 30, 20, 15, 5])[0]))
            start = end + dt.timedelta(days=rng.randint(10, 150))
    harvests = []
    crops = list(CROPS)
    for plot in plots:
        weight_factor = plot[3] / 200.0
        for year in (2022, 2023, 2024):
            for _ in range(rng.randint(2, 14)):
                crop = rng.choice(crops)
                lo, hi = CROPS[crop]
                month = rng.choices(range(5, 11), [5, 15, 25, 25, 20, 10])[0]
                day = _day(rng, dt.date(year, month, 1), 28)
                harvests.append((0, plot[0], _moment(rng, day, 8, 19), crop,
                                 round(rng.uniform(lo, hi) * (0.6 + weight_factor), 2), rng.random() < 0.07))
    harvests.sort(key=lambda h: (h[2], h[1]))
    harvests = [(i, *h[1:]) for i, h in enumerate(harvests, start=1)]
    _insert(con, "plots", plots)
    _insert(con, "tenants", tenants)
    _insert(con, "tenancies", tenancies)
    _insert(con, "harvests", harvests)
    con.close()


# ------------------------------------------------------------------------------------------------- bridge
GRADES = ["beginner", "club", "county", "regional", "national"]
SESSION_TYPES = {"duplicate pairs": 0.55, "teams": 0.15, "improvers": 0.15, "swiss pairs": 0.15}
DIRECTORS = ["Margaret Hale", "Robert Quinn", "Sheila Dawson", "Tom Ashworth"]


def build_bridge(path: Path | str) -> None:
    """players (~150), sessions (2022-2024, starts_at TIMESTAMP), results (one row per player per session)."""
    rng = random.Random(4003)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE players(player_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, grade VARCHAR, master_points INTEGER, joined_club DATE, life_member BOOLEAN,
        home_town VARCHAR)""")
    con.execute("""CREATE OR REPLACE TABLE sessions(session_id INTEGER PRIMARY KEY, starts_at TIMESTAMP,
        session_type VARCHAR, director VARCHAR, boards_played INTEGER, table_money DOUBLE, online BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE results(result_id INTEGER PRIMARY KEY,
        session_id INTEGER REFERENCES sessions(session_id), player_id INTEGER REFERENCES players(player_id),
        direction VARCHAR, score_pct DOUBLE, position INTEGER, masterpoints_won INTEGER)""")
    towns = ["Harrogate", "Knaresborough", "Ripon", "Wetherby", "Otley"]
    players = []
    for pid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 150), start=1):
        grade = rng.choices(GRADES, [15, 40, 25, 15, 5])[0]
        points = {"beginner": (0, 40), "club": (20, 400), "county": (300, 1500), "regional": (1200, 4000),
                  "national": (3500, 9000)}[grade]
        players.append((pid, first, last, grade, rng.randint(*points), _day(rng, dt.date(1995, 1, 1), 10900),
                        rng.random() < 0.12, rng.choices(towns, [40, 20, 15, 15, 10])[0]))
    skill = {p[0]: GRADES.index(p[3]) for p in players}
    sessions, results = [], []
    day = dt.date(2022, 1, 3)
    while day <= END:
        for weekday, hour in ((0, 19), (2, 13), (4, 19)):
            when = day + dt.timedelta(days=weekday)
            if when > END or rng.random() < 0.06:
                continue
            stype = rng.choices(list(SESSION_TYPES), list(SESSION_TYPES.values()))[0]
            if weekday == 2 and rng.random() < 0.5:
                stype = "improvers"
            online = when.year == 2022 and rng.random() < 0.3
            sid = len(sessions) + 1
            starts = dt.datetime(when.year, when.month, when.day, hour, rng.choice([0, 15, 30]))
            sessions.append((sid, starts, stype, rng.choice(DIRECTORS), rng.choice([18, 21, 24, 24, 27]),
                             0.0 if online else rng.choice([3.0, 3.5, 4.0]), online))
            pool = [p for p in players if (stype != "improvers") or skill[p[0]] <= 1]
            count = min(len(pool), rng.choice([8, 12, 16, 20, 24, 28]))
            present = rng.sample(pool, count)
            ranked = sorted(present, key=lambda p: -(skill[p[0]] * 3 + rng.gauss(0, 6)))
            for pos, player in enumerate(ranked, start=1):
                pct = round(max(30.0, min(72.0, 62 - 24 * (pos - 1) / max(count - 1, 1) + rng.uniform(-2, 2))), 2)
                won = max(0, 6 - pos) * (2 if stype == "teams" else 1)
                results.append((len(results) + 1, sid, player[0], rng.choice(["NS", "EW"]), pct, pos, won))
        day += dt.timedelta(days=7)
    _insert(con, "players", players)
    _insert(con, "sessions", sessions)
    _insert(con, "results", results)
    con.close()


# ------------------------------------------------------------------------------------------------- scouts
GROUPS = [
    # name, district, meeting_night, founded_year, own_hut
    ("1st Ashford", "Ashford", "Monday", 1909, True), ("2nd Ashford", "Ashford", "Tuesday", 1912, True),
    ("5th Ashford (St Mary's)", "Ashford", "Thursday", 1927, False), ("1st Tenterden", "Weald", "Wednesday", 1910,
                                                                     True),
    ("3rd Tenterden", "Weald", "Friday", 1958, False), ("1st Cranbrook", "Weald", "Monday", 1911, True),
    ("1st Hythe", "Shepway", "Tuesday", 1908, True), ("2nd Hythe Sea Scouts", "Shepway", "Thursday", 1932, True),
    ("4th Folkestone", "Shepway", "Wednesday", 1921, False), ("1st Canterbury", "Canterbury", "Monday", 1908, True),
    ("6th Canterbury", "Canterbury", "Thursday", 1965, False), ("12th Canterbury", "Canterbury", "Friday", 1994,
                                                                False),
]
SECTIONS = {"Beavers": (6, 8), "Cubs": (8, 10), "Scouts": (10, 14), "Explorers": (14, 18)}
BADGES = {"Activity": ["Camper", "Swimmer", "Cyclist", "Cook", "Astronomer", "Navigator", "Climber", "Photographer"],
          "Challenge": ["Outdoor Challenge", "Teamwork Challenge", "Skills Challenge", "Our World Challenge"],
          "Staged": ["Hikes Away", "Nights Away", "Digital Maker", "Musician", "Emergency Aid"]}
ACTIVITY_TYPES = {"camp": (1, 4, 35.0), "hike": (0, 0, 4.0), "water sports": (0, 0, 18.0),
                  "community service": (0, 0, 0.0), "badge night": (0, 0, 2.0), "sleepover": (1, 1, 12.0)}


def build_scouts(path: Path | str) -> None:
    """scout_groups (12), members (declared FK), badge_awards (declared FK), activities (group_id undeclared)."""
    rng = random.Random(4004)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE scout_groups(group_id INTEGER PRIMARY KEY, group_name VARCHAR,
        district VARCHAR, meeting_night VARCHAR, founded_year INTEGER, owns_hut BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE members(member_id INTEGER PRIMARY KEY,
        group_id INTEGER REFERENCES scout_groups(group_id), first_name VARCHAR, last_name VARCHAR, section VARCHAR,
        date_of_birth DATE, joined_on DATE, left_on DATE, gift_aid BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE badge_awards(award_id INTEGER PRIMARY KEY,
        member_id INTEGER REFERENCES members(member_id), badge_name VARCHAR, badge_type VARCHAR,
        awarded_at TIMESTAMP)""")
    con.execute("""CREATE OR REPLACE TABLE activities(activity_id INTEGER PRIMARY KEY, group_id INTEGER,
        activity_date DATE, activity_type VARCHAR, nights_away INTEGER, attendees INTEGER, cost_per_head DOUBLE,
        leader_rating INTEGER)""")
    groups = [(i, *g) for i, g in enumerate(GROUPS, start=1)]
    young_first = ["Alfie", "Bella", "Charlie", "Daisy", "Ethan", "Freya", "George", "Harper", "Isaac", "Jessica",
                   "Kai", "Lily", "Mason", "Nia", "Oliver", "Poppy", "Reuben", "Sophie", "Toby", "Willow", "Zara",
                   "Arlo", "Ivy", "Leo"]
    sizes = [rng.randint(30, 75) for _ in groups]
    names = _unique_names(rng, young_first + FIRST[:12], LAST, sum(sizes))
    members = []
    for group, size in zip(groups, sizes):
        for _ in range(size):
            section = rng.choices(list(SECTIONS), [25, 30, 30, 15])[0]
            lo, hi = SECTIONS[section]
            first, last = names[len(members)]
            joined = _day(rng, dt.date(2020, 9, 1), (END - dt.date(2020, 9, 1)).days)
            born = joined - dt.timedelta(days=rng.randint(int(lo * 365.25) + 10, int(hi * 365.25) - 10))
            left = None
            if rng.random() < 0.3:
                left = joined + dt.timedelta(days=rng.randint(60, 900))
                left = left if left <= END else None
            members.append((len(members) + 1, group[0], first, last, section, born, joined, left,
                            rng.random() < 0.6))
    awards = []
    for member in members:
        stop = member[7] or END
        first = max(member[6] + dt.timedelta(days=14), dt.date(2022, 1, 1))  # award records start in 2022
        for _ in range(rng.choices([0, 1, 2, 3, 5, 8], [15, 20, 25, 20, 12, 8])[0]):
            span = (stop - first).days
            if span < 0:
                break
            btype = rng.choices(list(BADGES), [55, 20, 25])[0]
            day = first + dt.timedelta(days=rng.randint(0, span))
            awards.append((member[0], rng.choice(BADGES[btype]), btype, _moment(rng, day, 18, 20)))
    awards.sort(key=lambda a: (a[3], a[0]))
    awards = [(i, *a) for i, a in enumerate(awards, start=1)]
    activities = []
    for group, size in zip(groups, sizes):
        for year in (2022, 2023, 2024):
            for _ in range(rng.randint(6, 14)):
                atype = rng.choices(list(ACTIVITY_TYPES), [15, 25, 10, 15, 25, 10])[0]
                lo, hi, cost = ACTIVITY_TYPES[atype]
                month = rng.choice([4, 5, 6, 7, 8]) if atype in ("camp", "water sports") else rng.randint(1, 12)
                day = _day(rng, dt.date(year, month, 1), 28)
                rating = rng.randint(2, 5) if rng.random() < 0.55 else None
                activities.append((group[0], day, atype, rng.randint(lo, hi), rng.randint(6, max(8, size // 2)),
                                   round(cost * rng.uniform(0.8, 1.3), 2), rating))
    activities.sort(key=lambda a: (a[1], a[0]))
    activities = [(i, *a) for i, a in enumerate(activities, start=1)]
    _insert(con, "scout_groups", groups)
    _insert(con, "members", members)
    _insert(con, "badge_awards", awards)
    _insert(con, "activities", activities)
    con.close()


# ------------------------------------------------------------------------------------------------- parish
WARDS = ["Abbey", "Brookside", "Castle", "Hillcrest", "Market"]
APP_TYPES = {"householder extension": 40, "new dwelling": 12, "change of use": 10, "tree works": 20,
             "listed building consent": 8, "advertisement": 10}
GRANT_CATEGORIES = {"sports": (300, 2500), "arts": (200, 1800), "environment": (250, 3000), "youth": (300, 2200),
                    "older people": (200, 1500), "heritage": (500, 4000)}
RECIPIENTS = {"sports": ["Brookside Bowls Club", "Castle Cricket Club", "Market Town FC Juniors", "Hillcrest Tennis"],
              "arts": ["Abbey Players", "Town Band", "Castle Art Group"],
              "environment": ["Friends of Abbey Park", "Brookside Wildlife Trust", "Litter Pickers United"],
              "youth": ["1st Market Guides", "Hillcrest Youth Club", "Castle Holiday Club"],
              "older people": ["Tuesday Lunch Club", "Good Neighbours Scheme", "Memory Cafe"],
              "heritage": ["Abbey Restoration Fund", "Town Museum", "War Memorial Trust"]}
ISSUES = {"pothole": 30, "fly-tipping": 15, "streetlight": 15, "dog fouling": 12, "overgrown hedge": 10,
          "blocked drain": 10, "graffiti": 8}


def build_parish(path: Path | str) -> None:
    """councillors (16), planning_applications, grants (proposed_by declared FK), issue_reports (2022-2024)."""
    rng = random.Random(4005)
    con = duckdb.connect(str(path))
    con.execute("""CREATE OR REPLACE TABLE councillors(councillor_id INTEGER PRIMARY KEY, first_name VARCHAR,
        last_name VARCHAR, ward VARCHAR, elected_on DATE, stood_down_on DATE, co_opted BOOLEAN, is_chair BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE planning_applications(application_id INTEGER PRIMARY KEY,
        reference VARCHAR, ward VARCHAR, application_type VARCHAR, received_date DATE, council_view VARCHAR,
        decision VARCHAR, decision_date DATE)""")
    con.execute("""CREATE OR REPLACE TABLE grants(grant_id INTEGER PRIMARY KEY, recipient VARCHAR, category VARCHAR,
        amount DOUBLE, awarded_on DATE, proposed_by INTEGER REFERENCES councillors(councillor_id),
        match_funded BOOLEAN)""")
    con.execute("""CREATE OR REPLACE TABLE issue_reports(report_id INTEGER PRIMARY KEY, ward VARCHAR,
        category VARCHAR, reported_at TIMESTAMP, urgent BOOLEAN, resolved_at TIMESTAMP)""")
    councillors = []
    for cid, (first, last) in enumerate(_unique_names(rng, FIRST, LAST, 16), start=1):
        elected = rng.choice([dt.date(2015, 5, 7), dt.date(2019, 5, 2), dt.date(2023, 5, 4)])
        co_opted = rng.random() < 0.2
        if co_opted:
            elected = _day(rng, dt.date(2019, 6, 1), 1800)
        stood_down = _day(rng, max(elected, dt.date(2022, 1, 1)), 900) if cid % 5 == 0 else None
        councillors.append((cid, first, last, WARDS[(cid - 1) % len(WARDS)], elected, stood_down, co_opted, cid == 3))
    apps = []
    for year in (2022, 2023, 2024):
        for n in range(1, rng.randint(70, 95)):
            received = _day(rng, dt.date(year, 1, 1), 365)
            atype = rng.choices(list(APP_TYPES), list(APP_TYPES.values()))[0]
            view = rng.choices(["support", "object", "no comment"], [55, 25, 20])[0]
            decided = received + dt.timedelta(days=rng.randint(35, 140))
            decision = rng.choices(["approved", "refused", "withdrawn"], [70 if view != "object" else 45, 20, 8])[0]
            if decided > END:
                decision, decided = None, None
            apps.append((received, f"PA/{year % 100}/{n:04d}", rng.choice(WARDS), atype, received, view, decision,
                         decided))
    apps.sort(key=lambda a: (a[0], a[1]))
    apps = [(i, *a[1:]) for i, a in enumerate(apps, start=1)]
    grants = []
    serving = list(councillors)
    for year in (2022, 2023, 2024):
        for _ in range(rng.randint(22, 32)):
            cat = rng.choice(list(GRANT_CATEGORIES))
            day = _day(rng, dt.date(year, 1, 1), 365)
            proposer = rng.choice([c for c in serving if c[4] <= day and (c[5] is None or c[5] >= day)] or serving)
            grants.append((day, rng.choice(RECIPIENTS[cat]), cat, float(round(rng.uniform(*GRANT_CATEGORIES[cat]), -1)),
                           day, proposer[0], rng.random() < 0.3))
    grants.sort(key=lambda g: (g[0], g[1]))
    grants = [(i, *g[1:]) for i, g in enumerate(grants, start=1)]
    reports = []
    for _ in range(1400):
        day = _day(rng, dt.date(2022, 1, 1), (END - dt.date(2022, 1, 1)).days + 1)
        cat = rng.choices(list(ISSUES), list(ISSUES.values()))[0]
        reported = _moment(rng, day, 7, 21)
        urgent = rng.random() < (0.3 if cat in ("streetlight", "blocked drain") else 0.1)
        hours = rng.uniform(2, 72) if urgent else rng.uniform(24, 24 * 45)
        resolved = reported + dt.timedelta(hours=round(hours, 1))
        if resolved.date() > END or rng.random() < 0.06:
            resolved = None
        reports.append((reported, rng.choice(WARDS), cat, reported, urgent, resolved))
    reports.sort(key=lambda r: r[0])
    reports = [(i, *r[1:]) for i, r in enumerate(reports, start=1)]
    _insert(con, "councillors", councillors)
    _insert(con, "planning_applications", apps)
    _insert(con, "grants", grants)
    _insert(con, "issue_reports", reports)
    con.close()


BUILDERS: dict[str, Callable[[Path | str], None]] = {
    "choirs": build_choirs,
    "allotments": build_allotments,
    "bridge": build_bridge,
    "scouts": build_scouts,
    "parish": build_parish,
}


def build_all(outdir: Path | str) -> Path:
    """Build every schema into OUTDIR as NAME.duckdb, only those missing; returns OUTDIR.

    Example:
        >>> build_all("/tmp/eval40-dbs")      # doctest: +SKIP
        PosixPath('/tmp/eval40-dbs')
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
    print(build_all(sys.argv[1] if len(sys.argv) > 1 else "/tmp/eval40-dbs"))
