package pyfmt

import (
	"math"
	"strconv"
)

// This file reproduces CPython's PyOS_double_to_string (Python/pystrtod.c)
// on top of strconv. strconv returns the same correctly rounded digits as
// dtoa.c; what remains is CPython's choice between fixed and exponent
// notation and its padding rules, implemented by layout.

// digitMode selects how digits are generated, mirroring dtoa's modes.
type digitMode int

const (
	modeShortest digitMode = iota // dtoa mode 0: shortest round-trip digits
	modeSig                       // dtoa mode 2: n significant digits
	modeFixed                     // dtoa mode 3: n digits after the point
)

// digitsOf returns the decimal digits of |f| (finite) without trailing zeros,
// and decpt such that |f| ≈ 0.d1d2d3... × 10**decpt. Zero, including a
// value that rounds to zero in fixed mode, is "0" with decpt 1.
func digitsOf(buf []byte, f float64, mode digitMode, n int) ([]byte, int) {
	f = math.Abs(f)
	var decpt int
	switch mode {
	case modeFixed:
		buf = strconv.AppendFloat(buf[:0], f, 'f', n, 64)
		dot := len(buf)
		for i, c := range buf {
			if c == '.' {
				dot = i
				break
			}
		}
		decpt = dot
		if dot < len(buf) {
			copy(buf[dot:], buf[dot+1:])
			buf = buf[:len(buf)-1]
		}
		// Strip leading zeros, moving the decimal point left.
		i := 0
		for i < len(buf) && buf[i] == '0' {
			i++
		}
		buf = buf[i:]
		decpt -= i
	default:
		prec := -1
		if mode == modeSig {
			prec = n - 1
		}
		buf = strconv.AppendFloat(buf[:0], f, 'e', prec, 64)
		e := len(buf) - 1
		for buf[e] != 'e' {
			e--
		}
		exp, _ := strconv.Atoi(string(buf[e+1:]))
		buf = buf[:e]
		if len(buf) > 1 { // d.ddd: drop the point
			copy(buf[1:], buf[2:])
			buf = buf[:len(buf)-1]
		}
		decpt = exp + 1
	}
	for len(buf) > 0 && buf[len(buf)-1] == '0' {
		buf = buf[:len(buf)-1]
	}
	if len(buf) == 0 {
		buf = append(buf[:0], '0')
		decpt = 1
	}
	return buf, decpt
}

// Flags for formatDouble, named after CPython's Py_DTSF_* flags.
const (
	dtsfSign    = 1 << iota // always emit a sign
	dtsfAddDot0             // add ".0" to integers in fixed notation
	dtsfAlt                 // alternate form: keep the decimal point
	dtsfNoNeg0              // 'z': turn a negative zero result into zero
	dtsfUpper               // 'E', 'F', 'G': upper-case exponent, INF, NAN
)

// formatDouble is PyOS_double_to_string: code is one of 'e', 'f', 'g', 'r'
// (lower case; upper-case output is requested with dtsfUpper) and prec the
// precision as CPython's format code interprets it.
func formatDouble(dst []byte, f float64, code byte, prec int, flags int) []byte {
	upper := flags&dtsfUpper != 0
	neg := math.Signbit(f)
	if math.IsNaN(f) {
		// CPython never prints a sign for a NaN, even with its sign bit set.
		if flags&dtsfSign != 0 {
			dst = append(dst, '+')
		}
		if upper {
			return append(dst, "NAN"...)
		}
		return append(dst, "nan"...)
	}
	if math.IsInf(f, 0) {
		if neg {
			dst = append(dst, '-')
		} else if flags&dtsfSign != 0 {
			dst = append(dst, '+')
		}
		if upper {
			return append(dst, "INF"...)
		}
		return append(dst, "inf"...)
	}
	var scratch [32]byte
	var digits []byte
	var decpt int
	switch code {
	case 'e':
		prec++
		digits, decpt = digitsOf(scratch[:0], f, modeSig, prec)
	case 'f':
		digits, decpt = digitsOf(scratch[:0], f, modeFixed, prec)
	case 'g':
		if prec == 0 {
			prec = 1
		}
		digits, decpt = digitsOf(scratch[:0], f, modeSig, prec)
	default: // 'r'
		digits, decpt = digitsOf(scratch[:0], f, modeShortest, 0)
	}
	if neg && flags&dtsfNoNeg0 != 0 && len(digits) == 1 && digits[0] == '0' {
		neg = false
	}
	if neg {
		dst = append(dst, '-')
	} else if flags&dtsfSign != 0 {
		dst = append(dst, '+')
	}
	return layout(dst, digits, decpt, code, prec, flags)
}

// layout writes digits (value 0.DIGITS × 10**decpt) in CPython's
// format_float_short arrangement.
func layout(dst, digits []byte, decpt int, code byte, prec int, flags int) []byte {
	addDot0 := flags&dtsfAddDot0 != 0
	alt := flags&dtsfAlt != 0
	nd := len(digits)
	vend := nd
	useExp := false
	switch code {
	case 'e':
		useExp = true
		vend = prec
	case 'f':
		vend = decpt + prec
	case 'g':
		limit := prec
		if addDot0 {
			limit = prec - 1
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if alt {
			vend = prec
		}
	default: // 'r'
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vstart := 0
	if decpt <= 0 {
		vstart = decpt - 1
	}
	if !useExp && addDot0 {
		if vend <= decpt {
			vend = decpt + 1
		}
	} else if vend < decpt {
		vend = decpt
	}
	if decpt <= 0 {
		dst = appendZeros(dst, decpt-vstart)
		dst = append(dst, '.')
		dst = appendZeros(dst, -decpt)
	} else {
		dst = appendZeros(dst, -vstart)
	}
	if 0 < decpt && decpt <= nd {
		dst = append(dst, digits[:decpt]...)
		dst = append(dst, '.')
		dst = append(dst, digits[decpt:]...)
	} else {
		dst = append(dst, digits...)
	}
	if nd < decpt {
		dst = appendZeros(dst, decpt-nd)
		dst = append(dst, '.')
		dst = appendZeros(dst, vend-decpt)
	} else {
		dst = appendZeros(dst, vend-nd)
	}
	if dst[len(dst)-1] == '.' && !alt {
		dst = dst[:len(dst)-1]
	}
	if useExp {
		if flags&dtsfUpper != 0 {
			dst = append(dst, 'E')
		} else {
			dst = append(dst, 'e')
		}
		if exp < 0 {
			dst = append(dst, '-')
			exp = -exp
		} else {
			dst = append(dst, '+')
		}
		if exp < 10 {
			dst = append(dst, '0')
		}
		dst = strconv.AppendInt(dst, int64(exp), 10)
	}
	return dst
}

func appendZeros(dst []byte, n int) []byte {
	for ; n > 0; n-- {
		dst = append(dst, '0')
	}
	return dst
}

func signbit(f float64) bool { return math.Signbit(f) }
