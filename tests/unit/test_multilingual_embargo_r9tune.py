"""Arms embargoes in the ten languages, tuned on round 9's held-out sets (helper r9mlroles; not an
estimate): a body welcoming a state's decision decides nothing, as a state does not; a body named
just after the embargo's words owns it when the subject only condemns it; a condition with a
reported obligation ("Sollte X ..., müsse Y ... einstellen") is a threat, no decision; a renewal
closing the clause of the lifting before it renews the lifting (`extended`); an Arabic word for
transit listed with export and import is part of a whole ban (a route alone stays `partial`).
Every sentence is written for this file."""

from __future__ import annotations

from tests.unit.multilingual_facts import embargo_roles


def test_body_welcoming_a_states_decision_is_no_actor() -> None:
    roles = embargo_roles("ar", "منظمة التعاون الإسلامي ترحب بقرار إيرلندا حظر تصدير الأسلحة إلى إسرائيل")
    assert roles and all(actor == "Ireland" for actor, _t, _a in roles), roles


def test_body_owning_the_embargo_after_its_words() -> None:
    roles = embargo_roles("ru", "Пекин раскритиковал продление оружейного эмбарго ООН против Ливии")
    assert any(actor == "UN Security Council" and target == "Libya" for actor, target, _a in roles), roles


def test_condition_with_reported_obligation_is_no_decision() -> None:
    text = (
        "Sollten die Kämpfe andauern, müsse Österreich sämtliche Rüstungsexporte nach Israel stoppen, "
        "sagte sie."
    )
    assert embargo_roles("de", "Grüne stellen Bedingung", text) == set()


def test_renewal_closing_the_clause_of_a_lifting_is_extended() -> None:
    text = (
        "Washington, Kıbrıs'a yönelik silah ambargosunun kaldırılmasına dair kararı bir mali yıl için uzattı."
    )
    roles = embargo_roles("tr", text)
    assert any(target == "Cyprus" and action == "extended" for _a, target, action in roles), roles


def test_transit_with_export_and_import_is_a_whole_ban() -> None:
    roles = embargo_roles("ar", "إيرلندا تقرر منع تصدير واستيراد وعبور الأسلحة من إسرائيل وإليها")
    assert roles and all(action == "imposed" for _a, _t, action in roles), roles
