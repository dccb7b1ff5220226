// Placeholder for the ClaimGraphExport module.
