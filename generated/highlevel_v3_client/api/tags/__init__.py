"""The HighLevelV3 operations tagged ``tags``: each module builds its request and parses its answer."""
