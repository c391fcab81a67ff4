# Pseudo-random data sets.
import statistics as st
k = 11


def rnd(n):
    global k
    k = (k * 1103515245 + 12345) % (2**31)
    return k % n


data = [rnd(1000) / (1 + rnd(7)) for i in range(50)]
idata = [rnd(100) for i in range(51)]
print(st.mean(data), st.stdev(data), st.variance(data), st.pstdev(data), st.median(data), st.mean(idata), st.variance(idata), st.stdev(idata), st.pvariance(idata), st.quantiles(idata))
