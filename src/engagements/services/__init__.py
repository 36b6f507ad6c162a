"""Use cases: one function per thing a user does; the window, the commands and the form importer all call these."""
