"""The HighLevel operations tagged ``followers``: each module builds its request and parses its answer."""
