"""The Sakari operations tagged ``messages``: each module builds its request and parses its answer."""
