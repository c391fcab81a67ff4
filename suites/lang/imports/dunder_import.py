# needs: dunder_name, local_import
m = __import__("mod_simple")
print(m.VALUE)
p = __import__("pkg_a.sub")
print(p.__name__)
s = __import__("pkg_a.sub", None, None, ["SUB_CONST"])
print(s.__name__, s.SUB_CONST)
import sys
print(sys.modules["pkg_a.sub"] is s)
