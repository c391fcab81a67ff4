try:
    import json
except ImportError:
    print("SKIP")
    raise SystemExit
for bad in ["", "{", "[1,]", "{'a': 1}", "nul", '{"a" 1}', "[1] x"]:
    try:
        json.loads(bad)
        print("parsed", repr(bad))
    except ValueError as e:
        print("ValueError for", repr(bad))
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(issubclass(json.JSONDecodeError, ValueError) if hasattr(json, "JSONDecodeError") else True)
