"""File formats (packs, reports, customer spreadsheets): parse and validate; no Qt, no DB."""
