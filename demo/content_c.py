"""Demo content, part C: the topics the campaign plans ask for that parts A and B lack.

9.  VNeID: giấy tờ, sức khỏe và chữ ký số (health-insurance card, e-health book, VssID, signatures)
10. Báo tin, phản ánh và tham gia trên mạng (113, Công an xã, VNeID, dichvucong.gov.vn, online contests)
11. Bán nông sản qua mạng, the commune's "4T" model (with a full English translation)
12. Bảo vệ trẻ em trên mạng (with a full English translation)
13. Giữ điện thoại và tài khoản luôn dùng được (2G to 4G, a frozen phone, bank biometrics)

Every fact comes from ``/work/shared/content-new-topics.md`` (its "Verified" lists only; nothing
under "Could not verify: do not teach" appears) and the rules of ``/work/shared/CONTENT.md``. Where
an app's label may change between versions, the lesson says "tên mục có thể khác tùy phiên bản".
A ``Source`` names the article the facts file cites: its own address where the article could be
found, otherwise the publisher's home page (never a guessed deep link). Phone numbers in pictures
are deliberately fake ("0xxx xxx 789"), scam addresses end in ".xyz"; no real logo is drawn.
"""

from __future__ import annotations

from demo.spec import Callout, Checklist, Lesson, Paragraph, Screen, Source, Step, Topic

CHECKED = "2026-11-29"


def _english(vi: Lesson, *, title: str, summary: str, hero_alt: str, body: list) -> Lesson:
    """The English translation of ``vi``: same slug, metadata, picture and sources."""
    return Lesson(
        slug=vi.slug,
        title=title,
        summary=summary,
        duration=vi.duration,
        level=vi.level,
        skills=vi.skills,
        audiences=vi.audiences,
        tags=vi.tags,
        hero=vi.hero,
        hero_alt=hero_alt,
        body=body,
        related=vi.related,
        sources=vi.sources,
        checked=vi.checked,
    )


# ---------------------------------------------------------------------------------------------
# Sources (from content-new-topics.md; a home page where the article's own address is not known)
# ---------------------------------------------------------------------------------------------

SRC_KY_SO_THANH_NIEN = Source(
    title="Hướng dẫn người dân đăng ký sử dụng chứng thư chữ ký số trên VNeID",
    publisher="Báo Thanh Niên",
    url="https://thanhnien.vn/huong-dan-nguoi-dan-dang-ky-su-dung-chung-thu-chu-ky-so-tren-vneid-185250603095621083.htm",
    date="2025-06-03",
)
SRC_KY_SO_CAFEF = Source(
    title="Nhà cung cấp chứng thư chữ ký số cho người dân trên VNeID",
    publisher="CafeF",
    url="https://cafef.vn/",
    date="2025-11-16",
)
SRC_KY_SO_PHAP_LY = Source(
    title="Chữ ký số: Nghị định 23/2025/NĐ-CP và Luật Giao dịch điện tử 2023",
    publisher="Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hải Dương",
    url="https://lienhiephoihaiduong.vn/",
)
SRC_BHYT_NLD = Source(
    title="Từ nay đi khám bệnh không được sử dụng thẻ BHYT giấy?",
    publisher="Báo Người Lao Động",
    url="https://nld.com.vn/tu-nay-di-kham-benh-khong-duoc-su-dung-the-bhyt-giay-19625102809113739.htm",
    date="2025-10-28",
)
SRC_BHYT_KENH14 = Source(
    title="Thông tin bảo hiểm y tế trên ứng dụng VNeID hiển thị sai, người dùng chỉnh sửa thế nào?",
    publisher="Kenh14",
    url="https://kenh14.vn/thong-tin-bao-hiem-y-te-tren-ung-dung-vneid-hien-thi-sai-nguoi-dung-chinh-sua-the-nao-215260112172241855.chn",
    date="2026-01-12",
)
SRC_GPLX = Source(
    title="Tích hợp giấy phép lái xe vào VNeID",
    publisher="Điện tử ứng dụng",
    url="https://dientuungdung.vn/",
)
SRC_SO_SK_TRUNG_VUONG = Source(
    title="Sổ sức khỏe điện tử trên ứng dụng VNeID",
    publisher="Bệnh viện Trưng Vương",
    url="https://bvtrungvuong.vn/",
    date="2024-11-26",
)
SRC_SO_SK_VIETNAMNET = Source(
    title="Hướng dẫn cách tra cứu và sử dụng sổ sức khỏe điện tử trên VNeID",
    publisher="Báo VietNamNet",
    url="https://vietnamnet.vn/huong-dan-cach-tra-cuu-va-su-dung-so-suc-khoe-dien-tu-tren-vneid-2477729.html",
    date="2025-12-31",
)
SRC_SO_SK_DANTRI = Source(
    title="Sổ sức khỏe điện tử trên VNeID thay sổ giấy khi khám chữa bệnh",
    publisher="Báo Dân trí",
    url="https://dantri.com.vn/",
    date="2026-01-31",
)
SRC_QD31 = Source(
    title="Quyết định 31/QĐ-BYT: dùng dữ liệu sổ sức khỏe điện tử trên VNeID thay sổ giấy",
    publisher="Báo Gia đình và Xã hội (Sức khỏe và Đời sống)",
    url="https://giadinh.suckhoedoisong.vn/",
    date="2026-01-11",
)
SRC_VSSID = Source(
    title="Đăng nhập ứng dụng VssID bằng tài khoản định danh điện tử",
    publisher="Cổng thông tin điện tử tỉnh Yên Bái",
    url="https://yenbai.gov.vn/",
    date="2023-10-26",
)
SRC_DAT_LICH = Source(
    title="Bệnh viện có ứng dụng đặt lịch khám riêng (Viện Tim TP HCM)",
    publisher="VnExpress",
    url="https://vnexpress.net/",
    date="2025-10-11",
)

SRC_113 = Source(
    title="Số điện thoại khẩn cấp 113 của lực lượng Công an",
    publisher="Công an tỉnh Đắk Lắk",
    url="https://congan.daklak.gov.vn/",
)
SRC_PHAN_ANH_VNEID_SOHA = Source(
    title="Cách gửi phản ánh, kiến nghị trên ứng dụng VNeID",
    publisher="Soha",
    url="https://soha.vn/",
    date="2026-03-04",
)
SRC_PHAN_ANH_VNEID_CAFEF = Source(
    title="Kiến nghị, phản ánh về an ninh trật tự qua ứng dụng VNeID",
    publisher="CafeF",
    url="https://cafef.vn/",
    date="2026-02-23",
)
SRC_TINNHIEMMANG_SGGP = Source(
    title="Tra cứu website lừa đảo trên tinnhiemmang.vn",
    publisher="Báo Sài Gòn Giải Phóng",
    url="https://www.sggp.org.vn/",
)
SRC_TINNHIEMMANG_CAFEF = Source(
    title="Kiểm tra trang web lừa đảo tại tinnhiemmang.vn",
    publisher="CafeF",
    url="https://cafef.vn/",
    date="2025-02-14",
)
SRC_ZALO_OA = Source(
    title="UBND huyện Vĩnh Cửu đề nghị các xã mở tài khoản Zalo OA",
    publisher="Cổng thông tin điện tử tỉnh Đồng Nai",
    url="https://dongnai.gov.vn/",
    date="2025-01-08",
)
SRC_LAY_LAI_TIEN = Source(
    title="Cảnh giác trang mạng nhận “lấy lại tiền bị lừa”",
    publisher="Soha",
    url="https://soha.vn/",
    date="2024-05-14",
)
SRC_PAKN_DVC = Source(
    title="Hướng dẫn gửi phản ánh, kiến nghị trên Cổng Dịch vụ công quốc gia",
    publisher="Trang thông tin điện tử xã Đăk Pne",
    url="https://dakpne.konray.kontum.gov.vn/",
)
SRC_NQ57_NLD = Source(
    title="Nghị quyết 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
    publisher="Báo Người Lao Động",
    url="https://nld.com.vn/",
    date="2026-01-01",
)
SRC_NQ57_MUC_TIEU = Source(
    title="Mục tiêu đến năm 2030 của Nghị quyết 57-NQ/TW",
    publisher="hdll.vn",
    url="https://hdll.vn/",
)
SRC_NQ57_CUOC_THI = Source(
    title="VKSND tỉnh Hưng Yên tổ chức cuộc thi tìm hiểu Nghị quyết số 57-NQ/TW",
    publisher="Báo Bảo vệ pháp luật",
    url="https://baovephapluat.vn/cai-cach-tu-phap/thuc-tien-kinh-nghiem/vksnd-tinh-hung-yen-to-chuc-cuoc-thi-tim-hieu-nghi-quyet-so-57-nq-tw-185296.html",
    date="2025-10-01",
)
SRC_CUOC_THI_HA_TINH = Source(
    title="Cuộc thi trắc nghiệm trực tuyến trên baocaovien.vn",
    publisher="Báo Hà Tĩnh",
    url="https://baohatinh.vn/",
    date="2026-02-28",
)

SRC_CHO_40 = Source(
    title="Chợ 4.0: tiểu thương treo mã QR, người mua quét mã thanh toán",
    publisher="Báo Nghệ An",
    url="https://baonghean.vn/",
    date="2024-07-26",
)
SRC_SHOPEE_KENH14 = Source(
    title="Shopee phát cảnh báo khẩn: 8 lằn ranh đỏ người dùng tuyệt đối không được vi phạm",
    publisher="Kenh14",
    url="https://kenh14.vn/shopee-phat-canh-bao-khan-8-lan-ranh-do-nguoi-dung-tuyet-doi-khong-duoc-vi-pham-1-giay-so-ho-la-mat-sach-tien-215251115161953162.chn",
    date="2025-11-15",
)
SRC_SHOPEE_SOHA = Source(
    title="Shopee nhắc bạn 8 điều tuyệt đối không làm nếu không muốn mất sạch tiền trong ví",
    publisher="Soha",
    url="https://soha.vn/shopee-nhac-ban-8-dieu-tuyet-doi-khong-lam-neu-khong-muon-mat-sach-tien-trong-vi-19826021222053438.htm",
    date="2026-02-12",
)
SRC_SHIPPER_COD = Source(
    title="Công an đặc biệt lưu ý người có thói quen chuyển khoản ngay sau khi nhận cuộc gọi, tin nhắn từ shipper",
    publisher="Kenh14",
    url="https://kenh14.vn/cong-an-dac-biet-luu-y-nguoi-co-thoi-quen-chuyen-khoan-ngay-sau-khi-nhan-cuoc-goi-tin-nhan-tu-shipper-215251231101955039.chn",
    date="2025-12-31",
)
SRC_SHIPPER_QR = Source(
    title="Lừa đảo shipper giao hàng ngày càng tinh vi, công an chỉ rõ 5 điều phải nhớ kỹ",
    publisher="Kenh14",
    url="https://kenh14.vn/lua-dao-shipper-giao-hang-ngay-cang-tinh-vi-cong-an-chi-ro-5-dieu-phai-nho-ky-215251017090456691.chn",
    date="2025-10-17",
)
SRC_DAT_COC = Source(
    title="Người bán hàng online xin đặt cọc để tránh đơn “bom hàng”",
    publisher="Báo Mới",
    url="https://baomoi.net.vn/",
)
SRC_NGUOI_TIEU_DUNG = Source(
    title="Tổng đài tư vấn, hỗ trợ người tiêu dùng 1800.6838",
    publisher="Báo Pháp Luật TP.HCM",
    url="https://plo.vn/",
    date="2025-11-05",
)

SRC_FAMILY_LINK_TIME = Source(
    title="Manage your child's screen time",
    publisher="Google (Trợ giúp Family Link)",
    url="https://support.google.com/families/answer/7103340",
)
SRC_FAMILY_LINK_ACCOUNT = Source(
    title="Family Link: tài khoản Google cho trẻ dưới 13 tuổi, duyệt ứng dụng",
    publisher="Google (Trợ giúp Family Link)",
    url="https://support.google.com/families/answer/7101025",
)
SRC_FAMILY_LINK_DEVICES = Source(
    title="Family Link: thiết bị được hỗ trợ và quốc gia có dịch vụ",
    publisher="Google (Trợ giúp Family Link)",
    url="https://support.google.com/families/answer/7103028",
)
SRC_YOUTUBE_KIDS = Source(
    title="YouTube Kids: parents' guide",
    publisher="Common Sense Media",
    url="https://www.commonsensemedia.org/",
)
SRC_111 = Source(
    title="Tổng đài điện thoại quốc gia bảo vệ trẻ em 111",
    publisher="Tạp chí An toàn thông tin",
    url="https://antoanthongtin.gov.vn/",
)

