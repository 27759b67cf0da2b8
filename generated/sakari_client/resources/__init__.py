"""The resources of the Sakari client: one module per tag."""
