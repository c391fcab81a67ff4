// Package errno implements Python's errno module for refinterp: the
// Linux errno values CPython exposes (the common ones) and the errorcode
// dict. Strerror gives the C library's message for os and other modules.
// uerrno is registered as an alias, as in MicroPython.
package errno

import "github.com/mptest/mptest/refinterp/py"

// Code is one errno constant.
type Code struct {
	Name    string
	Value   int
	Message string // strerror text
}

// Codes lists the constants in CPython's order (aliases included).
var Codes = []Code{
	{"EPERM", 1, "Operation not permitted"},
	{"ENOENT", 2, "No such file or directory"},
	{"ESRCH", 3, "No such process"},
	{"EINTR", 4, "Interrupted system call"},
	{"EIO", 5, "Input/output error"},
	{"ENXIO", 6, "No such device or address"},
	{"E2BIG", 7, "Argument list too long"},
	{"ENOEXEC", 8, "Exec format error"},
	{"EBADF", 9, "Bad file descriptor"},
	{"ECHILD", 10, "No child processes"},
	{"EAGAIN", 11, "Resource temporarily unavailable"},
	{"ENOMEM", 12, "Cannot allocate memory"},
	{"EACCES", 13, "Permission denied"},
	{"EFAULT", 14, "Bad address"},
	{"ENOTBLK", 15, "Block device required"},
	{"EBUSY", 16, "Device or resource busy"},
	{"EEXIST", 17, "File exists"},
	{"EXDEV", 18, "Invalid cross-device link"},
	{"ENODEV", 19, "No such device"},
	{"ENOTDIR", 20, "Not a directory"},
	{"EISDIR", 21, "Is a directory"},
	{"EINVAL", 22, "Invalid argument"},
	{"ENFILE", 23, "Too many open files in system"},
	{"EMFILE", 24, "Too many open files"},
	{"ENOTTY", 25, "Inappropriate ioctl for device"},
	{"ETXTBSY", 26, "Text file busy"},
	{"EFBIG", 27, "File too large"},
	{"ENOSPC", 28, "No space left on device"},
	{"ESPIPE", 29, "Illegal seek"},
	{"EROFS", 30, "Read-only file system"},
	{"EMLINK", 31, "Too many links"},
	{"EPIPE", 32, "Broken pipe"},
	{"EDOM", 33, "Numerical argument out of domain"},
	{"ERANGE", 34, "Numerical result out of range"},
	{"EDEADLK", 35, "Resource deadlock avoided"},
	{"ENAMETOOLONG", 36, "File name too long"},
	{"ENOLCK", 37, "No locks available"},
	{"ENOSYS", 38, "Function not implemented"},
	{"ENOTEMPTY", 39, "Directory not empty"},
	{"ELOOP", 40, "Too many levels of symbolic links"},
	{"EWOULDBLOCK", 11, "Resource temporarily unavailable"},
	{"ENOMSG", 42, "No message of desired type"},
	{"ENODATA", 61, "No data available"},
	{"ETIME", 62, "Timer expired"},
	{"EOVERFLOW", 75, "Value too large for defined data type"},
	{"EILSEQ", 84, "Invalid or incomplete multibyte or wide character"},
	{"ENOTSOCK", 88, "Socket operation on non-socket"},
	{"EDESTADDRREQ", 89, "Destination address required"},
	{"EMSGSIZE", 90, "Message too long"},
	{"EPROTOTYPE", 91, "Protocol wrong type for socket"},
	{"ENOPROTOOPT", 92, "Protocol not available"},
	{"EPROTONOSUPPORT", 93, "Protocol not supported"},
	{"EOPNOTSUPP", 95, "Operation not supported"},
	{"ENOTSUP", 95, "Operation not supported"},
	{"EAFNOSUPPORT", 97, "Address family not supported by protocol"},
	{"EADDRINUSE", 98, "Address already in use"},
	{"EADDRNOTAVAIL", 99, "Cannot assign requested address"},
	{"ENETDOWN", 100, "Network is down"},
	{"ENETUNREACH", 101, "Network is unreachable"},
	{"ENETRESET", 102, "Network dropped connection on reset"},
	{"ECONNABORTED", 103, "Software caused connection abort"},
	{"ECONNRESET", 104, "Connection reset by peer"},
	{"ENOBUFS", 105, "No buffer space available"},
	{"EISCONN", 106, "Transport endpoint is already connected"},
	{"ENOTCONN", 107, "Transport endpoint is not connected"},
	{"ESHUTDOWN", 108, "Cannot send after transport endpoint shutdown"},
	{"ETIMEDOUT", 110, "Connection timed out"},
	{"ECONNREFUSED", 111, "Connection refused"},
	{"EHOSTDOWN", 112, "Host is down"},
	{"EHOSTUNREACH", 113, "No route to host"},
	{"EALREADY", 114, "Operation already in progress"},
	{"EINPROGRESS", 115, "Operation now in progress"},
	{"ECANCELED", 125, "Operation canceled"},
}

// Strerror returns the C library's message for an errno value.
func Strerror(n int) string {
	for _, c := range Codes {
		if c.Value == n {
			return c.Message
		}
	}
	return "Unknown error " + itoa(n)
}

// Value returns the value of the named constant, or 0.
func Value(name string) int {
	for _, c := range Codes {
		if c.Name == name {
			return c.Value
		}
	}
	return 0
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	if neg {
		s = "-" + s
	}
	return s
}

func init() {
	py.RegisterModule("errno", newModule)
	py.RegisterModule("uerrno", newModule)
}

func newModule(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("errno")
	codes := py.NewDict()
	for _, c := range Codes {
		v := py.MakeInt(int64(c.Value))
		m.Set(c.Name, v)
		// errorcode keeps the first name of a value, except that CPython
		// lists ENOTSUP after EOPNOTSUPP.
		{
			old, err := codes.Get(th, v)
			if err != nil {
				return nil, err
			}
			if old == nil || c.Name == "ENOTSUP" {
				if err := codes.Set(th, v, py.NewStr(c.Name)); err != nil {
					return nil, err
				}
			}
		}
	}
	m.Set("errorcode", codes)
	return m, nil
}
