"""Taking a quiz on a phone, saving the result, and using the record on other phones.

The browser cannot read the answer key, and browser tests do not touch the database, so the
right answers are learned the way a learner would: submit once, read the result page (it names
“đáp án đúng” for every question), then “Làm lại bài kiểm tra” and answer by matching the
choices' texts (pictures: their alt text) to those answers.

These tests add learners and attempts to the shared test database: every learner gets a name
of its own, and nothing here counts rows.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field

from playwright.sync_api import expect

from .conftest import PHONE, new_page
from .helpers import (
    assert_images_loaded,
    assert_no_horizontal_scroll,
    listed_lessons,
    same_host,
    scroll_through,
)

SCAM_TOPIC = "/phong-chong-lua-dao/"
RESULT_URL = re.compile(r"/hoc-vien/ket-qua/[0-9a-f-]{36}/$")
LEARNER_URL = re.compile(r"/hoc-vien/$")
CARD_URL = re.compile(r"/hoc-vien/the-hoc-vien/$")
CHECK_URL = re.compile(r"/chung-nhan/[^/]+/$")
WRONG_PIN = "Mã học viên hoặc mã PIN chưa đúng"
ANSWER_EVERY_QUESTION = "Vui lòng trả lời tất cả các câu"
PICTURE_PREFIX = re.compile(r"^Hình \d+: ")  # the result names a picture “Hình 2: <its alt>”


# Reading the quiz form ------------------------------------------------------------------------


def question_text(fieldset) -> str:
    """A question's text as the result page shows it: its legend without “Câu 3. ”."""
    legend = " ".join(fieldset.locator("legend").inner_text().split())
    return re.sub(r"^Câu \d+\.\s*", "", legend)


def choice_name(label) -> str:
    """What identifies a choice on the result page: its text, or its picture's alt text."""
    picture = label.locator("img")
    if picture.count():
        return " ".join((picture.first.get_attribute("alt") or "").split())
    return " ".join(label.locator("span").first.inner_text().split())


def questions(page) -> list:
    fieldsets = page.locator("form fieldset.question")
    expect(fieldsets.first).to_be_visible()
    return fieldsets.all()


def quiz_skill_names(page) -> set[str]:
    """The skills the quiz page says it checks (by name: citizens see no framework codes)."""
    return {
        " ".join(name.split())
        for name in page.locator("section.skills li").all_inner_texts()
        if name.strip()
    }


def tap_submit(page) -> int:
    """Submit the quiz form; the HTTP status of the page it lands on."""
    with page.expect_navigation() as navigation:
        page.locator("form button[type=submit]").tap()
    response = navigation.value
    return response.status if response else 0


def check_layout(page) -> None:
    scroll_through(page)
    assert_images_loaded(page)
    assert_no_horizontal_scroll(page)


# Reading the result page ----------------------------------------------------------------------


@dataclass
class Reviewed:
    question: str
    verdict: str
    ok: bool
    picked: list[str] = field(default_factory=list)  # “Bạn chọn: …”
    right: list[str] = field(default_factory=list)  # the picked ones, or “Đáp án đúng: …”
    feedback: list[str] = field(default_factory=list)

    @property
    def right_names(self) -> set[str]:
        return set(self.right)


def choice_names(box) -> list[str]:
    return [
        PICTURE_PREFIX.sub("", " ".join(name.split()))
        for name in box.locator(".choice-name").all_inner_texts()
    ]


def read_review(page) -> dict[str, Reviewed]:
    """The result page's “Your answers”, by question text."""
    review = {}
    for item in page.locator("ol.review > li").all():
        question = " ".join(item.locator("p > strong").first.inner_text().split())
        picked_box, verdict_box = item.locator(".picked"), item.locator(".verdict")
        expect(picked_box).to_contain_text("Bạn chọn: ")
        ok = "ok" in (verdict_box.get_attribute("class") or "").split()
        picked = choice_names(picked_box)
        review[question] = Reviewed(
            question=question,
            verdict=" ".join(verdict_box.inner_text().split()),
            ok=ok,
            picked=picked,
            right=picked if ok else choice_names(verdict_box),
            feedback=[
                " ".join(text.split()) for text in item.locator(".feedback").all_inner_texts()
            ],
        )
    assert review, f"{page.url}: the result lists no answers"
    return review


# The flow -------------------------------------------------------------------------------------


