"""One module per resource (a tag of the spec) of the client."""
