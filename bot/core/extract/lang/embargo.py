"""Arms embargoes in any language with a lexicon: a sentence with an arms word and an embargo (or a
ban on arms supplies, or suspended licences); the action cue nearest the trigger words (a court or a
call outranks it); the target the first state after them, the actor the first state or body
before them. Every candidate passes `EMBARGO_VETOES`."""

from __future__ import annotations

from dataclasses import replace

from bot.core.extract.lang.embargo_callers import call_to_lift, caller
from bot.core.extract.lang.embargo_context import ROLE_KINDS
from bot.core.extract.lang.embargo_deciders import named_court, without_court_names
from bot.core.extract.lang.embargo_readings import (
    read_action_words,
    restores_a_restriction,
    route_only,
    without_reasons,
)
from bot.core.extract.lang.embargo_roles import (
    embargo_actor_name,
    is_capital,
    passive_agent,
    span_roles,
    states_in,
)
from bot.core.extract.lang.embargo_vetoes import EMBARGO_VETOES, EmbargoSentence
from bot.core.extract.lang.embargo_welcome import welcomed_roles
from bot.core.extract.lang.item import Item, by_sentence
from bot.core.extract.lang.names import Mention
from bot.core.extract.lang.tokens import Hit
from bot.core.extract.places import THEATRE_STATE
from bot.core.extract.vetoes import Dropped
from bot.core.model import ArmsEmbargo, Why

_ACTION_ORDER = (
    "ruled_by_court", "called_for", "lifted", "extended", "suspended_licences", "partial", "rejected",
    "imposed",
)  # fmt: skip


# the action said when no action word is written (a later sentence may make it precise)
_NO_ACTION_WORD = "no action word"
_NO_FACT = ""  # the action of a sentence that tells no decision the labels keep
_TRIGGER_LABELS = frozenset({"arms", "arms_embargo", "arms_supply", "embargo"})
_BAN_LABELS = frozenset({"ban", "supply_ban"})  # "Exportstopp": a ban on supplies in one word


def embargoes(item: Item, trace: list[Dropped] | None) -> list[ArmsEmbargo]:
    lists = item.lists
    sentences = by_sentence(item, lists.embargo.hits(item.tokens))
    words = without_court_names(item, lists.actions.hits(item.tokens))
    actions = by_sentence(item, without_reasons(item, words))
    out: list[ArmsEmbargo] = []
    seen: set[tuple[str | None, str | None, str]] = set()
    for sentence, hits in sorted(sentences.items()):
        veto = EMBARGO_VETOES.first(EmbargoSentence(item, sentence, hits))
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
            if action == _NO_FACT:
                continue
            actor, target = span_roles(item, (first, end), trigger_at, target)
            actor, target = welcomed_roles(item, (first, end), trigger_at, (actor, target))
            found = actor
            actor, target = passive_agent(item, (first, end), trigger_at, (actor, target))
            agent = actor if actor is not found else None
            if action == "called_for":
                actor = caller(item, (first, end), trigger_at, cues, (actor, target))
            # a court with a name of its own rules or refuses in its own name, not its country's; what
            # it decides with no court word ("Danıştayı ... durdurma kararı verdi") is its ruling
            court = named_court(item, (first, end), trigger_at, action, actor)
            if court is not None:
                actor = court
                if action in ("imposed", "partial"):
                    action = "ruled_by_court"
                    action_words = f"ruled_by_court from the court '{court.canonical}'"
            actors, targets = _role_lists(item, (first, end), trigger_at, (actor, target))
            for one in actors:
                for whom in targets:
                    passive = agent is not None and one is agent
                    fact = _fact(item, sentence, hits, (one, whom), (action, action_words), out, passive)
                    if (
                        fact is None
                        or (fact.actor, fact.target) in told
                        or _covered(item, sentence, fact, out)
                    ):
                        continue
                    told.add((fact.actor, fact.target))
                    _add(out, seen, fact)
    return out


def _role_lists(
    item: Item, span: tuple[int, int], trigger_at: int, roles: tuple[Mention | None, Mention | None]
) -> tuple[list[Mention | None], list[Mention | None]]:
    """(actors, targets) of one decision: "Canada and the Netherlands suspend ...": each state of a
    list before the trigger acts; "... arms deliveries to Israel and Saudi Arabia", "İsrail ve
    Rusya'ya silah satışının": each state of a list with the target is a target too, not an actor."""
    actor, target = roles
    # the agent of a passive comes after the arms words: its list runs to the span's end
    limit = trigger_at if actor is None or actor.first < trigger_at else span[1]
    actors: list[Mention | None] = [actor, *_actor_list(item, actor, limit)] if actor else [None]
    targets: list[Mention | None] = [target, *_other_targets(item, target, span)] if target else [None]
    if len(targets) > 1:
        actors = [m for m in actors if m is None or all(m is not t for t in targets)] or [None]
    return actors, targets


