"""The resources of the HighLevelV3 client: one module per tag."""
