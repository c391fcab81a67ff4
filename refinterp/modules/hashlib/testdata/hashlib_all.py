import hashlib

def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]:
    h = getattr(hashlib, name)(b"abc")
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    h.update(b"def")
    c = h.copy()
    c.update(bytearray(b"ghi"))
    print(h.hexdigest(), c.hexdigest(), h.digest()[:4])
    print(hashlib.new(name.upper(), b"abcdef").hexdigest() == h.hexdigest())
print(hashlib.sha256().hexdigest(), hashlib.sha256(string=b"x").hexdigest())
check(hashlib.sha256, data=b"x")
print(hashlib.sha256(b"x" * 1000).digest().hex())
check(hashlib.sha256, "str")
check(hashlib.sha256().update, "str")
check(hashlib.new, "nope")
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha256"}))
