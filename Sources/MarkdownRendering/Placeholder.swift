// Placeholder for the MarkdownRendering module.
