package collections

import "github.com/mptest/mptest/refinterp/py"

// tupleGetter is CPython's _collections._tuplegetter, the descriptor of a
// namedtuple field: reading returns item i of the tuple, assigning or
// deleting raises AttributeError with CPython's wording.
type tupleGetter struct {
	i   int
	doc py.Value
}

// TupleGetterType is the type of namedtuple field descriptors.
var TupleGetterType = py.NewBuiltinType("_tuplegetter", nil)

func (*tupleGetter) Type() *py.Type { return TupleGetterType }

func init() {
	t := TupleGetterType
	t.Module = "collections"
	t.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) != 2 || kw.Len() != 0 {
			return nil, py.Errorf(py.TypeErrorType, "_tuplegetter expected 2 arguments, got ", itoa(len(args)+kw.Len()))
		}
		i, err := py.AsInt(th, args[0])
		if err != nil {
			return nil, err
		}
		return &tupleGetter{i: i, doc: args[1]}, nil
	}
	t.DescrGet = func(th *py.Thread, descr, obj py.Value, typ *py.Type) (py.Value, error) {
		if obj == nil || obj == py.None {
			return descr, nil
		}
		return py.GetItem(th, obj, py.MakeInt(int64(descr.(*tupleGetter).i)))
	}
	t.DescrSet = func(th *py.Thread, descr, obj, val py.Value) error {
		if val == nil {
			return py.NewError(py.AttributeErrorType, "can't delete attribute")
		}
		return py.NewError(py.AttributeErrorType, "can't set attribute")
	}
	t.AddGetter("__doc__", func(th *py.Thread, self py.Value) (py.Value, error) { return self.(*tupleGetter).doc, nil })
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
