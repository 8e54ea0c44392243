"""Frozen value classes that cost next to nothing to define.

`dataclasses` imports `inspect` and compiles several methods per class with `exec`: for the ~35
value classes of this package that is most of a `relations show --json` run (measured: 35 ms of
about 95). `@record` gives the part of it we use — an `__init__` taking the annotated fields
positionally or by keyword, defaults, `factory(...)` for mutable defaults, `__eq__`, `__hash__`,
`__repr__`, and frozen instances — with plain closures instead; and `Cls.trusted(...)`, which
skips the checks of the field names, for code that names every field itself.

    @record
    class Party:
        code: str
        aliases: tuple[str, ...] = ()
        values: dict[str, Any] = factory(dict)
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar
    T = TypeVar("T")


class factory:  # noqa: N801 - reads like dataclasses' field(default_factory=...)
    """A default made afresh for each instance (for lists, dicts and sets)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


def _frozen_value(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((k, _frozen_value(v)) for k, v in value.items()))
    if isinstance(value, (list, set)):
        return tuple(_frozen_value(v) for v in value)
    return value


def record(cls: type[T] | None = None, *, mutable: bool = False) -> Any:
    """Make `cls` a value class of its annotated fields (frozen unless `mutable`).

    The methods are the same functions for every record class (below), reading the class's fields
    from `__record_spec__`: a package defines dozens of record classes on start-up, and making
    closures for each was most of the cost of defining one."""

    def wrap(cls: type) -> type:
        names = tuple(cls.__dict__.get("__annotations__", {}))
        defaults = {name: cls.__dict__[name] for name in names if name in cls.__dict__}
        plain_defaults, factories = {}, {}
        for name, default in defaults.items():
            if isinstance(default, factory):
                delattr(cls, name)
                factories[name] = default.make
            else:
                plain_defaults[name] = default
        known = frozenset(names)
        cls.__record_spec__ = (names, plain_defaults, factories, known - defaults.keys(), known)  # type: ignore[attr-defined]
        cls.__record_fields__ = names  # type: ignore[attr-defined]
        cls.__match_args__ = names  # type: ignore[attr-defined]
        cls.__init__ = _init  # type: ignore[misc]
        cls.__repr__ = _repr  # type: ignore[method-assign]
        cls.__eq__ = _eq  # type: ignore[method-assign]
        cls.trusted = _TRUSTED  # type: ignore[attr-defined]
        if mutable:
            cls.__hash__ = None  # type: ignore[assignment]
        else:
            cls.__setattr__ = _frozen  # type: ignore[method-assign]
            cls.__delattr__ = _frozen  # type: ignore[method-assign,assignment]
            cls.__hash__ = _hash  # type: ignore[method-assign]
        return cls

    return wrap(cls) if cls is not None else wrap


# Set operations on the keyword names and one `__dict__.update`: records are made by the hundred
# thousand in a batch, and a per-field loop with object.__setattr__ was most of it.
def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    names, plain_defaults, factories, required, known = self.__record_spec__
    if args:
        if len(args) > len(names):
            raise TypeError(f"{type(self).__name__}() takes at most {len(names)} arguments ({len(args)} given)")
        for name, value in zip(names, args):
            if name in kwargs:
                raise TypeError(f"{type(self).__name__}() got multiple values for argument {name!r}")
            kwargs[name] = value  # a fresh dict on every call
    given = kwargs.keys()
    if not given <= known:
        unknown = next(key for key in kwargs if key not in known)
        raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument {unknown!r}")
    if not required <= given:
        missing = next(name for name in names if name in required and name not in kwargs)
        raise TypeError(f"{type(self).__name__}() missing required argument {missing!r}")
    values = {**plain_defaults, **kwargs}
    for name, make in factories.items():
        if name not in kwargs:
            values[name] = make()
    self.__dict__.update(values)


def _trusted(cls: Any, **fields: Any) -> Any:
    """`Cls.trusted(field=value, ...)`: an instance without the checks of the field names, for code
    that names every field itself and makes records by the thousand (reading the index)."""
    names, plain_defaults, factories, _, _ = cls.__record_spec__
    instance = object.__new__(cls)
    if len(fields) == len(names):  # every field named (Fact.from_dict): no default to fill in
        instance.__dict__.update(fields)
        return instance
    values = {**plain_defaults, **fields}
    for name, make in factories.items():
        if name not in fields:
            values[name] = make()
    instance.__dict__.update(values)
    return instance


_TRUSTED = classmethod(_trusted)


def _repr(self: Any) -> str:
    return f"{type(self).__name__}(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__record_fields__) + ")"


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return all(getattr(self, n) == getattr(other, n) for n in self.__record_fields__)


def _frozen(self: Any, name: str, value: Any = None) -> None:
    raise AttributeError(f"cannot assign to field {name!r} of a frozen {type(self).__name__}")


def _hash(self: Any) -> int:
    return hash(tuple(_frozen_value(getattr(self, n)) for n in self.__record_fields__))


def replace(value: T, **changes: Any) -> T:
    """A copy of a record with some fields changed."""
    fields = {n: getattr(value, n) for n in value.__record_fields__}  # type: ignore[attr-defined]
    fields.update(changes)
    return type(value)(**fields)
