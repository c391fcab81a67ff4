# helper package (not a test)
print("pkg_a init")
PKG = "pkg_a"
from .sub import sub_func
