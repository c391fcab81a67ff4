print(",".join(["a", "b", "c"]), "".join("xyz"), "-".join([]))
print(" ".join(str(i) for i in range(3)), "+".join(("1",)))
print("ab".join("123"), ", ".join({"k": 1, "j": 2}))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
