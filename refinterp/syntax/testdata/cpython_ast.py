# Reads a JSON list of {"src": ..., "mode": "exec"|"eval"} from stdin and
# writes a JSON list of results: {"dump": ast.dump(tree)} or
# {"kind": ..., "msg": ..., "line": ..., "offset": ...}. Used by
# TestAgainstCPython to compare refinterp/syntax with CPython's parser,
# including the checks CPython only makes while compiling. Mode "codeop"
# reports what the interactive console (codeop) makes of the source.
import ast, codeop, json, sys, warnings


def dump_pos(node, in_f=False):
    # ast.dump with "@lineno:col_offset-end_lineno:end_col_offset" after the
    # name of every positioned node outside f-strings (see DumpPositions).
    if isinstance(node, ast.AST):
        cls = type(node)
        name = cls.__name__
        if not in_f and hasattr(node, "lineno") and "lineno" in cls._attributes:
            name += "@%d:%d-%d:%d" % (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
        in_f = in_f or isinstance(node, ast.JoinedStr)
        args = []
        for f in node._fields:
            try:
                v = getattr(node, f)
            except AttributeError:
                continue
            if v is None and getattr(cls, f, ...) is None:
                continue
            args.append("%s=%s" % (f, dump_pos(v, in_f)))
        return "%s(%s)" % (name, ", ".join(args))
    if isinstance(node, list):
        return "[%s]" % ", ".join(dump_pos(x, in_f) for x in node)
    return repr(node)


warnings.simplefilter("ignore")
out = []
for case in json.load(sys.stdin):
    src, mode = case["src"], case.get("mode", "exec")
    if mode == "codeop":
        # The interactive console's view: complete, incomplete or an error.
        try:
            r = codeop.compile_command(src, "<stdin>", "single")
            out.append({"dump": "incomplete" if r is None else "complete"})
        except SyntaxError as e:
            out.append({"kind": type(e).__name__, "msg": e.msg, "line": e.lineno or 0, "offset": e.offset or 0})
        continue
    try:
        tree = ast.parse(src, "x.py", mode)
        compile(src, "x.py", mode, dont_inherit=True)
        out.append({"dump": ast.dump(tree), "pos": dump_pos(tree)})
    except SyntaxError as e:
        out.append({"kind": type(e).__name__, "msg": e.msg, "line": e.lineno or 0, "offset": e.offset or 0})
    except (ValueError, MemoryError, RecursionError) as e:
        out.append({"kind": type(e).__name__, "msg": str(e), "line": 0, "offset": 0})
json.dump(out, sys.stdout)
