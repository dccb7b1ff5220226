// Placeholder for the FeedExport module.
