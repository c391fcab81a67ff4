# match statement: OR patterns nested at every level, captures in any order
def f(v):
    match v:
        case [1, [2, x]] | [x, 3] | {"k": [_, x]}:
            return ("A", x)
        case [a, b] | (b, a, _) if a:
            return ("B", a, b)
        case {"p": (1 | 2) as p, "q": [q, *_] | q}:
            return ("C", p, q)
        case Exception(args=(m,)) | [_, _, _, _, m]:
            return ("D", m)
    return "none"
for v in [[1, [2, 5]], [1, [3, 5]], [7, 3], {"k": (0, 9)}, [0, 4], (5, 6, 7), (0, 6, 7), {"p": 2, "q": [8, 9]},
          {"p": 1, "q": "zz"}, {"p": 3, "q": 1}, ValueError("msg"), [1, 2, 3, 4, 5], [1, [2]]]:
    print(v, f(v))
def deep(v):
    match v:
        case [[[[1 | 2 | 3, x] | [x]]]] | [[[x, 9]]]:
            return x
print(deep([[[[2, "a"]]]]), deep([[["b"]]]), deep([[["c", 9]]]), deep([[[[4, 1]]]]))
