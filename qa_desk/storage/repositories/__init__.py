"""Repositories: the queries and writes services need, grouped by aggregate."""
