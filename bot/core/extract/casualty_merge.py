"""One fact per casualty figure: a headline and its lead usually say a figure twice, in different
words ("dozens dead" / "killing 43"; "accused of killing 300" / "about 300 ... over five days"). The
fuller reading wins, and the merged fact's why says where each field came from."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bot.core.extract.lexicon import lexicon
from bot.core.model import CasualtyFigure, Why

# why a toll with no running-toll words is read as a running toll: the weakest reading, which an
# explicit incident said of the same figure elsewhere in the item overrides
TOLL_NO_INCIDENT = "running toll (a toll, no incident named)"
_INCIDENT_READINGS = ("toll of one incident", "one day or incident")

_QUALIFIER_RANK = {"exact": 0, "vague": 0, "about": 1, "up_to": 1, "nearly": 2, "at_least": 2, "more_than": 2}


def _merged_cumulative(a: CasualtyFigure, b: CasualtyFigure) -> bool:
    """A running toll if either says so, unless the only reason is a bare "toll" and the other names
    the incident ("Death toll from train siege climbs to 31" + "killed in the attack on a train")."""
    if a.cumulative == b.cumulative:
        return a.cumulative
    running, single = (a, b) if a.cumulative else (b, a)
    bare = running.why is not None and running.why.status.startswith(TOLL_NO_INCIDENT)
    named = single.why is not None and single.why.status.startswith(_INCIDENT_READINGS)
    return not (bare and named)


def _merged_why(old: CasualtyFigure, new: CasualtyFigure, qual: str, cumulative: bool) -> Why | None:
    """The why of a merged figure says what gave its qualifier and running-toll reading: a headline's
    "accused of killing 300" merged with the lead's "about 300 ... over five days" is about 300, a
    running toll, because of the lead."""
    if old.why is None or new.why is None:
        return old.why or new.why
    base = old.why if (old.qualifier, old.cumulative) == (qual, cumulative) else None
    if base is None and (new.qualifier, new.cumulative) == (qual, cumulative):
        base = new.why
    if base is not None:
        return base
    roles = tuple(
        (r, dict(new.why.roles).get("count", e) if r == "count" and qual != old.qualifier else e)
        for r, e in old.why.roles
    )
    status = new.why.status if cumulative != old.cumulative else old.why.status
    return replace(old.why, roles=roles, status=status)


def _with_victims(why: Why | None, victims: str | None) -> Why | None:
    if why is None or victims is None or any(r == "victims" and victims in e for r, e in why.roles):
        return why
    roles = tuple(
        (r, f"'{victims}' (the same figure elsewhere in the item)" if r == "victims" else e)
        for r, e in why.roles
    )
    return replace(why, roles=roles)


_REGION_WORDS = r"(?:state|province|region|district|governorate|oblast|county|department|zone)\b"
# the nouns of an area around a town, which a headline may name in place of the lead's town
_OWN_AREA_NOUNS = r"(?:area|district|township|territory|sector|local\s+government\s+area|municipality)\b"


def _only_a_landmark_of(place: str, other: CasualtyFigure) -> bool:
    """Whether the sentence of `other`, which puts the figure somewhere else, names `place` only as a
    landmark near it or as the region around it: a headline's "near Jenin" beside a lead's "in
    Qabatiya, near Jenin" (or "in Bucha, outside Kyiv"); a headline's "Benue village" beside "Yelwata
    village in Benue state"."""
    if other.location is None or "," not in other.location or other.location == place or not other.evidence:
        return False
    name = re.escape(place.split(",")[0].strip())
    # or the other's town told as in it: "in Razmak, a town in North Waziristan" beside a headline's
    # "Waziristan"
    town = re.escape(other.location.split(",")[0].strip())
    return (
        re.search(
            rf"\b(?:near|outside)\s+(?:the\s+\w+\s+of\s+)?{name}\b|\b{name}(?:'s)?\s+{_REGION_WORDS}"
            rf"|\b{town},\s+an?\s+(?:[\w-]+\s+)?(?:town|village|city|hamlet|settlement)\s+(?:in|of|near)\s+"
            rf"(?:the\s+)?(?:[\w-]+\s+)?{name}\b"
            # "the Loi Sam area of Bajaur", "Yargoje, Kankara local government area"
            rf"|\b{town}\s+{_OWN_AREA_NOUNS}\s+(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+)?{name}\b"
            rf"|\b{town},\s+{name}\s+{_OWN_AREA_NOUNS}",
            other.evidence,
            re.I,
        )
        is not None
    )


