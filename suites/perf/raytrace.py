# bench: ray tracer: spheres and a plane, diffuse and specular light, one reflection
# params 1000MHz 64MiB: W = 160; H = 120
# params 48MHz 128KiB: W = 16; H = 12
# params 16MHz 16KiB: W = 6; H = 4

import math


class V:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return V(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def unit(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, centre, radius, shade, mirror):
        self.centre = centre
        self.radius = radius
        self.shade = shade
        self.mirror = mirror

    def hit(self, origin, direction):
        oc = origin - self.centre
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        t = -b - math.sqrt(disc)
        if t < 1e-6:
            return None
        return t

    def normal(self, p):
        return (p - self.centre).unit()


class Plane:
    def __init__(self, height, shade):
        self.height = height
        self.shade = shade
        self.mirror = 0.0

    def hit(self, origin, direction):
        if direction.y >= -1e-9:
            return None
        t = (self.height - origin.y) / direction.y
        if t < 1e-6:
            return None
        return t

    def normal(self, p):
        return V(0.0, 1.0, 0.0)

    def checker(self, p):
        return (int(math.floor(p.x)) + int(math.floor(p.z))) % 2


SCENE = [
    Sphere(V(0.0, 1.0, 5.0), 1.0, 0.9, 0.4),
    Sphere(V(-2.0, 0.6, 6.5), 0.6, 0.7, 0.0),
    Sphere(V(1.8, 0.5, 4.0), 0.5, 0.5, 0.7),
    Plane(0.0, 0.8),
]
LIGHT = V(-3.0, 5.0, 0.0)


def nearest(origin, direction):
    best = None
    best_t = 1e30
    for obj in SCENE:
        t = obj.hit(origin, direction)
        if t is not None and t < best_t:
            best = obj
            best_t = t
    return best, best_t


def trace(origin, direction, depth):
    obj, t = nearest(origin, direction)
    if obj is None:
        return 0.1 + 0.2 * max(direction.y, 0.0)  # sky
    p = origin + direction.scale(t)
    n = obj.normal(p)
    to_light = (LIGHT - p).unit()
    shade = obj.shade
    if isinstance(obj, Plane) and obj.checker(p):
        shade *= 0.5
    light = 0.1
    blocker, bt = nearest(p, to_light)
    if blocker is None:
        diffuse = n.dot(to_light)
        if diffuse > 0:
            light += diffuse * shade
        half = (to_light - direction).unit()
        spec = n.dot(half)
        if spec > 0:
            light += spec ** 20 * 0.5
    if obj.mirror > 0 and depth < 2:
        r = direction - n.scale(2 * direction.dot(n))
        light = light * (1 - obj.mirror) + trace(p, r, depth + 1) * obj.mirror
    return light


def render(w, h):
    eye = V(0.0, 1.5, -1.0)
    rows = []
    for j in range(h):
        row = []
        for i in range(w):
            d = V((i - w / 2) / w * 1.6, (h / 2 - j) / h * 1.2, 1.0).unit()
            v = trace(eye, d, 0)
            row.append(int(min(v, 1.0) * 9.999))
        rows.append(row)
    return rows


image = render(W, H)
total = 0
for row in image:
    total += sum(row)
step = max(1, H // 12)
for j in range(0, H, step):
    print("".join([" .:-=+*#%@"[v] for v in image[j][:: max(1, W // 48)]]))
print("brightness", total)
