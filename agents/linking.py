"""Schema and value linking for the offline engine: tokenise a question and match its n-grams to the database.

`SchemaIndex(schema)` is built once (column words, table words, value index); `SchemaIndex.link(question)` returns
a list of `Mention`s in question order: values, columns, tables, numbers, years, months, quarters and cue words.

Example:
    >>> idx = SchemaIndex(schema)                              # doctest: +SKIP
    >>> [m.kind for m in idx.link("total sales in the East")]  # doctest: +SKIP
    ['agg', 'column', 'value']
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from dataclasses import dataclass, field

from agents import lexicon as lx

MAX_NGRAM = 6

NUMBER_KINDS = {"number", "int", "integer", "float", "double", "decimal", "numeric", "real", "bigint", "smallint"}
NON_ADDITIVE_WORDS = frozenset({"price", "rate", "percent", "percentage", "pct", "ratio", "age", "score", "rating",
                                "discount", "temperature", "temp", "latitude", "longitude", "lat", "lon", "lng",
                                "year", "average", "avg", "mean", "probability", "share", "margin", "index", "grade",
                                "level", "star", "per", "speed", "elevation", "height", "weight", "bmi", "gpa",
                                "salary", "wage", "tenure", "duration", "delay", "runtime", "length", "stars",
                                "satisfaction", "nps", "latency", "size", "capacity", "rank", "ranking", "position",
                                "kmh", "kph", "mph", "knots", "gust", "humidity", "pressure", "hpa", "ph", "abv",
                                "bpm", "altitude", "depth", "handicap", "pace", "visibility", "decibels",
                                "haemoglobin", "hemoglobin", "dl", "mmol", "cholesterol", "glucose", "concentration",
                                "reading", "saturation", "oxygen", "moisture", "salinity", "density", "viscosity"})


# words of date columns late in a record's life (or not an event at all): used only when the question says so
LATE_DATE_WORDS = frozenset({
    "end", "ended", "closed", "close", "closing", "delivered", "delivery", "return", "returned", "arrival", "arrived",
    "completed", "resolved", "finished", "birth", "birthdate", "born", "expiry", "expires", "expired", "due", "paid",
    "settled", "cancelled", "terminated", "dropoff", "checkout", "fulfilled", "termination", "exit", "churn",
    "churned", "resignation", "discharge", "discharged", "graduation", "expiration", "completion", "closure",
    "cancellation", "left", "exited", "checked_out", "dropped_off", "ended_at", "finish", "retired", "retirement",
    "discontinued", "decommissioned", "deactivated", "archived", "withdrawn", "decision", "decided", "approved",
    "deregistered", "delisted", "unsubscribed",
    "reviewed", "cleared", "retire", "removed", "removal", "scrapped", "disposed", "adopted", "rehomed",
    "emptied", "clear"})


def stem(word: str) -> str:
    """A crude stem used only for loose matching ("invoiced" ~ "invoice", "shipping" ~ "ship").

    >>> stem("invoiced"), stem("invoice"), stem("shipping"), stem("ship")
    ('invoic', 'invoic', 'ship', 'ship')
    """
    w = lx.lemma(word)
    for suf in ("ations", "ation", "ments", "ment", "ing", "ed", "es", "e", "s", "y", "ly"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w


# irregular past forms of activity verbs that name event tables (swam -> swim_sessions, rode -> rides)
IRREGULAR_PAST = {"swam": "swim", "swum": "swim", "ran": "run", "rode": "ride", "ridden": "ride", "drove": "drive",
                  "driven": "drive", "flew": "flight", "flown": "flight", "taught": "lesson", "sang": "song",
                  "sung": "song", "wrote": "write", "ate": "meal", "dove": "dive", "dived": "dive", "fought": "fight",
                  "threw": "throw"}
PERSON_TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "prof", "professor", "doctor", "coach", "sir", "dame"})
# "which variety gave the biggest harvest": a size adjective before a mass noun ranks the groups by its amount
SIZE_SUPERLATIVES = frozenset({"biggest", "largest", "smallest", "heaviest", "lightest"})


@dataclass
class ColInfo:
    table: str
    name: str
    kind: str
    words: list[str]
    is_pk: bool = False
    is_id: bool = False
    n_distinct: int | None = None
    values: list[str] | None = None
    unique: bool = False
    null_frac: float | None = None  # share of rows where it is NULL (None: unknown)
    derived: bool = False  # computed from other columns (see derived_columns): no values, never a key
    int_flag: bool = False  # a yes/no flag stored as an integer 0/1 (kind "bool" for linking, "= 1" in SQL)

    @property
    def key(self) -> tuple[str, str]:
        return (self.table, self.name)

    @property
    def is_number(self) -> bool:
        return self.kind == "number"

    @property
    def is_date(self) -> bool:
        return self.kind in ("date", "datetime")

    @property
    def is_bool(self) -> bool:
        return self.kind == "bool"

    @property
    def is_text(self) -> bool:
        return self.kind == "text"

    @property
    def is_measure(self) -> bool:
        """Numeric and not an identifier / code: something to aggregate."""
        return self.is_number and not self.is_id and not self.is_yearlike

    @property
    def is_substance_amount(self) -> bool:
        """A stored amount counted in kilos, litres or tonnes (weight_kg, yield_litres): it adds up."""
        return self.is_measure and not self.is_money and not self.derived and bool(self.words) and \
            lx.lemma(self.words[-1]) in SUBSTANCE_UNITS

    @property
    def is_yearlike(self) -> bool:
        # "model_year", "birth_year" are years; "years_experience", "yearsOfService" count years
        return self.is_number and bool(set(self.words) & {"year", "yr"}) and len(set(self.words) - {"of"}) <= 2 and \
            "years" not in self.name.lower()

    @property
    def is_birth_year(self) -> bool:
        # "holder_birth_year", "captain_birth_year": a person's birth year, a year to compare with "born before 1960"
        return self.is_number and {"birth", "year"} <= set(self.words) and len(self.words) <= 3

    @property
    def is_money(self) -> bool:
        # gross_score, net_weight_kg: "gross" / "net" are money words only when nothing names another quantity
        money = set(self.words) & lx.MONEY_WORDS
        return self.is_measure and bool(money) and not (
            money <= {"gross", "net"} and set(self.words) & _NOT_MONEY_NOUNS)

    @property
    def additive(self) -> bool:
        # "total_price", "sum_amount": a column that is itself a total adds up
        # "discount_amount", disc_amt: money given, not a rate
        w = self.words
        per = w.index("per") if "per" in w else -1
        if 0 <= per < len(w) - 1 and w[per + 1] in ("year", "month", "week", "day") and \
                len(set(w) & NON_ADDITIVE_WORDS) == 2:  # (est_saving_kwh_per_year: yearly savings add up)
            return True
        return bool(set(self.words) & {"total", "sum", "subtotal", "amount"}) or not (
            set(self.words) & NON_ADDITIVE_WORDS)

    @property
    def is_label(self) -> bool:
        return self.is_text and bool(set(self.words) & set(lx.LABEL_WORDS))


# nouns of a quantity that is not money, whatever money word qualifies it (gross_score, net_weight_kg, net_tonnes)
_NOT_MONEY_NOUNS = frozenset({"score", "weight", "kg", "tonnes", "tonne", "tons", "ton", "points", "yield", "height",
                              "mass", "volume", "litres", "liters", "count", "putts", "strokes", "calories"})

# words of a date column that says when a record starts its life (order_date, created_at, booked_on)
_LIFE_START_WORDS = frozenset({
    "order", "invoice", "transaction", "sale", "created", "date", "purchase", "payment", "departure", "event",
    "booking", "hire", "signup", "start", "release", "timestamp", "submitted", "submission", "received", "filed",
    "reported", "logged", "placed", "applied", "requested", "enrolled", "admitted", "admission", "registered",
    "opened", "alarm"})
_LIFE_START_STEMS = frozenset({"order", "purchas", "invoic"})
# the occasion a booking or a ticket is for: "bookings in 2024" are dated by when they are played, not made
_OCCASION_WORDS = frozenset({"event", "session", "service", "match", "game", "show", "performance", "trip", "flight",
                             "scheduled", "planned", "play", "played", "visit", "appointment", "screening", "lesson",
                             "class", "slot"})


@dataclass
class TableInfo:
    name: str
    words: list[str]
    columns: dict[str, ColInfo]
    row_count: int = 0
    pk: list[str] = field(default_factory=list)
    fks: list = field(default_factory=list)  # (column, ref_table, ref_column)

    @property
    def has_name_parts(self) -> bool:
        """First and last name columns: a row is a person (pass_holders, fencers)."""
        return {"first", "last"} <= {w for c in self.columns.values() for w in c.words}

    @property
    def looks_like_people(self) -> bool:
        """Rows of people though the table's name does not say so: first and last names, or a birth date."""
        return self.has_name_parts or any(set(c.words) & BIRTH_WORDS for c in self.columns.values())

    def label_column(self) -> ColInfo | None:
        """The column naming one row: name/title text column, else a text column, else the primary key."""
        cols = list(self.columns.values())
        ent = set(self.words) | {lx.lemma(w) for w in self.words}  # adverseEvents -> eventTerm
        best, best_score = None, -1.0
        for c in cols:
            if not c.is_text:
                continue
            score = 0.0
            if c.is_label:
                score += 3
            if set(c.words) & ent:
                score += 1
            if c.unique:
                score += 1
            if c.n_distinct:
                score += min(c.n_distinct, 1000) / 2000
            if score > best_score:
                best, best_score = c, score
        if best is not None and best_score >= 1:
            return best
        pk = [self.columns[p] for p in self.pk if p in self.columns]
        if pk:
            return pk[0]
        return best or (cols[0] if cols else None)

    def date_columns(self) -> list[ColInfo]:
        return [c for c in self.columns.values() if c.is_date]

    def main_date(self, prefer_new: bool = False) -> ColInfo | None:
        """The date column a time question is about: named after the table / events, else the first one. A birth
        date is never it ("dogs groomed in December" is not about dogs born in December)."""
        dates = [c for c in self.date_columns() if not set(c.words) & BIRTH_WORDS]
        if not dates:
            return None

        def score(c: ColInfo) -> float:
            s = 0.0
            ws = set(c.words)
            if prefer_new and ws & set(lx.NEW_DATE_WORDS):
                s += 5
            if ws & set(self.words) or {stem(w) for w in ws} & {stem(w) for w in self.words}:
                s += 2  # "ship_date" of the shipments table, "loanDate" of loans
            if ws & _OCCASION_WORDS and c.null_frac == 0:
                s += 1.5  # a booking's event_date is what "weddings in 2024" means, not the day it was booked
            if ws & {"booked", "reserved", "created"} and any(set(d.words) & _OCCASION_WORDS and d.null_frac == 0
                                                               for d in dates if d is not c):
                s -= 1.5  # "bookings in 2024": the play date of the booking, not bookedAt
            if ws & {"date", "day"} and not ws & (_LIFE_START_WORDS - {"date"}) and not ws & set(self.words) and \
                    any(set(d.words) & _LIFE_START_WORDS - {"date"} and d.null_frac == 0 for d in dates if d is not c):
                s -= 0.5  # "claims last year": the day they were reported, not an incident_date before the claim
            if ws & _LIFE_START_WORDS or {stem(w) for w in ws} & _LIFE_START_STEMS:
                s += 1  # the date a record starts its life ("orderedAt" as much as "order_date")
            if ws & ({"ship", "shipped", "shipping", "updated", "modified", "deleted", "due", "expiry", "expires",
                      "last", "cancel", "cancelled"} | LATE_DATE_WORDS) and c.null_frac != 0:
                s -= 2  # a later step (delivered_at) that some rows have not reached; a port call's arrived_at that
                # every row has is where its life starts
            if ws & {"promised", "expected", "estimated", "target", "due", "deadline"}:
                s -= 3  # a promised date is a plan: the ticket is dated by what happened (dropped_off_at)
            if (c.null_frac or 0) > 0.01 and any(d.null_frac == 0 for d in dates if d is not c):
                s -= 1.5  # a date some rows lack (completed_date) comes after the one every row has (booked_at)
            return s - dates.index(c) * 0.1

        return max(dates, key=score)


@dataclass
class Mention:
    start: int
    end: int
    kind: str  # value|column|table|number|year|month|quarter|date|cue|word|stop|quoted
    text: str
    data: dict = field(default_factory=dict)
    role: str | None = None  # set by the parser


def normalize_text(text: str) -> list[str]:
    """Lower-case word tokens of a value or a phrase (punctuation splits words).

    >>> normalize_text("Sub-Category: Office Supplies!")
    ['sub', 'category', 'office', 'supplies']
    """
    # "500mg" is said "500 mg" / "500mg" alike; a short code such as "3D" or "12A" stays one word
    text = re.sub(r"(\d+)([a-z]+)", lambda m: m.group(0) if _is_code(m.group(1), m.group(2)) else
                  f"{m.group(1)} {m.group(2)}", text.lower())
    return [t for t in re.split(r"[^0-9a-z\u00c0-\u024f]+", text) if t]


def _signed_codes(text: str) -> str:
    """ "AB-", "O+" (blood groups): the sign said as a word, as the value index holds them ('O-' is "o negative").

    >>> _signed_codes("donors in group AB- or O+, not e-bikes")
    'donors in group AB negative or O positive, not e-bikes'
    """
    return re.sub(r"(?<![\w+-])([a-z]{1,2})([+-])(?![\w+-])",
                  lambda m: m.group(1) + (" positive" if m.group(2) == "+" else " negative"), text, flags=re.I)


def _is_code(digits: str, letters: str) -> bool:
    """ "3d", "12a", "5g" are codes; "500mg", "4k", "1st" are a number and a unit."""
    return len(digits) <= 2 and len(letters) <= 2 and letters not in (
        NUMBER_SCALES + ORDINAL_ENDINGS + NUMBER_UNITS + ("l",))


# letters written right after a number: a scale ("4k"), an ordinal ending ("1st") or a unit ("500mg")
NUMBER_SCALES = ("k", "m", "b", "bn", "mn")
ORDINAL_ENDINGS = ("st", "nd", "rd", "th")
NUMBER_UNITS = ("mg", "mcg", "ml", "kg", "g", "gb", "tb", "mb", "km", "cm", "mm", "kwh", "kw", "lbs", "lb", "oz", "px",
                "hz", "min", "mins", "hrs", "hr", "h")


_TOKEN_RE = re.compile(
    r"\"[^\"]+\"|'[^']{2,}'(?=\W|$)|“[^”]+”"  # quoted strings
    r"|\d{4}-\d{2}(?:-\d{2})?(?![\d])"  # dates
    rf"|\d{{1,2}}(?:{'|'.join(ORDINAL_ENDINGS)})\b"  # ordinals
    rf"|\d+(?:\.\d+)?(?=(?:{'|'.join(NUMBER_UNITS)})\b)"  # "500kg": 500, then the unit
    rf"|\d{{1,2}}(?!(?:{'|'.join(NUMBER_SCALES + ORDINAL_ENDINGS)})\b)[a-z]{{1,2}}\b"  # codes: "3D", "12A", "5G"
    r"|\d{3,}s\b"  # a plural number is a word: "total 180s" (count_180s), "the 1990s"
    r"|[$€£]?\d(?:[\d,]*\d)?(?:\.\d+)?(?:\s?(?:k|m|bn|b|%|mn|million|thousand|billion)(?![a-z/]))?(?![a-z])"  # numbers
    # ("12 m/s" is a speed: 12, then the unit)
    r"|[a-z\u00c0-\u024f][a-z0-9\u00c0-\u024f]*(?:['’][a-z]+)?"  # words
    r"|>=|<=|<>|!=|[<>=,&%]",
    re.IGNORECASE,
)


_MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"]


def _month_span(m: re.Match) -> str:
    """ "June to August" -> "in june, july and august" (each month of the span named; a span over new year is kept)."""
    a, b = _MONTH_NAMES.index(m.group(1).lower()), _MONTH_NAMES.index(m.group(2).lower())
    text = m.group(0).lower()
    if b <= a or text.startswith("between") and " and " not in text or " and " in text and \
            not text.startswith("between"):
        return m.group(0)  # ("in May, June and September": three months, not June to September)
    if m.group(3):  # "March to May 2024": one span of dates
        end = dt.date(int(m.group(3)) + (b == 11), (b + 1) % 12 + 1, 1) - dt.timedelta(days=1)
        return f"between {m.group(3)}-{a + 1:02d}-01 and {end.isoformat()}"
    names = _MONTH_NAMES[a:b + 1]
    return "in " + ", ".join(names[:-1]) + " and " + names[-1]  # ("in": a weak month such as May reads as one)


