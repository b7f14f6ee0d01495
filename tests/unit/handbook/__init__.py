"""The handbook engine: packs, validation, folding, index and search."""
