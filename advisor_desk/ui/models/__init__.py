"""Qt item models over service results (id-keyed; rows fetched on demand)."""
