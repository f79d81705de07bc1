"""Where an embargo's actors and targets stand (pure patterns): the agent of a passive, the words that
keep a name from being the subject, a body named by its members, the prepositions before a target,
the bodies that act without being states, a year of history, the two Congos, and a state's body named
without its state (see embargo_roles, embargo_deciders, embargoes)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.lexicon import lexicon

PASSIVE_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
NOT_SUBJECT_BEFORE = re.compile(
    r"\b(?:to|on|against|of|from|than|with|into|for|toward|towards|over|about)\s+(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
GROUP_OF = re.compile(
    # "members of the Security Council agreed": the body acts; so does "the Government of Slovenia"
    # "foreign ministers of the Organisation of Islamic Cooperation demanded": the body acts through them
    r"\b(?:group|panel|team|coalition|body|alliance|bloc|committee|council|members|ministers|leaders|envoys|"
    r"delegates|representatives|ambassadors|heads\s+of\s+state|government|cabinet)\s+of\s+(?:[\w,]+\s+)?$",
    re.IGNORECASE,
)
TARGET_PREP = re.compile(
    r"\b(?:on|against|to|into|for|targeting|from)\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?$"
    # "arms trade with Israel", not "a peace agreement with Ethiopia"
    r"|\b(?:trade|trading|cooperation|ties|business)\s+with\s+(?:the\s+)?$"
    # the goods traded with a state: "bans all arms sales and purchases with Israel"
    r"|\b(?:sales?|purchases?|exports?|imports?|transfers?)\s+with\s+(?:the\s+)?$",
    re.IGNORECASE,
)
THE_COUNTRY = re.compile(r"\b(?:on|against|to)\s+the\s+(?:country|island|kingdom|nation)\b", re.IGNORECASE)


# the bodies of extra_actors() after the calling groups: the Red Cross, UN experts, a group named after
# what it is
_OTHER_ACTORS = (
    r"\b(?:International\s+Committee\s+of\s+the\s+|(?!The\s)(?:[A-Z][a-z]+\s+))?Red\s+Cross\b|"
    # experts a UN body appointed are UN experts, not the body ("experts mandated by the UN Human
    # Rights Council")
    r"\b(?:[Ii]ndependent\s+)?[Ee]xperts\s+(?:appointed|mandated|named|commissioned)\s+by\s+the\s+"
    r"(?:UN|United\s+Nations)(?:\s+(?:Human\s+Rights|Security)\s+Council)?\b|"
    # "a UN panel of experts monitoring sanctions": UN experts, not the UN
    r"\b(?:UN|U\.N\.|United\s+Nations)\s+(?:[Pp]anel(?:\s+of\s+[Ee]xperts)?|(?:[Gg]roup|[Tt]eam)\s+of\s+[Ee]xperts)\b|"
    # a group named after what it is: "the charity Saferworld", "the watchdog Control Arms"
    r"\b(?:charity|NGO|(?:rights|campaign|advocacy|aid|pressure)\s+group|watchdog|think[- ]tank|"
    r"organi[sz]ation)\s+"
    r"(?P<named>(?-i:[A-Z][\w-]+)(?:\s(?-i:[A-Z][\w-]+)){0,3})"
)


@lru_cache(maxsize=1)
def extra_actors() -> re.Pattern[str]:
    """Bodies that act on embargoes without being states: UN experts and rapporteurs, the groups that
    campaign or give aid (the lexicon's [embargo] calling_groups, some with a nationality in their
    name that is not that state's call), the Red Cross, a group named after what it is."""
    return re.compile(
        # (the title case of a rapporteur's office too: "the UN Special Rapporteur on ...")
        r"\b(?:independent\s+)?(?:UN|U\.N\.|United\s+Nations)\s+(?:(?i:independent|human\s+rights|special|top|"
        r"legal)\s+)*(?i:experts?|rapporteurs?)\b|\b(?:UN\s+)?(?i:special\s+rapporteurs?)\b|"
        # a fact-finding mission the UN appointed: its experts ("a fact-finding mission appointed by the UN")
        r"\b(?:UN|United\s+Nations)(?:-appointed)?\s+(?i:fact-finding\s+mission)\b|"
        r"\b(?i:fact-finding\s+mission)\s+(?:appointed|set\s+up|mandated)\s+by\s+the\s+(?:UN|United\s+Nations)\b|"
        r"\b(?:" + lexicon("en").alternation("embargo", "calling_groups") + r")\b|" + _OTHER_ACTORS
    )


UN_BODIES = {"United Nations"}
HISTORY = re.compile(
    # "In 1977 the Council imposed ...": the preposition may open the sentence
    r"\b(?:[Ii]n|[Ss]ince)\s+(?:(?:early|mid|late)[- ]?)?(?:(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+)?((?:19|20)\d\d)\b"
)
# an item that names the DR Congo, its capital or its eastern war reads a bare "Congo" as the DR Congo
# ("Security Council renews Congo arms embargo", its summary naming the Democratic Republic of Congo);
# Brazzaville or the Republic of the Congo named outright keep theirs
KINSHASA_NAMED = re.compile(
    r"\bDemocratic\s+Republic\s+of\s+(?:the\s+)?Congo\b|\bDR\s?Congo\b|\bDRC\b|\bKinshasa\b|\bM23\b|"
    r"\b[Ee]astern\s+Congo\b|\bKivu\b|\bIturi\b"
)
BRAZZAVILLE_NAMED = re.compile(r"\bBrazzaville\b|(?<!Democratic\s)\bRepublic\s+of\s+(?:the\s+)?Congo\b")
# A body of a state named without its state decides for the state an earlier sentence named
# ("The foreign trade ministry said it had revoked a licence ..." after "Dutch government stops ..."):
# the fact is kept without an actor only to be folded into that earlier one (embargoes.embargoes_in)
STATE_BODY_SUBJECT = re.compile(
    r"^(?:The\s+)?(?:[\w-]+\s+){0,2}?(?:ministry|government|cabinet|authorities|customs|inspectorate|"
    r"export\s+(?:control\s+)?(?:agency|office|authority)|(?:foreign|trade|defen[cs]e|economy|prime)\s+minister|"
    r"chancellor|president)\b",
    re.IGNORECASE,
)


# a territory where a state's arms are used stands for that state as a target: "exports that could be
# used in Gaza" restrict Israel
USED_IN = re.compile(
    # one lowercase word may stand between: "used in the occupied West Bank"; arms that "end up in
    # Gaza" are used there too; arms "usable in" it, or supplied "for the war in" it, are arms for its use
    r"(?:\b(?:used|use|usable|useable|deployed|employed|end(?:s|ed|ing)?\s+up)\s+(?:\w+\s+){0,3}?"
    r"|\bfor\s+(?:the\s+|its\s+)?(?:war|wars|fighting|offensive|operations?|campaign|bombing)\s+)"
    r"(?:in|on|against)\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+)?$"
    # or supplied "for" it, right after the supply: "arms deliveries for Gaza", "weapons shipments for"
    r"|\b(?:deliveries|shipments|supplies|exports|sales|transfers)\s+for\s+(?:the\s+)?$",
    re.I,
)
# a sentence whose subject is the bare Council ("The Council on Friday extended ..."): the council the
# item names in full decides (embargo_deciders.council_by_its_full_name), not a state in an aside
BARE_COUNCIL_SUBJECT = re.compile(r"\s*(?:The\s+)?Council\b(?!\s+of\b)(?!\s*:)")


# a country owning the arms flow is its supplier: "a challenge to the UK's F-35 parts exports"
SUPPLIER_POSSESSIVE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:exports?|sales|supply|supplies)\b", re.I)


