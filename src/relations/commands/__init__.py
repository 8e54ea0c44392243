"""The commands layer: what each command computes, given plain values, with no output.

One module per command or family: `show` (show, show --batch) and `profile` (the pair at a
glance, words for the pair's figures), `search`, `listing` (countries, sources), `compare`,
`summary`, `timeline` (and `gather`, what those three gather alike), `partners` (one country
against all others), `maps` (the world map's data), `userdata` (add, validate, paths, config).
Each function takes a `Store` (or plain values) and returns result objects or plain data; it
never prints. `relations.run` and `relations.cli` render what it returns; `relations.api` is the
documented Python face of it (docs/api.md).

May import: the base modules, `relations.dyadic`, the dataset layer, and this layer. Never
render, run, cli or fast; never Rich or Typer.
"""
