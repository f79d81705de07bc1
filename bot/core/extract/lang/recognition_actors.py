"""Who recognises in a recognition sentence (pure): each state named in it under the status of its
nearest anchor, less the states after a condition or a contrast, in a later clause of their own, met
or spoken with, or reacting to another's act when a word for "by" or a decision names the one acting;
and the state of a government named without its country (its leader, a dateline's capital)."""

from __future__ import annotations

from itertools import pairwise

from bot.core.extract.lang.item import Item
from bot.core.extract.lang.names import Mention
from bot.core.extract.lang.recognition_bystanders import bystanders, hyphen_pair, joined_how
from bot.core.extract.lang.recognition_states import (
    OBJECT_WORDS,
    STATUS_ORDER,
    is_object,
    recognised_in,
    state_of,
)
from bot.core.extract.lang.tokens import Hit
from bot.core.extract.places import CAPITALS, CLAIMANT_OF, OWN_COUNTRY, RECOGNISABLE

# how far after a recognition noun (or the state it recognises) the state recognising may come
AGENT_REACH = 3
# how far before a status cue or a reaction standing alone its subject may stand ("اسرائیل این
# اقدام را محکوم کرد")
_REACTOR_REACH = 6
# the order in which a subject's cues say its status: a rejection before a weighing before a plan
_STRENGTH = {status: i for i, status in enumerate(STATUS_ORDER)}
# how far after a word for a decision the state deciding stands ("la decisión de España")
_DECISION_REACH = 2
# how far after a possessor the state its recognition recognises may come ("اعتراف إسرائيل رسمياً
# بجمهورية أرض الصومال"), and how far after that state the recognition noun of a genitive before it
_POSSESSED_REACH = 3
# genitive endings after an apostrophe ("İsrail'in"): the state owning the noun after it
_GENITIVE = ("'in", "'ın", "'un", "'ün", "'nin", "'nın", "'nun", "'nün", "’in", "’ın", "’un", "’ün")
# what follows the city of a dateline ("MADRID (EFE).-", "Berlin -", "Ankara,")
_DATELINE_MARKS = frozenset("(-–—,:")


def government_subject(item: Item, sentence: int) -> bool:
    """A subject that decides before the sentence's first recognition word, though no state is named:
    a word for a government ("El Gobierno aprobará ...", "دولت اعلام کرد"), states left unnamed ("ще
    одна країна відкликала"), an organisation ("Лідери ЄС обговорять"), or a word for states not
    followed by a relative word ("تسع دول أوروبية تعلن", not "países que ainda não reconhecem")."""
    first, end = item.sentences[sentence]
    words = [h.first for h in item.lists.recognition.hits(item.tokens) if first <= h.first < end]
    before = min(words, default=end)
    cues = item.lists.status.hits(item.tokens)
    relative = {h.first for h in cues if h.label in ("relative", "that")}
    # an organisation deciding for its members ("Лідери ЄС обговорять визнання"): no state is named
    if any(m.kind == "organisation" and first <= m.first < before for m in item.mentions):
        return True
    return any(
        first <= h.first < before
        and (
            h.label in ("government", "unnamed_states")
            or (h.label == "counted" and not {h.last + 1, h.last + 2} & relative)
        )
        for h in cues
    )


def government_told(item: Item, sentence: int) -> tuple[Mention, str] | None:
    """The state of a government named without its country, the subject of the recognition ("El
    Gobierno aprobará ...", "Das Kabinett hat beschlossen ..."): its leader named in the item
    ("Sánchez"), else the capital of a dateline ("MADRID (EFE).-"), else none."""
    first, end = item.sentences[sentence]
    words = [h.first for h in item.lists.recognition.hits(item.tokens) if first <= h.first < end]
    subject = [
        h
        for h in item.lists.status.hits(item.tokens)
        if h.label == "government" and first <= h.first < min(words, default=end)
    ]
    if not subject:
        return None
    leader = next((m for m in item.mentions if m.kind == "leader" and m.country), None)
    if leader is not None:
        return leader, leader.country
    for m in item.mentions:
        state = CAPITALS.get(m.canonical) if m.kind in ("city", "capital") else None
        opens = m.first == 0 or item.sentence_of[m.first - 1] != item.sentence_of[m.first]
        after = item.norm[item.tokens[m.last].end : item.tokens[m.last].end + 3].strip()
        if state is not None and opens and after[:1] in _DATELINE_MARKS:
            return m, state
    # "El Gobierno estudia reconocer ...; el presidente chileno consultará ...": a national demonym
    # named anywhere in the item, of one state only (two name no government), never the state to be
    # recognised (a capital that only welcomes the decision, "saluée à Madrid", names none)
    recognised = recognised_in(item, sentence)
    named = [
        (m, m.country) for m in item.mentions if m.kind == "demonym" and m.country and m.country != recognised
    ]
    if len({state for _m, state in named}) == 1:
        return named[0]
    return None


