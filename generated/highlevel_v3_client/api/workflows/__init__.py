"""The HighLevelV3 operations tagged ``workflows``: each module builds its request and parses its answer."""
