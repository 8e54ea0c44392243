"""The render layer: result objects -> output, and the one writer of stdout.

- `output`: the output mode (`--format`, `--color`, ...), `emit`, the pager, `--export`, error
  reports, and `write`, the one stdout writer (it copes with a reader that goes away).
- `renderings`: each command's result as a `Rendering`, every form built lazily.
- `documents`: the JSON documents (docs/json.md). `rows`: --fields, JSONL, CSV, markdown tables.
- `text`: plain text (pipes). `labels`, `cells`: the words and cells plain text and Rich share.
- `rich_facts`, `rich_views`: the terminal views (with `output`, lazily, to draw them, and
  `charts` and `worldmap` inside the functions that draw for a terminal, the only code that
  imports Rich). `charts`: a yearly series as a terminal chart and as plain lines; imported only
  when a pair has a series. `worldmap`: the world map in every form (plain, Rich, SVG, HTML).

May import: the base modules and this layer. The result types of dataset and commands only
under `TYPE_CHECKING` (for annotations): a renderer reads the objects it is given, it never
queries. Machine formats never import Rich.
"""
