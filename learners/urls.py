from django.urls import path

from . import views

app_name = "learners"

urlpatterns = [
    path("hoc-vien/", views.index, name="index"),
    path("hoc-vien/luu-ket-qua/", views.create_profile, name="create"),
    path("hoc-vien/dang-nhap/", views.sign_in, name="sign_in"),
    path("hoc-vien/dang-xuat/", views.sign_out, name="sign_out"),
    path("hoc-vien/du-lieu-cua-toi.json", views.download, name="download"),
    path("hoc-vien/xoa-ho-so/", views.delete, name="delete"),
    path("hoc-vien/bai-kiem-tra/<int:quiz_id>/nop-bai/", views.submit_quiz, name="submit"),
    path("hoc-vien/ket-qua/<uuid:public_id>/", views.result, name="result"),
    path(
        "hoc-vien/bai-hoc/<int:lesson_id>/da-hoc-xong/",
        views.complete_lesson,
        name="complete_lesson",
    ),
    path("hoc-vien/chung-nhan/<str:code>/in/", views.certificate_print, name="certificate_print"),
    path("chung-nhan/<str:code>/", views.certificate_check, name="certificate_check"),
]
