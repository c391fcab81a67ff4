# bench: float object churn: many short-lived vector objects with float fields
# params 1000MHz 64MiB: N = 150000
# params 48MHz 128KiB: N = 2000
# params 16MHz 8KiB: N = 200

import math


class Vec:
    def __init__(self, i):
        self.x = math.sin(i)
        self.y = math.cos(i) * 3.0
        self.z = self.x * self.x / 2.0

    def __repr__(self):
        return "<Vec %.4f %.4f %.4f>" % (self.x, self.y, self.z)

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def churn(n):
    # Build, normalise and reduce the whole population in chunks (small
    # ones on a small board), so the live set stays bounded while every
    # object is garbage soon after.
    total = Vec(0)
    total.x = total.y = total.z = -2.0
    sums = 0.0
    chunk = 500 if n > 5000 else 20
    done = 0
    while done < n:
        points = [Vec(i) for i in range(done, min(n, done + chunk))]
        for p in points:
            p.normalize()
            sums += p.x + p.y - p.z
        total.maximize(maximize(points))
        done += chunk
    return total, sums


best, sums = churn(N)
print(best)
print("sum %.1f" % sums)
