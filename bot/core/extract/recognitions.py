"""Diplomatic recognitions: who recognises (every actor), what (a state, a government, a territory),
and how far along it is (done, announced, considering, rejected), with the date when one is given.

A sentence counts when "recognise/recognize/recognition" has a state-like object (`_STATE_CUE`:
Palestine, "a Palestinian state", "Somaliland", "the Taliban's government", "independent", ...).
"Facial recognition", "in recognition of her work" or "recognition of the genocide" have none.

Actors are the countries named before the verb (a list: "Belgium, Malta and Luxembourg"), cut at
"such as / like / following" (partners named for comparison are not actors), plus those joined after
it by "alongside / along with / together with". "..., with Ireland due to follow suit" is a second,
announced fact. A passive ("recognised by Israel") takes its actor after "by". With no country in
the sentence, a leader named in the text ("Putin", found as "Russian President Vladimir Putin") or
"the German leader/chancellor/government" elsewhere in the text stands for their country.

What is recognised, by the project's labels: a switch names the side chosen ("from Taiwan to China":
China); a claim over a territory names the territory ("Moroccan sovereignty over Western Sahara":
Western Sahara); a city as a capital ("Jerusalem as Israel's capital") is no recognition; one party's
bid is what another weighs ("will study Somaliland's bid for recognition": Ethiopia, Somaliland). Not
news: a recognition in a relative clause with an earlier time ("Spain, which recognised Palestine last
year, ..."), a comment on one ("recognition of Palestine was a first step"), a restatement
("reaffirmed its recognition of Taiwan"), another country's plan ("the French plan to recognise").

Status: rejected ("no plans to", "never", "decided not to", "holds off", "will not", "rules out",
"the wrong signal"), considering ("weighing", "could"), announced ("will", "intends to", "plans to",
"to recognise" in a headline), else done ("recognised", "recognises", "announced their recognition").
"Comes into effect immediately" turns an announced recognition into a done one.
"""

from __future__ import annotations

import re
from datetime import date

from bot.core.extract.doc import RECOGNITION, Doc, prepare
from bot.core.extract.places import DEMONYMS, LEADERS, canonical_name, find_places
from bot.core.extract.vetoes import Dropped
from bot.core.model import Recognition, Why

