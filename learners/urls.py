"""The learner's pages. Every one of them is personal: never stored by a browser or a proxy,
except the public check page a certificate's QR code opens."""

from django.urls import path, register_converter

from core.converters import CodeConverter, IdConverter
from core.http import personal

from . import views

register_converter(IdConverter, "id")
register_converter(CodeConverter, "code")

app_name = "learners"

# personal: “private, no-store”, so a shared phone's browser or a proxy keeps nothing.
urlpatterns = [
    path("hoc-vien/", personal(views.index), name="index"),
    path("hoc-vien/luu-ket-qua/", personal(views.create_profile), name="create"),
    path("hoc-vien/dang-nhap/", personal(views.sign_in), name="sign_in"),
    path("hoc-vien/dang-xuat/", personal(views.sign_out), name="sign_out"),
    path("hoc-vien/the-hoc-vien/", personal(views.card), name="card"),
    path("hoc-vien/the-hoc-vien/moi/", personal(views.new_card), name="new_card"),
    path("hoc-vien/quen-ma-pin/", personal(views.forgot_pin), name="forgot_pin"),
    path("hoc-vien/doi-nguoi-hoc/", personal(views.switch), name="switch"),
    path("hoc-vien/du-lieu-cua-toi.json", personal(views.download), name="download"),
    path("hoc-vien/xoa-ho-so/", personal(views.delete), name="delete"),
    path(
        "hoc-vien/bai-kiem-tra/<id:quiz_id>/nop-bai/", personal(views.old_submit_url), name="submit"
    ),
    path("hoc-vien/ket-qua/<uuid:public_id>/", personal(views.result), name="result"),
    path(
        "hoc-vien/bai-hoc/<id:lesson_id>/da-hoc-xong/",
        personal(views.complete_lesson),
        name="complete_lesson",
    ),
    path(
        "hoc-vien/chung-nhan/<code:code>/in/",
        personal(views.certificate_print),
        name="certificate_print",
    ),
    # Public on purpose: what a certificate's QR code opens, and a form to type a code.
    path("chung-nhan/", views.certificate_lookup, name="certificate_lookup"),
    path("chung-nhan/<code:code>/", views.certificate_check, name="certificate_check"),
]
