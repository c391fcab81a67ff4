# needs: local_import
import mod_simple
names = [n for n in dir(mod_simple) if not n.startswith("__")]
print(sorted(names))
print(mod_simple.__name__, mod_simple.__file__.endswith("mod_simple.py"))
print(getattr(mod_simple, "VALUE"), hasattr(mod_simple, "nope"))
mod_simple.added = 1
print(mod_simple.added)
print(mod_simple.__dict__["VALUE"])
