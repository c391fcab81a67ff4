package py

// Dict is an insertion-ordered hash table with Python key semantics, laid
// out like CPython's compact dict: entries in insertion order plus an
// open-addressed index.
type Dict struct {
	entries []dictEntry
	index   []int32 // -1 empty, -2 deleted, else entry position
	used    int
	// nDeleted counts tombstones in entries.
	nDeleted int
	// ixFill counts the index slots that are not empty: live ones and
	// deleted ones (ixDeleted, which only a rebuild clears). The index is
	// rebuilt on this, not on len(entries): deleting the last entry trims
	// entries but leaves its slot deleted, so insert/delete churn would
	// otherwise fill the index with deleted slots until a lookup of an
	// absent key probed forever.
	ixFill int
	// noAccount marks dicts of built-in types/modules (ROM on a MicroPython
	// port); they are not charged to the heap.
	noAccount bool
}

type dictEntry struct {
	hash  int64
	key   Value // nil for a deleted entry
	value Value
}

// Type returns DictType.
func (*Dict) Type() *Type { return DictType }

// NewDict returns an empty dict, accounted on the heap.
func NewDict() *Dict {
	accountBytes(32)
	return &Dict{}
}

func newDictNoAccount() *Dict { return &Dict{noAccount: true} }

// newDictCap returns an empty dict with room for n items.
func newDictCap(n int) *Dict {
	accountBytes(32)
	d := &Dict{}
	if n > 0 {
		d.entries = make([]dictEntry, 0, n)
		if n > smallDict {
			d.rebuild(n)
		}
	}
	return d
}

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

const (
	ixEmpty   = -1
	ixDeleted = -2
)

