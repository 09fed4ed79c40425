"""General English word lists for the offline NL->SQL engine: synonyms, number words, stop words, cue phrases.

Nothing here names a table or a column of a particular database; the lists describe how people talk about data.

Example:
    >>> lemma("categories"), lemma("sales"), NUMBER_WORDS["five"]
    ('category', 'sales', 5)
"""
from __future__ import annotations

import re

STOP_WORDS = frozenset("""
a an the of in on at to for from with and or by per is are was were be been being do does did done have has had
me my we our us you your i it its this that these those there their them they he she his her what which who whom
whose how when where why show list give tell display find get see view please can could would should will shall
much many all any some each every as into than then so just also only about over under out up down via during
s 've 're 'd 'll let lets make made want need know whats
""".split())

# words that carry no meaning of their own when asking for data
FILLER_WORDS = frozenset("""
show list give tell display find get see view please can could would should will shall let lets make made want need
know whats value values data number numbers figure figures amount record records row rows table result results
overall total came come coming generate generated bring brought did do does done got have has had look like
far altogether anyway everyone everybody else ones ever often frequently actually
""".split()) - {"amount", "number", "total", "value"}

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "dozen": 12, "single": 1,
}

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
WEAK_MONTHS = frozenset({"may", "mar", "jan", "jun", "dec", "oct", "nov", "aug", "sep", "apr", "feb", "jul"})

# column-name abbreviations -> words
ABBREVIATIONS = {
    "qty": "quantity", "amt": "amount", "num": "number", "no": "number", "pct": "percent", "perc": "percent",
    "dt": "date", "ts": "timestamp", "desc": "description", "cat": "category", "subcat": "subcategory",
    "cust": "customer", "prod": "product", "emp": "employee", "dept": "department", "addr": "address",
    "avg": "average", "cnt": "count", "yr": "year", "mo": "month", "usd": "usd", "rev": "revenue",
    "cnty": "county", "st": "state", "zip": "zipcode", "tel": "phone", "dob": "birthdate", "org": "organization",
    "mgr": "manager", "acct": "account", "inv": "invoice", "txn": "transaction", "trx": "transaction",
    "pmt": "payment", "sku": "product", "loc": "location", "ctry": "country", "rx": "prescription", "nm": "name",
    "cd": "code", "hrly": "hourly", "rt": "rate", "wh": "warehouse", "tx": "transaction", "pymt": "payment",
    "bal": "balance", "mins": "minute", "secs": "second", "sec": "second", "hrs": "hour", "wk": "week",
    "qtr": "quarter", "pop": "population", "temp": "temperature", "dist": "distance", "dur": "duration",
    "spc": "species", "vsl": "vessel", "capt": "captain", "typ": "type", "len": "length", "wt": "weight",
    "lnd": "landing", "dep": "departure", "ret": "return", "svc": "service", "lvl": "level", "orig": "origin",
    "veh": "vehicle", "elev": "elevation", "ht": "height", "grp": "group", "pax": "passenger", "tkt": "ticket",
    "bdate": "birthdate", "lname": "last name", "fname": "first name",
    "appt": "appointment", "clnt": "client", "stat": "status", "flg": "flag", "prc": "price",
    "nbr": "number", "ord": "order", "pkg": "package", "bkg": "booking", "mbr": "member", "tchr": "teacher",
    "stu": "student", "crs": "course", "tot": "total", "ttl": "total", "curr": "current", "yrs": "year",
    "hr": "hour", "rcpt": "receipt", "src": "source", "dst": "destination", "dest": "destination", "stn": "station",
    "rte": "route", "drv": "driver", "reg": "registration", "mag": "magnitude", "dlvry": "delivery", "pmnt": "payment",
    "disc": "discount", "dsc": "discount", "rgn": "region", "regn": "region", "ctr": "centre", "cntr": "centre",
    "mthd": "method", "meth": "method", "mth": "month", "sz": "size", "dpt": "department", "div": "division",
    "grd": "grade", "sch": "school", "hosp": "hospital", "pt": "patient", "dx": "diagnosis", "adm": "admission",
    "mgmt": "management", "mktg": "marketing", "proj": "project", "supp": "supplier", "vndr": "vendor",
    "vnd": "vendor", "purch": "purchase", "shpd": "shipped", "dlv": "delivery", "cxl": "cancel",
    "est": "estimated", "sched": "scheduled", "schd": "scheduled", "arr": "arrival", "bldg": "building",
    "flr": "floor", "rm": "room", "prop": "property", "cap": "capacity", "avail": "available", "resv": "reservation",
    "ppl": "people", "brnd": "brand", "mdl": "model", "clr": "color", "wgt": "weight", "vol": "volume",
    "cst": "cost", "prof": "profit", "ave": "avenue", "rd": "road", "intl": "international", "natl": "national",
    "svcs": "services", "govt": "government", "univ": "university", "assoc": "association", "corp": "corporation",
    "sr": "senior", "jr": "junior", "rtg": "rating", "stdnt": "student", "sctr": "scooter", "rdr": "rider",
    "gen": "generation", "cpl": "completed", "rsn": "reason", "cncl": "cancel", "mrgn": "margin",
    "ctgy": "category", "catg": "category", "req": "request", "act": "actual", "supv": "supervisor", "mach": "machine",
    "amnt": "amount", "sal": "salary", "cmpl": "completed", "cmplt": "completed",
    "insp": "inspection", "hk": "housekeeping", "cln": "cleaning", "stf": "staff", "tsk": "task", "lic": "license",
    "prio": "priority", "mfr": "manufacturer", "maint": "maintenance", "equip": "equipment", "eqp": "equipment",
    "tech": "technician", "prem": "premium", "pol": "policy", "clm": "claim",
    "cert": "certification", "rcvd": "received", "reqd": "required", "mkt": "market", "agt": "agent",
    "empl": "employee", "descr": "description", "oper": "operator", "int": "interest", "yob": "birth year",
}
# abbreviations an analyst types in a question (never English words): read as their word
QUESTION_ABBREVIATIONS = frozenset({
    "amt", "qty", "dept", "cust", "prod", "emp", "mgr", "acct", "txn", "txns", "pmt", "rev", "yr", "yrs", "mo",
    "qtr", "hrs", "mins", "cnt", "pct", "appt", "rgn", "mthd", "disc", "prc", "nm", "typ", "loc", "addr", "wk",
    "dob", "cat", "subcat", "pax", "tkt", "veh", "svc", "bkg", "mbr", "stu", "crs", "hosp", "mktg", "mgmt", "bldg",
    "ctgy", "catg", "avail", "sched", "purch", "supp", "vndr", "wgt", "sal", "gen", "rtg"})
# a unit letter at the end of a column name ("fuel_l", "len_m"): the unit's word
UNIT_SUFFIXES = {"l": "liter", "m": "meter", "kg": "kg", "km": "km", "lb": "pound", "lbs": "pound", "g": "gram",
                 "ml": "milliliter", "cm": "centimeter", "mm": "millimeter", "ft": "foot", "mi": "mile"}

