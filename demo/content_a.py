"""Demo content, part A: the first four topics of the campaign.

1. Cơ bản về điện thoại thông minh
2. VNeID: cài đặt, kích hoạt, đăng nhập (with full English translations)
3. Dịch vụ công trực tuyến
4. Thanh toán không dùng tiền mặt

Facts follow ``/work/shared/CONTENT.md``; where a menu name differs between phones or is not
certain, the text describes the action in general words instead of quoting a label.
Every ``Screen`` is a simple drawing made by ``pictures.py``: no real logos or screenshots.
"""

from __future__ import annotations

from demo.make_video import transcript
from demo.spec import (
    Callout,
    Checklist,
    Lesson,
    Paragraph,
    Screen,
    Source,
    Step,
    Topic,
    Video,
)

# ---------------------------------------------------------------------------------------------
# Sources: the public pages the lessons' facts rest on (shown to citizens under "Nguồn"), and the
# day an editor last checked the lessons. A date is "" where the page shows none or it is unsure.
# ---------------------------------------------------------------------------------------------

CHECKED = "2026-11-29"

_NGUON_CO_CHU = Source(
    title="Change text & display settings",
    publisher="Google (Android Accessibility Help)",
    url="https://support.google.com/accessibility/android/answer/11183305",
)
_NGUON_KHOI_DONG_LAI = Source(
    title="How to force restart an iPhone",
    publisher="TechRadar",
    url="https://www.techradar.com/how-to/how-to-force-restart-an-iphone",
)
_NGUON_WIFI = Source(
    title="Connect to Wi-Fi networks on your Android device",
    publisher="Google (Android Help)",
    url="https://support.google.com/android/answer/9075847",
)
_NGUON_2G = Source(
    title="Bộ Thông tin và Truyền thông tạm dừng việc tắt sóng 2G Only đến 15/10/2024",
    publisher="Báo Thanh Hóa",
    url="https://baothanhhoa.vn/bo-thong-tin-va-truyen-thong-tam-dung-viec-tat-song-2g-only-den-15-10-2024-224821.htm",
)
_NGUON_CH_PLAY = Source(
    title="Get Android apps from the Google Play Store",
    publisher="Google (Google Play Help)",
    url="https://support.google.com/googleplay/answer/113409",
)
_NGUON_BCA_VNEID_GIA = Source(
    title=(
        "Bộ Công an khuyến cáo 4 điều người dân cần lưu ý để tránh bị chiếm đoạt tài khoản "
        "ngân hàng"
    ),
    publisher="CafeF",
    url="https://cafef.vn/bo-cong-an-khuyen-cao-4-dieu-nguoi-dan-can-luu-y-de-tranh-bi-chiem-doat-tai-khoan-ngan-hang-188240208104440651.chn",
    date="2024-02-08",
)
_NGUON_BCA_GOI_VIDEO = Source(
    title="Nghe điện thoại có nội dung sau, hãy tắt máy ngay lập tức",
    publisher="Kenh14",
    url="https://kenh14.vn/nghe-dien-thoai-co-noi-dung-sau-hay-tat-may-ngay-lap-tuc-215251021111231632.chn",
    date="2025-10-21",
)
_NGUON_VNEID_CH_PLAY = Source(
    title="VNeID",
    publisher="Google Play (nhà phát triển: Trung tâm dữ liệu quốc gia về dân cư)",
    url="https://play.google.com/store/apps/details?id=com.vnid",
)
_NGUON_ND69 = Source(
    title=(
        "Đã có Nghị định 69/2024/NĐ-CP về định danh và xác định điện tử (thay thế Nghị định "
        "59/2022/NĐ-CP)"
    ),
    publisher="Thư Viện Pháp Luật",
    url="https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/ho-tro-phap-luat/chinh-sach-moi/65972/da-co-nghi-dinh-69-2024-nd-cp-ve-dinh-danh-va-xac-dinh-dien-tu-thay-the-nghi-dinh-59-2022-nd-cp",
    date="2024-06-25",
)
_NGUON_KICH_HOAT = Source(
    title="Hướng dẫn kích hoạt tài khoản định danh điện tử mức 2 trên VNeID",
    publisher="Cổng thông tin điện tử xã Cam Thành, huyện Cam Lộ, tỉnh Quảng Trị",
    url="https://camthanh.camlo.quangtri.gov.vn/chi-tiet-tin/-/view-article/1/1697096684151/1725954691544",
)
_NGUON_KICH_HOAT_MAY_TINH = Source(
    title="5 bước kích hoạt mã tài khoản định danh điện tử đơn giản không cần điện thoại thông minh",
    publisher="Phụ Nữ Today",
    url="https://phunutoday.vn/amp/5-buoc-kich-hoat-ma-tai-khoan-dinh-danh-dien-tu-don-gian-khong-can-dien-thoai-thong-minh-d371723.html",
)
_NGUON_DVC = Source(
    title="Cổng Dịch vụ công quốc gia",
    publisher="Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)",
    url="https://dichvucong.gov.vn",
)
_NGUON_DVC_VNEID = Source(
    title="Từ 1/7/2024 khi thực hiện dịch vụ công trực tuyến chỉ được sử dụng tài khoản VNeID",
    publisher="Cổng thông tin điện tử xã Tân Thành, huyện Hướng Hóa, tỉnh Quảng Trị",
    url="https://tanthanh.huonghoa.quangtri.gov.vn/chi-tiet-tin/-/view-article/1/1688518073224/1714808383758",
    date="2024-05-04",
)
_NGUON_DVC_GIA = Source(
    title="Nghe điện thoại có nội dung này, hãy tắt máy ngay lập tức",
    publisher="CafeF",
    url="https://cafef.vn/nghe-dien-thoai-co-noi-dung-nay-hay-tat-may-ngay-lap-tuc-18825081006551938.chn",
    date="2025-08-10",
)
_NGUON_TTPVHCC = Source(
    title="Từ ngày 1-7 sẽ đưa vào vận hành các trung tâm phục vụ hành chính công cấp xã",
    publisher="Báo Đồng Nai",
    url="https://baodongnai.com.vn/chinh-tri/202506/tu-ngay-1-7-se-dua-vao-van-hanh-cac-trung-tam-phuc-vu-hanh-chinh-cong-cap-xa-4b812ba",
)
_NGUON_VIETQR = Source(
    title="Ngân hàng và NAPAS cam kết thúc đẩy thanh toán nội địa và xuyên biên giới",
    publisher="Vietnam+ (TTXVN)",
    url="https://www.vietnamplus.vn/ngan-hang-va-napas-cam-ket-thuc-day-thanh-toan-noi-dia-va-xuyen-bien-gioi-post1078021.vnp",
    date="2025-11-19",
)
_NGUON_TT17 = Source(
    title="Từ 1/1/2025 bắt buộc chuyển khoản phải dùng sinh trắc học",
    publisher="Doanh nghiệp và Hội nhập",
    url="https://doanhnghiephoinhap.vn/tu-112025-bat-buoc-chuyen-khoan-phai-dung-sinh-trac-hoc-81119.html",
    date="2024-08-31",
)
_NGUON_QD2345 = Source(
    title="Cảnh báo thủ đoạn lừa đảo mới: “Giả mạo hỗ trợ” đăng ký xác thực sinh trắc học",
    publisher="Báo Ngày Nay",
    url="https://ngaynay.vn/canh-bao-thu-doan-lua-dao-moi-gia-mao-ho-tro-dang-ky-xac-thuc-sinh-trac-hoc-post148566.html",
)
_NGUON_SINH_TRAC_GIA = Source(
    title="Cảnh báo mạo danh ngân hàng hỗ trợ cập nhật sinh trắc học để lừa đảo",
    publisher="BNEWS (Thông tấn xã Việt Nam)",
    url="https://bnews.vn/canh-bao-mao-danh-ngan-hang-ho-tro-cap-nhat-sinh-trac-hoc-de-lua-dao/339110.html",
    date="2024-07-01",
)
_NGUON_BIEN_LAI_GIA = Source(
    title="Cẩn trọng chiêu làm giả giao dịch ngân hàng",
    publisher="Báo Thanh Niên",
    url="https://thanhnien.vn/can-trong-chieu-lam-gia-giao-dich-ngan-hang-185230418101922226.htm",
    date="2023-04-18",
)
_NGUON_SHIPPER = Source(
    title="Bộ Công an nêu cách hạn chế nguy cơ bị shipper mạo danh lừa đảo",
    publisher="Báo Dân trí",
    url="https://dantri.com.vn/phap-luat/bo-cong-an-neu-cach-han-che-nguy-co-bi-shipper-mao-danh-lua-dao-20250320170942955.htm",
    date="2025-03-20",
)

# ---------------------------------------------------------------------------------------------
# Screens used more than once (a lesson's key step is also its card picture)
# ---------------------------------------------------------------------------------------------

_HOME_CAI_DAT = Screen(
    app="Điện thoại",
    kind="home",
    heading="Màn hình chính",
    lines=("Cài đặt", "CH Play", "Zalo", "Camera"),
    button="Cài đặt",
)
_CO_CHU = Screen(
    app="Cài đặt",
    kind="app",
    heading="Cỡ chữ",
    lines=("Chữ mẫu: Xin chào bà con", "Nhỏ  <-- thanh trượt -->  To", "Kéo sang phải: chữ to"),
)
_WIFI_BAT = Screen(
    app="Cài đặt",
    kind="settings",
    heading="Wi-Fi",
    lines=("Wi-Fi: Bật", "NhaBacHai", "Quan_Cafe_Free"),
    button="NhaBacHai",
)
_CH_PLAY_CAI_DAT = Screen(
    app="CH Play",
    kind="store",
    heading="Zalo",
    lines=("Nhắn tin, gọi video", "Xem tên nhà phát triển", "Xem số lượt tải"),
    button="Cài đặt",
)
_ZALO_GOI_VIDEO = Screen(
    app="Zalo",
    kind="chat",
    heading="Con gái Lan",
    lines=("Lan: Mẹ khỏe không ạ?", "Mẹ: Mẹ khỏe, con ạ."),
    button="Gọi video",
)