def open_quiz_from_topic(page, topic: str = SCAM_TOPIC) -> str:
    """Open the topic page and follow its quiz card; the topic's title."""
    response = page.goto(topic)
    assert response.ok, f"{topic} answered {response.status}"
    title = " ".join(page.locator("main h1").inner_text().split())
    card = page.locator(".quiz-card a.button")
    expect(card).to_have_count(1)
    card.tap()
    expect(page).to_have_url(re.compile(re.escape(topic) + r"[^/?#]+/$"))
    questions(page)
    return title


def answer_first_choices(page, skip: int | None = None) -> dict[str, str]:
    """Tap the first choice of every question (but the ``skip``-th); what was chosen."""
    chosen = {}
    for index, fieldset in enumerate(questions(page)):
        if index == skip:
            continue
        label = fieldset.locator("label.choice").first
        label.tap()
        expect(label.locator("input")).to_be_checked()
        chosen[question_text(fieldset)] = choice_name(label)
    return chosen


def answer_right(page, review: dict[str, Reviewed]) -> None:
    """Tap exactly the right choices of every question, as the result page named them."""
    for fieldset in questions(page):
        text = question_text(fieldset)
        assert text in review, f"the result page did not list the question {text!r}"
        right = review[text].right_names
        assert right, f"the result page named no right answer for {text!r}"
        tapped = set()
        for label in fieldset.locator("label.choice").all():
            name = choice_name(label)
            if name in right:
                label.tap()
                expect(label.locator("input")).to_be_checked()
                tapped.add(name)
            else:
                expect(label.locator("input")).not_to_be_checked()
        assert tapped == right, f"{text!r}: found {tapped} of the right answers {right}"


@dataclass
class QuizRun:
    topic_title: str
    quiz_url: str
    skill_names: set[str]
    result_url: str = ""
    review: dict[str, Reviewed] = field(default_factory=dict)


def pass_quiz(page, topic: str = SCAM_TOPIC, check=None) -> QuizRun:
    """From the topic page: try the quiz once, learn the answers, pass it on the second try.

    ``check(page)`` runs on the quiz pages and the result pages (e.g. a layout check).
    """
    check = check or (lambda page: None)
    run = QuizRun(open_quiz_from_topic(page, topic), page.url, set())
    run.skill_names = quiz_skill_names(page)
    assert run.skill_names, "the quiz page names no skills it checks"
    check(page)
    answer_first_choices(page)
    status = tap_submit(page)
    assert status == 200, f"the first submission landed on HTTP {status}"
    expect(page).to_have_url(RESULT_URL)
    check(page)
    first_review = read_review(page)

    page.locator("a", has_text="Làm lại bài kiểm tra").tap()
    expect(page).to_have_url(run.quiz_url)
    check(page)
    answer_right(page, first_review)
    status = tap_submit(page)
    assert status == 200, f"the second submission landed on HTTP {status}"
    expect(page).to_have_url(RESULT_URL)
    run.result_url = page.url
    run.review = read_review(page)
    check(page)
    return run


def unique_name() -> tuple[str, str]:
    """A learner name of this run, and how certificates mask it (“Nguyễn V. T. X.”)."""
    tag = "X" + secrets.token_hex(3).upper()
    return f"Nguyễn Văn Thử {tag}", "Nguyễn V. T. X."


def new_pin() -> str:
    return f"{secrets.randbelow(10**6):06d}"


def other_pin(pin: str) -> str:
    return f"{(int(pin) + 1) % 10**6:06d}"


def save_profile(page, name: str, pin: str) -> str:
    """From a result page: “Lưu kết quả”, fill in the form, submit; the learner code shown."""
    page.locator(".notice a", has_text="Lưu kết quả").tap()
    expect(page).to_have_url(re.compile(r"/hoc-vien/luu-ket-qua/$"))
    assert_no_horizontal_scroll(page)
    page.get_by_label("Họ tên của bạn", exact=True).fill(name)
    page.get_by_label("Chọn mã PIN (4 đến 6 chữ số)", exact=True).fill(pin)
    page.get_by_label("Nhập lại mã PIN", exact=True).fill(pin)
    page.locator("main form button[type=submit]").tap()
    # The learner card first (learner code and recovery code), then the record.
    expect(page).to_have_url(CARD_URL)
    code = page.locator(".learner-card .code-box").first.inner_text().strip()
    assert re.fullmatch(r"[0-9A-Z]{3}-[0-9A-Z]{3}", code), f"unexpected learner code {code!r}"
    page.get_by_role("link", name="Tôi đã lưu thẻ").tap()
    expect(page).to_have_url(LEARNER_URL)
    return code


