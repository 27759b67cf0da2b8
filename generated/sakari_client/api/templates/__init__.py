"""The Sakari operations tagged ``templates``: each module builds its request and parses its answer."""
