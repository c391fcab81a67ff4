import statistics as st
from fractions import Fraction as F

sets = [[1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.75, 0.1], [0.1] * 7 + [0.7], [1, 2.5, 3],
        [F(1, 3), F(2, 3), F(1, 6)], [1, 1, 2, 3, 3, 3, 4], [10 ** 20, 1, 3], [True, False, True],
        [1e100, 1, -1e100, 3.3], [-5, -1, 7, 12.5, 0.3, 1.1], [3, 3]]
for s in sets:
    print(s[:4])
    for fn in (st.mean, st.median, st.median_low, st.median_high, st.mode, st.multimode,
               st.variance, st.pvariance, st.stdev, st.pstdev, st.fmean, st.median_grouped):
        try:
            print('  ', fn.__name__, repr(fn(s)))
        except Exception as e:
            print('  ', fn.__name__, type(e).__name__, e)
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1.5, 2.5], mu=2), st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.geometric_mean([54, 24, 36]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10, method='inclusive'))
print(st.mode('aabbbc'), st.multimode('aabbcc'), st.multimode([]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2))
for fn, arg in [(st.mean, []), (st.median, []), (st.mode, []), (st.variance, [1]), (st.stdev, []), (st.pvariance, [])]:
    try:
        fn(arg)
    except st.StatisticsError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(st.mean([F(1, 2), 1]), st.variance([F(1, 2), F(3, 2), 2]), st.mean([1.0, 2]), type(st.mean([2, 4])))
