"""Use cases: one function per thing a user does.

The window, the commands and the form importer all call these, so they cannot disagree.
"""
