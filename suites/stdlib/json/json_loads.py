# needs: dunder_name
try:
    import json
except ImportError:
    print("SKIP")
    raise SystemExit
print(json.loads('{"a": [1, 2, {"b": null}], "c": true, "d": false}'))
print(json.loads("1"), json.loads("1.5"), json.loads('"s"'), json.loads("[]"), json.loads("null"))
print(json.loads('"\\u00e9\\n"'), json.loads(' { "x" : 1 } '), json.loads("-0"), json.loads("1e2"))
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__)
