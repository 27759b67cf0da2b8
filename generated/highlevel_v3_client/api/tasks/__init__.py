"""The HighLevelV3 operations tagged ``tasks``: each module builds its request and parses its answer."""
