# needs: float
try:
    import json
except ImportError:
    print("SKIP")
    raise SystemExit
print(json.dumps({"a": 1, "b": [1, 2, None], "c": True, "d": "s"}))
print(json.dumps([1, 2.5, "x", False]), json.dumps("é"), json.dumps("é", ensure_ascii=False))
print(json.dumps(None), json.dumps(1), json.dumps("q\"\n"), json.dumps((1, 2)))
print(json.dumps({"k": 1}, separators=(",", ":")), json.dumps({"b": 1, "a": 2}, sort_keys=True))
print(json.dumps({1: "int key"}), json.dumps([]), json.dumps({}))
