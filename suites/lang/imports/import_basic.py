# needs: dunder_name, local_import
import mod_simple
print(mod_simple.VALUE, mod_simple.double(4), mod_simple.Thing.kind)
print(type(mod_simple).__name__, mod_simple.__name__)
import mod_simple
print("second import does not re-execute")