# The publisher as CH Play shows it (checked 11/2026): an agency of Bộ Công an.
_VNEID_NHA_PHAT_TRIEN = "Trung tâm dữ liệu quốc gia về dân cư"
_VNEID_STORE = Screen(
    app="CH Play",
    kind="store",
    heading="VNeID",
    lines=(_VNEID_NHA_PHAT_TRIEN, "Định danh điện tử"),
    button="Cài đặt",
)
_VNEID_KICH_HOAT = Screen(
    app="VNeID",
    kind="app",
    heading="VNeID",
    lines=("Ứng dụng định danh điện tử", "Đăng nhập"),
    button="Kích hoạt tài khoản định danh điện tử",
)
_VNEID_DANG_NHAP = Screen(
    app="VNeID",
    kind="form",
    heading="Đăng nhập",
    lines=("Số định danh cá nhân", "Mật khẩu"),
    button="Đăng nhập",
)

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

_QR_QUET = Screen(
    app="Ngân hàng",
    kind="qr",
    heading="Quét mã QR",
    lines=("Người nhận: TAP HOA BA NAM", "Số tiền: 150.000 đồng"),
)
_QR_KIEM_TRA = Screen(
    app="Ngân hàng",
    kind="app",
    heading="Xác nhận chuyển tiền",
    lines=("Người nhận: TAP HOA BA NAM", "Số tiền: 150.000 đồng", "Kiểm tra kỹ rồi mới bấm"),
    button="Tiếp tục",
)
_ANH_CHUP_GIA = Screen(
    app="Ngân hàng",
    kind="app",
    heading="Ảnh chụp của khách",
    lines=("Chuyển tiền thành công", "150.000 đồng", "Có thể là ảnh giả!"),
    danger=True,
)
_MUA_SAM_THANH_TOAN = Screen(
    app="Mua sắm",
    kind="app",
    heading="Chọn cách thanh toán",
    lines=("Thanh toán khi nhận hàng", "Ví điện tử", "Chuyển khoản"),
    button="Thanh toán khi nhận hàng",
)

# =============================================================================================
# Topic 1: Cơ bản về điện thoại thông minh
# =============================================================================================

DIEN_THOAI_NUT_BAM = Lesson(
    slug="dien-thoai-nut-bam-sac-pin-co-chu",
    title="Nút bấm, sạc pin và chỉnh chữ to",
    summary="Biết bật máy, chỉnh tiếng, sạc pin đúng cách và làm chữ to hơn cho dễ đọc.",
    duration=6,
    level="CB1",
    skills=("0.1", "5.1"),
    audiences=("elderly", "farmers", "workers", "disabilities"),
    tags=("điện thoại", "sạc pin", "cỡ chữ"),
    hero=_CO_CHU,
    hero_alt="Màn hình chỉnh cỡ chữ có dòng chữ mẫu và thanh trượt để làm chữ to hơn.",
    body=[
        Paragraph(
            "Biết các nút bấm và cách sạc pin là bước đầu tiên để dùng điện thoại. "
            "Chữ to hơn giúp người lớn tuổi đọc dễ, đỡ mỏi mắt."
        ),
        Step(
            title="Bật máy bằng nút nguồn",
            text="Nút nguồn thường nằm ở cạnh phải của máy. "
            "Bấm và giữ nút này vài giây cho đến khi màn hình sáng lên.",
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Nút nguồn",
                lines=("Ở cạnh phải của máy", "Giữ vài giây để bật máy"),
            ),
            alt="Màn hình điện thoại nhắc: nút nguồn ở cạnh phải của máy, giữ vài giây để bật máy.",
            tip="Bấm nhanh nút nguồn một lần để tắt hoặc bật màn hình.",
        ),
        Step(
            title="Mở khóa màn hình",
            text="Vuốt ngón tay từ dưới lên trên màn hình. "
            "Nếu máy có mật khẩu, nhập mã mở khóa của bạn.",
            screen=Screen(
                app="Màn hình khóa",
                kind="app",
                heading="10:30",
                lines=("Thứ Hai", "Vuốt lên để mở khóa"),
                button="Vuốt lên",
            ),
            alt="Màn hình khóa hiện giờ 10:30, mũi tên chỉ vào chữ “Vuốt lên” ở cuối màn hình.",
        ),
        Step(
            title="Chỉnh tiếng to, nhỏ",
            text="Hai nút âm lượng nằm ở cạnh máy. "
            "Bấm nút phía trên để tiếng to hơn, nút phía dưới để tiếng nhỏ đi.",
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Âm lượng",
                lines=("Nút trên: to hơn", "Nút dưới: nhỏ đi"),
            ),
            alt="Màn hình âm lượng nhắc: nút trên cạnh máy làm tiếng to hơn, "
            "nút dưới làm tiếng nhỏ đi.",
        ),
        Step(
            title="Cắm sạc pin",
            text="Cắm cục sạc vào ổ điện, đầu dây còn lại cắm vào lỗ sạc của máy. "
            "Biểu tượng pin có hình tia sét là máy đang sạc.",
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Đang sạc",
                lines=("Pin: 45%", "Tia sét: đang sạc"),
            ),
            alt="Màn hình điện thoại báo đang sạc, pin còn 45 phần trăm, có biểu tượng tia sét.",
            tip="Nên dùng bộ sạc đi kèm máy hoặc sạc chính hãng.",
        ),
        Step(
            title="Mở “Cài đặt” và tìm “cỡ chữ”",
            text="Bấm biểu tượng “Cài đặt” hình bánh răng. "
            "Bấm ô tìm kiếm ở trên cùng và gõ “cỡ chữ”.",
            screen=Screen(
                app="Cài đặt",
                kind="settings",
                heading="Cài đặt",
                lines=("Tìm kiếm: cỡ chữ", "Wi-Fi", "Màn hình", "Âm thanh"),
                button="Tìm kiếm: cỡ chữ",
            ),
            alt="Màn hình Cài đặt, ô tìm kiếm ở trên cùng đã gõ chữ “cỡ chữ” và được tô sáng.",
        ),
        Step(
            title="Chọn cỡ chữ lớn hơn",
            text="Bấm vào kết quả có chữ “cỡ chữ”. "
            "Kéo thanh trượt sang phải cho đến khi bạn đọc thấy rõ.",
            screen=_CO_CHU,
            alt="Màn hình chỉnh cỡ chữ có dòng chữ mẫu và thanh trượt, "
            "kéo sang phải thì chữ to hơn.",
            tip="Tên mục có thể khác tùy phiên bản, ví dụ “Cỡ và kiểu phông chữ”.",
        ),
        Callout(
            kind="warning",
            title="Sạc pin an toàn",
            text="Không sạc máy trên giường, gối hay chăn. "
            "Nếu máy hoặc cục sạc nóng bất thường, hãy rút sạc ngay.",
        ),
        Callout(
            kind="tip",
            title="Máy bị đơ, bấm không được?",
            text="Khởi động lại bắt buộc bằng các nút ở cạnh máy; cách này không xóa dữ liệu. "
            "iPhone 8 trở về sau: bấm nhanh rồi thả nút tăng âm lượng, rồi nút giảm âm lượng, "
            "sau đó giữ nút bên cạnh đến khi thấy logo Apple. Máy Android: giữ cùng lúc nút "
            "nguồn và nút giảm âm lượng khoảng 10 đến 20 giây, đến khi thấy logo (mỗi hãng có "
            "thể hơi khác). Không chọn “Khôi phục cài đặt gốc”, vì việc đó xóa hết dữ liệu. "
            "Vẫn không được thì sạc pin rồi thử lại, hoặc nhờ Tổ công nghệ số cộng đồng ở thôn "
            "giúp.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Tắt màn hình rồi mở khóa lại.",
                "Chỉnh tiếng to lên rồi nhỏ xuống.",
                "Làm chữ trên máy to hơn một mức.",
            ),
        ),
    ],
    related=("dien-thoai-ket-noi-wifi-du-lieu-di-dong",),
    sources=(
        _NGUON_CO_CHU,
        _NGUON_KHOI_DONG_LAI,
    ),
    checked=CHECKED,
)