def sign_in(page, code: str, pin: str) -> None:
    """Fill in and send the sign-in form (wherever it leads)."""
    page.get_by_label("Mã học viên", exact=True).fill(code)
    page.get_by_label("Mã PIN", exact=True).fill(pin)
    page.locator("main form button[type=submit]").tap()


def typed_like_a_person(code: str) -> str:
    """“K7M-4QP” as someone might type it: “k7m 4qp”."""
    return code.lower().replace("-", " ")


def certificate_link(page, title: str):
    """The “Trang kiểm tra công khai” link of the learner page's certificate called ``title``."""
    item = page.locator("section[aria-labelledby=certificates-heading] li", has_text=title)
    expect(item).to_have_count(1)
    return item.locator("a", has_text="Trang kiểm tra công khai")


# What the learner page shows ------------------------------------------------------------------


def assert_learner_page(page, code: str, name: str, run: QuizRun) -> None:
    expect(page.locator("main h1")).to_contain_text(name)
    expect(page.locator(".code-box")).to_have_text(code)

    topic_row = page.locator(".progress-list > li", has_text=run.topic_title)
    expect(topic_row).to_have_count(1)
    expect(topic_row.locator(".badge")).to_have_text("Đã đạt bài kiểm tra")
    done = re.search(r"Đã học (\d+)/(\d+) bài", topic_row.inner_text())
    assert done, f"no lesson count in {topic_row.inner_text()!r}"
    assert done.group(1) == done.group(2), f"passing the quiz should count every lesson: {done[0]}"

    skills = page.locator("section[aria-labelledby=skills-heading]")
    areas = [" ".join(text.split()) for text in skills.locator("h3").all_inner_texts()]
    assert areas, "the learner page shows no skill areas"
    assert not any(re.match(r"^\d", area) for area in areas), areas  # names, no codes
    shown = {" ".join(name.split()) for name in skills.locator("li").all_inner_texts()}
    assert shown == run.skill_names, f"skills shown {shown}, the quiz checks {run.skill_names}"

    # Every attempt is listed, the failed first try too: newest first, each with its result.
    attempts = page.locator("section[aria-labelledby=attempts-heading] li")
    expect(attempts.filter(has_text="Chưa đạt")).not_to_have_count(0)
    expect(attempts.first).to_contain_text("Đạt")
    expect(attempts.first).to_contain_text(re.compile(r"\d\d/\d\d/20\d\d"))
    expect(attempts.first.locator("a", has_text="Xem kết quả lần này")).to_have_attribute(
        "href", re.compile(r"/hoc-vien/ket-qua/[0-9a-f-]{36}/$")
    )

    link = certificate_link(page, run.topic_title)
    expect(link).to_have_attribute("href", CHECK_URL)


# The tests ------------------------------------------------------------------------------------


