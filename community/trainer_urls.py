"""The trainers' phone pages (under /to-cong-nghe-so/), and the mentors' buttons of the learner's
own page (under /hoc-vien/dong-hanh/). Every page is personal: never stored by a browser or a
proxy (``private, no-store``)."""

from django.urls import path, register_converter
from django.urls.converters import get_converters

from core.converters import IdConverter
from core.http import personal

from . import trainer_views as views

if "id" not in get_converters():  # the learners' URLs register it first, as a rule
    register_converter(IdConverter, "id")

urlpatterns = [
    path("to-cong-nghe-so/dang-nhap/", personal(views.sign_in), name="sign_in"),
    path("to-cong-nghe-so/dang-xuat/", personal(views.sign_out), name="sign_out"),
    path("to-cong-nghe-so/", personal(views.households), name="households"),
    path("to-cong-nghe-so/them-ho/", personal(views.household_add), name="household_add"),
    path("to-cong-nghe-so/ho/<id:household_id>/", personal(views.household), name="household"),
    path(
        "to-cong-nghe-so/ho/<id:household_id>/them-nguoi/",
        personal(views.member_add),
        name="member_add",
    ),
    path(
        "to-cong-nghe-so/ho/<id:household_id>/ghi-nhan/",
        personal(views.visit_add),
        name="visit_add",
    ),
    path(
        "to-cong-nghe-so/ho/<id:household_id>/nguoi/<id:member_id>/dat-lai-ma-pin/",
        personal(views.member_pin),
        name="member_pin",
    ),
    path("to-cong-nghe-so/ho/<id:household_id>/in/", personal(views.print_pack), name="print_pack"),
    path("hoc-vien/dong-hanh/moi/", personal(views.mentor_ask), name="mentor_ask"),
    path(
        "hoc-vien/dong-hanh/<id:mentorship_id>/dong-y/",
        personal(views.mentor_agree),
        name="mentor_agree",
    ),
    path(
        "hoc-vien/dong-hanh/<id:mentorship_id>/rut-lai/",
        personal(views.mentor_withdraw),
        name="mentor_withdraw",
    ),
]
