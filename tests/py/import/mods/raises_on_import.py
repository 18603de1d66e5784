raise ValueError("import failed")
