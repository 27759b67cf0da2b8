"""The HighLevel operations tagged ``custom_values``: each module builds its request and parses its answer."""
