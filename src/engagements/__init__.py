"""Engagements: plan the engagements of a Partner Support Plan."""

__version__ = "0.1.0"
