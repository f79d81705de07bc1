"""Recognitions in any language with a lexicon: a sentence with a recognition word and a state to
recognise (named in it or in the headline); each state named in it is an actor with the status of
the nearest recognition word or status cue. Every candidate passes `RECOGNITION_VETOES`."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.extract.lang.item import Item, by_sentence
from bot.core.extract.lang.names import Mention
from bot.core.extract.lang.tokens import Hit
from bot.core.extract.vetoes import Dropped, Veto, VetoTable
from bot.core.model import Recognition, Why

_STATE_KINDS = frozenset({"country", "demonym", "leader", "place"})
_STATUS_ORDER = ("rejected", "considering", "announced", "done")
_RECOGNISABLE = frozenset(
    {"Palestine", "Kosovo", "Taiwan", "Western Sahara", "Somaliland", "Donetsk People's Republic",
     "Luhansk People's Republic", "Abkhazia", "South Ossetia", "Northern Cyprus"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _RecognitionSentence:
    item: Item
    sentence: int
    verbs: list[Hit]


def _recognised_in(item: Item, sentence: int) -> str | None:
    """The state a recognition sentence is about: one it names, else the one the headline names (a
    lead goes on about its headline: "La France reconnaît la Palestine" / "Paris a franchi le pas")."""
    first, end = item.sentences[sentence]
    for lo, hi in ((first, end), item.sentences[0]):
        found = next(
            (m.canonical for m in item.mentions if lo <= m.first < hi and m.canonical in _RECOGNISABLE), None
        )
        if found is not None:
            return found
    return None


def _nothing_to_recognise(c: _RecognitionSentence) -> str | None:
    """No state to recognise in the sentence or the headline (faces, voices, merit ...)."""
    if _recognised_in(c.item, c.sentence) is not None:
        return None
    return c.verbs[0].entry


def _recognition_veto_words(c: _RecognitionSentence) -> str | None:
    return c.item.listed(c.item.lists.recognition_vetoes, c.sentence)


RECOGNITION_VETOES: VetoTable[_RecognitionSentence] = VetoTable(
    "recognition",
    [
        Veto("nothing_to_recognise", "no state to recognise in the sentence", _nothing_to_recognise),
        Veto("listed", "a phrase of the language's recognition_vetoes list (internationally recognised, "
             "recognised as a refugee ...)", _recognition_veto_words),
    ],
)  # fmt: skip


def recognitions(item: Item, trace: list[Dropped] | None) -> list[Recognition]:
    lists = item.lists
    verbs = by_sentence(item, lists.recognition.hits(item.tokens))
    cues = by_sentence(item, lists.status.hits(item.tokens))
    out: list[Recognition] = []
    seen: set[tuple[tuple[str, ...], str, str]] = set()
    unnamed: list[tuple[str, str, int]] = []
    for sentence, hits in sorted(verbs.items()):
        veto = RECOGNITION_VETOES.first(_RecognitionSentence(item, sentence, hits))
        if veto is not None:
            if trace is not None:
                text = item.sentence_text(sentence)
                trace.append(Dropped("recognition", veto[0], veto[1], hits[0].entry, text))
            continue
        recognised = _recognised_in(item, sentence) or ""
        anchors = _anchors(item, hits, cues.get(sentence, []))
        groups = _actors_by_status(item, sentence, anchors)
        if not groups:
            unnamed.append((anchors[0][1], anchors[0][2], sentence))
        for status, members in groups.items():
            actors = list(dict.fromkeys(m.country or m.canonical for m in members))
            key = (tuple(sorted(actors)), recognised, status)
            if key in seen:
                continue
            seen.add(key)
            words = next(a[2] for a in anchors if a[1] == status)
            roles = tuple(
                ("actor", f"{m.country or m.canonical}: '{item.words(m.first, m.last)}'") for m in members
            )
            out.append(_fact(item, sentence, tuple(actors), recognised, status, words, hits, roles))
    if not out and unnamed:
        status, words, sentence = unnamed[0]
        recognised = _recognised_in(item, sentence) or ""
        out.append(_fact(item, sentence, (), recognised, status, words, [], (("actor", "no state named"),)))
    return out


def _anchors(item: Item, hits: list[Hit], cues: list[Hit]) -> list[tuple[int, str, str]]:
    """(position, status, words): each recognition word, with the strongest status cue just before
    or after it ("sera reconnue", "не намерена признавать"; a verb-final language's lexicon reaches
    further after it: "به رسمیت شناختن ... را بررسی می‌کند"), and each rejection cue standing alone."""
    anchors: list[tuple[int, str, str]] = []
    for v in hits:
        status, words = (v.label if v.label in _STATUS_ORDER else "done"), item.words(v.first, v.last)
        near = [c for c in cues if v.first - 6 <= c.first <= v.last + item.lists.cue_after]
        for name in _STATUS_ORDER:
            got = next((c for c in near if c.label == name), None)
            if got is not None and _STATUS_ORDER.index(name) < _STATUS_ORDER.index(status):
                status, words = name, f"{item.words(got.first, got.last)} {words}"
                break
        now = next((c for c in near if c.label == "immediate"), None)
        if status == "announced" and now is not None:
            # "ha anunciado que España reconoce desde hoy": announced with immediate effect is done
            status, words = "done", f"{words} {item.words(now.first, now.last)}"
        anchors.append((v.first, status, words))
    for c in cues:
        if c.label == "rejected" and not any(abs(c.first - a[0]) <= 6 for a in anchors):
            anchors.append((c.first, "rejected", item.words(c.first, c.last)))
    return anchors


def _actors_by_status(
    item: Item, sentence: int, anchors: list[tuple[int, str, str]]
) -> dict[str, list[Mention]]:
    """The states named in the sentence, each under the status of its nearest anchor."""
    first, end = item.sentences[sentence]
    # "reconnaîtra la Palestine si Israël ne ...": a state after a condition on the recognition sets it
    conditions = [
        h.first for h in item.lists.status.hits(item.sentence_tokens(sentence)) if h.label == "condition"
    ]
    after_condition = min(
        (first + c for c in conditions if first + c > min(a[0] for a in anchors)), default=end
    )
    groups: dict[str, list[Mention]] = {}
    for m in item.mentions:
        if not first <= m.first < after_condition or m.kind not in _STATE_KINDS:
            continue
        if m.canonical in _RECOGNISABLE or m.country in _RECOGNISABLE:
            continue
        nearest = min(anchors, key=lambda a: abs(a[0] - m.first))
        groups.setdefault(nearest[1], []).append(m)
    return groups


def _fact(
    item: Item,
    sentence: int,
    actors: tuple[str, ...],
    recognised: str,
    status: str,
    words: str,
    hits: list[Hit],
    roles: tuple[tuple[str, str], ...],
) -> Recognition:
    clause = item.sentence_text(sentence)
    return Recognition(
        actors=actors,
        recognized=recognised,
        status=status,
        evidence=clause,
        language=item.language,
        why=Why(
            recognizer=f"{item.language}:recognition_word",
            trigger=tuple(item.words(h.first, h.last) for h in hits),
            clause=clause,
            roles=roles,
            status=f"{status} from '{words}'",
        ),
    )
