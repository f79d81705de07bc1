"""An opinion piece in a language with a lexicon (round 16): a headline that opens on its label and a
separator ("Tribune :", "Opinión:", "Kommentar:", "Мнение:", "Görüş:", "مقال رأي:", "דעה:", "یادداشت:";
lexicon `[commentary] frame`) argues what states should do. Its embargo and recognition facts are the
writer's case, not a decision (veto `commentary`, as English's over an "Opinion:" headline); its
casualty figures are kept. An analysis or explainer label is not a frame here: such items also report
decisions."""

from __future__ import annotations

from bot.core.extract.lang.item import Item, section_matcher
from bot.core.extract.vetoes import Dropped
from bot.core.model import ArmsEmbargo, Fact, Recognition

# what follows the label in a headline: a colon, a bar or a dash ("Tribune :", "Opinión |", "Görüş -")
_SEPARATORS = frozenset(":|-–—")


def opinion_frame(item: Item) -> str | None:
    """The label that opens the item's headline and makes it an opinion piece, or None."""
    if not item.tokens:
        return None
    head = item.tokens[: min(len(item.tokens), 6)]
    for hit in section_matcher(item.language, item.plain, "commentary").hits(head):
        if hit.label != "frame" or hit.first != 0:
            continue
        end = item.where[item.tokens[hit.last].end - 1] + 1
        after = item.original[end : end + 4].lstrip(" \u00a0")
        if after[:1] in _SEPARATORS:
            return item.words(hit.first, hit.last)
    return None


def not_commentary(item: Item, facts: list[Fact], trace: list[Dropped] | None) -> list[Fact]:
    """The facts less the embargoes and recognitions of an opinion piece (veto `commentary`)."""
    if not any(isinstance(f, ArmsEmbargo | Recognition) for f in facts):
        return facts
    label = opinion_frame(item)
    if label is None:
        return facts
    kept: list[Fact] = []
    for f in facts:
        if not isinstance(f, ArmsEmbargo | Recognition):
            kept.append(f)
            continue
        if trace is not None:
            trigger = "arms_embargo" if isinstance(f, ArmsEmbargo) else "recognition"
            words = " ".join(f.why.trigger) if f.why is not None else ""
            trace.append(Dropped(trigger, "commentary", f"'{label}'", words, f.evidence))
    return kept
