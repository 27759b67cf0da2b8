"""The one error of the generator's decisions."""


class SpecError(Exception):
    """The spec asks the generator for something it cannot do; the message says what and where."""