def test_pass_a_quiz_save_it_and_use_the_record_on_other_phones(
    nojs_phone, phone, browser, live_url
):
    page = nojs_phone  # (a) JavaScript off
    run = pass_quiz(page, check=check_layout)

    # The result: score, “Đạt”, a verdict and feedback per question, skills, the lessons.
    score = page.locator("p.score")
    expect(score).to_have_class(re.compile(r"\bpassed\b"))
    total = len(run.review)
    expect(score).to_contain_text(f"Đúng {total} trên {total} câu")
    expect(score).to_contain_text("Đạt")
    for question, row in run.review.items():
        assert row.ok and row.verdict == "✔ Bạn trả lời đúng.", f"{question!r}: {row.verdict!r}"
        assert row.picked, f"{question!r}: the result does not say what was chosen"
        assert row.feedback, f"{question!r}: no feedback shown"
    shown = page.locator("section[aria-labelledby=shown-heading]")
    expect(shown.locator("h2")).to_have_text("Kỹ năng bạn đã thể hiện")
    names = {" ".join(text.split()) for text in shown.locator("li").all_inner_texts()}
    assert names == run.skill_names, f"skills shown {names}, the quiz checks {run.skill_names}"

    review_links = page.locator("section[aria-labelledby=review-heading] li > a")
    lesson_paths = review_links.evaluate_all("links => links.map(a => new URL(a.href).pathname)")
    page.goto(SCAM_TOPIC)
    assert lesson_paths == listed_lessons(page, SCAM_TOPIC), (
        "the result page should link back to every lesson of the topic, in order"
    )
    page.goto(run.result_url)

    # (b) Save a record from the result page.
    name, masked = unique_name()
    pin = new_pin()
    code = save_profile(page, name, pin)
    assert_learner_page(page, code, name, run)
    check_href = certificate_link(page, run.topic_title).get_attribute("href")
    assert_no_horizontal_scroll(page)

    # (c) Another phone (JavaScript on): a wrong PIN is refused, the right one opens the record.
    other = phone
    response = other.goto("/hoc-vien/dang-nhap/")
    assert response.ok, f"the sign-in page answered {response.status}"
    sign_in(other, typed_like_a_person(code), other_pin(pin))
    expect(other.locator("main [role=alert]")).to_contain_text(WRONG_PIN)
    expect(other).to_have_url(re.compile(r"/hoc-vien/dang-nhap/$"))
    assert_no_horizontal_scroll(other)
    sign_in(other, typed_like_a_person(code), pin)
    expect(other).to_have_url(LEARNER_URL)
    assert_learner_page(other, code, name, run)

    # (d) A third phone, never signed in: the certificate's public check page.
    context, third = new_page(browser, live_url, **PHONE)
    try:
        response = third.goto(check_href)
        assert response.ok, f"{check_href} answered {response.status}"
        assert same_host(third.url, live_url)
        status = third.locator(".certificate-status")
        expect(status).to_contain_text("còn hiệu lực")
        expect(status).to_have_class(re.compile(r"\bpassed\b"))
        main = third.locator("main")
        expect(main).to_contain_text(masked)
        expect(main).to_contain_text(run.topic_title)
        assert name not in third.content(), "the public check page shows the full name"
        assert_no_horizontal_scroll(third)
    finally:
        context.close()


def test_a_question_left_blank_keeps_the_other_answers_without_javascript(nojs_phone):
    page = nojs_phone
    open_quiz_from_topic(page)
    fieldsets = questions(page)
    blank = 1 if len(fieldsets) > 1 else 0
    blank_text = question_text(fieldsets[blank])
    chosen = answer_first_choices(page, skip=blank)

    status = tap_submit(page)
    assert status == 400, f"a form with a blank answer should come back with 400, got {status}"
    assert page.url.endswith("/nop-bai/"), page.url  # the quiz's own submit address
    alert = page.locator("main [role=alert]")
    expect(alert).to_contain_text(ANSWER_EVERY_QUESTION)

    again = questions(page)
    assert [question_text(fieldset) for fieldset in again] == [
        question_text(fieldset) for fieldset in fieldsets
    ], "the form came back in another order"
    for fieldset in again:
        text = question_text(fieldset)
        checked = [
            choice_name(label)
            for label in fieldset.locator("label.choice").all()
            if label.locator("input").is_checked()
        ]
        if text == blank_text:
            assert checked == [], f"{text!r} was left blank but shows {checked}"
            expect(fieldset).to_have_class(re.compile(r"\bflagged\b"))
            note = fieldset.locator(".flag-note")
            expect(note).to_be_visible()
            expect(note).to_contain_text(re.compile(r"Câu \d+: bạn chưa chọn đáp án"))
            expect(fieldset).to_have_attribute("aria-describedby", note.get_attribute("id"))
        else:
            assert checked == [chosen[text]], f"{text!r}: chose {chosen[text]!r}, shows {checked}"
            expect(fieldset).not_to_have_class(re.compile(r"\bflagged\b"))
    check_layout(page)

    # Answering the blank question now sends the same form: a result, not a new quiz.
    label = again[blank].locator("label.choice").first
    label.tap()
    status = tap_submit(page)
    assert status == 200, f"the completed form landed on HTTP {status}"
    expect(page).to_have_url(RESULT_URL)
    review = read_review(page)
    for text, name in chosen.items():
        mine = review[text].picked
        assert mine == [name], f"{text!r}: chose {name!r}, the result says {mine}"


