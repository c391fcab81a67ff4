# Reads a JSON list of {"src": ..., "mode": "exec"|"eval"} from stdin and
# writes a JSON list of results: {"dump": ast.dump(tree)} or
# {"kind": ..., "msg": ..., "line": ..., "offset": ...}. Used by
# TestAgainstCPython to compare refinterp/syntax with CPython's parser,
# including the checks CPython only makes while compiling.
import ast, json, sys, warnings

warnings.simplefilter("ignore")
out = []
for case in json.load(sys.stdin):
    src, mode = case["src"], case.get("mode", "exec")
    try:
        tree = ast.parse(src, "x.py", mode)
        compile(src, "x.py", mode, dont_inherit=True)
        out.append({"dump": ast.dump(tree)})
    except SyntaxError as e:
        out.append({"kind": type(e).__name__, "msg": e.msg, "line": e.lineno or 0, "offset": e.offset or 0})
    except (ValueError, MemoryError, RecursionError) as e:
        out.append({"kind": type(e).__name__, "msg": str(e), "line": 0, "offset": 0})
json.dump(out, sys.stdout)
