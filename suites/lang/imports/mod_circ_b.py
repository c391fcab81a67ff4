# helper module (not a test): circular import partner of mod_circ_a
import mod_circ_a
B_SEES_EARLY = hasattr(mod_circ_a, "A_EARLY")
B_SEES_LATE = hasattr(mod_circ_a, "A_LATE")
B_VALUE = "b-value"
