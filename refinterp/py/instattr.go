package py

// Instance attributes are stored like CPython's split dicts: the names
// live once per class, in an instKeys table, and an instance holds only a
// slice of values indexed like the table. A five-attribute object is then
// 144 bytes instead of 320 (a Dict header plus 40-byte entries), which
// makes object-heavy programs allocate, clear and collect less.
//
// The instance falls back to an ordinary *Dict (materialize) when the
// split form cannot represent it: when its __dict__ is asked for, an
// attribute is deleted, attributes are set in an order that differs from
// the table's, or the table would grow beyond maxSplitKeys names.

// maxSplitKeys bounds a class's shared key table (classes used as
// namespaces with many attributes keep ordinary dicts).
const maxSplitKeys = 30

// instKeys is a class's shared attribute-name table. Names are only ever
// appended, so an index stays valid for every instance that uses it.
type instKeys struct {
	names []*Str
}

// index returns the position of name in k, or -1.
func (k *instKeys) index(name *Str) int {
	for i, n := range k.names {
		if n == name {
			return i
		}
	}
	h := name.hash()
	for i, n := range k.names {
		if n.h == h && n.s == name.s {
			return i
		}
	}
	return -1
}

// indexStr is index for a Go string.
func (k *instKeys) indexStr(name string) int {
	for i, n := range k.names {
		if n.s == name {
			return i
		}
	}
	return -1
}

// splitKeys returns the key table for new instances of t.
func (t *Type) splitKeys() *instKeys {
	if t.instKeys == nil {
		t.instKeys = &instKeys{}
	}
	return t.instKeys
}

// attr returns the instance's own attribute name, or nil.
func (in *Instance) attr(name *Str) Value {
	if k := in.keys; k != nil {
		if i := k.index(name); i >= 0 && i < len(in.vals) {
			return in.vals[i]
		}
		return nil
	}
	return in.Dict.getStrObj(name)
}

// keyIndex returns name's position in k, remembered in co's inline cache
// for instruction pc; -1 if k does not have it.
func (co *CodeObj) keyIndex(pc int, k *instKeys, name *Str) int {
	c := &co.cache[pc]
	if c.keys == k {
		return int(c.idx)
	}
	i := k.index(name)
	if i >= 0 {
		c.keys, c.idx = k, int32(i)
	}
	return i
}

// attrAt is attr for the name of instruction pc of co.
func (in *Instance) attrAt(co *CodeObj, pc int, name *Str) Value {
	if k := in.keys; k != nil {
		if i := co.keyIndex(pc, k, name); i >= 0 && i < len(in.vals) {
			return in.vals[i]
		}
		return nil
	}
	return in.Dict.getStrObj(name)
}

// setAttrAt is setAttr for the name of instruction pc of co.
func (in *Instance) setAttrAt(th *Thread, co *CodeObj, pc int, name *Str, v Value) error {
	if k := in.keys; k != nil {
		if i := co.keyIndex(pc, k, name); i >= 0 && in.setSplit(i, v) {
			return nil
		}
	}
	return in.setAttr(th, name, v)
}

// attrStr is attr for a Go string.
func (in *Instance) attrStr(name string) Value {
	if k := in.keys; k != nil {
		if i := k.indexStr(name); i >= 0 && i < len(in.vals) {
			return in.vals[i]
		}
		return nil
	}
	return in.Dict.GetStr(name)
}

// hasDict reports whether the instance has attribute storage (a plain
// object() has none).
func (in *Instance) hasDict() bool { return in.keys != nil || in.Dict != nil }

// attrCount returns (an upper bound of) the number of own attributes.
func (in *Instance) attrCount() int {
	if in.keys != nil {
		return len(in.vals)
	}
	if in.Dict != nil {
		return in.Dict.used
	}
	return 0
}

// setAttr stores the own attribute name (the instance must have storage).
func (in *Instance) setAttr(th *Thread, name *Str, v Value) error {
	if k := in.keys; k != nil {
		i := k.index(name)
		if i < 0 && len(k.names) < maxSplitKeys {
			i = len(k.names)
			k.names = append(k.names, &Str{s: name.s, h: name.hash(), n: -1, rom: true})
		}
		if in.setSplit(i, v) {
			return nil
		}
		in.materialize()
	}
	return in.Dict.setHashed(th, name, name.hash(), v)
}

// setAttrStr is setAttr for a Go string.
func (in *Instance) setAttrStr(th *Thread, name string, v Value) error {
	if k := in.keys; k != nil {
		if i := k.indexStr(name); i >= 0 {
			if in.setSplit(i, v) {
				return nil
			}
			in.materialize()
		}
	}
	return in.setAttr(th, NewStr(name), v)
}

// setSplit stores v at index i of the split values, reporting false when
// that would change the attributes' order (i unset but below a set one)
// or i is -1.
func (in *Instance) setSplit(i int, v Value) bool {
	if i < 0 {
		return false
	}
	if i < len(in.vals) {
		if in.vals[i] == nil {
			return false
		}
		in.vals[i] = v
		return true
	}
	if i >= cap(in.vals) {
		c := 2 * cap(in.vals)
		if c < i+1 {
			c = i + 1
		}
		if c < 4 {
			c = 4
		}
		accountBytes(blocks(c * 4))
		nv := make([]Value, len(in.vals), c)
		copy(nv, in.vals)
		in.vals = nv
	}
	in.vals = in.vals[:i+1]
	in.vals[i] = v
	return true
}

// materialize moves split attributes into an ordinary dict.
func (in *Instance) materialize() {
	if in.keys == nil {
		return
	}
	d := newDictCap(len(in.vals))
	for i, v := range in.vals {
		if v != nil {
			k := in.keys.names[i]
			_ = d.setHashed(nil, k, k.hash(), v)
		}
	}
	in.Dict, in.keys, in.vals = d, nil, nil
}

// dict returns the instance's __dict__ (nil for a plain object()),
// converting split storage to an ordinary dict that stays in use.
func (in *Instance) dict() *Dict {
	in.materialize()
	return in.Dict
}

// allocInstance returns an instance of a class with split attribute
// storage, with room for n values allocated together with it: one
// allocation per object.
func allocInstance(cls *Type, n int) *Instance {
	var in *Instance
	var vals []Value
	switch {
	case n <= 0:
		in = &Instance{}
	case n == 1:
		p := &struct {
			in Instance
			v  [1]Value
		}{}
		in, vals = &p.in, p.v[:0]
	case n == 2:
		p := &struct {
			in Instance
			v  [2]Value
		}{}
		in, vals = &p.in, p.v[:0]
	case n == 3:
		p := &struct {
			in Instance
			v  [3]Value
		}{}
		in, vals = &p.in, p.v[:0]
	case n == 4:
		p := &struct {
			in Instance
			v  [4]Value
		}{}
		in, vals = &p.in, p.v[:0]
	case n <= 6:
		p := &struct {
			in Instance
			v  [6]Value
		}{}
		in, vals = &p.in, p.v[:0]
	case n <= 8:
		p := &struct {
			in Instance
			v  [8]Value
		}{}
		in, vals = &p.in, p.v[:0]
	default:
		in = &Instance{}
		vals = make([]Value, 0, n)
	}
	in.Class, in.keys, in.vals = cls, cls.splitKeys(), vals
	return in
}
