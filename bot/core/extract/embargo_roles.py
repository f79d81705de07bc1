"""Who imposes an arms embargo and on whom: the places a sentence names, the target after "on /
against / to", and the actors (a speaker, the subject of the clause, the agent of a passive)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.core.extract.embargo_patterns import (
    ARMS_IN_SENTENCE,
    ATTRIBUTION,
    CALL_FOR,
    MODAL_BEFORE,
    MODAL_CALL,
)
from bot.core.extract.embargo_role_patterns import (
    AFTER_SUBJECT,
    PASSIVE_BY,
    TARGET_PREP,
    THE_COUNTRY,
    UN_BODIES,
    USED_IN,
    calls_too,
    extra_actors,
    may_be_subject,
    supplier_named,
    supply_gerund_after,
)
from bot.core.extract.lexicon import lexicon
from bot.core.extract.places import LEADERS, NOT_ARMS_TARGETS, THEATRE_STATE, Mention, find_places


def mentions_in(s: str) -> list[Mention]:
    found = find_places(s)
    for m in extra_actors().finditer(s):
        found.append(Mention(m.start(), m.end(), m.group(0), _caller_name(m), False, False))
    # drop mentions inside a longer one ("UN" inside "UN experts")
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[Mention] = []
    for mention in found:
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return out


@lru_cache(maxsize=1)
def armed_group_states() -> tuple[re.Pattern[str], dict[str, str]]:
    """The armed groups of lexicon [embargo] armed_group_states as one pattern, and the state each
    stands for (by lower-case name)."""
    pairs = [line.split("=", 1) for line in lexicon("en").words("embargo", "armed_group_states")]
    states = {name.strip().lower(): state.strip() for name, state in pairs}
    names = sorted((name.strip() for name, _ in pairs), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"), states


@lru_cache(maxsize=1)
def _peoples() -> tuple[re.Pattern[str], dict[str, str]]:
    """Lexicon [embargo] used_against_peoples, after a use phrase: "used against (the) Palestinians"."""
    pairs = [line.split("=", 1) for line in lexicon("en").words("embargo", "used_against_peoples")]
    states = {name.strip().lower(): state.strip() for name, state in pairs}
    names = "|".join(re.escape(n.strip()) for n, _ in sorted(pairs, key=lambda p: -len(p[0])))
    return re.compile(rf"\b(?:{names})\b"), states


def people_target(s: str) -> Mention | None:
    """The state whose arms would be used against a people the sentence names ("exports of shells that
    could be used against Palestinians": Israel)."""
    pattern, states = _peoples()
    for m in pattern.finditer(s):
        if USED_IN.search(s, max(0, m.start() - 40), m.start()):
            state = states[m.group(0).lower()]
            return Mention(m.start(), m.end(), m.group(0), state, False, False)
    return None


def group_targets(s: str) -> list[Mention]:
    """Armed groups named in the sentence, each standing for the state it fights in with the group
    said ("Sudan (Rapid Support Forces)"): what a target may be, never an actor."""
    pattern, states = armed_group_states()
    out = []
    for m in pattern.finditer(s):
        name = f"{states[m.group(0).lower()]} ({m.group(0)})"
        out.append(Mention(m.start(), m.end(), m.group(0), name, False, False))
    return out


def _caller_name(m: re.Match[str]) -> str:
    """The canonical name of a body that calls: a group named after what it is keeps its name ("the
    charity Saferworld"); UN experts, rapporteurs and panels are "UN experts"."""
    words = m.group(0)
    if m.group("named"):
        return m.group("named")
    if re.search(r"\bexpert$", words):  # one expert named as such: "the UN independent expert"
        return "UN independent expert" if "ndependent" in words else "UN expert"
    if re.search(r"\b[Rr]apporteur$", words):  # one rapporteur is not "UN experts"
        return "UN Special Rapporteur"
    if "UN" in words or "United Nations" in words or "rapporteur" in words or "xperts" in words:
        return "UN experts"
    return _SHORT_NAMES.get(words, words)


_SHORT_NAMES = {
    "Amnesty": "Amnesty International",
    "HRW": "Human Rights Watch",
    "OIC": "Organisation of Islamic Cooperation",
    "Organization of Islamic Cooperation": "Organisation of Islamic Cooperation",
}


_MILITARY_AFTER = re.compile(
    r"\s+(?:government|forces|army|military|navy|air\s+force|armed\s+forces|defen[cs]e\s+(?:forces|ministry)|"
    r"national\s+guard|royal\s+guard|coalition|gangs?|militias?|rebels?|armed\s+groups)",
    re.I,
)
_TRADE_WORDS = re.compile(
    r"(?:arms\s+|weapons\s+|military\s+|defen[cs]e\s+)?(?:exports?|sales?|supplies|deliveries|shipments|transfers)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _destination() -> re.Pattern[str]:
    """A destination phrase right before a place (lexicon [embargo] destination_phrases)."""
    phrases = lexicon("en").alternation("embargo", "destination_phrases")
    return re.compile(rf"\b(?:{phrases})\s+(?:the\s+)?$", re.IGNORECASE)


_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")
_TRADE_WITH = re.compile(r"\s+with\s+(?:the\s+)?")
_EMBARGO_AFTER = re.compile(r"\s*(?:arms\s+|weapons\s+)?embargo", re.I)
_TARGET_PREP_NEAR = re.compile(r"\b(?:on|against|to|into|targeting|from)\s+(?:the\s+)?$", re.I)


# a state naming a sanctions regime the embargo words are joined to: "renews Haiti sanctions regime and
# targeted arms embargo" (Haiti is the target of both)
_SANCTIONS_AND = re.compile(r"\s+sanctions(?:\s+regime)?\s+and\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?", re.I)
BEFORE_EMBARGO = "named right before the embargo words"
THE_COUNTRY_IS = "'the country' refers to it"


def target_of(s: str, span: tuple[int, int], ments: list[Mention]) -> tuple[Mention | None, str]:
    """(target, how it was found)."""
    for m in ments:
        if m.start < span[1]:
            continue
        # the object of the embargo words: "stop arming the Rapid Support Forces", "stop supplying
        # Israel" (whoever stands before them is the supplier asked to stop)
        if (
            _OBJECT_GAP.fullmatch(s, span[1], m.start)
            and not m.city
            and m.canonical not in NOT_ARMS_TARGETS
            and (not m.demonym or _MILITARY_AFTER.match(s, m.end))
        ):
            return m, "the object of the embargo words"
        if _TRADE_WITH.fullmatch(s, span[1], m.start) and not m.city and m.canonical not in NOT_ARMS_TARGETS:
            return m, "the partner of the arms trade ('weapons with ...')"  # "ban on arms trade with Israel"
        break
    for m in ments:
        if (
            m.start >= span[0]
            and m.canonical not in NOT_ARMS_TARGETS
            and not m.city
            and (
                TARGET_PREP.search(s[max(0, m.start - 60) : m.start]) or _destination().search(s, 0, m.start)
            )
            and (not m.demonym or _MILITARY_AFTER.match(s, m.end))
            and not _REASON_BEFORE.search(s, max(0, m.start - 12), m.start)
        ):
            return m, "named after 'on/against/to' following the embargo words"
    # "Israel arms embargo", "Iran arms embargo"
    for m in ments:
        if (
            m.end <= span[0]
            and not m.city
            and m.canonical not in NOT_ARMS_TARGETS  # "a UN arms embargo": the UN imposes it
            and not s[m.end : span[0]].strip(" '\"").lower().startswith(("and", ","))
            and (len(s[m.end : span[0]]) <= 2 or _SANCTIONS_AND.fullmatch(s, m.end, span[0]))
            # "Norwegian exports of F-35 parts": the exporter, not the target
            and not (m.demonym and _TRADE_WORDS.match(s, span[0]))
            # "stop Britain supplying F-35 parts": the supplier, the subject of the flow
            and not (not m.demonym and supply_gerund_after().match(s, m.end))
        ):
            return m, BEFORE_EMBARGO
    if THE_COUNTRY.search(s[span[0] :]):
        prior = [
            m
            for m in ments
            if m.start < span[0] and not m.demonym and not m.city and m.canonical not in NOT_ARMS_TARGETS
        ]
        if prior:
            return prior[-1], THE_COUNTRY_IS
    return None, ""


_LIST_JOIN = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+along\s+with\s+)(?:the\s+)?", re.I
)


