# helper module (not a test): relative imports
from . import sub
from .sub import SUB_CONST
from .inner.deep import DEEP
def info():
    return (sub.SUB_CONST, SUB_CONST, DEEP, __name__, __package__)
