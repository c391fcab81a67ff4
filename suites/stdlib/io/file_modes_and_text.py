# open(): mode checking, text decoding and universal newlines, seek/tell,
# io.UnsupportedOperation, closed-file errors, binary file types.
import io, os

fn = "_file_modes_test.txt"

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

with open(fn, "w") as f:
    print(f.write("hello\nworld\n"), f.mode, f.writable(), f.readable(), f.encoding, f.errors)
with open(fn) as f:
    print(repr(f.read(3)), f.tell(), repr(f.readline()), f.tell(), f.seek(0), repr(f.readline(2)), list(f))
with open(fn, "a") as f:
    f.write("more")
with open(fn, "r+") as f:
    print(f.readlines(), f.tell())
    f.seek(0)
    f.write("J")
    f.seek(0)
    print(repr(f.read()))
for mode in ["z", "rw", "rr", "bt", "", "r+b+"]:
    show(lambda: open(fn, mode))
show(lambda: open(fn, "rb", encoding="utf-8"))
show(lambda: open(fn, newline="x"))
show(lambda: open(fn, encoding="bogus"))
show(lambda: open(fn).write("x"))
show(lambda: open(fn, "w").read())
show(lambda: open(fn, "x"))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
f = open(fn)
f.close()
show(lambda: f.read())
show(lambda: f.readline())
print(f.closed)
with open(fn, "w", newline="") as f:
    f.write("a\r\nb\rc\n")
with open(fn) as f:
    print(repr(f.read()))
with open(fn, newline="") as f:
    print(f.readlines())
with open(fn, newline="\r") as f:
    print(f.readlines())
with open(fn, "rb") as f:
    print(type(f).__name__, f.mode, f.read(3), f.tell(), f.seek(-2, 2), f.read())
with open(fn, "wb") as f:
    print(type(f).__name__, f.mode, f.write(b"\xff\xfeA\xe2\x82"))
show(lambda: open(fn).read())
show(lambda: open(fn, errors="replace").read())
show(lambda: open(fn, errors="ignore").read())
show(lambda: open(fn, encoding="latin-1").read())
with open(fn, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("café")
show(lambda: open(fn, "rb").read())
with open(fn, "w") as f:
    show(lambda: f.seek(1, 1))
    show(lambda: f.seek(0, 2))
    f.writelines(["a\n", "b\n"])
    show(lambda: f.writelines([1]))
print(open(fn).read().splitlines(), type(open(fn, "r+b")).__name__)
os.remove(fn)
