# needs: local_import
from mod_all import *
print(exported, also)
try:
    not_listed
except NameError as e:
    print("NameError:", e)
from mod_noall import *
print(public)
print("_underscore" in dir())
