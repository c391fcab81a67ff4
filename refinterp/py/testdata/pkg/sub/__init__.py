from ..mod import value as v
S = v + 1
