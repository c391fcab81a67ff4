# needs: local_import
import sys
import mod_simple
print("mod_simple" in sys.modules, sys.modules["mod_simple"] is mod_simple)
mod_simple.VALUE = "patched"
import mod_simple as m2
print(m2.VALUE)
del sys.modules["mod_simple"]
import mod_simple as m3
print(m3.VALUE, m3 is mod_simple)
