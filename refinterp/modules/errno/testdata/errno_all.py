import errno
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EAGAIN, errno.EWOULDBLOCK, errno.ENOTSUP, errno.ETIMEDOUT)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[95], errno.errorcode[errno.ECONNRESET])
print(type(errno.errorcode).__name__, 12345 in errno.errorcode)
try:
    raise OSError(errno.ENOENT, "No such file or directory", "x")
except OSError as e:
    print(e.errno == errno.ENOENT, e.errno, e.strerror, e.filename, e)
