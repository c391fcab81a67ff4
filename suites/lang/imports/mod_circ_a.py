# helper module (not a test): circular import partner of mod_circ_b
A_EARLY = "a-early"
import mod_circ_b
A_LATE = "a-late"
def from_b():
    return mod_circ_b.B_VALUE