DIEN_THOAI_WIFI = Lesson(
    slug="dien-thoai-ket-noi-wifi-du-lieu-di-dong",
    title="Kết nối Wi-Fi và dữ liệu di động",
    summary="Vào mạng bằng Wi-Fi khi ở nhà và bằng dữ liệu di động khi ra ngoài.",
    duration=6,
    level="CB1",
    skills=("0.1", "5.1"),
    audiences=("elderly", "farmers", "traders", "workers", "students"),
    tags=("wi-fi", "dữ liệu di động", "mạng internet"),
    hero=_WIFI_BAT,
    hero_alt="Màn hình Wi-Fi đã bật, tên mạng “NhaBacHai” được tô sáng.",
    body=[
        Paragraph(
            "Điện thoại cần có mạng thì mới gọi Zalo, xem tin hay dùng VNeID được. "
            "Ở nhà nên dùng Wi-Fi; ra ngoài thì bật dữ liệu di động (4G, 5G)."
        ),
        Step(
            title="Mở “Cài đặt”",
            text="Trên màn hình chính, bấm biểu tượng “Cài đặt” hình bánh răng.",
            screen=_HOME_CAI_DAT,
            alt="Màn hình chính của điện thoại, biểu tượng “Cài đặt” được tô sáng.",
        ),
        Step(
            title="Chọn mục “Wi-Fi”",
            text="Bấm vào “Wi-Fi”. "
            "Trên một số máy, mục này nằm trong “Kết nối” hoặc “Mạng và Internet”.",
            screen=Screen(
                app="Cài đặt",
                kind="settings",
                heading="Cài đặt",
                lines=("Wi-Fi", "Dữ liệu di động", "Màn hình", "Âm thanh"),
                button="Wi-Fi",
            ),
            alt="Danh sách trong Cài đặt, dòng “Wi-Fi” được tô sáng.",
        ),
        Step(
            title="Bật Wi-Fi và chọn mạng nhà mình",
            text="Gạt nút cạnh chữ “Wi-Fi” sang bật. "
            "Máy hiện tên các mạng ở gần; bấm vào tên mạng Wi-Fi nhà bạn.",
            screen=_WIFI_BAT,
            alt="Màn hình Wi-Fi đã bật với danh sách mạng, tên mạng “NhaBacHai” được tô sáng.",
        ),
        Step(
            title="Nhập mật khẩu Wi-Fi",
            text="Gõ mật khẩu của mạng Wi-Fi rồi bấm “Kết nối”.",
            screen=Screen(
                app="Cài đặt",
                kind="form",
                heading="NhaBacHai",
                lines=("Mật khẩu",),
                button="Kết nối",
            ),
            alt="Ô nhập mật khẩu của mạng “NhaBacHai”, nút “Kết nối” được tô sáng.",
            tip="Mật khẩu Wi-Fi thường được in ở mặt dưới cục phát Wi-Fi (modem).",
        ),
        Step(
            title="Bật dữ liệu di động khi ra ngoài",
            text="Vuốt từ mép trên màn hình xuống (iPhone: từ góc trên bên phải). "
            "Bấm biểu tượng “Dữ liệu di động” để bật.",
            screen=Screen(
                app="Cài đặt nhanh",
                kind="settings",
                heading="Cài đặt nhanh",
                lines=("Wi-Fi", "Dữ liệu di động", "Đèn pin", "Xoay màn hình"),
                button="Dữ liệu di động",
            ),
            alt="Bảng cài đặt nhanh kéo từ trên xuống, nút “Dữ liệu di động” được tô sáng.",
            tip="Dữ liệu di động dùng tiền trong gói cước của bạn.",
        ),
        Callout(
            kind="tip",
            title="Không vào được mạng?",
            text="Tắt Wi-Fi rồi bật lại. Nếu vẫn không được, rút điện cục phát Wi-Fi, "
            "chờ một phút rồi cắm lại. Khi dùng dữ liệu di động, xem gói cước còn không.",
        ),
        Callout(
            kind="warning",
            title="Cẩn thận với Wi-Fi lạ",
            text="Wi-Fi miễn phí ở quán, chợ có thể không an toàn. "
            "Không chuyển tiền hay nhập mật khẩu ngân hàng khi dùng Wi-Fi lạ.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Kết nối điện thoại vào Wi-Fi nhà mình.",
                "Tắt Wi-Fi, bật dữ liệu di động và mở thử một trang tin.",
                "Về nhà, bật lại Wi-Fi để đỡ tốn gói cước.",
            ),
        ),
    ],
    related=("dien-thoai-cai-ung-dung-ch-play-app-store",),
    sources=(
        _NGUON_WIFI,
        _NGUON_2G,
    ),
    checked=CHECKED,
)

DIEN_THOAI_CAI_UNG_DUNG = Lesson(
    slug="dien-thoai-cai-ung-dung-ch-play-app-store",
    title="Cài ứng dụng từ CH Play hoặc App Store",
    summary="Tìm và cài đúng ứng dụng từ kho ứng dụng chính thức của điện thoại.",
    duration=5,
    level="CB1",
    skills=("0.2",),
    audiences=("elderly", "farmers", "traders", "workers", "students"),
    tags=("cài ứng dụng", "ch play", "app store"),
    hero=_CH_PLAY_CAI_DAT,
    hero_alt="Trang ứng dụng Zalo trong CH Play, nút “Cài đặt” được tô sáng.",
    body=[
        Paragraph(
            "Ứng dụng là các chương trình như Zalo, VNeID hay ứng dụng ngân hàng. "
            "Chỉ cài ứng dụng từ CH Play (máy Android) hoặc App Store (iPhone) "
            "để tránh phần mềm độc hại."
        ),
        Step(
            title="Mở kho ứng dụng",
            text="Máy Android: bấm biểu tượng “CH Play”. iPhone: bấm biểu tượng “App Store”.",
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
            title="Tìm tên ứng dụng",
            text="Bấm ô tìm kiếm ở trên cùng, gõ tên ứng dụng, ví dụ “Zalo”, "
            "rồi bấm hình kính lúp.",
            screen=Screen(
                app="CH Play",
                kind="app",
                heading="Tìm kiếm",
                lines=("Zalo",),
                button="Tìm kiếm",
            ),
            alt="Ô tìm kiếm của CH Play đã gõ chữ “Zalo”, nút tìm kiếm được tô sáng.",
        ),
        Step(
            title="Kiểm tra đúng ứng dụng",
            text="Xem kỹ tên ứng dụng, tên nhà phát triển và số lượt tải. "
            "Ứng dụng giả thường có tên na ná và ít người tải.",
            screen=Screen(
                app="CH Play",
                kind="store",
                heading="Zalo",
                lines=("Nhắn tin, gọi video", "Xem tên nhà phát triển", "Xem số lượt tải"),
            ),
            alt="Trang ứng dụng Zalo trong CH Play, có dòng nhắc xem tên nhà phát triển "
            "và số lượt tải.",
        ),
        Step(
            title="Bấm “Cài đặt”",
            text="Bấm nút “Cài đặt” (trên iPhone là “Nhận”). "
            "Chờ máy tải xong, không tắt mạng giữa chừng.",
            screen=_CH_PLAY_CAI_DAT,
            alt="Trang ứng dụng Zalo trong CH Play, nút “Cài đặt” được tô sáng.",
            tip="iPhone có thể hỏi mật khẩu Apple ID hoặc Face ID để xác nhận.",
        ),
        Step(
            title="Mở ứng dụng vừa cài",
            text="Khi tải xong, bấm “Mở”. Biểu tượng ứng dụng cũng hiện trên màn hình chính.",
            screen=Screen(
                app="CH Play",
                kind="store",
                heading="Zalo",
                lines=("Đã cài đặt",),
                button="Mở",
            ),
            alt="Trang ứng dụng Zalo đã cài xong, nút “Mở” được tô sáng.",
        ),
        Callout(
            kind="danger",
            title="Không cài ứng dụng qua đường link lạ",
            text="Không cài ứng dụng từ đường link gửi qua tin nhắn, Zalo hay cuộc gọi, "
            "kể cả khi người gửi xưng là công an hay ngân hàng. "
            "Ứng dụng lạ có thể chiếm quyền điều khiển điện thoại của bạn.",
        ),
        Callout(
            kind="tip",
            title="Cập nhật ứng dụng",
            text="Thỉnh thoảng mở CH Play hoặc App Store để cập nhật các ứng dụng lên bản mới.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Cài một ứng dụng bạn cần, ví dụ Zalo hoặc VNeID.",
                "Tìm biểu tượng ứng dụng vừa cài trên màn hình chính.",
            ),
        ),
    ],
    related=("cai-dat-ung-dung-vneid", "dien-thoai-goi-video-cho-nguoi-than"),
    sources=(
        _NGUON_CH_PLAY,
        _NGUON_BCA_VNEID_GIA,
    ),
    checked=CHECKED,
)

DIEN_THOAI_GOI_VIDEO = Lesson(
    slug="dien-thoai-goi-video-cho-nguoi-than",
    title="Gọi video cho người thân bằng Zalo",
    summary="Gọi video để vừa nghe vừa nhìn thấy con cháu ở xa.",
    duration=5,
    level="CB1",
    skills=("0.2",),
    audiences=("elderly", "farmers", "workers", "disabilities"),
    tags=("gọi video", "zalo", "người thân"),
    hero=_ZALO_GOI_VIDEO,
    hero_alt="Cuộc trò chuyện Zalo với “Con gái Lan”, nút gọi video được tô sáng.",
    body=[
        Paragraph(
            "Gọi video qua Zalo chỉ dùng Wi-Fi hoặc dữ liệu di động, không tính cước gọi "
            "thường. Bạn vừa nói chuyện vừa nhìn thấy người thân."
        ),
        Step(
            title="Mở Zalo",
            text="Trên màn hình chính, bấm biểu tượng “Zalo”.",
            screen=Screen(
                app="Điện thoại",
                kind="home",
                heading="Màn hình chính",
                lines=("Cài đặt", "CH Play", "Zalo", "Camera"),
                button="Zalo",
            ),
            alt="Màn hình chính của điện thoại, biểu tượng “Zalo” được tô sáng.",
        ),
        Step(
            title="Chọn người muốn gọi",
            text="Bấm vào tên người thân trong danh sách tin nhắn. "
            "Nếu chưa thấy, bấm “Danh bạ” ở cuối màn hình để tìm.",
            screen=Screen(
                app="Zalo",
                kind="app",
                heading="Tin nhắn",
                lines=("Con gái Lan", "Cháu Minh", "Nhóm thôn Đông"),
                button="Con gái Lan",
            ),
            alt="Danh sách tin nhắn trong Zalo, tên “Con gái Lan” được tô sáng.",
        ),
        Step(
            title="Bấm biểu tượng máy quay",
            text="Ở góc trên bên phải, bấm hình máy quay để gọi video. "
            "Hình chiếc điện thoại là gọi chỉ có tiếng.",
            screen=_ZALO_GOI_VIDEO,
            alt="Cuộc trò chuyện với “Con gái Lan”, biểu tượng máy quay ở góc trên được tô sáng.",
        ),
        Step(
            title="Cho phép dùng camera và micrô",
            text="Lần đầu gọi, máy hỏi có cho Zalo dùng camera và micrô không. "
            "Bấm “Cho phép” để người kia thấy và nghe bạn.",
            screen=Screen(
                app="Zalo",
                kind="app",
                heading="Cho Zalo dùng camera?",
                lines=("Cần để gọi video",),
                button="Cho phép",
            ),
            alt="Hộp hỏi quyền dùng camera, nút “Cho phép” được tô sáng.",
        ),
        Step(
            title="Kết thúc cuộc gọi",
            text="Nói chuyện xong, bấm nút tròn màu đỏ để cúp máy.",
            screen=Screen(
                app="Zalo",
                kind="call",
                heading="Con gái Lan",
                lines=("Đang gọi video", "05:12"),
                button="Kết thúc",
            ),
            alt="Cuộc gọi video với “Con gái Lan” đang diễn ra, nút đỏ “Kết thúc” được tô sáng.",
        ),
        Callout(
            kind="warning",
            title="Người lạ gọi video xưng là công an",
            text="Công an không làm việc với người dân qua cuộc gọi video; khi cần, công an gửi "
            "giấy mời. Người lạ gọi video xưng là công an hay cán bộ thì hãy cúp máy, rồi tự gọi "
            "số Công an xã bạn đã lưu để hỏi.",
        ),
        Callout(
            kind="tip",
            title="Gọi ở chỗ có Wi-Fi",
            text="Dùng Wi-Fi thì hình rõ hơn và không tốn gói cước dữ liệu.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Gọi video cho một người thân trong gia đình.",
                "Tìm nút gọi thường và nút gọi video trong một cuộc trò chuyện.",
            ),
        ),
    ],
    related=("dien-thoai-ket-noi-wifi-du-lieu-di-dong",),
    sources=(_NGUON_BCA_GOI_VIDEO,),
    checked=CHECKED,
)

