"""The demo warehouse: a deterministic, Superstore-like DuckDB file with one table `superstore`.

The generator is vectorised (numpy, Arrow) and writes in chunks, so the same code builds 10 thousand or 10 million
line items. The build is atomic (temp file in the same folder, then `os.replace`): a killed build never leaves a
half-written file, and two processes calling `ensure_demo_db` at once are serialised by a file lock.

Example:
    >>> from db.demo import build_demo
    >>> path = build_demo("/tmp/demo_doctest.duckdb", rows=500, seed=1)
    >>> import duckdb; duckdb.connect(str(path), read_only=True).execute("select count(*) from superstore").fetchone()
    (500,)

CLI: `python -m db.demo [--rows N] [--out PATH] [--seed S]`.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from settings import DEMO_DB_PATH

TABLE = "superstore"
COLUMNS = (
    "row_id", "order_id", "order_date", "ship_date", "ship_mode", "customer_id", "customer_name", "segment",
    "country", "city", "state", "postal_code", "region", "product_id", "category", "sub_category", "product_name",
    "sales", "quantity", "discount", "profit",
)
CHUNK_LINES = 2_000_000
MAX_PRODUCTS = 1_800
MAX_CUSTOMERS = 10_000

# ---------------------------------------------------------------------------------------------------------------
# Value domains
# ---------------------------------------------------------------------------------------------------------------
SEGMENTS = (("Consumer", 0.52), ("Corporate", 0.30), ("Home Office", 0.18))
# ship mode, share of orders, min and max days between order and ship date (always >= 1)
SHIP_MODES = (("Standard Class", 0.597, 4, 7), ("Second Class", 0.195, 2, 5), ("First Class", 0.154, 1, 3),
              ("Same Day", 0.054, 1, 1))
YEARS = ((2014, 0.20), (2015, 0.22), (2016, 0.26), (2017, 0.32))
MONTH_WEIGHTS = (0.038, 0.030, 0.069, 0.066, 0.074, 0.072, 0.072, 0.071, 0.146, 0.082, 0.148, 0.132)
REGION_SHARE = {"West": 0.32, "East": 0.285, "Central": 0.232, "South": 0.163}
# States where discounts are frequent and deep (the sample's loss-makers: Texas, Illinois, Pennsylvania, Ohio...).
DISCOUNT_STATES = {"Texas", "Illinois", "Pennsylvania", "Ohio", "Florida", "Colorado", "Arizona", "Oregon",
                   "North Carolina", "Tennessee"}

# State | region | "City:first zip:weight" (weight defaults to 1). Several cities per large state.
_LOCATIONS = """
California|West|Los Angeles:90004:60,San Francisco:94109:50,San Diego:92024:17,San Jose:95123:4,Long Beach:90805:4,\
Sacramento:95823:3,Fresno:93727:2,Oakland:94601:2,Anaheim:92804:2,Riverside:92503,Santa Ana:92704,Pasadena:91104,\
Huntington Beach:92646,Bakersfield:93309
Washington|West|Seattle:98103:43,Spokane:99207,Tacoma:98408,Vancouver:98661,Bellevue:98006
Oregon|West|Portland:97206:3,Salem:97301,Eugene:97405
Arizona|West|Phoenix:85023:6,Tucson:85705:2,Mesa:85204:2,Scottsdale:85254,Tempe:85281
Colorado|West|Denver:80219:3,Aurora:80013:3,Colorado Springs:80906:2,Fort Collins:80525
Utah|West|Salt Lake City:84106,Provo:84604,Orem:84057
Nevada|West|Las Vegas:89115:3,Henderson:89015:2,Reno:89502
New Mexico|West|Albuquerque:87105,Las Cruces:88001,Santa Fe:87505
Idaho|West|Boise:83704,Meridian:83642,Nampa:83651
Montana|West|Billings:59102,Great Falls:59405,Missoula:59801
Wyoming|West|Cheyenne:82001
New York|East|New York City:10009:70,Buffalo:14215:2,Rochester:14609:2,Yonkers:10701,Syracuse:13203,Albany:12203
Pennsylvania|East|Philadelphia:19120:45,Pittsburgh:15205,Lancaster:17602,Allentown:18103,Bethlehem:18018
Ohio|East|Columbus:43229:13,Cleveland:44105:3,Toledo:43615:2,Cincinnati:45231:2,Akron:44312,Dayton:45406
Massachusetts|East|Boston:02108:2,Springfield:01109,Lowell:01852,Cambridge:02138,Worcester:01605
New Jersey|East|Newark:07102:2,Jersey City:07306,Paterson:07501,Trenton:08618
Connecticut|East|Bridgeport:06604,New Haven:06511,Hartford:06106,Stamford:06902
Delaware|East|Wilmington:19805:2,Dover:19901,Newark:19711
Maryland|East|Baltimore:21215:2,Columbia:21044,Rockville:20852
Rhode Island|East|Providence:02908:2,Warwick:02886,Cranston:02920
New Hampshire|East|Manchester:03103,Nashua:03060,Concord:03301
Vermont|East|Burlington:05408
Maine|East|Portland:04101,Lewiston:04240,Bangor:04401
District of Columbia|East|Washington:20016
West Virginia|East|Charleston:25301,Huntington:25701,Morgantown:26505
Texas|Central|Houston:77036:38,Dallas:75217:16,San Antonio:78207:6,Austin:78745:4,Fort Worth:76106:2,\
Arlington:76017:2,El Paso:79907,Plano:75023,Garland:75043,Irving:75061,Laredo:78041,Amarillo:79109
Illinois|Central|Chicago:60610:31,Aurora:60505,Rockford:61107,Naperville:60540,Peoria:61604,Springfield:62703,\
Joliet:60435
Michigan|Central|Detroit:48205:12,Grand Rapids:49505:2,Lansing:48911,Ann Arbor:48104,Warren:48091
Indiana|Central|Indianapolis:46203:3,Lafayette:47905:2,Columbus:47201,Fort Wayne:46803,Evansville:47712,\
Bloomington:47401
Wisconsin|Central|Milwaukee:53209:2,Madison:53711:2,Green Bay:54302,Appleton:54915
Minnesota|Central|Minneapolis:55407:2,Saint Paul:55106,Rochester:55901
Missouri|Central|Saint Louis:63116:2,Kansas City:64118:2,Springfield:65807,Columbia:65203
Iowa|Central|Des Moines:50315,Cedar Rapids:52402,Davenport:52804
Kansas|Central|Wichita:67212,Overland Park:66212,Olathe:66062
Nebraska|Central|Omaha:68104,Lincoln:68502
Oklahoma|Central|Oklahoma City:73120:2,Tulsa:74133,Norman:73071
South Dakota|Central|Sioux Falls:57103,Rapid City:57701
North Dakota|Central|Fargo:58103,Bismarck:58501
Florida|South|Jacksonville:32216:6,Miami:33142:4,Tampa:33614:3,Orlando:32839:3,Tallahassee:32303,Hialeah:33012,\
Fort Lauderdale:33311,Saint Petersburg:33710,Pembroke Pines:33024
Georgia|South|Atlanta:30318:4,Columbus:31907:2,Athens:30605,Roswell:30076,Marietta:30062,Augusta:30907
North Carolina|South|Charlotte:28205:2,Raleigh:27604,Greensboro:27405,Durham:27707,Fayetteville:28314,\
Wilmington:28403
Virginia|South|Richmond:23223:2,Virginia Beach:23464,Arlington:22204,Springfield:22153,Chesapeake:23320,\
Norfolk:23505
Tennessee|South|Memphis:38109:2,Nashville:37211:2,Knoxville:37918,Chattanooga:37421,Jackson:38301,Franklin:37064
Kentucky|South|Louisville:40214:2,Lexington:40509,Bowling Green:42104,Henderson:42420
Alabama|South|Montgomery:36116,Huntsville:35810,Mobile:36608,Decatur:35601,Florence:35630
Louisiana|South|New Orleans:70119:2,Lafayette:70506,Baton Rouge:70811,Shreveport:71106
Mississippi|South|Jackson:39212,Hattiesburg:39401,Gulfport:39503
Arkansas|South|Little Rock:72209,Fayetteville:72701,Jonesboro:72401
South Carolina|South|Columbia:29203,Charleston:29406,Greenville:29605
"""


@dataclass(frozen=True)
class SubCategory:
    """One sub-category: how popular, how expensive, how profitable and how discounted it is."""

    category: str
    name: str
    code: str
    popularity: float  # share of line items (relative)
    avg_sales: float  # average sales of one line item, dollars
    margin: float  # gross margin before discount; profit = list price * (margin - discount)
    p_low: float  # chance of a discount in ordinary states
    low: tuple[float, ...]  # discounts used there
    p_high: float  # chance of a discount in DISCOUNT_STATES
    high: tuple[float, ...]  # discounts used there
    brands: tuple[str, ...]
    items: tuple[str, ...]
    variants: tuple[str, ...]


def _sc(category, name, code, popularity, avg_sales, margin, p_low, low, p_high, high, brands, items, variants):
    return SubCategory(category, name, code, popularity, avg_sales, margin, p_low, tuple(low), p_high, tuple(high),
                       tuple(brands.split(";")), tuple(items.split(";")), tuple(variants.split(";")))


SUBCATEGORIES: tuple[SubCategory, ...] = (
    _sc("Furniture", "Bookcases", "BO", 228, 503, 0.13, 0.4, [0.15], 0.85, [0.2, 0.5, 0.7],
        "Bush;Sauder;O'Sullivan;Atlantic Metals;Hon;Safco;Rush Hierlooms;Ameriwood",
        "Westfield Collection Bookcase;Cornerstone Collection Bookcase;Heritage Hill 5-Shelf Bookcase;"
        "Mobile Library Steel Bookcase;Barrister Bookcase;Classic Open Bookcase;Stackable Bookrack;3-Shelf Bookcase;"
        "4-Shelf Bookcase;5-Shelf Bookcase", "Cherry;Oak;Pine;Espresso;Black;Medium Cherry Finish"),
    _sc("Furniture", "Chairs", "CH", 617, 532, 0.20, 0.4, [0.1, 0.2], 0.85, [0.2, 0.3],
        "HON;Global;Office Star;SAFCO;Novimex;Harbour Creations;Bevis;Lesro;Iceberg;Hon",
        "Executive Leather Armchair;Mesh Task Chair;Stacking Chairs;Deluxe Swivel Chair;Ergonomic Mid-Back Chair;"
        "Guest Chair;Big & Tall Chair;Armless Task Chair;Drafting Stool;Folding Chairs",
        "Black;Gray;Navy;Burgundy;Adjustable"),
    _sc("Furniture", "Furnishings", "FU", 957, 95, 0.28, 0.3, [0.2], 0.8, [0.2, 0.6],
        "Eldon;Howard Miller;Tenex;Deflect-o;Luxo;Seth Thomas;Advantus;DAX;Executive Impressions;Ultra",
        "Wall Clock;Desk Lamp;Chair Mat;Photo Frame;Floor Lamp;Desk Organizer;Magnifier Lamp;Wood Frame;"
        "Cubicle Hooks;Area Rug", "Black;Walnut;Chrome;Clear;Silver;White"),
    _sc("Furniture", "Tables", "TA", 319, 648, 0.10, 0.5, [0.1, 0.2], 0.9, [0.3, 0.4, 0.45],
        "Bretford;Bevis;Hon;Chromcraft;Barricks;KI;Lesro;Iceberg;Balt;Safco",
        "Rectangular Conference Table;Round Conference Table;Training Table;Folding Table;Computer Table;"
        "Utility Table;Racetrack Conference Table;Adjustable Height Table;Cafe Table;Seminar Table",
        "Mahogany;Gray;Oak;Walnut;Maple;Black"),
    _sc("Office Supplies", "Appliances", "AP", 466, 230, 0.30, 0.2, [0.1], 0.6, [0.2, 0.8],
        "Hoover;Holmes;Fellowes;Belkin;Honeywell;Kensington;Sanyo;Hamilton Beach;Eureka;Tripp Lite",
        "Upright Vacuum;HEPA Air Purifier;Surge Protector;Microwave Oven;Space Heater;Desk Fan;Humidifier;"
        "Power Strip;Coffee Maker;Mini Refrigerator", "6 Outlet;White;Black;Compact;Commercial"),
    _sc("Office Supplies", "Art", "AR", 796, 34, 0.30, 0.3, [0.2], 0.7, [0.2],
        "Newell;Sanford;Prismacolor;Boston;Dixon;BIC;Staedtler;Crayola;Avery;Binney & Smith",
        "Highlighters;Colored Pencils;Markers;Pencil Sharpener;Dry Erase Markers;Woodcase Pencils;Chalk;"
        "Watercolors;Ballpoint Pens;Fine Point Pens", "12/Pack;Assorted Colors;Black;Blue;24/Pack;Yellow"),
    _sc("Office Supplies", "Binders", "BI", 1523, 134, 0.38, 0.3, [0.2], 0.85, [0.7, 0.8],
        "Avery;Acco;Wilson Jones;Cardinal;GBC;Ibico;Fellowes;Storex;Pressboard;Acco Premium",
        "Ring Binder;Heavy-Duty EZD Binder;Presentation Binder;Binding Covers;Round Ring Binder;Slant-D Ring Binder;"
        "Binding Combs;Vinyl Binder;Clear View Binder;Durable Binder", '1";2";3";Black;White;Blue;Letter Size'),
    _sc("Office Supplies", "Envelopes", "EN", 254, 65, 0.48, 0.3, [0.2], 0.7, [0.2],
        "Tyvek;Ampad;Quality Park;Staple;Globe-Weis;Cameo;Jiffy;Survivor",
        "Security-Tint Envelopes;Interoffice Envelopes;Clasp Envelopes;Padded Mailers;Window Envelopes;"
        "Catalog Envelopes;Poly Mailers;Redi-Strip Envelopes", "#10;9 x 12;10 x 13;White;Kraft;100/Box"),
    _sc("Office Supplies", "Fasteners", "FA", 217, 14, 0.38, 0.3, [0.2], 0.7, [0.2],
        "Acco;Advantus;OIC;Staples;Vinyl Coated;Alliance;Universal;Stockwell",
        "Paper Clips;Push Pins;Binder Clips;Rubber Bands;Thumb Tacks;Standard Staples;Plastic Clips;Brass Fasteners",
        "Jumbo;Assorted Sizes;Colored;Small;100/Box;Standard"),
    _sc("Office Supplies", "Labels", "LA", 364, 34, 0.50, 0.3, [0.2], 0.7, [0.2],
        "Avery;Smead;Dymo;Brother;Herma;Universal;Self-Adhesive;Dennison",
        "Address Labels;File Folder Labels;Shipping Labels;Color Coding Labels;Removable Labels;Round Labels;"
        "Name Badges;Laser Labels", "White;Clear;Assorted Colors;100/Pack;500/Box;Yellow"),
    _sc("Office Supplies", "Paper", "PA", 1370, 57, 0.45, 0.3, [0.2], 0.8, [0.2],
        "Xerox;Hammermill;Ampad;Southworth;Easy-staple;Great White;Strathmore;Wirebound;Adams;Tops",
        "Copy Paper;Multipurpose Paper;Message Books;Memo Pads;Colored Paper;Laser Paper;Cardstock;Notebook;"
        "Legal Pads;Fax Paper", "8.5 x 11;Letter;Legal;Bright White;Recycled;500 Sheets;Pastel"),
    _sc("Office Supplies", "Storage", "ST", 846, 264, 0.18, 0.3, [0.2], 0.8, [0.2],
        "Fellowes;Eldon;Sterilite;Iris;Tennsco;Safco;Smead;Rogers;Space Solutions;Akro-Mils",
        "Storage Box;File Cart;Shelving Unit;Lockers;Drawer Organizer;Hanging File Box;Mobile Pedestal;"
        "Literature Sorter;Archive Boxes;Stacking Bins", "Gray;Black;Clear;Putty;Letter/Legal;Blue"),
    _sc("Office Supplies", "Supplies", "SU", 190, 245, 0.02, 0.1, [0.2], 0.6, [0.2],
        "Acme;Fiskars;Martin Yale;Clauss;Staple;Westcott;Premier;Elite",
        "Scissors;Letter Opener;Trimmer;Box Cutter;Ruler;Stapler;Hole Punch;Paper Cutter",
        'Stainless Steel;Titanium;Straight;Compact;Heavy Duty;8"'),
    _sc("Technology", "Accessories", "AC", 775, 216, 0.32, 0.3, [0.2], 0.7, [0.2],
        "Logitech;Kingston;SanDisk;Belkin;Maxell;Memorex;Microsoft;Imation;Plantronics;Razer",
        "Wireless Mouse;USB Flash Drive;Keyboard;Headset;External Hard Drive;Webcam;Memory Card;Bluetooth Speaker;"
        "Gaming Mouse;Laptop Dock", "16GB;32GB;64GB;Black;Wireless;Pro"),
    _sc("Technology", "Copiers", "CO", 68, 2198, 0.40, 0.2, [0.2], 0.6, [0.2, 0.4],
        "Canon;Hewlett-Packard;Sharp;Brother;Xerox",
        "imageCLASS Copier;Laser Copier;Color Copier;Personal Copier;Wide-Format Copier;Digital Copier",
        "Series 3;Series 5;MF8;Office;Pro"),
    _sc("Technology", "Machines", "MA", 115, 1645, 0.22, 0.3, [0.2], 0.85, [0.4, 0.5, 0.7],
        "Cisco;Okidata;Zebra;Epson;Lexmark;Ativa;Brother;Hewlett-Packard;Star;Konica",
        "Label Printer;Dot Matrix Printer;Fax Machine;Shredder;Receipt Printer;Inkjet Printer;Scanner;"
        "TelePresence System", "Series 100;Series 200;Series 500;Wireless;Network"),
    _sc("Technology", "Phones", "PH", 889, 371, 0.30, 0.3, [0.2], 0.8, [0.2, 0.4],
        "Apple;Samsung;Cisco;Motorola;Nokia;Polycom;Plantronics;AT&T;Panasonic;Jabra",
        "Smart Phone;IP Phone;Conference Phone;Cordless Phone;Office Headset;Desk Phone;Speakerphone;Mobile Charger",
        "Black;White;Full Size;Unlocked;VoIP;Dual Line"),
)
CATEGORY_CODES = {"Furniture": "FUR", "Office Supplies": "OFF", "Technology": "TEC"}

FIRST_NAMES = (
    "Aaron Adam Adrian Alan Alex Alice Allen Amy Andrew Angela Anna Anthony Barbara Ben Beth Brad Brenda Brian "
    "Bruce Carl Carol Catherine Charles Chris Christina Claire Craig Daniel David Deborah Dennis Diana Donna "
    "Doug Edward Elizabeth Emily Eric Erin Frank Gary George Grace Greg Hannah Harold Heather Helen Henry Jack "
    "Jacob James Jane Janet Jason Jeff Jennifer Jessica Joe John Jonathan Joseph Joshua Julia Justin Karen "
    "Katherine Kathy Keith Kelly Kenneth Kevin Kim Laura Lauren Linda Lisa Mark Mary Matt Megan Melissa Michael "
    "Michelle Nancy Nathan Nicole Olivia Pamela Patrick Paul Peter Rachel Ralph Rebecca Richard Robert Ruth Ryan "
    "Sam Sandra Sarah Scott Sean Sharon Stephanie Steve Susan Thomas Tim Todd Tom Tracy Victoria Walter William"
).split()
LAST_NAMES = (
    "Adams Allen Anderson Bailey Baker Barnes Bell Bennett Brooks Brown Bryant Butler Campbell Carter Clark "
    "Coleman Collins Cook Cooper Cox Cruz Davis Diaz Edwards Evans Fisher Flores Foster Garcia Gibson Gonzalez "
    "Graham Gray Green Griffin Hall Hamilton Harris Hayes Henderson Hernandez Hill Howard Hughes Jackson James "
    "Jenkins Johnson Jones Kelly Kennedy King Lee Lewis Long Lopez Marshall Martin Martinez Mason Miller Mitchell "
    "Moore Morgan Morris Murphy Myers Nelson Nguyen Ortiz Owens Parker Patel Perez Perry Peterson Phillips Powell "
    "Price Ramirez Reed Reyes Richardson Rivera Roberts Robinson Rodriguez Rogers Ross Russell Sanchez Sanders "
    "Scott Simmons Smith Stewart Sullivan Taylor Thomas Thompson Torres Turner Walker Wallace Ward Washington "
    "Watson Webb West White Williams Wilson Wood Wright Young"
).split()


# ---------------------------------------------------------------------------------------------------------------
# Dimensions
# ---------------------------------------------------------------------------------------------------------------
def _locations() -> pd.DataFrame:
    """One row per (city, state, postal code) with a sampling weight that hits the regional shares."""
    rows = []
    for line in _LOCATIONS.strip().splitlines():
        state, region, cities = line.split("|")
        for spec in cities.split(","):
            parts = spec.split(":")
            city, zip0, weight = parts[0], int(parts[1]), float(parts[2]) if len(parts) > 2 else 1.0
            n_zips = 1 + min(5, int(weight // 8))
            for k in range(n_zips):
                rows.append((city, state, f"{zip0 + 2 * k:05d}", region, weight / n_zips))
    df = pd.DataFrame(rows, columns=["city", "state", "postal_code", "region", "weight"])
    region_total = df.groupby("region")["weight"].transform("sum")
    df["weight"] = df["weight"] / region_total * df["region"].map(REGION_SHARE)
    df["discount_state"] = df["state"].isin(DISCOUNT_STATES)
    return df


def _customers(rng: np.random.Generator, n: int, location_p: np.ndarray) -> pd.DataFrame:
    """`n` customers with unique realistic names, an id like `CG-12520`, a segment, a home location."""
    combos = rng.permutation(len(FIRST_NAMES) * len(LAST_NAMES))[:n]
    first = np.array(FIRST_NAMES)[combos // len(LAST_NAMES)]
    last = np.array(LAST_NAMES)[combos % len(LAST_NAMES)]
    numbers = rng.choice(np.arange(10000, 100000), size=n, replace=False)
    seg_names, seg_p = zip(*SEGMENTS, strict=True)
    return pd.DataFrame({
        "customer_id": [f"{f[0]}{la[0]}-{num}" for f, la, num in zip(first, last, numbers, strict=True)],
        "customer_name": [f"{f} {la}" for f, la in zip(first, last, strict=True)],
        "segment": np.array(seg_names)[rng.choice(len(seg_names), size=n, p=np.array(seg_p))],
        "home": rng.choice(len(location_p), size=n, p=location_p),
        "weight": rng.gamma(2.0, 1.0, size=n),
    })


def _products(rng: np.random.Generator, n: int) -> pd.DataFrame:
    """About `n` products spread over sub-categories by popularity, each with a list price and a margin."""
    pops = np.array([s.popularity for s in SUBCATEGORIES], dtype=float)
    counts = np.maximum(3, np.round(n * pops / pops.sum())).astype(int)
    numbers = rng.choice(np.arange(1000, 5000), size=int(counts.sum()), replace=False) + 10_000_000
    rows, start = [], 0
    for sub, count, pop in zip(SUBCATEGORIES, counts, pops, strict=True):
        combos = [(b, i, v) for b in sub.brands for i in sub.items for v in sub.variants]
        picked = rng.permutation(len(combos))[:count]
        count = len(picked)
        sigma = 0.7
        median = sub.avg_sales / (3.8 * 0.9 * np.exp(sigma**2 / 2))
        prices = np.round(np.maximum(0.5, rng.lognormal(np.log(median), sigma, size=count)), 2)
        margins = sub.margin + rng.normal(0.0, 0.03, size=count)
        weights = rng.gamma(1.5, 1.0, size=count)
        weights = weights / weights.sum() * pop
        for k, idx in enumerate(picked):
            brand, item, variant = combos[idx]
            rows.append((
                f"{CATEGORY_CODES[sub.category]}-{sub.code}-{numbers[start + k]}", sub.category, sub.name,
                f"{brand} {item}, {variant}", prices[k], margins[k], weights[k], sub.p_low, sub.p_high,
            ))
        start += count
    return pd.DataFrame(rows, columns=["product_id", "category", "sub_category", "product_name", "price", "margin",
                                       "weight", "p_low", "p_high"])


def _discount_table(products: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Per product: the discount values (padded to 3 by repetition) in ordinary and in discount states."""
    by_name = {s.name: s for s in SUBCATEGORIES}

    def pad(values: tuple[float, ...]) -> list[float]:
        return [values[k % len(values)] for k in range(3)]

    low = np.array([pad(by_name[s].low) for s in products["sub_category"]])
    high = np.array([pad(by_name[s].high) for s in products["sub_category"]])
    return low, high


