"""The HighLevelV3 operations tagged ``appointments``: each module builds its request and parses its answer."""