def _a_region_beside(place: str, own: CasualtyFigure, other: CasualtyFigure) -> bool:
    """Whether `own`'s sentence names its `place` as a region ("Zaporizhzhia region: two killed") while
    `other` puts the same figure in a town of the same country: the town is the more specific place."""
    if other.location is None or "," not in other.location or other.location == place or not own.evidence:
        return False
    if place.rsplit(",", 1)[-1] != other.location.rsplit(",", 1)[-1]:
        return False
    name = re.escape(place.split(",")[0].strip())
    # "Amhara region", or a region named for a town in it: "a West Kordofan town"
    return (
        re.search(rf"\b{name}(?:'s)?\s+(?:{_REGION_WORDS}|(?:town|city|village)\b)", own.evidence) is not None
    )


def _same_or_unnamed(a: str | None, b: str | None) -> bool:
    return a in (None, "people") or b in (None, "people") or a == b


def merge_casualties(facts: list[CasualtyFigure], headline: str = "") -> list[CasualtyFigure]:
    """One fact per (kind, count): a title and its summary usually repeat a figure, and the fuller
    reading (a hedge over none, named victims over "people", a specific place) wins. Two figures whose
    counts differ stay two, even when a headline's hedged count rounds its lead's ("Nearly 300 killed"
    over "284 people were killed"): the corpus labels each statement with a number of its own.

    `headline`: the item's first sentence as figures quote it (their `evidence`)."""
    merged: dict[tuple[str, int | None, int | None], CasualtyFigure] = {}
    for f in facts:
        # two vague figures are one only if they say the same ("scores" and "thousands" are two)
        key = (f.kind, f.count, f.lower_bound if f.count is None else None)
        if key not in merged and f.count is None:  # "dozens" and "numerous" are one: one has no floor
            # (unless each names victims of its own: "several civilians" and "dozens of terrorists")
            key = next(
                (
                    k
                    for k in merged
                    if k[:2] == key[:2]
                    and None in (k[2], key[2])
                    and _same_or_unnamed(merged[k].victims, f.victims)
                ),
                key,
            )
        old = merged.get(key)
        if old is not None and _two_places_of_the_body(old, f, headline):
            key, old = (*key[:2], f.location), None  # type: ignore[assignment]
        if old is None:
            merged[key] = f
            continue
        qual = f.qualifier if _QUALIFIER_RANK[f.qualifier] > _QUALIFIER_RANK[old.qualifier] else old.qualifier
        victims = old.victims if old.victims not in (None, "people") else f.victims
        location = old.location
        if f.location and (
            location is None
            or ("," in f.location and "," not in location)
            or _only_a_landmark_of(location, f)
            or _a_region_beside(location, old, f)
        ):
            location = f.location
        cumulative = _merged_cumulative(old, f)
        merged[key] = CasualtyFigure(
            old.count,
            qual,
            old.kind,
            victims,
            location,
            cumulative,
            evidence=old.evidence,
            why=_with_victims(_merged_why(old, f, qual, cumulative), victims),
            lower_bound=old.lower_bound if old.lower_bound is not None else f.lower_bound,
            earlier=old.earlier and f.earlier,  # told as news once is news
        )
    return _rounded_takes_victims(_without_restated_vague(list(merged.values())))


# how far a hedged round figure may lie from the exact one it rounds, by its hedge: "passes 70,000" over
# "70,112 Palestinians", "nearly 300" over "284 civilians"
_ROUNDING_BAND = {
    "more_than": (1.0, 1.1),
    "at_least": (1.0, 1.1),
    "nearly": (0.9, 1.0),
    "about": (0.9, 1.1),
}