def co_targets(s: str, target: Mention, ments: list[Mention], actors: list[Mention]) -> list[Mention]:
    """The states listed with the target ("weapons exports to Saudi Arabia and the United Arab
    Emirates", "to Israel, Turkey as well as Egypt"): each is a target of the same decision. The list
    runs while the names are joined by a comma, "and", "as well as" or "along with"."""
    taken = {a.canonical for a in actors} | {target.canonical}
    out: list[Mention] = []
    last = target
    for m in ments:
        if m.start < last.end:
            continue
        if not _LIST_JOIN.fullmatch(s, last.end, m.start):
            break
        if m.city or m.demonym or m.canonical in NOT_ARMS_TARGETS:
            break
        if m.canonical not in taken:
            out.append(m)
            taken.add(m.canonical)
        last = m
    return out


def fallback_target(s: str, ments: list[Mention], actors: list[Mention]) -> tuple[Mention | None, str]:
    """With no target by the rules above: a country the sentence puts "on/against/to", else the first
    country named that is not an actor ("sanctions on Iran, including an arms embargo, were ...")."""
    taken = {a.canonical for a in actors}
    pool = [
        m
        for m in ments
        if m.canonical not in taken
        and m.canonical not in NOT_ARMS_TARGETS
        and not m.city
        # a place inside an actor's name is where it sits: "a Copenhagen court"
        and not any(a.start <= m.start < a.end for a in actors)
        # a group that campaigns is no state: "a challenge brought by the rights group Al-Haq"
        and not extra_actors().match(s, m.start)
    ]
    # where arms are used is not whose supply is restricted ("had been used in Yemen")
    pool = [
        m
        for m in pool
        if m.canonical in THEATRE_STATE
        or not USED_IN.search(s, max(0, m.start - 40), m.start)
        or (m.demonym and _platform_after().match(s, m.end))
    ]
    # nor is the reason for a decision ("freezes permits over Yemen fears", "amid Gaza concerns")
    pool = [m for m in pool if not _REASON_BEFORE.search(s, max(0, m.start - 12), m.start)]
    pool = [m for m in pool if not asked_supplier(s, m) and not supplier_named(s, m.end)]
    for m in pool:
        if _TARGET_PREP_NEAR.search(s, 0, m.start) and (not m.demonym or _MILITARY_AFTER.match(s, m.end)):
            return m, "a country the sentence puts 'on/against/to'"
    for m in pool:
        if not m.demonym:
            return m, "the first country named that is not an actor"
    for m in pool:
        # "components that end up in Israeli jets": the state whose weapons the arms go into
        if (
            m.demonym
            and _platform_after().match(s, m.end)
            and USED_IN.search(s, max(0, m.start - 40), m.start)
        ):
            return m, "the state whose weapons the arms go into"
    for m in pool:
        if _PURCHASE_OF.search(s, max(0, m.start - 30), m.start) and ARMS_IN_SENTENCE.match(s, m.end + 1):
            return m, "the seller of the arms bought"
    return None, ""


