"""Topic 3, “Dịch vụ công trực tuyến”: three lessons and the quiz.

Logging in to the National Public Service Portal with VNeID, submitting an
application online and looking it up by its code.
"""

from __future__ import annotations

from demo.spec import (
    Callout,
    Checklist,
    Choice,
    Lesson,
    Paragraph,
    PictureChoice,
    Question,
    Quiz,
    Screen,
    Source,
    Step,
    Topic,
)
from demo.topics.shared import CHECKED, NGUON_DVC, NGUON_DVC_GIA

# ---------------------------------------------------------------------------------------------
# Sources: the public pages the lessons' facts rest on (shown under “Nguồn”)
# ---------------------------------------------------------------------------------------------
_NGUON_DVC_VNEID = Source(
    title="Từ 1/7/2024 khi thực hiện dịch vụ công trực tuyến chỉ được sử dụng tài khoản VNeID",
    publisher="Cổng thông tin điện tử xã Tân Thành, huyện Hướng Hóa, tỉnh Quảng Trị",
    url="https://tanthanh.huonghoa.quangtri.gov.vn/chi-tiet-tin/-/view-article/1/1688518073224/1714808383758",
    date="2024-05-04",
)

_NGUON_TTPVHCC = Source(
    title="Từ ngày 1-7 sẽ đưa vào vận hành các trung tâm phục vụ hành chính công cấp xã",
    publisher="Báo Đồng Nai",
    url="https://baodongnai.com.vn/chinh-tri/202506/tu-ngay-1-7-se-dua-vao-van-hanh-cac-trung-tam-phuc-vu-hanh-chinh-cong-cap-xa-4b812ba",
)


# ---------------------------------------------------------------------------------------------
# Pictures used more than once (a lesson's key step is also its card picture)
# ---------------------------------------------------------------------------------------------
_DVC_TRANG_CHU = Screen(
    app="Cổng Dịch vụ công",
    kind="browser",
    heading="dichvucong.gov.vn",
    lines=("Cổng Dịch vụ công quốc gia", "Thủ tục hành chính", "Tra cứu hồ sơ"),
    button="Đăng nhập",
)

_DVC_NOP_TRUC_TUYEN = Screen(
    app="Cổng Dịch vụ công",
    kind="browser",
    heading="dichvucong.gov.vn",
    lines=("Đăng ký khai sinh", "Giấy tờ cần chuẩn bị", "Cơ quan thực hiện"),
    button="Nộp trực tuyến",
)

_DVC_TRA_CUU = Screen(
    app="Cổng Dịch vụ công",
    kind="browser",
    heading="dichvucong.gov.vn",
    lines=("Thủ tục hành chính", "Tra cứu hồ sơ", "Hỏi đáp"),
    button="Tra cứu hồ sơ",
)


