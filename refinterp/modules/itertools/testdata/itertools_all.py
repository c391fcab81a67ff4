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
