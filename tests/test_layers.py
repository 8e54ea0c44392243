"""The package's layers keep one direction of imports, and no module imports itself round a cycle.

The source is read with `ast`, so imports inside functions count as much as those at the top;
only imports under `if TYPE_CHECKING:` (annotations, never run) are left out. docs/architecture.md
draws the same map.
"""

from __future__ import annotations

import ast
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "src" / "relations"

BASE = {"relations", "errors", "records", "names", "model", "paths", "processes", "settings", "suggest", "tomlread",
        "tomltext", "jsontext"}

# layer -> the layers it may import (itself included where it may)
ALLOWED = {
    "words": {"words"},  # wording: how numbers, shares, years and names are written; nothing of relations
    "base": {"base", "words"},
    "dyadic": {"dyadic", "words"},  # pure tables and functions: nothing else of relations but wording
    "dataset": {"words", "base", "dyadic", "dataset"},
    "commands": {"words", "base", "dyadic", "dataset", "commands"},
    "render": {"words", "base", "render"},
    "run": {"words", "base", "dataset", "commands", "render"},
    "api": {"words", "base", "dyadic", "dataset", "commands", "render", "run"},
    "cli": {"words", "base", "dataset", "commands", "render", "run", "cli"},
    "fast": {"words", "base", "render", "run"},
    "main": {"words", "base", "fast", "cli"},
}
# third-party packages that only one layer may import
ONLY_IN = {"rich": "render", "typer": "cli", "click": None}


def layer(module: str) -> str:
    parts = module.split(".")
    if parts[0] != "relations":
        raise ValueError(module)
    if parts[1:] == ["wording"]:
        return "words"
    if len(parts) == 1 or parts[1] in BASE:
        return "base"
    top = parts[1]
    if top in ("dataset", "commands", "render", "cli", "dyadic"):
        return top
    if top in ("run", "api", "fast"):
        return top
    if top == "__main__":
        return "main"
    raise AssertionError(f"{module}: a module outside every layer (add it to a layer, and to docs/architecture.md)")


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def imports(root: Path) -> dict[str, list[tuple[str, int]]]:
    """module -> [(imported module, line)] for every module under `root` (a package folder)."""
    modules = {module_name(root, p): p for p in root.rglob("*.py")}
    found: dict[str, list[tuple[str, int]]] = {}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        targets: list[tuple[str, int]] = []

        def visit(node: ast.AST, package: str = package, targets: list[tuple[str, int]] = targets) -> None:
            if _type_checking(node):
                for child in node.orelse:  # type: ignore[attr-defined]
                    visit(child)
                return
            if isinstance(node, ast.Import):
                targets += [(alias.name, node.lineno) for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[: len(base) - (node.level - 1)]
                    origin = ".".join(base + ([node.module] if node.module else []))
                else:
                    origin = node.module or ""
                for alias in node.names:
                    # `from . import store`: the submodule, where there is one
                    submodule = f"{origin}.{alias.name}"
                    targets.append((submodule if submodule in modules else origin, node.lineno))
            for child in ast.iter_child_nodes(node):
                visit(child)

        visit(tree)
        found[name] = targets
    return found


def violations(graph: dict[str, list[tuple[str, int]]]) -> list[str]:
    problems = []
    for module, targets in sorted(graph.items()):
        own = layer(module)
        for target, line in targets:
            top = target.split(".")[0]
            if top in ONLY_IN and ONLY_IN[top] != own:
                problems.append(f"{module}:{line} imports {target}, which only {ONLY_IN[top] or 'no layer'} may import")
            if top != "relations":
                continue
            other = layer(target)
            if other not in ALLOWED[own]:
                problems.append(f"{module}:{line} ({own}) imports {target} ({other}): against the direction")
    return problems


def cycles(graph: dict[str, list[tuple[str, int]]]) -> list[list[str]]:
    """Every cycle of imports among the package's modules (one path per cycle found)."""
    edges = {m: sorted({t for t, _ in targets if t in graph and t != m}) for m, targets in graph.items()}
    # A package's __init__ runs before its modules: importing `relations.x.y` imports `relations.x`.
    found: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(module: str) -> None:
        state[module] = 1
        stack.append(module)
        for target in edges[module]:
            if state.get(target) == 1:
                found.append([*stack[stack.index(target):], target])
            elif target not in state:
                walk(target)
        stack.pop()
        state[module] = 2

    for module in sorted(edges):
        if module not in state:
            walk(module)
    return found


def test_imports_follow_the_direction_of_the_layers():
    assert violations(imports(SOURCE)) == []


def test_no_import_cycles():
    assert cycles(imports(SOURCE)) == []


def test_every_subpackage_says_what_it_holds_and_may_import():
    for init in SOURCE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert "May import" in doc or "may import" in doc, init


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "relations"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_the_check_fails_on_an_import_against_the_direction(tmp_path):
    """Broken once on purpose: a renderer importing the store at run time (the old habit), a core
    module importing Rich, and a dyadic table importing the model are all caught; the same import
    under TYPE_CHECKING is not."""
    root = _package(tmp_path, {
        "__init__.py": "",
        "model.py": "",
        "dataset/__init__.py": "",
        "dataset/store.py": "import rich.text\n",
        "render/__init__.py": "",
        "render/text.py": "TYPE_CHECKING = False\nif TYPE_CHECKING:\n    from ..dataset.store import Store\n"
                          "def pair(view):\n    from ..dataset import store\n    return store\n",
        "dyadic/__init__.py": "from .. import model\n",
    })
    found = violations(imports(root))
    assert any(p.startswith("relations.render.text:5 (render) imports relations.dataset.store") for p in found), found
    assert any(p.startswith("relations.dataset.store:1 imports rich.text") for p in found), found
    assert any(p.startswith("relations.dyadic:1 (dyadic) imports relations.model") for p in found), found
    assert not any(":3 " in p for p in found), found  # the TYPE_CHECKING import


def test_the_check_fails_on_a_cycle(tmp_path):
    root = _package(tmp_path, {
        "__init__.py": "",
        "dataset/__init__.py": "",
        "dataset/index.py": "def build():\n    from .store import Store\n",
        "dataset/store.py": "from . import index\n",
    })
    assert cycles(imports(root)) == [["relations.dataset.index", "relations.dataset.store", "relations.dataset.index"]]
