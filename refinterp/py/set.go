package py

import "strings"

// Set is a set or frozenset. Its table follows CPython's setobject.c
// (linear probing then perturbation, the same growth policy) so that
// iteration order, and so printed output, matches CPython for ints.
type Set struct {
	table  []setEntry
	fill   int
	used   int
	frozen bool
	cls    *Type
}

type setEntry struct {
	hash int64
	key  Value // nil = unused; dummySet = deleted
}

// dummyKey marks deleted set slots (not zero-sized: it must not share an
// address with None).
var dummyKey Value = &dummyKeyType{1}

type dummyKeyType struct{ _ int }

func (*dummyKeyType) Type() *Type { return ObjectType }

// Type returns SetType or FrozenSetType.
func (s *Set) Type() *Type {
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// NewSet returns an empty set.
func NewSet() *Set {
	accountBytes(16 + 8*8)
	return &Set{}
}

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

const linearProbes = 9

func (s *Set) lookup(th *Thread, key Value, hash int64) (int, error) {
	if s.table == nil {
		return -1, nil
	}
	mask := uint64(len(s.table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		probes := uint64(0)
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := uint64(0); j <= probes; j++ {
			e := &s.table[i+j]
			if e.key == nil {
				return -1, nil
			}
			if e.hash == hash && e.key != dummyKey {
				if same(e.key, key) {
					return int(i + j), nil
				}
				eq, err := keyEqual(th, e.key, key)
				if err != nil {
					return -1, err
				}
				if eq {
					return int(i + j), nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// Add inserts key.
func (s *Set) Add(th *Thread, key Value) error {
	h, err := Hash(th, key)
	if err != nil {
		return err
	}
	return s.addHashed(th, key, h)
}

// addHashed inserts key in one pass over its probe sequence, as CPython's
// set_add_entry: it stops at an equal key or at the first unused slot, and
// puts a new key in the last deleted slot it passed, if any, else there.
func (s *Set) addHashed(th *Thread, key Value, hash int64) error {
	if s.table == nil {
		s.table = make([]setEntry, 8)
	}
	mask := uint64(len(s.table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	free := -1
	for {
		probes := uint64(0)
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := uint64(0); j <= probes; j++ {
			k := int(i + j)
			e := &s.table[k]
			if e.key == nil {
				if free >= 0 {
					s.table[free] = setEntry{hash, key}
					s.used++
					return nil
				}
				*e = setEntry{hash, key}
				s.fill++
				s.used++
				s.growIfFull()
				return nil
			}
			if e.key == dummyKey {
				free = k // the last deleted slot passed, as CPython 3.11
				continue
			}
			if e.hash == hash {
				if same(e.key, key) {
					return nil
				}
				startKey := e.key
				eq, err := keyEqual(th, startKey, key)
				if err != nil || eq {
					return err
				}
				if len(s.table) != int(mask)+1 || s.table[k].key != startKey {
					// __eq__ changed the set: start again, as CPython.
					return s.addHashed(th, key, hash)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

// growIfFull resizes after an insertion into an unused slot by CPython's
// rule: when fill reaches 3/5 of the table.
func (s *Set) growIfFull() {
	if s.fill*5 >= (len(s.table)-1)*3 {
		n := s.used * 4
		if s.used > 50000 {
			n = s.used * 2
		}
		s.resize(n)
	}
}

// addClean inserts a key known to be absent into a set without deleted
// slots (a new result set): the first unused slot of its probe sequence,
// with no comparisons, where addHashed would put it too.
func (s *Set) addClean(key Value, hash int64) {
	if s.table == nil {
		s.table = make([]setEntry, 8)
	}
	mask := uint64(len(s.table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		probes := uint64(0)
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := uint64(0); j <= probes; j++ {
			e := &s.table[i+j]
			if e.key == nil {
				*e = setEntry{hash, key}
				s.fill++
				s.used++
				s.growIfFull()
				return
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *Set) resize(minused int) {
	size := 8
	for size <= minused {
		size <<= 1
	}
	old := s.table
	accountBytes(16 * size / 2)
	s.table = make([]setEntry, size)
	s.fill = s.used
	mask := uint64(size - 1)
	for _, e := range old {
		if e.key == nil || e.key == dummyKey {
			continue
		}
		perturb := uint64(e.hash)
		i := uint64(e.hash) & mask
		for {
			if s.table[i].key == nil {
				s.table[i] = e
				goto next
			}
			if i+linearProbes <= mask {
				for j := uint64(1); j <= linearProbes; j++ {
					if s.table[i+j].key == nil {
						s.table[i+j] = e
						goto next
					}
				}
			}
			perturb >>= 5
			i = (i*5 + 1 + perturb) & mask
		}
	next:
	}
}

// Contains reports whether key is in the set.
func (s *Set) Contains(th *Thread, key Value) (bool, error) {
	h, err := Hash(th, key)
	if err != nil {
		if ks, ok := key.(*Set); ok && !ks.frozen {
			fz := &Set{frozen: true}
			for _, k := range ks.Elems() {
				_ = fz.Add(th, k)
			}
			return s.Contains(th, fz)
		}
		return false, err
	}
	pos, err := s.lookup(th, key, h)
	return pos >= 0, err
}

// Discard removes key, reporting whether it was present.
func (s *Set) Discard(th *Thread, key Value) (bool, error) {
	h, err := Hash(th, key)
	if err != nil {
		return false, err
	}
	pos, err := s.lookup(th, key, h)
	if err != nil || pos < 0 {
		return false, err
	}
	s.table[pos] = setEntry{-1, dummyKey}
	s.used--
	return true, nil
}

// Elems returns the elements in iteration order.
func (s *Set) Elems() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != dummyKey {
			out = append(out, e.key)
		}
	}
	return out
}

func (s *Set) copySet() *Set {
	n := &Set{frozen: s.frozen}
	accountBytes(16 + 8*len(s.table))
	n.table = append([]setEntry(nil), s.table...)
	n.fill, n.used = s.fill, s.used
	return n
}

func (s *Set) update(th *Thread, it Value) error {
	if o, ok := it.(*Set); ok {
		for _, e := range o.table {
			if e.key != nil && e.key != dummyKey {
				if err := s.addHashed(th, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if d, ok := it.(*Dict); ok {
		for _, e := range d.entries {
			if e.key != nil {
				if err := s.addHashed(th, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return ForEach(th, it, func(v Value) error { return s.Add(th, v) })
}

// NewSetFrom builds a set from an iterable.
func NewSetFrom(th *Thread, it Value) (*Set, error) {
	s := NewSet()
	return s, s.update(th, it)
}

type setIter struct {
	s    *Set
	pos  int
	size int
}

func (*setIter) Type() *Type { return setIterType }

var setIterType *Type

func toSetArg(th *Thread, v Value) (*Set, error) {
	if s, ok := v.(*Set); ok {
		return s, nil
	}
	return NewSetFrom(th, v)
}

func setBinary(th *Thread, op BinOp, a *Set, bv Value) (Value, error) {
	b, ok := bv.(*Set)
	if !ok {
		if dv, isView := bv.(*DictView); isView && dv.kind != 1 {
			var err error
			b, err = NewSetFrom(th, bv)
			if err != nil {
				return nil, err
			}
		} else {
			return NotImplemented, nil
		}
	}
	var out *Set
	switch op {
	case OpOr:
		out = a.copySet()
		if err := out.update(th, b); err != nil {
			return nil, err
		}
	case OpAnd:
		out = NewSet()
		small, big := a, b
		if b.used < a.used {
			small, big = b, a
		}
		for _, e := range small.table {
			if e.key != nil && e.key != dummyKey {
				pos, err := big.lookup(th, e.key, e.hash)
				if err != nil {
					return nil, err
				}
				if pos >= 0 {
					out.addClean(e.key, e.hash)
				}
			}
		}
	case OpSub:
		out = NewSet()
		for _, e := range a.table {
			if e.key != nil && e.key != dummyKey {
				pos, err := b.lookup(th, e.key, e.hash)
				if err != nil {
					return nil, err
				}
				if pos < 0 {
					out.addClean(e.key, e.hash)
				}
			}
		}
	case OpXor:
		// CPython: copy the right operand, then toggle the left's keys in it.
		out = b.copySet()
		if err := out.symDiffUpdate(th, a); err != nil {
			return nil, err
		}
	default:
		return NotImplemented, nil
	}
	out.frozen = a.frozen
	return out, nil
}

// symDiffUpdate toggles src's keys in s, in src's table order, as
// CPython's set_symmetric_difference_update does.
func (s *Set) symDiffUpdate(th *Thread, src *Set) error {
	if s == src {
		s.table, s.fill, s.used = nil, 0, 0
		return nil
	}
	for _, e := range src.table {
		if e.key == nil || e.key == dummyKey {
			continue
		}
		pos, err := s.lookup(th, e.key, e.hash)
		if err != nil {
			return err
		}
		if pos >= 0 {
			s.table[pos] = setEntry{-1, dummyKey}
			s.used--
		} else if err := s.addHashed(th, e.key, e.hash); err != nil {
			return err
		}
	}
	return nil
}

// setInplace applies an in-place set operator to s, keeping the table
// layout where CPython mutates in place (-= and ^= leave dummies).
func setInplace(th *Thread, op BinOp, s *Set, o *Set) error {
	switch op {
	case OpXor:
		return s.symDiffUpdate(th, o)
	case OpSub:
		if s == o {
			s.table, s.fill, s.used = nil, 0, 0
			return nil
		}
		for _, e := range o.table {
			if e.key == nil || e.key == dummyKey {
				continue
			}
			pos, err := s.lookup(th, e.key, e.hash)
			if err != nil {
				return err
			}
			if pos >= 0 {
				s.table[pos] = setEntry{-1, dummyKey}
				s.used--
			}
		}
		return nil
	}
	r, err := setBinary(th, op, s, o)
	if err != nil {
		return err
	}
	n := r.(*Set)
	s.table, s.fill, s.used = n.table, n.fill, n.used
	return nil
}

func setIsSubset(th *Thread, a, b *Set) (bool, error) {
	if a.used > b.used {
		return false, nil
	}
	for _, e := range a.table {
		if e.key != nil && e.key != dummyKey {
			pos, err := b.lookup(th, e.key, e.hash)
			if err != nil || pos < 0 {
				return false, err
			}
		}
	}
	return true, nil
}

func initSetTypes() {
	for i, name := range []string{"set", "frozenset"} {
		frozen := i == 1
		st := NewBuiltinType(name, nil)
		st.Flags |= FlagBaseType
		if frozen {
			FrozenSetType = st
		} else {
			SetType = st
		}
		st.Repr = func(th *Thread, v Value) (string, error) {
			s := v.(*Set)
			if s.used == 0 {
				return name + "()", nil
			}
			if !th.enterRepr(s) {
				return name + "(...)", nil
			}
			defer th.leaveRepr()
			r, err := seqRepr(th, s.Elems(), "{", "}")
			if frozen {
				return "frozenset(" + r + ")", err
			}
			return r, err
		}
		st.Len = func(th *Thread, v Value) (int, error) { return v.(*Set).used, nil }
		st.Iter = func(th *Thread, v Value) (Value, error) {
			s := v.(*Set)
			return &setIter{s: s, size: s.used}, nil
		}
		st.Contains = func(th *Thread, v, x Value) (bool, error) { return v.(*Set).Contains(th, x) }
		if frozen {
			st.Hash = func(th *Thread, v Value) (int64, error) {
				s := v.(*Set)
				var h uint64
				for _, e := range s.table {
					if e.key != nil && e.key != dummyKey {
						x := uint64(e.hash)
						h ^= ((x ^ 89869747) ^ (x << 16)) * 3644798167
					}
				}
				h ^= (uint64(s.used) + 1) * 1927868237
				h ^= (h >> 11) ^ (h >> 25)
				h = h*69069 + 907133923
				r := int64(h)
				if r == -1 {
					r = 590923713
				}
				return r, nil
			}
		}
		st.Compare = func(th *Thread, a, b Value, op CmpOp) (Value, error) {
			x := a.(*Set)
			y, ok := b.(*Set)
			if !ok {
				return NotImplemented, nil
			}
			switch op {
			case CmpEQ, CmpNE:
				if x.used != y.used {
					return MakeBool(op == CmpNE), nil
				}
				sub, err := setIsSubset(th, x, y)
				return MakeBool(sub == (op == CmpEQ)), err
			case CmpLE:
				r, err := setIsSubset(th, x, y)
				return MakeBool(r), err
			case CmpLT:
				r, err := setIsSubset(th, x, y)
				return MakeBool(r && x.used < y.used), err
			case CmpGE:
				r, err := setIsSubset(th, y, x)
				return MakeBool(r), err
			case CmpGT:
				r, err := setIsSubset(th, y, x)
				return MakeBool(r && x.used > y.used), err
			}
			return NotImplemented, nil
		}
		for _, op := range []BinOp{OpOr, OpAnd, OpSub, OpXor} {
			o := op
			st.Num[o] = func(th *Thread, a, b Value) (Value, error) { return setBinary(th, o, a.(*Set), b) }
			if !frozen {
				st.INum[o] = func(th *Thread, a, b Value) (Value, error) {
					s := a.(*Set)
					bs, ok := b.(*Set)
					if !ok {
						r, err := setBinary(th, o, s, b)
						if err != nil || r == NotImplemented {
							return r, err
						}
						n := r.(*Set)
						s.table, s.fill, s.used = n.table, n.fill, n.used
						return s, nil
					}
					return s, setInplace(th, o, s, bs)
				}
			}
		}
		st.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
			if kw.Len() > 0 {
				return nil, Errorf(TypeErrorType, name, "() takes no keyword arguments")
			}
			if len(args) > 1 {
				return nil, Errorf(TypeErrorType, name, " expected at most 1 argument, got ", itoa(len(args)))
			}
			s := NewSet()
			s.frozen = frozen
			if frozen && len(args) == 1 {
				if err := s.update(th, args[0]); err != nil {
					return nil, err
				}
			}
			if cls != SetType && cls != FrozenSetType {
				return &Instance{Class: cls, Dict: NewDict(), Base: s}, nil
			}
			return s, nil
		}
		if !frozen {
			st.Init = func(th *Thread, self Value, args []Value, kw *Kwargs) error {
				s := unwrapV(self).(*Set)
				s.table, s.fill, s.used = nil, 0, 0
				if len(args) == 1 {
					return s.update(th, args[0])
				}
				return nil
			}
		}
		m := func(mname string, fn func(th *Thread, s *Set, args []Value) (Value, error)) {
			st.AddMethod(mname, func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
				return fn(th, self.(*Set), args)
			})
		}
		multi := func(mname string, op BinOp, inplace bool) {
			m(mname, func(th *Thread, s *Set, args []Value) (Value, error) {
				cur := s
				if !inplace {
					cur = s.copySet()
				}
				for _, a := range args {
					o, err := toSetArg(th, a)
					if err != nil {
						return nil, err
					}
					if err := setInplace(th, op, cur, o); err != nil {
						return nil, err
					}
				}
				if inplace {
					return None, nil
				}
				return cur, nil
			})
		}
		multi("union", OpOr, false)
		multi("intersection", OpAnd, false)
		multi("difference", OpSub, false)
		multi("symmetric_difference", OpXor, false)
		m("copy", func(th *Thread, s *Set, args []Value) (Value, error) { return s.copySet(), nil })
		m("issubset", func(th *Thread, s *Set, args []Value) (Value, error) {
			o, err := toSetArg(th, args[0])
			if err != nil {
				return nil, err
			}
			r, err := setIsSubset(th, s, o)
			return MakeBool(r), err
		})
		m("issuperset", func(th *Thread, s *Set, args []Value) (Value, error) {
			o, err := toSetArg(th, args[0])
			if err != nil {
				return nil, err
			}
			r, err := setIsSubset(th, o, s)
			return MakeBool(r), err
		})
		m("isdisjoint", func(th *Thread, s *Set, args []Value) (Value, error) {
			o, err := toSetArg(th, args[0])
			if err != nil {
				return nil, err
			}
			r, _ := setBinary(th, OpAnd, s, o)
			return MakeBool(r.(*Set).used == 0), nil
		})
		if frozen {
			continue
		}
		multi("update", OpOr, true)
		multi("intersection_update", OpAnd, true)
		multi("difference_update", OpSub, true)
		multi("symmetric_difference_update", OpXor, true)
		m("add", func(th *Thread, s *Set, args []Value) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "set.add() takes exactly one argument (", itoa(len(args)), " given)")
			}
			return None, s.Add(th, args[0])
		})
		m("discard", func(th *Thread, s *Set, args []Value) (Value, error) {
			_, err := s.Discard(th, args[0])
			return None, err
		})
		m("remove", func(th *Thread, s *Set, args []Value) (Value, error) {
			ok, err := s.Discard(th, args[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, keyError(args[0])
			}
			return None, nil
		})
		m("pop", func(th *Thread, s *Set, args []Value) (Value, error) {
			for i, e := range s.table {
				if e.key != nil && e.key != dummyKey {
					s.table[i] = setEntry{-1, dummyKey}
					s.used--
					return e.key, nil
				}
			}
			return nil, NewError(KeyErrorType, "pop from an empty set")
		})
		m("clear", func(th *Thread, s *Set, args []Value) (Value, error) {
			s.table, s.fill, s.used = nil, 0, 0
			return None, nil
		})
	}
	setIterType = NewBuiltinType("set_iterator", nil)
	setIterType.Iter = func(th *Thread, v Value) (Value, error) { return v, nil }
	setIterType.Next = func(th *Thread, v Value) (Value, error) {
		it := v.(*setIter)
		if it.s.used != it.size {
			it.size = -1
			return nil, NewError(RuntimeErrorType, "Set changed size during iteration")
		}
		for it.pos < len(it.s.table) {
			e := it.s.table[it.pos]
			it.pos++
			if e.key != nil && e.key != dummyKey {
				return e.key, nil
			}
		}
		return nil, nil
	}
}

var _ = strings.Join