# concept groups: a question word in a group matches a column word in the same group (weaker than the word itself)
SYNONYM_GROUPS = [
    {"revenue", "sales", "sale", "amount", "turnover", "income", "earning", "billing", "invoiced", "billed", "gmv",
     "spend", "spending", "spent", "paid", "price", "total", "value"},
    {"profit", "earning", "margin", "gain", "net"},
    {"fuel", "diesel", "petrol", "gas", "gasoline"},
    {"customer", "client", "buyer", "account", "user", "subscriber", "consumer", "purchaser", "shopper", "spender"},
    {"employee", "people", "person", "staff", "worker", "headcount", "personnel", "member", "hire", "employ"},
    {"price", "cost", "fee", "rate", "charge", "fare", "priced"},
    {"quantity", "unit", "item", "qty", "volume", "count", "piece", "copy", "copies"},
    {"date", "day", "time", "timestamp", "when", "datetime"},
    {"donation", "gift", "contribution"},
    {"city", "town", "municipality"},
    {"country", "nation", "nationality"},
    {"state", "province", "region"},
    {"sqft", "sqm", "area", "footage", "floorspace", "space"},
    {"product", "item", "article", "good", "merchandise", "sku"},
    {"salary", "pay", "wage", "compensation", "earning", "income", "payroll", "remuneration"},
    {"category", "type", "kind", "class", "group", "genre"},
    {"company", "business", "firm", "organization", "organisation", "enterprise", "client", "account"},
    {"order", "purchase", "transaction", "sale", "booking"},
    {"delay", "late", "lateness", "delayed"},
    {"due", "owe", "owes", "owed", "owing", "outstanding"},
    {"distance", "length", "mileage", "mile", "km"},
    {"rating", "score", "star", "stars", "review", "satisfaction", "rated"},
    {"caregiver", "carer", "caretaker", "care worker"},
    {"movie", "film", "title", "picture"},
    {"department", "division", "team", "unit"},
    {"seat", "license", "licence", "user"},
    {"age", "old", "young"},
    {"discount", "reduction", "markdown", "rebate"},
    {"shipping", "shipment", "delivery", "ship"},
    {"segment", "tier", "market"},
    {"plan", "tier", "subscription", "package"},
    {"industry", "sector", "vertical"},
    {"name", "title", "label"},
    {"origin", "departure", "source", "from"},
    {"destination", "arrival", "dest", "to"},
    {"airline", "carrier"},
    {"gender", "sex"},
    {"birth", "born", "birthdate", "birthday", "dob"},
    {"population", "inhabitant", "resident"},
    {"duration", "length", "runtime", "minute"},
    {"budget", "spend", "cost"},
    {"tax", "vat"},
    {"weight", "mass", "kg", "kilogram", "kilo", "tonnage", "heavy", "light", "tonne", "ton", "load"},
    {"liter", "litre", "l"},
    {"meter", "metre"},
    {"vessel", "boat", "ship"},
    {"match", "game", "fixture"},
    {"ridership", "boarding", "rider", "passenger", "patronage"},
    {"kwh", "energy", "consumption", "usage", "electricity", "consumed", "mwh"},
    {"usage", "used", "consumption", "consumed", "use"},
    {"loan", "borrow", "borrowed", "borrowing", "lend", "lent", "checkout", "rental", "rent", "rented"},
    {"pickup", "collected", "collect"},
    {"amount", "size", "value", "worth"},
    {"student", "pupil", "learner"},
    {"course", "class", "subject"},
    {"grade", "mark", "score"},
    {"store", "shop", "branch", "outlet", "location"},
    {"supplier", "vendor", "provider"},
    {"patient", "client"},
    {"doctor", "physician"},
    {"revenue", "proceeds", "receipts", "billings"},
    {"attendance", "attendee", "admission", "footfall", "ticket", "audience", "turnout", "crowd"},
    {"expense", "expenditure", "outlay", "cost", "spend", "spending"},
    {"status", "stage", "phase"},
    {"refund", "return", "chargeback"},
    {"discount", "promo", "promotion", "coupon", "voucher"},
    {"tenure", "seniority"},
    {"temperature", "temp", "heat"},
    {"precipitation", "rain", "rainfall", "precip"},
    {"completion", "finished", "completed"},
    {"height", "tall"},
    {"speed", "velocity", "pace"},
    {"visit", "visitor", "traffic", "pageview"},
    {"session", "visit"},
    {"inventory", "stock"},
    {"goal", "scorer"},
    {"vehicle", "car", "auto", "automobile"},
    {"bike", "bicycle", "cycle"},
    {"trip", "ride", "journey"},
    {"point", "score", "pts"},
    {"outcome", "result", "status"},
    {"club", "team", "squad"},
]

# question words that name money; numeric columns with such name words rank first as "revenue"-like measures
MONEY_WORDS = frozenset({
    "revenue", "sales", "sale", "amount", "turnover", "income", "price", "cost", "total", "value", "usd", "eur",
    "gbp", "dollar", "dollars", "spend", "paid", "billing", "gmv", "fare", "fee", "charge", "payment", "invoiced",
    "subtotal", "gross",
})
REVENUE_WORDS = frozenset({"revenue", "sales", "sale", "turnover", "income", "gmv", "billing", "invoiced", "billed",
                           "takings", "taking"})
PROFIT_WORDS = frozenset({"profit", "profits", "earnings", "net"})

MODIFIER_WORDS = frozenset({"unit", "base", "list", "net", "gross", "avg", "average", "max", "min", "total", "per",
                            "estimated", "actual", "original", "current", "final", "standard", "retail"})

LABEL_WORDS = ("name", "title", "label", "full", "description")

# money head nouns of column names: the word before them only qualifies them (ticket_price is a price)
HEAD_NOUNS = frozenset({"price", "cost", "fee", "rate"})

# aggregation cues (single words, lemmatised)
AGG_WORDS = {
    "total": "sum", "sum": "sum", "overall": "sum", "combined": "sum", "cumulative": "sum", "aggregate": "sum",
    "average": "avg", "avg": "avg", "mean": "avg", "typical": "avg", "averaged": "avg",
    "averaging": "avg", "totaling": "sum", "totalling": "sum", "altogether": "sum",
    "median": "median",
    "minimum": "min", "min": "min", "lowest": "min", "smallest": "min", "least": "min", "cheapest": "min",
    "shortest": "min", "earliest": "min", "youngest": "min", "newest": "min", "fewest": "min", "lightest": "min",
    "maximum": "max", "max": "max", "highest": "max", "largest": "max", "biggest": "max", "greatest": "max",
    "most": "max", "longest": "max", "latest": "max", "oldest": "max", "priciest": "max", "top": "max",
    "best": "max", "worst": "min", "peak": "max", "record": "max", "heaviest": "max", "tallest": "max",
    "hardest": "max", "easiest": "min", "fastest": "max", "quickest": "max", "slowest": "min", "costliest": "max",
    "strongest": "max", "weakest": "min", "warmest": "max", "hottest": "max", "coldest": "min", "deepest": "max",
    "shallowest": "min", "widest": "max", "narrowest": "min",
    "count": "count", "number": "count",
    "distinct": "count_distinct", "unique": "count_distinct", "different": "count_distinct",
}
PURE_AGG = {"total", "sum", "average", "avg", "mean", "averaging", "median", "minimum", "min", "maximum", "max",
            "typical", "overall", "combined", "aggregate", "altogether"}
