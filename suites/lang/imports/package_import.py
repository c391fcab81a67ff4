# needs: local_import
import pkg_a
print(pkg_a.PKG, pkg_a.sub_func())
import pkg_a.sub
print(pkg_a.sub.SUB_CONST)
from pkg_a import sub
print(sub is pkg_a.sub)
import pkg_a.inner.deep
print(pkg_a.inner.deep.where())
print(pkg_a.__name__, hasattr(pkg_a, "__path__"))
