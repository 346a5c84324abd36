"""The Textual UI. Nothing outside this package imports textual."""
