# needs: dunder_name
try:
    raise KeyError("a")
except KeyError as e:
    print(e.__class__.__name__, e.__traceback__ is not None)
e = OSError(2, "No such file")
print(e.errno, e.strerror, e.args)
e = OSError("just message")
print(e.errno, e.args)
try:
    open("/definitely/not/here.txt")
except FileNotFoundError as ex:
    print(type(ex).__name__, ex.errno, ex.strerror)
e = SyntaxError("bad", ("f.py", 1, 2, "x"))
print(e.msg, e.lineno, e.filename)