# =============================================================================================
# Topic 2: VNeID (every lesson carries a full English translation in ``en``)
# =============================================================================================

VNEID_CAI_DAT = Lesson(
    slug="cai-dat-ung-dung-vneid",
    title="Cài đặt ứng dụng VNeID",
    summary="Tải đúng ứng dụng VNeID của Bộ Công an từ CH Play hoặc App Store.",
    duration=5,
    level="CB1",
    skills=("2.6", "4.2"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials"),
    tags=("vneid", "định danh điện tử", "cài ứng dụng"),
    hero=_VNEID_STORE,
    hero_alt="Trang ứng dụng VNeID trong CH Play, nút “Cài đặt” được tô sáng.",
    body=[
        Paragraph(
            "VNeID là ứng dụng định danh điện tử của Bộ Công an "
            "(Trung tâm dữ liệu quốc gia về dân cư). "
            "Cài đúng ứng dụng thật là bước đầu để bảo vệ thông tin cá nhân của bạn."
        ),
        Step(
            title="Mở CH Play hoặc App Store",
            text="Máy Android: bấm biểu tượng “CH Play”. iPhone: bấm biểu tượng “App Store”.",
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
            title="Tìm “VNeID”",
            text="Bấm ô tìm kiếm, gõ “VNeID” rồi bấm hình kính lúp.",
            screen=Screen(
                app="CH Play",
                kind="app",
                heading="Tìm kiếm",
                lines=("VNeID",),
                button="Tìm kiếm",
            ),
            alt="Ô tìm kiếm của CH Play đã gõ chữ “VNeID”, nút tìm kiếm được tô sáng.",
        ),
        Step(
            title="Kiểm tra đúng ứng dụng thật",
            text="Chọn ứng dụng tên “VNeID”. Trên CH Play, tên nhà phát triển ghi “Trung tâm "
            "dữ liệu quốc gia về dân cư”, là đơn vị của Bộ Công an.",
            screen=Screen(
                app="CH Play",
                kind="store",
                heading="VNeID",
                lines=(_VNEID_NHA_PHAT_TRIEN, "Định danh điện tử"),
            ),
            alt="Trang ứng dụng VNeID trong CH Play, nhà phát triển ghi “Trung tâm dữ liệu quốc "
            "gia về dân cư”.",
            tip="Nếu thấy nhiều ứng dụng giống nhau, hỏi Công an xã trước khi cài.",
        ),
        Step(
            title="Bấm “Cài đặt”",
            text="Bấm nút “Cài đặt” (trên iPhone là “Nhận”) và chờ máy tải xong.",
            screen=_VNEID_STORE,
            alt="Trang ứng dụng VNeID trong CH Play, nút “Cài đặt” được tô sáng.",
        ),
        Step(
            title="Mở VNeID",
            text="Khi tải xong, bấm “Mở”. "
            "Nếu đã có tài khoản thì đăng nhập; nếu chưa, làm tiếp bài kích hoạt tài khoản.",
            screen=Screen(
                app="CH Play",
                kind="store",
                heading="VNeID",
                lines=("Đã cài đặt",),
                button="Mở",
            ),
            alt="Trang ứng dụng VNeID đã cài xong, nút “Mở” được tô sáng.",
        ),
        Callout(
            kind="danger",
            title="Chỉ cài VNeID từ CH Play hoặc App Store",
            text="Kẻ gian gọi điện xưng là công an, gửi đường link để “nâng cấp VNeID lên "
            "mức 2”. Đó là ứng dụng giả, chiếm quyền điều khiển điện thoại. "
            "Hãy cúp máy, không bấm vào link.",
        ),
        Callout(
            kind="tip",
            title="Tài khoản mức 1 và mức 2 khác nhau thế nào?",
            text="Mức 1 có thông tin cơ bản và ảnh chân dung, bạn tự đăng ký trên ứng dụng, "
            "dùng được một số tính năng. Mức 2 có thêm vân tay, đăng ký tại Công an xã "
            "hoặc khi làm thẻ căn cước, với số điện thoại đứng tên chính bạn. Theo Nghị định "
            "69/2024/NĐ-CP, tài khoản mức 2 có căn cước điện tử, có giá trị như thẻ căn cước "
            "khi làm thủ tục hành chính.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Cài VNeID từ CH Play hoặc App Store.",
                "Tìm biểu tượng VNeID trên màn hình chính.",
            ),
        ),
    ],
    related=("kich-hoat-tai-khoan-vneid",),
    sources=(
        _NGUON_VNEID_CH_PLAY,
        _NGUON_BCA_VNEID_GIA,
        _NGUON_ND69,
    ),
    checked=CHECKED,
    en=Lesson(
        slug="cai-dat-ung-dung-vneid",
        title="Installing the VNeID app",
        summary="Download the real VNeID app of the Ministry of Public Security "
        "from CH Play (Google Play) or the App Store.",
        duration=5,
        level="CB1",
        skills=("2.6", "4.2"),
        audiences=("elderly", "farmers", "traders", "workers", "students", "officials"),
        tags=("vneid", "định danh điện tử", "cài ứng dụng"),
        hero=_VNEID_STORE,
        hero_alt="The VNeID page in CH Play, with the “Cài đặt” [Install] button highlighted.",
        body=[
            Paragraph(
                "VNeID is the electronic identity app of the Ministry of Public Security "
                "(National Population Data Center). "
                "Installing the real app is the first step to protect your personal data."
            ),
            Step(
                title="Open CH Play or the App Store",
                text="Android phone: tap the “CH Play” icon. iPhone: tap the “App Store” icon.",
                screen=None,
                alt="The phone's home screen, with the “CH Play” icon highlighted.",
            ),
            Step(
                title="Search for “VNeID”",
                text="Tap the search box, type “VNeID” and tap the magnifying glass.",
                screen=None,
                alt="The CH Play search box with “VNeID” typed in and the search button "
                "highlighted.",
            ),
            Step(
                title="Check that it is the real app",
                text="Choose the app named “VNeID”. In CH Play, the developer shows as “Trung "
                "tâm dữ liệu quốc gia về dân cư” [National Population Data Center], an agency "
                "of the Ministry of Public Security.",
                screen=None,
                alt="The VNeID page in CH Play, with the developer shown as “Trung tâm dữ liệu "
                "quốc gia về dân cư” [National Population Data Center].",
                tip="If you see several similar apps, ask the commune police before installing.",
            ),
            Step(
                title="Tap “Cài đặt” [Install]",
                text="Tap “Cài đặt” [Install] (on an iPhone: “Nhận” [Get]) "
                "and wait for the download to finish.",
                screen=None,
                alt="The VNeID page in CH Play, with the “Cài đặt” [Install] button highlighted.",
            ),
            Step(
                title="Open VNeID",
                text="When the download is done, tap “Mở” [Open]. "
                "If you already have an account, log in; if not, go on to the activation lesson.",
                screen=None,
                alt="The VNeID page after installing, with the “Mở” [Open] button highlighted.",
            ),
            Callout(
                kind="danger",
                title="Install VNeID only from CH Play or the App Store",
                text="Scammers call pretending to be police and send a link to “upgrade VNeID "
                "to level 2”. That is a fake app that takes over your phone. "
                "Hang up and do not tap the link.",
            ),
            Callout(
                kind="tip",
                title="What is the difference between level 1 and level 2?",
                text="Level 1 holds your basic identity and portrait; you register it yourself "
                "in the app, and it unlocks some features. Level 2 adds fingerprints and is "
                "registered at the commune police or with your ID-card application, with a "
                "phone number in your own name. Under Decree 69/2024/NĐ-CP, a level 2 account "
                "holds an electronic ID that counts like the ID card in administrative "
                "procedures.",
            ),
            Checklist(
                title="Try it yourself",
                items=(
                    "Install VNeID from CH Play or the App Store.",
                    "Find the VNeID icon on your home screen.",
                ),
            ),
        ],
        related=("kich-hoat-tai-khoan-vneid",),
    ),
)