# ---------------------------------------------------------------------------------------------------------------
# Orders and line items
# ---------------------------------------------------------------------------------------------------------------
def _line_counts(rng: np.random.Generator, rows: int) -> np.ndarray:
    """Lines per order (1..14, mean about 2) summing exactly to `rows`."""
    counts = np.minimum(rng.geometric(0.5, size=rows // 2 + 64), 14)
    while counts.sum() < rows:
        counts = np.concatenate([counts, np.minimum(rng.geometric(0.5, size=64), 14)])
    ends = np.cumsum(counts)
    n_orders = int(np.searchsorted(ends, rows) + 1)
    counts = counts[:n_orders].copy()
    counts[-1] -= int(ends[n_orders - 1] - rows)
    return counts


def _order_dates(rng: np.random.Generator, n: int) -> np.ndarray:
    """Order dates as days since 1970-01-01: growing year over year, peaks in September, November, December."""
    years = np.array([y for y, _ in YEARS])[rng.choice(len(YEARS), size=n, p=np.array([p for _, p in YEARS]))]
    month_p = np.array(MONTH_WEIGHTS) / sum(MONTH_WEIGHTS)
    months = rng.choice(12, size=n, p=month_p)
    first = (years - 1970) * 12 + months
    month_start = first.astype("datetime64[M]").astype("datetime64[D]")
    next_start = (first + 1).astype("datetime64[M]").astype("datetime64[D]")
    length = (next_start - month_start).astype(np.int64)
    day = np.floor(rng.random(n) * length).astype(np.int64)
    return month_start.astype(np.int64) + day


def _orders(rng: np.random.Generator, n: int, customers: pd.DataFrame, location_p: np.ndarray) -> dict:
    """Order-level arrays: date, ship days, ship mode, customer, ship-to location, id prefix and number."""
    mode_p = np.array([m[1] for m in SHIP_MODES])
    mode = rng.choice(len(SHIP_MODES), size=n, p=mode_p / mode_p.sum())
    lo = np.array([m[2] for m in SHIP_MODES])[mode]
    hi = np.array([m[3] for m in SHIP_MODES])[mode]
    cust_p = customers["weight"].to_numpy()
    customer = rng.choice(len(customers), size=n, p=cust_p / cust_p.sum())
    away = rng.random(n) < 0.3
    location = np.where(away, rng.choice(len(location_p), size=n, p=location_p),
                        customers["home"].to_numpy()[customer])
    span = max(900_000, n)
    return {
        "order_day": _order_dates(rng, n),
        "ship_days": lo + np.floor(rng.random(n) * (hi - lo + 1)).astype(np.int64),
        "ship_mode": mode,
        "customer": customer,
        "location": location,
        "prefix": (rng.random(n) < 0.2).astype(np.int8),
        "order_num": rng.permutation(span)[:n] + 100_000,
    }


def _line_chunk(rng: np.random.Generator, order_idx: np.ndarray, orders: dict, products: pd.DataFrame,
                discounts: tuple[np.ndarray, np.ndarray], discount_location: np.ndarray) -> dict:
    """Line-level arrays for the orders `order_idx` (one entry per line): product, quantity, money."""
    n = len(order_idx)
    prod_p = products["weight"].to_numpy()
    product = rng.choice(len(products), size=n, p=prod_p / prod_p.sum())
    quantity = np.minimum(1 + rng.poisson(2.8, size=n), 14)
    in_discount_state = discount_location[orders["location"][order_idx]]
    p_disc = np.where(in_discount_state, products["p_high"].to_numpy()[product],
                      products["p_low"].to_numpy()[product])
    which = np.floor(rng.random(n) * 3).astype(np.int64)
    value = np.where(in_discount_state, discounts[1][product, which], discounts[0][product, which])
    discount = np.where(rng.random(n) < p_disc, value, 0.0)
    list_price = products["price"].to_numpy()[product] * quantity
    sales = np.round(list_price * (1.0 - discount), 4)
    profit = np.round(list_price * (products["margin"].to_numpy()[product] - discount), 4)
    return {"order_idx": order_idx, "product": product, "quantity": quantity, "discount": np.round(discount, 2),
            "sales": sales, "profit": profit}


# ---------------------------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------------------------
_CREATE = f"""
CREATE TABLE {TABLE} (
    row_id BIGINT NOT NULL, order_id VARCHAR NOT NULL, order_date DATE NOT NULL, ship_date DATE NOT NULL,
    ship_mode VARCHAR NOT NULL, customer_id VARCHAR NOT NULL, customer_name VARCHAR NOT NULL,
    segment VARCHAR NOT NULL, country VARCHAR NOT NULL, city VARCHAR NOT NULL, state VARCHAR NOT NULL,
    postal_code VARCHAR NOT NULL, region VARCHAR NOT NULL, product_id VARCHAR NOT NULL, category VARCHAR NOT NULL,
    sub_category VARCHAR NOT NULL, product_name VARCHAR NOT NULL, sales DOUBLE NOT NULL, quantity INTEGER NOT NULL,
    discount DOUBLE NOT NULL, profit DOUBLE NOT NULL
)"""

def _dictionary(indices: np.ndarray, values) -> pa.DictionaryArray:
    """Strings as a dictionary array: `values[indices]` without materialising one Python string per row."""
    return pa.DictionaryArray.from_arrays(pa.array(indices.astype(np.int32)), pa.array(list(values), pa.string()))


def _order_ids(prefix: np.ndarray, days: np.ndarray, number: np.ndarray) -> pa.Array:
    """`CA-2016-152156`-style order ids, built column-wise by Arrow."""
    years = pc.cast(pc.year(pa.array(days, pa.date32())), pa.string())
    prefixes = pc.cast(_dictionary(prefix, ["CA", "US"]), pa.string())
    return pc.binary_join_element_wise(prefixes, years, pc.cast(pa.array(number), pa.string()), "-")


def _chunk_table(start: int, order_idx: np.ndarray, orders: dict, lines: dict, customers: pd.DataFrame,
                 locations: pd.DataFrame, products: pd.DataFrame) -> pa.Table:
    """One chunk of `superstore` rows as an Arrow table (dictionary-encoded strings, dates as date32)."""
    order_day = orders["order_day"][order_idx].astype(np.int32)
    customer = orders["customer"][order_idx]
    location = orders["location"][order_idx]
    product = lines["product"]
    columns = {
        "row_id": pa.array(np.arange(start + 1, start + len(order_idx) + 1, dtype=np.int64)),
        "order_id": _order_ids(orders["prefix"][order_idx], order_day, orders["order_num"][order_idx]),
        "order_date": pa.array(order_day, pa.date32()),
        "ship_date": pa.array(order_day + orders["ship_days"][order_idx].astype(np.int32), pa.date32()),
        "ship_mode": _dictionary(orders["ship_mode"][order_idx], [m[0] for m in SHIP_MODES]),
        "customer_id": _dictionary(customer, customers["customer_id"]),
        "customer_name": _dictionary(customer, customers["customer_name"]),
        "segment": _dictionary(customer, customers["segment"]),
        "country": _dictionary(np.zeros(len(order_idx), dtype=np.int32), ["United States"]),
        **{col: _dictionary(location, locations[col]) for col in ("city", "state", "postal_code", "region")},
        **{col: _dictionary(product, products[col])
           for col in ("product_id", "category", "sub_category", "product_name")},
        "sales": pa.array(lines["sales"]),
        "quantity": pa.array(lines["quantity"].astype(np.int32)),
        "discount": pa.array(lines["discount"]),
        "profit": pa.array(lines["profit"]),
    }
    return pa.table(columns)


def _write(con: duckdb.DuckDBPyConnection, rows: int, seed: int) -> None:
    """Generate everything from `seed` and insert it chunk by chunk (in row_id order) into the open database."""
    rng = np.random.default_rng(seed)
    locations = _locations()
    location_p = (locations["weight"] / locations["weight"].sum()).to_numpy()
    customers = _customers(rng, int(np.clip(round(rows * 0.08), 10, MAX_CUSTOMERS)), location_p)
    products = _products(rng, int(np.clip(round(rows * 0.18), 51, MAX_PRODUCTS)))
    discounts = _discount_table(products)
    counts = _line_counts(rng, rows)
    orders = _orders(rng, len(counts), customers, location_p)
    line_order = np.repeat(np.arange(len(counts)), counts)
    discount_location = locations["discount_state"].to_numpy()

    con.execute(_CREATE)
    for start in range(0, rows, CHUNK_LINES):
        order_idx = line_order[start:start + CHUNK_LINES]
        lines = _line_chunk(rng, order_idx, orders, products, discounts, discount_location)
        chunk = _chunk_table(start, order_idx, orders, lines, customers, locations, products)
        con.register("chunk", chunk)
        con.execute(f"INSERT INTO {TABLE} SELECT * FROM chunk")
        con.unregister("chunk")


def build_demo(path: str | os.PathLike = DEMO_DB_PATH, rows: int = 10_000, seed: int = 42) -> Path:
    """Build the demo DuckDB file at `path` (replacing it atomically) and return its path.

    Same `rows` and `seed` -> the same table content, row for row.

    >>> build_demo("/tmp/demo_doctest2.duckdb", rows=200).name
    'demo_doctest2.duckdb'
    """
    if rows < 1:
        raise ValueError("rows must be at least 1")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # same folder (so os.replace is atomic) and same suffix (so the .gitignore patterns of data/ cover it)
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp{path.suffix}")
    try:
        con = duckdb.connect(str(tmp))
        try:
            _write(con, rows, seed)
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(tmp, path)
    finally:
        for leftover in (tmp, Path(f"{tmp}.wal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return path


@contextlib.contextmanager
def _folder_lock(folder: Path):
    """An exclusive advisory lock (POSIX flock) on `folder` itself: no lock file; a no-op without fcntl."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: the atomic rename alone keeps the file whole
        yield
        return
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def _remove_stale_temps(path: Path) -> None:
    """Delete temp files of builds whose process died (SIGKILL leaves no chance to clean up)."""
    pattern = re.compile(rf"\.{re.escape(path.stem)}\.(\d+)\.[0-9a-f]{{8}}\.tmp{re.escape(path.suffix)}(\.wal)?")
    for leftover in path.parent.glob(f".{path.stem}.*.tmp{path.suffix}*"):
        match = pattern.fullmatch(leftover.name)
        if match is None:
            continue
        try:
            os.kill(int(match.group(1)), 0)
        except ProcessLookupError:
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        except PermissionError:  # alive, someone else's
            continue


def ensure_demo_db(path: str | os.PathLike = DEMO_DB_PATH) -> Path:
    """Return `path`, building the demo database first if it does not exist (safe across processes).

    >>> ensure_demo_db("/tmp/demo_doctest2.duckdb").exists()
    True
    """
    path = Path(path)
    if path.exists():
        return path
    with _folder_lock(path.parent):
        if not path.exists():
            _remove_stale_temps(path)
            build_demo(path)
    return path


def main(argv: list[str] | None = None) -> int:
    """CLI entry point: `python -m db.demo --rows N --out PATH --seed S`."""
    parser = argparse.ArgumentParser(prog="python -m db.demo", description="Build the Superstore-like demo DB.")
    parser.add_argument("--rows", type=int, default=10_000, help="line items to generate (default 10000)")
    parser.add_argument("--out", default=str(DEMO_DB_PATH), help=f"DuckDB file to write (default {DEMO_DB_PATH})")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    args = parser.parse_args(argv)
    if args.rows < 1:
        parser.error("--rows must be at least 1")
    started = time.perf_counter()
    try:
        out = build_demo(args.out, rows=args.rows, seed=args.seed)
    except (OSError, duckdb.Error) as exc:
        print(f"Could not build the demo database: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {args.rows:,} rows to {out} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