# ---------------------------------------------------------------------------------------------
# Lessons
# ---------------------------------------------------------------------------------------------
DVC_DANG_NHAP = Lesson(
    slug="dang-nhap-cong-dich-vu-cong-quoc-gia",
    title="Đăng nhập Cổng Dịch vụ công bằng VNeID",
    summary="Vào đúng trang dichvucong.gov.vn và đăng nhập bằng tài khoản định danh điện tử.",
    duration=5,
    level="CB1",
    skills=("2.3", "1.1"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials"),
    tags=("dịch vụ công", "vneid", "đăng nhập"),
    hero=_DVC_TRANG_CHU,
    hero_alt="Trang dichvucong.gov.vn trên điện thoại, nút “Đăng nhập” được tô sáng.",
    body=[
        Paragraph(
            "Từ ngày 1/7/2024, người dân đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản "
            "VNeID. Bạn cần kích hoạt tài khoản VNeID trước khi làm bài này."
        ),
        Step(
            title="Mở trình duyệt web",
            text="Bấm biểu tượng trình duyệt, ví dụ “Chrome” hoặc “Safari”.",
            screen=Screen(
                app="Điện thoại",
                kind="home",
                heading="Màn hình chính",
                lines=("Cài đặt", "Chrome", "Zalo", "VNeID"),
                button="Chrome",
            ),
            alt="Màn hình chính của điện thoại, biểu tượng trình duyệt “Chrome” được tô sáng.",
        ),
        Step(
            title="Gõ địa chỉ dichvucong.gov.vn",
            text="Bấm thanh địa chỉ ở trên cùng, gõ đúng “dichvucong.gov.vn” "
            "rồi bấm nút đi tới trên bàn phím.",
            screen=Screen(
                app="Chrome",
                kind="browser",
                heading="dichvucong.gov.vn",
                lines=("Cổng Dịch vụ công quốc gia",),
            ),
            alt="Trình duyệt với thanh địa chỉ ghi “dichvucong.gov.vn”.",
            tip="Nhìn phần đầu địa chỉ, bỏ qua “https://”: ngay trước dấu “/” đầu tiên phải là "
            "“.gov.vn”. “dichvucong.gov.vn.xyz” là trang giả.",
        ),
        Step(
            title="Bấm “Đăng nhập”",
            text="Trên trang chủ, bấm “Đăng nhập”. "
            "Nếu không thấy, bấm biểu tượng ba gạch ở góc trên để mở danh mục.",
            screen=_DVC_TRANG_CHU,
            alt="Trang chủ Cổng Dịch vụ công quốc gia, nút “Đăng nhập” được tô sáng.",
        ),
        Step(
            title="Chọn đăng nhập bằng tài khoản VNeID",
            text="Chọn cách đăng nhập bằng tài khoản định danh điện tử do Bộ Công an cấp "
            "(tài khoản VNeID), dành cho công dân.",
            screen=Screen(
                app="Cổng Dịch vụ công",
                kind="browser",
                heading="dichvucong.gov.vn",
                lines=("Chọn cách đăng nhập", "Tài khoản định danh điện tử", "(VNeID)"),
                button="Tài khoản định danh điện tử",
            ),
            alt="Trang chọn cách đăng nhập, lựa chọn tài khoản định danh điện tử (VNeID) "
            "được tô sáng.",
        ),
        Step(
            title="Nhập tài khoản VNeID và xác nhận",
            text="Nhập số định danh cá nhân và mật khẩu VNeID. "
            "Làm tiếp theo hướng dẫn trên màn hình để xác nhận là chính bạn.",
            screen=Screen(
                app="Cổng Dịch vụ công",
                kind="form",
                heading="Đăng nhập bằng VNeID",
                lines=("Số định danh cá nhân", "Mật khẩu"),
                button="Đăng nhập",
            ),
            alt="Mẫu đăng nhập có ô số định danh cá nhân và ô mật khẩu, "
            "nút “Đăng nhập” được tô sáng.",
            tip="Hãy để sẵn điện thoại có ứng dụng VNeID bên cạnh.",
        ),
        Callout(
            kind="warning",
            title="Cẩn thận trang web giả",
            text="Chỉ đăng nhập tại dichvucong.gov.vn. Không bấm đường link gửi qua tin nhắn "
            "hay Zalo mời “cập nhật thông tin” hoặc “nâng cấp VNeID”.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Mở trang dichvucong.gov.vn trên điện thoại hoặc máy tính.",
                "Đăng nhập bằng tài khoản VNeID của bạn.",
            ),
        ),
    ],
    related=("nop-ho-so-dich-vu-cong-truc-tuyen",),
    sources=(
        _NGUON_DVC_VNEID,
        NGUON_DVC,
        NGUON_DVC_GIA,
    ),
    checked=CHECKED,
)


