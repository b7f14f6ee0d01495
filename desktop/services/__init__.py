"""Use cases over the store. No Qt here; results are domain objects."""
