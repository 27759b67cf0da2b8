"""The HighLevel operations tagged ``tags``: each module builds its request and parses its answer."""
