# needs: collections, dunder_name
import sys
import math, gc
from collections import namedtuple
print(type(sys).__name__, math.__name__, gc.__name__)
print(namedtuple.__name__)
print("sys" in sys.modules, "math" in sys.modules)
try:
    import builtins
    print(builtins.abs(-1))
except ImportError:
    print(1)
