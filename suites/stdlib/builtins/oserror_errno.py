# OSError(errno, strerror[, filename[, winerror[, filename2]]]) picks the
# subclass from errno, sets the attributes and formats str() like CPython.
# needs: errno
import errno

for args in [(errno.EEXIST, "exists"), (errno.ENOENT, "No such file", "f.txt"),
             (errno.EACCES, "denied", "p", None, "q"), (errno.EISDIR, "dir"),
             (errno.ENOTDIR, "nd"), (errno.EAGAIN, "again"), (errno.EPIPE, "pipe"),
             (99999, "unknown"), ("x", "y"), ("only",), (), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
    print(" ", str(e), repr(e), e.args)
e = FileNotFoundError(2, "nf")
print(e, e.errno, isinstance(e, OSError))
print(IOError is OSError, EnvironmentError is OSError)
try:
    open("/nonexistent-dir/zz.txt")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename, e)