def _elliptic_no(item: Item, m: Mention, anchors: list[tuple[int, str, str]], words: set[int]) -> bool:
    """A state in a clause of its own after the recognition, with only a bare negation beside it (the
    lexicon's `[recognition_status] bare_not`: "– Italien nicht", ", pas l'Autriche", ", no Chile"):
    the recognition's verb left out, negated; short function words (articles) aside."""
    clause = item.clause_of[m.first]
    if not anchors or m.first < min(a[0] for a in anchors):
        return False
    bare = item.lists.bare_not.hits(item.tokens)
    span = [i for i, c in enumerate(item.clause_of) if c == clause]
    # "Німеччина – ні": a dash cuts the negation into a clause of its own, of nothing else
    rest = [i for i, c in enumerate(item.clause_of) if c == clause + 1]
    if rest and all(any(h.first <= i <= h.last for h in bare) for i in rest):
        span += rest
    if any(w in span for w in words):
        return False
    nots = [h for h in bare if h.first in span]
    if not nots:
        return False
    covered = {i for h in nots for i in range(h.first, h.last + 1)} | set(range(m.first, m.last + 1))
    return all(i in covered or len(item.tokens[i].text) <= 2 for i in span)


def _new_clause(item: Item, at: int) -> bool:
    """The clause of token `at` is a sentence of its own: it opens with "and" ("، وإسرائيل تستدعي",
    ", וישראל החזירה") or after ";", or it has a status cue of its own ("..., Израиль отозвал послов");
    not "..., along with Ireland and Norway", "..., the Belgian minister wrote"."""
    start = at
    while start > 0 and item.clause_of[start - 1] == item.clause_of[at]:
        start -= 1
    if start > 0 and any(
        ch in ";؛" for ch in item.norm[item.tokens[start - 1].end : item.tokens[start].start]
    ):
        return True
    first = item.tokens[start].text
    if first in item.lists.and_words or any(first.startswith(p) for p in item.lists.and_proclitics):
        return True
    end = start
    while end < len(item.tokens) and item.clause_of[end] == item.clause_of[at]:
        end += 1
    return any(
        start <= h.first < end and h.label in STATUS_ORDER for h in item.lists.status.hits(item.tokens)
    )


