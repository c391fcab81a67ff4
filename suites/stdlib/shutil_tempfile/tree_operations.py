# Build a tree in a temporary directory, copy, move and remove it.
import os, shutil, tempfile

with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.path.dirname(d) == tempfile.gettempdir())
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "sub"))
    with open(os.path.join(src, "a.txt"), "w") as f:
        f.write("alpha\n")
    with open(os.path.join(src, "sub", "b.bin"), "wb") as f:
        f.write(bytes(range(5)))
    print(shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(d, "c.txt")) == os.path.join(d, "c.txt"))
    print(open(os.path.join(d, "c.txt")).read(), end="")
    print(os.path.basename(shutil.copy(os.path.join(src, "a.txt"), os.path.join(src, "sub"))))
    try:
        shutil.copyfile(os.path.join(d, "c.txt"), os.path.join(d, "c.txt"))
    except shutil.SameFileError as e:
        print(type(e).__name__)
    shutil.copytree(src, os.path.join(d, "dst"))
    print(sorted(os.listdir(os.path.join(d, "dst"))), sorted(os.listdir(os.path.join(d, "dst", "sub"))))
    try:
        shutil.copytree(src, os.path.join(d, "dst"))
    except FileExistsError as e:
        print(type(e).__name__)
    print(os.path.basename(shutil.move(os.path.join(d, "c.txt"), os.path.join(d, "dst"))))
    print(sorted(os.listdir(os.path.join(d, "dst"))))
    shutil.rmtree(os.path.join(d, "dst"))
    print(sorted(os.listdir(d)))
    try:
        shutil.rmtree(os.path.join(d, "nope"))
    except FileNotFoundError as e:
        print(type(e).__name__)
    shutil.rmtree(os.path.join(d, "nope"), ignore_errors=True)
print(os.path.exists(d))

t = tempfile.mkdtemp(prefix="pre_", suffix="_suf")
print(os.path.basename(t).startswith("pre_"), t.endswith("_suf"), os.path.isdir(t))
with tempfile.NamedTemporaryFile("w+", dir=t, suffix=".txt") as f:
    f.write("hello")
    f.seek(0)
    print(f.read(), f.name.endswith(".txt"), os.path.exists(f.name))
    name = f.name
print(os.path.exists(name))
with tempfile.TemporaryFile(dir=t) as f:
    f.write(b"data")
    f.seek(0)
    print(f.read())
print(os.listdir(t))
os.rmdir(t)
