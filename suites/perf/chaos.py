# bench: chaos-game fractal: random affine maps on float points, counted on a grid
# params 1000MHz 64MiB: N = 60000; GRID = 64
# params 48MHz 128KiB: N = 6000; GRID = 32
# params 16MHz 8KiB: N = 600; GRID = 8

# Four contracting affine maps (a fern-like iterated function system) with
# their cumulative selection weights out of 100.
MAPS = (
    (1, (0.0, 0.0, 0.0, 0.16, 0.0, 0.0)),
    (86, (0.85, 0.04, -0.04, 0.85, 0.0, 1.6)),
    (93, (0.2, -0.26, 0.23, 0.22, 0.0, 1.6)),
    (100, (-0.15, 0.28, 0.26, 0.24, 0.0, 0.44)),
)


class Lcg:
    # A 31-bit linear congruential generator, so every implementation draws
    # the same sequence (the random module differs between them).
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def play(n, grid):
    rng = Lcg(42)
    counts = [0] * (grid * grid)
    x = 0.0
    y = 0.0
    for i in range(n):
        pick = rng.next(100)
        for limit, m in MAPS:
            if pick < limit:
                break
        a, b, c, d, e, f = m
        x, y = a * x + b * y + e, c * x + d * y + f
        if i < 20:
            continue  # let the point settle on the attractor first
        # The fern spans x in [-2.2, 2.7], y in [0, 10].
        col = int((x + 2.2) / 4.9 * grid)
        row = int(y / 10.0 * grid)
        if 0 <= col < grid and 0 <= row < grid:
            counts[row * grid + col] += 1
    return counts


counts = play(N, GRID)
filled = 0
check = 0
for i in range(len(counts)):
    if counts[i]:
        filled += 1
        check = (check * 31 + i * counts[i]) % 1000003
print("points", sum(counts))
print("cells", filled, "of", GRID * GRID)
print("checksum", check)
