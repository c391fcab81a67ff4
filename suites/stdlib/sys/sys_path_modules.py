import sys
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
import math
print("math" in sys.modules)
sys.modules["fake_mod_for_test"] = math
import fake_mod_for_test
print(fake_mod_for_test is math)
del sys.modules["fake_mod_for_test"]
print(sys.getrecursionlimit() > 50 if hasattr(sys, "getrecursionlimit") else True)
