"""The arms word class of the embargo readers: what counts as arms, from "weapons" to parts named by what
they are for (split from `embargo_patterns`; its patterns build on it)."""

from __future__ import annotations

from bot.core.extract.lexicon import alternation_of, lexicon


def _part_noun() -> str:
    """The weapon part nouns, plural or, as a modifier, singular ("drone camera exports")."""
    words = lexicon("en").words("embargo", "weapon_part_nouns")
    forms = {w for w in words} | {w[:-1] for w in words if w.endswith("s") and " " not in w}
    # in text order before the longest-first sort: a set's order changes with the hash seed, and the
    # shipped regex table is keyed by pattern text, so every process must build the same pattern
    return alternation_of(sorted(forms))


_PART_NOUN = _part_noun()

ARMS_WORD = (
    r"(?:arms|weapons?|weaponry|munitions|ammunition|military\s+(?:equipment|goods|hardware|items|exports|cargo|"
    r"materiel|material|technology|components|parts)|"
    # a fighter named by its type: "Eurofighter Typhoon jets", "Gripen fighters"
    r"(?:Eurofighter|Typhoon|Gripen|Rafale|Tornado)s?(?:\s+(?:Typhoon\s+)?(?:jets?|fighters?|aircraft))?|"
    # the brass of a shell or cartridge: "artillery shell casings"
    r"(?:artillery\s+|tank\s+)?(?:shell|cartridge)\s+casings|defen[cs]e\s+(?:material|materiel|equipment|exports|goods|items)|"
    # the US term for its arms export rules: "eases defence trade curbs on Cyprus" (not a trade show)
    r"defen[cs]e\s+trade(?!\s+(?:shows?|fairs?|expos?|exhibitions?|delegations?|missions?))|"
    # "war material" is the Swiss and German legal term ("Kriegsmaterial")
    r"materiel|war\s+material|F-35s?(?:\s+(?:fighter\s+jet\s+)?parts)?|F-16s?|fighter\s+jets?(?:\s+parts)?|bombs|missiles|"
    # the US term of art: "sales of defence articles"; armour: "light armoured vehicles"
    r"defen[cs]e\s+articles|(?:light\s+)?armou?red\s+vehicles?|"
    # parts of weapons: "missile components", "drone parts", "naval vessel components"
    r"(?:missile|rocket|drone|bomb|weapons?|arms|munitions?|ammunition|tank|artillery|navy|naval(?:\s+vessel)?|"
    # one word may name which part: "tank engine parts", "missile guidance components"
    r"warship|radar|machine[- ]guns?|gun|rifle|firearms?|fighter|jet|helicopter)\s+"
    r"(?:(?:engine|guidance|gearbox|transmission|optics?|ship|vessel)\s+)?"
    r"(?:components?|parts)|"
    # a part of a weapon named by what it is ("drone cameras", "missile engines"; lexicon [embargo]
    # weapon_part_nouns), after a weapon that is nothing else (not "jet engines", "gun cameras")
    r"(?:missile|rocket|drone|bomb|tank|artillery|warship)\s+(?:" + _PART_NOUN + r")\b|"
    # the belts that feed a machine gun: "cartridge links", "machine-gun links"
    r"(?:cartridge|machine[- ]gun|ammunition)\s+links|"
    # parts told by what they are for: "parts for naval vessels", "spare parts for fighter jets"
    # or by what the part is (lexicon [embargo] weapon_part_nouns): "optical sensors for armed drones",
    # "engines for tanks", "components for the F-35 programme"
    r"(?:spare\s+)?(?:[\w-]+\s+)?(?:"
    + lexicon("en").alternation("embargo", "weapon_part_nouns")
    + r")\s+for\s+"
    r"(?:the\s+)?(?:\w+\s+)?(?:naval\s+vessels|warships|frigates|F-35s?(?:\s+(?:programme|program|jets|fleet))?|"
    r"fighter\s+jets|combat\s+aircraft|tanks|drones|missiles|armou?red\s+vehicles|military\s+\w+|"
    r"(?:missile|weapons?|air[- ]defen[cs]e)\s+systems)|"
    r"gunpowder|explosives|tank\s+rounds|artillery\s+shells|"
    # the weapon itself: "exports of artillery", "sale of drones" (not "artillery fire", "drone strikes")
    r"artillery(?!\s+(?:fire|strikes?|shelling|barrages?|attacks?|rounds?|shells?|units?|positions?))|"
    r"dual-use\s+(?:goods|items|products)|"
    r"(?:assault\s+|sniper\s+)?rifles|firearms|small\s+arms|"
    # a weapon named by its type: "naval guns", "howitzers", "frigate deliveries", "rifle scopes"
    r"howitzers?|cannons?|naval\s+guns|frigates?|warships?|submarines?|grenades|mortars|rocket\s+launchers|"
    r"(?:attack|combat|helicopter)\s+(?:helicopters?|gunships?)|"
    # tanks named as weapons ("Leopard tanks", "battle tanks"), not containers ("fuel tanks", "think tanks")
    r"(?!(?:think|fuel|water|storage|gas|oil|septic)\s)(?:(?-i:[A-Z])[\w-]+\s+|battle\s+|main\s+battle\s+)tanks\b|"
    r"(?:rifle|sniper)\s+scopes|optical\s+sights)"
)