@lru_cache(maxsize=1)
def _platform_after() -> re.Pattern[str]:
    """A weapon a part goes into, right after a demonym (lexicon [embargo] weapon_platform_nouns)."""
    return re.compile(
        r"\s+(?:" + lexicon("en").alternation("embargo", "weapon_platform_nouns") + r")\b", re.I
    )


_REASON_BEFORE = re.compile(r"\b(?:over|amid)\s+(?:the\s+)?$", re.I)
# the one a call is addressed to supplies the arms, it is not their target: "calls on Britain to stop
# selling arms", "urged Washington to halt ..."
_ASKED_BEFORE = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+on|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|ask(?:s|ed|ing)?|t(?:ells?|old)|"
    # one forced or ordered to stop supplies the arms too: "sought to force Denmark to stop exporting"
    r"forc(?:e|es|ed|ing)|compel\w*|oblig\w*|order(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to)\s+(?:the\s+)?$",
    re.I,
)
_TO_ACT_AFTER = re.compile(r"(?:'s\s+government)?\s+to\s+(?!the\b)(?-i:[a-z])", re.I)


def asked_supplier(s: str, m: Mention) -> bool:
    """ "calls on Britain to stop selling arms": Britain is asked to act."""
    return bool(_ASKED_BEFORE.search(s, max(0, m.start - 20), m.start) and _TO_ACT_AFTER.match(s, m.end))