_PREFILTER = re.compile(r"recogni[sz]|recognition", re.IGNORECASE)
_VERB = re.compile(r"\brecogni(?:s|z)(?:e|es|ed|ing)\b|\brecognition\b", re.IGNORECASE)
_NOT_DIPLOMATIC = re.compile(
    r"\b(?:facial|face|speech|voice|image|pattern|character|object|handwriting|emotion|brand|name|"
    r"special|public|international\s+award|award)\s+recognition\b|\bin\s+recognition\s+of\b|"
    r"\brecognition\s+(?:of|for)\s+(?:her|his|their|its|your|our)\b|\brecognition\s+(?:technology|software|system)|"
    # an existing recognition, not news: "thanked Paraguay for its continued recognition"
    r"\b(?:continued|continuing|ongoing|long-?standing|steadfast|continuous)\s+(?:diplomatic\s+)?recognition\b|"
    # what is recognised is not a state: "recognised as a refugee", "recognised the results"
    r"\brecogni[sz]ed\s+as\s+(?:an?\s+)?(?:refugee|asylum|victim|player|winner|best|one\s+of)|"
    r"\brecogni[sz](?:e|es|ed|ing)\s+(?:the\s+)?(?:results?|outcome|vote|election|parties|party)\b|"
    r"\brecognition\s+of\s+the\s+(?:[A-Z]\w+\s+)?genocide|"
    # a city as another state's capital is not a state, government or territory: "recognises
    # Jerusalem as Israel's capital"
    r"\brecogni[sz](?:e|es|ed|ing)\s+(?:[\w'-]+\s+){1,3}as\s+(?:[\w'-]+\s+){0,2}capital\b|"
    # documents, not the state that issues them: "recognise vehicle licence plates issued by Kosovo"
    r"\brecogni[sz](?:e|es|ed|ing)\s+(?:[\w'-]+\s+){0,3}(?:licen[cs]e\s+plates|number\s+plates|passports?|"
    r"diplomas?|degrees?|documents?|qualifications?|certificates?|(?:ID|identity)\s+cards?)\b",
    re.IGNORECASE,
)
# recognition that already stands, restated: "reaffirmed his country's recognition of Taiwan"
_REAFFIRMED = re.compile(
    r"\b(?:reaffirm\w*|reiterat\w*|confirm\w*\s+(?:its|their|his|her)\s+continued)\s+(?:[\w']+\s+){0,3}$",
    re.I,
)
# A comment on a recognition, not news of one: "recognition of Palestine was a first step" (a copula
# with a noun or adjective; "was approved" or "was formalised" is news and stays)
_COMMENT_AFTER = re.compile(
    r"^\s+of\s+(?:the\s+)?[\w' -]{2,40}?\s+(?:was|is|has\s+been|had\s+been)\s+"
    r"(?!(?:\w+ed|\w+en|formally|officially|now|made|set|due|expected|about|to)\b)",
    re.IGNORECASE,
)
# A switch names both sides: "switches recognition from Taiwan to China" recognises China
_FROM_TO = re.compile(r"\s*from\s+(?:the\s+)?[\w' -]{2,40}?\s+to\s+(?:the\s+)?(?P<new>[^,;.]{2,60})", re.I)
# A claim over a territory: "recognised Morocco's sovereignty over the disputed territory of Western
# Sahara" recognises Western Sahara (the project's label: the territory), not Morocco
_SOVEREIGNTY_OVER = re.compile(r"\b(?:sovereignty|claims?)\s+(?:over|to|on)\s+(?P<rest>.*)", re.I)
# Recognition is sought, not given: "Somaliland's bid for recognition" (Somaliland is what is recognised)
_SOUGHT_BY = re.compile(
    r"(?P<who>(?:(?-i:[A-Z])[\w-]+\s)?[\w-]+)'s?\s+(?:\w+\s+){0,2}?(?:bid|efforts?|quest|push|campaign|"
    r"drive|hopes?|desire|pursuit|aspirations?)\s+(?:for|to\s+(?:gain|win|secure|obtain|get|achieve))\s+"
    r"(?:international\s+|diplomatic\s+|formal\s+)?$",
    re.IGNORECASE,
)
_BID_FOR = re.compile(
    r"\b(?:bid|push|quest|campaign|efforts?|drive|request|application)\s+for\s+(?:international\s+|diplomatic\s+|"
    r"formal\s+)?$",
    re.IGNORECASE,
)
# A recognition written into a deal still to be carried out is a promise: "the agreement ..., which
# involved Ethiopia recognising Somaliland"
_IN_A_DEAL = re.compile(
    r"\b(?:agreement|deal|memorandum|MoU|accord|pact)\b[^.;]{0,120}\b(?:involv\w*|includ\w*|under\s+which|"
    r"provid\w*|in\s+which|whereby)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# An earlier recognition in a relative clause: "Spain, which recognised Palestine last year, said ..."
_RELATIVE_BEFORE = re.compile(
    r",\s*(?:which|who)\s+(?:has\s+|had\s+|already\s+|formally\s+|officially\s+)*$", re.I
)
_EARLIER = re.compile(
    r"\b(?:last\s+(?:year|month|week)|(?:a\s+|two\s+|\w+\s+)?(?:years?|months?)\s+ago|in\s+(?:19|20)\d\d|"
    r"previously|already|earlier)\b",
    re.IGNORECASE,
)
_STATE_CUE = re.compile(
    r"Palestin|SADR|Sahrawi|\bstate\b|statehood|independen|sovereign|\bgovernment\b|\bregime\b|\brepublic\b|"
    r"Somaliland|Kosovo|Taiwan|Western\s+Sahara|Abkhazia|South\s+Ossetia|Northern\s+Cyprus|Taliban|"
    r"Transnistria|Donetsk|Luhansk|Donestk",
    re.IGNORECASE,
)
_OBJECT_END = re.compile(
    r"[,;:.!?\"|]|\s(?:as|in|at|on|by|with|during|if|unless|because|alongside|along|together|following|"
    r"after|before|when|while|amid|from|to|within|without|until|and\s+signed|would|will|is|was|has|have|could|"
    r"should|must|but|which|that)\s",
    re.IGNORECASE,
)
_REJECT_BEFORE = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)\s+(?:down|against)|block\w*|defeat\w*|shelv\w*|no\s+(?:immediate\s+|current\s+)?plans?\s+to|no\s+reason\s+to|not\s+(?:yet\s+)?(?:ready|going|prepared)\s+to|"
    r"never|hold\w*\s+off|held\s+off|not\s+to|will\s+not|won't|would\s+not|wouldn't|does\s+not|doesn't|do\s+not|did\s+not|refus\w*|reject\w*|"
    r"rul(?:e|es|ed|ing)\s+out|oppos\w*|not\s+join|(?<!not\s)against|declin\w*|no\s+intention|"
    r"thwart\w*|dismiss\w*|snub\w*|turn(?:s|ed|ing)?\s+down|"
    r"not\s+(?:\w+\s+)?(?:considering|planning|seeking|about\s+to))\b",
    re.IGNORECASE,
)
# "not now" said softly: rejected, unless the text says a decision will follow consultation
_NOT_NOW = re.compile(
    r"\b(?:no\s+(?:need\s+to\s+|reason\s+to\s+)?(?:rush|hurry)|in\s+no\s+(?:rush|hurry)|not\s+(?:be\s+)?(?:rushing|"
    r"hurrying|in\s+a\s+(?:rush|hurry))|not\s+to\s+rush|(?:not|n't)\s+(?:yet\s+)?ripe|decided\s+against|"
    r"no\s+reason\s+to|not\s+at\s+this\s+(?:time|stage)|not\s+now)\b",
    re.IGNORECASE,
)
_DECIDE_LATER = re.compile(
    r"\b(?:will|would|to)\s+(?:take|make)\s+(?:a|its|the|their)\s+decision\b|\bafter\s+consult\w*|"
    r"\bwill\s+decide\b|\bdecide\s+later\b",
    re.IGNORECASE,
)
# withdrawing or suspending a recognition: "withdrawal of its recognition", "suspends its recognition"
_WITHDRAW_BEFORE = re.compile(
    r"\b(?:withdr[ae]w\w*|withdrawal|suspen\w*|revok\w*|revocation|rescind\w*|freez\w*|froze\w*|cancel\w*|"
    r"annul\w*|end(?:s|ed|ing)?|terminat\w*|break\w*\s+off)\s+(?:of\s+)?(?:its|their|his|her|the)?\s*"
    r"(?:official\s+|formal\s+|diplomatic\s+)?$",
    re.IGNORECASE,
)
# "not against", "not opposed to": open to it, i.e. considering
_NOT_AGAINST = re.compile(r"\bnot\s+(?:\w+\s+)?(?:against|opposed\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
# a promise in a deal: "in exchange for recognition", "in return for recognising"
_PROMISED = re.compile(r"\bin\s+(?:exchange|return)\s+for\s+$", re.IGNORECASE)
# a modal before "become the first": "would become the first country to recognise" is a plan
_MODAL_FIRST = re.compile(
    r"\b(?:will|would|could|to|set\s+to|poised\s+to)\s+(?:\w+\s+)?become\s+", re.IGNORECASE
)
_REJECT_AFTER = re.compile(
    r"\b(?:wrong\s+signal|counterproductive|counter-productive|premature|not\s+the\s+(?:right\s+)?time|"
    r"time\s+(?:was|is|were)\s+not\s+(?:yet\s+)?right|"
    r"not\s+(?:on\s+the\s+agenda|an\s+option))\b",
    re.IGNORECASE,
)
_CONSIDER = re.compile(
    r"\b(?:consider\w*|weigh\w*|mull\w*|discuss\w*|explor\w*|open\s+to|examin\w*|could|may|might|"
    r"debat\w*|study\w*|review\w*|look\w*\s+at|think\w*\s+about)\b",
    re.IGNORECASE,
)
_ANNOUNCE = re.compile(
    r"\b(?:will|would|shall|'ll|to|intends?\s+to|intend(?:s|ed)?|plans?\s+to|planning\s+to|set\s+to|"
    r"due\s+to|going\s+to|expected\s+to|decided\s+to|pledg\w*|promis\w*|vow\w*|ready\s+to|"
    r"moves?\s+to|moving\s+to|prepared\s+to|announc\w*|should)\b",
    re.IGNORECASE,
)
_DONE_FIRST = re.compile(
    r"\b(?:become|becomes|became|becoming|making\s+(?:it|them)|made\s+(?:it|them))\s+(?:the\s+)?"
    r"(?:first|second|third|\w+th|latest|last|newest)\s+"
    r"(?:\w+\s+)?(?:country|nation|state|government)\s+to\s+(?:\w+\s+)?$"
    r"|\bapprov\w*\s+(?:a|the)\s+decision\s+to\s+(?:\w+\s+)?$"
    # a vote that was held: "parliament voted 52-0 on Tuesday to recognise" (not "will vote on whether to")
    r"|\bvot(?:ed|es|e)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|"
    r"\d+\s*(?:-|–|to)\s*\d+\s+|overwhelmingly\s+|unanimously\s+|late\s+\w+\s+)*to\s+(?:formally\s+|officially\s+)?$",
    re.IGNORECASE,
)
_IN_EFFECT = re.compile(
    r"\b(?:comes?|came|takes?|took|go(?:es)?|went)\s+(?:into\s+)?effect\s+immediately|\beffective\s+immediately",
    re.IGNORECASE,
)
_CUT_ACTORS = re.compile(
    r"\b(?:such\s+as|like|including|join(?:s|ed|ing)?|follow(?:s|ed|ing)?\s+(?:in\s+the\s+(?:foot)?steps\s+of|"
    r"the\s+lead\s+of)|unlike|after|with|than)\b",
    re.IGNORECASE,
)
_ALONGSIDE = re.compile(
    r"\b(?:alongside|along\s+with|together\s+with|jointly\s+with|in\s+concert\s+with|in\s+coordination\s+with|"
    r"as\s+well\s+as|followed\s+by)\s+(?P<list>[^.;]{1,120})",
    re.IGNORECASE,
)
# Not a recognition: "stopped short of formal recognition of the Taliban government"
_SHORT_OF = re.compile(r"\b(?:stop\w*|f[ae]ll\w*)\s+short\s+of\s+(?:\w+\s+)?$|\bwithout\s+(?:\w+\s+)?$", re.I)
# "..., with Portugal following later in the day": more actors, same status
_WITH_FOLLOWING = re.compile(
    r"\bwith\s+(?P<list>[^,;.]{1,80}?)\s+(?:following|followed|doing\s+the\s+same|joining|joined)\b", re.I
)
# A government the text does not name: "The government rejected calls to recognise ..."
_GENERIC_SUBJECT = re.compile(
    r"^\s*(?:The|Its|Their)\s+(?:\w+\s+)?(?:government|cabinet|parliament|coalition|administration|ministry)\b"
)
# A second group in the same news: "..., while France and Belgium will do so on Monday" (announced),
# "...; Slovenia followed in June" (done)
_SECOND_GROUP = re.compile(
    r"(?:,\s*(?:while|whereas|and)|;|\band)\s+(?P<list>(?-i:[A-Z])[^,;.]{1,80}?)\s+(?P<verb>will\s+(?:do\s+so|follow(?:\s+suit)?|"
    r"do\s+the\s+same)|(?:are|is)\s+(?:due|set|expected|poised)\s+to\s+(?:do\s+so|follow(?:\s+suit)?)|"
    r"followed(?:\s+suit)?|did\s+(?:so|the\s+same))\b",
    re.IGNORECASE,
)
_FOLLOW_SUIT = re.compile(
    r"\bwith\s+(?P<list>[^,;.]{1,80}?)\s+(?:due|set|expected|poised|slated|likely|planning|preparing)\s+to\s+"
    r"(?:follow\s+suit|follow|do\s+(?:so|the\s+same))",
    re.IGNORECASE,
)
_LIST_END = re.compile(
    r"\s(?:on|in|at|by|for|to|as|which|who|that|has|have|had|will|would|also|said)\s|[,;]\s+(?!and\b|the\b)[a-z]"
)
_MONTH = r"January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(
    rf"\b(?:in|this|next|by|at|during|from|on|until|before|end\s+of)\s+(?:(?:early|mid|late)[- ]?)?"
    rf"(?P<m>{_MONTH})"
    rf"(?:\s+(?P<y>20\d\d))?\b|\b(?P<m2>{_MONTH})'s\b"
)
_NEXT_MONTH = re.compile(r"\bnext\s+month\b", re.IGNORECASE)
_LEADER = re.compile(
    r"(?P<place>[A-Z][\w'&. -]{1,40}?)(?:'s)?\s+"
    r"(?:(?:Prime|Foreign|Deputy|Defence|Defense|Interior|Vice)\s+)?"
    r"(?:President|Prime\s+Minister|Chancellor|Minister|Premier|King|Queen|Emir|Sultan|Leader|PM|"
    r"Foreign\s+Secretary)\s+(?:(?:[A-Z][\w'-]+)\s+){0,2}(?P<name>[A-Z][\w'-]+)"
)
_GENERIC_LEADER = re.compile(
    r"(?<!with\s)(?<!and\s)\bthe\s+(?P<dem>[A-Z][a-z]+)\s+(?:leader|chancellor|president|prime\s+minister|"
    r"government|premier|foreign\s+minister|spokesman|spokeswoman|spokesperson)\b"
)
_UN_BODIES = {"United Nations", "UN General Assembly", "UN Security Council", "UN Human Rights Council"}
_HISTORY = re.compile(r"\b(?:in|since|of)\s+((?:19|20)\d\d)\b")


