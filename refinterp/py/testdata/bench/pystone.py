class Record:
    def __init__(self, ptr=None, discr=0, enum=0, intcomp=0, stringcomp=""):
        self.ptr = ptr
        self.discr = discr
        self.enum = enum
        self.intcomp = intcomp
        self.stringcomp = stringcomp
    def copy(self):
        return Record(self.ptr, self.discr, self.enum, self.intcomp, self.stringcomp)

class Counter:
    def __init__(self):
        self.count = 0
    def add(self, n):
        self.count += n
        return self.count

def proc(rec, c, n):
    r = rec.copy()
    r.intcomp = n
    if r.intcomp > 5:
        r.enum = r.intcomp - 5
    else:
        r.enum = r.intcomp + 5
    c.add(r.enum)
    return r

def main(loops):
    c = Counter()
    rec = Record(None, 1, 2, 3, "DHRYSTONE")
    for i in range(loops):
        rec = proc(rec, c, i % 10)
    return c.count
print(main(200000))
