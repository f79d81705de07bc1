"""A recognition told as a state that has lasted, not this news's step (pure): the verb in the perfect
with "since" after its object ("said it had recognised Palestine since 2023", "has recognised Kosovo
since its independence"), read at the verb (veto `recalled`) and in a lead under a headline that reads
as a new step ("X recognises Palestine" over "... said the country had recognised the State of Palestine
since 2023")."""

from __future__ import annotations

import re

from bot.core.extract.vetoes import Dropped
from bot.core.model import Recognition

_PERFECT = r"\b(?:had|has|have)\s+(?:already\s+|formally\s+|officially\s+|long\s+)?"
# the verb's own words before it, the object's words after it
PERFECT_BEFORE = re.compile(rf"{_PERFECT}$", re.I)
SINCE_AFTER = re.compile(r"^[^,.;]{0,50}?\bsince\b", re.IGNORECASE)
# the same in a whole sentence, the object as group `what`
PERFECT_SINCE = re.compile(rf"{_PERFECT}recogni[sz]ed\s+(?P<what>[^,.;]{{1,50}}?)\s+since\b", re.IGNORECASE)


def told_as_lasting(before: str, after: str) -> str | None:
    """The words that tell the recognition verb between `before` and `after` as lasting, else None."""
    lasting = SINCE_AFTER.match(after) if " since " in after[:60] else None
    perfect = PERFECT_BEFORE.search(before[-30:]) if lasting else None
    if lasting is None or perfect is None:
        return None
    return f"{perfect.group(0).strip()} ... {lasting.group(0).strip()}"


def lasting_in(sentence: str) -> str | None:
    """What a sentence tells as recognised and lasting ("the State of Palestine"), lower-cased, else None."""
    lasting = PERFECT_SINCE.search(sentence) if " since " in sentence else None
    return lasting.group("what").lower() if lasting else None


def title_recalled(
    title: list[Recognition], lead: list[str], trace: list[Dropped] | None
) -> list[Recognition]:
    """A headline's step told as done that the lead tells as a lasting state of the same state ("Peru
    recognises Palestine" over "Peru's foreign ministry said the country had recognised the State of
    Palestine since 2021 ..."): the headline recalls it, no step is news (veto `recalled`)."""
    done = [f for f in title if f.status == "done" and f.actors]
    what = lasting_in(lead[0]) if done and lead else None
    if what is None:
        return []
    gone = [
        f for f in done if f.recognized.split()[0].lower() in what and all(a in lead[0] for a in f.actors)
    ]
    if trace is not None:
        for f in gone:
            trace.append(
                Dropped(
                    "recognition",
                    "recalled",
                    f"lasting since: {what}",
                    f"recognise {f.recognized}",
                    f.evidence,
                )
            )
    return gone