def might_have_recognitions(text: str) -> bool:
    return bool(_PREFILTER.search(text))


def _recognized(obj: str, rest: str | None = None) -> str | None:
    """What is recognised, from the words after the verb (or before a passive). `rest`: the text the
    object was cut from, when `obj` is the verb's object (a state named alone counts only there)."""
    if not _STATE_CUE.search(obj):
        if rest is None:
            return None
        # a state named on its own is recognised as one ("recognised China" after cutting ties with
        # Taiwan); not its qualities ("Brazil's efforts") nor a role ("Spain as a partner")
        first = find_places(obj[:40])
        if (
            first
            and first[0].start <= 1
            and not (first[0].demonym or first[0].city or first[0].capital)
            and not re.match(r"\s*(?:'s?\b|as\b)", rest[first[0].end :])
        ):
            return first[0].canonical
        return None
    if re.search(r"Palestin", obj, re.I):
        return "Palestine"
    m = re.search(r"\bTaliban", obj)
    if m:
        return "Taliban government"
    places = find_places(obj)
    for i, p in enumerate(places):
        if p.demonym:
            if re.match(r"\s+(?:statehood|state|independence|sovereignty|republic)\b", obj[p.end :], re.I):
                return p.canonical  # "Kosovan statehood"
            continue
        if re.match(r"'s?\s", obj[p.end :]) and i + 1 < len(places):
            continue  # "Somalia's breakaway region of Somaliland": the region, not its possessor
        return p.canonical
    caps = re.findall(r"(?-i:[A-Z][\w'-]+)(?:\s+and\s+(?-i:[A-Z][\w'-]+))?", obj)
    caps = [c for c in caps if c.lower() not in {"the", "an", "a", "state", "independent"}]
    return caps[0] if caps else None


