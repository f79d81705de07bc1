"""The clauses around a recognition that tell of other states (pure patterns): a second group of
states in the same news ("..., while Belgium will do so"), those due to follow suit, a call on others
(no recognition by the speaker), a legislature's motion calling on its government. The words standing
for the step and for holding it back are the lexicon's [recognition] same_step and postponement_cues."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from bot.core.extract.lexicon import lexicon

# the group's own word for it (the lexicon's [recognition] group_report_verbs): "said it would",
# "confirms it will", "announced they would"; the group told by a speaker may name itself by a
# stand-in: "Guyana's president said his government was studying ...", "Austria's chancellor said
# Vienna was still assessing ...", "told reporters Buenos Aires would"
_SAID_AFTER_VERB = (
    r"\s+(?:that\s+)?"
    r"(?:it|they|(?:his|her|its|their|the)\s+(?:country|government|cabinet|administration)|"
    r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)\s+)"
)
# weighing it, or its own stand: "still weighing the move", "studying the question"
_WEIGHED = (
    # or another's step, studied: "said it was reviewing Belgrade's decision"
    r"(?:(?:the|a\s+similar|such\s+a|the\s+same)\s+(?:move|step|idea)|similar\s+(?:moves|steps)|it|"
    r"(?:doing\s+)?(?:so|the\s+same)|whether|"
    r"(?-i:[A-Z])[\w-]+['’]s\s+(?:decision|move|step|recognition)|"
    r"(?:its|their|the)\s+(?:own\s+)?(?:position|stance|options|decision|approach|matter|question|issue)|"
    # a headline's bare noun, its article left out, ending the clause: "; Portugal says it is weighing move"
    r"(?:move|step)(?=\s*(?:[,;.]|$)))"
)
# a decision to come, its own or one weighed: "its own decision", "a formal decision", "a 'considered
# decision'"
_DECISION = r"[\"'\u2018\u201c]?(?:own\s+|final\s+|formal\s+|considered\s+)?decision"
# the first names of a list of states with commas ("Luxembourg, Malta, ..."), each of one to three
# capitalised words, for a step told as taken ("did the same", "followed"); a list said to follow or
# weighing the step ("Chile, Peru said to follow") is a report, not read as one group
_NAMES_BEFORE = (
    r"(?:(?=[^;.]{0,120}?\b(?:did\s+(?:so|the\s+same)|followed)\b)"
    r"(?:(?-i:[A-Z])[\w'-]+(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'-]+){0,2},\s+){1,6})?"
)
# joining the states that recognise, with nothing else joined: "as Belgium confirms it will join"
_JOIN = (
    r"join(?:\s+(?:them|in|the\s+(?:move|step|group|list|others)))?"
    r"(?=\s*(?:[,;.]|$)|\s+(?:next|later|soon|on|at|in)\b)"
)


# a second group still weighing, the clause ending there: "while Liechtenstein said it was still consulting."
_STILL_WEIGHING_END = (
    r"(?:(?:is|are|was|were)\s+)?still\s+(?:consulting|deliberating|weighing|considering|assessing|reviewing)"
    r"(?=\s*(?:[,;.]|$))"
)


def _group_subject() -> str:
    """The opening of a second group, up to its verb: the clause break, where the group speaks and its
    states (a list of names, or a capital's unnamed government)."""
    words = lexicon("en")
    aside = f"(?:\\s*,\\s*(?:{words.alternation('recognition', 'asides')})\\s*,)?"
    nouns = words.alternation("recognition", "group_adjective_nouns")
    adjective = f"(?:(?:{words.alternation('recognition', 'group_adjectives')})\\s+(?:(?:{nouns})\\s+)?)?"
    seat = words.alternation("recognition", "seat_speakers")
    return (
        # "..., after reports that Seoul was considering the step": a group the reports tell of
        r"(?:,\s*(?:while|whereas|and)|;|\band|\bas|\bafter\s+(?:media\s+|press\s+|news\s+)?reports?(?:\s+that)?)"
        # where the group speaks, before it: "; In Prague, the Czech foreign minister said ..."
        r"(?:\s+(?:in|from|at|across|over\s+in|back\s+in|elsewhere\s+in)\s+(?:the\s+)?(?P<where>(?-i:[A-Z])[\w-]+"
        r"(?:\s+(?-i:[A-Z])[\w-]+)?),)?"
        # the group a list with commas of capitalised names: "as Luxembourg, Malta, Monaco and Andorra did";
        # or, where a capital is named, its government unnamed: "In Vienna, the government said" (the
        # capital's state, lexicon [recognition] seat_speakers; recognition_groups.group_actors)
        rf"\s+(?:the\s+)?{adjective}(?P<list>{_NAMES_BEFORE}(?-i:[A-Z])[^,;.]{{1,80}}?|(?(where)(?:{seat})|(?!))){aside}"
    )


# a second group's refusal in a few words: 'not yet' as the whole answer, ending the clause ("; Greece
# says 'not yet'"), or a similar motion or bill voted down ("; Finland rejects similar motion", "while
# Danish lawmakers voted down a similar bill"); `recognition_groups._refused` reads both as rejected
_ANSWERED_NO = (
    r"(?:says?|said)\s+[\"'\u2018\u201c]?not\s+yet(?=[\"'\u2019\u201d]?\s*(?:[,;.]|$))|"
    r"(?:rejec(?:ts?|ted)|vot(?:es?|ed)\s+down)\s+(?:a\s+|the\s+)?similar\s+(?:motion|bill|proposal|resolution)"
)


@lru_cache(maxsize=1)
def second_group() -> re.Pattern[str]:
    """A second group in the same news: "..., while France and Belgium will do so on Monday"
    (announced), "...; Slovenia followed in June" (done), "as Japan and Korea hold back" (rejected). The
    words standing for the step ("do so", "take the step") and those holding it back are the lexicon's
    [recognition] same_step and postponement_cues."""
    words = lexicon("en")
    same = f"(?:{words.alternation('recognition', 'same_step')})"
    # holding back, or waiting on something first: "Argentina said it would wait for an AU position",
    # "Chile said it would wait and see"
    back = (
        f"(?:h(?:o|e)ld(?:s|ing)?\\s+off|wait(?:s|ed|ing)?\\s+(?:for|until|and\\s+see)|"
        f"{words.alternation('recognition', 'postponement_cues')})"
    )
    said = f"(?:(?:{words.alternation('recognition', 'group_report_verbs')}){_SAID_AFTER_VERB}"
    refuse = words.alternation("recognition", "refusal_phrases")
    return re.compile(
        _group_subject() + r"\s+(?P<verb>"
        rf"{said}?(?:will|would|to)\s+(?:{same}|{_JOIN})|(?:are|is)\s+(?:due|set|expected|poised)\s+to\s+{same}|"
        rf"followed(?:\s+suit)?|did\s+(?:so|the\s+same)|{_ANSWERED_NO}|"
        # one of the states named before telling its own step takes effect later: "..., while Belgium
        # said its decision would take legal effect only once ..." (a plan: the state leaves the group)
        r"(?P<own>said\s+(?:that\s+)?(?:its|their)\s+(?:decision|recognition|step|move)\s+(?:would|will)\s+"
        r"(?:only\s+)?(?:take|come\s+into|enter\s+into|be\s+given)\s+(?:legal\s+|full\s+|formal\s+)?(?:effect|force))|"
        # a second group still weighing it, or refusing: "while Belgium said they were weighing the move"
        # or going on weighing it: "as New Zealand continued to weigh its options"
        # (a headline leaves out the copula: "; New Zealand still weighing its position")
        rf"{said}?(?:(?:(?:is|are|was|were)\s+)?(?:still\s+)?|continu(?:es|ed|ing)\s+to\s+)(?:weigh(?:ing)?|"
        r"consider(?:ing)?|stud(?:y|ying)|mull(?:ing)?|review(?:ing)?|assess(?:ing)?|examin(?:e|ing)|discuss(?:ing)?|"
        rf"evaluat(?:e|ing))\s+{_WEIGHED}|"
        rf"{said}?{_STILL_WEIGHING_END}|"
        # a group weighing its own stand: "would weigh its own position", "keep the matter under review"
        rf"{said}?(?:would|will)\s+(?:(?:first|still|carefully|now)\s+)?(?:weigh|consider|study|review|assess|examine|"
        r"evaluate)\s+(?:its|their|the)\s+(?:own\s+)?(?:position|stance|options|decision|approach|matter|question|issue)|"
        # a decision of its own, or one to come: "would take its decision next year"
        # or "his cabinet would take a 'considered decision' in September"
        rf"{said}?(?:would|will)\s+(?:make|take|reach)\s+(?:its|their|a)\s+{_DECISION}|"
        rf"{said}?(?:would|will)\s+not\s+{same}|"
        # refusing in its own words: "Argentina declines to follow", "saw no reason to do the same"
        rf"{said}?(?:{refuse})\s+{same}|"
        # still undecided: "said it had yet to reach a view on the question", "has not yet decided"
        rf"{said}?(?:(?:has|had|have)\s+(?:yet\s+to|not\s+yet)\s+(?:decided?|reach(?:ed)?|(?:taken|take|made|make|"
        r"formed|form))(?:\s+(?:a|its|their|any)\s+(?:final\s+)?(?:view|decision|position|stance))?|"
        r"(?:is|are|was|were)\s+(?:still\s+)?undecided)|"
        rf"{said}?(?:would|will)\s+keep\s+{_WEIGHED}\s+under\s+(?:active\s+|close\s+)?(?:review|consideration|study)|"
        # a second group ruling the step out: "Austria's foreign minister ruled out following suit"
        r"(?:has\s+|had\s+)?rul(?:es|ed|ing)\s+out\s+(?:following\s+suit|following|doing\s+(?:so|the\s+same)|"
        r"(?:a|such\s+a|the|any)\s+(?:similar\s+)?(?:move|step))|"
        rf"{said}?(?:has|had|have)\s+no\s+(?:immediate\s+|current\s+)?plans?\s+to\s+{same}|"
        # the step off the agenda, or its time not come: "; Netherlands says time not right", "In Berlin,
        # a spokesman said recognition 'is not on the agenda at this time'" (lexicon [recognition]
        # not_now_states)
        rf"(?:says?|said)\s+(?:that\s+)?(?:recognition|(?:the\s+)?(?:step|move|time))\s+(?:(?:is|was)\s+)?"
        rf"[\"'\u2018\u201c]?(?:(?:is|was)\s+)?(?:{words.alternation('recognition', 'not_now_states')})|"
        # in no rush (corpus README: a refusal for now): "while Latvia said her government was 'in no rush'"
        rf"{said}?(?:is|are|was|were)\s+[\"'\u2018\u201c]?in\s+no\s+(?:rush|hurry)\b|"
        # a second group holding back: "while Japan said it would hold off", "as Japan holds back"
        rf"(?P<back>{said}?(?:(?:would|will)\s+)?{back})|"
        r"(?:said\s+(?:that\s+)?(?:it|they)\s+)?(?:is|are|was|were)\s+[\"'\u2018\u201c]?not\s+(?:yet\s+)?ready)\b",
        re.IGNORECASE,
    )


# a call on others, not a recognition by the speaker: "the rest of Europe should follow Spain and recognise"
CALL_ON_OTHERS = re.compile(
    # "urges EU to recognise", "urged Norway's leaders on Monday to recognise": whom a call names
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|appeal(?:s|ed|ing)?\s+to|encourag\w*)\s+(?:[\w'-]+\s+){1,5}?"
    r"(?:(?:on|this|last|next)\s+\w+\s+)?to\s+(?:(?:follow|join)\s+[\w' ]{1,30}?\s+(?:and|in)\s+)?"
    r"(?:formally\s+|officially\s+|also\s+)?$|"
    # "would push Washington to recognise", "lobbied the government to recognise" (not "pushed ahead to")
    r"\b(?:push(?:es|ed|ing)?|lobb(?:y|ies|ied|ying))\s+(?!ahead\b|forward\b|on\b)(?:[\w'-]+\s+){1,4}?to\s+"
    r"(?:formally\s+|officially\s+)?$|"
    # "urged Western governments to recognise": a call on others
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)|appeal(?:s|ed|ing)?\s+to|encourag\w*)\s+"
    r"(?:all\s+|other\s+|more\s+)?(?:[\w'-]+\s+){0,3}?(?:countries|states|nations|governments?|partners|allies|neighbou?rs|others|"
    r"(?-i:the\s+West|West|Europe))\s+(?:that\s+[^,;]{0,40}?\s+)?(?:(?:on|this|last|next)\s+\w+\s+)?to\s+"
    # "urged the British government on Saturday to follow Ireland and recognise"
    r"(?:(?:follow|join)\s+[\w' ]{1,30}?\s+(?:and|in)\s+)?(?:formally\s+|officially\s+|also\s+)?$|"
    r"\b(?:the\s+rest\s+of\s+(?:the\s+)?\w+|(?:all\s+)?other\s+(?:[\w-]+\s+){0,2}(?:countries|states|nations|governments)|"
    r"(?:all|more)\s+(?:[\w-]+\s+){0,2}(?:countries|states|nations|governments)|the\s+world|(?-i:Europe)|the\s+international\s+"
    r"community)\s+(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to)\s+(?:also\s+|now\s+|urgently\s+|"
    r"(?:follow|join)\s+[\w' ]{1,30}?\s+(?:and|in)\s+)?(?:formally\s+|officially\s+)?$",
    re.IGNORECASE,
)
# a legislature's motion calling on its government, passed (the government's decision is to come) or
# voted down (a refusal)
MOTION_CALL = re.compile(
    r"(?P<down>\b(?:vot\w*\s+(?:down|against)|reject\w*|defeat\w*|block\w*|throw\w*\s+out|threw\s+out)\s+"
    r"(?:[\w-]+\s+){0,6}?)?\b(?:motion|resolution|bill|proposal|"
    # the legislature itself calling on its government: "Peru's Congress urged the executive to recognise"
    r"(?-i:Parliament|Congress|Senate|Assembly)|parliament|congress|senate|lawmakers|legislators|MPs|deputies)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:(?:urg\w+|call\w*\s+(?:on|upon)|ask\w*|request\w*|invit\w*)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:government|cabinet|executive)\s+to|"
    # a motion calling for the recognition: "passed a motion calling for the recognition of Palestine"
    r"(?:call\w*|urg\w*|press\w*|demand\w*)\s+for(?:\s+the)?)\s+(?:formally\s+|officially\s+|immediately\s+|"
    r"formal\s+|official\s+|immediate\s+)?$",
    re.IGNORECASE,
)
# the fate of a legislature's call told after it: "a motion urging the cabinet to recognise Palestine
# failed", "... was voted down by 76 to 74" (a refusal)
MOTION_FAILED_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:failed|fell(?:\s+short)?|(?:was|were)\s+(?:defeated|rejected|voted\s+down|thrown\s+out|"
    r"narrowly\s+(?:defeated|rejected)))\b",
    re.IGNORECASE,
)
# the speaker's own "not yet" added after the verb's sentence runs on: "will recognise ... only when ...,
# the minister said, adding that the country was 'not there yet'" (not now)
ADDED_NOT_YET = re.compile(
    r"^[^.;]{0,200}?\badd(?:s|ed|ing)\s+(?:that\s+)?[^.;]{0,60}?\bnot\s+(?:there\s+yet|yet\s+(?:there|ready)|"
    r"ready|at\s+this\s+(?:time|stage)|now)\b",
    re.IGNORECASE,
)
FOLLOW_SUIT = re.compile(
    r"\bwith\s+(?P<list>[^,;.]{1,80}?)\s+(?:due|set|expected|poised|slated|likely|planning|preparing)\s+to\s+"
    r"(?:follow\s+suit|follow|do\s+(?:so|the\s+same))"
    # the list goes on after its time: "with Britain set to follow on Monday and Portugal later in the week"
    r"(?:\s+(?:[\w-]+\s+){0,3}?and\s+(?P<more>(?-i:[A-Z])[\w' -]{1,40}?)\s+(?:later|soon|shortly|next|on|in|"
    r"within|the\s+following|a\s+(?:day|week)|days|weeks)\b)?",
    re.IGNORECASE,
)


