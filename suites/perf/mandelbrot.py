# bench: Mandelbrot set: escape-time iteration on complex numbers
# params 1000MHz 64MiB: W = 160; H = 120; LIMIT = 100
# params 48MHz 64KiB: W = 32; H = 24; LIMIT = 50
# params 16MHz 8KiB: W = 12; H = 8; LIMIT = 20


def escape(c, limit):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if z.real * z.real + z.imag * z.imag > 4.0:
            return i
    return limit


def render(w, h, limit):
    rows = []
    for j in range(h):
        y = 1.2 - 2.4 * j / h
        rows.append([escape(complex(-2.1 + 3.0 * i / w, y), limit) for i in range(w)])
    return rows


rows = render(W, H, LIMIT)
inside = 0
total = 0
for row in rows:
    for n in row:
        total += n
        if n == LIMIT:
            inside += 1
for row in rows[:: max(1, H // 12)]:
    print("".join(["#" if n == LIMIT else " .:-=+*%@"[n % 9] for n in row[:: max(1, W // 40)]]))
print("inside", inside, "iterations", total)
