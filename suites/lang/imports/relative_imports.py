# needs: local_import
from pkg_a import sibling
print(sibling.info())
from pkg_a.inner import deep
print(deep.DEEP)
try:
    exec("from . import x", {"__name__": "__main__", "__package__": None})
except ImportError as e:
    print("ImportError:", e)
