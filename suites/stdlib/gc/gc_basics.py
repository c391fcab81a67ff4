# needs: dunder_name
import gc
gc.collect()
print(type(gc.collect()).__name__)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
