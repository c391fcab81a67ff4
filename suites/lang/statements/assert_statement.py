assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], {"k": 1}
except AssertionError as e:
    print(e.args)
x = 0
def side():
    global x
    x += 1
    return "msg"
assert True, side()
print("message evaluated:", x)
