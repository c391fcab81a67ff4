# needs: dictorder
def read(lines):
    for line in lines:
        yield line
def strip(it):
    for s in it:
        yield s.strip()
def nonempty(it):
    for s in it:
        if s:
            yield s
def upper(it):
    return (s.upper() for s in it)
data = ["  a ", "", " b", "   ", "c  "]
print(list(upper(nonempty(strip(read(data))))))
print(list(zip(range(3), (c for c in "xyz"))))
print(dict((k, len(k)) for k in ["aa", "b"]))
