"""The HighLevel operations tagged ``businesses``: each module builds its request and parses its answer."""
