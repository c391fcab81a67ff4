import json

def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {"b": [1, 2.5, None, True, False], "a": {"x": "y\n\"q\"\\"}, "c": [], "d": {}}
check(json.dumps, d)
check(json.dumps, d, sort_keys=True)
check(json.dumps, d, indent=2)
check(json.dumps, d, indent="\t", sort_keys=True)
check(json.dumps, d, indent=0)
check(json.dumps, d, separators=(",", ":"))
check(json.dumps, [1, [2, [3]]], indent=1, separators=(",", " = "))
check(json.dumps, "é\u00ff\x7f\x01\U0001f600")
check(json.dumps, "é\u00ff\x7f\x01\U0001f600", ensure_ascii=False)
check(json.dumps, [float("nan"), float("inf"), -float("inf"), 1e100, 0.1, -0.0, 1.5e-7, 10**30])
check(json.dumps, float("nan"), allow_nan=False)
check(json.dumps, {1: 2, 2.5: 3, True: 4, None: 5})
check(json.dumps, {(1, 2): 3})
check(json.dumps, {(1, 2): 3, "a": 1}, skipkeys=True)
check(json.dumps, {"b": 1, 2: 3}, sort_keys=True)
check(json.dumps, {1, 2})
check(json.dumps, {1, 2}, default=sorted)
check(json.dumps, (1, "a", (2,)))
l = [1]
l.append(l)
check(json.dumps, l)
dd = {}
dd["x"] = dd
check(json.dumps, dd)
check(json.dumps, [l[0], l[0]])
t = (1, 2)
check(json.dumps, [t, t])
class MyInt(int):
    def __repr__(self): return "MyInt!"
class MyStr(str): pass
check(json.dumps, [MyInt(5), MyStr("s"), True])
check(json.dumps, b"x")
check(json.dumps)
check(json.dumps, 1, foo=1)

for s in ['', ' ', '{', '[', '[1,]', "{'a': 1}", 'nul', '{"a" 1}', '[1] x', '[1 2]', '{"a":1,}', '"abc', '"ab\ncd"',
          '"a\\qb"', '"a\\u12"', '"a\\u12zz"', '-', '01', '1.', '1.5e', '-0', '1E+2', '[1,\n 2,\n x]', '\ufeff1',
          '"\\ud83d\\ude00"', '{"a": {"b": [1, 2, {"c": null}]}}', ' [ 1 , "x" , true , false , null ] ',
          'NaN', '-Infinity', '[Infinity]', '123456789012345678901234567890', '1e400', '"\\/\\b\\f\\n\\r\\t"',
          '{"a": 1, "a": 2}', '{"a":', '{"a"', '{"a":1 "b":2}', 'true false', 'tru', '[-]', '"\t"']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == s)
check(json.loads, 5)
check(json.loads, b'[1, "\xc3\xa9"]')
check(json.loads, '{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda s: int(s) * 10)
check(json.loads, '{"a": [1, {"b": 2}]}', object_hook=lambda d: sorted(d.items()))
check(json.loads, '{"b": 1, "a": 2}', object_pairs_hook=list)
check(json.loads, '[NaN]', parse_constant=lambda s: "const " + s)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
try:
    json.loads("[")
except ValueError as e:
    print("caught", type(e).__name__, e.args)

class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
json.dump({"a": [1, 2]}, w, indent=1)
print(repr("".join(w.parts)))
class R:
    def read(self): return '{"x": [true]}'
print(json.load(R()))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc), Enc(indent=1).encode([1, {2, 3}]), json.JSONEncoder().encode({"a": None}))
check(json.dumps, object(), cls=Enc)
check(json.JSONEncoder(separators=(",", ":"), sort_keys=True).encode, {"b": 1, "a": [1, 2]})
print(json.JSONDecoder().decode('{"x": 1.5}'), json.loads('[1, 2]', cls=json.JSONDecoder, parse_int=float))
class Dec(json.JSONDecoder):
    def decode(self, s):
        return ("decoded", super().decode(s))
print(json.loads("[1]", cls=Dec))
