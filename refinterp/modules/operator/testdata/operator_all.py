import operator as op
from operator import itemgetter, attrgetter, methodcaller
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(3), op.pos(-3), op.invert(5), op.inv(5), op.abs(-2), op.not_(0), op.truth([]), op.index(7))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2), op.is_(None, None), op.is_not(1, None))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.concat([1], [2]), op.getitem('abc', 1))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.iadd(l, [4]), l, op.__add__(1, 1), op.length_hint([1, 2]))
print(itemgetter(1)('abc'), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 5}), itemgetter(1), itemgetter(1, 'a'))
class A: pass
a = A(); a.b = A(); a.b.c = 7; a.x = 1
print(attrgetter('x')(a), attrgetter('b.c')(a), attrgetter('x', 'b.c')(a), attrgetter('x', 'b.c'))
print(methodcaller('upper')('abc'), methodcaller('split', ',', maxsplit=1)('a,b,c'), methodcaller('split', ',', maxsplit=1))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(0)), list(map(op.mul, [1, 2], [3, 4])))
for bad in [lambda: op.concat(1, 2), lambda: op.add(1), lambda: op.indexOf([1], 5), lambda: itemgetter(5)([1]),
            lambda: attrgetter('zz')(a), lambda: op.neg('s')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
