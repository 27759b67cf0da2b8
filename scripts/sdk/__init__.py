"""The generator's decisions, by concern (names, paging, answers and error bodies, field tables and shapes, request
objects as TypedDicts, the OAuth flow); ``sdk_model.SdkModel`` (the service, request plans: arguments, bodies,
checks, idempotency; facade methods) puts them together for the templates."""
