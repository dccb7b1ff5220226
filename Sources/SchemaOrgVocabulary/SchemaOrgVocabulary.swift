// Placeholder: replaced by the vocabulary loader.
