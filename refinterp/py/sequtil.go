package py

import "math"

// sliceIndices resolves a slice against a sequence length like
// PySlice_GetIndicesEx: it returns start, stop, step and the result length.
func sliceIndices(th *Thread, s *Slice, length int) (start, stop, step, n int, err error) {
	step = 1
	if s.Step != None {
		step, err = sliceInt(th, s.Step)
		if err != nil {
			return
		}
		if step == 0 {
			err = NewError(ValueErrorType, "slice step cannot be zero")
			return
		}
	}
	var lower, upper int
	if step < 0 {
		lower, upper = -1, length-1
	} else {
		lower, upper = 0, length
	}
	if s.Start == None {
		if step < 0 {
			start = upper
		} else {
			start = lower
		}
	} else {
		start, err = sliceInt(th, s.Start)
		if err != nil {
			return
		}
		if start < 0 {
			start += length
			if start < lower {
				start = lower
			}
		} else if start > upper {
			start = upper
		}
	}
	if s.Stop == None {
		if step < 0 {
			stop = lower
		} else {
			stop = upper
		}
	} else {
		stop, err = sliceInt(th, s.Stop)
		if err != nil {
			return
		}
		if stop < 0 {
			stop += length
			if stop < lower {
				stop = lower
			}
		} else if stop > upper {
			stop = upper
		}
	}
	if step < 0 {
		if stop < start {
			n = (start-stop-1)/(-step) + 1
		}
	} else if start < stop {
		n = (stop-start-1)/step + 1
	}
	return
}

func sliceInt(th *Thread, v Value) (int, error) {
	switch x := v.(type) {
	case Int:
		return int(x), nil
	case *BigInt:
		if x.V.Sign() < 0 {
			return math.MinInt32, nil
		}
		return math.MaxInt32, nil
	}
	r, err := Index(th, v)
	if err != nil {
		return 0, NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	return sliceInt(th, r)
}

// seqIndex converts an index value for a sequence of length n, raising
// IndexError "<what> index out of range".
func seqIndex(th *Thread, key Value, n int, what string) (int, error) {
	var i int
	switch x := key.(type) {
	case Int:
		i = int(x)
	case Bool:
		if x {
			i = 1
		}
	default:
		r, err := Index(th, key)
		if err != nil {
			if key.Type().Index != nil {
				return 0, err // __index__ itself failed
			}
			return 0, Errorf(TypeErrorType, what, " indices must be integers or slices, not ", TypeName(key))
		}
		if b, ok := r.(*BigInt); ok {
			_ = b
			return 0, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
		}
		i = int(r.(Int))
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		if what == "index" {
			return 0, NewError(IndexErrorType, "index out of range")
		}
		return 0, Errorf(IndexErrorType, what, " index out of range")
	}
	return i, nil
}

// blocks rounds a byte count up to 16-byte heap blocks.
func blocks(n int) int { return (n + 15) &^ 15 }
