"""Readings of the words of an embargo sentence that set its action beyond its action words, in any
language with a lexicon. Pure; no I/O.

- a renewal word before a suspension of licences ("prorroga la suspensión de las licencias",
  "proroge la suspension des licences"), or next to a lifting ("extended the easing of the
  embargo"): the suspension or the lifting renewed, `extended`;
- a ban word right before another ban or embargo word, no "and" between ("pone fin a las
  restricciones", "met fin à l'embargo", "yasağını durdurdu"): the restriction is stopped, `lifted`;
- a ban on a route alone (lexicon `[embargo] transit`: transit, ports, docking, overflight), with
  no other supply word nor an embargo named ("запретила транзит оружия", "prohíbe atracar en sus
  puertos a los buques que transporten armas"): `partial` (docs/rules.md: a ban on a route is
  partial unless the sentence bans the trade itself or calls it an embargo);
- a resumption word restoring a restriction rather than a supply: right before a ban or embargo
  word ("відновлено заборону на постачання"), or in a sentence naming a restriction and no supply
  ("Санкції ... відновлено: знову діє ембарго на зброю"): the restriction back in force, `imposed`
  (a snapback), where resuming supplies ("reanuda la venta de armas") ends one;
- a renewal word whose object is a supply ("חידשה את משלוחי הפצצות"): the supply resumed, `lifted`;
- an approving word (lexicon `[embargo_action] approves`: "da luz verde", "billigt", "donne son feu
  vert") whose object, the next trigger word, is an embargo or a ban ("avaló el embargo de armas",
  "billigt das Verbot von Waffenlieferungen"): the restriction approved is `imposed`; of anything
  else (a court upholding a sale: "valide la vente d'armes") it is a refusal to stop it, `rejected`;
- a word of refusal after "because" in its clause (lexicon `[embargo_scope] because`, optional: "لأن
  الحكومة الإسرائيلية ترفض الالتزام", "parce qu'Israël refuse"): the reason given for the decision,
  told of another party, no refusal of the decider (`without_reasons`); a partial cue there stays
  ("weil diese im Gaza-Krieg eingesetzt werden könnten": the exports usable in one war).
"""

from __future__ import annotations

from itertools import pairwise

from bot.core.extract.lang.item import Item
from bot.core.extract.lang.tokens import Hit

_BAN_LABELS = frozenset({"ban", "supply_ban"})
_RESTRICTIONS = _BAN_LABELS | {"embargo", "arms_embargo"}
_TRADE = frozenset({"supply", "arms_supply", "supply_ban", "embargo", "arms_embargo"})
_RENEWED = 3  # at most this many words between a renewal and the lifting it renews ("bir yıl daha")
# in a clause closed by its verb, the renewal after the lifting it renews may stand further on
# ("ambargonun kaldırılmasına ilişkin kararı 2026 mali yılı için uzatması")
_RENEWED_AFTER = 7
_NEAR = 2  # at most this many words between the ban word and the restriction it stops ("a las")


def ends_a_restriction(item: Item, hits: list[Hit]) -> Hit | None:
    """The ban word that stops a restriction named right after it, or None."""
    # one word may start two entries ("zu verbieten", "verbieten"): the hits that do not overlap
    apart = [h for i, h in enumerate(hits) if not any(o.first < h.first <= o.last for o in hits[:i])]
    for one, nxt in pairwise(apart):
        between = item.tokens[one.last + 1 : nxt.first]
        if (
            one.label == "ban"
            and nxt.label in _RESTRICTIONS
            and len(between) <= _NEAR
            and not any(t.text in item.lists.and_words for t in between)
        ):
            return one
    return None


def restores_a_restriction(item: Item, hits: list[Hit], resumed: Hit) -> bool:
    """Whether the resumption word `resumed` restores a restriction (a ban or an embargo put back
    in force) rather than a supply of arms."""
    kinds = {h.label for h in hits}
    if kinds & _RESTRICTIONS and not kinds & (_TRADE - _RESTRICTIONS):
        return True
    nxt = next((h for h in hits if h.first > resumed.last and h.label != "resumed"), None)
    if nxt is None or nxt.label not in _RESTRICTIONS:
        return False
    between = item.tokens[resumed.last + 1 : nxt.first]
    return len(between) <= _NEAR and not any(t.text in item.lists.and_words for t in between)


