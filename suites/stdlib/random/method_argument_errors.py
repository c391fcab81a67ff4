# Random's methods are Python functions in CPython: argument errors use a
# Python function's wording, counting self.
import random


def t(f, *a, **k):
    try:
        f(*a, **k)
    except TypeError as e:
        print(e)


r = random.Random(1)
t(r.randint, 1)
t(r.randint)
t(r.randint, 1, 2, 3)
t(r.randint, 1, 2, c=3)
t(r.randrange, 1, 2, 3, 4)
t(r.choice)
