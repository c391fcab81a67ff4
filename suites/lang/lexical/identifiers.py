_x = 1
x_1 = 2
CamelCase = 3
__dunder__ = 4
print(_x, x_1, CamelCase, __dunder__)
café = "unicode id"
print(café)
Δ = 5
print(Δ * 2)
_ = "underscore"
print(_)