def actors_by_status(
    item: Item, sentence: int, anchors: list[tuple[int, str, str]], recognised: str, sides: tuple[str, ...]
) -> dict[str, list[tuple[Mention, str]]]:
    """The states named in the sentence, each under the status of its nearest anchor (not the two
    sides of a switch, `sides`)."""
    first, end = item.sentences[sentence]
    found = _with_unnamed_subject(item, sentence, _states_named(item, sentence, anchors, recognised, sides))
    # "به رسمیت شناختن سومالی‌لند از سوی اسرائیل را محکوم کرد", "la reconnaissance ... par la France":
    # the state after a word for "by" (the lexicon's `agent`) is the one recognising, not the others
    # "Израиль осудил ...", "... و اسرائیل این اقدام را محکوم کرد": a state reacting is no actor
    words = {h.first for h in item.lists.recognition.hits(item.tokens)}
    agents = _agents(item, sentence, found) or _deciders(item, sentence, found)
    cued = _subjects_of_cues(item, found, [a for a in anchors if a[0] not in words], words, agents)
    found = _without_claimant(found, CLAIMANT_OF.get(recognised), (first, end), words, cued)
    found = _without_topic(item, found, words)
    if agents:
        # the others are no actors of it, but a state rejecting or welcoming it keeps its own reading
        found = [f for f in found if f in agents or f[0].first in cued]
    # "... تعترفان رسمياً بدولة فلسطين، وإسرائيل تستدعي سفيريها": a state in a clause after every
    # recognition word is not an actor when the recognition has its own ("..., Belgian FM says" is)
    last = max(item.clause_of[a[0]] for a in anchors)
    later = [f for f in found if item.clause_of[f[0].first] > last and _new_clause(item, f[0].first)]
    # "..., l'Espagne, l'Irlande et la Norvège sautent le pas": the last of a list stays with it
    for a, b in pairwise(sorted(found, key=lambda f: f[0].first)):
        if b in later and a not in later and joined_how(item, a[0], b[0], set()) in ("and", "list"):
            later.remove(b)
    if len(later) < len(found):
        found = [f for f in found if f not in later]
    # "..., después de reunirse con Brasil y Chile", "після консультацій з Францією": a state met or
    # spoken with is not an actor when the recognition has another (`_with_the_government`: a government)
    oblique = bystanders(item, sentence, found)
    found = [f for f in found if f not in oblique] if len(oblique) < len(found) else found
    found = _with_the_government(item, sentence, found, recognised)
    marks = [h.last for h in item.lists.status.hits(item.tokens) if h.label == "decision"]
    decided = {m.first for m, _ in found if any(b < m.first <= b + _DECISION_REACH for b in marks)}
    groups: dict[str, list[tuple[Mention, str]]] = {}
    for m, state in found:
        # the state after "by" takes the status of the recognition word before it, not of a cue that
        # closes the clause (the condemnation of another subject: "... از سوی اسرائیل را محکوم کرد");
        # the subject of a cue of its own takes that cue ("... و اسرائیل این اقدام را محکوم کرد")
        nearest = _own_word(item, m, anchors, words) if (m, state) in agents else None
        # a cue standing alone after another state is that state's ("..., la Norvège sautent le
        # pas, Israël rappelle ses ambassadeurs": Norway has the recognition's status)
        free = [
            a
            for a in anchors
            if a[0] in words or not any(m.last < o.first and o.last < a[0] for o, st in found if st != state)
        ]
        if m.first in decided:
            # "celebran la decisión de España": the state whose decision it is has the word's status
            free = [a for a in anchors if a[0] in words] or free
        # "Schweden erkennt Palästina an, Finnland erwägt eine Anerkennung": a state takes an anchor of
        # its own clause before a nearer one in another
        pool = free or anchors
        pool = [a for a in pool if item.clause_of[a[0]] == item.clause_of[m.first]] or pool
        anchor = nearest or cued.get(m.first) or min(pool, key=lambda a: abs(a[0] - m.first))
        # "Malta und Slowenien erkennen Palästina an – Italien nicht": Italy's own clause rejects
        status = "rejected" if _elliptic_no(item, m, anchors, words) else anchor[1]
        groups.setdefault(status, []).append((m, state))
    return groups


def _with_the_government(
    item: Item, sentence: int, found: list[tuple[Mention, str]], recognised: str
) -> list[tuple[Mention, str]]:
    """`found` with the state of a government named without its country (`government_told`: its
    leader, a dateline's capital) when every state found stands after a word for "together with" (the
    lexicon's `together`): "El Gobierno aprobó el reconocimiento ... en coordinación con Irlanda y
    Noruega", "Уряд визнав палестинську державу спільно з Ірландією": the government's state
    recognises with them; it is not left out for having no name in the sentence. (A postposition,
    "İrlanda ve Norveç ile birlikte", is not read: "Irland zusammen mit Norwegen" would look the same.)"""
    if not found:
        return found
    first, end = item.sentences[sentence]
    together = [
        h for h in item.lists.status.hits(item.tokens) if h.label == "together" and first <= h.first < end
    ]
    if not together or not all(any(t.last < m.first for t in together) for m, _ in found):
        return found
    told = government_told(item, sentence)
    if told is None or told[1] == recognised or any(state == told[1] for _m, state in found):
        return found
    return [told, *found]


