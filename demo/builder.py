"""Build the demo site from ``demo.topics``: pages, pictures, video, translations.

Re-runnable: what exists is kept (an editor may have changed it); what is missing is made.
With ``update=True`` the demo pages are rewritten from the code.
"""

from __future__ import annotations

import html
import random
import secrets
import uuid
from collections.abc import Callable, Iterable
from datetime import date
from io import BytesIO
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtailmedia.models import get_media_model

from home.models import HomePage
from learners.models import Learner
from learners.services.records import record_attempt
from lessons.models import LessonPage, TopicPage
from places.models import Village
from portal.models import CommuneSettings
from quizzes.models import QuizPage
from quizzes.scoring import score, shown_order
from quizzes.submission import Submission
from skills.models import Level, Skill

from .community import CommuneBuilder
from .make_video import duration as video_duration
from .pictures import draw_hero, draw_screen
from .spec import Callout, Checklist, Lesson, Paragraph, Question, Quiz, Screen, Step, Topic, Video
from .topics import QUIZZES, TOPICS

ASSETS = Path(__file__).resolve().parent / "assets"
NAMESPACE = uuid.UUID("6f1c3a52-8a51-4f38-9d0e-4f1f3f8e6a10")

HOME = {
    "title": "Bình dân học vụ số",
    "slug": "trang-chu",
    "tagline": "Học kỹ năng số từng bước, bằng điện thoại của bạn.",
    "intro": (
        "Bài học ngắn, có hình minh họa, dành cho mọi người dân: dùng điện thoại, VNeID, "
        "dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và phòng chống lừa đảo."
    ),
    "en": {
        "title": "Digital skills for everyone",
        "tagline": "Learn digital skills step by step, on your own phone.",
        "intro": (
            "Short illustrated lessons for every citizen: using a smartphone, VNeID, online "
            "public services, cashless payment and avoiding scams."
        ),
    },
}

COMMUNE = {
    "commune_name": "Xã Hòa Bình",
    # Cannot be anyone's number: Vietnamese numbers start with 0 and a non-zero digit (area
    # codes 2xx, mobile 3, 5, 7, 8, 9), and "00" is the international prefix, which no country
    # code follows with 0. A commune replaces it with its own line in the site settings.
    "hotline": "0000 000 000",
    "support_address": "Trung tâm Phục vụ hành chính công xã Hòa Bình (thứ Hai đến thứ Sáu, 7:30–11:30)",
    "zalo_group_url": "https://zalo.me/g/xa-hoa-binh-vi-du",
}


# (display name, birth year, village, how often they answer right): fictional people.
DEMO_LEARNERS = [
    ("Nguyễn Thị Lan", 1958, "Thôn Đông", 0.95),
    ("Trần Văn Hùng", 1965, "Thôn Tây", 0.8),
    ("Lê Thị Mai", 1990, "Thôn Trung", 0.9),
    ("Phạm Văn Tuấn", 1972, "Thôn Đông", 0.65),
    ("Hoàng Thị Hoa", 1949, "Thôn Bắc", 0.5),
]


def all_topics() -> list[Topic]:
    return list(TOPICS)


def all_quizzes() -> list[Quiz]:
    return list(QUIZZES)


def block_id(*parts: object) -> str:
    """Stable block ids, so that re-running the seed compares equal and diffs stay small."""
    return str(uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts)))


