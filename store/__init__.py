"""Stage 3: the SQL store."""