SRC_2G_VIETBAO = Source(
    title="Tắt sóng điện thoại 2G từ 16/10",
    publisher="Việt Báo",
    url="https://vietbao.vn/tat-song-dien-thoai-2g-tu-16-10-506773.html",
)
SRC_2G_CONGLY = Source(
    title="Lộ trình dừng công nghệ di động 2G",
    publisher="Báo Công lý",
    url="https://baove.congly.vn/",
)
SRC_2G_MOBIFONE = Source(
    title="MobiFone dừng công nghệ 2G trên toàn quốc",
    publisher="Báo VietNamNet",
    url="https://vietnamnet.vn/",
    date="2025-09-17",
)
SRC_2G_NGAYNAY = Source(
    title="Kế hoạch tắt hẳn sóng 2G vào tháng 9/2026",
    publisher="Ngày Nay",
    url="https://ngaynay.vn/",
)
SRC_IPHONE_TECHRADAR = Source(
    title="How to force restart an iPhone",
    publisher="TechRadar",
    url="https://www.techradar.com/how-to/how-to-force-restart-an-iphone",
)
SRC_IPHONE_APPLE_VIDEO = Source(
    title="How to Restart an iPhone (Force Restart Any Model), theo video của Apple Support",
    publisher="ShowMeStepByStep",
    url="https://www.showmestepbystep.com/tech/how-to-restart-an-iphone",
)
SRC_IPHONE_REPUBLIC = Source(
    title="How to force restart an iPhone",
    publisher="Republic World",
    url="https://www.republicworld.com/",
    date="2025-06-06",
)
SRC_ANDROID_ITWORLD = Source(
    title="How to force restart an Android phone",
    publisher="ITworld",
    url="https://www.itworld.com/",
)
SRC_ANDROID_TECHBRIEFLY = Source(
    title="How to force restart Android and Samsung phones",
    publisher="TechBriefly",
    url="https://techbriefly.com/",
    date="2025-09-24",
)
SRC_SINH_TRAC_NGAYNAY = Source(
    title="Cập nhật sinh trắc học trên ứng dụng ngân hàng hoặc tại quầy",
    publisher="Ngày Nay",
    url="https://ngaynay.vn/",
)
SRC_QD2345_CONGTHUONG = Source(
    title="Quyết định 2345/QĐ-NHNN: xác thực khuôn mặt khi dùng ứng dụng ngân hàng trên thiết bị mới",
    publisher="Báo Công Thương",
    url="https://congthuong.vn/",
    date="2025-04-29",
)
SRC_TT17_NGOISAO = Source(
    title="Trước ngày 1/1/2025, người dân có tài khoản ngân hàng bắt buộc phải làm việc này nếu không sẽ không thể chuyển tiền online",
    publisher="Ngôi Sao",
    url="https://m.ngoisao.vn/theo-dong-su-kien/kien-thuc/truoc-ngay-112025-nguoi-dan-co-tai-khoan-ngan-hang-bat-buoc-phai-lam-viec-nay-neu-khong-se-khong-the-chuyen-tien-online-438064.htm",
    date="2024-11-09",
)
SRC_TT18_KENH14 = Source(
    title="5 trường hợp bị tạm dừng giao dịch rút tiền, chuyển tiền kể từ năm 2025",
    publisher="Kenh14",
    url="https://kenh14.vn/5-truong-hop-bi-tam-dung-giao-dich-rut-tien-chuyen-tien-ke-tu-nam-2025-215250813090502526.chn",
    date="2025-08-13",
)
SRC_TT18_SOHA = Source(
    title="Từ nay, 3 trường hợp tài khoản ngân hàng không thể chuyển khoản, giao dịch",
    publisher="Soha",
    url="https://soha.vn/tu-nay-3-truong-hop-tai-khoan-ngan-hang-khong-the-chuyen-khoan-giao-dich-198250927104529531.htm",
    date="2025-09-27",
)
SRC_SINH_TRAC_LUA_DAO_SGGP = Source(
    title="Cảnh giác giả nhân viên ngân hàng “hỗ trợ” cài đặt sinh trắc học",
    publisher="Báo Sài Gòn Giải Phóng",
    url="https://www.sggp.org.vn/",
    date="2024-07-02",
)
SRC_SINH_TRAC_LUA_DAO_VNFINANCE = Source(
    title="Cảnh giác thủ đoạn mạo danh nhân viên ngân hàng “hỗ trợ” xác thực sinh trắc",
    publisher="VnFinance",
    url="https://vnfinance.vn/canh-giac-thu-doan-mao-danh-nhan-vien-ngan-hang-ho-tro-xac-thuc-sinh-trac-63044.html",
    date="2024-07-04",
)
SRC_TT17_24H = Source(
    title="Từ 1/1/2025 không giao dịch được tiền nếu chưa xác thực sinh trắc học",
    publisher="24h",
    url="https://www.24h.com.vn/kinh-doanh/tu-1-1-2025-khong-giao-dich-duoc-tien-neu-chua-xac-thuc-sinh-trac-hoc-c161a1598633.html",
)


# =============================================================================================
# 9. VNeID: giấy tờ, sức khỏe và chữ ký số
# =============================================================================================

_VNEID_VI_GIAY_TO = Screen(
    app="VNeID",
    kind="app",
    heading="Trang chủ",
    lines=("Đã đăng nhập tài khoản mức 2",),
    button="Ví giấy tờ",
)
_VNEID_CHON_BHYT = Screen(
    app="VNeID",
    kind="settings",
    heading="Ví giấy tờ",
    lines=("Giấy phép lái xe", "Thẻ bảo hiểm y tế"),
    button="Thẻ bảo hiểm y tế",
)
_SO_SUC_KHOE = Screen(
    app="VNeID",
    kind="app",
    heading="Sổ sức khỏe điện tử",
    lines=("Thông tin sức khỏe của bạn", "Dùng thay sổ giấy khi đi khám"),
)
_CHU_KY_SO = Screen(
    app="Giấy tờ điện tử",
    kind="app",
    heading="Chữ ký số",
    lines=("Chữ ký tay: ký trên giấy", "Chữ ký số: ký trên giấy tờ điện tử"),
)

VNEID_THE_BHYT = Lesson(
    slug="the-bhyt-tren-vneid",
    title="Mang thẻ bảo hiểm y tế trong điện thoại",
    summary="Thêm thẻ bảo hiểm y tế vào “Ví giấy tờ” của VNeID để đi khám không cần thẻ giấy.",
    duration=6,
    level="CB2",
    skills=("2.6", "2.3", "4.2"),
    audiences=("elderly", "farmers", "workers", "traders", "disabilities"),
    tags=("vneid", "bảo hiểm y tế", "ví giấy tờ"),
    hero=_VNEID_CHON_BHYT,
    hero_alt="Mục “Ví giấy tờ” của VNeID, dòng “Thẻ bảo hiểm y tế” được tô sáng.",
    body=[
        Paragraph(
            "Từ ngày 1/6/2025, thẻ bảo hiểm y tế (BHYT) bằng giấy nói chung không còn được cấp. "
            "Khi đi khám, bạn dùng thẻ BHYT trong ứng dụng VssID hoặc VNeID, hoặc đưa thẻ căn "
            "cước gắn chip. Thẻ giấy chỉ còn cấp cho người không cài được các ứng dụng này hoặc "
            "chưa có thẻ căn cước gắn chip."
        ),
        Step(
            title="Kiểm tra tài khoản đã là mức 2",
            text=(
                "Muốn thêm thẻ BHYT vào VNeID, bạn cần tài khoản định danh điện tử mức 2. Mức 2 "
                "được đăng ký tại Công an xã hoặc khi làm thẻ căn cước, rồi bạn tự kích hoạt."
            ),
            screen=Screen(
                app="VNeID",
                kind="app",
                heading="Cần tài khoản mức 2",
                lines=(
                    "Đăng ký tại Công an xã",
                    "hoặc khi làm thẻ căn cước",
                    "Rồi tự kích hoạt trên VNeID",
                ),
            ),
            alt=(
                "Màn hình VNeID nhắc: cần tài khoản mức 2, đăng ký tại Công an xã hoặc khi làm "
                "thẻ căn cước, rồi tự kích hoạt."
            ),
            tip="Chưa có mức 2? Mang thẻ căn cước đến Công an xã để hỏi.",
        ),
        Step(
            title="Mở VNeID, bấm “Ví giấy tờ”",
            text="Mở ứng dụng VNeID và đăng nhập. Ở màn hình chính, bấm “Ví giấy tờ”.",
            screen=_VNEID_VI_GIAY_TO,
            alt="Màn hình chính của VNeID đã đăng nhập, nút “Ví giấy tờ” được tô sáng.",
            tip="Tên mục có thể khác tùy phiên bản.",
        ),
        Step(
            title="Chọn “Thẻ bảo hiểm y tế”",
            text="Trong danh sách giấy tờ, bấm “Thẻ bảo hiểm y tế”.",
            screen=_VNEID_CHON_BHYT,
            alt="Danh sách trong “Ví giấy tờ”, dòng “Thẻ bảo hiểm y tế” được tô sáng.",
        ),
        Step(
            title="Điền đơn vị cấp thẻ và số thẻ",
            text=(
                "Chọn “Đơn vị cấp thẻ BHYT”, rồi gõ “Số thẻ BHYT” của bạn. "
                "Xem lại từng chữ, từng số cho đúng."
            ),
            screen=Screen(
                app="VNeID",
                kind="form",
                heading="Thẻ bảo hiểm y tế",
                lines=("Đơn vị cấp thẻ BHYT", "Số thẻ BHYT"),
            ),
            alt="Mẫu “Thẻ bảo hiểm y tế” có hai ô: “Đơn vị cấp thẻ BHYT” và “Số thẻ BHYT”.",
            tip="Không nhớ số thẻ? Hỏi cán bộ bảo hiểm xã hội hoặc Tổ công nghệ số cộng đồng.",
        ),
        Step(
            title="Xác nhận và bấm “Gửi yêu cầu”",
            text="Đánh dấu vào ô “Tôi xác nhận…”, rồi bấm “Gửi yêu cầu”.",
            screen=Screen(
                app="VNeID",
                kind="app",
                heading="Thẻ bảo hiểm y tế",
                lines=("[✓] Tôi xác nhận các thông tin ở trên là đúng",),
                button="Gửi yêu cầu",
            ),
            alt=(
                "Ô “Tôi xác nhận các thông tin ở trên là đúng” đã được đánh dấu, nút "
                "“Gửi yêu cầu” được tô sáng."
            ),
        ),
        Step(
            title="Đi khám: đưa thẻ trong điện thoại hoặc thẻ căn cước",
            text=(
                "Ở nơi khám bệnh, mở thẻ BHYT trong VNeID hoặc VssID cho nhân viên xem. "
                "Bạn cũng có thể đưa thẻ căn cước gắn chip."
            ),
            screen=Screen(
                app="Khám bệnh",
                kind="app",
                heading="Khi đi khám, đưa một trong ba",
                lines=("Thẻ BHYT trong VNeID", "Thẻ BHYT trong VssID", "Thẻ căn cước gắn chip"),
            ),
            alt=(
                "Màn hình nhắc ba cách đưa thẻ khi đi khám: thẻ BHYT trong VNeID, thẻ BHYT trong "
                "VssID, hoặc thẻ căn cước gắn chip."
            ),
        ),
        Callout(
            kind="danger",
            title="Tự làm, hoặc nhờ Tổ công nghệ số cộng đồng ngay bên cạnh",
            text=(
                "Hãy tự làm trên điện thoại của mình, hoặc nhờ Tổ công nghệ số cộng đồng giúp "
                "trực tiếp. Không ai cần mật khẩu hay mã bảo vệ 6 số (passcode) VNeID của bạn. "
                "Người gọi điện đòi “thêm thẻ BHYT giúp” thì cúp máy."
            ),
        ),
        Callout(
            kind="tip",
            title="Thêm cả giấy phép lái xe",
            text=(
                "Trong “Ví giấy tờ” còn có “Giấy phép lái xe”: bấm “Thêm giấy phép lái xe mới”, "
                "nhập loại, số và hạng giấy phép. Xong, giấy phép hiện chữ “Đã xác thực”. "
                "Tên mục có thể khác tùy phiên bản."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Xem tài khoản VNeID của bạn đã là mức 2 chưa.",
                "Thêm thẻ BHYT vào “Ví giấy tờ”.",
                "Lần tới đi khám, mang theo điện thoại và thẻ căn cước gắn chip.",
            ),
        ),
    ],
    related=("so-suc-khoe-dien-tu-va-vssid", "kich-hoat-tai-khoan-vneid"),
    sources=(SRC_BHYT_NLD, SRC_BHYT_KENH14, SRC_GPLX),
    checked=CHECKED,
)

VNEID_SO_SUC_KHOE = Lesson(
    slug="so-suc-khoe-dien-tu-va-vssid",
    title="Sổ sức khỏe điện tử và ứng dụng VssID",
    summary=(
        "Dùng sổ sức khỏe điện tử trong VNeID thay sổ giấy, và đăng nhập VssID bằng tài khoản "
        "định danh điện tử."
    ),
    duration=6,
    level="CB2",
    skills=("2.6", "2.3", "4.2"),
    audiences=("elderly", "farmers", "workers", "traders", "disabilities"),
    tags=("vneid", "sổ sức khỏe điện tử", "vssid", "bảo hiểm y tế"),
    hero=_SO_SUC_KHOE,
    hero_alt="Màn hình “Sổ sức khỏe điện tử” trong VNeID: dùng thay sổ giấy khi đi khám.",
    body=[
        Paragraph(
            "“Sổ sức khỏe điện tử” là một tính năng trong ứng dụng VNeID, cần tài khoản mức 2. "
            "Theo Quyết định 2733/QĐ-BYT, sổ này có giá trị như sổ sức khỏe giấy ở cơ sở khám "
            "chữa bệnh công và tư. VssID là ứng dụng của Bảo hiểm xã hội Việt Nam, có thẻ BHYT "
            "của bạn."
        ),
        Step(
            title="Dùng tài khoản VNeID mức 2",
            text=(
                "Sổ sức khỏe điện tử chỉ dùng được với tài khoản định danh điện tử mức 2. "
                "Đăng nhập VNeID bằng tài khoản của chính bạn."
            ),
            screen=Screen(
                app="VNeID",
                kind="form",
                heading="Đăng nhập",
                lines=("Số định danh cá nhân", "Mật khẩu"),
                button="Đăng nhập",
            ),
            alt=(
                "Màn hình đăng nhập VNeID với ô số định danh cá nhân và ô mật khẩu, nút "
                "“Đăng nhập” được tô sáng."
            ),
        ),
        Step(
            title="Tìm “Sổ sức khỏe điện tử”",
            text=(
                "Trong VNeID, tìm tính năng “Sổ sức khỏe điện tử”. Tên mục và chỗ đặt mục có "
                "thể khác tùy phiên bản; không thấy thì nhờ Tổ công nghệ số cộng đồng chỉ."
            ),
            screen=_SO_SUC_KHOE,
            alt="Màn hình “Sổ sức khỏe điện tử” trong VNeID: dùng thay sổ giấy khi đi khám.",
        ),
        Step(
            title="Đi khám không cần mang sổ giấy",
            text=(
                "Khi thông tin đã hiện đủ trong VNeID, nơi khám bệnh không được đòi bản giấy "
                "(Quyết định 31/QĐ-BYT). Mở VNeID cho nhân viên xem tại quầy."
            ),
            screen=Screen(
                app="Khám bệnh",
                kind="app",
                heading="Ở quầy tiếp đón",
                lines=("Mở VNeID cho nhân viên xem", "Không cần sổ giấy"),
            ),
            alt=("Màn hình nhắc: ở quầy tiếp đón, mở VNeID cho nhân viên xem, không cần sổ giấy."),
        ),
        Step(
            title="Cài VssID từ CH Play hoặc App Store",
            text=(
                "VssID là ứng dụng của Bảo hiểm xã hội Việt Nam. Chỉ cài từ CH Play hoặc "
                "App Store, xem đúng tên ứng dụng và nhà phát triển."
            ),
            screen=Screen(
                app="CH Play",
                kind="store",
                heading="VssID",
                lines=("BHXH số", "Xem đúng tên nhà phát triển"),
                button="Cài đặt",
            ),
            alt="Trang ứng dụng VssID trong CH Play, nút “Cài đặt” được tô sáng.",
        ),
        Step(
            title="Đăng nhập bằng tài khoản định danh điện tử",
            text=(
                "Mở VssID, bấm “Đăng nhập bằng tài khoản định danh điện tử” và làm theo hướng dẫn "
                "trên màn hình. Cách này cần tài khoản VNeID mức 2, và bạn vẫn cần có tài khoản "
                "VssID."
            ),
            screen=Screen(
                app="VssID",
                kind="app",
                heading="Đăng nhập",
                lines=("Dùng tài khoản VNeID mức 2",),
                button="Đăng nhập bằng tài khoản định danh điện tử",
            ),
            alt=(
                "Màn hình đăng nhập VssID, nút “Đăng nhập bằng tài khoản định danh điện tử” "
                "được tô sáng."
            ),
            tip=(
                "Tên nút có thể khác tùy phiên bản. Chưa có tài khoản VssID thì hỏi cán bộ "
                "bảo hiểm xã hội."
            ),
        ),
        Step(
            title="Mở thẻ BHYT khi đi khám",
            text=(
                "Thẻ BHYT của bạn có trong VssID. Khi đi khám, mở thẻ này, hoặc thẻ BHYT "
                "trong VNeID, cho nhân viên xem."
            ),
            screen=Screen(
                app="VssID",
                kind="app",
                heading="Thẻ BHYT",
                lines=("Mở thẻ cho nhân viên xem",),
            ),
            alt="Màn hình thẻ BHYT trong VssID, có dòng nhắc mở thẻ cho nhân viên xem.",
        ),
        Callout(
            kind="danger",
            title="Giữ kín tài khoản và thông tin sức khỏe",
            text=(
                "Không đưa mật khẩu, mã bảo vệ 6 số (passcode) VNeID hay mật khẩu VssID cho ai. "
                "Chỉ mở sổ sức khỏe cho nhân viên y tế xem tại quầy, không gửi ảnh chụp cho "
                "người lạ."
            ),
        ),
        Callout(
            kind="tip",
            title="Bệnh viện có ứng dụng đặt lịch riêng?",
            text=(
                "Một số bệnh viện có ứng dụng đặt lịch khám riêng. Hỏi chính bệnh viện tên ứng "
                "dụng, rồi chỉ cài từ CH Play hoặc App Store."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Tìm “Sổ sức khỏe điện tử” trong VNeID của bạn.",
                "Cài VssID từ CH Play hoặc App Store.",
                "Mở thử thẻ BHYT trong VNeID hoặc VssID.",
            ),
        ),
    ],
    related=("the-bhyt-tren-vneid", "dang-nhap-vneid"),
    sources=(
        SRC_SO_SK_TRUNG_VUONG,
        SRC_SO_SK_VIETNAMNET,
        SRC_SO_SK_DANTRI,
        SRC_QD31,
        SRC_VSSID,
        SRC_BHYT_NLD,
        SRC_DAT_LICH,
    ),
    checked=CHECKED,
)

