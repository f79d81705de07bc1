"""The named vetoes of a ten-language embargo sentence, in the order they are tried: an embargo on
something other than arms, arms named with nothing restricting their supply, and the phrases of the
language's `[embargo_vetoes]` lists. `explain` shows the name of the one that dropped a sentence."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.extract.lang.item import Item
from bot.core.extract.lang.tokens import Hit
from bot.core.extract.vetoes import Veto, VetoTable


@dataclass(frozen=True, slots=True)
class EmbargoSentence:
    item: Item
    sentence: int
    hits: list[Hit]


def _not_arms(c: EmbargoSentence) -> str | None:
    """An embargo, ban or licence with no arms word: trade, oil, press ..."""
    labels = {h.label for h in c.hits}
    if labels & {"arms", "arms_embargo", "arms_supply"}:
        return None
    return c.hits[0].entry if c.hits else ""


def _no_restriction(c: EmbargoSentence) -> str | None:
    """Arms words alone (deliveries, aid, production) restrict nothing."""
    labels = {h.label for h in c.hits}
    # a ban on supplies in one word ("Exportstopp", "Lieferverbot") is a ban and a supply word at
    # once; a transit or port word ("транзит", "atracar") names the supply it restricts
    supply = bool(labels & {"supply", "arms_supply", "supply_ban", "transit"})
    ban = bool(labels & {"ban", "supply_ban"})
    if "arms_embargo" in labels or "embargo" in labels or (ban and supply):
        return None
    if _arms_ban(c.hits):
        return None  # "silah yasağına", "حظر الأسلحة", "Waffen-Verbot": a ban noun on the arms words
    if "licences" in labels and ban:
        return None
    told = _actions_told(c)
    if "approves" in told:
        told.add("rejected")  # a court upholding a sale (lang/embargo_readings.py)
    if supply and {"ruled_by_court", "rejected"} <= told:
        return None  # "a court rejects a motion against arms deliveries": a court refusing to stop them
    if "licences" in labels and told & {"lifted", "extended", "resumed"}:
        return None  # "resumes approving arms exports", "חידשה את אישורי": the easing of a restriction
    if (
        supply
        and "resumed" in told
        and any(h.label == "ban" for h in c.item.lists.embargo.hits(c.item.tokens))
    ):
        return None  # "retomam envio de bombas ... após suspensão": resuming what a restriction named stopped
    return next((h.entry for h in c.hits if h.label == "arms"), "")


def _arms_ban(hits: list[Hit]) -> bool:
    """A ban word right beside an arms word, one word between at most ("arms ban", "ban on arms",
    "حظر توريد الأسلحة"): a ban on the arms themselves, an embargo though no supply word is written."""
    arms = [h for h in hits if h.label == "arms"]
    bans = [h for h in hits if h.label == "ban"]
    return any(b.first - a.last <= 2 and a.first - b.last <= 2 for a in arms for b in bans)


def _call_to_lift(c: EmbargoSentence) -> str | None:
    """A call to lift or ease an embargo ("تطالب مجلس الأمن برفع حظر السلاح", "appelle à lever
    l'embargo"): no development, as in English (`call_to_lift`); a lifting cue within a few words
    after the call's cue, and no other decision cue in the sentence."""
    hits = c.item.lists.actions.hits(c.item.sentence_tokens(c.sentence))
    calls = [h for h in hits if h.label == "called_for"]
    lifts = [h for h in hits if h.label == "lifted"]
    decided = {"imposed", "extended", "suspended_licences", "partial", "ruled_by_court"}
    others = {h.label for h in hits} & decided
    for call in calls:
        lift = next((h for h in lifts if 0 < h.first - call.last <= 4), None)
        if lift is not None and not others:
            first = c.item.sentences[c.sentence][0]
            return c.item.words(first + call.first, first + lift.last)
    return None


def _embargo_veto_words(c: EmbargoSentence) -> str | None:
    hits = c.item.lists.embargo_vetoes.hits(c.item.sentence_tokens(c.sentence))
    if any(h.label == "condemned" for h in hits) and _decision_told(c):
        # "condemned the embargo imposed by Spain" still reports Spain's decision; only a bare
        # "condemned the US embargo" speaks of a standing one
        hits = [h for h in hits if h.label != "condemned"]
    if any(h.label == "lapsed" for h in hits) and _actions_told(c) & _RENEWED:
        # "renewed the embargo before its deadline ended" still decides; only a lapse told alone is none
        hits = [h for h in hits if h.label != "lapsed"]
    return f"{hits[0].label}: {hits[0].entry}" if hits else None


# the decisions that keep an embargo: a sentence telling one of them beside a lapse reports that decision
_RENEWED = frozenset({"imposed", "extended", "partial", "suspended_licences"})


def _actions_told(c: EmbargoSentence) -> set[str]:
    """The labels of the embargo action cues (lexicon `[embargo_action]`) in the sentence."""
    return {h.label for h in c.item.lists.actions.hits(c.item.sentence_tokens(c.sentence))}


def _decision_told(c: EmbargoSentence) -> bool:
    return bool(_actions_told(c) & {"imposed", "extended", "lifted", "suspended_licences", "partial"})


EMBARGO_VETOES: VetoTable[EmbargoSentence] = VetoTable(
    "arms_embargo",
    [
        Veto("not_arms", "an embargo or ban on something other than arms", _not_arms),
        Veto("no_restriction", "arms are named but nothing restricts their supply", _no_restriction),
        Veto("call_to_lift", "a call to lift or ease an embargo is no development", _call_to_lift),
        Veto("listed", "a phrase of the language's embargo_vetoes list", _embargo_veto_words),
    ],
)