_COLLECTIVE_AFTER = re.compile(
    r"\s+(?:countries|states|members|member\s+states|nations|partners|allies|powers|leaders)\b", re.I
)
# a list after a collective noun names the actors: "several Western nations including Britain and France"
_COLLECTIVE_INCLUDING = re.compile(
    r"\b(?:countries|states|nations|governments|allies|partners|members|powers)\s*,?\s+(?:including|such\s+as|like)\b",
    re.I,
)
# "Israel's recognition of", "Canada's decision to recognise": whose act it is
_WHOSE = re.compile(
    r"(?P<who>(?-i:[A-Z][\w.-]+)(?:\s(?-i:[A-Z][\w.-]+)){0,2})'s?\s+(?:(?:\w+\s+){0,2}?(?:decision|move|plan|"
    r"announcement|pledge|vote)\s+to\s+|(?:formal\s+|official\s+|diplomatic\s+|unilateral\s+|recent\s+)?)$"
)
# the country whose government is recognised is not an actor: "an ambassador of Afghanistan" (Taliban)
_OWN_COUNTRY = {"Taliban government": "Afghanistan"}
_OTHER_BEFORE = re.compile(r"\bother\s+$", re.I)


_PLAN_AFTER = re.compile(
    # "the French plan", "France's peace plan"; not "Spain announced plans" (its own plan)
    r"(?:'s)?\s+(?:(?!\w+(?:ed|s)\b)\w+\s+)?(?:plan|plans|decision|move|proposal|initiative|bid|announcement|pledge)\b",
    re.I,
)


