# Which dunders a built-in type lists in its own __dict__ (slot wrappers
# inherited unchanged are found on the base), and that calling them works.
checks = [
    (ValueError, "__init__"), (ValueError, "__new__"), (ValueError, "__repr__"),
    (ValueError, "__str__"), (KeyError, "__str__"), (BaseException, "__repr__"),
    (BaseException, "__str__"), (Exception, "__hash__"), (bool, "__add__"),
    (bool, "__and__"), (bool, "__repr__"), (int, "__add__"), (list, "__hash__"),
    (object, "__hash__"), (object, "__str__"), (dict, "__getitem__"),
    (OSError, "__str__"), (FileNotFoundError, "__str__"), (StopIteration, "__init__"),
]
for t, name in checks:
    print(t.__name__, name, name in t.__dict__, hasattr(t, name))
print(int.__add__(1, 2), bool.__add__(True, 1), bool.__and__(True, False))
print(ValueError.__repr__(ValueError(1)), KeyError.__str__(KeyError("k")))
print(ValueError.__str__(ValueError("a", "b")), str(FileNotFoundError(2, "gone")))
print(list.__hash__)
print(bool.__hash__(True), int.__hash__(7))
class E(ValueError):
    def __repr__(self):
        return "E!" + super().__repr__()
print(repr(E(3)), E.__str__(E(4)))
try:
    hash([])
except TypeError as e:
    print(e)
print(sorted(k for k in bool.__dict__ if k.startswith("__r") or k in ("__add__", "__and__", "__or__")))
