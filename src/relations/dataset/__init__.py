"""The dataset layer: data files in, result objects out.

- `load`: TOML data files -> a checked `Dataset` (with every problem, file and line).
- `index`: the SQLite index: its schema, building it (in parallel for large user data), opening it.
- `store`: the queries (`Store.pair`, `Store.search`, ...) -> result objects (`PairView`, ...).
- `userfile`: appending the user's own facts to their TOML file, safely.
- `db`: the SQLite module the index is read and written with.

May import: the base modules (errors, records, names, model, paths, settings, datafiles,
tomlread, tomltext, wording), `relations.dyadic`, and this layer. Never commands, render, run,
cli or fast; never Rich or Typer.
"""
