# covariance/correlation/linear_regression and the NormalDist class.
from statistics import (NormalDist, StatisticsError, correlation, covariance,
                        linear_regression)

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(covariance(x, y), correlation(x, [2, 4, 6, 8, 10, 12, 14, 16, 18]), correlation(x, y))
print(linear_regression(x, [3 * v + 2 for v in x]), linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
for bad in [lambda: covariance([1], [2]), lambda: correlation([1, 2], [3]), lambda: correlation([1, 1], [2, 3]),
            lambda: linear_regression([1, 1], [1, 2])]:
    try:
        bad()
    except StatisticsError as e:
        print(type(e).__name__, e)

iq = NormalDist(100, 15)
print(iq, iq.mean, iq.stdev, iq.variance, iq.median)
print(round(iq.cdf(130), 12), round(iq.pdf(100), 12), iq.inv_cdf(0.5), round(iq.inv_cdf(0.975), 10))
print([round(q, 6) for q in iq.quantiles()], [round(q, 6) for q in NormalDist().quantiles(10)])
print(NormalDist().inv_cdf(0.001), NormalDist().inv_cdf(1e-10), NormalDist().inv_cdf(0.999999))
print(round(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), 12), iq.zscore(145))
print(iq + 5, iq * 2, iq - NormalDist(10, 20), -iq, 2 * iq, iq / 5, iq == NormalDist(100, 15))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
print(len(NormalDist(0, 1).samples(3, seed=42)), NormalDist(0, 1).samples(2, seed=42) == NormalDist(0, 1).samples(2, seed=42))
for bad in [lambda: NormalDist(0, -1), lambda: iq.inv_cdf(1.5), lambda: NormalDist(0, 0).pdf(1)]:
    try:
        bad()
    except StatisticsError as e:
        print(e)
