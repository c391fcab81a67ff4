# needs: float
class E(Exception):
    pass
print(str(E([1, 2])), str(E({"a": 1})), str(E(3.5)))
print(repr(E("x", 1)), str(E("x", 1)))
try:
    raise E
except E as e:
    print(repr(e), e.args)
print(str(KeyError("key with 'quote'")))
print(repr(ValueError('has "dq"')))