COUNT_PHRASES = ("how many", "number of", "count of", "count the", "amount of", "no of", "num of", "total number of",
                 "how much of")

SUPERLATIVE_DESC = frozenset({"most", "highest", "max", "maximum", "top", "best", "largest", "biggest", "greatest",
                              "more", "higher", "larger", "leading", "busiest", "popular", "longest", "priciest",
                              "expensive", "richest", "peak", "strongest", "heaviest", "tallest", "oldest",
                              "eldest", "warmest", "hottest", "deepest", "widest", "hardest", "valuable", "fastest",
                              "costliest", "quickest"})
SUPERLATIVE_ASC = frozenset({"least", "lowest", "min", "minimum", "bottom", "worst", "smallest", "fewest", "weakest",
                             "cheapest", "shortest", "lower", "less", "fewer", "slowest", "poorest", "lightest",
                             "youngest", "newest", "quietest", "coldest", "shallowest", "narrowest", "easiest"})

GROUP_PHRASES = ("broken down by", "break down by", "breakdown by", "split by", "grouped by", "group by", "for each",
                 "for every", "by each", "per each", "across all", "across", "by", "per", "each", "every",
                 "broken out by", "in each", "within each", "for all", "among")

TIME_GRAINS = {
    "year": "year", "yearly": "year", "annual": "year", "annually": "year", "years": "year", "yoy": "year",
    "quarter": "quarter", "quarterly": "quarter", "quarters": "quarter",
    "month": "month", "monthly": "month", "months": "month", "mom": "month",
    "week": "week", "weekly": "week", "weeks": "week",
    "day": "day", "daily": "day", "days": "day", "date": "day",
    "weekday": "dow", "dow": "dow", "hour": "hour", "hourly": "hour",
}
TREND_WORDS = frozenset({"trend", "trends", "trending", "evolution", "evolve", "evolved", "timeline", "history",
                         "historical", "time", "progression", "growth"})

COMPARATORS = (
    ("or later", ">="), ("or newer", ">="), ("or after", ">="), ("and later", ">="), ("and after", ">="),
    ("onwards", ">="), ("onward", ">="), ("or earlier", "<="), ("or before", "<="), ("and earlier", "<="),
    ("greater than or equal to", ">="), ("more than or equal to", ">="), ("at least", ">="), ("no less than", ">="),
    ("or more", ">="), ("or higher", ">="), ("or above", ">="), ("and above", ">="), ("and up", ">="),
    ("or bigger", ">="), ("or larger", ">="), ("or greater", ">="), ("or longer", ">="), ("or older", ">="),
    ("or heavier", ">="), ("or taller", ">="), ("or smaller", "<="), ("or fewer", "<="), ("or shorter", "<="),
    ("or younger", "<="), ("or lighter", "<="), ("or cheaper", "<="),
    ("and over", ">="), ("or older", ">="), ("or greater", ">="), ("plus", ">="), ("minimum of", ">="),
    ("min of", ">="), ("not less than", ">="), ("less than or equal to", "<="), ("at most", "<="),
    ("no more than", "<="), ("or less", "<="), ("or lower", "<="), ("or below", "<="), ("and below", "<="),
    ("and under", "<="), ("or younger", "<="), ("or cheaper", "<="), ("up to", "<="), ("maximum of", "<="),
    ("not more than", "<="), ("or fewer", "<="), ("more than", ">"), ("greater than", ">"), ("higher than", ">"),
    ("larger than", ">"), ("bigger than", ">"), ("over", ">"), ("above", ">"), ("exceeding", ">"), ("exceeds", ">"),
    ("exceed", ">"), ("beyond", ">"), ("older than", ">"), ("newer than", ">"), ("longer than", ">"),
    ("later than", ">"), ("after", ">"), ("since", ">="), ("less than", "<"), ("fewer than", "<"), ("lower than", "<"),
    ("smaller than", "<"), ("under", "<"), ("below", "<"), ("younger than", "<"), ("shorter than", "<"),
    ("cheaper than", "<"), ("before", "<"), ("earlier than", "<"), ("prior to", "<"), ("until", "<="),
    ("through", "<="), ("equal to", "="), ("equals", "="), ("exactly", "="), ("=", "="), (">=", ">="), ("<=", "<="),
    (">", ">"), ("<", "<"), ("heavier than", ">"), ("lighter than", "<"), ("more expensive than", ">"),
    ("less expensive than", "<"), ("pricier than", ">"), ("costlier than", ">"), ("taller than", ">"),
    ("faster than", ">"), ("slower than", "<"), ("harder than", ">"), ("easier than", "<"), ("or harder", ">="),
    ("or easier", "<="), ("exceeded", ">"), ("exceeding", ">"), ("surpassed", ">"),
    ("in excess of", ">"), ("topped", ">"), ("went over", ">"), ("is above", ">"), ("greater or equal to", ">="),
    ("below or equal to", "<="), ("fell below", "<"), ("dropped below", "<"), ("less or equal to", "<="),
    ("lower or equal to", "<="), ("no later than", "<="), ("no earlier than", ">="), ("not before", ">="),
    ("not after", "<="), ("deeper than", ">"), ("shallower than", "<"), ("warmer than", ">"), ("hotter than", ">"),
    ("colder than", "<"), ("cooler than", "<"), ("wider than", ">"), ("narrower than", "<"),
)

NEGATIONS = frozenset({"not", "excluding", "exclude", "except", "without", "other", "non", "no", "never",
                       "outside", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "excluded",
                       "excl", "minus", "haven't", "hasn't", "hadn't", "havent", "hasnt"})
NEGATION_PHRASES = ("other than", "apart from", "except for", "leaving out", "leave out", "not in", "not from",
                    "not for", "everything but", "all but", "aside from", "anything but", "everyone but",
                    "anyone but")

LOSS_PHRASES = ("lost money", "lose money", "losing money", "loss making", "loss-making", "unprofitable",
                "negative profit", "made a loss", "make a loss", "at a loss", "in the red", "losses",
                "not profitable", "lost", "loss")
PROFITABLE_PHRASES = ("profitable", "made money", "make money", "in the black", "positive profit")

NEW_WORDS = frozenset({"new", "created", "signed", "signup", "signups", "joined", "registered", "opened", "started",
                       "onboarded", "acquired", "added"})
NEW_DATE_WORDS = ("created", "create", "creation", "signup", "signed", "join", "joined", "registration",
                  "registered", "start", "started", "open", "opened", "onboard", "hire", "hired", "installed",
                  "commissioned", "established", "founded", "launched", "acquired")

