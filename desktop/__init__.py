"""Passerelle: offline-first case management for reintegration assistance."""

__version__ = "0.1.0"