DVC_NOP_HO_SO = Lesson(
    slug="nop-ho-so-dich-vu-cong-truc-tuyen",
    title="Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công",
    summary="Tìm thủ tục, điền tờ khai, đính kèm giấy tờ và nộp hồ sơ mà không phải đến trụ sở.",
    duration=10,
    level="CB2",
    skills=("2.3", "1.1"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials"),
    tags=("dịch vụ công", "nộp hồ sơ", "thủ tục hành chính"),
    hero=_DVC_NOP_TRUC_TUYEN,
    hero_alt="Trang thủ tục “Đăng ký khai sinh”, nút “Nộp trực tuyến” được tô sáng.",
    body=[
        Paragraph(
            "Nộp hồ sơ trực tuyến giúp bạn đỡ đi lại và biết hồ sơ đang ở bước nào. "
            "Trước khi bắt đầu, hãy chụp sẵn ảnh rõ nét các giấy tờ mà trang thủ tục ghi là "
            "cần nộp."
        ),
        Step(
            title="Tìm thủ tục cần làm",
            text="Sau khi đăng nhập, gõ tên thủ tục vào ô tìm kiếm, ví dụ “khai sinh”. "
            "Bấm vào tên thủ tục đúng với việc bạn cần làm.",
            screen=Screen(
                app="Cổng Dịch vụ công",
                kind="browser",
                heading="dichvucong.gov.vn",
                lines=("Tìm kiếm: khai sinh", "Đăng ký khai sinh", "Đăng ký lại khai sinh"),
                button="Đăng ký khai sinh",
            ),
            alt="Kết quả tìm kiếm “khai sinh” trên Cổng Dịch vụ công, "
            "dòng “Đăng ký khai sinh” được tô sáng.",
        ),
        Step(
            title="Bấm “Nộp trực tuyến”",
            text="Đọc danh sách giấy tờ cần chuẩn bị, rồi bấm “Nộp trực tuyến”.",
            screen=_DVC_NOP_TRUC_TUYEN,
            alt="Trang thủ tục “Đăng ký khai sinh”, nút “Nộp trực tuyến” được tô sáng.",
        ),
        Step(
            title="Chọn cơ quan giải quyết",
            text="Chọn tỉnh hoặc thành phố, rồi chọn xã, phường nơi bạn nộp hồ sơ. Nhiều xã đã "
            "đổi tên sau khi sáp nhập: hãy chọn tên mới.",
            screen=Screen(
                app="Cổng Dịch vụ công",
                kind="form",
                heading="Chọn cơ quan",
                lines=("Tỉnh/Thành phố", "Xã/Phường", "Cơ quan thực hiện"),
                button="Tiếp tục",
            ),
            alt="Mẫu chọn tỉnh, xã và cơ quan thực hiện, nút tiếp tục được tô sáng.",
        ),
        Step(
            title="Điền tờ khai",
            text="Điền lần lượt các ô trong tờ khai. Ô có dấu sao (*) là ô bắt buộc phải điền.",
            screen=Screen(
                app="Cổng Dịch vụ công",
                kind="form",
                heading="Tờ khai",
                lines=("Họ và tên *", "Ngày sinh *", "Nơi cư trú *"),
            ),
            alt="Tờ khai trực tuyến với các ô họ và tên, ngày sinh, nơi cư trú.",
            tip="Gõ tiếng Việt có dấu, đúng như trên giấy tờ.",
        ),
        Step(
            title="Đính kèm ảnh giấy tờ",
            text="Ở phần giấy tờ kèm theo, bấm nút đính kèm và chọn ảnh giấy tờ đã chụp sẵn. "
            "Chỉ đính kèm những giấy tờ mà trang thủ tục liệt kê.",
            screen=Screen(
                app="Cổng Dịch vụ công",
                kind="form",
                heading="Giấy tờ kèm theo",
                lines=("Giấy chứng sinh",),
                button="Đính kèm",
            ),
            alt="Danh sách giấy tờ kèm theo có giấy chứng sinh, nút “Đính kèm” được tô sáng.",
            tip="Đăng nhập bằng VNeID thì thông tin về bạn được lấy từ Cơ sở dữ liệu quốc gia "
            "về dân cư, không cần chụp thẻ căn cước nếu trang không yêu cầu.",
        ),
        Step(
            title="Kiểm tra lại và nộp hồ sơ",
            text="Đọc lại thông tin một lần nữa cho chắc, rồi bấm nút nộp hồ sơ ở cuối trang.",
            screen=Screen(
                app="Cổng Dịch vụ công",
                kind="form",
                heading="Kiểm tra thông tin",
                lines=("Họ và tên", "Giấy tờ đã đính kèm"),
                button="Nộp hồ sơ",
            ),
            alt="Trang kiểm tra thông tin trước khi nộp, nút “Nộp hồ sơ” được tô sáng.",
        ),
        Step(
            title="Ghi lại mã hồ sơ",
            text="Màn hình báo nộp thành công và hiện mã hồ sơ. "
            "Chép mã này vào sổ hoặc chụp màn hình để tra cứu sau.",
            screen=Screen(
                app="Cổng Dịch vụ công",
                kind="app",
                heading="Nộp hồ sơ thành công",
                lines=("Mã hồ sơ: dãy chữ và số", "Hãy ghi lại mã này"),
            ),
            alt="Thông báo nộp hồ sơ thành công, có dòng mã hồ sơ cần ghi lại.",
        ),
        Callout(
            kind="tip",
            title="Chụp ảnh giấy tờ cho rõ",
            text="Chụp ở nơi đủ sáng, thấy rõ bốn góc và chữ. "
            "Ảnh mờ có thể khiến hồ sơ bị yêu cầu bổ sung.",
        ),
        Callout(
            kind="warning",
            title="Không đưa tài khoản cho người lạ “nộp hộ”",
            text="Nếu cần giúp, nhờ cán bộ Trung tâm Phục vụ hành chính công xã hoặc Tổ công nghệ "
            "số cộng đồng ngồi bên cạnh, và tự tay bạn nhập mật khẩu.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Tìm thủ tục “Đăng ký khai sinh” và đọc danh sách giấy tờ cần có.",
                "Chụp thử ảnh một giấy tờ sao cho rõ chữ.",
            ),
        ),
    ],
    related=("tra-cuu-ho-so-dich-vu-cong",),
    sources=(
        NGUON_DVC,
        _NGUON_TTPVHCC,
    ),
    checked=CHECKED,
)