# superlative adjectives that name the measure they rank by ("longest movie" -> runtime)
_LENGTH = ("duration", "length", "runtime", "minute", "time", "distance", "long", "hour", "mile")
_TRAFFIC = ("traffic", "visit", "passenger", "boarding", "ridership", "rider", "attendance", "footfall", "visitor")
_DIFFICULTY = ("difficulty", "grade", "level")
# superlatives that rank periods by how much happened in them ("busiest day", "quietest month")
TRAFFIC_SUPERLATIVES = ("busiest", "quietest")
SUPERLATIVE_COLUMNS = {
    "longest": _LENGTH, "shortest": _LENGTH, "oldest": ("age",), "youngest": ("age",), "newest": ("age",),
    "cheapest": ("price", "cost", "fee", "fare", "rent", "rate"), "priciest": ("price", "cost", "fee", "fare", "rent",
                                                                              "rate"),
    "expensive": ("price", "cost", "fee", "fare", "rent", "rate"), "valuable": ("value", "worth", "valuation", "price"),
    "costliest": ("cost", "damage", "price", "fee", "expense", "spend"),
    "heaviest": ("weight", "mass"), "lightest": ("weight", "mass"),
    "tallest": ("height",), "biggest": ("size", "budget", "amount", "capacity", "area", "population", "revenue"),
    "largest": ("size", "budget", "amount", "capacity", "area", "population", "revenue"),
    "smallest": ("size", "budget", "amount", "capacity", "area", "population"),
    "busiest": _TRAFFIC, "quietest": _TRAFFIC,
    "richest": ("income", "wealth", "revenue", "salary"),
    "highest": ("elevation", "altitude", "height"), "lowest": ("elevation", "altitude", "height"),
    "fastest": ("speed", "velocity"), "quickest": ("speed", "velocity"), "slowest": ("speed", "velocity"),
    "strongest": ("abv", "strength", "alcohol"),
    "deepest": ("depth",), "shallowest": ("depth",), "warmest": ("temperature", "temp"),
    "hardest": _DIFFICULTY, "easiest": _DIFFICULTY,
    "coldest": ("temperature", "temp"), "hottest": ("temperature", "temp"), "widest": ("width",),
}

# comparative adjectives that name the column they compare ("heavier than 500 kg" -> weight)
_PRICE = ("price", "cost", "fee", "fare", "amount", "charge", "rent")
COMPARATIVE_COLUMNS = {
    "heavier": ("weight", "mass", "kg"), "lighter": ("weight", "mass", "kg"), "cheaper": _PRICE,
    "expensive": _PRICE, "pricier": _PRICE, "costlier": _PRICE, "longer": _LENGTH, "shorter": _LENGTH,
    "older": ("age",), "younger": ("age",), "bigger": ("size", "amount", "area", "capacity"),
    "larger": ("size", "amount", "area", "capacity"), "smaller": ("size", "amount", "area", "capacity"),
    "taller": ("height",), "faster": ("speed",), "slower": ("speed",),
    "warmer": ("temperature", "temp"), "colder": ("temperature", "temp"), "hotter": ("temperature", "temp"),
    "cooler": ("temperature", "temp"), "deeper": ("depth",), "shallower": ("depth",), "wider": ("width",),
    "narrower": ("width",), "harder": _DIFFICULTY, "easier": _DIFFICULTY,
}

# measures that are amounts of something (summable when ranked by "the most"), although their average is usual
QUANTITY_WORDS = frozenset({"weight", "mass", "kg", "duration", "length", "distance", "runtime", "tenure", "delay",
                            "size", "capacity", "km", "mile", "hour", "minute", "volume", "kwh", "energy"})

# spelled-out units -> the abbreviations column names use ("price per square foot" -> sqft)
UNIT_PHRASES = {"square foot": "sqft", "square feet": "sqft", "sq ft": "sqft", "square meter": "sqm",
                "square meters": "sqm", "square metre": "sqm", "square metres": "sqm", "kilometer": "km",
                "kilometers": "km", "kilometre": "km", "kilometres": "km", "kilogram": "kg", "kilograms": "kg",
                "kilo": "kg", "kilos": "kg", "kilowatt hour": "kwh", "kilowatt hours": "kwh", "miles per hour": "mph",
                "cubic metre": "m3", "cubic metres": "m3", "cubic meter": "m3", "cubic meters": "m3"}
# nouns of an event -> the participle a date column of that event is named after ("150 sales" -> sold_date)
EVENT_NOUNS = {"sale": "sold", "sales": "sold", "purchase": "purchased", "delivery": "delivered",
               "shipment": "shipped", "cancellation": "cancelled", "payment": "paid", "booking": "booked",
               "enrollment": "enrolled", "registration": "registered", "signup": "signed", "rental": "rented",
               "closure": "closed", "completion": "completed", "resolution": "resolved", "departure": "departed",
               "arrival": "arrived", "return": "returned", "refund": "refunded", "approval": "approved",
               "withdrawal": "withdrawn", "dismissal": "dismissed", "rejection": "rejected", "removal": "removed",
               "dispatch": "dispatched", "collection": "collected", "termination": "terminated",
               "failure": "failed", "acceptance": "accepted", "conversion": "converted", "renewal": "renewed",
               "admission": "admitted", "abandonment": "abandoned", "redemption": "redeemed", "denial": "denied",
               "postponement": "postponed", "suspension": "suspended", "expiry": "expired", "expiration": "expired",
               "referral": "referred", "retention": "retained", "survival": "survived"}
# phrasal verbs said for the one word a column uses ("brought back" -> returned_at), only when a column says so
PHRASAL_VERBS = {"brought back": "returned", "bring back": "return", "handed back": "returned",
                 "hand back": "return", "gave back": "returned", "give back": "return", "dropped off": "dropoff",
                 "picked up": "pickup", "pick up": "pickup", "signed up": "signup", "sign up": "signup",
                 "checked in": "checkin", "check in": "checkin", "checked out": "checkout", "check out": "checkout",
                 "paid back": "repaid", "called off": "cancelled", "turned up": "attended", "showed up": "attended",
                 "taken out": "removed", "took out": "removed", "taken down": "removed", "sent back": "returned",
                 "send back": "return", "came back": "returned", "come back": "return", "taken back": "returned",
                 "take back": "return", "gone back": "returned", "went back": "returned"}


# words for coded values ("female" -> 'F'), and the column words such codes live in
CODED_VALUES = {"female": ("f", "w"), "woman": ("f", "w"), "girl": ("f",), "male": ("m",), "man": ("m",),
                "men": ("m",), "boy": ("m",)}  # "men": lemma() keeps three-letter words
CODED_VALUE_COLUMNS = {w: ("sex", "gender") for w in CODED_VALUES}
_SIZE_CODES = {"small": ("s",), "medium": ("m",), "large": ("l",), "big": ("l",), "xl": ("xl",)}
CODED_VALUES.update(_SIZE_CODES)  # "a small locker": size = 'S'
CODED_VALUE_COLUMNS.update({w: ("size", "sized") for w in _SIZE_CODES})

# verbs whose past participle is a typical status value ("how many did she lose" -> stage 'Lost')
# countries people name by their acronym ("exclude the UK" -> 'United Kingdom')
COUNTRY_ACRONYMS = {"uk": "united kingdom", "gb": "united kingdom", "usa": "united states",
                    "uae": "united arab emirates", "nz": "new zealand"}

