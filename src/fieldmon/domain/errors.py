"""Errors meant for users: one sentence naming the field or the row."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any


@dataclass(frozen=True)
class FieldError:
    """A problem with one field. `template` is English text with `{name}` placeholders; the
    interface translates the template before filling it in."""

    field: str
    template: str
    params: dict[str, Any] = dataclass_field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class ValidationError(Exception):
    """Raised by a service when a record cannot be saved; carries every field's problem."""

    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))

    def for_field(self, name: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == name), None)


class UserError(Exception):
    """A failure with a clear one-sentence message for the user (bad file, unknown name...)."""
