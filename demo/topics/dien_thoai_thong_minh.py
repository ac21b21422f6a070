"""Topic 1, “Cơ bản về điện thoại thông minh”: four lessons and the quiz.

Buttons, charging and bigger text; Wi-Fi and mobile data; installing apps from CH Play
or the App Store; video calls to relatives on Zalo.
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
    NGUON_BCA_GOI_VIDEO,
    NGUON_BCA_VNEID_GIA,
    NGUON_KHOI_DONG_LAI,
)

# ---------------------------------------------------------------------------------------------
# Sources: the public pages the lessons' facts rest on (shown under “Nguồn”)
# ---------------------------------------------------------------------------------------------
_NGUON_CO_CHU = Source(
    title="Change text & display settings",
    publisher="Google (Android Accessibility Help)",
    url="https://support.google.com/accessibility/android/answer/11183305",
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


# ---------------------------------------------------------------------------------------------
# Pictures used more than once (a lesson's key step is also its card picture)
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


# ---------------------------------------------------------------------------------------------
# Lessons
# ---------------------------------------------------------------------------------------------
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
        NGUON_KHOI_DONG_LAI,
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
        NGUON_BCA_VNEID_GIA,
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
    sources=(NGUON_BCA_GOI_VIDEO,),
    checked=CHECKED,
)


# ---------------------------------------------------------------------------------------------
# The topic
# ---------------------------------------------------------------------------------------------
TOPIC = Topic(
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
)


# ---------------------------------------------------------------------------------------------
# The quiz (skills 0.1, 0.2, 5.1)
# ---------------------------------------------------------------------------------------------
QUIZ = Quiz(
    topic="dien-thoai-thong-minh",
    title="Kiểm tra: Điện thoại thông minh",
    intro="Bài kiểm tra có 8 câu hỏi, không giới hạn thời gian. "
    "Cần đúng ít nhất 6 trên 8 câu để đạt; bạn có thể làm lại bao nhiêu lần cũng được.",
    pass_mark=70,
    shuffle=True,
    questions=[
        Question(
            kind="single",
            text="Muốn bật điện thoại, bạn làm thế nào?",
            skill="0.1",
            choices=(
                Choice(
                    text="Bấm và giữ nút nguồn vài giây cho đến khi màn hình sáng",
                    correct=True,
                    feedback="Đúng: nút nguồn thường nằm ở cạnh phải của máy, "
                    "giữ vài giây là máy bật.",
                ),
                Choice(
                    text="Bấm nút âm lượng phía trên",
                    feedback="Chưa đúng: nút âm lượng chỉ làm tiếng to hay nhỏ, không bật máy.",
                ),
                Choice(
                    text="Vuốt ngón tay từ dưới lên trên màn hình",
                    feedback="Chưa đúng: vuốt lên là để mở khóa màn hình khi máy đã bật.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Có thể sạc điện thoại trên giường, gối hay chăn cho tiện.",
            skill="0.1",
            answer=False,
            feedback_true="Chưa đúng: không sạc máy trên giường, gối hay chăn; "
            "máy hay cục sạc nóng bất thường thì rút sạc ngay.",
            feedback_false="Đúng: không sạc máy trên giường, gối hay chăn, "
            "và nên dùng bộ sạc đi kèm máy hoặc sạc chính hãng.",
        ),
        Question(
            kind="single",
            text="Ở nhà bạn dùng Wi-Fi. Ra đồng không có Wi-Fi, muốn gọi Zalo thì bạn bật gì?",
            skill="0.1",
            choices=(
                Choice(
                    text="Dữ liệu di động (4G, 5G)",
                    correct=True,
                    feedback="Đúng: ra ngoài thì bật dữ liệu di động; "
                    "nó dùng tiền trong gói cước của bạn.",
                ),
                Choice(
                    text="Đèn pin",
                    feedback="Chưa đúng: đèn pin chỉ để soi sáng, không giúp điện thoại vào mạng.",
                ),
                Choice(
                    text="Xoay màn hình",
                    feedback="Chưa đúng: xoay màn hình chỉ đổi chiều hiển thị, "
                    "không giúp điện thoại vào mạng.",
                ),
                Choice(
                    text="Mục “cỡ chữ” trong “Cài đặt”",
                    feedback="Chưa đúng: mục cỡ chữ chỉ làm chữ to hơn cho dễ đọc, "
                    "không giúp điện thoại vào mạng.",
                ),
            ),
        ),
        Question(
            kind="picture",
            text="Bạn muốn cài Zalo. Màn hình nào là nơi an toàn để cài?",
            skill="0.2",
            picture_choices=(
                PictureChoice(
                    screen=Screen(
                        app="CH Play",
                        kind="store",
                        heading="Zalo",
                        lines=("Nhắn tin, gọi video", "Xem tên nhà phát triển"),
                        button="Cài đặt",
                    ),
                    alt="Trang ứng dụng Zalo trong CH Play, có nút “Cài đặt”.",
                    correct=True,
                    feedback="Đúng: chỉ cài ứng dụng từ CH Play (máy Android) "
                    "hoặc App Store (iPhone).",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Tin nhắn",
                        kind="sms",
                        heading="Số lạ 0xxx xxx 111",
                        lines=("Cài Zalo bản mới tại:", "tai-ung-dung-nhanh.xyz"),
                    ),
                    alt="Tin nhắn từ số lạ mời cài Zalo bản mới qua đường link "
                    "tai-ung-dung-nhanh.xyz.",
                    feedback="Chưa đúng: không cài ứng dụng từ đường link gửi qua tin nhắn; "
                    "ứng dụng lạ có thể chiếm quyền điều khiển điện thoại.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Trình duyệt",
                        kind="browser",
                        heading="tai-app-mien-phi.xyz",
                        lines=("Tải Zalo miễn phí", "zalo-ban-moi.apk"),
                        button="Tải về",
                    ),
                    alt="Trang web tai-app-mien-phi.xyz mời tải tệp zalo-ban-moi.apk về máy.",
                    feedback="Chưa đúng: trang web lạ này không phải kho ứng dụng chính thức, "
                    "tệp tải về có thể là phần mềm độc hại.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Trong CH Play có mấy ứng dụng tên na ná nhau. Bạn xem gì để chọn đúng?",
            skill="0.2",
            choices=(
                Choice(
                    text="Tên ứng dụng, tên nhà phát triển và số lượt tải",
                    correct=True,
                    feedback="Đúng: ứng dụng giả thường có tên na ná và ít người tải.",
                ),
                Choice(
                    text="Ứng dụng có biểu tượng đẹp nhất",
                    feedback="Chưa đúng: biểu tượng đẹp không cho biết ứng dụng thật hay giả.",
                ),
                Choice(
                    text="Ứng dụng nằm cuối danh sách",
                    feedback="Chưa đúng: chỗ đứng trong danh sách không cho biết ứng dụng "
                    "thật hay giả.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Gọi video qua Zalo dùng Wi-Fi hoặc dữ liệu di động, không tính cước gọi thường.",
            skill="0.2",
            answer=True,
            feedback_true="Đúng: có Wi-Fi thì hình rõ hơn và không tốn gói cước dữ liệu.",
            feedback_false="Chưa đúng: gọi video qua Zalo chỉ dùng Wi-Fi hoặc dữ liệu di động, "
            "không tính cước gọi thường.",
        ),
        Question(
            kind="scenario",
            text="Điện thoại đã vào Wi-Fi nhà mình nhưng báo như trong hình, "
            "không mở được trang nào. Bạn làm gì trước?",
            skill="5.1",
            scenario=Screen(
                app="Cài đặt",
                kind="settings",
                heading="Wi-Fi",
                lines=("Wi-Fi: Bật", "NhaBacHai", "Đã kết nối, không có Internet"),
            ),
            scenario_alt="Màn hình Wi-Fi đã bật, máy nối với mạng “NhaBacHai”, "
            "có dòng “Đã kết nối, không có Internet”.",
            choices=(
                Choice(
                    text="Tắt Wi-Fi rồi bật lại; vẫn không được thì rút điện cục phát Wi-Fi, "
                    "chờ một phút rồi cắm lại",
                    correct=True,
                    feedback="Đúng: đây là cách tự sửa đơn giản khi không vào được mạng.",
                ),
                Choice(
                    text="Cài lại hết các ứng dụng trên máy",
                    feedback="Chưa đúng: cài lại ứng dụng không giúp vào mạng; "
                    "hãy tắt, bật lại Wi-Fi và cục phát Wi-Fi trước.",
                ),
                Choice(
                    text="Mang máy đi đổi máy mới ngay",
                    feedback="Chưa đúng: lỗi mạng thường tự sửa được bằng cách tắt rồi bật lại "
                    "Wi-Fi hoặc cục phát Wi-Fi.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Điện thoại bị đơ, bấm vào màn hình không được. Việc đầu tiên nên làm là gì?",
            skill="5.1",
            choices=(
                Choice(
                    text="Khởi động lại bắt buộc bằng các nút ở cạnh máy (máy Android: giữ cùng "
                    "lúc nút nguồn và nút giảm âm lượng đến khi thấy logo)",
                    correct=True,
                    feedback="Đúng: cách này không xóa dữ liệu; iPhone 8 trở về sau thì bấm nhanh "
                    "nút tăng, rồi nút giảm âm lượng, rồi giữ nút bên cạnh. Vẫn không được thì "
                    "nhờ Tổ công nghệ số cộng đồng ở thôn giúp.",
                ),
                Choice(
                    text="Chọn “Khôi phục cài đặt gốc” cho máy chạy lại",
                    feedback="Chưa đúng: khôi phục cài đặt gốc xóa hết dữ liệu trong máy; "
                    "hãy khởi động lại bắt buộc bằng các nút ở cạnh máy.",
                ),
                Choice(
                    text="Ấn thật mạnh và liên tục vào màn hình",
                    feedback="Chưa đúng: ấn mạnh không làm máy hết đơ mà còn dễ hỏng màn hình.",
                ),
            ),
        ),
    ],
)
