"""The HighLevelV3 operations tagged ``notes``: each module builds its request and parses its answer."""