def _actors_in(text: str, exclude: str | None) -> list[str]:
    out: list[str] = []
    for m in find_places(text):
        name = m.canonical
        if (
            name in _UN_BODIES
            or name == exclude
            or m.city
            or (exclude == "Palestine" and name in {"Gaza", "West Bank"})
            or _COLLECTIVE_AFTER.match(text, m.end)  # "other EU countries", "Western partners"
            or _OTHER_BEFORE.search(text, 0, m.start)
        ):
            continue
        if m.demonym and re.match(
            r"\s+(?:people|civilians|territor|enclave|statehood|state\b)", text[m.end :], re.I
        ):
            continue
        if _PLAN_AFTER.match(text, m.end):
            continue  # "the French plan to recognise", "France's decision": another country's move
        if name not in out:
            out.append(name)
    return out


def _status(before: str, after: str, whole_text: str) -> tuple[str, str]:
    """(status, the words that set it)."""
    # the verb's own clause: drop what comes before a conditional or a reported clause boundary
    clause = re.split(r"\b(?:if|unless)\b", before)[-1]
    near = clause[-70:]
    m = _WITHDRAW_BEFORE.search(near)
    if m:
        return "rejected", f"withdrawn or suspended: '{m.group(0).strip()}'"
    m = _NOT_AGAINST.search(near)
    if m:
        return "considering", f"open to it: '{m.group(0).strip()}'"
    m = _NOT_NOW.search(near)
    if m:
        later = _DECIDE_LATER.search(whole_text)
        if later:
            return "considering", f"not now ('{m.group(0)}'), but a decision to come: '{later.group(0)}'"
        return "rejected", f"not now: '{m.group(0)}'"
    m = _REJECT_BEFORE.search(near) or _REJECT_AFTER.search(after[:120])
    if m:
        return "rejected", f"'{m.group(0)}'"
    low = clause.lower()
    m = _PROMISED.search(near) or (
        _IN_A_DEAL.search(clause)
        if any(w in low for w in ("agreement", "deal", "memorandum", "mou", "accord", "pact"))
        else None
    )
    if m:
        return "announced", f"promised in a deal: '{m.group(0).strip()[-60:]}'"
    m = _DONE_FIRST.search(near)
    if m:
        modal = re.search(r"\b(?:will|would|could|to|set\s+to|poised\s+to)\s+(?:\w+\s+)?$", near[: m.start()])
        if modal:
            return "announced", f"a plan: '{modal.group(0)}{m.group(0).strip()}'"
        return "done", f"'{m.group(0).strip()}'"
    m = _CONSIDER.search(near[-40:])
    if m and not re.search(r"\bannounc", near, re.I):
        return "considering", f"'{m.group(0)}'"
    m = _ANNOUNCE.search(near[-45:])
    if m and not re.search(
        r"\bannounc\w*\s+(?:their|its|his|her|the)\s*$|\bannounc\w*\s+that\s+(?:they|it|\w+)\s+(?:\w+\s+)?$",
        near,
        re.I,
    ):
        effect = _IN_EFFECT.search(whole_text)
        if effect:
            return "done", f"'{m.group(0)}' but '{effect.group(0)}'"
        return "announced", f"'{m.group(0)}' before the verb"
    return "done", "a recognition stated as made"


