"""The demo topics, one module per topic, in the order the seed builds them.

Each module holds one topic and its quiz: ``TOPIC`` (its lessons in order, Vietnamese, with the
English translation in ``en`` where the topic has one) and ``QUIZ``. What several topics share (the
day the lessons were last checked, sources cited by more than one topic) is in ``shared.py``.
Topics 1 to 8 came first; 9 to 13 add what the campaign plans ask for that the first eight lack.

Rules every module follows:

- Facts follow the content brief, ``docs/content.md``; nothing unverified is taught. Each lesson
  cites the public pages its facts rest on (``Source``, shown to citizens under “Nguồn”): the
  article's own address where it could be found, otherwise the publisher's home page (never a
  guessed deep link). A source's date is "" where the page shows none or it is unsure.
- Where a menu name differs between phones or is not certain, the lesson describes the action in
  general words instead of quoting a label, or says “tên mục có thể khác tùy phiên bản”.
- Every ``Screen`` is a simple drawing made by ``demo/pictures.py``: no real logos, screenshots or
  photos of people. Phone numbers in pictures are deliberately fake ("0xxx xxx 789"), scam
  addresses end in ".xyz"; no real bank or brand is shown.
- Every quiz question names the framework skill it tests (``skills/framework.py``); every answer
  choice carries the sentence the learner reads after submitting; facts follow the lessons' own
  wording. The intro states the pass mark as a number of questions (“đúng ít nhất 6 trên 8 câu”),
  never as a percentage. A screen in a “which one is real?” picture question never carries the
  danger mark, and no screen prints the answer: the learner has to tell from what it shows.
- An English translation (``en``) has the same blocks, or the same questions, in the same order.
  Its pictures are ``None`` (``Step.screen``, ``Question.scenario``, ``PictureChoice.screen``):
  it reuses the Vietnamese ones.
"""

from . import (
    ban_nong_san_qua_mang,
    bao_tin_phan_anh_truc_tuyen,
    bao_ve_tre_em_tren_mang,
    dich_vu_cong_truc_tuyen,
    dien_thoai_thong_minh,
    giu_dien_thoai_va_tai_khoan_hoat_dong,
    phong_chong_lua_dao,
    thanh_toan_khong_dung_tien_mat,
    toc_do_internet_tim_kiem,
    tri_tue_nhan_tao,
    vneid,
    vneid_giay_to_suc_khoe_chu_ky_so,
    zalo_nhom_thon,
)

TOPICS = [
    dien_thoai_thong_minh.TOPIC,
    vneid.TOPIC,
    dich_vu_cong_truc_tuyen.TOPIC,
    thanh_toan_khong_dung_tien_mat.TOPIC,
    phong_chong_lua_dao.TOPIC,
    tri_tue_nhan_tao.TOPIC,
    zalo_nhom_thon.TOPIC,
    toc_do_internet_tim_kiem.TOPIC,
    vneid_giay_to_suc_khoe_chu_ky_so.TOPIC,
    bao_tin_phan_anh_truc_tuyen.TOPIC,
    ban_nong_san_qua_mang.TOPIC,
    bao_ve_tre_em_tren_mang.TOPIC,
    giu_dien_thoai_va_tai_khoan_hoat_dong.TOPIC,
]
QUIZZES = [
    dien_thoai_thong_minh.QUIZ,
    vneid.QUIZ,
    dich_vu_cong_truc_tuyen.QUIZ,
    thanh_toan_khong_dung_tien_mat.QUIZ,
    phong_chong_lua_dao.QUIZ,
    tri_tue_nhan_tao.QUIZ,
    zalo_nhom_thon.QUIZ,
    toc_do_internet_tim_kiem.QUIZ,
    vneid_giay_to_suc_khoe_chu_ky_so.QUIZ,
    bao_tin_phan_anh_truc_tuyen.QUIZ,
    ban_nong_san_qua_mang.QUIZ,
    bao_ve_tre_em_tren_mang.QUIZ,
    giu_dien_thoai_va_tai_khoan_hoat_dong.QUIZ,
]
