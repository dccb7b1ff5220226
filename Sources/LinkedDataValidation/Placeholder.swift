// Placeholder: replaced by the JSON-LD and feed validators.
