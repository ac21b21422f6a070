"""The official framework as data: the seed for the skills snippets.

Sources: Quyết định 757/QĐ-BKHCN (2025), Công văn 3139/BTTTT-KTS&XHS (2024, area 0),
Thông tư 02/2025/TT-BGDĐT (areas 1 to 6). Editors may reword labels in the admin afterwards.
"""

# (code, Vietnamese, English)
AREAS = [
    ("0", "Sử dụng thiết bị và phần mềm trên thiết bị", "Using devices and their software"),
    ("1", "Khai thác dữ liệu và thông tin", "Information and data literacy"),
    ("2", "Giao tiếp và hợp tác trong môi trường số", "Communication and collaboration"),
    ("3", "Sáng tạo nội dung số", "Digital content creation"),
    ("4", "An toàn", "Safety"),
    ("5", "Giải quyết vấn đề", "Problem solving"),
    ("6", "Ứng dụng trí tuệ nhân tạo", "Using artificial intelligence"),
]

SKILLS = [
    ("0.1", "Sử dụng thiết bị", "Using the device"),
    (
        "0.2",
        "Sử dụng phần mềm trên thiết bị (biểu tượng, cài đặt, cập nhật, quản lý ứng dụng)",
        "Using software on the device (icons, installing, updating, managing apps)",
    ),
    (
        "1.1",
        "Duyệt, tìm kiếm và lọc dữ liệu, thông tin và nội dung số",
        "Browsing, searching and filtering data, information and digital content",
    ),
    (
        "1.2",
        "Đánh giá dữ liệu, thông tin và nội dung số",
        "Evaluating data, information and digital content",
    ),
    (
        "1.3",
        "Quản lý dữ liệu, thông tin và nội dung số",
        "Managing data, information and digital content",
    ),
    ("2.1", "Tương tác thông qua công nghệ số", "Interacting through digital technologies"),
    (
        "2.2",
        "Chia sẻ thông tin và nội dung thông qua công nghệ số",
        "Sharing through digital technologies",
    ),
    (
        "2.3",
        "Sử dụng công nghệ số để thực hiện trách nhiệm công dân",
        "Engaging in citizenship through digital technologies",
    ),
    ("2.4", "Hợp tác thông qua công nghệ số", "Collaborating through digital technologies"),
    ("2.5", "Thực hiện quy tắc ứng xử trên mạng", "Netiquette"),
    ("2.6", "Quản lý danh tính số", "Managing digital identity"),
    ("3.1", "Phát triển nội dung số", "Developing digital content"),
    (
        "3.2",
        "Tích hợp và tạo lập lại nội dung số",
        "Integrating and re-elaborating digital content",
    ),
    ("3.3", "Thực thi bản quyền và giấy phép", "Copyright and licences"),
    ("3.4", "Lập trình", "Programming"),
    ("4.1", "Bảo vệ thiết bị", "Protecting devices"),
    ("4.2", "Bảo vệ dữ liệu cá nhân và quyền riêng tư", "Protecting personal data and privacy"),
    ("4.3", "Bảo vệ sức khỏe và an sinh số", "Protecting health and well-being"),
    ("4.4", "Bảo vệ môi trường", "Protecting the environment"),
    ("5.1", "Giải quyết các vấn đề kỹ thuật", "Solving technical problems"),
    (
        "5.2",
        "Xác định nhu cầu và giải pháp công nghệ",
        "Identifying needs and technological responses",
    ),
    ("5.3", "Sử dụng sáng tạo công nghệ số", "Creatively using digital technologies"),
    (
        "5.4",
        "Xác định các vấn đề cần cải thiện về năng lực số",
        "Identifying digital competence gaps",
    ),
    (
        "6.1",
        "Hiểu biết về trí tuệ nhân tạo (trong đó có AI tạo sinh)",
        "Understanding AI, including generative AI",
    ),
    (
        "6.2",
        "Sử dụng trí tuệ nhân tạo có đạo đức và trách nhiệm",
        "Using AI ethically and responsibly",
    ),
    ("6.3", "Đánh giá các công cụ trí tuệ nhân tạo", "Evaluating AI tools"),
]

# The commune's choice of skills a citizen must show for the “phổ cập” (basic) certificate:
# the ones the first eight topics teach and the campaign targets (device, VNeID, public
# services, cashless payment, scam safety).
REQUIRED_FOR_BASIC = {"0.1", "0.2", "1.1", "1.2", "2.1", "2.3", "2.6", "4.1", "4.2"}

# (code, step, Vietnamese tier, English tier)
LEVELS = [
    ("CB1", 1, "Cơ bản", "Basic"),
    ("CB2", 2, "Cơ bản", "Basic"),
    ("TC1", 3, "Trung cấp", "Intermediate"),
    ("TC2", 4, "Trung cấp", "Intermediate"),
    ("NC1", 5, "Nâng cao", "Advanced"),
    ("NC2", 6, "Nâng cao", "Advanced"),
    ("CS1", 7, "Chuyên sâu", "Specialised"),
    ("CS2", 8, "Chuyên sâu", "Specialised"),
]
