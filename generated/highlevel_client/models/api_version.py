from enum import StrEnum
from typing import Any


class ApiVersion(StrEnum):
    """Value of the `Version` header. The documentation page allows `2021-04-15`; HighLevel's
    own OpenAPI description names `2021-07-28`.

        A value the spec does not list is kept rather than rejected, so that a server adding a new value
        does not break parsing: ``ApiVersion("new")`` returns a member whose ``is_known`` is false.
    """

    V2021_04_15 = "2021-04-15"
    V2021_07_28 = "2021-07-28"

    @classmethod
    def _missing_(cls, value: Any) -> "ApiVersion | None":
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