def tokenize(question: str) -> list[str]:
    """Question tokens, lower-case; quoted strings stay whole; dates before numbers.

    >>> tokenize('Top five "New York" sales over $1,500 in Q3 2016 since 2016-07-01')
    ['top', 'five', '"New York"', 'sales', 'over', '$1,500', 'in', 'q3', '2016', 'since', '2016-07-01']
    """
    q = _signed_codes(question.replace("’", "'"))
    q = re.sub(r"(\d{4}-\d{2}(?:-\d{2})?)", r" \1 ", q)
    q = re.sub(r"\b(in|on|off)-(store|site|line|premise|premises|campus)\b", r"\1\2", q, flags=re.I)  # "instore"
    q = re.sub(r"\b([A-Za-z])&([A-Za-z])\b", r"\1\2", q)  # "Q&A", "B&B", "R&D": one word (has_qa)
    q = re.sub(r"\bhalf an hour\b|\bhalf[- ]hour\b", "30 minutes", q, flags=re.I)
    q = re.sub(r"\b(?:a )?quarter of an hour\b", "15 minutes", q, flags=re.I)
    q = re.sub(r"\b(than|over|under|least|most|within) a (fortnight|week)\b",
               lambda g: f"{g.group(1)} {14 if g.group(2).lower() == 'fortnight' else 7} days", q, flags=re.I)
    q = re.sub(r"\b(what|who|where|when|how|which|that|there|here)'s\b", r"\1 is", q, flags=re.I)  # "what's the ..."
    q = re.sub(r"\b(we|you|they|i)'(ve|re|ll|d)\b", lambda g: f"{g.group(1)} " + {"ve": "have", "re": "are",
               "ll": "will", "d": "had"}[g.group(2).lower()], q, flags=re.I)  # "we've ever carried"
    q = re.sub(r"\b(?:(?:an?|one)\s+)?(hour|minute|day|week)[- ]long\b", r"1 \1", q, flags=re.I)  # "an hour-long class"
    q = re.sub(r"\b(\d+)-(hour|minute|min|day|week)s?\b", r"\1 \2", q, flags=re.I)  # "90-minute classes"
    q = re.sub(r"\b(right now|at the moment|at present|as of now|as of today)\b", "currently", q, flags=re.I)
    q = re.sub(r"\bwhat time\b(?=.*\b(most|usually|typically|busiest)\b)", "which hour of the day", q,
               flags=re.I)  # "what time do most screenings start": the hours ranked
    q = re.sub(r"\bwhat day\b(?=.*\b(most|usually|typically|busiest)\b)", "which day of the week", q,
               flags=re.I)  # "what day do we train most"
    q = re.sub(r"\b(and|or) (over|above|under|below)(?= [£$€]?\d[\d,.]*\b)",
               lambda g: f"{g.group(1)} {'more' if g.group(2) in ('over', 'above') else 'less'} than", q,
               flags=re.I)  # "in 2024 and over 600": a new bound, not "2024 and over"
    q = re.sub(r"\b(an?|one) (hour|day|week|year|minute) and a half\b", r"1.5 \2s", q, flags=re.I)
    q = re.sub(r"\b(\d+) and a half\b", r"\1.5", q, flags=re.I)  # "longer than 2 and a half hours": 2.5 hours
    q = re.sub(r"\b(check|sign|log)-(ins?|outs?)\b", r"\1\2", q, flags=re.I)  # "check-ins"
    q = re.sub(r"\bsign[- ]ups?\b", "registrations", q, flags=re.I)  # "student sign-ups per year": registrations
    q = re.sub(r"\b(?:ended|ending|ends|end|resulted|resulting|results) in (?:a |an )?([a-z]+)\b",
               lambda g: f"were {lx.EVENT_NOUNS[g.group(1).lower()]}" if g.group(1).lower() in lx.EVENT_NOUNS
               else g.group(0), q, flags=re.I)  # "enrolments that ended in a withdrawal": were withdrawn
    q = re.sub(r"\b(ended|ends|end) up (?=(being )?[a-z]+ed\b)", "were ", q, flags=re.I)  # "ended up cancelled"
    q = re.sub(r"\b(not counting|without counting|leaving out|leave out|ignoring|ignore|disregarding|disregard)\b",
               "excluding", q, flags=re.I)
    q = re.sub(r"\b(excluding|without|except|minus) (?:the |any )?(cancellations|refunds|returns|withdrawals|"
               r"rejections|dismissals|removals|terminations)\b",
               lambda g: f"{g.group(1)} {lx.EVENT_NOUNS[lx.lemma(g.group(2).lower())]} ones", q,
               flags=re.I)  # "leave out cancellations": the rows not cancelled
    q = re.sub(r"\b(?:leave|leaving|take|taking|keep|keeping) ((?:the )?[a-z][\w-]*(?: [a-z][\w-]*)?) out\b",
               r"excluding \1", q, flags=re.I)  # "leave juniors out", "take the cave out"
    q = re.sub(r"(^|,\s*)(?!(?:which|what|who|how|were|was|are|is|they|those|these|them|it|any|none)\b)"
               r"((?:the )?[a-z][\w-]*(?: [a-z][\w-]*)?) (?:excluded|left out|not included)(?=\s*[?.!]?\s*$)",
               r"\1excluding \2", q, flags=re.I)  # "top 5 owners by spend, no-shows excluded"
    q = re.sub(r"\b(part|full)[- ]time(rs?)?\b", r"\1time", q, flags=re.I)  # "part-time officers": one word
    q = re.sub(r"\bin[- ]house\b", "inhouse", q, flags=re.I)
    q = re.sub(r"\bone[- ]offs?\b", "oneoff", q, flags=re.I)  # "one-off prescriptions": not repeat ones
    q = re.sub(r"^\s*(?:(?:what|which) (?:are|were) )?(?:the|our) (?=(?:top )?(?:\d+|two|three|four|five|six|seven|"
               r"eight|nine|ten) (?:[a-z]+ )?[a-z]+s\b.*\b(?:most|least|fewest|best|worst|highest|lowest|biggest|"
               r"smallest)\b)",
               "which ", q, flags=re.I)  # "what are the 3 genres children borrow most": which 3 genres
    q = re.sub(r"\b(?:by|per|for each|on) where (?:they|he|she|people|each one|[a-z]+s) "
               r"(?:live|lives|are based|come from)\b", "by town", q, flags=re.I)  # "split by where they live"
    q = re.sub(r"\bweek[- ]day(s?)\b", r"weekday\1", q, flags=re.I)  # "bins filled per week day"
    q = re.sub(r"\b(?:(?:were|was|are|is|been|went|came|given|offered|done|made) )?(?:free of charge|for free(?=\s*"
               r"(?:$|[?.,!;]|\b(?:in|on|at|during|last|this|since|before|after|by|per|and|or|to|from|with)\b))|"
               r"at no (?:cost|charge)|without charge)\b", " with a charge of 0", q, flags=re.I)  # "free loans"
    # (but "eligible for free meals" names a free_meals flag)
    q = re.sub(r"\b(?:are |is |still |currently )?in (service|use|operation)\b", r" inservice", q, flags=re.I)
    q = re.sub(r"\bin advance\b", "ahead", q, flags=re.I)  # "how many days in advance do customers book"
    q = re.sub(r"\b(came|come|comes|coming|brought|got) back\b", "returned", q, flags=re.I)  # "loans that came back"
    q = re.sub(r"\b(had|has|have|with|got|recorded) zero\b", r"\1 0", q, flags=re.I)  # "had zero delay": exactly 0
    q = re.sub(r"\b(brought|bring|brings|took|take|takes|pulled) in (?=(more|over|less|under|at least|above|below|"
               r"[$£€]|\d))", "earned ", q, flags=re.I)  # "categories that brought in more than 150k"
    q = re.sub(r"\b(\w+(?:ed|ght|ld|de|id|ad|ot|on)) nothing\b", r"never \1 anything", q,
               flags=re.I)  # "which ringers caught nothing in 2024": never caught anything
    q = re.sub(r"\b(?:still |currently )?out on loan(?: right now| at the moment| currently| today)?",
               " still out on loan", q, flags=re.I)
    q = re.sub(r"\b(?:was |were |is |are |has been |have been )?(?:not|never) (?:been )?"
               r"(?:recorded|entered|filled in|logged|captured)\b(?!\s+(?:a|an|any|the|one|anything)\b)",
               " unrecorded", q, flags=re.I)  # not recorded ("never logged an ascent" is about ascents)
    q = re.sub(r"(,\s*|\b(?:with|and) )((?:the )?[a-z][\w-]*(?: [a-z][\w-]*)?) aside\b", r"\1excluding \2", q,
               flags=re.I)  # "touch-ups aside": excluding touch-ups
    q = re.sub(r"\b(and|or|vs|versus) the (?=(?:most|least|highest|lowest|biggest|smallest|cheapest|priciest|dearest|"
               r"costliest|largest|longest|"
               r"shortest|oldest|youngest|latest|earliest|max|min|maximum|minimum|average|median|total)\b)", r"\1 ", q,
               flags=re.I)  # "the cheapest and the most expensive session": one pair of aggregates
    q = re.sub(r"\b(?:ran|run|runs|running|went|go|goes|going|overran|overrun) (?:past|beyond|over|longer than) (?=\d)",
               "lasted more than ", q, flags=re.I)  # "jobs that ran past 75 minutes"
    q = re.sub(r"\b(?:counting|looking at|considering) only\b|\bonly (?:counting|looking at|considering)\b", "only", q,
               flags=re.I)  # "and counting only 2023": a condition, not a count column
    q = re.sub(r"\b(?:(?:are|is|were|was|have|has|had)(?: not|n't)(?: been)?|not|never(?: been)?)\s+(?:linked|attached|"
               r"assigned|connected|tied|associated|allocated)\s+(?:to|with)\s+(?:any|a|an)\b", " without a", q,
               flags=re.I)  # "vehicles that aren't linked to any account": without an account
    q = re.sub(r"\b(most|least) (?:common|frequent|usual|typical|popular) "
               r"(?=(?:[a-z]+ )?(?:hour|day|weekday|month|time|year|quarter|week)s?\b)",
               lambda m: "busiest " if m.group(1).lower() == "most" else "quietest ", q,
               flags=re.I)  # "the most common hour for a move to start"
    q = re.sub(r"\b(paid|spent|made|placed|given|charged|sold|bought|booked|ordered|earned|received) by ((?:the |our )?"
               r"[a-z]+s) (?=(?:in|for|at|from) (?:each|every)\b|per\b)", r"\1 of \2 ", q,
               flags=re.I)  # "fee paid by customers in each area": the customers' fees, by area (not by customer)
    q = re.sub(r"\b(?:who |that )?(?:live|lives|living|reside|resides|residing|are based|is based|based|located) "
               r"(in|at|near)\b", r"\1", q, flags=re.I)  # "backers who live in Canada": not 'live' campaigns
    q = re.sub(r"\b(\d[\d,.]*) ([a-z]+(?: [a-z]+)?) or (more|over|above|greater|higher|longer|bigger|less|fewer|under|"
               r"below|lower|shorter|smaller)\b", lambda m: ("at least " if m.group(3).lower() in (
                   "more", "over", "above", "greater", "higher", "longer", "bigger") else "at most ") +
               f"{m.group(1)} {m.group(2)}", q, flags=re.I)  # "shipments of 2 bags or more": at least 2 bags
    q = re.sub(r"\b(\d[\d,.]*) or (over|more|above|older|higher|under|less|below|younger|lower)\b(?!\s+than\b)",
               lambda m: ("at least " if m.group(2).lower() in ("over", "more", "above", "older", "higher") else
                          "at most ") + m.group(1), q, flags=re.I)  # "those 60 or over": at least 60
    q = re.sub(r"\bin a single (?=(?:round|game|match|session|day|night|shift|race|heat|innings|quiz)\b)", "in a ", q,
               flags=re.I)  # "highest score in a single round": any one round, not round 1
    q = re.sub(r"\b(?:from |between )?(january|february|march|april|may|june|july|august|september|october|november|"
               r"december) (?:to|through|thru|till|until|and|-|\u2013) (january|february|march|april|may|june|july|"
               r"august|september|october|november|december)\b(?: (?:of )?(\d{4})\b)?", _month_span, q,
               flags=re.I)  # "June to August"
    q = re.sub(r"\b(after|before|past|beyond|until|till|by|up to|within) the (\d+)(?:st|nd|rd|th)\b"
               r"(?! (?:of|day|week)\b)(?!\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
               lambda m: ("after" if m.group(1).lower() in ("past", "beyond") else m.group(1)) + " " + m.group(2), q,
               flags=re.I)  # "after the 90th minute": a bound on the number, not an ordinal
    q = re.sub(r"\b(?:in |during |within )?the (?:opening|first) (\d+) (minutes?|hours?|days?|weeks?|months?|laps?|"
               r"overs?|rounds?)\b", r"within \1 \2", q, flags=re.I)  # "in the opening 15 minutes"
    q = re.sub(r"\b(\d{1,2})(?::00)?\s*([ap])\.?m\.?(?=\W|$)", r"\1\2m", q, flags=re.I)  # "8 pm", "8:00pm" -> "8pm"
    q = re.sub(r"\b(\d{1,2})(?::00)? ?(to|and|-|till|until) ?(\d{1,2}[ap]m)\b",
               lambda m: f"{m.group(1)}{m.group(3)[-2:]} {'to' if m.group(2) == '-' else m.group(2)} {m.group(3)}", q,
               flags=re.I)  # "7 to 9am": 7am to 9am
    q = re.sub(r"\b(?:a )?(minimum|min|maximum|max)(?: of)? (\d+) (?=[a-z])", lambda m: ("at least " if m.group(1)[
        :3] == "min" else "at most ") + m.group(2) + " ", q, flags=re.I)  # "minimum 30 games": at least 30 games
    q = re.sub(r"\b(?:what|how much(?: money)?) (?:did|do|does|have|has) (?:we|they|you|it) (?:take|taken|earn|earned)"
               r"(?= for\b| from (?:them|those|these)\b|\s*[?.!]*$)", "how much revenue", q,
               flags=re.I)  # "what did we take for them": the money taken ("take in March" has its own rule)
    q = re.sub(r"\b(?:on |at )?(?:the )?(weekends?|weekdays?) ?(?:vs\.?|versus|or|compared (?:to|with)|against|and) ?"
               r"(?:on |at )?(?:the )?(weekends?|weekdays?)\b", lambda m: "by weekpart" if m.group(1)[:8] !=
               m.group(2)[:8] else m.group(0), q, flags=re.I)  # "weekends vs weekdays": one group for each
    q = re.sub(r"\b(?:the )?same (?:quarter|month|week|period|time|months|weeks) (?:of |in )?(?:last year|"
               r"the (?:previous|prior) year|the year before|a year (?:earlier|before|ago))\b", "the year before", q,
               flags=re.I)  # "same quarter last year?": the previous turn's period, a year earlier
    q = re.sub(r"\bthe (\d+) (?=(?:we|they|you|that|which|who)\b[^.?!]*?\b(least|fewest|lowest|most|highest)\b)",
               lambda m: f"the {'bottom' if m.group(2) in ('least', 'fewest', 'lowest') else 'top'} {m.group(1)} ", q,
               flags=re.I)  # "the 3 we bake least of": the bottom 3
    q = re.sub(r"\b(than|over|under|least|most) (an|a|one) (hour|minute|day|week|year)\b", r"\1 1 \3s", q,
               flags=re.I)  # "lasted more than an hour": 1 hours
    q = re.sub(r"\bwithin (\d+(?:\.\d+)?) ?(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b",
               r"within at most \1 \2", q, flags=re.I)  # "fixed within 24 hours": a duration of at most 24 hours
    out = []
    for m in _TOKEN_RE.finditer(q):
        t = m.group(0)
        if t[0] in "\"'“":
            out.append(t)
        elif t == "%":
            out.append("percent")  # "on-time %", "what % of orders"
        else:
            t = t.strip().lower().replace("’", "'")  # "in 2024 - how many": the year, not "2024 "
            out.append(t[:-2] if t.endswith("'s") and len(t) > 3 else t)  # "Sofia Marin's deals"
    return out


def parse_number(tok: str) -> tuple[float, bool] | None:
    """(value, is_percent) of a numeric token, or None.

    >>> parse_number("$1,500"), parse_number("100k"), parse_number("10%"), parse_number("2.5m")
    ((1500.0, False), (100000.0, False), (10.0, True), (2500000.0, False))
    """
    m = re.fullmatch(r"[$€£]?(\d[\d,]*(?:\.\d+)?)\s?(k|m|bn|b|%|mn|million|thousand|billion)?", tok.strip())
    if not m:
        return None
    try:
        v = float(m.group(1).replace(",", ""))
    except ValueError:
        return None
    suf = (m.group(2) or "").lower()
    mult = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9}
    return v * mult.get(suf, 1.0), suf == "%"


def _column_kind(col) -> str:
    kind = (getattr(col, "kind", None) or "").lower()
    if kind in ("number", "text", "date", "datetime", "bool", "other"):
        return kind
    t = (getattr(col, "type", "") or "").lower()
    if any(x in t for x in ("bool",)):
        return "bool"
    if "timestamp" in t or "datetime" in t:
        return "datetime"
    if "date" in t:
        return "date"
    if any(x in t for x in ("int", "float", "double", "decimal", "numeric", "real", "number", "money")):
        return "number"
    if any(x in t for x in ("char", "text", "string", "clob", "varchar", "enum", "uuid")):
        return "text"
    return "other"


BIRTH_WORDS = frozenset({"birth", "born", "dob", "birthdate", "birthday"})
START_DATE_WORDS = frozenset({"start", "started", "pickup", "checkin", "opened", "open", "created", "begin", "from",
                              "departure", "loan", "rental", "order", "ship", "shipped", "booked", "admission",
                              "admitted", "enrolled", "signup", "hire", "hired", "issued", "requested"})
DERIVED_RE = re.compile(
    r"^@(age_year|age_date|days|minutes|line_total|left|hour|plus|day)\(([^,()]+)(?:,([^,()]+))?\)$")
QUANTITY_WORDS = frozenset({"quantity", "qty", "units", "unit_count", "count"})


def parse_derived(name: str) -> tuple[str, list[str]] | None:
    """The formula of a derived column name, or None for a stored column.

    >>> parse_derived("@age_year(birth_year)"), parse_derived("@days(start_date,end_date)"), parse_derived("age")
    (('age_year', ['birth_year']), ('days', ['start_date', 'end_date']), None)
    """
    m = DERIVED_RE.match(name or "")
    if not m:
        return None
    return m.group(1), [a for a in m.group(2, 3) if a]


def time_unit_seconds(name: str, words: list[str]) -> int | None:
    """Seconds per unit of a duration column: derived minutes / days, or the one time unit its name says.

    >>> time_unit_seconds("@minutes(a,b)", ["duration"]), time_unit_seconds("durationSec", ["duration", "second"])
    (60, 1)
    """
    d = parse_derived(name)
    if d is not None:
        return {"minutes": 60, "days": 86400}.get(d[0])
    units = [lx.TIME_UNIT_SECONDS[w] for w in words if w in lx.TIME_UNIT_SECONDS]
    return units[0] if len(units) == 1 else None


def derived_words(name: str) -> list[str] | None:
    """Readable words of a derived column ("age", "days from pickup date to return date"), else None."""
    d = parse_derived(name)
    if d is None:
        return None
    kind, args = d
    if kind.startswith("age"):
        return ["age"]
    if kind == "line_total":  # qty x unit_cost is a cost, qty x price a sale
        return ["cost", "value"] if "cost" in lx.split_name(args[1].split(".")[-1]) else ["sales", "value"]
    if kind == "hour":
        return ["hour", "of", *lx.split_name(args[0])]
    if kind == "day":
        return ["day", "of", *lx.split_name(args[0])]
    if kind == "left":
        return ["unsold", *[w for w in lx.split_name(args[0]) if w not in CAPACITY_WORDS]]
    if kind == "plus":
        return [*lx.split_name(args[0]), "plus", *lx.split_name(args[1])]
    return [kind, "from", *lx.split_name(args[0]), "to", *lx.split_name(args[1])]


# abbreviations inside multi-word values ('Trade Acct', 'Main St') that questions spell out
VALUE_ABBREVIATIONS = frozenset({"acct", "ave", "rd", "dept", "mgmt", "intl", "natl", "svc", "svcs", "govt",
                                 "univ", "hosp", "ctr", "cntr", "bldg", "sr", "jr", "assoc", "corp", "inc"})
# the last word of a table named "<event> <record noun>": the event word alone names the table (wash_txns)
RECORD_NOUNS = frozenset({"txn", "transaction", "record", "log", "entry", "event", "history", "fact", "data", "row",
                          "trx", "tx"})
HEAD_NOT_TABLE = frozenset({"month", "year", "quarter", "date", "time", "detail", "info", "item", "line", "type",
                            "list"})
NOUN_SUFFIXES = ("al", "ure", "ion", "ation", "ment", "y", "ance", "ence", "ement")


def noun_of_verb(verb: str, noun: str) -> bool:
    """ "arrived" / "arrival", "enrolled" / "enrollment", "delivered" / "delivery": a past form and its noun.

    >>> noun_of_verb("arrived", "arrival"), noun_of_verb("arrived", "arrow")
    (True, False)
    """
    if verb in lx.VERB_OF_PAST:  # "paid" / "payment"
        return noun == lx.VERB_OF_PAST[verb] + "ment"
    if verb.endswith("itted") and len(verb) > 7:  # "submitted" / "submission", "admitted" / "admission"
        return noun == verb[:-5] + "ission"
    if not verb.endswith("ed") or len(verb) < 6:
        return False
    stems = {verb[:-2], verb[:-1], verb[:-3] if verb[-3] == verb[-4] else verb[:-2]}  # "enrolled" -> "enrol"
    stems |= {b[:-1] for b in stems if b.endswith("e")}
    return any(len(b) >= 5 and noun.startswith(b) and noun[len(b):] in NOUN_SUFFIXES for b in stems)


OPENING_WORDS = frozenset({"opened", "founded", "established", "built", "launched", "opening", "inaugurated", "planted",
                           "installed", "commissioned", "manufactured", "constructed", "bought", "acquired",
                           "purchased", "build", "construction", "manufacture", "install", "installation"})


_PAST_OF_VERB = {base: past for past, base in lx.VERB_OF_PAST.items()}


def looks_like_names(values: list) -> bool:
    """Do most values read as people's names (two or three capitalised words: 'Odette Varga', 'Big Al Thorne')?

    >>> looks_like_names(["Odette Varga", "Lorcan Hollis"]), looks_like_names(["Brook Road", "north"])
    (True, False)
    """
    names = [v for v in values if isinstance(v, str) and re.fullmatch(r"[A-Z][a-z'.-]+( [A-Z][A-Za-z'-]+){1,2}", v)]
    return len(names) >= 0.8 * len(values)


def amount_unit(c: ColInfo) -> tuple[str, float] | None:
    """(quantity, size) of the unit a stored amount is counted in: weight_kg -> ("mass", 1.0), volume_ml -> ("volume",
    0.001); None for money, derived or unitless columns."""
    if not c.is_measure or c.is_money or c.derived or not c.words:
        return None
    return lx.AMOUNT_UNITS.get(lx.lemma(c.words[-1]))


def _later_in_rows(rows: list[dict], first: str, second: str) -> bool:
    """Do the sample rows that hold both dates all have `second` after `first`?

    >>> _later_in_rows([{"a": "2024-01-01 09:00", "b": "2024-01-01 09:40"}], "a", "b")
    True
    """
    both = [(str(r[first]), str(r[second])) for r in rows if r.get(first) is not None and r.get(second) is not None]
    return bool(both) and all(x < y for x, y in both)


def derived_columns(tname: str, cols: dict[str, ColInfo], rows: list[dict] | None = None) -> list[ColInfo]:
    """Numbers an analyst asks about that no column stores: an age from a birth date or birth year, and the days
    between a table's start and end dates (a rental's length, a ticket's time to resolve).

    >>> [c.name for c in derived_columns("p", {"dob": ColInfo("p", "dob", "date", ["dob"])})]
    ['@age_date(dob)']
    """
    out: list[ColInfo] = []
    words = {w for c in cols.values() for w in c.words}
    birth = [c for c in cols.values() if set(c.words) & BIRTH_WORDS and (c.is_date or c.kind == "number")]
    aged = any("age" in c.words and c.kind == "number" for c in cols.values())  # (an age_group band is no age)
    if len(birth) == 1 and not aged:
        b = birth[0]
        kind = "age_date" if b.is_date else "age_year"
        out.append(ColInfo(table=tname, name=f"@{kind}({b.name})", kind="number", words=["age"], derived=True))
    opened = [c for c in cols.values() if (c.is_date and c.kind != "datetime" or c.kind == "number" and "year" in
                                           c.words) and set(c.words) & OPENING_WORDS]  # (a sale's opened_at: no age)
    if not birth and len(opened) == 1 and "age" not in words:
        # "how many years has each shop been open", "how old is each cinema", "vessels built in yr_built": years
        # since it opened or was built
        kind = "age_date" if opened[0].is_date else "age_year"
        out.append(ColInfo(table=tname, name=f"@{kind}({opened[0].name})", kind="number",
                           words=["age"], derived=True))
    line = _line_total(cols)
    if line is not None:
        q, price = line
        cost = "cost" in price.words and not set(price.words) & {"price", "sale", "sales", "selling"}
        out.append(ColInfo(table=tname, name=f"@line_total({q.name},{price.name})", kind="number",
                           words=["cost", "value", "spend"] if cost else ["revenue", "sales", "value", "turnover"],
                           derived=True))  # quantity x unit cost: what stock cost, not what was sold
    stock = stock_pair(cols)
    if stock is not None:  # "how many loaves went unsold", "empty seats": capacity minus what was taken
        cap, used = stock
        out.append(ColInfo(table=tname, name=f"@left({cap.name},{used.name})", kind="number",
                           words=sorted(LEFT_OVER_WORDS), derived=True))
    for add in [c for c in cols.values() if c.is_measure and not c.derived and set(c.words) & ADDON_WORDS]:
        unit = time_unit_seconds(add.name, add.words)
        bases = [c for c in cols.values() if c.is_measure and not c.derived and c is not add and
                 not set(c.words) & ADDON_WORDS and (c.is_money and add.is_money or
                                                     unit and time_unit_seconds(c.name, c.words) == unit)]
        if len(bases) == 1:  # "invoiced value including VAT": net + vat ("inclusive" only names it for the parser)
            out.append(ColInfo(table=tname, name=f"@plus({bases[0].name},{add.name})", kind="number",
                               words=["inclusive"], derived=True))
    late = _planned_actual(cols)
    if late is not None and not words & {"delay", "lateness"}:
        plan, actual = late  # "average departure delay": the actual time minus the scheduled one
        unit = "minutes" if plan.kind == "datetime" and actual.kind == "datetime" else "days"
        out.append(ColInfo(table=tname, name=f"@{unit}({plan.name},{actual.name})", kind="number",
                           words=["delay", "lateness", "late"], derived=True))
    pair = _start_end_dates([c for c in cols.values() if c.is_date and not set(c.words) & BIRTH_WORDS])
    if pair is not None and _later_in_rows(rows or [], pair[1].name, pair[0].name):
        pair = (pair[1], pair[0])  # a visit's arrived_at comes before its departed_at, whatever the names say
    timed = {w for c in cols.values() if "lengths" not in c.name.lower() for w in c.words}  # (lengthsSwum: a count)
    if pair is not None and not timed & {"duration", "length"}:
        a, b = pair
        unit = "minutes" if a.kind == "datetime" and b.kind == "datetime" else "days"  # timestamps: minutes
        # nights only for stays ("nights per booking"); "quiz nights" are not how long a keg lasted
        lodging = ({w for c in (a, b) for w in c.words} | {w.lower() for w in lx.split_name(tname)}) & LODGING_WORDS
        nights = ["night"] if unit == "days" and lodging else []
        out.append(ColInfo(table=tname, name=f"@{unit}({a.name},{b.name})", kind="number",
                           words=["duration", "length", "stay"] + (["time"] if unit == "minutes" else nights),
                           derived=True))
    return out


# amounts that come on top of another one of their row (net + vat, stage time + penalty)
ADDON_WORDS = frozenset({"vat", "tax", "tip", "tips", "gratuity", "surcharge", "penalty", "penalties"})
LODGING_WORDS = frozenset({"check", "checkin", "checkout", "arrival", "arrive", "arrived", "departure", "stay",
                           "stays", "booking", "bookings", "reservation", "reservations", "night", "nights", "rental",
                           "rentals", "hire", "hires", "loan", "loans"})
CAPACITY_WORDS = frozenset({"capacity", "seat", "seats", "baked", "produced", "made", "prepared", "stocked",
                            "available", "max", "maximum", "quota", "slot", "slots", "space", "spaces", "allocated",
                            "printed", "brewed", "cooked", "offered"})
TAKEN_WORDS = frozenset({"sold", "booked", "used", "occupied", "filled", "taken", "attended", "registered", "enrolled",
                         "redeemed", "reserved", "claimed"})
LEFT_OVER_WORDS = frozenset({"unsold", "leftover", "leftovers", "remaining", "spare", "unused", "waste", "wasted",
                             "unfilled", "empty", "unbooked"})


def stock_pair(cols: dict[str, ColInfo]) -> tuple[ColInfo, ColInfo] | None:
    """(capacity, taken) counts of one row: seatCapacity / ticketsSold, units_baked / units_sold. A row "sold out"
    when the second reaches the first; what is left over is their difference.

    >>> c = {n: ColInfo("s", n, "number", n.split("_")) for n in ("units_baked", "units_sold")}
    >>> [x.name for x in stock_pair(c)]
    ['units_baked', 'units_sold']
    """
    nums = [c for c in cols.values() if c.is_number and not c.is_id and not set(c.words) & lx.MONEY_WORDS
            and "price" not in c.words and len(c.words) <= 3]
    cap = [c for c in nums if set(c.words) & CAPACITY_WORDS and not set(c.words) & TAKEN_WORDS]
    taken = [c for c in nums if set(c.words) & TAKEN_WORDS and not set(c.words) & CAPACITY_WORDS]
    if len(cap) != 1 or len(taken) != 1:
        return None
    return cap[0], taken[0]


PLANNED_WORDS = frozenset({"scheduled", "planned", "expected", "estimated", "target", "promised"})


def _planned_actual(cols: dict[str, ColInfo]) -> tuple[ColInfo, ColInfo] | None:
    """(scheduled, actual) times of the same event in one row: scheduledDeparture / actualDeparture."""
    dates = [c for c in cols.values() if c.is_date]
    planned = [c for c in dates if set(c.words) & PLANNED_WORDS]
    if len(planned) != 1:
        return None
    event = set(planned[0].words) - PLANNED_WORDS - {"date", "time", "timestamp", "at", "on", "datetime"}
    actual = [c for c in dates if c is not planned[0] and set(c.words) & event]
    return (planned[0], actual[0]) if len(actual) == 1 and event else None


def _line_total(cols: dict[str, ColInfo]) -> tuple[ColInfo, ColInfo] | None:
    """(quantity, unit price) of a line-item table with no stored amount: its sales are quantity x unit price."""
    nums = [c for c in cols.values() if c.is_number and not c.is_id]
    qty = [c for c in nums if set(c.words) & {"quantity", "unit", "units"} and not set(c.words) & lx.MONEY_WORDS
           and len(c.words) <= 2 and "price" not in c.words]
    if len(qty) > 1:  # quantity and returned_qty: the plain quantity is the one sold
        qty = [c for c in qty if len(c.words) == min(len(x.words) for x in qty)]
    if not qty:  # ticketsSold x ticketPrice: a count of things sold
        qty = [c for c in nums if set(c.words) & {"sold", "ordered", "purchased", "bought"} and len(c.words) <= 2
               and not set(c.words) & lx.MONEY_WORDS and "price" not in c.words]
    if not qty and any({"ticket", "entry", "admission"} & set(c.words) for c in nums if "price" in c.words):
        # a bout's attendance x its ticket price: the gate takings
        qty = [c for c in nums if set(c.words) & {"attendance", "attendees", "spectators", "admissions", "crowd"}
               and len(c.words) <= 2 and not set(c.words) & lx.MONEY_WORDS]
    price = [c for c in nums if ("price" in c.words or {"unit", "cost"} <= set(c.words)) and "line" not in c.words
             and not set(c.words) & {"total", "subtotal", "sum"}]  # totalPriceGbp is the line's amount already
    per = [(c, c.words[c.words.index("per") + 1]) for c in price if "per" in c.words[:-1]]
    if not qty and len(per) == 1:  # kg x price_per_kg, hours x rate_per_hour: the amount the price is per
        qty = [c for c in nums if c is not per[0][0] and c.words[-1:] == [per[0][1]] and len(c.words) <= 2 and
               not set(c.words) & lx.MONEY_WORDS]
        price = [per[0][0]]
    stored = [c for c in nums if set(c.words) & {"sales", "sale", "revenue", "amount", "total", "subtotal", "value",
                                                 "turnover", "gross", "net"} and c not in price]
    if len(qty) != 1 or len(price) != 1 or stored:
        return None
    return qty[0], price[0]


