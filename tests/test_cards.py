"""Framework cards: every shipped bank has one, complete in both languages, relations included."""

from __future__ import annotations

import pytest

from interview.training.cards import Card, card_json, card_text, cards
from question_banks.catalog import discover
from question_banks.model import Bank

LANGS = ("en", "fr")


@pytest.fixture(scope="module")
def banks() -> list[Bank]:
    catalog = discover()
    assert catalog.problems == []
    return catalog.banks()


@pytest.fixture(scope="module")
def by_id(banks: list[Bank]) -> dict[str, Card]:
    return {item.bank_id: item for item in cards(banks)}


def test_every_shipped_bank_has_a_full_card(banks: list[Bank], by_id: dict[str, Card]) -> None:
    assert set(by_id) == {b.id for b in banks} and len(by_id) == 8
    for bank in banks:
        item = by_id[bank.id]
        assert [letter.criterion for letter in item.letters] == [c.id for c in bank.criteria]
        assert sorted(item.ask_order) == sorted(letter.letter for letter in item.letters)
        assert abs(sum(letter.share for letter in item.letters) - 1) < 1e-9
        assert item.links, f"{bank.id} shares no question with any other framework"
        for lang in LANGS:
            for text in (item.summary, item.when_it_fits, item.limits, item.relations):
                assert text is not None and text.get(lang).strip(), (bank.id, lang)
            for letter in item.letters:
                assert letter.letter and letter.name.get(lang) and letter.description.get(lang)
                assert letter.questions, (bank.id, letter.criterion)
                assert all(q.text.get(lang).strip() for q in letter.questions)
            doc = card_json(item, lang)
            assert [entry["letter"] for entry in doc["letters"]] == [x.letter for x in item.letters]
            assert sum(len(entry["questions"]) for entry in doc["letters"]) == bank.question_count()
            text = card_text(item, lang)
            for letter in item.letters:
                assert letter.name.get(lang) in text
                assert letter.questions[0].text.get(lang)[:40] in text.replace("\n    ", " ")


def test_champ_starts_from_challenges_and_puts_money_after_authority(by_id: dict[str, Card]) -> None:
    champ = by_id["champ"]
    assert champ.acronym == "CH·A·M·P"
    assert champ.ask_order[0] == "CH"
    assert champ.letter("money").ask_rank > champ.letter("authority").ask_rank  # type: ignore[operator]
    relations = champ.relations
    assert relations is not None
    assert "money is BANT's budget moved after authority" in relations.en
    assert "l'argent est le budget de BANT déplacé après l'autorité" in relations.fr
    # From the data too: CHAMP's M asks what BANT's B asks.
    bant = next(link for link in champ.links if link.bank_id == "bant")
    assert any((m.letter, m.other_letter, m.fact) == ("M", "B", "budget.allocated") for m in bant.meetings)


def test_meddic_keeps_the_champion_apart_from_the_economic_buyer(by_id: dict[str, Card]) -> None:
    meddic = by_id["meddic"]
    champion, buyer = meddic.letter("champion"), meddic.letter("economic_buyer")
    assert (champion.letter, buyer.letter) == ("C", "E")
    assert not {q.id for q in champion.questions} & {q.id for q in buyer.questions}
    relations = meddic.relations
    assert relations is not None
    assert "keeping the champion apart from the person who signs" in relations.en
    assert "en distinguant le champion de la personne qui signe" in relations.fr
    assert "economic buyer" in relations.en and "acheteur économique" in relations.fr


def test_card_text_and_json_follow_the_language(by_id: dict[str, Card]) -> None:
    bant = by_id["bant"]
    assert "Limits:" in card_text(bant, "en") and "Limites :" in card_text(bant, "fr")
    en, fr = card_json(bant, "en"), card_json(bant, "fr")
    assert en["id"] == fr["id"] == "bant"
    assert en["limits"] == bant.limits.en and fr["limits"] == bant.limits.fr
    assert en["ask_order"] == ["N", "A", "T", "B"]