VNEID_KICH_HOAT = Lesson(
    slug="kich-hoat-tai-khoan-vneid",
    title="Kích hoạt tài khoản định danh điện tử VNeID",
    summary="Tự kích hoạt tài khoản VNeID trên điện thoại sau khi đã đăng ký với công an.",
    duration=8,
    level="CB2",
    skills=("2.6", "2.3", "4.2"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials", "disabilities"),
    tags=("vneid", "định danh điện tử", "kích hoạt tài khoản", "mật khẩu"),
    hero=_VNEID_KICH_HOAT,
    hero_alt="Màn hình đầu của VNeID, nút “Kích hoạt tài khoản định danh điện tử” được tô sáng.",
    body=[
        Paragraph(
            "Sau khi đăng ký tài khoản định danh điện tử tại Công an xã hoặc khi làm thẻ căn "
            "cước, bạn tự kích hoạt trên ứng dụng VNeID. Hãy chuẩn bị thẻ căn cước và "
            "điện thoại có số đã đăng ký, là số đứng tên chính bạn."
        ),
        Step(
            title="Chọn “Kích hoạt tài khoản định danh điện tử”",
            text="Mở ứng dụng VNeID. Ở màn hình đầu tiên, "
            "bấm “Kích hoạt tài khoản định danh điện tử”.",
            screen=_VNEID_KICH_HOAT,
            alt="Màn hình đầu của VNeID, nút “Kích hoạt tài khoản định danh điện tử” được tô sáng.",
            tip="Tên mục có thể khác tùy phiên bản.",
        ),
        Step(
            title="Nhập số định danh và số điện thoại",
            text="Nhập số định danh cá nhân 12 số và số điện thoại đã đăng ký, "
            "rồi bấm “Gửi yêu cầu”.",
            screen=Screen(
                app="VNeID",
                kind="form",
                heading="Kích hoạt tài khoản",
                lines=("Số định danh cá nhân", "Số điện thoại"),
                button="Gửi yêu cầu",
            ),
            alt="Mẫu có hai ô: số định danh cá nhân và số điện thoại, "
            "nút “Gửi yêu cầu” được tô sáng.",
            tip="Số định danh cá nhân là dãy 12 số in trên thẻ căn cước của bạn.",
        ),
        Step(
            title="Nhập mã OTP trong tin nhắn",
            text="Điện thoại nhận một tin nhắn có mã OTP (mã số gửi qua tin nhắn). "
            "Nhập mã đó vào ứng dụng rồi bấm “Xác nhận”.",
            screen=Screen(
                app="Tin nhắn",
                kind="sms",
                heading="Tin nhắn mới",
                lines=("Mã OTP của bạn:", "xxxxxx"),
            ),
            alt="Tin nhắn SMS chứa mã OTP gồm 6 chữ số.",
            tip="Mã OTP chỉ để bạn tự nhập, không đọc cho ai nghe.",
        ),
        Step(
            title="Đặt mật khẩu",
            text="Đặt mật khẩu dài 8 đến 20 ký tự, có chữ hoa, chữ thường, chữ số và "
            "ký tự đặc biệt (như @ hoặc #). Nhập lại lần nữa để xác nhận.",
            screen=Screen(
                app="VNeID",
                kind="form",
                heading="Tạo mật khẩu",
                lines=("Mật khẩu", "Nhập lại mật khẩu", "8-20 ký tự: Aa, số, @#"),
                button="Xác nhận",
            ),
            alt="Mẫu tạo mật khẩu có hai ô nhập và dòng nhắc quy tắc mật khẩu, "
            "nút xác nhận được tô sáng.",
            tip="Hãy tự nghĩ mật khẩu của riêng bạn. Không dùng mật khẩu in trong sách, tờ "
            "hướng dẫn hay của người khác.",
        ),
        Step(
            title="Đặt mã bảo vệ 6 số (passcode)",
            text="Nhập 6 chữ số làm passcode, rồi nhập lại lần nữa. "
            "Passcode dùng để xác nhận khi bạn dùng ứng dụng.",
            screen=Screen(
                app="VNeID",
                kind="form",
                heading="Thiết lập passcode",
                lines=("Passcode (6 số)", "Nhập lại passcode"),
                button="Xác nhận",
            ),
            alt="Mẫu thiết lập passcode gồm 6 chữ số, có ô nhập lại.",
            tip="Không dùng ngày sinh hay 123456 làm passcode.",
        ),
        Step(
            title="Trả lời câu hỏi bảo mật",
            text="Chọn câu hỏi và nhập câu trả lời mà chỉ bạn biết. "
            "Hãy nhớ kỹ các câu trả lời này.",
            screen=Screen(
                app="VNeID",
                kind="form",
                heading="Câu hỏi bảo mật",
                lines=("Chọn câu hỏi", "Câu trả lời"),
                button="Xác nhận",
            ),
            alt="Mẫu có các ô chọn câu hỏi bảo mật và ô nhập câu trả lời.",
        ),
        Step(
            title="Đăng nhập lại",
            text="Ứng dụng quay về màn hình đăng nhập. "
            "Nhập số định danh cá nhân và mật khẩu vừa đặt, rồi bấm “Đăng nhập”.",
            screen=_VNEID_DANG_NHAP,
            alt="Màn hình đăng nhập VNeID với ô số định danh cá nhân và ô mật khẩu, "
            "nút “Đăng nhập” được tô sáng.",
        ),
        Video(
            key="kich-hoat-vneid",
            title="Video: Kích hoạt tài khoản định danh điện tử",
            # The video's own captions, word for word: the transcript cannot say more.
            transcript=transcript("vi"),
        ),
        Callout(
            kind="danger",
            title="Không để ai “kích hoạt hộ” qua điện thoại",
            text="Không đưa điện thoại cho người lạ, không làm theo người gọi điện đòi "
            "kích hoạt hộ. Cán bộ hướng dẫn không bao giờ hỏi mật khẩu, passcode "
            "hay mã OTP của bạn.",
        ),
        Callout(
            kind="tip",
            title="Không có điện thoại thông minh?",
            text="Bạn có thể kích hoạt trên máy tính tại trang vneid.gov.vn, "
            "các bước giống như trên ứng dụng. Bạn vẫn cần một điện thoại lắp số đã đăng ký "
            "để nhận tin nhắn có mã OTP.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Chuẩn bị thẻ căn cước và điện thoại có số đã đăng ký.",
                "Kích hoạt tài khoản VNeID của bạn.",
                "Đăng nhập lại một lần nữa để chắc chắn bạn nhớ mật khẩu.",
            ),
        ),
    ],
    related=("dang-nhap-vneid", "dang-nhap-cong-dich-vu-cong-quoc-gia"),
    sources=(
        _NGUON_KICH_HOAT,
        _NGUON_KICH_HOAT_MAY_TINH,
        _NGUON_ND69,
    ),
    checked=CHECKED,
    en=Lesson(
        slug="kich-hoat-tai-khoan-vneid",
        title="Activating your VNeID electronic identity account",
        summary="Activate your VNeID account yourself on your phone after registering "
        "with the police.",
        duration=8,
        level="CB2",
        skills=("2.6", "2.3", "4.2"),
        audiences=(
            "elderly",
            "farmers",
            "traders",
            "workers",
            "students",
            "officials",
            "disabilities",
        ),
        tags=("vneid", "định danh điện tử", "kích hoạt tài khoản", "mật khẩu"),
        hero=_VNEID_KICH_HOAT,
        hero_alt="The first VNeID screen, with the “Kích hoạt tài khoản định danh điện tử” "
        "[Activate identity account] button highlighted.",
        body=[
            Paragraph(
                "After registering your electronic identity account at the commune police or "
                "with your ID-card application, you activate it yourself in the VNeID app. "
                "Have your ID card ready, and the phone with the registered number, which must "
                "be in your own name."
            ),
            Step(
                title="Choose “Kích hoạt tài khoản định danh điện tử” [Activate identity account]",
                text="Open the VNeID app. On the first screen, tap “Kích hoạt tài khoản định "
                "danh điện tử” [Activate identity account].",
                screen=None,
                alt="The first VNeID screen, with the “Kích hoạt tài khoản định danh điện tử” "
                "[Activate identity account] button highlighted.",
                tip="The name of the item may differ between versions.",
            ),
            Step(
                title="Enter your ID number and phone number",
                text="Enter your 12-digit personal ID number and your registered phone "
                "number, then tap “Gửi yêu cầu” [Send request].",
                screen=None,
                alt="A form with two boxes, personal ID number and phone number, with the "
                "“Gửi yêu cầu” [Send request] button highlighted.",
                tip="Your personal ID number is the 12 digits printed on your ID card.",
            ),
            Step(
                title="Enter the OTP code from the text message",
                text="Your phone receives a text message with an OTP code (the code sent by "
                "text message). Type that code into the app and tap “Xác nhận” [Confirm].",
                screen=None,
                alt="A text message containing a 6-digit OTP code.",
                tip="The OTP code is only for you to type in; never read it out to anyone.",
            ),
            Step(
                title="Set a password",
                text="Set a password of 8 to 20 characters with upper and lower case letters, "
                "a digit and a special character (such as @ or #). Type it again to confirm.",
                screen=None,
                alt="A password form with two boxes and a reminder of the password rules, "
                "with the confirm button highlighted.",
                tip="Make up your own password. Do not use a password printed in a book, a "
                "handout or someone else's.",
            ),
            Step(
                title="Set a 6-digit security code (passcode)",
                text="Enter 6 digits as your passcode, then enter them again. "
                "The passcode confirms it is you when you use the app.",
                screen=None,
                alt="A form to set a 6-digit passcode, with a box to enter it again.",
                tip="Do not use your birthday or 123456 as your passcode.",
            ),
            Step(
                title="Answer the security questions",
                text="Choose questions and type answers that only you know. "
                "Remember these answers well.",
                screen=None,
                alt="A form with boxes to choose security questions and type the answers.",
            ),
            Step(
                title="Log in again",
                text="The app goes back to the login screen. Enter your personal ID number "
                "and the new password, then tap “Đăng nhập” [Log in].",
                screen=None,
                alt="The VNeID login screen with boxes for the personal ID number and "
                "password, and the “Đăng nhập” [Log in] button highlighted.",
            ),
            Video(
                key="kich-hoat-vneid",
                title="Video: Activating your electronic identity account",
                transcript=transcript("en"),
            ),
            Callout(
                kind="danger",
                title="Never let anyone “activate it for you” over the phone",
                text="Do not hand your phone to strangers, and do not follow a caller who "
                "offers to activate your account for you. Trainers never ask for your "
                "password, passcode or OTP code.",
            ),
            Callout(
                kind="tip",
                title="No smartphone?",
                text="You can activate on a computer at vneid.gov.vn; "
                "the steps are the same as in the app. You still need a phone with the "
                "registered number to receive the text message with the OTP code.",
            ),
            Checklist(
                title="Try it yourself",
                items=(
                    "Have your ID card and the phone with your registered number ready.",
                    "Activate your VNeID account.",
                    "Log in once more to be sure you remember your password.",
                ),
            ),
        ],
        related=("dang-nhap-vneid", "dang-nhap-cong-dich-vu-cong-quoc-gia"),
    ),
)

