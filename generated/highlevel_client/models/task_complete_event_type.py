from enum import StrEnum
from typing import Any


class TaskCompleteEventType(StrEnum):
    """The event type.

    A value the spec does not list is kept rather than rejected, so that a server adding a new value
    does not break parsing: ``TaskCompleteEventType("new")`` returns a member whose ``is_known`` is false.
    """

    TASKCOMPLETE = "TaskComplete"

    @classmethod
    def _missing_(cls, value: Any) -> "TaskCompleteEventType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether the spec lists this value."""
        return self._name_ in type(self).__members__

    def __str__(self) -> str:
        return str(self.value)
