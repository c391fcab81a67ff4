# needs: dunder_name
class CM:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False
with CM() as (a, (b, c)):
    print(a, b, c)
d = {}
with CM() as d["x"]:
    pass
print(d)
with (CM() as p, CM() as q):
    print(p == q)
try:
    with 5:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