VNEID_CHU_KY_SO = Lesson(
    slug="chu-ky-so-tren-vneid",
    title="Chữ ký số là gì? Đăng ký ở đâu cho an toàn?",
    summary=(
        "Hiểu chữ ký số là gì, biết từ 5/2025 có thể đăng ký trong VNeID, và hỏi đúng người "
        "trước khi đăng ký."
    ),
    duration=5,
    level="CB1",
    skills=("2.6", "4.2"),
    audiences=("elderly", "farmers", "traders", "workers", "officials"),
    tags=("chữ ký số", "vneid", "chứng thư chữ ký số"),
    hero=_CHU_KY_SO,
    hero_alt=("Màn hình so sánh: chữ ký tay ký trên giấy, chữ ký số ký trên giấy tờ điện tử."),
    body=[
        Paragraph(
            "Chữ ký số là chữ ký của bạn trên giấy tờ điện tử, giống chữ ký tay trên giấy. "
            "Bài này giúp bạn hiểu và hỏi đúng nơi. Bài không hướng dẫn từng thao tác bấm, vì "
            "việc đăng ký trong VNeID còn đang thí điểm; hãy nhờ người hướng dẫn trực tiếp."
        ),
        Step(
            title="Hiểu chữ ký số là gì",
            text=(
                "Chữ ký số là bản điện tử của chữ ký tay. Người dân đăng ký một “chứng thư chữ "
                "ký số” để ký giấy tờ trên mạng."
            ),
            screen=_CHU_KY_SO,
            alt="Màn hình so sánh: chữ ký tay ký trên giấy, chữ ký số ký trên giấy tờ điện tử.",
        ),
        Step(
            title="Từ 22/5/2025, đăng ký được trong VNeID",
            text=(
                "Bộ Công an thí điểm cho người dân đăng ký chứng thư chữ ký số ngay trong ứng "
                "dụng VNeID, từ ngày 22/5/2025."
            ),
            screen=Screen(
                app="Thông tin",
                kind="app",
                heading="Chữ ký số trong VNeID",
                lines=("Thí điểm từ ngày 22/5/2025", "Do Bộ Công an triển khai"),
            ),
            alt=(
                "Thẻ thông tin ghi: chữ ký số trong VNeID, thí điểm từ ngày 22/5/2025, do Bộ "
                "Công an triển khai."
            ),
        ),
        Step(
            title="Nhờ người hướng dẫn trực tiếp",
            text=(
                "Muốn đăng ký, hãy đến Công an xã hoặc nhờ Tổ công nghệ số cộng đồng hướng dẫn "
                "trực tiếp, ngay trên điện thoại của bạn."
            ),
            screen=Screen(
                app="Ghi chú",
                kind="app",
                heading="Nhờ ai hướng dẫn?",
                lines=("Công an xã", "Tổ công nghệ số cộng đồng ở thôn"),
            ),
            alt="Trang ghi chú ghi hai nơi nhờ hướng dẫn: Công an xã và Tổ công nghệ số cộng đồng.",
        ),
        Step(
            title="Hỏi rõ giá trước khi đồng ý",
            text=(
                "Tháng 11/2025, VNeID có 8 nhà cung cấp chứng thư. Nhiều nơi cho người dân dùng "
                "miễn phí, thường là năm đầu. Hỏi rõ: miễn phí bao lâu, sau đó mất bao nhiêu tiền?"
            ),
            screen=Screen(
                app="Ghi chú",
                kind="app",
                heading="Hỏi trước khi đăng ký",
                lines=("Nhà cung cấp nào?", "Miễn phí trong bao lâu?", "Sau đó giá bao nhiêu?"),
            ),
            alt=(
                "Trang ghi chú có ba câu hỏi trước khi đăng ký: nhà cung cấp nào, miễn phí trong "
                "bao lâu, sau đó giá bao nhiêu."
            ),
        ),
        Step(
            title="Không đăng ký qua đường link",
            text=(
                "Chỉ đăng ký trong VNeID cài từ CH Play hoặc App Store, hoặc tại quầy của nhà "
                "cung cấp. Tin nhắn gửi link mời đăng ký: không bấm, giữ lại để báo Công an xã."
            ),
            screen=Screen(
                app="Tin nhắn",
                kind="sms",
                heading="0xxx xxx 357",
                lines=("Đăng ký chữ ký số miễn phí tại:", "chukyso-vneid.xyz"),
                danger=True,
            ),
            alt=(
                "Tin nhắn từ số lạ mời đăng ký chữ ký số qua trang chukyso-vneid.xyz; hình có "
                "viền đỏ và dấu X cảnh báo."
            ),
        ),
        Callout(
            kind="danger",
            title="Mã PIN ký số là chữ ký của bạn",
            text=(
                "Khi ký, bạn nhập mã PIN ký số hoặc mã OTP (mã số gửi qua tin nhắn). Ai có mã "
                "này là ký được thay bạn. Không đưa mã cho ai, kể cả người xưng là cán bộ."
            ),
        ),
        Callout(
            kind="tip",
            title="Chữ ký số dựa trên văn bản nào?",
            text="Nghị định 23/2025/NĐ-CP và Luật Giao dịch điện tử năm 2023.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Hỏi Công an xã khi nào xã hướng dẫn đăng ký chữ ký số.",
                "Ghi ra giấy ba câu hỏi về nhà cung cấp và giá trước khi đăng ký.",
            ),
        ),
    ],
    related=("cai-dat-ung-dung-vneid", "lua-dao-gia-danh-cong-an-vneid"),
    sources=(SRC_KY_SO_THANH_NIEN, SRC_KY_SO_CAFEF, SRC_KY_SO_PHAP_LY),
    checked=CHECKED,
)

VNEID_GIAY_TO = Topic(
    slug="vneid-giay-to-suc-khoe-chu-ky-so",
    title="VNeID: giấy tờ, sức khỏe và chữ ký số",
    intro=(
        "Tài khoản VNeID mức 2 không chỉ để đăng nhập. Bạn mang được thẻ bảo hiểm y tế trong "
        "điện thoại, dùng sổ sức khỏe điện tử khi đi khám, và tìm hiểu chữ ký số. Các bài dưới "
        "đây hướng dẫn từng việc, an toàn, không cần nhờ người lạ."
    ),
    hero=_VNEID_CHON_BHYT,
    hero_alt="Mục “Ví giấy tờ” của VNeID, dòng “Thẻ bảo hiểm y tế” được tô sáng.",
    lessons=[VNEID_THE_BHYT, VNEID_SO_SUC_KHOE, VNEID_CHU_KY_SO],
)


# =============================================================================================
# 10. Báo tin, phản ánh và tham gia trên mạng
# =============================================================================================

_GOI_113 = Screen(
    app="Điện thoại",
    kind="app",
    heading="113",
    lines=("Công an: khi có nguy hiểm ngay", "Miễn phí, không cần mã vùng", "Gọi được cả ngày đêm"),
    button="Gọi",
)
_DVC_PHAN_ANH = Screen(
    app="Trình duyệt",
    kind="browser",
    heading="dichvucong.gov.vn",
    lines=("Cổng Dịch vụ công quốc gia", "Thủ tục hành chính", "Tra cứu hồ sơ"),
    button="Phản ánh, kiến nghị",
)
_ZALO_XA_CUOC_THI = Screen(
    app="Zalo",
    kind="chat",
    heading="Zalo chính thức của xã",
    lines=(
        "Xã: Mời bà con dự thi tìm hiểu Nghị quyết 57.",
        "Xã: Đường link và thể lệ ở thông báo này.",
    ),
)

BAO_TIN_O_DAU = Lesson(
    slug="gap-chuyen-bat-thuong-bao-o-dau",
    title="Gặp chuyện bất thường: báo ở đâu?",
    summary=(
        "Biết số điện thoại và trang web chính thức để báo nguy hiểm, báo lừa đảo và kiểm tra "
        "trang web lạ."
    ),
    duration=6,
    level="CB1",
    skills=("2.3", "4.2", "1.2"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "disabilities"),
    tags=("báo tin", "113", "lừa đảo", "phản ánh"),
    hero=_GOI_113,
    hero_alt="Màn hình gọi số 113 của công an khi có nguy hiểm, nút “Gọi” được tô sáng.",
    body=[
        Paragraph(
            "Mỗi việc có một nơi báo riêng. Hãy lưu sẵn các số dưới đây vào danh bạ. Chỉ dùng số "
            "và địa chỉ do xã in trên bảng tin, trang web hoặc Zalo chính thức của xã."
        ),
        Step(
            title="Có nguy hiểm ngay: gọi 113",
            text=(
                "113 là số khẩn cấp của công an. Gọi miễn phí, không cần mã vùng, "
                "gọi được cả ngày lẫn đêm."
            ),
            screen=_GOI_113,
            alt="Màn hình gọi số 113 của công an khi có nguy hiểm, nút “Gọi” được tô sáng.",
        ),
        Step(
            title="Cuộc gọi, tin nhắn lừa đảo: báo Công an xã",
            text=(
                "Gọi số của Công an xã do xã in trên bảng tin, hoặc đến trụ sở. Mang theo "
                "điện thoại có cuộc gọi, tin nhắn đó để công an xem."
            ),
            screen=Screen(
                app="Danh bạ",
                kind="app",
                heading="Công an xã",
                lines=("Số do xã in trên bảng tin", "Lưu sẵn trong danh bạ"),
                button="Gọi",
            ),
            alt="Danh bạ mở mục “Công an xã” với số do xã in trên bảng tin; nút “Gọi” được tô sáng.",
        ),
        Step(
            title="Giữ bằng chứng, chưa xóa",
            text=(
                "Không bấm đường link trong tin nhắn lạ. Chặn số đó, nhưng giữ lại tin nhắn hoặc "
                "chụp màn hình cho đến khi đã báo xong."
            ),
            screen=Screen(
                app="Tin nhắn",
                kind="sms",
                heading="0xxx xxx 789",
                lines=("Bạn trúng thưởng 5.000.000 đồng.", "Nhận quà tại: qua-tang-vn.xyz"),
                button="Chặn số này",
                danger=True,
            ),
            alt=(
                "Tin nhắn lừa đảo báo trúng thưởng, mời vào trang qua-tang-vn.xyz, có dấu X đỏ; "
                "nút “Chặn số này” được tô sáng."
            ),
        ),
        Step(
            title="Báo kèm ảnh chụp trong VNeID",
            text=(
                "Người có tài khoản VNeID mức 2 gửi được phản ánh ngay trong ứng dụng, kèm ảnh "
                "chụp màn hình. Người gửi được giữ kín. Bài sau hướng dẫn từng bước."
            ),
            screen=Screen(
                app="VNeID",
                kind="app",
                heading="Phản ánh, kiến nghị",
                lines=("Kèm ảnh chụp màn hình", "Người gửi được giữ kín"),
            ),
            alt=(
                "Màn hình phản ánh, kiến nghị trong VNeID: gửi kèm ảnh chụp màn hình, người gửi "
                "được giữ kín."
            ),
        ),
        Step(
            title="Trang web lạ: tra ở tinnhiemmang.vn",
            text=(
                "Mở trình duyệt, vào tinnhiemmang.vn/website-lua-dao. Gõ địa chỉ trang web lạ "
                "vào ô tìm, rồi bấm “Tìm kiếm”."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="tinnhiemmang.vn",
                lines=("Mục: /website-lua-dao", "Địa chỉ cần tra:", "qua-tang-vn.xyz"),
                button="Tìm kiếm",
            ),
            alt=(
                "Trang tinnhiemmang.vn, mục website-lua-dao, ô tìm đã gõ qua-tang-vn.xyz; nút "
                "“Tìm kiếm” được tô sáng."
            ),
            tip=(
                "Không có trong danh sách chưa chắc đã an toàn. Trang cơ quan nhà nước thường có "
                "đuôi “.gov.vn” ngay trước dấu “/” đầu tiên."
            ),
        ),
        Step(
            title="Theo dõi Zalo chính thức của xã",
            text=(
                "Nhiều chính quyền dùng tài khoản Zalo chính thức (Zalo OA) để nhận phản ánh và "
                "đưa tin. Hỏi tên hoặc mã QR của tài khoản này ở bảng tin xã hay Trung tâm Phục "
                "vụ hành chính công xã."
            ),
            screen=Screen(
                app="Zalo",
                kind="chat",
                heading="Zalo chính thức của xã",
                lines=(
                    "Xã: Bà con gửi phản ánh tại đây.",
                    "Bạn: Đèn đường ở thôn Đông bị hỏng.",
                ),
                button="Gửi",
            ),
            alt=(
                "Trò chuyện với Zalo chính thức của xã: xã mời gửi phản ánh, người dân báo đèn "
                "đường hỏng; nút “Gửi” được tô sáng."
            ),
        ),
        Callout(
            kind="danger",
            title="Không ai lấy lại tiền bị lừa giúp bạn để lấy phí",
            text=(
                "Trang, nhóm hay người nhận “lấy lại tiền bị lừa” có thu phí đều là lừa đảo. "
                "Trang chính thức của Bộ Công an là mps.gov.vn và bocongan.gov.vn. Chỉ dùng số và "
                "địa chỉ do xã in."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Lưu 113 và số của Công an xã vào danh bạ.",
                "Hỏi xã tên tài khoản Zalo chính thức của xã và bấm theo dõi.",
                "Mở thử tinnhiemmang.vn/website-lua-dao trên điện thoại.",
            ),
        ),
    ],
    related=(
        "gui-phan-anh-kien-nghi-vneid-dich-vu-cong",
        "lua-dao-duong-link-trung-thuong-hoan-tien",
    ),
    sources=(
        SRC_113,
        SRC_PHAN_ANH_VNEID_SOHA,
        SRC_TINNHIEMMANG_SGGP,
        SRC_TINNHIEMMANG_CAFEF,
        SRC_ZALO_OA,
        SRC_LAY_LAI_TIEN,
    ),
    checked=CHECKED,
)

