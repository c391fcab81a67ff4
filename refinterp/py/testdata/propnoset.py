def getx(s): return 1
class Y:
    @property
    def val(self): return 1
    w = property(getx)
class Z(Y): pass
for stmt in ["Y().val = 1", "del Y().val", "Y().w = 2", "Z().val = 3"]:
    try: exec(stmt)
    except AttributeError as e: print(e)