DVC_TRA_CUU = Lesson(
    slug="tra-cuu-ho-so-dich-vu-cong",
    title="Tra cứu hồ sơ bằng mã hồ sơ",
    summary="Dùng mã hồ sơ để xem hồ sơ đã nộp đang được giải quyết đến đâu.",
    duration=4,
    level="CB1",
    skills=("2.3", "1.1"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials"),
    tags=("dịch vụ công", "tra cứu hồ sơ", "mã hồ sơ"),
    hero=_DVC_TRA_CUU,
    hero_alt="Trang chủ Cổng Dịch vụ công, mục “Tra cứu hồ sơ” được tô sáng.",
    body=[
        Paragraph(
            "Sau khi nộp, bạn không cần đến hỏi nhiều lần. "
            "Chỉ cần mã hồ sơ là xem được hồ sơ đang ở bước nào."
        ),
        Step(
            title="Mở trang dichvucong.gov.vn",
            text="Mở trình duyệt, gõ đúng địa chỉ “dichvucong.gov.vn”.",
            screen=Screen(
                app="Chrome",
                kind="browser",
                heading="dichvucong.gov.vn",
                lines=("Cổng Dịch vụ công quốc gia",),
            ),
            alt="Trình duyệt với thanh địa chỉ ghi “dichvucong.gov.vn”.",
        ),
        Step(
            title="Chọn “Tra cứu hồ sơ”",
            text="Trên trang chủ, bấm “Tra cứu hồ sơ”. "
            "Nếu không thấy, mở danh mục ba gạch ở góc trên.",
            screen=_DVC_TRA_CUU,
            alt="Trang chủ Cổng Dịch vụ công, mục “Tra cứu hồ sơ” được tô sáng.",
        ),
        Step(
            title="Nhập mã hồ sơ",
            text="Gõ mã hồ sơ bạn đã ghi lại khi nộp, rồi bấm nút tra cứu.",
            screen=Screen(
                app="Cổng Dịch vụ công",
                kind="form",
                heading="Tra cứu hồ sơ",
                lines=("Mã hồ sơ",),
                button="Tra cứu",
            ),
            alt="Ô nhập mã hồ sơ, nút “Tra cứu” được tô sáng.",
            tip="Gõ đúng từng chữ và số, kể cả dấu chấm, dấu gạch.",
        ),
        Step(
            title="Xem tình trạng hồ sơ",
            text="Màn hình cho biết hồ sơ đang xử lý, cần bổ sung hay đã có kết quả. "
            "Nếu cần bổ sung, làm theo hướng dẫn ghi trên đó.",
            screen=Screen(
                app="Cổng Dịch vụ công",
                kind="app",
                heading="Kết quả tra cứu",
                lines=("Đăng ký khai sinh", "Tình trạng: Đang xử lý"),
            ),
            alt="Kết quả tra cứu cho thủ tục đăng ký khai sinh, tình trạng “Đang xử lý”.",
        ),
        Callout(
            kind="tip",
            title="Lỡ mất mã hồ sơ?",
            text="Đăng nhập bằng tài khoản VNeID để xem lại các hồ sơ bạn đã nộp, "
            "hoặc hỏi Trung tâm Phục vụ hành chính công xã nơi nhận hồ sơ.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Tra cứu một hồ sơ bạn hoặc người nhà đã nộp.",
                "Ghi mã hồ sơ vào sổ cùng với ngày nộp.",
            ),
        ),
    ],
    related=("nop-ho-so-dich-vu-cong-truc-tuyen",),
    sources=(
        NGUON_DVC,
        _NGUON_TTPVHCC,
    ),
    checked=CHECKED,
)