# people a business serves: "members", "clients" name its one table of (non-staff) people when nothing else does
CLIENT_NOUNS = frozenset({"member", "client", "customer", "patron", "user", "subscriber", "visitor", "guest"})
STAFF_NOUNS = frozenset({"staff", "employee", "worker", "instructor", "teacher", "coach", "driver", "courier", "vet",
                         "nurse", "doctor", "technician", "engineer", "operator", "pilot", "volunteer", "crew",
                         "presenter", "judge", "officer", "agent", "tutor", "trainer", "stylist", "surgeon",
                         "therapist", "plumber", "sitter", "walker", "guide", "manager", "master"})
# verbs that say nothing alone: used_sauna is named by "sauna", not by "used"
GENERIC_VERBS = frozenset({"used", "had", "got", "took", "made", "received", "requested", "wanted", "needed", "did"})
GRAIN_ADJECTIVES = frozenset({"monthly", "daily", "weekly", "yearly", "annual", "hourly", "nightly", "quarterly"})
# the start date an end date pairs with, when a table has several start-like dates (booked_at, check_in, check_out)
START_PARTNERS = {"checkout": ("checkin",), "dropoff": ("pickup",), "end": ("start",), "ended": ("started",),
                  "finish": ("start",), "finished": ("started",),
                  "discharge": ("admission",), "discharged": ("admitted",), "closed": ("opened",), "close": ("open",),
                  "exit": ("entry", "entered"), "exited": ("entered",), "returned": ("rental", "loan", "borrowed")}


def sometimes_missing_end(dates: list[ColInfo]) -> tuple[ColInfo, ColInfo] | None:
    """(start, end) of two dates where only one is ever missing: that one is the end whatever its name (a skip hire
    is delivered_on, always set, then collected_on, not yet for skips still out). The caller leaves birth dates out."""
    if len(dates) == 2 and all(c.null_frac is not None for c in dates) and \
            (dates[0].null_frac == 0) != (dates[1].null_frac == 0):
        return (dates[0], dates[1]) if dates[0].null_frac == 0 else (dates[1], dates[0])
    return None


def _start_end_dates(dates: list[ColInfo]) -> tuple[ColInfo, ColInfo] | None:
    """(start, end) when a table has one date named as an end (returned, closed, delivered) and one as a start, or
    two dates of which only one is ever missing (see sometimes_missing_end)."""
    pair = sometimes_missing_end(dates)
    if pair is not None:
        return pair
    ends = [c for c in dates if set(c.words) & LATE_DATE_WORDS]
    starts = [c for c in dates if c not in ends]
    if len(ends) != 1 or not starts:
        return None
    if len(starts) > 1:
        partners = {p for w in ends[0].words for p in START_PARTNERS.get(w, ())}
        paired = [c for c in starts if set(c.words) & partners]  # check_out -> check_in, not booked_at
        starts = paired if len(paired) == 1 else [c for c in starts if set(c.words) & START_DATE_WORDS]
    if len(starts) > 1:  # planned_start, actual_start before actual_end: the start of the same kind (actual)
        same = [c for c in starts if set(c.words) - START_DATE_WORDS - {"at", "on", "date", "time"} ==
                set(ends[0].words) - LATE_DATE_WORDS - {"at", "on", "date", "time"}]
        starts = same if len(same) == 1 else [c for c in starts if not set(c.words) & PLANNED_WORDS]
    return (starts[0], ends[0]) if len(starts) == 1 else None


DOCUMENT_NOUNS = frozenset({"order", "invoice", "booking", "receipt", "ticket", "transaction", "account", "policy",
                            "membership", "case", "claim", "basket", "purchase", "reservation", "shipment", "job"})
NOUN_PARTICIPLES = {"failure": "failed", "closure": "closed", "departure": "departed", "expiry": "expired"}
PAST_TO_EVENT_NOUN = {past: noun for noun, past in lx.EVENT_NOUNS.items() if not noun.endswith("s")}
PRICE_ADJECTIVES = frozenset({"cheapest", "priciest", "expensive", "costliest"})


