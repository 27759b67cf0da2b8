"""The HighLevelV3 API's operations, one package per tag and one module per operation (request builder, answer parser)."""