def _own_word(
    item: Item, m: Mention, anchors: list[tuple[int, str, str]], words: set[int]
) -> tuple[int, str, str] | None:
    """The anchor of the recognition word nearest before an agent (after it for an owner in the
    genitive: "İsrail'in Somaliland'i tanımasını kınadı"); a noun with no form of its own tells an
    act done, not the reaction to it."""
    before = [a for a in anchors if a[0] in words and a[0] < m.first]
    own = before or [a for a in anchors if a[0] in words]
    if not own:
        return None
    nearest = min(own, key=lambda a: abs(m.first - a[0]))
    form = next((h.label for h in item.lists.recognition.hits(item.tokens) if h.first == nearest[0]), None)
    if not before and form == "neutral" and not _word_is_its_cue(item, nearest):
        return (nearest[0], "done", nearest[2])
    return nearest


def _word_is_its_cue(item: Item, anchor: tuple[int, str, str]) -> bool:
    """A recognition word whose own form is its status cue: the negative future of "İtalya'nın
    Filistin'i tanımayacağını söyledi" (Italy's not recognising) is the owner's refusal, not an act
    done."""
    return any(h.first == anchor[0] and h.label == anchor[1] for h in item.lists.status.hits(item.tokens))


def _states_named(
    item: Item, sentence: int, anchors: list[tuple[int, str, str]], recognised: str, sides: tuple[str, ...]
) -> list[tuple[Mention, str]]:
    """The states the sentence names before a condition on the recognition, with the state each stands
    for: not what is recognised, not the country of a government recognised, not a side of a switch
    or a state opposing, not a name joined by a hyphen to another."""
    first, end = item.sentences[sentence]
    # "reconnaîtra la Palestine si Israël ne ...": a state after a condition on the recognition sets it
    conditions = [
        h.first for h in item.lists.status.hits(item.sentence_tokens(sentence)) if h.label == "condition"
    ]
    # "..., فيما حذرت الولايات المتحدة", "hoewel ...": so does a contrast ("while", "although") with
    # no recognition or status cue of its own after it ("..., while Israel condemned" keeps Israel)
    conditions += [
        h.first
        for h in item.lists.status.hits(item.sentence_tokens(sentence))
        if h.label in ("contrast", "despite") and not any(a[0] > first + h.first for a in anchors)
    ]
    after_condition = min(
        (first + c for c in conditions if first + c > min(a[0] for a in anchors)), default=end
    )
    # "..., گفت اگر اسرائیل ... تن ندهد، لندن ... خواهد شناخت": a condition set before the recognition
    # word, in a clause of its own, holds the state it puts the condition on, not the recogniser
    anchor_at = min(a[0] for a in anchors)
    before = [first + c for c in conditions if first + c < anchor_at]
    held = {item.clause_of[c] for c in before if item.clause_of[c] != item.clause_of[anchor_at]}
    objects = [h for h in item.lists.status.hits(item.sentence_tokens(sentence)) if h.label in OBJECT_WORDS]
    objects = [Hit(h.first + first, h.last + first, h.label, h.entry) for h in objects]
    own = OWN_COUNTRY.get(recognised, recognised.removesuffix(" government"))
    found: list[tuple[Mention, str]] = []
    for m in item.mentions:
        inside = first <= m.first < after_condition and item.clause_of[m.first] not in held
        state = state_of(m) if inside and not is_object(m, objects) else None
        if state is not None and state != own and state not in sides and not hyphen_pair(item, m):
            found.append((m, state))
    return found


def _with_unnamed_subject(
    item: Item, sentence: int, found: list[tuple[Mention, str]]
) -> list[tuple[Mention, str]]:
    """`found` without the states the recognition is not by, when its subject is states left unnamed
    (the lexicon's `unnamed_states`) just before the recognition word: "בישראל נערכים לקראת האפשרות
    שכמה מדינות יכירו" (several states, not Israel), "Берлин ожидает, что несколько стран признают
    ..."; a state listed with them keeps its place ("España y otros países reconocerán")."""
    first, end = item.sentences[sentence]
    words = [h.first for h in item.lists.recognition.hits(item.tokens) if first <= h.first < end]
    subjects = [
        h
        for h in item.lists.status.hits(item.tokens)
        if h.label == "unnamed_states"
        and first <= h.first < end
        and any(h.last < w <= h.last + 3 for w in words)
    ]
    if not subjects:
        return found

    def listed_with(m: Mention) -> bool:
        between = [item.tokens[i].text for i in range(m.last + 1, min(h.first for h in subjects))]
        return 0 < len(between) <= 2 and any(t in item.lists.and_words for t in between)

    return [f for f in found if listed_with(f[0])]


