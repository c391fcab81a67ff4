"""Generate golden.txt: CPython's math results for edge cases and a large
random sample, for libm_test.go (which does not need python3).

Run from this directory with CPython 3.11:  python3 gen.py > golden.txt

Format, one record a line:
  fn NAME ARITY
  edge X [Y] R          hex bit patterns; R is V (ValueError) or O (OverflowError)
  rand COUNT SEED DIST... [; DIST...]
  low BASE64            the low 12 bits of each random result, two base64
                        characters a result (big-endian within the pair)
The random inputs come from splitmix64 seeded with SEED; a DIST is
  uni A B        A + (B-A)*U, U = (u >> 11) * 2**-53 (A, B hex)
  exp E0 E1 S    a float with a uniform exponent in [E0, E1], 52 random
                 mantissa bits, sign + or - or either (S = 'p', 'n' or 'b';
                 'b' draws the sign from the next number); below 2**-1022
                 ldexp(1 + m/2**52, e), rounded to a subnormal
  int A B        an integer in [A, B] (u mod (B-A+1))
For two-argument functions each sample draws X from the stream, then Y.
"""

import math
import struct
import sys

M64 = (1 << 64) - 1
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


class SplitMix:
    def __init__(self, seed):
        self.s = seed & M64

    def next(self):
        self.s = (self.s + 0x9E3779B97F4A7C15) & M64
        z = self.s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
        return z ^ (z >> 31)


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def frombits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def hx(x):
    return "%016x" % bits(x)


def draw(rng, dist):
    kind = dist[0]
    u = rng.next()
    if kind == "uni":
        a, b = dist[1], dist[2]
        return a + (b - a) * ((u >> 11) * 2.0**-53)
    if kind == "exp":
        e0, e1, s = dist[1], dist[2], dist[3]
        e = e0 + (u >> 52) % (e1 - e0 + 1)
        m = u & ((1 << 52) - 1)
        neg = {"p": False, "n": True, "b": (u >> 63) & 1 == 1}[s]
        # the sign bit of "b" shares a bit with the exponent choice; draw again
        if s == "b":
            neg = rng.next() & 1 == 1
        if e < -1022:  # subnormal: round (1 + m/2**52) * 2**e once
            return math.ldexp(-1.0 - m * 2.0**-52 if neg else 1.0 + m * 2.0**-52, e)
        return frombits((1 << 63 if neg else 0) | ((e + 1023) << 52) | m)
    if kind == "int":
        a, b = dist[1], dist[2]
        return float(a + u % (b - a + 1))
    raise ValueError(kind)


def distText(dist):
    if dist[0] == "uni":
        return "uni %s %s" % (hx(dist[1]), hx(dist[2]))
    return " ".join(str(d) for d in dist)


U, E, I = "uni", "exp", "int"

# name -> (arity, edge inputs, [(count, dists)]); counts sum to 20000 a function
ANGLE = [(6000, [(U, -7.0, 7.0)]), (4000, [(U, -200.0, 200.0)]), (4000, [(E, -30, 30, "b")]),
         (3000, [(E, 30, 1023, "b")]), (3000, [(U, -1e6, 1e6)])]
# (Not 6381956970095103 * 2**797, the double nearest a multiple of pi/2:
# glibc's cos and tan of it are 8 ulps off, refinterp's correctly rounded.)
EDGE_ANGLE = [0.0, -0.0, 1e-300, 5e-324, 1e-8, 1.5e-8, 0.5, 1.0, math.pi / 4, math.pi / 2, math.pi, 3.0,
              22.0, 355.0, 1e22, 2.0**1023, 1.7976931348623157e308, math.inf, -math.inf, math.nan,
              1.4e-45, -2.5, 0.7853981633974483, 1.5707963267948966]
