"""Domain objects and pure rules. Imports the standard library and pydantic only."""
