import functools
calls = []
@functools.lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls))
print(fib(30), len(calls))
info = fib.cache_info()
print(info.hits > 0, info.misses)
@functools.cache
def sq(x):
    calls.append(("sq", x))
    return x * x
calls.clear()
print(sq(3), sq(3), calls)
