"""What a learner reads on the quiz form sent back, and on the result's review.

- A form sent with questions left blank names each of them, on the question (words and an
  icon) and in the banner (a link to the question), and keeps every choice already ticked.
- Picture choices are served big enough to read their clues (one per row, 720 px for 2x).
- The review says what the learner chose and whether it was right in words that cannot be
  misread, for every question kind; citizens see no framework codes.
"""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quizzes.models import QuizPage
from tests.learners.helpers import answers_for, open_form, submit

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]


@pytest.fixture
def quiz(tree):
    return tree.quiz


def text(html: str) -> str:
    """The page's words, tags removed, spaces collapsed."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def fieldsets(html: str) -> dict[str, str]:
    """Each question's fieldset HTML by its id (“cau-3”)."""
    return dict(re.findall(r'<fieldset [^>]*id="(cau-\d+)"[^>]*>(.*?)</fieldset>', html, re.S))


def numbers_of(form_html: str, quiz) -> dict[str, int]:
    """Question id → the number the form showed it with."""
    found = {}
    for number, body in fieldsets(form_html).items():
        question_id = re.search(r'name="q-([^"]+)"', body).group(1)
        found[question_id] = int(number.split("-")[1])
    return found


def test_blank_questions_are_named_on_the_question_and_linked_from_the_banner(client, quiz):
    form = open_form(client, quiz)
    numbers = numbers_of(form["html"], quiz)
    answers = answers_for(quiz)
    blank = sorted(numbers.items(), key=lambda item: item[1])[1:3]  # the 2nd and 3rd shown
    for question_id, _number in blank:
        del answers[f"q-{question_id}"]

    response = submit(client, quiz, answers, form["token"])
    assert response.status_code == 400
    html = response.content.decode()
    banner = re.search(r'<div class="error" role="alert" id="form-error">(.*?)</div>', html, re.S)
    assert banner, "no banner"
    links = re.findall(r'<a href="#(cau-\d+)">(.*?)</a>', banner.group(1), re.S)
    assert [anchor for anchor, _ in links] == [f"cau-{number}" for _, number in blank]
    for (_anchor, label), (_, number) in zip(links, blank, strict=True):
        assert text(label) == f"! Câu {number}: bạn chưa chọn đáp án."

    shown = fieldsets(html)
    for question_id, number in numbers.items():
        body = shown[f"cau-{number}"]
        opening = re.search(rf'<fieldset [^>]*id="cau-{number}"[^>]*>', html).group(0)
        if (question_id, number) in blank:
            assert "flagged" in opening
            assert f'aria-describedby="cau-{number}-note"' in opening
            note = re.search(rf'<p class="flag-note" id="cau-{number}-note">(.*?)</p>', body, re.S)
            assert note and 'class="flag-icon"' in note.group(1)
            assert text(note.group(1)).endswith(f"Câu {number}: bạn chưa chọn đáp án.")
            assert " checked" not in body
        else:
            assert "flagged" not in opening and "flag-note" not in body
            for choice_id in answers[f"q-{question_id}"]:  # what was ticked stays ticked
                assert re.search(rf'value="{re.escape(choice_id)}" checked', body), number


def test_two_answers_to_a_one_answer_question_are_named_too(client, quiz):
    form = open_form(client, quiz)
    numbers = numbers_of(form["html"], quiz)
    single = next(key for key in quiz.key.values() if key.single and len(key.choices) > 2)
    answers = {**answers_for(quiz), f"q-{single.id}": list(single.choices[:2])}
    html = submit(client, quiz, answers, form["token"]).content.decode()
    number = numbers[single.id]
    assert f'<a href="#cau-{number}">' in html
    assert f"Câu {number}: chỉ chọn một đáp án." in text(html)


def test_a_complete_form_shows_no_marks(client, quiz):
    html = open_form(client, quiz)["html"]
    assert "flag-note" not in html and "form-error" not in html and "flagged" not in html


