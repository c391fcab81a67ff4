# needs: local_import
from mod_simple import VALUE, double as dbl
print(VALUE, dbl(5))
from mod_simple import (
    Thing,
    _private,
)
print(Thing.__name__, _private)
try:
    from mod_simple import missing_name
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])  # drop the file path
