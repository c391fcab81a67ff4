# needs: local_import
import mod_circ_a
import mod_circ_b
print(mod_circ_b.B_SEES_EARLY, mod_circ_b.B_SEES_LATE)
print(mod_circ_a.from_b(), mod_circ_a.A_LATE)
