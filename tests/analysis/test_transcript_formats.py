"""Transcripts in every format become speaker turns with their position; bad input is a located error."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview.analysis.transcript import TranscriptError, parse_transcript, read_transcript

# --- plain text --------------------------------------------------------------------------------


def test_plain_text_with_speakers_header_and_continuation_lines() -> None:
    t = parse_transcript(
        "Date: 2026-11-23\nSubject: discovery call\n\n"
        "Léa (Qualify): What's the main problem today?\n"
        "Marc Dupont: We lose three hours a day re-keying orders.\n"
        "It drives the team mad.\n"
        "Léa (Qualify): Who signs?\n"
        "Marc Dupont: Our CFO, Anne.\n",
        "call.txt",
    )
    assert t.format == "text"
    assert t.call_date == dt.date(2026, 11, 23)
    assert t.metadata["subject"] == "discovery call"
    assert [turn.speaker for turn in t.turns] == [
        "Léa (Qualify)",
        "Marc Dupont",
        "Léa (Qualify)",
        "Marc Dupont",
    ]
    marc = t.turns[1]
    assert marc.line == 5 and marc.text.endswith("It drives the team mad.")
    assert marc.line_at(marc.text.index("It drives")) == 6  # each line of a turn keeps its own number


@pytest.mark.parametrize(
    ("line", "speaker", "said"),
    [
        ("Jean-Marc Leroy : On a cent vingt mille euros.", "Jean-Marc Leroy", "On a cent vingt mille euros."),
        ("[00:01:02] Anne: We need SSO.", "Anne", "We need SSO."),
        ("**Anne:** We need SSO.", "Anne", "We need SSO."),
        ("PROSPECT: We need SSO.", "PROSPECT", "We need SSO."),
        ("Anne Martin (Acme, CFO): We need SSO.", "Anne Martin (Acme, CFO)", "We need SSO."),
        ("00:42 Anne - We need SSO.", None, None),  # no colon: not a prefix this reader trusts
        # a role in lower case after a full name, with dots and apostrophes
        ("Dr Okafor, head of lab ops: We need SSO.", "Dr Okafor (head of lab ops)", "We need SSO."),
        ("Mme Berthier, resp. achats : Il faut le SSO.", "Mme Berthier (resp. achats)", "Il faut le SSO."),
        ("Paul Girard, chef d'atelier : Il faut le SSO.", "Paul Girard (chef d'atelier)", "Il faut le SSO."),
        ("Well, to be honest: we need SSO.", None, None),  # one word before the comma: said, not a label
    ],
)
def test_speaker_prefixes(line: str, speaker: str | None, said: str | None) -> None:
    other = "Rep: Right. And then?\n"
    t = parse_transcript(f"{line}\n{other}{line}\n{other}", "x.txt")
    if speaker is None:
        assert t.turns[0].speaker == ""
        return
    assert t.turns[0].speaker == speaker and t.turns[0].text == said


def test_a_name_said_once_is_not_a_speaker() -> None:
    t = parse_transcript("Call notes\nInteresting: they want it fast.\nBudget around 50k.\n", "notes.txt")
    assert t.speakers == []
    assert any("Interesting: they want it fast." in turn.text for turn in t.turns)


def test_otter_style_names_above_what_was_said() -> None:
    t = parse_transcript(
        "Léa Martin  0:03\nHello Marc, thanks for your time.\n\nMarc  0:10\nSure. We lose leads.\n\n"
        "Léa Martin  0:15\nHow many?\n\nMarc  0:20\nTen a week.\n",
        "otter.txt",
    )
    assert [(x.speaker, x.time) for x in t.turns] == [
        ("Léa Martin", 3),
        ("Marc", 10),
        ("Léa Martin", 15),
        ("Marc", 20),
    ]


def test_without_speakers_each_line_of_an_unpunctuated_transcript_is_a_turn() -> None:
    t = parse_transcript(
        "hello is this marcus\nyeah this is marcus\nwhat does a mess look like\nit takes four hours\n",
        "raw.txt",
    )
    assert [x.text for x in t.turns] == [
        "hello is this marcus",
        "yeah this is marcus",
        "what does a mess look like",
        "it takes four hours",
    ]


def test_without_speakers_wrapped_prose_stays_one_turn() -> None:
    t = parse_transcript(
        "Call notes.\nThey lose three hours a day because every order\nis typed twice.\n"
        "Budget is approved.\n- next: demo\n",
        "n.txt",
    )
    assert t.turns[1].text == "They lose three hours a day because every order\nis typed twice."
    assert t.turns[-1].text == "- next: demo"


# --- WebVTT and SRT ----------------------------------------------------------------------------

VTT = (
    "\ufeffWEBVTT\r\nKind: captions\r\n\r\nNOTE recorded on 2026-03-09\r\n\r\n"
    "1\r\n00:00:01.000 --> 00:00:04.000\r\n<v Léa>What's the problem?</v>\r\n\r\n"
    "2\r\n00:00:05.000 --> 00:00:08.000 align:start\r\n<v Marc>We lose three hours a day\r\n"
    "re-keying orders &amp; invoices</v>\r\n\r\n"
    "3\r\n00:00:09.500 --> 00:00:12.000\r\n<v Marc>by hand. It's painful.</v>\r\n\r\n"
)


def test_webvtt_with_bom_crlf_voices_and_notes() -> None:
    t = parse_transcript(VTT, "call.vtt")
    assert t.format == "vtt" and t.call_date == dt.date(2026, 3, 9)
    assert [x.speaker for x in t.turns] == ["Léa", "Marc"]  # one speaker's cues make one turn
    marc = t.turns[1]
    assert marc.text == "We lose three hours a day\nre-keying orders & invoices\nby hand. It's painful."
    assert (marc.line, marc.time) == (12, 5.0)
    offset = marc.text.index("by hand")
    assert (marc.line_at(offset), marc.time_at(offset)) == (17, 9.5)


def test_format_is_told_by_content_not_extension() -> None:
    assert parse_transcript(VTT, "call.txt").format == "vtt"
    srt = "1\n00:00:01,000 --> 00:00:02,000\nRep: Hi?\n\n2\n00:00:03,000 --> 00:00:04,000\nAnne: Hello.\n"
    assert parse_transcript(srt, "call.vtt").turns[1].speaker == "Anne"
    assert parse_transcript('[{"speaker": "Anne", "text": "Hi"}]', "call.txt").format == "json"


def test_srt_with_broken_cues_is_read_and_the_damage_reported() -> None:
    srt = (
        "1\n00:00:01,000 --> 00:00:03,000\nRep: What's the budget?\n\n"
        "2\n00:00:04,000 --> 00:00:06,000\nAnne: Fifty thousand euros,\n\n"
        "3\nthis line lost its timing\n\n"
        "00:00:02,000 --> 00:00:05,000\nRep: Out of order.\n\n"
        "5\n00:00:09:500 -> 00:00:10,000\nAnne: Damaged arrow and time.\n"
    )
    t = parse_transcript(srt, "call.srt")
    assert [x.speaker for x in t.turns] == ["Rep", "Anne", "Rep", "Anne"]
    assert t.turns[1].text == "Fifty thousand euros,\nthis line lost its timing"
    assert any("line 9: cue without a timing line" in w for w in t.warnings)
    assert any("out of order" in w for w in t.warnings)
    assert t.turns[3].time == 9.5


def test_srt_dialogue_dashes_are_two_speakers() -> None:
    t = parse_transcript("1\n00:00:01,000 --> 00:00:03,000\n- Is there a budget?\n- Yes, 50k.\n", "x.srt")
    assert [x.text for x in t.turns] == ["Is there a budget?", "Yes, 50k."]


# --- JSON --------------------------------------------------------------------------------------


def _export(notes: list[dict[str, object]]) -> str:
    events = [
        {"seq": i + 1, "at": float(i), "kind": "note", "question_id": None, "payload": p}
        for i, p in enumerate(notes)
    ]
    events.insert(
        0,
        {
            "seq": 0,
            "at": 0.0,
            "kind": "answer_given",
            "question_id": "bant.need.pain",
            "payload": {"value": "x"},
        },
    )
    doc = {
        "format": "qualify-interview",
        "version": 1,
        "lead": {"name": "Greg Hall", "company": "HealthFirst", "role": "IT Director"},
        "interview": {"lang": "en", "started_at": "2026-01-20T15:00:00+00:00", "rep": "Dan"},
        "events": events,
        "comments": [],
    }
    return json.dumps(doc, indent=2, sort_keys=True)


def test_interview_export_gives_its_notes() -> None:
    text = _export(
        [
            {"text": "Budget: approved, $52k"},
            {"text": "half typed", "draft": True, "field": "notes"},
            {"text": "Draft from the transcript x.txt", "source": "transcript"},
            {"text": "CFO = Ann Liu, she signs"},
        ]
    )
    t = parse_transcript(text, "export.json")
    assert t.format == "export" and t.lang == "en" and t.call_date == dt.date(2026, 1, 20)
    assert [x.text for x in t.turns] == ["Budget: approved, $52k", "CFO = Ann Liu, she signs"]
    assert t.metadata == {"lead": "Greg Hall", "company": "HealthFirst", "role": "IT Director"}
    lines = text.split("\n")
    assert all('"text": ' in lines[x.line - 1] for x in t.turns)  # each note's own line in the file


def test_json_segments() -> None:
    t = parse_transcript(
        json.dumps(
            {"segments": [{"speaker": "A", "text": "Hi?", "start": 1.5}, {"speaker": "B", "text": "Yes."}]}
        ),
        "s.json",
    )
    assert [(x.speaker, x.text, x.time) for x in t.turns] == [("A", "Hi?", 1.5), ("B", "Yes.", None)]


# --- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "call.txt: empty"),
        (b"   \n\n", "call.txt: empty"),
        (b"Rep: hi\n\xff\xfe\x00bad", "call.txt:2: not UTF-8"),
        (b"Rep: hi\x00there", "call.txt:1: binary data"),
        (b'{"format": "qualify-interview",\n "events": [}', "call.txt:2: not valid JSON"),
        (b'{"hello": 1}', "call.txt:1: JSON, but neither"),
        (b'{"format": "qualify-interview", "events": []}', "call.txt: an interview export with no notes"),
        (b"WEBVTT\n\nNOTE nothing said\n", "call.txt: no speech found (vtt)"),
    ],
)
def test_bad_input_is_a_located_error(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "call.txt"
    path.write_bytes(data)
    with pytest.raises(TranscriptError) as caught:
        read_transcript(path)
    assert str(caught.value).startswith(str(tmp_path / message.split(":")[0])) or message in str(caught.value)
    assert message.split(": ", 1)[1] in str(caught.value)
    assert str(caught.value).startswith(str(path))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(TranscriptError, match="no such file"):
        read_transcript(tmp_path / "nope.vtt")
    with pytest.raises(TranscriptError, match="is a folder"):
        read_transcript(tmp_path)


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes("Rep: Budget?\nAnne: 50k€.\nRep: Ok?\nAnne: Oui.\n".encode("utf-16"))
    assert read_transcript(path).turns[1].text == "50k€."


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list('ab :\n-><{}[]"0123456789,.?WEBVTNOxé\r\t\ufeff')), max_size=200)
)
def test_any_text_is_turns_or_a_transcript_error(text: str) -> None:
    try:
        t = parse_transcript(text, "fuzz.txt")
    except TranscriptError as exc:
        assert str(exc).startswith("fuzz.txt")
        return
    assert t.turns and all(turn.text.strip() for turn in t.turns)
    assert all(turn.line >= 1 for turn in t.turns)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Q: What is the problem?\nA: We lose leads.\nQ: How many?\nA: Ten a week.\n", ["Q", "A", "Q", "A"]),
        (
            "Speaker 1: What is the problem?\nSpeaker 2: We lose leads.\n"
            "Speaker 1: How many?\nSpeaker 2: Ten.\n",
            ["Speaker 1", "Speaker 2", "Speaker 1", "Speaker 2"],
        ),
        (
            "[00:00:12] Jane Doe\nWhat is the problem?\n[00:00:20] Bob Smith\nWe lose leads.\n"
            "[00:00:25] Jane Doe\nHow many?\n[00:00:30] Bob Smith\nTen a week.\n",
            ["Jane Doe", "Bob Smith", "Jane Doe", "Bob Smith"],
        ),
    ],
)
def test_other_speaker_labels(text: str, speakers: list[str]) -> None:
    assert [t.speaker for t in parse_transcript(text, "x.txt").turns] == speakers


def test_one_name_and_a_role_is_a_label_once_it_repeats() -> None:
    text = (
        "Rep: What does it cost you today?\n"
        "Sabine, compta : Deux jours par mois de ressaisie.\n"
        "Rep: And who signs?\n"
        "Sabine, compta : Le gérant.\n"
        "Rep: Thanks.\n"
        "Honestly, between us: the gérant decides alone.\n"
    )
    turns = parse_transcript(text, "x.txt").turns
    assert [t.speaker for t in turns] == ["Rep", "Sabine (compta)", "Rep", "Sabine (compta)", "Rep"]
    assert turns[1].text == "Deux jours par mois de ressaisie."
    assert turns[-1].text.endswith("Honestly, between us: the gérant decides alone.")  # said, once