def _leaders(text: str) -> dict[str, str]:
    """Surname -> country for leaders the text introduces ("Russian President Vladimir Putin")."""
    out: dict[str, str] = {}
    for m in _LEADER.finditer(text):
        place = m.group("place").split()[-1] if m.group("place") else ""
        canon = canonical_name(place)
        if canon and canon not in _UN_BODIES:
            out.setdefault(m.group("name"), canon)
    return out


def _has_word(text: str, word: str) -> bool:
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not text[i - 1].isalnum()) and (j == len(text) or not text[j].isalnum()):
            return True
        i = text.find(word, i + 1)
    return False


def _fallback_actor(sentence: str, text: str, leaders: dict[str, str]) -> str | None:
    """A leader standing for their country: one the text introduces ("Russian President Vladimir
    Putin"), one of the well-known leaders in places.LEADERS, or "the German chancellor" elsewhere."""
    for name, canon in leaders.items():
        if _has_word(sentence, name):
            return canon
    for name, canon in LEADERS.items():
        if _has_word(sentence, name):
            return canon
    for m in _GENERIC_LEADER.finditer(text):
        found = DEMONYMS.get(m.group("dem")) or canonical_name(m.group("dem"))
        if found:
            return found
    return None


def _date(sentence: str, published: date | None) -> str | None:
    m = _DATE.search(sentence)
    if m:
        month = m.group("m") or m.group("m2")
        return f"{month} {m.group('y')}" if m.group("y") else month
    if published is not None and _NEXT_MONTH.search(sentence):
        months = _MONTH.split("|")
        return months[published.month % 12]
    return None


def _split_list(s: str) -> str:
    m = _LIST_END.search(s)
    return s[: m.start()] if m else s


