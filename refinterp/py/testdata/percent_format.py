d = {"name": "gear", "qty": -12345, "price": 499.875, "code": 40503, 1: "one"}
print("%(name)-7s=%(qty)6d %(price)9.3f %(code)04x %(code)#X %(code)#o" % d)
print("100%% %s%%%d%%" % ("a", 5), "%%", "%%%%" % (), "a%%b%%c" % ())
print("%5.2s|%-5d|%+d|% d|%05.1f|%x|%X|%#x|%c|%r|%a" % ("hello", 42, 7, 7, 2.25, 255, 255, 255, 65, "é", "é"))
print("%.3d|%#.5x|%-#8o|%08.3e" % (7, 255, -8, 12345.678))
print("héllo %s wörld %d%%" % ("ü", 3))
class M(dict):
    def __missing__(self, k): return "<" + k + ">"
print("%(a)s %(b)s" % M(a=1))
try:
    print("%(zz)s" % d)
except KeyError as e:
    print("KeyError", e)
for f in ["%", "abc %y", "%.*f"]:
    try:
        print(f % (1,))
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(b"%s %%d %d%%" % (b"x", 3))
