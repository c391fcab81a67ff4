import pprint

data = {'name': 'mptest', 'numbers': list(range(30)), 'nested': {'a': [1, 2, {'deep': (1, 2, 3)}], 'b': 'x' * 50},
        'tuple': tuple(range(25)), 'set': set(range(20)), 'empty': {}, 'single': (1,), 3: 'int key', 'fs': frozenset({3, 1, 2}),
        'long': 'The quick brown fox jumps over the lazy dog. ' * 4}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120, indent=4)
pprint.pprint(data, compact=True)
pprint.pprint(list(range(40)), compact=True, width=30)
pprint.pprint([[1, 2, 3]] * 10, width=20)
pprint.pprint(data, depth=2)
pprint.pp({'z': 1, 'a': 2, 'm': [3] * 30})
print(pprint.pformat({'b': 1, 'a': 2}), pprint.pformat([]), pprint.pformat(()), pprint.pformat('x'))
print(pprint.pformat('a long string with many words ' * 5, width=40))
print(pprint.pformat(['line one\nline two\n' * 3], width=20))
r = [1, 2]
r.append(r)
print(pprint.pformat(r).startswith('[1, 2, <Recursion on list with id='), pprint.isrecursive(r), pprint.isreadable(r))
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}), pprint.isreadable({'a': 1}), pprint.isreadable(object()))
pprint.pprint({1: 'a', 'b': 2, None: 3, (1, 2): [4]}, width=10)
pprint.pprint(10 ** 20, underscore_numbers=True)
pprint.pprint({'key%02d' % i: {'inner': list(range(i))} for i in range(8)}, width=50)
pprint.pprint(((1, 2), (3, 4), ('a' * 40, 'b' * 40)))