FUNCS = {
    "exp": (1, [0.0, -0.0, 1.0, -1.0, 1e-20, 5e-324, 709.78, 709.79, -745.1, -745.2, -708.4, -720.0,
                math.inf, -math.inf, math.nan, 0.5, 1e-5, 88.7, -0.6931471805599453],
            [(6000, [(U, -5.0, 5.0)]), (8000, [(U, -708.0, 709.0)]), (3000, [(E, -60, 0, "b")]),
             (3000, [(U, -744.0, -708.0)])]),
    "expm1": (1, [0.0, -0.0, 1e-20, -1e-300, 709.0, 710.0, -50.0, math.inf, -math.inf, math.nan],
              [(8000, [(U, -5.0, 5.0)]), (6000, [(U, -40.0, 709.0)]), (6000, [(E, -60, 0, "b")])]),
    "exp2": (1, [0.0, 1.0, 0.5, -1074.0, -1075.0, -1022.5, 1023.9, 1024.0, math.inf, -math.inf, math.nan, 1e-17],
             [(8000, [(U, -10.0, 10.0)]), (8000, [(U, -1022.0, 1023.0)]), (4000, [(E, -60, 0, "b")])]),
    "log": (1, [1.0, 2.0, 0.5, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, math.inf, math.nan,
                0.0, -1.0, 1.0000000000000002, 0.9999999999999999, 10.0, math.e],
            [(6000, [(U, 0.5, 2.0)]), (8000, [(E, -1022, 1023, "p")]), (3000, [(E, -1074, -1023, "p")]),
             (3000, [(U, 0.99, 1.01)])]),
    "log2": (1, [1.0, 2.0, 1024.0, 0.5, 3.0, 5e-324, 1.7976931348623157e308, math.inf, 0.0, -2.0],
             [(6000, [(U, 0.5, 2.0)]), (10000, [(E, -1022, 1023, "p")]), (4000, [(U, 0.99, 1.01)])]),
    "log10": (1, [1.0, 10.0, 100.0, 1e22, 1e-5, 1e23, 5e-324, 1.7976931348623157e308, math.inf, 0.0, -1.0],
              [(6000, [(U, 0.5, 20.0)]), (10000, [(E, -1022, 1023, "p")]), (4000, [(U, 0.99, 1.01)])]),
    "log1p": (1, [0.0, -0.0, -1.0, -2.0, 1e-300, -0.5, 1.7976931348623157e308, math.inf, math.nan],
              [(8000, [(U, -0.9, 2.0)]), (6000, [(E, -60, 1023, "p")]), (6000, [(E, -60, -1, "n")])]),
    "sin": (1, EDGE_ANGLE, ANGLE),
    "cos": (1, EDGE_ANGLE, ANGLE),
    "tan": (1, EDGE_ANGLE, ANGLE),
    "asin": (1, [0.0, -0.0, 1.0, -1.0, 0.5, 1e-300, 1.0000000000000002, 0.9999999999999999, math.nan, math.inf],
             [(12000, [(U, -1.0, 1.0)]), (4000, [(E, -60, -1, "b")]), (4000, [(U, 0.99, 1.0)])]),
    "acos": (1, [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1e-300, 0.9999999999999999, -0.9999999999999999, math.nan, 2.0],
             [(12000, [(U, -1.0, 1.0)]), (4000, [(E, -60, -1, "b")]), (4000, [(U, 0.99, 1.0)])]),
    "atan": (1, [0.0, -0.0, 1.0, -1.0, 1e-300, 1e300, math.inf, -math.inf, math.nan, 1e16, 2.0**53],
             [(8000, [(U, -4.0, 4.0)]), (8000, [(E, -60, 60, "b")]), (4000, [(E, -1000, 1000, "b")])]),
    "sinh": (1, [0.0, -0.0, 1e-300, 22.0, 710.0, 710.5, 711.0, -711.0, math.inf, math.nan],
             [(8000, [(U, -5.0, 5.0)]), (6000, [(U, -710.0, 710.0)]), (6000, [(E, -60, 0, "b")])]),
    "cosh": (1, [0.0, -0.0, 1e-300, 0.34, 22.0, 710.0, 710.5, 711.0, math.inf, math.nan],
             [(8000, [(U, -5.0, 5.0)]), (6000, [(U, -710.0, 710.0)]), (6000, [(E, -60, 0, "b")])]),
    "tanh": (1, [0.0, -0.0, 1e-300, 22.0, 1.0, math.inf, -math.inf, math.nan],
             [(8000, [(U, -5.0, 5.0)]), (6000, [(U, -25.0, 25.0)]), (6000, [(E, -60, 0, "b")])]),
    "asinh": (1, [0.0, -0.0, 1e-300, 2.0, 2.0**28, 1e300, math.inf, -math.inf, math.nan],
              [(8000, [(U, -5.0, 5.0)]), (8000, [(E, -60, 1023, "b")]), (4000, [(U, -1e9, 1e9)])]),
    "acosh": (1, [1.0, 2.0, 2.0**28, 1e300, math.inf, math.nan, 0.5, 1.0000000000000002],
              [(8000, [(U, 1.0, 5.0)]), (8000, [(E, 0, 1023, "p")]), (4000, [(U, 1.0, 1.01)])]),
    "atanh": (1, [0.0, -0.0, 1e-300, 0.5, 1.0, -1.0, 0.9999999999999999, math.nan, 2.0],
              [(12000, [(U, -1.0, 1.0)]), (4000, [(E, -60, -1, "b")]), (4000, [(U, 0.99, 1.0)])]),
    "erf": (1, [0.0, -0.0, 1e-300, 1.0, 6.0, -6.0, math.inf, math.nan],
            [(12000, [(U, -6.0, 6.0)]), (8000, [(E, -60, 3, "b")])]),
    "erfc": (1, [0.0, -0.0, 1e-300, 1.0, 6.0, 27.0, 28.0, -6.0, math.inf, math.nan],
             [(12000, [(U, -6.0, 27.0)]), (8000, [(E, -60, 3, "b")])]),
    "gamma": (1, [1.0, 0.5, -0.5, 171.0, 171.7, 172.0, 1e-300, -1e-300, math.inf, math.nan, 0.0, -1.0, 2.5],
              [(12000, [(U, -20.0, 171.0)]), (8000, [(E, -60, 2, "b")])]),
    "lgamma": (1, [1.0, 2.0, 0.5, -0.5, 1e-300, 1e300, 2.5e305, math.inf, -math.inf, math.nan, 0.0, -1.0],
               [(12000, [(U, -20.0, 200.0)]), (8000, [(E, -60, 60, "p")])]),
    "cbrt": (1, [0.0, -0.0, 8.0, -27.0, 1e-300, 5e-324, 1e300, math.inf, math.nan],
             [(10000, [(U, -100.0, 100.0)]), (10000, [(E, -1074, 1023, "b")])]),
    "sqrt": (1, [0.0, -0.0, 2.0, 5e-324, 1.7976931348623157e308, math.inf, math.nan, -1.0],
             [(20000, [(E, -1074, 1023, "p")])]),
    "atan2": (2, [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (1.0, 0.0), (1.0, -0.0), (0.0, -1.0),
                  (1e-300, 1e300), (1e300, 1e-300), (math.inf, math.inf), (-math.inf, math.inf),
                  (math.inf, -math.inf), (1.0, math.inf), (1.0, -math.inf), (math.nan, 1.0), (5e-324, -1.0)],
              [(8000, [(U, -4.0, 4.0)], [(U, -4.0, 4.0)]), (8000, [(E, -40, 40, "b")], [(E, -40, 40, "b")]),
               (4000, [(E, -1000, 1000, "b")], [(E, -1000, 1000, "b")])]),
    "pow": (2, [(2.0, 0.5), (2.0, -1074.0), (2.0, -1075.0), (2.0, 1024.0), (-8.0, 1.0 / 3), (-2.0, 3.0),
                (0.0, -1.0), (-0.0, -3.0), (10.0, 308.0), (10.0, 309.0), (1.0, math.nan), (math.nan, 0.0),
                (0.5, math.inf), (2.0, -math.inf), (-1.0, math.inf), (1.0000000000000002, 2.0**52),
                (3.0, 0.5), (1e300, 2.0), (1e-300, 2.0), (7.0, 24.0), (-1.5, 51.0), (2.0, 0.25)],
            [(5000, [(E, -10, 10, "p")], [(U, -60.0, 60.0)]),
             (3000, [(U, 0.0, 100.0)], [(U, 0.0, 3.0)]),
             (3000, [(U, 0.5, 2.0)], [(U, -1000.0, 1000.0)]),
             (3000, [(E, -1022, 1023, "p")], [(U, -1.0, 1.0)]),
             (2000, [(U, -20.0, 20.0)], [(I, -30, 30)]),
             (2000, [(E, -511, 511, "p")], [(I, 2, 2)]),
             (2000, [(E, -1074, 1023, "p")], [(U, 0.5, 0.5)])]),
    "hypot": (2, [(0.0, 0.0), (3.0, 4.0), (-3.0, 4.0), (1e308, 1e308), (5e-324, 5e-324), (math.inf, math.nan),
                  (math.nan, 1.0), (1e-300, 1e300), (1.0, 1e-17)],
              [(8000, [(U, -10.0, 10.0)], [(U, -10.0, 10.0)]), (8000, [(E, -60, 60, "b")], [(E, -60, 60, "b")]),
               (4000, [(E, -1074, 1023, "b")], [(E, -1074, 1023, "b")])]),
}


