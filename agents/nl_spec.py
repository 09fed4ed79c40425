"""From a `Parse` to the final JSON-able query spec (column choices, fact table, defaults), and back to words.

Spec (all plain dicts and lists):
    {"fact": table, "measures": [...], "dimensions": [...], "filters": [...], "having": [...],
     "order": {"by": "measure"|"dimension", "index": int, "dir": "asc"|"desc"} | None, "limit": int | None}
Measure: {"kind": "agg", "agg": sum|avg|min|max|median, "table", "column"} | {"kind": "count", "agg": count|
count_distinct, "table", "column"|None} | {"kind": "ratio", "num": measure, "den": measure, "label"} |
{"kind": "rate", "table", "column", "negate", "value"?} (share of rows where the flag is true, or where the
column equals "value") | {"kind": "share", "of": measure} | {"kind": "duration", "agg", "table", "start", "end",
"unit": "day"} (days from the start date column to the end date column).
Dimension: {"table", "column", "grain": None|year|quarter|month|week|day|dow|moy|hour}.
Filter: {"table", "column", "op", "value"} with op in = <> in not_in > >= < <= between true false years range
month_of_year quarter_of_year null not_null (no value: the column IS [NOT] NULL).

Example:
    >>> describe({"measures": [{"kind": "agg", "agg": "sum", "table": "t", "column": "sales"}],
    ...           "dimensions": [{"table": "t", "column": "region", "grain": None}], "filters": [],
    ...           "having": [], "order": None, "limit": None})
    'Total sales by region'
"""
from __future__ import annotations

import datetime as dt
import re
from collections import deque

from agents import lexicon as lx
from agents.linking import (
    BIRTH_WORDS,
    LATE_DATE_WORDS,
    PLANNED_WORDS,
    SUBSTANCE_UNITS,
    ColInfo,
    SchemaIndex,
    amount_unit,
    derived_words,
    looks_like_names,
    noun_of_verb,
    parse_derived,
    stem,
    time_unit_seconds,
)
from agents.nl_parse import DATE_SUPERLATIVES, DimP, FilterP, MeasureP, Parse, Ref

ORIGIN_WORDS = {"origin", "departure", "source", "from", "sender", "start", "pickup", "home", "src"}
DEST_WORDS = {"destination", "arrival", "dest", "to", "receiver", "end", "dropoff", "target", "away"}


# dates an entity got its life on (a truck's bought_on, a horse's birth): not the date of what it does
ACQUIRED_DATE_WORDS = frozenset({"birth", "born", "dob", "birthdate", "built", "bought", "purchased", "purchase",
                                 "acquired", "manufactured", "registered"})


