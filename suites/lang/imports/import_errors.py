# needs: dunder_name, local_import
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg_a.no_such_sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from pkg_a import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])  # drop the file path
print(issubclass(ModuleNotFoundError, ImportError))
