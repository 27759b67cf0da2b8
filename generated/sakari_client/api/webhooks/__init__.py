"""The Sakari operations tagged ``webhooks``: each module builds its request and parses its answer."""