def _from_sentence(
    s: str, text: str, leaders: dict[str, str], published: date | None, trace: list[Dropped] | None = None
) -> list[Recognition]:
    out: list[Recognition] = []

    def drop(veto: str, words: str, v: re.Match[str]) -> None:
        if trace is not None:
            trace.append(Dropped("recognition", veto, words, s[v.start() : v.end() + 40].strip(), s.strip()))

    for v in _VERB.finditer(s):
        nd = _NOT_DIPLOMATIC.search(s[max(0, v.start() - 25) : v.end() + 30])
        if nd:
            drop("not_diplomatic", nd.group(0), v)
            continue
        after = s[v.end() :]
        obj_text = re.sub(
            r"^\s*(?:of\s+)?(?:the\s+)?(?:so-called\s+|self-declared\s+|self-proclaimed\s+)?[\"']?", "", after
        )
        end = _OBJECT_END.search(obj_text)
        obj = obj_text[: end.start()] if end else obj_text[:80]
        if re.match(r"\s*and\b", after, re.I):
            continue
        passive = re.match(r"\s+by\s+(?:the\s+)?", after)
        before = s[: v.start()]
        short = _SHORT_OF.search(before[-40:])
        if short:
            drop("short_of", short.group(0), v)
            continue
        reaffirmed = _REAFFIRMED.search(before[-60:])
        if reaffirmed:
            drop("reaffirmed", reaffirmed.group(0), v)
            continue
        relative = _RELATIVE_BEFORE.search(before[-40:])
        earlier = _EARLIER.search(after.split(",")[0]) if relative else None
        if earlier:
            drop("recalled", f"{relative.group(0) if relative else ''} ... {earlier.group(0)}", v)
            continue
        if v.group(0).lower() == "recognition" and _COMMENT_AFTER.match(after):
            drop("comment", after[:40].strip(), v)
            continue
        recognized = _recognized(obj, obj_text)
        recognized_how = f"the words after the verb: '{obj.strip()[:60]}'"
        switch = _FROM_TO.match(after)
        if switch:
            named = [p for p in find_places(switch.group("new")) if not p.demonym]
            recognized = named[0].canonical if named else recognized
            recognized_how = f"the side chosen in a switch: '{switch.group(0).strip()[:60]}'"
        claim = _SOVEREIGNTY_OVER.search(after[:60])
        if claim:
            territory = [p for p in find_places(claim.group("rest")[:60]) if not p.demonym]
            if not territory:
                drop("unnamed_territory", claim.group(0)[:40], v)
                continue  # "recognised Moroccan sovereignty over the disputed territory": named elsewhere
            recognized = territory[0].canonical
            recognized_how = f"the territory of a sovereignty claim: '{claim.group(0)[:50]}'"
        sought = _SOUGHT_BY.search(before, max(0, len(before) - 80)) if recognized is None else None
        if sought and canonical_name(sought.group("who")) is None and not sought.group("who")[0].isupper():
            sought = None  # a lowercase word is a seeker only when it names a place ("somaliland's bid")
        bid_by = _BID_FOR.search(before, max(0, len(before) - 60)) if passive else None
        if bid_by and passive:
            # "dismissed the latest bid for recognition by the leader of Somaliland": the seeker
            seekers = [p for p in find_places(after[passive.end() : passive.end() + 80]) if not p.demonym]
            if seekers:
                recognized, recognized_how = (
                    seekers[0].canonical,
                    f"who seeks it: '{bid_by.group(0).strip()} ... by'",
                )
                before, passive = before[: bid_by.start()], None
        if sought:
            # "will study Somaliland's bid for recognition": Somaliland is what is recognised, and the
            # actor and status are read from the words before it
            recognized = canonical_name(sought.group("who")) or sought.group("who")
            recognized_how = f"who seeks it: '{sought.group(0).strip()}'"
            before = before[: sought.start()]
        if recognized is None or passive:
            # passive: "the 'independent state' officially recognised by Israel", "should be recognized"
            prior = re.split(r"[.;!?]", before)[-1]
            recognized = recognized or _recognized(prior[-80:])
            recognized_how = "the words before a passive verb"
        if (
            recognized is None
            and re.search(r"\b(?:government|rulers|regime|administration)\b", obj, re.I)
            and re.search(r"\bTaliban\b", s)
        ):
            recognized, recognized_how = "Taliban government", "a government the sentence ties to the Taliban"
        if recognized is None and re.search(r"\b(?:government|junta|regime|authorities|rulers)\b", obj, re.I):
            # a government named by its seat or country: "the military government in Niamey"
            seat = [p for p in find_places(after[:100]) if not p.demonym]
            if seat:
                recognized = f"{seat[0].canonical} government"
                recognized_how = f"a government named by its seat or country: '{seat[0].surface}'"
        if recognized is None:
            drop("no_state", obj.strip()[:40], v)
            continue
        if published is not None:
            years = [int(y) for y in _HISTORY.findall(s)]
            if years and max(years) <= published.year - 3:
                drop("history", str(max(years)), v)
                continue
        whose = _WHOSE.search(before, max(0, len(before) - 80)) if not passive else None
        whose_actor = None
        if whose:
            who = whose.group("who")
            whose_actor = canonical_name(who) or LEADERS.get(who.split()[-1]) or leaders.get(who.split()[-1])
        status_before = before
        if whose_actor is not None and whose is not None:
            actors = [whose_actor]
            actor_how = f"whose act it is: '{whose.group(0).strip()}'"
            status_before = before[: whose.start()]
            plan = re.search(r"\b(?:plan|pledge|announcement)\b", whose.group(0))
            status, status_why = (
                ("announced", f"'{plan.group(0)}'") if plan else ("done", f"{who}'s act, reported as made")
            )
            if not plan and _NOT_NOW.search(status_before[-40:]):
                status, status_why = _status(status_before, after, text)
        elif passive:
            actors = _actors_in(_split_list(after[passive.end() :]), recognized)
            actor_how = "the agent of a passive ('by ...')"
        else:
            cut = _CUT_ACTORS.search(before)
            collective = (
                _COLLECTIVE_INCLUDING.search(before, max(0, cut.start() - 30), cut.end()) if cut else None
            )
            if (
                cut
                and collective
                # the collective is the subject ("Several Western nations including ..."), not what the
                # subject follows or joins ("Austria will not follow countries such as Spain")
                and len(re.split(r"[,;:]", before[: collective.start()])[-1].split()) <= 3
            ):
                subject = before[cut.end() :]  # "several Western nations including Britain, France ..."
                actor_how = "the states a collective noun lists"
            else:
                subject = before[: cut.start()] if cut else before
                actor_how = "the states named before the verb"
            actors = _actors_in(subject, recognized)
        for a in [*_ALONGSIDE.finditer(after), *_WITH_FOLLOWING.finditer(after)]:
            for name in _actors_in(_split_list(a.group("list")), recognized):
                if name not in actors:
                    actors.append(name)
        own = _OWN_COUNTRY.get(recognized)
        actors = [a for a in actors if a != own]
        if not actors:
            fb = _fallback_actor(s, text, leaders)
            if fb and fb != own:
                actors, actor_how = [fb], "a leader or government standing for their country"
        if not actors and not _GENERIC_SUBJECT.match(s):
            drop("no_actor", before[-40:].strip(), v)
            continue
        if whose_actor is None:
            status, status_why = _status(status_before, after, text)
        roles = (
            (
                "actors",
                f"{', '.join(actors) or 'none named'}: {actor_how if actors else 'the government, unnamed'}",
            ),
            ("recognized", f"{recognized}: {recognized_how}"),
        )
        why = Why("recognition_verb", (v.group(0),), s.strip(), roles, f"{status}: {status_why}")
        out.append(
            Recognition(
                tuple(actors),
                recognized,
                status,
                _date(s, published) if status == "announced" else None,
                evidence=s.strip(),
                why=why,
            )
        )
        for g in _SECOND_GROUP.finditer(after):
            extra = [a for a in _actors_in(g.group("list"), recognized) if a not in actors]
            if extra:
                later = not re.match(r"followed|did\b", g.group("verb"), re.I)
                gstatus = "announced" if later else "done"
                gwhy = Why(
                    "second_group",
                    (v.group(0),),
                    s.strip(),
                    (("actors", f"{', '.join(extra)}: '{g.group(0).strip()[:60]}'"), roles[1]),
                    f"{gstatus}: '{g.group('verb')}'",
                )
                out.append(Recognition(tuple(extra), recognized, gstatus, None, evidence=s.strip(), why=gwhy))
        for f in _FOLLOW_SUIT.finditer(after):
            extra = [a for a in _actors_in(f.group("list"), recognized) if a not in actors]
            if extra:
                fwhy = Why(
                    "follow_suit",
                    (v.group(0),),
                    s.strip(),
                    (("actors", f"{', '.join(extra)}: '{f.group(0)[:50]}'"), roles[1]),
                    "announced: due to follow suit",
                )
                out.append(
                    Recognition(tuple(extra), recognized, "announced", None, evidence=s.strip(), why=fwhy)
                )
        break  # one reading per sentence
    return out


