"""Path converters that only match what the database can hold."""

from __future__ import annotations


class IdConverter:
    """A row id: 1 to 18 digits, so it always fits a 64-bit integer column."""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)


class CodeConverter:
    """A printed code such as ``K7M-4QP`` or ``ABCD-EFGH``: letters, digits and dashes."""

    regex = "[A-Za-z0-9-]{1,24}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value
