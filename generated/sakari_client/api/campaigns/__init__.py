"""The Sakari operations tagged ``campaigns``: each module builds its request and parses its answer."""
