"""The Sakari operations tagged ``files``: each module builds its request and parses its answer."""
