# needs: dunder_name
def f():
    pass
class C:
    pass
for i in range(2):
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
print(f(), C.__name__, i)
