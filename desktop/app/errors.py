"""What a use case says when it refuses: a stable code and its parameters, never translated text."""

from __future__ import annotations

from typing import Any


class UseCaseError(Exception):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        details = ", ".join(f"{key}={value}" for key, value in self.params.items())
        return f"{self.code}({details})" if details else self.code
