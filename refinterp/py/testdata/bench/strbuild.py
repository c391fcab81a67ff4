def build(n):
    parts = []
    s = ""
    for i in range(n):
        parts.append(str(i))
        if i % 100 == 0:
            s += "x"
    return len("".join(parts)) + len(s)
print(build(300000))
