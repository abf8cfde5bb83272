"""What a use case says when it refuses: a stable code and its parameters, never translated text."""

from __future__ import annotations

from typing import Any

from desktop.core.codes import ErrorCode
from desktop.core.fields import FieldError


class UseCaseError(Exception):
    """`code` is one of the ErrorCode members, each with a sentence for the command line and a
    translated one for the windows; `params` fill them in."""

    def __init__(self, code: ErrorCode, **params: Any) -> None:
        code = ErrorCode(code)  # an unknown code fails here, where it is raised, not on the screen
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        details = ", ".join(f"{key}={value}" for key, value in self.params.items())
        return f"{self.code}({details})" if details else str(self.code)


def field_refusal(error: FieldError) -> UseCaseError:
    """A typed field refused by its rule (desktop.core.fields), as the use cases refuse."""
    return UseCaseError(
        ErrorCode.FIELD_INVALID, field=error.field.value, problem=error.problem.value, detail=error.detail
    )