GUI_PHAN_ANH = Lesson(
    slug="gui-phan-anh-kien-nghi-vneid-dich-vu-cong",
    title="Gửi phản ánh, kiến nghị qua VNeID và Cổng Dịch vụ công",
    summary=(
        "Gửi phản ánh có ảnh chụp trong VNeID, hoặc phản ánh về thủ tục hành chính trên "
        "dichvucong.gov.vn và giữ mã để theo dõi."
    ),
    duration=7,
    level="CB2",
    skills=("2.3", "2.6"),
    audiences=("elderly", "farmers", "traders", "workers", "officials"),
    tags=("phản ánh", "kiến nghị", "vneid", "dịch vụ công"),
    hero=_DVC_PHAN_ANH,
    hero_alt="Trang dichvucong.gov.vn, nút “Phản ánh, kiến nghị” được tô sáng.",
    body=[
        Paragraph(
            "Có hai nơi chính thức để gửi phản ánh trên điện thoại. Trong VNeID: báo việc về an "
            "ninh, trật tự, kể cả lừa đảo, kèm ảnh chụp. Trên Cổng Dịch vụ công quốc gia: phản "
            "ánh cán bộ chậm trễ, gây khó khăn, hoặc góp ý về quy định. Tên mục có thể khác "
            "tùy phiên bản."
        ),
        Step(
            title="VNeID: vào mục phản ánh",
            text=(
                "Đăng nhập VNeID bằng tài khoản mức 2. Bấm “Dịch vụ khác”, rồi chọn mục phản "
                "ánh, ví dụ “Kiến nghị, phản ánh về ANTT”."
            ),
            screen=Screen(
                app="VNeID",
                kind="settings",
                heading="Dịch vụ khác",
                lines=("Kiến nghị, phản ánh về ANTT",),
                button="Kiến nghị, phản ánh về ANTT",
            ),
            alt="Mục “Dịch vụ khác” của VNeID, dòng “Kiến nghị, phản ánh về ANTT” được tô sáng.",
        ),
        Step(
            title="Bấm “Tạo mới yêu cầu”",
            text="Bấm “Tạo mới yêu cầu” để viết một phản ánh mới.",
            screen=Screen(
                app="VNeID",
                kind="app",
                heading="Kiến nghị, phản ánh về ANTT",
                lines=("Các yêu cầu đã gửi sẽ hiện ở đây",),
                button="Tạo mới yêu cầu",
            ),
            alt="Màn hình kiến nghị, phản ánh trong VNeID, nút “Tạo mới yêu cầu” được tô sáng.",
        ),
        Step(
            title="Kể lại sự việc, đính kèm ảnh chụp",
            text=(
                "Chọn loại việc, kể ngắn gọn: ai, lúc nào, ở đâu, chuyện gì. Đính kèm ảnh chụp "
                "màn hình tin nhắn hay cuộc gọi, rồi bấm gửi."
            ),
            screen=Screen(
                app="VNeID",
                kind="form",
                heading="Tạo mới yêu cầu",
                lines=("Loại vụ việc", "Nội dung sự việc", "Ảnh đính kèm"),
                button="Gửi",
            ),
            alt=(
                "Mẫu phản ánh trong VNeID có các ô loại vụ việc, nội dung và ảnh đính kèm, "
                "nút “Gửi” được tô sáng."
            ),
            tip="Thông tin người gửi phản ánh được giữ kín.",
        ),
        Step(
            title="Cổng Dịch vụ công: bấm “Phản ánh, kiến nghị”",
            text=(
                "Mở trình duyệt, gõ dichvucong.gov.vn và đăng nhập bằng tài khoản VNeID. Bấm "
                "“Phản ánh, kiến nghị”."
            ),
            screen=_DVC_PHAN_ANH,
            alt="Trang dichvucong.gov.vn, nút “Phản ánh, kiến nghị” được tô sáng.",
        ),
        Step(
            title="Điền thông tin, bấm “Gửi phản ánh”",
            text=(
                "Điền thông tin của bạn, chọn cơ quan, viết nội dung phản ánh và đính kèm tệp "
                "nếu có. Bấm “Gửi phản ánh”."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="form",
                heading="Phản ánh, kiến nghị",
                lines=("Thông tin người phản ánh", "Cơ quan", "Nội dung phản ánh"),
                button="Gửi phản ánh",
            ),
            alt=(
                "Mẫu phản ánh trên Cổng Dịch vụ công có ô thông tin người phản ánh, cơ quan và "
                "nội dung, nút “Gửi phản ánh” được tô sáng."
            ),
        ),
        Step(
            title="Ghi lại mã PAKN để theo dõi",
            text=(
                "Gửi xong, bạn nhận một “mã PAKN”. Ghi mã này ra giấy hoặc chụp màn hình để "
                "theo dõi phản ánh của mình."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="dichvucong.gov.vn",
                lines=("Đã gửi phản ánh", "Mã PAKN: ghi lại mã này", "Dùng mã để theo dõi"),
            ),
            alt=(
                "Trang dichvucong.gov.vn báo đã gửi phản ánh và nhắc ghi lại mã PAKN để theo dõi."
            ),
        ),
        Callout(
            kind="danger",
            title="Chỉ dùng trang thật",
            text=(
                "Cổng Dịch vụ công thật có địa chỉ dichvucong.gov.vn: đuôi “.gov.vn” nằm ngay "
                "trước dấu “/” đầu tiên. Trang như dichvucong.gov.vn.xyz là giả."
            ),
        ),
        Callout(
            kind="warning",
            title="Đang gặp nguy hiểm thì gọi 113",
            text=(
                "Phản ánh trên mạng cần thời gian xử lý. Cần giúp ngay thì gọi 113. Không viết "
                "mật khẩu hay mã OTP (mã số gửi qua tin nhắn) vào nội dung phản ánh."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Tìm mục phản ánh trong VNeID của bạn (chưa cần gửi).",
                "Mở dichvucong.gov.vn và tìm mục “Phản ánh, kiến nghị”.",
            ),
        ),
    ],
    related=("gap-chuyen-bat-thuong-bao-o-dau", "dang-nhap-cong-dich-vu-cong-quoc-gia"),
    sources=(SRC_PHAN_ANH_VNEID_SOHA, SRC_PHAN_ANH_VNEID_CAFEF, SRC_PAKN_DVC),
    checked=CHECKED,
)

CUOC_THI_TRUC_TUYEN = Lesson(
    slug="tham-gia-cuoc-thi-truc-tuyen",
    title="Tham gia cuộc thi trực tuyến an toàn",
    summary=(
        "Dự thi trắc nghiệm trên mạng, như cuộc thi tìm hiểu Nghị quyết 57, bằng đường link lấy "
        "từ nguồn chính thức của xã."
    ),
    duration=5,
    level="CB1",
    skills=("2.3", "1.2", "4.2"),
    audiences=("elderly", "farmers", "workers", "students", "officials"),
    tags=("cuộc thi trực tuyến", "nghị quyết 57", "chuyển đổi số"),
    hero=_ZALO_XA_CUOC_THI,
    hero_alt="Tin nhắn từ Zalo chính thức của xã mời bà con dự thi tìm hiểu Nghị quyết 57.",
    body=[
        Paragraph(
            "Nghị quyết 57-NQ/TW của Bộ Chính trị (ngày 22/12/2024) bàn về đột phá phát triển "
            "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia. Nhiều nơi tổ chức "
            "thi tìm hiểu nghị quyết này bằng câu hỏi trắc nghiệm trên mạng, vào thi qua một "
            "đường link. Ai tổ chức, thi ngày nào, giải thưởng gì, ai được dự thi: xem trong "
            "thông báo của xã."
        ),
        Step(
            title="Lấy đường link từ nguồn chính thức của xã",
            text=(
                "Chỉ lấy đường link từ Zalo chính thức hoặc trang web của xã, hay theo thông báo "
                "trên loa phát thanh của xã. Không bấm link do người lạ gửi."
            ),
            screen=_ZALO_XA_CUOC_THI,
            alt=(
                "Tin nhắn từ Zalo chính thức của xã mời dự thi tìm hiểu Nghị quyết 57, đường "
                "link và thể lệ ở thông báo này."
            ),
        ),
        Step(
            title="Đọc “Thể lệ”",
            text=(
                "Trước khi làm bài, đọc “Thể lệ” (quy định của cuộc thi): ai được dự thi, thi "
                "đến ngày nào, mỗi người làm mấy lần."
            ),
            screen=Screen(
                app="Cuộc thi",
                kind="app",
                heading="Thể lệ",
                lines=("Ai được dự thi?", "Thi đến ngày nào?", "Mỗi người làm mấy lần?"),
            ),
            alt=(
                "Trang “Thể lệ” của cuộc thi với ba câu cần xem: ai được dự thi, thi đến ngày "
                "nào, mỗi người làm mấy lần."
            ),
        ),
        Step(
            title="Điền thông tin dự thi",
            text=(
                "Điền những thông tin mà thể lệ yêu cầu. Cuộc thi không cần số tài khoản ngân "
                "hàng hay mã OTP (mã số gửi qua tin nhắn)."
            ),
            screen=Screen(
                app="Cuộc thi",
                kind="form",
                heading="Thông tin dự thi",
                lines=("Họ và tên", "Thôn, xã"),
                button="Bắt đầu làm bài",
            ),
            alt=(
                "Mẫu thông tin dự thi có ô họ và tên, ô thôn, xã; nút “Bắt đầu làm bài” được "
                "tô sáng."
            ),
        ),
        Step(
            title="Trả lời rồi nộp bài",
            text="Đọc kỹ từng câu, chọn một đáp án. Làm xong, bấm “Nộp bài”.",
            screen=Screen(
                app="Cuộc thi",
                kind="app",
                heading="Câu 1",
                lines=("Nghị quyết 57-NQ/TW do ai ban hành?", "( ) Bộ Chính trị", "( ) Quốc hội"),
                button="Nộp bài",
            ),
            alt=(
                "Câu hỏi trắc nghiệm: Nghị quyết 57-NQ/TW do ai ban hành, hai lựa chọn Bộ Chính "
                "trị và Quốc hội; nút “Nộp bài” được tô sáng."
            ),
        ),
        Step(
            title="Chụp màn hình kết quả",
            text="Khi có kết quả, chụp màn hình và giữ lại, phòng khi cần hỏi ban tổ chức.",
            screen=Screen(
                app="Cuộc thi",
                kind="app",
                heading="Đã nộp bài",
                lines=("Cảm ơn bạn đã dự thi", "Chụp màn hình để lưu kết quả"),
            ),
            alt="Màn hình báo đã nộp bài, nhắc chụp màn hình để lưu kết quả.",
        ),
        Callout(
            kind="danger",
            title="Cuộc thi không bao giờ đòi tiền",
            text=(
                "Cuộc thi không cần số tài khoản ngân hàng, mã OTP hay lệ phí. Tin báo “trúng "
                "giải” mà bắt chuyển tiền hay nộp phí là lừa đảo: không chuyển tiền, giữ tin nhắn "
                "và báo Công an xã."
            ),
        ),
        Callout(
            kind="tip",
            title="Nghị quyết 57 đặt mục tiêu gì cho năm 2030?",
            text=(
                "Trong các mục tiêu đến năm 2030: trên 80% người dân dùng dịch vụ công trực "
                "tuyến, 80% giao dịch không dùng tiền mặt, kinh tế số chiếm ít nhất 30% GDP."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Theo dõi Zalo chính thức của xã để nhận thông báo cuộc thi.",
                "Khi có cuộc thi, đọc thể lệ trước khi làm bài.",
            ),
        ),
    ],
    related=("gap-chuyen-bat-thuong-bao-o-dau", "zalo-doc-thong-bao-nhom-thon"),
    sources=(SRC_NQ57_NLD, SRC_NQ57_MUC_TIEU, SRC_NQ57_CUOC_THI, SRC_CUOC_THI_HA_TINH),
    checked=CHECKED,
)

BAO_TIN_PHAN_ANH = Topic(
    slug="bao-tin-phan-anh-truc-tuyen",
    title="Báo tin, phản ánh và tham gia trên mạng",
    intro=(
        "Gặp nguy hiểm, gặp lừa đảo hay thấy thủ tục chậm trễ, bạn có những kênh chính thức để "
        "báo và phản ánh ngay trên điện thoại. Các bài dưới đây chỉ rõ gọi số nào, vào trang "
        "nào, giữ bằng chứng ra sao, và cách dự thi trực tuyến an toàn."
    ),
    hero=_GOI_113,
    hero_alt="Màn hình gọi số 113 của công an khi có nguy hiểm, nút “Gọi” được tô sáng.",
    lessons=[BAO_TIN_O_DAU, GUI_PHAN_ANH, CUOC_THI_TRUC_TUYEN],
)


# =============================================================================================
# 11. Bán nông sản qua mạng (mô hình 4T của xã), with English
# =============================================================================================

_BAI_DANG_BAN = Screen(
    app="Zalo",
    kind="app",
    heading="Bài đăng bán hàng",
    lines=("Bưởi da xanh nhà trồng", "Giá: 150.000 đồng / 3 kg", "Giao trong xã, gửi xe đi xa"),
    button="Đăng",
)
_QR_NHAN_TIEN = Screen(
    app="Ngân hàng",
    kind="qr",
    heading="Mã QR nhận tiền",
    lines=("Chủ tài khoản: NGUYEN VAN BA", "Khách quét mã này để trả"),
)
_SHIPPER_GIA = Screen(
    app="Điện thoại",
    kind="call",
    heading="“Shipper” 0xxx xxx 246",
    lines=("“Em để hàng ở cổng rồi”", "“Chị chuyển khoản trước nhé”"),
    button="Kết thúc cuộc gọi",
    danger=True,
)

