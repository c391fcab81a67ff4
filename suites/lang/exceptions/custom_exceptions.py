# needs: dunder_name
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: {}".format(key))
        self.key = key
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise NotFound("x")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)
try:
    raise WithStr(1, 2)
except WithStr as e:
    print(e, repr(e), e.args)
print(issubclass(NotFound, Exception))
class NoInit(ValueError):
    code = 7
e = NoInit("a", "b")
print(e.args, e.code, str(e))
