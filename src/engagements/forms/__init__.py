"""The partner request form: render the fillable PDF, read a returned one, verify it."""
