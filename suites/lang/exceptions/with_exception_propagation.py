# needs: dunder_name
class CM:
    def __init__(self, swallow):
        self.swallow = swallow
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit got", et.__name__ if et else None, ev)
        return self.swallow
for swallow in (True, False):
    try:
        with CM(swallow):
            raise ValueError("inside with")
        print("continued after with")
    except ValueError as e:
        print("propagated", e)
class Raiser:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise KeyError("from exit")
try:
    with Raiser():
        raise ValueError("body")
except KeyError as e:
    print(repr(e), type(e.__context__).__name__)
