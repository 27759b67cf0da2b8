"""The HighLevel operations tagged ``custom_fields``: each module builds its request and parses its answer."""