VNEID_DANG_NHAP = Lesson(
    slug="dang-nhap-vneid",
    title="Đăng nhập VNeID an toàn",
    summary="Đăng nhập VNeID bằng số định danh cá nhân và mật khẩu, giữ kín mã bảo vệ 6 số "
    "(passcode).",
    duration=5,
    level="CB1",
    skills=("2.6", "4.2"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials", "disabilities"),
    tags=("vneid", "đăng nhập", "mật khẩu"),
    hero=_VNEID_DANG_NHAP,
    hero_alt="Màn hình đăng nhập VNeID, nút “Đăng nhập” được tô sáng.",
    body=[
        Paragraph(
            "Sau khi kích hoạt, mỗi lần dùng VNeID bạn cần đăng nhập. "
            "Tài khoản VNeID còn dùng để đăng nhập Cổng Dịch vụ công, "
            "nên phải giữ thật kín mật khẩu."
        ),
        Step(
            title="Mở ứng dụng VNeID",
            text="Trên màn hình chính, bấm biểu tượng “VNeID”.",
            screen=Screen(
                app="Điện thoại",
                kind="home",
                heading="Màn hình chính",
                lines=("Cài đặt", "CH Play", "Zalo", "VNeID"),
                button="VNeID",
            ),
            alt="Màn hình chính của điện thoại, biểu tượng “VNeID” được tô sáng.",
        ),
        Step(
            title="Nhập số định danh cá nhân",
            text="Ở ô đầu tiên, nhập số định danh cá nhân 12 số của bạn.",
            screen=Screen(
                app="VNeID",
                kind="form",
                heading="Đăng nhập",
                lines=("Số định danh cá nhân", "Mật khẩu"),
            ),
            alt="Màn hình đăng nhập VNeID với ô số định danh cá nhân ở trên và ô mật khẩu ở dưới.",
        ),
        Step(
            title="Nhập mật khẩu và bấm “Đăng nhập”",
            text="Nhập mật khẩu bạn đã đặt khi kích hoạt, rồi bấm “Đăng nhập”.",
            screen=_VNEID_DANG_NHAP,
            alt="Màn hình đăng nhập VNeID, nút “Đăng nhập” được tô sáng.",
            tip="Gõ chậm và để ý chữ hoa, chữ thường.",
        ),
        Step(
            title="Nhập mã bảo vệ 6 số khi được hỏi",
            text="Khi ứng dụng hỏi, nhập mã bảo vệ 6 số (passcode). "
            "Che màn hình khi nhập để người bên cạnh không nhìn thấy.",
            screen=Screen(
                app="VNeID",
                kind="app",
                heading="Nhập passcode",
                lines=("Nhập 6 chữ số", "* * * _ _ _", "1  2  3", "4  5  6", "7  8  9"),
            ),
            alt="Màn hình nhập passcode 6 chữ số, đã nhập 3 số, bên dưới là bàn phím số.",
        ),
        Step(
            title="Xem trang chủ của bạn",
            text="Đăng nhập xong, trang chủ hiện tên của bạn. "
            "Tài khoản mức 2 có thẻ căn cước điện tử ngay trong ứng dụng.",
            screen=Screen(
                app="VNeID",
                kind="app",
                heading="Xin chào, Nguyễn Văn An",
                lines=("Tài khoản mức 2", "Căn cước điện tử", "Thủ tục hành chính"),
            ),
            alt="Trang chủ VNeID với lời chào người dùng, mức tài khoản và các mục chính.",
        ),
        Callout(
            kind="danger",
            title="Giữ kín mật khẩu và passcode",
            text="Không đưa mật khẩu, passcode hay mã OTP (mã số gửi qua tin nhắn) cho ai, kể "
            "cả người xưng là công an hay cán bộ. Cán bộ hướng dẫn không bao giờ hỏi những mã "
            "này.",
        ),
        Callout(
            kind="tip",
            title="Quên mật khẩu?",
            text="Trên màn hình đăng nhập có chức năng lấy lại mật khẩu; hãy làm theo hướng "
            "dẫn. Nếu không làm được, đến Công an xã để được hỗ trợ.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Đăng nhập VNeID bằng số định danh và mật khẩu của bạn.",
                "Nhập passcode mà không để ai nhìn thấy.",
            ),
        ),
    ],
    related=("dang-nhap-cong-dich-vu-cong-quoc-gia", "kich-hoat-tai-khoan-vneid"),
    sources=(
        _NGUON_KICH_HOAT,
        _NGUON_VNEID_CH_PLAY,
    ),
    checked=CHECKED,
    en=Lesson(
        slug="dang-nhap-vneid",
        title="Logging in to VNeID safely",
        summary="Log in to VNeID with your personal ID number and password, "
        "and keep your 6-digit security code (passcode) secret.",
        duration=5,
        level="CB1",
        skills=("2.6", "4.2"),
        audiences=(
            "elderly",
            "farmers",
            "traders",
            "workers",
            "students",
            "officials",
            "disabilities",
        ),
        tags=("vneid", "đăng nhập", "mật khẩu"),
        hero=_VNEID_DANG_NHAP,
        hero_alt="The VNeID login screen, with the “Đăng nhập” [Log in] button highlighted.",
        body=[
            Paragraph(
                "After activation, you log in each time you use VNeID. "
                "Your VNeID account also logs you in to the public service portal, "
                "so keep your password truly secret."
            ),
            Step(
                title="Open the VNeID app",
                text="On the home screen, tap the “VNeID” icon.",
                screen=None,
                alt="The phone's home screen, with the “VNeID” icon highlighted.",
            ),
            Step(
                title="Enter your personal ID number",
                text="In the first box, enter your 12-digit personal ID number.",
                screen=None,
                alt="The VNeID login screen with the personal ID number box at the top and "
                "the password box below.",
            ),
            Step(
                title="Enter your password and tap “Đăng nhập” [Log in]",
                text="Enter the password you set when activating, then tap “Đăng nhập” [Log in].",
                screen=None,
                alt="The VNeID login screen, with the “Đăng nhập” [Log in] button highlighted.",
                tip="Type slowly and watch upper and lower case letters.",
            ),
            Step(
                title="Enter your 6-digit security code when asked",
                text="When the app asks, enter your 6-digit security code (passcode). "
                "Cover the screen so that people next to you cannot see it.",
                screen=None,
                alt="The screen for the 6-digit passcode, with 3 digits entered and a number keypad below.",
            ),
            Step(
                title="See your home page",
                text="Once logged in, the home page shows your name. "
                "A level 2 account has the electronic ID card right in the app.",
                screen=None,
                alt="The VNeID home page with a greeting, the account level and the main sections.",
            ),
            Callout(
                kind="danger",
                title="Keep your password and passcode secret",
                text="Never give your password, passcode or OTP code (the code sent by text "
                "message) to anyone, even someone who says they are police or an official. "
                "Trainers never ask for them.",
            ),
            Callout(
                kind="tip",
                title="Forgot your password?",
                text="The login screen has a way to recover your password; follow its "
                "instructions. If that does not work, go to the commune police for help.",
            ),
            Checklist(
                title="Try it yourself",
                items=(
                    "Log in to VNeID with your ID number and password.",
                    "Enter your passcode without letting anyone see it.",
                ),
            ),
        ],
        related=("dang-nhap-cong-dich-vu-cong-quoc-gia", "kich-hoat-tai-khoan-vneid"),
    ),
)

# =============================================================================================
# Topic 3: Dịch vụ công trực tuyến
# =============================================================================================

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
        _NGUON_DVC,
        _NGUON_DVC_GIA,
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
        _NGUON_DVC,
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
        _NGUON_DVC,
        _NGUON_TTPVHCC,
    ),
    checked=CHECKED,
)

# =============================================================================================
# Topic 4: Thanh toán không dùng tiền mặt
# =============================================================================================

