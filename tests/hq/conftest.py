"""Kinto fixtures for the headquarters tests (see tests/kinto_fixtures.py)."""

from tests.kinto_fixtures import fresh_kinto, kinto_server, make_org, postgres_cluster, provisioned_org  # noqa: F401