class Resolver:
    """Chooses columns for open references, relative to a fact table and the tables already in play."""

    def __init__(self, index: SchemaIndex, stats=None):
        self.index = index
        self.stats = stats
        self.fact: str | None = None
        self.graph = _fk_graph(index)
        self.words: set[str] = set()  # the question's words (set by whoever builds a spec from a parse)
        self.text = ""  # the question as typed (its capitals tell 'Central' from 'central')

    # ------------------------------------------------------------------ reachability
    def distance(self, a: str, b: str) -> int:
        if a == b:
            return 0
        path = self.path(a, b)
        return len(path) if path is not None else 99

    def path(self, a: str, b: str) -> list | None:
        """Shortest join path a -> b as a list of edges (from_t, from_c, to_t, to_c)."""
        if a == b:
            return []
        seen = {a}
        q = deque([(a, [])])
        while q:
            t, p = q.popleft()
            for edge in self.graph.get(t, []):
                nt = edge[2]
                if nt in seen:
                    continue
                np_ = p + [edge]
                if nt == b:
                    return np_
                seen.add(nt)
                q.append((nt, np_))
        return None

    def _near_bonus(self, table: str) -> float:
        if self.fact is None:
            return 0.0
        d = self.distance(self.fact, table)
        return 1.0 if d == 0 else (0.5 if d == 1 else (0.2 if d < 99 else -3.0))

    # ------------------------------------------------------------------ columns
    def choose(self, cands: list[tuple[float, ColInfo]], want: str) -> ColInfo | None:
        """Best candidate for a role: measure | dim | date | bool | any."""
        best, best_s = None, -1e9
        for s, c in cands:
            if want == "measure" and not c.is_measure:
                continue
            if want == "date" and not c.is_date:
                continue
            if want == "bool" and not c.is_bool:
                continue
            sc = s + self._near_bonus(c.table)
            if want == "dim":
                if c.is_measure:
                    sc -= 2.5
                if c.is_id:
                    sc -= 0.6
                if c.is_label:
                    sc += 0.5
                if c.is_text and c.n_distinct:
                    sc += 0.2
            if want == "measure" and c.is_money:
                sc += 0.05
            if sc > best_s:
                best, best_s = c, sc
        return best

    def _fact_date_wins(self, ref: Ref) -> bool:
        """A grain word that names a year-number column of another table, while the fact table has dates."""
        top = ref.cands[0][1] if ref.cands else None
        return top is not None and top.is_yearlike and self.fact is not None and top.table != self.fact and \
            bool(self.index.tables[self.fact].date_columns())

    def entity_dims(self, table: str) -> list[dict]:
        """Dimensions naming one row of an entity table: its label, or key + name parts when the label repeats."""
        c = self.entity_label(table)
        if c is None:
            return []
        info = self.index.tables[table]
        parts = [x for x in info.columns.values() if x.is_text and "name" in x.words and set(x.words[:2]) & {
            "first", "last", "given", "family", "sur"}] if set(c.words) & {"first", "given", "last", "family"} \
            else []  # the name parts when the label is one (a lastName label still comes with the first name)
        if c.unique or c.is_pk or len(info.pk) != 1 or not info.row_count or (c.n_distinct or 0) >= info.row_count:
            if len(parts) == 2:  # first names that happen not to repeat: a person is still named by both parts
                return [{"table": table, "column": x.name, "grain": None} for x in parts]
            return [{"table": table, "column": c.name, "grain": None}]
        names = [x for x in info.columns.values() if x.is_label and x.is_text]
        if len(parts) == 2 and not all(x in names for x in parts):
            names = parts + [x for x in names if x not in parts]  # holder_last_name comes with holder_first_name
        referenced = any(rt == table for t in self.index.tables.values() for _, rt, _ in t.fks)
        if not names and c.is_text and not referenced:
            # "most frequently reported adverse event": an event's kind (eventTerm), not its ids; an entity that
            # other rows point at (a meter) keeps its key
            return [{"table": table, "column": c.name, "grain": None}]
        unique = [x for x in info.columns.values() if x.is_text and x.unique and not x.is_label and not x.is_pk and
                  not x.derived and (x.null_frac or 0) == 0][:1]  # machines: their serial number names each one
        return [{"table": table, "column": info.pk[0], "grain": None}] + [
            {"table": table, "column": x.name, "grain": None} for x in names[:3] + unique]

    def entity_label(self, table: str) -> ColInfo | None:
        t = self.index.tables.get(table)
        return t.label_column() if t else None

    def date_column(self, ref: Ref | None, prefer_new: bool, tables: list[str], finer: bool = False) -> ColInfo | None:
        """The date (or year-number) column a time phrase refers to: named, else the fact table's main one.
        `finer`: the phrase needs a real date (a day of week, an hour), so a year-number column will not do."""
        if ref is not None:
            c = self.choose(ref.cands, "date")
            if c is not None:
                return c
            years = [c for _, c in ref.cands if c.is_yearlike or c.is_birth_year]
            if years and not finer:
                return years[0]
        dated_events = [t for t in tables if t and t != self.fact and self.index.tables[t].main_date(False)]
        if self.fact and not self.index.tables[self.fact].date_columns() and not finer and not dated_events:
            # "movies per year" with a release_year column: the entity's own year beats a child table's date
            years = [c for c in self.index.tables[self.fact].columns.values() if c.is_yearlike
                     and not set(c.words) & LATE_DATE_WORDS]
            occasions = [rt for _, rt, _ in self.index.tables[self.fact].fks if self._occasion_date(rt)]
            named = any(stem(w)[:5] == stem(c.words[0])[:5] for w in self.words if len(w) > 4 for c in years)
            if years and len(occasions) == 1 and not named:
                # "lots sold in 2024": the auction's date, not the car's reg_year ("cars registered before 2015")
                return self.index.tables[occasions[0]].main_date(False)
            made = all(set(c.words) & (ACQUIRED_DATE_WORDS | {"manufacture", "build", "model", "founded"})
                       for c in years)
            children = [e[2] for e in self.graph.get(self.fact, []) if e[4] == "down" and
                        self.index.tables[e[2]].main_date(False) is not None]
            said = any(stem(w)[:5] == stem(cw)[:5] for w in self.words if len(w) > 4 for c in years
                       for cw in c.words if cw not in ("year", "yr", "of")) or bool(
                self.words & {"made", "built", "manufactured", "produced", "born", "founded", "old", "older", "newer",
                              "age", "aged"})
            if years and made and children and not named and not said:
                years = []  # "vehicles we saw in 2024": their jobs' date, not the year they were made
            if years:
                return years[0]
        event = self._event_date(prefer_new, tables)
        if event is not None:
            return event
        order = [self.fact] if self.fact else []
        if self.fact:
            # an event table near the fact (orders: it refers to other rows) before an entity's own date
            # (customers.signed_up_on, beers.launched_on), then tables in play, then by distance
            events = sorted((t for t in self.index.tables if t != self.fact and self.distance(self.fact, t) == 1
                             and self.index.tables[t].fks and self.index.tables[t].main_date(False)),
                            key=lambda t: (t not in tables, t))
            order += events
            # then a neighbour whose date is an occasion (market_days.market_date) before one whose date is when an
            # entity joined (vendors.joined_date): "which vendor sold the most items in 2024"
            order += sorted(t for t in self.index.tables if t not in order and self.distance(self.fact, t) == 1
                            and self._occasion_date(t))
            # then a referenced table of events (flights.sched_departure) before a person's start (crew.hire_date)
            order += sorted(t for t in self.index.tables if t not in order and self._referenced_event(t))
        order += [t for t in tables if t not in order]
        if self.fact:
            order += sorted((t for t in self.index.tables if t not in order), key=lambda t: self.distance(self.fact, t))
        else:
            order += [t for t in self.index.tables if t not in order]
        for t in order:
            if t is None:
                continue
            info = self.index.tables[t]
            c = info.main_date(prefer_new)
            if c is not None and (self.fact is None or self.distance(self.fact, t) < 99):
                return c
        return None

    def _referenced_event(self, table: str) -> bool:
        """Does the fact refer to `table` (one step up), a table of dated events, not of people or things that
        joined or were made on their date?"""
        info = self.index.tables[table]
        d = info.main_date(False)
        return d is not None and not info.looks_like_people and not set(d.words) & (
            set(lx.NEW_DATE_WORDS) | ACQUIRED_DATE_WORDS) and any(
            rt == table for _, rt, _ in self.index.tables[self.fact].fks)

    def _occasion_of(self, table: str) -> ColInfo | None:
        """The date of the occasion a table's rows take part in, when their own date only says when they were
        registered: results.registered_at -> races.race_date."""
        own = self.index.tables[table].main_date(False)
        if own is None or not set(own.words) & ({"registered", "registration", "created", "signed", "signup"} |
                                                  _BOOKED_WORDS):
            return None
        later = [d for d in self.index.tables[table].date_columns() if set(d.words) & LATE_DATE_WORDS]
        if "created" in own.words and own.kind == "datetime" and later:
            return None  # a pick list's created_at, with its completed_at: the record's own time, not its shift's
        occasions = [rt for _, rt, _ in self.index.tables[table].fks if self._occasion_date(rt)]
        return self.index.tables[occasions[0]].main_date(False) if occasions else None

    def _occasion_date(self, table: str) -> bool:
        """The table's main date names the table's own occasion (market_days.market_date), not when something
        joined or was created."""
        info = self.index.tables[table]
        d = info.main_date(False)
        new = set(d.words) & set(lx.NEW_DATE_WORDS) if d is not None else set()
        if new and not (d.kind == "datetime" and new <= {"start", "started", "starts"}):
            return False  # (races.race_start, a timestamp: when the race takes place)
        return d is not None and (bool(set(d.words) & set(info.words)) or d.kind == "datetime" and bool(
            set(d.words) & {"start", "starts", "started"}) and not info.looks_like_people)  # classes.starts_at

    def _event_date(self, prefer_new: bool, tables: list[str]) -> ColInfo | None:
        """When the fact table is an entity whose own date is not an event ("patients in 2023": no date;
        "members ... last year": joinDate), the event date of a table in play or of a child table (visits, loans).

        >>> Resolver(index).date_column(None, False, ["patients", "visits"]).name   # doctest: +SKIP
        'visit_date'
        """
        if not self.fact or prefer_new:
            return None
        own = self.index.tables[self.fact].main_date(False)
        info = self.index.tables[self.fact]
        people_events = info.looks_like_people and any(
            self.index.tables[e[2]].main_date(False) is not None for e in self.graph.get(self.fact, [])
            if e[4] == "down")
        occasion = self._occasion_of(self.fact) if own is not None and set(own.words) & _BOOKED_WORDS else None
        if occasion is not None:
            return occasion  # "check-ins by hour": the class's start, not when it was booked
        if own is not None and not set(own.words) & (set(lx.NEW_DATE_WORDS) | LATE_DATE_WORDS) and not people_events:
            return None  # (but "drivers who did more than 80 rides in 2024": the rides' date, not licenseIssued)
        if own is not None and own.null_frac == 0 and set(own.words) & {"created", "opened", "raised", "logged",
                                                                      "installed", "submitted", "start",
                                                                      "started"} and \
                len({rt for _, rt, _ in info.fks}) >= 2 and not info.looks_like_people:
            return None  # "tickets that came in last year": a ticket's own opened_at, not the dates of its replies
        if own is not None and own.null_frac == 0 and self.index.tables[self.fact].fks and \
                not set(own.words) & set(lx.NEW_DATE_WORDS):
            return None  # deliveries.delivered_at, set on every row of an event table: its own date, not a farmer's
            # member_since
        if own is not None and own.kind == "datetime" and own.null_frac == 0 and not info.looks_like_people and \
                not set(own.words) & set(lx.NEW_DATE_WORDS) and not info.fks:
            return None  # visits.arrived_at, stamped on every visit: the visit's own time, not its fines' dates
        if own is not None and own.kind == "datetime" and set(own.words) & {"start", "starts", "started", "begin",
                                                                            "begins"}:
            # classes.starts_at, batches.started_at: the time the class or batch takes place, not when a member
            # started
            return None
        children = [e[2] for e in self.graph.get(self.fact, []) if e[4] == "down"]
        occasion = self._occasion_of(self.fact)
        if occasion is not None and not children:
            return occasion  # race results: the race's date, not when the runner registered
        if own is not None and not children:
            return None  # calls.startedAt: an event table's own date, even when named like a start
        for t in [t for t in tables if t and t != self.fact] + children:
            c = self._occasion_of(t) or self.index.tables[t].main_date(False)
            occurs = c is not None and c.kind == "datetime" and bool(set(c.words) & {"start", "starts"}) and \
                bool(set(c.words) & PLANNED_WORDS)  # visits.planned_start: when each visit takes place
            if c is not None and not c.is_yearlike and (occurs or not set(c.words) & (
                    set(lx.NEW_DATE_WORDS) | LATE_DATE_WORDS | ACQUIRED_DATE_WORDS)):
                return c  # (a greenhouse's builtYear is an attribute, not the date of its readings)
        for t in children:
            c = self.index.tables[t].main_date(False)
            if c is not None and c.kind == "datetime" and set(c.words) & {"start", "starts"} and not (
                    own is not None and set(own.words) & {"start", "started"}):
                return c  # "members who booked in 2024": court_bookings.booking_start, when the booking takes place
            if c is None:  # "drivers who raced in 2024": race_results has no date; its race has (races.race_start)
                occasions = [rt for _, rt, _ in self.index.tables[t].fks if rt != self.fact and self._occasion_date(rt)]
                if len(occasions) == 1:
                    return self.index.tables[occasions[0]].main_date(False)
        return None

    def money_column(self, table: str | None) -> ColInfo | None:
        cands = self.index.column_candidates("revenue")
        # money actually taken before a guide, reserve, list or estimated price ("which buyer spent the most":
        # hammer_price, not guide_price)
        cands = sorted(cands, key=lambda sc: (bool(set(sc[1].words) & lx.NOT_ACTUAL_MONEY), -sc[0]))
        if table:
            same = [(s, c) for s, c in cands if c.table == table]
            if same:
                return same[0][1]
        return cands[0][1] if cands else None

    def price_column(self, table: str | None) -> ColInfo | None:
        """The price of the table's rows ("listings over 1 million": list_price, not the sold price)."""
        cands = [(s, c) for s, c in self.index.column_candidates("price") if c.is_money and c.table == table]
        return cands[0][1] if cands else None

    def profit_column(self) -> ColInfo | None:
        cands = [(s, c) for s, c in self.index.column_candidates("profit") if c.is_measure and
                 set(c.words) & lx.PROFIT_WORDS]
        return self.choose(cands, "measure") if cands else None

    # ------------------------------------------------------------------ pieces
    def measure(self, mp: MeasureP, parse: Parse) -> dict | None:
        if mp.kind == "count":
            return self.count_measure(mp)
        if mp.kind == "duration":
            start, end = mp.ref.cands[0][1], mp.ref.cands[1][1]
            later = end.name if end.table == start.table or end.name == "@today" else f"{end.table}.{end.name}"
            return {"kind": "duration", "agg": mp.agg or "avg", "table": start.table, "start": start.name,
                    "end": later, "unit": "day"}
        if mp.kind == "margin":
            num, den = self.profit_column(), self.money_column(self.fact)
            if num is None or den is None or num.key == den.key:
                return None
            return {"kind": "ratio", "label": "margin", "num": _agg("sum", num), "den": _agg("sum", den)}
        if mp.kind == "aov":
            rev = self.money_column(self.fact)
            stored = [c for _, c in self.index.column_candidates("revenue") if c.is_money and not c.derived and
                      set(self.index.tables[c.table].words) & {"order", "orders", "sale", "sales", "transaction",
                                                                "purchase", "booking", "invoice"}]
            unit_price = rev is not None and rev.name.startswith("@line_total(") and stored and set(
                stored[0].words) & {"unit", "price", "per"}  # (sales(quantity, unit_price): the line total is right)
            if (rev is None or rev.derived) and stored and not unit_price:
                rev = stored[0]  # "average order value": the order's own amount, not a price worked out per product
            if rev is None:
                return None
            den = self.order_count(rev.table)
            if den["agg"] == "count":
                # one row per order (or per event): the average of the money column over the rows that have one
                return _agg("avg", rev)
            return {"kind": "ratio", "label": "average order value", "num": _agg("sum", rev), "den": den}
        cands = mp.ref.cands if mp.ref else []
        # a bare unit names an amount ("kg donated", "sold the most kilos"), unless it follows "per" ("price per kg")
        unit_amount = mp.ref is not None and (lx.lemma(mp.ref.text) in SUBSTANCE_UNITS | {"kilos", "litres", "tonnes"}
                                              or mp.ref.text.split()[-1] in ("minutes", "hours", "mins", "hrs")) \
            and not re.search(rf"\bper {re.escape(mp.ref.text)}\b", parse.question.lower())
        if unit_amount:  # an amount in kg (weight_kg), not a price per kg
            cands = [(s, c) for s, c in cands if "per" not in c.words] or cands
        if parse.unit in lx.TIME_UNIT_SECONDS and mp.ref is not None and cands and \
                lx.lemma(mp.ref.text.split()[-1]) in ("length", "duration", "time"):
            own = {c.table for _, c in cands[:1]}  # "average swim length in minutes": the minutes, not the lengths
            cands = cands + [(cands[0][0], c) for c in self.index.columns if c.table in own and c.is_measure and
                             not c.derived and time_unit_seconds(c.name, c.words) and all(c is not x for _, x in cands)]
        if parse.unit in lx.TIME_UNIT_SECONDS and len(cands) > 1:
            timed = [(s, c) for s, c in cands if c.derived and c.name.startswith(("@minutes", "@days")) or
                     time_unit_seconds(c.name, c.words)]
            cands = timed or cands  # "session length in minutes": the time, not the pool lengths swum
        owners = {dp.ref.table for dp in parse.dims if dp.ref is not None and dp.ref.table and not dp.ref.cands}
        top = max((sc for sc, _ in cands), default=0)
        said = {m.data.get("table") for m in parse.mentions if m.kind == "table"}
        own = [(sc, c) for sc, c in cands if c.table in owners and sc >= top - 0.01 and c.name.startswith("@age")] \
            if said <= owners else []
        if own and len(own) < len(cands):  # "how old is each teacher": the teachers' own age, not their pupils'
            cands = own
        c = self.choose(cands, "measure") if mp.ref else None
        if c is None and mp.ref is not None and mp.explicit_agg and mp.agg in ("min", "max") and mp.ref.cands and \
                mp.ref.cands[0][1].is_date:
            return _agg(mp.agg, mp.ref.cands[0][1])  # "when was the first booking": the earliest date
        if c is None and mp.ref is not None and mp.explicit_agg and mp.agg in ("avg", "median") and \
                len(mp.ref.cands) == 1 and mp.ref.cands[0][1].is_yearlike:
            return _agg(mp.agg, mp.ref.cands[0][1])  # "median birth year" (the parser: _column)
        if c is None:
            return None
        spent = mp.ref is not None and c.is_money and bool(
            {lx.lemma(w) for w in mp.ref.text.split()} & (lx.REVENUE_WORDS | {
                "spend", "spent", "spending", "money", "bill", "billed", "charged", "earned", "earn"}) or
            mp.ref.text in ("value", "worth") and bool(re.search(r"\b(value|worth) of\b", parse.question.lower())))
        # ("value of jobs taken each month": the jobs' prices added up)
        # "revenue by brand" over a price column: money taken in adds up, whatever the column's name
        # "kg donated by quarter", "litres sold": an amount named by its unit is taken together, a total
        mass = mp.ref is not None and c.is_substance_amount and lx.lemma(mp.ref.text) in {
            lx.lemma(w) for w in self.index.tables[c.table].words} or c.is_substance_amount and re.search(
            r"\bhow much\b", parse.question.lower()) is not None  # "harvest by block", "how much fruit": kilos added
        # "longest race each year in km": the longest one
        sized = parse.sup_adj in ONE_ROW_ADJECTIVES and not c.derived and parse.superlative is not None and \
            bool(set(c.words) & set(lx.SUPERLATIVE_COLUMNS.get(parse.sup_adj, ())))
        agg = mp.agg or _extreme_agg(c) or (("max" if parse.superlative == "desc" else "min") if sized else None) or \
            ("sum" if c.additive or spent or unit_amount or mass else "avg")
        if agg in ("count", "count_distinct"):
            return {"kind": "count", "agg": "count_distinct", "table": c.table, "column": c.name}
        parent = mp.per is not None and mp.per.table in {rt for _, rt, _ in self.index.tables[c.table].fks}
        if mp.per is not None and (mp.per.table == c.table or parent):
            unit = lx.lemma(mp.per.words[-1])
            stored = any(x.is_measure and x.key not in (c.key, mp.per.key) and unit in {lx.lemma(w) for w in x.words}
                         for x in self.index.tables[c.table].columns.values())  # px_kg beside amt and wt_kg
            bought = c.is_money and not stored and (unit in SUBSTANCE_UNITS or
                                                    time_unit_seconds(mp.per.name, mp.per.words))
            if agg in ("sum", "avg") and (mp.agg != "avg" or bought or parent):
                # (the average price per tonne of deliveries: what they cost over the tonnes they weighed)
                # "revenue per km by vehicle": the ratio of the totals
                return {"kind": "ratio", "label": f"{_col_words(None, c.name)} per {_col_words(None, mp.per.name)}",
                        "num": _agg("sum", c),
                        "den": _agg("sum", mp.per)}
            return dict(_agg(agg, c), per=mp.per.name)  # "average price per square foot": row by row
        return _agg(agg, c)

    def order_count(self, table: str) -> dict:
        """COUNT(DISTINCT order-like id) on a line-level table, else COUNT(*)."""
        info = self.index.tables[table]
        for c in info.columns.values():
            keyish = c.is_id or bool(c.words) and c.words[-1] == "number" and not c.is_measure  # order_no
            if keyish and not c.unique and not c.is_pk and set(c.words) & {
                    "order", "invoice", "transaction", "purchase", "basket", "receipt", "booking"}:
                return {"kind": "count", "agg": "count_distinct", "table": table, "column": c.name}
        return {"kind": "count", "agg": "count", "table": table, "column": None}

    def count_measure(self, mp: MeasureP) -> dict | None:
        distinct = mp.agg == "count_distinct"
        if distinct and mp.ref is not None and mp.ref.text == "days" and mp.ref.cands and mp.ref.cands[0][1].is_date:
            c = mp.ref.cands[0][1]  # "how many rainy days": distinct dates (parser: _counted_days)
            return {"kind": "count", "agg": "count_distinct", "table": c.table, "column": c.name}
        if mp.entity_table and (mp.ref is None or not mp.ref.cands or mp.ref.exact is False and
                                mp.entity_table in [c.table for _, c in mp.ref.cands[:1]] or
                                not any(s >= 2.0 for s, _ in mp.ref.cands)):
            return {"kind": "count", "agg": "count", "table": mp.entity_table, "column": None}
        if mp.ref is None or not mp.ref.cands:
            return {"kind": "count", "agg": "count", "table": self.fact, "column": None}
        # an entity named by a column: prefer its id, then its label
        best, best_s = None, -1e9
        for s, c in mp.ref.cands:
            sc = s + self._near_bonus(c.table) + (1.0 if c.is_id else 0) + (0.3 if c.is_label else 0)
            if c.is_measure or c.is_date:
                sc -= 3
            if sc > best_s:
                best, best_s = c, sc
        if best is None:
            return None
        if best.unique and not distinct:
            return {"kind": "count", "agg": "count", "table": best.table, "column": None}
        if best.is_bool or best.is_date:
            # "how many fills" (filled_dt): the noun names the table's events, one per row
            return {"kind": "count", "agg": "count", "table": best.table, "column": None}
        noun = lx.lemma(mp.ref.text.split()[-1]) if mp.ref.text else ""
        if not distinct and best.is_text and len(best.words) >= 2 and best.words[-1] in ATTRIBUTE_HEADS and \
                noun in best.words[:-1]:
            # "how many bins were emptied" (bin_type), "tracks played" (track_title): the rows, not the kinds
            return {"kind": "count", "agg": "count", "table": best.table, "column": None}
        return {"kind": "count", "agg": "count_distinct", "table": best.table, "column": best.name}

    def dim(self, dp: DimP, parse: Parse, tables: list[str]) -> list[dict]:
        if not dp.grain and dp.ref is not None and dp.ref.text in lx.TIME_GRAINS and self._fact_date_wins(dp.ref):
            # "fuel used per year": the trips' date, not the vehicles' model-year column named "Year"
            dp = DimP(grain=lx.TIME_GRAINS[dp.ref.text], pos=dp.pos)
        if dp.grain:
            if dp.ref is not None and any(c.is_number and c.name.lower() == dp.grain for _, c in dp.ref.cands):
                c = next(c for _, c in dp.ref.cands if c.name.lower() == dp.grain)
                return [{"table": c.table, "column": c.name, "grain": None}]
            # a numeric column literally named after the grain ("year") beats date arithmetic
            if dp.ref is None and self.fact:
                lit = self.index.tables[self.fact].columns
                for name, c in lit.items():
                    if name.lower() == dp.grain and c.is_number:
                        return [{"table": c.table, "column": c.name, "grain": None}]
            c = self.date_column(dp.ref or parse.date_ref, parse.prefer_new, tables, finer=dp.grain != "year")
            if c is None:
                return []
            if dp.grain == "hour" and c.kind == "date":  # "calls by hour of day": the timestamp, not the date
                stamps = [x for x in self.index.tables[c.table].date_columns() if x.kind == "datetime"]
                alt = self.date_column(None, parse.prefer_new, tables, finer=True) if not stamps else None
                # "what hour do most lessons start": the lessons' timestamp, not a teacher's start date
                c = stamps[0] if len(stamps) == 1 else alt if alt is not None and alt.kind == "datetime" else c
            if c.is_yearlike:
                return [{"table": c.table, "column": c.name, "grain": None}]
            return [{"table": c.table, "column": c.name, "grain": dp.grain}]
        ref = dp.ref
        if ref is None:
            return []
        if ref.table and (not ref.cands or not any(s >= 2.0 for s, _ in ref.cands)) and not any(
                c.table == ref.table and c.is_text and lx.lemma(ref.text) in c.words for _, c in ref.cands):
            return self.entity_dims(ref.table)  # ("by type" on class_passes: its pass_type, not each pass)
        c = self.choose(ref.cands, "dim")
        if c is None:
            return []
        named_table = self.index.table_phrases.get(tuple(lx.lemma(w) for w in ref.text.lower().split()))
        literal = ref.exact and c.is_text and [lx.lemma(w) for w in ref.text.lower().split()] == [
            lx.lemma(w) for w in re.split(r"[^a-z0-9]+", c.name.lower()) if w]  # the column's own name, unabbreviated
        if named_table == c.table and not c.is_label and not ref.table and not literal:  # "ticker" keeps the ticker
            label = self.entity_label(named_table)
            if label is not None and label is not c and label.is_label:
                return self.entity_dims(named_table)  # "which products ...": their names, not their SKUs
        c = self._own_attribute(c, ref, parse, tables)
        if c.words[:1] in (["first"], ["last"]) and "name" in c.words and lx.lemma(ref.text) == "name":
            parts = [x for x in self.index.tables[c.table].columns.values() if x.is_text and "name" in x.words
                     and x.words[:1] in (["first"], ["last"])]
            if len(parts) == 2:  # "list their names": first and last name, not the first one alone
                return [{"table": x.table, "column": x.name, "grain": None}
                        for x in sorted(parts, key=lambda x: x.words[0] != "first")]
        grain = self._fact_time_grain(ref, c, parse)
        if grain is not None:
            return [grain]
        if c.is_id and not c.is_text:
            # prefer the readable label of the entity this id points to, in the same table
            label = next((o for o in self.index.tables[c.table].columns.values() if o.is_label and
                          set(o.words) & set(c.words) - {"id"}), None)
            if label is not None:
                c = label
        return [{"table": c.table, "column": c.name, "grain": None}]

    def _own_attribute(self, c: ColInfo, ref: Ref, parse: Parse, tables: list[str]) -> ColInfo:
        """ "which club has the most members": members.home_club, the counted entity's own attribute, beats
        classes.club, which needs a join through bookings."""
        ents = [t for _, t, _ in parse.entities if t] + [t for t in tables if t]
        if not ents or c.table in ents:
            return c
        words = set(c.words)
        for t in ents:
            info = self.index.tables.get(t)
            own = [o for o in info.columns.values() if o.is_text and not o.is_id and words <= set(o.words)
                   and o is not c] if info else []
            if len(own) == 1:
                return own[0]
        return c

    def _fact_time_grain(self, ref: Ref, c: ColInfo, parse: Parse) -> dict | None:
        """ "fuel used per year" on trips with a vehicle's model-year column "Year": a grain word that names a
        number column of another table means the fact table's own event date, truncated to that grain.

        >>> Resolver(index)._fact_time_grain(ref_year, vehicles_year, parse)   # doctest: +SKIP
        {'table': 'Trips', 'column': 'StartTime', 'grain': 'year'}
        """
        grain = lx.TIME_GRAINS.get(ref.text.lower())
        if grain is None or not self.fact or c.table == self.fact or not c.is_number:
            return None
        if not self.index.tables[self.fact].date_columns():
            return None
        d = self.date_column(None, parse.prefer_new, [self.fact])
        if d is None or d.table != self.fact or not d.is_date:
            return None
        return {"table": d.table, "column": d.name, "grain": grain}

    def value_filter(self, fp: FilterP, tables: list[str]) -> dict | None:
        hits = fp.values or []
        if not hits:
            return None
        prev = fp.ref.text if fp.ref else ""
        best, best_s = None, -1e9
        for t, col, val in hits:
            c = self.index.tables[t].columns[col]
            sc = self._near_bonus(t) + (0.5 if t in tables else 0)
            if prev in ("from",) and set(c.words) & ORIGIN_WORDS:
                sc += 2
            if prev in ("to", "into") and set(c.words) & DEST_WORDS:
                sc += 2
            if prev not in ("from",) and set(c.words) & ORIGIN_WORDS:
                sc += 0.3
            if prev and lx.lemma(prev) in c.words:
                sc += 3  # "in the state of New York", "for destination JFK"
            if fp.ref and any(o.key == c.key for _, o in fp.ref.cands):
                sc += 4  # "drop-offs at the airport": the column named right before the value"
            if c.is_id:
                sc -= 0.5
            if len(hits) > 1:  # "a phone, laptop or wallet": the column the other values named belong to as well
                mine = {(ht, hc) for ht, hc, _ in hits}
                sc += 0.4 * min(2, sum((t, col) in other for other in getattr(self, "value_hits", [])
                                       if other != mine))
            if str(val) != str(val).lower() and re.search(rf"\b{re.escape(str(val))}\b", self.text):
                sc += 0.3  # "what about Central": the zone named 'Central', not the ring 'central'
            if c.n_distinct:
                sc -= min(c.n_distinct, 10000) / 100000
            if sc > best_s:
                best, best_s = (t, col, val), sc
        t, col, val = best
        same = sorted({v for ht, hc, v in hits if (ht, hc) == (t, col)}, key=str)
        if fp.family and len(same) > 1:  # "salmon": every value of that family
            return {"table": t, "column": col, "op": "in" if fp.op == "=" else "not_in", "value": same}
        return {"table": t, "column": col, "op": "=" if fp.op == "=" else "<>", "value": val}

    def numeric_filter(self, fp: FilterP, spec_measures: list[dict]) -> dict | None:
        c = self.choose(fp.ref.cands, "measure") if fp.ref else None
        if c is None and fp.ref is not None and len(fp.ref.cands) == 1 and fp.ref.cands[0][0] >= 3.0:
            c = fp.ref.cands[0][1]  # "year 9 pupils": year_group, named outright, though it reads like a year
        if c is None:
            for m in spec_measures:
                if m.get("kind") == "agg":
                    return {"table": m["table"], "column": m["column"], "op": fp.op, "value": fp.value}
            c = self.money_column(self.fact)
            if c is not None and set(c.words) & {"sold", "sale", "selling"}:
                c = self.price_column(self.fact) or c  # "listings over 1 million": the asking price
            age = next((x for x in self.index.tables[self.fact].columns.values()
                        if x.is_number and "age" in x.words), None) if self.fact in self.index.tables else None
            if age is not None and (c is None or c.table != self.fact):
                c = age  # "bowlers under 30": their age, not the price of another table
            if c is not None and c.table != self.fact and self.path(self.fact, c.table) is None:
                c = None  # a column no join reaches is no condition
        if c is None:
            return None
        if c.is_date and not c.derived:
            return None  # "clients who are over 80" with no age column: a bare number is no date
        if fp.op == "between":
            return {"table": c.table, "column": c.name, "op": "between", "value": list(fp.value)}
        return {"table": c.table, "column": c.name, "op": fp.op, "value": self._fraction_of_percent(c, fp.value)}

    def _fraction_of_percent(self, c: ColInfo, value):
        """ "commission over 20%" on a commission_rate stored as 0.15, 0.22...: the percentage as a fraction."""
        if not isinstance(value, (int, float)) or not 1 <= value <= 100 or not re.search(
                rf"\b{int(value) if value == int(value) else value}\s*(%|percent\b|per cent\b|pc\b)", self.text):
            return value
        if set(c.words) & {"pct", "percent", "percentage"}:
            return value
        hi = self.column_max(c.table, c.name)
        return value / 100.0 if isinstance(hi, (int, float)) and 0 < hi <= 1 else value

    def column_max(self, table: str, column: str):
        """The column's largest value from the statistics provider, or None when there are no statistics."""
        if self.stats is None:
            return None
        try:
            st = self.stats(table, column)
        except Exception:  # noqa: BLE001 - no statistics: no evidence either way
            return None
        return st.get("max") if isinstance(st, dict) else None

    def bool_filter(self, fp: FilterP) -> dict | None:
        c = self.choose(fp.ref.cands, "bool") if fp.ref else None
        if c is None:
            return None
        return {"table": c.table, "column": c.name, "op": fp.op}

    def date_filter(self, fp: FilterP, parse: Parse, tables: list[str]) -> dict | None:
        whole_years = fp.op == "years" or fp.op == "range" and all(
            str(v).endswith("-01-01") for v in (fp.value or []) if v)
        c = self.date_column(parse.date_ref, parse.prefer_new, tables, finer=not whole_years)
        if c is None:
            return None
        value = fp.value
        if fp.op == "years":
            value = sorted(set(value))
        if (c.is_yearlike or c.is_birth_year) and fp.op in ("weekend", "dayname"):
            return None
        if c.is_yearlike or c.is_birth_year:
            return _year_number_filter(c, fp.op, value)
        return {"table": c.table, "column": c.name, "op": fp.op, "value": value}

    def relative_filter(self, rel: dict, parse: Parse, tables: list[str]) -> dict | None:
        c = self.date_column(parse.date_ref, parse.prefer_new, tables)
        if c is None:
            return None
        if c.is_yearlike:
            return self._relative_year_number(c, rel)
        anchor = self.anchor(c)
        if anchor is None:
            return None
        unit, off = rel["unit"], rel["offset"]
        if rel.get("rolling"):
            lo = _shift_date(anchor, unit, off)
            return {"table": c.table, "column": c.name, "op": "range",
                    "value": [(lo + dt.timedelta(days=1)).isoformat(), (anchor + dt.timedelta(days=1)).isoformat()]}
        if unit == "year":
            # on historical data "last year" is the latest full year in the data (an analyst asking about a
            # finished data set means its most recent whole year: 2024 when the data ends in December 2024 or in
            # June 2025); live data, whose latest date is about today, keeps the calendar meaning
            historical = (dt.date.today() - anchor).days > 31
            done = anchor.month >= 11 or self._season_done(c, anchor)  # sparse dates end late in the year
            year = anchor.year + off + (1 if off < 0 and historical and done else 0)
            return {"table": c.table, "column": c.name, "op": "years", "value": [year]}
        if unit == "ytd":
            return {"table": c.table, "column": c.name, "op": "range",
                    "value": [f"{anchor.year:04d}-01-01", (anchor + dt.timedelta(days=1)).isoformat()]}
        historical = (dt.date.today() - anchor).days > 31
        # a data set of whole years whose last events fall in the last days of December has a finished December
        month_done = (anchor + dt.timedelta(days=1)).day == 1 or anchor.month == 12 and anchor.day >= 25
        if historical and off < 0 and month_done and (unit == "month" or unit == "quarter" and anchor.month % 3 == 0):
            off += 1  # on a finished data set that ends with a whole month / quarter, that one is the last one
        if unit == "month":
            start = _shift_date(anchor.replace(day=1), "month", off)
            return {"table": c.table, "column": c.name, "op": "range",
                    "value": [start.isoformat(), _shift_date(start, "month", 1).isoformat()]}
        if unit == "quarter":
            qstart = anchor.replace(day=1, month=3 * ((anchor.month - 1) // 3) + 1)
            start = _shift_date(qstart, "month", 3 * off)
            return {"table": c.table, "column": c.name, "op": "range",
                    "value": [start.isoformat(), _shift_date(start, "month", 3).isoformat()]}
        if unit == "week":
            start = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=off)
            return {"table": c.table, "column": c.name, "op": "range",
                    "value": [start.isoformat(), (start + dt.timedelta(days=7)).isoformat()]}
        if unit == "day":
            day = anchor + dt.timedelta(days=off)
            return {"table": c.table, "column": c.name, "op": "range",
                    "value": [day.isoformat(), (day + dt.timedelta(days=1)).isoformat()]}
        return None

    def _relative_year_number(self, c: ColInfo, rel: dict) -> dict | None:
        """ "last year" on a year-number column: the latest year in the data, shifted."""
        if rel["unit"] not in ("year", "ytd") or self.stats is None:
            return None
        v = self.stats(c.table, c.name)
        v = v.get("max") if isinstance(v, dict) else v
        try:
            year = int(float(v))
        except (TypeError, ValueError):
            return None
        offset = rel["offset"] if rel["unit"] == "year" else 0
        if offset < 0 and year < dt.date.today().year:
            offset += 1  # a finished data set (festival_year up to 2024): "last year" is its latest year
        return {"table": c.table, "column": c.name, "op": "=", "value": year + offset}

    def _season_done(self, c: ColInfo, anchor: dt.date) -> bool:
        """Does the latest year of the data reach as far as the year before did (a harvest that ends every
        October: data up to 3 October 2024, after 2023's last pick on 5 October, is a finished 2024 season)?"""
        prev = _to_date(self.stats(c.table, f"@before({c.name};{anchor.year})")) if self.stats is not None else None
        if prev is None or prev.year != anchor.year - 1 or prev.month == 12 and prev.day >= 15:
            return False  # no earlier year, or one that ran to the end of December: a calendar year
        return anchor.timetuple().tm_yday >= prev.timetuple().tm_yday - 21

    def anchor(self, c: ColInfo) -> dt.date | None:
        if self.stats is None:
            return None
        v = self.stats(c.table, c.name)
        return _to_date(v)


_BOOKED_WORDS = frozenset({"booked", "booking", "reserved", "reservation"})  # when a place was taken, not used


def _year_number_filter(c: ColInfo, op: str, value) -> dict | None:
    """A period filter on a year-number column (release_year): years -> IN, ranges -> numeric bounds."""
    if op == "years":
        return {"table": c.table, "column": c.name, "op": "=" if len(value) == 1 else "in",
                "value": value[0] if len(value) == 1 else value}
    if op == "range":
        lo, hi = value
        lo_y = int(lo[:4]) if lo else None
        hi_y = int(hi[:4]) - (1 if hi and hi[5:] == "01-01" else 0) if hi else None
        if lo_y is not None and hi_y is not None:
            return {"table": c.table, "column": c.name, "op": "between", "value": [lo_y, hi_y]}
        if lo_y is not None:
            return {"table": c.table, "column": c.name, "op": ">=", "value": lo_y}
        if hi_y is not None:
            return {"table": c.table, "column": c.name, "op": "<=", "value": hi_y}
    return None


def _to_date(v) -> dt.date | None:
    if v is None:
        return None
    if isinstance(v, dict):
        v = v.get("max")
    if v is None:
        return None
    if hasattr(v, "to_pydatetime"):
        try:
            v = v.to_pydatetime()
        except Exception:  # noqa: BLE001
            return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _shift_date(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    months = n * (12 if unit == "year" else 3 if unit == "quarter" else 1)
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day, d.day))
        except ValueError:
            continue
    return dt.date(year, month, 28)


