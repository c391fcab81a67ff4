package random

import (
	"math"

	"github.com/mptest/mptest/refinterp/py"
)

// The remaining distributions of CPython's random.py, drawing from the
// generator in the same order so seeded sequences agree.

var (
	log4         = math.Log(4.0)
	sgMagicConst = 1.0 + math.Log(4.5)
)

func (r *Random) gammavariate(alpha, beta float64) (float64, error) {
	if alpha <= 0.0 || beta <= 0.0 {
		return 0, py.NewError(py.ValueErrorType, "gammavariate: alpha and beta must be > 0.0")
	}
	if alpha > 1.0 {
		ainv := math.Sqrt(2.0*alpha - 1.0)
		bbb := alpha - log4
		ccc := alpha + ainv
		for {
			u1 := r.mt.float()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - r.mt.float()
			v := py.LibmLog(u1/(1.0-u1)) / ainv
			x := alpha * py.LibmExp(v)
			z := u1 * u1 * u2
			rr := bbb + ccc*v - x
			if rr+sgMagicConst-4.5*z >= 0.0 || rr >= py.LibmLog(z) {
				return x * beta, nil
			}
		}
	}
	if alpha == 1.0 {
		return -py.LibmLog(1.0-r.mt.float()) * beta, nil
	}
	var x float64
	for {
		u := r.mt.float()
		b := (math.E + alpha) / math.E
		p := b * u
		if p <= 1.0 {
			x = py.LibmPow(p, 1.0/alpha)
		} else {
			x = -py.LibmLog((b - p) / alpha)
		}
		u1 := r.mt.float()
		if p > 1.0 {
			if u1 <= py.LibmPow(x, alpha-1.0) {
				break
			}
		} else if u1 <= py.LibmExp(-x) {
			break
		}
	}
	return x * beta, nil
}

func twoFloats(th *py.Thread, a []py.Value) (float64, float64, error) {
	x, err := floatArg(th, a[0], 0)
	if err != nil {
		return 0, 0, err
	}
	y, err := floatArg(th, a[1], 0)
	return x, y, err
}

func gammavariate(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
	alpha, beta, err := twoFloats(th, a)
	if err != nil {
		return nil, err
	}
	x, err := r.gammavariate(alpha, beta)
	if err != nil {
		return nil, err
	}
	return py.MakeFloat(x), nil
}

func betavariate(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
	alpha, beta, err := twoFloats(th, a)
	if err != nil {
		return nil, err
	}
	y, err := r.gammavariate(alpha, 1.0)
	if err != nil {
		return nil, err
	}
	if y == 0 {
		return py.MakeFloat(0.0), nil
	}
	z, err := r.gammavariate(beta, 1.0)
	if err != nil {
		return nil, err
	}
	return py.MakeFloat(y / (y + z)), nil
}

func paretovariate(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
	alpha, err := floatArg(th, a[0], 0)
	if err != nil {
		return nil, err
	}
	u := 1.0 - r.mt.float()
	if alpha == 0 {
		return nil, py.NewError(py.ZeroDivisionErrorType, "float division by zero")
	}
	return py.MakeFloat(py.LibmPow(u, -1.0/alpha)), nil
}

func weibullvariate(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
	alpha, beta, err := twoFloats(th, a)
	if err != nil {
		return nil, err
	}
	u := 1.0 - r.mt.float()
	if beta == 0 {
		return nil, py.NewError(py.ZeroDivisionErrorType, "float division by zero")
	}
	return py.MakeFloat(alpha * py.LibmPow(-py.LibmLog(u), 1.0/beta)), nil
}

func vonmisesvariate(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
	mu, kappa, err := twoFloats(th, a)
	if err != nil {
		return nil, err
	}
	const twoPi = 2.0 * math.Pi
	if kappa <= 1e-6 {
		return py.MakeFloat(twoPi * r.mt.float()), nil
	}
	s := 0.5 / kappa
	rr := s + math.Sqrt(1.0+s*s)
	var z float64
	for {
		u1 := r.mt.float()
		z = py.LibmCos(math.Pi * u1)
		d := z / (rr + z)
		u2 := r.mt.float()
		if u2 < 1.0-d*d || u2 <= (1.0-d)*py.LibmExp(d) {
			break
		}
	}
	q := 1.0 / rr
	f := (q + z) / (1.0 + q*z)
	u3 := r.mt.float()
	// math.acos of the math module is correctly rounded, Go's is not
	acos := math.Acos(f)
	if m, err := th.Import("math"); err == nil {
		if fn, err := py.GetAttr(th, m, "acos"); err == nil {
			if v, err := py.Call(th, fn, []py.Value{py.MakeFloat(f)}, nil); err == nil {
				if x, ok := v.(py.Float); ok {
					acos = float64(x)
				}
			}
		}
	}
	var theta float64
	if u3 > 0.5 {
		theta = mu + acos
	} else {
		theta = mu - acos
	}
	// Python's float % takes the sign of the divisor
	theta = math.Mod(theta, twoPi)
	if theta < 0 {
		theta += twoPi
	}
	return py.MakeFloat(theta), nil
}

func randbytes(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
	n, err := py.AsInt(th, a[0])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.NewError(py.ValueErrorType, "number of bits must be non-negative")
	}
	if err := py.CheckAlloc(n); err != nil {
		return nil, err
	}
	out := make([]byte, n)
	if n > 0 {
		// getrandbits(n * 8).to_bytes(n, 'little')
		words := r.getrandbits(n * 8).Bytes() // big-endian
		for i, b := range words {
			out[len(words)-1-i] = b
		}
	}
	return py.NewBytes(out), nil
}
