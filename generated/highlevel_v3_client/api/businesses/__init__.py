"""The HighLevelV3 operations tagged ``businesses``: each module builds its request and parses its answer."""
