class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B>" + super().f()
    def g(self):
        return super().missing()
print(B().f())
try:
    B().g()
except AttributeError as e:
    print("AttributeError:", e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
print(super(B, B()).f())
try:
    super(B, A()).f()
except TypeError as e:
    print("TypeError:", e)