def _actor_list(item: Item, actor: Mention, trigger_at: int) -> list[Mention]:
    """The states listed after the actor up to the last one joined by "and" ("Canada, the Netherlands
    and Spain"): a name after a comma alone is no co-actor ("Erdoğan, BM'yi ... çağırdı", "Erdoğan,
    BM Genel Kurulu'nda ...": the one called on, the venue), nor a theatre ("Almanya, Gazze'de
    kullanılabilecek ...": where the arms are used)."""
    # "Paris et Berlin suspendent ...", "باريس وبرلين": capitals listed with a capital; "pela Bélgica e
    # pelos Países Baixos": the passive's marker repeated before each agent
    kinds = ROLE_KINDS | {"city", "capital"} if is_capital(actor) else ROLE_KINDS
    listed = _listed_after(item, actor, trigger_at, kinds)
    listed = [m for m in listed if m.kind in ROLE_KINDS or is_capital(m)]
    last_and = 0
    for i, m in enumerate(listed, 1):
        previous = listed[i - 2] if i > 1 else actor
        if _and_between(item, previous, m):
            last_and = i
    return [m for m in listed[:last_and] if m.canonical not in THEATRE_STATE]


def _and_between(item: Item, before: Mention, after: Mention) -> bool:
    """An "and" between two names: a word ("y", "und") or a letter written onto the second ("وهولندا")."""
    if any(t.text in item.lists.and_words for t in item.tokens[before.last + 1 : after.first]):
        return True
    text = item.tokens[after.first].text
    return after.first == before.last + 1 and len(text) > 2 and text[0] in item.lists.and_proclitics


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
        # an "imposed" written in words ("بازگشت تحریم‌ها", sanctions returning) is told already: a
        # later sentence's "end" of a deadline does not make it a lifting
        why = out[same].why
        told = why is not None and not why.status.startswith(_NO_ACTION_WORD)
        if out[same].action == "imposed" and fact.action != "imposed" and not told:
            out[same] = replace(out[same], action=fact.action)
        return
    out.append(fact)


def _decisions(item: Item, sentence: int, hits: list[Hit], actions: list[Hit]) -> list[tuple[int, int]]:
    """The spans of a sentence that each tell one decision: cut at "and" or ";" when a decision word
    (an action or a ban) stands on both sides and a state is named after the cut ("Germany halts
    arms exports to Israel and extends the embargo on Russia"); else the whole sentence."""
    first, end = item.sentences[sentence]
    joins = item.lists.and_words
    verbs = [h.first for h in [*actions, *(h for h in hits if h.label in _BAN_LABELS)]]
    for i in range(first + 1, end - 1):
        gap = item.norm[item.tokens[i - 1].end : item.tokens[i].start]
        if item.tokens[i].text not in joins and ";" not in gap:
            continue
        cut = i + 1 if item.tokens[i].text in joins else i
        named_after = states_in(item, cut, end, ROLE_KINDS)
        if any(v < i for v in verbs) and any(v >= cut for v in verbs) and named_after:
            return [(first, i), (cut, end)]
    return [(first, end)]


def _covered(item: Item, sentence: int, fact: ArmsEmbargo, out: list[ArmsEmbargo]) -> bool:
    """A partial cue in a sentence that goes on about a ban the item already told and says what
    it also takes in ("The decree also bans transit through its ports", "the ban covers equipment
    and spare parts"): the ban's extent, not a partial embargo of its own."""
    if fact.action != "partial" or not any((f.actor, f.target) == (fact.actor, fact.target) for f in out):
        return False
    return item.listed(item.lists.embargo_covers, sentence) is not None


def _other_targets(item: Item, target: Mention, span: tuple[int, int]) -> list[Mention]:
    """The states listed right after the target ("à Israël et à l'Arabie saoudite", "a Israel e à
    Arábia Saudita"): countries only, so a theatre named beside its state adds no target, and up
    to the last one joined by "and" (after a comma alone a state may be the speaker: "... to
    Israel, Germany's minister said")."""
    first, end = span
    if not first <= target.first < end:
        return []  # the target of the sentence's previous decision: its list was told there
    joins = item.lists.and_words
    before: list[Mention] = []
    for m in reversed([m for m in item.mentions if first <= m.first and m.last < target.first]):
        # a list before its target, which carries the case ending for all ("İsrail ve Rusya'ya")
        after_it = (before or [target])[-1]
        between = item.tokens[m.last + 1 : after_it.first]
        if m.kind != "country" or not between or any(t.text not in joins for t in between):
            break
        before.append(m)
    listed = [*before, *_listed_after(item, target, end, frozenset({"country"}), words=3)]
    last_and = len(before)
    for i, m in enumerate(listed[len(before) :], len(before) + 1):
        previous = listed[i - 2] if i > len(before) + 1 else target
        if any(t.text in joins for t in item.tokens[previous.last + 1 : m.first]):
            last_and = i
    return [m for m in listed[:last_and] if m.country != target.country and m.canonical != target.canonical]