VALUE_VERB_FORMS = {"lose": "lost", "win": "won", "close": "closed", "cancel": "cancelled", "ship": "shipped",
                    "deliver": "delivered", "pay": "paid", "approve": "approved", "reject": "rejected",
                    "complete": "completed", "open": "open", "return": "returned", "fail": "failed",
                    # irregular past tenses: "the ones that actually flew" -> status 'flown'
                    "flew": "flown", "fly": "flown", "drove": "driven", "rode": "ridden", "wrote": "written",
                    "gave": "given", "took": "taken", "ate": "eaten", "went": "gone", "grew": "grown",
                    "threw": "thrown", "began": "begun", "broke": "broken", "chose": "chosen", "spoke": "spoken",
                    "sold": "sold", "sent": "sent", "built": "built", "bought": "bought", "kept": "kept",
                    "left": "left", "held": "held", "shown": "shown", "showed": "shown", "did": "done",
                    "forgot": "forgotten", "hid": "hidden", "froze": "frozen", "stole": "stolen"}

# verbs that end a record's life (a missing end date means "not ... yet")
END_VERBS = frozenset({"returned", "return", "delivered", "deliver", "closed", "close", "finished", "finish",
                       "completed", "complete", "resolved", "resolve", "ended", "end", "dropped", "shipped",
                       "fulfilled", "settled", "paid", "left", "leave", "quit", "resigned", "departed", "exited",
                       "churned", "terminated", "cancelled", "expired", "graduated", "discharged"})

# end-of-presence words: "current members" / "currently installed" -> that date is missing
_GONE = ("churned", "cancelled", "left", "leave", "terminated", "resigned", "departure", "departed", "removed",
         "retired", "retire", "decommissioned", "expired", "end", "ended", "discharged", "discharge", "vacated",
         "emptied")
# a word that means a boolean column is false ("failed" -> NOT passed)
ANTONYMS = {"failed": "passed", "fail": "pass", "failure": ("passed", "pass", "success", "successful"),
            "failures": ("passed", "pass", "success", "successful"), "failing": "passing", "lost": "won",
            "inactive": "active",
            "parttime": "fulltime", "fulltime": "parttime", "inhouse": ("contractor", "outsourced", "external"),
            "undergrad": ("postgraduate", "postgrad"), "undergrads": ("postgraduate", "postgrad"),
            "undergraduate": ("postgraduate", "postgrad"), "undergraduates": ("postgraduate", "postgrad"),
            "closed": "open", "unpaid": "paid", "outstanding": "paid", "owed": "paid", "owing": "paid",
            "owe": "paid", "owes": "paid", "paying": "free", "offline": "online", "rejected": "accepted",
            "absent": "present",
            "late": "ontime", "invalid": "valid", "disabled": "enabled", "private": "public",
            # an unlinked word whose opposite is a flag or an end date: "completed rides" -> NOT cancelled,
            # "active members" -> cancelled_on IS NULL, "domestic calls" -> NOT is_international
            "completed": ("cancelled", "canceled", "failed", "abandoned"), "complete": ("cancelled", "canceled"),
            "successful": ("failed", "cancelled"), "succeeded": ("failed",), "fulfilled": ("cancelled",),
            "active": ("cancelled", "canceled", "churned", "inactive", "ended", "end", "terminated", "deleted",
                       "closed", "left", "leave", "resigned", "departed", "removed", "retired", "retire"),
            "current": _GONE, "currently": _GONE, "inservice": _GONE, "working": _GONE, "operational": _GONE,
            "regional": ("intercity", "international", "national"), "intercity": ("regional", "local"),
            "retained": ("churned",), "used": ("new",), "secondhand": ("new",), "preowned": ("new",),
            "ongoing": ("ended", "closed", "completed"), "open": ("closed", "resolved"),
            "domestic": ("international", "foreign", "overseas", "export", "exported", "exports"),
            "softwood": ("hardwood",), "softwoods": ("hardwood",), "hardwood": ("softwood",),
            "hardwoods": ("softwood",), "export": ("domestic",), "exports": ("domestic",),
            "local": ("international", "remote"), "home": ("international", "foreign", "overseas"),
            "consumer": ("business", "corporate"), "personal": ("business", "corporate"),
            "individual": ("business", "corporate"), "ontime": ("late", "delayed"), "punctual": ("late", "delayed"),
            "kept": ("cancelled",), "attended": ("noshow", "absent"), "showed": ("noshow", "absent"),
            "evening": ("matinee",), "evenings": ("matinee",), "nighttime": ("matinee",),
            "regular": ("ebike", "electric", "premium", "express", "vip", "priority", "fast", "standing"),
            "standard": ("ebike", "electric", "premium", "express", "vip", "priority", "fast", "expedited", "rush"),
            "normal": ("ebike", "electric", "premium", "express", "vip", "priority", "fast"),
            "noshow": ("attended", "showed", "present"), "noshows": ("attended", "showed", "present"),
            "unrated": ("rated",), "free": ("paid", "premium"), "ticketed": ("free",), "onsite": ("remote",),
            "office": ("remote",),
            "inperson": ("remote", "online", "virtual"), "available": ("sold", "rented", "booked"),
            "unsold": ("sold",), "unresolved": ("resolved",), "pending": ("approved", "completed", "resolved"),
            "brand": ("generic",), "branded": ("generic",), "proprietary": ("generic",), "instore": ("online",),
            "nonmember": ("member",), "guest": ("member",),
            "missed": ("within", "met", "achieved", "attended", "collected", "completed"),
            "breached": ("within", "met"), "licensed": ("original",), "indoors": ("outdoor", "outdoors"),
            "indoor": ("outdoor", "outdoors"), "reactive": ("planned",), "unplanned": ("planned",),
            "outdoor": ("indoor", "indoors"), "outdoors": ("indoor", "indoors"),
            "manual": ("automated", "automatic", "auto"), "automatic": ("manual",), "automated": ("manual",),
            "owned": ("leased", "rented", "hired"), "purchased": ("leased", "rented"), "bought": ("leased", "rented"),
            "temporary": ("permanent",), "permanent": ("temporary", "seasonal"), "shared": ("private",),
            "one-off": ("repeat", "recurring", "regular"), "oneoff": ("repeat", "recurring", "regular"),
            "group": ("private",), "public": ("private",)}


def antonyms_of(word: str) -> tuple[str, ...]:
    """The opposites ANTONYMS lists for a word, always as a tuple.

    >>> antonyms_of("lost"), antonyms_of("sideways")
    (('won',), ())
    """
    found = ANTONYMS.get(word) or ()
    return (found,) if isinstance(found, str) else tuple(found)

# numeric columns counted in time units ("nights", "days_open"): how long something lasted
TIME_UNIT_WORDS = frozenset({"night", "day", "hour", "minute", "week", "duration", "runtime", "length", "second"})

SHARE_WORDS = frozenset({"share", "percentage", "percent", "proportion", "fraction", "contribution", "split"})
RATE_WORDS = frozenset({"rate", "ratio", "percentage", "percent", "share", "proportion", "fraction", "likelihood"})

