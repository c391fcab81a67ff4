# Built-in methods check their argument counts with CPython messages (no/one/at least/at most).
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: "abc".split(1)); t(lambda: [].append()); t(lambda: [].append(1, 2)); t(lambda: {}.get()); t(lambda: "a".join()); t(lambda: "x".replace("a"))
t(lambda: [2, 1].sort(key=1)); t(lambda: [1].sort(1)); t(lambda: "a".upper(1)); t(lambda: {}.pop()); t(lambda: set().add()); t(lambda: "a".startswith()); t(lambda: [].index())
t(lambda: "a".center()); t(lambda: "a".center(5, "ab")); t(lambda: "a".ljust("5")); t(lambda: "a".split(maxsplit="1")); t(lambda: "a".strip(1)); t(lambda: "a".count())
t(lambda: [].insert(1)); t(lambda: [].pop("a")); t(lambda: (1,).count()); t(lambda: {}.update(1, 2)); t(lambda: {}.setdefault()); t(lambda: {}.fromkeys()); t(lambda: "a".encode(1))
t(lambda: "a".zfill()); t(lambda: "a".find(1)); t(lambda: "a" * "b"); t(lambda: [1] * 1.5); t(lambda: "a".partition()); t(lambda: "a".partition(""))
t(lambda: int.bit_length()); t(lambda: (1).to_bytes(1, "x")); t(lambda: (1).to_bytes(-1, "big")); t(lambda: "a".removeprefix()); t(lambda: dict.get({}, 1, 2, 3))