func (d *Dict) rebuild(size int) {
	n := 8
	for n*2 < size*3 {
		n <<= 1
	}
	if d.nDeleted > 0 {
		j := 0
		for _, e := range d.entries {
			if e.key != nil {
				d.entries[j] = e
				j++
			}
		}
		for k := j; k < len(d.entries); k++ {
			d.entries[k] = dictEntry{}
		}
		d.entries = d.entries[:j]
		d.nDeleted = 0
	}
	if !d.noAccount {
		accountBytes(n + blocks(len(d.entries)*12))
	}
	idx := make([]int32, n)
	for i := range idx {
		idx[i] = ixEmpty
	}
	mask := uint64(n - 1)
	for pos, e := range d.entries {
		h := uint64(e.hash)
		i := h & mask
		perturb := h
		for idx[i] != ixEmpty {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		idx[i] = int32(pos)
	}
	d.index = idx
	d.ixFill = len(d.entries)
}

// smallDict is the size up to which a dict has no index and is searched
// linearly (most instance and keyword dicts): one allocation less.
const smallDict = 8

// find returns the index slot and entry position for key (pos -1 if absent).
func (d *Dict) find(th *Thread, key Value, hash int64) (slot int, pos int, err error) {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == hash && e.key != nil {
				if same(e.key, key) {
					return -1, i, nil
				}
				eq, err := keyEqual(th, e.key, key)
				if err != nil {
					return -1, -1, err
				}
				if eq {
					return -1, i, nil
				}
			}
		}
		return -1, -1, nil
	}
	mask := uint64(len(d.index) - 1)
	h := uint64(hash)
	i := h & mask
	perturb := h
	freeSlot := -1
	for {
		ix := d.index[i]
		if ix == ixEmpty {
			if freeSlot >= 0 {
				return freeSlot, -1, nil
			}
			return int(i), -1, nil
		}
		if ix == ixDeleted {
			if freeSlot < 0 {
				freeSlot = int(i)
			}
		} else {
			e := &d.entries[ix]
			if e.hash == hash {
				if same(e.key, key) {
					return int(i), int(ix), nil
				}
				eq, err := keyEqual(th, e.key, key)
				if err != nil {
					return 0, -1, err
				}
				if eq {
					return int(i), int(ix), nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

func keyEqual(th *Thread, a, b Value) (bool, error) {
	switch x := a.(type) {
	case *Str:
		if y, ok := b.(*Str); ok {
			return x.s == y.s, nil
		}
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	}
	return Equal(th, a, b)
}

// Get returns the value for key, or nil if absent.
func (d *Dict) Get(th *Thread, key Value) (Value, error) {
	if d.used == 0 {
		if _, err := Hash(th, key); err != nil {
			return nil, err
		}
		return nil, nil
	}
	h, err := Hash(th, key)
	if err != nil {
		return nil, err
	}
	_, pos, err := d.find(th, key, h)
	if err != nil || pos < 0 {
		return nil, err
	}
	return d.entries[pos].value, nil
}

// GetStr returns the value for the str key s, or nil.
func (d *Dict) GetStr(s string) Value {
	if d == nil || d.used == 0 {
		return nil
	}
	h := strHash(s)
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == h {
				if k, ok := e.key.(*Str); ok && k.s == s {
					return e.value
				}
			}
		}
		return nil
	}
	mask := uint64(len(d.index) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		ix := d.index[i]
		if ix == ixEmpty {
			return nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h {
				if k, ok := e.key.(*Str); ok && k.s == s {
					return e.value
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// getStrObj is GetStr for a *Str key, using its cached hash.
func (d *Dict) getStrObj(k *Str) Value {
	if d == nil || d.used == 0 {
		return nil
	}
	h := k.hash()
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == h {
				if e.key == Value(k) {
					return e.value
				}
				if ks, ok := e.key.(*Str); ok && ks.s == k.s {
					return e.value
				}
			}
		}
		return nil
	}
	mask := uint64(len(d.index) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		ix := d.index[i]
		if ix == ixEmpty {
			return nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h {
				if e.key == Value(k) {
					return e.value
				}
				if ks, ok := e.key.(*Str); ok && ks.s == k.s {
					return e.value
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// Set stores key: value.
func (d *Dict) Set(th *Thread, key, value Value) error {
	h, err := Hash(th, key)
	if err != nil {
		return err
	}
	return d.setHashed(th, key, h, value)
}

func (d *Dict) setHashed(th *Thread, key Value, h int64, value Value) error {
	slot, pos, err := d.find(th, key, h)
	if err != nil {
		return err
	}
	if pos >= 0 {
		d.entries[pos].value = value
		return nil
	}
	if d.index == nil {
		if len(d.entries) < smallDict {
			if cap(d.entries) == 0 {
				d.entries = make([]dictEntry, 0, 4)
				if !d.noAccount {
					accountBytes(48)
				}
			} else if len(d.entries) == cap(d.entries) && !d.noAccount {
				accountBytes(blocks((cap(d.entries) + 1) * 12))
			}
			d.entries = append(d.entries, dictEntry{hash: h, key: key, value: value})
			d.used++
			return nil
		}
		d.rebuild((d.used + 1) * 3)
		slot, _, _ = d.find(th, key, h)
	} else if d.index[slot] == ixEmpty && (d.ixFill+1)*3 >= len(d.index)*2 {
		d.rebuild((d.used + 1) * 3)
		slot, _, _ = d.find(th, key, h)
	}
	if d.index[slot] == ixEmpty {
		d.ixFill++
	}
	if !d.noAccount && len(d.entries) == cap(d.entries) {
		accountBytes(blocks((cap(d.entries) + 1) * 12))
	}
	d.index[slot] = int32(len(d.entries))
	if cap(d.entries) == 0 {
		d.entries = make([]dictEntry, 0, 4)
	}
	d.entries = append(d.entries, dictEntry{hash: h, key: key, value: value})
	d.used++
	return nil
}

// SetStr stores the str key s.
func (d *Dict) SetStr(s string, value Value) {
	k := NewStrNoAccount(s)
	_ = d.setHashed(nil, k, strHash(s), value)
}

// Delete removes key, returning its old value or nil if absent.
func (d *Dict) Delete(th *Thread, key Value) (Value, error) {
	h, err := Hash(th, key)
	if err != nil {
		return nil, err
	}
	slot, pos, err := d.find(th, key, h)
	if err != nil || pos < 0 {
		return nil, err
	}
	old := d.entries[pos].value
	if slot >= 0 {
		d.index[slot] = ixDeleted
	}
	d.entries[pos] = dictEntry{}
	d.used--
	d.nDeleted++
	if pos == len(d.entries)-1 {
		// keep appends cheap: trim trailing tombstones
		for len(d.entries) > 0 && d.entries[len(d.entries)-1].key == nil {
			d.entries = d.entries[:len(d.entries)-1]
			d.nDeleted--
		}
	}
	return old, nil
}

// DelStr removes the str key s, reporting whether it was present.
func (d *Dict) DelStr(s string) bool {
	old, _ := d.Delete(nil, NewStrNoAccount(s))
	return old != nil
}

// Clear removes every item.
func (d *Dict) Clear() {
	d.entries = nil
	d.index = nil
	d.used = 0
	d.nDeleted = 0
	d.ixFill = 0
}

// Items returns the live keys and values in insertion order.
func (d *Dict) Items() (keys, values []Value) {
	keys = make([]Value, 0, d.used)
	values = make([]Value, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			keys = append(keys, e.key)
			values = append(values, e.value)
		}
	}
	return keys, values
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Value {
	keys := make([]Value, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			keys = append(keys, e.key)
		}
	}
	return keys
}

// entryAt iterates: it returns the next live entry at or after *pos.
func (d *Dict) entryAt(pos *int) (k, v Value, ok bool) {
	for *pos < len(d.entries) {
		e := &d.entries[*pos]
		*pos++
		if e.key != nil {
			return e.key, e.value, true
		}
	}
	return nil, nil, false
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := NewDict()
	for _, e := range d.entries {
		if e.key != nil {
			_ = n.setHashed(nil, e.key, e.hash, e.value)
		}
	}
	return n
}

// Update copies every item of src into d.
func (d *Dict) Update(th *Thread, src *Dict) error {
	for _, e := range src.entries {
		if e.key != nil {
			if err := d.setHashed(th, e.key, e.hash, e.value); err != nil {
				return err
			}
		}
	}
	return nil
}

// PopLast removes and returns the last item (popitem).
func (d *Dict) PopLast() (k, v Value, ok bool) {
	for i := len(d.entries) - 1; i >= 0; i-- {
		e := d.entries[i]
		if e.key != nil {
			if d.index != nil {
				for j, ix := range d.index {
					if int(ix) == i {
						d.index[j] = ixDeleted
					}
				}
			}
			d.entries[i] = dictEntry{}
			d.entries = d.entries[:i]
			d.used--
			for len(d.entries) > 0 && d.entries[len(d.entries)-1].key == nil {
				d.entries = d.entries[:len(d.entries)-1]
				d.nDeleted--
			}
			return e.key, e.value, true
		}
	}
	return nil, nil, false
}
