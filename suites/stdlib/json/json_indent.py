try:
    import json
except ImportError:
    print("SKIP")
    raise SystemExit
print(json.dumps({"a": [1, 2], "b": {}}, indent=2))
print(json.dumps([1, [2]], indent=0))
