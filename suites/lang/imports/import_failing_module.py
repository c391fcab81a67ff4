# needs: local_import
import sys
try:
    import mod_raises
except ValueError as e:
    print("ValueError:", e)
print("mod_raises" in sys.modules)
try:
    import mod_raises
except ValueError as e:
    print("raises again:", e)
