# json: strict=False accepts control characters in strings; raw_decode
# parses one value at an index and returns where it ended.
import json

for bad in ['"a\nb"', '{"a": 1,}', "[01]", "[] x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(e.msg, e.pos)
print(repr(json.loads('"a\nb\tc"', strict=False)), json.JSONDecoder(strict=False).decode('["\x01"]'))
d = json.JSONDecoder()
print(d.raw_decode("[2] xyz"), d.raw_decode('xx{"a": 1}yy', 2), d.raw_decode("7"))
try:
    d.raw_decode(" [1]")
except json.JSONDecodeError as e:
    print(e.msg, e.pos)
