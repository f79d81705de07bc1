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
    if "licences" in labels and ban:
        return None
    told = _actions_told(c)
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


def _embargo_veto_words(c: EmbargoSentence) -> str | None:
    hits = c.item.lists.embargo_vetoes.hits(c.item.sentence_tokens(c.sentence))
    if any(h.label == "condemned" for h in hits) and _decision_told(c):
        # "condemned the embargo imposed by Spain" still reports Spain's decision; only a bare
        # "condemned the US embargo" speaks of a standing one
        hits = [h for h in hits if h.label != "condemned"]
    return f"{hits[0].label}: {hits[0].entry}" if hits else None


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
        Veto("listed", "a phrase of the language's embargo_vetoes list", _embargo_veto_words),
    ],
)
