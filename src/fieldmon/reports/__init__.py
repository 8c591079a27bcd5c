"""Workbooks fieldmon writes: import templates now, the quarterly report later. Layout only."""