DANG_BAN_NONG_SAN = Lesson(
    slug="dang-ban-nong-san-qua-mang",
    title="Đăng bán nông sản qua mạng",
    summary=(
        "Chụp ảnh rõ, ghi giá và cân nặng, đăng bán trên Zalo hoặc trên sàn, nhận tiền bằng mã "
        "QR của ngân hàng."
    ),
    duration=6,
    level="CB1",
    skills=("2.2", "3.1", "2.3"),
    audiences=("farmers", "traders"),
    tags=("bán hàng qua mạng", "nông sản", "4t", "mã qr"),
    hero=_BAI_DANG_BAN,
    hero_alt="Bài đăng bán bưởi trên Zalo, giá 150.000 đồng 3 kg, nút “Đăng” được tô sáng.",
    body=[
        Paragraph(
            "Bán hàng qua mạng giúp bà con đưa rau, trái cây, gạo… đến người mua ở xa. Ở nhiều "
            "“chợ 4.0”, người bán treo mã QR để khách quét và trả tiền. Bài này đi từ lúc chụp "
            "ảnh đến lúc nhận tiền."
        ),
        Step(
            title="Chụp ảnh rõ ràng",
            text="Chụp nông sản ở chỗ đủ sáng, nền gọn gàng. Chụp cả cận cảnh và cả mớ hàng.",
            screen=Screen(
                app="Camera",
                kind="app",
                heading="Chụp ảnh sản phẩm",
                lines=("Chỗ đủ sáng", "Nền gọn, sạch", "Một ảnh cận cảnh, một ảnh cả mớ"),
                button="Chụp",
            ),
            alt=(
                "Màn hình camera nhắc chụp ở chỗ đủ sáng, nền gọn, một ảnh cận cảnh và một ảnh "
                "cả mớ; nút “Chụp” được tô sáng."
            ),
        ),
        Step(
            title="Ghi giá, cân nặng và cách giao",
            text=(
                "Viết rõ tên hàng, giá và cân nặng, ví dụ “Bưởi da xanh: 150.000 đồng / 3 kg”. "
                "Ghi thêm nơi bạn giao hàng."
            ),
            screen=Screen(
                app="Ghi chú",
                kind="app",
                heading="Viết gì khi đăng bán?",
                lines=("Tên hàng", "Giá và cân nặng", "Nơi giao hàng"),
            ),
            alt="Trang ghi chú nhắc ba điều cần viết: tên hàng, giá và cân nặng, nơi giao hàng.",
        ),
        Step(
            title="Đăng trên Zalo hoặc trên sàn",
            text=(
                "Đăng ảnh và lời giới thiệu trên Zalo của bạn. Muốn bán trên sàn thương mại "
                "điện tử, nhờ Tổ công nghệ số cộng đồng giúp đăng ký."
            ),
            screen=_BAI_DANG_BAN,
            alt=(
                "Bài đăng bán bưởi da xanh trên Zalo, giá 150.000 đồng 3 kg, giao trong xã; nút "
                "“Đăng” được tô sáng."
            ),
        ),
        Step(
            title="Nhận tiền bằng mã QR của ngân hàng",
            text=(
                "Trong ứng dụng ngân hàng của bạn, mở mã QR nhận tiền (tên mục khác nhau tùy "
                "ngân hàng). Lưu ảnh mã hoặc in ra để khách quét."
            ),
            screen=_QR_NHAN_TIEN,
            alt="Mã QR nhận tiền trong ứng dụng ngân hàng, ghi tên chủ tài khoản NGUYEN VAN BA.",
            tip="Nhận tiền không bao giờ cần bạn quét mã QR hay đưa mã OTP (mã số gửi qua tin nhắn).",
        ),
        Step(
            title="Xem tiền về trong ứng dụng ngân hàng của bạn",
            text=(
                "Khách báo đã chuyển thì mở ứng dụng ngân hàng của chính bạn xem tiền đã về chưa. "
                "Không tin ảnh chụp màn hình khách gửi."
            ),
            screen=Screen(
                app="Ngân hàng",
                kind="app",
                heading="Thông báo nhận tiền",
                lines=("+150.000 đồng", "Từ: TRAN THI HOA", "Nội dung: mua buoi"),
            ),
            alt=(
                "Thông báo nhận tiền trong ứng dụng ngân hàng: cộng 150.000 đồng từ TRAN THI HOA, "
                "nội dung mua bưởi."
            ),
        ),
        Callout(
            kind="danger",
            title="Sàn bán hàng không bao giờ hỏi mã OTP",
            text=(
                "Sàn bán hàng không bao giờ hỏi mật khẩu hay mã OTP của bạn. Ví dụ, Shopee không "
                "bao giờ hỏi mã OTP, mật khẩu hay mã PIN ví ShopeePay qua điện thoại, tin nhắn, "
                "Zalo hay Facebook."
            ),
        ),
        Callout(
            kind="tip",
            title="Mô hình 4T của xã",
            text=(
                "4T là Tiểu thương, Thương mại điện tử, Thanh toán không dùng tiền mặt và Tiết "
                "kiệm số. Hỏi xã lịch học 4T gần nhất."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Chụp hai tấm ảnh một mặt hàng của nhà bạn.",
                "Tìm mã QR nhận tiền trong ứng dụng ngân hàng của bạn.",
                "Bật thông báo nhận tiền trong ứng dụng ngân hàng.",
            ),
        ),
    ],
    related=("giao-hang-nhan-tien-an-toan", "ban-hang-nhan-tien-qua-ma-qr"),
    sources=(SRC_CHO_40, SRC_SHOPEE_KENH14, SRC_SHOPEE_SOHA),
    checked=CHECKED,
)

DANG_BAN_NONG_SAN.en = _english(
    DANG_BAN_NONG_SAN,
    title="Selling farm produce online",
    summary=(
        "Take clear photos, write the price and weight, post on Zalo or on a marketplace, and "
        "get paid with your bank's QR code."
    ),
    hero_alt=(
        "A Zalo post selling pomelos at 150,000 đồng for 3 kg, with the “Đăng” (Post) button "
        "highlighted."
    ),
    body=[
        Paragraph(
            "Selling online helps you get vegetables, fruit, rice and more to buyers far away. "
            "At many “4.0 markets”, sellers display a QR code that buyers scan to pay. This lesson "
            "goes from taking the photo to receiving the money."
        ),
        Step(
            title="Take clear photos",
            text=(
                "Photograph your produce in good light against a tidy background. Take one "
                "close-up and one of the whole batch."
            ),
            screen=None,
            alt=(
                "The camera screen reminds you: good light, a tidy background, one close-up and "
                "one of the whole batch; the “Chụp” (Take photo) button is highlighted."
            ),
        ),
        Step(
            title="Write the price, weight and delivery",
            text=(
                "Write the name, price and weight clearly, for example “Green-skin pomelo: "
                "150,000 đồng / 3 kg”. Add where you deliver."
            ),
            screen=None,
            alt="A note listing three things to write: the name, the price and weight, where you deliver.",
        ),
        Step(
            title="Post on Zalo or on a marketplace",
            text=(
                "Post the photos and a short description on your Zalo. To sell on an online "
                "marketplace, ask the community digital technology team (Tổ công nghệ số cộng đồng) "
                "to help you register."
            ),
            screen=None,
            alt=(
                "A Zalo post selling green-skin pomelos at 150,000 đồng for 3 kg, delivered within "
                "the commune; the “Đăng” (Post) button is highlighted."
            ),
        ),
        Step(
            title="Get paid with your bank's QR code",
            text=(
                "In your bank app, open the QR code for receiving money (its name differs between "
                "banks). Save the code as a picture or print it for buyers to scan."
            ),
            screen=None,
            alt="A QR code for receiving money in a bank app, showing the account holder NGUYEN VAN BA.",
            tip="Receiving money never needs you to scan a QR code or give an OTP code.",
        ),
        Step(
            title="Check the money arrived in your own bank app",
            text=(
                "When a buyer says they have paid, open your own bank app and check the money has "
                "arrived. Never trust a screenshot sent by the buyer."
            ),
            screen=None,
            alt=(
                "A money-received notice in the bank app: plus 150,000 đồng from TRAN THI HOA, "
                "for pomelos."
            ),
        ),
        Callout(
            kind="danger",
            title="A marketplace never asks for your OTP code",
            text=(
                "A marketplace never asks for your password or OTP code. For example, Shopee never "
                "asks for your OTP code, password or ShopeePay PIN by phone, text "
                "message, Zalo or Facebook."
            ),
        ),
        Callout(
            kind="tip",
            title="The commune's 4T model",
            text=(
                "4T stands for small traders, e-commerce, cashless payment and digital savings "
                "(Tiểu thương, Thương mại điện tử, Thanh toán không dùng tiền mặt, Tiết kiệm số). "
                "Ask the commune when the next 4T class is."
            ),
        ),
        Checklist(
            title="Try it yourself",
            items=(
                "Take two photos of one of your products.",
                "Find the QR code for receiving money in your bank app.",
                "Turn on money-received notifications in your bank app.",
            ),
        ),
    ],
)

GIAO_HANG_AN_TOAN = Lesson(
    slug="giao-hang-nhan-tien-an-toan",
    title="Giao hàng, nhận tiền an toàn: tránh shipper giả",
    summary=(
        "Xin đặt cọc với đơn lớn, chỉ giao cho người giao hàng của sàn, và nhận ra shipper giả, "
        "mã QR “hoàn tiền” giả."
    ),
    duration=6,
    level="CB1",
    skills=("4.2", "1.2", "2.3"),
    audiences=("farmers", "traders", "elderly", "workers"),
    tags=("bán hàng qua mạng", "shipper giả", "lừa đảo", "mã qr"),
    hero=_SHIPPER_GIA,
    hero_alt=(
        "Cuộc gọi từ “shipper” lạ giục chuyển khoản trước, có dấu X đỏ; nút “Kết thúc cuộc gọi” "
        "được tô sáng."
    ),
    body=[
        Paragraph(
            "Khi mua bán qua mạng, kẻ gian có thể giả làm người giao hàng (shipper) hoặc khách "
            "mua. Chúng biết đơn hàng, giục chuyển tiền, hay gửi mã QR lạ. Làm theo các bước "
            "sau để giữ tiền và hàng."
        ),
        Step(
            title="Khách lạ đặt nhiều: xin đặt cọc",
            text=(
                "Khách mua lần đầu mà đặt nhiều, hãy xin khách chuyển trước một phần tiền (đặt "
                "cọc). Cách này giúp tránh đơn ảo, khách không nhận hàng."
            ),
            screen=Screen(
                app="Zalo",
                kind="chat",
                heading="Khách mới",
                lines=(
                    "Khách: Lấy 50 kg bưởi, giao tận nơi.",
                    "Bạn: Anh chị đặt cọc trước giúp em nhé.",
                ),
                button="Gửi",
            ),
            alt=(
                "Trò chuyện Zalo với khách mới đặt 50 kg bưởi; người bán xin đặt cọc trước, nút "
                "“Gửi” được tô sáng."
            ),
        ),
        Step(
            title="Xem tiền cọc trong ứng dụng ngân hàng của bạn",
            text=(
                "Chỉ coi là đã nhận cọc khi ứng dụng ngân hàng của chính bạn báo tiền về. Ảnh "
                "chụp “chuyển tiền thành công” có thể là ảnh giả."
            ),
            screen=Screen(
                app="Ngân hàng",
                kind="app",
                heading="Ảnh chụp của khách",
                lines=("Chuyển tiền thành công", "500.000 đồng", "Có thể là ảnh giả!"),
                danger=True,
            ),
            alt=(
                "Ảnh chụp màn hình “chuyển tiền thành công” 500.000 đồng do khách gửi, có dấu X "
                "đỏ và dòng chữ: có thể là ảnh giả."
            ),
        ),
        Step(
            title="Chỉ giao hàng cho người mà sàn báo",
            text=(
                "Bán trên sàn: chỉ trao hàng cho người giao hàng mà sàn hiện trong đơn. Người lạ "
                "tự đến nhận hàng thì không đưa."
            ),
            screen=Screen(
                app="Sàn bán hàng",
                kind="app",
                heading="Đơn hàng của bạn",
                lines=("Đơn vị giao hàng: xem trong đơn", "Chỉ trao hàng cho người này"),
            ),
            alt=(
                "Đơn hàng trên sàn ghi đơn vị giao hàng, kèm lời nhắc chỉ trao hàng cho người này."
            ),
        ),
        Step(
            title="Shipper giục chuyển khoản trước: không chuyển",
            text=(
                "Khi bạn là người mua: kẻ gian xưng shipper, biết đúng đơn hàng, bảo chuyển "
                "trước tiền trả khi nhận hàng (COD). Chỉ trả khi đã cầm và xem hàng."
            ),
            screen=_SHIPPER_GIA,
            alt=(
                "Cuộc gọi từ “shipper” lạ nói đã để hàng ở cổng và giục chuyển khoản trước, có "
                "dấu X đỏ; nút “Kết thúc cuộc gọi” được tô sáng."
            ),
        ),
        Step(
            title="Không quét mã QR “hoàn tiền”",
            text=(
                "Kẻ gian báo bạn chuyển nhầm và gửi mã QR để “hoàn tiền”. Quét mã đó là bạn mất "
                "tiền. Nhận tiền không bao giờ cần quét mã QR."
            ),
            screen=Screen(
                app="Ngân hàng",
                kind="qr",
                heading="Quét để “hoàn tiền”?",
                lines=("Người nhận: NGUOI LA", "Số tiền: 2.000.000 đồng"),
                danger=True,
            ),
            alt=(
                "Màn hình quét mã QR “hoàn tiền”: thật ra là chuyển 2.000.000 đồng cho người lạ; "
                "có dấu X đỏ cảnh báo."
            ),
        ),
        Step(
            title="Nghi bị lừa: báo ngay",
            text=(
                "Gọi tổng đài in ở mặt sau thẻ ngân hàng, rồi báo Công an xã. Tranh chấp khi mua "
                "hàng thì gọi tổng đài hỗ trợ người tiêu dùng 1800.6838."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Danh bạ",
                lines=("Tổng đài ngân hàng (sau thẻ)", "Công an xã", "Người tiêu dùng: 1800.6838"),
                button="Gọi",
            ),
            alt=(
                "Danh bạ có tổng đài ngân hàng, Công an xã và tổng đài người tiêu dùng 1800.6838; "
                "nút “Gọi” được tô sáng."
            ),
            tip="Giữ lại tin nhắn, số điện thoại và ảnh chụp để đưa công an xem.",
        ),
        Callout(
            kind="danger",
            title="Tin thông báo của ngân hàng, không tin ảnh chụp",
            text=(
                "Sàn bán hàng không bao giờ hỏi mã OTP (mã số gửi qua tin nhắn) hay mật khẩu của "
                "bạn. Xác nhận tiền về bằng thông báo trong ứng dụng ngân hàng của chính bạn, "
                "không bằng ảnh chụp khách gửi."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Soạn sẵn một câu xin đặt cọc để gửi khách lạ.",
                "Kể cho người nhà nghe chiêu “shipper giục chuyển khoản trước”.",
                "Lưu số tổng đài in ở mặt sau thẻ ngân hàng vào danh bạ.",
            ),
        ),
    ],
    related=("dang-ban-nong-san-qua-mang", "mua-hang-truc-tuyen-an-toan"),
    sources=(
        SRC_DAT_COC,
        SRC_SHIPPER_COD,
        SRC_SHIPPER_QR,
        SRC_SHOPEE_KENH14,
        SRC_NGUOI_TIEU_DUNG,
    ),
    checked=CHECKED,
)

