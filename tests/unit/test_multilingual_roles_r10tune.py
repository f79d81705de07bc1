"""Ten-language embargo and recognition roles, tuned on the round-10 held-out sets (helper r10mlroles;
tuned, not an estimate): the families their errors showed, each in sentences written for this file in
other phrasings (none is corpus or benchmark-set text)."""

from __future__ import annotations

import pytest

from tests.unit.multilingual_facts import embargo_roles, recognition_groups


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("ru", "Швеция снимает эмбарго на поставки оружия в Турцию", {("Sweden", "Turkey", "lifted")}),
        ("ru", "Япония отменяет ограничения на экспорт вооружений в Индию", {("Japan", "India", "lifted")}),
        ("uk", "Канада скасовує обмеження на експорт зброї до Туреччини", {("Canada", "Turkey", "lifted")}),
        (
            "uk",
            "Німеччина знімає обмеження на постачання зброї до Ізраїлю",
            {("Germany", "Israel", "lifted")},
        ),
    ],
)
def test_a_present_tense_lifting_verb_lifts(
    language: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert embargo_roles(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "Германия приостановила действие разрешений на продажу вооружений Турции",
            {("Germany", "Turkey", "suspended_licences")},
        ),
        (
            "ru",
            "Нидерланды приостановили действие выданных разрешений на экспорт оружия в Израиль",
            {("Netherlands", "Israel", "suspended_licences")},
        ),
    ],
)
def test_suspending_the_effect_of_permits_suspends_licences(
    language: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert embargo_roles(language, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kanada, Türkiye'ye silah sevkiyatını askıya aldığını açıkladı", {("Canada", "Turkey", "imposed")}),
        ("Japonya'dan Pakistan'a silah sevkiyatı durduruldu", {("Japan", "Pakistan", "imposed")}),
        ("İspanya, İsrail'e silah sevkiyatını durdurdu", {("Spain", "Israel", "imposed")}),
    ],
)
def test_turkish_arms_shipments_halted_are_the_trade_not_one_shipment(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert embargo_roles("tr", text) == expected


def test_turkish_one_shipment_bound_somewhere_stays_partial() -> None:
    text = "Almanya, Suudi Arabistan'a giden bir silah sevkiyatını durdurdu"
    assert embargo_roles("tr", text) == {("Germany", "Saudi Arabia", "partial")}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "El Congreso da luz verde al embargo de armas a Rusia", {("Spain", "Russia", "imposed")}),
        (
            "es",
            "El Consejo de Ministros avaló el embargo de armas a Nicaragua",
            {("Spain", "Nicaragua", "imposed")},
        ),
        (
            "pt",
            "O Senado brasileiro dá luz verde ao embargo de armas a Israel",
            {("Brazil", "Israel", "imposed")},
        ),
        (
            "de",
            "Der Bundestag gibt grünes Licht für ein Waffenembargo gegen Russland",
            {("Germany", "Russia", "imposed")},
        ),
        (
            "de",
            "Österreich billigt das Verbot von Waffenlieferungen an Israel",
            {("Austria", "Israel", "imposed")},
        ),
    ],
)
def test_approving_an_embargo_imposes_it(
    language: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert embargo_roles(language, text) == expected


def test_a_court_approving_a_sale_still_refuses_to_stop_it() -> None:
    text = "Le Conseil d'État valide la vente d'armes à l'Arabie saoudite"
    assert embargo_roles("fr", text) == {("Council of State", "Saudi Arabia", "rejected")}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ru",
            "Евросоюз призвал страны предотвращать поставки оружия в Судан",
            {("European Union", "Sudan", "called_for")},
        ),
        (
            "uk",
            "Генасамблея ООН закликала запобігти постачанню зброї до М'янми",
            {("UN General Assembly", "Myanmar", "called_for")},
        ),
        (
            "fr",
            "L'Assemblée générale de l'ONU appelle à empêcher les livraisons d'armes au Myanmar",
            {("UN General Assembly", "Myanmar", "called_for")},
        ),
        (
            "es",
            "La Asamblea General de la ONU pide impedir el suministro de armas a Myanmar",
            {("UN General Assembly", "Myanmar", "called_for")},
        ),
        (
            "de",
            "Die UN-Generalversammlung ruft dazu auf, Waffenlieferungen nach Myanmar zu verhindern",
            {("UN General Assembly", "Myanmar", "called_for")},
        ),
    ],
)
def test_a_call_to_prevent_arms_supplies_is_a_call_for_an_embargo(
    language: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert embargo_roles(language, text) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La police a empêché une livraison d'armes aux trafiquants à Marseille"),
        ("es", "El ejército impide el contrabando de armas en la frontera con Colombia"),
    ],
)
def test_preventing_smuggling_is_no_embargo(language: str, text: str) -> None:
    assert embargo_roles(language, text) == set()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Москва не намерена признавать независимость Приднестровья"),
        ("uk", "Росія не визнаватиме Придністров'я, заявив Лавров"),
        ("de", "Russland lehnt eine Anerkennung Transnistriens ab"),
        ("fr", "La Russie n'envisage pas de reconnaître la Transnistrie"),
        ("es", "Rusia descarta reconocer la independencia de Transnistria"),
    ],
)
def test_transnistria_is_a_breakaway_state_one_may_recognise(language: str, text: str) -> None:
    assert recognition_groups(language, text) == {(("Russia",), "Transnistria", "rejected")}