class DemoBuilder:
    def __init__(self, log: Callable[[str], None] = print, update: bool = False):
        self.log = log
        self.update = update
        self.vi = Locale.objects.get_or_create(language_code="vi")[0]
        self.en = Locale.objects.get_or_create(language_code="en")[0]
        self.images = {}
        self.skills = {s.code: s for s in Skill.objects.filter(locale=self.vi)}
        self.levels = {lv.code: lv for lv in Level.objects.filter(locale=self.vi)}

    # Assets ---------------------------------------------------------------------------------

    @transaction.atomic
    def collection(self) -> Collection:
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name="Bài học mẫu").first()
        return existing or root.add_child(name="Bài học mẫu")

    def image(self, title: str, alt: str, png: Callable[[], bytes]):
        """The image called ``title``, drawn and saved when it does not exist yet."""
        Image = get_image_model()
        image = Image.objects.filter(title=title).first()
        if image is None:
            name = f"{block_id(title)[:13]}.png"
            image = Image(
                title=title,
                description=alt[:255],
                collection=self._collection,
                file=ImageFile(BytesIO(png()), name=name),
            )
            image._set_image_file_metadata()
            image.save()
        return image

    def screen_image(self, key: str, screen: Screen, alt: str, hero: bool = False):
        draw = draw_hero if hero else draw_screen
        return self.image(key, alt, lambda: draw(screen))

    def quiz_image(self, key: str, screen: Screen, alt: str):
        """A quiz picture: the screen with no arrow or highlight that would give the answer away.

        With ``update``, a quiz picture drawn otherwise before (an older seed drew the lessons'
        arrow on it) is drawn again in place: its questions keep pointing at it.
        """
        image = self.image(key, alt, lambda: draw_screen(screen, pointer=False))
        if self.update:
            self.redraw(image, draw_screen(screen, pointer=False))
        return image

    def redraw(self, image, png: bytes) -> None:
        """Give ``image`` the picture ``png`` if it holds another one (its renditions go too)."""
        with image.open_file() as current:
            if current.read() == png:
                return
        image.renditions.all().delete()
        image.file.delete(save=False)
        image.file = ImageFile(BytesIO(png), name=f"{block_id(image.title)[:13]}.png")
        image._set_image_file_metadata()
        image.save()

    def video(self, video: Video) -> dict:
        """The demo video with its poster and captions, as a video block value."""
        Media = get_media_model()
        Document = get_document_model()
        media = Media.objects.filter(title=video.title).first()
        if media is None:
            media = Media(title=video.title, type="video", collection=self._collection)
            media.file.save(
                f"{video.key}.mp4", ContentFile((ASSETS / f"{video.key}.mp4").read_bytes())
            )
            media.duration = video_duration()
            media.save()
        captions = Document.objects.filter(title=f"Phụ đề: {video.title}").first()
        if captions is None:
            captions = Document(title=f"Phụ đề: {video.title}", collection=self._collection)
            captions.file.save(
                f"{video.key}.vi.vtt", ContentFile((ASSETS / f"{video.key}.vi.vtt").read_bytes())
            )
        poster = self.image(
            f"Ảnh bìa video: {video.title}",
            video.title,
            lambda: (ASSETS / f"{video.key}.poster.png").read_bytes(),
        )
        return {
            "title": video.title,
            "video": media.pk,
            "poster": poster.pk,
            "captions": captions.pk,
            "captions_language": "vi",
            "transcript": video.transcript,
        }

    # Pages ----------------------------------------------------------------------------------

    def home(self) -> HomePage:
        home = HomePage.objects.filter(locale=self.vi).first()
        site = Site.objects.filter(is_default_site=True).first()
        if home is None:
            root = Page.get_first_root_node()
            home = HomePage(
                title=HOME["title"],
                slug=HOME["slug"],
                tagline=HOME["tagline"],
                intro=HOME["intro"],
                locale=self.vi,
            )
            root.add_child(instance=home)
            home.save_revision().publish()
            if site is None:
                site = Site.objects.create(
                    hostname="localhost", port=80, root_page=home, is_default_site=True
                )
            site.root_page = home
            site.site_name = HOME["title"]
            site.save()
            # Wagtail's placeholder “Welcome” page is not ours to keep.
            Page.objects.filter(
                depth=2, content_type=ContentType.objects.get_for_model(Page)
            ).delete()
        settings = CommuneSettings.for_site(site)
        if not settings.hotline:
            for field, value in COMMUNE.items():
                setattr(settings, field, value)
            settings.save()
        return home

    def body(self, lesson: Lesson) -> list[dict]:
        raw, step = [], 0
        for index, block in enumerate(lesson.body):
            bid = block_id(lesson.slug, index)
            if isinstance(block, Paragraph):
                raw.append(
                    {
                        "type": "paragraph",
                        "id": bid,
                        "value": f"<p>{html.escape(block.text, quote=False)}</p>",
                    }
                )
            elif isinstance(block, Step):
                step += 1
                image = self.screen_image(f"{lesson.slug} · bước {step}", block.screen, block.alt)
                value = {
                    "title": block.title,
                    "image": image.pk,
                    "alt": block.alt,
                    "text": block.text,
                    "tip": block.tip,
                }
                raw.append({"type": "step", "id": bid, "value": value})
            elif isinstance(block, Callout):
                value = {"kind": block.kind, "title": block.title, "text": block.text}
                raw.append({"type": "callout", "id": bid, "value": value})
            elif isinstance(block, Checklist):
                items = [
                    {"type": "item", "id": block_id(lesson.slug, index, n), "value": item}
                    for n, item in enumerate(block.items)
                ]
                raw.append(
                    {
                        "type": "checklist",
                        "id": bid,
                        "value": {"title": block.title, "items": items},
                    }
                )
            elif isinstance(block, Video):
                raw.append({"type": "video", "id": bid, "value": self.video(block)})
        return raw

    def topic(self, home: HomePage, topic: Topic) -> TopicPage:
        page = TopicPage.objects.child_of(home).filter(slug=topic.slug).first()
        if page and not self.update:
            return page
        image = self.screen_image(f"Chủ đề: {topic.title}", topic.hero, topic.hero_alt, hero=True)
        fields = {"title": topic.title, "intro": topic.intro, "image": image}
        return self._save(home, TopicPage, page, topic.slug, fields)

    def lesson(self, topic_page: TopicPage, lesson: Lesson) -> LessonPage:
        page = LessonPage.objects.filter(slug=lesson.slug, locale=self.vi).first()
        if page and not self.update:
            return page
        hero = self.screen_image(f"Bài: {lesson.title}", lesson.hero, lesson.hero_alt, hero=True)
        fields = {
            "title": lesson.title,
            "summary": lesson.summary,
            "duration_minutes": lesson.duration,
            "level": self.levels[lesson.level],
            "audiences": list(lesson.audiences),
            "hero_image": hero,
            "body": self.body(lesson),
            "sources": [
                (
                    "source",
                    {
                        "title": source.title,
                        "publisher": source.publisher,
                        "url": source.url,
                        "published": date.fromisoformat(source.date) if source.date else None,
                    },
                )
                for source in lesson.sources
            ],
            "last_checked": date.fromisoformat(lesson.checked) if lesson.checked else None,
        }
        page = self._save(topic_page, LessonPage, page, lesson.slug, fields, publish=False)
        page.skills.set([self.skills[code] for code in lesson.skills])
        page.tags.set(list(lesson.tags), clear=True)
        page.save_revision().publish()
        return page

    def _save(self, parent, model, page, slug, fields, publish=True):
        if page is None:
            page = model(slug=slug, locale=self.vi, **fields)
            parent.add_child(instance=page)
        else:
            for name, value in fields.items():
                setattr(page, name, value)
        if publish:
            page.save_revision().publish()
        return page

    def relate(self, lesson: Lesson) -> None:
        if not lesson.related:
            return
        page = LessonPage.objects.get(slug=lesson.slug, locale=self.vi)
        if page.related_lessons.exists() and not self.update:
            return
        related = LessonPage.objects.filter(slug__in=lesson.related, locale=self.vi)
        page.related_lessons.set(list(related))
        page.save_revision().publish()

    # Quizzes --------------------------------------------------------------------------------

    def question(self, quiz: Quiz, index: int, question: Question) -> dict:
        prefix = f"{quiz.topic} · kiểm tra · câu {index + 1}"
        value = {
            "text": question.text,
            "skill": self.skills[question.skill].pk,
            "explanation": question.explanation,
        }
        if question.kind == "true_false":
            value.update(
                answer=bool(question.answer),
                feedback_true=question.feedback_true,
                feedback_false=question.feedback_false,
            )
        elif question.kind == "picture":
            value["choices"] = [
                {
                    "type": "item",
                    "id": block_id(prefix, n),
                    "value": {
                        "image": self.quiz_image(
                            f"{prefix} · hình {n + 1}", choice.screen, choice.alt
                        ).pk,
                        "alt": choice.alt,
                        "correct": choice.correct,
                        "feedback": choice.feedback,
                    },
                }
                for n, choice in enumerate(question.picture_choices)
            ]
        else:
            value["choices"] = [
                {
                    "type": "item",
                    "id": block_id(prefix, n),
                    "value": {"text": c.text, "correct": c.correct, "feedback": c.feedback},
                }
                for n, c in enumerate(question.choices)
            ]
            if question.kind == "scenario":
                image = self.quiz_image(
                    f"{prefix} · tình huống", question.scenario, question.scenario_alt
                )
                value.update(image=image.pk, alt=question.scenario_alt)
        return {"type": question.kind, "id": block_id(prefix), "value": value}

    def quiz(self, topic_page: TopicPage, quiz: Quiz) -> QuizPage:
        page = QuizPage.objects.child_of(topic_page).first()
        if page and not self.update:
            return page
        fields = {
            "title": quiz.title,
            "intro": quiz.intro,
            "pass_mark": quiz.pass_mark,
            "shuffle": quiz.shuffle,
            "questions": [self.question(quiz, i, q) for i, q in enumerate(quiz.questions)],
        }
        return self._save(topic_page, QuizPage, page, "kiem-tra", fields)

    # Demo learners --------------------------------------------------------------------------

    def learners(self) -> None:
        """A few learners with attempts, so that the staff reports are not empty on day one."""
        rng = random.Random(2026)  # noqa: S311  demo data, not security
        quizzes = list(QuizPage.objects.filter(locale=self.vi).live())
        for name, year, village_name, ability in DEMO_LEARNERS:
            village = Village.objects.filter(name=village_name).first()
            if Learner.objects.filter(display_name=name, birth_year=year).exists():
                continue
            learner = Learner(
                code=Learner.unique_code(),
                display_name=name,
                birth_year=year,
                village=village,
                village_note="" if village else village_name,
            )
            learner.set_pin(secrets.token_hex(8))  # nobody signs in as a demo learner
            learner.save()
            for quiz in quizzes:
                if rng.random() < 0.2:
                    continue
                for _try in range(2):
                    nonce = secrets.token_urlsafe(16)
                    order = shown_order(quiz.key, quiz.shuffle, seed=nonce)
                    answers = {}
                    for item in order:
                        key = quiz.key[item["q"]]
                        difficulty = 0.55 + 0.45 * (int(item["q"][:4], 16) / 0xFFFF)
                        if rng.random() < ability * difficulty:
                            answers[key.id] = sorted(key.correct)
                        else:
                            wrong = [c for c in key.choices if c not in key.correct] or list(
                                key.choices
                            )
                            answers[key.id] = [rng.choice(wrong)]
                    result = score(quiz.key, order, answers, quiz.pass_mark)
                    submission = Submission(
                        quiz, quiz.live_revision_id, nonce, order, answers, result
                    )
                    record_attempt(submission, learner=learner)
                    if result.passed:
                        break
        self.log(f"  Demo learners: {len(DEMO_LEARNERS)}")

    # Translations ---------------------------------------------------------------------------

    def translate(self, page: Page, strings: dict[str, str]) -> None:
        """Translate ``page`` into English through wagtail-localize, from vi→en string pairs."""
        if page.has_translation(self.en) and not self.update:
            return
        source, _created = TranslationSource.update_or_create_from_instance(page)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=self.en, defaults={"enabled": True}
        )
        for segment in StringSegment.objects.filter(source=source).select_related(
            "string", "context"
        ):
            english = strings.get(segment.string.data) or strings.get(
                html.unescape(segment.string.data)
            )
            if english:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=self.en,
                    context=segment.context,
                    defaults={"data": english, "translation_type": "manual"},
                )
        translation.save_target(publish=True)

    def build(self) -> None:
        topics = all_topics()
        quizzes = all_quizzes()
        lessons_total = sum(len(topic.lessons) for topic in topics)
        self.log(f"Demo content: {len(topics)} topics, {lessons_total} lessons")
        self._collection = self.collection()
        home = self.home()
        done = 0
        for number, topic in enumerate(topics, start=1):
            topic_page = self.topic(home, topic)
            for lesson in topic.lessons:
                self.lesson(topic_page, lesson)
                done += 1
            self.log(
                f"  [{number}/{len(topics)}] {topic.title}: {len(topic.lessons)} lessons ({done}/{lessons_total})"
            )
        for topic in topics:
            for lesson in topic.lessons:
                self.relate(lesson)
        self.log(f"  Quizzes: {len(quizzes)}")
        for quiz in quizzes:
            self.quiz(TopicPage.objects.get(slug=quiz.topic, locale=self.vi), quiz)
        self.log("  Translating into English")
        self.translate(home, {HOME[key]: HOME["en"][key] for key in ("title", "tagline", "intro")})
        for topic in topics:
            if topic.en is None:
                continue
            topic_page = TopicPage.objects.get(slug=topic.slug, locale=self.vi)
            self.translate(topic_page, topic_strings(topic))
            for lesson in topic.lessons:
                if lesson.en is not None:
                    page = LessonPage.objects.get(slug=lesson.slug, locale=self.vi)
                    self.translate(page, lesson_strings(lesson))
        for quiz in quizzes:
            if quiz.en is not None:
                topic_page = TopicPage.objects.get(slug=quiz.topic, locale=self.vi)
                self.translate(QuizPage.objects.child_of(topic_page).get(), quiz_strings(quiz))
        self.learners()
        CommuneBuilder(log=self.log).build()
        self.log("Demo content ready.")


