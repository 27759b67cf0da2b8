"""The Sakari operations tagged ``conversations``: each module builds its request and parses its answer."""
