import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', DeprecationWarning)
    warnings.warn(RuntimeWarning('third'))
    for i in range(3):
        warnings.warn('looped')
    print(len(w))
    for m in w:
        print(type(m.message).__name__, m.category.__name__, str(m.message), m.message.args)
    print(issubclass(w[-1].category, UserWarning))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('ignore')
    warnings.warn('hidden')
    print(len(w))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('dedup')
    warnings.warn('deprecated', DeprecationWarning)
    print(len(w), [str(x.message) for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings('ignore', message='skip')
    warnings.filterwarnings('always', category=UserWarning)
    warnings.warn('skip me')
    warnings.warn('Skip me too')
    warnings.warn('keep me')
    print([str(x.message) for x in w])

with warnings.catch_warnings():
    warnings.filterwarnings('error')
    try:
        warnings.warn('now an error')
    except UserWarning as e:
        print('caught', type(e).__name__, e)
    try:
        warnings.warn('dep', DeprecationWarning)
    except DeprecationWarning as e:
        print('caught', type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter('error', RuntimeWarning)
    warnings.simplefilter('ignore', UserWarning)
    warnings.warn('ignored user')
    try:
        warnings.warn('bad', RuntimeWarning)
    except RuntimeWarning as e:
        print('caught', e)

try:
    warnings.simplefilter('bogus')
except AssertionError as e:
    print(e)
print(warnings.formatwarning('msg', UserWarning, 'f.py', 3), end='')
print(warnings.formatwarning('msg', UserWarning, 'f.py', 3, '  x = 1  '), end='')
print(repr(warnings.catch_warnings(record=True)))
print(str(warnings.WarningMessage('m', UserWarning, 'f.py', 7)))
with warnings.catch_warnings(action='error'):
    try:
        warnings.warn('via action')
    except UserWarning as e:
        print('caught', e)
print('done')