# a recognition whose effect waits on a condition or a date: "its recognition would take legal effect
# only once the hostages are freed" (a plan: announced)
EFFECT_LATER = re.compile(
    r"^\s*(?:of\s+[^,;.]{1,40}?\s+)?(?:would|will|is\s+to|was\s+to|to)\s+(?:only\s+)?(?:take|come\s+into|enter\s+into)\s+"
    r"(?:legal\s+|full\s+|formal\s+)?(?:effect|force)\b"
    # the effect told in a clause after the verb: "recognises Palestine, though ... the decision would only
    # enter into force once ..."
    r"|^[^.;]{0,120}?\b(?:the|its|this)\s+(?:decision|recognition|step|move)\s+(?:would|will)\s+(?:only\s+)?"
    r"(?:take|come\s+into|enter\s+into|be\s+given)\s+(?:legal\s+|full\s+|formal\s+)?(?:effect|force)\s+(?:only\s+)?"
    r"(?:once|when|after|until)\b"
    # the formal act done later: "..., but that the formal act would only be completed once a ceasefire ...",
    # "but the recognition will only be formalised in a royal decree once ..."
    r"|^[^.;]{0,120}?\b(?:the|its|this)\s+(?:legal\s+|formal\s+|official\s+)?(?:act|process|procedure|formalities|"
    r"decision|recognition|step|move)\s+(?:would|will)\s+(?:only\s+)?be\s+(?:completed|finali[sz]ed|formali[sz]ed|"
    r"concluded)\s+(?:[^.;,]{0,30}?\s)?(?:only\s+)?(?:once|when|after|until)\b"
    # "recognised Palestine in principle but would formalise the step only once ..."
    r"|^[^.;]{0,80}?\b(?:would|will)\s+(?:only\s+)?(?:formali[sz]e|finali[sz]e|complete)\s+(?:the|its|this)\s+"
    r"(?:step|decision|recognition|move|act)\s+(?:only\s+)?(?:once|when|after|until)\b",
    re.IGNORECASE,
)