# "as" opens a clause, not "as part of", "as well as", "as a result" (an appositive of its subject:
# "experts appointed by the Council as part of its special procedures have called ...")
_AS = r"as(?!\s+(?:part\s+of|well\b|a\s+result|such\b|of\b))"
CLAUSE_BREAK = re.compile(
    rf";|,\s+(?:{_AS}|while|amid|after|but|even\s+as)\s|\s(?:{_AS}|while|amid|even\s+as)\s", re.I
)
# "France urged to stop ..." (France is asked, not acting); "French rights groups urged ..." (the
# groups act, not France)
_ADDRESSED_AFTER = re.compile(
    r"\s+(?:is\s+|was\s+|being\s+|has\s+been\s+)?(?:urged|pressed|asked|called\s+on|told|pressured)\s+to\b",
    re.I,
)


@lru_cache(maxsize=1)
def _non_state_after() -> re.Pattern[str]:
    """ "Italian dockworkers' union", "Norway's largest trade union confederation": a group after a
    demonym (lexicon [embargo] non_state_groups; the words between qualify the group, but an official
    or a speech verb there, [embargo] speaker_words, makes the state the speaker: "Dutch minister
    tells MPs ...")."""
    en = lexicon("en")
    speaker = en.alternation("embargo", "speaker_words")
    groups = en.alternation("embargo", "non_state_groups")
    return re.compile(rf"\s+(?:(?!(?:{speaker})\b)[\w'-]+\s+){{0,2}}?(?:{groups})\b", re.I)


# ... but a legislature that decides is its country (corpus README: "a national legislature voting is its
# country"): "Belgian MPs vote to ban arms transit", "Spanish lawmakers passed the embargo law"
_LEGISLATURE_DECIDES = re.compile(
    r"\s+(?:MPs|lawmakers|legislators|deputies|senators)\s+(?:have\s+|on\s+\w+\s+)?(?:unanimously\s+)?"
    r"(?:vot(?:e|es|ed|ing)\s+(?:to|for|down|against|through)|pass(?:es|ed)?|adopt(?:s|ed)?|approv(?:e|es|ed)|"
    r"reject(?:s|ed)?)\b",
    re.I,
)
_REPORTED = re.compile(r"\b(?:says|said|claims?|claimed|reports?|reported)\s+(?:that\s+)?", re.I)
_DECIDES_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:unanimously\s+|formally\s+)?(?:vot(?:ed|es)\s+to|decid(?:ed|es)\s+to|"
    r"agreed\s+to|moved\s+to|lift(?:ed|s)|eas(?:ed|es)|remov(?:ed|es)|end(?:ed|s)|extend(?:ed|s)|renew(?:ed|s)|"
    r"impos(?:ed|es)|prolong(?:ed|s))\b",
    re.I,
)
# words in quotation marks are someone's words, not the clause's subject
# (a prepared text writes curly quotes straight: an opening ' follows a space or starts the text)
_QUOTE_MARKS = re.compile("[\u2018\u201c\"']")
_QUOTED = re.compile(
    "[\u2018\u201c\"][^\u2019\u201d\"]{1,80}[\u2019\u201d\"]|(?:^|(?<=\\s))'[^']{1,80}'(?=[\\s.,;:!?\u2013-]|$)"
)


