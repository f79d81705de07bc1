"""Armed groups as embargo targets in the ten languages: "прекратить поставки оружия Силам быстрого
реагирования", "حظر الأسلحة المفروض على حركة الشباب" restrict arms to the war of the state the group
fights in, written with the group said ("Sudan (Rapid Support Forces)", lexicon `[embargo_groups]`),
as the English reader and the labels do. A group is a target only, never an actor."""

from __future__ import annotations

from bot.core.extract.lang.item import Item, section_matcher
from bot.core.extract.lang.names import Mention


def group_targets(item: Item, first: int, end: int) -> list[Mention]:
    """The armed groups named in tokens first..end-1, each a target mention whose country is the state
    the group fights in and whose canonical name says the group (the key of its lexicon list)."""
    out: list[Mention] = []
    for h in section_matcher(item.language, item.plain, "embargo_groups").hits(item.tokens):
        if first <= h.first < end and not any(m.first <= h.first <= m.last for m in out):
            state = h.label.split(" (", 1)[0]
            out.append(Mention(h.first, h.last, h.label, "country", state))
    return out


def group_or(groups: list[Mention], country: Mention | None, trigger_at: int) -> Mention | None:
    """The target after the trigger words: the first armed group there when it comes before the first
    country there, or the country is its own ("إلى حركة الشباب في الصومال": the group, with the state
    it fights in; "призвала ОАЭ прекратить поставки оружия Силам быстрого реагирования": the group
    supplied, not the supplier called on before the arms words), else that country."""
    group = next((g for g in groups if g.first > trigger_at), None)
    if group is None:
        return country
    if country is None or group.first < country.first or group.country == country.country:
        return group
    return country
