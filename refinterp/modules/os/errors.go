package os

import (
	"errors"
	"io/fs"
	"syscall"

	"github.com/mptest/mptest/refinterp/modules/errno"
	"github.com/mptest/mptest/refinterp/py"
)

// errnoOf extracts the errno of a Go file-system error.
func errnoOf(err error) int {
	var en syscall.Errno
	if errors.As(err, &en) {
		return int(en)
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errno.Value("ENOENT")
	case errors.Is(err, fs.ErrExist):
		return errno.Value("EEXIST")
	case errors.Is(err, fs.ErrPermission):
		return errno.Value("EACCES")
	}
	return errno.Value("EIO")
}

// classFor picks the OSError subclass CPython uses for an errno.
func classFor(n int) *py.Type {
	switch n {
	case errno.Value("ENOENT"):
		return py.FileNotFoundErrorType
	case errno.Value("EEXIST"):
		return py.FileExistsErrorType
	case errno.Value("EACCES"), errno.Value("EPERM"):
		return py.PermissionErrorType
	case errno.Value("ENOTDIR"):
		return py.NotADirectoryErrorType
	case errno.Value("EISDIR"):
		return py.IsADirectoryErrorType
	case errno.Value("EAGAIN"):
		return py.BlockingIOErrorType
	case errno.Value("EINTR"):
		return py.InterruptedErrorType
	case errno.Value("ETIMEDOUT"):
		return py.TimeoutErrorType
	}
	return py.OSErrorType
}

// NewOSError builds the OSError subclass for errno n, as CPython's
// OSError(n, strerror(n), filename) does: str() is
// "[Errno 2] No such file or directory: 'x'". filename may be nil.
func NewOSError(th *py.Thread, n int, filename py.Value) error {
	msg := py.NewStr(errno.Strerror(n))
	e := py.NewException(classFor(n), py.MakeInt(int64(n)), msg)
	if filename == nil {
		filename = py.None
	}
	for _, a := range []struct {
		name string
		v    py.Value
	}{{"errno", py.MakeInt(int64(n))}, {"strerror", msg}, {"filename", filename}, {"filename2", py.None}} {
		if err := py.SetAttr(th, e, a.name, a.v); err != nil {
			return err
		}
	}
	return e
}

// osError converts a Go error from a file operation on path.
func osError(th *py.Thread, err error, path string) error {
	return NewOSError(th, errnoOf(err), py.NewStr(path))
}

func errnoStrerror(n int) string { return errno.Strerror(n) }
