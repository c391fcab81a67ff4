# expect: exit 1
# An exception group nobody catches ends the program with status 1; the
# part of a group an except* clause does not match escapes too.
# needs: exceptgroup
try:
    raise ExceptionGroup("batch", [ValueError("bad value"), KeyError("missing")])
except* KeyError as eg:
    print("handled:", repr(eg.exceptions))
print("not reached")
