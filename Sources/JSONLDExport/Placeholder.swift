// Placeholder for the JSONLDExport module.
