"""Factories for quizzes and their questions; a scored form; one small site for a test."""

from dataclasses import dataclass

import factory
import wagtail_factories
from django.http import QueryDict

from home.models import HomePage
from lessons.models import LessonPage, TopicPage
from quizzes.blocks import (
    ChoiceBlock,
    MultipleChoiceQuestionBlock,
    PictureChoiceBlock,
    PictureChoiceQuestionBlock,
    QuestionStreamBlock,
    ScenarioQuestionBlock,
    SingleChoiceQuestionBlock,
    TrueFalseQuestionBlock,
)
from quizzes.models import QuizPage
from quizzes.submission import Submission, new_form_token, read_submission
from tests.home.factories import PublishedPageFactory
from tests.lessons.factories import (
    ImageChooserBlockFactory,
    LessonPageFactory,
    TopicPageFactory,
)
from tests.skills.factories import framework_skill


def skill_named(code: str):
    """A question's skill, looked up when the question is made."""
    return factory.LazyFunction(lambda: framework_skill(code))


class ChoiceBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = ChoiceBlock

    text = factory.Sequence(lambda n: f"Lựa chọn {n}")
    correct = False
    feedback = ""


class PictureChoiceBlockFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = PictureChoiceBlock

    image = factory.SubFactory(ImageChooserBlockFactory)
    alt = factory.Sequence(lambda n: f"Màn hình ứng dụng {n}")
    correct = False
    feedback = ""


class SingleChoiceQuestionFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = SingleChoiceQuestionBlock

    text = "Ai được biết mã OTP ngân hàng của bạn?"
    skill = skill_named("4.2")
    explanation = "Mã OTP là của riêng bạn."
    choices = wagtail_factories.ListBlockFactory(ChoiceBlockFactory)
    choices__0__text = "Chỉ mình bạn"
    choices__0__correct = True
    choices__0__feedback = "Đúng: không ai khác được biết."
    choices__1__text = "Nhân viên ngân hàng gọi đến"
    choices__1__feedback = "Chưa đúng: ngân hàng không bao giờ hỏi mã OTP."
    choices__2__text = "Cán bộ xã"


class MultipleChoiceQuestionFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = MultipleChoiceQuestionBlock

    text = "Việc nào giữ an toàn cho tài khoản? (chọn tất cả câu đúng)"
    skill = skill_named("4.2")
    explanation = ""
    choices = wagtail_factories.ListBlockFactory(ChoiceBlockFactory)
    choices__0__text = "Không đưa mã OTP cho ai"
    choices__0__correct = True
    choices__1__text = "Cài ứng dụng từ CH Play"
    choices__1__correct = True
    choices__2__text = "Bấm đường link trong tin nhắn lạ"


class TrueFalseQuestionFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = TrueFalseQuestionBlock

    text = "Tài khoản VNeID mức 2 dùng được thay giấy tờ tùy thân."
    skill = skill_named("2.6")
    explanation = ""
    answer = True
    feedback_true = "Đúng."
    feedback_false = "Chưa đúng."


class PictureQuestionFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = PictureChoiceQuestionBlock

    text = "Màn hình nào là ứng dụng VNeID thật?"
    skill = skill_named("2.6")
    explanation = ""
    choices = wagtail_factories.ListBlockFactory(PictureChoiceBlockFactory)
    choices__0__correct = True
    choices__1__correct = False


class ScenarioQuestionFactory(wagtail_factories.StructBlockFactory):
    class Meta:
        model = ScenarioQuestionBlock

    text = "Bạn nhận tin nhắn này. Bạn làm gì?"
    skill = skill_named("1.2")
    explanation = ""
    image = factory.SubFactory(ImageChooserBlockFactory)
    alt = "Tin nhắn báo trúng thưởng kèm đường link lạ"
    choices = wagtail_factories.ListBlockFactory(ChoiceBlockFactory)
    choices__0__text = "Không bấm link, chặn số"
    choices__0__correct = True
    choices__1__text = "Bấm link xem thử"


class QuestionStreamBlockFactory(wagtail_factories.StreamBlockFactory):
    class Meta:
        model = QuestionStreamBlock

    single = factory.SubFactory(SingleChoiceQuestionFactory)
    multiple = factory.SubFactory(MultipleChoiceQuestionFactory)
    true_false = factory.SubFactory(TrueFalseQuestionFactory)
    picture = factory.SubFactory(PictureQuestionFactory)
    scenario = factory.SubFactory(ScenarioQuestionFactory)


class QuizPageFactory(PublishedPageFactory):
    """A published quiz with one question of each kind: skills 4.2, 4.2, 2.6, 2.6, 1.2.

    Pass mark 70 %: four right answers of five pass.
    """

    class Meta:
        model = QuizPage

    parent = factory.SubFactory(TopicPageFactory)
    title = factory.Sequence(lambda n: f"Kiểm tra thử {n}")
    slug = factory.Sequence(lambda n: f"kiem-tra-thu-{n}")
    intro = "Năm câu hỏi; làm lại bao nhiêu lần cũng được."
    pass_mark = 70
    questions = wagtail_factories.StreamFieldFactory(QuestionStreamBlockFactory)
    questions__0 = "single"
    questions__1 = "multiple"
    questions__2 = "true_false"
    questions__3 = "picture"
    questions__4 = "scenario"


# Answering -------------------------------------------------------------------------------------


def answers_for(quiz: QuizPage, right: bool = True) -> dict[str, list[str]]:
    """Question id → chosen choice ids: every answer right, or every answer wrong."""
    answers = {}
    for key in quiz.key.values():
        if right:
            answers[key.id] = sorted(key.correct)
        else:
            answers[key.id] = [next(c for c in key.choices if c not in key.correct)]
    return answers


def scored_submission(quiz: QuizPage, answers: dict[str, list[str]] | None = None) -> Submission:
    """A form of ``quiz`` filled in and read back as the quiz page reads a POST: a fresh token,
    then checked and scored by ``read_submission`` (all answers right unless given)."""
    token, _order = new_form_token(quiz)
    post = QueryDict(mutable=True)
    post["form_token"] = token
    for question_id, chosen in (answers or answers_for(quiz)).items():
        post.setlist(f"q-{question_id}", chosen)
    return read_submission(quiz, post)


# One small site --------------------------------------------------------------------------------


@dataclass
class Tree:
    home: HomePage
    topic: TopicPage
    lessons: list[LessonPage]
    quiz: QuizPage


def build_tree(lessons: int = 2) -> Tree:
    """The test's home → a topic → its lessons, then its quiz: all published, in tree order."""
    topic = TopicPageFactory()
    made = [LessonPageFactory(parent=topic) for _ in range(lessons)]
    quiz = QuizPageFactory(parent=topic)
    return Tree(HomePage.objects.get(pk=topic.get_parent().pk), topic, made, quiz)
