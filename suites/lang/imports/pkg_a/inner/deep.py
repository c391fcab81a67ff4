# helper module (not a test): parent-relative import
from ..sub import SUB_CONST
DEEP = "deep sees " + str(SUB_CONST)
def where():
    return __name__
