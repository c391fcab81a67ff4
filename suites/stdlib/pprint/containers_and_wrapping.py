# pprint of nested containers, collections types and long strings/bytes.
import pprint
data = {"name": "x" * 10, "items": list(range(30)), "nested": {"a": [1, 2, {"b": (3, 4)}], "c": "y" * 50}, "s": {3, 1, 2}, "t": (1,)}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=2, depth=2)
pprint.pprint(list(range(100)), compact=True)
print(pprint.pformat({"k": [1, 2]}, width=5))
pprint.pprint([[1, 2], [3, 4]], width=10)
pprint.pprint("a long string " * 10)
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)
print(pprint.isreadable([1, 2]), pprint.saferepr({"a": [1]}))
from collections import OrderedDict, defaultdict, Counter, deque
pprint.pprint(OrderedDict(a=1, b=2))
pprint.pprint(defaultdict(list, {"a": [1] * 30}))
pprint.pprint(Counter("hello world"))
pprint.pprint(deque(range(40)))
pprint.pprint(frozenset(range(30)))
pprint.pprint(b"bytes" * 20)
class P:
    def __repr__(self): return "P()"
pprint.pprint([P()] * 20)
pp = pprint.PrettyPrinter(width=20)
pp.pprint({"x": list(range(10))})
pprint.pprint(bytearray(b"xyz" * 40))
pprint.pprint({"k": b"\x00\xff" * 50}, width=30)