def _rounded_takes_victims(facts: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """A hedged round figure that names no victims ("Gaza death toll passes 70,000") and the exact figure
    it rounds ("70,112 Palestinians have been killed"), of the same kind and scope: the round one's
    victims are the exact one's. Both stay figures (the corpus labels each statement)."""
    out = []
    for f in facts:
        band = _ROUNDING_BAND.get(f.qualifier)
        if band is not None and f.count is not None and f.count >= 10 and f.count % 10 == 0 and (
            f.victims in (None, "people")
        ):
            exact = next(
                (
                    g
                    for g in facts
                    if g.count is not None
                    and g is not f
                    and g.kind == f.kind
                    and g.cumulative == f.cumulative
                    and g.victims not in (None, "people")
                    and band[0] * f.count <= g.count <= band[1] * f.count
                ),
                None,
            )
            if exact is not None:
                f = replace(f, victims=exact.victims, why=_with_victims(f.why, exact.victims))
        out.append(f)
    return out


def _two_places_of_the_body(a: CasualtyFigure, b: CasualtyFigure, headline: str) -> bool:
    """Whether two figures of one count and kind are two figures: the body (not the headline) puts them
    in two towns ("In Odesa, three people died ...; in Dnipro, three more were killed"), in one sentence
    or in two of which the second does not name the first's town."""
    if a.location is None or b.location is None or "," not in a.location or "," not in b.location:
        return False
    if a.location == b.location:
        return False
    if a.evidence == b.evidence:
        return True  # "killed two in Sumy and two in Kharkiv"
    return headline not in (a.evidence, b.evidence) and a.location.split(",")[0] not in (b.evidence or "")


_PARTIAL_READINGS = frozenset({"part_of_figure", "same_verb_group", "one_victim", "refer_back"})


@lru_cache(maxsize=1)
def _side_nouns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = lexicon("en")
    enemy = re.compile(rf"(?<![\w-])(?:{lex.alternation('casualty', 'enemy_nouns')})(?![\w-])", re.I)
    force = re.compile(rf"(?<![\w-])(?:{lex.alternation('casualty', 'own_force_nouns')})(?![\w-])", re.I)
    return enemy, force


def _other_side(a: CasualtyFigure, b: CasualtyFigure) -> bool:
    """Whether one figure counts only an armed enemy ("terrorists") and the other only a state's own
    forces ("soldiers"): two sides' dead, never one figure said twice ("soldiers and volunteer
    fighters" is no side)."""
    enemy, force = _side_nouns()
    sides = []
    for victims in (a.victims or "", b.victims or ""):
        is_enemy, is_force = bool(enemy.search(victims)), bool(force.search(victims))
        sides.append("enemy" if is_enemy and not is_force else "force" if is_force and not is_enemy else "")
    return bool(sides[0] and sides[1] and sides[0] != sides[1])


# a side's claim is a second source, not the vague figure said again: "dozens were killed" beside "the
# group claimed to have killed 60 troops"
_CLAIMED = re.compile(r"\bclaim(?:s|ed|ing)\b", re.I)


def _without_restated_vague(facts: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """A headline's "dozens dead" and its lead's "killing 43 worshippers" are one figure said twice:
    the vague one goes when a whole figure of the same kind and scope is within its range (from its
    floor to ten times it; a part such as "including 30 children" never counts, nor a side's claim)."""
    counted = [
        f
        for f in facts
        if f.count is not None
        and not f.earlier
        and (f.why is None or f.why.recognizer not in _PARTIAL_READINGS)
        and not _CLAIMED.search(f.evidence)
    ]
    return [
        f
        for f in facts
        if f.count is not None
        or f.lower_bound is None
        or not any(
            g.kind == f.kind
            and (g.cumulative == f.cumulative or _scope_untold(f))
            and f.lower_bound <= (g.count or 0) < 10 * f.lower_bound
            and not _other_side(f, g)
            and not _force_claim_of_others(f, g)
            for g in counted
        )
    ]


def _scope_untold(vague: CasualtyFigure) -> bool:
    """A vague figure that says neither a span nor one day ("Dozens killed as rebels battle") is the same
    toll as a running one within its range ("at least 80 killed in five days of fighting")."""
    return not vague.cumulative and vague.why is not None and vague.why.status == "no running-toll words"


# a force's word for killing its enemies (casualty_force_verbs): its own claim about the other side
_FORCE_VERB_READINGS = ("force_verb_then_figure", "figure_then_force_verb")


def _force_claim_of_others(vague: CasualtyFigure, whole: CasualtyFigure) -> bool:
    """ "The army said it had neutralised dozens of attackers" beside "fighters killed 200 people": the
    force's claim counts the enemy, a second group, not the whole figure said again (unless that figure
    was read from such a verb too)."""
    return (
        vague.why is not None
        and vague.why.recognizer in _FORCE_VERB_READINGS
        and (whole.why is None or whole.why.recognizer not in _FORCE_VERB_READINGS)
    )