FOLLOWUP_STARTS = ("and ", "among ", "of those", "of them", "of these", "for those", "for them",
                   "what about", "how about", "only ", "just ", "same ", "instead", "now ", "break ",
                   "by ", "top ", "bottom ", "but ", "then ", "also ", "what if", "ok ", "okay ", "and?", "for ",
                   "in ", "excluding ", "except ", "without ", "limit ", "sort ", "order ", "show only",
                   "split ", "per ", "with ", "drill ", "filter ", "exclude ", "remove ", "same,",
                   "group ", "the same", "versus ", "vs ", "as ", "make it", "change ", "switch ", "use ",
                   "now,", "show me only", "show just", "only,", "again", "how does that", "what was", "which of",
                   "leave out ", "leaving out ", "ignore ", "ignoring ", "not counting ", "drop the ", "minus ",
                   "take out ", "skip ")
FOLLOWUP_PRONOUNS = frozenset({"that", "those", "it", "them", "these", "this", "same", "instead", "previous",
                               "above", "again", "too", "also", "ones", "their", "they"})

SMALL_TALK = ("hi", "hello", "hey", "thanks", "thank you", "thx", "good morning", "good evening", "good afternoon",
              "who are you", "what are you", "how are you", "bye", "goodbye", "ok", "okay", "cool", "great",
              "nice", "what can you do", "help", "yo", "hola", "cheers", "lol", "test", "ping")
WRITE_VERBS = ("delete", "drop", "update", "insert", "truncate", "alter", "create table", "grant", "revoke",
               "remove all", "erase", "wipe", "modify", "rename", "replace into", "merge into", "upsert",
               "attach", "detach", "vacuum", "copy ")
GENERAL_KNOWLEDGE = ("capital of", "weather", "who is", "who was", "who won", "president", "meaning of life",
                     "tell me a joke", "a joke", "recipe", "translate", "write a poem", "write me", "poem",
                     "population of the world", "how old is", "when was", "where is", "what time is it", "news",
                     "stock price of", "define ", "definition of", "wikipedia", "capital city")


def lemma(word: str) -> str:
    """A light English singular form of a lower-case word.

    >>> [lemma(w) for w in ["categories", "boxes", "sales", "status", "employees", "cities", "analyses"]]
    ['category', 'box', 'sales', 'status', 'employee', 'city', 'analysis']
    """
    w = word.lower()
    if len(w) <= 3 or w in _KEEP_S:
        return w
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("people") and len(w) > 6:  # "salespeople" -> "salesperson"
        return w[:-6] + "person"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("sses") or w.endswith("shes") or w.endswith("ches") or w.endswith("xes") or w.endswith("zes"):
        return w[:-2]
    if w.endswith("ses") and len(w) > 5 and w[-4] in "aeiou":
        return w[:-1]
    if w.endswith("ss") or w.endswith("us") or w.endswith("is"):
        return w
    if w.endswith("s"):
        return w[:-1]
    return w


_KEEP_S = frozenset({"sales", "series", "news", "status", "analysis", "bus", "gas", "plus", "this", "was", "has",
                     "is", "its", "his", "us", "yes", "less", "process", "address", "business", "class", "gross",
                     "loss", "access", "success", "boss", "glass", "miss", "pass", "species", "thanks", "minus",
                     "bonus", "census", "campus", "virus", "corpus", "canvas", "atlas", "alias", "bias", "basis",
                     "axis", "crisis", "chassis", "diagnosis", "earnings", "savings", "goods", "logistics",
                     "analytics", "economics", "physics", "mathematics", "electronics", "athletics", "always", "chaos",
                     "cosmos", "ethos", "kudos", "pathos", "macos", "ios", "dos", "windows", "lens",
                     "express", "iris", "tennis", "mumps", "measles", "diabetes", "rabies",
                     "headquarters", "aws"})
# past forms in column names and the verb a question uses ("price_paid": "what did they pay")
VERB_OF_PAST = {"paid": "pay", "sold": "sell", "spent": "spend", "bought": "buy", "built": "build", "held": "hold",
                "made": "make", "given": "give", "taken": "take", "flown": "fly", "driven": "drive",
                "ridden": "ride", "written": "write", "grown": "grow", "caught": "catch", "brought": "bring",
                "sent": "send", "won": "win", "lost": "lose", "seen": "see", "kept": "keep", "owed": "owe"}
_IRREGULAR = {"quizzes": "quiz",
              "people": "person", "men": "man", "women": "woman", "children": "child", "data": "data",
              "criteria": "criterion", "media": "media", "indices": "index", "matrices": "matrix",
              "analyses": "analysis", "leaves": "leaf", "halves": "half", "wives": "wife", "lives": "life",
              "movies": "movie", "series": "series", "statuses": "status", "categories": "category",
              "companies": "company", "countries": "country", "cities": "city", "subcategories": "subcategory",
              "orders": "order", "units": "unit", "items": "item", "seats": "seat", "points": "point",
              "employees": "employee", "customers": "customer", "products": "product", "students": "student",
              "transactions": "transaction", "payments": "payment", "purchases": "purchase", "returns": "return",
              "passengers": "passenger", "tickets": "ticket", "events": "event", "sessions": "session",
              "visits": "visit", "views": "view", "clicks": "click", "credits": "credit", "hours": "hour",
              "minutes": "minute", "seconds": "second", "days": "day", "weeks": "week", "months": "month",
              "years": "year", "miles": "mile", "deliveries": "delivery", "trips": "trip", "rides": "ride",
              "rooms": "room", "nights": "night", "stays": "stay", "refunds": "refund", "errors": "error",
              "complaints": "complaint", "downloads": "download", "installs": "install", "votes": "vote",
              "impressions": "impression", "guests": "guest", "beds": "bed", "goals": "goal", "wins": "win",
              "losses": "loss", "likes": "like", "shares": "share", "plays": "play", "streams": "stream",
              "runs": "run", "hits": "hit", "steps": "step", "calories": "calorie", "pages": "page",
              "words": "word", "stars": "star", "kills": "kill", "goods": "good", "earnings": "earning",
              "savings": "saving", "cancelled": "cancelled"}


PARTICIPLES = frozenset({"found", "sold", "made", "built", "lost", "taken", "given", "written", "bought", "held",
                         "paid", "sent", "won", "run", "done", "seen", "kept", "left", "brought", "grown", "drawn",
                         "shown", "thrown", "flown", "driven", "ridden", "spent", "lent", "read", "set", "cut", "put"})
AVG_MAX_WORDS = frozenset({"average", "avg", "mean", "median", "highest", "lowest", "max", "maximum", "min", "minimum",
                           "total", "top", "best", "worst", "biggest", "smallest"})
NAMED_TIMES = {"extra", "stoppage", "injury", "added", "spare", "free", "prime", "all", "first",
               "closing", "opening", "tea", "lunch", "break", "bed", "half", "full", "normal", "regular"}
COMPOUND_VERBS = {("check", "in"): "checkin", ("check", "out"): "checkout", ("drop", "off"): "dropoff",
                  ("pick", "up"): "pickup", ("sign", "up"): "signup", ("log", "in"): "login", ("log", "out"): "logout",
                  ("check", "ins"): "checkins", ("sign", "ups"): "signups", ("full", "time"): "fulltime",
                  ("part", "time"): "parttime", ("in", "house"): "inhouse", ("dropped", "off"): "dropoff",
                  ("picked", "up"): "pickup", ("checked", "in"): "checkin", ("checked", "out"): "checkout"}


