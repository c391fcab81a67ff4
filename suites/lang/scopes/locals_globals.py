# needs: dunder_name
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
G = 5
print("G" in globals(), globals()["G"])
globals()["dyn"] = "made dynamically"
print(dyn)
def g():
    return "G" in locals()
print(g())
print(__name__, type(globals()).__name__)
