"""The HighLevel operations tagged ``appointments``: each module builds its request and parses its answer."""
