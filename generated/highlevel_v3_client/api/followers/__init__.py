"""The HighLevelV3 operations tagged ``followers``: each module builds its request and parses its answer."""