class SchemaIndex:
    """Everything the linker needs about a schema, computed once.

    >>> SchemaIndex(schema).tables.keys()   # doctest: +SKIP
    dict_keys(['accounts', 'invoices'])
    """

    def __init__(self, schema):
        self.schema = schema
        self.tables: dict[str, TableInfo] = {}
        self.columns: list[ColInfo] = []
        for tname, table in getattr(schema, "tables", {}).items():
            self._add_table(tname, table)
        self._infer_fks()
        self._add_parent_line_totals()
        self._quiet_derived_durations()
        self.values: dict[tuple[str, ...], list[tuple[str, str, str]]] = {}
        self.values_lemma: dict[tuple[str, ...], list[tuple[str, str, str]]] = {}
        self.acronyms: dict[str, list[tuple[str, str, str]]] = {}
        self.values_inflected: dict[str, list[tuple[str, str, str]]] = {}  # stop-word values, by plural form only
        self.values_numeric: dict[str, list[tuple[str, str, str]]] = {}  # whole-number text values ("72")
        self._families: dict[str, list[tuple[str, str, str]]] | None = None  # built on first use
        self.values_gapped: dict[str, list[tuple[tuple[str, ...], tuple[str, str, str]]]] = {}
        self._build_values()
        self._add_demonyms()
        self._add_place_codes()
        self.col_phrases: dict[tuple[str, ...], list[ColInfo]] = {}
        self.word_cols: dict[str, list[tuple[float, ColInfo]]] = {}
        self._build_column_words()
        self._add_direction_values()
        self.table_phrases: dict[tuple[str, ...], str] = {}
        for t in self.tables.values():
            self.table_phrases.setdefault(tuple(lx.lemma(w) for w in t.words), t.name)
            self.table_phrases.setdefault(tuple(t.words), t.name)
            last = t.words[-1] if t.words else ""
            if last.endswith("s") and len(last) > 3:  # "sales" table, "sale" in a question
                self.table_phrases.setdefault(tuple(t.words[:-1]) + (last[:-1],), t.name)
        for t in self.tables.values():  # "washes" -> wash_txns, "rentals" -> rental_records
            if len(t.words) >= 2 and lx.lemma(t.words[-1]) in RECORD_NOUNS:
                head = tuple(lx.lemma(w) for w in t.words[:-1])
                if head not in self.col_phrases:
                    self.table_phrases.setdefault(head, t.name)
        self._add_table_head_nouns()
        for pair, joined in lx.COMPOUND_VERBS.items():  # 'full-time' read as "fulltime" (see tokenize)
            if pair in self.values and (joined,) not in self.values:
                self.values[(joined,)] = list(self.values[pair])
        self.cue_phrases = _cue_phrases()
        self.value_tail_plurals: dict[str, list[tuple[str, str, str]]] = {}
        self.value_prefixes = self._build_value_prefixes()
        self.value_editions = self._build_value_editions()
        self.value_stems = self._build_value_stems()
        self.coded_values = self._build_coded_values()
        self.value_acronyms = self._build_value_acronyms()

    # ------------------------------------------------------------------ building
    def _add_parent_line_totals(self) -> None:
        """A line table with a quantity and no money of its own, whose one referenced row has the unit price:
        dispensings.quantity x drugs.unit_cost_gbp is what the dispensings cost ("drug spend by ward"). The derived
        column names the other table's column as table.column; the SQL joins it in."""
        for t in self.tables.values():
            nums = [c for c in t.columns.values() if c.is_number and not c.is_id]
            if any(c.is_money or (parse_derived(c.name) or ("",))[0] == "line_total" for c in nums):
                continue
            qty = [c for c in nums if not c.derived and len(c.words) <= 2 and (
                set(c.words) & {"quantity", "qty", "units"} or
                set(c.words) & {"sold", "ordered", "purchased", "bought", "dispensed", "issued", "supplied"})]
            if len(qty) > 1:  # quantity, returned_qty: the plain one
                qty = [c for c in qty if len(c.words) == 1]
            if len(qty) != 1:
                continue
            prices = []
            for _, rt, _ in t.fks:
                if rt == t.name or rt not in self.tables:
                    continue
                own = [c for c in self.tables[rt].columns.values() if c.is_number and not c.derived and not c.is_id
                       and ("price" in c.words or {"unit", "cost"} <= set(c.words)) and
                       not set(c.words) & ({"total", "subtotal", "sum", "per"} - ({"per"} if "unit" in c.words
                                                                                   else set()))]
                prices += [(rt, c) for c in own]
            if len(prices) != 1:
                continue
            rt, price = prices[0]
            words = ["cost", "spend", "spending", "value"] if "cost" in price.words else \
                ["revenue", "sales", "value", "turnover"]
            info = ColInfo(table=t.name, name=f"@line_total({qty[0].name},{rt}.{price.name})", kind="number",
                           words=words, derived=True)
            t.columns[info.name] = info
            self.columns.append(info)

    def _add_table(self, tname: str, table) -> None:
        pk = [p for p in (getattr(table, "primary_key", None) or [])]
        cols: dict[str, ColInfo] = {}
        twords = [lx.lemma(w) for w in lx.split_name(tname)]
        for col in getattr(table, "columns", []):
            words = [lx.lemma(w) for w in lx.split_name(col.name)]
            kind = _column_kind(col)
            # one column of a composite key (route_number in (service_date, route_number)) names no row alone
            is_pk = (bool(getattr(col, "primary_key", False)) or col.name in pk) and len(pk) <= 1
            low = col.name.lower()
            is_id = (is_pk and kind != "text") or low == "id" or low.endswith("_id") or low.endswith("id") and (
                len(low) > 2 and low[-3] in "_" or re.search(r"[a-z]Id$", col.name) is not None) or (
                bool(words) and words[-1] in ("id", "key", "code", "uuid", "guid", "zip", "zipcode", "postal")
                and kind != "date") or low in ("zip", "zipcode", "postal_code", "postcode", "phone")
            if words and words[-1] == "code" and kind == "text":
                is_id = False  # codes such as airport or country codes are readable labels
            if len(words) >= 2 and kind in ("number", "text") and (words[-1] in ("no", "nr", "num") or words[-1] in (
                    "number", "ref", "reference") and words[0] in DOCUMENT_NOUNS):
                is_id = True  # "order_no", "invoice_number": a document's key, counted distinct, never summed
            nd = getattr(col, "n_distinct", None)
            rc = getattr(table, "row_count", 0) or 0
            int_flag = kind == "number" and not is_id and (nd is None or nd <= 2) and (
                re.match(r"(is|has|was|can)_|(is|has|was)[A-Z]", col.name) is not None or
                low.endswith(("_flag", "_flg", "_yn")))  # SQLite has no boolean type: is_seasonal INTEGER 0/1
            info = ColInfo(table=tname, name=col.name, kind="bool" if int_flag else kind, words=words or [low],
                           is_pk=is_pk, is_id=is_id, n_distinct=nd, values=getattr(col, "values", None),
                           unique=bool(is_pk or (nd and rc and nd >= rc)), int_flag=int_flag,
                           null_frac=getattr(col, "null_frac", None))
            cols[col.name] = info
            self.columns.append(info)
        for info in derived_columns(tname, cols, getattr(table, "sample_rows", None)):
            cols[info.name] = info
            self.columns.append(info)
        fks = [(fk.column, fk.ref_table, fk.ref_column) for fk in (getattr(table, "foreign_keys", None) or [])]
        self.tables[tname] = TableInfo(name=tname, words=twords, columns=cols,
                                       row_count=getattr(table, "row_count", 0) or 0, pk=pk, fks=fks)

    def _quiet_derived_durations(self) -> None:
        """A stored duration column ("durationSec", "runtime_minutes") is what "length" and "duration" mean: derived
        day counts then answer only to "days" (see derived_columns)."""
        distance = {"meter", "km", "mile", "foot", "centimeter", "millimeter", "kilometer"}
        stored = [c for c in self.columns if c.is_measure and not c.derived and not set(c.words) & distance
                  and set(c.words) & {"duration", "length", "runtime", "second", "minute", "hour", "sec", "min"}
                  and not set(c.words) & PLANNED_WORDS  # (planned_minutes is a plan: the actual length is derived)
                  and not set(c.words) & {"limit", "allowed", "max", "maximum", "min", "minimum"}  # (a time limit)
                  and "lengths" not in c.name.lower()]  # (lengthsSwum counts pool lengths: no time)
        timed = {c.table for c in stored}  # a stored duration speaks for its table and the tables next to it (a
        for t in self.tables.values():  # lesson's durationMin says nothing of a swim session's length)
            timed |= {rt for _, rt, _ in t.fks if t.name in timed}
            timed |= {t.name} if any(rt in {c.table for c in stored} for _, rt, _ in t.fks) else set()
        if stored:  # a vessel's len_m is a distance: it leaves a trip's length (days) alone
            for c in self.columns:
                if c.derived and c.name.startswith(("@days", "@minutes")) and "delay" not in c.words and \
                        c.table in timed:
                    # (a member still "stays": the classes they booked do not time their membership)
                    people = self.tables[c.table].looks_like_people
                    c.words = ["elapsed", "stay", "tenure"] if people else ["elapsed"]
                    # (a planned-to-actual delay keeps its words: "minutes late")

    def _infer_fks(self) -> None:
        """Add x_id -> table(x_id | id) links when the schema declared none for that column."""
        by_pk: dict[str, tuple[str, str]] = {}
        by_words: dict[tuple[str, ...], tuple[str, str]] = {}
        for t in self.tables.values():
            if len(t.pk) == 1:
                p = t.pk[0]
                by_pk.setdefault(p.lower(), (t.name, p))
                if p.lower() == "id":
                    for w in {t.name.lower(), lx.lemma(t.name.lower())}:
                        by_pk.setdefault(f"{w}_id", (t.name, p))
                words = tuple(lx.split_name(p))
                if len(words) >= 2 and words[-1] in ("id", "number", "code", "key"):
                    by_words.setdefault(words, (t.name, p))  # customer_id is also named cust_id
        for t in self.tables.values():
            have = {fk[0] for fk in t.fks}
            for c in t.columns.values():
                if c.name in have or c.is_pk and len(t.pk) == 1:
                    continue
                ref = by_pk.get(c.name.lower()) or by_words.get(tuple(lx.split_name(c.name)))  # cust_id
                words = lx.split_name(c.name)
                if ref is None and len(words) >= 3 and words[-1] == "id":  # main_ingredient_id: a role, then the key
                    ref = by_words.get(tuple(words[-2:])) or by_pk.get("_".join(words[-2:]))
                if ref is None or ref[0] == t.name:
                    continue
                target = self.tables[ref[0]].columns.get(ref[1].lower()) or next(
                    (x for x in self.tables[ref[0]].columns.values() if x.name == ref[1]), None)
                # rm_no -> rooms.rm_no: a column named like another table's one-column key (and of its kind)
                if c.is_id or target is not None and target.kind == c.kind:
                    t.fks.append((c.name, ref[0], ref[1]))
        for t in self.tables.values():
            for c, _, _ in t.fks:  # sessions.table_no -> tables_info: which table, never an amount to add up
                col = t.columns.get(c)
                if col is not None and col.kind == "number" and not col.is_id:
                    col.is_id = True

    def _build_values(self) -> None:
        raw = {}
        fn = getattr(self.schema, "value_index", None)
        if callable(fn):
            try:
                raw = fn() or {}
            except Exception:  # noqa: BLE001 - linking works without values
                raw = {}
        for key, hits in raw.items():
            toks = tuple(normalize_text(str(key)))
            sign = re.fullmatch(r"([A-Za-z]{1,2})\s*([+-])", str(key).strip())
            if sign:  # blood group 'O-' is said "O negative", 'AB+' "AB positive"
                toks = (sign.group(1).lower(), "positive" if sign.group(2) == "+" else "negative")
            if not toks or len(toks) > MAX_NGRAM:
                continue
            hits = [(t, c, v) for t, c, v in hits if t in self.tables and c in self.tables[t].columns]
            if not hits:
                continue
            if len(toks) == 1 and toks[0] in lx.STOP_WORDS and len(toks[0]) >= 3 and toks[0].isalpha():
                # "view" is a command word, but "page views" names the value 'view'
                self.values_inflected.setdefault(toks[0], []).extend(hits)
                continue
            if len(toks) == 1 and toks[0].isdigit():
                self.values_numeric.setdefault(toks[0], []).extend(hits)  # "route 72": only after its column's word
                continue
            if len(toks) == 1 and (toks[0] in lx.STOP_WORDS or len(toks[0]) < 2):
                continue
            content = tuple(stem(w) for w in toks if w not in lx.STOP_WORDS)
            if len(content) >= 2 and len(toks) > len(content):
                # "add_to_cart" is said "added something to the cart": its content words, in order, with gaps
                for t, c, v in hits:
                    self.values_gapped.setdefault(content[0], []).append((content, (t, c, v)))
            self.values.setdefault(toks, []).extend(hits)
            self.values_lemma.setdefault(tuple(lx.lemma(w) for w in toks), []).extend(hits)
            joined = _join_number_units(toks)
            if joined != toks:  # 'Harbour 10K' is typed "harbour 10k" (one token)
                self.values.setdefault(joined, []).extend(hits)
            full = tuple(lx.ABBREVIATIONS.get(w, w) if w in lx.QUESTION_ABBREVIATIONS | VALUE_ABBREVIATIONS else w
                         for w in toks)
            if len(toks) >= 2 and full != toks and all(" " not in w for w in full):
                self.values.setdefault(full, []).extend(hits)  # 'Trade Acct' is said "trade account"
            content = [w for w in toks if w not in ("of", "the", "and", "&")]
            if len(content) >= 2:
                acro = "".join(w[0] for w in content)
                if len(acro) >= 3 and acro not in lx.STOP_WORDS:
                    self.acronyms.setdefault(acro, []).extend(hits)

    def _add_table_head_nouns(self) -> None:
        """A table named with a prefix is also named by its head noun alone.

        `hk_staff` is "staff", `cln_tasks` "tasks", `dispatch_calls` "calls" - unless another table
        has the same head noun, or the head is a time word ("market_days" is not "days").
        """
        heads: dict[str, list[str]] = {}
        for t in self.tables.values():
            if len(t.words) >= 2:
                heads.setdefault(lx.lemma(t.words[-1]), []).append(t.name)
        for head, names in heads.items():
            if len(names) != 1 or head in RECORD_NOUNS | HEAD_NOT_TABLE | lx.TIME_UNIT_WORDS or len(head) < 3:
                continue
            if any(tuple(t.words) == (head,) or tuple(lx.lemma(w) for w in t.words) == (head,)
                   for t in self.tables.values()):
                continue
            self.table_phrases.setdefault((head,), names[0])

    def _add_demonyms(self) -> None:
        """ "irish donors": the adjective of a country names that country's value (lx.DEMONYMS), unless the adjective
        is itself a value ("Italian" cuisine)."""
        for adj, names in lx.DEMONYMS.items():
            key = tuple(adj.split())
            if key in self.values:
                continue
            code = lx.COUNTRY_CODES.get(adj)
            for name in names + ((code,) if code else ()):
                hits = self.values.get(tuple(name.split()))
                if hits and len(name) == 2:  # a two-letter code counts only in a column of codes
                    hits = [h for h in hits if self.tables[h[0]].columns[h[1]].n_distinct is None
                            or all(len(str(v)) <= 3 for v in (self.tables[h[0]].columns[h[1]].values or [])[:50])]
                if hits:
                    self.values[key] = list(hits)
                    self.values_lemma.setdefault(key, list(hits))
                    break

    def _add_place_codes(self) -> None:
        """ "just Oregon", "skiers from Texas": a place name names its code in a column of short codes ('OR', 'TX')
        unless the name is itself a value; "exclude the UK": a country's acronym names its full name."""
        for short, name in lx.COUNTRY_ACRONYMS.items():
            key = tuple(name.split())
            if key in self.values and (short,) not in self.values:
                self.values[(short,)] = list(self.values[key])
        code_cols = [c for c in self.columns if c.is_text and c.values and len(c.values) >= 3
                     and all(len(str(v)) <= 3 for v in c.values)]
        if not code_cols:
            return
        for name, code in lx.PLACE_CODES.items():
            key = tuple(name.split())
            if key in self.values:
                continue
            hits = [(c.table, c.name, v) for c in code_cols for v in c.values if str(v).lower() == code]
            if hits:
                self.values[key] = hits
                self.values_lemma.setdefault(key, list(hits))

    def _add_direction_values(self) -> None:
        """ "units received", "units shipped out": the 'IN' / 'OUT' (inbound / outbound) values of a movement
        column, when the word names no column or value of its own."""
        for c in self.columns:
            vals = {str(v).lower(): v for v in (c.values or [])}
            for side, words in lx.DIRECTION_WORDS.items():
                value = vals.get(side) or vals.get(side + "bound")
                flip = "out" if side == "in" else "in"
                if value is None or (vals.get(flip) or vals.get(flip + "bound")) is None:
                    continue
                for w in words:
                    if (w,) not in self.values and not self.col_phrases.get((w,)) and \
                            not self.col_phrases.get((lx.lemma(w),)):
                        self.values[(w,)] = [(c.table, c.name, value)]

    def _build_value_prefixes(self) -> dict[tuple[str, ...], list[tuple[str, str, str]]]:
        """Leading or trailing words of multi-word values that name exactly one value ("salt lake" -> 'Salt Lake
        City', "estes" -> 'Estes Express', "camden" -> 'Crumb & Co Camden'); words that are cues, stop words, columns
        or tables never count."""
        groups: dict[tuple[str, ...], list[tuple[str, str, str]]] = {}
        leading: set[tuple[str, ...]] = set()
        for toks, hits in self.values.items():
            for k in range(1, len(toks)):
                groups.setdefault(toks[:k], []).extend(hits)
                leading.add(toks[:k])
                if toks[k] not in lx.STOP_WORDS:  # "camden" -> 'Crumb & Co Camden' ("kings road" too)
                    groups.setdefault(toks[k:], []).extend(hits)
        out = {}
        for prefix, hits in groups.items():
            if prefix in self.values or len({v for _, _, v in hits}) != 1 or prefix[-1] in lx.STOP_WORDS:
                continue
            if len(prefix) == 1 and prefix not in leading and lx.lemma(prefix[0]) != prefix[0]:
                self.value_tail_plurals[prefix[0]] = hits  # (only right after the word before it in the value)
                continue  # "growers in Devon": a plural noun, not the grower 'Greenacre Growers'
            if len(prefix) > 1 and any(self.table_for_word(w) for w in prefix):
                continue  # "hardy plants" names the plants (hardy ones), not the grower 'Highland Hardy Plants'
            if len(prefix) == 1:
                w = prefix[0]
                if len(w) < 4 or w in lx.FILLER_WORDS or w in self.cue_phrases or lx.lemma(w) in self.word_cols \
                        or self.table_for_word(w) or w in lx.MONTHS or w in lx.MONEY_WORDS | lx.REVENUE_WORDS \
                        or w in ("money", "still", "ever", "already", "currently", "never") \
                        or any(v in self.word_cols for v in (w + "ed", w + "d", w + w[-1] + "ed")):
                    continue  # "how much money is that": the amount, not the 'Money Advice Clinic' event; "did we
                    # pick" with a picked_on column: the verb, not the 'pick your own' channel
            out[prefix] = hits
        return out

    def _build_value_editions(self) -> dict[tuple[str, ...], dict[str, tuple[str, str, str]]]:
        """Names of values that differ only by a trailing year ('Riverside Half 2023', 'Riverside Half 2024'):
        the name without the year -> {year: value}, so "the Riverside Half in 2024" finds the 2024 one."""
        out: dict[tuple[str, ...], dict[str, tuple[str, str, str]]] = {}
        for toks, hits in self.values.items():
            if len(toks) >= 2 and re.fullmatch(r"(19|20)\d\d", toks[-1]) and len(hits) == 1:
                out.setdefault(toks[:-1], {})[toks[-1]] = hits[0]
        return {k: v for k, v in out.items() if len(v) >= 2 and k not in self.values}

    def _build_value_stems(self) -> dict[str, list[tuple[str, str, str]]]:
        """Stems of one-word values naming exactly one value (len >= 5): "cancellation" ~ 'Cancelled'."""
        groups: dict[str, list[tuple[str, str, str]]] = {}
        for toks, hits in self.values.items():
            if len(toks) == 1 and len(toks[0]) >= 5 and not toks[0].isdigit():
                groups.setdefault(stem(toks[0]), []).extend(hits)
        return {k: v for k, v in groups.items() if len({x for _, _, x in v}) == 1 and len(k) >= 3}

    def _build_value_acronyms(self) -> dict[str, list[tuple[str, str, str]]]:
        """Initials of values of three to five words that name exactly one value ("rtc" -> 'road traffic collision');
        initials that are words the schema or the question language already knows never count."""
        groups: dict[str, list[tuple[str, str, str]]] = {}
        for toks, hits in self.values.items():
            words = [t for t in toks if t not in lx.STOP_WORDS]
            if 3 <= len(words) <= 5 and all(w.isalpha() for w in words):
                groups.setdefault("".join(w[0] for w in words), []).extend(hits)
        return {a: v for a, v in groups.items() if len({x for _, _, x in v}) == 1 and (a,) not in self.values
                and a not in lx.STOP_WORDS and a not in self.word_cols and not self.table_for_word(a)
                and a not in lx.ABBREVIATIONS and a not in lx.MONTHS}

    def _build_coded_values(self) -> dict[str, list[tuple[str, str, str]]]:
        """ "female" -> sex = 'F': words for one-letter codes of short-coded columns (lx.CODED_VALUES)."""
        out: dict[str, list[tuple[str, str, str]]] = {}
        for c in self.columns:
            vals = c.values or []
            if not c.is_text or not vals or len(vals) > 6 or any(len(str(v)) > 2 for v in vals):
                continue
            for word, codes in lx.CODED_VALUES.items():
                hits = [(c.table, c.name, v) for v in vals if str(v).lower() in codes]
                if hits and set(c.words) & set(lx.CODED_VALUE_COLUMNS.get(word, c.words)):
                    out.setdefault(word, []).extend(hits[:1])
        return out

    def _build_column_words(self) -> None:
        for c in self.columns:
            self.col_phrases.setdefault(tuple(c.words), []).append(c)
            content = [w for w in c.words if w not in ("is", "has", "was", "flag", "ind", "indicator")]
            if content != c.words and content:
                self.col_phrases.setdefault(tuple(content), []).append(c)
            if len(content) >= 3 and content[-1] in ("percent", "pct", "ratio", "share", "rate"):
                self.col_phrases.setdefault(tuple(content[:-1]), []).append(c)  # "on time" -> on_time_pct
            if c.is_id and len(content) >= 3 and content[-1] in ("id", "key", "code") and content[0] not in (
                    "home", "away", "host", "guest", "visiting", "visitor"):  # sides have their own rule
                self.col_phrases.setdefault(tuple(content[:-1]), []).append(c)  # "pickup branch" -> pickup_branch_id
            elif c.is_text and len(content) >= 3 and content[-1] in ("code", "name"):
                self.col_phrases.setdefault(tuple(content[:-1]), []).append(c)  # "start zone" -> start_zone_cd
            if len(content) >= 3 and (content[-1] in UNIT_WORDS or content[-1] in CURRENCY_WORDS):
                # "top elevation" -> top_elevation_m, "estimated cost" -> estimated_cost_gbp
                self.col_phrases.setdefault(tuple(content[:-1]), []).append(c)
            if len(content) >= 2 and c.is_date and content[-1] in ("timestamp", "datetime", "at", "on"):
                for word in ("time", "date") if content[-1] != "on" else ("date",):  # end_ts, checkout_at
                    if c not in self.col_phrases.get(tuple(content[:-1]) + (word,), []):
                        self.col_phrases.setdefault(tuple(content[:-1]) + (word,), []).append(c)
            if content and content[-1] == "percent":  # "on-time percentage"
                self.col_phrases.setdefault(tuple(content[:-1]) + ("percentage",), []).append(c)
            if len(content) == 2 and content[0] != content[1]:
                # salary_max is also "max salary" / "maximum salary", years_experience "years of experience"
                long = [{"min": "minimum", "max": "maximum"}.get(w, w) for w in content]
                for phrase in {tuple(reversed(content)), tuple(reversed(long)), tuple(long),
                               (content[0], "of", content[1])}:
                    if phrase != tuple(content) and c not in self.col_phrases.get(phrase, []):
                        self.col_phrases.setdefault(phrase, []).append(c)
            # "order date" ~ order_date and also "date of the order"
            for w in set(content):
                if c.is_bool and len(content) > 1 and (w.endswith("ed") or w in lx.VERB_OF_PAST) and (
                        w != content[0] or len(content) == 2 and w in GENERIC_VERBS):
                    continue  # promo_used is not named by "used" alone, damage_reported not by "reported", nor
                    # used_sauna by "used" (what was used is the other word)
                base = 2.0 + (1.0 if len(content) == 1 else 0.0)
                if w in ("id", "name", "date", "key", "code", "number", "usd", "amount", "total", "type"):
                    base -= 0.8
                elif len(content) > 1 and w != content[-1] and w in lx.MODIFIER_WORDS:
                    base -= 0.6  # "unit" in unit_price modifies the head word "price"
                elif c.is_date and len(content) >= 3 and w not in (content[0], content[-1]):
                    base -= 1.0  # "the club" is not leftClubDate: the date is named by its verb, not its object
                elif c.is_bool and len(content) >= 3 and w == content[-1] and content[1] in ("from", "of", "for"):
                    base -= 0.5  # "refill charge" is no exempt_from_charges: that flag is named by "exempt"
                core = [x for x in content if x not in CURRENCY_WORDS] or content  # ticket_price_gbp: "price"
                modifier = len(core) > 1 and w != core[-1] and core[-1] in lx.HEAD_NOUNS
                if modifier:
                    base -= 0.3  # "tickets" names ticketsSold before ticketPrice (whose head is "price")
                self._add_word(w, base, c)
                if w in lx.VERB_OF_PAST:
                    self._add_word(lx.VERB_OF_PAST[w], base - 0.5, c)
                elif w in _PAST_OF_VERB and (c.is_date or c.is_yearlike):
                    self._add_word(_PAST_OF_VERB[w], base - 0.5, c)  # "houses built before 1920": build_year
                for s in lx.synonyms(w):
                    self._add_word(s, (1.5 if len(content) == 1 and c.kind == "number" else
                                       1.2 if c.is_date and w == content[0] and len(content) == 2 and
                                       s in PHRASAL_TARGETS else 1.0) - (
                        0.3 if modifier else 0.0), c)
                    self._add_word("~" + stem(s), 0.9, c)
                if w not in ("first", "last", "next", "previous", "prev"):  # "lasted" does not name last_nm
                    self._add_word("~" + stem(w), 1.2, c)
                if w == "capacity" and c.is_measure:
                    self._add_word("places", 1.0, c)  # "total places": the capacity (the plural only, not "in place")
        for t in self.tables.values():
            for w in t.words:
                for s in lx.synonyms(w):
                    if s in lx.MONEY_WORDS or s in lx.AGG_WORDS:
                        continue  # "price" is a measure, never another name of a "sales" table
                    self._add_word("@" + s, 1.0, t.name)

    def _add_word(self, word: str, score: float, target) -> None:
        lst = self.word_cols.setdefault(word, [])
        for i, (s, c) in enumerate(lst):
            if c is target:
                if score > s:
                    lst[i] = (score, c)
                return
        lst.append((score, target))

    # ------------------------------------------------------------------ queries
    def column_candidates(self, word: str) -> list[tuple[float, ColInfo]]:
        """Scored columns one question word may name (its lemma, synonyms, stem).

        >>> idx.column_candidates("revenue")   # doctest: +SKIP
        [(1.0, ColInfo(table='invoices', name='amount_usd', ...))]
        """
        w = lx.lemma(word)
        out: dict[tuple[str, str], tuple[float, ColInfo]] = {}
        for key in (w, word, "~" + stem(w)):
            for s, c in self.word_cols.get(key, []):
                if isinstance(c, ColInfo) and (c.key not in out or out[c.key][0] < s):
                    out[c.key] = (s, c)
        if not out and w.endswith("ing") and len(w) > 6:  # "best selling" -> units_sold (indexed as "sell")
            for base in (w[:-3], w[:-3] + "e", w[:-4]):
                for s, c in self.word_cols.get(base, []):
                    if isinstance(c, ColInfo) and (c.key not in out or out[c.key][0] < s - 0.3):
                        out[c.key] = (s - 0.3, c)
        if not out and len(w) >= 4:  # "patients who smoke" -> smoker, "drink" -> drinker: the flag of the doer
            for c in self.columns:
                if c.is_bool and any(cw in (w + "r", w + "er") for cw in c.words):
                    out[c.key] = (2.0, c)
        if not out and w.endswith(("er", "or")) and len(w) >= 5:  # "by tester" -> tested_by: the person who did it
            for c in self.columns:
                if c.is_text and len(c.words) == 2 and c.words[1] == "by" and stem(c.words[0]) == stem(w[:-2]):
                    out[c.key] = (2.0, c)
        if word.endswith("ed") and len(word) > 5:  # "defaulted" -> default_dt: the date of that event
            for base in (word[:-2], word[:-1]):
                for s, c in self.word_cols.get(base, []):
                    if isinstance(c, ColInfo) and c.is_date and s >= 2.0 and (
                            c.key not in out or out[c.key][0] < s):
                        out[c.key] = (s, c)
        if w in lx.REVENUE_WORDS or w in ("money", "worth", "spend", "spent", "spending", "expense", "billing", "earn",
                                          "earned", "earns", "earning", "grossed", "generated"):
            for c in self.columns:
                if c.is_money:
                    takings = w in lx.REVENUE_WORDS or w in ("earn", "earned", "earns", "earning", "grossed",
                                                            "generated")
                    sold = takings and bool(set(c.words) & {"sale", "sold", "selling", "paid"}) and \
                        "unit" not in c.words
                    sale_row = takings and not set(c.words) & lx.REVENUE_WORDS and bool(
                        set(self.tables[c.table].words) & {"sale", "sales", "transaction", "transactions"}) and \
                        not set(c.words) & {"cost", "discount", "disc", "tax", "refund", "tip", "deposit", "unit",
                                            "per"}
                    sold = sold or sale_row  # the price of a sale row is what that sale brought in
                    sc = 1.4 + (0.2 if sale_row else 0) + (0.3 if set(c.words) & lx.REVENUE_WORDS else 0) + (
                        0.2 if set(c.words) & {"amount", "total"} else 0) - (
                        0.5 if set(c.words) & {"price", "cost", "fee", "unit", "discount", "tax"} and not sold
                        else 0) - (  # sale_price is what a sale brought in; a list price is not
                        0.8 if set(c.words) & {"tip", "gratuity", "deposit", "refund", "trade", "payout", "claimed",
                                               "claim", "compensation", "expense", "expenses"} else 0) - (
                        0.7 if set(c.words) & {"rate", "wage", "salary"} and not sold else 0) - (  # a rate: no takings
                        0.3 if set(c.words) & {"monthly", "weekly", "annual", "yearly", "daily", "hourly"} and
                        not sold else 0) - (  # a site's monthly rent is what it costs per month, not what it made
                        0.3 if c.derived else 0)  # not revenue; a stored amount before a derived one
                    if c.key not in out or out[c.key][0] < sc:
                        out[c.key] = (sc, c)
        if w in lx.PROFIT_WORDS:
            for c in self.columns:
                if c.is_measure and set(c.words) & lx.PROFIT_WORDS:
                    out[c.key] = (max(out.get(c.key, (0, c))[0], 2.5), c)
        if not out and len(w) >= 5:
            out = self._prefix_candidates(w)
        return sorted(out.values(), key=lambda sc: -sc[0])

    def _prefix_candidates(self, w: str) -> dict:
        """Loose match by a long common prefix ("conversion" ~ "converted", "registration" ~ "registered")."""
        out: dict = {}
        for c in self.columns:
            for cw in c.words:
                if noun_of_verb(w, cw) or noun_of_verb(cw, w):  # "arrived" / arrival_date, "payment" / paid_on
                    out[c.key] = (1.15, c)
                    continue
                if len(cw) < 5:
                    continue
                n = 0
                for a, b in zip(w, cw, strict=False):
                    if a != b:
                        break
                    n += 1
                if (n >= 6 or n >= 5 and min(len(w), len(cw)) >= 8) and n >= 0.6 * min(len(w), len(cw)):
                    out[c.key] = (1.15, c)
        return out

    def _missed(self, m: Mention) -> Mention | None:
        """What "missed" names when no column does: the one absent / no-show flag, else the one no-show status."""
        flags = [c for c in self.columns if c.is_bool and set(c.words) & {"absent", "noshow", "missed", "dna"}]
        if len(flags) == 1:
            return Mention(m.start, m.end, "column", m.text, {"cands": [(3.0, flags[0])], "exact": True, "table": None})
        hits = [h for key in (("no", "show"), ("noshow",), ("did", "not", "attend"), ("dna",))
                for h in self.values.get(key, [])]
        if len({(t, c) for t, c, _ in hits}) == 1:
            return Mention(m.start, m.end, "value", m.text, {"values": hits[:1]})
        present = [c for c in self.columns if c.is_bool and "present" in c.words]
        if len(present) == 1:  # "who missed the most rehearsals": the attendance rows not marked present
            return Mention(m.start, m.end, "word", "absent")
        return None

    def _modifier_table(self, word: str) -> str | None:
        """The one table whose multi-word name starts with this word ("cafe" -> cafe_orders), when no column or
        value is named by it."""
        w = lx.lemma(word)
        if len(w) < 4 or w in lx.STOP_WORDS or w in self.word_cols or w in self.cue_phrases:
            return None
        hits = self.tables_starting_with(w)
        return hits[0] if len(hits) == 1 else None

    def tables_starting_with(self, w: str) -> list[str]:
        """Tables whose multi-word name starts with the (lemmatised) word: "tour" -> ["tour_bookings"]."""
        return [t.name for t in self.tables.values() if len(t.words) >= 2 and t.words[0] == w]

    def _adjective_over_entity_column(self, out: list[Mention], k: int) -> None:
        """ "the cheapest session" on bookings(session_hours, price_gbp): the noun only names the rows, the adjective
        names the measure (price), so the column mention becomes the adjective's column of that table."""
        m = out[k]
        j = k - 1
        while j > 0 and out[j].kind == "value":
            j -= 1  # "most expensive completed session"
        adj = out[j].text.split()[-1]
        cands = m.data.get("cands") or [] if m.kind == "column" else []
        if adj not in PRICE_ADJECTIVES or not cands:
            return
        c = cands[0][1]
        if not c.is_measure or c.is_money:
            return  # ("cheapest vet by total spend": a vet, ranked by another measure)
        words = set(lx.SUPERLATIVE_COLUMNS[adj])
        if set(c.words) & words or lx.lemma(m.text) not in c.words or len(c.words) < 2:
            return
        own = [x for x in self.adjective_columns(adj) if x.table == c.table]
        if len(own) == 1:
            m.data["cands"] = [(2.0, own[0])]

    def adjective_columns(self, adjective: str) -> list[ColInfo]:
        """The measures a superlative adjective names ("tallest" -> heightCm, "busiest" -> boardings); never a year
        or a birth column (a rider's birth year says nothing of how busy a station is)."""
        words = set(lx.SUPERLATIVE_COLUMNS.get(adjective, ()))
        return [c for c in self.columns if c.is_measure and set(c.words) & words and not c.is_yearlike and
                not set(c.words) & BIRTH_WORDS]

    def referring(self, table: str) -> list[TableInfo]:
        """The other tables with a key pointing at `table` (installations -> installers)."""
        return [t for t in self.tables.values() if t.name != table and any(rt == table for _, rt, _ in t.fks)]

    def actual_money(self, table: str) -> list[ColInfo]:
        """The stored money columns of `table` that record money actually paid (not a guide, reserve or list
        price)."""
        return [c for c in self.tables[table].columns.values() if c.is_money and not c.derived and
                not set(c.words) & lx.NOT_ACTUAL_MONEY]

    def table_for_word(self, word: str) -> str | None:
        """The table a (plural) noun names, directly or by synonym ("clients" -> customers)."""
        w = lx.lemma(word)
        t = self.table_phrases.get((w,))
        if t:
            return t
        hits = self.word_cols.get("@" + w, [])
        return hits[0][1] if hits else None

    def _qualified_column(self, lwords: tuple[str, ...]) -> list[ColInfo]:
        """ "product category" -> products.category: a table word followed by a column of that table."""
        if lwords and lwords[0] in lx.AGG_WORDS:
            return []  # "total discounts": an aggregate of discount, not a table called "total"
        for k in (1, 2):
            if len(lwords) <= k:
                break
            t = self.table_phrases.get(lwords[:k])
            if t is None and k == 1:
                t = self.table_for_word(lwords[0])
            if t is None:
                continue
            rest = lwords[k:]
            hits = [c for c in self.col_phrases.get(rest, []) if c.table == t]
            if not hits and len(rest) == 1 and rest[0] not in self.cue_phrases and rest[0] not in (
                    "last", "first", "next", "previous", "full", "this"):  # "scooter model" -> scooters.mdl_nm
                hits = [c for c in self.tables[t].columns.values() if c.is_text and len(c.words) == 2 and
                        c.words[0] == rest[0] and c.words[1] in ("name", "code", "type", "label")]
            if hits:
                return hits
        return []

    def _type_of(self, toks: list[str]) -> list[str]:
        """ "PCNs by type of contravention": by contravention, unless a column names that kind ("type of centre" with
        centre_type)."""
        out = list(toks)
        for k in range(len(out) - 3, 0, -1):
            if out[k] not in ("type", "kind", "sort") or out[k + 1] != "of" or out[k - 1] not in (
                    "by", "per", "each", "every"):
                continue
            noun = lx.lemma(out[k + 2])
            if self.col_phrases.get((noun, "type")) or self.col_phrases.get((out[k + 2], "type")):
                out[k:k + 3] = [out[k + 2], "type"]  # "by type of venue": the venue_type column
            elif any(c.is_text and not c.is_id for c in self.col_phrases.get((noun,), [])):
                del out[k:k + 2]  # "by type of contravention": the contravention column itself
        return out

    def link(self, question: str) -> list[Mention]:
        """Mentions of the question in order (see module doc)."""
        toks = self._type_of(self._giving_as_donating(self._unit_words(tokenize(question))))
        lem = [lx.lemma(t) if t[0] not in "\"'“" else t for t in toks]
        out: list[Mention] = []
        i = 0
        while i < len(toks):
            m = self._match_at(toks, lem, i)
            out.append(m)
            i = m.end
        col = None
        for k in range(1, len(out)):
            col = out[k - 1] if out[k - 1].kind == "column" else col if out[k - 1].text in ("or", "and", ",") or (
                out[k - 1].kind == "value" and col is not None) else None
            letter = self._letter_value(col, out[k]) if col is not None else None
            if letter is not None:  # "zone C only", "rated A or B": a one-letter value after its column
                out[k] = letter
        for k, m in enumerate(out):
            weak = m.kind == "column" and m.text in lx.ANTONYMS and all(s < 2.0 for s, _ in m.data.get("cands") or [])
            if weak and any(c.is_bool for a in lx.antonyms_of(m.text) for s, c in self.column_candidates(a)
                            if s >= 2.0):
                out[k] = m = Mention(m.start, m.end, "word", m.text)  # "ticketed ones": NOT free, no ticket column
        for k, m in enumerate(out):
            nxt = out[k + 1] if k + 1 < len(out) else None
            if m.kind == "column" and m.text == "loads" and not m.data.get("exact") and not (
                    nxt is not None and nxt.kind == "cue" and nxt.data.get("cue") == "cmp"):
                out[k] = Mention(m.start, m.end, "word", m.text)  # "share of loads rejected": the rows, not kg
        for k, m in enumerate(out):
            if m.kind == "column" and m.text in ("owe", "owes", "owed", "owing") and all(
                    s < 2.0 for s, _ in m.data.get("cands") or []):
                out[k] = Mention(m.start, m.end, "word", m.text)  # "which tenants owe the most": unpaid, no column
        for m in out:
            if m.kind == "column" and lx.lemma(m.text) in lx.REVENUE_WORDS and len(m.data.get("cands") or []) > 1:
                m.data["cands"] = self._paid_before_listed(m.data["cands"])
            if m.kind == "column" and m.text in ("spent", "spend", "paid", "pay") and m.data.get("cands"):
                m.data["cands"] = self._actual_money(m.data["cands"])
            if m.kind == "column" and m.text == "money" and m.data.get("cands") and \
                    MAKING_VERBS.search(question.lower()):
                m.data["cands"] = self._takings_first(m.data["cands"])
        for k in range(1, len(out)):
            m = out[k]
            table = out[k - 1].data.get("table") if out[k - 1].kind == "table" else None
            if table and m.kind == "column" and lx.lemma(m.text) in ("fee", "charge", "payment", "takings", "money",
                                                                     "income") and not any(
                    c.table == table for _, c in m.data.get("cands") or []):
                money = [c for c in self.tables[table].columns.values() if c.is_money and c.additive and not c.is_id]
                if len(money) == 1:  # "hire fees" on hires(amount_gbp): the hires' money, not a boat's hourly rate
                    m.data["cands"] = [(2.0, money[0])] + list(m.data.get("cands") or [])
            if table and m.kind == "column" and m.text in ("count", "counts") and not any(
                    c.table == table for _, c in m.data.get("cands") or []):
                # "sweep counts per quarter": how many sweeps, not another table's flue_count
                out[k] = Mention(m.start, m.end, "cue", m.text, {"cue": "count", "strong": True})
        for k in range(1, len(out)):
            self._adjective_over_entity_column(out, k)
        out = self._table_words_qualify_columns(out)
        self._customers_as_the_people_table(out)
        self._numbered_column_of_next_table(out)
        out = [x for m in out for x in self._split_value_phrase(m)]
        for k in range(len(out)):
            m = out[k]
            t = self._head_noun_table(m.text) if m.kind == "value" and m.end - m.start == 1 else None
            own = t is not None and all(h[0] == t for h in m.data.get("values") or [])
            if t is not None and k > 0 and (own or out[k - 1].text in GROUPING_WORDS or
                                  m.text.endswith("s") and out[k - 1].text in ("how many", "number of", "many", "our",
                                                                               "all")):
                # "van tests per centre", "how many candidates": the table, though 'centre' / 'candidate' are also
                # values of who cancelled a test; "chartered architects" with a grade 'Architect' of the architects
                out[k] = Mention(m.start, m.end, "table", m.text, {"table": t})
            elif t is not None and lx.lemma(m.text) == lx.lemma(t.lower()) and not own and \
                    self._table_over_value(out, k):
                # "which instructor taught the most lessons": the lessons table, not a lane whose speedBand is
                # 'lessons' (unless the lane is named next to it: "the lessons lane", "speed band lessons")
                out[k] = Mention(m.start, m.end, "table", m.text, {"table": t})
        stems = {stem(w) for w in re.findall(r"[a-z]+", question.lower())}
        k = 0
        while k < len(out):
            for n in (3, 2, 1):
                t = self._table_named_with_its_verb(out[k:k + n], stems) if k + n <= len(out) else None
                if t is not None:  # "how much gift aid have we claimed": gift_aid_claims, not gift_aid_declared
                    text = " ".join(x.text for x in out[k:k + n])
                    out[k:k + n] = [Mention(out[k].start, out[k + n - 1].end, "table", text, {"table": t})]
                    break
            k += 1
        for k, m in enumerate(out):
            t = self._table_over_column_prefix(m)
            if t is not None:  # "average gift by channel": the donations (a synonym), not donors.gift_aid_declared
                out[k] = Mention(m.start, m.end, "table", m.text, {"table": t})
        for k, m in enumerate(out):
            prev = out[k - 1].text if k > 0 else ""
            counted = any(x.kind == "cue" and x.data.get("cue") == "count" for x in out[max(0, k - 3):k])
            grouped = prev in ("by", "each", "every", "which", "what", "for each") or prev == "per" and k == 1
            key = self._numbered_things(m, grouped) if prev not in ORDINAL_WORDS and not counted else None
            if key is not None:  # "which tables had the most orders": table_number names the tables, not an amount
                out[k] = Mention(m.start, m.end, "column", m.text, {"cands": [(3.0, key)], "exact": True})
        for k, m in enumerate(out):
            pk = self._table_named_by_key(m)
            if pk is not None:  # "the most drop offs": the drop_offs table, not its key drop_off_id
                out[k] = Mention(m.start, m.end, "table", m.text, {"table": pk})
        for k, m in enumerate(out):
            if k and m.kind == "column" and m.text in ("length", "duration", "lengths", "durations") and \
                    out[k - 1].kind == "table":
                t = out[k - 1].data["table"]
                own = [c for c in self.tables[t].columns.values()
                       if c.derived and c.name.startswith(("@days(", "@minutes("))]
                stored = [c for c in self.tables[t].columns.values() if c.is_measure and not c.derived and (
                    set(c.words) & {"duration", "length", "runtime"} or time_unit_seconds(c.name, c.words)) and
                    not set(c.words) & {"planned", "scheduled", "expected", "estimated", "target", "booked"}]
                own = stored if len(stored) == 1 else own  # "episode length": episodes.duration_minutes
                if len(own) == 1:  # "booking length": the bookings' own start-to-end time, whoever else has one
                    m.data["cands"] = [(3.0, own[0])] + [x for x in m.data.get("cands") or [] if x[1] is not own[0]]
                elif not own and self.tables[t].date_columns() and all(
                        c.table != t for _, c in m.data.get("cands") or []):
                    out[k] = Mention(m.start, m.end, "word", m.text)  # not a volunteer's stay: read with the dates
        out = [m for k, m in enumerate(out) if not self._table_before_own_column(out, k)]
        for k, m in enumerate(out):
            top = (m.data.get("cands") or [(0, None)])[0][1] if m.kind == "column" else None
            dated = k + 1 < len(out) and (out[k + 1].kind in ("year", "month", "date", "quarter") or k + 2 < len(out)
                                          and out[k + 1].text in ("in", "on", "during", "since", "before", "after")
                                          and out[k + 2].kind in ("year", "month", "date", "quarter"))
            event = self.tables[top.table].main_date(False) if top is not None and top.is_pk and dated and \
                m.text.endswith("ed") and " " not in m.text else None
            if event is not None:  # "bikes got hired in May": the hires' date (hireId only shares the verb's stem)
                out[k] = Mention(m.start, m.end, "column", m.text, {"cands": [(2.0, event)], "exact": False})
        for k, m in enumerate(out):
            t = self._table_by_first_word(m)
            date = self.tables[t].main_date(False) if t is not None and m.text in IRREGULAR_PAST else None
            if date is not None:  # "members who swam in Q1": the swim sessions' date, like "ordered" -> order_date
                out[k] = Mention(m.start, m.end, "column", m.text, {"cands": [(2.0, date)], "exact": False})
            elif t is not None:  # "cubic metres of logs": the logDeliveries table, named by its first word
                out[k] = Mention(m.start, m.end, "table", m.text, {"table": t})
        for k, m in enumerate(out):
            timed = self._timed_table_measure(out, k)
            if timed is not None:  # "average stage time" on stageTimes(stageSeconds): the seconds, averaged
                out[k] = Mention(m.start, m.end, "column", m.text, {"cands": [(3.0, timed)], "exact": False})
        for k, m in enumerate(out):
            qty = self._mass_noun_quantity(out, k) or self._amount_of_a_kind(out, k)
            if qty is not None:  # "harvest by block": the kilos harvested, not the number of harvest rows
                out[k] = Mention(m.start, m.end, "column", m.text, {"cands": [(2.5, qty)], "exact": False})
        for k, m in enumerate(out):
            if m.kind == "value" and m.end - m.start == 1 and k > 0 and out[k - 1].text in GROUPING_WORDS:
                named = [(sc, c) for sc, c in self.column_candidates(m.text) if sc >= 2.0 and not c.is_id and
                         len(c.words) == 1 and lx.lemma(c.words[0]) == lx.lemma(m.text) and
                         all((c.table, c.name) != (h[0], h[1]) for h in m.data.get("values") or [])]
                if named:  # "which floor takes longest to clean": rooms.floor, not an inspection issue 'floor'
                    out[k] = Mention(m.start, m.end, "column", m.text, {"cands": named, "exact": True, "table": None})
        named_tables = {x.data.get("table") for x in out if x.kind == "table"}
        for k, m in enumerate(out):
            flag = self._flag_named_like_value(m, named_tables) if m.kind == "value" else None
            if flag is not None:  # "only contaminated ones": collections.contaminated, not a missed bin's reason
                out[k] = Mention(m.start, m.end, "column", m.text, {"cands": [(3.0, flag)], "exact": True})
        for k, m in enumerate(out):
            if m.kind == "value" and self._value_names_a_column(m, out[k + 1] if k + 1 < len(out) else None):
                compared = k + 1 < len(out) and out[k + 1].kind == "cue" and out[k + 1].data.get("cue") == "cmp"
                out[k] = compared and self._person_columns(m) or Mention(m.start, m.end, "stop", m.text)
        for k, m in enumerate(out):
            event = self._date_of_event_noun(m)
            if event is not None:  # "adoptions per month": the rows with an adoption date, not the adoption fee
                out[k] = Mention(m.start, m.end, "column", m.text, {"cands": [(2.0, event)], "exact": False,
                                                                    "table": None})
                continue
            flag = self._flag_of_noun(m)
            if flag is not None:  # "absences by reason": the rows flagged absent, not the absence_reason column
                out[k] = Mention(m.start, m.end, "column", m.text, {"cands": [(2.0, flag)], "exact": False,
                                                                    "table": None})
        for k in range(1, len(out)):
            ranked = out[k - 1].text == "by" and any(x.kind == "cue" and x.data.get("cue") in ("rank", "sup") or
                                                     x.data.get("dir") for x in out[:k - 1])
            col = self._quantity_named_table(out[k - 1], out[k], ranked)
            if col is not None:
                # "total volunteer hours": the hours column of the volunteer_hours table, summed, not its rows counted
                out[k] = Mention(out[k].start, out[k].end, "column", out[k].text,
                                 {"cands": [(3.0, col)], "exact": True, "table": None})
        for k in range(len(out) - 2):
            m, t = out[k], out[k + 2]
            own = self._table_money(t.data.get("table"), m.text) if t.kind == "table" and m.kind == "column" and \
                out[k + 1].text == "from" else []
            if own:  # "revenue from stays": the stays' own amount, not a line total of breakfasts
                out[k] = Mention(m.start, m.end, "column", m.text, {"cands": own, "exact": False})
        k = 0
        while (k := k + 1) < len(out):
            m, t = out[k], out[k - 1]
            own = self._table_money(t.data.get("table"), m.text) if t.kind == "table" and m.kind == "column" else []
            if t.kind == "column" and m.kind == "column" and lx.lemma(m.text) in lx.REVENUE_WORDS:
                # "ticket revenue" with tickets_sold x ticket_price_gbp: the line total the price is part of
                own = [(3.0, x) for _, c in (t.data.get("cands") or [])[:1]
                       for x in self.tables[c.table].columns.values()
                       if (d := parse_derived(x.name)) is not None and d[0] == "line_total" and c.name in d[1]]
                if own:
                    out[k - 1] = Mention(t.start, t.end, "stop", t.text)
            top = (t.data.get("cands") or [(0.0, None)])[0][0] if t.kind == "column" else 0.0
            money = [c for s, c in t.data.get("cands") or [] if s >= top - 0.5 and c.is_money and
                     not self._paid_in_child(c)] if t.kind == "column" and m.kind == "column" else []
            if not own and money and lx.lemma(m.text) in lx.REVENUE_WORDS | {"money"}:
                # "monthly fee income", "ticket revenue", "labour income" (labourHours, labourCostGbp): the money
                # column the word names is the money taken (one mention, summed)
                out[k - 1:k + 1] = [_spanning(t, m, dict(t.data, cands=[(max(top, 2.0), money[0])]))]
                continue
            if own:  # "session revenue", "ticket income": the money of the table just named, not of another table
                out[k] = Mention(m.start, m.end, "column", m.text, dict(m.data, cands=own))
            if t.kind == "table" and m.kind == "column" and lx.lemma(m.text) != m.text and m.data.get("cands") and \
                    all(s < 1.5 and c.is_bool and c.table == t.data.get("table") for s, c in m.data["cands"][:2]):
                # "tee time bookings": the bookings are the tee times themselves, not their booked_online flag
                out[k] = Mention(m.start, m.end, "stop", m.text)
        for k in range(len(out) - 3, -1, -1):
            if k + 2 >= len(out):
                continue  # (a merge just after shortened the list)
            a, gap, b = out[k], out[k + 1], out[k + 2]
            if a.kind == b.kind == "column" and gap.kind == "word":
                common = [c for _, c in self.column_candidates(a.text) if any(
                    x is c for _, x in self.column_candidates(b.text))]
                if len(common) == 1:  # "guest green fee": guest_fees_gbp, which both words name
                    out[k:k + 3] = [_spanning(a, b, dict(b.data, cands=[(3.0, common[0])]), gap)]
        for k in range(len(out) - 2, -1, -1):
            m, nxt = out[k], out[k + 1]
            a = m.data["cands"][0][1] if m.kind == "column" and m.data.get("cands") else None
            b = nxt.data["cands"][0][1] if nxt.kind == "column" and nxt.data.get("cands") else None
            if a is not None and b is not None and a.table == b.table and a.is_text and b.is_text and a is not b \
                    and m.data["cands"][0][0] >= 2.0 and nxt.data["cands"][0][0] >= 2.0 and \
                    (b.n_distinct or 0) < (a.n_distinct or 0) and not a.is_label and " " not in m.text:
                # "by product category" (sku, category): the category of the product, one breakdown
                out[k:k + 2] = [_spanning(m, nxt, nxt.data)]
                continue
            if m.kind == "table" and b is not None and b.table == m.data.get("table") and b.is_text and \
                    nxt.data["cands"][0][0] >= 2.0 and k > 0 and out[k - 1].kind == "cue" and \
                    out[k - 1].data.get("cue") == "group":
                # "by lane speed": the lanes' speedBand, one breakdown (not the lanes, then the speed)
                out[k:k + 2] = [_spanning(m, nxt, nxt.data)]
                continue
            if m.kind == nxt.kind == "column" and m.text in ("units", "items", "pieces") and b is not None and \
                    b.is_measure and set(b.words) & {"qty", "quantity"}:
                # "units picked": the picked quantity, not the unit price
                out[k:k + 2] = [_spanning(m, nxt, nxt.data)]
                continue
            if m.kind == nxt.kind == "column" and nxt.text in ("type", "kind", "sort") and m.data.get("cands") and \
                    m.data["cands"][0][0] >= 2.0 and m.data["cands"][0][1].is_text and \
                    all(s < 2.0 for s, _ in nxt.data.get("cands") or []):
                # "by funding type" with a text column funding: the word "type" only restates it
                out[k:k + 2] = [_spanning(m, nxt, m.data)]
                continue
            whole = self._two_word_column(m, nxt)
            if whole is not None:  # "short picked": short_pick, not short_pick and then qty_picked
                out[k:k + 2] = [_spanning(m, nxt, dict(m.data, cands=[(3.0, whole)]))]
                continue
            if self._weak_key_modifier(m, nxt):
                # "by membership category": a word that only loosely names a key (member_id) before a column of
                # that table is a modifier of the column, not a second breakdown by member
                out[k:k + 2] = [_spanning(m, nxt, nxt.data)]
        for k in range(len(out) - 1):
            g, m = out[k], out[k + 1]
            if k + 2 < len(out) and out[k + 2].kind == "column" and (m.kind == "word" or m.kind == "table" and any(
                    c.table == m.data.get("table") for _, c in (out[k + 2].data.get("cands") or [])[:1])):
                # "annual subscription fees", "annual plot rent": one word between the adjective and the column
                m = out[k + 2]
            if g.kind == "cue" and g.data.get("cue") == "grain" and g.text in GRAIN_ADJECTIVES and \
                    m.kind == "column" and m.data.get("cands"):
                own = [(s, c) for s, c in m.data["cands"] if g.text in c.words]
                if own:  # "monthly revenue" over monthly_price: the column's own word, not a breakdown by month
                    out[k] = Mention(g.start, g.end, "stop", g.text)
                    m.data = dict(m.data, cands=[(max(2.0, s), c) for s, c in own])
        for k in range(1, len(out)):
            m, v = out[k], out[k - 1]
            if m.kind == "column" and m.text == "hour" and v.kind == "column" and \
                    any(c.is_date for _, c in (v.data.get("cands") or [])[:1]):
                # "bookings by start hour": the hour of the day of starts_at, not an hours column of another table
                out[k] = Mention(m.start, m.end, "cue", m.text, {"cue": "grain", "grain": "hour", "strong": True})
                continue
            if v.kind == "value" and m.kind == "column" and m.text.endswith("s") and len(
                    {(h[0], h[1]) for h in v.data.get("values") or []}) == 1:
                t, col, _ = v.data["values"][0]
                info = self.tables.get(t)
                named = any(c.is_id or c.is_label for _, c in m.data.get("cands") or [])  # "industrial customers"
                rest = [x.text for x in out[k + 1:] if x.text != "?"]
                if named and not any(x.kind == "cue" for x in out[:k - 1]) and rest in ([], ["only"]) and \
                        info is not None and \
                        col in info.columns and lx.lemma(m.text) in info.columns[col].words and \
                        all(c.table == t for _, c in m.data.get("cands") or []):
                    named = False  # "business hirers only": hirer_type 'business', not a breakdown by hirer_name
                if info is not None and col in info.columns and lx.lemma(m.text) in info.columns[col].words and \
                        not named:
                    out[k] = Mention(m.start, m.end, "stop", m.text)  # "jumbo loans": loan_type 'jumbo', no measure
        for k in range(len(out) - 2):
            m, flag, rate = out[k], out[k + 1], out[k + 2]
            top = (flag.data.get("cands") or [(0, None)])[0][1] if flag.kind == "column" else None
            if m.kind == "column" and top is not None and top.is_bool and rate.kind == "cue" and \
                    rate.data.get("cue") == "rate" and lx.lemma(m.text) in self.tables[top.table].words:
                out[k] = Mention(m.start, m.end, "stop", m.text)  # "ticket refund rate": the tickets' refund rate
        for k, m in enumerate(out):
            if m.kind == "word" and m.text in ("missed", "miss", "misses"):
                missed = self._missed(m)
                if missed is not None:  # "patients who missed more than 2 appointments": the no-shows
                    out[k] = missed
                    continue
            if m.kind == "value" and m.text in ("left", "quit", "resigned", "retired") and k > 0 and \
                    out[k - 1].text in ("who", "that", "have", "has", "had", "since") and any(
                        c.is_date and set(c.words) & {"left", "leave", "leaving", "retired", "resigned", "end", "exit"}
                        for c in self.columns):
                out[k] = Mention(m.start, m.end, "word", m.text)  # "players who left": a leaving date, not foot 'left'
                continue
            t = self._modifier_table(m.text) if m.kind == "word" and (k == 0 or out[k - 1].text in (
                "the", "in", "at", "our")) else None
            if t is not None:  # "busiest hour in the cafe": the cafe_orders table, named by its first word
                out[k] = Mention(m.start, m.end, "table", m.text, {"table": t})
                continue
            hit = self._value_by_prefix(m.text) if m.kind == "word" else None
            if hit is not None:  # "maths" -> 'Mathematics', "postgrads" -> 'postgraduate'
                out[k] = Mention(m.start, m.end, "value", m.text, {"values": [hit]})
            named = self._value_naming_a_table(out, k, question)
            if named is not None:
                out[k] = named
        for k, m in enumerate(out):
            if m.kind == "column" and lx.lemma(m.text) in RECORD_NOUNS and all(
                    sc < 2.0 for sc, _ in m.data.get("cands") or []):
                # "number of transactions instead": rows of what is counted, not an order_id by synonym
                out[k] = Mention(m.start, m.end, "stop", m.text)
        for k, m in enumerate(out[:-1]):
            if m.kind != "stop" and m.text in ("show", "list", "give", "display") and (k == 0 or out[k - 1].text in (
                    "please", "and", "now", "then", "can", "you", "just")) and out[k + 1].text in (
                    "me", "us", "the", "all", "only", "just", "each", "every", "a", "an", "my", "our"):
                out[k] = Mention(m.start, m.end, "stop", m.text)  # "show me the 5 priciest": a request, not shows
        self._date_before_grain(out)
        self._people_inside_rows(out)
        self._roles_of_pointing_rows(out)
        self._unit_named_by_verb(out, question)
        self._people_by_name_column(out)
        self._amount_in_another_unit(out)
        self._derived_ties_to_named_tables(out)
        self._timed_nouns(out, question)
        self._money_spent_on_table(out)
        self._sales_table_as_money(out, question)
        for k, m in enumerate(out):
            t = self.tables.get(m.data.get("table")) if m.kind == "table" else None
            w = lx.lemma(m.text) if t is not None and " " not in m.text else None
            j = k - 1 - (k > 1 and out[k - 1].kind == "number")  # ("which 3 judges")
            if w and len(t.words) >= 2 and t.words[0] == w and t.words[-1] != w and j >= 0 and \
                    out[j].text in ("which", "what", "per", "by", "each", "every", "among"):
                named = [c for c in t.columns.values() if c.is_text and not c.is_id and len(c.words) == 2 and
                         c.words[0] == w and c.words[1] in ("name", "code")]
                if len(named) == 1:  # "which judges" on judge_scores(judge_name): the judges named in the rows
                    out[k] = Mention(m.start, m.end, "column", m.text, {"cands": [(3.0, named[0])], "exact": False})
        for k, m in enumerate(out):
            w = lx.lemma(m.text)
            if m.kind == "table" and (w,) not in self.table_phrases and any(
                    x.kind == "column" and w in x.data["cands"][0][1].words and x.data["cands"][0][0] >= 2.0
                    for x in out if x is not m and x.data.get("cands")):
                # "which concert sold the most tickets": the word of tickets_sold, named already, not a table the
                # word is only a synonym of (rehearsal attendance)
                out[k] = Mention(m.start, m.end, "stop", m.text)
        return out

    @staticmethod
    def _derived_ties_to_named_tables(out: list[Mention]) -> None:
        """ "for students who moved out, how long did they stay": a tie between derived columns of several tables
        (durations, named by a word such as "stay") goes to the table the question names."""
        tables = {m.data.get("table") for m in out if m.kind == "table"} - {None}
        for m in out:
            cands = m.data.get("cands") or [] if m.kind == "column" and tables else []
            tied = [c for s, c in cands if s >= cands[0][0] - 0.01] if cands else []
            if len(tied) > 1 and all(c.derived for c in tied) and tied[0].table not in tables and \
                    any(c.table in tables for c in tied):
                first = next(k for k, (s, c) in enumerate(cands) if c.table in tables and s >= cands[0][0] - 0.01)
                m.data["cands"] = [cands[first]] + cands[:first] + cands[first + 1:]

    def _sales_table_as_money(self, out: list[Mention], question: str) -> None:
        """ "till sales by plant category": a table of sales named as what is broken down is its takings
        (SUM(amount_gbp)), not a count of rows; "how many till sales", "sales by hour" still count them."""
        q = question.lower()
        if not re.search(r"\b(by|per|each|every)\b", q) or re.search(
                r"\b(how many|number|count|counts|transactions|hour|hours|often)\b", q):
            return
        if any(m.kind == "column" and any(c.is_measure for _, c in (m.data.get("cands") or [])[:1]) for m in out):
            return
        for k, m in enumerate(out):
            if m.kind != "table" or m.text.split()[-1] != "sales":
                continue
            t = self.tables[m.data["table"]]
            money = [c for c in t.columns.values() if c.is_money and not c.derived and
                     not set(c.words) & (SURCHARGE_WORDS | {"unit", "price"})]
            if len(money) == 1:
                out[k] = Mention(m.start, m.end, "column", m.text, {"cands": [(3.0, money[0])]})
            return

    def _money_spent_on_table(self, out: list[Mention]) -> None:
        """ "which town spends the most on deliveries", "spent over £200 at the tills": the money of the table named
        after on / at (delivery_orders.order_value_gbp, till_sales.amount_gbp), not another table's."""
        spend = [k for k, m in enumerate(out) if m.kind == "column" and m.text in (
            "spend", "spends", "spent", "spending")]
        if len(spend) != 1:
            return
        k = spend[0]
        for j in range(k + 2, min(len(out), k + 8)):
            if out[j - 1].text not in ("on", "at", "in") and not (out[j - 1].text == "the" and j >= 2 and
                                                                 out[j - 2].text in ("on", "at", "in")):
                continue
            m = out[j]
            t = m.data.get("table") if m.kind == "table" else None
            if t is None and m.kind in ("column", "word"):
                first = self.tables_starting_with(lx.lemma(m.text))
                t = first[0] if len(first) == 1 else None
            if t is None:
                continue
            money = [c for c in self.tables[t].columns.values() if c.is_money and not set(c.words) & SURCHARGE_WORDS]
            lines = [c for c in money if c.name.startswith("@line_total")]  # qty x unit price, not the unit price
            money = lines or [c for c in money if not c.derived and "unit" not in c.words]
            if len(money) != 1:
                return
            out[k] = Mention(out[k].start, out[k].end, "column", out[k].text, {"cands": [(3.0, money[0])]})
            if m.kind != "table":
                out[j] = Mention(m.start, m.end, "table", m.text, {"table": t})
            return

    def _people_inside_rows(self, out: list[Mention]) -> None:
        """ "which volunteers did more than 50 shifts" on volunteer_shifts(volunteer_first_name, volunteer_last_name):
        with no table of them, people named inside another table's rows are those two name columns."""
        for k, m in enumerate(out):
            w = lx.lemma(m.text)
            if m.kind != "column" or " " in m.text or self.table_for_word(w):
                continue
            b = k - 1
            while b > 0 and out[b].kind == "word":
                b -= 1  # "which current tenant pays the most": an adjective between
            modifier = w == m.text and not (b >= 0 and out[b].text in ("which", "what", "each", "per", "by",
                                                                       "every"))  # ("average host age")
            tables = {c.table for _, c in m.data.get("cands") or []}
            for t in tables:
                cols = self.tables[t].columns.values()
                first = [c for c in cols if c.is_text and c.words[:1] == [w] and c.words[1:] == ["first", "name"]]
                last = [c for c in cols if c.is_text and c.words[:1] == [w] and c.words[1:] == ["last", "name"]]
                if len(first) != 1 or len(last) != 1:
                    continue
                if modifier and k + 1 < len(out) and out[k + 1].kind == "column":
                    out[k] = Mention(m.start, m.end, "stop", m.text)  # "volunteer hours": the word qualifies hours
                else:
                    out[k] = Mention(m.start, m.end, "column", m.text, {"cands": [(3.0, first[0])], "exact": False,
                                                                         "table": None, "surname": last[0]})
                break

    def _date_before_grain(self, out: list[Mention]) -> None:
        """ "jobs by pickup hour": a word before a time grain names the date column it shares a word with
        (pickup_at), not a text column that happens to share it (pickup_zone)."""
        for k, m in enumerate(out[:-1]):
            nxt = out[k + 1]
            if m.kind != "column" or nxt.kind != "cue" or nxt.data.get("cue") != "grain" or \
                    nxt.data.get("grain") not in ("hour", "day", "dow", "week", "month", "quarter", "year"):
                continue
            cands = m.data.get("cands") or []
            if not cands or cands[0][1].is_date:
                continue
            dated = [(s, c) for s, c in self.column_candidates(m.text) if c.is_date and not c.derived and s >= 1.0]
            tables = {c.table for _, c in cands[:1]}
            dated = [x for x in dated if x[1].table in tables] or dated
            if len({c.key for _, c in dated}) == 1:
                out[k] = Mention(m.start, m.end, "column", m.text,
                                 dict(m.data, cands=[(cands[0][0], dated[0][1])] + list(cands)))

    def _roles_of_pointing_rows(self, out: list[Mention]) -> None:
        """ "which game master has run the most games": the people bookings point at through gameMasterId (whatever
        their staff role), when another word names those bookings; "average age of our game masters" keeps the role
        value."""
        for k, m in enumerate(out):
            cols = m.data.get("role_cols") if m.kind == "value" else None
            if not cols:
                continue
            pointing = {c.table for c in cols}
            if any(x is not m and x.kind == "column" and (x.data.get("cands") or [(0, None)])[0][1].table in pointing
                   or x.kind == "table" and x.data.get("table") in pointing for x in out):
                out[k] = Mention(m.start, m.end, "column", m.text, {"cands": [(7.0, c) for c in cols], "exact": True})

    def _people_by_name_column(self, out: list[Mention]) -> None:
        """ "how many different people booked with a campervan" on tickets(lead_passenger): with no table of people,
        the one column holding people's names (a person word in its name, values like 'Odette Varga')."""
        for k, m in enumerate(out):
            if m.kind not in ("word", "stop") or m.text not in ("people", "persons", "individuals"):
                continue
            if any(t.looks_like_people or set(t.words) & lx.PERSON_WORDS for t in self.tables.values()):
                return
            named = [c for c in self.columns if c.is_text and not c.is_id and c.values and
                     set(c.words) & lx.PERSON_WORDS and looks_like_names(c.values)]
            if len(named) == 1:
                out[k] = Mention(m.start, m.end, "column", m.text,
                                 {"cands": [(2.0, named[0])], "exact": False, "table": None})

    def _amount_in_another_unit(self, out: list[Mention]) -> None:
        """ "how many tonnes came through the gate" over weighings.weight_kg, "total litres collected" over
        donations.volume_ml: the one stored amount of that quantity, counted in another unit (the mention keeps the unit
        asked, which the resolver turns into a scale)."""
        for k, m in enumerate(out):
            unit = lx.AMOUNT_UNITS.get(lx.lemma(m.text))
            if m.kind not in ("column", "word") or unit is None or k > 0 and out[k - 1].text in ("per", "a", "an",
                                                                                                   "each", "/"):
                continue  # ("price per kg": a rate's unit, not an amount)
            top = (m.data.get("cands") or [(0, None)])[0][1]
            if top is not None and amount_unit(top) == unit:
                continue  # weight_kg for "kilos": already the amount, in that unit
            amounts = [c for c in self.columns if (amount_unit(c) or ("",))[0] == unit[0]]
            if len(amounts) != 1 or amount_unit(amounts[0]) == unit:
                continue
            out[k] = Mention(m.start, m.end, "column", m.text,
                             {"cands": [(2.5, amounts[0])], "exact": False, "table": None,
                              "asked_unit": lx.lemma(m.text)})

    def _unit_named_by_verb(self, out: list[Mention], question: str) -> None:
        """ "how many kilos did we roast": of several kg columns (kgPurchased, greenKg, roastedKg), the one whose other
        word is a verb of the question."""
        stems = {stem(w) for w in re.findall(r"[a-z]+", question.lower()) if len(w) > 3}
        for m in out:
            cands = m.data.get("cands") or [] if m.kind == "column" else []
            if len(cands) < 2 or lx.lemma(m.text) not in SUBSTANCE_UNITS:
                continue
            top = cands[0][0]
            hits = [c for s, c in cands if s >= top - 0.01 and any(
                stem(w) in stems for w in c.words if w not in UNIT_WORDS and w not in SUBSTANCE_UNITS and
                stem(w) != stem(m.text))]
            if len(hits) == 1:
                m.data["cands"] = [(top + 0.5, hits[0])] + [(s, c) for s, c in cands if c is not hits[0]]

    def _timed_nouns(self, out: list[Mention], question: str) -> None:
        """ "average lap time" -> avgLapSec, "fastest lap" -> MIN(bestLapSec): a noun whose column counts things
        (laps) said with "time", or after "fastest", means the column timing that noun in seconds or minutes."""
        words = set(re.findall(r"[a-z]+", question.lower()))
        for k, m in enumerate(out):
            if m.kind == "cue" and m.data.get("cue") == "trend" and m.text in ("time", "times") and not (
                    k > 0 and out[k - 1].text in ("over", "across", "through")):
                timed = [c for c in self.columns if c.is_measure and not c.derived and "time" in c.words and
                         time_unit_seconds(c.name, c.words)]
                if len(timed) == 1:  # "fastest time on the brown course": timeSeconds, not a trend
                    out[k] = Mention(m.start, m.end, "column", m.text, {"cands": [(3.0, timed[0])], "exact": True})
                    if k > 0 and out[k - 1].text in SPEED_WORDS:
                        out[k - 1] = _least_time_cue(out[k - 1])
        k = 0
        while k < len(out):
            m = out[k]
            nxt = out[k + 1].text if k + 1 < len(out) else ""
            prev = out[k - 1] if k > 0 else None
            fast = prev is not None and prev.text in SPEED_WORDS
            if m.kind != "column" or not m.data.get("cands") or not (nxt in ("time", "times") or fast):
                k += 1
                continue
            noun = lx.lemma(m.text.split()[-1])
            top = m.data["cands"][0][1]
            timed = [c for c in self.tables[top.table].columns.values() if c.is_measure and not c.derived and
                     noun in c.words and time_unit_seconds(c.name, c.words) and c is not top]
            if not timed or time_unit_seconds(top.name, top.words):
                k += 1
                continue
            best = [c for c in timed if set(c.words) & {"best", "fastest", "min", "minimum", "quickest"}]
            mean = [c for c in timed if set(c.words) & {"average", "avg", "mean"}]
            plain = [c for c in timed if c not in best and c not in mean]
            pick = best if (fast or words & {"best", "fastest", "quickest", "record"}) and best else \
                mean if words & {"average", "avg", "mean", "typical"} and mean else plain or mean or best
            end = out[k + 1].end if nxt in ("time", "times") else m.end
            out[k:k + (2 if nxt in ("time", "times") else 1)] = [
                Mention(m.start, end, "column", m.text, {"cands": [(3.0, pick[0])], "exact": True})]
            pure = k >= 2 and out[k - 2].kind == "cue" and out[k - 2].text in lx.PURE_AGG
            if fast and pure:  # "median best lap": the best-lap column, its median
                out[k - 1] = Mention(prev.start, prev.end, "stop", prev.text)
            elif fast:
                out[k - 1] = _least_time_cue(prev)
            k += 1

    def _value_naming_a_table(self, out: list[Mention], k: int, question: str) -> Mention | None:
        """ "tour revenue by tour", "which guide led the most tours": the first word of a table's name
        (tour_bookings) and of its label (tour_name), not the value 'tours' of another table's column (topic) that
        the question does not name."""
        m = out[k]
        if m.kind != "value" or m.end - m.start != 1 or not m.data.get("values"):
            return None
        w = lx.lemma(m.text)
        tables = self.tables_starting_with(w)
        if len(tables) != 1 or any(h[0] == tables[0] for h in m.data["values"]):
            return None
        words = set(re.findall(r"[a-z]+", question.lower()))
        if any(set(self.tables[h[0]].columns[h[1]].words) & words or lx.lemma(h[0]) in {lx.lemma(x) for x in words}
               or set(self.tables[h[0]].words) & {lx.lemma(x) for x in words} for h in m.data["values"]):
            return None  # "enquiries about tours": the value of the named table's (or column's) rows
        t = self.tables[tables[0]]
        label = [c for c in t.columns.values() if c.is_text and not c.is_id and len(c.words) == 2 and
                 c.words[0] == w and c.words[1] in ("name", "title", "type", "label")]
        if k > 0 and out[k - 1].text in GROUPING_WORDS and len(label) == 1:
            return Mention(m.start, m.end, "column", m.text, {"cands": [(3.0, label[0])], "exact": True})
        return Mention(m.start, m.end, "table", m.text, {"table": t.name})

    def _table_named_with_its_verb(self, span: list[Mention], stems: set[str]) -> str | None:
        """Words that start a table's name, the question saying its last word elsewhere ("gift aid ... claimed" with
        gift_aid_claims), while they also name a yes/no column (gift_aid_declared): the table."""
        if not span or any(m.kind not in ("column", "table", "word") for m in span):
            return None
        words = [lx.lemma(w) for m in span for w in m.text.split()]
        flags = [c for m in span for s, c in m.data.get("cands") or [] if c.is_bool and s >= 2.0]
        if len(words) < 2 or not flags:
            return None
        hits = [t.name for t in self.tables.values() if len(t.words) == len(words) + 1 and
                [lx.lemma(w) for w in t.words[:-1]] == words and stem(t.words[-1]) in stems]
        return hits[0] if len(hits) == 1 else None

    def _table_over_column_prefix(self, m: Mention) -> str | None:
        """A one-word column mention that only starts longer column names (gift -> gift_aid_declared) while the word
        names a table by itself or by synonym (gifts -> donations): the table."""
        if m.kind != "column" or m.end - m.start != 1 or m.data.get("exact"):
            return None
        cands = m.data.get("cands") or []
        w = lx.lemma(m.text)
        if not cands or cands[0][0] > 2.0 or not all(len(c.words) >= 2 and lx.lemma(c.words[0]) == w
                                                      for s, c in cands if s >= 2.0):
            return None
        t = self.table_for_word(m.text)
        return t if t is not None and all(c.table != t for _, c in cands[:1]) else None

    def _numbered_things(self, m: Mention, grouped: bool = False) -> ColInfo | None:
        """ "tables", "rooms", "per map": a noun whose column is its number (table_number, room_no, map_number),
        read as the label of each one rather than as a quantity to add up; a named label column (map_name) first.
        A singular noun counts only after "per", "by", "which"."""
        if m.kind != "column" or m.end - m.start != 1 or lx.lemma(m.text) == m.text and not grouped:
            return None
        w = lx.lemma(m.text)
        cands = [c for s, c in m.data.get("cands") or [] if s >= 2.0]
        hits = [c for c in cands if c.is_number and not c.derived and
                len(c.words) == 2 and c.words[0] == w and c.words[1] in ("number", "no", "num", "nr")]
        if len(hits) != 1:
            return None
        label = [c for c in cands if c.table == hits[0].table and c.is_label and c.is_text and c.words[0] == w]
        return label[0] if len(label) == 1 else dataclasses.replace(hits[0], kind="text")

    def _table_named_by_key(self, m: Mention) -> str | None:
        """A column mention that only reaches a table's own key and spells that table's name ("drop offs" ->
        drop_offs, through drop_off_id): the table."""
        cands = [c for s, c in m.data.get("cands") or [] if s >= 1.0] if m.kind == "column" else []
        ids = [c for c in cands if c.is_id]
        if not ids or not all(c.is_id or c.is_date and c.table == ids[0].table for c in cands):
            return None
        refs = {c.table if c.is_pk else next((rt for col, rt, _ in self.tables[c.table].fks if col == c.name), None)
                for c in ids}
        if len(refs) != 1 or None in refs:
            return None
        t = refs.pop()
        spelled = "".join(lx.lemma(w) for w in m.text.split())
        if spelled == lx.lemma(t.replace("_", "").lower()) or spelled == t.replace("_", "").lower():
            return t
        # "how many installs": installations, through installationId (the same stem, said for short)
        last = lx.split_name(t)[-1].lower() if lx.split_name(t) else t
        noun = " " not in m.text and m.text.endswith("s") and not m.text.endswith(("ed", "ing"))  # not "delivered"
        return t if noun and len(stem(m.text)) >= 5 and stem(m.text) == stem(last) else None

    def _timed_table_measure(self, out: list, k: int) -> ColInfo | None:
        """A table named as a time ("stage time", "lap times") after an aggregate or a speed word: its one stored
        duration column (stageSeconds)."""
        m = out[k]
        prev = out[k - 1] if k > 0 else None
        if m.kind != "table" or prev is None or not (
                prev.kind == "cue" and prev.data.get("cue") == "agg" and prev.data.get("agg") in (
                    "avg", "median", "min", "max", "sum") or prev.text in ("fastest", "slowest", "quickest")):
            return None
        info = self.tables[m.data["table"]]
        if not set(info.words) & {"time", "duration", "lap", "split"}:
            return None
        timed = [c for c in info.columns.values() if c.is_measure and not c.derived and
                 time_unit_seconds(c.name, c.words) and not set(c.words) & ADDON_WORDS]
        return timed[0] if len(timed) == 1 else None

    def _mass_noun_quantity(self, out: list, k: int) -> ColInfo | None:
        """A table named in the singular with no article, as a mass noun ("harvest by block", "the biggest harvest"):
        the one quantity in kilos, litres or tonnes of that table. "per harvest", "a harvest", "harvests" count rows."""
        m = out[k]
        table = m.data.get("table") if m.kind == "table" else self._first_word_table(m.text) if m.kind == "word" \
            else None  # ("milk delivered": milk_intakes, named by its first word)
        if table is None or m.end - m.start != 1 or lx.lemma(m.text) != m.text or m.text.endswith("s"):
            return None
        if k > 0 and not (out[k - 1].kind == "cue" and out[k - 1].data.get("cue") == "agg" and not
                          out[k - 1].data.get("dir") and out[k - 1].data.get("agg") in ("sum", "avg") or
                          out[k - 1].text in ("much", "how much", "most", "least") or
                          out[k - 1].text in SIZE_SUPERLATIVES and
                          self._grouped_elsewhere(out, k) and bool(self.tables[table].date_columns())):
            return None  # "the longest trip", "each leased van": rows; only "total harvest", "harvest by ..." are not
        # ("which farms supplied the most milk", "milk delivered in March": the litres of milk_intakes)
        nxt = out[k + 1] if k + 1 < len(out) else None
        verb = nxt is not None and nxt.text.endswith("ed") and (nxt.kind == "word" or nxt.kind == "column" and all(
            c.table != table for _, c in (nxt.data.get("cands") or [])[:1]))
        if nxt is not None and not verb and not (nxt.kind in ("year", "month", "date", "quarter") or
                                                 nxt.kind == "cue" and nxt.data.get("cue") in ("group", "relative")
                                                 or nxt.text in ("in", "for", "?", "overall", "ever")):
            return None  # "harvest weight", "flight time": a column named through the table
        qty = [c for c in self.tables[table].columns.values() if c.is_substance_amount]
        return qty[0] if len(qty) == 1 else None

    @staticmethod
    def _table_before_own_column(out: list, k: int) -> bool:
        """ "by keg size": after by / per, a singular table noun right before one of its own columns only says whose
        column it is (kegs.size_litres), so the breakdown is that column."""
        m = out[k]
        nxt = out[k + 1] if k + 1 < len(out) else None
        top = (nxt.data.get("cands") or [(0, None)])[0][1] if nxt is not None and nxt.kind == "column" else None
        return m.kind == "table" and not m.text.endswith("s") and " " not in m.text and top is not None and \
            top.table == m.data["table"] and not top.is_id and not top.is_date and k > 0 and \
            out[k - 1].text.split()[-1] in ("by", "per")

    def _table_by_first_word(self, m: Mention) -> str | None:
        """An unlinked plural noun that starts exactly one two-word table name ("logs" -> logDeliveries), when no
        column or other table uses the word."""
        verb = IRREGULAR_PAST.get(m.text)  # "members who swam": the swim sessions
        if m.kind != "word" or " " in m.text or not (m.text.endswith("s") or verb) or len(m.text) < 3:
            return None
        return self._first_word_table(verb or lx.lemma(m.text))

    def _first_word_table(self, w: str) -> str | None:
        """The one two-word table whose first word is `w`, when no column or other table uses the word."""
        hits = [t for t in self.tables.values() if len(t.words) == 2 and lx.lemma(t.words[0]) == w]
        if len(hits) != 1:
            return None  # (the usual case: no need to look through every column)
        used = any(w in {lx.lemma(x) for x in c.words} for c in self.columns) or any(
            w in {lx.lemma(x) for x in t.words[1:]} for t in self.tables.values())
        return None if used else hits[0].name

    @staticmethod
    def _grouped_elsewhere(out: list, k: int) -> bool:
        """ "which variety gave the biggest harvest": a which- or by-cue right before another table or column, so
        the superlative ranks groups ("what is our heaviest object" ranks single objects)."""
        for j, o in enumerate(out[:-1]):
            if o.kind == "cue" and o.data.get("cue") in ("which", "group"):
                nxt = next((x for x in out[j + 1:] if x.kind != "stop"), None)
                if nxt is not None and nxt is not out[k] and nxt.kind in ("table", "column"):
                    return True
        return False

    def _amount_of_a_kind(self, out: list, k: int) -> ColInfo | None:
        """ "how much fruit did we pick", "the most fruit": a text column (fruit kinds) weighed, not counted, when the
        schema stores one amount in kilos, litres or tonnes (harvests.weight_kg)."""
        m = out[k]
        if m.kind != "column" or not k or m.end - m.start != 1 or m.text.endswith("s") or not m.data.get("cands"):
            return None
        top = m.data["cands"][0][1]
        before = out[k - 1]
        if not top.is_text or not (before.text in ("much", "how much") or before.kind == "cue" and
                                   before.text in ("most", "least")):
            return None
        qty = [c for c in self.columns if c.is_substance_amount]
        said = {o.data["table"] for o in out if o.kind == "table"} | {
            c.table for o in out if o.kind == "column" and o is not m for _, c in (o.data.get("cands") or [])[:1]}
        if len(qty) > 1:  # "pick" (harvests.picked_on) says which amount; else the amount of the busiest table
            qty = sorted([c for c in qty if c.table in said] or qty, key=lambda c: -self.tables[c.table].row_count)[:1]
        return qty[0] if len(qty) == 1 else None

    def _substance_quantity(self, word: str) -> ColInfo | None:
        """The one quantity with a unit (litres, kg) of the table named by the activity on a substance: "milk" ->
        milkings.yield_litres, "honey" -> honey_extractions.weight_kg. None when the word names a table itself."""
        if (word,) in self.table_phrases or len(word) < 4 or word.endswith(("ed", "ing", "s")):
            return None  # a verb ("booked") names the event, not a substance
        tables = {t for words, t in self.table_phrases.items() if len(words) == 1 and words[0] != word and
                  words[0].endswith("ing") and stem(words[0]) == stem(word)}
        if len(tables) != 1:
            return None
        qty = [c for c in self.tables[tables.pop()].columns.values() if c.is_measure and not c.is_money and
               not c.derived and (c.words[-1] in UNIT_WORDS or lx.lemma(c.words[-1]) in SUBSTANCE_UNITS)]
        return qty[0] if len(qty) == 1 else None

    def _value_by_prefix(self, word: str) -> tuple[str, str, str] | None:
        """The one single-word text value that an otherwise unknown word shortens ("maths" -> 'Mathematics',
        "postgrads" -> 'postgraduate'): the word (or its singular) is the start of that value and of no other."""
        w = lx.lemma(word)
        if len(w) < 4 or len(word) < 5 or w in lx.STOP_WORDS or not w.isalpha():
            return None  # ("over 30 meters long" is no 'longline')
        people = {"first", "last", "surname", "given", "family", "full", "forename"}  # "call outs" is not Callum
        hits = {(c.table, c.name, v) for c in self.columns if c.is_text and c.values and not c.is_id and
                not set(c.words) & people for v in c.values if " " not in str(v).strip() and
                str(v).lower().startswith(w) and len(str(v)) >= len(w) + 2}
        return next(iter(hits)) if len(hits) == 1 else None

    def _split_value_phrase(self, m: Mention) -> list[Mention]:
        """ "business accounts" read as the column account_type through synonyms: when the first word is one of that
        column's own values and the last names the table, they are a value and the table ('business' accounts)."""
        words = m.text.split()
        cands = m.data.get("cands") or [] if m.kind == "column" else []
        if len(words) != 2 or m.end - m.start != 2 or not cands:
            return [m]
        top = cands[0][1]
        hits = [(top.table, top.name, v) for v in (top.values or []) if str(v).lower() == words[0]]
        table = self._head_noun_table(words[1])
        if len(hits) != 1 or table != top.table:
            return [m]
        return [Mention(m.start, m.start + 1, "value", words[0], {"values": hits}),
                Mention(m.start + 1, m.end, "table", words[1], {"table": table})]

    def _flag_of_noun(self, m: Mention) -> ColInfo | None:
        """The one yes/no column named by the adjective of a plural noun ("absences" -> absent, "cancellations" ->
        cancelled), when the noun itself only names part of a text column (absence_reason)."""
        if m.kind != "column" or " " in m.text or lx.lemma(m.text) == m.text:
            return None
        noun = lx.lemma(m.text)
        adj = lx.EVENT_NOUNS.get(noun) or (noun[:-4] + "ent" if noun.endswith("ence") else None)
        top = (m.data.get("cands") or [(0, None)])[0][1]
        if adj is None or top is None or top.is_bool or not top.is_text or top.words == [noun]:
            return None
        flags = [c for c in self.columns if c.is_bool and adj in c.words and len(c.words) <= 2]
        return flags[0] if len(flags) == 1 else None

    def _date_of_event_noun(self, m: Mention) -> ColInfo | None:
        """The one date column named after the verb of a plural event noun ("adoptions" -> adopted_on), when the noun
        itself only modifies another column (adoption_fee_gbp)."""
        if m.kind != "column" or " " in m.text or not m.text.endswith("ions"):
            return None
        top = (m.data.get("cands") or [(0, None)])[0][1]
        root = stem(m.text[:-4])
        if top is None or top.is_date or top.is_bool or len(top.words) < 2 or top.words[-1] == lx.lemma(m.text):
            return None
        dates = [c for c in self.columns if c.is_date and c.table == top.table and len(c.words) >= 2 and
                 stem(c.words[0]) == root]
        return dates[0] if len(dates) == 1 else None

    def _quantity_named_table(self, cue: Mention, m: Mention, ranked: bool = False) -> ColInfo | None:
        """The numeric column a table's name ends in ("volunteer hours" -> volunteer_hours.hours) after an aggregate
        word ("total", "average", "the most"), or after "by" in a ranking ("top 5 volunteers by volunteer hours")."""
        if m.kind != "table" or cue.kind != "cue" or cue.data.get("cue") not in ("agg", "sup") and not ranked:
            return None
        info = self.tables.get(m.data.get("table"))
        if info is None or len(info.words) < 2:
            return None
        hits = [c for c in info.columns.values() if c.is_measure and not c.derived and not c.is_id and
                c.words and [lx.lemma(w) for w in c.words] == [lx.lemma(info.words[-1])]]
        return hits[0] if len(hits) == 1 else None

    @staticmethod
    def _two_word_column(m: Mention, nxt: Mention) -> ColInfo | None:
        """The two-word column two neighbouring single-word mentions name together, word stem by word stem."""
        if m.kind != "column" or nxt.kind not in ("column", "word") or " " in m.text or " " in nxt.text:
            return None
        for _, c in (m.data.get("cands") or [])[:2]:
            if len(c.words) == 2 and stem(m.text) == stem(c.words[0]) and stem(nxt.text) == stem(c.words[1]) and \
                    not any(x is c for _, x in (nxt.data.get("cands") or [])[:1]):
                return c
        return None

    @staticmethod
    def _weak_key_modifier(m: Mention, nxt: Mention) -> bool:
        cands, after = m.data.get("cands") or [], nxt.data.get("cands") or []
        if m.kind != "column" or nxt.kind != "column" or not cands or not after or m.data.get("table"):
            return False
        top, best = cands[0], after[0]
        return top[0] < 1.5 and all(c.is_id for _, c in cands) and best[0] >= 2.0 and not best[1].is_id and \
            best[1].table in {c.table for _, c in cands}

    def _table_over_value(self, out: list[Mention], k: int) -> bool:
        """A value that is also the whole name of another table reads as that table unless a neighbour names the
        value's own table or column."""
        owners = {h[0] for h in out[k].data.get("values") or []}
        for j in (k - 1, k + 1):
            if not 0 <= j < len(out):
                continue
            n = out[j]
            if n.kind == "table" and n.data.get("table") in owners or n.kind == "column" and any(
                    c.table in owners for _, c in (n.data.get("cands") or [])[:2]):
                return False
        return True

    def _head_noun_table(self, word: str) -> str | None:
        """The one table whose name ends in this noun (test_centres for "centre" / "centres")."""
        w = lx.lemma(word)
        hits = [t.name for t in self.tables.values() if t.words and t.words[-1] in (w, w + "s", word)]
        return hits[0] if len(hits) == 1 else None

    def _letter_value(self, col: Mention, m: Mention) -> Mention | None:
        """A one- or two-character word right after a column mention that is one of that column's values."""
        if col.kind != "column" or m.kind not in ("word", "stop") or len(m.text) > 2 or not col.data.get("cands"):
            return None
        top = col.data["cands"][0][1]
        hits = [(top.table, top.name, v) for v in (top.values or []) if str(v).lower() == m.text]
        return Mention(m.start, m.end, "value", m.text, {"values": hits}) if len(hits) == 1 else None

    def _takings_first(self, cands: list[tuple[float, ColInfo]]) -> list[tuple[float, ColInfo]]:
        """ "which site made the most money": money a sale brought in (sales.price, sale_price) before what a row
        costs (a site's monthly rent, a stock cost)."""
        sale_words = {"sale", "sales", "sold", "paid", "transaction", "transactions"}
        out = [(s + (0.3 if (set(c.words) | set(self.tables[c.table].words)) & sale_words and not set(c.words) & {
            "cost", "discount", "tax", "refund", "tip", "deposit"} else 0), c) for s, c in cands]
        return sorted(out, key=lambda sc: -sc[0])

    def _actual_money(self, cands: list[tuple[float, ColInfo]]) -> list[tuple[float, ColInfo]]:
        """ "which buyer spent the most": of a table whose money columns the verb reached only through a guide or
        reserve price, the money actually paid (hammer_price) comes first."""
        planned = lx.NOT_ACTUAL_MONEY
        tables = {c.table for _, c in cands if c.is_money}
        if len(tables) != 1 or not any(set(c.words) & planned for _, c in cands if c.is_money):
            return cands
        t = next(iter(tables))
        actual = self.actual_money(t)
        if len(actual) != 1:
            return cands
        top = max(s for s, _ in cands)
        return [(top + 0.2, actual[0])] + [(s, c) for s, c in cands if c is not actual[0]]

    def _customers_as_the_people_table(self, out: list[Mention]) -> None:
        """ "how many members does the club have?" on runners(first_name, last_name, ...): a word for the people a
        business serves that names no table or column is its one table of people who are not staff."""
        said = [k for k, m in enumerate(out) if m.kind == "word" and lx.lemma(m.text) in CLIENT_NOUNS and
                m.text != lx.lemma(m.text)]
        if not said:
            return
        people = [t for t in self.tables.values() if t.looks_like_people and not (
            t.words and lx.lemma(t.words[-1]) in STAFF_NOUNS)]
        if len(people) != 1:
            return
        for k in said:
            out[k] = Mention(out[k].start, out[k].end, "table", out[k].text, {"table": people[0].name})

    def _numbered_column_of_next_table(self, out: list[Mention]) -> None:
        """ "a level 4 instructor" with lessons.level (text) and instructors.cert_level (a number): the number column
        of the table the phrase describes."""
        for k in range(len(out) - 2):
            m, n, t = out[k], out[k + 1], out[k + 2]
            if m.kind != "column" or n.kind != "number" or t.kind != "table" or t.data.get("table") not in self.tables:
                continue
            w = lx.lemma(m.text)
            own = [c for c in self.tables[t.data["table"]].columns.values()
                   if c.is_number and not c.is_id and w in c.words]
            if len(own) == 1 and not any(c.table == own[0].table for _, c in (m.data.get("cands") or [])[:1]):
                out[k] = Mention(m.start, m.end, "column", m.text, {"cands": [(6.0, own[0])], "exact": True})

    def _table_words_qualify_columns(self, out: list[Mention]) -> list[Mention]:
        """ "revenue by sales channel" with sales_lines(channel): 'sales' names the table the channel belongs to, not
        a second figure (one column mention over both words)."""
        res: list[Mention] = []
        for b in out:
            a = res[-1] if res else None
            first = (a.data.get("cands") or [(0.0, None)])[0] if a is not None and a.kind == "column" else (0.0, None)
            if first[1] is not None and first[0] >= 2.0 and b.kind == "column" and a.end == b.start and \
                    " " not in b.text and any(_same_root(w, b.text) for w in first[1].words) and \
                    not any(c is first[1] for _, c in b.data.get("cands") or []):
                res[-1] = _spanning(a, b, dict(a.data))  # "safety induction": safety_inducted, one column
                continue
            top = (b.data.get("cands") or [(0.0, None)])[0][1] if b.kind == "column" and b.data.get("exact") else None
            if a is not None and a.kind == "column" and top is not None and a.end == b.start and \
                    lx.lemma(a.text) in self.tables[top.table].words and lx.lemma(a.text) not in top.words and \
                    not any(s >= 2.5 and c.table != top.table for s, c in a.data.get("cands") or []):
                res[-1] = _spanning(a, b, dict(b.data))
                continue
            res.append(b)
        return res

    def _paid_before_listed(self, cands: list[tuple[float, ColInfo]]) -> list[tuple[float, ColInfo]]:
        """ "revenue by subject": the money of the rows that refer to a catalogue (enrollments.price_paid) is what
        was earned, before the catalogue's own list price (courses.price)."""
        tables = {c.table for _, c in cands}
        out = []
        for s, c in cands:
            refers = any(rt in tables and rt != c.table for _, rt, _ in self.tables[c.table].fks)
            out.append((s + 0.2 if refers and c.is_money else s, c))
        return sorted(out, key=lambda sc: -sc[0])

    def _person_columns(self, m: Mention) -> Mention | None:
        """ "patients over 80": the rows' patient_age (a number column named for the person) is compared."""
        w = lx.lemma(m.text)
        tables = {t for t, _, _ in m.data.get("values") or []}
        cols = [c for t in tables for c in self.tables[t].columns.values()
                if c.words[:1] == [w] and len(c.words) > 1 and c.is_number and not c.is_id]
        if len(cols) != 1:
            return None
        return Mention(m.start, m.end, "column", m.text, {"cands": [(1.0, cols[0])], "exact": False})

    def _flag_named_like_value(self, m: Mention, named_tables: set) -> ColInfo | None:
        """A one-word value ('contaminated', a reason of missed_bins) that is also the whole name of a yes/no column
        of a bigger table, or of a table the question names (collections.contaminated): the flag."""
        hits = m.data.get("values") or []
        if " " in m.text or not hits:
            return None
        w = m.text.lower()
        flags = [c for c in self.columns if c.is_bool and not c.derived and (c.name.lower() == w or c.words == [w])]
        vt = {t for t, _, _ in hits}
        if len(flags) != 1 or flags[0].table in vt:
            return None
        f = flags[0]
        bigger = all(self.tables[f.table].row_count > self.tables[t].row_count for t in vt)
        return f if (f.table in named_tables or bigger and not vt & named_tables) else None

    def _value_names_a_column(self, m: Mention, nxt: Mention | None) -> bool:
        """A one-word value that is rather part of a column's name: "police attendance" is police_attended, not
        caller_type 'police'; "stroke patients" are the rows whose patient_age / patient_sex describe them, not
        caller_type 'patient'."""
        if " " in m.text or m.data.get("family"):
            return False
        w = lx.lemma(m.text)
        hits = m.data.get("values") or []
        if not hits or any(str(v).lower() != w and str(v).lower() != m.text for _, _, v in hits):
            return False
        tables = {t for t, _, _ in hits}
        if nxt is not None and nxt.kind == "column" and any(
                w in c.words and c.table in tables for _, c in nxt.data.get("cands", [])[:1]):
            return True
        return w in lx.PERSON_WORDS and all(any(
            c.words[:1] == [w] and len(c.words) > 1 for c in self.tables[t].columns.values()) for t in tables)

    def _paid_in_child(self, c: ColInfo) -> bool:
        """A table that refers to `c`'s table records money actually paid (a course's list fee and the fee each
        enrolment paid): "fee income" is then that money, not the list fee."""
        return any(rt == c.table and any(x.is_money and set(x.words) & {"paid", "fee", "fees", "amount", "charged"}
                                         for x in t.columns.values())
                   for t in self.tables.values() for _, rt, _ in t.fks)

    def _table_money(self, table: str | None, word: str) -> list[tuple[float, ColInfo]]:
        """The one money column of `table` a revenue word right after the table's name means."""
        if table not in self.tables or lx.lemma(word) not in {"revenue", "income", "takings", "turnover", "money"}:
            return []  # (nouns only: "which supplier billed us the most" is about the invoices)
        money = [c for c in self.tables[table].columns.values() if c.is_money and not set(c.words) & {
            "cost", "costs", "expense", "expenses", "refund", "refunded", "discount", "tip", "tips", "deposit",
            "deposits", "replacement", "value"} and
                 not set(c.words) & lx.NOT_ACTUAL_MONEY and not time_unit_seconds(c.name, c.words)]
        derived = [c for c in money if c.derived]
        pick = derived or money
        return [(3.0, pick[0])] if len(pick) == 1 else []

    def _money_of_sales_table(self, table: str, word: str) -> list[tuple[float, ColInfo]]:
        """The money columns a revenue word means when it also names a table of sales (sales_txns.amt)."""
        return [(s, c) for s, c in self.column_candidates(word) if c.table == table and c.is_money]

    def _giving_as_donating(self, toks: list[str]) -> list[str]:
        """ "donors who have given more than 5 times", "how many donors gave blood": on a schema of donations,
        giving is donating (the verb then names donations and their donated_at date)."""
        if not any(w in ("give", "gave", "given", "giving") for w in toks) or not any(
                w.startswith(("donat", "donor")) for t in self.tables.values() for w in t.words):
            return toks
        verb = {"give": "donate", "gave": "donated", "given": "donated", "giving": "donating"}
        return [verb.get(w, w) if k == 0 or toks[k - 1] not in ("me", "us", "please") else w
                for k, w in enumerate(toks)]

    def _unit_words(self, toks: list[str]) -> list[str]:
        """Spelled-out units become the abbreviation a column uses: "square foot" -> "sqft" when a column says so.

        >>> SchemaIndex(schema)._unit_words(["price", "per", "square", "foot"])   # doctest: +SKIP
        ['price', 'per', 'sqft']
        """
        out: list[str] = []
        i = 0
        while i < len(toks):
            for n in (3, 2, 1):
                phrase = " ".join(toks[i:i + n]) if i + n <= len(toks) else ""
                abbr = lx.UNIT_PHRASES.get(phrase) or lx.PHRASAL_VERBS.get(phrase)
                if abbr and abbr in self.word_cols:
                    out.append(abbr)
                    i += n
                    break
            else:
                tok = toks[i]
                if re.fullmatch(r"\d+(?:\.\d+)?\s?m", tok) and "meter" in self.word_cols and not (
                        i > 0 and lx.lemma(toks[i - 1]) in lx.MONEY_WORDS | lx.REVENUE_WORDS):
                    # "trees taller than 20m": metres, not 20 million (a money word before it keeps millions)
                    out.extend([tok[:-1].strip(), "meters"])
                    i += 1
                    continue
                participle = self._participle_of_gerund(tok)
                if participle is not None:  # "jobs involved removing a bird's nest" -> bird_nest_removed
                    out.append(participle)
                    i += 1
                    continue
                full = lx.ABBREVIATIONS.get(tok) if tok in lx.QUESTION_ABBREVIATIONS else None
                # "sales amt", "avg qty per dept": an abbreviation the schema does not itself use as a word
                out.append(full if full and " " not in full and tok not in self.word_cols and (tok,) not in
                           self.values else tok)
                i += 1
        return out

    def _participle_of_gerund(self, tok: str) -> str | None:
        """ "removing" -> "removed" when only the participle names a column (bird_nest_removed) and the gerund
        itself names nothing in the schema."""
        if not tok.endswith("ing") or len(tok) < 6 or (tok,) in self.values or self.table_for_word(tok) or \
                any(s >= 1.0 for s, _ in self.column_candidates(tok)):
            return None
        base = tok[:-3]
        forms = [base + "ed", base + "d"] + ([base[:-1] + "ed"] if len(base) > 2 and base[-1] == base[-2] else [])
        hits = [f for f in forms if any(c.is_bool and s >= 1.0 and f in c.words for s, c in self.column_candidates(f))]
        return hits[0] if hits else None

    def _past_tense_value(self, word: str) -> list[tuple[str, str, str]] | None:
        """A one-word value of a category column said as a verb: "purchased" -> 'purchase', "viewed" -> 'view'.

        >>> idx._past_tense_value("clicked")   # doctest: +SKIP
        [('events', 'event_type', 'click')]
        """
        for base in (word[:-1], word[:-2]):
            hits = self.values.get((base,)) or self.values_inflected.get(base)
            if hits:
                return [h for h in hits if not self.tables[h[0]].columns[h[1]].is_id] or None
        return None

    def _place_of_demonym(self, word: str) -> list[tuple[str, str, str]] | None:
        """The place value an adjective of origin names, by its common endings ("Kenyan" -> 'Kenya', "Italian" ->
        'Italy', "Japanese" -> 'Japan', "Portuguese" -> 'Portugal', "Pakistani" -> 'Pakistan'); None when no value
        of a text column is spelt so."""
        w = word.lower()
        forms: list[str] = []
        if w.endswith("ian"):
            forms += [w[:-1], w[:-3], w[:-3] + "y", w[:-3] + "a"]
        elif w.endswith("an"):
            forms += [w[:-1], w[:-2] + "o", w[:-2] + "a"]
        elif w.endswith("ese"):
            forms += [w[:-3], w[:-3] + "a", w[:-4] + "al"]
        elif w.endswith("i"):
            forms += [w[:-1]]
        elif w.endswith("ish"):
            forms += [w[:-3] + "ey", w[:-3] + "and", w[:-3] + "ain"]
        for form in forms:
            hits = [h for h in self.values.get((form,), []) if self.tables[h[0]].columns[h[1]].is_text and
                    not self.tables[h[0]].columns[h[1]].is_id] if len(form) >= 4 else []
            if hits:
                return hits
        return None

    def _participle_of_noun(self, noun: str) -> list[tuple[str, str, str]] | None:
        """A one-word value said as the noun of its verb: "refusal" -> 'refused', "rejection" -> 'rejected',
        "cancellation" -> 'cancelled', "settlement" -> 'settled', "withdrawal" -> 'withdrawn'.

        >>> idx._participle_of_noun("approval")   # doctest: +SKIP
        [('decisions', 'decision', 'approved')]
        """
        known = NOUN_PARTICIPLES.get(noun)  # "failure" -> 'failed'
        if known and self.values.get((known,)):
            return [h for h in self.values[(known,)] if not self.tables[h[0]].columns[h[1]].is_id] or None
        bases = []
        for suffix, cut in (("ation", 5), ("ion", 3), ("al", 2), ("ment", 4), ("ance", 4), ("ence", 4)):
            if noun.endswith(suffix) and len(noun) - cut >= 3:
                bases.append(noun[:-cut])
        for base in bases:
            for form in (base + "ed", base + "d", base + "led", base + "n", base + "ted"):
                hits = self.values.get((form,))
                if hits:
                    return [h for h in hits if not self.tables[h[0]].columns[h[1]].is_id] or None
        return None

    def _negated_flag(self, tok: str) -> list[tuple[float, ColInfo]]:
        """The yes/no columns an "un" / "non" word negates ("unsigned" -> label_signed, "nonmembers" ->
        is_member), when the rest of the word names them."""
        for pre in ("un", "non"):
            rest = tok[len(pre):].lstrip("-")
            if tok.startswith(pre) and len(rest) >= 4:
                flags = [(s, c) for s, c in self.column_candidates(rest) if c.is_bool and s >= 1.1]
                if flags:
                    return flags
        return []

    def _gapped_value(self, toks: list[str], i: int) -> Mention | None:
        """A multi-word value said with words in between: "added something to the cart" -> 'add_to_cart'.

        Its content words (stems) must come in order, with at most two other content words and six words in all
        between them; the value covering the most words wins.

        >>> idx._gapped_value(tokenize("users added items to the cart"), 1).data["values"]   # doctest: +SKIP
        [('events', 'event_type', 'add_to_cart')]
        """
        tok = toks[i]
        entries = self.values_gapped.get(stem(tok)) if tok[0] not in "\"'“" else None
        if not entries:
            return None
        best: tuple[int, int] | None = None
        hits: list[tuple[str, str, str]] = []
        for content, hit in entries:
            j, k, gaps = i + 1, 1, 0
            while k < len(content) and j < len(toks) and j - i <= 7 and gaps <= 2:
                if stem(toks[j]) == content[k]:
                    k += 1
                elif toks[j] not in lx.STOP_WORDS:
                    gaps += 1
                j += 1
            if k < len(content):
                continue
            score = (len(content), -(j - i))
            if best is None or score > best:
                best, hits = score, [hit]
            elif score == best and hit not in hits:
                hits.append(hit)
        if best is None:
            return None
        end = i - best[1]
        return Mention(i, end, "value", " ".join(toks[i:end]), {"values": hits})

    def _value_family(self, word: str) -> list[tuple[str, str, str]]:
        """Values of one column whose last word is `word` ("salmon": 'Sockeye Salmon', 'Coho Salmon'), two or more."""
        if len(word) < 4 or word in lx.STOP_WORDS:
            return []
        if self._families is None:
            fam: dict[str, list[tuple[str, str, str]]] = {}
            for key, hits in self.values.items():
                if len(key) >= 2:
                    for h in hits:
                        if h not in fam.setdefault(lx.lemma(key[-1]), []):
                            fam[lx.lemma(key[-1])].append(h)
            self._families = {w: hs for w, hs in fam.items()
                              if len(hs) >= 2 and len({(t, c) for t, c, _ in hs}) == 1}
        return self._families.get(word, [])

    def side_twin(self, c: ColInfo, side: str, other: str) -> ColInfo | None:
        """The column of c's table named like c with `side` replaced by `other` (homeScore -> awayScore)."""
        if side not in c.words:
            return None
        rest = [w for w in c.words if w != side]
        return next((o for o in self.tables[c.table].columns.values()
                     if other in o.words and [w for w in o.words if w != other] == rest), None)

    def _numbered_value(self, toks: list[str], lem: list[str], i: int) -> Mention | None:
        """ "route 72", "store 12": a number right after a word of a text column that holds it as a value."""
        if i == 0 or not re.fullmatch(r"\d+[a-z]?", toks[i]):
            return None
        hits = [h for h in self.values_numeric.get(toks[i], [])
                if lem[i - 1] in self.tables[h[0]].columns[h[1]].words or lem[i - 1] == lx.lemma(h[0])]
        return Mention(i, i + 1, "value", toks[i], {"values": hits}) if hits else None

    def _count_phrase_names_column(self, text: str) -> bool:
        """ "total amount of open deals": "amount of" names a numeric column called amount, not a count."""
        if self.cue_phrases[text].get("cue") != "count":
            return False
        words = [w for w in text.split() if w not in ("of", "the", "total", "how")]
        return any(c.is_measure for w in words for c in self.col_phrases.get((w,), []))

    def _match_at(self, toks: list[str], lem: list[str], i: int) -> Mention:
        tok = toks[i]
        if tok[0] in "\"'“":
            inner = tok.strip("\"'“”")
            hits = self.values.get(tuple(normalize_text(inner)), [])
            return Mention(i, i + 1, "quoted", inner, {"values": hits})
        if tok in (",", "&") or tok in PERSON_TITLES and i + 1 < len(toks) and (toks[i + 1],) in self.values and \
                (tok,) not in self.values:
            return Mention(i, i + 1, "stop", tok)  # "Dr Okafor": the title is no condition of its own
        special = _special_token(toks, i)
        if special is not None and special.kind == "clock" and tok.isalpha() and (
                (tok,) in self.values or (tok,) in self.values_lemma):
            special = None  # the 'Midnight' section is a value, not a clock time
        if special is not None and special.kind == "number" and special.data.get("word"):
            for n in range(min(MAX_NGRAM, len(toks) - i), 1, -1):  # "three dart average" -> three_dart_avg
                cols = self.col_phrases.get(tuple(lem[i:i + n])) or self.col_phrases.get(tuple(toks[i:i + n]))
                if cols:
                    return Mention(i, i + n, "column", " ".join(toks[i:i + n]),
                                   {"cands": [(5.0 + n, c) for c in cols], "exact": True})
        if special is not None:
            for n in range(min(MAX_NGRAM, len(toks) - i), 1, -1):  # a value that starts with a number: "2023-Fall"
                vals = self.values.get(tuple(toks[i:i + n]))
                if vals:
                    return Mention(i, i + n, "value", " ".join(toks[i:i + n]), {"values": vals})
            named = self._numbered_value(toks, lem, i)
            return named if named is not None else special
        if lem[i] in self.coded_values:
            return Mention(i, i + 1, "value", tok, {"values": self.coded_values[lem[i]]})
        gapped = self._gapped_value(toks, i)
        if gapped is not None:
            return gapped
        for n in range(min(MAX_NGRAM, len(toks) - i), 0, -1):
            words = tuple(toks[i:i + n])
            lwords = tuple(lem[i:i + n])
            text = " ".join(words)
            if n >= 2 and text in self.cue_phrases and not self._count_phrase_names_column(text) and not (
                    text in HEADLESS_AOV and i + n < len(toks) and any(
                        s >= 2.0 for s, _ in self.column_candidates(toks[i + n]))) and not (
                    self.col_phrases.get(tuple(lem[i + n - 1:i + n + 1])) and i + n < len(toks)) and not (
                    words[0] in ("and", "or") and (i == 0 or parse_number(toks[i - 1]) is None) and not (
                        i >= 2 and parse_number(toks[i - 2]) is not None and _is_unit_word(toks[i - 1]))):
                # ("30 and under" is at most 30; "and under 30 minutes?" starts a follow-up: under 30)
                # "average ticket price": the column ticketPrice, not the "average ticket" (order value) phrase
                return Mention(i, i + n, "cue", text, dict(self.cue_phrases[text]))
            cols = self.col_phrases.get(lwords) or self.col_phrases.get(words)
            if not cols and n >= 2 and any(w in lx.ABBREVIATIONS for w in lwords):  # "peak temp" -> peak_temp_c
                cols = self.col_phrases.get(tuple(lx.ABBREVIATIONS.get(w, w) for w in lwords))
            vals = self.values.get(words) or self.values_lemma.get(lwords)
            if not vals and not cols and n == 1:
                substance = self._substance_quantity(lwords[0])
                if substance is not None:  # "how much milk" on milkings(yield_litres): that quantity
                    return Mention(i, i + 1, "column", text, {"cands": [(2.5, substance)], "exact": False})
            if not vals and not cols and words in self.value_editions:
                year = next((t for t in toks[i + n:i + n + 3] if re.fullmatch(r"(19|20)\d\d", t)), None)
                if year in self.value_editions[words]:  # "the Riverside Half in 2024": 'Riverside Half 2024'
                    vals = [self.value_editions[words][year]]
            if not vals and not cols and not (n == 1 and lwords[0] in ("person", "people", "someone", "anyone")):
                # ("the people reporting losses": people, not the channel 'in person')
                vals = self.value_prefixes.get(words) or [  # "elephants" -> 'African elephant' (its head noun)
                    h for h in self.value_prefixes.get(lwords, []) if normalize_text(str(h[2]))[-1:] == [lwords[-1]]
                    # "the Volvos" -> 'Volvo FMX': a make said in the plural, for its one model
                    or n == 1 and words[0] != lwords[0] and normalize_text(str(h[2]))[:1] == [lwords[0]] and
                    str(h[2])[:1].isupper()]  # (a make is a proper name: "weddings" is no 'wedding fair')
                if vals and n == 1 and i > 0 and toks[i - 1] == "the" and words[0] == lwords[0] and \
                        len({str(h[2]) for h in vals}) >= 2:
                    vals = None  # "horses at the yard": the place itself, not one of 'East Yard' / 'West Yard'
            if not vals and not cols and n == 1 and i > 0 and words[0] in self.value_tail_plurals:
                vals = [h for h in self.value_tail_plurals[words[0]]
                        if normalize_text(str(h[2]))[-2:-1] == [toks[i - 1]]]  # "the Ship Shooters" after 'The Ship'
            if not vals and not cols and n == 1 and len(words[0]) >= 5:
                vals = self._place_of_demonym(words[0])  # "Ethiopian coffee": origin 'Ethiopia'
            if not vals and not cols and n == 1 and len(text) <= 6:
                vals = self.value_acronyms.get(text) or self.value_acronyms.get(text[:-1] if text.endswith("s")
                                                                               else text)  # "RTCs only"
            if not vals and n == 1 and text in lx.VALUE_VERB_FORMS:
                vals = self.values.get((lx.VALUE_VERB_FORMS[text],))  # "did she lose" -> 'Lost'
            if not vals and not cols and n == 1 and lwords[0] != words[0]:
                vals = self.values_inflected.get(lwords[0])  # "page views" -> 'view'
            if not vals and not cols and n == 1 and len(text) > 4 and text.endswith("es"):
                vals = self.values.get((text[:-2],))  # "buses" -> 'bus' (lemma() keeps "buse")
            if not vals and not cols and n == 1 and len(text) > 6 and text.endswith(("ure", "ures")):
                vals = self.values.get((text[:text.rindex("ure")],))  # "failure rate" -> 'fail'
            if not vals and not cols and n == 1 and len(text) > 4 and text.endswith("y"):
                # "rainy days" -> 'rain', "snowy" -> 'snow', "sunny" -> 'sun'
                vals = self.values.get((text[:-1],)) or (self.values.get((text[:-2],)) if text[-2] == text[-3]
                                                         else None)
            if not vals and not cols and n == 1 and text.endswith("ed") and len(text) > 5:
                vals = self._past_tense_value(text)  # "users who purchased" -> 'purchase'
            if not vals and not cols and n == 1 and len(text) > 6:
                vals = self._participle_of_noun(lwords[0])  # "refusals only" -> 'refused'

            if n == 1 and text in self.cue_phrases:
                cue = self.cue_phrases[text]
                # a one-word cue loses only to a column literally named so (e.g. a column "discount")
                # a word the data holds as a value ("weekday" in day_type) is that value, not a time word
                dated = cue.get("cue") in ("weekend", "dayname") or cue.get("grain") == "dow"
                if (not cols or cue.get("strong")) and not (vals and (cue.get("cue") in ("loss", "profitable")
                                                                      or dated or text == "new")):
                    return Mention(i, i + 1, "cue", text, dict(cue))
            if not cols and n >= 2:
                cols = self._qualified_column(lwords)
                t = self.table_phrases.get(lwords[:1]) or self.table_phrases.get(words[:1])
                if cols and all(c.is_bool for c in cols) and t and all(c.table == t for c in cols):
                    return Mention(i, i + 1, "table", words[0], {"table": t})  # "which shops offer delivery"
            if not cols and n == 2 and toks[i] not in lx.STOP_WORDS:  # "drop off" -> dropoff_date, "check in"
                joined = [c for s, c in self.word_cols.get(toks[i] + lem[i + 1], [])
                          if isinstance(c, ColInfo) and s >= 2]
                if joined:
                    return Mention(i, i + 2, "column", text, {"cands": [(2.0, c) for c in joined], "exact": False})
            grouped = n == 1 and i > 0 and toks[i - 1] in ("per", "by", "each", "every")  # "per river": a column
            named = self.table_phrases.get(lwords) if n >= 2 else None
            if named and cols and all(c.is_id for c in cols):
                # "tee times": the tee_times table, not the tee_time_id keys that point at it
                return Mention(i, i + n, "table", text, {"table": named})
            own = self.table_phrases.get(lwords) if n == 1 and words != lwords and cols else None
            if own and all(c.table == own and c.is_text and not c.is_id for c in cols):
                # "decisions by weekday" on decisions(decision): the rows, not the distinct outcomes
                return Mention(i, i + 1, "table", text, {"table": own})
            if cols and vals and all(c.is_id and not c.is_pk for c in cols) and {h[0] for h in vals} <= {
                    rt for c in cols for fc, rt, _ in self.tables[c.table].fks if fc == c.name} and not any(
                    w in ("many", "number", "distinct", "different", "count") for w in toks[:i]):
                # "our game masters": staff whose role is 'game master' (unless the question is about the rows that
                # point at them: see _roles_of_pointing_rows)
                return Mention(i, i + n, "value", text, {"values": vals, "role_cols": cols})
            back = self.table_phrases.get(lwords[::-1]) or self.table_phrases.get(words[::-1]) or \
                self.table_phrases.get((lwords[0], PAST_TO_EVENT_NOUN.get(words[1], ""))) if n == 2 and \
                not cols and not vals else None  # ("lessons completed": the lesson_completions table)
            if back and any(c.table == back for c in self.col_phrases.get(lwords[:1], [])):
                back = None  # ("tickets sold" on ticket_sales(tickets): the tickets column, summed)
            if back and (words[1].endswith("ed") or words[1] in lx.PARTICIPLES) and words[1] != lwords[0]:
                return Mention(i, i + n, "table", text, {"table": back})  # "items found": the found_items table
            if cols and (n >= 2 or not vals or len(words[0]) <= 2 or grouped):
                return Mention(i, i + n, "column", text,
                               {"cands": [(5.0 + n, c) for c in cols], "exact": True})
            if vals:
                return Mention(i, i + n, "value", text, {"values": vals})
            if n == 1:
                t = self.table_phrases.get(lwords) or self.table_phrases.get(words)
                money = self._money_of_sales_table(t, lwords[0]) if t and lwords[0] in lx.REVENUE_WORDS and \
                    not _counted_here(toks, i) else []
                if money:  # "sales by payment method" on a sales_txns table: its amount ("how many sales": rows)
                    return Mention(i, i + 1, "column", text, {"cands": money, "exact": False})
                syn = [c for c in self.tables[t].columns.values() if c.is_measure and not c.is_id and
                       set(c.words) & lx.synonyms(lwords[0])] if t and i > 0 and toks[i - 1] in lx.AVG_MAX_WORDS \
                    else []
                if len(syn) == 1:  # "average score" on round_scores(points): the table's score, not its rows
                    return Mention(i, i + 1, "column", text, {"cands": [(2.0, syn[0])], "exact": False})
                if t:
                    return Mention(i, i + 1, "table", text, {"table": t})
            elif self.table_phrases.get(lwords) and n >= 2:
                return Mention(i, i + n, "table", text, {"table": self.table_phrases[lwords]})
        w = lem[i]
        if w in lx.MONTHS and (w not in lx.WEAK_MONTHS or _monthish(toks, i)):
            return _month_mention(toks, i)
        if tok in self.acronyms:
            return Mention(i, i + 1, "value", tok, {"values": self.acronyms[tok]})
        if tok in lx.STOP_WORDS or tok in lx.FILLER_WORDS:
            return Mention(i, i + 1, "stop", tok)
        cands = self.column_candidates(tok)
        t = self.table_for_word(tok)
        if cands or t:
            return Mention(i, i + 1, "column", tok, {"cands": cands, "exact": False, "table": t})
        if stem(tok) in self.value_stems:  # "cancellation rate" -> status 'Cancelled'
            return Mention(i, i + 1, "value", tok, {"values": self.value_stems[stem(tok)]})
        for noun, cut in (("al", 2), ("ion", 3)):  # "refusal rate" -> 'refused', "rejection" -> 'rejected'
            verb = stem(tok[:-cut] + "ed") if tok.endswith(noun) and len(tok) > cut + 3 else None
            if verb in self.value_stems:
                return Mention(i, i + 1, "value", tok, {"values": self.value_stems[verb]})
        if tok.endswith("ated") and stem(tok[:-2] + "ion") in self.value_stems:  # "animated" -> 'Animation'
            return Mention(i, i + 1, "value", tok, {"values": self.value_stems[stem(tok[:-2] + "ion")]})
        negated = self._negated_flag(tok)
        if negated:  # "unsigned bands" -> label_signed (the parser reads the prefix as NOT)
            return Mention(i, i + 1, "column", tok, {"cands": negated, "exact": False})
        heads = self._value_family(lem[i])
        if heads:  # "salmon landings" -> 'Sockeye Salmon', 'Coho Salmon'
            return Mention(i, i + 1, "value", tok, {"values": heads, "family": True})
        if len(tok) >= 3 and tok.endswith("s") and (tok[:-1],) in self.values and (len(tok) >= 4 or all(
                str(v).isupper() for _, _, v in self.values[(tok[:-1],)])):  # "SSRIs" -> 'SSRI', "the MGs" -> 'MG'
            return Mention(i, i + 1, "value", tok, {"values": self.values[(tok[:-1],)]})
        return Mention(i, i + 1, "word", tok)


