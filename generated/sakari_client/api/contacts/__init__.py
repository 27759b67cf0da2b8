"""The Sakari operations tagged ``contacts``: each module builds its request and parses its answer."""