def route_only(hits: list[Hit]) -> Hit | None:
    """The route word of a ban that restricts only a route, or None."""
    kinds = {h.label for h in hits}
    if "transit" not in kinds or kinds & _TRADE:
        return None
    return next(h for h in hits if h.label == "transit")


def read_action_words(item: Item, hits: list[Hit], labels: dict[str, Hit]) -> None:
    """Updates the action cues of a sentence (label -> first cue) with what an approval approves, the
    renewal of a suspension and the ending of a restriction."""
    approval = labels.pop("approves", None)
    if approval is not None:
        labels.setdefault("imposed" if _approves_a_restriction(hits, approval) else "rejected", approval)
    renewal, suspension = labels.get("extended"), labels.get("suspended_licences")
    if renewal is not None and _renews_a_supply(item, hits, renewal):
        # "חידשה את משלוחי הפצצות", "renovó los envíos de armas": the supply renewed is resumed,
        # which ends a restriction, whatever restriction the sentence recalls ("after a freeze")
        labels["lifted"] = labels.pop("extended")
        renewal = None
    if renewal is not None and suspension is not None and suspension.first > renewal.first:
        del labels["suspended_licences"]
    lifting = labels.get("lifted")
    if (
        renewal is not None
        and lifting is not None
        and (_next_to(item, renewal, lifting) or _renews_before(item, lifting, renewal))
    ):
        # "האריכה בשנה את ההקלה באמברגו", "ambargonun kaldırılmasını bir yıl daha uzattı": the
        # lifting renewed, not a new one (corpus README: renewing a partial lifting is extended)
        del labels["lifted"]
    if "lifted" not in labels:
        ending = ends_a_restriction(item, hits)
        if ending is not None:
            labels["lifted"] = ending


def _approves_a_restriction(hits: list[Hit], approval: Hit) -> bool:
    """An approving word whose object, the next of the sentence's trigger words, is a restriction."""
    nxt = next((h for h in hits if h.first > approval.last), None)
    return nxt is not None and nxt.label in _RESTRICTIONS


def _renews_a_supply(item: Item, hits: list[Hit], renewal: Hit) -> bool:
    """A renewal word whose object, the next word of the sentence's trigger words, is a supply of
    arms ("renewed the shipments of"), not a restriction nor licences."""
    nxt = next((h for h in hits if h.first > renewal.last), None)
    return nxt is not None and nxt.label == "supply" and nxt.first - renewal.last - 1 <= _NEAR


def _renews_before(item: Item, lifting: Hit, renewal: Hit) -> bool:
    """A renewal closing the clause of the lifting before it, with no "and" between."""
    between = item.tokens[lifting.last + 1 : renewal.first]
    return (
        lifting.last < renewal.first
        and len(between) <= _RENEWED_AFTER
        and item.clause_of[lifting.first] == item.clause_of[renewal.first]
        and not any(t.text in item.lists.and_words for t in between)
    )


def _next_to(item: Item, one: Hit, other: Hit) -> bool:
    """Two cues at most `_RENEWED` words apart with no "and" between, in either order."""
    first, second = sorted((one, other), key=lambda h: h.first)
    between = item.tokens[first.last + 1 : second.first]
    return len(between) <= _RENEWED and not any(t.text in item.lists.and_words for t in between)


def without_reasons(item: Item, hits: list[Hit]) -> list[Hit]:
    """`hits` without the refusals that stand after "because" in its clause: "حظر شامل ... لأن
    الحكومة الإسرائيلية ترفض الالتزام بالقانون" bans; the refusing is the target's, the reason given."""
    reasons = item.lists.embargo_reasons.hits(item.tokens)
    if not reasons:
        return hits
    return [
        h
        for h in hits
        if h.label != "rejected"
        or not any(r.last < h.first and item.clause_of[r.last] == item.clause_of[h.first] for r in reasons)
    ]
