# needs: local_import
import mod_simple as ms
print(ms.VALUE)
import mod_simple as again
print(ms is again)
import sys as system, mod_name as mn
print(system.__name__, mn.NAME)
