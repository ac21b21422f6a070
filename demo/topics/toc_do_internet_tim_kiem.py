"""Topic 8, “Đo tốc độ Internet (i-Speed) và tìm kiếm thông tin”: four lessons and the quiz.

Measuring the Internet speed with i-Speed and reading the result, finding trustworthy
information, and learning on the Bình dân học vụ số platform.
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
from demo.topics.shared import (
    CHECKED,
    NGUON_AI_CONG_DONG,
    NGUON_CHINH_PHU,
    NGUON_DVC,
    NGUON_DVC_GIA,
)

# ---------------------------------------------------------------------------------------------
# Sources: the public pages the lessons' facts rest on (shown under “Nguồn”)
# ---------------------------------------------------------------------------------------------
_NGUON_ISPEED = Source(
    title="Ứng dụng “Make in Vietnam” i-Speed giúp người dùng tự đánh giá tốc độ truy cập Internet",
    publisher="Giaoduc.edu.vn",
    url="https://www.giaoduc.edu.vn/ung-dung-make-in-vietnam-i-speed-giup-nguoi-dung-tu-danh-gia-toc-do-truy-cap-internet-2021-2021.htm",
    date="2021-04-03",
)

_NGUON_ISPEED_HUONG_DAN = Source(
    title=(
        "Hướng dẫn tải, cài đặt và sử dụng ứng dụng i-Speed để đo lường, đánh giá chất lượng "
        "dịch vụ truy nhập Internet"
    ),
    publisher="Cổng thông tin điện tử Kỳ Anh, tỉnh Hà Tĩnh",
    url="https://kyanh.hatinh.gov.vn/tin-tuc/huong-dan-tai-cai-dat-va-su-dung-ung-dung-i-speed-de-do-luong-danh-gia-chat-luong-dich-vu-truy-nhap-internet",
)

_NGUON_BINH_DAN_HOC_VU_SO = Source(
    title="Bình dân học vụ số",
    publisher="Nền tảng Bình dân học vụ số (binhdanhocvuso.gov.vn)",
    url="https://binhdanhocvuso.gov.vn",
)


# ---------------------------------------------------------------------------------------------
# Lessons
# ---------------------------------------------------------------------------------------------
I_SPEED_DO = Lesson(
    slug="i-speed-cai-dat-va-do-toc-do",
    title="Cài i-Speed và đo tốc độ Internet",
    summary="Cài ứng dụng i-Speed từ kho ứng dụng chính thức và đo tốc độ Internet trên điện thoại.",
    duration=5,
    level="CB1",
    skills=("0.2", "5.1"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials"),
    tags=("i-speed", "tốc độ internet", "cài ứng dụng"),
    hero=Screen(
        app="i-Speed",
        kind="speed",
        heading="Kết quả đo",
        lines=("Tải xuống: 45 Mbps", "Tải lên: 20 Mbps", "Độ trễ: 25 ms"),
    ),
    hero_alt="Kết quả đo của i-Speed: tải xuống 45 Mbps, tải lên 20 Mbps, độ trễ 25 ms.",
    body=[
        Paragraph(
            "i-Speed là ứng dụng đo tốc độ Internet miễn phí của Trung tâm Internet Việt Nam "
            "(VNNIC). Mỗi lần bạn đo là góp thêm số liệu, giúp cơ quan nhà nước và nhà mạng biết "
            "nơi nào mạng còn yếu để cải thiện."
        ),
        Step(
            title="Mở CH Play hoặc App Store",
            text="Trên màn hình chính, bấm vào CH Play (máy Android) hoặc App Store (iPhone).",
            screen=Screen(
                app="Điện thoại",
                kind="home",
                heading="Màn hình chính",
                lines=("Cài đặt", "CH Play", "Zalo", "Camera"),
                button="CH Play",
            ),
            alt="Màn hình chính của điện thoại, biểu tượng “CH Play” được tô sáng.",
        ),
        Step(
            title="Tìm ứng dụng “i-Speed”",
            text=(
                "Bấm ô tìm kiếm, gõ “i-Speed”. Chọn đúng ứng dụng tên “i-Speed by VNNIC” trong "
                "kết quả."
            ),
            screen=Screen(
                app="CH Play",
                kind="app",
                heading="Kết quả tìm: i-Speed",
                lines=("i-Speed by VNNIC", "Đo tốc độ Internet"),
                button="i-Speed by VNNIC",
            ),
            alt="Kết quả tìm kiếm trên CH Play, dòng ứng dụng “i-Speed by VNNIC” được tô sáng.",
        ),
        Step(
            title="Bấm “Cài đặt”",
            text="Bấm “Cài đặt” và chờ tải xong. Ứng dụng miễn phí, không phải trả tiền.",
            screen=Screen(
                app="CH Play",
                kind="store",
                heading="i-Speed by VNNIC",
                lines=("Trung tâm Internet Việt Nam", "Miễn phí"),
                button="Cài đặt",
            ),
            alt="Trang ứng dụng i-Speed by VNNIC trên CH Play, nút “Cài đặt” được tô sáng.",
            tip="Trên iPhone, nút này có chữ “Nhận”.",
        ),
        Step(
            title="Mở i-Speed, bấm nút bắt đầu đo",
            text="Mở ứng dụng i-Speed, rồi bấm nút bắt đầu để đo tốc độ mạng bạn đang dùng.",
            screen=Screen(
                app="i-Speed",
                kind="app",
                heading="Đo tốc độ Internet",
                button="Bắt đầu",
            ),
            alt="Màn hình ứng dụng i-Speed với nút bắt đầu đo được tô sáng.",
        ),
        Step(
            title="Giữ máy yên, chờ đo xong",
            text=(
                "Trong lúc đo, đừng mở ứng dụng khác hay tải video, để kết quả được đúng. Chờ đến "
                "khi các con số dừng lại."
            ),
            screen=Screen(
                app="i-Speed",
                kind="speed",
                heading="Đang đo...",
                lines=("Tải xuống: 38 Mbps",),
            ),
            alt="i-Speed đang đo, con số tải xuống đang chạy là 38 Mbps.",
        ),
        Step(
            title="Đọc kết quả",
            text=(
                "Màn hình hiện tốc độ tải xuống, tải lên (đơn vị Mbps) và độ trễ (đơn vị ms). Số "
                "Mbps càng lớn, độ trễ càng nhỏ thì mạng càng tốt."
            ),
            screen=Screen(
                app="i-Speed",
                kind="speed",
                heading="Kết quả đo",
                lines=("Tải xuống: 45 Mbps", "Tải lên: 20 Mbps", "Độ trễ: 25 ms"),
            ),
            alt="Kết quả đo: tải xuống 45 Mbps, tải lên 20 Mbps, độ trễ 25 ms.",
        ),
        Callout(
            kind="tip",
            title="Đo ở nhiều nơi, nhiều lúc",
            text=(
                "Đo trong nhà và ngoài sân, buổi sáng và buổi tối, bằng Wi-Fi và bằng 4G. Kết quả "
                "cho bạn biết chỗ nào, lúc nào mạng tốt nhất."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Cài i-Speed từ CH Play hoặc App Store.",
                "Đo một lần bằng Wi-Fi, một lần bằng 4G, ghi lại hai kết quả.",
            ),
        ),
    ],
    related=("i-speed-doc-ket-qua-khi-mang-cham",),
    sources=(
        _NGUON_ISPEED,
        _NGUON_ISPEED_HUONG_DAN,
    ),
    checked=CHECKED,
)


I_SPEED_KET_QUA = Lesson(
    slug="i-speed-doc-ket-qua-khi-mang-cham",
    title="Đọc kết quả i-Speed và xử lý khi mạng chậm",
    summary=(
        "Hiểu các con số tải xuống, tải lên, độ trễ trên i-Speed và tự làm vài việc đơn giản "
        "khi mạng chậm."
    ),
    duration=6,
    level="CB2",
    skills=("5.1", "0.2"),
    audiences=("elderly", "farmers", "traders", "workers", "students"),
    tags=("i-speed", "mạng chậm", "wi-fi"),
    hero=Screen(
        app="i-Speed",
        kind="speed",
        heading="Kết quả đo",
        lines=("Tải xuống: 8 Mbps", "Tải lên: 3 Mbps", "Độ trễ: 120 ms"),
    ),
    hero_alt="Kết quả đo của một mạng chậm: tải xuống 8 Mbps, tải lên 3 Mbps, độ trễ 120 ms.",
    body=[
        Paragraph(
            "Xem video bị giật, gọi video bị đứng hình thường do mạng chậm. Hiểu ba con số của "
            "i-Speed giúp bạn biết mạng yếu ở đâu, và nói rõ với nhà mạng khi cần."
        ),
        Step(
            title="Xem tốc độ tải xuống (Download)",
            text=(
                "Tải xuống là tốc độ nhận dữ liệu về máy: xem video, mở trang web, tải ảnh. Đơn "
                "vị là Mbps, số càng lớn càng nhanh."
            ),
            screen=Screen(
                app="i-Speed",
                kind="speed",
                heading="Tải xuống: nhận về máy",
                lines=("Tải xuống: 8 Mbps",),
            ),
            alt="Kết quả tải xuống là 8 Mbps, tức tốc độ nhận dữ liệu về máy.",
        ),
        Step(
            title="Xem tốc độ tải lên (Upload)",
            text=(
                "Tải lên là tốc độ gửi dữ liệu đi: gửi ảnh, gọi video, nộp hồ sơ kèm tệp. Tải lên "
                "thấp thì người bên kia thấy bạn bị đứng hình."
            ),
            screen=Screen(
                app="i-Speed",
                kind="speed",
                heading="Tải lên: gửi đi",
                lines=("Tải lên: 3 Mbps",),
            ),
            alt="Kết quả tải lên là 3 Mbps, tức tốc độ gửi dữ liệu đi.",
        ),
        Step(
            title="Xem độ trễ (Ping)",
            text=(
                "Độ trễ là thời gian tín hiệu đi và về, đo bằng ms. Số càng nhỏ càng tốt; độ trễ "
                "cao làm cuộc gọi bị chậm tiếng."
            ),
            screen=Screen(
                app="i-Speed",
                kind="app",
                heading="Độ trễ (Ping)",
                lines=("Độ trễ: 120 ms", "Số càng nhỏ càng tốt"),
            ),
            alt="Kết quả độ trễ là 120 ms; số càng nhỏ càng tốt.",
        ),
        Callout(
            kind="tip",
            title="Bao nhiêu là đủ?",
            text=(
                "Nhìn chung, tốc độ khoảng 10 đến 15 Mbps trở lên là đủ cho nhu cầu cơ bản như xem "
                "video, gọi video. Nhiều người dùng cùng lúc thì cần cao hơn."
            ),
        ),
        Step(
            title="Đến gần cục phát Wi-Fi rồi đo lại",
            text=(
                "Tường dày, cửa sắt làm sóng Wi-Fi yếu đi. Đứng gần cục phát Wi-Fi rồi đo lại để "
                "so sánh."
            ),
            screen=Screen(
                app="i-Speed",
                kind="speed",
                heading="Gần cục phát Wi-Fi",
                lines=("Tải xuống: 52 Mbps", "Tải lên: 30 Mbps", "Độ trễ: 20 ms"),
            ),
            alt="Kết quả đo lại khi đứng gần cục phát Wi-Fi: tải xuống 52 Mbps, tốt hơn nhiều.",
        ),
        Step(
            title="Tắt rồi bật lại Wi-Fi",
            text=(
                "Vào “Cài đặt”, tắt Wi-Fi rồi bật lại sau vài giây. Có thể rút điện cục phát "
                "Wi-Fi, chờ một phút rồi cắm lại."
            ),
            screen=Screen(
                app="Cài đặt",
                kind="settings",
                lines=("Wi-Fi", "Dữ liệu di động", "Bluetooth"),
                button="Wi-Fi",
            ),
            alt="Màn hình Cài đặt của điện thoại, dòng “Wi-Fi” được tô sáng.",
        ),
        Step(
            title="Vẫn chậm: gọi tổng đài nhà mạng",
            text=(
                "Chụp màn hình kết quả i-Speed, rồi gọi số tổng đài ghi trên hợp đồng hoặc hóa "
                "đơn Internet để nhà mạng kiểm tra."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Tổng đài nhà mạng",
                lines=("Số ghi trên hợp đồng", "hoặc hóa đơn Internet"),
                button="Gọi",
            ),
            alt="Màn hình gọi tổng đài nhà mạng theo số ghi trên hợp đồng, nút “Gọi” được tô sáng.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Đo ở phòng xa cục phát Wi-Fi, rồi đo ở gần, so sánh hai kết quả.",
                "Tìm số tổng đài nhà mạng trên hợp đồng hoặc hóa đơn, lưu vào danh bạ.",
            ),
        ),
    ],
    related=("i-speed-cai-dat-va-do-toc-do", "tim-kiem-thong-tin-dang-tin-cay"),
    sources=(_NGUON_ISPEED_HUONG_DAN,),
    checked=CHECKED,
)


TIM_KIEM = Lesson(
    slug="tim-kiem-thong-tin-dang-tin-cay",
    title="Tìm kiếm thông tin đáng tin cậy trên mạng",
    summary=(
        "Tìm thông tin trên mạng bằng trình duyệt, ưu tiên trang có đuôi .gov.vn và kiểm tra "
        "ngày đăng, nguồn tin."
    ),
    duration=6,
    level="CB1",
    skills=("1.1",),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials"),
    tags=("tìm kiếm", "trang gov.vn", "tin giả"),
    hero=Screen(
        app="Trình duyệt",
        kind="browser",
        heading="Kết quả tìm kiếm",
        lines=("dichvucong.gov.vn", "Đăng ký khai sinh", "tin-nong-24h.xyz"),
        button="dichvucong.gov.vn",
    ),
    hero_alt=(
        "Kết quả tìm kiếm trong trình duyệt, kết quả có đuôi dichvucong.gov.vn được tô sáng để "
        "chọn trước."
    ),
    body=[
        Paragraph(
            "Trên mạng có tin thật và tin sai. Biết tìm đúng nguồn giúp bạn nắm chính xác thủ "
            "tục, lịch tiêm, giá nông sản, thời tiết, mà không mất tiền, mất công vì tin sai."
        ),
        Step(
            title="Mở trình duyệt",
            text="Bấm vào biểu tượng trình duyệt, là ứng dụng để mở trang web, trên màn hình chính.",
            screen=Screen(
                app="Điện thoại",
                kind="home",
                heading="Màn hình chính",
                lines=("Điện thoại", "Zalo", "Camera", "Trình duyệt"),
                button="Trình duyệt",
            ),
            alt="Màn hình chính của điện thoại, biểu tượng “Trình duyệt” được tô sáng.",
        ),
        Step(
            title="Gõ vài từ khóa ngắn, rõ",
            text=(
                "Bấm ô tìm kiếm, gõ vài từ chính, ví dụ “đăng ký khai sinh”. Gõ thêm “gov.vn” ở "
                "cuối để ưu tiên trang nhà nước."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="Tìm kiếm",
                lines=("đăng ký khai sinh gov.vn",),
                button="Tìm kiếm",
            ),
            alt="Ô tìm kiếm đã gõ “đăng ký khai sinh gov.vn”, nút “Tìm kiếm” được tô sáng.",
        ),
        Step(
            title="Chọn kết quả có đuôi “.gov.vn”",
            text=(
                "Đọc địa chỉ ghi dưới mỗi kết quả. Địa chỉ có “.gov.vn” ngay trước dấu “/” đầu "
                "tiên là trang của cơ quan nhà nước, nên mở trước."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="Kết quả tìm kiếm",
                lines=("dichvucong.gov.vn", "Đăng ký khai sinh", "tin-nong-24h.xyz"),
                button="dichvucong.gov.vn",
            ),
            alt=(
                "Danh sách kết quả tìm kiếm, kết quả của dichvucong.gov.vn được tô sáng, bên dưới "
                "là một trang lạ."
            ),
            tip=(
                "“dichvucong.gov.vn.xyz” là trang giả, vì nó kết thúc bằng “.xyz”. Có trang chính "
                "thức không có đuôi “.gov.vn”, như chinhphu.vn."
            ),
        ),
        Callout(
            kind="warning",
            title="Cẩn thận kết quả quảng cáo",
            text=(
                "Vài kết quả đầu tiên có thể là quảng cáo, có chữ “Được tài trợ” hoặc “Quảng "
                "cáo”. Kẻ gian có thể trả tiền để trang giả hiện lên trên cùng."
            ),
        ),
        Step(
            title="Xem ngày đăng tin",
            text=(
                "Tìm ngày đăng ở đầu hoặc cuối bài. Quy định, giá cả có thể đã thay đổi; tin đã "
                "cũ thì tìm tin mới hơn."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="Trang tin của xã (.gov.vn)",
                lines=("Thông báo lịch tiêm phòng", "Ngày đăng: 05/10/2025"),
            ),
            alt="Một bài thông báo trên trang tin của xã, có ghi ngày đăng ở dưới tiêu đề.",
        ),
        Step(
            title="So sánh với nguồn thứ hai",
            text=(
                "Với tin quan trọng, xem thêm một nguồn chính thống khác như trang của xã, báo "
                "lớn, hoặc hỏi cán bộ xã. Hai nguồn khớp nhau thì yên tâm hơn."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="Kết quả tìm kiếm",
                lines=("Trang xã: tiêm phòng 7h CN", "Báo tỉnh: tiêm phòng 7h CN"),
            ),
            alt="Hai kết quả từ trang của xã và báo tỉnh cùng ghi lịch tiêm phòng 7 giờ Chủ nhật.",
        ),
        Step(
            title="Lần sau, gõ thẳng địa chỉ quen",
            text=(
                "Trang hay dùng như “dichvucong.gov.vn” thì gõ thẳng vào ô địa chỉ, vừa nhanh vừa "
                "tránh bấm nhầm trang giả."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="dichvucong.gov.vn",
                lines=("Cổng Dịch vụ công quốc gia",),
            ),
            alt="Trình duyệt đã gõ thẳng địa chỉ dichvucong.gov.vn vào ô địa chỉ.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Tìm “lịch tiếp công dân” của xã bạn và xem ngày đăng.",
                "Mở một trang có đuôi “.gov.vn” từ kết quả tìm kiếm.",
            ),
        ),
    ],
    related=("hoc-tren-nen-tang-binh-dan-hoc-vu-so", "ai-kiem-tra-cau-tra-loi-giu-thong-tin-rieng"),
    sources=(
        NGUON_DVC_GIA,
        NGUON_CHINH_PHU,
        NGUON_DVC,
    ),
    checked=CHECKED,
)


BINH_DAN_HOC_VU_SO = Lesson(
    slug="hoc-tren-nen-tang-binh-dan-hoc-vu-so",
    title="Học trên nền tảng Bình dân học vụ số",
    summary=(
        "Vào nền tảng học tập binhdanhocvuso.gov.vn, đăng nhập bằng tài khoản VNeID và học các "
        "khóa kỹ năng số."
    ),
    duration=7,
    level="CB1",
    skills=("1.1", "0.2"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials"),
    tags=("bình dân học vụ số", "học trực tuyến", "vneid"),
    hero=Screen(
        app="Trình duyệt",
        kind="browser",
        heading="binhdanhocvuso.gov.vn",
        lines=("Bình dân học vụ số",),
        button="Đăng nhập",
    ),
    hero_alt="Trang binhdanhocvuso.gov.vn mở trong trình duyệt, nút “Đăng nhập” được tô sáng.",
    body=[
        Paragraph(
            "binhdanhocvuso.gov.vn là nền tảng học tập trực tuyến của phong trào “Bình dân học "
            "vụ số”, có nhiều khóa học về kỹ năng số. Bạn đăng nhập bằng tài khoản VNeID của "
            "chính mình."
        ),
        Step(
            title="Mở trình duyệt, gõ địa chỉ nền tảng",
            text=(
                "Gõ đúng “binhdanhocvuso.gov.vn” vào ô địa chỉ. Kiểm tra “.gov.vn” nằm ngay trước "
                "dấu “/” đầu tiên rồi mới làm tiếp."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="binhdanhocvuso.gov.vn",
                lines=("Bình dân học vụ số",),
            ),
            alt="Trình duyệt đã mở địa chỉ binhdanhocvuso.gov.vn, trang Bình dân học vụ số.",
        ),
        Step(
            title="Bấm “Đăng nhập”",
            text="Tìm nút “Đăng nhập” trên trang và bấm vào.",
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="binhdanhocvuso.gov.vn",
                lines=("Bình dân học vụ số",),
                button="Đăng nhập",
            ),
            alt="Trang binhdanhocvuso.gov.vn, nút “Đăng nhập” được tô sáng.",
        ),
        Step(
            title="Chọn đăng nhập bằng VNeID",
            text=(
                "Chọn cách đăng nhập bằng tài khoản định danh điện tử VNeID, rồi làm theo hướng "
                "dẫn trên màn hình."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="binhdanhocvuso.gov.vn",
                lines=("Đăng nhập bằng tài khoản", "định danh điện tử"),
                button="VNeID",
            ),
            alt="Trang chọn cách đăng nhập, nút VNeID được tô sáng.",
        ),
        Step(
            title="Tự nhập tài khoản VNeID của bạn",
            text=(
                "Tự tay nhập số định danh cá nhân và mật khẩu VNeID, rồi làm theo các bước xác "
                "nhận hiện trên màn hình."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="form",
                heading="Đăng nhập VNeID",
                lines=("Số định danh cá nhân", "Mật khẩu"),
                button="Đăng nhập",
            ),
            alt=(
                "Biểu mẫu đăng nhập có hai ô trống: số định danh cá nhân và mật khẩu, nút “Đăng "
                "nhập” được tô sáng."
            ),
            tip="Người hướng dẫn không bao giờ hỏi mật khẩu hay mã OTP (mã số gửi qua tin nhắn) "
            "của bạn.",
        ),
        Callout(
            kind="danger",
            title="Tự gõ đúng địa chỉ binhdanhocvuso.gov.vn",
            text=(
                "Trang giả có thể làm giống hệt để lấy mật khẩu VNeID, và địa chỉ giả có thể chứa "
                "chữ “.gov.vn” ở giữa, như “binhdanhocvuso.gov.vn.xyz”. Luôn tự gõ đúng địa chỉ, "
                "và không đưa mật khẩu, mã OTP cho ai."
            ),
        ),
        Step(
            title="Chọn một khóa học",
            text=(
                "Xem danh sách khóa học, chọn một khóa hợp với bạn, ví dụ về kỹ năng số cơ bản. "
                "Tên các khóa học trên trang có thể khác trong hình."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="binhdanhocvuso.gov.vn",
                lines=("Danh sách khóa học", "Kỹ năng số cơ bản", "An toàn thông tin"),
            ),
            alt="Danh sách khóa học trên nền tảng, có khóa kỹ năng số cơ bản và an toàn thông tin.",
        ),
        Step(
            title="Học lần lượt từng bài",
            text=(
                "Mở bài đầu tiên của khóa học và làm theo hướng dẫn trên trang. Học xong bài này "
                "rồi chuyển sang bài tiếp theo."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="binhdanhocvuso.gov.vn",
                lines=("Kỹ năng số cơ bản", "Bài 1", "Bài 2", "Bài 3"),
                button="Bài 1",
            ),
            alt="Danh sách bài trong khóa học kỹ năng số cơ bản, bài 1 được tô sáng.",
        ),
        Callout(
            kind="tip",
            title="Muốn học về AI?",
            text=(
                "Cổng đào tạo AI cho cộng đồng aicongdong.ptit.edu.vn có các khóa học về cách dùng "
                "trí tuệ nhân tạo."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Đăng nhập binhdanhocvuso.gov.vn bằng tài khoản VNeID của bạn.",
                "Chọn một khóa học và học xong bài đầu tiên.",
            ),
        ),
    ],
    related=("tim-kiem-thong-tin-dang-tin-cay", "ai-hoi-dap-voi-chatbot"),
    sources=(
        _NGUON_BINH_DAN_HOC_VU_SO,
        NGUON_AI_CONG_DONG,
    ),
    checked=CHECKED,
)


# ---------------------------------------------------------------------------------------------
# The topic
# ---------------------------------------------------------------------------------------------
TOPIC = Topic(
    slug="toc-do-internet-tim-kiem",
    title="Đo tốc độ Internet (i-Speed) và tìm kiếm thông tin",
    intro=(
        "Ứng dụng i-Speed giúp bạn biết mạng Internet ở nhà nhanh hay chậm, và góp số liệu để "
        "cơ quan nhà nước biết nơi nào mạng còn yếu. Các bài học cũng hướng dẫn tìm thông tin "
        "đáng tin cậy trên mạng và học trên nền tảng Bình dân học vụ số."
    ),
    hero=Screen(
        app="i-Speed",
        kind="speed",
        heading="Kết quả đo",
        lines=("Tải xuống: 45 Mbps", "Tải lên: 20 Mbps", "Độ trễ: 25 ms"),
    ),
    hero_alt="Kết quả đo tốc độ Internet trên i-Speed: tải xuống 45 Mbps, tải lên 20 Mbps, độ trễ 25 ms.",
    lessons=[I_SPEED_DO, I_SPEED_KET_QUA, TIM_KIEM, BINH_DAN_HOC_VU_SO],
)


# ---------------------------------------------------------------------------------------------
# The quiz (skills 0.2, 1.1, 5.1)
# ---------------------------------------------------------------------------------------------
QUIZ = Quiz(
    topic="toc-do-internet-tim-kiem",
    title="Kiểm tra: Tốc độ Internet và tìm kiếm thông tin",
    intro="Bài kiểm tra có 8 câu hỏi, không giới hạn thời gian. "
    "Cần đúng ít nhất 6 trên 8 câu để đạt; bạn có thể làm lại bao nhiêu lần cũng được.",
    pass_mark=70,
    shuffle=True,
    questions=[
        Question(
            kind="single",
            text="Ứng dụng i-Speed dùng để làm gì?",
            skill="0.2",
            choices=(
                Choice(
                    text="Đo tốc độ Internet trên điện thoại",
                    correct=True,
                    feedback="Đúng: i-Speed là ứng dụng đo tốc độ Internet miễn phí "
                    "của Trung tâm Internet Việt Nam (VNNIC).",
                ),
                Choice(
                    text="Chuyển tiền giữa các ngân hàng",
                    feedback="Chưa đúng: i-Speed không chuyển tiền; nó đo tốc độ Internet.",
                ),
                Choice(
                    text="Làm mạng nhanh gấp đôi",
                    feedback="Chưa đúng: i-Speed chỉ đo và cho biết mạng nhanh hay chậm, "
                    "không làm mạng nhanh hơn.",
                ),
            ),
        ),
        Question(
            kind="picture",
            text="Bạn tìm “i-Speed” trong CH Play. Bạn chọn cài ứng dụng nào?",
            skill="0.2",
            picture_choices=(
                PictureChoice(
                    screen=Screen(
                        app="CH Play",
                        kind="store",
                        heading="i-Speed by VNNIC",
                        lines=("Trung tâm Internet Việt Nam", "Miễn phí"),
                        button="Cài đặt",
                    ),
                    alt="Trang CH Play của ứng dụng “i-Speed by VNNIC” của Trung tâm Internet "
                    "Việt Nam, miễn phí, có nút “Cài đặt”.",
                    correct=True,
                    feedback="Đúng: chọn đúng ứng dụng tên “i-Speed by VNNIC”, "
                    "miễn phí, không phải trả tiền.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="CH Play",
                        kind="store",
                        heading="Tăng Tốc Mạng 5G",
                        lines=("Nhà phát triển: cá nhân", "Tăng tốc mạng gấp 10 lần"),
                        button="Cài đặt",
                    ),
                    alt="Trang CH Play của ứng dụng “Tăng Tốc Mạng 5G” của một nhà phát triển "
                    "cá nhân, hứa tăng tốc mạng gấp 10 lần.",
                    feedback="Chưa đúng: đây không phải ứng dụng “i-Speed by VNNIC” "
                    "của Trung tâm Internet Việt Nam.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Trình duyệt",
                        kind="browser",
                        heading="ispeed-nhanh.xyz",
                        lines=("Tải i-Speed bản nhanh", "ispeed-pro.apk"),
                        button="Tải về",
                    ),
                    alt="Trang web ispeed-nhanh.xyz mời tải tệp ispeed-pro.apk về máy.",
                    feedback="Chưa đúng: chỉ cài ứng dụng từ CH Play hoặc App Store, "
                    "không tải tệp từ trang web lạ.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="Gọi video hay bị đứng hình. Bạn đo bằng i-Speed ở góc nhà "
            "và được kết quả như trong hình. Bạn làm gì trước?",
            skill="5.1",
            scenario=Screen(
                app="i-Speed",
                kind="speed",
                heading="Kết quả đo",
                lines=("Tải xuống: 8 Mbps", "Tải lên: 3 Mbps", "Độ trễ: 120 ms"),
            ),
            scenario_alt="Kết quả đo trên i-Speed: tải xuống 8 Mbps, tải lên 3 Mbps, "
            "độ trễ 120 ms.",
            choices=(
                Choice(
                    text="Đến gần cục phát Wi-Fi rồi đo lại; tắt rồi bật lại Wi-Fi",
                    correct=True,
                    feedback="Đúng: tường dày, cửa sắt làm sóng Wi-Fi yếu đi; "
                    "đứng gần cục phát thường đo được tốt hơn nhiều.",
                ),
                Choice(
                    text="Xóa hết ảnh trong máy",
                    feedback="Chưa đúng: xóa ảnh không làm mạng nhanh hơn; "
                    "hãy thử đến gần cục phát Wi-Fi trước.",
                ),
                Choice(
                    text="Mở thêm video khác trong lúc đo lại",
                    feedback="Chưa đúng: trong lúc đo, đừng mở ứng dụng khác hay tải video, "
                    "để kết quả được đúng.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Trong kết quả i-Speed, độ trễ (Ping) càng nhỏ càng tốt.",
            skill="5.1",
            answer=True,
            feedback_true="Đúng: độ trễ đo bằng ms; độ trễ cao làm cuộc gọi bị chậm tiếng.",
            feedback_false="Chưa đúng: độ trễ là thời gian tín hiệu đi và về, "
            "số càng nhỏ càng tốt.",
        ),
        Question(
            kind="single",
            text="Đã đến gần cục phát và bật lại Wi-Fi mà mạng vẫn chậm. Bạn làm gì tiếp?",
            skill="5.1",
            choices=(
                Choice(
                    text="Chụp màn hình kết quả i-Speed, rồi gọi tổng đài nhà mạng "
                    "ghi trên hợp đồng hoặc hóa đơn",
                    correct=True,
                    feedback="Đúng: có kết quả đo, nhà mạng dễ kiểm tra mạng nhà bạn hơn.",
                ),
                Choice(
                    text="Bấm link “tăng tốc mạng” gửi qua tin nhắn",
                    feedback="Chưa đúng: không bấm đường link lạ; "
                    "hãy gọi số tổng đài ghi trên hợp đồng Internet.",
                ),
                Choice(
                    text="Chờ vài tháng xem mạng có tự nhanh lên không",
                    feedback="Chưa đúng: nên báo nhà mạng kiểm tra, kèm ảnh chụp kết quả i-Speed.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Tìm thông tin về thủ tục trên mạng, bạn nên mở kết quả nào trước?",
            skill="1.1",
            choices=(
                Choice(
                    text="Trang có đuôi “.gov.vn”",
                    correct=True,
                    feedback="Đúng: địa chỉ có “.gov.vn” ngay trước dấu “/” đầu tiên là trang của "
                    "cơ quan nhà nước, nên mở trước.",
                ),
                Choice(
                    text="Kết quả trên cùng có chữ “Được tài trợ”",
                    feedback="Chưa đúng: đó là quảng cáo; kẻ gian có thể trả tiền "
                    "để trang giả hiện lên trên cùng.",
                ),
                Choice(
                    text="Trang có tên lạ như tin-nong-24h.xyz",
                    feedback="Chưa đúng: trang lạ không rõ nguồn; "
                    "hãy ưu tiên trang có đuôi “.gov.vn”.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Với tin quan trọng, nên xem thêm một nguồn chính thống thứ hai, "
            "như trang của xã hoặc báo lớn.",
            skill="1.1",
            answer=True,
            feedback_true="Đúng: hai nguồn khớp nhau thì yên tâm hơn; "
            "bạn cũng có thể hỏi cán bộ xã.",
            feedback_false="Chưa đúng: với tin quan trọng, nên so với một nguồn chính thống "
            "khác; hai nguồn khớp nhau thì yên tâm hơn.",
        ),
        Question(
            kind="multiple",
            text="Đăng nhập nền tảng Bình dân học vụ số thế nào cho đúng? (chọn tất cả câu đúng)",
            skill="2.6",
            choices=(
                Choice(
                    text="Gõ đúng địa chỉ binhdanhocvuso.gov.vn",
                    correct=True,
                    feedback="Đúng: tự gõ đúng địa chỉ và xem “.gov.vn” nằm ngay trước dấu “/” "
                    "đầu tiên, vì trang giả có thể làm giống hệt.",
                ),
                Choice(
                    text="Chọn đăng nhập bằng tài khoản VNeID",
                    correct=True,
                    feedback="Đúng: bạn đăng nhập bằng tài khoản VNeID của chính mình.",
                ),
                Choice(
                    text="Tự tay nhập số định danh cá nhân và mật khẩu VNeID",
                    correct=True,
                    feedback="Đúng: tự tay nhập, không nhờ ai nhập mật khẩu hộ.",
                ),
                Choice(
                    text="Đọc mật khẩu cho người hướng dẫn nhập hộ",
                    feedback="Chưa đúng: người hướng dẫn không bao giờ hỏi mật khẩu "
                    "hay mã OTP của bạn.",
                ),
            ),
        ),
    ],
)
