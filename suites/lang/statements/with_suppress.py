# needs: dunder_name
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False
with Suppress(KeyError):
    {}["k"]
    print("not reached")
print("after")
try:
    with Suppress(KeyError):
        [][0]
except IndexError:
    print("IndexError not suppressed")
def f():
    with Suppress(Exception):
        return "returned from with"
print(f())
