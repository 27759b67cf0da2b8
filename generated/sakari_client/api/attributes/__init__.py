"""The Sakari operations tagged ``attributes``: each module builds its request and parses its answer."""
