try:
    import errno
except ImportError:
    print("SKIP")
    raise SystemExit
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EAGAIN > 0, errno.EBADF)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EINVAL])