def test_picture_choices_are_served_to_fill_the_phone(client, quiz):
    html = open_form(client, quiz)["html"]
    block = re.search(r'<div class="picture-choices">(.*?)</div>', html, re.S).group(1)
    pictures = re.findall(r"<img [^>]+>", block)
    assert len(pictures) == 2
    for picture in pictures:
        # (the factory's pictures are small: their renditions keep their own width)
        assert re.search(
            r"width-360\.format-webp\.webp \d+w, [^\"]+width-720\.format-webp", picture
        )
        assert 'sizes="(max-width: 44rem) calc(100vw - 2rem), 42rem"' in picture
    assert [f"Hình {n}" for n in (1, 2)] == re.findall(r"<span>(Hình \d)</span>", block)


def quiz_page_queries(client, quiz) -> int:
    client.get(quiz.url)  # renditions are made on the first view
    with CaptureQueriesContext(connection) as captured:
        client.get(quiz.url)
    return len(captured.captured_queries)


def test_the_pictures_renditions_are_fetched_together(client, quiz):
    """The renditions the picture choices use are prefetched: more pictures, no more queries."""
    before = quiz_page_queries(client, quiz)
    page = QuizPage.objects.get(pk=quiz.pk)
    raw = page.questions.raw_data
    picture = next(block for block in raw if block["type"] == "picture")
    extra = [dict(item, id=f"{item['id']}-again") for item in picture["value"]["choices"]]
    picture["value"]["choices"] += extra
    page.questions = raw
    page.save_revision().publish()
    assert quiz_page_queries(client, page) == before


# The review ------------------------------------------------------------------------------------


def review_items(html: str) -> list[str]:
    review = re.search(r'<ol class="review">(.*?)</ol>', html, re.S).group(1)
    return [text(item) for item in re.findall(r"<li>(.*?)</li>", review, re.S)]


def result_html(client, quiz, answers) -> str:
    form = open_form(client, quiz)
    response = submit(client, quiz, answers, form["token"])
    assert response.status_code == 302, response.status_code
    return client.get(response.url).content.decode()


def item_about(items: list[str], question_text: str) -> str:
    return next(item for item in items if question_text in item)


def test_true_false_review_says_what_was_chosen_and_whether_it_was_right(client, quiz):
    statement = next(b for b in quiz.questions if b.block_type == "true_false")
    true_false = quiz.key[statement.id]
    wrong = {**answers_for(quiz), f"q-{true_false.id}": ["false"]}
    item = item_about(review_items(result_html(client, quiz, wrong)), statement.value["text"])
    assert "Bạn chọn: Sai ✘ Chưa đúng. Đáp án đúng: Đúng" in item
    assert "câu trả lời của bạn" not in item and "✔" not in item

    right = {**answers_for(quiz), f"q-{true_false.id}": ["true"]}
    item = item_about(review_items(result_html(client, quiz, right)), statement.value["text"])
    assert "Bạn chọn: Đúng ✔ Bạn trả lời đúng." in item
    assert "Chưa đúng" not in item


@pytest.mark.parametrize("kind", ["single", "multiple", "picture", "scenario"])
def test_every_kind_names_the_choice_and_the_right_answer(client, quiz, kind):
    block = next(b for b in quiz.questions if b.block_type == kind)
    key = quiz.key[block.id]
    choices = {choice.id: choice for choice in block.value.choice_list()}
    wrong_id = next(c for c in key.choices if c not in key.correct)
    answers = {**answers_for(quiz), f"q-{block.id}": [wrong_id]}
    html = result_html(client, quiz, answers)
    item = item_about(review_items(html), block.value["text"])
    assert f"Bạn chọn: {'Hình ' if kind == 'picture' else ''}" in item
    assert choices[wrong_id].label in item.split("✘")[0]
    right_part = item.split("✘ Chưa đúng.")[1]
    expected = "Các đáp án đúng:" if len(key.correct) > 1 else "Đáp án đúng:"
    assert right_part.strip().startswith(expected), item
    for choice_id in key.correct:
        assert choices[choice_id].label in right_part
    if choices[wrong_id].feedback:
        assert choices[wrong_id].feedback in item


def test_the_review_and_quiz_pages_show_no_framework_codes(client, quiz):
    html = result_html(client, quiz, answers_for(quiz))
    for page in (html, client.get(quiz.url).content.decode()):
        words = text(page)
        assert "Bảo vệ dữ liệu cá nhân" in words  # skill 4.2, by its name
        assert not re.search(r"\b[0-6]\.[1-6]\b", words), re.findall(
            r".{30}\b[0-6]\.[1-6]\b.{30}", words
        )
