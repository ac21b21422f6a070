"""Topic 6, “Sử dụng trí tuệ nhân tạo (AI)”: three lessons and the quiz.

Asking a chatbot, checking its answers and keeping private things private, and
recognising fake voices and videos (deepfakes).
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
    NGUON_DEEPFAKE,
    NGUON_GOI_LAI_NGUOI_THAN,
)

# ---------------------------------------------------------------------------------------------
# Sources: the public pages the lessons' facts rest on (shown under “Nguồn”)
# ---------------------------------------------------------------------------------------------
_NGUON_CHATBOT_SAI = Source(
    title="Cảnh báo việc dựa vào Chatbot để tra cứu tin tức",
    publisher="Báo Ngày Nay",
    url="https://ngaynay.vn/canh-bao-viec-dua-vao-chatbot-de-tra-cuu-tin-tuc-post165653.html",
    date="2025-10-23",
)


# ---------------------------------------------------------------------------------------------
# Lessons
# ---------------------------------------------------------------------------------------------
AI_HOI_DAP = Lesson(
    slug="ai-hoi-dap-voi-chatbot",
    title="Hỏi đáp với ứng dụng trò chuyện AI (chatbot)",
    summary=(
        "Mở ứng dụng trò chuyện AI, gõ câu hỏi rõ ràng, đọc câu trả lời và hỏi thêm khi chưa hiểu."
    ),
    duration=6,
    level="CB1",
    skills=("6.1", "6.3"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials"),
    tags=("trí tuệ nhân tạo", "chatbot", "hỏi đáp"),
    hero=Screen(
        app="Trợ lý AI",
        kind="chat",
        heading="Trò chuyện mới",
        lines=("Bạn: Chỉ tôi cách ủ phân rơm", "AI: Bước 1: Rải rơm thành lớp"),
        button="Gửi",
    ),
    hero_alt=(
        "Ứng dụng trò chuyện AI: người dùng hỏi cách ủ phân từ rơm, AI trả lời từng bước; nút "
        "“Gửi” được tô sáng."
    ),
    body=[
        Paragraph(
            "Ứng dụng trò chuyện AI (chatbot) là chương trình máy tính biết trả lời câu hỏi bằng "
            "lời văn như người. Nó giúp giải thích một từ khó, gợi ý cách làm, viết thử một lá "
            "đơn. Nhưng đó là máy, nên có lúc trả lời sai."
        ),
        Step(
            title="Mở ứng dụng trò chuyện AI",
            text=(
                "Bấm vào biểu tượng ứng dụng trò chuyện AI trên màn hình chính. Chưa có thì nhờ "
                "Tổ công nghệ số cộng đồng chọn giúp một ứng dụng uy tín trên CH Play, App Store."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="home",
                heading="Màn hình chính",
                lines=("Điện thoại", "Zalo", "Trình duyệt", "Trợ lý AI"),
                button="Trợ lý AI",
            ),
            alt="Màn hình chính của điện thoại, biểu tượng “Trợ lý AI” được tô sáng và có mũi tên chỉ vào.",
        ),
        Step(
            title="Gõ câu hỏi rõ ràng, đủ ý",
            text=(
                "Nói rõ bạn là ai và cần gì, ví dụ: “Tôi trồng lúa, chỉ tôi cách ủ phân từ rơm, "
                "viết ngắn, dễ hiểu”."
            ),
            screen=Screen(
                app="Trợ lý AI",
                kind="form",
                heading="Bạn muốn hỏi gì?",
                lines=("Câu hỏi của bạn",),
                button="Gửi",
            ),
            alt="Ô nhập câu hỏi trống trong ứng dụng trò chuyện AI, bên dưới là nút “Gửi” được tô sáng.",
            tip="Gõ chữ khó thì bấm biểu tượng micrô trên bàn phím để nói thay cho gõ.",
        ),
        Step(
            title="Bấm “Gửi” rồi đọc câu trả lời",
            text=(
                "Bấm “Gửi”, chờ vài giây, câu trả lời hiện ra bên dưới câu hỏi. Đọc chậm từng dòng."
            ),
            screen=Screen(
                app="Trợ lý AI",
                kind="chat",
                heading="Trò chuyện mới",
                lines=(
                    "Bạn: Chỉ tôi cách ủ phân rơm",
                    "AI: Bước 1: Rải rơm thành lớp",
                    "AI: Bước 2: Tưới ẩm đều...",
                ),
            ),
            alt=(
                "Cuộc trò chuyện với AI: câu hỏi về cách ủ phân rơm, bên dưới là câu trả lời "
                "chia thành từng bước."
            ),
        ),
        Step(
            title="Hỏi thêm khi chưa hiểu",
            text=(
                "Gõ tiếp “Giải thích đơn giản hơn” hoặc “Cho tôi một ví dụ”. AI nhớ các câu hỏi "
                "trước trong cùng cuộc trò chuyện."
            ),
            screen=Screen(
                app="Trợ lý AI",
                kind="chat",
                heading="Trò chuyện mới",
                lines=("Bạn: Giải thích đơn giản hơn", "AI: Được ạ. Nói gọn là..."),
                button="Gửi",
            ),
            alt=(
                "Người dùng gõ “Giải thích đơn giản hơn” và AI bắt đầu trả lời gọn hơn; nút "
                "“Gửi” được tô sáng."
            ),
        ),
        Callout(
            kind="warning",
            title="AI có thể trả lời sai",
            text=(
                "AI đôi khi nói rất chắc chắn nhưng sai, thậm chí tự bịa ra số liệu, tên văn bản "
                "và cả nguồn tin. Hãy coi câu trả lời là gợi ý, không phải lời khẳng định."
            ),
        ),
        Step(
            title="Kiểm tra lại điều quan trọng",
            text=(
                "Chuyện sức khỏe, pháp luật, tiền bạc thì hỏi lại bác sĩ, cán bộ xã, hoặc tự mở "
                "trang chính thức của cơ quan nhà nước để xem trước khi làm theo."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="dichvucong.gov.vn",
                lines=("Cổng Dịch vụ công quốc gia",),
            ),
            alt="Trình duyệt mở trang dichvucong.gov.vn của Cổng Dịch vụ công quốc gia để so.",
            tip=(
                "Trang cơ quan nhà nước có “.gov.vn” ngay trước dấu “/” đầu tiên của địa chỉ. Có "
                "trang chính thức không có đuôi “.gov.vn”, như chinhphu.vn."
            ),
        ),
        Step(
            title="Học thêm tại aicongdong.ptit.edu.vn",
            text=(
                "Gõ địa chỉ aicongdong.ptit.edu.vn vào trình duyệt. Đây là cổng đào tạo AI cho "
                "cộng đồng, có các khóa học về cách dùng AI."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="aicongdong.ptit.edu.vn",
                lines=("Cổng đào tạo AI", "cho cộng đồng"),
            ),
            alt="Trình duyệt mở địa chỉ aicongdong.ptit.edu.vn, cổng đào tạo AI cho cộng đồng.",
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Hỏi AI giải thích một từ bạn chưa hiểu.",
                "Bảo AI “viết ngắn hơn” và xem nó trả lời lại.",
                "Kiểm tra một câu trả lời trên trang chính thức của cơ quan nhà nước.",
            ),
        ),
    ],
    related=(
        "ai-kiem-tra-cau-tra-loi-giu-thong-tin-rieng",
        "ai-nhan-biet-giong-noi-video-gia-deepfake",
    ),
    sources=(
        _NGUON_CHATBOT_SAI,
        NGUON_AI_CONG_DONG,
    ),
    checked=CHECKED,
)


AI_KIEM_TRA = Lesson(
    slug="ai-kiem-tra-cau-tra-loi-giu-thong-tin-rieng",
    title="Kiểm tra câu trả lời của AI, giữ kín thông tin riêng",
    summary=(
        "Biết cách kiểm tra lại câu trả lời của AI và không đưa thông tin cá nhân vào ứng dụng "
        "trò chuyện AI."
    ),
    duration=7,
    level="CB2",
    skills=("1.2", "6.2", "6.3"),
    audiences=("elderly", "farmers", "traders", "workers", "students", "officials"),
    tags=("trí tuệ nhân tạo", "kiểm tra thông tin", "dữ liệu cá nhân"),
    hero=Screen(
        app="Trợ lý AI",
        kind="chat",
        heading="Trò chuyện",
        lines=("Bạn: Thông tin này lấy từ đâu?", "AI: Bạn nên xem trang .gov.vn"),
        button="Gửi",
    ),
    hero_alt=(
        "Người dùng hỏi AI “Thông tin này lấy từ đâu?”, AI khuyên xem trang có đuôi .gov.vn; "
        "nút “Gửi” được tô sáng."
    ),
    body=[
        Paragraph(
            "AI có thể “bịa” ra thông tin nghe rất thật: sai ngày, sai số tiền, sai tên giấy "
            "tờ. Những gì bạn gõ vào có thể được lưu trên máy chủ của công ty làm ra ứng dụng. Vì "
            "vậy cần kiểm tra điều AI nói và giữ kín thông tin của mình."
        ),
        Step(
            title="AI nêu nguồn cũng chưa chắc đúng",
            text=(
                "Khi AI nêu quy định, số tiền hay ngày tháng, nó có thể bịa ra cả tên văn bản, tên "
                "trang làm nguồn. AI “có nêu nguồn” không chứng minh được điều gì."
            ),
            screen=Screen(
                app="Trợ lý AI",
                kind="chat",
                heading="Trò chuyện",
                lines=("Bạn: Thông tin này lấy từ đâu?", "AI: Theo văn bản số ..."),
            ),
            alt=(
                "Người dùng hỏi AI thông tin lấy từ đâu, AI trả lời bằng tên một văn bản; văn "
                "bản đó có thể không có thật."
            ),
        ),
        Step(
            title="Tự mở nguồn trên trang chính thức",
            text=(
                "Tự gõ địa chỉ trang của cơ quan nhà nước, tìm đúng văn bản, thủ tục đó để so. "
                "Không tìm thấy, hoặc hai bên khác nhau, thì tin trang chính thức hoặc hỏi cán bộ."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="dichvucong.gov.vn",
                lines=("Cổng Dịch vụ công quốc gia", "Thủ tục hành chính"),
            ),
            alt="Trình duyệt mở trang dichvucong.gov.vn để so thông tin về thủ tục hành chính.",
            tip=(
                "Trang cơ quan nhà nước có “.gov.vn” ngay trước dấu “/” đầu tiên của địa chỉ. Có "
                "trang chính thức không có đuôi “.gov.vn”, như chinhphu.vn."
            ),
        ),
        Step(
            title="Hỏi người có chuyên môn",
            text=(
                "Chuyện thuốc men, bệnh tật hỏi bác sĩ, trạm y tế. Chuyện giấy tờ, đất đai hỏi "
                "cán bộ xã. AI không thay được họ."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="app",
                heading="Danh bạ",
                lines=("Trạm y tế xã", "Trung tâm Phục vụ hành chính công xã"),
                button="Gọi",
            ),
            alt=(
                "Danh bạ có số trạm y tế xã và Trung tâm Phục vụ hành chính công xã, nút “Gọi” "
                "được tô sáng."
            ),
        ),
        Step(
            title="Không gõ số căn cước, mật khẩu, mã OTP",
            text=(
                "Không đưa vào AI số căn cước, số tài khoản, mật khẩu, mã OTP (mã số gửi qua tin "
                "nhắn), địa chỉ nhà. Hỏi "
                "chung chung là đủ để AI giúp bạn."
            ),
            screen=Screen(
                app="Trợ lý AI",
                kind="chat",
                heading="Trò chuyện",
                lines=("Bạn: Căn cước tôi số 0xx...", "Bạn: Mật khẩu ngân hàng là..."),
                danger=True,
            ),
            alt=(
                "Việc không nên làm: người dùng gõ số căn cước và mật khẩu ngân hàng vào AI; "
                "hình có viền đỏ và dấu X lớn."
            ),
        ),
        Step(
            title="Không gửi ảnh giấy tờ, thẻ ngân hàng",
            text=(
                "Đừng chụp căn cước, sổ đỏ, thẻ ngân hàng gửi cho AI. Cần hỏi về một lá đơn thì "
                "che tên, số giấy tờ trước khi chụp."
            ),
            screen=Screen(
                app="Trợ lý AI",
                kind="app",
                heading="Gửi ảnh",
                lines=("Ảnh thẻ căn cước", "Ảnh thẻ ngân hàng"),
                danger=True,
            ),
            alt=(
                "Việc không nên làm: gửi ảnh thẻ căn cước và thẻ ngân hàng cho AI; hình có viền "
                "đỏ và dấu X lớn."
            ),
        ),
        Callout(
            kind="danger",
            title="Không đưa thông tin cá nhân cho AI",
            text=(
                "Số căn cước, số tài khoản, mật khẩu, mã OTP và ảnh giấy tờ là của riêng bạn. "
                "Không gõ, không gửi chúng vào bất kỳ ứng dụng AI nào."
            ),
        ),
        Step(
            title="Nói rõ khi nội dung do AI làm",
            text=(
                "Nhờ AI viết bài, làm ảnh rồi đăng lên nhóm thì ghi rõ “có dùng AI”. Không dùng "
                "AI làm giả ảnh, giọng nói của người khác."
            ),
            screen=Screen(
                app="Zalo",
                kind="chat",
                heading="Thôn Đông – Thông báo",
                lines=("Tôi: Thơ mừng Tết thôn mình", "Tôi: (có dùng AI viết giúp)"),
            ),
            alt=(
                "Tin nhắn gửi vào nhóm thôn một bài thơ mừng Tết, có ghi rõ là có dùng AI viết "
                "giúp."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Hỏi AI một câu về thủ tục, rồi so với trang chính thức của cơ quan nhà nước.",
                "Hỏi AI “Thông tin này lấy từ đâu?”, rồi tự mở nguồn đó xem có thật không.",
                "Nhắc người nhà không gửi ảnh giấy tờ cho AI.",
            ),
        ),
    ],
    related=("ai-hoi-dap-voi-chatbot", "tim-kiem-thong-tin-dang-tin-cay"),
    sources=(
        _NGUON_CHATBOT_SAI,
        NGUON_CHINH_PHU,
    ),
    checked=CHECKED,
)


AI_DEEPFAKE = Lesson(
    slug="ai-nhan-biet-giong-noi-video-gia-deepfake",
    title="Giọng nói, video giả do AI tạo ra (deepfake)",
    summary=(
        "Biết rằng AI làm được giọng nói, video giả rất giống thật (deepfake), và cách kiểm tra: "
        "cúp máy, gọi lại số đã lưu."
    ),
    duration=6,
    level="CB1",
    skills=("6.1", "1.2"),
    audiences=("elderly", "farmers", "traders", "workers", "students"),
    tags=("trí tuệ nhân tạo", "deepfake", "video giả"),
    hero=Screen(
        app="Video",
        kind="app",
        heading="Video quảng cáo thuốc",
        lines=("“Bác sĩ” nói: khỏi 100%", "“Chỉ bán hôm nay!”"),
        danger=True,
    ),
    hero_alt=(
        "Video quảng cáo thuốc có “bác sĩ” giả do AI tạo, hứa khỏi 100% và giục mua ngay hôm "
        "nay; hình có viền đỏ và dấu X lớn."
    ),
    body=[
        Paragraph(
            "AI có thể làm giả khuôn mặt, giọng nói của một người thật từ vài tấm ảnh, đoạn "
            "video. Kẻ gian dùng nó để giả người thân gọi vay tiền, hoặc giả bác sĩ, người nổi "
            "tiếng để quảng cáo thuốc, rủ đầu tư."
        ),
        Step(
            title="Biết rằng nhìn, nghe thôi là chưa đủ",
            text=(
                "Video giả bây giờ có thể chớp mắt, cử động miệng, tỏ cảm xúc như người thật. Đừng "
                "tin một video hay một giọng nói chỉ vì trông, nghe rất giống."
            ),
            screen=Screen(
                app="Video",
                kind="app",
                heading="Video quảng cáo thuốc",
                lines=("“Bác sĩ” nói: khỏi 100%", "Trông rất giống người thật"),
                danger=True,
            ),
            alt=(
                "Video quảng cáo thuốc có “bác sĩ” giả trông rất giống người thật; hình có viền "
                "đỏ và dấu X lớn."
            ),
        ),
        Step(
            title="Người nhà gọi xin tiền: cúp máy, gọi lại số đã lưu",
            text=(
                "Giọng giống hệt người nhà cũng chưa chắc là thật. Cúp máy, rồi tự gọi vào số của "
                "người đó mà bạn đã lưu từ trước."
            ),
            screen=Screen(
                app="Điện thoại",
                kind="call",
                heading="Số lạ 0xxx xxx 246",
                lines=("“Mẹ ơi, con đây”", "“Mẹ chuyển tiền gấp nhé”"),
                button="Kết thúc cuộc gọi",
                danger=True,
            ),
            alt=(
                "Cuộc gọi từ số lạ với giọng giống người nhà, xin chuyển tiền gấp; có dấu X đỏ "
                "cảnh báo, nút “Kết thúc cuộc gọi” được tô sáng."
            ),
        ),
        Step(
            title="Cảnh giác với lời hứa quá tốt",
            text=(
                "“Chữa khỏi hẳn”, “lãi gấp đôi”, “chỉ hôm nay” là lời của kẻ lừa đảo, dù người "
                "nói trông giống bác sĩ hay người nổi tiếng."
            ),
            screen=Screen(
                app="Video",
                kind="app",
                heading="Quảng cáo",
                lines=("“Lãi 30% mỗi tháng”", "“Chỉ hôm nay!”"),
                danger=True,
            ),
            alt=(
                "Video quảng cáo hứa lãi 30% mỗi tháng, chỉ trong hôm nay; hình có viền đỏ và dấu "
                "X lớn."
            ),
        ),
        Step(
            title="Tìm lại trên nguồn chính thống",
            text=(
                "Tìm tên người trong video cùng từ “mạo danh” trên báo chính thống hay trang chính "
                "thức của cơ quan nhà nước. Nhiều bệnh viện, người nổi tiếng đã cảnh báo bị làm giả."
            ),
            screen=Screen(
                app="Trình duyệt",
                kind="browser",
                heading="Tìm kiếm",
                lines=("bác sĩ A mạo danh quảng cáo",),
                button="Tìm kiếm",
            ),
            alt=(
                "Trình duyệt với ô tìm kiếm ghi “bác sĩ A mạo danh quảng cáo”, nút “Tìm kiếm” "
                "được tô sáng."
            ),
        ),
        Step(
            title="Không chia sẻ, bấm “Báo cáo”",
            text=(
                "Đừng thích hay chia sẻ video nghi là giả. Bấm dấu ba chấm cạnh video, chọn “Báo "
                "cáo” để mạng xã hội xem xét."
            ),
            screen=Screen(
                app="Video",
                kind="settings",
                lines=("Lưu video", "Không quan tâm", "Báo cáo"),
                button="Báo cáo",
            ),
            alt="Danh sách lựa chọn của một video, dòng “Báo cáo” được tô sáng và có mũi tên chỉ vào.",
            tip="Tên mục có thể khác tùy phiên bản.",
        ),
        Callout(
            kind="tip",
            title="Người thân gọi video xin tiền?",
            text=(
                "Đừng chuyển ngay. Cúp máy và gọi lại số điện thoại đã lưu của người đó. Xem thêm "
                "bài về chiêu lừa đảo “người thân gặp nạn”."
            ),
        ),
        Checklist(
            title="Tự làm thử",
            items=(
                "Nhắc người nhà: thấy mặt, nghe giọng chưa chắc là thật; gọi lại số đã lưu trước khi chuyển tiền.",
                "Tìm tên một bác sĩ nổi tiếng cùng từ “mạo danh” và đọc các cảnh báo.",
            ),
        ),
    ],
    related=("lua-dao-nguoi-than-gap-nan-deepfake", "ai-kiem-tra-cau-tra-loi-giu-thong-tin-rieng"),
    sources=(
        NGUON_DEEPFAKE,
        NGUON_GOI_LAI_NGUOI_THAN,
    ),
    checked=CHECKED,
)


# ---------------------------------------------------------------------------------------------
# The topic
# ---------------------------------------------------------------------------------------------
TOPIC = Topic(
    slug="tri-tue-nhan-tao",
    title="Sử dụng trí tuệ nhân tạo (AI)",
    intro=(
        "Ứng dụng trò chuyện AI (chatbot) có thể giải thích, gợi ý, viết thử giúp bạn. Nhưng AI "
        "có thể sai, và kẻ gian cũng dùng AI để làm giả giọng nói, video. Các bài học giúp bạn "
        "hỏi AI đúng cách, kiểm tra lại câu trả lời và giữ an toàn thông tin của mình."
    ),
    hero=Screen(
        app="Trợ lý AI",
        kind="chat",
        heading="Trò chuyện mới",
        lines=("Bạn: Giải thích đơn giản hơn", "AI: Được ạ. Nói gọn là..."),
        button="Gửi",
    ),
    hero_alt=(
        "Ứng dụng trò chuyện AI: người dùng nhờ giải thích đơn giản hơn và AI trả lời; nút "
        "“Gửi” được tô sáng."
    ),
    lessons=[AI_HOI_DAP, AI_KIEM_TRA, AI_DEEPFAKE],
)


# ---------------------------------------------------------------------------------------------
# The quiz (skills 6.1, 6.2, 6.3, 1.2)
# ---------------------------------------------------------------------------------------------
QUIZ = Quiz(
    topic="tri-tue-nhan-tao",
    title="Kiểm tra: Trí tuệ nhân tạo (AI)",
    intro="Bài kiểm tra có 8 câu hỏi, không giới hạn thời gian. "
    "Cần đúng ít nhất 6 trên 8 câu để đạt; bạn có thể làm lại bao nhiêu lần cũng được.",
    pass_mark=70,
    shuffle=True,
    questions=[
        Question(
            kind="single",
            text="Ứng dụng trò chuyện AI (chatbot) là gì?",
            skill="6.1",
            choices=(
                Choice(
                    text="Chương trình máy tính biết trả lời câu hỏi bằng lời văn như người",
                    correct=True,
                    feedback="Đúng: nó giúp giải thích, gợi ý, viết thử, "
                    "nhưng là máy nên có lúc trả lời sai.",
                ),
                Choice(
                    text="Một người thật ngồi trả lời bạn",
                    feedback="Chưa đúng: chatbot là chương trình máy tính, không phải người thật.",
                ),
                Choice(
                    text="Trang web chính thức của cơ quan nhà nước",
                    feedback="Chưa đúng: chatbot không phải trang của cơ quan nhà nước; "
                    "chuyện quan trọng vẫn phải so với trang chính thức của cơ quan nhà nước.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="AI có thể làm giả khuôn mặt, giọng nói của một người thật "
            "từ vài tấm ảnh, đoạn video.",
            skill="6.1",
            answer=True,
            feedback_true="Đúng: kẻ gian dùng cách này (deepfake) để giả người thân vay tiền, "
            "giả bác sĩ quảng cáo thuốc.",
            feedback_false="Chưa đúng: AI làm giả được khuôn mặt, giọng nói từ vài tấm ảnh, "
            "đoạn video; đó gọi là deepfake.",
        ),
        Question(
            kind="multiple",
            text="Những thứ nào phải giữ kín, không gõ hay gửi vào ứng dụng AI? "
            "(chọn tất cả câu đúng)",
            skill="6.2",
            choices=(
                Choice(
                    text="Số căn cước",
                    correct=True,
                    feedback="Đúng: số căn cước là thông tin riêng của bạn, không gõ vào AI.",
                ),
                Choice(
                    text="Mật khẩu và mã OTP",
                    correct=True,
                    feedback="Đúng: mật khẩu, mã OTP không được đưa vào bất kỳ ứng dụng AI nào.",
                ),
                Choice(
                    text="Ảnh thẻ ngân hàng",
                    correct=True,
                    feedback="Đúng: đừng chụp thẻ ngân hàng, căn cước, sổ đỏ gửi cho AI.",
                ),
                Choice(
                    text="Câu hỏi chung như “cách ủ phân từ rơm”",
                    feedback="Chưa đúng: câu hỏi chung chung không lộ thông tin riêng; "
                    "hỏi như vậy là đủ để AI giúp bạn.",
                ),
            ),
        ),
        Question(
            kind="scenario",
            text="AI viết giúp bạn bài thơ như trong hình. Bạn muốn đăng lên nhóm Zalo thôn. "
            "Bạn nên làm gì?",
            skill="6.2",
            scenario=Screen(
                app="Trợ lý AI",
                kind="chat",
                heading="Trò chuyện",
                lines=("Bạn: Viết thơ mừng Tết thôn", "AI: Xuân về trên thôn Đông..."),
            ),
            scenario_alt="Ứng dụng trò chuyện AI: người dùng nhờ viết thơ mừng Tết thôn, "
            "AI trả lời bằng một bài thơ.",
            choices=(
                Choice(
                    text="Đăng lên nhóm và ghi rõ “có dùng AI viết giúp”",
                    correct=True,
                    feedback="Đúng: nội dung do AI làm thì nói rõ khi đăng lên nhóm.",
                ),
                Choice(
                    text="Đăng lên nhóm và nói là tự mình viết",
                    feedback="Chưa đúng: khi nội dung do AI làm, hãy nói rõ là có dùng AI.",
                ),
                Choice(
                    text="Nhờ AI làm giả giọng trưởng thôn đọc bài thơ",
                    feedback="Chưa đúng: không dùng AI làm giả ảnh, giọng nói của người khác.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="AI trả lời về một quy định, có nêu số tiền và ngày tháng. "
            "Bạn nên làm gì trước khi làm theo?",
            skill="1.2",
            choices=(
                Choice(
                    text="Tự mở trang chính thức của cơ quan nhà nước để so, hoặc hỏi cán bộ",
                    correct=True,
                    feedback="Đúng: AI có thể bịa số liệu, cả tên văn bản làm nguồn; hai bên "
                    "khác nhau thì tin trang chính thức.",
                ),
                Choice(
                    text="Làm theo ngay vì AI nói rất chắc chắn",
                    feedback="Chưa đúng: AI đôi khi nói rất chắc chắn nhưng sai, "
                    "thậm chí bịa ra số liệu, tên văn bản.",
                ),
                Choice(
                    text="Tin ngay, vì AI đã nêu tên văn bản làm nguồn",
                    feedback="Chưa đúng: AI có thể bịa ra cả tên văn bản; AI nêu nguồn không "
                    "chứng minh được gì. Hãy tự mở nguồn đó trên trang chính thức.",
                ),
            ),
        ),
        Question(
            kind="single",
            text="Chuyện thuốc men, bệnh tật, bạn nên dùng câu trả lời của AI thế nào?",
            skill="6.3",
            choices=(
                Choice(
                    text="Coi là gợi ý, rồi hỏi lại bác sĩ hoặc trạm y tế",
                    correct=True,
                    feedback="Đúng: chuyện thuốc men, bệnh tật phải hỏi người có chuyên môn; "
                    "AI không thay được họ.",
                ),
                Choice(
                    text="Mua thuốc theo đúng lời AI",
                    feedback="Chưa đúng: AI có thể trả lời sai; "
                    "chuyện sức khỏe phải hỏi bác sĩ, trạm y tế.",
                ),
                Choice(
                    text="Tin AI hơn bác sĩ, vì AI trả lời nhanh",
                    feedback="Chưa đúng: trả lời nhanh không có nghĩa là đúng; "
                    "AI không thay được bác sĩ.",
                ),
            ),
        ),
        Question(
            kind="true_false",
            text="Câu trả lời của AI luôn đúng, nên không cần kiểm tra lại.",
            skill="6.3",
            answer=False,
            feedback_true="Chưa đúng: AI có lúc trả lời sai, "
            "thậm chí tự bịa ra số liệu, tên văn bản.",
            feedback_false="Đúng: hãy coi câu trả lời của AI là gợi ý, không phải lời khẳng định.",
        ),
        Question(
            kind="picture",
            text="Con gái gọi video, thấy đúng mặt, nghe đúng giọng, xin chuyển tiền gấp. "
            "Trước khi chuyển, bạn làm theo màn hình nào?",
            skill="1.2",
            picture_choices=(
                PictureChoice(
                    screen=Screen(
                        app="Điện thoại",
                        kind="app",
                        heading="Danh bạ",
                        lines=("Con gái", "Số đã lưu từ lâu"),
                        button="Gọi",
                    ),
                    alt="Danh bạ mở ở số của con gái đã lưu từ lâu, có nút “Gọi”.",
                    correct=True,
                    feedback="Đúng: cúp máy rồi tự gọi vào số của con mà bạn đã lưu; thấy mặt, "
                    "nghe giọng chưa chắc là thật.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Zalo",
                        kind="call",
                        heading="Con gái (gọi video)",
                        lines=("“Mẹ ơi, con đây”", "“Mẹ chuyển gấp cho con nhé”"),
                    ),
                    alt="Cuộc gọi video mang tên con gái, hình rõ, đúng mặt con, người gọi xin "
                    "chuyển tiền gấp.",
                    feedback="Chưa đúng: hình rõ, đúng mặt, không thấy gì lạ cũng chưa chắc là "
                    "thật; video giả có thể chớp mắt, cử động miệng như người thật. Hãy gọi lại "
                    "số đã lưu.",
                ),
                PictureChoice(
                    screen=Screen(
                        app="Ngân hàng",
                        kind="app",
                        heading="Xác nhận chuyển tiền",
                        lines=("Người nhận: TRAN VAN K", "Số tiền: 5.000.000 đồng"),
                        button="Xác nhận",
                    ),
                    alt="Màn hình xác nhận chuyển 5.000.000 đồng cho người nhận TRAN VAN K, "
                    "có nút “Xác nhận”.",
                    feedback="Chưa đúng: chưa chuyển đồng nào; tên người nhận lại không phải "
                    "tên con. Hãy gọi lại số đã lưu của con trước.",
                ),
            ),
        ),
    ],
)
