# needs: dunder_name
try:
    import os
except ImportError:
    print("SKIP")
    raise SystemExit
for fn in (lambda: os.remove("/no/such/file/here"), lambda: os.listdir("/no/such/dir"), lambda: os.rmdir("/no/such/dir")):
    try:
        fn()
    except OSError as e:
        print(type(e).__name__, e.errno)
