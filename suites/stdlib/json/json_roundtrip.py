# needs: float, io
try:
    import json
except ImportError:
    print("SKIP")
    raise SystemExit
data = {"name": "x", "vals": [1, -2, 3.25, None, True], "nested": {"deep": ["é", ""]}}
s = json.dumps(data)
print(json.loads(s) == data, s)
from io import StringIO
buf = StringIO()
json.dump([1, {"a": 2}], buf)
print(buf.getvalue())
print(json.load(StringIO('{"z": [0]}')))