@lru_cache(maxsize=1)
def supply_gerund_after() -> re.Pattern[str]:
    """A supplying verb right after a name, its subject: "to stop Britain supplying F-35 parts", "block
    Canada from exporting" (lexicon [embargo] supply_gerunds)."""
    gerunds = lexicon("en").alternation("embargo", "supply_gerunds")
    return re.compile(rf"\s+(?:from\s+)?(?:{gerunds})\b", re.I)


def supplier_named(s: str, end: int) -> bool:
    """The state named up to `end` supplies the arms: "Britain's arms sales", "stop Britain supplying"."""
    return bool(SUPPLIER_POSSESSIVE.match(s, end) or supply_gerund_after().match(s, end))


@lru_cache(maxsize=1)
def day_before() -> re.Pattern[str]:
    """A day dating a report right before a name: "said on Tuesday Canada had suspended" (Canada is the
    subject, not an object of "on"; lexicon [casualty] weekdays)."""
    return re.compile(rf"\bon\s+(?:{lexicon('en').alternation('casualty', 'weekdays')})\s+$", re.IGNORECASE)


def may_be_subject(before: str) -> bool:
    """No preposition right before a name ("to Israel"), unless the name heads a body ("members of the
    Council") or the preposition dates the report ("said on Tuesday Canada had ...")."""
    dated = day_before().search(before)
    return not NOT_SUBJECT_BEFORE.search(before) or bool(GROUP_OF.search(before) or dated)


# a call that is the reporter's second verb: "Amnesty said ... and called for" (calls_too)
AND_BEFORE = re.compile(r"\band\s+$")
# a clause after "after" whose subject decides, the comma left out as headlines do: "Israel lashes out at
# Spain after Madrid adopts full arms embargo" (the state that reacts is no actor)
AFTER_SUBJECT = re.compile(r"\s(?:hours\s+|days\s+)?after\s+(?:the\s+)?")


def calls_too(s: str, limit: int, span: tuple[int, int], action: str) -> bool:
    """The call is the reporter's second verb: "Amnesty said arms were turning up in Darfur and called
    for ...": the one who reports makes the call too (the report's clause is not skipped)."""
    if action != "called_for" or limit >= span[0]:
        return False
    return AND_BEFORE.search(s, max(0, limit - 8), limit) is not None
