import statistics as st
from statistics import StatisticsError, NormalDist
from fractions import Fraction as F
import random
import math
import pickle
import copy

rng = random.Random(2024)
floats = [rng.uniform(-100, 100) for _ in range(57)]
ints = [rng.randrange(-50, 1000) for _ in range(40)]
fracs = [F(rng.randrange(1, 100), rng.randrange(1, 30)) for _ in range(15)]
small = [1, 2, 2, 3, 4, 4, 4, 4, 4, 5]

def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, repr(r))
    except (StatisticsError, TypeError, ValueError, OverflowError, AttributeError) as e:
        print(f.__name__, type(e).__name__, e)

for data in [floats, ints, fracs, small, [1.5], [2, 2.5], [True, False, True], [F(1, 3), 2], [0.1] * 10,
             [1e300, 1e300, -1e300], [float("inf"), 1.0], [float("nan"), 1]]:
    print("data", data[:4], len(data))
    for f in [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode,
              st.multimode, st.variance, st.pvariance, st.stdev, st.pstdev, st.geometric_mean, st.harmonic_mean]:
        attempt(f, data)
    attempt(st.quantiles, data)
    attempt(st.quantiles, data, n=10, method="inclusive")

print(st.mean(iter([1, 2, 3, 4])), st.mean((x for x in [F(1, 2), F(1, 3)])), st.mean(map(float, range(10))), type(st.mean([1, 2])))
print(st.fmean(iter([1, 2, 3])), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5]), st.fmean(iter([5, 6]), weights=iter([1, 3])))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1, 2, 3, 4], mu=2), st.stdev(ints, 400), st.pstdev(fracs, F(3)))
print(st.variance(iter([1, 2, 3])), st.variance([F(1, 2), F(1, 3), 1]), st.pvariance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([1, 0, 3]), st.harmonic_mean(iter([2.5, 3])))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean(iter([1.5, 2.5])))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1), st.median_grouped([1, 3, 3, 5, 7], interval=2),
      st.median_grouped([1.5, 2.5, 2.5, 7]), st.median_grouped([F(1, 2), F(3, 2)], 1), st.median_grouped([2, 4], 1.5))
print(st.mode("abracadabra"), st.mode([1, 1, 2, 2]), st.multimode("aabbbbccddddeeffffgg"), st.multimode(""), st.mode([(1, 2), (1, 2), 3]))
print(st.quantiles(range(1, 11)), st.quantiles(range(1, 11), n=3, method="inclusive"), st.quantiles([1, 2], n=1), st.quantiles([2, 1], n=6))
print(st.quantiles([F(1, 2), 3, 7, 10], n=5))

for f, args, kw in [(st.mean, ([],), {}), (st.fmean, ([],), {}), (st.fmean, (iter([]),), {}), (st.median, ([],), {}),
                    (st.median_low, ([],), {}), (st.median_high, ([],), {}), (st.median_grouped, ([],), {}),
                    (st.median_grouped, (["a", "b"],), {}), (st.median_grouped, ([1, 2], "x"),{}), (st.mode, ([],), {}),
                    (st.variance, ([1],), {}), (st.pvariance, ([],), {}), (st.stdev, ([1],), {}), (st.pstdev, ([],), {}),
                    (st.geometric_mean, ([],), {}), (st.geometric_mean, ([1, -1],), {}), (st.harmonic_mean, ([],), {}),
                    (st.harmonic_mean, ([-1],), {}), (st.harmonic_mean, ([1, -2],), {}), (st.harmonic_mean, (["x"],), {}),
                    (st.harmonic_mean, ([1, 2], [1]), {}), (st.harmonic_mean, ([1, 2], [0, 0]), {}), (st.harmonic_mean, ([1, 2], [1, -1]), {}),
                    (st.quantiles, ([1],), {}), (st.quantiles, ([1, 2],), {"n": 0}), (st.quantiles, ([1, 2],), {"method": "x"}),
                    (st.fmean, ([1, 2],), {"weights": [1]}), (st.fmean, ([1, 2],), {"weights": [1, -1]}),
                    (st.mean, (["a", "b"],), {}), (st.mean, ([1, "2"],), {}), (st.variance, ([F(1), 1.0, "x"],), {}),
                    (st.covariance, ([1, 2], [1]), {}), (st.covariance, ([1], [1]), {}), (st.correlation, ([1, 2], [1]), {}),
                    (st.correlation, ([1], [2]), {}), (st.correlation, ([1, 1, 1], [1, 2, 3]), {}),
                    (st.linear_regression, ([1, 2], [1]), {}), (st.linear_regression, ([1], [1]), {}), (st.linear_regression, ([2, 2], [1, 3]), {})]:
    attempt(f, *args, **kw)

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.covariance(x, x[::-1]), st.correlation(x, y), st.correlation(x, x[::-1]), st.correlation(floats[:20], floats[20:40]))
print(st.linear_regression(x, y), st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True), st.linear_regression(floats[:10], floats[10:20]))
lr = st.linear_regression(x, y)
print(lr.slope, lr.intercept, type(lr).__name__, lr._fields)

