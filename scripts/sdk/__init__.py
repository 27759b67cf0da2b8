"""The generator's decisions, by concern; ``sdk_model.SdkModel`` puts them together for the templates."""