GIAO_HANG_AN_TOAN.en = _english(
    GIAO_HANG_AN_TOAN,
    title="Delivering and getting paid safely: avoiding fake shippers",
    summary=(
        "Ask for a deposit on large orders, hand goods only to the marketplace's courier, and "
        "spot fake shippers and fake “refund” QR codes."
    ),
    hero_alt=(
        "A call from an unknown “shipper” pressing you to transfer money first, with a red X; the "
        "“Kết thúc cuộc gọi” (End call) button is highlighted."
    ),
    body=[
        Paragraph(
            "When buying and selling online, scammers may pose as the delivery person (shipper) "
            "or as a buyer. They know about the order, rush you to transfer money, or send a "
            "strange QR code. Follow these steps to keep your money and your goods."
        ),
        Step(
            title="A new buyer orders a lot: ask for a deposit",
            text=(
                "When a first-time buyer orders a large amount, ask them to pay part of it first "
                "(a deposit). This protects you from fake orders that are never collected."
            ),
            screen=None,
            alt=(
                "A Zalo chat with a new buyer ordering 50 kg of pomelos; the seller asks for a "
                "deposit first, with the “Gửi” (Send) button highlighted."
            ),
        ),
        Step(
            title="Check the deposit in your own bank app",
            text=(
                "Count the deposit as received only when your own bank app shows the money. A "
                "“transfer successful” screenshot may be fake."
            ),
            screen=None,
            alt=(
                "A “transfer successful” screenshot for 500,000 đồng sent by a buyer, with a red X "
                "and the words: this may be a fake picture."
            ),
        ),
        Step(
            title="Hand goods only to the courier the marketplace names",
            text=(
                "Selling on a marketplace: hand the goods only to the courier shown in the order. "
                "If a stranger turns up to collect them, do not hand them over."
            ),
            screen=None,
            alt="An order on a marketplace showing the delivery company, with a reminder to hand the goods only to that courier.",
        ),
        Step(
            title="A shipper rushes you to pay first: do not pay",
            text=(
                "When you are the buyer: a scammer claiming to be the shipper knows your order and "
                "asks you to transfer the cash-on-delivery (COD) money early. Pay only when you "
                "hold the goods and have checked them."
            ),
            screen=None,
            alt=(
                "A call from an unknown “shipper” saying the parcel is at your gate and asking you "
                "to transfer the money first, with a red X; the “Kết thúc cuộc gọi” (End call) "
                "button is highlighted."
            ),
        ),
        Step(
            title="Never scan a “refund” QR code",
            text=(
                "A scammer says you paid by mistake and sends a QR code to “refund” you. Scanning "
                "it takes money from you. Receiving money never needs a QR scan."
            ),
            screen=None,
            alt=(
                "A QR scanning screen for a “refund” that is really a transfer of 2,000,000 đồng "
                "to a stranger, with a red X warning."
            ),
        ),
        Step(
            title="Think you were tricked? Report it at once",
            text=(
                "Call the hotline printed on the back of your bank card, then report to the commune "
                "police. For a dispute over a purchase, call the consumer support hotline "
                "1800.6838."
            ),
            screen=None,
            alt=(
                "Contacts listing the bank hotline, the commune police and the consumer hotline "
                "1800.6838, with the “Gọi” (Call) button highlighted."
            ),
            tip="Keep the messages, phone numbers and screenshots to show the police.",
        ),
        Callout(
            kind="danger",
            title="Trust your bank's notification, not a screenshot",
            text=(
                "A marketplace never asks for your OTP code or password. Confirm a payment from the "
                "notification in your own bank app, never from a screenshot sent by the buyer."
            ),
        ),
        Checklist(
            title="Try it yourself",
            items=(
                "Write a ready-made message asking new buyers for a deposit.",
                "Tell your family about the “shipper asks you to pay first” trick.",
                "Save the hotline printed on the back of your bank card in your contacts.",
            ),
        ),
    ],
)

BAN_NONG_SAN = Topic(
    slug="ban-nong-san-qua-mang",
    title="Bán nông sản qua mạng (mô hình 4T)",
    intro=(
        "Mô hình 4T của xã gồm Tiểu thương, Thương mại điện tử, Thanh toán không dùng tiền mặt "
        "và Tiết kiệm số. Các bài dưới đây giúp bà con đăng bán nông sản trên mạng, nhận tiền "
        "bằng mã QR, và tránh những chiêu lừa hay gặp khi mua bán."
    ),
    hero=_BAI_DANG_BAN,
    hero_alt="Bài đăng bán bưởi trên Zalo, giá 150.000 đồng 3 kg, nút “Đăng” được tô sáng.",
    lessons=[DANG_BAN_NONG_SAN, GIAO_HANG_AN_TOAN],
)

BAN_NONG_SAN.en = Topic(
    slug=BAN_NONG_SAN.slug,
    title="Selling farm produce online (the 4T model)",
    intro=(
        "The commune's 4T model covers small traders, e-commerce, cashless payment and digital "
        "savings. These lessons help you post your produce online, get paid by QR code, and "
        "avoid the tricks that often come with buying and selling."
    ),
    hero=BAN_NONG_SAN.hero,
    hero_alt=(
        "A Zalo post selling pomelos at 150,000 đồng for 3 kg, with the “Đăng” (Post) button "
        "highlighted."
    ),
    lessons=[],
)


# =============================================================================================
# 12. Bảo vệ trẻ em trên mạng, with English
# =============================================================================================

_FAMILY_LINK_STORE = Screen(
    app="CH Play",
    kind="store",
    heading="Google Family Link",
    lines=("Ứng dụng dành cho cha mẹ", "Xem đúng tên nhà phát triển"),
    button="Cài đặt",
)
_FAMILY_LINK_DAILY = Screen(
    app="Family Link",
    kind="settings",
    heading="Controls",
    lines=(
        "Daily limit (giới hạn mỗi ngày)",
        "Downtime (giờ nghỉ)",
        "App limits (giờ từng ứng dụng)",
    ),
    button="Daily limit (giới hạn mỗi ngày)",
)
_GOI_111 = Screen(
    app="Điện thoại",
    kind="app",
    heading="111",
    lines=("Tổng đài quốc gia bảo vệ trẻ em", "Nguy hiểm ngay: gọi 113"),
    button="Gọi",
)

GIOI_HAN_THOI_GIAN = Lesson(
    slug="gioi-han-thoi-gian-dien-thoai-cua-chau",
    title="Đặt giới hạn thời gian cho điện thoại của cháu",
    summary=(
        "Dùng Google Family Link trên điện thoại của cha mẹ để đặt giờ dùng mỗi ngày, giờ nghỉ "
        "ban đêm và chặn ứng dụng không hợp với cháu."
    ),
    duration=7,
    level="CB2",
    skills=("4.3", "0.2", "4.2"),
    audiences=("farmers", "workers", "traders", "officials", "elderly"),
    tags=("trẻ em", "family link", "thời gian dùng máy", "gia đình số"),
    hero=_FAMILY_LINK_DAILY,
    hero_alt="Mục “Controls” của Family Link, dòng “Daily limit” (giới hạn mỗi ngày) được tô sáng.",
    body=[
        Paragraph(
            "Google Family Link là ứng dụng cho cha mẹ, cài trên điện thoại của cha mẹ. Ứng dụng "
            "đặt được giờ dùng máy cho điện thoại Android của con và duyệt ứng dụng con muốn cài. "
            "Family Link không quản lý được iPhone. Tên các mục trong bài lấy theo trang hướng "
            "dẫn tiếng Anh của Google; trên máy của bạn, tên mục có thể khác tùy phiên bản và "
            "ngôn ngữ."
        ),
        Step(
            title="Cha mẹ cài Family Link từ CH Play",
            text=(
                "Trên điện thoại của cha mẹ, mở CH Play, tìm “Family Link” và cài ứng dụng "
                "Google Family Link."
            ),
            screen=_FAMILY_LINK_STORE,
            alt="Trang ứng dụng Google Family Link trong CH Play, nút “Cài đặt” được tô sáng.",
            tip=(
                "Google cho biết Family Link có thể chưa có ở mọi quốc gia. Hãy thử trên máy, "
                "hoặc nhờ Tổ công nghệ số cộng đồng thử cùng."
            ),
        ),
        Step(
            title="Tạo hoặc liên kết tài khoản Google của con",
            text=(
                "Làm theo hướng dẫn trên màn hình để tạo tài khoản Google cho con, hoặc liên kết "
                "tài khoản con đang dùng. Con dưới 13 tuổi thì cha mẹ tạo tài khoản trong "
                "Family Link."
            ),
            screen=Screen(
                app="Family Link",
                kind="app",
                heading="Tài khoản của con",
                lines=("Tạo tài khoản mới cho con", "hoặc liên kết tài khoản đang có"),
            ),
            alt=(
                "Màn hình Family Link về tài khoản của con: tạo tài khoản mới, hoặc liên kết tài "
                "khoản đang có."
            ),
        ),
        Step(
            title="Đặt giờ dùng mỗi ngày",
            text=(
                "Chọn con, bấm “Controls”, rồi “Daily limit” (giới hạn mỗi ngày) và chọn số giờ. "
                "Điện thoại của con cần chạy Android 7 trở lên."
            ),
            screen=_FAMILY_LINK_DAILY,
            alt=(
                "Mục “Controls” của Family Link có ba dòng, dòng “Daily limit” (giới hạn mỗi "
                "ngày) được tô sáng."
            ),
        ),
        Step(
            title="Đặt giờ nghỉ ban đêm",
            text=(
                "Trong “Controls”, chọn “Downtime” (giờ nghỉ) và đặt giờ máy tự khóa, ví dụ từ "
                "21 giờ tối đến 6 giờ sáng. Máy khóa rồi, cháu vẫn nghe được điện thoại và gọi "
                "khẩn cấp."
            ),
            screen=Screen(
                app="Family Link",
                kind="settings",
                heading="Controls",
                lines=("Daily limit (giới hạn mỗi ngày)", "Downtime (giờ nghỉ)"),
                button="Downtime (giờ nghỉ)",
            ),
            alt="Mục “Controls” của Family Link, dòng “Downtime” (giờ nghỉ) được tô sáng.",
        ),
        Step(
            title="Chặn ứng dụng không hợp",
            text=(
                "Family Link cho cha mẹ duyệt hoặc chặn ứng dụng con muốn cài từ CH Play. Mục "
                "“App limits” giới hạn giờ dùng từng ứng dụng."
            ),
            screen=Screen(
                app="Family Link",
                kind="settings",
                heading="Controls",
                lines=("Daily limit (giới hạn mỗi ngày)", "App limits (giờ từng ứng dụng)"),
                button="App limits (giờ từng ứng dụng)",
            ),
            alt="Mục “Controls” của Family Link, dòng “App limits” (giờ từng ứng dụng) được tô sáng.",
            tip="Khi cần, cha mẹ cũng khóa được máy của con ngay trên Family Link.",
        ),
        Callout(
            kind="warning",
            title="Trò chuyện với cháu, không chỉ cài ứng dụng",
            text=(
                "Hỏi cháu hay xem gì, chơi gì, và cùng xem với cháu. Nếu cháu bị đe dọa hay bị "
                "hại trên mạng, gọi 111 (tổng đài quốc gia bảo vệ trẻ em); có nguy hiểm ngay thì "
                "gọi 113."
            ),
        ),
        Callout(
            kind="tip",
            title="Máy của cháu là iPhone?",
            text=(
                "Family Link không quản lý được iPhone. Hãy nhờ Tổ công nghệ số cộng đồng chỉ "
                "cách khác."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Xem điện thoại của cháu chạy Android bản mấy (cần Android 7 trở lên).",
                "Cùng cháu thỏa thuận giờ dùng máy mỗi ngày.",
                "Lưu số 111 vào danh bạ.",
            ),
        ),
    ],
    related=("youtube-kids-va-tro-chuyen-voi-chau", "dien-thoai-cai-ung-dung-ch-play-app-store"),
    sources=(SRC_FAMILY_LINK_TIME, SRC_FAMILY_LINK_ACCOUNT, SRC_FAMILY_LINK_DEVICES, SRC_111),
    checked=CHECKED,
)

GIOI_HAN_THOI_GIAN.en = _english(
    GIOI_HAN_THOI_GIAN,
    title="Setting time limits on your child's phone",
    summary=(
        "Use Google Family Link on the parent's phone to set daily screen time and night-time "
        "downtime, and to block apps that are not right for your child."
    ),
    hero_alt=("The “Controls” screen of Family Link, with the “Daily limit” row highlighted."),
    body=[
        Paragraph(
            "Google Family Link is an app for parents, installed on the parent's phone. It sets "
            "screen time on the child's Android phone and lets you approve the apps the child "
            "wants to install. Family Link cannot supervise iPhones. The item names in this lesson "
            "follow Google's English help pages; on your phone they may differ with the version "
            "and the language."
        ),
        Step(
            title="The parent installs Family Link from CH Play (Google Play)",
            text=(
                "On the parent's phone, open CH Play (Google Play), search for “Family Link” and "
                "install Google Family Link."
            ),
            screen=None,
            alt=(
                "The Google Family Link page in CH Play, with the “Cài đặt” (Install) button "
                "highlighted."
            ),
            tip=(
                "Google says Family Link may not be available in every country. Try it on your "
                "phone, or try it together with the community digital technology team (Tổ công "
                "nghệ số cộng đồng)."
            ),
        ),
        Step(
            title="Create or link your child's Google Account",
            text=(
                "Follow the on-screen steps to create a Google Account for your child, or to link "
                "the account they already use. For a child under 13, the parent creates the "
                "account in Family Link."
            ),
            screen=None,
            alt=(
                "A Family Link screen about the child's account: create a new account, or link an "
                "existing one."
            ),
        ),
        Step(
            title="Set the daily screen time",
            text=(
                "Select your child, tap “Controls”, then “Daily limit”, and choose the hours. The "
                "child's phone must run Android 7 or later."
            ),
            screen=None,
            alt=(
                "The “Controls” screen of Family Link with three rows; the “Daily limit” row is "
                "highlighted."
            ),
        ),
        Step(
            title="Set downtime for the night",
            text=(
                "In “Controls”, choose “Downtime” and set when the phone locks itself, for example "
                "from 9 p.m. to 6 a.m. A locked phone can still answer calls and make emergency "
                "calls."
            ),
            screen=None,
            alt="The “Controls” screen of Family Link, with the “Downtime” row highlighted.",
        ),
        Step(
            title="Block apps that are not suitable",
            text=(
                "Family Link lets parents approve or block the apps the child wants to install "
                "from CH Play. “App limits” sets a time limit for a single app."
            ),
            screen=None,
            alt="The “Controls” screen of Family Link, with the “App limits” row highlighted.",
            tip="When needed, parents can also lock the child's phone from Family Link.",
        ),
        Callout(
            kind="warning",
            title="Talk with your child, do not just install an app",
            text=(
                "Ask what your child watches and plays, and watch together. If your child is "
                "threatened or harmed online, call 111 (the national child-protection hotline); "
                "if there is danger now, call 113."
            ),
        ),
        Callout(
            kind="tip",
            title="Is your child's phone an iPhone?",
            text=(
                "Family Link cannot supervise iPhones. Ask the community digital technology team "
                "to show you another way."
            ),
        ),
        Checklist(
            title="Try it yourself",
            items=(
                "Check which Android version your child's phone runs (Android 7 or later is needed).",
                "Agree with your child on daily screen time.",
                "Save 111 in your contacts.",
            ),
        ),
    ],
)

