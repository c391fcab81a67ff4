try:
    import hashlib
except ImportError:
    print("SKIP")
    raise SystemExit
h = hashlib.sha256(b"abc")
print(h.hexdigest())
print(hashlib.sha256(b"").hexdigest())
h2 = hashlib.sha256()
h2.update(b"a")
h2.update(b"bc")
print(h2.digest() == h.digest(), len(h.digest()))
