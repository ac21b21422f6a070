"""The everyday names and abbreviations villagers type, and the words the lessons use.

Editors keep the list under “Search synonyms” in the admin; this only fills it once.
Since 1/7/2024 the citizen's card is the “thẻ căn cước” (Luật Căn cước 2023): people still type
“cccd” and the older “cmnd”.
"""

from django.db import migrations

SYNONYMS = [
    ("cccd", "thẻ căn cước, căn cước công dân, căn cước"),
    ("cmnd", "thẻ căn cước, chứng minh nhân dân, căn cước"),
    ("căn cước công dân", "thẻ căn cước"),
    ("chứng minh thư", "thẻ căn cước"),
    ("số cccd", "số định danh cá nhân, số căn cước"),
    ("định danh điện tử", "VNeID"),
    ("chatgpt", "trợ lý AI, chatbot, trí tuệ nhân tạo"),
    ("chat gpt", "trợ lý AI, chatbot, trí tuệ nhân tạo"),
    ("gemini", "trợ lý AI, chatbot, trí tuệ nhân tạo"),
    ("ai", "trí tuệ nhân tạo, trợ lý AI"),
    ("qr", "mã QR, VietQR"),
    ("qr code", "mã QR, VietQR"),
    ("mã qr", "VietQR"),
    ("wifi", "Wi-Fi, mạng không dây"),
    ("zl", "Zalo"),
    ("otp", "mã OTP, mã xác thực"),
    ("mã xác thực", "mã OTP"),
    ("atm", "thẻ ngân hàng, ngân hàng"),
    ("app", "ứng dụng"),
    ("ứng dụng", "app"),
    ("dvc", "dịch vụ công"),
    ("dvcqg", "Cổng Dịch vụ công quốc gia"),
    ("chuyển tiền", "chuyển khoản, trả tiền"),
    ("chuyển khoản", "chuyển tiền"),
    ("trả tiền", "thanh toán"),
    ("bank", "ngân hàng"),
    ("banking", "ngân hàng, ứng dụng ngân hàng"),
    ("bhyt", "bảo hiểm y tế"),
    ("bhxh", "bảo hiểm xã hội, VssID"),
    ("online", "trực tuyến, qua mạng"),
    ("bị treo", "bị đơ"),
    ("treo máy", "bị đơ"),
    ("đứng máy", "bị đơ"),
    ("pass", "mật khẩu"),
    ("password", "mật khẩu"),
    ("giả mạo", "giả danh, giả"),
    ("bị lừa", "lừa đảo"),
    ("chữ ký điện tử", "chữ ký số"),
    ("smartphone", "điện thoại thông minh"),
    ("video call", "gọi video"),
    ("google play", "CH Play"),
    ("play store", "CH Play"),
    ("momo", "ví điện tử"),
    ("zalopay", "ví điện tử"),
    ("viettel money", "ví điện tử"),
    ("4g", "dữ liệu di động"),
    ("3g", "dữ liệu di động, 4G"),
]


def seed(apps, schema_editor):
    SearchSynonym = apps.get_model("core", "SearchSynonym")
    for term, meaning in SYNONYMS:
        SearchSynonym.objects.get_or_create(term=term, defaults={"meaning": meaning})


def unseed(apps, schema_editor):
    SearchSynonym = apps.get_model("core", "SearchSynonym")
    SearchSynonym.objects.filter(term__in=[term for term, _meaning in SYNONYMS]).delete()


class Migration(migrations.Migration):
    dependencies = [("core", "0002_search_synonym")]

    operations = [migrations.RunPython(seed, unseed)]
