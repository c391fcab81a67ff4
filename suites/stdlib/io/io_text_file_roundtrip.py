# needs: os, random
try:
    import io, os
except ImportError:
    print("SKIP")
    raise SystemExit
import random
path = "/tmp/mptest_io_%d.txt" % random.getrandbits(30)  # unique: runs may overlap
with open(path, "w") as f:
    f.write("héllo\n")
    print("second", file=f)
with open(path) as f:
    print(f.readline().rstrip(), f.readline().rstrip(), repr(f.readline()))
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