def _listed_after(
    item: Item, first: Mention, before: int, kinds: frozenset[str] = ROLE_KINDS, words: int = 2
) -> list[Mention]:
    """The states listed after `first` and before `before`: joined to it by "and" or a comma
    ("Eslovenia y Bélgica", "Niederlande und Spanien", "Le Canada et les Pays-Bas"), with at most
    `words` short words between (a target's list repeats its preposition: "et à l'Arabie")."""
    joins = item.lists.and_words
    out: list[Mention] = []
    last = first
    for m in item.mentions:
        if m.first <= last.last or m.first >= before or m.kind not in kinds:
            continue
        between = item.tokens[last.last + 1 : m.first]
        gap = item.norm[item.tokens[last.last].end : item.tokens[m.first].start]
        joiner = _and_between(item, last, m) or "," in gap
        # at most an article or a passive's marker beside the joining word ("et la", "y la", "e pelos")
        marker = {j for h in item.lists.embargo_agent.hits(between) for j in range(h.first, h.last + 1)}
        short = all(t.text in joins or len(t.text) <= 3 or j in marker for j, t in enumerate(between))
        joined = joiner and len(between) <= words and short
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
    passive: bool = False,
) -> ArmsEmbargo | None:
    """The fact of one actor, or None when it names no target or the actor is its own target."""
    (actor, target), (action, action_words) = roles, action_why
    actor_name = embargo_actor_name(actor, action)
    target_name = (target.country or target.canonical) if target is not None else None
    if target is not None and target.canonical.startswith(f"{target.country} ("):
        target_name = target.canonical  # an armed group, with the state it fights in
    if target_name in THEATRE_STATE:
        # "exports that could be used in Gaza": the state whose arms are used there, as in English
        # (also when no partial cue was read: "зброї, яка може використовуватися в Газі")
        target_name = THEATRE_STATE[target_name]
    if actor_name is None and action == "called_for":
        actor_name = "international community"
    if out:
        actor_here = actor is not None and item.sentence_of[actor.first] == sentence
        actor_name, target_name = _going_on(out[-1], actor_name, target_name, actor_here)
    if target_name is None or actor_name == target_name:
        return None
    how = ", the agent of a passive" if passive else ""
    roles_why = (
        (
            "actor",
            f"{actor_name}: '{item.words(actor.first, actor.last)}'{how}" if actor else f"{actor_name}",
        ),
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
    if actor is None and target == previous.target:
        # "El Congreso aprueba el embargo ... La ley prohíbe ... con Israel": the same embargo again
        return previous.actor, target
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
    if "resumed" in labels and restores_a_restriction(item, hits, labels["resumed"]):
        # "відновлено заборону на постачання": the ban back in force (a snapback)
        labels.setdefault("imposed", labels.pop("resumed"))
    elif "resumed" in labels:
        # "reanuda la venta de armas": resuming supplies ends a restriction
        labels.setdefault("lifted", labels.pop("resumed"))
    if (
        "rejected" in labels
        and "called_for" in labels
        and labels["rejected"].first < labels["called_for"].first
    ):
        # "отклонила призывы ввести эмбарго", "rejette la demande de suspension": the call turned down
        cue = labels["rejected"]
        return "rejected", f"rejected from '{item.words(cue.first, cue.last)}', a call turned down"
    if "extended" in labels and not {"embargo", "arms_embargo", *_BAN_LABELS} & {h.label for h in hits}:
        # "חידשה את אישורי הייצוא": renewing approvals, not an embargo, eases the restriction
        labels["lifted"] = labels.pop("extended")
    # licences of the exports usable in one war are a partial embargo, the labels' convention
    read_action_words(item, hits, labels)
    if call_to_lift(labels):
        return _NO_FACT, "a call to lift a restriction"
    told = {"suspended_licences", "lifted", "partial", "extended"} & set(labels)
    if "licences" in {h.label for h in hits} and not told:
        labels.setdefault("suspended_licences", next(h for h in hits if h.label == "licences"))
    if "lifted" in labels:
        # "تعلیق مجوزهای ... را لغو کرد": ending a suspension of licences lifts it
        labels.pop("suspended_licences", None)
    if "lifted" in labels or "rejected" in labels:
        # "levée partielle", "teilweise aufgehoben": a partial lifting is a lifting; refusing to stop
        # parts exports is a refusal
        labels.pop("partial", None)
    route = route_only(hits) if not labels else None
    if route is not None:
        return "partial", f"partial from '{item.words(route.first, route.last)}', a route only"
    if not labels:
        return "imposed", f"{_NO_ACTION_WORD}: imposed"
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
