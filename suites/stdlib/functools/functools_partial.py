import functools
def power(base, exp):
    return base ** exp
sq = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
two_to = functools.partial(power, 2)
print(sq(5), cube(2), two_to(10))
p = functools.partial(print, "prefix:", sep="")
p("a", "b")
print(sq.func is power, sq.args, sq.keywords)