def _same_root(a: str, b: str) -> bool:
    """ "inducted" and "induction", "certified" and "certificate": one root (a long shared beginning).

    >>> _same_root("inducted", "induction"), _same_root("safety", "safe")
    (True, False)
    """
    n = len(os.path.commonprefix([a, b]))
    return n >= 6 or n >= 5 and n >= min(len(a), len(b)) - 2


def _spanning(first: Mention, last: Mention, data: dict, *between: Mention) -> Mention:
    """One column mention over first .. last, their words joined ("labour income", "by product category")."""
    return Mention(first.start, last.end, "column", " ".join(x.text for x in (first, *between, last)), data)


def _counted_here(toks: list[str], i: int) -> bool:
    """The word at i is counted or taken one at a time ("how many sales", "share of sales", "cost per sale"), so a
    table of sales means its rows there, not its amount."""
    return bool(re.search(r"\b(how many|number of|no of|count|counts|counted|share of|percentage of|proportion of|"
                          r"fraction of|percent of|% of|rate of)\b", " ".join(toks[max(0, i - 3):i]))) or \
        i > 0 and toks[i - 1] in ("per", "each", "every", "a", "an", "one")


def _monthish(toks: list[str], i: int) -> bool:
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    prev = toks[i - 1] if i > 0 else ""
    return bool(re.fullmatch(r"\d{4}", nxt)) or prev in ("in", "during", "of", "since", "until", "for", "before",
                                                          "after", "from", "to", "between", "and")


