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
from bot.core.model import Recognition

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
    r"(?P<who>(?-i:[A-Z][\w-]+)(?:\s(?-i:[A-Z][\w-]+))?)'s?\s+(?:\w+\s+){0,2}?(?:bid|efforts?|quest|push|campaign|"
    r"drive|hopes?|desire|pursuit|aspirations?)\s+(?:for|to\s+(?:gain|win|secure|obtain|get|achieve))\s+"
    r"(?:international\s+|diplomatic\s+|formal\s+)?$",
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
    r"Palestin|\bstate\b|statehood|independen|sovereign|\bgovernment\b|\bregime\b|\brepublic\b|"
    r"Somaliland|Kosovo|Taiwan|Western\s+Sahara|Abkhazia|South\s+Ossetia|Northern\s+Cyprus|Taliban|"
    r"Transnistria|Donetsk|Luhansk|Donestk",
    re.IGNORECASE,
)
_OBJECT_END = re.compile(
    r"[,;:.!?\"|]|\s(?:as|in|at|on|by|with|during|if|unless|because|alongside|along|together|following|"
    r"after|before|when|while|amid|from|to|within|and\s+signed|would|will|is|was|has|have|could|"
    r"should|must|but|which|that)\s",
    re.IGNORECASE,
)
_REJECT_BEFORE = re.compile(
    r"\b(?:vot(?:e|es|ed|ing)\s+(?:down|against)|block\w*|defeat\w*|shelv\w*|no\s+(?:immediate\s+|current\s+)?plans?\s+to|no\s+reason\s+to|not\s+(?:yet\s+)?(?:ready|going|prepared)\s+to|"
    r"never|hold\w*\s+off|held\s+off|not\s+to|will\s+not|won't|would\s+not|wouldn't|does\s+not|doesn't|do\s+not|did\s+not|refus\w*|reject\w*|"
    r"rul(?:e|es|ed|ing)\s+out|oppos\w*|not\s+join|against|declin\w*|no\s+intention|"
    r"not\s+(?:\w+\s+)?(?:considering|planning|seeking|about\s+to))\b",
    re.IGNORECASE,
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
    r"\b(?:become|becomes|became|becoming)\s+(?:the\s+)?(?:first|second|third|\w+th|latest|last|newest)\s+"
    r"(?:\w+\s+)?(?:country|nation|state|government)\s+to\s+(?:\w+\s+)?$"
    r"|\bapprov\w*\s+(?:a|the)\s+decision\s+to\s+(?:\w+\s+)?$"
    # a vote that was held: "parliament voted 52-0 on Tuesday to recognise" (not "will vote on whether to")
    r"|\bvot(?:ed|es)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|"
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


def _recognized(obj: str) -> str | None:
    """What is recognised, from the words after the verb (or before a passive)."""
    if not _STATE_CUE.search(obj):
        return None
    if re.search(r"Palestin", obj, re.I):
        return "Palestine"
    m = re.search(r"\bTaliban", obj)
    if m:
        return "Taliban government"
    for p in find_places(obj):
        if not p.demonym:
            return p.canonical
    caps = re.findall(r"(?-i:[A-Z][\w'-]+)(?:\s+and\s+(?-i:[A-Z][\w'-]+))?", obj)
    caps = [c for c in caps if c.lower() not in {"the", "an", "a", "state", "independent"}]
    return caps[0] if caps else None


_COLLECTIVE_AFTER = re.compile(
    r"\s+(?:countries|states|members|member\s+states|nations|partners|allies)\b", re.I
)
_OTHER_BEFORE = re.compile(r"\bother\s+$", re.I)


_PLAN_AFTER = re.compile(
    r"(?:'s)?\s+(?:\w+\s+)?(?:plan|plans|decision|move|proposal|initiative|bid|announcement|pledge)\b", re.I
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


def _status(before: str, after: str, whole_text: str) -> str:
    # the verb's own clause: drop what comes before a conditional or a reported clause boundary
    clause = re.split(r"\b(?:if|unless)\b", before)[-1]
    near = clause[-70:]
    if _REJECT_BEFORE.search(near) or _REJECT_AFTER.search(after[:120]):
        return "rejected"
    if _DONE_FIRST.search(near):
        return "done"
    if _CONSIDER.search(near[-40:]) and not re.search(r"\bannounc", near, re.I):
        return "considering"
    if _ANNOUNCE.search(near[-45:]) and not re.search(
        r"\bannounc\w*\s+(?:their|its|his|her|the)\s*$|\bannounc\w*\s+that\s+(?:they|it|\w+)\s+(?:\w+\s+)?$",
        near,
        re.I,
    ):
        return "done" if _IN_EFFECT.search(whole_text) else "announced"
    return "done"


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


def _from_sentence(s: str, text: str, leaders: dict[str, str], published: date | None) -> list[Recognition]:
    out: list[Recognition] = []
    for v in _VERB.finditer(s):
        if _NOT_DIPLOMATIC.search(s[max(0, v.start() - 25) : v.end() + 30]):
            continue
        after = s[v.end() :]
        obj_text = re.sub(r"^\s*(?:of\s+)?(?:the\s+)?[\"']?", "", after)
        end = _OBJECT_END.search(obj_text)
        obj = obj_text[: end.start()] if end else obj_text[:80]
        if re.match(r"\s*and\b", after, re.I):
            continue
        passive = re.match(r"\s+by\s+(?:the\s+)?", after)
        before = s[: v.start()]
        if _SHORT_OF.search(before[-40:]) or _REAFFIRMED.search(before[-60:]):
            continue
        if _RELATIVE_BEFORE.search(before[-40:]) and _EARLIER.search(after.split(",")[0]):
            continue
        if v.group(0).lower() == "recognition" and _COMMENT_AFTER.match(after):
            continue
        recognized = _recognized(obj)
        switch = _FROM_TO.match(after)
        if switch:
            named = [p for p in find_places(switch.group("new")) if not p.demonym]
            recognized = named[0].canonical if named else recognized
        claim = _SOVEREIGNTY_OVER.search(after[:60])
        if claim:
            territory = [p for p in find_places(claim.group("rest")[:60]) if not p.demonym]
            if not territory:
                continue  # "recognised Moroccan sovereignty over the disputed territory": named elsewhere
            recognized = territory[0].canonical
        sought = _SOUGHT_BY.search(before, max(0, len(before) - 80)) if recognized is None else None
        if sought:
            # "will study Somaliland's bid for recognition": Somaliland is what is recognised, and the
            # actor and status are read from the words before it
            recognized = canonical_name(sought.group("who")) or sought.group("who")
            before = before[: sought.start()]
        if recognized is None or passive:
            # passive: "the 'independent state' officially recognised by Israel", "should be recognized"
            prior = re.split(r"[.;!?]", before)[-1]
            recognized = recognized or _recognized(prior[-80:])
        if recognized is None:
            continue
        if published is not None:
            years = [int(y) for y in _HISTORY.findall(s)]
            if years and max(years) <= published.year - 3:
                continue
        if passive:
            actors = _actors_in(_split_list(after[passive.end() :]), recognized)
        else:
            cut = _CUT_ACTORS.search(before)
            subject = before[: cut.start()] if cut else before
            actors = _actors_in(subject, recognized)
        for a in [*_ALONGSIDE.finditer(after), *_WITH_FOLLOWING.finditer(after)]:
            for name in _actors_in(_split_list(a.group("list")), recognized):
                if name not in actors:
                    actors.append(name)
        if not actors:
            fb = _fallback_actor(s, text, leaders)
            if fb:
                actors = [fb]
        if not actors and not _GENERIC_SUBJECT.match(s):
            continue
        status = _status(before, after, text)
        out.append(
            Recognition(
                tuple(actors),
                recognized,
                status,
                _date(s, published) if status == "announced" else None,
                evidence=s.strip(),
            )
        )
        for f in _FOLLOW_SUIT.finditer(after):
            extra = [a for a in _actors_in(f.group("list"), recognized) if a not in actors]
            if extra:
                out.append(Recognition(tuple(extra), recognized, "announced", None, evidence=s.strip()))
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
        facts.extend(_from_sentence(sent.text, doc.body, leaders, published))
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
            out.append(Recognition(actors, f.recognized, f.status, f.date, evidence=f.evidence))
            continue
        merged = same.actors + tuple(a for a in actors if a not in same.actors)
        out[out.index(same)] = Recognition(
            merged, same.recognized, same.status, same.date or f.date, evidence=same.evidence
        )
    return out
