import os
import os.path

def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e, getattr(e, "errno", None), getattr(e, "filename", None))

print(os.sep, os.name, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.path is os.path)
j = os.path.join
print(j("a", "b"), j("a/", "b"), j("a", "/b", "c"), j("", "x"), j("a", ""), j("/"))
for p in ["a/b/c.txt", "/a", "/", "a", "", "a/b/", "//a//b", ".bashrc", "a/.x.y", "a.b/c", "x..y", "..."]:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)), os.path.isabs(p))
for p in ["", ".", "a/./b/../c", "/../a", "//a/b", "///a", "a/../..", "../x/..", "a//b/"]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.abspath("/x/y/../z"), os.path.abspath("q") == os.path.join(os.getcwd(), "q"))
base = "/tmp/refinterp_os_golden_test"
if os.path.exists(base):
    for p, d, fs in os.walk(base):
        for x in fs:
            os.remove(p + "/" + x)
    for p, d, fs in reversed(list(os.walk(base))):
        os.rmdir(p)
os.mkdir(base)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
f = base + "/f.txt"
with open(f, "w") as fh:
    fh.write("hello")
st = os.stat(f)
print(st.st_size, st[6], len(st), oct(st.st_mode), os.path.getsize(f), os.path.isfile(f), type(st).__name__)
print(sorted(os.listdir(base)))
os.rename(f, base + "/g.txt")
print(sorted(os.listdir(base)), os.path.exists(f))
check(os.mkdir, base)
check(os.rmdir, base)
check(os.remove, base)
check(os.listdir, base + "/g.txt")
check(os.stat, base + "/nope")
check(os.remove, base + "/nope")
check(os.rmdir, base + "/g.txt")
try:
    os.rename(base + "/nope", base + "/x")
except OSError as e:
    # str(e) would show "-> dst": the core's OSError has no filename2 yet
    print(type(e).__name__, e.errno, e.filename == base + "/nope")
check(os.chdir, base + "/nope")
check(os.stat, 5.5)
os.makedirs(base + "/d1/d2")
os.makedirs(base + "/d1/d2", exist_ok=True)
check(os.makedirs, base + "/d1")
print([(p[len(base):], sorted(d), sorted(fs)) for p, d, fs in os.walk(base)])
os.rmdir(base + "/d1/d2")
os.rmdir(base + "/d1")
os.remove(base + "/g.txt")
os.rmdir(base)
print(os.path.exists(base))
os.environ["REFINTERP_X"] = "1"
print(os.getenv("REFINTERP_X"), os.getenv("REFINTERP_NOPE"), os.getenv("REFINTERP_NOPE", "dflt"), "PATH" in os.environ)
check(os.getenv, 5)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
check(os.urandom, -1)
print(os.strerror(2), os.getcwd() == os.path.abspath("."))
e = None
try:
    open(base + "/missing")
except OSError as ex:
    e = ex
print(type(e).__name__, e.errno)
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/lib2"]), repr(os.path.commonprefix([])))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.relpath("/a/b", "/"), os.path.relpath("x/y") == "x/y")
check(os.path.relpath, "")