def _month_mention(toks: list[str], i: int) -> Mention:
    month = lx.MONTHS[toks[i]]
    if i + 1 < len(toks) and re.fullmatch(r"(19|20)\d{2}", toks[i + 1]):
        return Mention(i, i + 2, "month", f"{toks[i]} {toks[i + 1]}", {"month": month, "year": int(toks[i + 1])})
    return Mention(i, i + 1, "month", toks[i], {"month": month, "year": None})


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _ordinal_period(toks: list[str], i: int) -> Mention | None:
    """ "first quarter of 2023", "second half 2024", "Q3" spelled out."""
    n = _ORDINALS.get(toks[i])
    if n is None or i + 1 >= len(toks) or toks[i + 1] not in ("quarter", "half"):
        return None
    kind = toks[i + 1]
    if kind == "half" and n > 2:
        return None
    j = i + 2
    if j < len(toks) and toks[j] == "of":
        j += 1
    year = int(toks[j]) if j < len(toks) and re.fullmatch(r"(19|20)\d{2}", toks[j]) else None
    end = j + 1 if year is not None else i + 2
    if kind == "quarter":
        return Mention(i, end, "quarter", " ".join(toks[i:end]), {"quarter": n, "year": year})
    if year is None:
        return None
    return Mention(i, end, "half", " ".join(toks[i:end]), {"half": n, "year": year})


