# needs: float
try:
    import json
except ImportError:
    print("SKIP")
    raise SystemExit
print(json.dumps([0.5, 1e20, -1.25, 3.0]), json.loads("[1.5e3, -0.0, 2E-2]"))
print(json.dumps("tab\tquote\"back\\"), json.loads('"\\t\\"\\\\"'))
print(json.dumps("\u20ac\U0001F600"), json.loads('"\\ud83d\\ude00"') == "\U0001F600")
print(json.dumps({"nested": [[], [{}]]}))