def pairs(vi: Iterable[str], en: Iterable[str]) -> dict[str, str]:
    return {a: b for a, b in zip(vi, en, strict=True) if a and b}


def topic_strings(topic: Topic) -> dict[str, str]:
    return pairs(
        [topic.title, topic.slug, topic.intro], [topic.en.title, topic.en.slug, topic.en.intro]
    )


def lesson_strings(lesson: Lesson) -> dict[str, str]:
    en = lesson.en
    strings = pairs([lesson.title, lesson.slug, lesson.summary], [en.title, en.slug, en.summary])
    for vi_block, en_block in zip(lesson.body, en.body, strict=True):
        if type(vi_block) is not type(en_block):
            raise ValueError(f"{lesson.slug}: English body does not match the Vietnamese one")
        if isinstance(vi_block, Paragraph):
            fields = ["text"]
        elif isinstance(vi_block, Step):
            fields = ["title", "text", "alt", "tip"]
        elif isinstance(vi_block, Callout):
            fields = ["title", "text"]
        elif isinstance(vi_block, Video):
            fields = ["title", "transcript"]
        else:
            fields = ["title"]
            strings.update(pairs(vi_block.items, en_block.items))
        strings.update(
            pairs([getattr(vi_block, f) for f in fields], [getattr(en_block, f) for f in fields])
        )
    return strings


def quiz_strings(quiz: Quiz) -> dict[str, str]:
    en = quiz.en
    strings = pairs([quiz.title, quiz.intro, "kiem-tra"], [en.title, en.intro, "quiz"])
    for vi_q, en_q in zip(quiz.questions, en.questions, strict=True):
        if vi_q.kind != en_q.kind:
            raise ValueError(f"{quiz.topic}: English questions do not match the Vietnamese ones")
        fields = ["text", "explanation", "feedback_true", "feedback_false", "scenario_alt"]
        strings.update(
            pairs([getattr(vi_q, f) for f in fields], [getattr(en_q, f) for f in fields])
        )
        for vi_c, en_c in zip(vi_q.choices, en_q.choices, strict=True):
            strings.update(pairs([vi_c.text, vi_c.feedback], [en_c.text, en_c.feedback]))
        for vi_c, en_c in zip(vi_q.picture_choices, en_q.picture_choices, strict=True):
            strings.update(pairs([vi_c.alt, vi_c.feedback], [en_c.alt, en_c.feedback]))
    return strings
