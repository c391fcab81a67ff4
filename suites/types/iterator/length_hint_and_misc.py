# __length_hint__ of the built-in iterators, int.from_bytes of an iterable, builtin method type names.
import operator
its = [iter([1,2]), iter((1,)), iter(range(3)), reversed([1,2]), iter('ab'), iter({1:2}), iter({1}), iter(b'ab'), reversed((1,2)), iter({}.values()), reversed({1:1}), reversed(range(4)), iter(range(0, 10, 3)), iter(range(10, 0, -4))]
for it in its:
    print(type(it).__name__, it.__length_hint__(), end=" ")
    next(it, None)
    print(it.__length_hint__(), operator.length_hint(it))
print(operator.length_hint(iter([1,2,3])), operator.length_hint(map(str, [1]), 7), hasattr(zip(), "__length_hint__"))
print(int.from_bytes([1, 2], "big"), int.from_bytes((255,), "little", signed=True), int.from_bytes(bytearray(b"\x01\x00"), "little"))
try: complex("1", 2)
except TypeError as e: print(e)
print(type([].append).__name__, type("".join).__name__, staticmethod(len), classmethod(len))