def _agg(agg: str, c: ColInfo) -> dict:
    return {"kind": "agg", "agg": agg, "table": c.table, "column": c.name}


def _fk_graph(index: SchemaIndex) -> dict[str, list[tuple[str, str, str, str]]]:
    g: dict[str, list] = {t: [] for t in index.tables}
    for t in index.tables.values():
        for col, rt, rc in t.fks:
            if rt not in index.tables:
                continue
            g[t.name].append((t.name, col, rt, rc, "up"))
            g[rt].append((rt, rc, t.name, col, "down"))
    return g


# ---------------------------------------------------------------------- spec from a parse
def measures_of(res: Resolver, parse: Parse) -> list[dict]:
    out = []
    for mp in parse.measures:
        m = res.measure(mp, parse)
        if m is not None and m not in out:
            out.append(m)
    return out


def build_spec(index: SchemaIndex, parse: Parse, stats=None) -> dict:
    """A fresh spec from a parse (no history).

    >>> build_spec(index, parse_question(index, "sales by region"))["dimensions"]   # doctest: +SKIP
    [{'table': 'superstore', 'column': 'region', 'grain': None}]
    """
    res = Resolver(index, stats)
    res.words = set(re.findall(r"[a-z]+", parse.question.lower()))
    res.text = parse.question
    anchor_tables = _anchor_tables(index, parse)
    res.fact = _guess_fact(index, parse, anchor_tables)
    measures = measures_of(res, parse)
    _units_of_counted_items(index, parse, measures)
    if measures:
        res.fact = _measure_table(measures[0]) or res.fact
        _measure_date(index, parse, measures[0])
    spec = {"fact": res.fact, "measures": measures, "dimensions": [], "filters": [], "having": [],
            "order": None, "limit": None}
    if parse.side:
        spec["side"] = parse.side
    apply_parse(res, spec, parse, fresh=True)
    rank_rows(res, spec, parse)
    _single_row_extreme(res, spec, parse)
    _when_each(res, spec, parse)
    _when_was_the_extreme(res, spec, parse)
    _how_old_are_they(res, spec, parse)
    _share_of_numeric_condition(spec, parse)
    _share_within_duration(spec)
    _counted_with_child_rows(res, spec, parse)
    _no_breakdown_by_the_measure(spec)
    _each_value_counted(spec, parse)
    _enumerated_breakdown(index, spec, parse)
    _one_day_grain(spec)
    _total_threshold_is_having(res, spec, parse)
    _distinct_days(res, spec, parse)
    _units_of_counted_items(index, parse, spec["measures"])
    _average_count_per_parent(res, spec, parse)
    best_time_is_lowest(index, spec, parse.question)
    _change_between_years(res, spec, parse)
    _best_period_by_money(res, spec, parse)
    return spec


ITEM_VERBS = frozenset({"sold", "sell", "sells", "selling", "ordered", "order", "shipped", "ship", "bought", "buy",
                        "purchased", "fitted", "fit", "fitting", "installed", "install", "dispatched", "supplied",
                        "dispensed", "issued", "used", "use"})


ITEM_TABLE_WORDS = frozenset({"sold", "bought", "ordered", "purchased", "fitted", "installed", "used", "issued",
                              "supplied", "dispensed", "item", "line"})


def _units_of_counted_items(index: SchemaIndex, parse: Parse, measures: list[dict]) -> None:
    """ "how many tyres did we sell" on tyres_sold(quantity): each row holds a number of tyres, so the tyres are the
    total of that quantity, not the rows (only with a verb of selling or fitting, and the rows' own noun)."""
    if len(measures) != 1 or measures[0].get("kind") != "count" or measures[0].get("column"):
        return
    t = measures[0].get("table")
    info = index.tables.get(t)
    if info is None or not set(info.words) & ITEM_TABLE_WORDS:
        return  # (a prescription's quantity is of pills: "how many prescriptions" counts the prescriptions)
    words = set(re.findall(r"[a-z]+", parse.question.lower()))
    if not words & ITEM_VERBS or not any(
            lx.lemma(m.text.split()[-1]) in info.words and (m.kind == "table" and m.data.get("table") == t or
                                                            m.kind == "column" and any(c.table == t for _, c in
                                                                                       m.data.get("cands") or []))
            for m in parse.mentions):
        return
    qty = [c for c in info.columns.values() if c.is_number and not c.is_id and not c.is_money and
           set(c.words) & {"quantity", "qty"}]
    if len(qty) == 1:
        measures[0] = _agg("sum", qty[0])


AVERAGE_SIZE = re.compile(r"\b(?:average|avg|mean|typical)\s+(?P<parent>[a-z]+)\s+(?:size|headcount)\b")
AVERAGE_PER = re.compile(r"\b(?:average|avg|mean|typical)\s+(?:number|count|no\.?)\s+of\s+(?P<child>[a-z]+)\s+"
                         r"(?:per|for each|each|in each|in a|in an|on a|on each)\s+(?P<parent>[a-z]+)\b")


