"""The three triggers read in any language that has a lexicon file (pure; no I/O).

One reader for every language other than English: what differs between languages is data, the
lists of `lexicon/<language>.toml` (see docs/languages.md), never code. The facts have the DESIGN §4
shapes with English canonical names, so a toll reported in Arabic and in English is one series.

How an item is read:
- the text is normalised (`tokens.normalise`) and cut into tokens and sentences once; every word
  list is matched over the tokens once (`WordMatcher`: words, phrases, prefixes, proclitics);
- **casualty**: each quantity (`numbers.quantities`) takes the casualty word right after it
  ("26,900 פלסטינים נהרגו", "69 ألفاً و775 شهيداً") or right before it ("مقتل 12", "погибли 22 313"),
  the nearer one, within its clause; a word that opens a new clause with "and" ("وإصابة") belongs
  to the next number. A part after "including" ("dont quatre enfants") takes its whole's kind. A
  casualty word before a lone person ("وإصابة شخص") is one victim. Victims, location (the first
  city, else country, the sentence names) and scope ("since the war began" vs "in the past 24
  hours", the nearest cue) come from the lists;
- **arms_embargo**: a sentence with an arms word and an embargo word (or a ban on arms supplies, or
  suspended arms licences); the action is the strongest action cue in it; the target is the first
  state after the trigger words, the actor the first state or body before them;
- **recognition**: a sentence with a recognition word and a state to recognise (Palestine ...);
  each state named in it is an actor, with the status of the nearest recognition word or status cue
  ("sera reconnue", "тянет", "رفض").

Every candidate passes the trigger's named vetoes (`VETOES`, in order); every fact carries `why`. Over the
item, an opinion piece's embargoes and recognitions are dropped (`commentary.not_commentary`).
"""

from __future__ import annotations

from datetime import date

from bot.core.extract.lang.casualty import casualties
from bot.core.extract.lang.casualty_vetoes import CASUALTY_VETOES
from bot.core.extract.lang.commentary import not_commentary
from bot.core.extract.lang.embargo import embargoes
from bot.core.extract.lang.embargo_vetoes import EMBARGO_VETOES
from bot.core.extract.lang.item import read_item
from bot.core.extract.lang.recognition import RECOGNITION_VETOES, recognitions
from bot.core.extract.vetoes import Dropped
from bot.core.model import Fact

__all__ = ["CASUALTY_VETOES", "EMBARGO_VETOES", "RECOGNITION_VETOES", "read_facts"]


def read_facts(
    language: str,
    title: str,
    summary: str,
    published: date | None = None,
    trace: list[Dropped] | None = None,
    plain: bool = False,
) -> list[Fact]:
    """Every fact in one item written in `language` (which must have a lexicon file); `plain`: the
    item is written without accents, and its lists are read without them."""
    text = f"{title}\n{summary}" if summary else title
    item = read_item(language, text, plain)
    facts: list[Fact] = []
    facts.extend(casualties(item, trace))
    facts.extend(embargoes(item, trace))
    facts.extend(recognitions(item, trace))
    return not_commentary(item, facts, trace)
