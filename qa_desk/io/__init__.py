"""File readers and writers (CSV/XLSX). No Qt."""
