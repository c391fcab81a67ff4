# A sweep over widths on pseudo-random nested data.
import pprint
k = 7
objs = []
for i in range(40):
    k = (k * 1103515245 + 12345) % (2**31)
    objs.append({'k%d' % (k % 13): [j * 'x' for j in range(k % 9)], (k % 5, 'y'): {k % 7: 'z' * (k % 30)}} if k % 3 else [k, str(k) * (k % 4), (k,)])
for w in (1, 10, 30, 60, 100):
    pprint.pprint(objs[:12], width=w)
    pprint.pprint(objs[12:20], width=w, compact=True, indent=3)
