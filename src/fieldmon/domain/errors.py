"""Errors meant for users: one sentence naming the field or the row, carried as a `Message`
(an English template marked for translation, and its values) and rendered in the user's
language where it is shown (`render(exc, tr)`); `str(exc)` is the English sentence, for logs
and tests."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from fieldmon.domain.i18n import Message, Translator


@dataclass(frozen=True)
class FieldError:
    """A problem with one field. `template` is English text with `{name}` placeholders; the
    interface translates the template before filling it in."""

    field: str
    template: str
    params: dict[str, Any] = dataclass_field(default_factory=dict)

    @property
    def as_message(self) -> Message:
        return Message(self.template, self.params)

    @property
    def message(self) -> str:
        return self.as_message.render()

    def shown(self, tr: Translator) -> str:
        return self.as_message.render(tr)


class ValidationError(Exception):
    """Raised by a service when a record cannot be saved; carries every field's problem."""

    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))

    def for_field(self, name: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == name), None)

    def shown(self, tr: Translator) -> str:
        return " ".join(e.shown(tr) for e in self.errors)


class _Said:
    """An exception carrying a Message: `Cls(TEMPLATE, n=None, **params)` or `Cls(message)`."""

    message: Message

    def __init__(self, template: str | Message, n: int | None = None, **params: Any):
        self.message = template if isinstance(template, Message) else Message(template, params, n)
        super().__init__(self.message.render())  # type: ignore[call-arg]

    def shown(self, tr: Translator) -> str:
        return self.message.render(tr)


class UserError(_Said, Exception):
    """A failure with a clear one-sentence message for the user (bad file, unknown name...).

    `UserError(QT_TRANSLATE_NOOP("fieldmon", "Cannot read '{name}'."), name=path.name)`;
    `n=` fills a `%n` plural. A Message may be passed whole instead of a template."""


class InvalidValue(_Said, ValueError):
    """A value that cannot be read (a date, an amount, a choice): raised by the parsers, shown
    as `row N, column X: <reason>` by imports and beside the field by forms."""


def reason_of(exc: BaseException) -> Message:
    """The reason an error gives, as a Message for 'row N, column X: …'; a plain ValueError
    (from a library) keeps its own English text."""
    found = getattr(exc, "message", None)
    if isinstance(found, Message):
        return found.as_reason()
    return Message(str(exc), {}).as_reason()