def unquoted(s: str, span: tuple[int, int], ments: list[Mention]) -> list[Mention]:
    """The mentions outside a quotation that does not hold the embargo words: "'Only strengthens Iran'
    - Netanyahu rips proposed arms embargo" names Iran in someone's words, neither actor nor target."""
    if not _QUOTE_MARKS.search(s):
        return ments
    quotes = [q.span() for q in _QUOTED.finditer(s) if not q.start() <= span[0] < q.end()]
    return [m for m in ments if not any(a <= m.start < b for a, b in quotes)]


# the seller's demonym in a purchase: "suspends purchase of Israeli missiles" restricts the trade with Israel
_PURCHASE_OF = re.compile(r"\b(?:purchases?|imports?|buying|acquisitions?)\s+of\s+(?:\w+\s+)?$", re.I)
_AND_BETWEEN = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:the\s+)?$", re.I)


# the embargo words followed by a participle and its agent: "the arms ban approved by Ljubljana last week",
# "an embargo, imposed on Friday by the Security Council," (whose embargo it is)
# (not who uses the arms: "components for F-35 jets used by Israel" name the buyer, not the decider)
_AGENT_AFTER = re.compile(
    r"(?:,\s*)?\s+(?:first\s+|newly\s+|recently\s+|later\s+)?(?!(?:used|operated|flown|fielded|employed)\b)"
    r"(?-i:[a-z]+ed)\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?$",
    re.I,
)


def agent_after(s: str, span: tuple[int, int], ments: list[Mention]) -> Mention | None:
    """The agent of a participle right after the embargo words (no city: "approved in Madrid by ...")."""
    for m in ments:
        if m.start < span[1]:
            continue
        if m.start - span[1] > 60:
            break
        if not m.city and not m.demonym and _AGENT_AFTER.fullmatch(s, span[1], m.start):
            return m
    return None


def actors_of(
    s: str, span: tuple[int, int], ments: list[Mention], target: Mention | None, action: str
) -> tuple[list[Mention], str]:
    """Who acts: the speaker of an attributed statement, else the subject of the clause holding the
    embargo words (with those joined to it by "and": "Amnesty International and Human Rights Watch
    called ..."), else the agent of a passive. For a call, only names before the calling verb count
    ("Activists urged the Australian government to ..." has no named caller)."""

    def ok(m: Mention) -> bool:
        return (
            (target is None or m.canonical != target.canonical)
            and not m.city
            and not s.startswith(":", m.end)  # "Haiti: Security Council renews ...": the topic
            and not _ADDRESSED_AFTER.match(s, m.end)
            and not _non_state_demonym(s, m)
        )

    att = ATTRIBUTION.search(s)
    if att and att.start("who") >= span[0]:
        for m in ments:
            if att.start("who") <= m.start < att.end("who") and ok(m):
                return [m], "the speaker of the attributed statement"
    limit = span[0]
    if action == "called_for" and _addressed_by_modal(s, span):
        return [], ""  # "Canberra must halt arms exports, the Greens leader said": Canberra is asked
    if action == "called_for":
        calls = sorted(c.start() for p in (CALL_FOR, MODAL_CALL) for c in p.finditer(s, 0, span[0]))
        if calls:
            limit = calls[-1]
    lo = _clause_start(s, limit, [m for m in ments if ok(m)], reported=not calls_too(s, limit, span, action))
    for start_at in (lo, 0) if lo else (0,):
        for i, m in enumerate(ments):
            if m.start < start_at:
                continue
            if m.start >= limit and not (limit == span[0] and _EMBARGO_AFTER.match(s, m.end)):
                break
            before = s[max(0, m.start - 30) : m.start]
            if ok(m) and may_be_subject(before):
                found = [m]
                for n in ments[i + 1 :]:
                    if n.start >= limit or not ok(n) or not _AND_BETWEEN.fullmatch(s, found[-1].end, n.start):
                        break
                    found.append(n)
                return found, "the subject of the clause holding the embargo words"
        if action == "called_for":
            break  # "Activists urged the Australian government to ..."
    for m in ments:
        if PASSIVE_BY.search(s[: m.start]) and ok(m):
            return [m], "the agent of a passive ('by ...')"
    for m in ments:
        # "Somalia hailed the end of the embargo after the Security Council voted to remove ...": the
        # subject of the later clause that decides
        if m.start > span[1] and ok(m) and _DECIDES_AFTER.match(s, m.end):
            return [m], "the subject of the clause that decides"
    # a well-known leader stands for their country: "Albanese rules out an arms embargo"
    for name, canon in LEADERS.items():
        at = s.find(name, 0, limit)
        if at >= 0 and (target is None or canon != target.canonical):
            return [Mention(at, at + len(name), name, canon, False, False)], f"'{name}' stands for {canon}"
    return [], ""