# a decision to come after "not now": "will decide after consulting", "will take a decision"
DECIDE_LATER = re.compile(
    r"\b(?:will|would|to)\s+(?:take|make)\s+(?:a|its|the|their)\s+decision\b|\bafter\s+consult\w*|"
    r"\bwill\s+decide\b|\bdecide\s+later\b|"
    # "would coordinate with its partners and decide at the right moment", "would decide once ..."
    r"\b(?:would|and)\s+decide\b",
    re.IGNORECASE,
)
# "not now" told as a negated verb and a time word after it: "would not recognise Palestine immediately",
# "won't recognise it for now", "is not recognising ... at this stage" (rejected unless a decision is to come)
NEGATED_BEFORE = re.compile(r"(?:\bnot|n't)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
NOW_WORD_AFTER = re.compile(
    r"^[^.;,]{0,50}?\b(?:immediately|right\s+away|at\s+once|for\s+now|for\s+the\s+time\s+being|yet|"
    r"at\s+(?:this|the\s+present|the\s+moment)(?:\s+(?:time|stage|point|moment))?)\b",
    re.IGNORECASE,
)

# a decision the plan's own words defer: "ready to recognise ..., will decide after consulting parliament",
# "prepared to recognise ... but will take a final decision only after ..." (a weighing)
DECISION_DEFERRED = re.compile(
    r"^[^.;]{0,90}?\b(?:will|would|is\s+to|was\s+to)\s+(?:only\s+)?(?:decide|(?:take|make|reach)\s+(?:a|the|its|their)\s+"
    r"(?:final\s+|formal\s+)?decision)\s+(?:only\s+)?(?:after|once|later|when|following|at\s+a\s+later)\b"
    # the step itself still to be weighed: "is ready to recognise ... and would consider doing so as ..."
    r"|^[^.;]{0,90}?\b(?:and|but)\s+(?:will|would)\s+(?:only\s+)?(?:consider|weigh)\s+(?:doing\s+so|it|"
    r"(?:the|that|this|such\s+a)\s+(?:step|move|option))\b"
    # the decision told as still to be taken, in the passive or negated: "but that a decision would only be
    # made after ...", "stressing a decision had not yet been taken", "no decision has been made yet", "the
    # decision is yet to be made", "had not yet decided when", "will discuss the timing in the coming weeks"
    r"|^[^.;]{0,130}?\b(?:(?:a|the|any|its|their)\s+(?:final\s+|formal\s+)?decision\s+(?:(?:would|will)\s+(?:only\s+)?"
    r"(?:be\s+(?:taken|made|reached)|come)\s+(?:only\s+)?(?:after|once|later|when|following|at|in|within|by)\b|"
    r"(?:had|has|have|was|is)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:taken|made|reached)\b)|"
    r"no\s+(?:final\s+|formal\s+)?decision\s+(?:had|has|have|was|is)\s+(?:yet\s+)?(?:been\s+)?(?:taken|made|reached)\b|"
    r"decision\s+(?:is|was|remains?|remained)\s+yet\s+to\s+be\s+(?:taken|made|reached)\b|"
    r"(?:had|has|have)\s+(?:not|yet\s+to)\s+(?:yet\s+)?decided?\b|(?:is|are|was|were)\s+yet\s+to\s+decide\b|"
    r"(?:will|would)\s+(?:discuss|decide\s+on|consider|weigh|set)\s+(?:the|its|their)\s+timing\b|"
    # a decision it only may announce: "and could announce a decision at the UN in September"
    r"(?:could|may|might)\s+(?:announce|take|make|reach)\s+(?:a|the|its|their)\s+(?:final\s+|formal\s+)?decision\b"
    r"(?!\s+(?:public|known|official)))",
    re.IGNORECASE,
)
# a recognition decided whose formal step waits on a condition: "would formalise its recognition only once
# the hostages are freed" (a plan: announced, like an effect to come)
FORMALISED_LATER = re.compile(
    r"\b(?:formali[sz]e|finali[sz]e|complete|make\s+(?:official|formal))\s+(?:its|their|the)\s+(?:formal\s+)?$",
    re.IGNORECASE,
)
_CONDITION_NEXT = re.compile(
    r"\s*(?:[^,;.]{0,40}?\s)?(?:only\s+)?(?:once|when|after|until|if)\b", re.IGNORECASE
)


def deferred_or_formalised(status: tuple[str, str], before: str, after: str) -> tuple[str, str]:
    """A plan whose decision its own words defer is a weighing; a weighing "on a condition" that only
    waits to formalise a recognition is a plan (cheap word tests before the patterns)."""
    if status[0] == "announced" and any(
        w in after[:170] for w in ("decid", "decision", "consider", "weigh", "timing")
    ):
        m = DECISION_DEFERRED.match(after)
        if m:
            return "considering", f"a decision deferred: '{m.group(0).strip()[-50:]}'"
    tail = before[-40:].lower()
    if status[0] == "considering" and any(w in tail for w in ("ali", "complete", "make")):
        f = FORMALISED_LATER.search(tail)
        if f and _CONDITION_NEXT.match(after):
            return "announced", f"the formal step waits on a condition: '{f.group(0).strip()}'"
    return status


# a recognition a proposal offers: "a US peace proposal presented in Paris offers de jure recognition of
# ..." (a step on the table, not taken: considering)
PROPOSED = re.compile(
    r"\b(?:proposal|plan|draft|framework|blueprint|offer|peace\s+terms)\b[^.;]{0,60}?\b(?:offers?|offered|"
    r"includes?|included|envisages?|envisaged|proposes?|would\s+(?:grant|give|include|offer)|provides?\s+for|"
    r"contains?)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


# a recognition asked about: "Asked whether his government would recognise ..., the president said: 'No.'"
# (the verb is the question's, lexicon [recognition] question_verbs; the status is the answer's)
# the answer: quoted after a verb of saying (answer_speech_verbs), or opening the next sentence ("'We will
# not,' he said"); a plain no (answer_no; a pronoun, answer_pronouns, and an auxiliary with "not",
# answer_auxiliaries, or a negated one, answer_negated_auxiliaries) or yes (answer_yes)
class _Answers(NamedTuple):
    asked_hints: tuple[str, ...]  # a cheap test first: each question verb without its first letter
    asked: re.Pattern[str]
    answered_first: re.Pattern[str]  # the answer told before the question: "says 'no' when asked about"
    answer: re.Pattern[str]
    no: re.Pattern[str]
    yes: re.Pattern[str]


@lru_cache(maxsize=1)
def _answers() -> _Answers:
    en = lexicon("en")

    def alt(key: str) -> str:
        return en.alternation("recognition", key)

    asked = alt("question_verbs")
    pronoun = alt("answer_pronouns")
    return _Answers(
        tuple(w[1:] for w in en.words("recognition", "question_verbs")),
        re.compile(
            rf"\b(?:{asked})\b[^.;:\"\u201c]{{0,80}}?\b(?:whether|if)\b[^.;:\"\u201c]{{0,120}}$",
            re.IGNORECASE,
        ),
        re.compile(
            rf"\b(?:{alt('answer_speech_verbs')})\s*:?\s*[\"\u201c\u2018']?(?:{alt('answer_no')})[\"\u201d\u2019']?,?\s+"
            rf"(?:when|after\s+being|after|as)\s+(?:(?:he|she|they)\s+(?:was|were)\s+)?(?:{asked})\s+"
            r"(?:about|on|over|whether|if)\b[^.;:]{0,80}$",
            re.IGNORECASE,
        ),
        re.compile(
            # (whom "told" is said to ends on a whole word: "told reporters 'no ...'", not "told r")
            rf"\b(?:{alt('answer_speech_verbs')}|told\s+[\w ]{{1,30}}?\b)\s*[:,]?\s*"
            r"[\"\u201c\u2018']?\s*(?P<said>[^\"\u201d\u2019.;]{1,120})|(?:^|[.?!][\"\u201d]?)\s*[\"\u201c\u2018']\s*"
            r"(?P<quoted>[^\"\u201d\u2019]{1,60})",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?:{alt('answer_no')}|(?:{pronoun})\s+(?:{alt('answer_auxiliaries')})\s+not|(?:{pronoun})\s+"
            rf"(?:{alt('answer_negated_auxiliaries')}))\b",
            re.IGNORECASE,
        ),
        re.compile(rf"(?:{alt('answer_yes')})\b", re.IGNORECASE),
    )


# an answer that tells no step is planned: "answered that the position was unchanged and no such step ..."
_NO_STEP_IN_ANSWER = re.compile(
    r"\bno\s+(?:such\s+)?(?:step|plans?|decision|move|intention)\b|\b(?:position|stance)\s+(?:was|is|remains)\s+"
    r"unchanged\b|\bnot\s+(?:planning|preparing|considering)\b",
    re.IGNORECASE,
)


def answer_to_question(before: str, after: str, whole_text: str) -> tuple[str, str] | None:
    """The status of a recognition a question asks about, by the answer: "No", "Not at this stage",
    "We will not" (rejected), "Yes" (announced); None when no question is asked or no plain answer given."""
    tail = before[-220:]
    answers = _answers()
    if not any(w in tail for w in answers.asked_hints):  # a cheap test first
        return None
    first = answers.answered_first.search(tail)
    if first is not None:
        return "rejected", f"the answer before the question: '{first.group(0)[:40]}'"
    if not answers.asked.search(tail):
        return None
    at = whole_text.find(after)
    told = after + (whole_text[at + len(after) : at + len(after) + 120] if at >= 0 and after else "")
    m = answers.answer.search(told)
    if m is None:
        return None
    answer = (m.group("said") or m.group("quoted") or "").strip()
    if answers.no.match(answer) or _NO_STEP_IN_ANSWER.search(answer):
        return "rejected", f"the answer to a question: '{answer[:40]}'"
    if answers.yes.match(answer) and not answers.no.match(answer):
        return "announced", f"the answer to a question: '{answer[:40]}'"
    return None
