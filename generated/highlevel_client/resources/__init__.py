"""The resources of the HighLevel client: one module per tag."""
