"""The HighLevelV3 operations tagged ``contacts``: each module builds its request and parses its answer."""
