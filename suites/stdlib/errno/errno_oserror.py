# needs: dunder_name, os
try:
    import errno, os
except ImportError:
    print("SKIP")
    raise SystemExit
try:
    open("/nonexistent_dir_xyz/file.txt")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, e.args[0] == errno.ENOENT)
try:
    raise OSError(errno.EEXIST, "exists")
except OSError as e:
    print(type(e).__name__, e.errno == errno.EEXIST, e.strerror)
