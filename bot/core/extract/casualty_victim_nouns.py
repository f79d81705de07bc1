"""The victim phrase of a casualty figure (pure; no I/O): up to three modifiers then a victim noun
("three Lebanese soldiers", "Al Jazeera journalists", "Druze fighters"); `casualty_patterns` builds
its readings on `VICTIMS`."""

from __future__ import annotations

__all__ = ["VICTIMS", "VICTIM_NOUNS"]

VICTIM_NOUNS = (
    r"people|persons|person|civilians?|children|child|kids|babies|infants|minors|women|men|girls|boys|"
    r"woman|man|girl|boy|"
    r"journalists?|reporters?|photographers?|soldiers?|troops|servicemen|servicemembers|militants?|"
    r"fighters?|rebels?|insurgents?|jihadists?|gunmen|militiamen|combatants|villagers?|residents?|"
    r"worshippers|students|pupils|teachers|farmers|miners|workers|aid\s+workers|medics|paramedics|"
    r"doctors|nurses|rescuers|health\s+workers|staff|employees|policemen|police\s+officers|officers|"
    r"police|guards|bodyguards|aides|escorts|security\s+personnel|personnel|peacekeepers|protesters|demonstrators|refugees|"
    r"migrants|displaced(?!\s+(?:[\w-]+\s+)?(?:people|persons|civilians|villagers|families|residents|children|women|men)\b)|pilgrims|passengers|family\s+members|relatives|members|others|victims|survivors|"
    r"patients|companions|caregivers|prisoners|detainees|volunteers|crew|sailors|seafarers|pilots|officials|leaders|commanders|"
    r"hostages|Palestinians|Israelis|Gazans|Ukrainians|Russians|Syrians|Lebanese|Sudanese|Iraqis|"
    r"Afghans|Yemenis|Somalis|Congolese|Nigerians|Ethiopians|Haitians|Kurds|Rohingya|Americans|"
    r"Iranians|Pakistanis|Indians|Egyptians|Libyans|Malians|Burkinabe|settlers|Bedouins|Christians|"
    r"Muslims|Jews|Yazidis|Alawites|Druze|tourists|foreigners|nationals|citizens|inmates|"
    r"attackers|assailants|terrorists|bandits|raiders|kidnappers|mourners|shoppers|fishermen|herders|"
    r"traders|labou?rers|firefighters|aid\s+seekers|nuns|priests|monks|imams|pastors|clerics|"
    r"colleagues|comrades|friends|guests|bystanders|neighbou?rs|siblings|sons|daughters|brothers|sisters|"
    r"drivers?|journalists|guards|climbers|recruits|conscripts|cadets|reservists|teenagers|teens|youths|"
    r"adolescents|gendarmes|vigilantes|Taliban|paramilitaries|separatists|Islamists|extremists|jihadis|"
    r"mercenaries|guerrillas|guerillas|tribesmen|"
    r"(?-i:[A-Z][a-z]+(?:ians|ans|is|ese))"
)
_FUNCTION_WORDS = (
    r"after|before|of|in|on|at|by|for|from|with|to|and|or|the|a|an|as|when|while|since|than|into|"
    r"days?|weeks?|months?|years?|hours?|minutes?|times|were|was|are|is|have|has|had|who|that|which|"
    r"killed|dead|died|wounded|injured|missing|including|among|said|says|according"
)
_MODIFIER = (
    rf"(?!(?:{_FUNCTION_WORDS})\b)(?:more|other|additional|further|new|innocent|unarmed|young|elderly|local|foreign|civilian|"
    r"[a-z]+-(?:old|aged|year-old)|(?-i:[A-Z][\w'.-]*)|(?-i:[a-z]{1,3}-[A-Z][\w'-]*)|[a-z]+)"
)
# a nationality before a victim noun: "three Lebanese soldiers" are soldiers, not three Lebanese and a
# stray word (a nationality is itself a victim noun, so the noun after it must be taken first)
# (and a community's name: "Druze fighters", "Alawite civilians")
_DEMONYM_WORD = (
    r"(?-i:[A-Z][a-z]+(?:ese|ans?|ians?|is|ish|i)|Druze|Alawite|Yazidi|Bedouin|Christian|Sunni|Shia|Shiite|"
    r"Hazara|Tutsi|Hutu|Rohingya|Amhara|Tigrayan|Fulani)"
)
# A victim phrase: up to three modifiers then a victim noun; "Al Jazeera journalists", "more deaths"
VICTIMS = (
    rf"(?:(?:{_MODIFIER}\s+){{0,2}}?{_DEMONYM_WORD}\s+(?:{VICTIM_NOUNS})(?![\w-])"
    rf"|(?:{_MODIFIER}\s+){{0,3}}?(?:{VICTIM_NOUNS})(?![\w-]))"
)
