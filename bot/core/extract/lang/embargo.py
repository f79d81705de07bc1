"""Arms embargoes in any language with a lexicon: a sentence with an arms word and an embargo (or a
ban on arms supplies, or suspended licences); the action cue nearest the trigger words (a court or a
call outranks it); the target the first state after them, the actor the first state or body
before them. Every candidate passes `EMBARGO_VETOES`."""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.core.extract.lang.item import Item, by_sentence
from bot.core.extract.lang.names import Mention
from bot.core.extract.lang.tokens import Hit
from bot.core.extract.places import CAPITALS, THEATRE_STATE
from bot.core.extract.vetoes import Dropped, Veto, VetoTable
from bot.core.model import ArmsEmbargo, Why

_ACTION_ORDER = (
    "ruled_by_court", "called_for", "lifted", "extended", "suspended_licences", "partial", "rejected",
    "imposed",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _EmbargoSentence:
    item: Item
    sentence: int
    hits: list[Hit]


def _not_arms(c: _EmbargoSentence) -> str | None:
    """An embargo, ban or licence with no arms word: trade, oil, press ..."""
    labels = {h.label for h in c.hits}
    if labels & {"arms", "arms_embargo", "arms_supply"}:
        return None
    return c.hits[0].entry if c.hits else ""


def _no_restriction(c: _EmbargoSentence) -> str | None:
    """Arms words alone (deliveries, aid, production) restrict nothing."""
    labels = {h.label for h in c.hits}
    supply = "supply" in labels or "arms_supply" in labels
    if "arms_embargo" in labels or "embargo" in labels or ("ban" in labels and supply):
        return None
    if "licences" in labels and "ban" in labels:
        return None
    if "licences" in labels and any(
        h.label in ("lifted", "extended")
        for h in c.item.lists.actions.hits(c.item.sentence_tokens(c.sentence))
    ):
        return None  # "resumes approving arms exports", "חידשה את אישורי": the easing of a restriction
    return next((h.entry for h in c.hits if h.label == "arms"), "")


def _embargo_veto_words(c: _EmbargoSentence) -> str | None:
    return c.item.listed(c.item.lists.embargo_vetoes, c.sentence)


EMBARGO_VETOES: VetoTable[_EmbargoSentence] = VetoTable(
    "arms_embargo",
    [
        Veto("not_arms", "an embargo or ban on something other than arms", _not_arms),
        Veto("no_restriction", "arms are named but nothing restricts their supply", _no_restriction),
        Veto("listed", "a phrase of the language's embargo_vetoes list", _embargo_veto_words),
    ],
)


def _states(item: Item, first: int, end: int, kinds: frozenset[str]) -> list[Mention]:
    return [m for m in item.mentions if first <= m.first < end and m.kind in kinds]


_TRIGGER_LABELS = frozenset({"arms", "arms_embargo", "arms_supply", "embargo"})
_ROLE_KINDS = frozenset({"country", "demonym", "organisation", "leader", "place"})


def embargoes(item: Item, trace: list[Dropped] | None) -> list[ArmsEmbargo]:
    lists = item.lists
    sentences = by_sentence(item, lists.embargo.hits(item.tokens))
    actions = by_sentence(item, lists.actions.hits(item.tokens))
    out: list[ArmsEmbargo] = []
    seen: set[tuple[str | None, str | None, str]] = set()
    for sentence, hits in sorted(sentences.items()):
        veto = EMBARGO_VETOES.first(_EmbargoSentence(item, sentence, hits))
        if veto is not None:
            if trace is not None:
                text = item.sentence_text(sentence)
                trace.append(Dropped("arms_embargo", veto[0], veto[1], hits[0].entry, text))
            continue
        target: Mention | None = None
        told: set[tuple[str | None, str | None]] = set()
        for first, end in _decisions(item, sentence, hits, actions.get(sentence, [])):
            here = [h for h in hits if first <= h.first < end]
            own = [h.first for h in here if h.label in _TRIGGER_LABELS]
            verbs = [h.first for h in [*actions.get(sentence, []), *here] if first <= h.first < end]
            trigger_at = min(own or verbs or [h.first for h in hits if h.label in _TRIGGER_LABELS])
            cues = [h for h in actions.get(sentence, []) if first <= h.first < end]
            action, action_words = _action(item, here or hits, cues, trigger_at)
            actor, target = _roles(item, (first, end), trigger_at, target)
            # "Canada and the Netherlands suspend ...": each state of a list before the trigger acts
            for one in [actor, *_listed_after(item, actor, trigger_at)] if actor is not None else [None]:
                fact = _fact(item, sentence, hits, (one, target), (action, action_words), out)
                if fact is not None and (fact.actor, fact.target) not in told:
                    told.add((fact.actor, fact.target))
                    _add(out, seen, fact)
    return out


def _add(out: list[ArmsEmbargo], seen: set[tuple[str | None, str | None, str]], fact: ArmsEmbargo) -> None:
    """Adds `fact` unless the item already told it."""
    if (fact.actor, fact.target, fact.action) in seen:
        return
    seen.add((fact.actor, fact.target, fact.action))
    pair = (fact.actor, fact.target)
    same = next((i for i, f in enumerate(out) if (f.actor, f.target) == pair), None)
    if same is not None:
        # one embargo told twice, once with the plain verb ("halts") and once with its kind
        # ("suspends the licences"): one fact, with the more precise action
        if out[same].action == "imposed" and fact.action != "imposed":
            out[same] = replace(out[same], action=fact.action)
        return
    out.append(fact)


def _decisions(item: Item, sentence: int, hits: list[Hit], actions: list[Hit]) -> list[tuple[int, int]]:
    """The spans of a sentence that each tell one decision: cut at "and" or ";" when a decision word
    (an action or a ban) stands on both sides and a state is named after the cut ("Germany halts
    arms exports to Israel and extends the embargo on Russia"); else the whole sentence."""
    first, end = item.sentences[sentence]
    joins = item.lists.and_words
    verbs = [h.first for h in [*actions, *(h for h in hits if h.label == "ban")]]
    for i in range(first + 1, end - 1):
        gap = item.norm[item.tokens[i - 1].end : item.tokens[i].start]
        if item.tokens[i].text not in joins and ";" not in gap:
            continue
        cut = i + 1 if item.tokens[i].text in joins else i
        named_after = _states(item, cut, end, _ROLE_KINDS)
        if any(v < i for v in verbs) and any(v >= cut for v in verbs) and named_after:
            return [(first, i), (cut, end)]
    return [(first, end)]


def _listed_after(item: Item, first: Mention, before: int) -> list[Mention]:
    """The states listed after `first` and before the trigger words: joined to it by "and" or a
    comma ("Eslovenia y Bélgica", "Niederlande und Spanien", "Le Canada et les Pays-Bas")."""
    joins = item.lists.and_words
    out: list[Mention] = []
    last = first
    for m in item.mentions:
        if m.first <= last.last or m.first >= before or m.kind not in _ROLE_KINDS:
            continue
        between = item.tokens[last.last + 1 : m.first]
        gap = item.norm[item.tokens[last.last].end : item.tokens[m.first].start]
        joiner = any(t.text in joins for t in between) or "," in gap
        # at most an article beside the joining word ("et la", "y la", "l'")
        joined = joiner and len(between) <= 2 and all(t.text in joins or len(t.text) <= 3 for t in between)
        if not joined:
            break
        out.append(m)
        last = m
    return out


def _fact(
    item: Item,
    sentence: int,
    hits: list[Hit],
    roles: tuple[Mention | None, Mention | None],
    action_why: tuple[str, str],
    out: list[ArmsEmbargo],
) -> ArmsEmbargo | None:
    """The fact of one actor, or None when it names no target or the actor is its own target."""
    (actor, target), (action, action_words) = roles, action_why
    actor_name = _actor_name(actor, action)
    target_name = (target.country or target.canonical) if target is not None else None
    if action == "partial" and target_name in THEATRE_STATE:
        # "exports that could be used in Gaza": the state whose arms are used there, as in English
        target_name = THEATRE_STATE[target_name]
    if actor_name is None and action == "called_for":
        actor_name = "international community"
    if out:
        actor_here = actor is not None and item.sentence_of[actor.first] == sentence
        actor_name, target_name = _going_on(out[-1], actor_name, target_name, actor_here)
    if target_name is None or actor_name == target_name:
        return None
    roles_why = (
        ("actor", f"{actor_name}: '{item.words(actor.first, actor.last)}'" if actor else f"{actor_name}"),
        ("target", f"{target_name}: '{item.words(target.first, target.last)}'" if target else ""),
    )
    return ArmsEmbargo(
        actor=actor_name,
        target=target_name,
        action=action,
        evidence=item.sentence_text(sentence),
        language=item.language,
        why=Why(
            recognizer=f"{item.language}:embargo_sentence",
            trigger=tuple(item.words(h.first, h.last) for h in hits),
            clause=item.sentence_text(sentence),
            roles=roles_why,
            status=action_words,
        ),
    )


def _going_on(
    previous: ArmsEmbargo, actor: str | None, target: str | None, actor_here: bool
) -> tuple[str | None, str | None]:
    """(actor, target) of a sentence that may go on about the previous one's embargo: "Belgium
    halts arms exports to Israel. The government suspended the licences ..." names no target;
    "... The Belgian government suspended the licences" names the previous actor again, alone."""
    if target == previous.actor and not actor_here:
        return previous.actor, previous.target
    if target is None:
        return actor or previous.actor, previous.target
    return actor, target


def _action(item: Item, hits: list[Hit], actions: list[Hit], trigger_at: int) -> tuple[str, str]:
    """(action, the words that set it): the action word nearest the trigger words ("продлении ...
    эмбарго", not the "ослабления" two clauses on); a court or a call anywhere in the sentence
    outranks it, and any other action outranks an "imposed" cue; suspended licences when licences
    are the trigger; else imposed."""
    labels: dict[str, Hit] = {}
    for h in actions:
        labels.setdefault(h.label, h)
    if "extended" in labels and not {"embargo", "arms_embargo", "ban"} & {h.label for h in hits}:
        # "חידשה את אישורי הייצוא": renewing approvals, not an embargo, eases the restriction
        labels["lifted"] = labels.pop("extended")
    # licences of the exports usable in one war are a partial embargo, the labels' convention
    told = {"suspended_licences", "lifted", "partial"} & set(labels)
    if "licences" in {h.label for h in hits} and not told:
        labels.setdefault("suspended_licences", next(h for h in hits if h.label == "licences"))
    if "lifted" in labels or "rejected" in labels:
        # "levée partielle", "teilweise aufgehoben": a partial lifting is a lifting; refusing to stop
        # parts exports is a refusal
        labels.pop("partial", None)
    if not labels:
        return "imposed", "no action word: imposed"
    if "ruled_by_court" in labels and "rejected" in labels:
        # "a court rejects a suit to halt exports": a court refusing to stop sales
        cue = labels["rejected"]
        return "rejected", f"rejected from '{item.words(cue.first, cue.last)}' by a court"
    name, cue = min(
        labels.items(),
        key=lambda kv: (
            kv[0] not in {"ruled_by_court", "called_for"},
            # "prolonge l'embargo imposé au Soudan du Sud": the embargo's past, not this decision
            kv[0] == "imposed",
            abs(kv[1].first - trigger_at),
            _ACTION_ORDER.index(kv[0]),
        ),
    )
    return name, f"{name} from '{item.words(cue.first, cue.last)}'"


def _roles(
    item: Item, span: tuple[int, int], trigger_at: int, told: Mention | None = None
) -> tuple[Mention | None, Mention | None]:
    """(actor, target) in a span of a sentence: the target is the first state after the trigger
    words (else the target `told` by the sentence's previous decision, else the last state before
    them), the actor the first state or body before them that is not the target (else after the
    target, else one named elsewhere in the item)."""
    first, end = span
    mentions = _states(item, first, end, _ROLE_KINDS)
    states = [m for m in mentions if m.kind != "organisation"]
    after = [m for m in states if m.first > trigger_at]
    # "exports that could be used in Gaza to Israel": the state supplied, not the theatre of its war
    target = next((m for m in after if m.kind == "country"), next(iter(after), told))
    if target is None:
        target = next((m for m in reversed(states) if m.first < trigger_at), None)

    def other(m: Mention) -> bool:
        return target is None or m.country != target.country

    actor = next((m for m in mentions if m.first < trigger_at and other(m)), None)
    if actor is None:
        # "Paris suspend ...", "Ankara, İsrail'e ... durdurdu": a capital standing for its government
        capitals = [m for m in item.mentions if first <= m.first < trigger_at and _capital(m)]
        actor = next((m for m in capitals if other(m)), None)
    if actor is None and target is not None:
        # "تحریم تسلیحاتی شورای امنیت علیه ایران": the body whose embargo it is, between the two
        actor = next((m for m in mentions if m.kind == "organisation" and m.first < target.first), None)
    if actor is None and target is not None:
        actor = next((m for m in mentions if m.first > target.last and other(m)), None)
    if actor is None:
        actor = next(
            (
                m
                for m in item.mentions
                if not first <= m.first < end
                and m.kind in _ROLE_KINDS
                and (target is None or (m.canonical != target.canonical and other(m)))
            ),
            None,
        )
    if actor is None:
        # "MADRID (EFE).- El Gobierno suspende ...": the government of the capital it is told from
        actor = next((m for m in item.mentions if _capital(m) and other(m)), None)
    return actor, target


def _capital(m: Mention) -> bool:
    return m.kind in {"city", "capital"} and CAPITALS.get(m.canonical) == m.country


def _actor_name(actor: Mention | None, action: str) -> str | None:
    if actor is None:
        return None
    name = actor.canonical if actor.kind == "organisation" else (actor.country or actor.canonical)
    if name == "United Nations" and action in {"imposed", "extended", "lifted"}:
        return "UN Security Council"  # the only UN body that can impose, renew or lift an arms embargo
    return name


# --- recognitions ----------------------------------------------------------------------------------
