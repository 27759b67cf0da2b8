"""The HighLevelV3 operations tagged ``oauth``: each module builds its request and parses its answer."""
