s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4))
print(s.endswith(".gz"), s.endswith((".zip", ".gz")), s.endswith("tar", 0, 12))
print(s.startswith(""), "".endswith(""), s.startswith(("x", "f")))
try:
    s.startswith(["f"])
except TypeError as e:
    print("TypeError:", e)