def _non_state_demonym(s: str, m: Mention) -> bool:
    """ "French rights groups urged ...", "Norway's trade union confederation urged ...": the groups act,
    not the state (a legislature that decides does)."""
    at = m.end + 2 if not m.demonym and s.startswith("'s", m.end) else m.end
    if not (m.demonym or at > m.end):
        return False
    return bool(_non_state_after().match(s, at)) and not _LEGISLATURE_DECIDES.match(s, at)


def _addressed_by_modal(s: str, span: tuple[int, int]) -> bool:
    """A modal call with no caller before it ("X must halt ..., Y said"): who stands before the modal is
    asked to act, not calling."""
    before = s[: span[0]]
    return bool(
        MODAL_BEFORE.search(before[-60:])
        and not MODAL_CALL.search(before)
        and not CALL_FOR.search(before[-80:])
    )


def _clause_start(s: str, limit: int, candidates: list[Mention], reported: bool = True) -> int:
    """Where the clause holding the embargo words begins: after the last clause break, and after a
    report whose clause names a candidate ("Israel says Germany has resumed arms deliveries": who
    reports it did not decide it)."""
    lo = 0
    for c in CLAUSE_BREAK.finditer(s, 0, limit):
        lo = c.end()
    for c in _REPORTED.finditer(s, lo, limit) if reported else ():
        if any(c.end() <= m.start < limit for m in candidates):
            lo = c.end()
    for c in AFTER_SUBJECT.finditer(s, lo, limit):
        if any(c.end() == m.start for m in candidates):
            lo = c.end()
    return lo


def headline_speakers(s: str, ments: list[Mention]) -> list[Mention]:
    """Who speaks before a headline's colon ("Amnesty, HRW: extend the arms embargo"), for a call told
    as their bare imperative (embargo_actions' `headline_call` rung)."""
    colon = s.find(":")
    return [m for m in ments if m.end <= colon and not m.city]


def actor_name(m: Mention, action: str) -> str:
    if m.canonical in UN_BODIES and action not in {"called_for", "rejected"}:
        return "UN Security Council"  # UN arms embargoes are the Security Council's to impose or lift
    return m.canonical


@lru_cache(maxsize=1)
def call_only() -> frozenset[str]:
    """Bodies that can only call on states (lexicon [embargo] call_only_bodies, and every group that
    campaigns or gives aid, [embargo] calling_groups, by the name facts give it): their "embargo" is
    a call unless they reject one ("Saferworld tells Britain to stop arming Saudi Arabia")."""
    en = lexicon("en")
    groups = {_SHORT_NAMES.get(name, name) for name in en.words("embargo", "calling_groups")}
    return en.word_set("embargo", "call_only_bodies") | frozenset(groups)