nd = NormalDist(100, 15)
print(nd, repr(NormalDist()), nd.mean, nd.median, nd.mode, nd.stdev, nd.variance)
print([nd.cdf(v) for v in [70, 100, 115.5, 160]], [nd.pdf(v) for v in [70, 100, 130]])
print([round(nd.inv_cdf(p), 12) == nd.inv_cdf(p) or nd.inv_cdf(p) for p in [0.5]])
print([NormalDist().inv_cdf(p) for p in [1e-300, 1e-20, 1e-10, 0.001, 0.02425, 0.075, 0.1, 0.3, 0.5, 0.7, 0.9, 0.925, 0.999, 1 - 1e-12]])
print(nd.quantiles(), nd.quantiles(10), nd.zscore(130), nd.overlap(NormalDist(110, 20)), NormalDist(1, 2).overlap(NormalDist(3, 2)), NormalDist(2, 3).overlap(NormalDist(2, 3)))
print(nd + 5, 5 + nd, nd - 5, 5 - nd, nd * 2, 2 * nd, nd / 4, -nd, +nd, nd + NormalDist(0, 20), nd - NormalDist(1, 20), nd * -1)
print(nd == NormalDist(100, 15), nd == NormalDist(100, 16), nd == 3, hash(nd) == hash(NormalDist(100.0, 15.0)), len({nd, NormalDist(100, 15)}))
print(NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), NormalDist.from_samples(iter(floats)), NormalDist.from_samples(ints))
print(NormalDist(5, 2).samples(4, seed=42), len(nd.samples(3)))
print(pickle.loads(pickle.dumps(nd)), copy.deepcopy(nd), copy.copy(nd) == nd, NormalDist.__slots__)
for f, args in [(NormalDist, (0, -1)), (NormalDist(0, 0).pdf, (1,)), (NormalDist(0, 0).cdf, (1,)), (nd.inv_cdf, (0,)), (nd.inv_cdf, (1.0,)),
                (NormalDist(0, 0).inv_cdf, (0.5,)), (NormalDist(0, 0).zscore, (1,)), (nd.overlap, (3,)), (NormalDist(0, 0).overlap, (nd,)),
                (NormalDist.from_samples, ([1],))]:
    attempt(f, *args)
print(issubclass(StatisticsError, ValueError), st.__all__)
bigs = [10**20 + i for i in range(7)]
print(st.mean(bigs), st.variance(bigs), st.stdev(bigs), st.pstdev([10**200, 3 * 10**200]), st.stdev([1e308, -1e308]))
print(st.stdev([F(1, 3), F(2, 7), F(9, 11)]), st.pvariance([F(1, 3), F(2, 7)]), st.variance([1, 2, 3, 4.0]), st.mean([1, 2.0, F(1, 2)]))
print([st.stdev([rng.random() for _ in range(5)]) for _ in range(6)])
