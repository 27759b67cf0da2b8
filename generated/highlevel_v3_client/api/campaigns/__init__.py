"""The HighLevelV3 operations tagged ``campaigns``: each module builds its request and parses its answer."""
