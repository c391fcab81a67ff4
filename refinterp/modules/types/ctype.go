package types

import "github.com/mptest/mptest/refinterp/py"

// Module _refinterp holds hooks the embedded Python sources of the
// standard library use to look like CPython's C implementations.
//
//	_refinterp.ctype(cls, module=None) -> cls
//
// marks a class written in Python that CPython implements in C: error
// messages then name it "module.Name" (datetime.date, decimal.Decimal), as
// CPython's tp_name does. With module, the class's __module__ is set too.
func init() {
	py.RegisterModule("_refinterp", func(th *py.Thread) (*py.Module, error) {
		m := py.NewModule("_refinterp")
		m.AddFunc("ctype", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if len(args) < 1 || len(args) > 2 {
				return nil, py.NewError(py.TypeErrorType, "ctype() takes 1 or 2 arguments")
			}
			t, ok := args[0].(*py.Type)
			if !ok {
				return nil, py.Errorf(py.TypeErrorType, "ctype() argument must be a class, not ", py.TypeName(args[0]))
			}
			if len(args) == 2 {
				mod, ok := args[1].(*py.Str)
				if !ok {
					return nil, py.Errorf(py.TypeErrorType, "ctype() module must be a str, not ", py.TypeName(args[1]))
				}
				t.Module = mod.String()
				t.Dict.SetStr("__module__", mod)
			}
			t.Flags |= py.FlagDottedName
			return t, nil
		})
		return m, nil
	})
}
