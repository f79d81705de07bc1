"""One fact per (actor, target): readings of the same decision in a headline and its summary merged,
the first reading winning and the more specific kind of halt kept; a court's ruling under the name the
text gives the court (pure; used by `embargoes.py`)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.extract.embargo_deciders import court_of
from bot.core.extract.embargo_patterns import OLD_DEALS_GO_ON
from bot.core.extract.places import CAPITALS, canonical_name, find_places
from bot.core.extract.towns import town_country
from bot.core.model import ArmsEmbargo

# how specific a reading of a halt is: a headline's "halts (some) arms sales" is told more precisely by
# a summary's "suspended 30 export licences"
_SPECIFICITY = {"imposed": 0, "partial": 1, "suspended_licences": 2}


_TOTAL_HALT = re.compile(
    r"\b(?:all|full|total|complete|comprehensive|blanket)\s+(?:\w+\s+)?(?:arms|weapons|military|defen[cs]e|exports|sales)\b",
    re.I,
)


def _same_actor(a: str | None, b: str | None) -> bool:
    """One actor named two ways: "UK High Court" and "High Court" (the shorter's words in the longer,
    the same last word)."""
    if a == b:
        return True
    if not a or not b:
        return False
    short, long = sorted((a.split(), b.split()), key=len)
    return short[-1] == long[-1] and set(short) <= set(long)


def _one_ruling(a: ArmsEmbargo, b: ArmsEmbargo) -> bool:
    """Two readings of one court ruling (same target and action, both read by a court rung)."""
    return (
        a.action == b.action
        and (a.target == b.target or a.target is None or b.target is None)
        and all(f.why is not None and f.why.status.split(":")[0] in COURT_RUNGS for f in (a, b))
    )


COURT_RUNGS = {"court", "court_refuses"}


def _old_deals_go_on(first: ArmsEmbargo, then: ArmsEmbargo) -> bool:
    """A headline's "halts new permits" and a summary saying the permits already granted stay valid: only
    new sales stop, a `partial` halt."""
    return (
        first.action == "suspended_licences"
        and then.action == "partial"
        and OLD_DEALS_GO_ON.search(then.evidence or "") is not None
    )


def _refusal_behind_rules(first: ArmsEmbargo, then: ArmsEmbargo) -> bool:
    """A headline's bare "court rules ..." (`ruled_by_court`) and the same court refusing to stop sales
    in the body ("dismissed a lawsuit seeking to stop ..."): the refusal says what was ruled."""
    return (
        first.action == "ruled_by_court"
        and then.action == "rejected"
        and first.actor == then.actor
        and first.why is not None
        and first.why.status.startswith("court: 'rule")
        and then.why is not None
        and then.why.status.startswith("court_refuses")
    )


def merge_embargoes(facts: list[ArmsEmbargo]) -> list[ArmsEmbargo]:
    """One fact per (actor, target), the first reading winning (a title states the news; its summary
    elaborates); a fact missing its actor or target is folded into one that has it."""
    out: list[ArmsEmbargo] = []
    for f in facts:
        same = [
            o
            for o in out
            if (_same_actor(o.actor, f.actor) or f.actor is None or o.actor is None or _one_ruling(o, f))
            and (o.target == f.target or f.target is None or o.target is None)
        ]
        if same:
            o = same[0]
            if _one_ruling(o, f) and canonical_name(o.actor or "") and not canonical_name(f.actor or ""):
                # "Paris court rejects ..." then "The Paris Administrative Court rejected ...": one
                # ruling, under the court's own name
                named = ArmsEmbargo(f.actor, o.target, o.action, evidence=o.evidence, why=f.why)
                out[out.index(o)] = named
                o = named
            # a headline's "halts arms sales" read as imposed; the summary's "stopped approving export
            # permits" or "arms that could be used in Gaza" says which kind of halt it is
            # (not a halt the first reading calls total: "halts all military exports" stays `imposed`)
            more = _SPECIFICITY.get(f.action, -1) > _SPECIFICITY.get(o.action, 3) and not _TOTAL_HALT.search(
                o.evidence
            )
            action = f.action if more or _refusal_behind_rules(o, f) or _old_deals_go_on(o, f) else o.action
            if (o.actor is None and f.actor) or (o.target is None and f.target) or action != o.action:
                out[out.index(o)] = ArmsEmbargo(
                    o.actor or f.actor, o.target or f.target, action, evidence=o.evidence, why=o.why or f.why
                )
            continue
        out.append(f)
    return out


# a court of a city named with no kind: "Paris Court (France)"
_KINDLESS_COURT = re.compile(r"(?P<seat>(?:The\s+)?[A-Z][\w-]+)\s+Court\s+\((?P<country>[^()]+)\)")


def court_by_its_name(f: ArmsEmbargo, body: str) -> ArmsEmbargo:
    """A court a headline names by its country ("Dutch top court halts ...") keeps the name the text
    gives it later ("The Supreme Court ruled ..."), with that country: courts keep their own names."""
    if f.why is None or f.why.status.split(":")[0] not in COURT_RUNGS:
        return f
    at = body.find(f.evidence)
    # named later in the text, else before the sentence (a headline's "High Court in Pretoria orders ...")
    court = court_of(body[at + len(f.evidence) :]) or court_of(body[:at]) if at >= 0 else None
    if f.actor is None and court is not None:
        # "Lyon court refuses ..." (no state named) then "The administrative court in Lyon rejected ..."
        roles = tuple(r for r in f.why.roles if r[0] != "actor")
        roles = (("actor", f"{court.canonical}: the court named later in the text"), *roles)
        return replace(f, actor=court.canonical, why=replace(f.why, roles=roles))
    if court is None:
        return f
    kindless = _KINDLESS_COURT.fullmatch(f.actor or "")
    if kindless is not None:
        # a court of a city with no kind ("Paris court rejects ...") keeps the fuller name the text gives
        # it ("The Paris Administrative Court rejected ..."): Paris Administrative Court (France)
        if court.canonical == f.actor or not court.canonical.startswith(f"{kindless.group('seat')} "):
            return f
        name = (
            court.canonical if "(" in court.canonical else f"{court.canonical} ({kindless.group('country')})"
        )
    elif not canonical_name(f.actor or ""):
        return f
    else:
        name = court.canonical
    if not name.endswith(")") and not find_places(name):
        name = f"{name} ({f.actor})"  # "Council of State (France)"; "Oslo District Court" says where
    elif name.endswith(")") and not name.endswith(f"({kindless.group('country') if kindless else f.actor})"):
        return f  # another country's court
    why = f.why
    roles = tuple(r for r in why.roles if r[0] != "actor")
    why = replace(why, roles=(("actor", f"{name}: the court's own name, given later in the text"), *roles))
    return replace(f, actor=name, why=why)


# a court's name with nothing of where it sits: "High Court", "Court of Appeal", one of a country's
# regions ("Eastern High Court", Denmark's) (not "Court of Justice", the EU's, whatever the dateline)
_BARE_COURT = re.compile(
    r"^(?:(?:Eastern|Western|Northern|Southern|Central)\s+)?"
    r"(?:(?:High|Supreme|Federal|Constitutional|Administrative|District|Appeals?)\s+Court|Court\s+of\s+Appeals?)$"
)


def court_in_its_country(f: ArmsEmbargo, dateline: str) -> ArmsEmbargo:
    """A court named with no country ("the High Court", "the Court of Appeal") sits where the story was
    filed ("LONDON —"), else in the state whose arms it rules on, named right before the arms words
    ("UK supply of ...", "British arms"): `High Court (United Kingdom)`."""
    if (
        f.why is None
        or f.why.status.split(":")[0] not in COURT_RUNGS
        or not f.actor
        or "(" in f.actor
        or not _BARE_COURT.match(f.actor)
    ):
        return f
    country = _dateline_country(dateline) or _supplier_before_arms(f)
    if country is None or country == f.target:
        return f
    name = f"{f.actor} ({country})"
    roles = tuple(r for r in f.why.roles if r[0] != "actor")
    why = replace(
        f.why,
        roles=(("actor", f"{name}: the court's country, where the story was filed or whose arms"), *roles),
    )
    return replace(f, actor=name, why=why)


def _dateline_country(dateline: str) -> str | None:
    """The country of a one-city dateline ("LONDON —"; not "MADRID/BRUSSELS —")."""
    # (a plain hyphen may stand for the dash: "LONDON - ")
    city = re.sub(r"[^\w\s'-]", " ", dateline).strip().strip("-").strip()
    if not city or "/" in dateline:
        return None
    city = city.split("  ")[0].strip().title()
    return CAPITALS.get(city) or town_country(city)


def _supplier_before_arms(f: ArmsEmbargo) -> str | None:
    """The country named right before the arms words of the court's sentence ("UK arms sales")."""
    if f.why is None or not f.why.trigger:
        return None
    at = f.evidence.find(f.why.trigger[0])
    if at < 0:
        return None
    before = f.evidence[max(0, at - 20) : at]
    # in the possessive too: "the UK's F-35 parts exports"; or the subject of the flow: "to block Britain
    # from exporting weapons"
    places = [p for p in find_places(before) if before[p.end :].strip() in ("", "'s", "’s", "from")]
    return places[-1].canonical if places else None