def test_unanswered_questions_are_marked_and_linked_from_the_banner(nojs_phone):
    """Without JavaScript: each blank question says so in words, and the banner links to it."""
    page = nojs_phone
    open_quiz_from_topic(page)
    fieldsets = questions(page)
    assert len(fieldsets) >= 4
    blank = [1, len(fieldsets) - 1]  # the 2nd and the last: the last is far below the banner
    chosen = {}
    for index, fieldset in enumerate(fieldsets):
        if index not in blank:
            label = fieldset.locator("label.choice").first
            label.tap()
            chosen[question_text(fieldset)] = choice_name(label)
    assert tap_submit(page) == 400

    banner = page.locator("main [role=alert]")
    links = banner.locator("ul.flag-links a")
    expect(links).to_have_count(len(blank))
    expected = [f"Câu {index + 1}: bạn chưa chọn đáp án." for index in blank]
    assert [" ".join(t.split()) for t in links.all_inner_texts()] == [
        f"! {text}" for text in expected
    ]
    again = questions(page)
    for index, text in zip(blank, expected, strict=True):
        note = again[index].locator(".flag-note")
        expect(note).to_be_visible()
        expect(note).to_contain_text(text)
        expect(note.locator(".flag-icon")).to_be_visible()
        # The note sits below the question's title, not under it.
        legend = again[index].locator("legend").bounding_box()
        box = note.bounding_box()
        assert box["y"] >= legend["y"] + legend["height"] - 1, (legend, box)
        assert box["height"] >= 24 and box["width"] >= 250, box
    for fieldset in again:  # what was ticked stays ticked
        text = question_text(fieldset)
        if text in chosen:
            checked = [
                choice_name(label)
                for label in fieldset.locator("label.choice").all()
                if label.locator("input").is_checked()
            ]
            assert checked == [chosen[text]], (text, checked)

    # The last question is out of sight; its banner link brings it into view.
    last = again[blank[-1]]
    assert last.bounding_box()["y"] > PHONE["viewport"]["height"]
    links.last.tap()
    expect(page).to_have_url(re.compile(rf"#cau-{blank[-1] + 1}$"))
    page.wait_for_timeout(200)
    box = last.bounding_box()
    assert 0 <= box["y"] < PHONE["viewport"]["height"] / 2, box
    expect(last.locator(".flag-note")).to_be_in_viewport()
    assert_no_horizontal_scroll(page)


HILITE = (186, 62, 8)  # the lessons' “press this” orange (demo/pictures.py)


def test_picture_choices_fill_the_phone_and_show_no_answer_marker(phone):
    page = phone
    open_quiz_from_topic(page)
    question = page.locator("fieldset.question", has=page.locator(".picture-choices")).first
    expect(question).to_have_count(1)
    question.scroll_into_view_if_needed()
    pictures = question.locator(".picture-choices img")
    assert pictures.count() >= 2
    scroll_through(page)
    assert_images_loaded(page)
    tops = []
    for picture in pictures.all():
        picture.scroll_into_view_if_needed()
        box = picture.bounding_box()
        assert box["width"] >= 300, f"a picture choice is {box['width']:.0f} px wide"
        tops.append(box["y"] + page.evaluate("window.scrollY"))
        natural = picture.evaluate("img => img.naturalWidth")
        assert natural >= 2 * 300 or natural >= picture.evaluate("img => img.width"), natural
        assert ".webp" in picture.evaluate("img => img.currentSrc")
        # No lesson-style highlight on the picture: count its “press this” orange pixels.
        orange = picture.evaluate(
            """(img, target) => {
                const canvas = document.createElement('canvas');
                canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
                const ctx = canvas.getContext('2d');
                ctx.drawImage(img, 0, 0);
                const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
                let count = 0;
                for (let i = 0; i < data.length; i += 4) {
                    if (Math.abs(data[i] - target[0]) < 30 && Math.abs(data[i + 1] - target[1]) < 30
                        && Math.abs(data[i + 2] - target[2]) < 30) count++;
                }
                return count;
            }""",
            list(HILITE),
        )
        assert orange < 200, f"{orange} highlight pixels on a picture choice"
    assert tops == sorted(tops) and len({round(top) for top in tops}) == len(tops), (
        "picture choices should be one per row"
    )
    # Tapping a picture chooses it.
    pictures.nth(1).tap()
    expect(question.locator("input[type=radio]").nth(1)).to_be_checked()
    assert_no_horizontal_scroll(page)
