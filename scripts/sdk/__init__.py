"""The generator's decisions, by concern: ``spec`` (lookups in one parsed spec), ``names``, ``service`` (client
name, options, security scheme, webhooks), ``requests`` (request plans: arguments, bodies, range checks,
idempotency), ``methods`` (the facade's resources and methods), ``paging``, ``answers`` and error bodies,
``models`` (field tables and shapes), ``params`` (request objects as TypedDicts), ``oauth`` (the OAuth flow).
``sdk_model.SdkModel`` ties them to one spec for the templates."""