def _valid_date(m: re.Match) -> bool:
    """A YYYY-MM(-DD) token that names a real day (month 1-12, a day the month has)."""
    try:
        dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    except ValueError:
        return False
    return True


def _counted_number(toks: list[str], i: int) -> bool:
    """ "shows with more than 2000 plays": a year-like number after a comparison and before a plural noun counts."""
    return 0 < i < len(toks) - 1 and toks[i - 1] in ("than", "over", "under", "above", "below", "least", "most") \
        and toks[i + 1].isalpha() and len(toks[i + 1]) > 3 and toks[i + 1].endswith("s") and \
        toks[i + 1] not in ("and", "was", "this", "plus") and lx.lemma(toks[i + 1]) != toks[i + 1]


def _join_number_units(toks: tuple[str, ...]) -> tuple[str, ...]:
    """('harbour', '10', 'k') -> ('harbour', '10k'): a number and a one- or two-letter unit, as a question types it."""
    out: list[str] = []
    for w in toks:
        if out and out[-1].isdigit() and w.isalpha() and len(w) <= 2 and w not in lx.STOP_WORDS:
            out[-1] += w
        else:
            out.append(w)
    return tuple(out)


UNIT_WORDS = frozenset(lx.UNIT_SUFFIXES.values()) | {"minute", "celsius", "fahrenheit"}
PHRASAL_TARGETS = frozenset(lx.PHRASAL_VERBS.values())  # "picked up" -> pickup, a name of collected_on
CURRENCY_WORDS = frozenset({"gbp", "usd", "eur", "aud", "cad", "chf", "jpy", "inr", "nzd", "sek"})
# units of an amount of a substance (milk in litres, grain in tonnes)
SUBSTANCE_UNITS = frozenset({"kg", "liter", "litre", "tonne", "ton", "kilogram", "kilo", "gallon", "barrel", "lb", "m3",
                             "pound", "gram", "milliliter", "millilitre", "cubic"})