def call(name, args):
    f = getattr(math, name)
    try:
        return hx(f(*args))
    except ValueError:
        return "V"
    except OverflowError:
        return "O"


# SCALE=10 python3 gen.py > /tmp/big.txt makes a ten times larger sample
# for MATHGOLDEN=/tmp/big.txt go test -run TestLibmGolden.
SCALE = int(__import__("os").environ.get("SCALE", "1"))


def main():
    out = sys.stdout
    out.write("# CPython %s math results, generated by gen.py; see its doc comment\n" % sys.version.split()[0])
    seed = 1
    for name, (arity, edges, rands) in FUNCS.items():
        out.write("fn %s %d\n" % (name, arity))
        for e in edges:
            args = (e,) if arity == 1 else e
            out.write("edge %s %s\n" % (" ".join(hx(a) for a in args), call(name, args)))
        for spec in rands:
            count, dists = spec[0] * SCALE, spec[1:]
            rng = SplitMix(seed)
            out.write("rand %d %d %s\n" % (count, seed, " ; ".join(distText(d[0]) for d in dists)))
            chars = []
            for _ in range(count):
                args = tuple(draw(rng, d[0]) for d in dists)
                r = call(name, args)
                if r in ("V", "O"):
                    raise SystemExit("%s%r raised %s: narrow the range" % (name, args, r))
                low = int(r, 16) & 0xFFF
                chars.append(B64[low >> 6] + B64[low & 63])
            for i in range(0, len(chars), 60):
                out.write("low %s\n" % "".join(chars[i:i + 60]))
            seed += 1


main()
