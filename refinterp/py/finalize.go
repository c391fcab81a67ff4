package py

// Finalisation without reference counts. CPython calls __del__ when the
// last reference to an object goes away; refinterp has no reference counts,
// so it approximates the two moments programs observe most: a del
// statement that drops the last reference, and interpreter shutdown. At
// those points, if some class defines __del__, the instances reachable from
// the deleted value are checked against everything still reachable from
// the modules and frames (the heap model's walk), and the unreachable ones
// are finalised, in the order the walk met them.

// delClasses counts the classes that define __del__; while it is zero the
// hooks cost one comparison.
var delClasses int

// finalized remembers instances whose __del__ already ran.
var finalized map[*Instance]bool

func noteDelClass(t *Type) {
	if t.Dict.GetStr("__del__") != nil {
		delClasses++
	}
}

// finalizeDropped runs __del__ for the instances reachable from v that
// nothing else reaches any more.
func (th *Thread) finalizeDropped(v Value) {
	if g, ok := v.(*Generator); ok {
		th.closeDroppedGen(g)
		return
	}
	if delClasses == 0 {
		return
	}
	var cands []*Instance
	cw := &heapWalker{seen: map[any]struct{}{}, instances: &cands}
	cw.walk(v)
	var todo []*Instance
	for _, in := range cands {
		if !finalized[in] && in.Class.userLookup("__del__") != nil {
			todo = append(todo, in)
		}
	}
	if len(todo) == 0 {
		return
	}
	switch v.(type) {
	case *List, Tuple:
		// list and tuple deallocation drops the items last to first
		for i, j := 0, len(todo)-1; i < j; i, j = i+1, j-1 {
			todo[i], todo[j] = todo[j], todo[i]
		}
	}
	rw := &heapWalker{seen: map[any]struct{}{}}
	rw.walkDict(th.Modules)
	for f := th.frame; f != nil; f = f.back {
		rw.walkFrame(f)
	}
	if th.curExc != nil {
		rw.walk(th.curExc)
	}
	for _, in := range todo {
		if _, live := rw.seen[in]; live {
			continue
		}
		if finalized == nil {
			finalized = map[*Instance]bool{}
		}
		finalized[in] = true
		del := in.Class.userLookup("__del__")
		if _, err := callDunder(th, del, in); err != nil {
			r, _ := Repr(th, del)
			_ = th.writeTo(th.sysAttr("stderr"), "Exception ignored in: "+r+"\n"+th.FormatException(err))
		}
	}
}

// Finalize approximates interpreter shutdown: the __main__ module's
// globals are dropped in insertion order (its dict is deallocated),
// running __del__ for the objects that become unreachable. It does nothing
// unless a class defines __del__ or a global holds a suspended generator.
func (th *Thread) Finalize() {
	m, ok := th.Modules.GetStr("__main__").(*Module)
	if !ok {
		return
	}
	th.frame = nil
	keys, _ := m.Dict.Items()
	for _, k := range keys {
		s, ok := k.(*Str)
		if !ok || s.s == "__builtins__" {
			continue
		}
		v := m.Dict.GetStr(s.s)
		if v == nil || v == None {
			continue
		}
		if _, isGen := v.(*Generator); !isGen && delClasses == 0 {
			continue
		}
		m.Dict.SetStr(s.s, None)
		th.finalizeDropped(v)
	}
}

// closeDroppedGen closes a suspended generator nothing refers to any more
// (CPython closes a generator when it is deallocated, running its finally).
func (th *Thread) closeDroppedGen(g *Generator) {
	if g.kind != genPlain || !g.started || g.done || g.running {
		return
	}
	rw := &heapWalker{seen: map[any]struct{}{}}
	rw.walkDict(th.Modules)
	for f := th.frame; f != nil; f = f.back {
		rw.walkFrame(f)
	}
	if _, live := rw.seen[g]; live {
		return
	}
	if err := g.Close(th); err != nil {
		_ = th.writeTo(th.sysAttr("stderr"), "Exception ignored in: generator\n"+th.FormatException(err))
	}
}