# ordinal words and their numbers ("second doses": dose_number = 2, an ordinal before a numbered thing is one of its
# numbers, not a label)
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "5th": 5}
ORDINAL_WORDS = frozenset(ORDINALS) | {"last"}
# words after which a noun names the groups ("per site", "which floor", "for each room")
GROUPING_WORDS = ("per", "by", "each", "every", "which", "what", "for each")
# verbs that make "money" mean takings ("which site made the most money")
MAKING_VERBS = re.compile(r"\b(made|make|makes|making|earn\w*|brought|brings?|took|takes?|generat\w*|gross\w*)\b")
# "average order" is the order value only when no column word follows ("average order quantity" is a column)
HEADLESS_AOV = frozenset({"average order", "average transaction", "average purchase", "average sale"})


_SHIFT_UNITS = {"month": "shift_month", "months": "shift_month", "quarter": "shift_quarter",
                "quarters": "shift_quarter", "year": "shift", "years": "shift", "season": "shift", "seasons": "shift"}


def _period_shift(toks: list[str], i: int) -> Mention | None:
    """ "and the 3 months before that": the previous turn's periods moved back by three months.

    >>> _period_shift(["the", "3", "months", "before", "that"], 1).data["offset"]
    -3
    """
    n = int(toks[i]) if toks[i].isdigit() else lx.NUMBER_WORDS.get(toks[i])
    if not n or n > 36 or i + 2 >= len(toks) or toks[i + 1] not in _SHIFT_UNITS or \
            toks[i + 2] not in ("before", "earlier", "prior", "after", "later"):
        return None
    sign = 1 if toks[i + 2] in ("after", "later") else -1
    return Mention(i, i + 3, "cue", " ".join(toks[i:i + 3]), {"cue": "relative", "unit": _SHIFT_UNITS[toks[i + 1]],
                                                             "offset": sign * n, "strong": True})


def _special_token(toks: list[str], i: int) -> Mention | None:
    tok = toks[i]
    ordinal = _ordinal_period(toks, i)
    if ordinal is not None:
        return ordinal
    shift = _period_shift(toks, i)
    if shift is not None:
        return shift
    m = re.fullmatch(r"q([1-4])", tok)
    if m:
        year = None
        if i + 1 < len(toks) and re.fullmatch(r"(19|20)\d{2}", toks[i + 1]):
            return Mention(i, i + 2, "quarter", f"{tok} {toks[i + 1]}", {"quarter": int(m.group(1)),
                                                                        "year": int(toks[i + 1])})
        return Mention(i, i + 1, "quarter", tok, {"quarter": int(m.group(1)), "year": year})
    if re.fullmatch(r"(19|20)\d{2}", tok) and not _counted_number(toks, i):
        return Mention(i, i + 1, "year", tok, {"year": int(tok)})
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", tok)
    if m and not m.group(3) and int(m.group(2)) == (int(m.group(1)) + 1) % 100 and (
            int(m.group(2)) > 12 or i + 1 < len(toks) and toks[i + 1] in ("season", "fiscal", "fy")):
        # "the 2024-25 season": a season that runs from July to June
        end = i + 2 if i + 1 < len(toks) and toks[i + 1] == "season" else i + 1
        return Mention(i, end, "season", " ".join(toks[i:end]), {"year": int(m.group(1))})
    if m and not _valid_date(m):
        return None  # "2024-99": no date; left to the linker, which says it could not match it
    if m:
        return Mention(i, i + 1, "date", tok, {"year": int(m.group(1)), "month": int(m.group(2)),
                                              "day": int(m.group(3)) if m.group(3) else None})
    num = parse_number(tok)
    if num is not None:
        return Mention(i, i + 1, "number", tok, {"value": num[0], "percent": num[1]})
    clock = re.fullmatch(r"(\d{1,2})([ap])m", tok)
    if clock and 1 <= int(clock.group(1)) <= 12 or tok in ("noon", "midday", "midnight"):
        hour = {"noon": 12, "midday": 12, "midnight": 0}.get(tok) if not clock else \
            int(clock.group(1)) % 12 + (12 if clock.group(2) == "p" else 0)
        return Mention(i, i + 1, "clock", tok, {"hour": hour})
    m = re.fullmatch(r"(\d{1,2})s", tok)
    if m and i > 0 and toks[i - 1] in ("under", "over", "the"):  # "under 18s", "over 65s": an age
        return Mention(i, i + 1, "number", tok, {"value": float(m.group(1)), "percent": False, "age": True})
    if tok in lx.NUMBER_WORDS:
        return Mention(i, i + 1, "number", tok, {"value": float(lx.NUMBER_WORDS[tok]), "percent": False,
                                                "word": True})
    return None


# superlatives of speed, said of a time: the fastest one takes the least time
SPEED_WORDS = ("fastest", "quickest", "slowest", "best")


def _least_time_cue(m: Mention) -> Mention:
    """ "fastest" before a time: MIN of it ("slowest": MAX)."""
    agg = "max" if m.text == "slowest" else "min"
    return Mention(m.start, m.end, "cue", m.text, {"cue": "agg", "agg": agg, "dir": "desc" if agg == "max" else "asc"})


# money words of a column that is not what a sale takes in (fees, costs, tips, refunds, taxes)
SURCHARGE_WORDS = frozenset({"fee", "cost", "tip", "discount", "refund", "tax", "vat", "deposit"})


def _is_unit_word(tok: str) -> bool:
    """ "litres", "kg", "minutes", "m": a unit said after a number ("5 litres or bigger")."""
    w = lx.lemma(tok)
    return tok in lx.UNIT_SUFFIXES or w in UNIT_WORDS or w in SUBSTANCE_UNITS or w in lx.TIME_UNIT_SECONDS or \
        w in ("litre", "liter", "metre", "meter", "kilo", "gram", "mile", "pound", "year", "month", "week", "day")


def _cue_phrases() -> dict[str, dict]:
    """Cue words and phrases -> their meaning for the parser."""
    cues: dict[str, dict] = {}
    for w, agg in lx.AGG_WORDS.items():
        cues[w] = {"cue": "agg", "agg": agg}
    for w in lx.SUPERLATIVE_DESC:
        cues.setdefault(w, {}).update({"cue": cues.get(w, {}).get("cue", "sup"), "dir": "desc"})
    for w in lx.SUPERLATIVE_ASC:
        cues.setdefault(w, {}).update({"cue": cues.get(w, {}).get("cue", "sup"), "dir": "asc"})
    for p in ("top", "bottom", "first", "last"):
        cues[p] = {"cue": "rank", "dir": "asc" if p == "bottom" else "desc", "agg": "max"}
    for p in lx.COUNT_PHRASES:
        cues[p] = {"cue": "count", "strong": True}
    cues["count"] = {"cue": "count", "strong": True}
    cues["number"] = {"cue": "count"}
    for p in lx.GROUP_PHRASES:
        cues[p] = {"cue": "group", "strong": True}
    for p, op in lx.COMPARATORS:
        cues[p] = {"cue": "cmp", "op": op, "strong": True}
    cues["between"] = {"cue": "between", "strong": True}
    cues["from"] = {"cue": "from", "strong": True}
    cues["to"] = {"cue": "to", "strong": True}
    for w in lx.NEGATIONS:
        cues[w] = {"cue": "neg", "strong": True}
    for p in lx.NEGATION_PHRASES:
        cues[p] = {"cue": "neg", "strong": True}
    for p in lx.LOSS_PHRASES:
        cues[p] = {"cue": "loss", "strong": True}
    for p in lx.PROFITABLE_PHRASES:
        cues[p] = {"cue": "profitable", "strong": True}
    for w, g in lx.TIME_GRAINS.items():
        if w not in cues or cues[w].get("cue") != "agg":
            cues[w] = {"cue": "grain", "grain": g}
    for p, g in (("day of week", "dow"), ("day of the week", "dow"), ("days of week", "dow"),
                 ("days of the week", "dow"), ("weekday", "dow"), ("month of year", "moy"),
                 ("months of the year", "moy"), ("month of the year", "moy"), ("over time", "month"),
                 ("hour of the day", "hour"), ("hours of the day", "hour"), ("hour of day", "hour"),
                 ("hours of day", "hour"), ("time of day", "hour"), ("time of the day", "hour"),
                 ("over the years", "year"), ("year over year", "year"), ("year on year", "year"),
                 ("month over month", "month"), ("month on month", "month"), ("quarter over quarter", "quarter"),
                 ("over the months", "month"), ("year by year", "year"), ("month by month", "month")):
        cues[p] = {"cue": "grain", "grain": g, "strong": True}
    cues["weekpart"] = {"cue": "grain", "grain": "weekpart", "strong": True}  # "weekends vs weekdays" (tokenize)
    for p, weekend in (("weekend", True), ("weekends", True), ("the weekend", True), ("weekdays", False),
                       ("working days", False), ("business days", False)):
        cues[p] = {"cue": "weekend", "value": weekend, "strong": True}  # "weekends only": Saturday and Sunday
    for n, day in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"), 1):
        for p in (day, day + "s"):  # "tickets written on Sundays": ISO day 7
            cues[p] = {"cue": "dayname", "value": n, "strong": True}
    for w in lx.TREND_WORDS:
        cues.setdefault(w, {"cue": "trend"})
    for w in lx.NEW_WORDS:
        cues[w] = {"cue": "new"}
    for p in ("how long", "how much time"):
        cues[p] = {"cue": "duration", "strong": True}
    for w in ("which", "what", "who", "whom", "whose", "where"):
        cues[w] = {"cue": "which", "strong": True}
    for w in ("share", "percentage", "percent", "proportion", "fraction", "contribution"):
        cues[w] = {"cue": "share"}
    cues["rate"] = {"cue": "rate"}
    cues["how often"] = {"cue": "rate", "strong": True}
    cues["ratio"] = {"cue": "rate"}
    cues["margin"] = {"cue": "margin"}
    for p in ("profit margin", "gross margin", "net margin", "margin rate", "profit ratio", "profitability",
              "profit rate", "margin percentage", "profit percentage"):
        cues[p] = {"cue": "margin", "strong": True}
    for p in ("average order value", "aov", "average basket", "basket size", "average ticket",
              "average order size", "average transaction value", "average sale", "average transaction",
              "average order", "average purchase"):
        cues[p] = {"cue": "aov", "strong": True}
    for p, rel in (("last year", ("year", -1)), ("previous year", ("year", -1)), ("this year", ("year", 0)),
                   ("current year", ("year", 0)), ("last month", ("month", -1)), ("this month", ("month", 0)),
                   ("previous month", ("month", -1)), ("last quarter", ("quarter", -1)),
                   ("this quarter", ("quarter", 0)), ("year to date", ("ytd", 0)), ("ytd", ("ytd", 0)),
                   ("last week", ("week", -1)), ("this week", ("week", 0)), ("year before", ("shift", -1)),
                   ("the year before", ("shift", -1)), ("prior year", ("shift", -1)), ("year after", ("shift", 1)),
                   ("the year after", ("shift", 1)), ("next year", ("shift", 1)), ("a year earlier", ("shift", -1)),
                   ("the previous year", ("shift", -1)), ("the prior year", ("shift", -1)),
                   ("the following year", ("shift", 1)), ("season before", ("shift", -1)),
                   ("the season before", ("shift", -1)), ("previous season", ("shift", -1)),
                   ("the previous season", ("shift", -1)), ("prior season", ("shift", -1)),
                   ("the season after", ("shift", 1)), ("next season", ("shift", 1)),
                   ("month before", ("shift_month", -1)), ("the month before", ("shift_month", -1)),
                   ("the month after", ("shift_month", 1)), ("quarter before", ("shift_quarter", -1)),
                   ("the quarter before", ("shift_quarter", -1)), ("the quarter after", ("shift_quarter", 1))):
        cues[p] = {"cue": "relative", "unit": rel[0], "offset": rel[1], "strong": True}
    for w in ("last", "past", "previous", "recent", "trailing"):
        cues.setdefault(w, {"cue": "lastn"})
        if w != "last":
            cues[w] = {"cue": "lastn"}
    cues["last"] = {"cue": "lastn", "dir": "desc"}
    for w in ("vs", "versus", "compared", "compare", "against"):
        cues[w] = {"cue": "vs", "strong": True}
    for w in ("instead", "rather", "replace"):
        cues[w] = {"cue": "instead", "strong": True}
    for p in ("instead of", "rather than", "in place of"):
        cues[p] = {"cue": "instead_of", "strong": True}
    for w in ("ascending", "asc", "increasing"):
        cues[w] = {"cue": "sort", "dir": "asc", "strong": True}
    for w in ("descending", "desc", "decreasing"):
        cues[w] = {"cue": "sort", "dir": "desc", "strong": True}
    for p in ("true", "yes"):
        cues[p] = {"cue": "bool", "value": True}
    for p in ("false",):
        cues[p] = {"cue": "bool", "value": False}
    for p in ("each", "every", "per"):
        cues[p] = {"cue": "group", "strong": True}
    return cues