def _without_claimant(
    found: list[tuple[Mention, str]],
    claimant: str | None,
    span: tuple[int, int],
    words: set[int],
    cued: dict[int, tuple[int, str, str]],
) -> list[tuple[Mention, str]]:
    """`found` without the state whose claim or rival is recognised (`claimant`) when it is named
    after the recognition word beside another state, with no cue of its own; named before the word
    it is its subject ("Serbia will never recognise Kosovo")."""
    if claimant is None or all(state == claimant for _m, state in found):
        return found
    word_at = min((w for w in words if span[0] <= w < span[1]), default=span[1])
    # an adjective is no subject: "le plan d'autonomie marocain", "the Serbian foreign ministry"
    return [
        f
        for f in found
        if f[1] != claimant or (f[0].first < word_at and f[0].kind != "demonym") or f[0].first in cued
    ]


def _without_topic(
    item: Item, found: list[tuple[Mention, str]], words: set[int]
) -> list[tuple[Mention, str]]:
    """`found` without a state that opens its sentence before a colon when another state is named
    after the colon before the recognition word: the topic or the source ("Maroc : le Panama suspend
    sa reconnaissance", "Сербия: Гренада отозвала признание"), not the state acting ("Türkiye:
    Kırım'ın ilhakını tanımıyoruz" keeps Turkey)."""
    out = found
    for m, state in found:
        opens = m.first == 0 or item.sentence_of[m.first - 1] != item.sentence_of[m.first]
        gap = item.norm[item.tokens[m.last].end : item.tokens[m.last].end + 3].strip()
        if not opens or gap[:1] != ":":
            continue
        word = min(
            (w for w in words if w > m.last and item.sentence_of[w] == item.sentence_of[m.first]),
            default=None,
        )
        if word is not None and any(m.last < o.first < word and st != state for o, st in found):
            out = [f for f in out if f[1] != state or f[0].first > word]
    return out


def _subjects_of_cues(
    item: Item,
    found: list[tuple[Mention, str]],
    cues: list[tuple[int, str, str]],
    words: set[int],
    agents: list[tuple[Mention, str]],
) -> dict[int, tuple[int, str, str]]:
    """The anchor of a status cue or reaction standing alone for each state that is its subject:
    named before it, with no recognition word or other state between ("Israël condamne ...",
    "Rabat salue ...", "اسرائیل این اقدام را محکوم کرد"); in a verb-final sentence whose cue
    follows the state recognising ("by"), the states before the recognition word ("ترکیه به رسمیت
    شناختن سومالی‌لند توسط اتیوپی را محکوم کرد": Turkey condemns)."""
    starts = [f[0].first for f in found]
    acting = [g for g, _ in agents]
    out: dict[int, tuple[int, str, str]] = {}
    for m in (m for m, _ in found if m not in acting):  # the state recognising has its word's status
        between = [*words, *starts]
        own = [
            a
            for a in cues
            if m.last < a[0] <= m.last + _REACTOR_REACH and not any(m.last < x < a[0] for x in between)
        ]
        if own:
            # the strongest of its cues: "הולנד החליטה להמתין" (decided to wait) rejects
            out[m.first] = min(own, key=lambda a: _STRENGTH.get(a[1], len(_STRENGTH)))
    for a in cues:
        if any(g.last < a[0] for g in acting):
            first_word = min((w for w in words if w < a[0]), default=a[0])
            for m, _ in found:
                if m.last < first_word and m not in acting:
                    out.setdefault(m.first, a)
    # "..., Frankreich und Malta folgen am Montag", "; צרפת ובלגיה יעשו זאת מחר": the states listed
    # with a cue's subject share its cue
    ordered = sorted((m for m, _ in found if m not in acting), key=lambda m: m.first)
    for m, n in reversed(list(pairwise(ordered))):
        if n.first in out and m.first not in out and joined_how(item, m, n, set()) in ("and", "list"):
            out[m.first] = out[n.first]
    return out