def extract_recognitions(text: str, published: date | None = None) -> list[Recognition]:
    """Every recognition in `text`, merged per (recognised, status)."""
    return recognitions_in(prepare(text), published)


def recognitions_in(
    doc: Doc, published: date | None = None, trace: list[Dropped] | None = None
) -> list[Recognition]:
    """`extract_recognitions` on an already prepared text (what `extract_facts` calls)."""
    if not doc.mask & RECOGNITION:
        return []
    leaders = _leaders(doc.body)
    facts: list[Recognition] = []
    for sent in doc.having(RECOGNITION):
        facts.extend(_from_sentence(sent.text, doc.body, leaders, published, trace))
    return merge_recognitions(facts)


def merge_recognitions(facts: list[Recognition]) -> list[Recognition]:
    """One fact per (recognised, status) with the union of actors; an actor already placed in an
    earlier fact (the title's reading) is not repeated under another status."""
    out: list[Recognition] = []
    placed: dict[tuple[str, str], str] = {}
    for f in facts:
        actors = tuple(a for a in f.actors if placed.get((f.recognized, a), f.status) == f.status)
        if f.actors and not actors:
            continue  # every actor already placed under another status
        for a in actors:
            placed[(f.recognized, a)] = f.status
        same = next((o for o in out if o.recognized == f.recognized and o.status == f.status), None)
        if same is None:
            out.append(Recognition(actors, f.recognized, f.status, f.date, evidence=f.evidence, why=f.why))
            continue
        merged = same.actors + tuple(a for a in actors if a not in same.actors)
        out[out.index(same)] = Recognition(
            merged, same.recognized, same.status, same.date or f.date, evidence=same.evidence, why=same.why
        )
    return out
