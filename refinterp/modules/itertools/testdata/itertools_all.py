import itertools as it
print(list(it.islice(it.count(), 3)), list(it.islice(it.count(2.5, 0.5), 3)), it.count(5), it.count(1, 2))
print(list(it.islice(it.cycle('ab'), 5)), list(it.cycle([])))
print(list(it.repeat('x', 3)), it.repeat(1, 2), it.repeat(None), list(it.repeat(1, -1)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)),
      list(it.accumulate([1, 2], initial=10)), list(it.accumulate([])), list(it.accumulate([], initial=5)))
print(list(it.chain('ab', [1], ())), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, '', 'a'])), list(it.filterfalse(lambda x: x % 2, range(6))))
print([(k, list(g)) for k, g in it.groupby('aabbbc')])
g = it.groupby([1, 1, 2, 2, 3])
k1, g1 = next(g); k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print(list(it.islice('abcdefg', 2, None)), list(it.islice('abcdefg', 1, 6, 2)), list(it.islice('abc', None)))
for args in [(-1,), (1, -2), (0, 5, 0), ('a',), (1, 2, -1)]:
    try:
        it.islice([], *args)
    except ValueError as e:
        print('ValueError', e)
print(list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b, c = it.tee(iter([1, 2, 3]), 3)
print(next(a), list(b), list(a), list(c), it.tee([], 0))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()))
print(list(it.product('ab', repeat=2)), list(it.product([1, 2], [])), list(it.product()))
print(list(it.permutations('abc', 2)), len(list(it.permutations(range(4)))), list(it.permutations('a', 2)))
print(list(it.combinations('abcd', 2)), list(it.combinations('ab', 3)), list(it.combinations('ab', 0)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 0)))
print(list(it.pairwise([1, 2, 3, 4])), list(it.pairwise([1])))
try:
    list(it.permutations('ab', -1))
except ValueError as e:
    print(e)
it = iter(range(10))
print(list(it.islice(it, 1, 6, 2)) if False else list(__import__('itertools').islice(it, 1, 6, 2)), next(it))
import itertools
it2 = iter(range(10)); print(list(itertools.islice(it2, 2, 4)), next(it2))
print(repr(itertools.count(3, 2)), repr(itertools.count(1.5)), repr(itertools.repeat('a', 2)), repr(itertools.count(0, 1)))
c = itertools.count(5); next(c); print(c)
for bad in [lambda: itertools.chain(1), lambda: list(itertools.chain(1)), lambda: itertools.product(3),
            lambda: itertools.combinations('ab'), lambda: itertools.permutations('ab', -2), lambda: itertools.count('a'),
            lambda: itertools.repeat(), lambda: itertools.cycle(), lambda: itertools.product('a', repeat=-1)]:
    try:
        bad()
        print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
g = itertools.groupby('aabbc'); k, grp = next(g); next(g); print(k, list(grp))
print(list(itertools.accumulate([3, 1, 4], max)), list(itertools.accumulate(iterable=[1, 2], initial=None)))
print(list(itertools.chain.from_iterable(itertools.repeat('ab', 2))), type(itertools.chain()).__name__)
print(sum(1 for _ in itertools.product(range(5), repeat=4)), list(itertools.permutations(range(3)))[-2:])