def split_name(name: str) -> list[str]:
    """Words of an identifier: snake_case, camelCase, digits split; abbreviations expanded.

    >>> split_name("OrderDate"), split_name("amount_usd"), split_name("qty_sold")
    (['order', 'date'], ['amount', 'usd'], ['quantity', 'sold'])
    """
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    spaced = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", spaced)
    words = [w for w in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if w]
    # "no" abbreviates "number" only at the end (order_no); inside a name it is a word (was_no_show)
    out = [w if w == "no" and k < len(words) - 1 else ABBREVIATIONS.get(w, w) for k, w in enumerate(words)]
    # a plural abbreviation ("appts", "txns") is the plural of its word
    out = [ABBREVIATIONS[w[:-1]] + "s" if w == o and w.endswith("s") and len(w) > 3 and w[:-1] in ABBREVIATIONS
           and " " not in ABBREVIATIONS[w[:-1]] else o for w, o in zip(words, out, strict=True)]
    if len(out) > 1 and words[-1] in ("c", "f") and out[-2] == "temperature":  # peak_temp_c: degrees Celsius
        out[-1] = "celsius" if words[-1] == "c" else "fahrenheit"
    if len(out) > 1 and words[-1] in UNIT_SUFFIXES:
        timed = words[-1] == "m" and out[-2] in ("time", "duration", "wait", "delay", "runtime", "minute")
        out[-1] = "minute" if timed else UNIT_SUFFIXES[words[-1]]
    for k in range(len(out) - 1):  # checkInAt, drop_off_time, pick_up_ts: one verb word
        pair = (out[k], out[k + 1])
        if pair in COMPOUND_VERBS:
            out[k:k + 2] = [COMPOUND_VERBS[pair], ""]
    out = [w for w in out if w] if "" in out else out
    for k in range(len(out) - 1):  # sq_ft, sq_m: one area unit
        if words[k] in ("sq", "square") and out[k + 1] in ("foot", "feet", "ft", "meter", "m"):
            out[k:k + 2] = ["sqft" if out[k + 1] in ("foot", "feet", "ft") else "sqm", ""]
    return [x for w in out for x in w.split()]


def synonyms(word: str) -> set[str]:
    """Concept neighbours of a lemmatised word (not including the word itself).

    >>> "sales" in synonyms("revenue")
    True
    """
    return set(_SYN_INDEX.get(word, set())) - {word}


_SYN_INDEX: dict[str, set[str]] = {}
for _group in SYNONYM_GROUPS:
    for _w in _group:
        _SYN_INDEX.setdefault(_w, set()).update(_group)

# nouns for people: "who ..." questions name one of these (a table of them, or a name column on a wide table)
PERSON_WORDS = frozenset({
    "employee", "staff", "customer", "client", "rep", "representative", "agent", "member", "patient", "driver",
    "doctor", "student", "user", "person", "people", "donor", "owner", "learner", "subscriber", "rider", "guest",
    "author", "artist", "player", "teacher", "instructor", "trainer", "seller", "buyer", "manager", "vet",
    "salesperson", "worker", "volunteer", "tenant", "passenger", "nurse", "physician", "coach", "host", "speaker",
    "contact", "candidate", "applicant", "emp", "attendee", "participant", "athlete", "courier", "technician",
    "engineer", "consultant", "analyst", "operator", "pilot", "vendor", "supplier", "landlord", "borrower",
    "lender", "investor", "shopper", "traveler", "traveller", "visitor", "reviewer", "account", "surgeon",
    "therapist", "tutor", "mentor", "lawyer", "broker", "realtor", "dealer", "farmer", "grower", "creator",
    "streamer", "influencer", "partner", "associate", "officer", "clerk", "cashier", "waiter", "server", "chef",
    "resident", "citizen", "voter", "donator", "sponsor", "fan", "listener", "viewer", "reader", "writer",
    "director", "actor", "singer", "musician", "band", "team", "prescriber", "dentist", "pharmacist", "clinician",
    "provider", "recruiter", "interviewer", "planner", "renter", "hirer", "diner", "patron"})

# tables whose rows are sums of money: "total donations", "average payment" aggregate their amount, not their rows
MONEY_EVENT_NOUNS = frozenset({
    "donation", "payment", "gift", "contribution", "sale", "expense", "spend", "spending", "charge", "fee", "pledge",
    "transaction", "deposit", "withdrawal", "refund", "premium", "payout", "purchase", "invoice", "bill", "tip",
    "grant", "loan", "salary", "wage", "bonus", "commission", "revenue", "earning", "income", "cost", "claim",
    "disbursement", "remittance", "transfer", "budget", "receipt", "booking_amount"})
# verbs of money changing hands: "how much did each appeal raise", "total donated", "who spent the most"
MONEY_VERBS = frozenset({
    "raise", "raised", "donate", "donated", "spend", "spent", "pay", "paid", "earn", "earned", "gave", "give",
    "given", "collect", "collected", "generate", "generated", "bring", "brought", "came", "come", "bill", "billed",
    "charge", "charged", "invoice", "invoiced", "contribute", "contributed", "pledge", "pledged", "cost", "costs",
    "spender", "spenders", "earners", "payers", "fined"})  # "our 5 biggest spenders": ranked by what they spent

# payment nouns that mean their money even with no aggregate word: "donations by month" = SUM(amount)
MONEY_NOUNS_PLAIN = frozenset({
    "donation", "payment", "gift", "contribution", "sale", "expense", "spend", "spending", "revenue", "income",
    "earning", "pledge", "tip", "deposit", "withdrawal", "refund", "payout", "disbursement", "remittance",
    "commission", "wage", "salary", "bonus"})

# words of a finishing position (a placing of 1 is a win; "in the top three" is a placing of at most 3)
PLACE_WORDS = frozenset({"placing", "position", "place", "rank", "finish"})

# (quantity, size) of amount units, in kilograms or litres ("how many tonnes" over weight_kg: SUM(weight_kg) / 1000,
# "total litres" over volume_ml: SUM(volume_ml) / 1000)
AMOUNT_UNITS = {"kg": ("mass", 1.0), "kilo": ("mass", 1.0), "kilogram": ("mass", 1.0), "kgs": ("mass", 1.0),
                "tonne": ("mass", 1000.0), "ton": ("mass", 1000.0), "tonnage": ("mass", 1000.0), "t": ("mass", 1000.0),
                "gram": ("mass", 0.001), "g": ("mass", 0.001), "grams": ("mass", 0.001),
                "litre": ("volume", 1.0), "liter": ("volume", 1.0), "ml": ("volume", 0.001),
                "millilitre": ("volume", 0.001), "milliliter": ("volume", 0.001), "cl": ("volume", 0.01)}

# seconds in a time unit, and the unit a column is counted in from its words ("durationSec" -> second)
TIME_UNIT_SECONDS = {"second": 1, "sec": 1, "minute": 60, "min": 60, "hour": 3600, "hr": 3600, "day": 86400,
                     "week": 604800}

