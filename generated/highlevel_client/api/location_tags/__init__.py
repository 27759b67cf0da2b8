"""The HighLevel operations tagged ``location_tags``: each module builds its request and parses its answer."""
