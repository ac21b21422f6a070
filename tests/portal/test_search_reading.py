"""How a query is read and pages are ranked, without a database (``core.search``)."""

from core.search import Field, build_index, rank, read_query, stem, suggestion, synonym_table

PAGES = [
    (1, "0001", 3, {"title": "Kết nối Wi-Fi", "summary": "Bật Wi-Fi trên điện thoại."}),
    (2, "0002", 3, {"title": "Cài đặt ứng dụng VNeID", "tags": "vneid · định danh điện tử"}),
    (3, "0003", 3, {"title": "Lừa đảo giả danh công an", "body": "Không chuyển tiền."}),
    (4, "0004", 3, {"title": "Trả tiền bằng mã VietQR", "tags": "chuyển khoản"}),
]
SYNONYMS = synonym_table(
    [("chuyển tiền", "chuyển khoản, trả tiền"), ("cccd", "thẻ căn cước")], "vi"
)


def search(query: str, language: str = "vi") -> list[int]:
    documents, vocabulary = build_index(PAGES, language)
    return rank(documents, read_query(query, language, SYNONYMS, vocabulary))


def test_words_written_together_apart_or_hyphenated_meet():
    field = Field.of(["ket", "noi", "wi", "fi"])
    assert field.has(("wifi",)) and field.has(("wi", "fi"))
    assert Field.of(["vneid"]).has(("vne", "id"))
    assert search("wifi") == search("wi fi") == search("Wi-Fi") == [1]
    assert search("vne id")[0] == 2


def test_a_synonym_finds_the_lessons_words_and_ranks_them_first():
    assert search("chuyen tien") == [4, 3]  # “Trả tiền” in a title beats “chuyển tiền” in a body


def test_filler_words_need_not_match():
    assert search("làm sao để cài vneid như thế nào") == [2]


def test_a_one_letter_slip_is_read_as_the_pages_word():
    documents, vocabulary = build_index(PAGES, "vi")
    query = read_query("cai vneld", "vi", SYNONYMS, vocabulary)
    assert query.corrections == {"vneld": "vneid"}
    assert rank(documents, query) == [2]
    assert suggestion("cài vneld", "vi", query.corrections, vocabulary.surface) == "cài VNeID"


def test_the_last_word_half_typed_is_completed():
    assert search("cai dat vne") == [2]


def test_english_words_lose_their_endings():
    assert stem("scams") == stem("scam") == "scam"
    assert stem("activating") == stem("activate")
    assert stem("policies") == "policy"


def test_nothing_to_look_for_finds_nothing():
    assert search("") == search("😀 -- ;") == []