def _average_count_per_parent(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "average team size", "average number of participants per team": the rows that point at each parent row,
    counted, then averaged over the parents (COUNT(*) / COUNT(DISTINCT parent key) of the child table), within any
    other breakdown ("by edition")."""
    q = parse.question.lower()
    m = AVERAGE_SIZE.search(q) or AVERAGE_PER.search(q)
    if m is None:
        return
    index = res.index
    parent = index.table_for_word(m.group("parent"))
    if parent is None or any(c.is_measure and set(c.words) & {"size", "headcount", "count"} or c.is_money
                             for c in index.tables[parent].columns.values()):
        return  # ("average household size" with households.household_size, "average gift size": that column)
    kids = list(index.referring(parent))
    if "child" in m.groupdict() and m.group("child"):
        named = index.table_for_word(m.group("child"))
        kids = [t for t in kids if t.name == named]
    if len(kids) > 1:  # "team size": the team's people (participants), not its submissions
        kids = [t for t in kids if t.looks_like_people] or kids
    if len(kids) != 1:
        return
    child = kids[0]
    fk = next((col for col, rt, _ in child.fks if rt == parent), None)
    if fk is None:
        return
    own = {(d["table"], d["column"]) for d in res.entity_dims(parent)} | {
        (parent, c) for c in index.tables[parent].pk}
    spec["dimensions"] = [d for d in spec["dimensions"] if (d["table"], d["column"]) not in own]
    spec["measures"] = [{"kind": "ratio", "label": f"avg {lx.lemma(m.group('parent'))} size",
                         "num": {"kind": "count", "agg": "count", "table": child.name, "column": None},
                         "den": {"kind": "count", "agg": "count", "table": child.name, "column": fk}}]
    spec["fact"] = child.name
    spec["order"], spec["limit"] = (None, None) if not parse.limit else (spec["order"], spec["limit"])


def _enumerated_breakdown(index: SchemaIndex, spec: dict, parse: Parse) -> None:
    """ "tickets sold through each channel: office, app, machine": every value of a column, listed after a grouping
    word, spells out the breakdown by that column."""
    lists = [f for f in spec.get("filters", []) if f.get("op") == "in" and isinstance(f.get("value"), list)]
    if spec.get("dimensions") or len(lists) != 1 or not re.search(r"\b(each|every|per|by)\b", parse.question.lower()):
        return
    f = lists[0]
    info = index.tables.get(f["table"])
    col = info.columns.get(f["column"]) if info else None
    known = {str(v) for v in (col.values or [])} if col is not None else set()
    if known and len(f["value"]) >= 2 and known <= {str(v) for v in f["value"]}:
        spec["dimensions"] = [{"table": f["table"], "column": f["column"], "grain": None}]


def _one_day_grain(spec: dict) -> None:
    """ "which weekdays do jobs come in on - count per day": the day is the weekday already broken down by."""
    weekdays = {(d["table"], d["column"]) for d in spec["dimensions"] if d.get("grain") == "dow"}
    spec["dimensions"] = [d for d in spec["dimensions"] if not (d.get("grain") == "day" and (d["table"], d["column"])
                                                                  in weekdays)]


def _total_threshold_is_having(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "which cars have earned over £4,000 in fares in total": a bound on the summed column, said of the total, is a
    condition on each group's total (HAVING), not on single rows. So is a lower bound above every single row's value
    ("which origins have we put more than 2000 kg through the roaster", where one roast holds at most 30 kg)."""
    ms = spec.get("measures") or []
    if spec.get("dimensions") and not spec.get("having") and len(ms) == 1 and ms[0].get("kind") == "count" and \
            not parse.count_cue and not parse.measures:
        for f in list(spec.get("filters", [])):
            info = res.index.tables.get(f.get("table") or "")
            col = info.columns.get(f.get("column") or "") if info else None
            amount = col is not None and (col.additive or set(col.words) & AMOUNT_UNITS)
            if f.get("op") in (">", ">=") and col is not None and col.is_measure and amount and \
                    _above_every_row(res, f):
                # "which wards have we collected more than 8000 kg of cans from": each ward's total kg
                spec["filters"].remove(f)
                spec["measures"] = [{"kind": "agg", "agg": "sum", "table": f["table"], "column": f["column"]}]
                spec["having"] = [{"measure": 0, "op": f["op"], "value": f["value"]}]
                spec["fact"] = f["table"]
                return
    if not spec.get("dimensions") or spec.get("having") or len(ms) != 1 or ms[0].get("kind") != "agg" or \
            ms[0].get("agg") != "sum":
        return
    total = re.search(r"\b(in total|total|altogether|overall|combined|between them)\b", parse.question.lower())
    for f in list(spec.get("filters", [])):
        if not total and not (f.get("op") in (">", ">=") and _above_every_row(res, f)):
            continue
        if f.get("op") in (">", ">=", "<", "<=") and (f.get("table"), f.get("column")) == (ms[0]["table"],
                                                                                          ms[0]["column"]):
            spec["filters"].remove(f)
            spec["having"] = [{"measure": 0, "op": f["op"], "value": f["value"]}]
            return


# units of amounts that add up across rows (a total of kg, litres or kWh means something)
AMOUNT_UNITS = frozenset({"kg", "kgs", "kilograms", "tonnes", "tons", "litres", "liters", "ml", "km", "miles", "kwh",
                          "mwh", "units", "quantity", "qty", "hours", "minutes", "mins", "grams", "g"})


def _distinct_days(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "on how many different days did we fit winter tyres in 2025?": the calendar days with such rows, counted
    once each (COUNT(DISTINCT CAST(job_ts AS DATE))), not the rows."""
    q = parse.question.lower()
    if not re.search(r"\b(on|in) how many (different |distinct |separate |unique )?days\b|"
                     r"\bhow many (different|distinct|separate|unique) days\b", q):
        return
    ms = spec.get("measures") or []
    if not ms or any(m.get("kind") != "count" for m in ms) or spec.get("dimensions"):
        return
    fact = spec.get("fact")
    dated = [f for f in spec.get("filters") or [] if f.get("op") in ("years", "range", "month_of_year") and
             f.get("table") in res.index.tables]
    info = res.index.tables.get(dated[0]["table"] if dated else fact or "")
    col = info.columns.get(dated[0]["column"]) if dated and info else (info.main_date() if info else None)
    if col is None or not col.is_date:
        return
    spec["measures"] = [{"kind": "count", "agg": "count_distinct", "table": col.table, "column": f"@day({col.name})"}]


def _above_every_row(res: Resolver, f: dict) -> bool:
    """A bound no single row reaches (the column's largest value is under it)."""
    if not isinstance(f.get("value"), (int, float)):
        return False
    hi = res.column_max(f["table"], f["column"])
    if hi is None or isinstance(hi, (bool, str)):
        return False
    try:
        return f["value"] >= float(hi)
    except (TypeError, ValueError):  # a date or text column: no such bound
        return False


def _each_value_counted(spec: dict, parse: Parse) -> None:
    """ "how many were donated and how many destroyed": one figure for each named value, so the values' column
    is the breakdown (the IN list stays)."""
    if spec.get("dimensions") or not re.search(r"\bhow (many|much)\b.*\b(and|or|vs|versus) how (many|much)\b",
                                               parse.question.lower()):
        return
    lists = [f for f in spec.get("filters", []) if f.get("op") == "in" and isinstance(f.get("value"), list)]
    if len(lists) == 1 and len(lists[0]["value"]) >= 2:
        spec["dimensions"] = [{"table": lists[0]["table"], "column": lists[0]["column"], "grain": None}]


def _best_period_by_money(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "what was our best month ever": on a table that takes money, the period with the most of it, not the most
    rows."""
    ms_ = spec["measures"]
    if parse.measures or parse.count_cue or len(ms_) != 1 or ms_[0].get("kind") != "count" or \
            not spec["dimensions"] or not all(d.get("grain") for d in spec["dimensions"]) or \
            not re.search(r"\b(best|worst|strongest|weakest)\b", parse.question.lower()):
        return
    money = res.money_column(spec["fact"])
    if money is not None and money.table == spec["fact"] and not money.derived:
        spec["measures"] = [_agg("sum", money)]


def _change_between_years(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "how did sales change from 2015 to 2016": one figure per year of the range, to compare, not one total."""
    if spec["dimensions"] or not re.search(r"\b(change|changed|grow|grew|growth|compare|compared|difference|"
                                           r"increase|increased|decrease|decreased|evolve|evolved|vs|versus)\b",
                                           parse.question.lower()):
        return
    ranges = [f for f in spec["filters"] if f.get("op") == "range" and all(f.get("value") or [None])]
    if len(ranges) != 1 or len(spec["measures"]) != 1 or spec["measures"][0].get("kind") not in ("agg", "count"):
        return
    lo, hi = ranges[0]["value"]
    if not (str(lo)[4:] == "-01-01" and str(hi)[4:] == "-01-01" and 2 <= int(str(hi)[:4]) - int(str(lo)[:4]) <= 10):
        return
    spec["dimensions"] = [{"table": ranges[0]["table"], "column": ranges[0]["column"], "grain": "year"}]


def best_time_is_lowest(index: SchemaIndex, spec: dict, question: str) -> None:
    """ "which make has the best average stage time": the best time is the lowest one, the worst the highest; so is
    the best placing or finishing position ("best placing at Whit Friday": MIN(placing))."""
    order, ms_ = spec.get("order") or {}, spec["measures"]
    word = re.search(r"\b(best|worst)\b", question.lower())
    if not word or len(ms_) != 1 or ms_[0].get("kind") != "agg" or ms_[0].get("table") not in index.tables:
        return
    c = index.tables[ms_[0]["table"]].columns.get(ms_[0].get("column") or "")
    lower_better = c is not None and not c.derived and (time_unit_seconds(c.name, c.words) or c.is_number and set(
        c.words) & (lx.PLACE_WORDS | {"ranking"}))
    if not lower_better:
        return
    if order.get("dir"):
        spec["order"] = dict(order, dir="asc" if word.group(1) == "best" else "desc")
    elif ms_[0].get("agg") in ("max", "min") and not time_unit_seconds(c.name, c.words):
        ms_[0]["agg"] = "min" if word.group(1) == "best" else "max"


def _no_breakdown_by_the_measure(spec: dict) -> None:
    """ "average engine size by car class, cc": a breakdown by the very column that is averaged is its unit, not a
    second dimension."""
    measured = {(m.get("table"), m.get("column")) for m in spec["measures"] if m.get("kind") == "agg"}
    kept = [d for d in spec["dimensions"] if d.get("grain") or (d.get("table"), d.get("column")) not in measured]
    if kept and len(kept) < len(spec["dimensions"]):
        spec["dimensions"] = kept


def _counted_with_child_rows(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "how many houses were audited": the houses some audit refers to (the participle names the child table),
    not every house. Only when nothing else (a date, a value of the child) already brings the child in."""
    ms_ = spec["measures"]
    if len(ms_) != 1 or ms_[0].get("kind") != "count" or ms_[0].get("column") or spec["filters"] or \
            spec.get("having"):
        return  # (a date filter or a value of the child would already have joined it)
    info = res.index.tables.get(ms_[0].get("table") or "")
    if info is None or len(info.pk) != 1:
        return
    verbs = {stem(m.text) for m in parse.mentions if m.kind in ("word", "column") and " " not in m.text and
             m.text.endswith("ed") and len(m.text) > 4}
    kids = [(t.name, fk) for t in res.index.tables.values() for fk, rt, _ in t.fks
            if rt == info.name and t.name != info.name and {stem(w) for w in t.words} & verbs]
    if len(kids) != 1 or any(d.get("table") == kids[0][0] for d in spec["dimensions"]):
        return
    spec["filters"].append({"table": info.name, "column": info.pk[0], "op": "present", "value": list(kids[0])})


def _share_of_numeric_condition(spec: dict, parse: Parse) -> None:
    """ "what proportion of trips ran more than 10 minutes late": the share of rows meeting the one numeric
    condition (delay_minutes > 10), not an average of the compared column among them."""
    if not (parse.share or parse.rate) or any(m.get("kind") in ("rate", "cond_rate", "ratio") or
                                              m.get("kind") == "share" and parse.measures for m in spec["measures"]):
        return
    cmp = [f for f in spec["filters"] if f.get("op") in (">", ">=", "<", "<=") and f.get("table") == spec["fact"]]
    if len(cmp) != 1 or spec.get("having") or parse.measures and any(
            m.get("kind") == "agg" and m.get("column") != cmp[0]["column"] for m in spec["measures"]):
        return  # ("share of parcels collected within 24 hours" names no measure: its money is only a default)
    spec["filters"] = [f for f in spec["filters"] if f is not cmp[0]]
    spec["measures"] = [{"kind": "cond_rate", "table": cmp[0]["table"], "column": cmp[0]["column"],
                         "filter": dict(cmp[0])}]
    spec["order"] = None if not spec["dimensions"] else spec["order"]


def _share_within_duration(spec: dict) -> None:
    """ "what share of reports were fixed within 24 hours": the share meeting the duration bound among the rows
    whose end date is set, not the share with an end date among those meeting the bound (always 100 %)."""
    rates = [m for m in spec["measures"] if m.get("kind") == "cond_rate"]
    if len(spec["measures"]) != 1 or len(rates) != 1 or rates[0]["filter"].get("op") != "not_null":
        return
    end = rates[0]["filter"]["column"]
    bounds = [f for f in spec["filters"] if f.get("op") in (">", ">=", "<", "<=") and
              f.get("table") == rates[0]["table"] and (parse_derived(f.get("column", "")) or ("", []))[1][-1:] == [end]]
    if len(bounds) != 1:
        return
    spec["filters"] = [f for f in spec["filters"] if f is not bounds[0]] + [dict(rates[0]["filter"])]
    spec["measures"] = [{"kind": "cond_rate", "table": bounds[0]["table"], "column": bounds[0]["column"],
                         "filter": dict(bounds[0])}]


def _when_was_the_extreme(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "when was the longest match of the 2024 season": the date of the top row, not its key."""
    if not re.match(r"\s*(when|what date|which day)\s+(was|were|did|is)\b", parse.question.lower()) or \
            not spec.get("limit") or not spec.get("order") or len(spec["measures"]) != 1:
        return
    m0 = spec["measures"][0]
    info = res.index.tables.get(m0.get("table"))
    date = info.main_date(False) if info is not None else None
    if date is None or any(d["table"] != info.name or d.get("grain") for d in spec["dimensions"]):
        return
    spec["dimensions"] = [{"table": info.name, "column": date.name, "grain": None}]


def _how_old_are_they(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "how old are the A permit holders", "how old is every analyst": each person with their age, not one average
    ("how old are they on average" stays an average)."""
    q = parse.question.lower()
    if not (re.match(r"\s*how old (are|is) (the|each|every|all|our)\b", q) or re.search(r"\bages\b", q)) or \
            re.search(r"\baverage|\bmean\b|\bmedian\b", q):
        return  # ("driver ages", "the ages of our staff": each one's age too)
    ms_ = spec["measures"]
    if len(ms_) != 1 or ms_[0].get("kind") != "agg" or not str(ms_[0].get("column", "")).startswith("@age") or \
            spec["dimensions"] or spec.get("limit"):
        return
    dims = person_dims(res, ms_[0]["table"])
    if dims and all(d["table"] == ms_[0]["table"] for d in dims):
        spec["dimensions"] = dims


def _when_each(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "when did each store open": each store with its date (the one the verb names, else its main date), not a
    count of stores per store."""
    if not re.match(r"\s*when (did|was|were|do|does|has|have)\b", parse.question.lower()):
        return
    ms_, dims = spec["measures"], spec["dimensions"]
    if len(ms_) != 1 or ms_[0]["kind"] != "count" or ms_[0].get("column") or not dims:
        return
    t = ms_[0].get("table")
    info = res.index.tables.get(t)
    if info is None or any(d["table"] != t or d.get("grain") for d in dims):
        return
    named = [c for m in parse.mentions if m.kind == "column" for s, c in (m.data.get("cands") or [])[:2]
             if c.is_date and c.table == t and s >= 1.15]
    c = named[0] if named else info.main_date(False)
    if c is None:
        return
    spec["dimensions"] = dims + [{"table": t, "column": c.name, "grain": None}]
    spec["measures"], spec["order"], spec["limit"] = [], None, None


def _single_row_extreme(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "biggest single water order", "biggest single sale - which model": the largest (or smallest) value of one
    row: MAX / MIN of the measure, broken down only by what the question names itself."""
    if not parse.single or not parse.superlative or not spec["measures"]:
        return
    agg = "max" if parse.superlative == "desc" else "min"
    m0 = spec["measures"][0]
    if m0["kind"] == "count":
        t = m0.get("table") or spec["fact"]
        info = res.index.tables.get(t)
        money = res.money_column(t)
        nums = [c for c in info.columns.values() if c.is_measure and c.additive and not c.derived] if info else []
        c = money if money is not None and money.table == t else nums[0] if len(nums) == 1 else None
        if c is None:
            return
        m0 = _agg(agg, c)
    elif m0["kind"] == "agg":
        m0 = dict(m0, agg=agg)
    else:
        return
    named = {(c.table, c.name) for dp in parse.dims if dp.ref for _, c in dp.ref.cands[:1] if not c.is_id}
    spec["measures"] = [m0]
    spec["fact"] = m0["table"]
    spec["dimensions"] = [d for d in spec["dimensions"] if (d["table"], d["column"]) in named]
    if not spec["dimensions"]:
        spec["order"], spec["limit"] = None, None
    spec["filters"] = [f for f in spec["filters"] if not (f["op"] == "not_null" and any(
        (d["table"], d["column"]) == (f["table"], f["column"]) for d in spec["dimensions"]))]


def _measure_date(index: SchemaIndex, parse: Parse, m: dict) -> None:
    """ "total sold value per year": a measure column sharing its leading word with a date column of its table
    (sold_price, sold_date) is timed by that date; a later-in-life date must then be present.

    >>> p = parse_question(index, "total sold value per year")   # doctest: +SKIP
    >>> _measure_date(index, p, m); p.date_ref.text               # doctest: +SKIP
    'sold_date'
    """
    timed = any(d.grain for d in parse.dims) or any(f.date for f in parse.filters) or parse.relative
    if parse.date_ref is not None or not timed or m["kind"] != "agg":
        return
    info = index.tables[m["table"]]
    col = info.columns[m["column"]]
    dates = [d for d in info.date_columns() if len(d.words) > 1 and d.words[0] == col.words[0]
             and d.words[0] not in ("date", "time", "day", "total")]
    if len(dates) != 1:
        return
    ref = Ref(cands=[(2.0, dates[0])], text=dates[0].name)
    parse.date_ref = ref
    if info.main_date(False) is not dates[0]:
        parse.filters.append(FilterP(op="not_null", ref=ref))


def _measure_table(m: dict) -> str | None:
    if m["kind"] == "ratio":
        return m["num"].get("table")
    if m["kind"] == "share":
        return m["of"].get("table")
    return m.get("table")


def _anchor_tables(index: SchemaIndex, parse: Parse) -> list[str]:
    out = []
    for f in parse.filters:
        for t, _, _ in (f.values or [])[:1]:
            out.append(t)
    for _, t, _ in parse.entities:
        if t:
            out.append(t)
    return out


def _guess_fact(index: SchemaIndex, parse: Parse, anchors: list[str]) -> str | None:
    """The table a question is about before measures are resolved."""
    for mp in parse.measures:
        if mp.kind == "count" and mp.entity_table:
            return mp.entity_table
        if mp.ref and mp.ref.cands:
            ms = [c for s, c in mp.ref.cands if c.is_measure]
            if ms:
                top = max(s for s, c in mp.ref.cands if c.is_measure)
                tied = [c for s, c in mp.ref.cands if c.is_measure and s >= top - 0.01]
                for c in tied:
                    if c.table in anchors:
                        return c.table
                return tied[0].table
    if parse.date_ref is not None and parse.date_ref.cands and not parse.measures and parse.superlative and \
            parse.date_ref.text.endswith("ed"):
        return parse.date_ref.cands[0][1].table  # "which ticker is traded most often": the trades, counted
    for _, t, ref in parse.entities:
        if t:
            return t
        if ref and ref.cands:
            return ref.cands[0][1].table
    value_tables = [{h[0] for h in f.values} for f in parse.filters if f.op in ("=", "<>") and f.values]
    valued = set().union(*[ts for ts in value_tables if len(ts) == 1])
    for d in parse.dims:
        dt = d.ref.table if d.ref and d.ref.table else d.ref.cands[0][1].table if d.ref and d.ref.cands else None
        grouped = any(m.kind == "cue" and m.data.get("cue") == "group" for m in parse.mentions)
        child = next(iter(valued)) if len(valued) == 1 and not parse.measures and grouped else None
        if dt and child and child != dt and child in index.tables and any(
                rt == dt for _, rt, _ in index.tables[child].fks):
            return child  # "card payments at each junction": the payments (a value of theirs), counted per junction
        if dt:
            return dt
    if anchors:
        return anchors[0]
    flagged = {f.ref.cands[0][1].table for f in parse.filters if f.ref is not None and f.ref.cands}
    if parse.count_cue and not parse.dims and len(flagged) == 1 and \
            all(f.op in ("true", "false") for f in parse.filters):
        return next(iter(flagged))  # "how many life members are there": the rows of the flag's table
    # a lone time question: the largest table with a date column
    best = None
    for t in index.tables.values():
        if t.date_columns() and (best is None or t.row_count > best.row_count):
            best = t
    if best is not None:
        return best.name
    return max(index.tables.values(), key=lambda t: t.row_count).name if index.tables else None


def apply_parse(res: Resolver, spec: dict, parse: Parse, fresh: bool) -> None:
    """Resolve dims/filters/having/order/limit of the parse into the spec (in place)."""
    tables = [spec["fact"]] if spec.get("fact") else []
    # dimensions
    for dp in parse.dims:
        for d in res.dim(dp, parse, tables):
            if d not in spec["dimensions"]:
                spec["dimensions"].append(d)
                tables.append(d["table"])
    # filters
    new_filters = []
    res.value_hits = [{(t, c) for t, c, _ in fp.values} for fp in parse.filters
                      if fp.op in ("=", "<>") and fp.values]
    dated = [fp for fp in parse.filters if fp.date and not (fp.op in ("=", "<>") and fp.values is not None) and
             fp.op not in ("true", "false", "absent", "cmp_col", "outcome", "empty", "null", "not_null")]
    for fp in [fp for fp in parse.filters if fp not in dated] + dated:
        f = None
        if fp.date and fp in dated:  # after the other conditions: their tables tell which events are dated
            tables = _dated_tables(tables, new_filters, spec)
        if fp.op in ("=", "<>") and fp.values is not None:
            f = res.value_filter(fp, tables)
        elif fp.op in ("true", "false"):
            f = res.bool_filter(fp)
        elif fp.op == "absent":
            f = _absence_filter(res, fp)
        elif fp.op == "cmp_col":
            f = _column_comparison_filter(res, fp)
        elif fp.op == "outcome":  # "and lose?": the previous comparison of the two sides' scores, turned
            for g in spec["filters"]:
                if g["op"] == "cmp_col":
                    g["value"] = [fp.value, *g["value"][1:]]
                    break
        elif fp.op == "empty":
            c = fp.ref.cands[0][1]
            f = {"table": c.table, "column": c.name, "op": _empty_op(res, c)}
        elif fp.op in ("null", "not_null"):
            c = res.choose(fp.ref.cands, "date") if fp.ref else None
            if c is None and fp.ref and fp.ref.cands and fp.ref.cands[0][0] >= 3.0:
                c = fp.ref.cands[0][1]  # "never rated": a value column that may be missing (trip_rating)
            f = {"table": c.table, "column": c.name, "op": fp.op} if c is not None else None
        elif fp.date:
            f = _absence_date_filter(res, fp, parse, new_filters) or res.date_filter(fp, parse, tables)
        elif fp.op in (">", ">=", "<", "<=", "=", "between") or fp.op == "in" and fp.values is None:
            f = res.numeric_filter(fp, spec["measures"])  # ("in": "rated 1 or 2")
        if f is not None:
            new_filters.append(f)
    if parse.relative:
        tables = _dated_tables(tables, new_filters, spec)
    for rel in parse.relative:
        f = res.relative_filter(rel, parse, tables)
        if f is not None:
            new_filters.append(f)
    before = list(spec["filters"])
    for f in _merge_value_filters([f for k, f in enumerate(new_filters) if f not in new_filters[:k]]):
        # a new filter replaces the previous turn's filter on its column, not one of the same question
        # ("deals won ..., excluding open deals" keeps both)
        # ("under 100 instead" replaces "over 800" on the same column)
        spec["filters"] = [g for g in spec["filters"] if g not in before or not (
            _same_filter_target(g, f) or parse.instead and (g["table"], g["column"]) == (f["table"], f["column"])
            or _disjoint_bounds(g, f))]
        spec["filters"].append(f)
    # measures derived from cues
    _rate_measure(res, spec, parse)
    _loss(res, spec, parse)
    if parse.per_entity is not None:
        _per_entity_ratio(res, spec, parse)
    if any(mp.kind == "aov" for mp in parse.measures):
        _order_event_filter(res, spec)
    if parse.compare:
        _compare_dimension(spec, parse.flag_compare)
    for h in parse.having:
        if h["kind"] == "count":
            mp = MeasureP(agg="count", kind="count", ref=h["ref"] if h["ref"].cands else None,
                          entity_table=h["ref"].table)
            m = res.count_measure(mp)
            if m is not None:
                if m not in spec["measures"]:
                    spec["measures"].append(m)
                spec["having"].append({"measure": spec["measures"].index(m), "op": h["op"], "value": h["value"]})
                _counted_flag(spec, h["ref"])
        elif h["kind"] == "agg":
            if not spec["dimensions"] and fresh:
                _group_by_entity(res, spec, parse, tables)  # "carriers with an average cost above 900"
            _aggregate_condition(res, spec, h)
    if fresh and spec["having"] and not spec["dimensions"]:
        _group_by_entity(res, spec, parse, tables)
    if fresh and parse.list_mode and not spec["measures"]:
        _list_rows_by_key(res, spec)
    if not spec["measures"] and fresh and not parse.list_mode:
        _money_measure(res, spec, parse)
    if not spec["measures"] and fresh and not parse.list_mode and _adjective_names_own_column(res, spec, parse):
        _adjective_measure(res, spec, parse)  # "which candidate is the youngest": the age, not money in child rows
    if not spec["measures"] and fresh and not parse.list_mode:
        _ranked_entity_measure(res, spec, parse)
    if not spec["measures"] and fresh and not parse.list_mode:
        _adjective_measure(res, spec, parse)
    if not spec["measures"] and fresh and not parse.list_mode:
        _dangling_aggregate(res, spec, parse)
    if not spec["measures"] and fresh and not parse.list_mode:
        _default_measure(res, spec, parse)
        if parse.share or parse.rate:
            _rate_measure(res, spec, parse)  # "percentage of orders shipped ...": the counted entity is known now
    if fresh and parse.agg_only:
        # "... on average": a trailing aggregate word applies to the measure
        for m in spec["measures"]:
            if m["kind"] == "agg":
                m["agg"] = parse.agg_only
                for mp in parse.measures:
                    mp.explicit_agg = True
                break
    if fresh:
        _count_busy_periods(spec, parse)
        _show_compared_columns(res, spec)
        _count_flagged_events(res, spec, parse)
        _who_entity(res, spec, parse)
        _rank_entity(res, spec, parse)
        _who_by_role(spec, parse)
        _show_compared_columns(res, spec)  # "who has a skill rating over 6.5?": the people were only named just now
    if parse.share and spec["measures"] and spec["dimensions"]:
        m0 = spec["measures"][0]
        if m0["kind"] in ("agg", "count"):
            spec["measures"].append({"kind": "share", "of": m0})
    if fresh:
        _avoid_fanout(res, spec, parse)
    _no_self_count(spec)
    if fresh and parse.superlative:
        _rank_by_child_rows(res, spec)
    if fresh:
        _list_unmatched(spec)
        _absence_conditions(spec, res.index)
        _list_counted_rows(res, spec, parse)
    # ranking
    _ranking(spec, parse)
    if fresh:
        _top_per_group(spec, parse)
        _show_birth_date(spec)
    if parse.unit:
        convert_units(res, spec, parse.unit)
    _convert_amount(res, spec, parse)
    _role_dimensions(res, spec)
    _verb_role(res, spec, parse)
    _drop_contradicted_presence(spec)
    if fresh:
        longest_tenure(res, spec, parse)
    _sold_quantity(res, spec, parse)


def _sold_quantity(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "best selling concession item", "which product sells the most": ranked by the units sold (the table's one
    quantity column), not by how many rows mention it."""
    ms, q = spec["measures"], parse.question.lower()
    sold = re.search(r"\b(best|top|worst)[- ]selling\b|\bsells? (the )?(most|least|best|worst)\b|"
                     r"\bsold (the )?(most|least|best|worst)\b", q)
    money = len(ms) == 1 and ms[0]["kind"] == "agg" and ms[0]["agg"] == "sum" and re.search(r"\bunits\b", q)
    if len(ms) != 1 or not spec.get("order") or not sold or not money and (
            ms[0]["kind"] != "count" or ms[0].get("column")):
        return  # ("which product sells the most units": the units, not the money)
    info = res.index.tables.get(ms[0].get("table") or "")
    qty = [c for c in info.columns.values() if c.is_measure and not c.derived and
           set(c.words) & {"qty", "quantity", "units", "unit"} and not c.is_money] if info else []
    if len(qty) == 1:
        spec["measures"] = [_agg("sum", qty[0])]


TENURE = re.compile(r"\b(with us|supplied us|supplying us|worked (here|for us)|been here|been a member|served|serving"
                    r"|on (our|the) books)\b.*\b(longest|shortest)\b|\b(longest|shortest)[- ]serving\b")
TENURE_START_WORDS = frozenset({"since", "joined", "join", "hired", "hire", "started", "start", "registered",
                                "signed", "signup", "enrolled", "onboarded", "first"})


def longest_tenure(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "which grower has supplied us the longest", "who has been with us longest": the entity with the earliest
    start (supplying_since, hired_on), shown with that start, not a sum of some measure."""
    m = TENURE.search(parse.question.lower())
    dims = [d for d in spec["dimensions"] if not d.get("grain")]
    if m is None or not dims or len({d["table"] for d in dims}) != 1:
        return
    info = res.index.tables[dims[0]["table"]]
    starts = [c for c in info.columns.values() if (c.is_date or c.is_number) and not c.derived and
              set(c.words) & TENURE_START_WORDS and not set(c.words) & BIRTH_WORDS]
    if len(starts) != 1:
        return
    shortest = "shortest" in m.group(0)
    spec["measures"] = [{"kind": "agg", "agg": "max" if shortest else "min", "table": info.name,
                         "column": starts[0].name}]
    spec["fact"] = info.name
    spec["filters"] = [f for f in spec["filters"] if f["table"] == info.name]
    spec["having"] = []
    spec["order"] = {"by": "measure", "index": 0, "dir": "desc" if shortest else "asc"}
    spec["limit"] = spec.get("limit") or 1


def _drop_contradicted_presence(spec: dict) -> None:
    """ "orders still waiting to be delivered": the missing date (delivered_at IS NULL) says more than the verb
    that named it (delivered -> IS NOT NULL); both together would return nothing."""
    missing = {(f["table"], f["column"]) for f in spec["filters"] if f["op"] == "null"}
    spec["filters"] = [f for f in spec["filters"]
                       if not (f["op"] == "not_null" and (f["table"], f["column"]) in missing) and
                       not (f["op"] == "cmp_col" and any(c == f["column"] or c == f["value"][2] for t, c in missing
                                                         if t == f["table"]))]  # (no comparison with an empty value)


def _absence_date_filter(res: Resolver, fp: FilterP, parse: Parse, new_filters: list[dict]) -> dict | None:
    """ "which repos had no runs at all in 2025": the period dates the child rows that are missing (the runs), not
    the parent (when the repo was created); _absence_conditions then moves it inside the anti-join."""
    absent = [f for f in new_filters if f["op"] == "absent" and len(f["value"]) in (2, 4)]
    if len(absent) != 1 or parse.date_ref is not None or parse.prefer_new:
        return None  # ("patients who registered in 2024 have never ...": the registration date)
    child = res.index.tables.get(absent[0]["value"][0])
    c = child.main_date(False) if child is not None else None
    if c is None or c.is_yearlike:
        return None
    value = sorted(set(fp.value)) if fp.op == "years" else fp.value
    return {"table": c.table, "column": c.name, "op": fp.op, "value": value}


def _absence_conditions(spec: dict, index: SchemaIndex) -> None:
    """ "films that never had a screening with a Q&A", "customers who never paid a bill late": the conditions on the
    child table of an anti-join belong inside it (no screening of theirs had a Q&A), not on the outer rows."""
    for f in spec["filters"]:
        if f["op"] != "absent" or len(f["value"]) not in (2, 4) or len(f["value"]) >= 4 and f["value"][2] == "@where":
            continue
        child = f["value"][0]
        ops = ("true", "false", "cmp_col", ">", ">=", "<", "<=", "=", "<>", "in", "null", "not_null", "years", "range")
        inner = [g for g in spec["filters"] if g is not f and g["table"] == child and g["op"] in ops
                 and not (g["op"] == "cmp_col" and g["value"][1] != child)]
        used = {d["table"] for d in spec["dimensions"]} | {_measure_table(m) for m in spec["measures"]}
        # "drugs never dispensed to Paediatrics": a condition on a table the child rows refer to (their ward)
        above = {rt: (rc, col) for col, rt, rc in index.tables[child].fks if rt != f["table"]}
        upper = [g for g in spec["filters"] if g is not f and g["table"] in above and g["table"] not in used and
                 g["op"] in ops and g["op"] != "cmp_col"]
        if not inner and not upper or child in used:
            continue
        spec["filters"] = [g for g in spec["filters"] if not any(g is x for x in inner + upper)]
        if len(f["value"]) == 4:  # "no urgent tickets in 2024": the value the child rows lacked, with the rest
            inner.insert(0, {"table": child, "column": f["value"][2], "op": "=", "value": f["value"][3]})
        f["value"] = [child, f["value"][1], "@where", inner + upper]
        joins = sorted({g["table"] for g in upper})
        if joins:
            f["value"].append([[t, above[t][0], above[t][1]] for t in joins])
        return


# the head word of a column describing a row's kind: "bin_type", "track_title", "item_category"
ATTRIBUTE_HEADS = frozenset({"type", "category", "kind", "class", "title", "description", "size", "level", "status",
                             "model", "grade", "colour", "color", "style", "format", "genre"})


def _disjoint_bounds(old: dict, new: dict) -> bool:
    """ "patients over 80", then "and for under 18s?": the new bound leaves nothing of the old one: it replaces it."""
    if (old["table"], old["column"]) != (new["table"], new["column"]):
        return False
    lows, highs = (">", ">="), ("<", "<=")
    try:
        if old["op"] in lows and new["op"] in highs:
            return float(new["value"]) <= float(old["value"])
        if old["op"] in highs and new["op"] in lows:
            return float(new["value"]) >= float(old["value"])
    except (TypeError, ValueError):
        return False
    return False


def _dated_tables(tables: list[str], new_filters: list[dict], spec: dict) -> list[str]:
    """The tables in play for choosing a date: the fact's and the dimensions', then the measures' and the
    conditions' ("vendors who traded at Northgate in 2024": the market day's date, not when the vendor joined)."""
    out = list(tables)
    for t in [_measure_table(m) for m in spec["measures"]] + [f.get("table") for f in new_filters]:
        if t and t not in out:
            out.append(t)
    return out


def _role_dimensions(res: Resolver, spec: dict) -> None:
    """ "revenue per pickup branch": a breakdown by a foreign key named after its role (pickup_branch_id) shows the
    referenced rows' names (branch_name), joined through that key rather than another one to the same table."""
    out = []
    for d in spec["dimensions"]:
        info = res.index.tables.get(d["table"])
        col = info.columns.get(d["column"]) if info else None
        ref = next((r for c, r, _ in (info.fks if info else []) if c == d["column"]), None)
        label = res.entity_label(ref) if ref else None
        if col is None or ref is None or d.get("grain") or not col.words or label is None or \
                col.is_text and not col.is_id and col.words[-1] not in ("id", "code", "key", "number", "no") or \
                col.words[0] in res.index.tables[ref].words:
            out.append(d)  # ("which ticker": a readable key (ticker, country) is its own label)
            continue
        named = res.entity_dims(ref) if set(label.words) & {"first", "last", "given", "family"} else []
        out += [x for x in named if x["column"] not in res.index.tables[ref].pk] or \
            [{"table": ref, "column": label.name, "grain": None}]  # a person: first and last name
        spec["role"] = col.words[0]
    spec["dimensions"] = out


IRREGULAR_PAST = {"won": "win", "lost": "lose", "sold": "sell", "led": "lead", "ran": "run", "bought": "buy",
                  "taught": "teach", "caught": "catch", "wrote": "write", "drove": "drive", "made": "make"}


def _verb_role(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "which team won the most matches": of several keys from the matches to the teams (team_a_id, team_b_id,
    winner_team_id), the one named after the verb's doer (winner) joins them."""
    if spec.get("side") or spec.get("role") or not spec.get("fact") or spec["fact"] not in res.index.tables:
        return
    fact = res.index.tables[spec["fact"]]
    others = {d["table"] for d in spec["dimensions"]} | {f.get("table") for f in spec["filters"]}
    verbs = set()
    for w in re.findall(r"[a-z]+", parse.question.lower()):
        base = IRREGULAR_PAST.get(w) or (w[:-2] if w.endswith("ed") and len(w) > 4 else None)
        if base:
            verbs |= {base, base.rstrip("e"), base[:-1] if len(base) > 3 and base[-1] == base[-2] else base}
    for t in others - {spec["fact"], None}:
        keys = [c for c, rt, _ in fact.fks if rt == t]
        if len(keys) < 2:
            continue
        for c in keys:
            col = fact.columns.get(c)
            role = col.words[0] if col is not None and col.words else ""
            if any(role in (v, v + "er", v + "r", v + "or", v + v[-1:] + "er") for v in verbs if len(v) >= 3):
                spec["role"] = role
                return


def _show_birth_date(spec: dict) -> None:
    """ "who is the oldest candidate": the ranked person's birth date is shown next to the age.

    >>> s = {"limit": 1, "measures": [{"kind": "agg", "agg": "max", "table": "c", "column": "@age_date(dob)"}],
    ...      "dimensions": [{"table": "c", "column": "name", "grain": None}]}
    >>> _show_birth_date(s); [d["column"] for d in s["dimensions"]]
    ['name', 'dob']
    """
    m0 = (spec.get("measures") or [None])[0]
    if not spec.get("limit") or not m0 or m0.get("kind") != "agg" or m0.get("agg") not in ("max", "min"):
        return
    derived = parse_derived(m0.get("column") or "")
    dims = spec.get("dimensions") or []
    if derived is None or derived[0] not in ("age_date", "age_year") or not dims or \
            any(d["table"] != m0["table"] or d.get("grain") for d in dims):
        return
    born = {"table": m0["table"], "column": derived[1][0], "grain": None}
    if born not in dims:
        dims.append(born)
    if (spec.get("order") or {}).get("by") == "measure":  # equal ages: the earlier birth date is the older one
        spec["order"]["tiebreak"] = {"dim": dims.index(born), "dir": "asc" if m0["agg"] == "max" else "desc"}


def _column_comparison_filter(res: Resolver, fp: FilterP) -> dict | None:
    """{"op": "cmp_col", "value": [op, other_table, other_column, factor]}: column op factor * other column, both
    picked in one table when they can be."""
    op, other, factor = fp.value
    pairs = [(s1 + s2 + (2.0 if a.table == b.table else 0), a, b) for s1, a in fp.ref.cands[:4]
             for s2, b in other.cands[:4] if a.key != b.key and a.is_date == b.is_date]
    if not pairs:
        return None
    _, a, b = max(pairs, key=lambda x: x[0])
    return {"table": a.table, "column": a.name, "op": "cmp_col", "value": [op, b.table, b.name, factor]}


def _empty_op(res: Resolver, c: ColInfo) -> str:
    """ "no tip": IS NULL when the column has missing values, else zero / blank ("empty")."""
    if res.stats is None or c.derived:
        return "empty"
    try:
        st = res.stats(c.table, c.name)
    except Exception:  # noqa: BLE001 - the reading degrades to "empty", the answer does not fail
        return "empty"
    nulls = st.get("nulls") if isinstance(st, dict) else None
    return "null" if nulls else "empty"


def _absence_filter(res: Resolver, fp: FilterP) -> dict | None:
    """Rows of the parent table that no child row refers to: {"op": "absent", "value": [child, child_key]}."""
    parent = res.index.tables.get(fp.ref.table)
    if parent is None or len(parent.pk) != 1 and not any(rt == parent.name for c in res.index.tables.values()
                                                         for _, rt, _ in c.fks):
        return None
    child, fk = fp.value[:2]
    ref_col = next((rc for col, rt, rc in res.index.tables[child].fks if rt == parent.name and col == fk), None)
    if ref_col is None:
        return None
    return {"table": parent.name, "column": ref_col, "op": "absent", "value": [child, fk, *fp.value[2:]]}


def repair_spec(index: SchemaIndex, spec: dict | None) -> None:
    """Last repairs of a finished spec, on one resolver: no sum of dates, and a fact that reaches every piece."""
    if spec:
        res = Resolver(index)
        no_sum_of_dates(res, spec)
        count_where_the_condition_is(res, spec)


def one_weekday_condition(spec: dict | None) -> None:
    """ "on Saturday and Sunday": a row falls on one weekday, so named days of one column are either-or (one IN),
    and days that only restate "weekends" go."""
    if not spec:
        return
    days: dict[tuple, list] = {}
    for f in spec.get("filters") or []:
        if f.get("op") == "dayname":
            days.setdefault((f["table"], f["column"]), []).extend(f["value"] if isinstance(f["value"], list)
                                                                 else [f["value"]])
    weekend = {(f["table"], f["column"]) for f in spec.get("filters") or [] if f.get("op") == "weekend" and
               f.get("value")}
    if not days or all(len(v) == 1 for v in days.values()) and not weekend:
        return
    rest = [f for f in spec["filters"] if f.get("op") != "dayname"]
    for key, vals in days.items():
        vals = sorted({int(x) for x in vals})
        if key in weekend and set(vals) <= {6, 7}:
            continue  # "weekends only, so Saturday and Sunday"
        rest.append({"table": key[0], "column": key[1], "op": "dayname", "value": vals if len(vals) > 1 else vals[0]})
    spec["filters"] = rest


def full_names(index: SchemaIndex, spec: dict | None, question: str = "") -> None:
    """A first name alone never names a person: "list our game masters with their ages" shows first_name and
    last_name (likewise organiser_first_name and organiser_last_name)."""
    if not spec or re.search(r"\b(first|given|christian|fore)[ -]?names?\b", question.lower()):
        return  # ("fees by first name": the first names, as asked)
    dims = spec.get("dimensions") or []
    have = {(d["table"], d["column"]) for d in dims}
    for k, d in list(enumerate(dims))[::-1]:
        info = index.tables.get(d.get("table") or "")
        col = info.columns.get(d.get("column") or "") if info and not d.get("grain") else None
        if col is None or not col.is_text or "first" not in col.words or col.words[-1:] != ["name"]:
            continue
        want = [w if w != "first" else "last" for w in col.words]
        last = [c for c in info.columns.values() if c.words == want or c.words == [x if x != "last" else "sur"
                                                                                  for x in want][:-1] + ["name"]]
        if len(last) == 1 and (info.name, last[0].name) not in have:
            dims.insert(k + 1, {"table": info.name, "column": last[0].name, "grain": None})


def count_where_the_condition_is(res: Resolver, spec: dict) -> None:
    """ "how many people are still waiting for a plot": a bare count whose condition lives in a table the counted one
    cannot reach (waiting_list, no key to plot_holders) counts the condition's table instead of failing."""
    index = res.index
    ms = spec.get("measures") or []
    used = [m.get("table") for m in ms] + [d["table"] for d in spec.get("dimensions") or []] + \
        [f["table"] for f in spec.get("filters") or []]
    used = [t for t in dict.fromkeys(used) if t in index.tables]
    fact = spec.get("fact")
    if fact in index.tables and used and any(res.distance(fact, t) >= 99 for t in used):
        hub = [t for t in used if all(res.distance(t, u) < 99 for u in used)]
        if hub:  # "of the people offered a plot, what fraction accepted": every piece is in waiting_list
            spec["fact"] = hub[0]
            return
    if len(ms) != 1 or ms[0]["kind"] != "count" or ms[0].get("column") or spec.get("dimensions") or \
            not spec.get("filters"):
        return
    home = ms[0].get("table") or spec.get("fact")
    far = {f["table"] for f in spec["filters"] if f.get("table") and res.distance(home, f["table"]) >= 99}
    if len(far) != 1 or any(res.distance(next(iter(far)), f["table"]) >= 99 for f in spec["filters"]):
        return
    t = far.pop()
    spec["measures"] = [{"kind": "count", "agg": "count", "table": t, "column": None}]
    spec["fact"] = t


def no_sum_of_dates(res: Resolver, spec: dict) -> None:
    """A sum or average of a date column ("how much are we owed" read through paidDate) means nothing: the table's
    money instead, else a count of its rows."""
    for k, m in enumerate(spec.get("measures", [])):
        info = res.index.tables.get(m.get("table")) if m["kind"] == "agg" else None
        c = info.columns.get(m.get("column")) if info else None
        if c is None or not c.is_date or m.get("agg") not in ("sum", "avg", "median"):
            continue
        money = res.money_column(info.name)
        if money is None or not money.is_measure:
            money = next((x for x in info.columns.values() if x.is_money and x.is_measure and not x.derived), None)
        spec["measures"][k] = {"kind": "agg", "agg": "sum", "table": info.name, "column": money.name} if money else \
            {"kind": "count", "agg": "count", "table": info.name, "column": None}


def _convert_amount(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "tonnage by material" read as weighings.weight_kg: the amounts summed in the unit asked (SUM(weight_kg) /
    1000), when the linker matched a unit of mass or volume to a column counted in another."""
    asked = {m.data["cands"][0][1].key: m.data["asked_unit"] for m in parse.mentions if m.data.get("asked_unit")}
    for m in spec.get("measures", []):
        want = asked.get((m.get("table"), m.get("column"))) if m["kind"] == "agg" and not m.get("scale") else None
        info = res.index.tables.get(m.get("table")) if want else None
        c = info.columns.get(m["column"]) if info else None
        have = amount_unit(c) if c is not None else None
        asked_unit = lx.AMOUNT_UNITS[want] if want else None
        if have and have[0] == asked_unit[0] and have[1] != asked_unit[1]:
            m["scale"], m["unit"] = have[1] / asked_unit[1], {"tonnage": "tonne"}.get(want, want)
            if m["agg"] == "avg" and not any(mp.explicit_agg for mp in parse.measures):
                m["agg"] = "sum"  # tonnage: the weights added up (a weight_kg is otherwise averaged)


def convert_units(res: Resolver, spec: dict, unit: str) -> None:
    """Scale time measures to the asked unit: AVG(durationSec) "in minutes" -> AVG(durationSec) / 60."""
    want = lx.TIME_UNIT_SECONDS.get(unit)
    for m in spec.get("measures", []):
        have = None
        if m["kind"] == "duration":
            have = lx.TIME_UNIT_SECONDS["day"]
        elif m["kind"] == "agg":
            info = res.index.tables.get(m["table"])
            c = info.columns.get(m["column"]) if info else None
            have = time_unit_seconds(str(m.get("column", "")), c.words if c else [])
        if have and want and have != want:
            m["scale"], m["unit"] = have / want, unit


def _same_filter_target(a: dict, b: dict) -> bool:
    if a["table"] != b["table"] or a["column"] != b["column"]:
        return False
    date_ops = {"years", "range", "month_of_year", "quarter_of_year"}
    if a["op"] in date_ops and b["op"] in date_ops:
        # a year filter and a month-of-year filter can live together
        return (a["op"] == "month_of_year") == (b["op"] == "month_of_year") and \
            (a["op"] == "quarter_of_year") == (b["op"] == "quarter_of_year")
    num_ops = {">", ">=", "<", "<=", "between"}
    if a["op"] in num_ops and b["op"] in num_ops:
        return (a["op"] in (">", ">=")) == (b["op"] in (">", ">=")) or "between" in (a["op"], b["op"])
    return True


def _merge_value_filters(filters: list[dict]) -> list[dict]:
    """Several values of one column become IN / NOT IN."""
    out: list[dict] = []
    for f in filters:
        if f["op"] in ("=", "<>"):
            for g in out:
                if g["table"] == f["table"] and g["column"] == f["column"] and g["op"] in ("=", "in", "<>", "not_in") \
                        and (g["op"] in ("=", "in")) == (f["op"] == "="):
                    vals = g["value"] if isinstance(g["value"], list) else [g["value"]]
                    if f["value"] not in vals:
                        vals.append(f["value"])
                    g["value"] = vals
                    g["op"] = "in" if f["op"] == "=" else "not_in"
                    break
            else:
                out.append(dict(f))
        elif f["op"] == "range":
            for g in out:
                if g["op"] == "range" and (g["table"], g["column"]) == (f["table"], f["column"]):
                    lo = max(x for x in (g["value"][0], f["value"][0]) if x) if g["value"][0] or f["value"][0] \
                        else None
                    hi = min(x for x in (g["value"][1], f["value"][1]) if x) if g["value"][1] or f["value"][1] \
                        else None
                    g["value"] = [lo, hi]
                    break
            else:
                out.append(dict(f))
        else:
            out.append(f)
    return out


def _group_by_entity(res: Resolver, spec: dict, parse: Parse, tables: list[str]) -> None:
    """ "hotels with more than 300 bookings": a condition on a count groups by the entity the question names."""
    counted = {m.get("table") for m in spec["measures"] if m["kind"] == "count" and not m.get("column")}
    for _, t, ref in parse.entities:
        if ref is not None and ref.cands and any(s >= 2.0 for s, _ in ref.cands):
            dims = res.dim(DimP(ref=ref), parse, tables)
        elif t and t not in counted:
            dims = res.entity_dims(t)
        else:
            continue
        if dims:
            spec["dimensions"].extend(d for d in dims if d not in spec["dimensions"])
            return


ORDER_EVENT_WORDS = frozenset({"purchase", "order", "sale", "transaction", "booking"})


def _order_event_filter(res: Resolver, spec: dict) -> None:
    """ "average order value" on an event table: only the rows whose type is a purchase / order count.

    >>> spec = {"measures": [{"kind": "agg", "agg": "avg", "table": "events", "column": "revenue"}], "filters": []}
    >>> _order_event_filter(Resolver(index), spec); spec["filters"]   # doctest: +SKIP
    [{'table': 'events', 'column': 'event_type', 'op': '=', 'value': 'purchase'}]
    """
    m0 = spec["measures"][0] if spec["measures"] else None
    if m0 is None or m0["kind"] != "agg" or m0["agg"] != "avg":
        return
    hits = [(c, v) for c in res.index.tables[m0["table"]].columns.values() if c.is_text and c.values
            for v in c.values if lx.lemma(str(v).lower()) in ORDER_EVENT_WORDS]
    if len(hits) != 1 or any(f["column"] == hits[0][0].name for f in spec["filters"]):
        return
    c, v = hits[0]
    spec["filters"].append({"table": c.table, "column": c.name, "op": "=", "value": v})


def _extreme_agg(c: ColInfo) -> str | None:
    """A column that holds extremes (peak_kw, max_temp, min_price) aggregates to the same extreme."""
    words = set(c.words)
    if words & {"peak", "max", "maximum", "highest", "top"}:
        return "max"
    if words & {"best", "fastest", "quickest"}:  # bestLapSec: the least time; best_score: the most points
        return "min" if time_unit_seconds(c.name, c.words) else "max"
    if c.words and c.words[-1] == "min" and len(c.words) > 1 and time_unit_seconds(c.name, c.words):
        return None  # durationMin, wait_min: minutes, not a minimum
    if words & {"min", "minimum", "lowest"}:
        return "min"
    return None


def _no_self_count(spec: dict) -> None:
    """ "most common diagnosis": COUNT(DISTINCT diagnosis) grouped by diagnosis is always 1; count the rows. So is
    it under one value of the column ("how many Gold tier bookings", "the most council funded clients")."""
    dims = {(d["table"], d["column"]) for d in spec["dimensions"] if not d.get("grain")}
    dims |= {(f["table"], f["column"]) for f in spec["filters"] if f["op"] in ("=", "in")}
    for i, m in enumerate(spec["measures"]):
        if m["kind"] == "count" and m.get("column") and (m["table"], m["column"]) in dims:
            spec["measures"][i] = {"kind": "count", "agg": "count", "table": m["table"], "column": None}


def _rank_by_child_rows(res: Resolver, spec: dict) -> None:
    """ "our 3 most frequent customers": ranking a table's own rows by a count of themselves gives ones; the rows of
    the one dated table that refers to them (their sales) are counted instead."""
    ms, dims = spec["measures"], spec["dimensions"]
    if len(ms) != 1 or ms[0]["kind"] != "count" or ms[0].get("column") or not dims:
        return
    t = ms[0].get("table")
    info = res.index.tables.get(t)
    if info is None or not all(d["table"] == t and not d.get("grain") for d in dims) or \
            any(f["table"] != t for f in spec["filters"]):
        return
    if not any(c is not None and (c.unique or c.is_pk) for c in (info.columns.get(d["column"]) for d in dims)):
        return
    kids = [x.name for x in res.index.tables.values() if x.name != t and x.main_date(False) is not None and
            any(rt == t for _, rt, _ in x.fks)]
    if len(kids) != 1:
        return
    spec["measures"] = [{"kind": "count", "agg": "count", "table": kids[0], "column": None}]
    spec["fact"] = kids[0]


def _list_rows_by_key(res: Resolver, spec: dict) -> None:
    """ "list the faults that are still open": each fault, by its key, not the distinct kinds of fault (a label that
    repeats names a kind of row, not a row)."""
    dims = spec["dimensions"]
    if len(dims) != 1 or dims[0].get("grain"):
        return
    info = res.index.tables.get(dims[0]["table"])
    c = info.columns.get(dims[0]["column"]) if info else None
    if c is None or c.unique or c.is_pk or len(info.pk) != 1 or not info.row_count or \
            (c.n_distinct or 0) * 2 > info.row_count:
        return
    dims.insert(0, {"table": info.name, "column": info.pk[0], "grain": None})


def _list_counted_rows(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "which centres have a motorcycle area": a count of a table's rows broken down by its own unique name shows a
    column of ones; the rows are listed instead."""
    ms, dims = spec["measures"], spec["dimensions"]
    if not parse.which or parse.count_cue or parse.superlative or parse.limit or spec.get("having") or \
            len(ms) != 1 or ms[0]["kind"] != "count" or ms[0].get("column") or not dims:
        return
    t = ms[0].get("table")
    info = res.index.tables.get(t)
    if info is None or not all(d["table"] == t and not d.get("grain") for d in dims) or \
            not any(info.columns[d["column"]].unique for d in dims if d["column"] in info.columns) or \
            not any(f["table"] == t for f in spec["filters"]):
        return
    spec["measures"], spec["order"] = [], None


def _list_unmatched(spec: dict) -> None:
    """ "which pass holders never used a lift?": the rows no child row refers to, listed; counting each of them
    per row would show a column of ones."""
    absent = {f["table"] for f in spec["filters"] if f["op"] == "absent"}
    ms = spec["measures"]
    dims = spec["dimensions"]
    if len(absent) != 1 or len(ms) != 1 or not dims or spec.get("having") or spec.get("limit"):
        return
    t = next(iter(absent))
    child = next(f["value"][0] for f in spec["filters"] if f["op"] == "absent")
    # "which agents had no urgent tickets": the agents, not a count of their other tickets
    if ms[0]["kind"] == "count" and ms[0].get("table") in (t, child) and not ms[0].get("column") and all(
            d["table"] == t and not d.get("grain") for d in dims):
        spec["measures"], spec["order"], spec["fact"] = [], None, t


def _counted_flag(spec: dict, ref: Ref) -> None:
    """ "more than 60 no-shows": counting a boolean column's rows counts the rows where it is true."""
    top = ref.cands[0][1] if ref.cands else None
    word = lx.lemma(ref.text.split()[-1]) if ref.text else ""
    noun = top is not None and ref.cands[0][0] >= 1.15 and word.endswith(("ion", "al")) and any(
        noun_of_verb(w, word) or noun_of_verb(word, w) for w in top.words)  # "30 cancellations": cancelled
    if top is None or not top.is_bool or ref.cands[0][0] < 2.0 and not noun:
        return
    f = {"table": top.table, "column": top.name, "op": "true"}
    if not any((g["table"], g["column"]) == (top.table, top.name) for g in spec["filters"]):
        spec["filters"].append(f)


def _aggregate_condition(res: Resolver, spec: dict, h: dict) -> None:
    """ "average reading above 2200 kwh": HAVING AVG(kwh) > 2200 on a breakdown, else a row filter."""
    c = res.choose(h["ref"].cands, "measure") if h.get("ref") else None
    duration = next((m for m in spec["measures"] if m["kind"] == "duration"), None)
    if c is None and duration is not None and spec["dimensions"]:
        # "carriers with an average delivery time over 5 days"
        m = dict(duration, agg=h["agg"])
        if m not in spec["measures"]:
            spec["measures"].append(m)
        spec["having"].append({"measure": spec["measures"].index(m), "op": h["op"], "value": h["value"]})
        return
    if c is None:
        m0 = next((m for m in spec["measures"] if m["kind"] == "agg"), None)
        c = res.index.tables[m0["table"]].columns[m0["column"]] if m0 else None
    if c is None:
        return
    if not spec["dimensions"]:
        spec["filters"].append({"table": c.table, "column": c.name, "op": h["op"], "value": h["value"]})
        return
    m = _agg(h["agg"], c)
    if m not in spec["measures"]:
        spec["measures"].append(m)
    spec["fact"] = spec["fact"] or c.table
    spec["having"].append({"measure": spec["measures"].index(m), "op": h["op"], "value": h["value"]})


def _value_rate(index: SchemaIndex, spec: dict, parse: Parse) -> None:
    """ "percentage of deals won per team": the share of rows with a value within each group, not each group's
    share of all rows (AVG(CASE WHEN stage = 'Won' ...)); only for a breakdown counting rows."""
    dims = {(d["table"], d["column"]) for d in spec["dimensions"]}
    eq = [f for f in spec["filters"] if f["op"] == "=" and (f["table"], f["column"]) not in dims]
    named = [t for _, t, _ in parse.entities if t] or [
        c.table for m in parse.mentions if m.kind == "column" and len(m.text.split()) > 1
        for c in [(m.data.get("cands") or [(0, None)])[0][1]] if c is not None and
        lx.lemma(m.text.split()[0]) in index.tables[c.table].words]  # "fraction of clients heard about us ...": clients
    if not spec["measures"] and len(eq) == 1 and len(set(named)) == 1 and eq[0]["table"] == named[0]:
        # "what share of gift aid claims got rejected": the claims are counted, nothing else is named
        spec["measures"] = [{"kind": "count", "agg": "count", "table": named[0], "column": None}]
    said = [f for f in eq if parse.rate_pos > 0 and _filter_pos(parse, f) == parse.rate_pos - 1]
    if len(eq) > 1 and len(said) == 1:
        eq = said  # "win rate in cup games": the share of wins among the cup games
    of_next = 0 <= parse.share_pos < len(parse.mentions) - 1 and parse.mentions[parse.share_pos + 1].text == "of"
    after = [f for f in eq if parse.share and parse.share_pos >= 0 and not of_next and
             _filter_pos(parse, f) > parse.share_pos]  # ("as a share of all critical reports": the population)
    if len(eq) > 1 and not said and len(after) == 1 and len(named) >= 1:
        eq = after  # "of our Brighton clients, what fraction heard about us on instagram": the share among them
    counts = [m for m in spec["measures"] if m["kind"] == "count"]
    if len(eq) != 1 or len(counts) != 1 or len(spec["measures"]) != 1:
        return
    if not spec["dimensions"] and not parse.count_cue and not parse.entities and not named and \
            not counts[0].get("column") and \
            not said:
        return  # "share of ..." with nothing counted: leave it
    f = eq[0]
    spec["filters"].remove(f)
    rate = {"kind": "rate", "table": f["table"], "column": f["column"], "negate": False, "value": f["value"]}
    if counts[0].get("column"):
        # "percentage of orders shipped Same Day" on a line table: share of distinct orders
        rate["of_distinct"] = {"table": counts[0]["table"], "column": counts[0]["column"]}
    spec["measures"] = [rate]
    parse.share = False


def _flag_rate_of_table(res: Resolver, spec: dict, parse: Parse) -> bool:
    """ "attendance rate at rehearsals": the rate word right after a table whose rows carry one yes/no flag
    (rehearsal_attendance.present) is the share of rows with the flag set."""
    k = parse.rate_pos - 1
    before = parse.mentions[k] if parse.rate and 0 <= k < len(parse.mentions) else None
    counts = [m for m in spec["measures"] if m["kind"] == "count" and not m.get("column")]
    if before is None or before.kind != "table" or len(counts) != 1 or len(spec["measures"]) != 1:
        return False
    info = res.index.tables.get(before.data.get("table"))
    flags = [c for c in info.columns.values() if c.is_bool and not c.derived] if info else []
    if len(flags) > 1:  # present and arrived_late: the flag the noun names, or the one of a plain outcome
        noun = stem(before.text.split()[-1])[:5]
        flags = [c for c in flags if any(stem(w)[:5] == noun for w in c.words)] or [
            c for c in flags if set(c.words) & {"present", "attended", "showed", "completed", "passed", "success"}]
    if len(flags) != 1 or any(f["table"] == info.name and f["column"] == flags[0].name for f in spec["filters"]):
        return False
    spec["measures"] = [{"kind": "rate", "table": info.name, "column": flags[0].name, "negate": False}]
    spec["fact"] = info.name
    return True


def _filter_pos(parse: Parse, f: dict) -> int:
    """Where in the question the condition behind a spec filter was said (-1 when unknown)."""
    for fp in parse.filters:
        cols = [c for _, c in fp.ref.cands[:1]] if fp.ref is not None and fp.ref.cands else []
        keys = {(c.table, c.name) for c in cols} | {(t, c) for t, c, _ in (fp.values or [])[:1]}
        if (f.get("table"), f.get("column")) in keys and fp.pos is not None:
            return fp.pos
    return -1


def _rate_measure(res: Resolver, spec: dict, parse: Parse) -> None:
    if not (parse.rate or parse.share):
        return
    conds = [f for f in spec["filters"] if f["op"] in ("=", "true", "false", "null", "not_null", "cmp_col") or
             f["op"] == ">" and f.get("value") == 0]
    if parse.share and all(_filter_pos(parse, f) >= 0 for f in conds) and re.search(
            r"\b(got|get|gets|were|was|are|is|been|ended up|end up|went)\b", parse.question.lower()):
        conds.sort(key=lambda f: _filter_pos(parse, f))  # "share of ski lessons that got cancelled": said last
    compared = [f for f in spec["filters"] if f["op"] == "cmp_col" or parse.share and conds and f is conds[-1] and (
        f["op"] in ("null", "not_null") or f["op"] == ">" and f.get("value") == 0)  # "... got a rating"
        or parse.rate and conds and f is conds[-1] and f["op"] in ("null", "not_null")]  # "default rate": dated
    if compared and not any(m["kind"] == "agg" for m in spec["measures"]):
        # "how often does the home team win": the share of rows where one score beats the other
        # "share of completed appointments that were rated": the share of rows where the rating is set
        cond = next((f for f in compared if f["op"] == "cmp_col"), compared[-1])  # (delivered late, of delivered)
        spec["filters"].remove(cond)
        spec["measures"] = [{"kind": "cond_rate", "table": cond["table"], "column": cond["column"], "filter": cond}]
        spec["fact"] = cond["table"]
        if cond["op"] == "cmp_col":
            own = res.index.tables[cond["table"]].columns
            sides = {"home", "away", "host", "guest", "visiting", "visitor"}
            # "win rate by age group": the matches' own age_group; a side ("home team") is in the comparison
            spec["dimensions"] = [d if d.get("grain") or d["column"] not in own else dict(d, table=cond["table"])
                                  for d in spec["dimensions"]
                                  if d.get("grain") or d["column"] in own and not set(own[d["column"]].words) & sides]
        return
    bools = [f for f in spec["filters"] if f["op"] in ("true", "false")]
    plain = [m for m in spec["measures"] if m["kind"] == "agg"]
    if not bools and not plain:
        if not _flag_rate_of_table(res, spec, parse):
            _value_rate(res.index, spec, parse)
        return
    if parse.rate and not bools and len(plain) >= 1 and _rate_of_counts(res, spec, plain[0]):
        return
    eqs = [f for f in spec["filters"] if f["op"] == "=" and "value" in f]
    verbal = len(parse.measures) == 1 and parse.measures[0].ref is not None and not parse.measures[0].explicit_agg \
        and parse.measures[0].ref.text in lx.MONEY_VERBS
    if parse.share and eqs and not bools and len(plain) == 1 and len(spec["measures"]) == 1 and verbal:
        # "what share of sessions were paid in cash": a share of the sessions, not of the money paid
        f = eqs[-1]
        spec["filters"].remove(f)
        spec["measures"] = [{"kind": "rate", "table": f["table"], "column": f["column"], "negate": False,
                             "value": f["value"]}]
        parse.share = False
        return
    if parse.share and (bools or eqs) and len(plain) == 1 and len(spec["measures"]) == 1 and plain[0].get("agg") in (
            "sum", None) and not str(plain[0].get("column", "")).startswith("@"):
        # "what share of eggs went to retail": the flagged part of the total, weighted by the eggs; "what share of
        # revenue comes from restaurants": the part where customer_type = 'restaurant'
        b, m = (bools or eqs)[-1], plain[0]
        info = res.index.tables.get(m["table"])
        col = info.columns.get(m["column"]) if info else None
        if col is not None and col.additive:
            spec["filters"].remove(b)
            spec["measures"] = [{"kind": "cond_rate", "table": b["table"], "column": b["column"], "filter": b,
                                 "weight": {"table": m["table"], "column": m["column"]}}]
            parse.share = False
            return
    if not bools or plain:
        return
    b = bools[-1]
    spec["filters"].remove(b)
    spec["measures"] = [m for m in spec["measures"] if m["kind"] != "count"]
    spec["measures"].insert(0, {"kind": "rate", "table": b["table"], "column": b["column"],
                                "negate": b["op"] == "false"})
    parse.share = False


# the words of a column that counts what went through a process (the base of a rate): delivered, sent, collected
RATE_BASE_WORDS = frozenset({"delivered", "sent", "collected", "total", "produced", "issued", "attempted", "attempts",
                             "received", "processed", "shipped", "visitors", "visits", "sessions", "impressions",
                             "value", "views", "recipients", "tested", "enrolled", "registered", "entries", "laid",
                             "harvested", "planted", "applications", "calls", "requests", "orders", "units", "count"})


def _rate_of_counts(res: Resolver, spec: dict, m: dict) -> bool:
    """ "open rate", "cracked egg rate", "effective duty rate": a total divided by the total it is part of, the
    tightest column of the same table that is never below it on any row (opens / delivered, not / sent)."""
    info = res.index.tables.get(m.get("table"))
    x = info.columns.get(m.get("column")) if info else None
    if x is None or x.derived or not x.additive or m.get("agg") not in ("sum", None) or res.stats is None:
        return False
    cands = [c.name for c in info.columns.values() if c is not x and c.is_measure and c.additive and not c.derived
             and not c.is_id and (c.kind == x.kind or {c.kind, x.kind} <= {"number", "integer", "float"})]
    cands = [c for c in cands if "," not in c and ";" not in c and ")" not in c][:12]
    if not cands or any(ch in x.name for ch in ",;)"):
        return False
    found = res.stats(x.table, f"@bounds({x.name};{','.join(cands)})") or {}
    bounds = found.get("bounds") if isinstance(found, dict) else None
    if not bounds:
        return False
    based = [b for b in bounds if set(info.columns[b].words) & RATE_BASE_WORDS]
    den = info.columns[(based or bounds)[0]]  # unsubscribes / delivered, though clicks happen to bound them too
    k = spec["measures"].index(m)
    spec["measures"][k] = {"kind": "ratio", "label": f"{_col_words(None, x.name)} rate",
                           "num": _agg("sum", x), "den": _agg("sum", den)}
    return True


def _loss(res: Resolver, spec: dict, parse: Parse) -> None:
    if not parse.loss:
        return
    pc = res.profit_column()
    if pc is None:
        return
    m = _agg("sum", pc)
    op = "<" if parse.loss == "loss" else ">"
    if spec["dimensions"]:
        if m not in spec["measures"]:
            spec["measures"].append(m)
        spec["having"].append({"measure": spec["measures"].index(m), "op": op, "value": 0})
    else:
        spec["filters"].append({"table": pc.table, "column": pc.name, "op": op, "value": 0})


def _count_busy_periods(spec: dict, parse: Parse) -> None:
    """ "busiest day of the week on the lifts", "lift rides per month": the rows of the event table that dates the
    periods (lift scans), not the distinct lifts ("how many different lifts ..." keeps counting lifts)."""
    if parse.sup_adj not in lx.TRAFFIC_SUPERLATIVES and parse.count_cue or len(spec["measures"]) != 1 or \
            any(mp.explicit_agg for mp in parse.measures):
        return
    m0 = spec["measures"][0]
    timed = [d for d in spec["dimensions"] if d.get("grain")]
    if m0["kind"] == "count" and timed and timed[0]["table"] != m0.get("table"):
        spec["measures"][0] = {"kind": "count", "agg": "count", "table": timed[0]["table"], "column": None}
        spec["fact"] = timed[0]["table"]


def _adjective_names_own_column(res: Resolver, spec: dict, parse: Parse) -> bool:
    """The superlative adjective ("youngest", "longest") names a column of the ranked entity's own table."""
    if not parse.sup_adj or parse.sup_adj not in lx.SUPERLATIVE_COLUMNS:
        return False
    if parse.sup_adj in ("fastest", "quickest", "slowest") and not any(
            c.is_measure and set(c.words) & {"speed", "velocity", "pace"} for c in res.index.columns):
        return any(c.is_measure and not c.derived and time_unit_seconds(c.name, c.words) for c in res.index.columns)
    own = _ranked_tables(spec, parse)
    if parse.sup_adj in DATE_SUPERLATIVES and _own_dates(res, own):
        return False  # "newest stations" with an opening date: the latest date
    return any(c.table in own for c in res.index.adjective_columns(parse.sup_adj))


def _ranked_tables(spec: dict, parse: Parse) -> set[str]:
    """The tables of the ranked things: the breakdown's tables and the tables of the entities named."""
    return {d["table"] for d in spec["dimensions"]} | {t for _, t, _ in parse.entities if t}


def _own_dates(res: Resolver, tables: set[str]) -> bool:
    """Do the ranked tables have a date of their own ("newest" is then the latest date, else the lowest age)?"""
    return any(c.is_date and not c.derived for t in tables for c in res.index.tables[t].columns.values())


# adjectives of one row's size, whatever the breakdown ("longest race each year": the longest one, not the sum)
ONE_ROW_ADJECTIVES = frozenset({"longest", "shortest", "tallest", "heaviest", "lightest", "oldest", "youngest",
                                "fastest", "slowest", "quickest", "deepest", "widest", "strongest"})


def _adjective_measure(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "longest movie" -> MAX(runtime_minutes): a superlative adjective names its measure."""
    if not parse.sup_adj:
        return
    own = _ranked_tables(spec, parse)
    if parse.sup_adj in DATE_SUPERLATIVES and (parse.sup_adj not in lx.SUPERLATIVE_COLUMNS or _own_dates(res, own)):
        _date_superlative(res, spec, parse)
        return
    cands = [(2.0, c) for c in res.index.adjective_columns(parse.sup_adj)]
    flip = False
    if not cands and parse.sup_adj in ("fastest", "quickest", "slowest"):
        # "who ran the fastest Riverside Half": no speed column, so the shortest time (finish_seconds)
        cands = [(2.0, c) for c in res.index.columns if c.is_measure and not c.derived and (
            time_unit_seconds(c.name, c.words) or set(c.words) & {"time", "duration"})]
        flip = True
    if getattr(parse, "duration", False):  # "how long is a ride": a time, not a distance
        timed = [(s, c) for s, c in cands if not set(c.words) & {"distance", "km", "mile", "meter", "kilometer"}]
        cands = timed or cands
    c = res.choose(cands, "measure") if cands else None
    if c is None:
        return
    agg = "avg" if getattr(parse, "duration", False) else "max" if parse.superlative == "desc" else "min"
    if flip:
        agg = "min" if parse.sup_adj != "slowest" else "max"
    if c.additive and any(d.get("grain") for d in spec["dimensions"]) and parse.sup_adj not in ONE_ROW_ADJECTIVES:
        agg = "sum"  # "busiest day": the day's total boardings, not its largest row ("longest race each year": one)
    spec["measures"].append(_agg(agg, c))
    spec["fact"] = spec["fact"] or c.table
    parse.measures.append(MeasureP(agg=None, ref=Ref(cands=[(2.0, c)], text=parse.sup_adj)))


def _date_superlative(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "earliest job opening", "latest hire": the named date (else the entity's main date), MIN or MAX, so that
    the entity ranking names the row."""
    c = None
    if parse.date_ref is not None:
        c = next((x for _, x in parse.date_ref.cands if x.is_date), None)
    if c is None:
        t = next((t for _, t, _ in parse.entities if t), None) or spec.get("fact")
        c = res.index.tables[t].main_date(False) if t in res.index.tables else None
    if c is None:
        return
    spec["measures"].append({"kind": "agg", "agg": "min" if DATE_SUPERLATIVES[parse.sup_adj] == "asc" else "max",
                             "table": c.table, "column": c.name})
    spec["fact"] = spec["fact"] or c.table


def _needs_down_join(res: Resolver, table: str, needed: set[str]) -> bool:
    for t in needed:
        path = res.path(table, t)
        if path is None or any(e[4] == "down" for e in path):
            return True
    return False


def _avoid_fanout(res: Resolver, spec: dict, parse: Parse) -> None:
    """A SUM over a parent table joined to its children double counts: use an equivalent finer column instead.

    "revenue by genre" with Invoice.Total and InvoiceLine.UnitPrice: the line table reaches Genre through
    many-to-one joins only, so the line price (times a quantity column when there is one) is summed.
    """
    needed = {d["table"] for d in spec["dimensions"]} | {f["table"] for f in spec["filters"]}
    for idx, m in enumerate(spec["measures"]):
        if m["kind"] != "agg" or m["agg"] not in ("sum", "avg") or not _needs_down_join(res, m["table"], needed):
            continue
        col = res.index.tables[m["table"]].columns[m["column"]]
        words = list(dict.fromkeys(col.words + (["revenue"] if col.is_money else [])))  # (an order that never varies)
        cands: list[tuple[float, ColInfo]] = []
        for w in words:
            cands += res.index.column_candidates(w)
        best = None
        for _s, c in sorted(cands, key=lambda sc: -sc[0]):
            if c.is_measure and c.table != m["table"] and c.is_money == col.is_money and \
                    not _needs_down_join(res, c.table, needed) and (m["agg"] == "sum" or set(c.words) & set(col.words)):
                # an average over the children's rows is what "average monthly fee for business subscribers" means:
                # only a column with the same name words replaces it
                best = c
                break
        if best is None:
            continue
        new = _agg(m["agg"], best)
        qty = _quantity_column(res, best) if "price" in best.words and m["agg"] == "sum" else None
        if qty is not None:
            new["times"] = qty.name
        spec["measures"][idx] = new
        if idx == 0:
            spec["fact"] = best.table


def _quantity_column(res: Resolver, price: ColInfo) -> ColInfo | None:
    if "line" in price.words:
        return None  # line_price is already the line's amount
    for c in res.index.tables[price.table].columns.values():
        if c.is_measure and set(c.words) & {"quantity", "qty", "unit", "units", "count"} and c.name != price.name \
                and "price" not in c.words:
            return c
    return None


def _per_entity_ratio(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "average profit per order" -> SUM(profit) / COUNT(DISTINCT order_id)."""
    m0 = spec["measures"][0] if spec["measures"] else None
    if m0 is None or m0["kind"] != "agg" or m0["agg"] != "avg":
        return
    ref, fact = parse.per_entity, m0["table"]
    col = None
    if ref.table:
        col = next((fk[0] for fk in res.index.tables[fact].fks if fk[1] == ref.table), None)
    else:
        ids = [c for _, c in ref.cands if c.table == fact and c.is_id and not c.unique]
        col = ids[0].name if ids else None
    if col is None and ref.table == fact and not spec["dimensions"]:
        spec["dimensions"] = res.entity_dims(fact)  # "how many years has each shop been open": one row per shop
        return
    if col is None:
        return
    spec["measures"][0] = {"kind": "ratio", "label": f"{m0['column']} per {_col_words(None, col)}",
                           "num": _agg("sum", res.index.tables[fact].columns[m0["column"]]),
                           "den": {"kind": "count", "agg": "count_distinct", "table": fact, "column": col}}


def _compare_dimension(spec: dict, flag: ColInfo | None = None) -> None:
    """ "East vs West", "2016 vs 2017", "covered vs uncovered lots", "business vs consumer": the compared values
    become a breakdown."""
    flags = {}
    for f in spec["filters"]:
        if f["op"] in ("true", "false"):
            flags.setdefault((f["table"], f["column"]), set()).add(f["op"])
    if flag is not None and (flag.table, flag.name) in flags:
        flags[(flag.table, flag.name)] = {"true", "false"}
    for (t, c), ops in flags.items():
        if ops == {"true", "false"}:
            spec["filters"] = [f for f in spec["filters"] if (f["table"], f["column"]) != (t, c)
                               or f["op"] not in ("true", "false")]
            spec["dimensions"].insert(0, {"table": t, "column": c, "grain": None})
    for f in spec["filters"]:
        key = {"table": f["table"], "column": f["column"], "grain": None}
        if f["op"] == "in" and key not in spec["dimensions"]:
            spec["dimensions"].insert(0, key)
        if f["op"] == "years" and len(f["value"]) > 1:
            key["grain"] = "year"
            if not any(d.get("grain") == "year" for d in spec["dimensions"]):
                spec["dimensions"].insert(0, key)


def _money_measure(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "total donations in 2024", "average donation by country", "how much did each appeal raise?", "total
    donated per year": money asked about through a table of payments or a verb of paying is the sum (or the named
    aggregate) of that table's money column, not a count of rows."""
    if parse.count_cue or parse.rate and not (set(re.findall(r"[a-z]+", parse.question.lower())) & lx.MONEY_VERBS):
        return  # "which race had the highest DNF rate": a rate, not the fees
    q = parse.question.lower()
    words = set(re.findall(r"[a-z]+", q))
    ms = parse.mentions
    verb_at = [i for i, m in enumerate(ms) if m.text in lx.MONEY_VERBS]
    dated = [i for i in verb_at if ms[i].kind == "column" and any(c.is_date for _, c in ms[i].data.get("cands", [])[:1])
             and getattr(res.money_column(ms[i].data["cands"][0][1].table), "table", None) !=
             ms[i].data["cands"][0][1].table]
    if verb_at and len(dated) == len(verb_at):
        words = words - {ms[i].text for i in dated}  # "specimens collected per year": the date of a table with no money
    compared = all(i + 1 < len(ms) and ms[i + 1].kind == "cue" and ms[i + 1].data.get("cue") == "cmp"
                   for i in verb_at)  # "lots that charge more than 3 an hour": a condition, not the measure
    verb = bool(words & lx.MONEY_VERBS) and not (verb_at and compared) or "how much" in q
    plain = any(t and set(res.index.tables[t].words) & lx.MONEY_NOUNS_PLAIN for _, t, _ in parse.entities)
    if not parse.pure_aggs and not verb and not plain:
        return
    tables = _money_tables(res, parse, verb)
    for t in tables:
        c = res.money_column(t)
        if c is None or c.table != t:
            nums = [x for x in res.index.tables[t].columns.values() if x.is_measure and not x.derived]
            c = nums[0] if len(nums) == 1 else None
        if c is None:
            continue
        agg = parse.pure_aggs[0][1] if parse.pure_aggs else "sum"
        if not parse.pure_aggs and parse.superlative and _single_event_superlative(parse, t):
            agg = "max" if parse.superlative == "desc" else "min"  # "biggest single donation"
        spec["measures"].append(_agg(agg, c))
        old_fact, spec["fact"] = spec.get("fact"), t
        parse.entities[:] = [e for e in parse.entities if e[1] != t]
        if old_fact != t:
            _period_to_fact_date(res, spec, parse)
        return


def _period_to_fact_date(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "how much did we take from washers in 2024": the year was read before the money (cycles) was known, on the
    washers' own installed_on; a bare period with no date word belongs to the money's table."""
    if any(fp.ref is not None and fp.date for fp in parse.filters) or parse.date_ref is not None:
        return  # a named date ("installed in 2024") stays where it was named
    own = res.index.tables[spec["fact"]].main_date(False)
    if own is None:
        return
    for f in spec["filters"]:
        if f.get("op") in ("years", "range", "month_of_year", "quarter_of_year") and f["table"] != spec["fact"]:
            f["table"], f["column"] = own.table, own.name


def _ranked_entity_measure(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "top 5 donors", "which customer is the biggest": entities ranked with no measure named are ranked by the
    money of their child rows (donations.amount), else by how many child rows they have."""
    if not (parse.limit or parse.superlative) or not spec["dimensions"] or parse.rate or parse.share:
        return  # "which race had the highest DNF rate": the rate is the measure
    owners = {d["table"] for d in spec["dimensions"] if not d.get("grain")}
    if len(owners) != 1 or any(t for _, t, _ in parse.entities):
        return
    parent = owners.pop()
    label = res.entity_label(parent)
    if label is None or not any(d["column"] == label.name for d in spec["dimensions"]):
        return  # "which city has the most customers": the ranked thing is not the entity itself
    children = res.index.referring(parent)
    if not children:
        return
    money = [(t, res.money_column(t.name)) for t in children]
    money = [(t, c) for t, c in money if c is not None and c.table == t.name]
    ms = parse.mentions
    counted = next((m.data["values"][0][0] for k, m in enumerate(ms[1:], 1) if m.kind == "value" and
                    m.data.get("values") and ms[k - 1].text in ("most", "fewest", "least") and _plural_word(m.text)),
                   None)
    if counted in {t.name for t in children}:  # "which group has run the most camps": the camp rows, counted
        money = []
        children = [t for t in children if t.name == counted]
    if any(m.text in ("popular", "often", "frequently", "frequent", "regularly") for m in ms):
        money = []  # "which wash package is the most popular", "who washed most often": how many rows, not money
    if len(money) == 1:
        spec["measures"].append(_agg("sum", money[0][1]))
        spec["fact"] = money[0][0].name
    elif not money:
        biggest = max(children, key=lambda t: t.row_count)
        spec["measures"].append({"kind": "count", "agg": "count", "table": biggest.name, "column": None})
        spec["fact"] = biggest.name
    else:
        return
    spec["order"] = {"by": "measure", "index": 0, "dir": parse.superlative or "desc"}


def _money_tables(res: Resolver, parse: Parse, verb: bool) -> list[str]:
    """Tables that may hold the money: a payments table named in the question, the table of a date named after a
    money verb ("donated" -> donations.donated_on), and with a money verb, the child tables of a named entity."""
    out: list[str] = []
    for _, t, _ in parse.entities:
        if t and set(res.index.tables[t].words) & (lx.MONEY_EVENT_NOUNS | {"sales"}):
            out.append(t)  # (ticket_sales: "sales", a word lemma() keeps)
    for m in parse.mentions:
        if m.kind == "column" and m.text in lx.MONEY_VERBS:
            out += [c.table for _, c in (m.data.get("cands") or [])[:1] if c.is_date]
    if verb and not out:
        named = [t for _, t, _ in parse.entities if t] + [
            dp.ref.table or dp.ref.cands[0][1].table for dp in parse.dims if dp.ref is not None
            and (dp.ref.table or dp.ref.cands)]
        for t in named:
            out += _money_children(res, t)
    if verb and not out:
        out += [f["table"] for f in parse_filters_tables(parse)]
    if verb and not out and parse.who:
        # "who gave the most?": the money of the child rows of the schema's people
        for t in res.index.tables.values():
            if set(t.words) & lx.PERSON_WORDS:
                out += _money_children(res, t.name)
        out = out if len(set(out)) == 1 else []
    return list(dict.fromkeys(out))


def _money_children(res: Resolver, parent: str) -> list[str]:
    """Tables with a key pointing at `parent` that hold their own money column (appeals -> donations)."""
    out = []
    for c in res.index.tables.values():
        if any(rt == parent for _, rt, _ in c.fks):
            money = res.money_column(c.name)
            if money is not None and money.table == c.name:
                out.append(c.name)
    return sorted(out, key=lambda t: -res.index.tables[t].row_count)  # the main money flow first (orders > exams)


def parse_filters_tables(parse: Parse) -> list[dict]:
    """Tables the question's filters sit on (the fact a money verb is about when nothing else names it)."""
    out = [{"table": c.table} for fp in parse.filters if fp.ref is not None for _, c in fp.ref.cands[:1]]
    return out + [{"table": t} for fp in parse.filters for t, _, _ in (fp.values or [])[:1]]


def _dangling_aggregate(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "total deposits by channel": an aggregate word with no measure after it sums the money column."""
    if not parse.pure_aggs or parse.entities or parse.count_cue:
        return
    agg = parse.pure_aggs[0][1]
    c = res.money_column(spec["fact"])
    if c is None and spec["fact"]:
        nums = [x for x in res.index.tables[spec["fact"]].columns.values() if x.is_measure]
        c = nums[0] if len(nums) == 1 else None
    if c is None or (spec["fact"] and c.table != spec["fact"]):
        return
    spec["measures"].append(_agg(agg, c))


def _rank_entity(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "highest rated movie", "longest movies": rank the entity (its label) by the measure."""
    if spec["dimensions"] or not parse.superlative or not spec["measures"] or parse.limit and parse.order_dir:
        return  # "top 5 movies by rating" ranks through its own "by"; "the 3 longest movies" ranks here
    if any(mp.explicit_agg for mp in parse.measures):
        return
    ent = next(((i, t) for i, t, ref in parse.entities if t and (ref is None or ref.table == t and not any(
        s >= 2.0 for s, _ in ref.cands))), None)  # "our 5 biggest spenders": a synonym of the customers table
    ranked_at = next((i for i, t, ref in parse.entities if ref is not None and parse.ranked_entity is not None and
                      ref.text == parse.ranked_entity.text), None)
    if ent is not None and parse.ranked_entity is not None and parse.ranked_entity.cands and \
            parse.ranked_entity.cands[0][1].table == ent[1] and ranked_at is not None and ranked_at < ent[0]:
        ent = None  # "most common reason for a consultation": the reasons are ranked; the consultations are counted
    if ent is None and parse.ranked_entity is not None:
        c = res.choose(parse.ranked_entity.cands, "dim")
        if c is None or c.is_measure:
            return
        m0 = spec["measures"][0]
        if m0["kind"] == "agg" and m0["agg"] in ("max", "min") and not any(mp.explicit_agg for mp in parse.measures) \
                and c.table != m0["table"]:  # "the oldest captain" ranks a column of the row's own table: keep MAX
            m0["agg"] = "sum" if res.index.tables[m0["table"]].columns[m0["column"]].additive else "avg"
        spec["dimensions"].append({"table": c.table, "column": c.name, "grain": None})
        spec["order"] = {"by": "measure", "index": 0, "dir": parse.superlative}
        if parse.limit or not _plural_word(parse.ranked_entity.text):
            spec["limit"] = parse.limit or 1
        return
    if ent is None:
        return
    dims = res.entity_dims(ent[1])
    label = res.entity_label(ent[1])
    if label is None or not dims:
        return
    m0 = spec["measures"][0]
    if m0["kind"] == "agg" and m0["agg"] in ("max", "min") and m0["table"] == label.table:
        pass
    elif m0["kind"] == "agg" and not any(mp.agg for mp in parse.measures[:1]):
        m0["agg"] = "sum" if res.index.tables[m0["table"]].columns[m0["column"]].additive else "avg"
    spec["dimensions"].extend(dims)
    spec["order"] = {"by": "measure", "index": 0, "dir": parse.superlative}
    text = parse.mentions[ent[0]].text
    spec["limit"] = parse.limit or (None if _plural_word(text) else 1)


def _show_compared_columns(res: Resolver, spec: dict) -> None:
    """ "which lots charge more than 3 an hour": a list of an entity shows the value each row was compared on (not a
    breakdown by a kind: "consultations rated 4 or higher by mode" stays by mode)."""
    ms = spec["measures"]
    listed = not ms and spec["dimensions"]  # "list the dogs over 50 kg": the weights shown too
    if not listed and (len(ms) != 1 or ms[0]["kind"] != "count" or ms[0].get("column") or not spec["dimensions"]):
        return
    t = spec["dimensions"][0]["table"] if listed else ms[0].get("table")
    if any(d["table"] != t or d.get("grain") for d in spec["dimensions"]):
        return
    info = res.index.tables.get(t)
    if info is None or not any(d["column"] in info.columns and (info.columns[d["column"]].unique or
                                                                info.columns[d["column"]].is_label)
                               for d in spec["dimensions"]):
        return
    for f in spec["filters"]:
        d = {"table": f["table"], "column": f["column"], "grain": None}
        if f["table"] == t and f["op"] in (">", ">=", "<", "<=", "between") and d not in spec["dimensions"]:
            spec["dimensions"].append(d)


def _count_flagged_events(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "no-shows by class category", "who attended the most classes": a flag of an event table (bookings.attended)
    makes the events the counted rows, unless the question counts the entity itself ("how many classes had
    no-shows")."""
    if len(spec["measures"]) != 1 or spec["measures"][0]["kind"] != "count":
        return
    counted = spec["measures"][0].get("table")
    flags = [f for f in spec["filters"] if f["op"] in ("true", "false") and f["table"] != counted]
    if not counted or not flags:
        return
    event = flags[0]["table"]
    if not any(rt == counted for _, rt, _ in res.index.tables[event].fks):
        return
    ms = parse.mentions
    for i, m in enumerate(ms):
        if m.kind == "cue" and m.data.get("cue") == "count":
            nxt = next((x for x in ms[i + 1:] if x.kind != "stop" and x.text not in (
                "different", "distinct", "unique", "individual", "separate")), None)  # "how many different cardholders"
            if nxt is not None and (nxt.data.get("table") == counted or any(
                    c.table == counted for _, c in (nxt.data.get("cands") or [])[:1])):
                return
    spec["measures"][0] = {"kind": "count", "agg": "count", "table": event, "column": None}


def _who_entity(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "who earns the most", "who closed the most deals": rank people (a table of them, or a name column of the
    measure's table) by the measure instead of returning the bare number."""
    if not parse.who or spec["dimensions"] or not spec["measures"]:
        return
    first = next((m for m in parse.mentions if m.kind != "stop"), None)
    if first is None or first.text not in ("who", "whom", "whose"):
        return  # "donors who never gave": a relative pronoun, not a question about a person
    m0 = spec["measures"][0]
    home = m0.get("table") or spec.get("fact")
    if home is None or home not in res.index.tables:
        return
    agent = _people_named_after_copula(res, parse, home) or _agent_table(res, parse, home) or \
        _staff_doer(res, parse, home)
    dims = res.entity_dims(agent) if agent else person_dims(res, home)
    if not dims:
        return
    if agent and spec.get("fact") != home and res.distance(agent, home) < res.distance(agent, spec.get("fact")):
        spec["fact"] = home  # "who adopted more than one animal": the adopters' animals, not their vet checks
    listing = re.match(r"\s*who\s+(are|is|were|was)\s+(the|our|all)?\b", parse.question.lower()) and \
        not parse.superlative and not parse.limit  # "who are the pass holders aged 65 or older": a list
    own_event = any(f["table"] == dims[0]["table"] and f["op"] in ("=", "in") and not res.index.tables[
        f["table"]].columns[f["column"]].is_label for f in spec["filters"] if f["table"] in res.index.tables and
        f["column"] in res.index.tables[f["table"]].columns)  # "who performed the most surgeries": visit_typ rows
    ranked = bool(parse.superlative or parse.limit) or any(f["table"] != dims[0]["table"] for f in spec["filters"])
    if m0["kind"] == "count" and m0.get("table") == dims[0]["table"] and not listing and not own_event and ranked:
        # "who prescribes the most Lexapro": count their rows in the event table, not the people themselves
        kids = [t for t in res.index.tables.values() if any(rt == dims[0]["table"] for _, rt, _ in t.fks)]
        named = {f["table"] for f in spec["filters"]}
        kids = sorted(kids, key=lambda t: (not any(res.distance(t.name, n) <= 1 for n in named), -t.row_count))
        if kids:
            spec["measures"][0] = m0 = {"kind": "count", "agg": "count", "table": kids[0].name, "column": None}
            spec["fact"] = kids[0].name
    if m0["kind"] == "agg" and m0["agg"] in ("max", "min") and dims[0]["table"] != m0["table"] and \
            not _single_event_superlative(parse, m0["table"]):
        m0["agg"] = "sum" if res.index.tables[m0["table"]].columns[m0["column"]].additive else "avg"
    spec["dimensions"].extend(dims)
    if parse.superlative or spec.get("order") or m0["kind"] == "agg" and m0["agg"] in ("max", "min"):
        direction = parse.superlative or (spec.get("order") or {}).get("dir") or (
            "asc" if m0.get("agg") == "min" else "desc")
        spec["order"] = {"by": "measure", "index": 0, "dir": direction}
        spec["limit"] = spec.get("limit") or parse.limit or 1


STAFF_WORDS = frozenset({"pharmacist", "technician", "doctor", "nurse", "teacher", "tutor", "driver", "courier",
                         "instructor", "groomer", "engineer", "mechanic", "vet", "surgeon", "therapist", "stylist",
                         "barber", "trainer", "coach", "rep", "staff", "employee", "worker", "inspector", "cleaner",
                         "guide", "pilot", "chef", "waiter", "clerk", "cashier", "operator", "fitter", "handler",
                         "officer", "presenter", "judge", "dentist", "physician", "consultant", "agent"})
CUSTOMER_VERBS = frozenset({"bought", "ordered", "booked", "paid", "visited", "attended", "spent", "rented", "borrowed",
                            "purchased", "donated", "hired", "subscribed", "enrolled", "registered", "joined", "owed",
                            "returned", "cancelled", "complained", "claimed", "used", "received", "collected"})


def _staff_doer(res: Resolver, parse: Parse, home: str) -> str | None:
    """ "who dispensed the most prescriptions": of the people the rows point at (patients, pharmacists), the staff
    who do the work, for a verb that is not a customer's (bought, booked, paid)."""
    if _who_verbed(parse) in (None, *CUSTOMER_VERBS):
        return None
    people = [rt for _, rt, _ in res.index.tables[home].fks if rt in res.index.tables and (
        res.index.tables[rt].looks_like_people or set(res.index.tables[rt].words) & lx.PERSON_WORDS)]
    staff = [t for t in people if res.index.tables[t].words and
             lx.lemma(res.index.tables[t].words[-1]) in STAFF_WORDS]
    return staff[0] if len(staff) == 1 and len(people) >= 2 else None


def _who_verbed(parse: Parse) -> str | None:
    """The past-tense verb right after an opening "who" ("who adopted ...": 'adopted'), else None."""
    ms = [m for m in parse.mentions if m.kind != "stop" or m.text in ("who", "whom")]
    if len(ms) < 2 or ms[0].text != "who" or not re.fullmatch(r"[a-z]+ed", ms[1].text):
        return None
    return ms[1].text


def _people_named_after_copula(res: Resolver, parse: Parse, home: str) -> str | None:
    """ "who are our 5 biggest spending pupils?": the table of people the question names after "who are" (pupils),
    not the nearest other people (the instructors the lessons also point at)."""
    if not re.match(r"\s*who\s+(are|is|were|was)\b", parse.question.lower()):
        return None
    named = [m.data["table"] for m in parse.mentions if m.kind == "table" and m.data.get("table") in res.index.tables]
    people = [t for t in dict.fromkeys(named) if t != home and res.distance(home, t) < 99 and (
        res.index.tables[t].looks_like_people or set(res.index.tables[t].words) & lx.PERSON_WORDS)]
    return people[0] if len(people) == 1 else None


def _agent_table(res: Resolver, parse: Parse, home: str) -> str | None:
    """The table of people a "who <verb>ed" question names through its verb: "who adopted ..." -> adopters,
    "who borrowed ..." -> borrowers (the table's head noun is the verb's agent noun)."""
    said = _who_verbed(parse)
    if said is None:
        return None
    verb = stem(said)
    found = [t.name for t in res.index.tables.values() if t.words and len(verb) >= 4 and
             re.fullmatch(re.escape(verb) + r"e?(r|or|ee)", lx.lemma(t.words[-1])) and
             res.distance(home, t.name) < 99]
    return found[0] if len(found) == 1 else None


def _role_column(parse: Parse):
    """The name column a "who <verb>s" question asks for: "who manages the shop" -> manager_name,
    "who captains the Ocean Pride" -> capt_nm (the verb is the column's agent noun)."""
    ms = [m for m in parse.mentions if m.kind != "stop"]
    if len(ms) < 2 or ms[0].text != "who" or ms[1].kind != "column":
        return None
    verb = stem(ms[1].text)
    for _, c in ms[1].data.get("cands") or []:
        if not c.is_text or c.is_id or not c.words:
            continue
        noun = stem(c.words[0])
        if verb in (noun, noun[:-2] if noun.endswith(("er", "or")) else noun) and len(verb) >= 3:
            return c
    return None


def _who_by_role(spec: dict, parse: Parse) -> None:
    """ "who manages the shop with the highest revenue": the manager's name instead of the shop's; "who captains
    the Ocean Pride": the captain's name of the matching rows."""
    c = _role_column(parse)
    if c is None:
        return
    role = {"table": c.table, "column": c.name, "grain": None}
    same = [d for d in spec["dimensions"] if d["table"] == c.table and not d.get("grain")]
    if same:
        spec["dimensions"] = [role if d is same[0] else d for d in spec["dimensions"] if d not in same[1:]]
    elif not spec["dimensions"]:
        spec["dimensions"] = [role]
    if not any(mp.ref is not None or mp.kind != "count" for mp in parse.measures) and not spec.get("order"):
        # nothing measured: the names of the matching rows
        spec["measures"], spec["having"] = [], []
        spec["filters"] = [f for f in spec["filters"] if not (f["table"] == c.table and f["op"] == "not_null")]
        spec["fact"] = c.table


def _single_event_superlative(parse: Parse, table: str) -> bool:
    """ "the biggest deal", "the longest trip": a superlative on one row of the measure's table keeps MAX/MIN."""
    ms = parse.mentions
    for i, m in enumerate(ms):
        if m.kind == "cue" and m.data.get("dir") and m.data.get("cue") in ("sup", "agg"):
            for k in range(i + 1, min(len(ms), i + 3)):
                n = ms[k]
                owner = n.data.get("table") if n.kind in ("table", "column") else None
                if owner == table and not _plural_word(n.text):
                    return True
    return False


def _agent_names(col) -> bool:
    """bowler_name holding 'Bev Hargreaves', 'Kev Iqbal': an agent noun (bowler, climber, florist) whose name values
    read as people's names (two or three capitalised words), so "who" asks for it."""
    return bool(re.fullmatch(r"[a-z]{3,}(er|or|ist|ian)", col.words[0]) and col.values and
                looks_like_names(col.values))


def person_dims(res: Resolver, home: str) -> list[dict]:
    """Dimensions naming a person for a measure on `home`: a person name column of `home` itself, else the label of
    the nearest table of people."""
    info = res.index.tables[home]
    born = {c.words[0] for c in info.columns.values() if len(c.words) >= 2 and  # capt_dob: a captain is a person
            set(c.words[1:]) & BIRTH_WORDS}
    own = [c for c in info.columns.values() if c.is_text and "name" in c.words and len(c.words) >= 2
           and (c.words[0] in lx.PERSON_WORDS | {"full", "first", "last"} | born or _agent_names(c))]
    if own and not set(info.words) & lx.PERSON_WORDS:
        # first and last name: both (holder_first_name and holder_last_name too)
        parts = [c for c in own if set(c.words[:2]) & {"first", "last"}]
        return [{"table": home, "column": c.name, "grain": None} for c in (parts[:2] if len(parts) >= 2 else own[:1])]
    people = [t for t in res.index.tables.values()
              if set(t.words) & lx.PERSON_WORDS and res.distance(home, t.name) < 99]
    heads = [t for t in people if t.words and lx.lemma(t.words[-1]) in lx.PERSON_WORDS | {
        lx.lemma(w) for w in lx.PERSON_WORDS}]
    people = heads or people  # volunteers, not volunteer_hours: the head noun names the person
    done_by = [c for c in info.columns.values() if c.is_text and len(c.words) == 2 and c.words[1] == "by" and
               c.values and sum(str(v)[:1].isupper() for v in c.values) > len(c.values) / 2]  # names, not 'cash'
    near = [t for t in res.index.tables.values() if res.distance(home, t.name) == 1 and (
        set(t.words) & lx.PERSON_WORDS or t.looks_like_people)]
    if not own and len(done_by) == 1 and not near:
        return [{"table": home, "column": done_by[0].name, "grain": None}]  # "who did the most tests": tested_by
    if not people:  # "fencers", "rowers": a table with first and last names or birth dates holds people
        people = [t for t in res.index.tables.values() if res.distance(home, t.name) < 99 and t.looks_like_people]
    if not people:
        return []
    fk_order = [rt for _, rt, _ in info.fks]
    best = min(people, key=lambda t: (res.distance(home, t.name),
                                      fk_order.index(t.name) if t.name in fk_order else len(fk_order), t.name))
    return res.entity_dims(best.name)


def _plural_word(text: str) -> bool:
    last = text.split()[-1]
    return lx.lemma(last) != last


def _sold_entity_events(res: Resolver, table: str, parse: Parse) -> str | None:
    """The event table a past-tense verb right after an entity noun names ("bikes sold" -> sales, which refers to
    bikes), else None."""
    dref = parse.date_ref
    if dref is None or not dref.cands or not dref.text.endswith(("ed", "ld", "nt", "ht")):
        return None
    c = dref.cands[0][1]
    if not c.is_date or c.table == table or not any(rt == table for _, rt, _ in res.index.tables[c.table].fks):
        return None
    ms = parse.mentions
    at = next((k for k, m in enumerate(ms) if m.kind == "table" and m.data.get("table") == table), None)
    return c.table if at is not None and at + 1 < len(ms) and ms[at + 1].text == dref.text else None


def _default_measure(res: Resolver, spec: dict, parse: Parse) -> None:
    """No measure named: count the entity the question is about (or list a dimension)."""
    ents = [(t, ref) for _, t, ref in parse.entities]
    dref = parse.date_ref
    if not ents and dref is not None and dref.cands and dref.cands[0][1].is_date and _plural_word(dref.text):
        # "activations per year": the rows of the table whose date the event noun names
        t = dref.cands[0][1].table
        spec["measures"].append({"kind": "count", "agg": "count", "table": t, "column": None})
        spec["fact"] = t
        return
    for t, ref in ents:
        if ref is not None and ref.cands and not (t and not any(s >= 2.0 for s, _ in ref.cands)):
            m = res.count_measure(MeasureP(agg="count", kind="count", ref=ref, entity_table=t))
        else:
            # "bikes sold per type": the sales of the bikes (one row each), not the bikes in the catalogue
            sold = _sold_entity_events(res, t, parse) if t else None
            m = {"kind": "count", "agg": "count", "table": sold or t or spec["fact"], "column": None}
        if m is not None:
            spec["measures"].append(m)
            spec["fact"] = m["table"] or spec["fact"]
            return
    if spec["dimensions"] or spec["filters"] or parse.count_cue:
        spec["measures"].append({"kind": "count", "agg": "count", "table": spec["fact"], "column": None})


# words of a measure that counts something bad: more of it is worse
HARM_WORDS = frozenset({"cracked", "broken", "damaged", "defect", "defects", "defective", "failed", "failure",
                        "failures", "fail", "late", "delay", "delayed", "complaint", "complaints", "cancelled",
                        "cancellation", "default", "defaulted", "rejected", "rejection", "error", "errors", "incident",
                        "incidents", "injury", "injuries", "accident", "accidents", "waste", "wasted", "spoiled",
                        "scrap", "scrapped", "loss", "lost", "churn", "churned", "unsubscribes", "unsubscribe",
                        "bounces", "bounced", "returns", "returned", "refund", "refunds", "mortality", "deaths",
                        "dead", "sick", "absent", "absence", "noshow", "downtime", "outage", "outages", "overdue"})


def _measures_harm(m: dict) -> bool:
    """The measure counts a bad outcome (a cracked egg rate, failed inspections, minutes of delay)."""
    parts = [m.get("num") or {}] if m.get("kind") == "ratio" else [m]
    names = [str(p.get("column") or "") for p in parts] + [str(m.get("label") or "")]
    if m.get("kind") in ("rate", "cond_rate"):
        names.append(str(m.get("column") or ""))
        if m.get("negate"):
            return False
    return any(set(lx.split_name(n)) & HARM_WORDS for n in names if n and not n.startswith("@"))


def speed_direction(spec: dict, parse: Parse) -> str | None:
    """ "slowest" / "fastest" on a duration measure: the longest time is the slowest (desc), not the lowest value."""
    words = {m.text for m in parse.mentions}
    if words & {"worst", "best"} and spec.get("measures") and parse.superlative and _measures_harm(spec["measures"][0]):
        # "the worst cracked egg rate": the highest rate of a bad outcome; "the best" the lowest
        return "desc" if "worst" in words else "asc"
    if not words & {"slowest", "fastest", "quickest"} or not spec.get("measures"):
        return parse.superlative
    m0 = spec["measures"][0]
    col = str(m0.get("column") or "")
    timed = m0["kind"] == "duration" or col.startswith(("@days", "@minutes")) or bool(
        set(lx.split_name(col)) & {"duration", "minutes", "seconds", "hours", "days", "time"})
    if not timed:
        return parse.superlative
    return "desc" if "slowest" in words else "asc"


EACH_PHRASES = ("in each", "for each", "within each", "for every", "in every", "per each", "by each")


def _top_per_group(spec: dict, parse: Parse) -> None:
    """ "top 3 products by sales in each category", "which customer has the highest profit in each segment": the cut
    applies inside each group of the dimension named after "each" (see nl_sql._top_per_group)."""
    if not spec.get("limit") or not spec.get("measures"):
        return
    ms = parse.mentions
    each = [k for k, m in enumerate(ms) if m.kind == "cue" and m.data.get("cue") == "group" and m.text in EACH_PHRASES]
    if not each:
        return
    k = each[-1] + 1
    while k < len(ms) and ms[k].kind == "stop":
        k += 1
    if k >= len(ms):
        return
    named = {c.key for _, c in (ms[k].data.get("cands") or [])[:3]}
    table = ms[k].data.get("table") if ms[k].kind == "table" else None
    part = [d for d in spec["dimensions"] if not d.get("grain") and (
        (d["table"], d["column"]) in named or table is not None and d["table"] == table)]
    if not part or len(part) == len(spec["dimensions"]):
        return
    spec["per_group"] = {"partition": [[d["table"], d["column"]] for d in part], "limit": spec["limit"]}
    spec["limit"] = None


def _extreme_per_group(spec: dict, parse: Parse) -> bool:
    """ "what is the lowest peak temperature recorded per chamber": the lowest value within each chamber (MIN per
    group), not the chamber whose values are lowest."""
    if not parse.superlative or parse.limit or not spec["dimensions"] or len(spec["measures"]) != 1:
        return False
    m0 = spec["measures"][0]
    ms = parse.mentions
    sup = next((k for k, x in enumerate(ms) if x.kind == "cue" and x.data.get("dir")), None)
    per = next((k for k, x in enumerate(ms) if x.kind == "cue" and x.data.get("cue") == "group"), None)
    if m0.get("kind") != "agg" or sup is None or per is None or ms[per].text not in ("per", "each", "for each",
                                                                                     "in each"):
        return False
    adjective = sup + 1 < len(ms) and ms[sup + 1].kind == "table" and m0.get("agg") in ("max", "min") and \
        ms[sup].data.get("agg") in ("max", "min")  # "heaviest parcel for each size": the weight, per size
    if sup + 1 >= len(ms) or ms[sup + 1].kind != "column" and not adjective or per < sup or any(
            mp.explicit_agg and mp.agg not in ("max", "min") for mp in parse.measures):
        return False
    m0["agg"] = "max" if parse.superlative == "desc" else "min"
    spec["order"], spec["limit"] = None, None
    return True


def _ranking(spec: dict, parse: Parse) -> None:
    parse.superlative = speed_direction(spec, parse)
    if _extreme_per_group(spec, parse):
        return
    if parse.limit:
        spec["limit"] = parse.limit
        spec["order"] = {"by": "measure", "index": 0, "dir": parse.order_dir or parse.superlative or "desc"}
    elif parse.rank_all and spec["measures"]:
        spec["order"] = {"by": "measure", "index": 0, "dir": parse.order_dir or "desc"}
    elif parse.superlative and spec["dimensions"] and spec["measures"]:
        explicit_max = any(mp.explicit_agg and mp.agg in ("max", "min") for mp in parse.measures)
        if parse.which or not explicit_max:
            spec["order"] = {"by": "measure", "index": 0, "dir": parse.superlative}
            singular = not any(d.plural for d in parse.dims if d.ref is not None or d.grain)
            if parse.which and singular or (parse.which and not parse.dims) or (singular and parse.which):
                spec["limit"] = 1
            elif singular and any(not d.plural for d in parse.dims):
                spec["limit"] = 1
    elif parse.order_dir and spec["measures"]:
        spec["order"] = {"by": "measure", "index": 0, "dir": parse.order_dir}
    if spec["dimensions"] and spec["measures"] and parse.superlative and not spec["dimensions"]:
        spec["order"] = None


def rank_rows(res: Resolver, spec: dict, parse: Parse) -> None:
    """ "5 highest salaries", "which housekeeper has the highest hourly rate", "biggest renovation by estimated
    cost": the rows themselves ranked by their own column (with what names them), not one MAX.

    >>> rank_rows(Resolver(index), spec_of("5 highest salaries"), parse)   # doctest: +SKIP
    # spec: dimensions [first_name, last_name], MAX(annual_salary) per row, ORDER BY it DESC LIMIT 5
    """
    if spec["dimensions"] or not parse.superlative or len(spec["measures"]) != 1 or len(parse.measures) != 1:
        return
    m, mp = spec["measures"][0], parse.measures[0]
    if m["kind"] != "agg" or mp.agg is not None or m["table"] != spec.get("fact") or str(m["column"]).startswith("@"):
        return
    ms = parse.mentions
    by_measure = 0 < mp.pos < len(ms) and ms[mp.pos - 1].text == "by"
    which_word = len(ms) > 1 and ms[0].text == "which" and ms[1].kind == "word"  # "which housekeeper ..."
    if not (parse.limit and parse.limit > 1 or parse.which or parse.who or which_word or by_measure):
        return
    dims = res.entity_dims(m["table"])
    if not dims or any(d["column"] == m["column"] for d in dims):
        return
    spec["dimensions"] = dims
    m["agg"] = "max" if parse.superlative == "desc" else "min"
    spec["order"] = {"by": "measure", "index": 0, "dir": parse.superlative}
    spec["limit"] = parse.limit or 1


def finalize_aggs(spec: dict, parse: Parse) -> None:
    """Superlative without a dimension: "highest salary" -> MAX(salary)."""
    if spec["dimensions"] or not parse.superlative:
        return
    for mp, m in zip(parse.measures, spec["measures"], strict=False):
        if m["kind"] == "agg" and mp.agg is None:
            m["agg"] = "max" if parse.superlative == "desc" else "min"


# ---------------------------------------------------------------------- words
AGG_WORDS = {"sum": "total", "avg": "average", "min": "minimum", "max": "maximum", "median": "median"}


def _col_words(table: str | None, column: str | None) -> str:
    """Words for a column; generic names ("Name", "title") get their table's name in front ("genre name")."""
    if not column:
        return table or "rows"
    words = derived_words(column) or lx.split_name(column)
    if table and set(words) <= {"name", "title", "label", "id", "code", "description", "type", "value"}:
        words = [lx.lemma(w) for w in lx.split_name(table)] + words
    return " ".join(words)


def measure_words(m: dict) -> str:
    """Readable name of a spec measure.

    >>> measure_words({"kind": "agg", "agg": "avg", "table": "t", "column": "unit_price"})
    'average unit price'
    """
    k = m["kind"]
    if k == "agg":
        per = f" per {_col_words(None, m['per'])}" if m.get("per") else ""
        words = _col_words(m["table"], m["column"])
        agg = AGG_WORDS.get(m["agg"], m["agg"])
        if words.split()[0] == agg:  # total_price: "total price", not "total total price"
            return f"{words}{per}"
        return f"{agg} {words}{per}"
    if k == "count":
        if m.get("column"):
            return f"number of distinct {_col_words(None, m['column'])}"
        return f"number of {_col_words(m['table'], None).replace('_', ' ')}"
    if k == "ratio":
        return m.get("label") or f"{measure_words(m['num'])} per {measure_words(m['den'])}"
    if k == "duration":
        return f"{AGG_WORDS.get(m['agg'], m['agg'])} days from {_col_words(None, m['start'])} to " \
               f"{_col_words(None, m['end'].split('.')[-1])}"
    if k == "rate":
        what = f"{_col_words(None, m['column'])} {m['value']}" if "value" in m else _col_words(None, m["column"])
        return f"share of {'not ' if m.get('negate') else ''}{what}"
    if k == "share":
        return f"share of {measure_words(m['of'])}"
    if k == "cond_rate":
        if m.get("weight"):
            return f"share of {_col_words(None, m['weight']['column'])} {filter_words(m['filter'])}"
        return f"share {filter_words(m['filter'])}"
    return "value"


def filter_words(f: dict) -> str:
    """Words for one filter, phrased so that the parser reads them back to the same filter.

    >>> filter_words({"table": "t", "column": "region", "op": "not_in", "value": ["East", "West"]})
    'excluding region East and West'
    """
    col = _col_words(f.get("table"), f["column"])
    op, v = f["op"], f.get("value")
    if isinstance(v, float) and v.is_integer():
        v = int(v)  # "for season 2023", not 2023.0
    if op == "=":
        return f"for {col} {v}"
    if op == "<>":
        return f"excluding {col} {v}"
    if op == "in":
        return f"for {col} " + " and ".join(map(str, v))
    if op == "not_in":
        return f"excluding {col} " + " and ".join(map(str, v))
    if op == "absent":
        if len(v) > 3 and v[2] == "@where":
            return "never with " + " and ".join(re.sub(r"^for ", "", filter_words(g)) for g in v[3])
        if len(v) > 2:
            return f"never with {_col_words(v[0], v[2])} {v[3]}"
        return f"without {' '.join(lx.split_name(v[0]))}"
    if op == "present":
        return f"with {' '.join(lx.split_name(v[0]))}"
    if op == "empty":
        return f"with no {col}"
    if op == "cmp_col":
        pct = f"{v[3] * 100:g}% of " if v[3] != 1 else ""
        words = {">": "more than", ">=": "at least", "<": "less than", "<=": "at most"}.get(v[0], "equal to")
        return f"where {col} is {words} {pct}{_col_words(v[1], v[2])}"
    bare = " ".join(w for w in col.split() if w not in ("is", "has", "was"))
    if op == "null":
        return f"without {col}"
    if op == "not_null":
        return f"with a {col}"
    if op == "true":
        return f"with {bare}"
    if op == "false":
        return f"not {bare}"
    if op == "years":
        return f"{col} in " + " and ".join(map(str, v))
    if op == "range":
        lo, hi = v
        parts = [col]
        if lo:
            parts.append(f"since {lo}")
        if hi:
            parts.append(f"before {hi}")
        return " ".join(parts)
    if op == "month_of_year" and isinstance(v, list):
        names = [_MONTH_NAMES[int(x) - 1] for x in v]
        return f"{col} in " + ", ".join(names[:-1]) + " or " + names[-1]
    if op == "month_of_year":
        return f"{col} in " + _MONTH_NAMES[int(v) - 1]
    if op == "weekend":
        return f"{col} on " + ("weekends" if v else "weekdays")
    if op == "dayname":
        days = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays")
        picked = [days[int(x) - 1] for x in (v if isinstance(v, list) else [v])]
        return f"{col} on " + (" or ".join(picked) if len(picked) > 1 else picked[0])
    if op == "quarter_of_year":
        return f"{col} in Q{v}"
    if op == "between":
        return f"{col} between {v[0]:g} and {v[1]:g}"
    words = {">": "over", ">=": "at least", "<": "under", "<=": "at most"}.get(op, "equal to")
    return f"{col} {words} {v:g}" if isinstance(v, float) else f"{col} {words} {v}"


_MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"]


def describe(spec: dict) -> str:
    """A standalone question from a spec (shown as the rewritten question; also the cache key)."""
    if not spec.get("measures") and not spec.get("dimensions"):
        return ""
    shown = [f for f in spec.get("filters", []) if not f.get("auto")]  # (the dated-rows filter is implied)
    ms = " and ".join(measure_words(m) for m in spec.get("measures", []) if m["kind"] != "share")
    if any(m["kind"] == "share" for m in spec.get("measures", [])):
        ms += " with share of total"
    dims = []
    for d in spec.get("dimensions", []):
        grain = {"dow": "day of week", "moy": "month of year", "weekpart": "weekend or weekday"}.get(
            d.get("grain"), d.get("grain"))
        dims.append(f"{grain} of {_col_words(None, d['column'])}" if grain else _col_words(d["table"], d["column"]))
    text = ms
    lim, order = spec.get("limit"), spec.get("order")
    if lim and dims:
        word = "Top" if (order or {}).get("dir", "desc") == "desc" else "Bottom"
        text = f"{word} {lim} {' and '.join(dims)} by {ms}"
    elif dims and not ms:  # a list of rows: "List of member id, first name, last name where skill rating over 6.5"
        text = f"List of {', '.join(dims)}" + (" where" if shown else "")
    elif dims:
        text = f"{ms} by {' and '.join(dims)}"
    elif lim:
        text = f"{ms} (first {lim})"
    if spec.get("side"):
        text += f" ({spec['side']} side)"
    if spec.get("role") and not spec.get("side"):
        text += f" (by {spec['role']} {' '.join(dims) or 'key'})"
    if shown:
        text += " " + " ".join(filter_words(f) for f in shown)
    for h in spec.get("having", []):
        ms_h = measure_words(spec["measures"][h["measure"]])
        text += f", having {ms_h} {h['op']} {h['value']:g}"
    if order and not lim:
        text += f", sorted {'descending' if order['dir'] == 'desc' else 'ascending'}"
    if spec.get("count_groups") and dims:  # "how many is that?" after a grouped list with a condition
        conds = [f"{measure_words(spec['measures'][h['measure']])} {h['op']} {h['value']:g}"
                 for h in spec.get("having", [])]
        text = f"Number of {dims[0]}" + (f" with {' and '.join(conds)}" if conds else "")
        if shown:
            text += " " + " ".join(filter_words(f) for f in shown)
    return text[:1].upper() + text[1:]
