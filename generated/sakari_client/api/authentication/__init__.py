"""The Sakari operations tagged ``authentication``: each module builds its request and parses its answer."""
