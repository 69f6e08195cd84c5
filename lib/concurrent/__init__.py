"""concurrent package (ferrython)."""
