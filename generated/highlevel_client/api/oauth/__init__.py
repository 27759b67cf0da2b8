"""The HighLevel operations tagged ``oauth``: each module builds its request and parses its answer."""
