# expect: exit 1
class MyError(Exception):
    pass
try:
    raise MyError("handled")
except MyError as e:
    print("first:", e)
print("now raising for real")
raise MyError("not handled")
