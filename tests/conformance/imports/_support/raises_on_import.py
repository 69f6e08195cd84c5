print("raises_on_import executing")
PARTIAL = 1
raise ValueError("failure during import")
