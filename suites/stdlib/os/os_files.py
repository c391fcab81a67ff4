# needs: random
try:
    import os
except ImportError:
    print("SKIP")
    raise SystemExit
try:
    import tempfile
    d = tempfile.mkdtemp()
except ImportError:
    import random
    d = "/tmp/mptest_os_files_%d" % random.getrandbits(30)
    os.mkdir(d)
p = d + "/t.txt"
with open(p, "w") as f:
    print(f.write("line1\nline2\n"))
with open(p) as f:
    print(f.read().splitlines())
with open(p, "a") as f:
    f.write("line3")
with open(p, "rb") as f:
    print(f.read())
print(os.stat(p)[6], "t.txt" in os.listdir(d))
os.rename(p, d + "/u.txt")
print(sorted(os.listdir(d)))
os.remove(d + "/u.txt")
os.rmdir(d)
print(d.split("/")[-1] in os.listdir(d.rsplit("/", 1)[0] or "/"))
