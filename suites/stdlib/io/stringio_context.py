try:
    import io
except ImportError:
    print("SKIP")
    raise SystemExit
with io.StringIO() as f:
    f.write("inside with")
    v = f.getvalue()
print(v, f.closed)
import sys
old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured")
sys.stdout = old
print("got:", repr(buf.getvalue()))