# ---------------------------------------------------------------------------------------------
# The topic
# ---------------------------------------------------------------------------------------------
TOPIC = Topic(
    slug="dich-vu-cong-truc-tuyen",
    title="Dịch vụ công trực tuyến",
    intro="Nhiều thủ tục hành chính nay nộp được trên mạng, không phải đi lại nhiều lần. "
    "Bạn đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID, nộp hồ sơ và theo "
    "dõi kết quả ngay trên điện thoại hoặc máy tính.",
    hero=_DVC_TRANG_CHU,
    hero_alt="Trang dichvucong.gov.vn trên điện thoại, nút “Đăng nhập” được tô sáng.",
    lessons=[DVC_DANG_NHAP, DVC_NOP_HO_SO, DVC_TRA_CUU],
)


# ---------------------------------------------------------------------------------------------
# The quiz (skills 2.3, 1.1)
# ---------------------------------------------------------------------------------------------
QUIZ = Quiz(
    topic="dich-vu-cong-truc-tuyen",
    title="Kiểm tra: Dịch vụ công trực tuyến",
    intro="Bài kiểm tra có 8 câu hỏi, không giới hạn thời gian. "
    "Cần đúng ít nhất 6 trên 8 câu để đạt; bạn có thể làm lại bao nhiêu lần cũng được.",
    pass_mark=70,
    shuffle=True,
    questions=[
        Question(
            kind="single",
            text="Từ ngày 1/7/2024, người dân đăng nhập Cổng Dịch vụ công quốc gia "
            "bằng tài khoản gì?",
            skill="2.3",
            choices=(
                Choice(
                    text="Tài khoản định danh điện tử VNeID",
                    correct=True,
                    feedback="Đúng: vì vậy bạn cần kích hoạt tài khoản VNeID trước khi "
                    "làm thủ tục trên mạng.",
                ),
                Choice(
                    text="Tài khoản Zalo",
                    feedback="Chưa đúng: Zalo là ứng dụng nhắn tin, không dùng để đăng nhập "
                    "Cổng Dịch vụ công.",
                ),
                Choice(
                    text="Tài khoản ngân hàng",
                    feedback="Chưa đúng: Cổng Dịch vụ công dùng tài khoản VNeID, "
                    "không dùng tài khoản ngân hàng.",
                ),
            ),
        ),
        Question(
            kind="picture",
            text="Muốn vào Cổng Dịch vụ công quốc gia, bạn mở trang nào?",
            skill="1.1",
            picture_choices=(
                PictureChoice(
                    screen=Screen(
                        app="Chrome",
                        kind="browser",
                        heading="dichvucong.gov.vn",
                        lines=("Cổng Dịch vụ công quốc gia", "Thủ tục hành chính", "Tra cứu hồ sơ"),
                        button="Đăng nhập",
                    ),
                    alt="Trình duyệt mở địa chỉ dichvucong.gov.vn, trang Cổng Dịch vụ công "
                    "quốc gia có nút “Đăng nhập”.",
                    correct=True,
                    feedback="Đúng: trang của cơ quan nhà nước có “.gov.vn” ngay trước dấu “/” "
                    "đầu tiên của địa chỉ; hãy tự gõ đúng dichvucong.gov.vn.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Chrome",
                        kind="browser",
                        heading="dichvucong-vn.xyz",
                        lines=("Cổng Dịch vụ công", "Cập nhật thông tin ngay"),
                        button="Đăng nhập",
                    ),
                    alt="Trình duyệt mở địa chỉ dichvucong-vn.xyz, trang ghi “Cập nhật thông "
                    "tin ngay” có nút “Đăng nhập”.",
                    feedback="Chưa đúng: địa chỉ này không có đuôi “.gov.vn”; "
                    "đây là trang lạ, có thể lấy mật khẩu của bạn.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Chrome",
                        kind="browser",
                        heading="dvc-nang-cap.xyz",
                        lines=("Nâng cấp VNeID", "để nộp hồ sơ"),
                        button="Đăng nhập",
                    ),
                    alt="Trình duyệt mở địa chỉ dvc-nang-cap.xyz, trang mời nâng cấp VNeID "
                    "để nộp hồ sơ, có nút “Đăng nhập”.",
                    feedback="Chưa đúng: trang lạ mời “nâng cấp VNeID” không phải "
                    "Cổng Dịch vụ công; chỉ đăng nhập tại dichvucong.gov.vn.",
                ),
            ),
        ),
        Question(
            kind="multiple",
            text="Khi nộp hồ sơ trực tuyến, những việc nào nên làm? (chọn tất cả câu đúng)",
            skill="2.3",
            choices=(
                Choice(
                    text="Tìm đúng thủ tục, đọc giấy tờ cần chuẩn bị, rồi bấm “Nộp trực tuyến”",
                    correct=True,
                    feedback="Đúng: đọc trước danh sách giấy tờ giúp bạn chuẩn bị đủ "
                    "trước khi nộp.",
                ),
                Choice(
                    text="Điền đủ tờ khai, nhất là các ô có dấu sao (*)",
                    correct=True,
                    feedback="Đúng: ô có dấu sao (*) là ô bắt buộc phải điền.",
                ),
                Choice(
                    text="Chụp ảnh giấy tờ mờ cũng được, không cần rõ chữ",
                    feedback="Chưa đúng: ảnh mờ có thể khiến hồ sơ bị yêu cầu bổ sung; "
                    "chụp nơi đủ sáng, rõ bốn góc và chữ.",
                ),
                Choice(
                    text="Đưa mật khẩu VNeID cho người lạ để họ nộp hộ",
                    feedback="Chưa đúng: cần giúp thì nhờ cán bộ Trung tâm Phục vụ hành chính "
                    "công xã hoặc Tổ công nghệ số cộng đồng ngồi bên cạnh, "
                    "và tự tay bạn nhập mật khẩu.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Nộp hồ sơ xong, màn hình hiện mã hồ sơ. Bạn làm gì với mã này?",
            skill="2.3",
            choices=(
                Choice(
                    text="Chép vào sổ hoặc chụp màn hình để tra cứu sau",
                    correct=True,
                    feedback="Đúng: có mã hồ sơ là xem được hồ sơ đang ở bước nào.",
                ),
                Choice(
                    text="Bỏ qua, vì hồ sơ đã nộp thì không cần theo dõi",
                    feedback="Chưa đúng: cần mã hồ sơ để tra cứu hồ sơ đang xử lý, cần bổ sung "
                    "hay đã có kết quả.",
                ),
                Choice(
                    text="Nộp lại hồ sơ thêm một lần nữa cho chắc",
                    feedback="Chưa đúng: không cần nộp lại; hãy ghi mã hồ sơ để tra cứu.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="Bạn đã nộp hồ sơ và ghi lại mã hồ sơ. Muốn biết hồ sơ đang ở bước nào, "
            "trên trang này bạn bấm vào mục nào?",
            skill="1.1",
            scenario=Screen(
                app="Cổng Dịch vụ công",
                kind="browser",
                heading="dichvucong.gov.vn",
                lines=(
                    "Cổng Dịch vụ công quốc gia",
                    "Thủ tục hành chính",
                    "Tra cứu hồ sơ",
                    "Hỏi đáp",
                ),
            ),
            scenario_alt="Trang dichvucong.gov.vn với các mục “Thủ tục hành chính”, "
            "“Tra cứu hồ sơ” và “Hỏi đáp”.",
            choices=(
                Choice(
                    text="“Tra cứu hồ sơ”",
                    correct=True,
                    feedback="Đúng: bấm “Tra cứu hồ sơ”, gõ mã hồ sơ rồi bấm nút tra cứu.",
                ),
                Choice(
                    text="“Thủ tục hành chính”",
                    feedback="Chưa đúng: mục này để tìm thủ tục cần làm, "
                    "không cho biết hồ sơ đã nộp đang ở bước nào.",
                ),
                Choice(
                    text="“Hỏi đáp”",
                    feedback="Chưa đúng: mục “Hỏi đáp” không cho biết hồ sơ của bạn "
                    "đang ở bước nào.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Địa chỉ “dichvucong.gov.vn.xyz” là trang của cơ quan nhà nước, vì trong địa "
            "chỉ có chữ “.gov.vn”.",
            skill="1.1",
            answer=False,
            feedback_true="Chưa đúng: “.gov.vn” phải nằm ngay trước dấu “/” đầu tiên của địa "
            "chỉ; địa chỉ này kết thúc bằng “.xyz”, nên là trang giả.",
            feedback_false="Đúng: địa chỉ này kết thúc bằng “.xyz”, nên là trang giả. Trang cơ "
            "quan nhà nước có “.gov.vn” ngay trước dấu “/” đầu tiên, như dichvucong.gov.vn.",
        ),
        Question(
            kind="single",
            text="Muốn nộp hồ sơ đăng ký khai sinh, sau khi đăng nhập bạn làm gì đầu tiên?",
            skill="1.1",
            choices=(
                Choice(
                    text="Gõ “khai sinh” vào ô tìm kiếm rồi chọn đúng thủ tục",
                    correct=True,
                    feedback="Đúng: tìm đúng thủ tục trước, rồi mới bấm “Nộp trực tuyến”.",
                ),
                Choice(
                    text="Bấm “Tra cứu hồ sơ”",
                    feedback="Chưa đúng: “Tra cứu hồ sơ” để xem hồ sơ đã nộp, "
                    "chưa phải để nộp hồ sơ mới.",
                ),
                Choice(
                    text="Bấm vào đường link lạ gửi qua Zalo",
                    feedback="Chưa đúng: không bấm đường link lạ; "
                    "hãy tìm thủ tục ngay trên dichvucong.gov.vn.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Lỡ mất mã hồ sơ, bạn có thể đăng nhập bằng tài khoản VNeID để xem lại "
            "các hồ sơ đã nộp.",
            skill="2.3",
            answer=True,
            feedback_true="Đúng: bạn cũng có thể hỏi Trung tâm Phục vụ hành chính công xã "
            "nơi nhận hồ sơ.",
            feedback_false="Chưa đúng: đăng nhập bằng tài khoản VNeID là xem lại được các hồ sơ "
            "đã nộp, hoặc hỏi Trung tâm Phục vụ hành chính công xã.",
        ),
    ],
)
