"""Plain data classes that describe the demo content.

The topic modules (``demo/topics/``) fill these in; ``pictures.py`` draws every ``Screen``;
the ``seed_demo`` command turns them into Wagtail pages. Nothing here imports Django.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Kinds of phone-screen drawing that ``pictures.draw_screen`` knows.
SCREEN_KINDS = (
    "app",  # an app screen: top bar with the app name, a heading, text rows, one highlighted button
    "home",  # the phone's home screen: a grid of app icons, ``button`` names the icon to tap
    "store",  # CH Play / App Store page of an app with an "Cài đặt" button
    "form",  # a form: ``lines`` are field labels (shown as empty boxes), ``button`` submits
    "sms",  # a text message: ``heading`` is the sender, ``lines`` the message bubbles
    "call",  # an incoming call: ``heading`` is the caller, ``lines`` what they say
    "chat",  # a chat (Zalo group, chatbot): ``lines`` alternate "Name: text" bubbles
    "qr",  # a QR code being scanned, ``lines`` show recipient and amount
    "settings",  # a settings list: ``lines`` are rows, ``button`` names the row to tap
    "browser",  # a web page: ``heading`` is the address (e.g. "dichvucong.gov.vn")
    "speed",  # a speed-test result: ``lines`` like "Tải xuống: 45 Mbps"
)


@dataclass(frozen=True)
class Screen:
    """A simple phone-screen drawing (no real screenshots, logos or photos of people)."""

    app: str  # the app's name in the top bar, e.g. "VNeID", "Cài đặt", "CH Play"
    kind: str = "app"  # one of SCREEN_KINDS
    heading: str = ""  # the big line at the top of the screen
    lines: tuple[str, ...] = ()  # rows of text on the screen (short: about 30 characters each)
    button: str = ""  # the one thing to press, drawn highlighted with an arrow pointing at it
    danger: bool = False  # mark the screen as a scam / something not to do (red border, a big X)


@dataclass(frozen=True)
class Paragraph:
    """A short paragraph of plain text (no HTML)."""

    text: str


@dataclass(frozen=True)
class Step:
    """One numbered step: a short title, one or two sentences, a picture and its alt text."""

    title: str
    text: str
    screen: Screen | None  # None only in English translations (they reuse the Vietnamese picture)
    alt: str  # what the picture shows, for a blind reader
    tip: str = ""


@dataclass(frozen=True)
class Callout:
    """A boxed tip, warning or danger note."""

    kind: str  # "tip" | "warning" | "danger"
    title: str
    text: str


@dataclass(frozen=True)
class Checklist:
    """ "Try it yourself": things to do on your own phone."""

    title: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Video:
    """The demo video shipped in ``demo/assets`` (``<key>.mp4`` and ``<key>.vi.vtt``)."""

    key: str
    title: str
    transcript: str = ""


Block = Paragraph | Step | Callout | Checklist | Video


@dataclass(frozen=True)
class Source:
    """Where a lesson's facts come from: shown to citizens under "Nguồn"."""

    title: str  # the article's or page's title, as published
    publisher: str  # e.g. "Cổng thông tin điện tử Bộ Công an", "Báo Thanh Niên"
    url: str  # a full https:// address
    date: str = ""  # ISO date of publication ("2025-06-03"), "" when the page shows none


@dataclass
class Lesson:
    """A lesson page. ``en``, when set, is the English translation with the same block structure."""

    slug: str  # ASCII Vietnamese, e.g. "kich-hoat-tai-khoan-vneid"
    title: str
    summary: str  # one sentence
    duration: int  # minutes
    level: str  # "CB1" or "CB2" (the levels in skills/framework.py)
    skills: tuple[str, ...]  # skill codes, e.g. ("2.6", "4.2")
    audiences: tuple[str, ...]  # from AUDIENCES
    tags: tuple[str, ...]  # Vietnamese tags, lower case, e.g. ("vneid", "định danh điện tử")
    hero: Screen  # the lesson's picture on cards and at the top
    hero_alt: str
    body: list[Block] = field(default_factory=list)
    related: tuple[str, ...] = ()  # slugs of other lessons
    sources: tuple[Source, ...] = ()  # at least one: the facts the lesson rests on
    checked: str = ""  # ISO date an editor last checked the lesson against the app and the rules
    en: Lesson | None = None


@dataclass
class Topic:
    """A topic page with its lessons in order."""

    slug: str
    title: str
    intro: str  # two or three sentences
    hero: Screen
    hero_alt: str
    lessons: list[Lesson] = field(default_factory=list)
    en: Topic | None = None  # English translation: title, intro, hero_alt; lessons carry their own


AUDIENCES = ("elderly", "traders", "farmers", "workers", "students", "officials", "disabilities")


# Quizzes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    """An answer choice; ``feedback`` is shown after submission (why it is right or wrong)."""

    text: str
    correct: bool = False
    feedback: str = ""


@dataclass(frozen=True)
class PictureChoice:
    """A picture answer choice (“which screen is the real bank app?”)."""

    screen: Screen | None  # None only in English translations (they reuse the picture)
    alt: str
    correct: bool = False
    feedback: str = ""


@dataclass(frozen=True)
class Question:
    """A quiz question.

    kind: "single" (exactly one correct choice), "multiple" (one or more correct),
    "true_false" (``answer`` is the truth of ``text``; ``choices`` empty),
    "picture" (``picture_choices``, exactly one correct),
    "scenario" (``scenario`` picture of an SMS, call or screen + ``text`` + single-answer ``choices``).
    """

    kind: str
    text: str
    skill: str  # a framework skill code, e.g. "4.2"
    choices: tuple[Choice, ...] = ()
    picture_choices: tuple[PictureChoice, ...] = ()
    answer: bool | None = None  # true_false only
    feedback_true: str = ""  # true_false: shown when the learner answered “Đúng”
    feedback_false: str = ""  # true_false: shown when the learner answered “Sai”
    scenario: Screen | None = None  # scenario only (None in English translations)
    scenario_alt: str = ""
    explanation: str = ""  # why, shown with the result, optional


@dataclass
class Quiz:
    """The quiz of a topic. ``en``, when set, has the same questions in the same order."""

    topic: str  # the topic's slug
    title: str
    intro: str
    pass_mark: int  # percent
    questions: list[Question] = field(default_factory=list)
    shuffle: bool = True
    en: Quiz | None = None