THANH_TOAN_VIETQR = Lesson(
    slug="tra-tien-bang-ma-vietqr",
    title="Trả tiền bằng mã VietQR",
    summary="Quét mã VietQR bằng ứng dụng ngân hàng hoặc ví điện tử, kiểm tra kỹ rồi mới xác nhận.",
    duration=6,
    level="CB1",
    skills=("2.3", "4.2"),
    audiences=("elderly", "farmers", "traders", "workers", "students"),
    tags=("mã qr", "vietqr", "chuyển khoản", "ví điện tử"),
    hero=_QR_KIEM_TRA,
    hero_alt="Màn hình xác nhận chuyển tiền với tên người nhận và số tiền, "
    "nút “Tiếp tục” được tô sáng.",
    body=[
        Paragraph(
            "VietQR là chuẩn mã QR chung của các ngân hàng Việt Nam. "
            "Quét mã là chuyển được tiền, tiền đến trong vài giây, kể cả ban đêm và ngày nghỉ."
        ),
        Step(
            title="Mở ứng dụng ngân hàng hoặc ví điện tử",
            text="Mở ứng dụng ngân hàng của bạn, hoặc ví điện tử như Viettel Money, VNPT Money, "
            "rồi đăng nhập.",
            screen=Screen(
                app="Điện thoại",
                kind="home",
                heading="Màn hình chính",
                lines=("Ngân hàng", "Viettel Money", "VNPT Money", "Zalo"),
                button="Ngân hàng",
            ),
            alt="Màn hình chính có biểu tượng ngân hàng và ví điện tử, "
            "biểu tượng “Ngân hàng” được tô sáng.",
        ),
        Step(
            title="Chọn quét mã QR",
            text="Trên màn hình của ứng dụng, bấm nút quét mã QR.",
            screen=Screen(
                app="Ngân hàng",
                kind="app",
                heading="Trang chủ",
                lines=("Chuyển tiền", "Quét QR", "Lịch sử giao dịch"),
                button="Quét QR",
            ),
            alt="Trang chủ ứng dụng ngân hàng, nút “Quét QR” được tô sáng.",
        ),
        Step(
            title="Đưa camera vào mã QR",
            text="Hướng điện thoại vào mã QR sao cho mã nằm gọn trong khung vuông. "
            "Máy sẽ tự đọc mã.",
            screen=_QR_QUET,
            alt="Khung quét đang đọc một mã QR, bên dưới hiện tên người nhận và số tiền.",
        ),
        Step(
            title="Kiểm tra tên người nhận và số tiền",
            text="Đọc kỹ tên người nhận có đúng người bán không. "
            "Nếu chưa có số tiền, tự nhập đúng số tiền cần trả.",
            screen=_QR_KIEM_TRA,
            alt="Màn hình xác nhận chuyển tiền với tên người nhận và số tiền, "
            "nút “Tiếp tục” được tô sáng.",
        ),
        Step(
            title="Xác nhận giao dịch",
            text="Xác nhận bằng mã PIN, vân tay, khuôn mặt hoặc mã OTP (mã số gửi qua tin nhắn) "
            "theo yêu cầu của ứng dụng.",
            screen=Screen(
                app="Ngân hàng",
                kind="form",
                heading="Xác thực giao dịch",
                lines=("Mã PIN hoặc mã OTP",),
                button="Xác nhận",
            ),
            alt="Màn hình xác thực giao dịch có ô nhập mã, nút “Xác nhận” được tô sáng.",
            tip="Mã OTP chỉ để bạn tự nhập, không đọc cho ai nghe.",
        ),
        Step(
            title="Lưu biên lai",
            text="Màn hình báo giao dịch thành công. "
            "Lưu biên lai trong máy và chờ người bán báo đã nhận được tiền.",
            screen=Screen(
                app="Ngân hàng",
                kind="app",
                heading="Giao dịch thành công",
                lines=("150.000 đồng", "Đến: TAP HOA BA NAM"),
                button="Lưu biên lai",
            ),
            alt="Thông báo giao dịch thành công 150.000 đồng, nút “Lưu biên lai” được tô sáng.",
        ),
        Callout(
            kind="danger",
            title="Tên người nhận lạ thì dừng lại",
            text="Nếu tên người nhận không đúng người bán, đừng chuyển. "
            "Lỡ chuyển nhầm, gọi ngay tổng đài ngân hàng theo số in trên thẻ "
            "hoặc ghi trong ứng dụng.",
        ),
        Callout(
            kind="warning",
            title="Xác thực khuôn mặt với ngân hàng",
            text="Từ ngày 1/1/2025 (Thông tư 17/2024/TT-NHNN và 18/2024/TT-NHNN của Ngân hàng "
            "Nhà nước), tài khoản mà khuôn mặt chủ tài khoản chưa được xác thực khớp với thẻ căn "
            "cước gắn chip thì không thanh toán trực tuyến được. Dùng ứng dụng ngân hàng trên "
            "điện thoại mới cũng phải xác thực khuôn mặt. Từ ngày 1/7/2024, chuyển trên 10 triệu "
            "đồng một lần, hoặc tổng trên 20 triệu đồng trong một ngày, cũng phải xác thực khuôn "
            "mặt. Làm việc này trong ứng dụng ngân hàng của bạn hoặc tại quầy giao dịch. Ngân "
            "hàng không bao giờ gọi điện hay gửi đường link để “cập nhật sinh trắc học”: đó là "
            "lừa đảo.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Tìm nút quét mã QR trong ứng dụng ngân hàng hoặc ví của bạn.",
                "Quét thử mã QR của người nhà, đọc tên người nhận rồi thoát ra, không chuyển.",
            ),
        ),
    ],
    related=("mua-hang-truc-tuyen-an-toan", "ban-hang-nhan-tien-qua-ma-qr"),
    sources=(
        _NGUON_VIETQR,
        _NGUON_TT17,
        _NGUON_QD2345,
        _NGUON_SINH_TRAC_GIA,
    ),
    checked=CHECKED,
)

THANH_TOAN_BAN_HANG = Lesson(
    slug="ban-hang-nhan-tien-qua-ma-qr",
    title="Bán hàng nhận tiền qua mã QR",
    summary="Người bán dùng mã QR để nhận tiền và chỉ tin vào thông báo của chính ngân hàng mình.",
    duration=5,
    level="CB1",
    skills=("2.3", "4.2"),
    audiences=("traders", "farmers"),
    tags=("mã qr", "bán hàng", "nhận tiền"),
    hero=_ANH_CHUP_GIA,
    hero_alt="Ảnh chụp màn hình “Chuyển tiền thành công” của khách, có dấu X đỏ "
    "cảnh báo có thể là ảnh giả.",
    body=[
        Paragraph(
            "Dán mã QR ở quầy giúp khách trả tiền nhanh, không cần tiền lẻ. "
            "Nhưng kẻ gian hay đưa ảnh chuyển tiền giả, nên người bán phải biết kiểm tra."
        ),
        Step(
            title="Lấy mã QR nhận tiền của bạn",
            text="Trong ứng dụng ngân hàng, mở phần mã QR nhận tiền của tài khoản. "
            "Lưu ảnh mã về máy.",
            screen=Screen(
                app="Ngân hàng",
                kind="qr",
                heading="Mã QR nhận tiền",
                lines=("Chủ tài khoản:", "NGUYEN THI BA"),
                button="Lưu ảnh",
            ),
            alt="Mã QR nhận tiền của tài khoản tên NGUYEN THI BA, nút “Lưu ảnh” được tô sáng.",
            tip="Nếu khó, nhờ nhân viên ngân hàng hoặc Tổ công nghệ số cộng đồng giúp.",
        ),
        Step(
            title="In mã và dán ở quầy",
            text="In mã QR ra giấy, dán ở chỗ khách dễ thấy. "
            "Ghi tên chủ tài khoản bên dưới để khách so với tên hiện trên máy.",
            screen=Screen(
                app="Quầy hàng",
                kind="qr",
                heading="Quét mã để trả tiền",
                lines=("NGUYEN THI BA",),
            ),
            alt="Tờ giấy in mã QR để khách quét trả tiền, bên dưới ghi tên chủ tài khoản.",
        ),
        Step(
            title="Bật thông báo của ngân hàng",
            text="Cho phép ứng dụng ngân hàng gửi thông báo, hoặc đăng ký tin nhắn báo số dư, "
            "để biết ngay khi tiền về.",
            screen=Screen(
                app="Cài đặt",
                kind="settings",
                heading="Thông báo",
                lines=("Ngân hàng: Bật", "Zalo: Bật", "Trò chơi: Tắt"),
                button="Ngân hàng: Bật",
            ),
            alt="Danh sách thông báo trong Cài đặt, dòng “Ngân hàng: Bật” được tô sáng.",
        ),
        Step(
            title="Xem thông báo tiền về của ngân hàng",
            text="Khi khách báo đã chuyển, xem ứng dụng ngân hàng của bạn có khoản tiền mới, "
            "đúng số tiền hay chưa.",
            screen=Screen(
                app="Ngân hàng",
                kind="app",
                heading="Tiền vào tài khoản",
                lines=("+150.000 đồng", "Từ: TRAN VAN NAM", "Lúc: 09:15"),
            ),
            alt="Thông báo của ngân hàng: tài khoản vừa nhận thêm 150.000 đồng lúc 9 giờ 15.",
        ),
        Step(
            title="Không tin ảnh chụp màn hình của khách",
            text="Ảnh chụp hay màn hình “chuyển thành công” trên máy khách có thể là giả. "
            "Chỉ giao hàng khi ngân hàng của bạn báo đã nhận tiền.",
            screen=_ANH_CHUP_GIA,
            alt="Ảnh chụp màn hình chuyển tiền thành công do khách đưa, có dấu X đỏ "
            "cảnh báo có thể là ảnh giả.",
        ),
        Callout(
            kind="danger",
            title="Nhận tiền không bao giờ cần quét mã hay đưa mã OTP",
            text="Ai bảo bạn quét mã QR hoặc đọc mã OTP (mã số gửi qua tin nhắn) “để nhận tiền” "
            "là kẻ lừa đảo. "
            "Người nhận tiền không phải làm gì cả.",
        ),
        Callout(
            kind="tip",
            title="Thỉnh thoảng kiểm tra mã dán ở quầy",
            text="Dùng điện thoại quét thử mã QR ở quầy, xem tên hiện ra có đúng tên bạn "
            "không, phòng khi bị dán đè mã khác.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Tìm mã QR nhận tiền của bạn trong ứng dụng ngân hàng.",
                "Nhờ người nhà chuyển thử 1.000 đồng và xem thông báo tiền về.",
            ),
        ),
    ],
    related=("tra-tien-bang-ma-vietqr",),
    sources=(
        _NGUON_VIETQR,
        _NGUON_BIEN_LAI_GIA,
    ),
    checked=CHECKED,
)