YOUTUBE_KIDS = Lesson(
    slug="youtube-kids-va-tro-chuyen-voi-chau",
    title="YouTube Kids cho trẻ nhỏ và trò chuyện với cháu",
    summary=(
        "Cho trẻ nhỏ xem YouTube Kids với phần cài đặt của cha mẹ có mã khóa, và biết gọi 111 "
        "khi cháu gặp chuyện trên mạng."
    ),
    duration=6,
    level="CB1",
    skills=("4.3", "4.2", "2.5"),
    audiences=("farmers", "workers", "traders", "officials", "elderly"),
    tags=("trẻ em", "youtube kids", "gia đình số", "111"),
    hero=_GOI_111,
    hero_alt=("Màn hình gọi 111, tổng đài quốc gia bảo vệ trẻ em, nút “Gọi” được tô sáng."),
    body=[
        Paragraph(
            "YouTube Kids là ứng dụng xem video dành cho trẻ em. Cha mẹ có phần cài đặt riêng, "
            "khóa bằng mã, để chọn nội dung hợp với cháu. Không ứng dụng nào thay được việc ông "
            "bà, cha mẹ ngồi xem và trò chuyện cùng cháu."
        ),
        Step(
            title="Cài YouTube Kids từ CH Play hoặc App Store",
            text=(
                "Mở CH Play (máy Android) hoặc App Store (iPhone), tìm “YouTube Kids”, xem đúng "
                "tên ứng dụng rồi cài."
            ),
            screen=Screen(
                app="CH Play",
                kind="store",
                heading="YouTube Kids",
                lines=("Video dành cho trẻ em", "Xem đúng tên nhà phát triển"),
                button="Cài đặt",
            ),
            alt="Trang ứng dụng YouTube Kids trong CH Play, nút “Cài đặt” được tô sáng.",
        ),
        Step(
            title="Đặt mã khóa cho phần cài đặt của cha mẹ",
            text=(
                "Phần cài đặt của cha mẹ mở bằng biểu tượng ổ khóa và được khóa bằng mã riêng. "
                "Chỉ cha mẹ biết mã này."
            ),
            screen=Screen(
                app="YouTube Kids",
                kind="form",
                heading="Cài đặt của cha mẹ",
                lines=("Mã khóa của cha mẹ",),
                button="Xác nhận",
            ),
            alt=(
                "Ô nhập mã khóa để vào phần cài đặt của cha mẹ trong YouTube Kids, nút “Xác nhận” "
                "được tô sáng."
            ),
        ),
        Step(
            title="Tạo hồ sơ riêng cho từng cháu",
            text="Tạo một hồ sơ cho mỗi cháu, chọn nội dung hợp với tuổi của cháu.",
            screen=Screen(
                app="YouTube Kids",
                kind="app",
                heading="Hồ sơ của các cháu",
                lines=("Bé Na", "Bé Tí"),
                button="Thêm hồ sơ",
            ),
            alt="Danh sách hồ sơ của hai cháu trong YouTube Kids, nút “Thêm hồ sơ” được tô sáng.",
        ),
        Step(
            title="Tắt tìm kiếm, chặn video không hợp",
            text=(
                "Trong phần cài đặt của cha mẹ, tắt được tìm kiếm để cháu chỉ xem video có sẵn, "
                "và chặn video bạn thấy không hợp."
            ),
            screen=Screen(
                app="YouTube Kids",
                kind="settings",
                heading="Cài đặt của cha mẹ",
                lines=("Tìm kiếm: Tắt", "Video đã chặn", "Hẹn giờ"),
                button="Tìm kiếm: Tắt",
            ),
            alt="Phần cài đặt của cha mẹ trong YouTube Kids, dòng “Tìm kiếm: Tắt” được tô sáng.",
        ),
        Step(
            title="Hẹn giờ xem",
            text="Đặt hẹn giờ để ứng dụng dừng khi hết thời gian xem đã thỏa thuận với cháu.",
            screen=Screen(
                app="YouTube Kids",
                kind="app",
                heading="Hẹn giờ",
                lines=("Hết giờ thì ứng dụng dừng",),
                button="Bắt đầu hẹn giờ",
            ),
            alt="Màn hình hẹn giờ của YouTube Kids, nút “Bắt đầu hẹn giờ” được tô sáng.",
        ),
        Step(
            title="Trò chuyện với cháu, nhớ số 111",
            text=(
                "Hỏi cháu xem gì, gặp ai trên mạng. Dặn cháu kể ngay khi có người lạ đòi ảnh, "
                "hẹn gặp hay dọa nạt. Cháu bị đe dọa hay bị hại thì gọi 111; nguy hiểm ngay thì "
                "gọi 113."
            ),
            screen=_GOI_111,
            alt=(
                "Màn hình gọi 111, tổng đài quốc gia bảo vệ trẻ em, kèm lời nhắc nguy hiểm ngay "
                "thì gọi 113; nút “Gọi” được tô sáng."
            ),
        ),
        Callout(
            kind="warning",
            title="Ứng dụng không thay được người lớn",
            text=(
                "Trò chuyện với cháu về những gì cháu xem. Nếu cháu bị đe dọa hay bị hại trên "
                "mạng, gọi 111; có nguy hiểm ngay thì gọi 113."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Ngồi xem cùng cháu một video và hỏi cháu thích gì.",
                "Dặn cháu: ai lạ đòi ảnh hay hẹn gặp thì kể ngay với ông bà, cha mẹ.",
                "Lưu số 111 vào danh bạ.",
            ),
        ),
    ],
    related=("gioi-han-thoi-gian-dien-thoai-cua-chau", "gap-chuyen-bat-thuong-bao-o-dau"),
    sources=(SRC_YOUTUBE_KIDS, SRC_111),
    checked=CHECKED,
)

YOUTUBE_KIDS.en = _english(
    YOUTUBE_KIDS,
    title="YouTube Kids for young children, and talking with your child",
    summary=(
        "Let young children watch YouTube Kids with parent settings locked by a code, and know to "
        "call 111 when something goes wrong for your child online."
    ),
    hero_alt=(
        "A screen for calling 111, the national child-protection hotline, with the “Gọi” (Call) "
        "button highlighted."
    ),
    body=[
        Paragraph(
            "YouTube Kids is a video app made for children. Parents have their own settings, "
            "locked with a code, to choose what suits the child. No app replaces grandparents and "
            "parents watching and talking with the child."
        ),
        Step(
            title="Install YouTube Kids from CH Play (Google Play) or the App Store",
            text=(
                "Open CH Play (Google Play) on an Android phone or the App Store on an iPhone, "
                "search for “YouTube Kids”, check the app's name and install it."
            ),
            screen=None,
            alt="The YouTube Kids page in CH Play, with the “Cài đặt” (Install) button highlighted.",
        ),
        Step(
            title="Set a code for the parent settings",
            text=(
                "The parent settings open from the lock icon and are protected by a code of their "
                "own. Only the parents know it."
            ),
            screen=None,
            alt=(
                "A box for the code that opens the parent settings in YouTube Kids, with the "
                "“Xác nhận” (Confirm) button highlighted."
            ),
        ),
        Step(
            title="Make a profile for each child",
            text="Create a profile for each child and choose content that suits their age.",
            screen=None,
            alt=(
                "The list of two children's profiles in YouTube Kids, with the “Thêm hồ sơ” (Add "
                "profile) button highlighted."
            ),
        ),
        Step(
            title="Turn off search and block unsuitable videos",
            text=(
                "In the parent settings you can turn off search, so the child only watches the "
                "videos already offered, and block videos you find unsuitable."
            ),
            screen=None,
            alt=(
                "The parent settings in YouTube Kids, with the “Tìm kiếm: Tắt” (Search: Off) row "
                "highlighted."
            ),
        ),
        Step(
            title="Set a timer",
            text="Set a timer so that the app stops when the agreed watching time is over.",
            screen=None,
            alt=(
                "The timer screen of YouTube Kids, with the “Bắt đầu hẹn giờ” (Start timer) button "
                "highlighted."
            ),
        ),
        Step(
            title="Talk with your child and remember 111",
            text=(
                "Ask what your child watches and who they meet online. Tell them to come to you at "
                "once if a stranger asks for photos, wants to meet or threatens them. If your child "
                "is threatened or harmed, call 111; if there is danger now, call 113."
            ),
            screen=None,
            alt=(
                "A screen for calling 111, the national child-protection hotline, with a reminder "
                "to call 113 if there is danger now; the “Gọi” (Call) button is highlighted."
            ),
        ),
        Callout(
            kind="warning",
            title="An app does not replace a grown-up",
            text=(
                "Talk with your child about what they watch. If your child is threatened or harmed "
                "online, call 111; if there is danger now, call 113."
            ),
        ),
        Checklist(
            title="Try it yourself",
            items=(
                "Watch a video with your child and ask what they like.",
                "Tell your child: if a stranger asks for photos or to meet, tell a parent or "
                "grandparent at once.",
                "Save 111 in your contacts.",
            ),
        ),
    ],
)

TRE_EM = Topic(
    slug="bao-ve-tre-em-tren-mang",
    title="Bảo vệ trẻ em trên mạng",
    intro=(
        "Điện thoại giúp các cháu học và giải trí, nhưng trên mạng cũng có nội dung không hợp "
        "lứa tuổi và người lạ. Các bài dưới đây giúp ông bà, cha mẹ đặt giờ dùng máy, chọn ứng "
        "dụng cho trẻ nhỏ và biết gọi đâu khi cháu gặp chuyện."
    ),
    hero=_FAMILY_LINK_DAILY,
    hero_alt="Mục “Controls” của Family Link, dòng “Daily limit” (giới hạn mỗi ngày) được tô sáng.",
    lessons=[GIOI_HAN_THOI_GIAN, YOUTUBE_KIDS],
)

TRE_EM.en = Topic(
    slug=TRE_EM.slug,
    title="Protecting children online",
    intro=(
        "Phones help children learn and have fun, but online there is also content unsuitable "
        "for their age, and strangers. These lessons help grandparents and parents set screen "
        "time, choose apps for young children and know whom to call when something goes wrong."
    ),
    hero=TRE_EM.hero,
    hero_alt="The “Controls” screen of Family Link, with the “Daily limit” row highlighted.",
    lessons=[],
)


# =============================================================================================
# 13. Giữ điện thoại và tài khoản luôn dùng được: 2G lên 4G, máy bị đơ, sinh trắc học
# =============================================================================================

_HOI_NHA_MANG = Screen(
    app="Ghi chú",
    kind="app",
    heading="Hỏi cửa hàng nhà mạng",
    lines=("Máy của tôi có dùng 4G không?", "SIM của tôi có dùng 4G không?", "Đang có ưu đãi gì?"),
)
_IPHONE_LEN_XUONG_GIU = Screen(
    app="iPhone 8 trở lên",
    kind="app",
    heading="Lên, xuống, giữ",
    lines=(
        "1. Bấm rồi thả nhanh: tăng âm lượng",
        "2. Bấm rồi thả nhanh: giảm âm lượng",
        "3. Giữ nút bên cạnh đến khi hiện logo",
    ),
)
_NGAN_HANG_SINH_TRAC = Screen(
    app="Ngân hàng",
    kind="settings",
    heading="Cài đặt",
    lines=("Đổi mật khẩu", "Cập nhật sinh trắc học", "Hạn mức chuyển tiền"),
    button="Cập nhật sinh trắc học",
)

LEN_4G = Lesson(
    slug="dien-thoai-2g-len-4g",
    title="Điện thoại của tôi còn dùng được không? (từ 2G lên 4G)",
    summary=(
        "Biết vì sao máy chỉ có 2G đã ngừng dùng được, hỏi cửa hàng nhà mạng để đổi máy hay SIM "
        "4G, và giữ danh bạ khi đổi máy."
    ),
    duration=5,
    level="CB1",
    skills=("0.1", "5.2", "4.2"),
    audiences=("elderly", "farmers", "workers", "disabilities"),
    tags=("2g", "4g", "đổi máy", "sim"),
    hero=_HOI_NHA_MANG,
    hero_alt=(
        "Trang ghi chú ba câu hỏi cửa hàng nhà mạng: máy có dùng 4G không, SIM có dùng 4G không, "
        "đang có ưu đãi gì."
    ),
    body=[
        Paragraph(
            "Mạng 2G là công nghệ di động cũ và đang được tắt dần. Máy “chỉ có 2G” (2G only) đã "
            "không dùng được nữa từ sau ngày 15/10/2024. Hạn đầu là 16/9/2024, được lùi một tháng "
            "vì bão Yagi."
        ),
        Step(
            title="Biết mạng 2G đang tắt dần",
            text=(
                "MobiFone đã ngừng 2G trên cả nước từ ngày 16/9/2025. Toàn bộ mạng 2G được lên kế "
                "hoạch ngừng vào tháng 9/2026."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Mạng 2G đang tắt dần",
                lines=(
                    "Máy chỉ có 2G: ngừng từ 10/2024",
                    "MobiFone ngừng 2G: 16/9/2025",
                    "Kế hoạch ngừng hẳn 2G: 9/2026",
                ),
            ),
            alt=(
                "Màn hình ghi ba mốc: máy chỉ có 2G ngừng từ 10/2024, MobiFone ngừng 2G ngày "
                "16/9/2025, kế hoạch ngừng hẳn 2G tháng 9/2026."
            ),
        ),
        Step(
            title="Ra cửa hàng nhà mạng hỏi máy và SIM",
            text=(
                "Mang máy và SIM đến cửa hàng chính thức của nhà mạng. Hỏi: máy và SIM của tôi có "
                "dùng được 4G không?"
            ),
            screen=_HOI_NHA_MANG,
            alt=(
                "Trang ghi chú ba câu hỏi cửa hàng nhà mạng: máy có dùng 4G không, SIM có dùng 4G "
                "không, đang có ưu đãi gì."
            ),
        ),
        Step(
            title="Hỏi ưu đãi, mang theo thẻ căn cước",
            text=(
                "Nhà mạng từng có máy 4G giá rẻ, có lúc tặng máy cho hộ nghèo. Ưu đãi cũ có thể "
                "đã hết, nên hãy hỏi ưu đãi hiện có. Nhớ mang thẻ căn cước của bạn."
            ),
            screen=Screen(
                app="Ghi chú",
                kind="app",
                heading="Mang theo khi đi",
                lines=("Thẻ căn cước gắn chip", "Điện thoại và SIM đang dùng"),
            ),
            alt=(
                "Trang ghi chú những thứ mang theo: thẻ căn cước gắn chip, điện thoại và SIM đang "
                "dùng."
            ),
        ),
        Step(
            title="Chép danh bạ sang máy mới",
            text=(
                "Nhờ nhân viên cửa hàng hoặc Tổ công nghệ số cộng đồng chép danh bạ sang máy mới "
                "ngay tại chỗ. Gọi thử một số quen trước khi về."
            ),
            screen=Screen(
                app="Danh bạ",
                kind="app",
                heading="Danh bạ trên máy mới",
                lines=("Con trai Minh", "Con gái Lan", "Trạm y tế xã"),
                button="Gọi thử",
            ),
            alt="Danh bạ trên máy mới có các số quen, nút “Gọi thử” được tô sáng.",
            tip="Ghi các số quan trọng ra sổ giấy phòng khi đổi máy.",
        ),
        Callout(
            kind="danger",
            title="Chỉ đổi SIM, đổi máy ở cửa hàng chính thức",
            text=(
                "Chỉ đổi SIM hay đổi máy tại cửa hàng chính thức của nhà mạng. Người gọi điện mời "
                "“nâng cấp SIM lên 4G” rồi xin mã OTP (mã số gửi qua tin nhắn): không đọc mã, "
                "cúp máy ngay."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Hỏi người nhà xem máy của ông bà, cha mẹ có dùng được 4G không.",
                "Ghi các số quan trọng ra sổ giấy.",
            ),
        ),
    ],
    related=("dien-thoai-ket-noi-wifi-du-lieu-di-dong", "dien-thoai-bi-do-khoi-dong-lai"),
    sources=(SRC_2G_VIETBAO, SRC_2G_CONGLY, SRC_2G_MOBIFONE, SRC_2G_NGAYNAY),
    checked=CHECKED,
)

