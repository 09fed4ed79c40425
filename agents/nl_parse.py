"""Semantic parse of one question into a partial query description (`Parse`), from the linker's mentions.

A `Parse` holds what the question itself says: measures, dimensions, filters, ranking, limit, cue flags, with
column choices still open (candidate lists). `agents.nl_spec.resolve` turns it (alone, or merged into a previous
turn by the rewriter) into the final JSON-able spec.

Example:
    >>> p = parse_question(index, "top 5 customers by sales")   # doctest: +SKIP
    >>> p.limit, p.order_dir, len(p.dims), len(p.measures)       # doctest: +SKIP
    (5, 'desc', 1, 1)
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from agents import lexicon as lx
from agents.linking import (
    BIRTH_WORDS,
    LATE_DATE_WORDS,
    NON_ADDITIVE_WORDS,
    ORDINALS,
    PLANNED_WORDS,
    SUBSTANCE_UNITS,
    UNIT_WORDS,
    ColInfo,
    Mention,
    SchemaIndex,
    noun_of_verb,
    parse_derived,
    sometimes_missing_end,
    stem,
    time_unit_seconds,
)

CONNECTORS = {"and", ",", "&", "then", "or", "plus", "as", "well"}
GENERIC_MONEY_NOUNS = frozenset({"value", "amount", "price", "worth", "revenue", "total", "sum"})
# the two sides of a contest ("home" / "away" score and team columns) and the verbs of its outcome
# date columns of leaving (an animal's departure, a member's resignation) and the verbs that name them
DEPARTURE_WORDS = frozenset({"departure", "departed", "left", "leave", "leaving", "exit", "exited", "resigned",
                             "resignation", "quit", "moveout", "checkout"})
LEAVE_VERBS = frozenset({"left", "leave", "quit", "resigned", "departed", "exited"})
# verbs of one reading: "which station recorded the strongest gust" is the single highest reading, MAX()
READING_VERBS = frozenset({"recorded", "measured", "logged", "registered", "clocked", "hit", "reached", "saw"})
PLANNED_DATE_WORDS = PLANNED_WORDS | {"due"}
COMPARATIVE_OPS = {"more": ">", "higher": ">", "greater": ">", "bigger": ">", "larger": ">", "longer": ">",
                   "less": "<", "fewer": "<", "lower": "<", "smaller": "<", "shorter": "<"}
PLAN_WORDS = PLANNED_WORDS | {"budget", "budgeted", "quoted", "quote", "estimate", "forecast", "forecasted", "plan"}
SIDES = {"home": "away", "away": "home", "host": "guest", "guest": "host", "visiting": "home", "visitor": "home"}
OUTCOME_VERBS = {"win": ">", "wins": ">", "won": ">", "winning": ">", "beat": ">", "lose": "<", "loses": "<",
                 "lost": "<", "losing": "<", "losses": "<", "draw": "=", "drew": "=", "draws": "=", "tie": "=",
                 "tied": "=", "ties": "="}
SELL_VERBS = frozenset({"sold", "sell", "sells", "ordered", "shipped", "bought", "purchased", "dispensed",
                        "delivered", "moved", "used", "consumed", "produced", "made"})
DATE_SUPERLATIVES = {"earliest": "asc", "latest": "desc", "newest": "desc", "most recent": "desc"}
SKIP_IN_LIST = {"the", "a", "an", "each", "every", "their", "its", "of", "all", "different"}


# the noun of the event a past-tense verb names (a table called sales holds what was sold)
EVENT_NOUNS_OF_VERB = {"sold": ("sale", "sales"), "ordered": ("order", "orders"), "booked": ("booking", "bookings"),
                       "rented": ("rental", "rentals"), "bought": ("purchase", "purchases"),
                       "borrowed": ("loan", "loans", "borrowing"), "delivered": ("delivery", "deliveries"),
                       "shipped": ("shipment", "shipments"), "sent": ("shipment", "transfer", "message"),
                       "repaired": ("repair", "repairs"), "serviced": ("service", "services")}
DELIVERY_WORDS = frozenset({"deliver", "delivered", "taught", "actually", "held", "ran", "operated", "host", "hosted",
                            "happened"})  # the rows that went ahead (not cancelled)
SHORT_TABLE_ROWS = 30  # an entity table this short is listed, not counted, when a question names it with a condition
ENTITY_LIST_ROWS = 500  # the same for a table of people or of things other tables point at (customers, films)
SALE_VERBS = frozenset({"sell", "sold", "sells", "selling", "buy", "bought", "buys", "purchase", "purchased"})
SELL_OUT_VERBS = frozenset({"sell", "sold", "selling", "sells", "book", "booked", "fill", "filled"})


def _is_period(m: Mention) -> bool:
    """A mention naming a period: a year, month, quarter or date, or "last quarter" / "last 3 months"."""
    return m.kind in ("year", "month", "quarter", "date") or m.data.get("cue") in ("relative", "lastn")


# past forms not ending in -ed ("which beer sold the most pints")
IRREGULAR_PARTICIPLES = frozenset({"sold", "bought", "paid", "spent", "won", "made", "taken", "took", "given", "gave",
                                   "brought", "ran", "run", "drunk", "drank", "grown", "grew", "kept", "lent", "sent",
                                   "built", "held", "sang", "swam", "rode", "drove", "flew", "wrote", "caught"})
# words of being somewhere for a while ("how many days were they members", "how long did they stay")
STAY_WORDS = frozenset({"stay", "stayed", "remain", "remained", "open", "spend", "spent", "spends", "member", "members",
                        "subscribed", "enrolled", "employed", "service", "inservice", "last", "lasts", "lasted",
                        "worked", "work", "served"})
# words between a time unit and "to <verb>" that change nothing ("days does it take us to resolve a complaint")
TAKE_FILLERS = frozenset({"does", "do", "did", "it", "take", "takes", "took", "taking", "taken", "us", "them", "you",
                          "we", "on", "average", "typically", "usually", "normally", "a", "an", "the", "each", "one"})


@dataclass
class Ref:
    """An open column choice: candidate columns with scores, and the words that named it."""
    cands: list[tuple[float, ColInfo]]
    text: str
    table: str | None = None  # a table the words name (entity), if any
    exact: bool = False


@dataclass
class MeasureP:
    agg: str | None  # None = default for the column
    ref: Ref | None = None  # None for count(*)
    entity_table: str | None = None  # count(*) of this table
    kind: str = "plain"  # plain|count|ratio|rate|share|margin|aov
    negate: bool = False
    explicit_agg: bool = False
    pos: int = 0
    per: ColInfo | None = None  # "price per square foot": divided by this numeric column, row by row


@dataclass
class DimP:
    ref: Ref | None = None
    grain: str | None = None  # time grain; ref may then be a date column or None (main date)
    pos: int = 0
    plural: bool = True


@dataclass
class FilterP:
    op: str  # = in <> not_in > >= < <= between true false period years range
    ref: Ref | None = None
    value: object = None
    values: list | None = None  # candidate (table, column, exact value) for value filters
    pos: int = 0
    date: bool = False
    family: bool = False  # the values are one family ("salmon": 'Sockeye Salmon', 'Coho Salmon'): all of them


@dataclass
class Parse:
    question: str
    mentions: list[Mention]
    measures: list[MeasureP] = field(default_factory=list)
    dims: list[DimP] = field(default_factory=list)
    filters: list[FilterP] = field(default_factory=list)
    having: list[dict] = field(default_factory=list)
    limit: int | None = None
    order_dir: str | None = None
    superlative: str | None = None
    which: bool = False
    who: bool = False  # "who earns the most": the answer is a person (see nl_spec._who_entity)
    count_cue: bool = False
    agg_only: str | None = None  # "and the minimum?" -> change the aggregate only
    instead: bool = False
    instead_of: list[Ref] = field(default_factory=list)
    instead_of_count: bool = False  # "minutes rather than number of cleans": the count is replaced
    add_words: bool = False
    shift: int = 0
    shift_months: int = 0  # "and the month before?": periods move by months (a quarter is 3)
    prefer_new: bool = False
    date_ref: Ref | None = None
    list_mode: bool = False
    single: bool = False  # "biggest single order": one row's value (MAX / MIN), not a ranking of groups
    loss: str | None = None
    share: bool = False
    rate: bool = False
    rate_pos: int = -1  # where the rate word was said ("win rate in cup games": right after 'win')
    share_pos: int = -1  # where the share word was said ("of our Brighton clients, what fraction heard ...")
    group_cue: bool = False
    entities: list[tuple[int, str | None, Ref | None]] = field(default_factory=list)
    coverage: float = 1.0
    unlinked: list[str] = field(default_factory=list)
    suspicious: list[str] = field(default_factory=list)
    relative: list[dict] = field(default_factory=list)
    sup_adj: str | None = None
    stray_numbers: list[str] = field(default_factory=list)
    duration: bool = False  # "how long ...": average duration
    ranked_entity: Ref | None = None  # "best-selling categories": a plural entity after a superlative
    flag_compare: ColInfo | None = None  # "business vs consumer": the flag whose two sides are compared
    rank_all: bool = False  # "top customers by sales" without a number: ordered, not cut
    compare: bool = False
    side: str | None = None  # "home matches": the side (home / away) whose key and score columns the question means
    per_entity: Ref | None = None  # "average profit per order": a ratio over the entity count
    list_words: bool = False
    pure_aggs: list[tuple[int, str]] = field(default_factory=list)  # "total", "average" cues (position, agg)
    unit: str | None = None  # "average call length in minutes": the time unit the answer is wanted in

    @property
    def empty(self) -> bool:
        return not (self.measures or self.dims or self.filters or self.limit or self.agg_only or self.having
                    or self.relative or self.shift or self.shift_months or self.loss or self.order_dir)


# people by age ("adults", "children"): a bound on the age of the people in play
AGE_GROUPS = {"adult": (">=", 18.0), "grownup": (">=", 18.0)}
# verbs that name another verb's date column ("jobs finished in 2024": completed_on)
VERB_STEM_SYNONYMS = {"finish": "complet", "complet": "finish", "done": "complet", "sort": "resolv",
                      "fix": "resolv", "settl": "resolv"}
UNIT_ADJECTIVES = {"hour": "hourly", "day": "daily", "night": "nightly", "week": "weekly", "month": "monthly",
                   "year": "annual"}


def _is_plural(text: str) -> bool:
    last = text.split()[-1] if text else ""
    return lx.lemma(last) != last or last in ("people", "staff", "data")


def _ref_from_mention(m: Mention) -> Ref:
    return Ref(cands=list(m.data.get("cands", [])), text=m.text, table=m.data.get("table"),
               exact=bool(m.data.get("exact")))


def _measure_cands(ref: Ref) -> list[tuple[float, ColInfo]]:
    return [(s, c) for s, c in ref.cands if c.is_measure]


_PER_UNIT_WORDS = UNIT_WORDS | SUBSTANCE_UNITS | set(lx.TIME_UNIT_SECONDS)  # "cost per hour", "price per m3"


class _Walker:
    """Walks the mentions once and fills a Parse."""

    def __init__(self, index: SchemaIndex, question: str, context: str | None = None):
        self.index = index
        self.context = context  # the previous turn's table: what a follow-up naming none speaks of
        self.ms = [m for m in index.link(question)]
        for k, m in enumerate(self.ms):
            j = k - 1 - (k > 1 and self.ms[k - 1].kind == "number")  # ("which 3 judges")
            self._noun_of_table(m, asked=j >= 0 and self.ms[j].text in ("which", "what"))
            if k > 0 and self.ms[k - 1].kind == "value":
                self._rows_after_value(m)
        for a, b in zip(self.ms, self.ms[1:]):
            self._year_of_column(a, b)
        self.p = Parse(question=question, mentions=self.ms)
        self.used: set[int] = set()
        self.sold_rows: tuple[str, str] | None = None  # (catalogue, selling table): see _price_against_list

    # ----------------------------------------------------------------- helpers
    @staticmethod
    def _year_of_column(year: Mention, col: Mention) -> None:
        """ "the 2023 season", "the 2019 vintage": a year right before a number column that holds years is a value of
        that column (season = 2023), not a date range."""
        cands = col.data.get("cands") or [] if col.kind == "column" and year.kind == "year" else []
        c = cands[0][1] if cands and cands[0][0] >= 2.0 else None
        if c is not None and c.is_number and not c.is_id and not c.is_money and not c.is_yearlike and set(c.words) & {
                "season", "vintage", "edition", "cohort", "intake", "class", "term", "series"}:
            year.kind, year.data = "number", {"value": float(year.data["year"]), "percent": False}

    def _rows_after_value(self, m: Mention) -> None:
        """ "PETG prints" with print_jobs(material, print_hours): a plural noun right after a value, starting the name
        of the value's table, names that table's rows, not the print_hours measure."""
        cands = m.data.get("cands") or [] if m.kind == "column" else []
        noun = lx.lemma(m.text)
        if not cands or " " in m.text or noun == m.text or any(s >= 3.0 for s, _ in cands):
            return
        tables = self.index.tables_starting_with(noun)
        if len(tables) == 1 and all(c.table == tables[0] for _, c in cands):
            m.kind, m.data = "table", {"table": tables[0]}

    def _noun_of_table(self, m: Mention, asked: bool = False) -> None:
        """ "frames by size" with a frame_builds table: a plural noun that only qualifies columns (frame_material,
        frame_size) and starts the name of one table names that table's rows."""
        cands = m.data.get("cands") or [] if m.kind == "column" else []
        noun = lx.lemma(m.text)
        if not cands or " " in m.text or noun == m.text or \
                not all(not c.is_id and c.is_text and len(c.words) > 1 and c.words[0] == noun for _, c in cands) or \
                asked and any(c.is_label for _, c in cands) or \
                asked and any(len(c.words) == 2 and c.words[1] in ("name", "code") for _, c in cands):
            return  # ("which customers" with customerOrders.customerName: the named customers, not the orders;
            # "which judges" with judge_scores.judge_name: the judges by name)
        tables = self.index.tables_starting_with(noun)
        if len(tables) == 1 and not any(noun in t.words[-1:] for t in self.index.tables.values()):
            m.kind, m.data = "table", {"table": tables[0]}

    def nxt(self, i: int, skip=("the", "a", "an", "of", "our", "my", "their", "its", "for", "in", "on", "with",
                                "all", "by", "per", "each", "every", "distinct", "unique", "different",
                                "total")) -> int | None:
        j = i + 1
        while j < len(self.ms):
            m = self.ms[j]
            if m.kind == "stop" and m.text in skip:
                j += 1
                continue
            return j
        return None

    def prev(self, i: int) -> int | None:
        j = i - 1
        while j >= 0:
            m = self.ms[j]
            if m.kind == "stop" and m.text in ("the", "a", "an", "of", "with", "is", "are", "was", "were", "be",
                                                "that", "which", "whose", "where", "in", "our", "total"):
                j -= 1
                continue
            return j
        return None

    def is_entityish(self, m: Mention) -> bool:
        return m.kind in ("table", "column") or (m.kind == "cue" and m.data.get("cue") == "grain")

    # ----------------------------------------------------------------- main
    def run(self) -> Parse:
        p = self.p
        ms = self.ms
        pending_agg: tuple[int, str] | None = None
        neg_until = -1
        for k, m in enumerate(ms):
            if m.kind == "cue" and m.data.get("cue") == "count":
                self._how_many_units_on_average(k)  # "how many days does it take on average": average days
        self._duration()
        self._unit_request()
        self._same_or_different()
        self._sold_out()
        self._late_against_plan()
        self._than_planned()
        self._beat_the_plan()
        self._two_column_comparison()
        self._clock_times()
        self._flag_complement()
        self._rate_prefers_flag()
        self._money_verb_means_money()
        self._has_a_value()
        self._price_paid()
        self._duration_in_unit()
        self._event_plurals()
        self._sale_date()
        for k in range(len(ms) - 1):
            if ms[k].kind == "cue" and ms[k].text in ("number of", "how many") and self._stored_count(ms[k + 1]):
                ms[k].kind = "stop"  # "average number of panels": the stored panelCount, not a count of rows
        for k, m in enumerate(ms):
            flag = self._author_flag(k)
            if flag is not None:  # "replies customers sent": replies.from_customer, not a join to customers
                self.p.filters.append(FilterP(op="true", ref=Ref(cands=[(3.0, flag)], text=m.text), pos=k))
                m.kind = "stop"
                self.used.add(k)
        for k in range(len(ms) - 1):
            if self._parent_noun(k):
                ms[k].kind = "stop"  # "competition rounds": the rounds played in a competition
            if ms[k + 1].kind == "number" and k not in self.used and self._labelled_number(k):
                ms[k].kind = ms[k + 1].kind = "stop"  # "year 9 pupils": year_group = 9, not a breakdown by year
        self._ended_state()
        self._open_rows()
        self._when_first_or_last()
        self._dated_status()
        self._leading_ranked_entity()
        self._verb_before_counted_rows()
        for k in range(len(ms) - 2):  # "which town do most of our sellers come from": the sellers, counted
            if ms[k].text == "most" and ms[k].kind == "cue" and ms[k + 1].text == "of":
                t = k + 2 + (1 if ms[k + 2].text in ("our", "the", "all", "my") else 0)
                if t < len(ms) and ms[t].kind == "table":
                    self.p.measures.append(MeasureP(agg="count", kind="count", entity_table=ms[t].data["table"],
                                                    pos=t))
                    self.used.add(t)
        for k in range(2, len(ms) - 1):  # "top 3 detection rules": the word only qualifies the ranked column
            if ms[k].kind == "word" and ms[k - 1].kind == "number" and ms[k - 2].kind == "cue" and \
                    ms[k - 2].data.get("cue") == "rank" and ms[k + 1].kind == "column" and ms[k].text.isalpha():
                ms[k].kind, ms[k].data = "stop", {"qualifier": True}
        for k in range(1, len(ms)):  # "biggest single order": one row's value, not a top-1 ranking
            if ms[k].text == "single" and ms[k].kind == "number" and ms[k - 1].kind == "cue" and \
                    ms[k - 1].data.get("dir"):
                ms[k].kind, ms[k].data = "cue", {"cue": "single"}
                self.p.single = True
        i = 0
        while i < len(ms):
            m = ms[i]
            if i in self.used:
                i += 1
                continue
            k = m.kind
            cue = m.data.get("cue") if k == "cue" else None
            if m.text in ("fewer", "more", "less") and self._more_than_column(i):
                i += 4  # "ran fewer trips than scheduled": trips_operated < trips_scheduled
                continue
            if k == "number" and i > 0 and ms[i - 1].text in ("got", "with", "gave", "given", "received", "earned",
                                                              "scored", "had", "have", "has", "get") and \
                    self._numbers_before_column(i):
                i += 1  # "trips that got 1 or 2 stars": the rating column is one of those numbers
                continue
            if k == "number" and self._count_after_superlative(i):
                i += 1  # "just the best 3": a ranking cut
                continue
            if k == "number" and i > 0 and ms[i - 1].text in ("the", "our", "my") and self._ranked_count(i):
                i += 1  # "who are the 5 members with the highest total spend": the number of rows to show
                continue
            if k == "number" and i == 1 and ms[0].text in ("which", "what") and self._whole_count(m) is not None \
                    and i + 1 < len(ms) and not self.is_entityish(ms[i + 1]) and any(
                        x.kind == "cue" and (x.data.get("dir") or x.text in ("most", "least")) for x in ms[i + 1:]):
                p.limit = self._whole_count(m)  # "which 3 lost the most": the groups of the last answer, cut at 3
                self.used.add(i)
                i += 1
                continue
            if k == "number" and i + 2 < len(ms) and self._is_superlative_adjective(ms[i + 1]) and \
                    self.is_entityish(ms[i + 2]) and self._whole_count(m) is not None and \
                    (i == 0 or ms[i - 1].kind == "stop"):
                p.limit = self._whole_count(m)  # "our 5 biggest spenders": 5 rows, ranked by the adjective
                self.used.add(i)
                i += 1
                continue
            if k == "number" and self._count_before_superlative(i):
                i += 1  # "the 3 youngest candidates": a ranking cut, not a value
                continue
            if cue == "group" and m.text in ("among", "amongst") and self._among_filter(i):
                i += 1  # "among recurring donors": a condition, not a breakdown
                continue
            if cue == "group" and m.text == "by" and self._by_agent(i):
                i += 1  # "sessions booked by scholarship students": who did it, a condition
                continue
            if cue == "group" and m.text == "per" and 0 < i and i + 1 < len(ms) and ms[i + 1].kind == "word" and \
                    not _is_plural(ms[i + 1].text) and ms[i - 1].text in lx.PURE_AGG and \
                    ms[i - 1].data.get("agg") and all(x.kind == "stop" or x.text == "?" for x in ms[i + 2:]):
                # "average per visit?" (an unlinked noun): the average over the rows, not a breakdown
                p.agg_only = ms[i - 1].data["agg"]
                self.used.update({i, i + 1})
                i += 2
                continue
            if cue == "group" and i + 1 < len(ms) and ms[i + 1].text in ("whether", "if"):
                k2 = next((x for x in range(i + 2, min(len(ms), i + 7)) if ms[x].kind == "column" and
                           (ms[x].data.get("cands") or [(0, None)])[0][1] is not None and
                           ms[x].data["cands"][0][1].is_bool), None)
                if k2 is not None:  # "split by whether they ran into overtime": a breakdown by the flag
                    p.dims.append(DimP(ref=_ref_from_mention(ms[k2]), pos=k2))
                    p.group_cue = True
                    self.used.update(range(i, k2 + 1))
                    i = k2 + 1
                    continue
            if cue == "group" and (m.text == "across all" or m.text == "across" and i + 1 < len(ms) and
                                   ms[i + 1].text in ("the", "our")):
                i += 1  # "monthly rent across all sites": one figure over every site, not a breakdown by site
                continue
            if cue == "group" and self._per_own_row(i):
                i += 2  # "fuel per sailing" on sailings.fuel_litres: the average over sailings, not a breakdown
                continue
            amount = self._ranked_by_amount(i) if cue == "group" and m.text == "by" else None
            if amount is not None:
                # "top 5 products by units sold": the products ranked by the units summed, not broken down by them
                self._add_dim_from(i - 1)
                p.entities = [e for e in p.entities if e[0] != i - 1]
                p.measures.append(MeasureP(agg="sum", ref=Ref(cands=[(3.0, amount)], text=ms[i + 1].text),
                                           pos=i + 1, explicit_agg=True))
                self.used.update({i, i + 1})
                i += 2
                continue
            if cue == "group" and m.text == "by" and self._ranked_by_aggregate(i):
                # "biggest customers by total spend": the customers ranked by it, not broken down by it
                if not any(d.pos == i - 1 for d in p.dims):
                    self._add_dim_from(i - 1)
                    p.entities = [e for e in p.entities if e[0] != i - 1]
                    p.which = p.which or not _is_plural(ms[i - 1].text)
                i += 1
                continue
            if cue == "group" and self._each_after_noun(i):
                p.group_cue = True
                self._add_dim_from(i - 1)  # "how much have the groomers each made in tips": per groomer
                self.used.update({i - 1, i})
                i += 1
                continue
            if cue == "group":
                p.group_cue = True
                i = self._group_list(i)
                continue
            if cue == "which":
                if m.text in ("who", "whom", "whose"):
                    p.who = True  # the answer is a person, whatever the next word names
                    i += 1
                    continue
                j = self.nxt(i, skip=("the", "a", "an", "kind", "type", "of", "our", "my", "your"))
                if j is not None and j + 1 < len(ms) and ms[j].kind == "word" and ms[j + 1].kind == "column" and \
                        ms[j + 1].data.get("exact"):
                    ms[j].kind = "stop"  # "which loan purpose": the unlinked word qualifies the column
                    j += 1
                if j is not None and j + 1 < len(ms) and ms[j].kind == "word" and lx.antonyms_of(ms[j].text) and \
                        self.is_entityish(ms[j + 1]) and ms[j + 1].kind in ("table", "column"):
                    j += 1  # "which current tenant pays the most": a state word (a condition), then the entity
                if j is not None and self._ranked_count(j):
                    j += 1  # "which 5 clients paid the most": the number of rows to show, then the entity
                if j is not None and j + 1 < len(ms) and ms[j].kind == "value" and ms[j + 1].kind == "column" and \
                        self.is_entityish(ms[j + 1]) and not self._is_measure_mention(ms[j + 1]) and \
                        any(c.table in {h[0] for h in ms[j].data.get("values") or []}
                            for _, c in (ms[j + 1].data.get("cands") or [])[:1]):
                    self._value(j, ms[j], negate=False)  # "which boulder grade": grades of the boulder routes
                    self.used.add(j)
                    j += 1
                verb_date = j is not None and j < len(ms) and ms[j].kind == "column" and ms[j].text.endswith("ed") \
                    and any(c.is_date for _, c in (ms[j].data.get("cands") or [])[:1])  # "which finished the most"
                if j is not None and j < len(ms) and self.is_entityish(ms[j]) and not verb_date and \
                        (not self._is_measure_mention(ms[j]) or self._few_numbered_groups(j)) and \
                        not self._is_bool_mention(ms[j]):  # "what's the dropped call rate": a flag, not a breakdown
                    p.which = True
                    self._add_dim_from(j)
                    self.used.add(j)
                elif j is not None and j < len(ms) and ms[j].kind == "value" and self._value_names_entity(j):
                    p.which = True  # "which contractor filed the most permits": the contractors, ranked
                elif j is not None and j < len(ms) and ms[j].kind == "value" and _is_plural(ms[j].text) and \
                        not any(x.kind == "cue" and (x.data.get("dir") or x.data.get("cue") == "count")
                                for x in ms[j + 1:]) and self._rank_valued_rows(j):
                    p.which = True  # "which veterans are left-handed": the veterans' names
                i += 1
                continue
            if cue == "count" and m.text == "number" and i > 0 and ms[i - 1].kind == "column" and \
                    ms[i - 1].data.get("cands") and ms[i - 1].data["cands"][0][1].is_text:
                m.kind = "column"  # "without a phone number": part of the column's name, not a count
                i += 1
                continue
            if cue == "count" and self._aggregated_number_of(i):
                i += 1  # "the median number of nights": the aggregate of a numeric column, not a count
                continue
            if cue == "count" and m.text == "how many" and i + 2 < len(ms) and \
                    lx.lemma(ms[i + 1].text) in ("minute", "hour", "day") and any(
                        x.kind == "column" and any(c.derived and "delay" in c.words for _, c in
                                                   (x.data.get("cands") or [])[:1]) for x in ms[i + 2:i + 4]):
                # "how many minutes late do carers turn up": the delay in minutes, not a count
                p.unit = lx.lemma(ms[i + 1].text)
                self.used.update({i, i + 1})
                ms[i + 1].kind = "column"
                i += 2
                continue
            if cue == "count":
                p.count_cue = True
                self._count_target(i)
                i += 1
                continue
            if cue == "rank" and self._in_the_top(i):
                i += 2
                continue
            if cue == "rank":
                i = self._rank(i)
                continue
            if cue == "weekend" and m.text in ("weekday", "weekdays") and i > 0 and \
                    ms[i - 1].text in ("which", "what", "by", "per", "each"):
                p.dims.append(DimP(grain="dow", pos=i, plural=m.text == "weekdays"))  # "which weekdays are busiest"
                p.which = p.which or ms[i - 1].text in ("which", "what")
                i += 1
                continue
            if cue in ("weekend", "dayname"):
                p.filters.append(FilterP(op=cue, value=m.data["value"], pos=i, date=True))
                i += 1
                continue
            if cue in ("agg", "cmp") and self._qualifying_row_count(i):
                i = max(self.used) + 1
                continue
            if cue in ("agg", "sup"):
                self._agg_or_sup(i, m)
                pending_agg = (i, m.data.get("agg")) if cue == "agg" else pending_agg
                if cue == "agg" and m.text in lx.PURE_AGG and m.data.get("agg") not in ("count", "count_distinct"):
                    p.pure_aggs.append((i, m.data["agg"]))
                i += 1
                continue
            if cue == "cmp":
                i = self._comparison(i, m.data["op"])
                continue
            if cue == "between":
                i = self._between(i)
                continue
            if cue == "from":
                j = i + 1
                if j < len(ms) and (ms[j].kind == "year" or ms[j].kind == "date" and ms[j].data.get("year")):
                    i = self._year_range_from(i)
                    continue
                i += 1
                continue
            if cue == "neg" and self._no_value(i):
                i += 2
                continue
            if cue == "neg" and self._absence(i):
                i += 1
                continue
            if cue == "neg":
                neg_until = i + (1 if m.text == "non" else 4)  # "non-remote engineers": only the next word
                i += 1
                continue
            if cue in ("loss", "profitable"):
                if any(set(c.words) & {"profit", "margin", "net"} for c in self.index.columns) or \
                        not self._antonym_flag(m.text):
                    p.loss = cue
                else:  # "how many bouts were lost" with a won flag and no profit: NOT won
                    m.kind, m.data = "word", {}
                    self._word(i, m, negate=i <= neg_until)
                i += 1
                continue
            if cue == "grain":
                self._grain(i, m)
                i += 1
                continue
            if cue == "trend" and m.text == "time" and i > 0 and ms[i - 1].kind == "column" and any(
                    time_unit_seconds(c.name, c.words) for _, c in (ms[i - 1].data.get("cands") or [])[:2]):
                m.kind, m.data = "word", {}  # "handle time", "wait time": the duration column's name, not a trend
                i += 1
                continue
            if cue == "trend" and m.text == "time" and i > 0 and ms[i - 1].text in lx.NAMED_TIMES:
                m.kind, m.data = "word", {}  # "goals in stoppage time": a part of the game, not a trend
                i += 1
                continue
            if cue == "trend" and m.text == "time" and self._time_measure(i, pending_agg):
                i += 1
                continue
            if cue == "trend":
                if not any(d.grain for d in p.dims) and not any(  # ("growth year over year": by year)
                        x.kind == "cue" and x.data.get("cue") == "grain" for x in ms[i + 1:]):
                    p.dims.append(DimP(grain="month", pos=i))
                i += 1
                continue
            if cue == "new":
                p.prefer_new = True
                near = self._mentioned_tables() or ({self.context} if self.context else set(self.index.tables))
                named = [c for c in self.index.columns if c.is_date and not c.derived and c.table in near and
                         c.words[:1] in ([m.text], [lx.lemma(m.text)])]  # ("signups per quarter": signup_date)
                if len(named) == 1 and p.date_ref is None:  # "jobs started before 6am": started_at, said as a verb
                    p.date_ref = Ref(cands=[(2.0, named[0])], text=m.text)
                i += 1
                continue
            if cue == "duration" and self._take_to(i):
                i += 1
                continue
            if cue == "duration":
                # "how long do deliveries take": the average of a duration column
                self.p.sup_adj = self.p.sup_adj or "longest"
                self.p.duration = True
                i += 1
                continue
            if cue == "share":
                ratio_end = self._ratio_of_columns(i)
                if ratio_end is not None:  # "tips as a percentage of revenue": SUM(tips) / SUM(revenue)
                    i = ratio_end
                    continue
                p.share = True
                p.share_pos = i if p.share_pos < 0 else p.share_pos
                i += 1
                continue
            if cue == "rate" and m.text == "ratio" and self._x_to_y_ratio(i):
                i += 1  # "average loan to value ratio": AVG(loan_amount / appraised_value), row by row
                continue
            if cue == "rate":
                if m.text == "how often" and re.search(r"\b(each|every|per)\b", p.question.lower()):
                    # "how often did each shop sell out": the number of times per shop, counted where it happens
                    table = next((f.ref.cands[0][1].table for f in p.filters if f.op == "cmp_col" and f.ref.cands),
                                 None)
                    p.measures.append(MeasureP(agg="count", kind="count", pos=i, entity_table=table))
                elif not self._rate_names_flag(i):
                    p.rate = True
                    p.rate_pos = i
                i += 1
                continue
            if cue == "margin":
                p.measures.append(MeasureP(agg=None, kind="margin", pos=i))
                i += 1
                continue
            if cue == "aov":
                p.measures.append(MeasureP(agg=None, kind="aov", pos=i))
                i += 1
                continue
            if cue == "relative":
                self._relative(m)
                i += 1
                continue
            if cue == "lastn":
                i = self._last_n(i)
                continue
            if cue == "vs":
                p.compare = True
                i = self._flag_versus_other(i)
                continue
            if cue == "instead":
                p.instead = True
                i += 1
                continue
            if cue == "instead_of":
                p.instead = True
                j = self.nxt(i)
                if j is not None and ms[j].kind == "column":
                    p.instead_of.append(_ref_from_mention(ms[j]))
                    self.used.add(j)
                elif j is not None and ms[j].kind == "cue" and ms[j].data.get("cue") == "count":
                    # "in total minutes rather than number of cleans": the count said is the one replaced
                    p.instead_of_count = True
                    self.used.add(j)
                    i = j + 1
                    while i < len(ms) and ms[i].kind in ("table", "stop") and ms[i].text not in (",", "and"):
                        self.used.add(i)
                        i += 1
                    continue
                i += 1
                continue
            if cue == "sort":
                p.order_dir = m.data["dir"]
                i += 1
                continue
            if k in ("value", "quoted"):
                self._value(i, m, negate=i <= neg_until)
                j = i + 1
                if j < len(ms) and ms[j].kind == "table" and any(
                        h[0] == ms[j].data.get("table") for h in m.data.get("values") or []):
                    j += 1  # "not counting drag lifts or the magic carpet": the values' own table between them
                while i <= neg_until and j < len(ms) and ms[j].text in ("and", "or", "nor", ",", "the", "a", "an"):
                    j += 1
                if i <= neg_until and j > i + 1 and j < len(ms) and ms[j].kind == "value":
                    neg_until = max(neg_until, j)  # "leave out the cave and the overhang": the whole list
                i += 1
                continue
            if k == "number" and not m.data.get("word") or k == "number" and i + 1 < len(ms):
                nxt_i = self._number(i, m)
                if nxt_i is not None:
                    i = nxt_i
                    continue
                if not m.data.get("word") and i not in self.used:
                    self.p.stray_numbers.append(m.text)  # "Customer 001": a number nothing used
                i += 1
                continue
            if k == "year":
                self._year(i, m)
                i += 1
                continue
            if k in ("month", "quarter", "date", "half", "season"):
                self._period(i, m)
                i += 1
                continue
            if k == "table":
                if not self._modifier_table(i):
                    p.entities.append((i, m.data["table"], None))  # "lounge visits": the visits, not the lounges
                i += 1
                continue
            if k == "column" and self._side_word(i):
                i += 1  # "home matches", "the away team": which side, not a column of its own
                continue
            if k in ("word", "value", "column") and m.text in OUTCOME_VERBS and self._outcome(i):
                i += 1
                continue
            if k == "column":
                self._column(i, m, pending_agg, negate=i <= neg_until)
                i += 1
                continue
            if m.text == "within" and self._within_of(i):
                i += 5  # "cancelled within 180 days of joining": the days from joining to cancelling
                continue
            if m.text == "still" and self._still(i):
                i += 2
                continue
            if k == "word" and lx.lemma(m.text) in ("hour", "minute") and pending_agg is not None and \
                    pending_agg[0] == i - 1 and pending_agg[1] in ("sum", "avg") and not p.measures and \
                    self._time_measure(i, pending_agg, values=True):
                p.unit = p.unit or lx.lemma(m.text)  # "total hours of mock tests": the duration, summed, in hours
                i += 1
                continue
            if k == "word" and lx.lemma(m.text) in ("hour", "minute") and _is_plural(m.text) and (
                    i > 0 and (ms[i - 1].kind == "table" or ms[i - 1].kind in ("column", "word") and
                               ms[i - 1].text.endswith("ing")) or  # "coaching hours", "teaching hours"
                    i + 1 < len(ms) and ms[i + 1].text == "of" and all(x.kind == "stop" for x in ms[:i])) and \
                    not p.measures and not p.count_cue and \
                    self._time_measure(i, (max(i - 1, 0), "sum"), values=True):  # "hours of coaching by coach"
                p.unit = p.unit or lx.lemma(m.text)  # "training hours by focus": the sessions' durations, in hours
                i += 1
                continue
            if k == "word" and i > 0 and ms[i - 1].text == "in" and lx.lemma(m.text) in lx.TIME_UNIT_SECONDS and \
                    lx.lemma(m.text) != "second" and p.unit is None:
                p.unit = lx.lemma(m.text)  # "average booking length in hours for each purpose": the answer's unit
                m.kind = "stop"
                i += 1
                continue
            if k == "word":
                self._word(i, m, negate=i <= neg_until)
            i += 1
        self._merge_echoed_measures()
        self._rows_that_had_a_value()
        self._measure_plus_included()
        self._busiest_counts_sales()
        self._busiest_entity()
        self._most_verbed_entity()
        self._verbed_the_most()
        self._verb_names_date()
        self._most_unknown_things()
        self._list_by_measure()
        self._rows_with_a_value()
        self._list_request()
        self._count_by_sold_quantity()
        self._count_sold_rows()
        self._sold_value_noun()
        self._drop_repeated_measures()
        self._superlative_per_group()
        self._paired_aggregates()
        self._flag_subject_counted()
        self._coverage()
        return p

    def _flag_subject_counted(self) -> None:
        """ "late pickups per room", "how many late pickups did each room have", "which child had the most late
        pickups": a plural yes/no flag that is the thing counted means the flagged rows of the flag's own table."""
        ms, p = self.ms, self.p
        if p.list_mode:
            return  # "list the controlled drugs": the drugs themselves
        dim_tables = {d.ref.table for d in p.dims if d.ref is not None and d.ref.table}
        for k, m in enumerate(ms):
            if m.kind != "column":
                continue
            last = m.text.split()[-1]
            head = lx.lemma(last)
            if head == last:
                continue  # (a plural noun only)
            top = (m.data.get("cands") or [(0, None)])[0][1]
            if top is None or not top.is_bool or not any(f.op == "true" and f.ref and f.ref.cands and
                                                         f.ref.cands[0][1] is top for f in p.filters):
                continue
            if any(c.is_measure and head in c.words for c in self.index.tables[top.table].columns.values()):
                return  # "paid fees per year": the fees (fee_amount) are summed, not the paid rows counted
            before = ms[k - 1] if k > 0 else None
            first = all(x.kind == "stop" for x in ms[:k])
            counted = before is not None and before.kind == "cue" and before.data.get("cue") == "count" and \
                len(p.measures) == 1 and p.measures[0].kind == "count" and p.measures[0].ref is None and \
                p.measures[0].entity_table in dim_tables | {None}
            ranked = before is not None and before.text in ("most", "fewest", "least") and not p.measures and p.dims
            if first and not p.measures and p.dims or counted or ranked:
                p.measures = [MeasureP(agg="count", kind="count", entity_table=top.table, pos=k)]
            return

    def _paired_aggregates(self) -> None:
        """ "lowest and highest score", "min and max price": both aggregates of the one column that follows."""
        ms, p = self.ms, self.p
        for i in range(len(ms) - 3):
            a, sep, b = ms[i], ms[i + 1], ms[i + 2]
            if not (a.kind == b.kind == "cue" and a.data.get("cue") == b.data.get("cue") == "agg" and
                    sep.text in ("and", "or", ",") and a.data.get("agg") != b.data.get("agg") and
                    a.data.get("agg") in ("min", "max", "avg", "median", "sum") and
                    b.data.get("agg") in ("min", "max", "avg", "median", "sum")):
                continue
            hits = [mp for mp in p.measures if mp.pos is not None and mp.pos > i + 2 and mp.ref is not None and
                    mp.kind == "plain" and mp.agg in (None, b.data["agg"])]
            keys = [mp.ref.cands[0][1].key if mp.ref.cands else None for mp in hits]
            if len(hits) > 1 and None not in keys and len(set(keys)) == 1:
                # "lowest and highest fee ever charged": the verb names the same column again
                p.measures = [mp for mp in p.measures if mp not in hits[1:]]
                hits = hits[:1]
            if len(hits) == 1 and not any(mp.agg == a.data["agg"] and mp.ref is hits[0].ref for mp in p.measures):
                hits[0].agg, hits[0].explicit_agg = b.data["agg"], True
                first = MeasureP(agg=a.data["agg"], ref=hits[0].ref, explicit_agg=True, pos=i)
                p.measures.insert(p.measures.index(hits[0]), first)
                if not p.dims:  # two extremes of one column: the values, not a ranking of rows
                    p.superlative, p.sup_adj = None, None

    def _same_or_different(self) -> None:
        """ "trips that ended at the same station they started from", "dropped off at a different branch than the
        pickup one": two columns of one table sharing the noun (start_station / end_station, pickup_branch_id /
        return_branch_id) are compared with each other."""
        ms = self.ms
        for k, m in enumerate(ms):
            if m.text not in ("same", "different", "another") or k + 1 >= len(ms):
                continue
            noun = lx.lemma(ms[k + 1].text)
            pairs: dict[str, list[ColInfo]] = {}
            for c in self.index.columns:
                if noun in c.words and not c.is_pk and not c.derived and c.words[0] != noun:
                    pairs.setdefault(c.table, []).append(c)
            pair = [cols for cols in pairs.values() if len(cols) == 2]
            if len(pair) != 1:
                continue
            a, b = pair[0]
            op = "=" if m.text == "same" else "<>"
            self.p.filters.append(FilterP(op="cmp_col", ref=Ref(cands=[(3.0, a)], text=noun),
                                          value=(op, Ref(cands=[(3.0, b)], text=noun), 1.0), pos=k))
            roles = {stem(a.words[0]), stem(b.words[0])}
            near = {j for j in range(k + 2, min(len(ms), k + 6)) if ms[j].text in ("one", "than")}
            self.used.update({k, k + 1} | near |
                             {j for j, x in enumerate(ms) if stem(x.text) in roles and x.kind in ("column", "value")})
            return

    def _sold_out(self) -> None:
        """ "how many screenings sold out", "days a shop sold out of sourdough", "fully booked classes": the rows
        whose taken count reached their capacity (ticketsSold >= seatCapacity, units_sold >= units_baked)."""
        ms = self.ms
        k = next((k for k, m in enumerate(ms[:-1]) if m.text in SELL_OUT_VERBS and
                  ms[k + 1].text in ("out", "up")), None)
        if k is None:
            k = next((k for k, m in enumerate(ms) if m.text in ("full", "capacity") and k > 0 and
                      ms[k - 1].text in ("at", "fully", "full", "were", "was", "are", "is")), None)
            if k is None:
                return
        pairs = [c for c in self.index.columns if (parse_derived(c.name) or ("",))[0] == "left"]
        named = self._mentioned_tables()
        if len(pairs) > 1:
            pairs = [c for c in pairs if c.table in named]
        if len(pairs) != 1:
            return
        cap_name, taken_name = parse_derived(pairs[0].name)[1]
        info = self.index.tables[pairs[0].table]
        cols = {c.name: c for c in info.columns.values()}
        cap, taken = cols[cap_name], cols[taken_name]
        self.p.filters.append(FilterP(op="cmp_col", ref=Ref(cands=[(3.0, taken)], text=ms[k].text),
                                      value=(">=", Ref(cands=[(3.0, cap)], text=ms[k].text), 1.0), pos=k))
        self.used.update({k, k + 1} if ms[k].text not in ("full", "capacity") else {k - 1, k})

    def _dated_status(self) -> None:
        """ "permits issued last quarter": a status value that is also the verb of a date column of its table
        (status 'issued', issued_date), followed by a period, dates the rows by that column (the status may have
        moved on since, so it is not a condition)."""
        ms = self.ms
        for k, m in enumerate(ms[:-1]):
            timed = any(_is_period(x) for x in ms[k + 1:k + 3])
            if m.kind != "value" or not m.text.endswith("ed") or not timed or k in self.used:
                continue
            tables = {h[0] for h in m.data.get("values") or []}
            dates = [c for t in tables for c in self.index.tables[t].date_columns() if c.words and
                     stem(c.words[0]) == stem(m.text)]
            if len(dates) != 1:
                continue
            ref = Ref(cands=[(3.0, dates[0])], text=m.text)
            self.p.date_ref = ref
            self.used.add(k)

    def _when_first_or_last(self) -> None:
        """ "when was the first booking on the Heather Nine", "when did the last sale happen": the earliest or
        latest date of those rows (MIN / MAX of the table's main date)."""
        ms = self.ms
        if not re.match(r"\s*when (was|were|did|is|'s)\b", self.p.question.lower()):
            return
        k = next((k for k, m in enumerate(ms) if m.text in ("first", "earliest", "last", "latest", "most recent")),
                 None)
        if k is None or k + 1 >= len(ms):
            return
        near = sorted(range(k + 1, min(k + 4, len(ms))), key=lambda j: ms[j].kind != "table")  # "first PET scan"
        dated = [(j, self.index.tables[t].main_date(False)) for j in near
                 if (t := self._mention_table(ms[j])) in self.index.tables and self.index.tables[t].main_date(False)]
        if not dated:
            return
        j, date = dated[0]
        agg = "min" if ms[k].text in ("first", "earliest") else "max"
        self.p.measures.append(MeasureP(agg=agg, ref=Ref(cands=[(3.0, date)], text=ms[j].text),
                                        explicit_agg=True, pos=k))
        self.used.update({k, j})

    def _ended_state(self) -> None:
        """ "how many machines have been retired", "sensors that were removed in 2024": a participle naming a
        row's end date (retire_dt, removedOn) means that date is set; a period right after it dates it."""
        ms = self.ms
        if not any(m.kind == "table" for m in ms):
            return  # "how many have been retired": the count names the table itself (see the count cue)
        for k, m in enumerate(ms):
            before = k > 0 and ms[k - 1].text in ("been", "was", "were", "got", "get", "are", "is", "have", "has",
                                                  "had") or k > 1 and ms[k - 1].text in ("we", "they", "you") and \
                ms[k - 2].text in ("have", "has", "had", "did")  # "how many cheeses have we discontinued"
            if not before and k + 1 < len(ms) and ms[k + 1].kind == "table" and k not in self.used and \
                    self._ended_participle(m) and m.data["cands"][0][1].table == ms[k + 1].data["table"] and \
                    (k == 0 or ms[k - 1].kind in ("stop", "cue")):
                before = True  # "discontinued cheeses", "retired machines": the row's end date is set
            finished = m.text in ("finished", "ended") and k + 1 < len(ms) and ms[k + 1].kind == "table" and \
                k not in self.used
            ends = [c for c in self.index.tables[ms[k + 1].data["table"]].date_columns() if "end" in c.words] \
                if finished else []
            if len(ends) == 1:  # "finished tenancies", "ended tenancies by end reason": the tenancy's end date is set
                self.p.filters.append(FilterP(op="not_null", ref=Ref(cands=[(3.0, ends[0])], text=m.text), pos=k))
                self.used.add(k)
                m.kind = "column"
                continue
            if k in self.used or not before or not self._ended_participle(m):
                continue
            if any(x.text in lx.NEGATIONS or x.text.endswith("n't") or x.data.get("cue") == "neg" or x.text == "yet"
                   for x in ms[max(0, k - 4):k + 2]):
                continue  # "loans that haven't been returned yet": the other way round, handled as a negation
            c = m.data["cands"][0][1]
            if not c.is_date and self._names_another_table(m.text, c):
                if m.text.endswith("ed") and len(c.words) > 1:
                    m.kind, m.data = "stop", {}  # "how many lessons have been booked": not the rentals' days_booked
                continue
            ref = Ref(cands=[(3.0, c)], text=m.text)
            self.p.filters.append(FilterP(op="not_null", ref=ref, pos=k))
            if any(_is_period(x) for x in ms[k + 1:k + 4]):
                self.p.date_ref = ref
            self.used.add(k)

    def _open_rows(self) -> None:
        """ "open work orders", "unresolved tickets": the table's closing date is missing (closed_at IS NULL), not
        its opening date."""
        ms = self.ms
        for k in range(len(ms)):
            nxt = ms[k + 1] if k + 1 < len(ms) else ms[k]
            if k > 1 and ms[k - 1].text in ("are", "is", "remain", "still") and (k + 1 == len(ms) or ms[k + 1].text in (
                    "?", "and", ",")):  # "how many accounts are open": the table named before the verb
                nxt = next((x for x in ms[:k] if x.kind == "table"), nxt)
            top = (nxt.data.get("cands") or [(0, None)])[0][1] if nxt.kind == "column" else None
            table = nxt.data["table"] if nxt.kind == "table" else top.table if top is not None and top.is_pk else None
            if ms[k].text not in ("open", "unresolved", "outstanding", "unclosed", "ongoing") or table is None or \
                    ms[k].kind == "value" or k in self.used or any(f.pos == k for f in self.p.filters):
                continue
            info = self.index.tables[table]
            ends = [c for c in info.date_columns() if set(c.words) & {"closed", "resolved", "completed", "finished",
                                                                      "end", "ended"}]
            if len(ends) != 1:
                continue
            self.p.filters.append(FilterP(op="null", ref=Ref(cands=[(3.0, ends[0])], text=ms[k].text), pos=k))
            self.used.add(k)
            ms[k].kind = "stop"  # understood; "more than 2 ongoing placements" still counts the placements

    def _event_plurals(self) -> None:
        """ "quarterly enrollments", "admissions by ward": a plural noun of the verb a date column is named after
        (enrolledAt, admitted_at) counts the rows of that table, timed by that date, rather than naming a number
        column that shares the word (targetEnrollment)."""
        for k, m in enumerate(self.ms):
            if m.kind != "column" or m.data.get("exact") or not m.text.endswith("s") or k in self.used:
                continue
            noun = lx.lemma(m.text)
            dates = [c for _, c in m.data.get("cands") or [] if c.is_date and any(
                noun_of_verb(w, noun) for w in c.words)]
            if len(dates) != 1 or self.index.tables.get(dates[0].table) is None:
                continue
            m.kind, m.data = "table", {"table": dates[0].table}
            self.p.date_ref = Ref(cands=[(3.0, dates[0])], text=m.text)

    def _most_unknown_things(self) -> None:
        """ "which installer has fitted the most systems": "the most" before a plural noun the data does not name
        counts the rows of the one table that refers to the ranked one (installations), not its money."""
        p, ms = self.p, self.ms
        if p.measures or not p.superlative or len(p.dims) != 1 or p.dims[0].ref is None or not p.dims[0].ref.table:
            return
        k = next((k for k, m in enumerate(ms[:-1]) if m.kind == "cue" and m.text in ("most", "fewest", "least")
                  and ms[k + 1].kind == "word" and _is_plural(ms[k + 1].text) and k + 2 == len(ms)), None)
        if k is None:
            return
        parent = p.dims[0].ref.table
        kids = self.index.referring(parent)
        if len(kids) == 1:
            p.measures.append(MeasureP(agg="count", kind="count", entity_table=kids[0].name, pos=k + 1))
            self.used.add(k + 1)

    def _rows_with_a_value(self) -> None:
        """ "the fewest errors", "error rate per zone", "how many errors of each type": a plural noun naming a text
        column that most rows leave empty (error_type) means the rows where it is filled in, counted."""
        p = self.p

        def sparse(ref: Ref | None) -> ColInfo | None:
            c = ref.cands[0][1] if ref is not None and ref.cands else None
            word = ref.text.split()[-1] if ref is not None and ref.text else ""
            plural = lx.lemma(word) != word or p.rate and re.search(rf"\b{re.escape(word)} rates?\b",
                                                                     p.question.lower())
            if c is None or not c.is_text or c.is_id or (c.null_frac or 0) < 0.3 or not plural or \
                    stem(lx.lemma(word)) != stem(c.words[0]):
                return None
            return c

        for e in list(p.entities):
            c = sparse(e[2]) if e[1] is None else None
            if c is not None:
                p.entities.remove(e)
                p.filters.append(FilterP(op="not_null", ref=Ref(cands=[(3.0, c)], text=self.ms[e[0]].text),
                                         pos=e[0]))
                if not p.rate and not p.share and not any(mp.kind == "count" for mp in p.measures):
                    p.measures.append(MeasureP(agg="count", kind="count", entity_table=c.table, pos=e[0]))
        for k, mp in enumerate(p.measures):
            c = sparse(mp.ref) if mp.kind == "count" and mp.agg == "count" else None
            if c is not None:
                p.measures[k] = MeasureP(agg="count", kind="count", entity_table=c.table, pos=mp.pos)
                p.filters.append(FilterP(op="not_null", ref=Ref(cands=[(3.0, c)], text=self.ms[mp.pos].text),
                                         pos=mp.pos))

    def _sale_date(self) -> None:
        """ "how many lift passes did we sell in 2024": a selling or buying verb times the rows by their one purchase
        or sale date (purchased_on), not by the dates of what the buyers did later (lessons)."""
        if self.p.date_ref is not None or not any(m.text in SALE_VERBS and m.kind in ("word", "stop") for m in self.ms):
            return  # (a verb naming a column, "sold value", times the question through that column)
        tables = self._mentioned_tables()
        dates = [c for t in tables if t in self.index.tables for c in self.index.tables[t].date_columns()
                 if set(c.words) & {"purchased", "purchase", "bought", "sold", "sale", "sell"}]
        if len(dates) == 1:
            self.p.date_ref = Ref(cands=[(3.0, dates[0])], text=dates[0].name)

    def _duration_in_unit(self) -> None:
        """ "average session length in minutes": of two tied derived durations (a membership in days, a visit in
        minutes), the one counted in the unit asked for."""
        words = set(re.findall(r"[a-z]+", self.p.question.lower()))
        want = "@minutes" if words & {"minutes", "minute", "mins", "hours", "hour", "hrs", "seconds"} else \
            "@days" if words & {"days", "weeks", "months"} else None
        if want is None:
            return
        for m in self.ms:
            cands = m.data.get("cands") or [] if m.kind == "column" else []
            tied = [x for x in cands if x[0] >= cands[0][0] - 0.01] if cands else []
            if len(tied) > 1 and all(c.derived for _, c in tied) and any(c.name.startswith(want) for _, c in tied):
                best = [x for x in tied if x[1].name.startswith(want)]
                m.data["cands"] = [(x[0] + 0.05, x[1]) for x in best] + [x for x in cands if x not in best]

    def _price_paid(self) -> None:
        """ "average price paid for a hardback", "selling price": of two tied prices, the one of the sales (a table
        pointing at the catalogue), not the list price of the catalogue."""
        ms = self.ms
        for k, m in enumerate(ms):
            cands = m.data.get("cands") or [] if m.kind == "column" and lx.lemma(m.text) in lx.HEAD_NOUNS else []
            near = {x.text for x in ms[max(0, k - 1):k + 2]}
            if len(cands) < 2 or not near & {"paid", "selling", "charged", "sold", "sale", "actual"}:
                continue
            top = [c for s, c in cands if s >= cands[0][0] - 0.01 and c.is_money]
            kids = [c for c in top if any(rt in {o.table for o in top} and rt != c.table
                                          for _, rt, _ in self.index.tables[c.table].fks)]
            if len(kids) == 1:
                m.data["cands"] = [(cands[0][0] + 0.1, kids[0])] + [x for x in cands if x[1] is not kids[0]]
                if k + 1 < len(ms) and ms[k + 1].text == "paid":
                    self.used.add(k + 1)

    def _has_a_value(self) -> None:
        """ "trips that used a promo code", "customers on a plan", "reservations with a special request": a text
        column that is sometimes empty is filled in (IS NOT NULL)."""
        ms = self.ms
        for k in range(1, len(ms) - 1):
            if ms[k].text not in ("a", "an", "any") or ms[k - 1].text not in (
                    "used", "use", "uses", "using", "with", "have", "has", "had", "got", "on", "made", "left"):
                continue
            m = ms[k + 1]
            cands = m.data.get("cands") or [] if m.kind == "column" and k + 1 not in self.used else []
            top = [c for s, c in cands if s >= cands[0][0] - 0.01] if cands else []
            if len(top) != 1 or not top[0].is_text or top[0].is_label or top[0].is_id or m.data.get("table"):
                continue
            self.p.filters.append(FilterP(op="not_null", ref=Ref(cands=[(3.0, top[0])], text=m.text), pos=k + 1))
            self.used.update({k, k + 1})
        for k in range(1, len(ms) - 1):  # "households with children": a count column of the rows is above zero
            m = ms[k + 1]
            if ms[k].text != "with" or ms[k - 1].kind != "table" or m.kind != "column" or k + 1 in self.used or \
                    lx.lemma(m.text) == m.text or k + 2 < len(ms) and ms[k + 2].kind in ("cue", "number"):
                continue
            cands = m.data.get("cands") or []
            top = cands[0][1] if cands else None
            if top is None or cands[0][0] < 2.0 or not top.is_measure or top.is_money or top.derived or \
                    top.table != ms[k - 1].data.get("table"):
                continue
            self.p.filters.append(FilterP(op=">", ref=Ref(cands=[(3.0, top)], text=m.text), value=0, pos=k + 1))
            self.used.update({k, k + 1})

    def _money_verb_means_money(self) -> None:
        """ "what has Old Town Park paid us in total", "how much did they pay": a money verb naming both an amount
        (amount_paid) and a date (paid_on) names the amount when the question asks for a sum or an amount."""
        ms = self.ms
        for k, m in enumerate(ms):  # "who is paid the highest hourly rate": the rate is named, the verb is not one
            verb = m.text in lx.MONEY_VERBS or m.text.rstrip("s") in lx.MONEY_VERBS
            weak = not any(s >= 2.0 for s, _ in m.data.get("cands") or [])
            named = any(x.kind == "column" and x.data.get("exact") and any(
                c.is_measure for _, c in (x.data.get("cands") or [])[:1]) for x in ms[k + 1:k + 5])
            if m.kind == "column" and verb and weak and named:
                m.kind, m.data = "stop", {}
        q = self.p.question.lower()
        asks_money = re.search(r"\bhow much\b|\bwhat (has|have|had|did|do|does)\b", q) or any(
            m.kind == "cue" and m.data.get("agg") in ("sum", "avg") for m in ms)
        if not asks_money:
            return
        if re.search(r"\bhow much\b", q) and not any(x.kind in ("column", "value", "table") for x in ms):
            for m in ms:  # "how much did we raise in 2024": the money, though the verb names no column
                verb = m.kind == "word" and m.text in lx.MONEY_VERBS
                money = [(sc, c) for sc, c in self.index.column_candidates("money") if c.is_money and
                         not set(c.words) & lx.NOT_ACTUAL_MONEY] if verb else []
                if money:
                    m.kind, m.data = "column", {"cands": money, "exact": False}
                    break
        for m in ms:
            cands = m.data.get("cands") or [] if m.kind == "column" and m.text in lx.MONEY_VERBS else []
            top = cands[0][1] if cands else None
            own = self.index.actual_money(top.table) if top is not None and (top.is_date or top.is_pk) else []
            other = any(x is not m and x.kind == "column" and any(c.is_measure for _, c in x.data.get("cands", [])[:1])
                        for x in ms)  # ("total tonnage collected": the tonnage, timed by the collection)
            if len(own) == 1 and not other and not any(c.is_money and s >= cands[0][0] - 0.5 for s, c in cands):
                # "total paid for events in the Orangery": the payments' amount (the verb names only paid_at);
                # "how much have they been fined": the fines' amount (the verb names the fines)
                m.data["cands"] = [(cands[0][0] + 1.0, own[0])] + [x for x in cands if not x[1].is_date and
                                                                   not x[1].is_pk]
                continue
            if len(cands) < 2 or cands[1][0] < cands[0][0] - 0.01:
                continue
            money = [(s, c) for s, c in cands if c.is_money and s >= cands[0][0] - 0.01]
            if money and any(c.is_date for s, c in cands if s >= cands[0][0] - 0.01):
                m.data["cands"] = money + [x for x in cands if x not in money and not x[1].is_date]

    def _flag_complement(self) -> None:
        """ "patients exempt from charges", "members barred from bookings": the words after a yes/no flag and "from"
        complete the flag; they name no measure or condition of their own."""
        ms = self.ms
        for k in range(len(ms) - 2):
            top = (ms[k].data.get("cands") or [(0, None)])[0][1] if ms[k].kind == "column" else None
            if top is not None and top.is_bool and ms[k + 1].text == "from" and ms[k + 2].kind in ("column", "word"):
                ms[k + 1].kind = ms[k + 2].kind = "stop"
                ms[k + 1].data = ms[k + 2].data = {}

    def _rate_prefers_flag(self) -> None:
        """ "cancellation rate": next to a rate word, a word naming a yes/no flag (isCancelled) and a text column
        (cancellationReason) names the flag. "withdrawal rate": a word naming an end date (withdrawnOn) is the share
        of rows where that date is set."""
        ms = self.ms
        for k, m in enumerate(ms):
            if m.kind == "cue" and m.data.get("cue") == "share":  # "what % of groups escape": the escaped flag
                for j in range(k + 1, min(len(ms), k + 6)):
                    cands = ms[j].data.get("cands") or [] if ms[j].kind == "column" else []
                    if not cands or cands[0][1].is_bool or _is_plural(ms[j].text):
                        continue
                    flags = [c for c in self.index.columns if c.is_bool and len(c.words) == 1 and
                             stem(c.words[0]) == stem(ms[j].text) and c.table == cands[0][1].table]
                    if len(flags) == 1:
                        ms[j].data["cands"] = [(cands[0][0] + 0.1, flags[0])] + list(cands)
                        for g in range(k + 1, j):  # "of groups": the rows (bookings), not their groupSize
                            top = (ms[g].data.get("cands") or [(9, None)])[0]
                            if ms[g].kind == "column" and _is_plural(ms[g].text) and top[0] < 3.0 and \
                                    top[1].is_measure and top[1].table == flags[0].table:
                                ms[g].kind = "stop"
            if m.kind != "cue" or m.data.get("cue") != "rate":
                continue
            for j in (k - 1, k + 1):
                cands = ms[j].data.get("cands") or [] if 0 <= j < len(ms) and ms[j].kind == "column" else []
                flags = [(s, c) for s, c in cands if c.is_bool and s >= 1.0]
                if flags and not cands[0][1].is_bool:
                    top = cands[0][0]
                    ms[j].data["cands"] = [(top + 0.1, c) for _, c in flags] + [x for x in cands if x not in flags]
                elif cands and not flags and cands[0][1].is_date and set(cands[0][1].words) & LATE_DATE_WORDS and \
                        j == k - 1 and not any(c.is_bool for c in self.index.columns if c.table == cands[0][1].table
                                               and set(c.words) & set(cands[0][1].words) - {"date", "on", "at"}):
                    self.p.filters.append(FilterP(op="not_null", ref=Ref(cands=[(3.0, cands[0][1])], text=ms[j].text),
                                                  pos=j))
                    self.p.share = True
                    self.used.update({j, k})

    def _late_against_plan(self) -> None:
        """ "rentals returned late", "overdue deliveries": the actual date is after the planned one of the same row
        (returned_at > due_back), when no column or value is itself named "late"."""
        ms = self.ms
        k = next((k for k, m in enumerate(ms) if (m.text in ("late", "overdue", "delayed", "later than") or
                                                  m.text == "later" and k + 1 < len(ms) and ms[k + 1].text == "than")
                  and (m.kind in ("word", "stop", "cue") or self._adverb_late(k))), None)
        if k is None:
            return
        named = self._mentioned_tables()
        verbs = {stem(m.text) for m in ms}
        found = []
        for t in self.index.tables.values():
            dates = [c for c in t.columns.values() if c.is_date and not c.derived]
            planned = [c for c in dates if set(c.words) & PLANNED_DATE_WORDS]
            shared = {w for c in planned for w in c.words} - PLANNED_DATE_WORDS - {"date", "time", "at", "on"}
            actual = [c for c in dates if c not in planned and (set(c.words) & LATE_DATE_WORDS or
                                                                 set(c.words) & shared)]
            if len(actual) > 1:
                actual = [c for c in actual if {stem(w) for w in c.words} & verbs]
            if len(planned) == 1 and len(actual) == 1:
                found.append((actual[0], planned[0]))
        if len(found) > 1:
            found = [f for f in found if f[0].table in named]
        if len(found) != 1:
            return
        actual, planned = found[0]
        self.p.filters.append(FilterP(op="cmp_col", ref=Ref(cands=[(3.0, actual)], text=ms[k].text),
                                      value=(">", Ref(cands=[(3.0, planned)], text=ms[k].text), 1.0), pos=k))
        self.used.add(k)
        if ms[k].text.startswith("later"):  # "later than scheduled": the planned column is named after "than"
            self.used.update(j for j in (k + 1, k + 2) if j < len(ms) and (ms[j].text == "than" or ms[j].kind in (
                "column", "word") and stem(ms[j].text) in {stem(w) for w in planned.words}))
        self.used.update(j for j, m in enumerate(ms) if m.kind == "column" and m.data.get("cands") and
                         m.data["cands"][0][1].key in (actual.key, planned.key))

    def _adverb_late(self, k: int) -> bool:
        """ "loans that came back late": "late" right after a verb of arrival qualifies the event, though a column
        (lateFee) shares the word; a flag named late (is_late) is still the flag."""
        ms = self.ms
        m = ms[k]
        top = (m.data.get("cands") or [(0, None)])[0][1] if m.kind == "column" else None
        return top is not None and not top.is_bool and not top.is_date and k > 0 and ms[k - 1].text in (
            "back", "returned", "delivered", "arrived", "submitted", "finished", "completed", "handed", "paid")

    def _two_column_comparison(self) -> None:
        """ "jobs with a higher parts cost than labour cost", "calls with a longer on-scene time than response time",
        "calls that loaded more TEU than they discharged": two number columns of a row compared with each other."""
        ms = self.ms
        for t, m in enumerate(ms):
            if m.text == "than" and m.kind == "stop":
                c = next((c for c in range(t - 1, max(-1, t - 5), -1) if ms[c].text in COMPARATIVE_OPS), None)
                left = [k for k in range(c + 1, t) if ms[k].kind == "column"] if c is not None else []
                op = COMPARATIVE_OPS.get(ms[c].text) if c is not None else None
                if c is not None and not left and c > 0 and ms[c - 1].kind == "column":
                    left = [c - 1]
            elif m.kind == "cue" and m.data.get("cue") == "cmp" and t > 0 and t + 1 < len(ms) and \
                    m.text in ("below", "under", "above", "over") and self._price_against_list(t):
                return
            elif m.kind == "cue" and m.data.get("cue") == "cmp" and m.text.endswith(" than") and t > 0:
                c, op = t, m.data.get("op")
                left = [k for k in range(max(0, t - 3), t) if ms[k].kind == "column"]
            else:
                continue
            right = next((k for k in range(t + 1, min(len(ms), t + 4)) if ms[k].kind == "column"), None)
            if right is not None and any(ms[k].kind not in ("stop", "word") for k in range(t + 1, right)):
                right = None  # "rides longer than 10 km": a number, not another column
            if not left or right is None or op not in (">", "<"):
                continue
            b = next((x for s, x in ms[right].data.get("cands") or [] if x.is_measure and s >= 1.0), None)
            if b is None:
                continue
            a = next((x for k in reversed(left) for s, x in ms[k].data.get("cands") or []
                      if x.is_measure and x.key != b.key and s >= 1.0 and (
                          x.table == b.table or self._links(x.table, b.table))), None)
            if a is None:
                continue
            self.p.filters.append(FilterP(op="cmp_col", ref=Ref(cands=[(3.0, a)], text=a.name),
                                          value=(op, Ref(cands=[(3.0, b)], text=b.name), 1.0), pos=t))
            start = min(left[0], c)
            if start > 0 and ms[start - 1].kind == "column" and (ms[start - 1].data.get("cands") or [(0, None)])[0][1] \
                    is a:
                start -= 1  # "loaded more TEU than ...": the verb named the left column
            spent = set(range(start, right + 1))
            spent |= {k for k in (left[-1] + 1, right + 1) if k < len(ms) and ms[k].text in ("time", "times")}
            self.used.update(spent)
            for k in spent:
                if ms[k].kind == "word":
                    ms[k].kind = "column"  # linked: the coverage check counts it as understood
            return

    def _clock_times(self) -> None:
        """ "orders placed after 8pm", "sessions between midnight and 6am", "classes before noon": the hour of the
        question's timestamp compared with the clock time."""
        ms = self.ms
        clocks = [k for k, m in enumerate(ms) if m.kind == "clock"]
        if not clocks:
            return
        named = self._mentioned_tables()
        stamps = [c for c in self.index.columns if c.kind == "datetime" and not c.derived and
                  (not named or c.table in named)]
        verbs = {m.text for m in ms if m.kind in ("cue", "column", "word")}
        said = [c for c in stamps if c.words[:1] and c.words[0] in verbs and len(c.words) <= 2]
        said = said if len(said) == 1 else []
        mains = [c for c in stamps if self.index.tables[c.table].main_date(False) is c]
        stamps = said or mains or stamps  # ("jobs started before 6am": started_at, not the table's main stamp)
        if len(stamps) != 1:
            return
        hour = ColInfo(table=stamps[0].table, name=f"@hour({stamps[0].name})", kind="number", words=["hour"],
                       derived=True)
        for k in clocks:
            before = ms[k - 1].text if k > 0 else ""
            between = k >= 2 and ms[k - 1].text == "and" and k - 2 in clocks and k - 3 >= 0 and \
                ms[k - 3].text in ("between", "from")
            later = " ".join(x.text for x in ms[k + 1:k + 3])  # "at 8pm or later", "6am or earlier"
            if between or before in ("before", "until", "till", "by", "to") or later.startswith(("or earlier",
                                                                                                  "or before")):
                op = "<" if not later.startswith("or") else "<="
            elif before in ("after", "since", "from", "past") or later.startswith(("onwards", "or later",
                                                                                     "or after")):
                op = ">="
            elif k + 2 < len(ms) and k + 2 in clocks and (ms[k + 1].text == "and" and before == "between" or
                                                          ms[k + 1].text in ("to", "till", "until")):
                op = ">="  # "between 7am and 9am", "7am to 9am": from 7:00 on
            elif before == "at":
                op = "="  # "classes at 6pm": that hour
            else:
                continue
            value = ms[k].data["hour"]  # "after 8pm": from 20:00 on (HOUR >= 20)
            if op == ">=" and value == 0:
                self.used.update({k - 1, k})
                continue  # "between midnight and ...": every hour is after midnight
            self.p.filters.append(FilterP(op=op, ref=Ref(cands=[(3.0, hour)], text=ms[k].text), value=value, pos=k))
            self.used.update({k - 1, k})
            ms[k].kind = "column"
            if later.startswith(("or ", "onwards")):
                for x in ms[k + 1:k + 3]:
                    x.kind = "stop"  # "or later": part of the clock condition
            if k >= 2 and ms[k - 2].kind == "word":
                ms[k - 2].kind = "column"  # "matches starting at 8pm": the verb of the timestamp

    def _antonym_flag(self, word: str) -> bool:
        """A flag column named by the word's antonym ("lost" -> won)."""
        return any(c.is_bool and s >= 2.0 for a in lx.antonyms_of(word) for s, c in self.index.column_candidates(a))

    def _price_against_list(self, t: int) -> bool:
        """ "bikes sold below list price", "order lines sold over list price": the price paid in the rows that refer
        to the catalogue (sales.sale_price, order_items.unit_price) compared with its list price."""
        ms = self.ms
        nxt = ms[t + 1]
        if nxt.kind != "column" or not nxt.data.get("cands") or "list" not in nxt.data["cands"][0][1].words:
            return False
        listed = nxt.data["cands"][0][1]
        kids = [x for x in self.index.tables.values() if any(rt == listed.table for _, rt, _ in x.fks)]
        paid = [c for x in kids for c in x.columns.values() if c.is_money and not c.derived and
                set(c.words) & {"price", "paid", "sale", "sold"} and "list" not in c.words]
        if len(paid) != 1:
            return False
        self.p.filters.append(FilterP(op="cmp_col", ref=Ref(cands=[(3.0, paid[0])], text=paid[0].name),
                                      value=(ms[t].data.get("op"), Ref(cands=[(3.0, listed)], text=nxt.text), 1.0),
                                      pos=t))
        self.used.update({t, t + 1})
        self.sold_rows = (listed.table, paid[0].table)  # "how many bikes sold below ...": the sales are counted
        return True

    def _count_sold_rows(self) -> None:
        """After _price_against_list: a count of the catalogue's rows counts the rows that sold them."""
        if self.sold_rows is None:
            return
        catalogue, sold = self.sold_rows
        for mp in self.p.measures:
            if mp.kind == "count" and mp.entity_table == catalogue and mp.ref is None:
                mp.entity_table = sold

    def _modifier_table(self, i: int) -> bool:
        """ "lounge visits", "ward admissions": a singular table noun right before another table's noun modifies it."""
        ms = self.ms
        if i + 1 >= len(ms) or ms[i + 1].kind != "table" or lx.lemma(ms[i].text) != ms[i].text:
            return False
        if ms[i].kind == "column" and ms[i].data.get("cands"):  # "how many pool visits": visits.pool names them
            c = ms[i].data["cands"][0][1]
            return c.is_text and not c.is_id and c.table == ms[i + 1].data["table"]
        return ms[i].kind == "table" and ms[i + 1].data["table"] != ms[i].data["table"] and \
            self._links(ms[i].data["table"], ms[i + 1].data["table"])

    def _links(self, a: str, b: str) -> bool:
        """Does one of the two tables refer to the other by a key?"""
        tables = self.index.tables
        return any(rt == b for _, rt, _ in tables[a].fks) or any(rt == a for _, rt, _ in tables[b].fks)

    def _in_the_top(self, i: int) -> bool:
        """ "contests we finished in the top three", "races where she placed in the top 10": a finishing position
        of at most N (the one placing / position column), not a ranking of the rows."""
        ms = self.ms
        if ms[i].text not in ("top", "bottom") or i < 2 or ms[i - 1].text != "the" or ms[i - 2].text != "in" or \
                i + 1 >= len(ms) or ms[i + 1].kind != "number":
            return False
        place = self._finishing_position()
        if place is None:
            return False
        n = ms[i + 1].data["value"]
        self.p.filters.append(FilterP(op="<=", ref=Ref(cands=[(3.0, place)], text=ms[i].text), value=n, pos=i))
        self.used.update({i - 2, i - 1, i, i + 1})
        return True

    def _no_value(self, i: int) -> bool:
        """ "how many had no prediction at all", "deferrals with no end date": a column some rows leave empty,
        after "no" / "without", is the rows where it is empty (a flag or a key is read elsewhere)."""
        ms = self.ms
        if ms[i].text not in ("no", "without") or i + 1 >= len(ms) or ms[i + 1].kind != "column":
            return False
        cands = ms[i + 1].data.get("cands") or []
        top = cands[0][1] if cands else None
        if top is None or top.is_bool or top.is_id or top.derived or not top.null_frac or cands[0][0] < 1.0 or \
                _is_plural(ms[i + 1].text):
            return False
        self.p.filters.append(FilterP(op="null", ref=Ref(cands=[(3.0, top)], text=ms[i + 1].text), pos=i))
        self.used.update({i, i + 1})
        return True

    def _beat_the_plan(self) -> None:
        """ "exam results that beat the predicted grade", "jobs that exceeded the quoted price": a verb of beating or
        missing before a planned column compares each row's actual twin with it (grade > predicted_grade)."""
        ms = self.ms
        verbs = {"beat": ">", "beats": ">", "exceeded": ">", "exceed": ">", "exceeds": ">", "surpassed": ">",
                 "topped": ">", "outperformed": ">", "missed": "<", "undershot": "<"}
        planned = PLAN_WORDS | {"predicted"}
        for k, m in enumerate(ms[:-1]):
            if m.text not in verbs or k in self.used:
                continue
            j = k + 1
            while j < len(ms) and ms[j].text in ("the", "their", "its", "a"):
                j += 1
            plan = (ms[j].data.get("cands") or [(0, None)])[0][1] if j < len(ms) and ms[j].kind == "column" else None
            if plan is None or not plan.is_measure or not set(plan.words) & planned:
                continue
            what = set(plan.words) - planned
            twins = [c for c in self.index.tables[plan.table].columns.values() if c is not plan and not c.derived and
                     c.kind == plan.kind and what and set(c.words) & what and not set(c.words) & planned]
            if len(twins) != 1:
                continue
            self.p.filters.append(FilterP(op="cmp_col", ref=Ref(cands=[(3.0, twins[0])], text=m.text),
                                          value=(verbs[m.text], Ref(cands=[(3.0, plan)], text=ms[j].text), 1.0),
                                          pos=k))
            self.used.update({k, j})
            ms[j].kind = "stop"
            return

    def _than_planned(self) -> None:
        """ "visits that ran longer than planned", "jobs that cost more than quoted": the actual number of a row
        against its planned twin (actual_minutes > planned_minutes), two columns sharing their measured word."""
        ms = self.ms
        k = next((k for k, m in enumerate(ms[:-1]) if m.kind == "cue" and m.data.get("cue") == "cmp" and
                  m.text.endswith("than") and lx.lemma(ms[k + 1].text) in PLAN_WORDS), None)
        if k is None:
            return
        named = self._mentioned_tables()
        found = []
        for t in sorted(self.index.tables.values(), key=lambda t: t.name not in named):
            nums = [c for c in t.columns.values() if c.is_measure and not c.derived]
            planned = [c for c in nums if set(c.words) & PLAN_WORDS]
            for plan in planned:
                what = set(plan.words) - PLAN_WORDS
                actual = [c for c in nums if c is not plan and c not in planned and set(c.words) & what]
                if len(actual) == 1:
                    found.append((actual[0], plan))
            if found and t.name in named:
                break
        if len(found) != 1:
            return
        actual, plan = found[0]
        self.p.filters.append(FilterP(op="cmp_col", ref=Ref(cands=[(3.0, actual)], text=ms[k].text),
                                      value=(ms[k].data.get("op", ">"), Ref(cands=[(3.0, plan)], text=ms[k + 1].text),
                                             1.0), pos=k))
        self.used.update({k, k + 1})

    def _named_tables(self) -> set[str]:
        """The tables the question names by a table word ("lessons"), not through a column or value."""
        return {m.data.get("table") for m in self.ms if m.kind == "table"} - {None}

    def _names_another_table(self, verb: str, c: ColInfo) -> bool:
        """Does a participle name a column of a table the question does not name, and not by that column's head word?
        "how many lessons have been booked": rentals.days_booked says nothing about the lessons; "defendants who have
        been fined" have an outcomes.fine_gbp, the column the verb names first."""
        named = self._named_tables()
        return bool(named) and c.table not in named and stem(verb) != stem(c.words[0])

    def _mentioned_tables(self) -> set[str]:
        """The tables the question's mentions name (see _mention_table)."""
        return {self._mention_table(m) for m in self.ms} - {None}

    def _mention_table(self, m: Mention) -> str | None:
        """The table a table, column or value mention names (its best candidate), else None."""
        if m.kind == "table":
            return m.data.get("table")
        if m.kind == "column" and m.data.get("cands"):
            return m.data["cands"][0][1].table
        if m.kind == "value" and m.data.get("values"):
            return m.data["values"][0][0]
        return None

    def _merge_echoed_measures(self) -> None:
        """ "median price paid": a word right after a measure whose best column is that measure's column describes it,
        it is not a second measure."""
        kept: list[MeasureP] = []
        for mp in self.p.measures:
            prev = kept[-1] if kept else None
            if prev is not None and mp.agg is None and mp.ref is not None and prev.ref is not None and \
                    mp.ref.cands and prev.ref.cands and mp.pos == prev.pos + 1 and \
                    mp.ref.cands[0][1].key == prev.ref.cands[0][1].key:
                continue
            kept.append(mp)
        self.p.measures[:] = kept

    def _measure_plus_included(self) -> None:
        """ "invoiced value including VAT", "total time, penalties included": a second numeric column of the same
        table said as included in the first is added to it row by row (net + vat), not a measure of its own."""
        ms, p = self.ms, self.p
        if len(p.measures) == 1 and p.measures[0].ref is not None and p.measures[0].ref.cands and (
                p.measures[0].pos > 0 and ms[p.measures[0].pos - 1].text in ("including", "incl", "inc") or
                set(p.measures[0].ref.text.split()[1:-1]) & {"including", "incl", "inc", "plus"}):
            add = p.measures[0].ref.cands[0][1]  # "total invoiced including VAT": the one amount VAT is added to
            both = [c for c in self.index.tables[add.table].columns.values() if c.name.startswith("@plus(") and
                    c.name.endswith(f",{add.name})")]
            if both:
                p.measures[0].ref = Ref(cands=[(3.0, both[0])], text=f"total including {p.measures[0].ref.text}",
                                        exact=True)
            return
        if len(p.measures) != 2 or any(mp.ref is None or not mp.ref.cands for mp in p.measures):
            return
        first, second = sorted(p.measures, key=lambda mp: mp.pos)
        a, b = first.ref.cands[0][1], second.ref.cands[0][1]
        before = ms[second.pos - 1].text if second.pos > 0 else ""
        after = ms[second.pos + 1].text if second.pos + 1 < len(ms) else ""
        if a.table != b.table or a.key == b.key or a.derived or b.derived or not a.is_measure or \
                not b.is_measure or a.is_money != b.is_money or not (
                before in ("including", "incl", "plus", "inc") or after in ("included", "incl", "inclusive")):
            return
        cols = self.index.tables[a.table].columns
        both = cols.get(f"@plus({a.name},{b.name})") or cols.get(f"@plus({b.name},{a.name})")
        if both is None:
            return
        first.ref = Ref(cands=[(3.0, both)], text=f"{first.ref.text} plus {second.ref.text}", exact=True)
        p.measures.remove(second)
        self.used.add(second.pos)

    def _list_by_measure(self) -> None:
        """ "list the chairlifts by top elevation", "rank the lifts by capacity", "list customers by sales": the
        entity's rows ordered by the measure (its own value, or the total of its rows elsewhere)."""
        ms, p = self.ms, self.p
        if not re.match(r"\s*(list|show|rank|sort|order|display)\b", p.question.lower()) or p.limit:
            return
        g = next((k for k, m in enumerate(ms) if m.kind == "cue" and m.text == "by"), None)
        if g is None or g + 1 >= len(ms) or ms[g + 1].kind != "column" or any(
                mp.pos != g + 1 for mp in p.measures) or p.dims and not any(d.pos == g + 1 for d in p.dims):
            return
        col = next((c for s, c in ms[g + 1].data.get("cands") or [] if c.is_measure and s >= 2.0), None)
        ent = next((k for k in range(g - 1, -1, -1) if ms[k].kind in ("table", "column", "value")), None)
        if col is None or ent is None or not _is_plural(ms[ent].text):
            return
        table = ms[ent].data.get("table") if ms[ent].kind == "table" else None
        if ms[ent].kind == "value":  # "list the chairlifts by ...": the rows of the value's table, named
            owners = {h[0] for h in ms[ent].data.get("values") or []}
            if len(owners) != 1:
                return
            table = owners.pop()
        p.dims = [d for d in p.dims if d.pos != g + 1]
        if table is not None:
            p.entities = [e for e in p.entities if e[0] != ent]
            p.dims.append(DimP(ref=Ref(cands=[], text=self.index.tables[table].name, table=table), pos=ent))
        elif not any(d.pos == ent for d in p.dims):
            p.dims.append(DimP(ref=_ref_from_mention(ms[ent]), pos=ent))
        own = table == col.table
        if not p.measures:
            p.measures.append(MeasureP(agg="max" if own else None, ref=Ref(cands=[(3.0, col)], text=ms[g + 1].text),
                                       explicit_agg=own, pos=g + 1))
        p.rank_all = True

    def _sold_value_noun(self) -> None:
        """ "kegs ordered per beer", "kegs of Hazy Harbor sold per month": a plural value that opens the question
        and a selling verb count the units sold (the quantity column), not the order lines."""
        if self.p.measures or self.p.count_cue:
            return
        first = next((k for k, m in enumerate(self.ms) if m.kind not in ("stop", "cue")), None)
        if first is None or self.ms[first].kind != "value" or not _is_plural(self.ms[first].text):
            return
        owners = {h[0] for h in self.ms[first].data.get("values") or []}
        qty = self._sold_quantity(next(iter(owners))) if len(owners) == 1 else None
        if qty is not None:
            self.p.measures.append(MeasureP(agg="sum", ref=Ref(cands=[(3.0, qty)], text="units"), pos=first,
                                            explicit_agg=True))

    def _superlative_per_group(self) -> None:
        """ "largest machine capacity for each machine type", "highest price per category": the superlative is the
        aggregate of every group (MAX per type), not a ranking of the groups."""
        p, ms = self.p, self.ms
        each = re.search(r"\b(for each|for every|per|each)\b", p.question.lower())
        if not p.superlative or p.limit or not p.dims or p.who or not each and not re.search(
                r"\bby\b", p.question.lower()):
            return
        sup = next((k for k, m in enumerate(ms) if m.kind == "cue" and m.data.get("dir") and
                    m.text in lx.SUPERLATIVE_DESC | lx.SUPERLATIVE_ASC and m.text not in ("most", "least", "top")),
                   None)
        if sup is None or p.question.lower().lstrip().startswith(("which", "what", "who")):
            return
        near = [mp for mp in p.measures if mp.ref is not None and sup < mp.pos <= sup + 5]
        if len(near) != 1 or any(d.pos < sup for d in p.dims):
            return
        top = near[0].ref.cands[0][1] if near[0].ref.cands else None
        if not each and (top is None or top.additive or top.is_money or top.derived):
            return  # "lowest haemoglobin reading by sex": a reading per group; ("highest revenue by region" ranks)
        near[0].agg, near[0].explicit_agg = ("max" if p.superlative == "desc" else "min"), True
        p.superlative = None

    def _drop_repeated_measures(self) -> None:
        """ "best selling product by units": a later, vaguer word ("units": units_sold or units_baked) that may name
        a measure already chosen names that one, not a second measure."""
        kept: list[MeasureP] = []
        for mp in self.p.measures:
            cands = mp.ref.cands if mp.ref is not None else []
            tops = [c.key for s, c in cands if s >= cands[0][0] - 0.01] if cands else []
            if mp.kind == "plain" and not mp.explicit_agg and len(tops) > 1 and any(
                    k.ref is not None and k.ref.cands and k.ref.cands[0][1].key in tops for k in kept):
                continue
            kept.append(mp)
        lefts = [mp.ref.cands[0][1] for mp in kept if mp.ref is not None and mp.ref.cands and
                 (parse_derived(mp.ref.cands[0][1].name) or ("",))[0] == "left"]
        if lefts:  # "units went unsold": "units" names the unsold units, not a second measure
            args = {(c.table, a) for c in lefts for a in parse_derived(c.name)[1]}
            kept = [mp for mp in kept if not (mp.kind == "plain" and mp.ref is not None and mp.ref.cands and
                                              (mp.ref.cands[0][1].table, mp.ref.cands[0][1].name) in args)]
        self.p.measures = kept

    def _count_by_sold_quantity(self) -> None:
        """ "how many sourdough loaves did Kings Road sell": the count is the total of the quantity column the
        selling verb names (units_sold), not a count of rows next to it."""
        p = self.p
        bare = [mp for mp in p.measures if mp.kind == "count" and mp.ref is None and mp.entity_table is None]
        sold = [mp for mp in p.measures if mp.kind == "plain" and mp.ref is not None and mp.ref.cands and
                mp.ref.text in SELL_VERBS | set(lx.VERB_OF_PAST.values()) and not mp.ref.cands[0][1].is_money and
                mp.ref.cands[0][1].is_number]
        if len(bare) == 1 and len(sold) == 1 and len(p.measures) == 2:
            p.measures.remove(bare[0])
            sold[0].agg, sold[0].explicit_agg = "sum", True

    # ----------------------------------------------------------------- pieces
    def _busiest_entity(self) -> None:
        """ "busiest station for starting a hire": with no traffic column, busy is how many rows of the table whose
        key the question names (hires.startStationId) point at the entity."""
        p = self.p
        if p.sup_adj not in lx.TRAFFIC_SUPERLATIVES or p.measures or not p.entities:
            return
        owners = [t for _, t, ref in p.entities if t and ref is None] + [
            dp.ref.table for dp in p.dims if dp.ref is not None and dp.ref.table and not dp.ref.cands]
        t = owners[0] if owners else None
        refs = [(i, ref) for i, _, ref in p.entities if ref is not None and ref.cands]
        key = refs[0][1].cands[0][1] if len(refs) == 1 else None
        if t is None or key is None or not any(col == key.name and rt == t
                                               for col, rt, _ in self.index.tables[key.table].fks) or \
                any(e[1] not in (None, key.table, t) for e in p.entities):
            return
        if self.index.adjective_columns(p.sup_adj):
            return  # a traffic column (boardings) says how busy
        p.measures.append(MeasureP(agg="count", kind="count", entity_table=key.table, pos=refs[0][0]))

    def _busiest_counts_sales(self) -> None:
        """ "busiest hour for ticket sales": busy is how many sales happened, not the money they brought in."""
        p = self.p
        if p.sup_adj not in lx.TRAFFIC_SUPERLATIVES or len(p.measures) != 1:
            return
        mp = p.measures[0]
        if mp.explicit_agg or mp.ref is None or mp.ref.text not in ("sales", "sale") or not mp.ref.cands or \
                mp.ref.cands[0][0] >= 2.0:
            return
        p.measures = [MeasureP(agg="count", kind="count", entity_table=mp.ref.cands[0][1].table, pos=mp.pos)]

    def _most_verbed_entity(self) -> None:
        """ "what's our most borrowed tool": the verb names the date of an event table (loans.borrowedAt) pointing at
        the entity; the entity's events are counted and ranked."""
        p, ms = self.p, self.ms
        if p.measures or p.superlative is None or p.date_ref is None or not p.date_ref.cands or len(p.entities) != 1:
            return
        c = p.date_ref.cands[0][1]
        k = next((k for k, m in enumerate(ms) if m.kind == "column" and c in [x for _, x in m.data.get("cands") or []]
                  and m.text.endswith("ed")), None)
        if k is None or k == 0 or ms[k - 1].text not in ("most", "least") or k + 1 >= len(ms) or \
                ms[k + 1].kind != "table":
            return
        entity = p.entities[0][1]
        if entity == c.table or not any(rt == entity for _, rt, _ in self.index.tables[c.table].fks):
            return
        p.measures.append(MeasureP(agg="count", kind="count", entity_table=c.table, pos=k))
        p.date_ref = None

    def _verb_names_date(self) -> None:
        """ "which weekday do we roast the most on", "at what hour does most roasting happen": with no date named, a
        verb of the question that starts one date column's name (roastedAt) dates the breakdown or condition."""
        p = self.p
        if p.date_ref is not None or not (any(d.grain for d in p.dims) or any(
                f.date and f.op in ("years", "range", "month_of_year") for f in p.filters)):
            return
        near = self._mentioned_tables() or {self.context}
        counted = {mp.entity_table for mp in p.measures if mp.kind == "count" and mp.entity_table} | {
            mp.ref.cands[0][1].table for mp in p.measures if mp.ref is not None and mp.ref.cands} | {
            t for _, t, _ in p.entities if t}
        verbed = [(k, c) for k, m in enumerate(self.ms) if m.kind == "column" and k not in self.used and
                  m.text.endswith("ed") for s, c in (m.data.get("cands") or [])[:1] if c.is_date and c.table in near
                  and (not counted or c.table in counted)]  # ("refill charges collected": no prescription's date)
        if len(verbed) == 1 and not any(mp.pos == verbed[0][0] for mp in p.measures) and \
                not any(f.pos == verbed[0][0] for f in p.filters):
            # "which crew finished the most jobs in 2024": the year of completed_on, the date the verb names
            p.date_ref = Ref(cands=[(2.0, verbed[0][1])], text=self.ms[verbed[0][0]].text)
            self.used.add(verbed[0][0])
            return
        words = {(stem(m.text), m.data.get("table") if m.kind == "table" else None) for m in self.ms
                 if len(m.text) >= 4 and (m.kind in ("word", "stop", "cue") or m.kind == "table" and
                                          not _is_plural(m.text))}
        words |= {(VERB_STEM_SYNONYMS[w], t) for w, t in list(words) if w in VERB_STEM_SYNONYMS}
        dated = [c for c in self.index.columns if c.is_date and not c.derived and len(c.words) == 2 and
                 c.words[1] in ("at", "on", "date", "time") and len(c.words[0]) >= 5 and c.table in near and
                 any(w == stem(c.words[0]) and t != c.table for w, t in words)]  # ("made a booking": bookings' own)
        if len(dated) == 1:
            p.date_ref = Ref(cands=[(2.0, dated[0])], text=dated[0].words[0])

    def _verbed_the_most(self) -> None:
        """ "which medicine was prescribed the most in 2023": the verb names an event table (prescribed ->
        prescriptions) whose rows are counted per entity, not a money column summed."""
        p = self.p
        hired = re.search(r"\b(?:most|least)[- ]([a-z]{3,}ed)\s+[a-z]+s\b", p.question.lower())
        weak = [mp for mp in p.measures if hired and mp.kind == "plain" and not mp.explicit_agg and mp.ref and
                self.ms[mp.pos].text == hired.group(1) and all(s < 2.0 for s, _ in mp.ref.cands) and any(
                    self.index.tables[c.table].words and stem(lx.lemma(self.index.tables[c.table].words[-1])) ==
                    stem(hired.group(1)) for _, c in mp.ref.cands)]  # (the verb names an event table: hires)
        if p.measures and len(weak) == len(p.measures):
            p.measures = []  # "top 4 most hired costumes": the verb is no column (hire_id), it counts the hires
        if p.measures or p.superlative is None:
            return
        last = self.ms[-1] if self.ms else None
        top = (last.data.get("cands") or [(0, None)])[0][1] if last is not None and last.kind == "column" else None
        if top is not None and top.is_id and not top.is_pk and _is_plural(last.text) and len(self.ms) >= 2 and \
                self.ms[-2].text in ("most", "fewest", "least"):
            # "which game master has run the most games": the rows of bookings (gameMasterId), counted
            p.measures.append(MeasureP(agg="count", kind="count", entity_table=top.table, pos=len(self.ms) - 1))
            return
        m = re.search(r"\b([a-z]{3,}ed)(?:\s+(?:out|in|up|off|back|over))?\s+(?:the\s+)?(most|least)\b(?!\s+[a-z]+s\b)",
                      p.question.lower())
        before = re.search(r"\b(?:most|least)[- ]([a-z]{3,}ed)\s+[a-z]+s\b", p.question.lower())  # "most hired X"
        if m is None and before is None:
            return
        verb = (m or before).group(1)
        def names(noun: str) -> bool:  # prescribed / prescription, booked / booking
            shared = len(os.path.commonprefix([verb, noun]))
            return noun_of_verb(verb, noun) or stem(verb) == stem(noun) or shared >= 6 and shared >= len(verb) - 3 or \
                noun in (verb[:-1], verb[:-2]) and len(noun) >= 4  # hired / hire, booked / book
        events = [t.name for t in self.index.tables.values() if t.words and names(lx.lemma(t.words[-1]))]
        if len(events) == 1:
            p.measures.append(MeasureP(agg="count", kind="count", entity_table=events[0], pos=0))

    def _how_many_units_on_average(self, i: int) -> bool:
        """ "on average how many days does it take to resolve a complaint", "how many days were they members on
        average": "how many" before a time unit, with an average (or "take") said around it, asks for the average
        duration. Turns the count cue into an average cue (and drops the later "average") and returns True."""
        ms = self.ms
        if ms[i].text != "how many" or i + 1 >= len(ms) or lx.lemma(ms[i + 1].text) not in ("day", "hour", "minute",
                                                                                            "week"):
            return False
        avg = [k for k, x in enumerate(ms) if x.kind == "cue" and x.data.get("cue") == "agg" and
               x.data.get("agg") in ("avg", "median") and k != i]
        take = any(x.text in ("take", "takes", "took", "taking") for x in ms[i + 2:])
        if not avg and not take:
            return False
        if not any(c.is_measure and (c.derived and c.name.startswith(("@days", "@minutes")) or
                                     not c.derived and set(c.words) & {"duration", "minutes", "minute", "days"})
                   for c in self.index.columns):
            return False
        agg = ms[avg[0]].data["agg"] if avg else "avg"
        for k in avg:
            ms[k].kind = "stop"
            self.used.add(k)
        ms[i].data = {"cue": "agg", "agg": agg, "how_many": True}
        ms[i].text = "average" if agg == "avg" else "median"
        return True

    def _few_numbered_groups(self, j: int) -> bool:
        """ "which floor takes the longest to clean": a number column with a handful of values (floors, levels),
        named in the singular and ranked by something else said later, is the breakdown, not the measure."""
        ms, m = self.ms, self.ms[j]
        cands = m.data.get("cands") or []
        if m.kind != "column" or _is_plural(m.text) or not cands or len(cands) > 1 and cands[1][0] >= cands[0][0]:
            return False
        c = cands[0][1]
        if c.derived or not c.n_distinct or c.n_distinct > 20 or c.is_money:
            return False
        return any(x.kind == "cue" and x.data.get("dir") and x.text not in ("most", "least") for x in ms[j + 1:]) and \
            any(x.kind in ("table", "column") for x in ms[j + 1:])

    def _is_measure_mention(self, m: Mention) -> bool:
        if m.kind != "column":
            return False
        best = m.data.get("cands") or []
        if not best:
            return False
        top = max(s for s, _ in best)
        return any(c.is_measure for s, c in best if s >= top - 0.01) and not m.data.get("table")

    def _leading_ranked_entity(self) -> None:
        """ "merchant with the lowest average transaction", "the category with the highest total amount": a question
        that opens on a (singular) column noun ranked by a superlative reads as "which merchant has ...".
        """
        ms = self.ms
        j = 0
        while j < len(ms) and ms[j].text in ("the", "a", "our"):
            j += 1
        if j + 2 >= len(ms) or ms[j].kind != "column" or _is_plural(ms[j].text) or ms[j + 1].text not in (
                "with", "having", "that", "has"):
            return
        k = j + 2
        while k < len(ms) and ms[k].text in ("the", "has", "had", "have", "a"):
            k += 1
        if k >= len(ms) or ms[k].kind != "cue" or not ms[k].data.get("dir"):
            return
        if not self.is_entityish(ms[j]) or self._is_measure_mention(ms[j]) or self._is_bool_mention(ms[j]):
            return
        self.p.which = True
        self._add_dim_from(j)
        self.used.add(j)

    def _add_dim_from(self, j: int) -> None:
        m = self.ms[j]
        if m.kind == "cue" and m.data.get("cue") == "grain":
            self.p.dims.append(DimP(grain=m.data["grain"], pos=j, plural=False))
            return
        if m.kind == "table":
            self.p.dims.append(DimP(ref=Ref(cands=[], text=m.text, table=m.data["table"]), pos=j,
                                    plural=_is_plural(m.text)))
            return
        ref = _ref_from_mention(m)
        if m.data.get("surname") is not None:  # "which volunteers": their first and last names
            plural = _is_plural(m.text)  # ("which tenant pays the most": one of them)
            self.p.dims.append(DimP(ref=ref, pos=j, plural=plural))
            self.p.dims.append(DimP(ref=Ref(cands=[(3.0, m.data["surname"])], text=m.text), pos=j, plural=plural))
            return
        if any(c.is_date for _, c in ref.cands[:1]):
            # "by order date" -> a day grain on that column unless a grain word follows ("by closing year")
            grain = "day"
            nxt = self.ms[j + 1] if j + 1 < len(self.ms) else None
            if nxt is not None and nxt.kind == "cue" and nxt.text in ("date", "dates", "day"):
                self.used.add(j + 1)  # "by delivery date": the word is part of the column's name
                nxt = None
            timed = [d for d in self.p.dims if d.grain and d.ref is None]
            if timed and not (nxt is not None and nxt.kind == "cue" and nxt.data.get("cue") == "grain"):
                timed[-1].ref = ref  # "fuel cost per year, by departure date": the year of that date
                self.p.date_ref = ref
                return
            if nxt is not None and nxt.kind == "cue" and nxt.data.get("cue") == "grain":
                grain = nxt.data["grain"]
                self.used.add(j + 1)
            self.p.dims.append(DimP(ref=ref, grain=grain, pos=j))
            self.p.date_ref = ref
            return
        self.p.dims.append(DimP(ref=ref, pos=j, plural=_is_plural(m.text)))

    def _entity_with_event(self, j: int | None) -> tuple[ColInfo, int] | None:
        """ "students had a session", "customers placed an order", "members booked any tee times": an entity table,
        a verb and a table whose rows point at that entity. Returns (the pointing key column, the event's index)."""
        ms = self.ms
        if j is None or j >= len(ms) or ms[j].kind != "table":
            return None
        parent = ms[j].data.get("table")
        k = j + 1
        verb = False
        while k < len(ms) and k - j <= 5 and (ms[k].kind in ("stop", "word") and ms[k].text not in (
                "and", "or", "by", "per") or ms[k].text == "at least" and k + 1 < len(ms) and
                ms[k + 1].data.get("value") == 1 or ms[k].kind == "number" and ms[k].data.get("value") == 1 and
                ms[k - 1].text == "at least"):
            verb = verb or ms[k].kind in ("stop", "word") and ms[k].text not in ("a", "an", "the", "any", "at",
                                                                                 "least", "one", "some")
            k += 1
        if not verb or k >= len(ms) or ms[k].kind != "table":
            return None
        child = self.index.tables[ms[k].data["table"]]
        keys = [col for col, rt, _ in child.fks if rt == parent]
        if len(keys) != 1:
            return None
        cols = {c.name: c for c in child.columns.values()}
        return (cols[keys[0]], k) if keys[0] in cols else None

    def _by_agent(self, i: int) -> bool:
        """ "booked by scholarship students", "placed by VIP customers": after a past participle, "by" and a yes/no
        flag or a value name who did it (a condition), not a breakdown."""
        ms = self.ms
        if i == 0 or i + 1 >= len(ms) or not re.fullmatch(
                r"[a-z]+ed|[a-z]+en|paid|sold|made|held|run|done|won|lost|spent|sent|bought|brought|got|taken",
                ms[i - 1].text):
            return False
        k = i + 1
        while k + 1 < len(ms) and ms[k].text in ("the", "a", "an", "their", "its"):
            k += 1  # "requested by the guest"
        nxt = ms[k]
        if nxt.kind == "value":
            return True
        if nxt.kind in ("table", "column") and i + 2 < len(ms) and ms[i + 2].text in ("who", "that", "which"):
            return True  # "logged by people who have since cancelled": whose rows, told by the clause that follows
        top = (nxt.data.get("cands") or [(0, None)])[0][1] if nxt.kind == "column" else None
        return top is not None and top.is_bool

    def _lateness_after(self, k: int) -> tuple[ColInfo, int] | None:
        """(delay column, seconds per its unit) of "30 minutes late", "2 days overdue": a time unit, then a word the
        derived delay of a table answers to (scheduled -> actual)."""
        ms = self.ms
        if k + 1 >= len(ms) or lx.lemma(ms[k].text) not in lx.TIME_UNIT_SECONDS or ms[k + 1].kind != "column" or \
                ms[k + 1].text not in ("late", "delayed", "behind", "overdue", "behind schedule"):
            return None
        top = (ms[k + 1].data.get("cands") or [(0, None)])[0][1]
        if top is None or not top.derived or not top.name.startswith(("@minutes", "@days")):
            return None
        return top, 60 if top.name.startswith("@minutes") else 86400

    def _each_after_noun(self, i: int) -> bool:
        """ "the groomers each made", "how much did the vans each cost": "each" after a plural noun, before a verb,
        breaks the answer down by that noun."""
        ms = self.ms
        if ms[i].text != "each" or i == 0 or i - 1 in self.used or not _is_plural(ms[i - 1].text):
            return False
        prev, nxt = ms[i - 1], ms[i + 1] if i + 1 < len(ms) else None
        if nxt is not None and (self.is_entityish(nxt) or nxt.kind == "value"):
            return False  # "... by region each month": "each" opens its own breakdown
        top = (prev.data.get("cands") or [(0, None)])[0][1] if prev.kind == "column" else None
        return prev.kind == "table" or top is not None and top.is_text and not self._is_measure_mention(prev)

    def _manner_column(self, j: int) -> tuple[int, ColInfo] | None:
        """(index of the verb, column) of "by how they booked", "split by how people paid": the one text column of the
        verb's table naming a manner (channel, method, mode, source, medium)."""
        ms = self.ms
        k = j + 1
        while k < len(ms) and ms[k].text in ("they", "people", "we", "customers", "it", "you", "he", "she", "was",
                                              "were", "is", "are", "did", "do", "does", "the", "each", "one"):
            k += 1
        if k >= len(ms) or k == j + 1 and ms[k].kind != "column" or ms[k].kind not in ("column", "word", "table"):
            return None
        verb = stem(ms[k].text)
        tables = {c.table for _, c in (ms[k].data.get("cands") or [])[:2]} | {
            t.name for t in self.index.tables.values() if any(stem(w) == verb for w in t.words)}
        manner = [c for t in sorted(tables) for c in self.index.tables[t].columns.values() if c.is_text and
                  not c.is_id and set(c.words) & {"channel", "method", "mode", "source", "medium", "via"}]
        named = [c for c in manner if any(stem(w) == verb for w in c.words)]  # payment_method for "paid"
        pick = named or manner
        return (k, pick[0]) if len(pick) == 1 else None

    def _group_list(self, i: int) -> int:
        """After by/per/each: one or more dimensions joined by and/commas. Returns the next index."""
        ms = self.ms
        unit = self._per_unit_measure(i)
        if unit is not None:
            return unit
        j = i + 1
        got = 0
        joined = True
        while j < len(ms):
            m = ms[j]
            if j in self.used and got:
                j += 1  # a grain word already taken by the date before it ("by closing year")
                continue
            if got and m.kind == "word" and m.text in ("type", "types", "kind", "category", "class", "group", "level",
                                                       "name", "names") and ms[j - 1].kind == "column":
                m.kind = "stop"  # "by housing type and year": the column's own head word
                j += 1
                continue
            if got and not joined and m.kind in ("column", "table", "cue", "value"):
                break  # a second dimension needs "and" or a comma
            joined = m.kind == "stop" and m.text in CONNECTORS or m.text in (",", "&") or \
                m.kind == "cue" and m.data.get("cue") == "group"
            if m.kind == "stop" and (m.text in SKIP_IN_LIST or m.text in CONNECTORS) or m.text in (",", "&"):
                if m.text in CONNECTORS and got == 0:
                    break
                j += 1
                continue
            if m.kind == "cue" and m.data.get("cue") == "group" and got and j + 1 < len(ms) and \
                    ms[j + 1].text in ("whether", "if"):
                break  # ", split by whether they ran into overtime": a breakdown by a flag, read by the caller
            if m.kind == "cue" and m.data.get("cue") == "group":
                j += 1
                continue
            if m.text == "how" and got == 0 and self._manner_column(j) is not None:
                k, col = self._manner_column(j)
                ms[k].kind, ms[k].data = "column", {"cands": [(3.0, col)], "exact": False, "table": None}
                self._add_dim_from(k)  # "split by how they booked": the booking channel
                self.used.update(range(j, k + 1))
                got += 1
                j = k + 1
                continue
            if m.text in ("who", "whom") and got == 0 and j + 1 < len(ms) and ms[j + 1].kind == "column":
                m.kind = "stop"  # "broken down by who cancelled": the column the verb names (cancelled_by)
                j += 1
                continue
            if m.kind in ("word", "column", "stop") and got == 0 and j + 1 < len(ms) and ms[j + 1].kind == "table" \
                    and any(f.pos == j for f in self.p.filters):
                j += 1  # "each finished campaign": the word is a condition already read; the campaigns are grouped
                continue
            if m.kind == "word" and got == 0 and j + 1 < len(ms) and ms[j + 1].kind == "column" and \
                    ms[j + 1].data.get("exact"):
                m.kind = "stop"  # "per loan purpose": a word nobody linked only qualifies the column after it
                j += 1
                continue
            if got == 0 and m.kind == "column" and j + 1 < len(ms) and ms[j + 1].kind == "table" and \
                    self._is_bool_mention(m) and m.data["cands"][0][1].table == ms[j + 1].data.get("table"):
                # "by each leased van": the vans, those that are leased
                self.p.filters.append(FilterP(op="true", ref=_ref_from_mention(m), pos=j))
                self.used.add(j)
                j += 1
                continue
            if m.kind == "table" and j + 1 < len(ms) and ms[j + 1].kind == "cue" and \
                    ms[j + 1].data.get("cue") == "grain" and self.p.date_ref is None and \
                    self.index.tables[m.data["table"]].main_date(False) is not None:
                # "cancellation rate by event year": the year of the event's own date, not a row per event
                c = self.index.tables[m.data["table"]].main_date(False)
                self.p.date_ref = Ref(cands=[(3.0, c)], text=m.text)
                self.used.add(j)
                j += 1
                continue
            if m.kind == "cue" and m.data.get("cue") == "grain":
                dim = DimP(grain=m.data["grain"], pos=j)
                self.p.dims.append(dim)
                got += 1
                j += 1
                # "by month of ship date"
                k = j + 1 if j < len(ms) and ms[j].text == "of" else None
                if k is not None and k < len(ms) and ms[k].kind == "column" and any(
                        c.is_date for _, c in ms[k].data.get("cands", [])[:1]):
                    dim.ref = _ref_from_mention(ms[k])
                    self.used.add(k)
                    j = k + 1
                continue
            if m.kind == "table" and got == 0 and j + 1 < len(ms) and ms[j + 1].text in ("count", "counts") and \
                    ms[i].text == "by":
                # "top 3 detection rules by alert count": the ranking measure, a count of alerts
                self.p.measures.append(MeasureP(agg="count", kind="count", entity_table=m.data["table"], pos=j))
                self.used.update({j, j + 1})
                return j + 2
            if m.kind in ("column", "table") and got == 0 and self._per_entity(i, m):
                self.p.per_entity = _ref_from_mention(m) if m.kind == "column" else Ref(
                    cands=[], text=m.text, table=m.data["table"])
                self.used.add(j)
                return j + 1
            if m.kind in ("column", "table"):
                # "top 5 customers by sales": a measure after "by" is the ranking measure
                if m.kind == "column" and self._is_measure_mention(m) and (
                        self.p.limit or self.p.which or self.p.superlative or not self.p.measures
                        and not self.p.count_cue and not self._low_cardinality(m)):
                    break
                if m.kind == "table" and got == 0 and self.p.limit and _is_plural(m.text) and \
                        not self.p.measures and self._ranked_table_before(i) not in (None, m.data["table"]):
                    # "top 5 members by classes attended": ranked by how many of those rows they have (the rows
                    # of the event table when a flag of it follows: attended bookings, not distinct classes)
                    counted = m.data["table"]
                    nxt = ms[j + 1] if j + 1 < len(ms) else None
                    if nxt is not None and self._is_bool_mention(nxt):
                        counted = nxt.data["cands"][0][1].table
                    self.p.measures.append(MeasureP(agg="count", kind="count", entity_table=counted, pos=j,
                                                    explicit_agg=True))
                    self.used.add(j)
                    return j + 1
                named = m.data.get("cands", []) if m.kind == "column" else []
                if m.kind == "column" and self._measure_table() and any(
                        c.is_pk and c.table == self._measure_table() for _, c in named[:1]) and not (
                        ms[i].text != "per" and any(s >= named[0][0] and c.is_text and not c.is_id
                                                    for s, c in named[1:])):
                    # ("by room" with room_booking_id and room_name alike: the rooms' names)
                    # "average quantity per line": per row of the measure's own table, not a grouping
                    self.used.add(j)
                    j += 1
                    got += 1
                    continue
                if m.kind == "table" and self._measure_table() == m.data["table"] and ms[i].text != "each":
                    # "average cost per sale": per row of the measure's own table, not a grouping ("each shop" is)
                    self.used.add(j)
                    j += 1
                    got += 1
                    continue
                self._add_dim_from(j)
                self.used.add(j)
                got += 1
                j += 1
                continue
            break
        return j if got else i + 1

    def _table_before(self, i: int) -> str | None:
        """The table named by the nearest table mention before position i."""
        return next((self.ms[k].data["table"] for k in range(i - 1, -1, -1) if self.ms[k].kind == "table"), None)

    def _ranked_table_before(self, i: int) -> str | None:
        """The entity table named before position i ("top 5 members by ..." -> members)."""
        for k in range(i - 1, -1, -1):
            m = self.ms[k]
            if m.kind == "table":
                return m.data["table"]
            if m.kind == "column" and m.data.get("table"):
                return m.data["table"]
        return None

    def _per_unit_measure(self, i: int) -> int | None:
        """ "price per night" -> a column named rate_per_night; "price per square foot" -> list_price / sqft (a
        many-valued numeric column after "per" divides the measure instead of grouping). Returns the next index.

        >>> _Walker(index, "average price per night").run().measures[0].ref.text   # doctest: +SKIP
        'price per night'
        """
        ms = self.ms
        if ms[i].text != "per" or not self.p.measures:
            return None
        mp = self.p.measures[-1]
        if mp.kind != "plain" or mp.ref is None or not mp.ref.cands or mp.pos != self.prev(i):
            return None
        j = i + 1
        while j < len(ms) and ms[j].kind == "stop" and ms[j].text in ("a", "an", "the", "one"):
            j += 1
        if j >= len(ms) or not (ms[j].kind in ("column", "word") or ms[j].data.get("cue") == "grain"):
            return None
        y = ms[j]  # "per night" (a column), "per day" (a grain word)
        ywords = {lx.lemma(w) for w in y.text.split()}
        xwords = {lx.lemma(w) for w in mp.ref.text.split()}
        xwide = xwords.union(*(lx.synonyms(w) for w in xwords))
        home = {c.table for _, c in _measure_cands(mp.ref)[:1]}
        own_unit = [c for s, c in (y.data.get("cands") or [] if y.kind == "column" else []) if c.table in home and
                    c.is_measure and s >= 2.0]  # price_gbp and tonnes of one delivery: their ratio, not a stored rate
        for c in self.index.columns:
            if own_unit and c.table not in home:
                continue
            if c.is_measure and "per" in c.words[1:-1]:
                k = c.words.index("per")
                if set(c.words[:k]) & xwide and set(c.words[k + 1:]) & ywords:
                    mp.ref = Ref(cands=[(7.0, c)], text=f"{mp.ref.text} per {y.text}", exact=True)
                    self.used.add(j)
                    return j + 1
        ycands = y.data.get("cands") or [] if y.kind == "column" else []
        ycands = [(s, c) for s, c in ycands if c.table in home and s >= 2.0] or ycands  # the price's own tonnes
        top = max((s for s, _ in ycands), default=0)
        den = next((c for s, c in ycands if c.is_measure and s >= max(top - 0.01, 2.0) and (
            (c.n_distinct or 0) > 60 or  # "per passenger" over a count column named passengers: a quantity
            not _is_plural(y.text) and len(c.words) == 1 and c.name.lower() != y.text and c.words[0] == y.text and
            any(x.kind == "cue" and x.data.get("cue") == "group" for x in ms[j + 1:]) or  # (and a breakdown after it)
            # "session cost per hour" over sessions.hours, "price per m3" over quantityM3: money over its unit
            not _is_plural(y.text) and lx.lemma(c.words[-1]) in _PER_UNIT_WORDS and
            any(x.is_money for _, x in _measure_cands(mp.ref)))), None)
        if den is not None and not any(c.table == den.table for _, c in _measure_cands(mp.ref)) and any(
                c.is_money and den.table in {rt for _, rt, _ in self.index.tables[c.table].fks}
                for _, c in _measure_cands(mp.ref)[:1]):
            mp.per = den  # "price per kg" of sales over the weight of the wheel each sale is of
            self.used.add(j)
            return j + 1
        if den is None or not any(c.table == den.table and c.key != den.key for _, c in _measure_cands(mp.ref)):
            return None
        mp.ref = Ref(cands=[(s, c) for s, c in mp.ref.cands if c.table == den.table and c.key != den.key],
                     text=mp.ref.text, table=mp.ref.table, exact=mp.ref.exact)
        mp.per = den
        self.used.add(j)
        return j + 1

    def _per_entity(self, i: int, m: Mention) -> bool:
        """ "average profit per order": 'per' + an entity counted by an id, after an averaged measure."""
        if self.ms[i].text not in ("per", "each") or not self.p.measures:
            return False
        mp = self.p.measures[-1]
        if mp.agg != "avg" or mp.ref is None or not mp.ref.cands:
            return False
        fact = mp.ref.cands[0][1].table
        cands = m.data.get("cands") or [] if m.kind == "column" else []
        if not cands:
            return False
        # "per order", "per customer": a many-valued id of the fact table (not a small category code)
        ids = [c for s, c in cands if c.table == fact and c.is_id and not c.unique and s >= cands[0][0] - 0.01
               and (c.n_distinct or 0) >= 50]
        return bool(ids)

    def _per_own_row(self, i: int) -> bool:
        """ "fuel per sailing", "tonnes per collection": after a measure of a table, "per" and that table's noun in
        the singular ask for the average over its rows; the measure's aggregate becomes AVG."""
        ms = self.ms
        if ms[i].text != "per" or i + 1 >= len(ms) or ms[i + 1].kind != "table" or \
                _is_plural(ms[i + 1].text):
            return False
        table = ms[i + 1].data.get("table")
        own = [mp for mp in self.p.measures if mp.ref and mp.ref.cands and mp.ref.cands[0][1].table == table and
               mp.agg in (None, "sum") and mp.kind == "plain" and not mp.ref.cands[0][1].is_id]
        if len(own) != 1 or len(self.p.measures) != 1:
            return False
        own[0].agg, own[0].explicit_agg = "avg", True
        self.used.update({i, i + 1})
        return True

    @staticmethod
    def _counted_column(m: Mention) -> bool:
        """A column named by a plural noun that counts those things (bins_filled, passengers, fish_released)."""
        cands = m.data.get("cands") or []
        first = m.text.split()[0]
        return bool(cands) and len(cands) == 1 and cands[0][1].kind == "number" and not cands[0][1].is_money \
            and not cands[0][1].derived and not cands[0][1].is_id and first in lx.split_name(cands[0][1].name) and \
            (lx.lemma(first) != first or len(m.text.split()) == 2 and m.text.split()[1].endswith("ed")) and \
            first not in lx.TIME_UNIT_SECONDS and lx.lemma(first) not in lx.TIME_UNIT_SECONDS

    def _has_a(self, i: int) -> bool:
        """ "with a <column>", "had any <column>", "have a <column>"."""
        ms = self.ms
        if i < 2 or ms[i - 1].text not in ("a", "an", "any", "some"):
            return False
        if i + 1 < len(ms) and ms[i + 1].kind == "cue" and ms[i + 1].data.get("cue") in ("cmp", "between"):
            return False  # "with a unit price over 100": the comparison says it
        return ms[i - 2].text in ("with", "had", "have", "has", "having", "got", "get", "receive", "received")

    def _low_cardinality(self, m: Mention) -> bool:
        cands = m.data.get("cands") or []
        return bool(cands) and cands[0][1].n_distinct is not None and cands[0][1].n_distinct <= 60

    def _measure_table(self) -> str | None:
        for mp in reversed(self.p.measures):
            if mp.ref and mp.ref.cands:
                return mp.ref.cands[0][1].table
            if mp.entity_table:
                return mp.entity_table
        return None

    def _has_dim_cands(self, m: Mention) -> bool:
        return any(not c.is_measure and not c.is_date for _, c in m.data.get("cands", [])[:2])

    def _count_target(self, i: int) -> None:
        ms = self.ms
        if ms[i].text in ("count", "counts") and i > 0 and ms[i - 1].kind == "table" and (
                i + 1 >= len(ms) or ms[i + 1].kind in ("cue", "stop", "year", "value")):
            # "trade count by sector": the noun before "count" names the rows counted
            self.p.measures.append(MeasureP(agg="count", kind="count", entity_table=ms[i - 1].data["table"], pos=i))
            return
        hits = ms[i - 1].data.get("values") or [] if i > 0 and ms[i - 1].kind == "value" else []
        if ms[i].text in ("count", "counts") and len({h[0] for h in hits}) == 1 and (
                i + 1 >= len(ms) or ms[i + 1].kind in ("cue", "stop", "year")):
            # "fail count by city": the rows with that value (inspections) are counted
            self.p.measures.append(MeasureP(agg="count", kind="count", entity_table=hits[0][0], pos=i))
            return
        j = self.nxt(i, skip=("the", "a", "an", "of", "our", "my", "all", "total", "different"))
        distinct = False
        while j is not None and j < len(ms) and ms[j].kind == "cue" and ms[j].data.get("agg") == "count_distinct":
            distinct = True
            j = self.nxt(j)
        if j is not None and ms[j].text == "years" and re.search(r"\b(been|existed|operating|running)\b",
                                                                self.p.question.lower()):
            named = {m.data.get("table") for m in ms if m.kind == "table"} - {None}
            ages = [c for c in self.index.columns if c.derived and c.name.startswith("@age") and c.table in named]
            if len(ages) == 1:  # "how many years has each shop been open": its age
                self.p.measures.append(MeasureP(agg="avg", ref=Ref(cands=[(3.0, ages[0])], text="years"), pos=i,
                                                explicit_agg=True))
                self.used.add(j)
                return
        if j is not None and ms[j].text in ("days", "dates"):
            days = self._counted_days(j)
            if days is not None:  # "how many days in 2024 did route 72 run ...": the distinct dates that match
                self.p.measures.append(MeasureP(agg="count_distinct", kind="count", ref=days, pos=i,
                                                entity_table=days.table, explicit_agg=True))
                return
        took = self._entity_with_event(j)
        if took is not None:
            # "how many students had a session in 2023": the distinct students among the sessions of 2023
            fk, k = took
            self.p.measures.append(MeasureP(agg="count_distinct", kind="count", pos=i, explicit_agg=True,
                                            ref=Ref(cands=[(3.0, fk)], text=ms[j].text)))
            # "took at least one trip": no count condition; "still" keeps its meaning ("are still out on loan")
            self.used.update({j, k} | {x for x in range(j + 1, k) if ms[x].text != "still"})
            return
        people = self._generic_people(j)
        if people is not None and distinct:
            # "how many different people skied in the 2023-24 season": the distinct people among the events
            kids = [(t, col) for t in self.index.tables.values() for col, rt, _ in t.fks
                    if rt == people and t.main_date(False) is not None]
            if len(kids) == 1:
                t, col = kids[0]
                self.p.measures.append(MeasureP(agg="count_distinct", kind="count", pos=i, explicit_agg=True,
                                                ref=Ref(cands=[(3.0, t.columns[col])], text=ms[j].text)))
                self.used.add(j)
                return
        if people is not None:  # "how many people gave": the one table of people
            self.p.measures.append(MeasureP(agg="count", kind="count", entity_table=people, pos=i))
            self.used.add(j)
            return
        event = self._event_noun_date(j)
        if event is not None:
            # "number of sales per month": the rows whose sold date is set, timed by that date
            ref = Ref(cands=[(2.0, event)], text=ms[j].text)
            self.p.filters.append(FilterP(op="not_null", ref=ref, pos=j))
            self.p.date_ref = self.p.date_ref or ref
            self.p.measures.append(MeasureP(agg="count", kind="count", entity_table=event.table, pos=i))
            self.used.add(j)
            return
        # skip adjectives that are values/bools ("unpaid invoices", "Technology products", "new accounts")
        k = j
        steps = 0
        while k is not None and k < len(ms) and steps < 4:
            m = ms[k]
            if k in self.used:  # "... at the same station": taken by a comparison of two columns
                k = self.nxt(k)
                steps += 1
                continue
            if self._ended_participle(m):
                # "how many have been retired", "how many churned": rows whose end date is set
                c = m.data["cands"][0][1]
                self.p.filters.append(FilterP(op="not_null", ref=Ref(cands=[(3.0, c)], text=m.text), pos=k))
                self.p.measures.append(MeasureP(agg="count", kind="count", entity_table=c.table, pos=i))
                self.used.add(k)
                return
            if m.kind == "table" or (m.kind == "column" and not self._is_bool_mention(m)
                                     and not self._is_measure_mention(m) and not self._event_verb(m)):
                break
            if m.kind == "column" and self._is_measure_mention(m) and m.data.get("table"):
                break
            if m.kind == "column" and m.data.get("exact") and self._counted_column(m):
                # "number of bins filled", "how many passengers": the sum of the column that counts them
                self.p.measures.append(MeasureP(agg="sum", ref=_ref_from_mention(m), explicit_agg=True, pos=k))
                self.used.add(k)
                return
            if m.kind == "column" and self._is_measure_mention(m) and k == j and \
                    lx.lemma(m.text) in SUBSTANCE_UNITS and \
                    any(c.is_substance_amount for _, c in (m.data.get("cands") or [])[:1]):
                # "how many kilos did we roast": the kilos added up, not a count of roasts
                self.p.measures.append(MeasureP(agg="sum", ref=_ref_from_mention(m), explicit_agg=True, pos=k))
                self.p.count_cue = False
                self.used.add(k)
                return
            if m.kind == "column" and lx.lemma(m.text) in ("unit", "item", "piece") and self._is_measure_mention(m):
                # "how many units did we ship": the sum of the quantity column, not a count of rows
                self.p.measures.append(MeasureP(agg="sum", ref=_ref_from_mention(m), explicit_agg=True, pos=k))
                self.used.add(k)
                return
            owner = self._value_noun_table(k)
            if owner is not None:  # "how many stock adjustments ...": rows of the table holding that value
                qty = self._sold_quantity(owner)
                if qty is not None:  # "how many croissants did we sell": units, not lines
                    self.p.measures.append(MeasureP(agg="sum", ref=Ref(cands=[(3.0, qty)], text="units"), pos=i,
                                                    explicit_agg=True))
                    return
                self.p.measures.append(MeasureP(agg="count", kind="count", entity_table=owner, pos=i))
                return
            k = self.nxt(k)
            steps += 1
        if k is None or k >= len(ms) or ms[k].kind not in ("table", "column") or steps >= 4:
            days = self._counted_days(j)
            if days is not None:  # "how many rainy days": the distinct dates of the rows that match
                self.p.measures.append(MeasureP(agg="count_distinct", kind="count", ref=days, pos=i,
                                                entity_table=days.table, explicit_agg=True))
                return
            self.p.measures.append(MeasureP(agg="count", kind="count", pos=i))
            return
        m = ms[k]
        if self._modifier_table(k):
            k, m = k + 1, ms[k + 1]  # "how many lounge visits": the visits
        if m.kind == "table":
            self.p.measures.append(MeasureP(agg="count_distinct" if distinct else "count", kind="count",
                                            entity_table=m.data["table"], pos=i))
        else:
            ref = _ref_from_mention(m)
            self.p.measures.append(MeasureP(agg="count_distinct" if distinct else "count", kind="count",
                                            ref=ref, entity_table=ref.table, pos=i))
        self.used.add(k)

    @staticmethod
    def _event_verb(m: Mention) -> bool:
        """ "homes sold in 2023", "follow-ups due in January": a word naming a date column (sold_date, next_due_dt)
        dates the rows; it is not the counted thing."""
        cands = m.data.get("cands") or []
        return bool(cands) and cands[0][1].is_date  # "follow-ups due in January": the date of the condition

    def _side_word(self, i: int) -> bool:
        """ "home" alone (not "home score"), naming only columns of that side: the side the question is about."""
        m = self.ms[i]
        cands = m.data.get("cands") or []
        if m.text not in SIDES or len(cands) < 2 or not all(m.text in c.words for _, c in cands[:2]):
            return False
        self.p.side = m.text
        self.used.add(i)
        return True

    def _score_pair(self, side: str) -> tuple[ColInfo, ColInfo] | None:
        """The numeric columns of one table that differ only by the side word (homeScore / awayScore)."""
        for c in self.index.columns:
            if not c.is_measure or c.is_id:
                continue
            twin = self.index.side_twin(c, side, SIDES[side])
            if twin is not None and twin.is_measure and not twin.is_id:
                return c, twin
        return None

    def _outcome(self, i: int) -> bool:
        """ "did the away team win", "home matches Dragon Gate won", "and lose?": the side's score compared with the
        other side's (win >, lose <, draw =)."""
        side = self.p.side or next((m.text for m in self.ms if m.text in SIDES), None)
        pair = self._score_pair(side) if side else None
        op = OUTCOME_VERBS[self.ms[i].text]
        if pair is None and side is None and any(self._score_pair(s) for s in SIDES):
            # "and lose?": the outcome of the side the conversation is about (merged with the previous turn)
            self.p.filters.append(FilterP(op="outcome", value=op, pos=i))
            self.used.add(i)
            self.ms[i].kind = "column"
            return True
        if pair is None and side is None:
            pair = self._for_against_pair()  # "matches the U16s won": goals_for > goals_against
        if pair is None:
            return op == ">" and self._won_first_place(i)
        mine, theirs = pair
        self.p.side = self.p.side or side
        self.p.filters.append(FilterP(op="cmp_col", ref=Ref(cands=[(3.0, mine)], text=self.ms[i].text),
                                      value=(op, Ref(cands=[(3.0, theirs)], text=theirs.name), 1.0), pos=i))
        self.used.add(i)
        self.ms[i].kind = "column"  # linked
        return True

    def _for_against_pair(self) -> tuple[ColInfo, ColInfo] | None:
        """The one pair of numeric columns of a table that differ only by for / against (goals_for, goals_against)
        or scored / conceded: our score and theirs."""
        pairs = []
        for c in self.index.columns:
            if not c.is_measure or c.is_id or c.derived:
                continue
            for ours, theirs in (("for", "against"), ("scored", "conceded")):
                if ours in c.words:
                    twin = [x for x in self.index.tables[c.table].columns.values() if x.is_measure and
                            x.words == [theirs if w == ours else w for w in c.words]]
                    pairs += [(c, twin[0])] if len(twin) == 1 else []
        return pairs[0] if len(pairs) == 1 else None

    def _finishing_position(self) -> ColInfo | None:
        """The one finishing position of the schema (placing, position, rank; not a starting grid slot)."""
        places = [c for c in self.index.columns if c.is_number and not c.is_id and not c.derived and
                  set(c.words) & lx.PLACE_WORDS and not set(c.words) & {"start", "grid", "starting", "qualifying"}]
        return places[0] if len(places) == 1 else None

    def _won_first_place(self, i: int) -> bool:
        """ "who has won the most races" with a finishing position and no scores: the rows where that position is 1
        ("won the most prize money": the money won, not only first places)."""
        if any(m.kind == "column" and any(c.is_money or set(c.words) & {"prize", "points", "winnings"}
                                          for _, c in (m.data.get("cands") or [])[:1])
               for m in self.ms[i + 1:i + 5]):
            return False
        place = self._finishing_position()
        if place is None:
            return False
        self.p.filters.append(FilterP(op="=", ref=Ref(cands=[(3.0, place)], text=self.ms[i].text), value=1.0,
                                      pos=i))
        self.used.add(i)
        self.ms[i].kind = "column"
        return True

    def _counted_days(self, j: int | None) -> Ref | None:
        """ "how many rainy days were there": "days" counted right after "how many" (adjectives between) on a table
        with a DATE column and a value named in the question: that date column."""
        ms = self.ms
        k = j
        while k is not None and k < len(ms) and ms[k].kind == "value":
            k += 1
        if k is None or k >= len(ms) or ms[k].kind != "cue" or ms[k].text not in ("days", "dates"):
            return None
        tables = [h[0] for m in ms if m.kind == "value" for h in (m.data.get("values") or [])[:1]]
        for t in tables:
            date = self.index.tables[t].main_date(False)
            if date is not None and date.kind == "date":
                self.used.add(k)
                return Ref(cands=[(3.0, date)], text="days", table=t)
        return None

    def _missing_value(self, i: int, pending: bool = False) -> bool:
        """ "days when on-time data was missing", "appointments with a missing rating": the column next to the word
        has no value (IS NULL), and it is not a measure of the answer. A pending one ("results still pending") is a
        column before the word that some rows lack."""
        ms = self.ms
        near = [k for k in ((i - 1, i - 2, i - 3, i - 4) if pending else (i + 1, i + 2, i - 1, i - 2, i - 3))
                if 0 <= k < len(ms)]
        for k in near:
            if pending and not any(c.null_frac for _, c in (ms[k].data.get("cands") or [])[:1]):
                continue
            if ms[k].kind == "column" and ms[k].data.get("cands") and (
                    k > i or all(ms[x].kind == "stop" or ms[x].text in ("still", "yet") for x in range(k + 1, i))):
                ref = _ref_from_mention(ms[k])
                self.p.filters.append(FilterP(op="empty", ref=ref, pos=i))
                self.p.measures = [mp for mp in self.p.measures if mp.pos != k or mp.explicit_agg]
                for mp in self.p.measures:
                    if pending and mp.kind == "count" and mp.ref and mp.ref.cands and \
                            mp.ref.cands[0][1] is ref.cands[0][1]:  # "how many results are pending": rows
                        mp.agg, mp.ref, mp.entity_table = "count", None, ref.cands[0][1].table
                self.used.update({i, k})
                ms[i].kind = "column"
                return True
        return False

    def _x_to_y_ratio(self, i: int) -> bool:
        """ "loan to value ratio", "debt to income ratio": A / B of each row, two number columns of one table."""
        ms = self.ms
        if i < 3 or ms[i - 2].text != "to" or ms[i - 1].kind != "column":
            return False
        b_cands = [(s, c) for s, c in ms[i - 1].data.get("cands") or [] if c.is_measure and not c.derived]
        if not b_cands:
            return False
        b = b_cands[0][1]
        word = lx.lemma(ms[i - 3].text)
        a = [c for c in self.index.tables[b.table].columns.values() if c.is_measure and not c.derived and c is not b
             and word in c.words]
        if len(a) != 1:
            return False
        self.p.measures = [mp for mp in self.p.measures if mp.pos not in (i - 3, i - 1)]
        self.p.entities = [e for e in self.p.entities if e[0] not in (i - 3, i - 1)]
        agg = "avg"
        for mp_pos in range(i - 4, max(-1, i - 7), -1):
            if ms[mp_pos].kind == "cue" and ms[mp_pos].data.get("cue") == "agg" and ms[mp_pos].text in lx.PURE_AGG:
                agg = ms[mp_pos].data["agg"]
                break
        self.p.measures.append(MeasureP(agg=agg, ref=Ref(cands=[(3.0, a[0])], text=ms[i - 3].text), pos=i - 3,
                                        per=b, explicit_agg=True))
        self.used.update({i - 3, i - 2, i - 1})
        for k in (i - 3, i - 1):
            ms[k].kind = "column"
        return True

    def _ratio_of_columns(self, i: int) -> int | None:
        """ "tips as a percentage of revenue" (A as a share of B) and "share of scheduled trips actually operated"
        (share of B ... A): the ratio of two measures of one table, SUM(A) / SUM(B). Returns the next index."""
        ms = self.ms
        if i + 2 >= len(ms) or ms[i + 1].text != "of" or not self._is_measure_mention(ms[i + 2]):
            return None
        b = ms[i + 2]
        if i >= 2 and ms[i - 1].text in ("a", "an") and ms[i - 2].text == "as":
            a_pos = self.prev(i - 2)
            mp = next((x for x in self.p.measures if x.pos == a_pos and x.kind == "plain" and x.ref), None)
            if mp is None:
                return None
            den = self._same_table_measure(mp.ref, b)
            if den is None:
                return None
            mp.per, mp.agg = den, None
            self.used.add(i + 2)
            return i + 3
        k = i + 3
        while k < len(ms) and ms[k].kind in ("stop", "word") and ms[k].text in ("actually", "that", "were", "was",
                                                                                   "which", "got", "really"):
            k += 1
        if k >= len(ms) or not self._is_measure_mention(ms[k]) or ms[k].kind != "column":
            return None
        num = _ref_from_mention(ms[k])
        den = self._same_table_measure(num, b)
        if den is None:
            return None
        self.p.measures.append(MeasureP(agg=None, ref=num, pos=k, per=den))
        self.used.update({i + 2, k})
        return k + 1

    @staticmethod
    def _same_table_measure(num: Ref, b: Mention) -> ColInfo | None:
        """The measure column `b` names in the table of the numerator's top candidate (another column)."""
        top = _measure_cands(num)[:1]
        if not top:
            return None
        t, key = top[0][1].table, top[0][1].key
        cands = [c for _, c in b.data.get("cands") or [] if c.is_measure and c.table == t and c.key != key]
        return cands[0] if cands else None

    def _most_of_table(self, i: int) -> None:
        """ "most <flags or values> <plural table>": the rows of that table are counted (adjectives between stay
        filters, handled where they are)."""
        ms = self.ms
        k = i + 1
        while k < len(ms) and (ms[k].kind == "value" or self._is_bool_mention(ms[k])
                               or ms[k].kind == "cue" and ms[k].data.get("cue") == "neg"):
            k += 1
        if k < len(ms) and ms[k].kind == "table" and _is_plural(ms[k].text) and k > i and \
                any(x.kind == "cue" and x.data.get("cue") == "which" for x in ms[:i]):
            self.p.measures.append(MeasureP(agg="count", kind="count", entity_table=ms[k].data["table"], pos=k))
            self.used.add(k)

    def _flag_versus_other(self, i: int) -> int:
        """ "business vs consumer subscribers", "online vs in-store sales": a flag compared with its other side is
        a breakdown by the flag; the other side's word (not a value of the data) is part of it. Returns the next
        index."""
        ms = self.ms
        before = ms[i - 1] if i > 0 else None
        if before is not None and before.kind == "table" and i > 1 and self._is_bool_mention(ms[i - 2]) and \
                ms[i - 2].data["cands"][0][1].table == before.data["table"]:
            before = ms[i - 2]  # "business customers vs private": the flag before its table's noun
        other = i + 1 < len(ms) and ms[i + 1].kind == "word"  # "rainy vs dry": an unknown word, the other side
        if before is None or not self._is_bool_mention(before) or before.data["cands"][0][0] < (1.15 if other else 2.0):
            return i + 1
        j = i + 1
        if j < len(ms) and ms[j].kind in ("word", "column") and not self._is_bool_mention(ms[j]) and \
                (ms[j].kind == "word" or max(s for s, _ in ms[j].data.get("cands") or [(0, None)]) < 2.0):
            self.used.add(j)  # "consumer": the flag's other side, not a column
            j += 1
            if j < len(ms) and ms[j].kind == "cue" and ms[j].data.get("cue") == "grain" and j + 1 == len(ms):
                self.used.add(j)  # "rainy vs dry days": the days are the rows compared, not a breakdown by day
                j += 1
        self.p.flag_compare = before.data["cands"][0][1]
        return j

    @staticmethod
    def _ended_participle(m: Mention) -> bool:
        """ "retired", "churned": a past participle naming a table's end date (retired_on, churnedOn)."""
        cands = m.data.get("cands") or [] if m.kind == "column" else []
        if not cands or not m.text.endswith("ed") or len(m.text) < 5:
            return False
        c = cands[0][1]
        return c.is_date and bool(set(c.words) & LATE_DATE_WORDS) and stem(m.text) in {stem(w) for w in c.words}

    def _is_bool_mention(self, m: Mention) -> bool:
        c = m.data.get("cands") or []
        return bool(c) and c[0][1].is_bool

    def _rank(self, i: int) -> int:
        ms = self.ms
        m = ms[i]
        n = None
        j = i + 1
        if j < len(ms) and ms[j].kind == "number" and not ms[j].data.get("percent"):
            n = int(ms[j].data["value"])
            j += 1
        if m.text == "first" and n is None:
            return i + 1
        most_measure = j + 2 < len(ms) and ms[j].text in ("most", "least") and ms[j + 1].kind == "column" and \
            self._is_measure_mention(ms[j + 1]) and ms[j + 2].kind == "table"  # "top 5 most experienced candidates"
        if j < len(ms) and (self._is_superlative_adjective(ms[j]) or most_measure):
            self.p.limit = n if n is not None else 1  # "top 3 youngest candidates": the adjective ranks
            return j
        self.p.order_dir = m.data.get("dir", "desc")
        # the entity ranked: "top 5 customers"
        k = j
        while k < len(ms) and ms[k].kind == "stop" and (ms[k].text in ("the", "a", "of", "most", "best") or
                                                       ms[k].data.get("qualifier")):
            k += 1
        k = self._ranked_event(k)
        if k + 1 < len(ms) and ms[k].kind == "value" and self.is_entityish(ms[k + 1]) and \
                not self._is_measure_mention(ms[k + 1]):
            self._value(k, ms[k], negate=False)  # "top 5 irish donors": the adjective filters, the noun is ranked
            self.used.add(k)
            k += 1
        plural = True
        if k < len(ms) and ms[k].kind == "value" and k not in self.used and _is_plural(ms[k].text) and \
                self._rank_valued_rows(k):
            if n is None:
                self.p.rank_all = True
            else:
                self.p.limit = n
            return k + 1
        if k < len(ms) and self.is_entityish(ms[k]) and not self._is_measure_mention(ms[k]) and k not in self.used:
            self._add_dim_from(k)
            self.used.add(k)
            plural = _is_plural(ms[k].text)
        elif k < len(ms) and ms[k].kind == "column" and self._is_measure_mention(ms[k]):
            plural = True
        if n is None and plural:
            self.p.rank_all = True
        else:
            self.p.limit = n if n is not None else 1
        return k if k > j else j

    @staticmethod
    def _is_superlative_adjective(m: Mention) -> bool:
        """A ranking adjective such as "youngest" or "largest" (not "most" / "least", which take a word after)."""
        return m.kind == "cue" and m.data.get("cue") in ("agg", "sup") and bool(m.data.get("dir")) and \
            m.text not in ("most", "least", "top", "bottom") and m.text not in lx.PURE_AGG

    def _more_than_column(self, i: int) -> bool:
        """ "fewer trips than scheduled", "more units sold than baked": two columns of one table sharing the noun,
        compared row by row (trips_operated < trips_scheduled)."""
        ms = self.ms
        if i + 3 >= len(ms) or ms[i + 1].kind != "column" or ms[i + 2].text != "than" or ms[i + 3].kind != "column":
            return False
        right = [c for s, c in ms[i + 3].data.get("cands") or [] if s >= 2.0 and c.is_number]
        if len(right) != 1:
            return False
        left = [c for s, c in ms[i + 1].data.get("cands") or [] if s >= 2.0 and c.is_number and
                c.table == right[0].table and c.key != right[0].key]
        if len(left) != 1:
            return False
        op = ">" if ms[i].text == "more" else "<"
        self.p.filters.append(FilterP(op="cmp_col", ref=Ref(cands=[(3.0, left[0])], text=ms[i + 1].text),
                                      value=(op, Ref(cands=[(3.0, right[0])], text=ms[i + 3].text), 1.0), pos=i))
        self.used.update(range(i, i + 4))
        return True

    def _whole_count(self, m: Mention) -> int | None:
        value = m.data.get("value") if m.kind == "number" else None
        if m.data.get("percent") or value is None or value != int(value) or not 1 <= value <= 1000:
            return None
        return int(value)

    def _ranked_count(self, j: int) -> bool:
        """ "which 5 clients paid us the most": a whole number between "which" and an entity, with a superlative
        later in the question, is the number of rows to show."""
        ms = self.ms
        n = self._whole_count(ms[j])
        if n is None or j + 1 >= len(ms) or not self.is_entityish(ms[j + 1]) or not any(
                m.kind == "cue" and (m.data.get("dir") or m.text in ("most", "least")) for m in ms[j + 2:]):
            return False
        self.p.limit = n
        self.used.add(j)
        return True

    def _count_after_superlative(self, i: int) -> bool:
        """ "just the best 3", "the worst 5": a whole number right after a ranking adjective that ends the question
        (or comes before the ranked noun) is the number of rows to show."""
        ms = self.ms
        n = self._whole_count(ms[i])
        if n is None or i == 0 or not self._is_superlative_adjective(ms[i - 1]) and ms[i - 1].text not in (
                "best", "worst"):
            return False
        if i + 1 < len(ms) and not (ms[i + 1].kind in ("stop", "word") or self.is_entityish(ms[i + 1])):
            return False
        self.p.limit = n
        self.used.add(i)
        return True

    def _count_before_superlative(self, i: int) -> bool:
        """ "the 3 youngest candidates", "5 biggest orders": a whole number right before a ranking adjective is
        the number of rows to show."""
        ms, m = self.ms, self.ms[i]
        value = m.data.get("value")
        if m.data.get("percent") or value is None or value != int(value) or not 1 <= value <= 1000:
            return False
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is None or not (self._is_superlative_adjective(nxt) or nxt.text in ("most", "least")
                               and i + 2 < len(ms) and ms[i + 2].kind in ("column", "cue", "word")):
            return False
        if i > 0 and (ms[i - 1].kind == "cue" and ms[i - 1].data.get("cue") in ("cmp", "between", "rank")
                      or ms[i - 1].text in ("than", "over", "under", "of")):
            return False
        self.p.limit = int(value)
        self.used.add(i)
        return True

    def _ranked_event(self, k: int) -> int:
        """ "top 5 most borrowed titles": a verb naming an event table (borrowed -> loans) before the ranked
        entity counts that table's rows per entity. Returns the index of the entity."""
        ms = self.ms
        e = k + 1 if k < len(ms) and ms[k].kind == "cue" and ms[k].text in ("most", "least") else k
        if e + 1 >= len(ms) or ms[e].kind != "column" or not ms[e].data.get("table") or \
                any(s >= 2.0 for s, _ in ms[e].data.get("cands", [])):
            return k
        if not self.is_entityish(ms[e + 1]) or self._is_measure_mention(ms[e + 1]):
            return k
        self.p.measures.append(MeasureP(agg="count", kind="count", entity_table=ms[e].data["table"], pos=e))
        self.used.update(range(k, e + 1))
        return e + 1

    def _agg_or_sup(self, i: int, m: Mention) -> None:
        d = m.data
        nxt = self.ms[i + 1] if i + 1 < len(self.ms) else None
        if m.text in ("most", "least") and not self.p.measures and nxt is not None and nxt.text.endswith("ed"):
            e = self._ranked_event(i)
            if e != i:  # "most rented ski models": the models ranked by their rentals
                if e < len(self.ms) and e not in self.used:
                    self._add_dim_from(e)
                    self.used.add(e)
                self.p.superlative = "asc" if m.text == "least" else "desc"
                return
        if m.text == "most" and nxt is not None and nxt.text in ("recent", "recently"):
            self.used.add(i + 1)  # "the most recent month": one word, "latest"
            m = Mention(m.start, m.end, m.kind, "most recent", m.data)
            nxt = self.ms[i + 2] if i + 2 < len(self.ms) else None
            if nxt is not None and nxt.kind == "cue" and nxt.data.get("cue") == "grain":
                self.used.add(i + 2)
                self.p.relative.append({"unit": nxt.data["grain"], "offset": 0, "n": 1})
                return
        if m.text in ("latest", "most recent", "newest") and nxt is not None and nxt.kind == "cue" and \
                nxt.data.get("cue") == "grain" and nxt.data.get("grain") in ("year", "month", "quarter", "week"):
            # "sales in the latest year": the data's latest period, not a ranking
            self.p.relative.append({"unit": nxt.data["grain"], "offset": 0, "n": 1})
            self.used.add(i + 1)
            return
        if m.text in ("most", "fewest", "least") and not self.p.measures:
            self._most_of_table(i)  # "which state do most non-local pass holders come from": count them
        g = i + 1
        if nxt is not None and self._is_measure_mention(nxt) and i + 2 < len(self.ms):
            g = i + 2  # "lowest on-time day": the measure between the adjective and the period
        elif nxt is not None and nxt.kind == "column" and nxt.data.get("cands") and \
                nxt.data["cands"][0][1].is_date and i + 2 < len(self.ms) and m.text in lx.TRAFFIC_SUPERLATIVES:
            g = i + 2  # "busiest check-in hour": the hours of that date column
            self.p.date_ref = _ref_from_mention(nxt)
            self.used.add(i + 1)
        grain = self.ms[g] if g < len(self.ms) else None
        period = grain is not None and grain.kind == "cue" and grain.data.get("cue") == "grain" and g not in self.used
        if d.get("dir") and period and (m.text in lx.TRAFFIC_SUPERLATIVES or m.text not in DATE_SUPERLATIVES
                                        and grain.data.get("grain") != "year"):
            # "busiest day of the week", "quietest hour", "lowest on-time day": the periods ranked, the top one
            self.p.dims.append(DimP(grain=grain.data["grain"], pos=g, plural=False))
            self.used.add(g)
            self.p.which = True
        if m.text in DATE_SUPERLATIVES:  # "earliest job opening", "latest hire": ranked by a date
            self.p.superlative = DATE_SUPERLATIVES[m.text]
            self.p.sup_adj = m.text
        if d.get("dir"):
            least = d["dir"] == "desc" and i > 0 and self.ms[i - 1].text in ("least", "less")
            self.p.superlative = "asc" if least else d["dir"]  # "least popular": the bottom one
            if m.text in lx.SUPERLATIVE_COLUMNS:
                self.p.sup_adj = m.text
        last = self.p.measures[-1] if self.p.measures else None
        if m.text in ("total", "sum", "average", "median") and last is not None and last.pos == i - 1 and \
                not last.explicit_agg and last.kind == "plain" and i + 1 < len(self.ms) and \
                self.ms[i + 1].kind == "cue" and self.ms[i + 1].data.get("cue") == "group":
            last.agg, last.explicit_agg = d["agg"], True  # "hammer total by consignor city": the total hammer price
            return
        if d.get("cue") == "agg" and d.get("agg") and m.text in lx.PURE_AGG:
            # "and the minimum?" keeps the measure and changes only the aggregate
            j = self.nxt(i)
            if j is None or self.ms[j].kind in ("stop", "word") or self.ms[j].text in ("?", "instead"):
                self.p.agg_only = d["agg"]

    def _comparison(self, i: int, op: str) -> int:
        ms = self.ms
        j = i + 1
        while j < len(ms) and ms[j].kind in ("stop", "word") and ms[j].text in ("the", "a", "than", "of", "their",
                                                                               "its", "his", "her", "start",
                                                                               "beginning"):
            j += 1
        if j >= len(ms):
            return i + 1
        m = ms[j]
        if ms[i].text == "through" and m.kind not in ("number", "year", "date", "month"):
            # "came through the gate", "booked through the app": a way in, not "up to" a value (a value stays a
            # condition; a column word only names the way)
            self.used.update(range(i, j + 1) if m.kind == "column" else [i])
            return j + 1 if m.kind == "column" else i + 1
        era = next((w for w in ms[i].text.split() if w in ("older", "newer", "younger")), None)
        if era and m.kind == "year" and not (j + 1 < len(ms) and ms[j + 1].kind == "column"):
            # "bikes older than 2015": made or bought before 2015, not an age of 2015 years
            self._date_compare(j, m, "<" if era == "older" else ">")
            self.used.add(j)
            return j + 1
        if m.kind in ("year", "month", "date", "quarter") and not self._year_is_quantity(i, j):
            self._date_compare(j, m, op)
            self.used.add(j)
            return j + 1
        if m.kind == "column" and ms[i].text in ("before", "after") and not any(
                c.is_date for _, c in (m.data.get("cands") or [])[:1]) and not (
                j + 1 < len(ms) and ms[j + 1].kind in ("number", "year", "date", "month")) and any(
                x.kind == "column" and any(c.derived and c.name.startswith("@days") for _, c in
                                           (x.data.get("cands") or [])[:1]) for x in ms[:i]):
            # "length of stay before adoption": the event that ends the duration, not a comparison with a fee
            self.used.add(j)
            return j + 1
        if m.kind == "column":
            return self._column_comparison(i, j, op)
        if m.text in ("once", "twice") and self._times_of_event(i, j, op, 1.0 if m.text == "once" else 2.0):
            return j + 1
        if m.kind not in ("number", "year"):
            return i + 1
        value = m.data["value"] if m.kind == "number" else float(m.data["year"])
        self.used.add(j)
        if m.kind == "number" and m.data.get("percent") and j + 2 < len(ms) and ms[j + 1].text == "of":
            k = j + 2
            while k < len(ms) and ms[k].text in ("the", "a", "its", "their"):
                k += 1
            if k < len(ms) and ms[k].kind == "column" and _measure_cands(_ref_from_mention(ms[k])):
                # "a tip of more than 20% of the fare": tip > 0.2 * fare
                left = self._left_column(i)
                if left is not None:
                    self.used.add(k)
                    other = Ref(cands=_measure_cands(_ref_from_mention(ms[k])), text=ms[k].text)
                    self.p.filters.append(FilterP(op="cmp_col", ref=left, value=(op, other, value / 100.0), pos=i))
                    return k + 1
        # target: a numeric column right before the comparator, else right after the number
        target = None
        pj = self.prev(i)
        entity_word = pj is not None and ms[pj].data.get("table") and all(
            s < 2.0 for s, _ in ms[pj].data.get("cands") or [])  # "rides longer than 10 km": the trips, not a column
        if self._group_total_having(i, j, op, value):
            return max(k for k in range(j, min(len(ms), j + 3)) if k in self.used) + 1
        if self._having_count_of_table(i, j, op, value):
            return j + 2
        times = j + 1 < len(ms) and ms[j + 1].text in ("times", "time")  # "came more than 12 times": visits
        if pj is not None and ms[pj].text in lx.MONEY_VERBS and self._which_group_before(pj) and not times:
            money = self._money_of_group(pj)
            if money is not None:  # "which sites spent more than 100k in 2024": each site's total
                self.p.having.append({"kind": "agg", "agg": "sum", "ref": Ref(cands=[(3.0, money)], text=ms[pj].text),
                                      "op": op, "value": value})
                self.used.add(pj)
                return j + 1
        if pj is not None and ms[pj].kind == "column" and _measure_cands(_ref_from_mention(ms[pj])) and \
                not entity_word:
            target = _ref_from_mention(ms[pj])
            self.used.add(pj)
            before = self.prev(pj)
            if before is not None and ms[before].kind == "stop" and ms[before].text in ("that", "which", "who"):
                before = self.prev(before)
            if before is not None and ms[before].kind == "table":  # "plans costing more than 30": the plans' fee
                t = ms[before].data["table"]
                target.cands = sorted(((s + (1.0 if c.table == t else 0), c) for s, c in target.cands),
                                      key=lambda sc: -sc[0])
                if ms[pj].text in lx.MONEY_WORDS | {"costs", "costing", "paid"} and not any(
                        c.table == t for _, c in target.cands):
                    # "rentals that cost over $1000": the rental's own amount, not a rate of a related table
                    own = [c for c in self.index.tables[t].columns.values() if c.is_money and not c.derived]
                    if len(own) == 1:
                        target.cands = [(3.0, own[0])] + target.cands
            self._rate_per_unit(target, j)
            # "restaurants with a rating above 4.5": the compared column is a condition, not the measure
            self.p.measures = [mp for mp in self.p.measures if not (mp.pos == pj and not mp.explicit_agg)]
        if target is None:
            target = self._priced_per(j)  # "cost more than 25 per player": price_per_player
        after = j + 1 if j + 1 < len(ms) else None
        while after is not None and after in self.used and ms[after].kind == "stop" and after + 1 < len(ms):
            after += 1  # "more than 2 ongoing placements": the state word is already a condition
        agg_before = self._aggregate_before(i)
        averaged = agg_before is not None and target is None  # "averaging over 4000 boardings"
        until = self._time_to_reach(after) if target is None and after is not None else None
        if until is not None:  # "jobs that took longer than 48 hours to complete": raised_at -> completed_at
            unit = lx.lemma(ms[after].text)
            minutes = value * lx.TIME_UNIT_SECONDS[unit] / 60.0
            self.p.filters.append(FilterP(op=op, ref=Ref(cands=[(3.0, until)], text=ms[after].text), value=minutes,
                                          pos=i))
            self.used.update({after, after + 1, after + 2})
            return after + 3
        if target is None and after is not None and not averaged:
            target = self._rate_unit_target(after)
        if target is None and not averaged:
            target = self._comparative_target(i, after)
        pct = self._percent_column() if target is None and m.kind == "number" and m.data.get("percent") else None
        if pct is not None and averaged:  # "which players average above 56%": their average score_pct
            self.p.having.append({"kind": "agg", "agg": "avg", "ref": Ref(cands=[(3.0, pct)], text=m.text),
                                  "op": op, "value": value})
            self.used.add(agg_before)
            return j + 1
        if pct is not None:  # "results over 60%": the one percentage column of the table in question
            target = Ref(cands=[(3.0, pct)], text=m.text)
        late = self._lateness_after(after) if after is not None else None
        if late is not None:  # "sailings that left more than 30 minutes late": the delay, in the unit it is kept in
            col, per = late
            self.p.filters.append(FilterP(op=op, ref=Ref(cands=[(3.0, col)], text=ms[after + 1].text),
                                          value=value * lx.TIME_UNIT_SECONDS[lx.lemma(ms[after].text)] / per, pos=i))
            self.used.update({after, after + 1})
            return after + 2
        if target is None and after is not None and lx.lemma(ms[after].text) in lx.TIME_UNIT_SECONDS:
            target = self._timed_column_before(i)  # "average handle time is over 12 minutes": handle_seconds
            averaged = False
        if target is not None and after is not None and lx.lemma(ms[after].text) in lx.TIME_UNIT_SECONDS and \
                target.cands:
            unit_s = time_unit_seconds(target.cands[0][1].name, target.cands[0][1].words)
            if unit_s:  # "longer than 2 weeks" on a day count, "over 10 minutes" on durationSec
                value = value * lx.TIME_UNIT_SECONDS[lx.lemma(ms[after].text)] / unit_s
                self.used.add(after)
                if ms[after].kind == "word":
                    ms[after].kind = "column"
        if target is None and after is not None and lx.lemma(ms[after].text) in lx.TIME_UNIT_SECONDS and \
                self._aggregate_before(i) is None:
            dur = self._duration_column()
            if dur is not None:  # "sessions that lasted more than 24 hours": the duration, in its own unit
                col, unit_s = dur
                self.used.add(after)
                if ms[after].kind == "word":
                    ms[after].kind = "column"
                scaled = value * lx.TIME_UNIT_SECONDS[lx.lemma(ms[after].text)] / unit_s
                self.p.filters.append(FilterP(op=op, ref=Ref(cands=[(3.0, col)], text="duration"), value=scaled,
                                              pos=i))
                return after + 1
        event_verb = self._event_verb_before(i) if target is None and after is not None else None
        if event_verb is not None and ms[after].kind == "word" and _is_plural(ms[after].text) and \
                lx.lemma(ms[after].text) not in lx.TIME_UNIT_SECONDS:
            if ms[after].text in ("dollars", "euros", "pounds", "bucks", "usd", "eur", "gbp"):
                money = self._money_of_table(event_verb.table)
                if money is not None:  # "senders who have sent more than 8000 dollars": the total of their money
                    self.p.having.append({"kind": "agg", "agg": "sum", "ref": Ref(cands=[(3.0, money)], text="money"),
                                          "op": op, "value": value})
                    self.used.add(after)
                    return after + 1
            else:  # "reps who sold more than 52 tractors": a count of the events the verb names (sales)
                self.p.having.append({"kind": "count", "ref": Ref(cands=[], text=ms[after].text,
                                                                  table=event_verb.table), "op": op, "value": value})
                self.used.add(after)
                return after + 1
        if target is None and event_verb is None and after is not None and ms[after].kind == "word" and \
                _is_plural(ms[after].text) and lx.lemma(ms[after].text) not in lx.TIME_UNIT_SECONDS and \
                ms[after].text not in ("dollars", "euros", "pounds", "bucks", "times", "people", "years", "items"):
            owner = self._ranked_table_before(i)
            kids = self._child_tables(owner) if owner else []
            if len(kids) == 1:  # "plazas that saw more than 200 crossings": the rows of the one table about a plaza
                self.p.having.append({"kind": "count", "ref": Ref(cands=[], text=ms[after].text, table=kids[0]),
                                      "op": op, "value": value})
                self.used.add(after)
                return after + 1
        if (target is None or after is not None and ms[after].text == "times" and pj is not None and
                ms[pj].kind in ("table", "stop", "word")) and after is not None and \
                ms[after].text in ("times", "time") and i > 0:
            # "customers who ordered more than 10 times": a count of the events the verb names (orders)
            vi = i - 1
            while vi > 1 and ms[vi].kind in ("table", "stop") and not ms[vi].text.endswith("ed") and i - vi < 4:
                vi -= 1  # "members who booked a court more than 12 times": the verb before its object
            vi = vi if ms[vi].text.endswith("ed") else i - 1
            verb = stem(ms[vi].text)
            # (the events' own key first: loungeVisits.visitId, not foodOrders.visitId pointing at it)
            ids = sorted((c for c in self.index.columns if c.is_id and c.words and stem(c.words[0]) == verb),
                         key=lambda c: not c.is_pk)
            if not ids:  # "drugs prescribed more than 165 times": the prescriptions, dated prescribed_on
                dated = {c.table for c in self.index.columns if c.is_date and c.words and stem(c.words[0]) == verb}
                ids = [self.index.tables[t].columns[self.index.tables[t].pk[0]] for t in sorted(dated)
                       if len(self.index.tables[t].pk) == 1] if len(dated) == 1 else []
            ref = Ref(cands=[(3.0, ids[0])], text=ms[i - 1].text) if len(ids) >= 1 else None
            owner = self._ranked_table_before(i)
            named_event = owner is not None and any(stem(w) == verb for w in self.index.tables[owner].words)
            kids = self._child_tables(owner) if ref is None and owner and not named_event else []
            if len(kids) == 1:  # "routes logged more than 40 times": the one table of events about a route
                ref = Ref(cands=[], text=ms[i - 1].text, table=kids[0])
            self.p.having.append({"kind": "count", "ref": ref or Ref(cands=[], text=ms[i - 1].text, table=owner),
                                  "op": op, "value": value})
            self.used.update({after, i - 1})
            return after + 1
        if target is None and i > 0 and ms[i - 1].text in SELL_VERBS and after is not None and \
                ms[after].kind == "column" and self._is_measure_mention(ms[after]) and \
                any(c.table for _, c in ms[after].data["cands"][:1]) and i > 1:
            # "products that sold more than 2000 units": the total quantity per product
            self.p.having.append({"kind": "agg", "agg": "sum", "ref": _ref_from_mention(ms[after]), "op": op,
                                  "value": value})
            self.used.add(after)
            return after + 1
        if target is None:
            money = self._money_verb_target(i)
            if money is not None:  # "appeals that raised more than 25k": the sum of their donations
                self.p.having.append({"kind": "agg", "agg": "sum", "ref": money, "op": op, "value": value})
                return j + 1
        counted_kind = self._counted_value_rows(i, after) if target is None and after is not None else None
        if counted_kind is not None:  # "patients with more than 15 hypotension episodes": their rows of that kind
            self.p.having.append({"kind": "count", "ref": Ref(cands=[], text=ms[after].text, table=counted_kind),
                                  "op": op, "value": value})
            if after + 1 < len(ms) and ms[after + 1].kind == "word":
                self.used.add(after + 1)
                ms[after + 1].kind = "stop"
            return j + 1
        if target is None:
            target = self._age_target(i, j, value)
            if target is not None:  # an age condition is on people's rows, never on an aggregate
                self.p.filters.append(FilterP(op=op, ref=target, value=value, pos=i))
                return j + 1
        k = after
        while agg_before is not None and k is not None and k + 1 < len(ms) and ms[k].kind == "value":
            k += 1  # "averaging over 4000 weekday boardings": the value stays a filter, the measure follows it
        if agg_before is not None and target is None and k is not None and ms[k].kind == "column" and \
                _measure_cands(_ref_from_mention(ms[k])):
            target = _ref_from_mention(ms[k])
            self.used.add(k)
        if agg_before is not None:
            # "regions with an average reading above 2200 kwh": a condition on the aggregate (HAVING when grouped)
            self.p.having.append({"kind": "agg", "agg": agg_before, "ref": target, "op": op, "value": value})
            return j + 1
        money_in = self._amount_in_measure(after) if target is None and not averaged else None
        if money_in is not None:
            # "vendors with over 100k in total sales", "departments with over 150k in sales": the total per entity
            self.p.having.append({"kind": "agg", "agg": "sum", "ref": money_in, "op": op, "value": value})
            return j + 1
        noun = self._counted_noun(after)
        if target is None and noun is not None and noun != after:
            # "more than 300 won deals": the count of the noun; the adjective value stays a filter
            ref = self._counted_rows_ref(noun)
            self.p.having.append({"kind": "count", "ref": ref, "op": op, "value": value})
            self.used.add(noun)
            return j + 1
        event = self._event_noun_date(after) if target is None else None
        if event is not None:
            # "neighborhoods with more than 150 sales": the rows whose event date (sold_date) is set, counted
            self.p.filters.append(FilterP(op="not_null", ref=Ref(cands=[(2.0, event)], text=ms[after].text), pos=after))
            self.p.having.append({"kind": "count", "ref": Ref(cands=[], text=ms[after].text, table=event.table),
                                  "op": op, "value": value})
            self.used.add(after)
            return after + 1
        if target is not None and after is not None and ms[after].kind == "table" and _is_plural(ms[after].text) and \
                (re.fullmatch(r"[a-z]+ed", target.text or "") or (target.text or " ").split()[0] in lx.MONEY_VERBS) \
                and (self._ranked_table_before(i) is not None or self.p.dims):
            # "pickers who worked more than 40 shifts": the verb only leads to the shifts, which are counted
            self.p.having.append({"kind": "count", "ref": self._counted_rows_ref(after), "op": op, "value": value})
            self.used.add(after)
            return after + 1
        if target is None and after is not None and ms[after].kind in ("column", "table"):
            ma = ms[after]
            if ma.kind == "column" and _measure_cands(_ref_from_mention(ma)) and not ma.data.get("table"):
                target = _ref_from_mention(ma)
                self.used.add(after)
            else:
                # "with more than 10 orders": a count condition on the entity
                ref = self._counted_rows_ref(after)
                self.p.having.append({"kind": "count", "ref": ref, "op": op, "value": value})
                self.used.add(after)
                return after + 1
        if target is None and after is not None and ms[after].kind == "cue" and ms[after].data.get("cue") == "grain":
            return after + 1
        if self._child_measure_having(i, op, target, value, after):
            return after + 1 if after is not None and after in self.used else j + 1
        total_at = self._in_total_after(i, j) if target is not None and _measure_cands(target) else None
        if total_at is not None:
            # "which crops have yielded more than 600 kg in total": each crop's total, not single harvests over 600
            self.p.having.append({"kind": "agg", "agg": "sum", "ref": target, "op": op, "value": value})
            self.used.update({total_at, total_at - 1})
            return max(k for k in range(j, total_at + 1) if k in self.used) + 1
        self.p.filters.append(FilterP(op=op, ref=target, value=value, pos=i))
        unit = {c.key for _, c in ms[after].data.get("cands") or []} if after is not None and \
            ms[after].kind == "column" and after not in self.used else set()
        named = [c for _, c in (target.cands if target is not None else []) if c.key in unit]
        if named:  # "longer than 30 meters": the unit names the compared column (len_m), not a measure
            target.cands = [(3.0, named[0])]
            self.used.add(after)
            return after + 1
        return j + 1

    def _amount_in_measure(self, k: int | None) -> Ref | None:
        """ "over 100k in total sales": after the number, "in" and an additive measure (the one summed per entity)."""
        ms = self.ms
        if k is None or k + 1 >= len(ms) or ms[k].text != "in":
            return None
        j = k + 1
        if ms[j].kind == "cue" and ms[j].data.get("agg") == "sum":
            self.used.add(j)
            j += 1
        if j >= len(ms) or ms[j].kind != "column" or not self._is_measure_mention(ms[j]):
            return None
        self.used.update({k, j})
        return _ref_from_mention(ms[j])

    def _timed_column_before(self, i: int) -> Ref | None:
        """A duration column with a unit of its own (handle_seconds, dur_min) named shortly before comparator i,
        across words such as "time" and "is"."""
        for k in range(i - 1, max(-1, i - 5), -1):
            m = self.ms[k]
            if m.kind == "column":
                cands = [(s, c) for s, c in m.data.get("cands") or [] if c.is_measure and
                         time_unit_seconds(c.name, c.words)]
                if cands:
                    self.used.add(k)
                    self.p.measures = [mp for mp in self.p.measures if not (mp.pos == k and not mp.explicit_agg)]
                    return Ref(cands=cands, text=m.text)
            elif m.kind not in ("stop", "word"):
                return None
        return None

    def _of_table(self, i: int, ref: Ref) -> Ref:
        """ "total minutes of calls": a table named right after "of" picks the measure's column in that table."""
        ms = self.ms
        if i + 2 < len(ms) and ms[i + 1].text in ("of", "on", "for", "per") and ms[i + 2].kind == "table":
            t = ms[i + 2].data["table"]
            top = max((s for s, _ in ref.cands), default=0)
            if ms[i + 1].text == "per" and not any(c.table == t and s >= top - 0.01 for s, c in ref.cands):
                return ref  # "total takings per artist": a breakdown of the takings, not the artists' hourly rate
            if any(c.table == t for _, c in ref.cands):
                cands = sorted(((s + (1.5 if c.table == t else 0), c) for s, c in ref.cands), key=lambda sc: -sc[0])
                return Ref(cands=cands, text=ref.text, table=ref.table, exact=ref.exact)
        return ref

    def _money_noun_after(self, i: int, ref: Ref) -> Ref:
        """ "sold value", "shipped amount": a word naming a money column followed by a generic money noun is one
        measure (sold_price), not two."""
        nxt = self.ms[i + 1] if i + 1 < len(self.ms) else None
        if nxt is None or nxt.kind != "column" or lx.lemma(nxt.text) not in GENERIC_MONEY_NOUNS or i + 1 in self.used:
            return ref
        money = [(s, c) for s, c in ref.cands if c.is_money]
        if not money or ref.exact:
            return ref
        self.used.add(i + 1)
        return Ref(cands=money, text=f"{ref.text} {nxt.text}", table=ref.table)

    def _event_noun_date(self, k: int | None) -> ColInfo | None:
        """ "sales" with no column of that name, and one date column named after the verb (sold_date): that date.

        >>> _Walker(index, "agents with more than 20 sales")._event_noun_date(4).name   # doctest: +SKIP
        'sold_date'
        """
        if k is None or k >= len(self.ms) or self.ms[k].kind not in ("column", "word"):
            return None
        m = self.ms[k]
        if any(s >= 2.0 for s, _ in m.data.get("cands") or []) or m.data.get("table"):
            return None
        verb = lx.EVENT_NOUNS.get(m.text) or lx.EVENT_NOUNS.get(lx.lemma(m.text))
        dates = [c for c in self.index.columns if c.is_date and verb and c.words[0] == verb and len(c.words) > 1]
        return dates[0] if len(dates) == 1 else None

    def _year_is_quantity(self, i: int, j: int) -> bool:
        """ "heavier than 2000 kg", "over 1990 kwh": a year-like number that is a quantity (unit or adjective)."""
        ms = self.ms
        if ms[j].kind != "year":
            return False
        if any(w in lx.COMPARATIVE_COLUMNS for w in ms[i].text.split()):
            return True
        nxt = ms[j + 1] if j + 1 < len(ms) else None
        return nxt is not None and nxt.kind == "column" and self._is_measure_mention(nxt)

    def _percent_column(self) -> ColInfo | None:
        """The one number column counted in percent (score_pct, discount_percent) of the tables in question, else of
        the schema."""
        named = self._mentioned_tables()
        pcts = [c for c in self.index.columns if c.is_measure and not c.derived and
                set(c.words) & {"pct", "percent", "percentage"}]
        near = [c for c in pcts if c.table in named]
        pick = near or pcts  # "which players average above 56%": the percentages of their results
        return pick[0] if len(pick) == 1 else None

    def _comparative_target(self, i: int, after: int | None) -> Ref | None:
        """ "heavier than 500 kg" -> weight, "more expensive than" -> price/cost: the adjective names the column."""
        words = self.ms[i].text.split()
        key = next((w for w in words if w in lx.COMPARATIVE_COLUMNS), None)
        if key is None:
            return None
        names = set(lx.COMPARATIVE_COLUMNS[key])
        cands = [(2.0 + (0.5 if c.words[0] in names else 0), c) for c in self.index.columns
                 if c.is_measure and set(c.words) & names]
        if not cands:
            return None
        cands.sort(key=lambda sc: -sc[0])
        if after is not None and self.ms[after].kind == "column" and any(
                c.key == cands[0][1].key for _, c in self.ms[after].data.get("cands", [])):
            self.used.add(after)  # the unit after the number ("kg") names the same column
        return Ref(cands=cands, text=self.ms[i].text)

    def _rate_unit_target(self, k: int) -> Ref | None:
        """ "charge more than 3 an hour", "costing over 30 a month": the column priced per that unit (hourly_rate,
        monthly_fee), of the table named in the question when there is one."""
        ms = self.ms
        if k + 1 >= len(ms) or ms[k].text not in ("a", "an", "per", "each"):
            return None
        unit = lx.lemma(ms[k + 1].text)
        adverb = {"hour": "hourly", "day": "daily", "week": "weekly", "month": "monthly", "year": "yearly",
                  "night": "nightly"}.get(unit)
        if adverb is None:
            return None
        words = {adverb, unit} | ({"annual", "annually"} if unit == "year" else set())
        named = {m.data.get("table") for m in ms if m.kind == "table"} - {None}
        cands = [c for c in self.index.columns if c.is_measure and set(c.words) & words]
        cands = [c for c in cands if c.table in named] or cands
        if not cands:
            return None
        self.used.update({k, k + 1})
        for x in (k, k + 1):
            if ms[x].kind in ("word", "cue"):
                ms[x].kind = "column"
        return Ref(cands=[(3.0, c) for c in cands], text=f"per {unit}")

    def _left_column(self, i: int) -> Ref | None:
        """The column compared, named shortly before the comparator ("the tip was more than", "delivered after")."""
        for k in range(i - 1, max(-1, i - 5), -1):
            m = self.ms[k]
            if m.kind == "column" and m.data.get("cands"):
                self.used.add(k)
                self.p.measures = [mp for mp in self.p.measures if mp.pos != k]
                self.p.entities = [e for e in self.p.entities if e[0] != k]
                return _ref_from_mention(m)
            if m.kind not in ("stop", "word"):
                return None
        return None

    def _column_comparison(self, i: int, j: int, op: str) -> int:
        """ "delivered after the due date", "spent more than the budget": one column against another of the same
        kind (dates with dates, numbers with numbers)."""
        right = _ref_from_mention(self.ms[j])
        if j + 1 < len(self.ms) and self.ms[j + 1].kind == "number" and _measure_cands(right) and \
                not self.ms[j + 1].data.get("percent"):  # "events above magnitude 3": the column, then its number
            self.p.filters.append(FilterP(op=op, ref=Ref(cands=_measure_cands(right), text=right.text),
                                          value=self.ms[j + 1].data["value"], pos=i))
            self.p.measures = [mp for mp in self.p.measures if mp.pos != j or mp.explicit_agg]
            self.used.update({j, j + 1})
            return j + 2
        left = None
        dated = any(c.is_date for _, c in right.cands[:1])
        for k in range(i - 1, max(-1, i - 5), -1):
            m = self.ms[k]
            if m.kind == "column" and m.data.get("cands") and (not dated or k == i - 1 or any(
                    c.is_date for _, c in m.data["cands"][:1])):
                left = _ref_from_mention(m)
                break
            if m.kind not in ("stop", "word") and not (dated and m.kind == "table"):
                break  # ("delivered orders arrived after the promised date": past the orders, their delivery date)
        if left is None:
            left = self._price_paid_against(i, right)  # "tractors that went for less than list price"
        if left is None:
            return i + 1
        if any(c.is_date for _, c in right.cands[:1]) and any(c.is_date for _, c in left.cands[:3]):
            # "bills paid after the due date": "paid" names paid_on (a date) as well as amount_paid
            left = Ref(cands=[(s, c) for s, c in left.cands if c.is_date], text=left.text)
        if any(c.is_date for _, c in left.cands[:1]) and any(c.is_money for _, c in right.cands[:1]):
            left = self._price_paid_against(i, right) or left  # "sold for more than their appraised value"
        kinds = ({c.is_date for _, c in left.cands[:1]}, {c.is_date for _, c in right.cands[:1]})
        if kinds[0] != kinds[1] or not (any(c.is_date or c.is_measure for _, c in left.cands[:1])
                                        and any(c.is_date or c.is_measure for _, c in right.cands[:1])):
            return i + 1
        self._left_column(i)  # the left mention is part of the condition now
        self.used.add(j)
        self.p.filters.append(FilterP(op="cmp_col", ref=left, value=(op, right, 1.0), pos=i))
        return j + 1

    def _price_paid_against(self, i: int, right: Ref) -> Ref | None:
        """ "went for less than list price", "sold for more than the appraised value": the price actually paid, the
        other money column of the compared one's table (or of a table referring to it)."""
        words = {self.ms[k].text for k in range(max(0, i - 3), i)}
        if not words & {"went", "sold", "fetched", "paid", "for", "cost", "costed"} or not right.cands:
            return None
        r = right.cands[0][1]
        if not r.is_money:
            return None
        tables = [r.table] + [t.name for t in self.index.tables.values() if any(rt == r.table for _, rt, _ in t.fks)]
        for t in tables:
            paid = [c for c in self.index.tables[t].columns.values() if c.is_money and not c.derived and c is not r
                    and set(c.words) & {"sale", "sold", "paid", "actual", "final", "selling", "hammer"}]
            if len(paid) == 1:
                return Ref(cands=[(3.0, paid[0])], text="price paid")
        return None

    def _counted_value_rows(self, i: int, k: int) -> str | None:
        """ "patients with more than 15 hypotension episodes": a value right after the number, of a table whose rows
        refer to the entity the question is about; that table (the value stays a condition on its rows)."""
        ms = self.ms
        vals = ms[k].data.get("values") or [] if ms[k].kind == "value" else []
        subject = self._ranked_table_before(i)
        tables = {v[0] for v in vals}
        if subject is None or len(tables) != 1:
            return None
        t = next(iter(tables))
        return t if t != subject and any(rt == subject for _, rt, _ in self.index.tables[t].fks) else None

    def _take_to(self, i: int) -> bool:
        """ "how long do customers take to pay": the days from the row's own date (job_date) to the date the verb names
        (paid_on), averaged."""
        ms = self.ms
        k = next((x for x in range(i + 1, min(len(ms) - 2, i + 6)) if ms[x].text in ("take", "takes", "took") and
                  ms[x + 1].text == "to"), None)
        if k is None:
            return False
        verb = ms[k + 2].text
        ends = [c for c in self.index.columns if c.is_date and len(c.words) >= 2 and not c.derived and
                (stem(c.words[0]) == stem(verb) or lx.VERB_OF_PAST.get(c.words[0]) == verb)]
        if not ends:  # "how many days does a shipment take to reach the shop": the named table's own start and end
            pair = self._own_start_end(ms[i + 1:k])
            ends = [pair[1]] if pair else []
        if len(ends) != 1:
            return False
        start = self.index.tables[ends[0].table].main_date(False)
        if start is None or start.key == ends[0].key:
            return False
        self.p.measures.append(MeasureP(agg=None, ref=Ref(cands=[(3.0, start), (3.0, ends[0])], text="how long"),
                                        kind="duration", pos=i))
        self.used.update({i, k, k + 1, k + 2})
        ms[k + 2].kind = "stop"
        return True

    def _own_start_end(self, span: list[Mention]) -> tuple[ColInfo, ColInfo] | None:
        """(start, end) dates of the one table named in `span`, when it has one start/end pair (shipped_on ->
        delivered_on), else None."""
        tables = {m.data.get("table") for m in span if m.kind == "table"}
        if len(tables) != 1:
            return None
        info = self.index.tables[tables.pop()]
        pairs = [parse_derived(c.name)[1] for c in info.columns.values() if c.derived and
                 c.name.startswith(("@days(", "@minutes(")) and "delay" not in c.words]
        if len(pairs) != 1 or len(pairs[0]) != 2:
            return None
        return info.columns[pairs[0][0]], info.columns[pairs[0][1]]

    def _time_to_reach(self, k: int) -> ColInfo | None:
        """ "48 hours to complete": a time unit, "to", a verb naming an end date (completed_at): the minutes from the
        table's start date to that date, as a derived column."""
        ms = self.ms
        if k + 2 >= len(ms) or lx.lemma(ms[k].text) not in lx.TIME_UNIT_SECONDS or ms[k + 1].text != "to":
            return None
        end = next((c for _, c in (ms[k + 2].data.get("cands") or [])[:1] if c.is_date), None) \
            if ms[k + 2].kind == "column" else None
        info = self.index.tables.get(end.table) if end is not None else None
        start = info.main_date(False) if info is not None else None
        if start is None or start.key == end.key:
            return None
        return ColInfo(table=info.name, name=f"@minutes({start.name},{end.name})", kind="number",
                       words=["duration", "time"], derived=True)

    def _group_total_having(self, i: int, j: int, op: str, value: float) -> bool:
        """ "categories with over 20k of sales", "distributors that lost more than 140 fish": a plural text column that
        opens the question, then a condition on a measure's total for each of its values (HAVING SUM). The measure is
        named after the number ("of sales") or by the verb before the comparator ("lost" -> fish_lost)."""
        ms = self.ms
        if j + 1 < len(ms) and ms[j + 1].text in ("times", "time"):
            return False  # "which vehicles came more than 12 times": a count of their visits, read below
        g = i - 1
        verb = None
        while g >= 0 and (ms[g].kind == "stop" or ms[g].text in ("have", "has", "had")):
            g -= 1
        if g >= 1 and ms[g].kind in ("column", "cue", "word") and ms[g - 1].kind == "stop" and \
                ms[g - 1].text in ("that", "which", "who"):
            verb, g = g, g - 2  # "distributors that lost more than": the verb names the measure
        elif g >= 2 and ms[g].kind in ("column", "cue", "word") and ms[g - 1].kind == "column" and \
                ms[g - 2].text in ("which", "what"):
            verb, g = g, g - 1  # "which distributors sold over 1500 fish"
        top = (ms[g].data.get("cands") or [(0, None)])[0][1] if g >= 0 and ms[g].kind == "column" else None
        plural = _is_plural(ms[g].text) or g + 1 < len(ms) and ms[g + 1].text in ("that", "which", "with")
        if top is None or not top.is_text or top.is_id or not plural or not (
                g == 0 or ms[g - 1].text in ("which", "what", "show", "list")):
            return False
        measure, used = None, set()
        if j + 2 < len(ms) and ms[j + 1].text == "of" and ms[j + 2].kind == "column":
            measure, used = _measure_cands(_ref_from_mention(ms[j + 2])), {j + 1, j + 2}
        elif verb is not None:
            own = _measure_cands(_ref_from_mention(ms[verb])) if ms[verb].kind == "column" else []
            noun = _measure_cands(_ref_from_mention(ms[j + 1])) if j + 1 < len(ms) and ms[j + 1].kind == "column" \
                else []
            named = [(s, c) for s, c in noun if ms[verb].text in c.words]  # "lost ... fish": fish_lost
            measure, used = (named or noun or [(s, c) for s, c in own if s >= 1.5]), {verb}
            if j + 1 < len(ms) and ms[j + 1].kind in ("column", "word", "table") and (
                    _is_plural(ms[j + 1].text) or named or noun):
                used.add(j + 1)  # "lost more than 140 fish": the unit of the measure
                ms[j + 1].kind = "stop"
        if not measure or measure[0][1].table != top.table and not self._refers_to(measure[0][1].table, top.table):
            return False
        self.p.having.append({"kind": "agg", "agg": "sum", "ref": Ref(cands=measure[:1], text=ms[min(used)].text),
                              "op": op, "value": value})
        self.p.measures = [mp for mp in self.p.measures if mp.pos not in used]
        # the verb is not an event of its own ("sold": not only the batches with a sold-out date)
        self.p.filters = [f for f in self.p.filters if f.pos not in used]
        self.used.update(used | {j})
        return True

    def _in_total_after(self, i: int, j: int) -> int | None:
        """Where "in total" (or "altogether", "combined") closes a comparison at i..j in a which-question."""
        ms = self.ms
        if not any(m.kind == "cue" and m.data.get("cue") == "which" for m in ms[:i]):
            return None
        for k in range(j + 1, min(len(ms), j + 4)):
            total = ms[k].kind == "cue" and ms[k].data.get("agg") == "sum" and ms[k - 1].text == "in" or \
                ms[k].text in ("altogether", "combined", "all together")
            if total:
                return k
        return None

    def _qualifying_row_count(self, i: int) -> bool:
        """ "who has the highest average score, minimum 30 games", "best batting average (at least 10 innings)": a
        qualifier on each group's number of rows of a table, set off from the question (HAVING COUNT(*) >= 30)."""
        ms = self.ms
        m = ms[i]
        minimum = m.data.get("cue") == "agg" and m.text in ("minimum", "min")
        if not minimum and not (m.data.get("cue") == "cmp" and m.text in ("at least", "no fewer than", "no less than")):
            return False
        j = i + 2 if i + 1 < len(ms) and ms[i + 1].text == "of" else i + 1  # "a minimum of 30 games"
        if j + 1 >= len(ms) or ms[j].kind != "number" or ms[j].data.get("percent") or ms[j + 1].kind != "table" or \
                not _is_plural(ms[j + 1].text):
            return False
        k = i - 1
        while k >= 0 and ms[k].text in ("a", "with", "of"):
            k -= 1
        if k >= 0 and ms[k].text not in (",", "(", "-", "–"):
            return False
        grouped = any(x.kind == "cue" and x.data.get("cue") in ("which", "group", "rank") for x in ms[:i])
        if not grouped:
            return False
        self.p.having.append({"kind": "count", "ref": Ref(cands=[], text=ms[j + 1].text, table=ms[j + 1].data["table"]),
                              "op": ">=", "value": ms[j].data["value"]})
        self.used.update(range(i, j + 2))
        return True

    def _having_count_of_table(self, i: int, j: int, op: str, value: float) -> bool:
        """ "which shops received more than 150 shipments", "which members made over 20 bookings": a verb after a
        which-group, then a number of the rows of a table (a plural table noun): the count of those rows per group."""
        ms = self.ms
        nxt = ms[j + 1] if j + 1 < len(ms) else None
        pj = self.prev(i)
        table = (nxt.data.get("table") or self.index.table_for_word(nxt.text)) if nxt is not None and \
            nxt.kind in ("table", "stop") else None  # (a table noun the group already read as its rows: a stop)
        if table is None or not _is_plural(nxt.text) or pj is None or \
                ms[pj].kind not in ("word", "column", "cue") or self._aggregate_before(i) is not None:
            return False
        g = pj - 1
        while g >= 0 and ms[g].kind == "stop" and ms[g].text not in ("which", "what"):
            g -= 1
        group = ms[g] if g >= 1 and ms[g - 1].text in ("which", "what") else None
        if group is None or not _is_plural(group.text) or not (
                group.kind == "table" or self._which_group_before(pj)):
            return False
        owner = group.data.get("table") if group.kind == "table" else \
            (group.data.get("cands") or [(0, None)])[0][1].table
        if owner != table and not self._refers_to(table, owner):
            return False
        self.p.having.append({"kind": "count", "ref": Ref(cands=[], text=nxt.text, table=table), "op": op,
                              "value": value})
        self.used.update({pj, j, j + 1})
        return True

    def _which_group_before(self, k: int) -> bool:
        """ "which sites spent ...", "which categories brought in ...": the verb's subject is a text column asked for
        with which / what (a grouping), not a table of entities."""
        j = k - 1
        while j >= 0 and self.ms[j].kind == "stop":
            j -= 1
        m = self.ms[j] if j >= 1 else None
        top = (m.data.get("cands") or [(0, None)])[0][1] if m is not None and m.kind == "column" else None
        return top is not None and top.is_text and not top.is_id and _is_plural(m.text) and \
            self.ms[j - 1].text in ("which", "what")

    def _money_of_group(self, k: int) -> ColInfo | None:
        """The money column the verb at k names, or the one money column of the grouping column's table or of the
        tables that refer to it."""
        own = [c for _, c in (self.ms[k].data.get("cands") or [])[:1] if c.is_money]
        if own:
            return own[0]
        j = k - 1
        while self.ms[j].kind == "stop":
            j -= 1
        t = self.ms[j].data["cands"][0][1].table
        for table in [t] + self._child_tables(t):
            money = [c for c in self.index.tables[table].columns.values() if c.is_money and not c.derived]
            if len(money) == 1:
                return money[0]
        return None

    def _money_verb_target(self, i: int) -> Ref | None:
        """The money column behind a money verb right before a comparator ("raised over", "spent more than"): of the
        named entity's child table (appeals -> donations.amount), or of the entity itself."""
        ms = self.ms
        pj = i - 1
        if pj < 0 or ms[pj].text not in lx.MONEY_VERBS:
            return None
        parent = self._table_before(pj)
        if parent is None:
            return None
        money = [c for _, c in self.index.column_candidates("revenue") if c.is_money]
        for t in [parent] + self._child_tables(parent):
            own = [c for c in money if c.table == t]
            if own and t != parent:
                return Ref(cands=[(3.0, own[0])], text=ms[pj].text)
        return None

    def _child_measure_having(self, i: int, op: str, target: Ref | None, value, after: int | None = None) -> bool:
        """ "products with more than 50000 units sold", "films that sold more than 15000 tickets": the compared
        measure lives in rows that refer to the entity the question names, so the condition is on its total per
        entity (an average for prices, rates and scores). True when a HAVING condition was added."""
        if target is None or not target.cands or not isinstance(value, (int, float)):
            return False
        subject = self._ranked_table_before(i)
        if subject is None or any(c.table == subject for _, c in target.cands[:3]):
            return False
        col = target.cands[0][1]
        if getattr(col, "derived", False) or not self._refers_to(col.table, subject):
            return False
        took = target.text in lx.MONEY_VERBS | {"earned", "made", "took", "generated", "raised"}
        agg = "avg" if set(col.words) & NON_ADDITIVE_WORDS and not (col.is_money and took) else "sum"
        # ("crews that brought in more than 40k": the money they took, summed, though the column is a price)
        if after is not None and self.ms[after].kind == "column" and any(
                c.key == col.key for _, c in self.ms[after].data.get("cands", [])):
            self.used.add(after)  # "sold more than 15000 tickets": the noun names the same column
        self.p.having.append({"kind": "agg", "agg": agg, "ref": Ref(cands=[(3.0, col)], text=target.text), "op": op,
                              "value": value})
        return True

    def _refers_to(self, child: str, parent: str) -> bool:
        """Do rows of `child` point at `parent` rows, directly or through one table in between?"""
        tables = self.index.tables
        first = {ref for _, ref, _ in getattr(tables.get(child), "fks", [])}
        return parent in first or any(parent in {r for _, r, _ in getattr(tables.get(t), "fks", [])} for t in first)

    def _age_target(self, i: int, j: int, value) -> Ref | None:
        """ "patients over 60", "members aged 30 or younger", "riders older than 50 years": the age column (stored or
        derived from a birth date) of the people the question is about."""
        ms = self.ms
        if not isinstance(value, (int, float)) or not 0 < value < 120:
            return None
        if j + 1 < len(ms) and ms[j + 1].kind in ("table", "column") and ms[j + 1].text not in ("years", "year"):
            return None  # "customers with more than 8 rentals": the number counts the noun after it
        ages = [c for c in self.index.columns if c.is_number and "age" in c.words and len(c.words) <= 2]
        unit = j + 1 < len(ms) and ms[j + 1].text in ("years", "year", "yo", "old") or "aged" in ms[i].text or \
            any(w in ms[k].text for w in ("older", "younger") for k in (i, j + 1) if k < len(ms)) or \
            i > 0 and ms[i - 1].text == "aged" or bool(ms[j].data.get("age"))
        named = {ms[k].data.get("table") for k in range(i) if ms[k].kind == "table"} - {None}
        people = {t for t in named if set(self.index.tables[t].words) & lx.PERSON_WORDS}
        near = [c for c in ages if c.table in people] or ([c for c in ages if c.table in named] if unit else [])
        pick = near or (ages if unit else [])
        if len(pick) != 1 and not (pick and unit):
            return None
        if j + 1 < len(ms) and ms[j + 1].text in ("years", "year", "yo", "old"):
            self.used.add(j + 1)
            if j + 2 < len(ms) and ms[j + 2].text == "old":
                self.used.add(j + 2)
        return Ref(cands=[(3.0, pick[0])], text="age")

    def _aggregate_before(self, i: int) -> str | None:
        """An aggregate word shortly before a comparator ("an average reading above ..."): its aggregate."""
        for k in range(i - 1, max(-1, i - 5), -1):
            m = self.ms[k]
            if m.kind == "cue" and m.data.get("cue") == "agg" and m.text in lx.PURE_AGG and \
                    m.data.get("agg") not in ("count", "count_distinct"):
                return m.data["agg"]
            if m.kind == "cue" and m.data.get("cue") in ("group", "which", "cmp"):
                return None
            if m.kind in ("table", "value") and k == i - 1 and _is_plural(m.text):
                return None  # "average weight of dogs over 20 kg": the dogs over 20 kg, then their average
        return None

    def _event_date_at(self, k: int | None) -> ColInfo | None:
        """The date column the mention at k names outright ("sold" -> sales.sold_at, "defaulted" -> default_dt)."""
        if k is None or k >= len(self.ms) or self.ms[k].kind != "column":
            return None
        cands = self.ms[k].data.get("cands") or []
        return cands[0][1] if cands and cands[0][1].is_date and cands[0][0] >= 2.0 else None

    def _times_of_event(self, i: int, j: int, op: str, value: float) -> bool:
        """ "who has defaulted more than once": the rows whose event date (default_dt) is set, counted per entity."""
        pj = self.prev(i)
        c = self._event_date_at(pj)
        key = (self.ms[pj].data.get("cands") or [(0, None)])[0][1] if pj is not None and \
            self.ms[pj].kind == "column" else None
        if c is None and key is not None and key.is_pk and self.ms[pj].text.endswith("ed"):
            # "which vehicles have been fined more than once": a count of the fines (the verb names the table)
            self.p.having.append({"kind": "count", "ref": Ref(cands=[], text=self.ms[pj].text, table=key.table),
                                  "op": op, "value": value})
            self.used.update({pj, j})
            return True
        if c is None:
            return False
        ref = Ref(cands=[(3.0, c)], text=self.ms[pj].text)
        if self.index.tables[c.table].main_date(False) is not c:
            self.p.filters.append(FilterP(op="not_null", ref=ref, pos=pj))
        self.p.having.append({"kind": "count", "ref": Ref(cands=[], text=self.ms[pj].text, table=c.table), "op": op,
                              "value": value})
        self.used.update({pj, j})
        return True

    def _event_verb_before(self, i: int) -> ColInfo | None:
        """The date column a verb right before comparator i names ("sold" -> sales.sold_at), when the question is
        about another table's rows (the reps, the senders)."""
        pj = self.prev(i)
        c = self._event_date_at(pj)
        if c is None or not self.ms[pj].text.endswith(("ed", "ld", "nt", "id")):
            return None
        named = {m.data.get("table") for m in self.ms[:pj] if m.kind == "table"} - {None}
        return c if named and c.table not in named else None

    def _money_of_table(self, table: str) -> ColInfo | None:
        own = [c for c in self.index.tables[table].columns.values() if c.is_money and not c.derived]
        if len(own) > 1:  # amount_usd before fee_usd
            own = [c for c in own if not set(c.words) & {"fee", "tax", "tip", "charge", "commission", "discount"}]
        if len(own) > 1:
            own = [c for c in own if set(c.words) & {"amount", "total", "value"}]
        return own[0] if len(own) == 1 else None

    def _counted_noun(self, k: int | None) -> int | None:
        """After "more than N": skip adjectives that are values ("won", "late") up to the counted noun."""
        ms = self.ms
        start = k
        while k is not None and k < len(ms) and k + 1 < len(ms) and (
                ms[k].kind == "value" or self._flag_adjective(k) or ms[k].kind == "word" and
                ms[k].text in lx.ANTONYMS and ms[k + 1].kind == "table" or  # "more than 30 active members"
                ms[k].kind == "word" and ms[k].text.endswith(("ing", "ed")) and ms[k + 1].kind == "table"):
            # ("more than 330 arriving trips": a participle nobody linked only describes the counted rows)
            k += 1
        if k is None or k >= len(ms) or k == start:
            return k if k is not None and k < len(ms) and ms[k].kind in ("column", "table") else None
        return k if ms[k].kind == "table" or ms[k].kind == "column" and not self._is_measure_mention(ms[k]) else None

    def _flag_adjective(self, k: int) -> bool:
        """ "cancelled" in "over 100 cancelled sailings": a word naming a yes/no flag right before a table noun."""
        ms = self.ms
        cands = ms[k].data.get("cands") or [] if ms[k].kind == "column" else []
        if not cands or k + 1 >= len(ms) or ms[k + 1].kind != "table":
            return False
        if any(c.is_bool for s, c in cands if s >= cands[0][0] - 0.01):
            ms[k].data["cands"] = [(s, c) for s, c in cands if c.is_bool] + [(s, c) for s, c in cands
                                                                             if not c.is_bool]
            return True
        return False

    def _number(self, i: int, m: Mention) -> int | None:
        """ "3 or more bedrooms", "bedrooms: 3 or more", "listings with 3 bedrooms"."""
        ms = self.ms
        j = i + 1
        op = "="
        if j < len(ms) and ms[j].kind == "cue" and ms[j].data.get("cue") == "cmp" and \
                ms[j].text.startswith(("or ", "and ", "plus")):
            op = ms[j].data["op"]
            j += 1
        target = None
        if j < len(ms) and ms[j].kind == "column" and _measure_cands(_ref_from_mention(ms[j])):
            target = _ref_from_mention(ms[j])
            self.used.add(j)
            end = j + 1
            if op == "=" and end < len(ms) and ms[end].kind == "cue" and ms[end].data.get("cue") == "cmp" and \
                    ms[end].text.startswith(("or ", "and ")):
                op = ms[end].data["op"]  # "pots of 5 litres or bigger"
                self.used.add(end)
                end += 1
        else:
            pj = self.prev(i)
            if op != "=" and pj is not None and ms[pj].kind == "column" and _measure_cands(_ref_from_mention(ms[pj])):
                target = _ref_from_mention(ms[pj])
                self.used.add(pj)
                # "events with magnitude 4 or more by region": the compared column is a condition, not the measure
                self.p.measures = [mp for mp in self.p.measures if not (mp.pos == pj and not mp.explicit_agg)]
            end = j
        if target is None and j < len(ms) and lx.lemma(ms[j].text) in lx.TIME_UNIT_SECONDS:
            timed = self._timed_column(j)  # "1 hour lessons" on duration_min: 60 minutes
            if timed is not None:
                c, per = timed
                self.p.filters.append(FilterP(op=op, ref=Ref(cands=[(3.0, c)], text=ms[j].text),
                                              value=m.data["value"] * lx.TIME_UNIT_SECONDS[lx.lemma(ms[j].text)] / per,
                                              pos=i))
                self.used.add(j)
                return j + 1
        if target is None and op == "=" and not (i > 0 and ms[i - 1].kind == "cue" and ms[i - 1].data.get("cue") in (
                "cmp", "rank", "between")):
            unit = self._unit_number(i, m)  # "a 50mm meter", "10k times", "the 2k erg"
            if unit is not None:
                col, value, used = unit
                self.p.filters.append(FilterP(op="=", ref=Ref(cands=[(3.0, col)], text=m.text), value=value, pos=i))
                self.used.update(used)
                return max(used) + 1
        counted = target is None and op != "=" and j < len(ms) and ms[j].kind == "table"
        if target is None and not counted and (op != "=" or i > 0 and ms[i - 1].text == "aged"):
            target = self._age_target(i, i, m.data["value"])  # "aged 30 or younger", "aged 40"
        if target is None and op == "=":
            return None
        if counted:
            # "clients with 5 or more pets": a count condition on the entity
            self.p.having.append({"kind": "count", "ref": Ref(cands=[], text=ms[j].text, table=ms[j].data["table"]),
                                  "op": op, "value": m.data["value"]})
            self.used.add(j)
            return j + 1
        if op != "=" and self._child_measure_having(i, op, target, m.data["value"]):
            return end
        self.p.filters.append(FilterP(op=op, ref=target, value=m.data["value"], pos=i))
        return end

    def _unit_number(self, i: int, m: Mention) -> tuple[ColInfo, float, set[int]] | None:
        """(column, value, mentions used) of a number said with the unit of one stored measure and no comparator:
        "a 50mm meter" -> meter_size_mm = 50; "10k" (kilometres) -> distance_km = 10 or distance_m = 10000."""
        ms = self.ms
        j = i + 1
        nxt = ms[j].text if j < len(ms) else ""
        units = {nxt, lx.UNIT_SUFFIXES.get(nxt, ""), lx.lemma(nxt)} - {""}
        km = re.fullmatch(r"\d+(?:\.\d+)?k", m.text) is not None and not units & set(lx.TIME_UNIT_SECONDS)
        named = self._mentioned_tables() | ({self.context} if self.context else set())
        said = {lx.lemma(x.text) for x in ms}
        named |= {t.name for t in self.index.tables.values() if said & {lx.lemma(w) for w in t.words}}

        def pick(cols: list[ColInfo]) -> ColInfo | None:
            cols = [c for c in cols if c.table in named] or cols
            return cols[0] if len({c.key for c in cols}) == 1 else None

        measures = [c for c in self.index.columns if c.kind == "number" and not c.derived and not c.is_id]
        if units and not km and units & set(lx.UNIT_SUFFIXES) | set(lx.UNIT_SUFFIXES.values()):
            col = pick([c for c in measures if c.words and c.words[-1] in units | {lx.UNIT_SUFFIXES.get(x, "")
                                                                                     for x in units}])
            if col is not None:
                k = j + 1  # "a 50mm meter": the noun after the unit names the same column
                named_too = k < len(ms) and ms[k].kind == "column" and any(
                    c.key == col.key for _, c in (ms[k].data.get("cands") or [])[:1])
                return col, m.data["value"], {i, j} | ({k} if named_too else set())
        if km:  # "10k time", "best 2k erg": a distance run in kilometres
            dist = pick([c for c in measures if "distance" in c.words or c.words[-1] in ("km", "meter", "meters")])
            if dist is not None and dist.words[-1] in ("km", "meter", "meters"):
                value = m.data["value"] / 1000 if dist.words[-1] == "km" else m.data["value"]
                return dist, value, {i}
        return None

    def _timed_column(self, j: int) -> tuple[ColInfo, int] | None:
        """(the one stored duration column of the tables in question, its seconds per unit) for a time unit said
        after a number ("1 hour lessons", "30 min ones")."""
        timed = [c for c in self.index.columns if c.is_measure and not c.derived and
                 time_unit_seconds(c.name, c.words)]
        named = self._mentioned_tables() | ({self.context} if self.context else set())
        pick = [c for c in timed if c.table in named] or (timed if len({c.table for c in timed}) == 1 else [])
        if len(pick) > 1:  # lessons.duration_min, not practice_min
            pick = [c for c in pick if set(c.words) & {"duration", "length", "runtime", "time"}]
        if len(pick) != 1:
            return None
        return pick[0], time_unit_seconds(pick[0].name, pick[0].words)

    def _date_compare(self, j: int, m: Mention, op: str) -> None:
        lo, hi = _period_bounds(m)
        if op in (">=",):
            rng = (lo, None)
        elif op == ">":
            rng = (hi, None)
        elif op == "<":
            rng = (None, lo)
        elif op == "<=":
            rng = (None, hi)
        else:
            rng = (lo, hi)
        self.p.filters.append(FilterP(op="range", value=list(rng), pos=j, date=True))

    def _between(self, i: int) -> int:
        ms = self.ms
        if i + 3 < len(ms) and ms[i + 2].text in ("and", "to") and ms[i + 1].kind in ("year", "month", "date") \
                and ms[i + 3].kind in ("year", "month", "date"):
            lo, _ = _period_bounds(ms[i + 1])
            _, hi = _period_bounds(ms[i + 3])
            self.p.filters.append(FilterP(op="range", value=[lo, hi], pos=i, date=True))
            self.used.update({i + 1, i + 3})
            return i + 4
        if i + 3 < len(ms) and ms[i + 2].text in ("and", "to") and ms[i + 1].kind == "number" \
                and ms[i + 3].kind == "number":
            pj = self.prev(i)
            target = _ref_from_mention(ms[pj]) if pj is not None and ms[pj].kind == "column" else None
            if target is not None:
                self.used.add(pj)
            self.p.filters.append(FilterP(op="between", ref=target, value=[ms[i + 1].data["value"],
                                                                           ms[i + 3].data["value"]], pos=i))
            return i + 4
        return i + 1

    def _year_range_from(self, i: int) -> int:
        ms = self.ms
        if i + 3 < len(ms) and ms[i + 2].text in ("to", "through", "until", "till", "-") and \
                ms[i + 3].kind in ("year", "date") and ms[i + 3].data.get("year"):
            lo, _ = _period_bounds(ms[i + 1])
            _, hi = _period_bounds(ms[i + 3])
            self.p.filters.append(FilterP(op="range", value=[lo, hi], pos=i, date=True))
            return i + 4
        return i + 1

    def _grain(self, i: int, m: Mention) -> None:
        g = m.data["grain"]
        ms = self.ms
        pj = i - 1
        prev_txt = ms[pj].text if pj >= 0 else ""
        if prev_txt in ("this", "last", "previous", "next", "current", "same", "that", "the") and pj >= 0 and \
                ms[pj].kind != "cue":
            return
        if pj >= 0 and ms[pj].kind == "number":
            return
        if self._grain_modifies_measure(i):
            return
        unit = {"yearly": "year", "annual": "year", "annually": "year", "monthly": "month", "weekly": "week",
                "daily": "day", "hourly": "hour"}.get(m.text)
        if unit and any(x.kind == "column" and any(unit in c.words and "per" in c.words or unit == "year" and
                                                   "annual" in c.words for _, c in (x.data.get("cands") or [])[:1])
                        for x in ms[i + 1:i + 4]):
            return  # "yearly kwh savings" on est_saving_kwh_per_year: the column's own rate, not a breakdown
        if prev_txt == "in" and m.text in ("years", "months", "weeks", "days", "hours", "minutes") and (
                self.p.duration or any(k.text in ("age", "old", "long", "length", "duration", "tenure") or k.kind ==
                                       "column" and any(c.name.startswith(("@age", "@days", "@minutes")) for _, c in
                                                                 k.data.get("cands", [])[:1])
                                       for k in ms[:pj])):
            return  # "average age of our dogs in years", "ride length in minutes": the unit, not a breakdown
        adjective = m.text in ("yearly", "annual", "annually", "quarterly", "monthly", "weekly", "daily", "hourly",
                               "yoy", "mom")
        strong = m.data.get("strong")
        if adjective or strong or prev_txt in ("what", "which") or m.text in ("years", "months", "quarters"):
            if not any(d.grain == g for d in self.p.dims):
                self.p.dims.append(DimP(grain=g, pos=i))

    # ----------------------------------------------------------------- durations
    def _duration(self) -> None:
        """ "average loan length in days", "delivery time", "how long", "days to close": the time between two
        date columns of one table (start -> end), when no column is itself named so."""
        ms = self.ms
        for i, m in enumerate(ms):
            between = self._between_dates(i)
            if between is not None:  # "how long between the incident and reporting it": the two dates named
                start, end, last = between
                agg = next((ms[k].data["agg"] for k in range(max(0, i - 3), last) if ms[k].kind == "cue" and
                            ms[k].data.get("cue") == "agg" and ms[k].text in lx.PURE_AGG), "avg")
                self.used.update(range(i, last + 1))
                if i > 0 and ms[i - 1].text in ("number of", "how many"):
                    self.used.add(i - 1)
                    self.p.count_cue = False
                self._duration_measure(i, agg, start, end, start.table)
                return
            kind = self._duration_word(i)
            if kind is None:
                continue
            near = self._duration_neighbour(i, kind)
            if kind == "since":
                self._days_so_far(i, near)
                return
            pair = self._ahead_pair(i) if kind == "ahead" else self._date_pair(near)
            if pair is None:
                self._unit_duration(i, near)
                return
            start, end, table = pair
            if kind == "days_from" and near is not None and ms[near].kind == "table":
                start, end = self._start_then_table_date(i, near, start, end, table)
            elif kind == "days_from" and near is not None:  # "days from bill issue to payment": the named start
                named = [c for k in range(i + 1, near) if ms[k].kind == "column" and ms[k].text not in (
                    "minutes", "hours") for _, c in (ms[k].data.get("cands") or [])[:2]
                         if c.is_date and c.table == table and c.key != end.key]
                start = named[0] if named else start
                if not named:  # "days from test to result": the two named dates, in order
                    to_date = [c for _, c in self.index.column_candidates(ms[near].text)[:3]
                               if c.is_date and c.table == table]
                    first = [c for k in range(i + 1, near) if ms[k].kind == "column"
                             for _, c in self.index.column_candidates(ms[k].text)[:3] if c.is_date and c.table == table]
                    if to_date and first and to_date[0].key != first[0].key:
                        start, end = first[0], to_date[0]
            if kind in ("days", "days_to") and i >= 2 and ms[i - 1].kind == "number" and ms[i - 2].kind == "cue" and \
                    ms[i - 2].data.get("cue") == "cmp":
                # "orders that took more than 5 days to ship": a condition on the days between the two dates
                timed = m.text in ("hours", "minutes") and start.kind == end.kind == "datetime"
                days = ColInfo(table=table, name=f"@{'minutes' if timed else 'days'}({start.name},{end.name})",
                               kind="number", words=["duration"], derived=True)
                per = {"weeks": 7, "hours": 60 if timed else 1 / 24}.get(m.text, 1)  # "longer than 48 hours"
                value = ms[i - 1].data["value"] * per
                self.p.filters.append(FilterP(op=ms[i - 2].data["op"], ref=Ref(cands=[(3.0, days)], text=m.text),
                                              value=value, pos=i))
                self.used.update({i - 2, i - 1, i, i + 1, i + 2, near})
                return
            agg = "avg"
            for k in range(i - 1, max(-1, i - 4), -1):
                if ms[k].kind == "cue" and ms[k].data.get("cue") == "agg" and ms[k].text in lx.PURE_AGG:
                    agg = ms[k].data["agg"]
                    break
            if i > 0 and ms[i - 1].text in ("number of", "amount of", "how many"):
                self.used.add(i - 1)  # "average number of days from submission to decision": not a count
                self.p.count_cue = self.p.count_cue and ms[i - 1].text != "how many"
            self.used.update({i} | ({near} if near is not None else set()))
            if kind in ("days", "days_to"):
                self.used.add(i + 1)
            if kind == "how":  # "how many days were they in service": the stay word is the duration, no condition
                self.used.update(k for k in range(i + 1, min(len(ms), i + 10)) if ms[k].text in STAY_WORDS)
            if kind == "days_to" and near is not None:  # "days for a batch to sell out": the words up to the end
                self.used.update(k for k in range(i + 1, near) if ms[k].kind in ("stop", "word", "cue"))
            if kind == "days_from":  # "days from bill issue to payment": the words naming the two dates
                stop = near if near is not None else min(len(ms), i + 7)
                self.used.update(k for k in range(i + 1, stop) if ms[k].kind in ("column", "cue", "stop", "word"))
            self._duration_measure(i, agg, start, end, table)
            return

    def _duration_measure(self, i: int, agg: str, start: ColInfo, end: ColInfo, table: str) -> None:
        """The measure of the time from ``start`` to ``end``: minutes between two timestamps when minutes or hours
        are asked, else days."""
        m = self.ms[i]
        if start.kind == "datetime" and end.kind == "datetime" and (
                m.text in ("minutes", "hours") or re.search(r"\bin (minutes|hours|mins|hrs)\b", self.p.question)):
            # "average ride time in minutes from pickup to dropoff": minutes between two timestamps
            later = end.name if end.table == table else f"{end.table}.{end.name}"  # (a row it points at)
            mins = ColInfo(table=table, name=f"@minutes({start.name},{later})", kind="number",
                           words=["duration", "time"], derived=True)
            self.p.measures.append(MeasureP(agg=agg, pos=i, explicit_agg=True,
                                            ref=Ref(cands=[(3.0, mins)], text=m.text)))
            if m.text == "hours" or re.search(r"\bin (hours|hrs)\b", self.p.question):
                self.p.unit = self.p.unit or "hour"  # "average hours from scan to report"
            return
        self.p.measures.append(MeasureP(agg=agg, kind="duration", pos=i, explicit_agg=True,
                                        ref=Ref(cands=[(1.0, start), (1.0, end)], text=m.text, table=table)))

    def _between_dates(self, i: int) -> tuple[ColInfo, ColInfo, int] | None:
        """(start, end, last index) of "how long on average between the incident and reporting it", "lead time
        between booking and play date": a duration word, then two dates of one table named after between/from."""
        ms = self.ms
        if not (ms[i].kind == "cue" and ms[i].data.get("cue") == "duration" or ms[i].text in (
                "time", "gap", "lag", "delay", "wait", "days", "hours", "minutes", "weeks")):
            return None
        k = i + 1
        while k < min(len(ms), i + 5) and (ms[k].text in ("on", "is", "the", "typically", "usually", "normally",
                                                          "there", "it", "in", "days", "of") or
                                           ms[k].kind == "cue" and ms[k].data.get("cue") == "agg"):
            k += 1
        if k >= len(ms) or ms[k].text not in ("between", "from"):
            return None
        dates, last = [], k
        for x in range(k + 1, min(len(ms), k + 9)):
            if ms[x].kind == "table" and len(dates) == 1 and x - last <= 2:
                continue  # "between making a wheel and selling it": the verb's object, not a date
            if ms[x].kind in ("column", "table", "word"):
                dated = [c for _, c in (ms[x].data.get("cands") or [])[:2] if c.is_date]
                if not dated and ms[x].kind != "column":  # "between booking and play date": bookedAt
                    dated = [c for c in self.index.columns if c.is_date and not c.derived and
                             any(stem(w) == stem(ms[x].text) for w in c.words)]
                    dated = [c for c in dated if c.table == ms[x].data.get("table")] or dated
                if len(dated) != 1 and (not dated or ms[x].kind != "column"):
                    return None
                dates.append(dated[0])
                last = x
                if len(dates) == 2:
                    break
            elif ms[x].kind != "stop" or ms[x].text not in ("the", "a", "an", "and", "to", "its", "their", "until"):
                return None
            elif len(dates) == 1 and ms[x].text not in ("and", "to", "until", "the", "a", "an", "its", "their"):
                return None
        if len(dates) != 2 or dates[0].key == dates[1].key:
            return None
        a, b = dates[0].table, dates[1].table
        if a != b and not self._refers_to(a, b) and not self._refers_to(b, a):
            return None  # (two dates of one row, or of a row and the row it points at)
        return dates[0], dates[1], last

    def _since_event_date(self, i: int) -> tuple[int, ColInfo] | None:
        """(index, date column) of "how long since each lane was resurfaced", "how many days since the last service":
        the date column named after "since" that follows a duration cue, measured up to today."""
        ms = self.ms
        cue = ms[i].kind == "cue" and ms[i].data.get("cue") == "duration" or ms[i].text in (
            "days", "weeks", "months", "years") and i > 0 and self._after_how_many(i)
        if not cue or i + 1 >= len(ms) or ms[i + 1].text != "since":
            return None
        for k in range(i + 2, min(len(ms), i + 7)):
            dates = [c for _, c in (ms[k].data.get("cands") or [])[:2] if c.is_date] if ms[k].kind == "column" else []
            if dates and not set(dates[0].words) & {"birth", "born", "birthdate", "dob"}:
                return k, dates[0]
        return None

    def _days_so_far(self, i: int, near: int | None) -> None:
        """ "how many days have they been with us": from the table's start date (hired_on) up to today."""
        ms = self.ms
        event = self._since_event_date(i)
        if event is not None:
            k, start = event
            self.used.update({i, i + 1, k})
            info = self.index.tables[start.table]
            return self._measure_to_today(i, info, start)
        table = self._mention_table(ms[near]) if near is not None else None
        table = table or next(iter(self._named_tables()), None)
        if table is None and self.context in self.index.tables and self.index.tables[self.context].date_columns():
            table = self.context  # "how many are still waiting" then "how long have they been waiting"
        if table is None:  # "how long have they been with us": the one table of people with a start date
            people = [t.name for t in self.index.tables.values() if t.looks_like_people and any(
                set(c.words) & set(lx.NEW_DATE_WORDS) for c in t.date_columns())]
            table = people[0] if len(people) == 1 else None
        info = self.index.tables.get(table) if table else None
        if info is None:
            return
        starts = [c for c in info.date_columns() if set(c.words) & set(lx.NEW_DATE_WORDS)]
        start = starts[0] if starts else info.main_date(False)
        if start is None or set(start.words) & {"birth", "born", "birthdate", "dob"}:
            return
        self.used.update({i} | ({near} if near is not None else set()))
        self._measure_to_today(i, info, start)

    def _measure_to_today(self, i: int, info, start: ColInfo) -> None:
        """The duration measure from ``start`` up to today, averaged unless another aggregate is asked."""
        ms = self.ms
        today = ColInfo(table=info.name, name="@today", kind="date", words=["today"], derived=True)
        agg = next((ms[k].data["agg"] for k in range(len(ms)) if ms[k].kind == "cue" and
                    ms[k].data.get("cue") == "agg" and ms[k].text in lx.PURE_AGG), "avg")
        if i > 0 and ms[i - 1].text in ("how many", "many"):
            self.used.add(i - 1)
            self.p.count_cue = False
        self.p.measures.append(MeasureP(agg=agg, kind="duration", pos=i, explicit_agg=True,
                                        ref=Ref(cands=[(1.0, start), (1.0, today)], text=ms[i].text, table=info.name)))

    def _duration_column(self) -> tuple[ColInfo, int] | None:
        """(duration column, seconds per unit) of the table in question: a stored one named as a duration or counted
        in a time unit, else one derived from start / end dates."""
        named = {m.data.get("table") for m in self.ms if m.kind == "table"} - {None}
        named |= {h[0] for m in self.ms if m.kind == "value" for h in (m.data.get("values") or [])[:1]}
        cands = []
        for c in self.index.columns:
            unit = time_unit_seconds(c.name, c.words) if c.is_measure else None
            if unit and (c.derived or set(c.words) & {"duration", "length", "runtime", "time"} or len(c.words) <= 2
                         or c.words[0] in ("minutes", "minute", "hours", "hour", "seconds", "second")):
                cands.append((c, unit))
        pick = [x for x in cands if x[0].table in named] or cands
        stored = [x for x in pick if not x[0].derived]
        pick = stored or pick
        return pick[0] if len(pick) == 1 else None

    def _time_measure(self, i: int, pending_agg, values: bool = False) -> bool:
        """ "average time parked", "total time on calls": "time" after an aggregate is the duration column (stored or
        derived from start / end timestamps) of the table in question, not "over time". `values`: tables named by a
        value count as named ("total hours of mock tests": the lessons)."""
        ms = self.ms
        if pending_agg is None or pending_agg[0] < i - 3:
            return False
        named = {m.data.get("table") for m in ms if m.kind == "table"} - {None}
        doing = {c.table for m in ms if m.kind == "column" and m.text.endswith("ing")
                 for _, c in (m.data.get("cands") or [])[:1]}
        durs = [c for c in self.index.columns if c.is_measure and (
            c.derived and c.name.startswith(("@minutes", "@days"))
            or not c.derived and set(c.words) & {"duration", "length", "runtime"})]
        if values:
            named |= {h[0] for m in ms if m.kind == "value" for h in (m.data.get("values") or [])[:1]}
            clock = [c for c in durs if not c.name.startswith("@days")]  # (hours are not a stay in days)
            if not named and not doing and len(clock) != 1:  # ("total hours of coaching": the coaching sessions)
                return False  # ("total hours taught" with lessons.duration_minutes the one duration: that one)
            durs = durs if named or doing else clock
        if doing:  # "hours spent cleaning": the minutes of the cleans, the activity said
            durs += [c for c in self.index.columns if c.is_measure and not c.derived and c.table in doing and
                     c not in durs and len(c.words) == 1 and lx.lemma(c.words[0]) in lx.TIME_UNIT_SECONDS]
            named |= doing
        pick = [c for c in durs if c.table in named] or durs
        if len(pick) > 1 and i > 0 and ms[i - 1].kind == "column":
            # "average delivery time": the duration of the table whose date the word before names (parcels)
            near = {c.table for _, c in (ms[i - 1].data.get("cands") or [])[:2] if c.is_date}
            pick = [c for c in pick if c.table in near] or pick
        if len(pick) != 1:
            return False
        agg = pending_agg[1] if pending_agg[1] not in ("count", "count_distinct") else "sum"
        if ms[pending_agg[0]].text in ("most", "least"):
            agg = "sum"  # "spent the most time": the total time, ranked
        # "spent the most time": the verb is about time, not money
        self.p.measures = [mp for mp in self.p.measures if not (mp.pos < i and ms[mp.pos].text in lx.MONEY_VERBS)]
        self.p.measures.append(MeasureP(agg=agg, ref=Ref(cands=[(3.0, pick[0])], text="time"), explicit_agg=True,
                                        pos=i))
        ms[i].kind = "column"
        for k in (i + 1,):
            if k < len(ms) and (ms[k].kind == "word" or ms[k].text in ("spent", "spend", "spending", "taken")):
                ms[k].kind = "column"  # "time parked", "hours spent": the verb belongs to the duration
                self.used.add(k)
        return True

    def _unit_request(self) -> None:
        """ "in minutes", "in hours": the unit a duration is wanted in (see nl_spec.convert_units)."""
        ms = self.ms
        for i in range(len(ms) - 1):
            if ms[i].text in ("in", "as") and lx.lemma(ms[i + 1].text) in lx.TIME_UNIT_SECONDS and \
                    (i + 2 >= len(ms) or ms[i + 2].text in ("?", ",", "by", "per", "for", "and", "on", "at", "in",
                                                            "across", "over", "during", "among", "from", "with",
                                                            "without", "excluding", "except", "only", "split",
                                                            "broken")):
                self.p.unit = lx.lemma(ms[i + 1].text)
                self.used.update({i, i + 1})
                if ms[i + 1].kind == "word":
                    ms[i + 1].kind = "column"  # understood (the coverage check counts it)
                return

    def _unit_duration(self, i: int, near: int | None) -> None:
        """ "average length of stay" with no pair of dates: the one numeric column counted in time units
        (nights, days, hours) of the table in question."""
        table = None
        if near is not None:
            m = self.ms[near]
            table = m.data.get("table") or (m.data["cands"][0][1].table if m.data.get("cands") else None)
        units = [c for c in self.index.columns if c.is_measure and set(c.words) & lx.TIME_UNIT_WORDS
                 and not set(c.words) - lx.TIME_UNIT_WORDS - {"number", "total", "count", "stay", "trip"}
                 and (table is None or c.table == table)]
        if len(units) != 1 or any(mp.ref and mp.ref.cands and mp.ref.cands[0][1].key == units[0].key
                                  for mp in self.p.measures):
            return
        agg = next((self.ms[k].data["agg"] for k in range(i - 1, max(-1, i - 4), -1) if self.ms[k].kind == "cue"
                    and self.ms[k].data.get("cue") == "agg" and self.ms[k].text in lx.PURE_AGG), "avg")
        self.used.add(i)
        self.p.measures.append(MeasureP(agg=agg, ref=Ref(cands=[(3.0, units[0])], text=self.ms[i].text),
                                        explicit_agg=True, pos=i))

    def _duration_word(self, i: int) -> str | None:
        ms = self.ms
        w = ms[i].text
        if self._since_event_date(i) is not None:
            return "since"  # "how long since each lane was resurfaced": from last_resurfaced up to today
        if w == "time" and i + 2 < len(ms) and ms[i + 1].text in ("on", "at") and not any(
                c.is_measure and not c.derived and time_unit_seconds(c.name, c.words) for c in self.index.columns):
            return "noun"  # "average time on site in minutes": from arrival to departure
        if w == "ahead" and i >= 2 and ms[i - 2].text == "how" and ms[i - 1].text in ("far", "long"):
            return "ahead"  # "how far ahead do people book": from the booking to the day booked
        if w in ("days", "time", "weeks") and self._verb_after_to(i) is not None:
            k = self._verb_after_to(i)
            if ms[k].kind == "column" and any(c.is_date for _, c in ms[k].data.get("cands", [])[:3]):
                return "days"  # "days to close", "average time to close deals", "two weeks to be collected"
            dated = [c for s, c in self.index.column_candidates(ms[k].text)[:4] if c.is_date and s >= 1.15]
            if ms[k].kind == "column" and dated and not any(c.is_date for _, c in ms[k].data.get("cands", [])):
                # "days to get paid" with isPaid and paidDate: the date the verb names
                ms[k].data = dict(ms[k].data, cands=[(3.0, dated[0])] + list(ms[k].data.get("cands", [])))
                return "days"
        if w in ("days", "minutes", "hours", "time") and i + 2 < len(ms) and ms[i + 1].text in ("from", "between"):
            return "days_from"  # "days from ship to delivery", "days between order and delivery"
        if w in ("days", "weeks", "hours", "minutes") and self._after_how_many(i) and any(
                x.text in ("take", "takes", "took") for x in ms[i + 1:i + 6]) and \
                self._own_start_end(ms[i + 1:i + 6]) is not None:
            return "how"  # "how many days does a shipment take to reach the shop": shipped_on -> delivered_on
        if w in ("days", "weeks", "hours", "minutes", "time") and self._end_date_after(i) is not None:
            return "days_to"  # "hours to close a report", "days until an item gets claimed", "days to deliver"
        if w in ("time", "minutes", "hours") and i + 4 < len(ms) and ms[i + 1].text == "in" and \
                ms[i + 2].text in ("minutes", "hours", "days") and ms[i + 3].text in ("from", "between"):
            return "days_from"  # "ride time in minutes from pickup to dropoff"
        named = self._mentioned_tables()
        stored = [c for c in self.index.columns if c.is_measure and not c.derived and c.table in named and
                  set(c.words) & {"duration", "length", "runtime"}]
        before = (ms[i - 1].data.get("cands") or [])[:2] if i > 0 and ms[i - 1].kind == "column" else []
        if w == "time" and any(c.is_measure and time_unit_seconds(c.name, c.words) for _, c in before):
            return None  # "response time": the stored response_minutes, not the time between two dates
        if w == "time" and i > 0 and ms[i - 1].kind in ("value", "word") and self._event_date_mention(i - 1):
            return "noun"  # "delivery time" with a 'delivery' order type: the time until delivered_at
        if w in ("length", "duration", "turnaround", "time", "tenure", "lifetime", "lifespan") and not any(
                c.is_measure and s >= 2.0 and (not named or c.table in named)  # (a volunteer's stay: not a booking's)
                for s, c in self.index.column_candidates(w)) and not (
                stored and w in ("length", "duration", "time")):  # "booking length": the stored duration_minutes
            return "noun" if w != "time" or i > 0 and ms[i - 1].kind in ("column", "table") else None
        stay = any(m.text in STAY_WORDS or
                   m.text == "with" and k + 1 < len(ms) and ms[k + 1].text in ("us", "the")
                   for k, m in enumerate(ms[i + 1:i + 10], i + 1))  # "how many days were they with us"
        been = next((k for k in range(i + 1, min(len(ms), i + 6)) if ms[k].text == "been"), None)
        so_far = been is not None and (any(m.text == "with" for m in ms[i + 1:i + 8]) or been + 1 < len(ms) and
                                       ms[been + 1].text.endswith("ing") and ms[been + 1].text not in (
                                           "being", "going"))
        # "how long have they been with us", "how long have they been waiting": up to today
        if so_far and not stored and (ms[i].kind == "cue" and ms[i].data.get("cue") == "duration" or
                                      w in ("days", "weeks", "months", "years") and i > 0 and
                                      self._after_how_many(i)):
            return "since"
        if ms[i].kind == "cue" and ms[i].data.get("cue") == "duration" and stay and not stored:
            return "how"  # "how long did the pilots who left stay with us": from their start date to their end date
        if w in ("days", "weeks", "months") and i > 0 and self._after_how_many(i) and stay and \
                not stored and "been" not in [m.text for m in ms[i + 1:]]:  # "has been open": up to today
            return "how"  # "how many days were closed accounts open for"
        if w in ("days", "weeks", "hours", "minutes") and i > 0 and self._after_how_many(i) and \
                i + 1 < len(ms) and ms[i + 1].text in ("ahead", "early", "beforehand", "in advance"):
            return "ahead"  # "how many days ahead do people book": from the booking date to the booked day
        if ms[i].kind == "cue" and ms[i].data.get("cue") == "duration" and not any(
                c.is_measure and set(c.words) & set(lx.SUPERLATIVE_COLUMNS["longest"]) and not set(c.words) & {
                    "distance", "km", "mile", "meter", "kilometer"} for c in self.index.columns):
            return "how"  # "how long do rentals last": no duration column, so the time between two dates
        return None

    def _verb_before_counted_rows(self) -> None:
        """ "who has worked the most overtime shifts": the shifts are counted; the verb only half names a column
        (hours_worked) and is not the measure when 'the most' is followed by a plural table (after its flags)."""
        ms = self.ms
        for k in range(len(ms) - 2):
            m = ms[k]
            cands = m.data.get("cands") or [] if m.kind == "column" else []
            if not cands or " " in m.text or not (m.text.endswith("ed") or m.text in IRREGULAR_PARTICIPLES) or \
                    len(cands[0][1].words) < 2 or cands[0][0] > 2.0 or not cands[0][1].is_measure:
                continue  # ("acknowledged the most alerts": acknowledged_at, a date, says which alerts count)
            j = k + 1 + (ms[k + 1].text == "the")
            if j >= len(ms) or ms[j].kind != "cue" or ms[j].text not in ("most", "fewest", "least"):
                continue
            j += 1
            while j < len(ms) and (ms[j].kind == "value" or ms[j].kind == "column" and any(
                    c.is_bool for _, c in (ms[j].data.get("cands") or [])[:1])):
                j += 1
            named = ms[j].data.get("cands") or [] if j < len(ms) and ms[j].kind == "column" else []
            if j < len(ms) and ms[j].kind == "table" and _is_plural(ms[j].text) or named and named[0][0] >= 2.0 and \
                    named[0][1].is_measure and named[0][1].key != cands[0][1].key and _is_plural(ms[j].text) and \
                    lx.lemma(ms[j].text) not in cands[0][1].words:  # ("tapped the most tonnes": tapped_tonnes)
                m.kind, m.data = "stop", {}  # "which beer sold the most pints": the pints, not tickets_sold

    def _ordinal_number(self, i: int) -> bool:
        """ "second doses", "third visits": the noun's own number column (dose_number, visit_no) equals the ordinal."""
        nxt = self.ms[i + 1] if i + 1 < len(self.ms) else None
        if nxt is None or nxt.kind != "column" or not nxt.data.get("cands"):
            return False
        noun = lx.lemma(nxt.text)
        hits = [(s, c) for s, c in nxt.data["cands"] if c.is_number and not c.is_id and noun in c.words and
                set(c.words) & {"number", "no", "num", "sequence", "seq"}]
        if len(hits) != 1:
            return False
        self.p.filters.append(FilterP(op="=", ref=Ref(cands=[(3.0, hits[0][1])], text=nxt.text),
                                      value=float(ORDINALS[self.ms[i].text]), pos=i))
        self.ms[i].kind = "column"
        self.used.add(i + 1)
        if _is_plural(nxt.text):  # "second doses": the doses are counted
            self.p.measures.append(MeasureP(agg="count", kind="count", entity_table=hits[0][1].table, pos=i))
        return True

    def _counted_rows_ref(self, k: int) -> Ref:
        """What a count condition on the noun at k counts: its column or table, or the events a past-tense verb right
        after it names ("makes with more than 150 cars sold": the sales of those cars)."""
        m = self.ms[k]
        sold = self._events_of(m.data.get("table"), k + 1)
        if sold is not None:
            self.used.add(k + 1)
            return Ref(cands=[], text=self.ms[k + 1].text, table=sold)
        return _ref_from_mention(m) if m.kind == "column" else Ref(cands=[], text=m.text, table=m.data["table"])

    def _events_of(self, table: str | None, k: int) -> str | None:
        """The table of events a past-tense verb at k names, when those events refer to `table` ("cars sold")."""
        ms = self.ms
        if table is None or k >= len(ms) or not ms[k].text.endswith(("ed", "ld", "nt", "ght")):
            return None
        if ms[k].kind == "word":  # "cars sold" with a sales table that refers to the cars
            nouns = EVENT_NOUNS_OF_VERB.get(ms[k].text, ())
            kids = [t.name for t in self.index.tables.values() if set(t.words) & set(nouns) and any(
                rt == table for _, rt, _ in t.fks)]
            return kids[0] if len(kids) == 1 else None
        c = self._event_date_at(k)
        if c is None or c.table == table or not any(rt == table for _, rt, _ in self.index.tables[c.table].fks):
            return None
        return c.table

    @staticmethod
    def _stored_count(m: Mention) -> bool:
        """A plural noun naming a stored count of that thing (panels -> panelCount, guests -> guest_count)."""
        cands = m.data.get("cands") or [] if m.kind == "column" else []
        c = cands[0][1] if cands else None
        return c is not None and c.is_measure and not c.derived and len(c.words) == 2 and \
            c.words[1] in ("count", "number", "num", "qty") and lx.lemma(m.text) == c.words[0] and \
            lx.lemma(m.text) != m.text

    def _author_flag(self, k: int) -> ColInfo | None:
        """A table of people named next to rows that carry a yes/no column for that kind of author (from_customer,
        by_staff) in another table of the question: that flag, true."""
        m = self.ms[k]
        if m.kind != "table" or not _is_plural(m.text):
            return None
        who = lx.lemma(m.text)
        others = self._mentioned_tables() - {m.data["table"]}
        flags = [c for t in others if t in self.index.tables for c in self.index.tables[t].columns.values()
                 if c.is_bool and len(c.words) == 2 and c.words[0] in ("from", "by") and lx.lemma(c.words[1]) == who]
        return flags[0] if len(flags) == 1 else None

    def _parent_noun(self, k: int) -> bool:
        """ "competition rounds", "member washes": a table named in the singular right before a table of rows that
        may or may not point at it (rounds.competition_id is sometimes empty): the rows that do."""
        ms = self.ms
        if ms[k].kind != "table" or ms[k + 1].kind != "table" or _is_plural(ms[k].text) or \
                not _is_plural(ms[k + 1].text) or k in self.used:
            return False
        parent, child = ms[k].data["table"], ms[k + 1].data["table"]
        keys = [self.index.tables[child].columns.get(col) for col, rt, _ in self.index.tables[child].fks
                if rt == parent and parent != child]
        keys = [c for c in keys if c is not None and (c.null_frac or 0) > 0]
        if len(keys) != 1:
            return False
        self.p.filters.append(FilterP(op="not_null", ref=Ref(cands=[(3.0, keys[0])], text=ms[k].text), pos=k))
        self.used.add(k)
        return True

    def _labelled_number(self, i: int) -> bool:
        """ "year 9 pupils", "grade 5 climbs", "ward 3": a word that starts the name of a small whole-number column
        (year_group, grade_level, ward_no), then one of its numbers: that column equals the number."""
        ms = self.ms
        n = ms[i + 1].data.get("value")
        if ms[i].end - ms[i].start != 1 or ms[i + 1].data.get("percent") or not isinstance(n, (int, float)) or \
                n != int(n) or not 0 <= n < 1000:
            return False
        if i > 0 and ms[i - 1].kind == "cue" and ms[i - 1].data.get("cue") == "cmp" or i + 2 < len(ms) and \
                ms[i + 2].kind == "cue" and ms[i + 2].data.get("cue") == "cmp":
            return False  # "above magnitude 4", "magnitude 3 or more": a comparison, read by _comparison
        word = lx.lemma(ms[i].text)
        tails = {"group", "level", "number", "no", "num", "band", "grade", "class"}
        named = self._mentioned_tables()
        cols = [c for c in self.index.columns if c.is_number and (not c.is_id or c.words[-1] in tails) and
                not c.is_pk and not c.derived and c.words and
                lx.lemma(c.words[0]) == word and (len(c.words) == 1 or len(c.words) == 2 and c.words[1] in tails)
                and 0 < (c.n_distinct or 0) <= 60 and not c.is_money]
        cols = [c for c in cols if c.table in named] or cols
        top = (ms[i].data.get("cands") or [(0.0, None)])[0][1] if ms[i].kind == "column" else None
        if not cols and top is not None and top.is_number and not top.is_money and not top.derived and \
                word in top.words and 0 < (top.n_distinct or 0) <= 60 and ms[i].data.get("exact"):
            cols = [top]  # "a level 4 instructor": instructors.cert_level, linked by the table that follows
        if len(cols) != 1:
            return False
        self.p.filters.append(FilterP(op="=", ref=Ref(cands=[(3.0, cols[0])], text=cols[0].name),
                                      value=float(n), pos=i))
        self.used.update({i, i + 1})
        return True

    def _numbers_before_column(self, i: int) -> bool:
        """ "got 1 or 2 stars", "with 5 stars": numbers, then the rating column they are values of."""
        ms = self.ms
        values, k = [ms[i].data["value"]], i + 1
        while k + 1 < len(ms) and ms[k].text in ("or", "and", ",") and ms[k + 1].kind == "number":
            values.append(ms[k + 1].data["value"])
            k += 2
        if k >= len(ms) or ms[k].kind != "column" or lx.lemma(ms[k].text) not in ("star", "point", "rating", "score"):
            return False
        mc = _measure_cands(_ref_from_mention(ms[k]))
        if not mc or ms[i].data.get("percent"):
            return False
        ref = Ref(cands=mc, text=ms[k].text)
        if len(values) == 1:
            self.p.filters.append(FilterP(op="=", ref=ref, value=values[0], pos=i))
        else:
            self.p.filters.append(FilterP(op="in", ref=ref, value=values, pos=i))
        self.used.update(range(i, k + 1))
        return True

    def _within_of(self, i: int) -> bool:
        """ "members who cancelled within 180 days of joining": the time between the start date named after "of"
        and the end date named before "within" is at most N."""
        ms = self.ms
        if i < 1 or i + 4 >= len(ms) or ms[i + 1].kind != "number" or ms[i + 3].text != "of":
            return False
        unit = lx.lemma(ms[i + 2].text)
        per_day = {"day": 1, "week": 7, "month": 30, "year": 365}.get(unit)
        ends = [c for _, c in (ms[i - 1].data.get("cands") or [])[:2] if c.is_date] if ms[i - 1].kind == "column" \
            else []
        starts = [c for _, c in (ms[i + 4].data.get("cands") or [])[:2] if c.is_date] \
            if ms[i + 4].kind == "column" else []
        if per_day is None or not ends or not starts or ends[0].table != starts[0].table or ends[0] is starts[0]:
            return False
        start, end = starts[0], ends[0]
        days = ColInfo(table=start.table, name=f"@days({start.name},{end.name})", kind="number",
                       words=["duration"], derived=True)
        self.p.filters = [f for f in self.p.filters if not (f.ref is not None and f.ref.cands and
                                                            f.ref.cands[0][1] is end and f.op == "not_null")]
        if self.p.date_ref is not None and self.p.date_ref.cands and self.p.date_ref.cands[0][1] is end:
            self.p.date_ref = None
        self.p.filters.append(FilterP(op="<=", ref=Ref(cands=[(3.0, days)], text="within"),
                                      value=ms[i + 1].data["value"] * per_day, pos=i))
        self.used.update(range(i, i + 5))
        for k in (i, i + 2, i + 4):
            ms[k].kind = "column"
        return True

    def _rated_values(self, i: int, ref: Ref) -> bool:
        """ "consultations rated 1 or 2", "rated 4 or higher", "scored 5": the rating column equals (or passes) the
        numbers after the verb."""
        ms = self.ms
        values, k = [], i + 1
        while k < len(ms) and ms[k].kind == "number" and not ms[k].data.get("percent"):
            values.append(ms[k].data["value"])
            if k + 2 < len(ms) and ms[k + 1].text in ("or", "and", ",") and ms[k + 2].kind == "number":
                k += 2
                continue
            k += 1
            break
        if not values:
            return False
        used = set(range(i + 1, k))
        bound = ms[k + 1].text if k + 1 < len(ms) and k < len(ms) and ms[k].text == "or" else None
        if k < len(ms) and ms[k].kind == "cue" and ms[k].data.get("cue") == "cmp" and ms[k].text.startswith("or "):
            bound = ms[k].text.split()[-1]  # "rated 4 or higher": one cue
            k -= 1
        if len(values) == 1 and bound in ("higher", "more", "above", "better", "over"):
            self.p.filters.append(FilterP(op=">=", ref=ref, value=values[0], pos=i))
            used |= {k, k + 1}
        elif len(values) == 1 and bound in ("lower", "less", "below", "worse", "under"):
            self.p.filters.append(FilterP(op="<=", ref=ref, value=values[0], pos=i))
            used |= {k, k + 1}
        elif len(values) == 1:
            self.p.filters.append(FilterP(op="=", ref=ref, value=values[0], pos=i))
        else:
            self.p.filters.append(FilterP(op="in", ref=ref, value=values, pos=i))
        self.used.update(used)
        return True

    def _event_date_mention(self, k: int) -> bool:
        """Turn the word at k into a mention of the date column its event names ("delivery" -> delivered_at), when
        that date ends a start/end pair of its table (so a duration between them exists)."""
        m = self.ms[k]
        ends = [(s, c) for s, c in self.index.column_candidates(m.text) if c.is_date and s >= 1.15 and any(
            x.derived and x.table == c.table and x.name.startswith(("@days(", "@minutes(")) and
            x.name.endswith(f",{c.name})") for x in self.index.columns)]
        if len(ends) != 1:
            return False
        m.kind, m.data = "column", {"cands": ends, "exact": False, "table": None}
        return True

    def _start_then_table_date(self, i: int, near: int, start: ColInfo, end: ColInfo, table: str):
        """ "days between booking and the appointment": the named date (booked_on) to the table's own date
        (scheduled_at), whichever order the table's dates were guessed in."""
        named = [c for k in range(i + 1, near) if self.ms[k].kind == "column"
                 for _, c in (self.ms[k].data.get("cands") or [])[:2] if c.is_date and c.table == table]
        if not named:
            return start, end
        first = named[0]
        other = [c for c in self.index.tables[table].date_columns() if c.key != first.key and
                 not set(c.words) & BIRTH_WORDS]
        own = self.index.tables[table].main_date(False)
        last = own if own is not None and own.key != first.key else (other[0] if len(other) == 1 else None)
        return (first, last) if last is not None else (start, end)

    def _after_how_many(self, i: int) -> bool:
        """Is the word at i right after "how many" (also when an average turned it into an average cue)?"""
        return i > 0 and (self.ms[i - 1].text in ("how many", "many") or bool(self.ms[i - 1].data.get("how_many")))

    def _verb_after_to(self, i: int) -> int | None:
        """Where the verb after "to" is, for a time unit at i: "days to close", "two weeks to be collected", "days
        does it take us to resolve" (filler words between). None when no "to" follows."""
        ms = self.ms
        t = i + 1
        while t < min(len(ms), i + 8) and (ms[t].text in TAKE_FILLERS or ms[t].kind == "table"):
            t += 1  # ("days on average does a complaint take to get resolved")
        if t + 2 < len(ms) and ms[t].text in ("before", "until", "till") and ms[t + 1].text in (
                "we", "they", "it", "you", "people", "customers", "clients"):
            t += 1  # "how many days before we get paid": the same as "days to get paid"
        elif t + 1 >= len(ms) or ms[t].text != "to":
            return None
        return t + 2 if ms[t + 1].text in ("be", "get", "got", "are", "is") and t + 2 < len(ms) else t + 1

    def _duration_neighbour(self, i: int, kind: str) -> int | None:
        """The mention naming the table or the end date: "loan length", "length of loans", "days to close"."""
        ms = self.ms
        if kind == "days":
            return self._verb_after_to(i)
        if kind == "days_to":
            k, date = self._end_date_after(i)
            m = ms[k]
            if m.kind != "column" or m.data["cands"][0][1] is not date:
                m.kind, m.data = "column", {"cands": [(2.0, date)], "exact": False, "table": None}
            return k
        if kind == "days_from":
            # the date after "to" / "and" is the end
            for k in range(i + 3, min(len(ms), i + 9)):
                j = k + 1 if ms[k].text in ("the", "a", "an", "its", "their") and k + 1 < len(ms) else k
                if ms[k - 1].text in ("to", "and", "until") and (ms[j].kind == "column" or ms[j].kind == "table" and (
                        j + 1 >= len(ms) or ms[j + 1].text in (",", "?", "by", "per", "for", "in"))):
                    return j  # "days between booking and the appointment": the appointment's own date
            return None
        cands = [i - 1] if kind == "noun" else []
        cands += [k for k in range(i + 1, min(len(ms), i + 5))]
        for k in cands:
            if k > i and ms[k].kind == "cue" and ms[k].data.get("cue") == "group":
                return None  # "tenure by department": what follows "by" is a breakdown, not the measured thing
            if 0 <= k < len(ms) and ms[k].kind in ("table", "column") and k not in self.used:
                return k
        if kind == "how":  # "for children who have left, how many days were they with us": the table named before
            return next((k for k in range(i - 1, -1, -1) if ms[k].kind == "table"), None)
        return None

    def _end_date_after(self, i: int) -> tuple[int, ColInfo] | None:
        """(index, date column) of the mention naming the end date of "days until an item gets claimed", "hours to
        close a report", "days for a batch to sell out", "days to deliver an order": a date column after "to" /
        "until", or a verb a date column is named after (`_duration_neighbour` makes the mention that column)."""
        ms = self.ms
        j = i + 1
        if j < len(ms) and ms[j].text == "for":  # "days for a batch to sell out"
            j = next((k for k in range(j + 1, min(len(ms), j + 5)) if ms[k].text in ("to", "until", "till")), len(ms))
        if j >= len(ms) or ms[j].text not in ("to", "until", "till"):
            return None
        for k in range(j + 1, min(len(ms), j + 5)):
            m = ms[k]
            if m.kind in ("stop", "table") or m.text in ("be", "get", "gets", "got", "getting", "is", "was"):
                continue
            if m.kind == "column":
                dates = [c for s, c in (m.data.get("cands") or [])[:3] if c.is_date and s >= 1.0]
            elif m.kind in ("value", "word"):
                dates = [c for s, c in self.index.column_candidates(m.text)[:3] if c.is_date and s >= 1.0]
            else:
                return None
            info = self.index.tables.get(dates[0].table) if dates else None
            if info is None or info.main_date(False) is dates[0]:
                return None
            return k, dates[0]
        return None

    def _ahead_pair(self, i: int):
        """(start, end, table) of "how many days ahead do people book": from the date the verb names (booked_on) to
        the day the rows are for (start_date, the table's main date or its one other date)."""
        later = self.ms[i + 1:]
        # dates the later column words may name ("book": bookedAt), looked up once
        found = [c for m in later if m.kind == "column" for s, c in self.index.column_candidates(m.text)[:3]
                 if c.is_date and s >= 1.0]
        acted = [c for c in found if set(c.words) & {"booked", "ordered", "reserved", "bought", "purchased", "placed",
                                                     "made", "booking", "order", "reservation", "purchase"}]
        named = next((c for m in later if m.kind == "column" for s, c in (m.data.get("cands") or [])[:1]
                      if c.is_date), None)
        said = next((c for m in later if m.kind in ("value", "word")
                     for s, c in self.index.column_candidates(m.text)[:1] if c.is_date), None)
        weak = found[0] if found else None
        verb = (acted[0] if acted else None) or named or said or weak
        info = self.index.tables.get(verb.table) if verb is not None else None
        if info is None:
            return None
        others = [c for c in info.date_columns() if c is not verb and not set(c.words) & (
            LATE_DATE_WORDS | {"birth", "born", "birthdate", "dob", "created", "updated", "due"})]
        main = info.main_date(False)
        end = main if main in others else others[0] if len(others) == 1 else None
        if end is None and not others:  # "how far ahead do people book" on tickets.booked_at: the sailing's departure
            parents = [self.index.tables[rt].main_date(False) for _, rt, _ in info.fks if rt in self.index.tables]
            parents = [c for c in parents if c is not None and not set(c.words) & {"birth", "born", "dob", "created"}]
            end = parents[0] if len(parents) == 1 else None
        return (verb, end, info.name) if end is not None else None

    def _date_pair(self, near: int | None):
        """(start, end, table) of the table a neighbouring mention names; the end is a named date or a late one."""
        named, table = None, None
        if near is not None:
            m = self.ms[near]
            if m.kind == "table" or m.data.get("table"):
                table = m.data.get("table")
            for _, c in (m.data.get("cands") or [])[:3]:
                if c.is_date:
                    named, table = c, table or c.table
                    break
            if table is None and m.data.get("cands"):
                table = m.data["cands"][0][1].table
        if table is None:
            multi = [t for t in self.index.tables.values() if len(t.date_columns()) >= 2]
            said = [t for t in multi if t.name in {m.data.get("table") for m in self.ms if m.kind == "table"}]
            # "for students who have moved out, how many days did they stay": the named table's own dates
            table = said[0].name if len(said) == 1 else multi[0].name if len(multi) == 1 else None
        info = self.index.tables.get(table) if table else None
        if info is None or len(info.date_columns()) < 2:
            return None
        dates = info.date_columns()
        start = info.main_date(False)
        late = [c for c in dates if c is not start and set(c.words) & LATE_DATE_WORDS and not set(c.words) & {
            "birth", "born", "birthdate", "dob"}]
        actual = [c for c in late if not set(c.words) & PLANNED_DATE_WORDS]  # returned_at before due_back
        end = named if named is not None and named is not start else next(iter(actual or late), None)
        if end is None and len(dates) == 2:
            end = next(c for c in dates if c is not start)
        if end is None or start is None or end is start:
            return None
        if set(end.words) & {"birth", "born", "birthdate", "dob"}:
            start, end = end, start  # "how long did culled cows live": from birth to culling
        return start, end, info.name

    def _aggregated_number_of(self, i: int) -> bool:
        ms = self.ms
        before = ms[i - 1] if i > 0 else None
        after = ms[i + 1] if i + 1 < len(ms) else None
        return ms[i].text in ("number of", "amount of") and before is not None and before.kind == "cue" and \
            before.data.get("cue") == "agg" and before.text in lx.PURE_AGG and \
            before.data.get("agg") not in ("count", "count_distinct") and after is not None and \
            after.kind == "column" and bool(after.data.get("exact")) and self._is_measure_mention(after)

    def _grain_modifies_measure(self, i: int) -> bool:
        """ "average daily kwh": a grain adjective between an aggregate word and a measure qualifies the measure."""
        ms = self.ms
        if ms[i].text not in ("daily", "weekly", "monthly", "hourly", "yearly", "annual", "quarterly"):
            return False
        before = ms[i - 1] if i > 0 else None
        after = ms[i + 1] if i + 1 < len(ms) else None
        return before is not None and before.kind == "cue" and before.data.get("cue") == "agg" and \
            before.text in lx.PURE_AGG and after is not None and self._is_measure_mention(after)

    def _relative(self, m: Mention) -> None:
        unit, off = m.data["unit"], m.data["offset"]
        if unit == "shift":
            self.p.shift += off
            return
        if unit in ("shift_month", "shift_quarter"):
            self.p.shift_months += off * (3 if unit == "shift_quarter" else 1)
            return
        self.p.relative.append({"unit": unit, "offset": off, "n": 1})

    def _last_n(self, i: int) -> int:
        ms = self.ms
        j = i + 1
        n = 1
        if j < len(ms) and ms[j].kind == "number":
            n = int(ms[j].data["value"])
            j += 1
        if j < len(ms) and ms[j].kind == "cue" and ms[j].data.get("cue") == "grain":
            self.p.relative.append({"unit": ms[j].data["grain"], "offset": -n, "n": n, "rolling": True})
            return j + 1
        if ms[i].text == "last" and j < len(ms) and ms[j - 1].kind == "number":
            # "last 5 orders" ranks by recency; treat like top
            self.p.limit = n
        return j if j > i + 1 else i + 1

    def _rank_valued_rows(self, k: int) -> bool:
        """ "top 3 supermarkets by weight donated": a plural type value names rows of a table with a name column;
        the value is a condition and the rows are ranked by their names."""
        ms = self.ms
        hits = ms[k].data.get("values") or []
        if len({(t, c) for t, c, _ in hits}) != 1:
            return False
        table, column, _ = hits[0]
        label = self.index.tables[table].label_column()
        if label is None or not label.is_text or label.name == column:
            return False
        self._value(k, ms[k], negate=False)
        self.used.add(k)
        ref = Ref(cands=[], text=ms[k].text, table=table) if self.index.tables[table].has_name_parts else \
            Ref(cands=[(3.0, label)], text=label.name)  # people by key and names; donors by their name
        self.p.dims.append(DimP(ref=ref, pos=k, plural=True))
        return True

    def _value_names_entity(self, j: int) -> bool:
        """ "which contractor ... the most": a type value of a table of named rows (applicants of type contractor),
        followed by a superlative, asks for those rows ranked; the value stays a condition."""
        ms = self.ms
        owners = {h[0] for h in ms[j].data.get("values") or []}
        if len(owners) != 1 or not any(m.kind == "cue" and m.data.get("dir") for m in ms[j + 1:]):
            return False
        if j + 1 < len(ms) and ms[j + 1].kind == "column" and any(
                c.table in owners and not c.is_measure for _, c in (ms[j + 1].data.get("cands") or [])[:1]):
            return False  # "which boulder grade": the grade is asked for, the value only narrows the rows
        table = owners.pop()
        info = self.index.tables[table]
        label = info.label_column()
        if label is None or not label.is_text or not any(rt == table for t in self.index.tables.values()
                                                          for _, rt, _ in t.fks):
            return False
        self.p.dims.append(DimP(ref=Ref(cands=[], text=ms[j].text, table=table), pos=j,
                                plural=_is_plural(ms[j].text)))
        return True

    def _generic_reading(self, table: str) -> ColInfo | None:
        """The one generic number (readingValue, value, result) of a table or of the rows pointing at it: what a
        type value of that table measures ('temperature' sensors -> readings.readingValue)."""
        kids = [t for t in self.index.tables.values() if any(rt == table for _, rt, _ in t.fks)]
        cols = [c for t in [self.index.tables[table]] + kids for c in t.columns.values() if c.is_measure and
                not c.derived and set(c.words) & {"value", "reading", "measurement", "result", "level"} and
                not set(c.words) & (lx.MONEY_WORDS - {"value"})]
        return cols[0] if len(cols) == 1 else None

    def _value(self, i: int, m: Mention, negate: bool) -> None:
        hits = m.data.get("values") or []
        nxt = self.ms[i + 1] if i + 1 < len(self.ms) else None
        if nxt is not None and nxt.kind == "column" and len(hits) == 1 and any(
                (c.table, c.name) == hits[0][:2] and s >= 2.0 for s, c in (nxt.data.get("cands") or [])[:1]):
            self.used.add(i + 1)  # "the brown course": the value's own column named after it, nothing to measure
        if nxt is not None and nxt.kind == "table" and len({h[0] for h in hits}) > 1 and \
                any(h[0] == nxt.data["table"] for h in hits):
            # "enrolments from Japanese students": the students' nationality, not the courses' language
            hits = [h for h in hits if h[0] == nxt.data["table"]]
        if nxt is not None and nxt.kind == "table" and hits and len(m.text.split()) == 1 and \
                not any(h[0] == nxt.data["table"] for h in hits):
            flags = [c for c in self.index.tables[nxt.data["table"]].columns.values()
                     if c.is_bool and lx.lemma(m.text) in c.words]
            if len(flags) == 1:  # "card machines": the machines' acceptsCard flag, not sales paid by card
                self.p.filters.append(FilterP(op="false" if negate else "true",
                                              ref=Ref(cands=[(3.0, flags[0])], text=m.text), pos=i))
                return
        before = self.ms[i - 1] if i > 0 else None
        if before is not None and before.kind == "cue" and before.text in lx.PURE_AGG and hits and \
                before.data.get("agg") not in (None, "count", "count_distinct") and len(m.text.split()) == 1:
            # "the highest average offer": a measure named like a value ('Offer') of its table (offer_amount)
            word = lx.lemma(m.text)
            cols = [c for c in self.index.tables[hits[0][0]].columns.values() if c.is_measure and word in c.words]
            if len(cols) == 1:
                self.p.measures.append(MeasureP(agg=before.data["agg"], ref=Ref(cands=[(3.0, cols[0])], text=m.text),
                                                explicit_agg=True, pos=i))
                return
            generic = self._generic_reading(hits[0][0])
            if generic is not None:  # "average temperature": readingValue of the readings of 'temperature' sensors
                self.p.measures.append(MeasureP(agg=before.data["agg"], ref=Ref(cands=[(3.0, generic)],
                                                                                text=m.text), explicit_agg=True, pos=i))
        if m.kind == "quoted" and not hits:
            self.p.filters.append(FilterP(op="<>" if negate else "=", value=m.text, values=[], pos=i))
            return
        if negate and self._right_after_negation(i):
            named = [(sc, c) for sc, c in self.index.column_candidates(m.text) if sc >= 2.0 and not c.is_id
                     and not any((c.table, c.name) == (t, col) for t, col, _ in hits)]
            if named:  # "donors who don't have an email address": the email column is empty, not channel <> 'Email'
                self.p.filters.append(FilterP(op="empty", ref=Ref(cands=named[:1], text=m.text), pos=i))
                return
        owner = self._value_noun_table(i)
        if owner is not None and not negate and not any(x.kind == "table" for x in self.ms):
            self.p.entities.append((i, owner, None))  # "theft adjustments per region": adjustments are counted
        prev = self.ms[i - 1].text if i > 0 else ""
        near = []
        for k in range(i - 1, max(-1, i - 4), -1):  # "drop-offs at the airport": the column named just before
            x = self.ms[k]
            if x.kind == "column" and any((c.table, c.name) == (t, col) for _, c in x.data.get("cands", [])
                                          for t, col, _ in hits):
                near = [(s, c) for s, c in x.data["cands"] if any((c.table, c.name) == (t, col) for t, col, _ in hits)]
                self.used.add(k)
                self.p.entities = [e for e in self.p.entities if e[0] != k]  # "with country code KR": the filter's
                break
            if x.kind not in ("stop",):
                break
        self.p.filters.append(FilterP(op="<>" if negate else "=", value=m.text, values=list(hits), pos=i,
                                      ref=Ref(cands=near, text=prev), family=bool(m.data.get("family"))))

    def _year(self, i: int, m: Mention) -> None:
        y = m.data["year"]
        nxt = self.ms[i + 1] if i + 1 < len(self.ms) else None
        if nxt is not None and nxt.kind == "cue" and nxt.data.get("cue") == "cmp" and \
                nxt.text.startswith(("or ", "and ", "onward")):
            # "from 2022 or later", "2019 and earlier"
            self._date_compare(i, m, nxt.data["op"])
            self.used.add(i + 1)
            return
        # several years: "2015 and 2016", "2016 vs 2017"
        for f in self.p.filters:
            if f.op == "years":
                f.value.append(y)
                return
        self.p.filters.append(FilterP(op="years", value=[y], pos=i, date=True))

    def _period(self, i: int, m: Mention) -> None:
        lo, hi = _period_bounds(m)
        if m.kind == "month" and m.data.get("year") is None:
            same = next((f for f in self.p.filters if f.op == "month_of_year"), None)
            if same is not None:  # "in June, July and August": any of the months
                same.value = (same.value if isinstance(same.value, list) else [same.value]) + [m.data["month"]]
                return
            self.p.filters.append(FilterP(op="month_of_year", value=m.data["month"], pos=i, date=True))
            return
        if m.kind == "quarter" and m.data.get("year") is None:
            yf = [f for f in self.p.filters if f.op == "years"]
            self.p.filters.append(FilterP(op="quarter_of_year", value=m.data["quarter"], pos=i, date=True))
            del yf
            return
        self.p.filters.append(FilterP(op="range", value=[lo, hi], pos=i, date=True))

    def _column(self, i: int, m: Mention, pending_agg, negate: bool) -> None:
        ref = _ref_from_mention(m)
        cands = ref.cands
        p = self.p
        before = self.ms[i - 1] if i > 0 else None
        if m.text in ("billed", "invoiced", "charged", "earned", "collected", "spent") and before is not None and \
                before.kind == "column" and any(c.is_money for _, c in before.data.get("cands", [])[:1]):
            return  # "total fees billed": the verb belongs to the money column before it
        if not cands and ref.table:
            p.entities.append((i, ref.table, None))
            return
        top = cands[0][1] if cands else None
        if top is not None and top.is_bool and cands[0][0] >= 1.15:
            self._rank_by_flagged_rows(i, m)
            if any(f.ref.cands and f.ref.cands[0][1] is top for f in p.filters if f.op in ("true", "false")):
                return  # "failed inspections": "failed" already set insp_pass false
            neg = negate or _prefix_negates(m.text.split()[0], top)  # "unpaid" negates is_paid, "insured" not
            after = [x.text for x in self.ms[i + 1:i + 3]]
            if after[:1] == ["off"] or after in (["turned", "off"], ["switched", "off"]):
                neg = not neg  # "cardholders with autopay off"
                self.used.update(range(i + 1, i + 1 + after.index("off") + 1))
            elif before is not None and before.text == "off" and before.kind in ("word", "stop") and \
                    before.end == m.start:
                neg = not neg  # "off-peak trips": NOT is_peak
                self.used.add(i - 1)
            p.filters.append(FilterP(op="false" if neg else "true", ref=ref, pos=i))
            return
        if top is not None and m.text.endswith("ed") and m.text in top.words and top.is_measure and \
                (top.null_frac or 0) > 0 and any(mp.kind == "count" for mp in p.measures) and \
                top.table in {x.data.get("table") for x in self.ms if x.kind == "table"} and \
                not (before is not None and before.kind in ("cue", "number")) and \
                not (i + 1 < len(self.ms) and self.ms[i + 1].kind in ("number", "cue") and
                     self.ms[i + 1].data.get("cue") in (None, "cmp")):
            # "how many dispensings had stock sent back": rows where returned_qty is set, counted
            p.filters.append(FilterP(op="null" if negate else "not_null", ref=Ref(cands=[(3.0, top)], text=m.text),
                                     pos=i))
            return
        if top is not None and top.is_date and negate and cands[0][0] >= 1.15 and not _measure_cands(ref)[:1]:
            # "loans not returned yet", "deals without a close date": the date is missing
            p.filters.append(FilterP(op="null", ref=ref, pos=i))
            return
        if top is not None and not top.is_date and m.text.endswith("ed") and len(top.words) > 1 and \
                i > 0 and self.ms[i - 1].text in ("were", "been", "was") and \
                any(mp.kind == "count" for mp in p.measures) and self._names_another_table(m.text, top):
            return  # "how many lessons have been booked": the lessons are counted, not the rentals' days_booked
        if top is not None and not top.is_date and not top.is_id and cands[0][0] >= 1.0 and m.text.endswith("ed") and \
                (stem(m.text) in {stem(w) for w in top.words} or m.text in lx.synonyms(top.words[-1])) and \
                not (i + 1 < len(self.ms) and self.ms[i + 1].kind == "number") and \
                not any(x.text in ("most", "least", "more", "less") for x in self.ms[i + 1:i + 4]) and \
                not self._names_another_table(m.text, top) and (
                    negate and i > 0 and self.ms[i - 1].text in ("never", "not", "no", "un", "n't") or
                    not negate and i > 0 and self.ms[i - 1].text in ("was", "were", "been", "is", "are", "be", "got")):
            # "trips that were never rated" (trip_rating missing), "appointments that were rated" (it is set)
            p.filters.append(FilterP(op="null" if negate else "not_null", ref=Ref(cands=[(3.0, top)], text=m.text),
                                     pos=i))
            return
        if top is not None and negate and not top.is_date and cands[0][0] >= 2.0 and (
                not top.is_id or top.is_text and not set(top.words) & {"id", "key", "code", "number"}) and \
                self._right_after_negation(i):  # (a phone or an email is unique, but it is no key)
            # "rides with no tip", "donors without an email address": the value is missing (or zero)
            p.filters.append(FilterP(op="empty", ref=Ref(cands=cands[:1], text=m.text), pos=i))
            return
        tied_dates = [(s, c) for s, c in cands if c.is_date and s >= cands[0][0] - 0.01 and s >= 2.0]
        entity_noun = any(c.is_id and lx.lemma(m.text) in c.words for s, c in cands if s >= cands[0][0] - 0.01)
        if tied_dates and entity_noun:
            tied_dates = []  # "orders" names the order entity (order_id), not its date
        rated = i + 1 < len(self.ms) and self.ms[i + 1].data.get("cue") == "rate"  # "the highest default rate"
        if tied_dates and not ref.exact and not (i > 0 and self.ms[i - 1].kind == "cue" and
                                                 self.ms[i - 1].data.get("cue") == "agg" and not rated):
            # "homes sold in 2023" (sold_date / sold_price): a verb names its event date
            if negate:
                p.filters.append(FilterP(op="null", ref=Ref(cands=tied_dates, text=m.text), pos=i))
                return
            p.date_ref = Ref(cands=tied_dates, text=m.text)
            d = tied_dates[0][1]
            if self.index.tables[d.table].main_date(False) is not d or (d.null_frac or 0) > 0.05:
                # "which agent sold the most homes": a later-in-life event happened, its date is present (so is the
                # only date of upgrades that were "installed", when many were not)
                p.filters.append(FilterP(op="not_null", ref=Ref(cands=tied_dates, text=m.text), pos=i))
            return
        if top is not None and top.is_yearlike and not top.derived and before is not None and \
                before.kind == "cue" and before.text in ("average", "avg", "mean", "median") and cands[0][0] >= 1.15:
            # "median birth year of the altos", "average build year": the year column itself, averaged
            p.measures.append(MeasureP(agg=before.data.get("agg") or "avg", ref=Ref(cands=[(3.0, top)], text=m.text),
                                       explicit_agg=True, pos=i))
            return
        if top is not None and (top.is_date or top.is_yearlike or m.text == "born" and top.is_birth_year) and (
                cands[0][0] >= 1.15 or m.text in ("born", "birthday")) and \
                (not _measure_cands(ref)[:1] or m.text == "born" and (top.is_yearlike or top.is_birth_year)) and \
                not entity_noun:
            p.date_ref = ref
            return
        mc = _measure_cands(ref)
        summed = i > 0 and self.ms[i - 1].data.get("agg") in ("sum", "avg") and self.ms[i - 1].text in lx.PURE_AGG
        best = max((s for s, c in cands if not (summed and c.is_date)), default=0)  # "total expenses": no date
        if mc and mc[0][0] >= best - 0.3 and i + 1 < len(self.ms) and self.ms[i + 1].text == "of" and i > 0 and \
                self.ms[i - 1].text in ("a", "an") and i + 2 < len(self.ms) and self.ms[i + 2].kind == "number" and \
                not self.ms[i + 2].data.get("percent") and (i + 3 >= len(self.ms) or self.ms[i + 3].kind not in (
                    "column", "table", "cue")):
            # "loans with a fee of 500", "how many had a fee of 0": the column equals the number
            p.filters.append(FilterP(op="=", ref=Ref(cands=mc, text=m.text), value=self.ms[i + 2].data["value"],
                                     pos=i))
            self.used.update({i + 1, i + 2})
            return
        if mc and self._has_a(i):
            # "orders with a discount", "customers that have a balance": the column is positive
            p.filters.append(FilterP(op=">", ref=ref, value=0.0, pos=i))
            return
        nxt = self.ms[i + 1] if i + 1 < len(self.ms) else None
        if mc and m.text in ("rated", "scored", "graded") and nxt is not None and nxt.kind == "number" and \
                self._rated_values(i, Ref(cands=mc, text=m.text)):
            return
        if mc and mc[0][0] >= best - 0.01 and mc[0][0] >= 2.0 and nxt is not None and nxt.kind == "number" and \
                not nxt.data.get("percent") and (i + 2 >= len(self.ms) or self.ms[i + 2].kind not in ("column", "table")
                                                 and self.ms[i + 2].data.get("cue") != "cmp"):
            # "students in grade 12", "rooms on floor 3": the column equals the number
            p.filters.append(FilterP(op="=", ref=Ref(cands=mc, text=m.text), value=nxt.data["value"], pos=i))
            self.used.add(i + 1)
            return
        if mc and mc[0][0] >= best - 0.3 and (not (ref.table and not ref.exact)
                                              or mc[0][1].derived and mc[0][0] >= 2.0):
            agg = None
            explicit = False
            if pending_agg is not None and pending_agg[0] >= i - 8 and pending_agg[1] not in ("count",) and \
                    not any(mp.pos > pending_agg[0] for mp in p.measures):
                agg = pending_agg[1]
                explicit = True
                if self.ms[pending_agg[0]].text not in lx.PURE_AGG and self.ms[pending_agg[0]].data.get("dir"):
                    agg, explicit = None, False  # "the most profit": a ranking word, not MAX()
                    if self._reading_verb_before(pending_agg[0]) and _measure_cands(ref)[:1] and \
                            not _measure_cands(ref)[0][1].additive and self.ms[pending_agg[0]].text in lx.AGG_WORDS:
                        agg = lx.AGG_WORDS[self.ms[pending_agg[0]].text]  # "recorded the strongest gust": one reading
                    if self.ms[pending_agg[0]].text in ("most", "least") and pending_agg[0] >= i - 2 and \
                            any(set(c.words) & lx.QUANTITY_WORDS for _, c in _measure_cands(ref)[:1]):
                        agg = "sum"  # "ships the most weight": an amount of a quantity is its total
            elif i > 0 and self.ms[i - 1].kind == "cue" and self.ms[i - 1].data.get("agg") and \
                    self.ms[i - 1].data.get("agg") != "count" and self.ms[i - 1].text in lx.PURE_AGG:
                agg = self.ms[i - 1].data["agg"]
            ref = self._money_noun_after(i, ref)
            ref = self._of_table(i, ref)
            if lx.lemma(m.text) in lx.TIME_UNIT_SECONDS and p.unit is None:
                p.unit = lx.lemma(m.text)  # "total minutes of calls": the duration, in minutes
            nxt = self.ms[i + 1] if i + 1 < len(self.ms) else None
            ranked = pending_agg is not None and pending_agg[0] >= i - 3  # "highest temperature recorded": MAX
            if agg is None and not ranked and nxt is not None and nxt.text.endswith("ed") and (nxt.kind == "word" or (
                    nxt.kind == "column" and not any(s >= 2.0 for s, _ in nxt.data.get("cands") or []))) and \
                    _measure_cands(ref)[:1] and not _measure_cands(ref)[0][1].additive:
                agg = "sum"  # "weight donated", "kg collected": the amount moved, in total
            p.measures.append(MeasureP(agg=agg, ref=ref, explicit_agg=explicit, pos=i))
            first = self.ms[i - 3] if i >= 3 else None  # "max and min price": one measure per aggregate word
            if explicit and first is not None and self.ms[i - 2].text in ("and", ",", "&") and first.kind == "cue" \
                    and first.text in lx.PURE_AGG and first.data.get("agg") not in (None, agg, "count"):
                p.measures.insert(len(p.measures) - 1, MeasureP(agg=first.data["agg"], ref=ref, explicit_agg=True,
                                                                pos=i - 3))
            return
        if p.superlative and ref.cands and any(c.is_text and not c.is_id for _, c in ref.cands[:2]):
            p.ranked_entity = ref
        p.entities.append((i, ref.table, ref))

    def _age_group(self, i: int, m: Mention) -> bool:
        """ "and adults?" after "how many under-18s": people aged 18 or over (children: under 18), by the age of
        the people named or in play, when no value is called that."""
        w = lx.lemma(m.text)
        if w not in AGE_GROUPS:
            return False
        tables = self._mentioned_tables() | ({self.context} if self.context else set())
        ages = [c for t in tables if t in self.index.tables for c in self.index.tables[t].columns.values()
                if c.derived and c.name.startswith("@age") and
                any(set(lx.split_name(a)) & BIRTH_WORDS for a in re.findall(r"\(([^)]*)\)", c.name))]
        if len(ages) != 1:
            return False
        op, value = AGE_GROUPS[w]
        self.p.filters.append(FilterP(op=op, ref=Ref(cands=[(3.0, ages[0])], text=m.text), value=value, pos=i))
        m.kind = "column"
        return True

    def _rows_that_had_a_value(self) -> None:
        """ "how many rentals had damage", "how many episodes had a guest": counted rows whose column of that name
        (damage_fee, guest_name) holds something, not a second figure."""
        p, ms = self.p, self.ms
        if not p.count_cue or not p.measures or p.measures[0].kind != "count" or p.dims:
            return
        counted = p.measures[0].entity_table or next((t for _, t, _ in p.entities if t), None)
        taken = {f.pos for f in p.filters}
        for k, m in enumerate(ms):
            j = k - 1
            while j >= 0 and ms[j].kind == "stop" and ms[j].text in ("a", "an", "any", "some"):
                j -= 1
            if m.kind != "column" or k in taken or j < 0 or ms[j].text not in (
                    "had", "has", "have", "with", "got", "needed", "needing"):
                continue
            c = (m.data.get("cands") or [(0.0, None)])[0][1]
            if c is None or c.is_bool or not c.null_frac or c.is_date or (counted and c.table != counted):
                continue
            plain = [mp for mp in p.measures if mp.pos == k and mp.kind == "plain" and not mp.explicit_agg]
            if len(p.measures) - len(plain) != 1:
                continue
            p.measures = [mp for mp in p.measures if mp not in plain]
            p.filters.append(FilterP(op="not_null", ref=Ref(cands=[(3.0, c)], text=m.text), pos=k))
            self.used.add(k)
            return

    def _priced_per(self, j: int) -> Ref | None:
        """ "more than 25 per player", "under 10 an hour" with no column before the comparison: the money column
        priced per that unit (price_per_player, hourly_rate)."""
        ms = self.ms
        if j + 2 >= len(ms) or ms[j + 1].text not in ("a", "an", "per", "each"):
            return None
        unit = lx.lemma(ms[j + 2].text.split()[-1])
        words = {unit, UNIT_ADJECTIVES.get(unit, unit)}
        cols = [c for c in self.index.columns if c.is_measure and not c.derived and set(c.words) & words and
                (c.is_money or "per" in c.words or "rate" in c.words)]
        named = self._mentioned_tables()
        cols = [c for c in cols if c.table in named] or cols
        if len(cols) != 1:
            return None
        self.used.update({j + 1, j + 2})
        self.p.measures = [mp for mp in self.p.measures if mp.pos != j + 2]
        self.p.dims = [d for d in self.p.dims if d.pos != j + 2]
        return Ref(cands=[(3.0, cols[0])], text=ms[j + 2].text)

    def _rate_per_unit(self, target: Ref, j: int) -> None:
        """ "cost more than 5 an hour": of the compared column's candidates, the one priced per that unit
        (hourly_rate, rate_per_hour) before another money column (a repair cost)."""
        ms = self.ms
        if j + 2 >= len(ms) or ms[j + 1].text not in ("a", "an", "per", "each") or not target.cands:
            return
        unit = lx.lemma(ms[j + 2].text)
        words = {unit, UNIT_ADJECTIVES.get(unit, unit)}
        named = [(s, c) for s, c in target.cands if set(c.words) & words]
        if not named:
            named = [(2.0, c) for c in self.index.columns if c.is_measure and set(c.words) & words and
                     c.table in {x.table for _, x in target.cands} | self._mentioned_tables()]
        if named:
            best = max(s for s, _ in target.cands)
            target.cands = [(best + 1.0, named[0][1])] + [sc for sc in target.cands if sc[1] is not named[0][1]]
            self.used.update({j + 1, j + 2})

    def _ranked_by_amount(self, i: int) -> ColInfo | None:
        """ "top 5 products by units sold": after a ranked table, 'by' and a word for an amount (units, quantity,
        weight) name the amount the rows are ranked by."""
        ms = self.ms
        if not self.p.limit or i == 0 or i + 1 >= len(ms) or ms[i - 1].kind != "table" or ms[i + 1].kind != "column":
            return None
        top = (ms[i + 1].data.get("cands") or [(0.0, None)])[0][1]
        if top is None or not top.is_measure or top.is_id or top.derived or top.is_money or \
                lx.lemma(ms[i + 1].text) not in ("unit", "quantity", "volume", "weight", "kg"):
            return None
        return top

    def _ranked_by_aggregate(self, i: int) -> bool:
        """ "cheapest vet by total spend", "top 5 climbers by number of sends": 'by' between the ranked things and
        an aggregate of something ranks them by it."""
        ms = self.ms
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        prev = ms[i - 1] if i > 0 else None
        if nxt is None or prev is None or nxt.kind != "cue" or not (
                nxt.data.get("cue") == "agg" and nxt.text in lx.PURE_AGG or nxt.data.get("cue") == "count"):
            return False
        if i + 2 >= len(ms) or ms[i + 2].kind not in ("column", "table", "word", "value"):
            return False  # ("the most grants by number": a count, nothing else named)
        if not (prev.kind == "table" or prev.kind == "column" and self.is_entityish(prev) and
                not self._is_measure_mention(prev)):
            return False
        return any(x.kind == "cue" and (x.data.get("cue") in ("rank", "sup") or x.data.get("dir")) for x in ms[:i - 1])

    def _rate_names_flag(self, i: int) -> bool:
        """ "how many singers pay the concession rate": the rate word ends the name of a flag (pays_concession)
        after a count, not a share."""
        prev = self.ms[i - 1] if i > 0 else None
        top = (prev.data.get("cands") or [(0, None)])[0][1] if prev is not None and prev.kind == "column" else None
        return top is not None and top.is_bool and any(
            m.kind == "cue" and m.data.get("cue") == "count" and m.text in ("how many", "number of") for m in self.ms)

    def _reading_verb_before(self, i: int) -> bool:
        """ "which station recorded the strongest gust": a verb of one reading before "the" + superlative."""
        j = i - 1
        if j >= 0 and self.ms[j].text == "the":
            j -= 1
        return j >= 0 and self.ms[j].text in READING_VERBS

    def _among_filter(self, i: int) -> bool:
        j = self.nxt(i)
        if j is None:
            return False
        m = self.ms[j]
        if m.kind == "table" and _is_plural(m.text) and any(
                x.kind == "column" and (x.data.get("cands") or [(0, None)])[0][1] is not None and
                x.data["cands"][0][1].table == m.data.get("table") for x in self.ms[:i]):
            self.used.add(j)  # "the most common nationalities among guests": the guests are the rows counted
            return True
        return m.kind in ("value", "quoted") or self._is_bool_mention(m) or m.kind == "word" and (
            lx.ANTONYMS.get(m.text) is not None)

    def _sold_quantity(self, table: str) -> ColInfo | None:
        """The quantity column of `table` when the question asks how many were sold / ordered / shipped."""
        verbs = {"sell", "sold", "selling", "order", "ordered", "ship", "shipped", "dispense", "dispensed", "buy",
                 "bought", "purchased", "deliver", "delivered", "move", "moved"}
        if not set(re.findall(r"[a-z]+", self.p.question.lower())) & verbs:
            return None
        children = [t for t in self.index.tables.values() if any(r == table for _, r, _ in t.fks)]
        for info in [self.index.tables[table]] + children:  # "how many cinnamon buns did Jericho sell": daily_sales
            qty = [c for c in info.columns.values() if c.is_measure and not c.derived
                   and set(c.words) & {"quantity", "unit", "units", "sold"} and "price" not in c.words]
            if len(qty) > 1:  # units_baked / units_sold: the one the verb names
                qty = [c for c in qty if set(c.words) & {"sold", "ordered", "shipped", "bought", "purchased"}]
            if len(qty) == 1:
                return qty[0]
        return None

    def _still(self, i: int) -> bool:
        """ "jobs still open", "cars still parked", "loans still out": the one end date of the table in question (or
        of the schema) is missing."""
        ms = self.ms
        if i + 1 >= len(ms) or ms[i + 1].kind in ("number", "year", "cue") and ms[i + 1].data.get("cue") not in (
                "neg", "new"):  # "still registered": a state word, not a period
            return False
        if ms[i + 1].kind == "column" and ms[i + 1].data.get("cands") and ms[i + 1].data["cands"][0][1].is_bool:
            return False  # "members still active" with an is_active flag: the flag
        if ms[i + 1].kind == "value" and ms[i + 1].data.get("values"):
            return False  # "applications still pending" with a 'pending' status: the status value
        nxt = ms[i + 1].text
        if nxt.startswith("un") and any(c.is_bool or c.is_date for s, c in self.index.column_candidates(nxt[2:])[:1]
                                        if s >= 2.0):
            return False  # "appointments still unpaid" with a paid flag: the flag, negated
        named = {m.data.get("table") for m in ms if m.kind == "table"} - {None}
        pool = [self.index.tables[t] for t in named] if named else list(self.index.tables.values())
        if not named and self.context in self.index.tables and self._late_dates([self.index.tables[self.context]]):
            pool = [self.index.tables[self.context]]  # "and how many are still active?" after a count of members
        elif not named and self.p.who:  # "who still works here": the people's own leaving date
            people = [t for t in pool if set(t.words) & lx.PERSON_WORDS or t.has_name_parts]
            pool = people or pool
        late = self._late_dates(pool)
        if not late and named:  # "wheels still ripening": made_on always set, released_on not yet
            pairs = [sometimes_missing_end([c for c in t.date_columns() if not set(c.words) & BIRTH_WORDS])
                     for t in pool]
            late = [p[1] for p in pairs if p is not None][:1] if sum(p is not None for p in pairs) == 1 else []
        if not late and named:  # "patients still on a ward": the end date lives in their admissions
            late = self._late_dates([t for t in self.index.tables.values() if any(rt in named for _, rt, _ in t.fks)])
        if ms[i + 1].text in ("waiting", "awaiting", "pending"):  # "still waiting for a report": reported_ts unset
            awaited = [m.data["cands"][0][1] for m in ms[i + 2:i + 6] if m.kind == "column" and m.data.get("cands")
                       and m.data["cands"][0][1].is_date and m.data["cands"][0][0] >= 1.0]
            own = [c for c in awaited if not named or c.table in named]  # "animals still waiting for a home":
            late = own[:1] or late  # the animals' own adoption date, not an adopter's home check
        if nxt in ("out", "away", "rented", "hired", "borrowed", "loaned") and named:
            kids = [t for t in self.index.tables.values() if any(rt in named for _, rt, _ in t.fks)]
            back = [c for c in self._late_dates(kids) if set(c.words) & {"returned", "return", "back"}]
            late = back if len(back) == 1 else late  # "skis still out": rentals not returned, not skis not retired
        gone = [c for c in late if set(c.words) & DEPARTURE_WORDS]
        if gone and all(set(c.words) & {"arrival", "arrived"} for c in late if c not in gone):
            late = gone  # "animals still at the zoo": arrived, not departed yet
        elif gone:
            late = [c for c in late if c not in gone]  # a trip's departure is its start: "still out" -> no return
        ends = [c for c in late if set(c.words) & (DEPARTURE_WORDS | {
            "deregistered", "closed", "withdrawn", "expired", "discharged", "discontinued", "cancelled", "terminated",
            "retired", "churned", "deactivated", "decommissioned"})]
        if len(late) > 1 and len(ends) == 1:
            late = ends  # "still registered" with approved_on and deregistered_on: the end of the registration
        if len(late) != 1:
            return False
        self.p.filters.append(FilterP(op="null", ref=Ref(cands=[(3.0, late[0])], text="still"), pos=i))
        if not named:
            self.p.entities.append((i, late[0].table, None))
        self.used.add(i + 1)
        state = [i, i + 1]
        k = i + 1  # "still in production", "still out at sea": the words of the state are part of it
        while k + 1 < len(ms) and ms[k].kind in ("stop", "word") and k - i < 4 and \
                ms[k + 1].kind in ("stop", "word") and ms[k + 1].text not in ("and", "or", "by", "per", "?"):
            k += 1
            state.append(k)
            self.used.add(k)
        nxt = k + 1  # "still waiting for a decision": the end date named at the end of the state
        if nxt < len(ms) and ms[nxt].kind == "column" and ms[nxt].data.get("cands") and \
                ms[nxt].data["cands"][0][1].key == late[0].key:
            self.used.add(nxt)
        for k in state:
            if ms[k].kind == "word":
                ms[k].kind = "column"  # linked: the coverage check counts them as understood
        return True

    @staticmethod
    def _late_dates(tables: list) -> list[ColInfo]:
        """The end dates of these tables: a leaving, closing or departure date (no birth or due date)."""
        return [c for t in tables for c in t.date_columns() if set(c.words) & (LATE_DATE_WORDS | DEPARTURE_WORDS)
                and not set(c.words) & {"birth", "born", "birthdate", "due", "expiry", "expires", "expiration"}]

    def _generic_people(self, j: int | None) -> str | None:
        """ "people", "persons", "individuals" not linked to anything: the schema's one table of people."""
        if j is None or j >= len(self.ms) or self.ms[j].text not in ("people", "persons", "individuals", "folks"):
            return None
        if self.ms[j].kind == "table":
            return None
        people = [t.name for t in self.index.tables.values() if set(t.words) & lx.PERSON_WORDS]
        if not people:  # a table with first and last names or birth dates holds people (pass_holders)
            people = [t.name for t in self.index.tables.values() if t.looks_like_people]
        return people[0] if len(people) == 1 else None

    def _value_noun_table(self, k: int) -> str | None:
        """The table of a plural value used as the head noun ("adjustments" = movement_type 'ADJUST'), when no table
        or column noun follows it."""
        m = self.ms[k]
        hits = m.data.get("values") or []
        if m.kind != "value" or not _is_plural(m.text) or len({h[0] for h in hits}) != 1:
            return None
        nxt = self.ms[k + 1] if k + 1 < len(self.ms) else None
        if nxt is not None and nxt.kind in ("table", "column") and not self._is_bool_mention(nxt) and \
                nxt.text not in SELL_VERBS:  # "number of kegs ordered": the verb, not a noun
            return None
        return hits[0][0]

    def _right_after_negation(self, i: int) -> bool:
        """The mention follows "no", "without", "don't have (an)", "missing" with only filler words between."""
        k = i - 1
        while k >= 0 and self.ms[k].text in ("a", "an", "any", "have", "has", "had", "got", "given", "the"):
            k -= 1
        if k >= 1 and self.ms[k].kind == "word" and self.ms[k - 1].text in ("no", "without"):
            k -= 1  # "calls with no survey score": one unknown word qualifying the column
        return k >= 0 and self.ms[k].text in ("no", "without", "missing", "don't", "doesn't", "didn't", "lacking",
                                               "never", "zero")

    def _rank_by_flagged_rows(self, i: int, m: Mention) -> None:
        """ "top 5 staff by failed inspections": ranked by how many rows meet the flag, not by a money column."""
        p = self.p
        if p.measures or not (p.superlative or p.limit) or not m.text.endswith("s") or lx.lemma(m.text) == m.text:
            return
        j = i - 1
        while j >= 0 and (self.ms[j].kind in ("word", "stop") or self.ms[j].text in lx.ANTONYMS):
            j -= 1
        if j >= 0 and self.ms[j].kind == "cue" and self.ms[j].text == "by":
            p.measures.append(MeasureP(agg="count", kind="count", pos=i))

    def _word(self, i: int, m: Mention, negate: bool) -> None:
        w = m.text
        if w in ORDINALS and self._ordinal_number(i):
            return
        if w in DELIVERY_WORDS and not negate and self._not_cancelled(i):
            return
        if w == "currently" and re.search(r"\b(un[a-z]{3,}|outstanding|owed|owing|overdue|pending)\b",
                                          self.p.question.lower()):
            return  # "how much rent is unpaid at the moment": the state word says it all, no one has to be current
        if self._age_group(i, m):
            return
        if self._missing_end_date(i, m, negate):
            return
        if w in ("missing", "blank", "unknown", "unrecorded", "null", "empty") and self._missing_value(i):
            return
        if w in ("pending", "outstanding", "awaited", "owe", "owes", "owed", "owing") and \
                self._missing_value(i, pending=True):
            return  # "screening results still pending": no result yet (a column with missing values)
        if w in ("show", "shows", "showed") and i > 0 and self.ms[i - 1].text == "no":
            w, negate = "noshow", False  # "no-shows": one word, not a negation
        antis = []
        bare = w[:-2] if w.endswith("ed") and len(w) > 5 else w
        for key in dict.fromkeys((w.replace("-", ""), lx.lemma(w), bare)):  # "failed": "passed", then "pass"
            antis += [a for a in lx.antonyms_of(key) if a not in antis]
        named = self._mentioned_tables()
        found_by = {a: self.index.column_candidates(a) for a in antis}
        if named and len(antis) > 1:  # "current members": members.left_on before court_bookings.cancelled_at
            nouns = {x.data.get("table") for x in self.ms if x.kind == "table"}  # "age of current clients": clients
            antis = sorted(antis, key=lambda a: (not any(c.table in nouns and s >= 2.0 for s, c in found_by[a]),
                                                 not any(c.table in named and s >= 2.0 for s, c in found_by[a])))
        own_end = self._unnamed_end_date(named) if w == "currently" and named and not any(
            c.table in named and (c.is_date or c.is_bool) and s >= 2.0 for a in antis for s, c in found_by[a]) else None
        if own_end is not None:  # "routes still up right now": not stripped yet (strippedOn, a word no list has)
            self.p.filters.append(FilterP(op="null", ref=Ref(cands=[(3.0, own_end)], text=w), pos=i))
            m.kind = "column"
            return
        for anti in antis:
            found = found_by[anti]
            cands = [(s, c) for s, c in found if c.is_bool and s >= 2.0] or self._flag_ending_in(anti)
            if cands:  # "students who failed" -> NOT passed, "completed rides" -> NOT cancelled
                named_col = {id(c) for _, c in cands[:1]}  # "inspections failed": the column's plain mention yields
                self.p.filters = [f for f in self.p.filters if not (
                    f.op in ("true", "false") and f.ref.cands and id(f.ref.cands[0][1]) in named_col)]
                self.p.filters.append(FilterP(op="true" if negate else "false", ref=Ref(cands=cands, text=w), pos=i))
                m.kind = "column"
                return
            dates = [(s, c) for s, c in found if c.is_date and s >= 2.0]
            dates = [(s, c) for s, c in dates if c.table in named] or dates  # "current members": theirs
            if dates:  # "active members": no cancellation date
                self.p.filters.append(FilterP(op="not_null" if negate else "null", ref=Ref(cands=dates, text=w),
                                              pos=i))
                m.kind = "column"
                return
        # "unpaid", "inactive", "non-remote": negated boolean columns
        for pre in ("un", "non", "in", "not"):
            if w.startswith(pre) and len(w) > len(pre) + 2:
                rest = w[len(pre):].lstrip("-")
                dates = [(s, c) for s, c in self.index.column_candidates(rest) if c.is_date and s >= 2.0]
                if dates and pre == "un" and not negate:  # "unsold listings": no sold date
                    self.p.filters.append(FilterP(op="null", ref=Ref(cands=dates, text=w), pos=i))
                    m.kind = "column"
                    return
                cands = [(s, c) for s, c in self.index.column_candidates(rest) if c.is_bool and s >= 2.0]
                if cands:
                    self.p.filters.append(FilterP(op="true" if negate else "false",
                                                  ref=Ref(cands=cands, text=w), pos=i))
                    m.kind = "column"
                    return
                named = self._mentioned_tables()
                valued = [(s, c) for s, c in self.index.column_candidates(rest) if s >= 1.2 and not c.is_id and
                          not c.derived and (not named or c.table in named) and stem(rest) in map(stem, c.words)]
                if valued and pre == "un" and (rest.endswith("ed") or rest in lx.VERB_OF_PAST):
                    # "unrated fencers": no rating recorded; "unpaid deliveries": no invoice_paid_on
                    self.p.filters.append(FilterP(op="not_null" if negate else "null",
                                                  ref=Ref(cands=[(3.0, valued[0][1])], text=w), pos=i))
                    m.kind = "column"
                    return

    def _unnamed_end_date(self, tables: set[str]) -> ColInfo | None:
        """The one date of the named tables that is missing on some rows while another date of the same table is
        always set (setOn and strippedOn): when each row stopped being current."""
        ends = []
        for t in tables:
            info = self.index.tables.get(t)
            pair = sometimes_missing_end([c for c in info.date_columns() if not set(c.words) & BIRTH_WORDS]) \
                if info else None
            if pair is not None and pair[1].null_frac > 0.02:
                ends.append(pair[1])
        return ends[0] if len(ends) == 1 else None

    def _not_cancelled(self, i: int) -> bool:
        """ "how many lessons did we deliver", "hours actually taught": the rows that went ahead, i.e. not cancelled
        (a cancelled flag or a cancellation date of the table in question)."""
        # the rows are named before the verb ("how many trips ran"); "drivers ran the most trips" is what they did
        named = {self._mention_table(m) for m in self.ms[:i]} - {None}
        named = {t for t in named if t in self.index.tables and not self.index.tables[t].looks_like_people}
        cols = [c for t in named for c in self.index.tables[t].columns.values()
                if (c.is_bool or c.is_date) and set(c.words) & {"cancelled", "canceled", "cancellation"}]
        if len(cols) != 1 or any(f.ref is not None and f.ref.cands and f.ref.cands[0][1] is cols[0]
                                 for f in self.p.filters):
            return False
        op = "false" if cols[0].is_bool else "null"
        self.p.filters.append(FilterP(op=op, ref=Ref(cands=[(3.0, cols[0])], text=self.ms[i].text), pos=i))
        return True

    def _flag_ending_in(self, word: str) -> list[tuple[float, ColInfo]]:
        """The one yes/no flag of the tables in the question whose name ends in `word` (deposit_paid, fee_paid for
        "unpaid"), which the word alone does not name; a mention of that flag before it goes (it is this one)."""
        named = self._mentioned_tables()
        flags = [c for c in self.index.columns if c.is_bool and c.words and c.words[-1] == word and
                 (not named or c.table in named)]
        if len(flags) != 1:
            return []
        self.p.filters = [f for f in self.p.filters if not (f.ref and f.ref.cands and
                                                            f.ref.cands[0][1].key == flags[0].key)]
        return [(2.0, flags[0])]

    def _missing_end_date(self, i: int, m: Mention, negate: bool = True) -> bool:
        """ "rentals not returned yet", "orders not delivered": an end-of-life verb without a column of its own
        names the one late date column of the tables in the question, which is then missing (IS NULL); without a
        negation ("employees who left in 2020") the event happened: that date is present and times the question."""
        if lx.lemma(m.text) not in lx.END_VERBS:
            return False
        timed = any(_is_period(x) for x in self.ms[i + 1:i + 6])  # "left the zoo in 2023"
        perfect = i > 0 and self.ms[i - 1].text in ("have", "has", "had") and lx.lemma(m.text) in LEAVE_VERBS
        if not negate and not timed and not perfect:
            return False  # "total paid by customer" is money, not an event; "left in 2020" is, "have left" too
        tables = {t for _, t, _ in self.p.entities if t} | {e.data.get("table") for e in self.ms if e.kind == "table"}
        late = [c for t in tables if t in self.index.tables for c in self.index.tables[t].date_columns()
                if set(c.words) & LATE_DATE_WORDS]
        if lx.lemma(m.text) in LEAVE_VERBS:  # "animals that left the zoo": departure_date, not arrival_date
            gone = [c for t in tables if t in self.index.tables for c in self.index.tables[t].date_columns()
                    if set(c.words) & DEPARTURE_WORDS]
            late = gone or late
        if len(late) != 1:
            return False
        ref = Ref(cands=[(2.0, late[0])], text=m.text)
        self.p.filters.append(FilterP(op="null" if negate else "not_null", ref=ref, pos=i))
        if not negate:
            self.p.date_ref = ref
        m.kind = "column"
        return True

    def _absence(self, i: int) -> bool:
        """ "books that were never borrowed", "patients with no visits", "customers without orders": rows of an
        entity table that no row of a child table (one with a key pointing at it) refers to.

        The negation must follow the entity and name the child table (or, for a verb nobody linked, the entity must
        have exactly one child table).
        """
        ms = self.ms
        if ms[i].text == "no" and i + 1 < len(ms) and ms[i + 1].text in ("show", "shows", "showed"):
            return False  # "no-shows": a noun, not a negation
        if self._no_parent(i):
            return True
        parent = self._table_before(i)
        if parent is None or ms[i].text not in ("never", "no", "without", "not", "haven't", "hasn't", "didn't",
                                                 "don't", "doesn't", "none"):
            return False
        children = self._child_tables(parent)
        if not children:
            return False
        filler = {"any", "a", "an", "been", "had", "have", "has", "made", "placed", "yet", "ever", "single", "once",
                  "one", "got", "received", "with", "to", "the", "be", "even", "at", "all", "recorded", "taken",
                  "took", "take", "sat", "done", "did", "do", "logged", "actually", "really", "anything",
                  "something"}  # "never taken a grade exam": the exams; "never actually donated"
        j = i + 1
        while j < len(ms) and ms[j].text in filler:
            j += 1
        if j >= len(ms):
            return False
        ahead = j + 1
        while ahead < len(ms) and ms[ahead].kind == "stop" and ms[ahead].text in (
                "a", "an", "the", "any", "in", "their", "his", "her", "out", "up", "for"):
            ahead += 1
        if ms[j].kind in ("word", "stop") and not ms[j].data.get("cands") and ahead < len(ms) and ahead - j <= 3 and \
                (ms[ahead].kind == "table" and ms[ahead].data.get("table") in children or ms[ahead].kind == "column" and
                 {c.table for _, c in (ms[ahead].data.get("cands") or [])[:1]} <= set(children) and
                 ms[ahead].data.get("cands")) and not any(
                    stem(ms[j].text) == stem(w) for c in children for w in self.index.tables[c].words):
            # "never had a canteen meal", "never needed the vet", "never brought in a garment": a word nobody
            # linked (an adjective, a verb) before the child table names that table
            j = ahead
        m = ms[j]
        own = [c for c in self.index.tables[parent].date_columns() if c.null_frac and
               stem(m.text) in {stem(w) for w in c.words}]
        if len(own) == 1 and ms[i].text in ("never", "not"):
            # "parcels that were never delivered": the parcel's own delivered_at is missing, before any child row
            self.p.filters.append(FilterP(op="null", ref=Ref(cands=[(3.0, own[0])], text=m.text), pos=i))
            m.kind = "column"
            self.used.update(range(i, j + 1))
            return True
        child = None
        owners = {m.data.get("table")} | {c.table for _, c in (m.data.get("cands") or [])[:3]}
        owners.discard(None)
        hits = [h for h in (m.data.get("values") or []) if h[0] in children] if m.kind == "value" else []
        if hits and len({h[0] for h in hits}) == 1:
            # "candidates who were never rejected": no application of theirs has that stage
            child, col, val = hits[0]
            fk = next(c for c, rt, _ in self.index.tables[child].fks if rt == parent)
            self.p.filters.append(FilterP(op="absent", ref=Ref(cands=[], text=m.text, table=parent),
                                          value=(child, fk, col, val), pos=i))
            self.used.update(range(i, j + 1))
            return True
        if m.kind in ("table", "column") and len(owners & set(children)) == 1:
            # "no visits", "never borrowed" (a verb the linker knows names the loans), "never ordered" (order ids
            # live in orders and order_items; only orders refers to customers)
            child = (owners & set(children)).pop()
        elif m.kind in ("word", "column", "table", "stop") and not m.data.get("cands") or m.kind == "word":
            verb = stem(m.text)
            named = [c for c in children if any(stem(w) == verb for w in self.index.tables[c].words)]
            child = named[0] if len(named) == 1 else (children[0] if len(children) == 1 and m.kind == "word"
                                                      else None)  # "donors who never gave": the one child table
        grand = {g.name: c for c in children for g in self.index.tables.values()
                 if g.name not in children and g.name != parent and any(rt == c for _, rt, _ in g.fks)}
        if child is None and m.kind in ("table", "column") and len(owners & set(grand)) == 1:
            child = grand[(owners & set(grand)).pop()]  # "vessels that never landed ...": landings -> trips
        if child is None:
            return False
        fk = next(col for col, rt, _ in self.index.tables[child].fks if rt == parent)
        ref = Ref(cands=[], text=f"{ms[i].text} {m.text}", table=parent)
        self.used.update(range(i, j + 1))
        k = j + 1
        if k < len(ms) and ms[k].kind == "stop" and ms[k].text in ("a", "an", "any", "the"):
            k += 1
        cond = self._absence_condition(k, child, grand) if k < len(ms) else None
        if cond is None and m.kind == "column":
            cond = self._absence_condition(j, child, grand)  # "never added insurance": the flag is the verb phrase
            k = j if cond is not None else k
        if cond is not None:  # "customers who never ordered a keg", "vessels that never landed halibut"
            self.p.filters.append(FilterP(op="absent", ref=ref, value=(child, fk, *cond), pos=i))
            self.used.add(k)
            return True
        self.p.filters.append(FilterP(op="absent", ref=ref, value=(child, fk), pos=i))
        if k < len(ms) and (ms[k].kind == "table" or ms[k].kind == "column" and ms[k].data.get("table")) and \
                ms[k].data.get("table") != parent:
            self.used.add(k)  # "never borrowed a book", "never rented a car": the object is part of the condition
        return True

    def _absence_condition(self, k: int, child: str, grand: dict[str, str]) -> tuple | None:
        """The condition an anti-join's object puts on the child rows: (column, value) of the child table, or
        (column, value, table, key, child_key) of a table below it ("never ordered a keg": order_items.package)."""
        m = self.ms[k]
        if m.kind == "value":
            hits = m.data.get("values") or []
            own = [h for h in hits if h[0] == child]
            if len(own) == 1:
                return own[0][1], own[0][2]
            below = [h for h in hits if grand.get(h[0]) == child]
            if len(below) == 1:
                t, col, val = below[0]
                key, child_key = next((c, rc) for c, rt, rc in self.index.tables[t].fks if rt == child)
                return col, val, t, key, child_key
        if m.kind == "column":
            flags = [c for s, c in (m.data.get("cands") or [])[:2] if c.is_bool and c.table == child and s >= 1.5]
            if len(flags) == 1:  # "customers who never added insurance": no rental of theirs has the flag set
                return flags[0].name, True
        return None

    def _no_parent(self, i: int) -> bool:
        """ "donations outside of any appeal", "orders without a coupon": the row's key to that table is missing.
        The table after the negation must be referenced by exactly one other table, and not be a child of the
        entity named before the negation (that is an anti-join, see _absence)."""
        ms = self.ms
        if ms[i].text not in ("no", "without", "outside"):
            return False
        j = i + 1
        while j < len(ms) and ms[j].text in ("of", "any", "a", "an", "the"):
            j += 1
        key = (ms[j].data.get("cands") or [(0, None)])[0][1] if j < len(ms) and ms[j].kind == "column" else None
        if key is not None and key.is_id and not key.is_pk and (key.null_frac or 0) > 0 and \
                self._table_before(i) == key.table:
            # "events that had no florist booked": the row's florist_id is missing
            self.p.filters.append(FilterP(op="empty", ref=Ref(cands=[(3.0, key)], text=ms[j].text), pos=i))
            self.used.update(range(i, j + 1))
            return True
        if j >= len(ms) or ms[j].kind != "table":
            return False
        target = ms[j].data["table"]
        before = self._table_before(i)
        if before is not None and target in self._child_tables(before):
            return False
        refs = [(t.name, col) for t in self.index.tables.values() if t.name != target
                for col, rt, _ in t.fks if rt == target]
        if before is not None:
            refs = [r for r in refs if r[0] == before] or refs
        if len(refs) != 1:
            return False
        col = self.index.tables[refs[0][0]].columns.get(refs[0][1])
        if col is None:
            return False
        self.p.filters.append(FilterP(op="empty", ref=Ref(cands=[(3.0, col)], text=ms[j].text), pos=i))
        self.used.update(range(i, j + 1))
        return True

    def _child_tables(self, parent: str) -> list[str]:
        """Tables with exactly one key column pointing at `parent`."""
        out = []
        for t in self.index.tables.values():
            if t.name != parent and sum(1 for _, rt, _ in t.fks if rt == parent) == 1:
                out.append(t.name)
        return out

    def _list_request(self) -> None:
        q = self.p.question.lower()
        never = re.match(r"^(\w+ ){0,2}(who|that|which) (have |has |had |were |was )?never\b", q) is not None and \
            any(f.op == "absent" for f in self.p.filters)  # "customers who never rented anything": name them
        first = next((k for k, m in enumerate(self.ms) if m.kind != "stop" or m.text not in ("the", "all", "our")),
                     None)
        # "wards with more than 25 beds", "drivers hired before 2005": an entity and its condition name the rows
        # (a short reference table: a dozen wards are listed; thousands of appointments are counted)
        bare = first is not None and bool(self.p.filters) and any(e[0] == first for e in self.p.entities) and \
            self.ms[first].kind == "table" and not re.search(r"\b(how many|number of|count|total)\b", q) and \
            self._listable(self.ms[first].data["table"])
        if bare and len(self.p.entities) > 1:
            # "animals currently in foster": the fosters only carry the condition; the animals are listed
            held = {f.ref.cands[0][1].table for f in self.p.filters if f.ref is not None and f.ref.cands}
            rest = [e for e in self.p.entities if e[0] == first or e[2] is not None or e[1] not in held]
            self.p.entities = rest if len(rest) == 1 else self.p.entities
        # "coaches with their age", "teams founded before 2019 with their budgets", "list the captains and their teams"
        with_their = re.match(r"^(the |all |our |all our )?[a-z]+ with (their|its) ", q) or (
            re.match(r"^(the |all |our |all our )?[a-z]+\b[^,?]{0,50}\b(with|and) (their|its) [a-z ]+\??$", q) and
            not re.search(r"\b(how many|number of|count|total|average|avg|sum|mean|median|per|each|by)\b", q))
        listing = re.match(r"^(list|show|give|display|what are|which are|name|names of|(the )?names of)\b", q) or \
            with_their or self._which_rows_asked(q) or \
            re.search(r"[-,;:.?]\s*(please\s+)?(list|show|name)\s+(them|those|these|them all|all of them)\s*[?.!]*$", q)
        if listing and first is not None and self.ms[first].kind != "table" and (
                not self.p.entities or all(e[0] > first for e in self.p.entities)):
            k = next((k for k in range(first, len(self.ms)) if self.ms[k].kind == "column"), None)
            flag = self.ms[k].data["cands"][0][1] if k is not None and self.ms[k].data.get("cands") else None
            if flag is not None and flag.is_bool and _is_plural(self.ms[k].text) and (
                    self.index.tables[flag.table].looks_like_people or len(self.ms[k].text.split()) >= 2) and (
                    not self.p.entities or k == first):
                # "list the managers": the people with is_manager; "list the controlled drugs": controlled_drug;
                # "list the loyalty members whose home store is in Bristol": the stores are only a condition
                self.p.entities = [(k, flag.table, None)]
        collective = False
        if listing and re.match(r"^(the )?names of\b", q):  # "names of the class 3 pilots": the pilots, named
            k = next((k for k, m in enumerate(self.ms) if m.kind == "table"), None)
            if k is not None:
                self.p.entities = [(k, self.ms[k].data["table"], None)]
        elif listing and first is not None and len(self.p.entities) <= 1:
            k = next((k for k in range(first, len(self.ms)) if self.ms[k].kind in ("column", "table")), None)
            top = (self.ms[k].data.get("cands") or [(0, None)])[0][1] if k is not None else None
            info = self.index.tables.get(top.table) if top is not None else None
            if info is not None and top.is_pk and len(info.pk) == 1 and top.words[0] == self.ms[k].text:
                self.p.entities = [(k, info.name, None)]  # "list crew who have left": the crew_members rows
                collective = True
        if self._who_has_condition():
            return
        shown = []
        if with_their and self.p.measures and all(mp.kind == "plain" and not mp.explicit_agg and mp.ref is not None
                                                  and mp.ref.cands for mp in self.p.measures):
            # "coaches with their badge and age": the age is a column to show, not a figure to average
            self.p.entities += [(mp.pos, None, mp.ref) for mp in self.p.measures]
            self.p.measures = []
        their = next((k for k, m in enumerate(self.ms) if m.text in ("their", "its")), None) if with_their else None
        if their is not None and not self.p.measures and len(self.p.entities) == 1:
            # "list the cars with their build year": a year or date column of the rows, shown, not a time filter
            for k in range(their + 1, len(self.ms)):
                m = self.ms[k]
                top = (m.data.get("cands") or [(0, None)])[0][1] if m.kind == "column" else None
                if top is not None and (top.is_yearlike or top.is_date) and top.table == self.p.entities[0][1]:
                    self.p.entities.append((k, None, Ref(cands=[(3.0, top)], text=m.text)))
                    if self.p.date_ref is not None and self.p.date_ref.cands and \
                            self.p.date_ref.cands[0][1] is top:
                        self.p.date_ref = None
        if listing and len(self.p.entities) > 1 and self.p.entities[0][1] and self.p.entities[0][2] is None and all(
                ref is not None and ref.cands and ref.cands[0][1].table == self.p.entities[0][1]
                for _, _, ref in self.p.entities[1:]):
            # "list the dogs over 50 kg with their owner": the dogs, with the owner's columns shown too
            shown = [ref for _, _, ref in self.p.entities[1:]]
            self.p.entities = self.p.entities[:1]
        if (never or bare or listing) and \
                not self.p.measures and \
                not self.p.count_cue and not self.p.group_cue and not self.p.dims and len(self.p.entities) == 1 \
                and not self.p.superlative and not self.p.limit:  # "show the 2 youngest candidates" ranks
            i, t, ref = self.p.entities[0]
            plural = _is_plural(self.ms[i].text) or collective
            if ref is None and t and plural:
                ref = self._label_ref(t, self.ms[i].text)  # "list books never borrowed": their titles
                info = self.index.tables[t]
                asked = re.match(r"^(list|show|display|give)\b", q) is not None and \
                    self.ms[i].kind == "table"  # "list the faults that are still open"
                if ref is not None and ref.cands and not ref.cands[0][1].unique and len(info.pk) == 1 or \
                        ref is None and (shown or asked and len(info.pk) == 1):
                    # ("the cars with their build year": each car, shown with it)
                    ref = Ref(cands=[], text=self.ms[i].text, table=t)  # "list dogs": one row per dog, not per name
            if ref is not None and (ref.cands or ref.table) and plural:
                self.p.dims.append(DimP(ref=ref, pos=i))
                self.p.dims += [DimP(ref=r, pos=i) for r in shown]
                self.p.entities = []
                self.p.list_mode = True

    def _which_rows_asked(self, q: str) -> bool:
        """ "which current tenants are over 70", "which registered buyers have never bought a car": the rows that meet
        a condition, named (not counted, not grouped)."""
        m = re.match(r"^(and |so )?which (?!(one|ones|is|are|was|were|of|kind|type|sort)\b)", q)
        p = self.p
        if m is None or not p.filters or p.measures or p.count_cue or p.group_cue or p.dims or p.having or \
                p.superlative or p.limit or len(p.entities) != 1 or p.share or p.rate or p.agg_only:
            return False
        k, table, ref = p.entities[0]
        return ref is None and bool(table) and self.ms[k].kind == "table" and _is_plural(self.ms[k].text) and all(
            m.kind in ("stop", "cue", "column", "value") for m in self.ms[:k])

    def _listable(self, table: str) -> bool:
        """A table whose rows a condition lists by name rather than counts: a short one (a dozen wards), or a few
        hundred rows of people or of things other tables refer to (customers who joined in 2024, films over 2 hours);
        thousands of rows, or rows of events nothing points at (trips, matches), are counted."""
        info = self.index.tables[table]
        if info.row_count <= 0:
            return False
        if info.row_count <= SHORT_TABLE_ROWS:
            return True
        parent = bool(self.index.referring(table))
        event = bool(info.fks) and info.main_date(False) is not None  # launches of rockets, on a date: counted
        return info.row_count <= ENTITY_LIST_ROWS and (parent and not event or info.looks_like_people)

    def _who_has_condition(self) -> bool:
        """ "who has a skill rating over 6.5?", "who is older than 70": a condition on columns of one table of people,
        nothing counted or ranked: the people are listed (with the column the condition names)."""
        p = self.p
        if not re.match(r"\s*who (has|have|had|is|are|was|were|got)\b", p.question.lower()) or not p.filters or \
                p.measures or p.dims or p.count_cue or p.group_cue or p.superlative or p.limit or p.entities:
            return False  # "who are the bowlers under 30?" names its table: the listing rules read it
        tables = {f.ref.cands[0][1].table if f.ref is not None and f.ref.cands else f.values[0][0] if f.values
                  else None for f in p.filters}
        t = next(iter(tables)) if len(tables) == 1 else None
        info = self.index.tables.get(t) if t else None
        if info is None or not (set(info.words) & lx.PERSON_WORDS or info.looks_like_people):
            return False
        p.entities = [(0, t, None)]
        p.which = True  # read as "which members have a skill rating over 6.5"
        return True

    def _label_ref(self, table: str, text: str) -> Ref | None:
        """The column that names a table's rows (name, title, label), as a dimension reference."""
        info = self.index.tables.get(table)
        if info is None:
            return None
        labels = [c for c in info.columns.values() if c.is_label] or [
            c for c in info.columns.values() if c.is_text and c.unique]
        return Ref(cands=[(3.0, labels[0])], text=text, table=table) if labels else None

    def _coverage(self) -> None:
        content = [m for m in self.ms if m.kind not in ("stop",) and m.text not in ("?", ",")]
        linked = [m for m in content if m.kind != "word"]
        self.p.coverage = round(len(linked) / len(content), 3) if content else 0.0
        self.p.unlinked = [m.text for m in content if m.kind == "word"]
        prepositions = {"in", "for", "from", "at", "of", "about", "named", "called"}
        for idx, m in enumerate(self.ms):
            if m.kind == "word" and idx > 0 and self.ms[idx - 1].text in prepositions and len(m.text) > 2:
                self.p.suspicious.append(m.text)
        # proper nouns the data does not know ("sales of Acme", "orders of Customer 001") must not be dropped
        q = self.p.question
        words = re.findall(r"[A-Za-z]+", q)
        title_case = sum(1 for w in words[1:] if w[0].isupper()) > 0.5 * max(len(words) - 1, 1)
        for m in ([] if title_case else content):
            if m.kind == "word" and m.text not in self.p.suspicious and len(m.text) > 1 and \
                    re.search(r"(?<=\s)" + re.escape(m.text[:1].upper() + m.text[1:]) + r"\b", q):
                self.p.suspicious.append(m.text)
        self.p.suspicious += [n for n in self.p.stray_numbers if n not in self.p.suspicious]


def _period_bounds(m: Mention) -> tuple[str, str]:
    """[lo, hi) ISO dates of a year / month / quarter / date mention."""
    d = m.data
    y = d.get("year")
    if m.kind == "year":
        return f"{y:04d}-01-01", f"{y + 1:04d}-01-01"
    if m.kind == "quarter":
        y = y or 2000
        q = d["quarter"]
        lo_m = 3 * (q - 1) + 1
        hi_y, hi_m = (y + 1, 1) if q == 4 else (y, lo_m + 3)
        return f"{y:04d}-{lo_m:02d}-01", f"{hi_y:04d}-{hi_m:02d}-01"
    if m.kind == "season":
        return f"{y:04d}-07-01", f"{y + 1:04d}-07-01"
    if m.kind == "half":
        return (f"{y:04d}-01-01", f"{y:04d}-07-01") if d["half"] == 1 else (f"{y:04d}-07-01", f"{y + 1:04d}-01-01")
    if m.kind in ("month", "date"):
        y = y or 2000
        mo = d["month"]
        if m.kind == "date" and d.get("day"):
            import datetime as dt
            day = dt.date(y, mo, d["day"])
            return day.isoformat(), (day + dt.timedelta(days=1)).isoformat()
        hi_y, hi_m = (y + 1, 1) if mo == 12 else (y, mo + 1)
        return f"{y:04d}-{mo:02d}-01", f"{hi_y:04d}-{hi_m:02d}-01"
    return "", ""


def _prefix_negates(word: str, col: ColInfo) -> bool:
    """ "unpaid" / "inactive" / "non-smoking" name a flag's opposite: the word without its prefix is one of the flag's
    words (stems compared); "insured", "inspection" and "unique" are words of their own."""
    if lx.lemma(word) in col.words:
        return False
    words = {stem(w) for w in col.words}
    return any(word.startswith(pre) and stem(word[len(pre):].lstrip("-")) in words for pre in ("un", "non", "in", "im"))


def parse_question(index: SchemaIndex, question: str, context: str | None = None) -> Parse:
    """Parse one question against a schema index (no history).

    >>> parse_question(index, "sales per year").dims[0].grain   # doctest: +SKIP
    'year'
    """
    q = _front_trailing_rank(_drop_inclusive_clause(re.sub(r"\s+", " ", question.strip())))
    return _Walker(index, q, context).run()


def _front_trailing_rank(question: str) -> str:
    """ "most rented ski models, top 3" says what "top 3 most rented ski models" says: a rank set off after a
    superlative noun phrase moves to its front.

    >>> _front_trailing_rank("most rented ski models, top 3")
    'top 3 most rented ski models'
    """
    m = re.fullmatch(r"(.+?)\s*[,;:–-]\s*(top|bottom)\s+(\d+|three|five|ten)\s*[?.!]?", question, flags=re.I)
    if m is None or not re.match(r"(the\s+)?(most|least|best|worst|[a-z]+est)\b", m.group(1), flags=re.I):
        return question  # ("rentals by ski model, top 3" reads as it stands)
    return f"{m.group(2)} {m.group(3)} {m.group(1)}"


_INCLUSIVE_CLAUSES = (
    r",?\s*(?:and\s+)?(?:even\s+)?including\s+(?:the\s+|those\s+|all\s+)?(?:ones\s+|people\s+)?(?:who|that|which)\s+[^,?.]*",
    r",?\s*(?:and\s+)?(?:even\s+)?including\s+(?:the\s+|those\s+|all\s+)?(?:[a-z-]+\s+){0,2}ones\b",
    r",?\s*(?:with\s+)?(?:the\s+)?(?:[a-z-]+\s+){1,2}ones\s+included\b",
)


def _drop_inclusive_clause(question: str) -> str:
    """ "total number of members, including the ones who left" asks for every member: a clause that only says some rows
    are not left out makes no condition, so it is dropped before parsing. A follow-up that is nothing but such a clause
    ("including the cancelled ones") is kept: the rewriter reads it as dropping the previous turn's condition.

    >>> _drop_inclusive_clause("machine count by type, retired ones included")
    'machine count by type'
    """
    for pattern in _INCLUSIVE_CLAUSES:
        m = re.search(pattern, question, flags=re.I)
        if m is None or m.start() == 0:
            continue
        rest = (question[:m.start()] + question[m.end():]).strip()
        if len(re.findall(r"[a-z]+", rest.lower())) >= 2 and \
                not re.match(r"(and|but|now|same|ok|so|also)\b", rest.lower()):
            return rest
    return question
