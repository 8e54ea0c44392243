"""Importers that derive `data/` folders from the raw inputs in `../shared`.

They are run by developers (``python -m importers.factbook``), never by the CLI.
"""
