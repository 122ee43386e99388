"""HQ's warehouse (issue 13): tables, engine by URL, loading and the workbook queries."""