def _own_cue_after(item: Item, m: Mention) -> bool:
    """A status cue or a reaction right after mention `m`: "reconnu par Moscou, Pékin temporise"
    (Beijing is no second agent but the subject of a clause of its own)."""
    return any(
        m.last < h.first <= m.last + 2 and h.label in (*STATUS_ORDER, "reacts")
        for h in item.lists.status.hits(item.tokens)
    )


def _deciders(item: Item, sentence: int, found: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """The states between a word for a decision and the recognition word after it: "рішення Гани
    визнати", "החלטת אתיופיה להכיר" (not the state hailing or condemning the decision)."""
    first, end = item.sentences[sentence]
    words = [h.first for h in item.lists.recognition.hits(item.tokens) if first <= h.first < end]
    marks = [
        h.last
        for h in item.lists.status.hits(item.tokens)
        if h.label == "decision" and first <= h.first < end
    ]
    return [
        f
        for f in found
        if any(b < f[0].first and any(f[0].last < w <= f[0].last + 2 for w in words) for b in marks)
    ]


def _agents(item: Item, sentence: int, found: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """The states named just after a word for "by" that follows a recognition word in its clause:
    "از سوی اسرائیل", "par la France", "על ידי ישראל"."""
    first, end = item.sentences[sentence]
    words = [h for h in item.lists.recognition.hits(item.tokens) if first <= h.first < end]
    marks = [
        h
        for h in item.lists.status.hits(item.tokens)
        if h.label == "agent"
        and first <= h.first < end
        and any(v.last < h.first and item.clause_of[v.last] == item.clause_of[h.first] for v in words)
    ]
    out: list[tuple[Mention, str]] = []
    for f in sorted(found, key=lambda f: f[0].first):
        if any(h.last < f[0].first <= h.last + AGENT_REACH - 1 for h in marks) and not (
            out and _own_cue_after(item, f[0])
        ):
            out.append(f)
        elif (
            out
            and out[-1] is not f
            and joined_how(item, out[-1][0], f[0], set()) in ("and", "list")
            and not _own_cue_after(item, f[0])
        ):
            out.append(f)  # "par la France et le Royaume-Uni": the states listed with it
    return out or possessors(item, sentence, found)


def possessors(item: Item, sentence: int, found: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    """The state owning a recognition noun, with the state it recognises named after it: just after
    the noun ("اعتراف إسرائيل بأرض الصومال", "اعتراف إسرائيل رسمياً بجمهورية ..."), or in the genitive
    before that state and the noun ("İsrail'in Somaliland'i tanıması"). It is the one recognising; a
    state condemning or welcoming the act keeps its own reading."""
    first, end = item.sentences[sentence]
    words = [h for h in item.lists.recognition.hits(item.tokens) if first <= h.first < end]
    objects = [m for m in item.mentions if first <= m.first < end and m.canonical in RECOGNISABLE]
    out: list[tuple[Mention, str]] = []
    for f in found:
        m = f[0]
        if m.canonical in RECOGNISABLE:
            continue
        same = [o for o in objects if item.clause_of[o.first] == item.clause_of[m.first]]
        after_noun = any(v.label == "neutral" and v.last + 1 == m.first for v in words) and any(
            m.last < o.first <= m.last + _POSSESSED_REACH for o in same
        )
        tail = item.norm[item.tokens[m.last].start : item.tokens[m.last].end + 4]
        genitive = any(tail[len(item.tokens[m.last].text) :].startswith(g) for g in _GENITIVE) and any(
            m.last < o.first <= m.last + _POSSESSED_REACH
            and any(o.last < v.first <= o.last + _POSSESSED_REACH for v in words)
            for o in same
        )
        if after_noun or genitive:
            out.append(f)
    return out


def reports_the_act(item: Item, cue: Hit, v: Hit) -> bool:
    """An announcing cue before a finite form that says the act is made, joined to it by "that"
    ("anunció que reconoce", "a annoncé qu'elle reconnaît"): the announcement reports the
    recognition, done, not a plan (a future or an infinitive after it stays announced)."""
    if v.label != "done" or cue.last >= v.first:
        return False
    return any(
        h.label == "that" and cue.first <= h.first < v.first for h in item.lists.status.hits(item.tokens)
    )
