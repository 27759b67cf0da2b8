"""Parsing the services' webhook deliveries into typed events."""