THANH_TOAN_MUA_HANG = Lesson(
    slug="mua-hang-truc-tuyen-an-toan",
    title="Mua hàng trực tuyến an toàn",
    summary="Chọn nơi bán đáng tin, kiểm tra người nhận tiền và tránh đường link giả "
    "khi mua hàng trên mạng.",
    duration=6,
    level="CB1",
    skills=("4.2",),
    audiences=("elderly", "farmers", "traders", "workers", "students"),
    tags=("mua hàng trực tuyến", "chuyển khoản", "lừa đảo"),
    hero=_MUA_SAM_THANH_TOAN,
    hero_alt="Màn hình chọn cách thanh toán, dòng “Thanh toán khi nhận hàng” được tô sáng.",
    body=[
        Paragraph(
            "Mua hàng trên mạng rất tiện, nhưng cũng có trang bán hàng giả và kẻ lừa đảo. "
            "Vài bước kiểm tra dưới đây giúp bạn giữ được tiền."
        ),
        Step(
            title="Mua ở nơi đáng tin",
            text="Mua trong ứng dụng mua sắm đã cài từ CH Play hoặc App Store, "
            "hoặc ở cửa hàng bạn đã biết rõ.",
            screen=Screen(
                app="Điện thoại",
                kind="home",
                heading="Màn hình chính",
                lines=("Mua sắm", "Ngân hàng", "Zalo", "CH Play"),
                button="Mua sắm",
            ),
            alt="Màn hình chính của điện thoại, biểu tượng ứng dụng “Mua sắm” được tô sáng.",
        ),
        Step(
            title="Xem kỹ giá, phí giao hàng và nhận xét",
            text="Đọc nhận xét của người đã mua. "
            "Hàng rẻ bất thường so với ngoài chợ thường là hàng giả hoặc lừa đảo.",
            screen=Screen(
                app="Mua sắm",
                kind="app",
                heading="Nồi cơm điện",
                lines=("Giá: 650.000 đồng", "Phí giao hàng: 20.000 đồng", "Nhận xét: 4,8 sao"),
            ),
            alt="Trang một món hàng ghi giá, phí giao hàng và điểm nhận xét.",
        ),
        Step(
            title="Chọn cách trả tiền an toàn",
            text="Nên chọn trả tiền khi nhận hàng, hoặc trả ngay trong ứng dụng mua sắm. "
            "Hạn chế chuyển khoản trước cho người bán lạ.",
            screen=_MUA_SAM_THANH_TOAN,
            alt="Màn hình chọn cách thanh toán, dòng “Thanh toán khi nhận hàng” được tô sáng.",
        ),
        Step(
            title="Kiểm tra tên người nhận trước khi chuyển",
            text="Nếu phải chuyển khoản, xem tên người nhận hiện trong ứng dụng ngân hàng "
            "có đúng tên cửa hàng không, rồi mới xác nhận.",
            screen=Screen(
                app="Ngân hàng",
                kind="app",
                heading="Xác nhận chuyển tiền",
                lines=("Người nhận: CUA HANG AN PHU", "Số tiền: 670.000 đồng"),
                button="Tiếp tục",
            ),
            alt="Màn hình xác nhận chuyển tiền cho cửa hàng, có tên người nhận và số tiền.",
        ),
        Step(
            title="Bỏ qua tin nhắn “hoàn tiền” có đường link",
            text="Ai gọi hoặc nhắn báo hoàn tiền, trúng thưởng kèm đường link thì đừng bấm. "
            "Hỏi lại người bán ngay trong ứng dụng mua sắm.",
            screen=Screen(
                app="Tin nhắn",
                kind="sms",
                heading="Số lạ",
                lines=("Don hang cua ban bi loi.", "Nhan hoan tien tai:", "hoan-tien-nhanh.xyz"),
                danger=True,
            ),
            alt="Tin nhắn lừa đảo từ số lạ mời bấm đường link để nhận hoàn tiền, có dấu X đỏ.",
        ),
        Callout(
            kind="danger",
            title="Không bao giờ đưa mã OTP cho ai",
            text="Người bán hay người giao hàng không bao giờ cần mã OTP (mã số gửi qua tin "
            "nhắn) của bạn. "
            "Ai hỏi mã OTP là kẻ lừa đảo.",
        ),
        Callout(
            kind="tip",
            title="Khi nhận hàng",
            text="Xem đúng tên người nhận và món hàng đã đặt. "
            "Quay video lúc mở hộp để dễ khiếu nại nếu hàng sai.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Đọc nhận xét của một món hàng trước khi mua.",
                "Tìm chỗ chọn “Thanh toán khi nhận hàng” trong ứng dụng mua sắm.",
            ),
        ),
    ],
    related=("tra-tien-bang-ma-vietqr",),
    sources=(_NGUON_SHIPPER,),
    checked=CHECKED,
)

# =============================================================================================
# Topics
# =============================================================================================

_TOPIC_VNEID_HERO = _VNEID_KICH_HOAT

TOPICS: list[Topic] = [
    Topic(
        slug="dien-thoai-thong-minh",
        title="Cơ bản về điện thoại thông minh",
        intro="Điện thoại thông minh giúp bạn gọi điện, nhắn tin, xem tin tức và làm nhiều "
        "việc mà không phải đi xa. Các bài dưới đây hướng dẫn từ những việc đầu tiên: "
        "bấm nút, sạc pin, vào mạng, cài ứng dụng và gọi video.",
        hero=_HOME_CAI_DAT,
        hero_alt="Màn hình chính của điện thoại với các biểu tượng ứng dụng, "
        "biểu tượng “Cài đặt” được tô sáng.",
        lessons=[
            DIEN_THOAI_NUT_BAM,
            DIEN_THOAI_WIFI,
            DIEN_THOAI_CAI_UNG_DUNG,
            DIEN_THOAI_GOI_VIDEO,
        ],
    ),
    Topic(
        slug="vneid",
        title="VNeID: cài đặt, kích hoạt, đăng nhập",
        intro="VNeID là ứng dụng định danh điện tử của Bộ Công an. Có tài khoản VNeID, bạn "
        "đăng nhập được Cổng Dịch vụ công để làm thủ tục trên mạng; tài khoản mức 2 còn có "
        "căn cước điện tử, có giá trị như thẻ căn cước khi làm thủ tục hành chính. "
        "Ba bài dưới đây hướng dẫn cài ứng dụng, kích hoạt tài khoản và đăng nhập an toàn.",
        hero=_TOPIC_VNEID_HERO,
        hero_alt="Màn hình đầu của VNeID, nút “Kích hoạt tài khoản định danh điện tử” được tô sáng.",
        lessons=[VNEID_CAI_DAT, VNEID_KICH_HOAT, VNEID_DANG_NHAP],
        en=Topic(
            slug="vneid",
            title="VNeID: install, activate and log in",
            intro="VNeID is the electronic identity app of the Ministry of Public Security. "
            "With a VNeID account you can log in to the National Public Service Portal and do "
            "procedures online; a level 2 account also holds an electronic ID that counts like "
            "the ID card in administrative procedures. The three lessons below show how to "
            "install the app, activate your account and log in safely.",
            hero=_TOPIC_VNEID_HERO,
            hero_alt="The first VNeID screen, with the “Kích hoạt tài khoản định danh điện tử” "
            "[Activate identity account] button highlighted.",
            lessons=[],
        ),
    ),
    Topic(
        slug="dich-vu-cong-truc-tuyen",
        title="Dịch vụ công trực tuyến",
        intro="Nhiều thủ tục hành chính nay nộp được trên mạng, không phải đi lại nhiều lần. "
        "Bạn đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID, nộp hồ sơ và theo "
        "dõi kết quả ngay trên điện thoại hoặc máy tính.",
        hero=_DVC_TRANG_CHU,
        hero_alt="Trang dichvucong.gov.vn trên điện thoại, nút “Đăng nhập” được tô sáng.",
        lessons=[DVC_DANG_NHAP, DVC_NOP_HO_SO, DVC_TRA_CUU],
    ),
    Topic(
        slug="thanh-toan-khong-dung-tien-mat",
        title="Thanh toán không dùng tiền mặt",
        intro="Quét mã QR để trả tiền giúp bạn không phải mang nhiều tiền mặt, tiền đến nơi "
        "chỉ trong vài giây. Các bài dưới đây hướng dẫn trả tiền bằng ứng dụng ngân hàng "
        "hoặc ví điện tử, nhận tiền khi bán hàng và mua hàng trên mạng an toàn.",
        hero=_QR_QUET,
        hero_alt="Khung quét đang đọc một mã QR, bên dưới hiện tên người nhận và số tiền.",
        lessons=[THANH_TOAN_VIETQR, THANH_TOAN_BAN_HANG, THANH_TOAN_MUA_HANG],
    ),
]


def _english_cites_the_same(topics: list[Topic]) -> None:
    """An English lesson rests on the same sources, checked on the same day, as its original."""
    for topic in topics:
        for lesson in topic.lessons:
            if lesson.en is not None:
                lesson.en.sources = lesson.sources
                lesson.en.checked = lesson.checked


_english_cites_the_same(TOPICS)