MAY_BI_DO = Lesson(
    slug="dien-thoai-bi-do-khoi-dong-lai",
    title="Điện thoại bị đơ, làm sao?",
    summary=(
        "Khởi động lại bắt buộc khi máy đơ: cách bấm nút cho iPhone và cho máy Android, không mất "
        "dữ liệu."
    ),
    duration=5,
    level="CB1",
    skills=("5.1", "0.1"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "disabilities"),
    tags=("điện thoại", "máy bị đơ", "khởi động lại"),
    hero=_IPHONE_LEN_XUONG_GIU,
    hero_alt=(
        "Màn hình hướng dẫn iPhone 8 trở lên: bấm thả nhanh tăng âm lượng, rồi giảm âm lượng, "
        "rồi giữ nút bên cạnh đến khi hiện logo."
    ),
    body=[
        Paragraph(
            "Máy bị đơ là màn hình đứng im, bấm không được. Khi đó hãy “khởi động lại bắt buộc”: "
            "bấm các nút theo đúng thứ tự để máy tắt rồi tự bật lại. Việc này không xóa ảnh, tin "
            "nhắn hay ứng dụng."
        ),
        Step(
            title="Xem máy của bạn là loại nào",
            text=(
                "Máy là iPhone thì xem đời máy (iPhone 8, iPhone 7…). Máy Android thì xem tên "
                "hãng, như Samsung, Oppo, Xiaomi. Mỗi loại bấm nút một kiểu."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Máy của tôi là loại nào?",
                lines=("iPhone: xem đời máy", "Android: xem tên hãng"),
            ),
            alt="Màn hình nhắc: iPhone thì xem đời máy, máy Android thì xem tên hãng.",
            tip="Không rõ đời máy? Xem hộp máy hoặc hỏi người nhà.",
        ),
        Step(
            title="iPhone 8 trở lên: lên, xuống, giữ",
            text=(
                "Bấm rồi thả nhanh nút tăng âm lượng. Bấm rồi thả nhanh nút giảm âm lượng. Rồi "
                "giữ nút bên cạnh máy đến khi hiện logo Apple. Cách này cũng dùng cho iPhone SE "
                "(thế hệ 2 trở lên)."
            ),
            screen=_IPHONE_LEN_XUONG_GIU,
            alt=(
                "Màn hình hướng dẫn iPhone 8 trở lên: bấm thả nhanh tăng âm lượng, rồi giảm âm "
                "lượng, rồi giữ nút bên cạnh đến khi hiện logo."
            ),
            tip=(
                "iPhone 7: giữ cùng lúc nút giảm âm lượng và nút bên cạnh. iPhone 6s trở về "
                "trước: giữ cùng lúc nút Home (nút tròn) và nút nguồn."
            ),
        ),
        Step(
            title="Máy Android: giữ nút nguồn và nút giảm âm lượng",
            text=(
                "Trên phần lớn máy Android, giữ cùng lúc nút nguồn và nút giảm âm lượng khoảng 10 "
                "đến 20 giây, đến khi hiện logo của hãng. Máy Samsung: giữ nút bên cạnh và nút "
                "giảm âm lượng hơn 7 giây."
            ),
            screen=Screen(
                app="Máy Android",
                kind="app",
                heading="Giữ hai nút cùng lúc",
                lines=(
                    "Nút nguồn + nút giảm âm lượng",
                    "Giữ khoảng 10 đến 20 giây",
                    "Thả ra khi hiện logo của hãng",
                ),
            ),
            alt=(
                "Màn hình hướng dẫn máy Android: giữ cùng lúc nút nguồn và nút giảm âm lượng "
                "khoảng 10 đến 20 giây, thả ra khi hiện logo của hãng."
            ),
            tip="Cách bấm có thể khác tùy hãng máy.",
        ),
        Step(
            title="Không thấy gì: sạc pin rồi thử lại",
            text=(
                "Nếu màn hình vẫn tối, có thể máy đã hết pin. Cắm sạc một lúc, rồi làm lại các "
                "bước trên."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Đang sạc",
                lines=("Cắm sạc một lúc", "Rồi làm lại các bước"),
            ),
            alt="Màn hình điện thoại đang sạc, nhắc cắm sạc một lúc rồi làm lại các bước.",
        ),
        Step(
            title="Vẫn không được: nhờ người tin cậy",
            text=(
                "Mang máy đến cửa hàng tin cậy, hoặc nhờ Tổ công nghệ số cộng đồng xem giúp tận "
                "nơi."
            ),
            screen=Screen(
                app="Ghi chú",
                kind="app",
                heading="Vẫn không được?",
                lines=("Mang máy đến cửa hàng tin cậy", "Nhờ Tổ công nghệ số cộng đồng"),
            ),
            alt=(
                "Trang ghi chú: vẫn không được thì mang máy đến cửa hàng tin cậy hoặc nhờ Tổ "
                "công nghệ số cộng đồng."
            ),
        ),
        Callout(
            kind="danger",
            title="Khởi động lại không phải là “Khôi phục cài đặt gốc”",
            text=(
                "Khởi động lại bắt buộc không phải là “Khôi phục cài đặt gốc” (xóa sạch máy). "
                "Không bấm mục nào có chữ “khôi phục”, “đặt lại” hay “xóa”. Không để người lạ "
                "gọi điện “sửa máy từ xa”."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Tìm nút nguồn và hai nút âm lượng trên máy của bạn.",
                "Ghi cách bấm cho máy của bạn ra giấy, cất cùng hộp máy.",
            ),
        ),
    ],
    related=("dien-thoai-nut-bam-sac-pin-co-chu", "dien-thoai-2g-len-4g"),
    sources=(
        SRC_IPHONE_TECHRADAR,
        SRC_IPHONE_APPLE_VIDEO,
        SRC_IPHONE_REPUBLIC,
        SRC_ANDROID_ITWORLD,
        SRC_ANDROID_TECHBRIEFLY,
    ),
    checked=CHECKED,
)

SINH_TRAC_HOC = Lesson(
    slug="cap-nhat-sinh-trac-hoc-ngan-hang",
    title="Cập nhật sinh trắc học ngân hàng đúng cách",
    summary=(
        "Tự cập nhật thẻ căn cước gắn chip và khuôn mặt trong ứng dụng ngân hàng của bạn, hoặc "
        "tại quầy, và tránh kẻ gian “hỗ trợ cài sinh trắc học”."
    ),
    duration=6,
    level="CB2",
    skills=("4.2", "2.6", "2.3"),
    audiences=("elderly", "traders", "farmers", "workers", "officials"),
    tags=("sinh trắc học", "ngân hàng", "thẻ căn cước", "lừa đảo"),
    hero=_NGAN_HANG_SINH_TRAC,
    hero_alt="Mục cài đặt của ứng dụng ngân hàng, dòng “Cập nhật sinh trắc học” được tô sáng.",
    body=[
        Paragraph(
            "Từ ngày 1/1/2025, tài khoản của cá nhân chỉ rút tiền hay thanh toán trên mạng được "
            "khi giấy tờ tùy thân và khuôn mặt của chủ tài khoản đã được so khớp (Thông tư "
            "17/2024/TT-NHNN). Thẻ ngân hàng cũng vậy (Thông tư 18/2024/TT-NHNN). Lần đầu dùng "
            "ứng dụng ngân hàng trên máy mới, bạn cũng phải quét khuôn mặt (Quyết định "
            "2345/QĐ-NHNN)."
        ),
        Step(
            title="Mở ứng dụng ngân hàng của chính bạn",
            text=(
                "Mở ứng dụng ngân hàng bạn đã cài từ CH Play hoặc App Store. Không dùng ứng dụng "
                "hay đường link người khác gửi."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="home",
                heading="Màn hình chính",
                lines=("Cài đặt", "CH Play", "Zalo", "Ngân hàng"),
                button="Ngân hàng",
            ),
            alt="Màn hình chính của điện thoại, biểu tượng “Ngân hàng” được tô sáng.",
        ),
        Step(
            title="Tìm mục sinh trắc học",
            text=(
                "Tìm mục cập nhật sinh trắc học. Tên mục khác nhau tùy ngân hàng; không thấy thì "
                "gọi tổng đài in ở mặt sau thẻ ngân hàng để hỏi."
            ),
            screen=_NGAN_HANG_SINH_TRAC,
            alt="Mục cài đặt của ứng dụng ngân hàng, dòng “Cập nhật sinh trắc học” được tô sáng.",
        ),
        Step(
            title="Quét thẻ căn cước gắn chip",
            text="Làm theo hướng dẫn trên màn hình để quét thẻ căn cước gắn chip của bạn.",
            screen=Screen(
                app="Ngân hàng",
                kind="app",
                heading="Quét thẻ căn cước",
                lines=("Dùng thẻ căn cước gắn chip", "Làm theo hướng dẫn trên màn hình"),
            ),
            alt=(
                "Màn hình ngân hàng nhắc quét thẻ căn cước gắn chip theo hướng dẫn trên màn hình."
            ),
        ),
        Step(
            title="Quét khuôn mặt",
            text=(
                "Nhìn thẳng vào camera, ở chỗ đủ sáng, làm theo lời nhắc. Chỉ quét khuôn mặt "
                "trong ứng dụng ngân hàng của chính bạn."
            ),
            screen=Screen(
                app="Ngân hàng",
                kind="app",
                heading="Quét khuôn mặt",
                lines=("Nhìn thẳng vào camera", "Ở chỗ đủ sáng", "Làm theo lời nhắc"),
            ),
            alt=(
                "Màn hình ngân hàng nhắc quét khuôn mặt: nhìn thẳng vào camera, ở chỗ đủ sáng, "
                "làm theo lời nhắc."
            ),
        ),
        Step(
            title="Hoặc ra quầy ngân hàng",
            text=(
                "Không làm được trên điện thoại? Mang thẻ căn cước gắn chip đến chi nhánh ngân "
                "hàng của bạn để làm tại quầy."
            ),
            screen=Screen(
                app="Ghi chú",
                kind="app",
                heading="Ra quầy ngân hàng",
                lines=("Mang thẻ căn cước gắn chip", "Đến chi nhánh ngân hàng của bạn"),
            ),
            alt=("Trang ghi chú: mang thẻ căn cước gắn chip đến chi nhánh ngân hàng của bạn."),
        ),
        Callout(
            kind="danger",
            title="Ngân hàng không gọi điện để “hỗ trợ sinh trắc học”",
            text=(
                "Ngân hàng không gọi điện, nhắn Zalo hay gửi đường link để hướng dẫn cập nhật "
                "sinh trắc học. Kẻ gian làm vậy để xin ảnh thẻ căn cước, ảnh khuôn mặt, bảo cài "
                "ứng dụng lạ rồi lấy hết tiền. Gặp lời mời như thế: cúp máy, không bấm link."
            ),
        ),
        Callout(
            kind="warning",
            title="Lỡ cài ứng dụng lạ hay gửi ảnh cho kẻ gian",
            text=(
                "Bật chế độ máy bay hoặc tắt nguồn máy đó ngay. Dùng một điện thoại khác gọi tổng "
                "đài ngân hàng để khóa tài khoản, rồi báo Công an xã. Không dùng lại máy đó cho "
                "ngân hàng hay VNeID đến khi cửa hàng tin cậy đã khôi phục cài đặt gốc; đổi mật "
                "khẩu từ một máy an toàn."
            ),
        ),
        Callout(
            kind="tip",
            title="Giấy tờ hết hạn cũng làm dừng giao dịch",
            text=(
                "Giấy tờ tùy thân hết hạn thì giao dịch bị tạm dừng. Chứng minh nhân dân cũ đã hết "
                "giá trị từ 1/1/2025: hãy cập nhật thẻ căn cước với ngân hàng."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Mở ứng dụng ngân hàng, xem bạn đã cập nhật sinh trắc học chưa.",
                "Xem thẻ căn cước của bạn còn hạn không.",
                "Lưu số tổng đài in ở mặt sau thẻ ngân hàng vào danh bạ.",
            ),
        ),
    ],
    related=("tra-tien-bang-ma-vietqr", "lua-dao-gia-nhan-vien-ngan-hang-ma-otp"),
    sources=(
        SRC_SINH_TRAC_NGAYNAY,
        SRC_QD2345_CONGTHUONG,
        SRC_TT17_24H,
        SRC_TT17_NGOISAO,
        SRC_TT18_KENH14,
        SRC_TT18_SOHA,
        SRC_SINH_TRAC_LUA_DAO_SGGP,
        SRC_SINH_TRAC_LUA_DAO_VNFINANCE,
    ),
    checked=CHECKED,
)

DIEN_THOAI_TAI_KHOAN = Topic(
    slug="giu-dien-thoai-va-tai-khoan-hoat-dong",
    title="Giữ điện thoại và tài khoản luôn dùng được",
    intro=(
        "Máy chỉ có 2G đã ngừng dùng được, máy đôi khi bị đơ, và ngân hàng cần khuôn mặt của "
        "bạn khớp với thẻ căn cước gắn chip. Các bài dưới đây giúp bạn tự xử lý từng việc, đúng "
        "cách và an toàn."
    ),
    hero=_IPHONE_LEN_XUONG_GIU,
    hero_alt=(
        "Màn hình hướng dẫn iPhone 8 trở lên: bấm thả nhanh tăng âm lượng, rồi giảm âm lượng, "
        "rồi giữ nút bên cạnh đến khi hiện logo."
    ),
    lessons=[LEN_4G, MAY_BI_DO, SINH_TRAC_HOC],
)

TOPICS: list[Topic] = [VNEID_GIAY_TO, BAO_TIN_PHAN_ANH, BAN_NONG_SAN, TRE_EM, DIEN_THOAI_TAI_KHOAN]
