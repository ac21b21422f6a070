"""One word for each thing in the demo content, so that a handout never says it two ways.

The words come from the content brief (``docs/content.md``, "Words, one for each thing"): the
demo data must not use a word from the "not" side. Only the Vietnamese side is checked (English
translations in ``en`` are skipped) and so are the sources a lesson cites, which are quoted as
published.

The content is found the way the seed command finds it: the builder's topic list (every lesson of
every topic) and its quiz list. A topic module added to ``demo.topics`` is checked without a change
here. No database is needed.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
from collections.abc import Iterator

import pytest

from demo import builder
from demo.spec import Lesson, Paragraph, Quiz, Screen, Source, Step, Topic

# (pattern on the "not" side, what to write instead). Patterns match whole words, in any case.
AVOID: tuple[tuple[str, str], ...] = (
    (r"chạm", "“bấm”"),
    (r"tô đậm", "“tô sáng”"),
    (r"mã xác thực", "“mã OTP (mã số gửi qua tin nhắn)”, then “mã OTP”"),
    (r"mã xác nhận", "“mã OTP (mã số gửi qua tin nhắn)”, then “mã OTP”"),
    (r"mã kích hoạt", "“mã OTP (mã số gửi qua tin nhắn)”, then “mã OTP”"),
    (r"mã trong tin nhắn", "“mã OTP (mã số gửi qua tin nhắn)”, then “mã OTP”"),
    (r"tổ chuyển đổi số", "“Tổ công nghệ số cộng đồng”"),
    (r"tổ công nghệ số(?! cộng đồng)", "“Tổ công nghệ số cộng đồng”"),
    (r"máy ảnh", "“camera”"),
    (r"micro", "“micrô”"),
    (r"đối chiếu", "“so với”"),
    (r"khẩu hình", "“cử động miệng”"),
    (r"(?:tin )?chưa kiểm chứng", "“tin chưa rõ thật giả”"),
    (r"bộ phận một cửa", "“Trung tâm Phục vụ hành chính công” (since 1/7/2025)"),
    # Amounts are written "150.000 đồng", never "150.000đ", "150.000 VND", "150k" or "2 triệu".
    (r"\d[\d.,]*\s?(?:đ|vnđ|vnd|k)", "the amount in “đồng”, e.g. “150.000 đồng”"),
    (
        r"\d+(?:[.,]\d+)?\s(?:nghìn|ngàn|triệu|tỷ)(?!\s+đồng)",
        "the amount in “đồng”, e.g. “20 triệu đồng”",
    ),
)

# Fields that hold codes, slugs or English, not Vietnamese words for a reader.
NOT_WORDS = {"slug", "related", "skills", "audiences", "kind", "level", "topic", "key", "en"}


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


PATTERNS = [
    (re.compile(rf"(?<!\w){_nfc(pattern)}(?!\w)", re.IGNORECASE), instead)
    for pattern, instead in AVOID
]


def demo_topics() -> list[Topic]:
    return list(builder.all_topics())


def demo_quizzes() -> list[Quiz]:
    return list(builder.all_quizzes())


def strings(value: object, place: str) -> Iterator[tuple[str, str]]:
    """Every (place, text) in ``value``, through dataclasses, lists and tuples."""
    if value is None or isinstance(value, Source):
        return
    if isinstance(value, str):
        yield place, value
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            if field.name not in NOT_WORDS:
                name = f"{place} › {field.name}"
                yield from strings(getattr(value, field.name), name)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            kind = type(item).__name__ if dataclasses.is_dataclass(item) else ""
            yield from strings(item, f"{place}[{index}]{f' ({kind})' if kind else ''}")


def offences(value: object, place: str) -> list[str]:
    found = []
    for where, text in strings(value, place):
        for pattern, instead in PATTERNS:
            for match in pattern.finditer(_nfc(text)):
                found.append(f"{where}: “{match.group(0)}”, write {instead} instead")
    return found


TOPICS = demo_topics()
QUIZZES = demo_quizzes()


def test_the_content_is_found():
    assert len(TOPICS) >= 8 and len(QUIZZES) >= 8
    assert sum(len(topic.lessons) for topic in TOPICS) >= 20


@pytest.mark.parametrize("topic", TOPICS, ids=[topic.slug for topic in TOPICS])
def test_topic_and_its_lessons_use_one_vocabulary(topic):
    found = offences(topic, f"topic {topic.slug}")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("quiz", QUIZZES, ids=[quiz.topic for quiz in QUIZZES])
def test_quiz_uses_one_vocabulary(quiz):
    found = offences(quiz, f"quiz {quiz.topic}")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("quiz", QUIZZES, ids=[quiz.topic for quiz in QUIZZES])
def test_quiz_intro_states_how_many_answers_pass(quiz):
    """“đúng ít nhất 6 trên 8 câu”, from the pass mark and the number of questions, not “70%”."""
    total = len(quiz.questions)
    needed = -(-quiz.pass_mark * total // 100)  # the smallest count that reaches the pass mark
    assert 100 * needed >= quiz.pass_mark * total > 100 * (needed - 1)
    assert f"ít nhất {needed} trên {total} câu" in quiz.intro, quiz.intro
    assert "%" not in quiz.intro, quiz.intro
    if quiz.en is not None:
        assert len(quiz.en.questions) == total
        said = (
            rf"at least {needed} (?:correct answers |right answers )?(?:out )?of (?:the )?{total}\b"
        )
        assert re.search(said, quiz.en.intro), quiz.en.intro
        assert "%" not in quiz.en.intro, quiz.en.intro


def test_the_check_finds_a_word_from_the_not_side():
    """The checks above can fail: a lesson with old words is caught, place and word named."""
    lesson = Lesson(
        slug="thu",
        title="Bài thử",
        summary="Chạm vào nút được tô đậm.",
        duration=1,
        level="CB1",
        skills=("0.1",),
        audiences=("elderly",),
        tags=("thử",),
        hero=Screen(app="Máy ảnh", heading="Chuyển 150.000đ"),
        hero_alt="Ảnh",
        body=[
            Paragraph("Nhập mã xác nhận, rồi hỏi Tổ công nghệ số."),
            Step(title="Bước", text="Trả 2 triệu, rồi đối chiếu.", screen=None, alt="Ảnh"),
        ],
        sources=(Source(title="Chạm để xem", publisher="Báo", url="https://example.org/"),),
        en=Lesson(
            slug="thu",
            title="Chạm",
            summary="",
            duration=1,
            level="CB1",
            skills=(),
            audiences=(),
            tags=(),
            hero=Screen(app=""),
            hero_alt="",
        ),
    )
    found = offences(lesson, "lesson thu")
    words = [line.split("“")[1].split("”")[0] for line in found]
    assert words == [
        "Chạm",
        "tô đậm",
        "Máy ảnh",
        "150.000đ",
        "mã xác nhận",
        "Tổ công nghệ số",
        "đối chiếu",
        "2 triệu",
    ], found
    assert found[0].startswith("lesson thu › summary:")
    assert found[4].startswith("lesson thu › body[0] (Paragraph) › text:")
    # Cited sources are quoted as published, and English is not checked.
    assert not any("sources" in line or "› en" in line for line in found)


# The same words on the portal's own screens: the Vietnamese catalogue, the pages that are not
# translated (the error pages a failing database still shows) and the video's captions.


def _root():
    from django.conf import settings

    return settings.BASE_DIR


def catalogue_strings() -> list[tuple[str, str]]:
    """(msgid, msgstr) of every translated entry of the Vietnamese catalogue."""
    text = (_root() / "locale" / "vi" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    entries = []
    for block in text.split("\n\n"):
        texts: dict[str, str] = {}
        name = ""
        for line in block.splitlines():
            keyword = re.match(r"^(msgid|msgid_plural|msgstr(?:\[\d\])?) ", line)
            if keyword:
                name = keyword.group(1)
                line = line[keyword.end() :]
            elif not line.startswith('"'):
                name = ""  # a comment, or an obsolete entry (#~)
                continue
            if name:
                texts[name] = texts.get(name, "") + json.loads(line)
        for key, value in texts.items():
            if key.startswith("msgstr") and value and texts.get("msgid"):
                entries.append((texts["msgid"], value))
    return entries


def test_interface_strings_use_one_vocabulary():
    entries = catalogue_strings()
    assert len(entries) > 200
    found = [
        f"catalogue “{msgid[:60]}”: “{match.group(0)}”, write {instead} instead"
        for msgid, text in entries
        for pattern, instead in PATTERNS
        for match in pattern.finditer(_nfc(text))
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("name", ["500.html", "503.html"])
def test_standalone_pages_use_one_vocabulary(name):
    found = offences((_root() / "templates" / name).read_text(encoding="utf-8"), name)
    assert not found, "\n".join(found)


def test_video_captions_and_pictures_use_one_vocabulary():
    from demo import make_video

    captions = (make_video.ASSETS / f"{make_video.KEY}.vi.vtt").read_text(encoding="utf-8")
    found = offences(captions, "captions") + offences(
        [slide.screen for slide in make_video.SLIDES], "video slides"
    )
    assert not found, "\n".join(found)