# ISO codes of the countries in DEMONYMS (a country column may hold codes: "korean players" -> 'KR')
COUNTRY_CODES = {
    "irish": "ie", "british": "gb", "english": "gb", "scottish": "gb", "welsh": "gb", "american": "us",
    "canadian": "ca", "mexican": "mx", "brazilian": "br", "argentinian": "ar", "argentine": "ar", "chilean": "cl",
    "colombian": "co", "peruvian": "pe", "german": "de", "french": "fr", "spanish": "es", "italian": "it",
    "portuguese": "pt", "dutch": "nl", "belgian": "be", "swiss": "ch", "austrian": "at", "swedish": "se",
    "norwegian": "no", "danish": "dk", "finnish": "fi", "polish": "pl", "czech": "cz", "greek": "gr",
    "turkish": "tr", "russian": "ru", "ukrainian": "ua", "hungarian": "hu", "romanian": "ro", "australian": "au",
    "kiwi": "nz", "japanese": "jp", "chinese": "cn", "korean": "kr", "indian": "in", "pakistani": "pk",
    "singaporean": "sg", "thai": "th", "vietnamese": "vn", "indonesian": "id", "filipino": "ph", "malaysian": "my",
    "israeli": "il", "egyptian": "eg", "nigerian": "ng", "kenyan": "ke", "south african": "za", "moroccan": "ma",
    "emirati": "ae", "saudi": "sa", "icelandic": "is", "estonian": "ee", "latvian": "lv", "lithuanian": "lt",
    "croatian": "hr", "serbian": "rs", "slovak": "sk", "slovenian": "si", "bulgarian": "bg", "luxembourgish": "lu"}

# adjectives of countries: "irish donors" -> country = 'Ireland' when the data holds one of these names
DEMONYMS = {
    "irish": ("ireland",), "british": ("uk", "united kingdom", "great britain", "britain", "gb"),
    "english": ("england",), "scottish": ("scotland",), "welsh": ("wales",),
    "american": ("usa", "us", "united states", "united states of america"), "canadian": ("canada",),
    "mexican": ("mexico",), "brazilian": ("brazil",), "argentinian": ("argentina",), "argentine": ("argentina",),
    "chilean": ("chile",), "colombian": ("colombia",), "peruvian": ("peru",), "german": ("germany", "de"),
    "french": ("france", "fr"), "spanish": ("spain", "es"), "italian": ("italy", "it"), "portuguese": ("portugal",),
    "dutch": ("netherlands", "the netherlands", "holland", "nl"), "belgian": ("belgium",), "swiss": ("switzerland",),
    "austrian": ("austria",), "swedish": ("sweden",), "norwegian": ("norway",), "danish": ("denmark",),
    "finnish": ("finland",), "polish": ("poland",), "czech": ("czech republic", "czechia"), "greek": ("greece",),
    "turkish": ("turkey", "turkiye"), "russian": ("russia",), "ukrainian": ("ukraine",), "hungarian": ("hungary",),
    "romanian": ("romania",), "australian": ("australia", "au"), "kiwi": ("new zealand",),
    "japanese": ("japan", "jp"), "chinese": ("china", "cn"), "korean": ("south korea", "korea"),
    "indian": ("india", "in"), "pakistani": ("pakistan",), "singaporean": ("singapore",), "thai": ("thailand",),
    "vietnamese": ("vietnam",), "indonesian": ("indonesia",), "filipino": ("philippines",),
    "malaysian": ("malaysia",), "israeli": ("israel",), "egyptian": ("egypt",), "nigerian": ("nigeria",),
    "kenyan": ("kenya",), "south african": ("south africa",), "moroccan": ("morocco",), "emirati": ("uae",),
    "saudi": ("saudi arabia",), "icelandic": ("iceland",), "estonian": ("estonia",), "latvian": ("latvia",),
    "lithuanian": ("lithuania",), "croatian": ("croatia",), "serbian": ("serbia",), "slovak": ("slovakia",),
    "slovenian": ("slovenia",), "bulgarian": ("bulgaria",), "luxembourgish": ("luxembourg",)}

# words for the two directions of a movement column holding values such as 'IN' / 'OUT' or 'inbound' / 'outbound'
DIRECTION_WORDS = {
    "in": ("received", "receive", "receiving", "receipt", "receipts", "inbound", "incoming", "intake"),
    "out": ("shipped", "ship", "shipping", "outbound", "outgoing", "dispatched", "issued", "sent"),
}

# place names -> the codes a column of codes may hold ("Oregon" -> 'OR', "Germany" -> 'DE')
PLACE_CODES = {
    "alabama": "al", "alaska": "ak", "arizona": "az", "arkansas": "ar", "california": "ca", "colorado": "co",
    "connecticut": "ct", "delaware": "de", "florida": "fl", "georgia": "ga", "hawaii": "hi", "idaho": "id",
    "illinois": "il", "indiana": "in", "iowa": "ia", "kansas": "ks", "kentucky": "ky", "louisiana": "la",
    "maine": "me", "maryland": "md", "massachusetts": "ma", "michigan": "mi", "minnesota": "mn", "mississippi": "ms",
    "missouri": "mo", "montana": "mt", "nebraska": "ne", "nevada": "nv", "new hampshire": "nh", "new jersey": "nj",
    "new mexico": "nm", "new york": "ny", "north carolina": "nc", "north dakota": "nd", "ohio": "oh",
    "oklahoma": "ok", "oregon": "or", "pennsylvania": "pa", "rhode island": "ri", "south carolina": "sc",
    "south dakota": "sd", "tennessee": "tn", "texas": "tx", "utah": "ut", "vermont": "vt", "virginia": "va",
    "washington": "wa", "west virginia": "wv", "wisconsin": "wi", "wyoming": "wy", "district of columbia": "dc",
    "ontario": "on", "quebec": "qc", "british columbia": "bc", "alberta": "ab", "manitoba": "mb",
    "saskatchewan": "sk", "nova scotia": "ns", "new south wales": "nsw", "victoria": "vic", "queensland": "qld",
    "tasmania": "tas", "ireland": "ie", "united kingdom": "gb", "uk": "gb", "great britain": "gb",
    "united states": "us", "usa": "us", "canada": "ca", "mexico": "mx", "brazil": "br", "argentina": "ar",
    "germany": "de", "france": "fr", "spain": "es", "italy": "it", "portugal": "pt", "netherlands": "nl",
    "belgium": "be", "switzerland": "ch", "austria": "at", "sweden": "se", "norway": "no", "denmark": "dk",
    "finland": "fi", "poland": "pl", "greece": "gr", "turkey": "tr", "japan": "jp", "china": "cn",
    "south korea": "kr", "korea": "kr", "india": "in", "australia": "au", "new zealand": "nz", "singapore": "sg",
    "south africa": "za", "nigeria": "ng", "kenya": "ke", "egypt": "eg", "israel": "il"}

# words of a price that was planned, quoted or asked, not paid: "spent" / "paid" take the other money column first
NOT_ACTUAL_MONEY = frozenset({"guide", "reserve", "estimate", "estimated", "list", "asking", "budget", "budgeted",
                              "target", "quoted", "quote", "planned", "expected", "forecast", "retail", "rrp"})
