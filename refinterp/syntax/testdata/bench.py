# Benchmark input for the refinterp/syntax parser: generated repetitions
# of one hand-written module exercising most of the grammar.
import sys
from math import sqrt as _sqrt, inf
_last = None


class Sensor0:
    """A simulated sensor, number 0."""

    THRESHOLD = 0x00 + 0b1010 * 3

    def __init__(self, name, *, rate=100, scale=1.5e-3, **options):
        self.name = name
        self.rate = rate
        self.scale = scale
        self.options = dict(options)
        self._buf = [0] * 16
        self._idx = 0

    def read(self, raw: int) -> float:
        value = (raw - self.THRESHOLD) * self.scale
        self._buf[self._idx % len(self._buf)] = value
        self._idx += 1
        return value

    @property
    def average(self):
        n = min(self._idx, len(self._buf))
        if not n:
            return None
        return sum(self._buf[:n]) / n

    def describe(self, verbose=False):
        parts = [f"{self.name}@{self.rate}Hz", f"avg={self.average!r:>8}"]
        if verbose and self.options:
            parts.extend(f"{k}={v}" for k, v in sorted(self.options.items()))
        return ", ".join(parts)


def filter0(samples, lo=-1.0, hi=1.0):
    out = []
    for i, s in enumerate(samples):
        if s is None or s != s:
            continue
        elif lo <= s < hi:
            out.append((i, s))
        else:
            try:
                out.append((i, max(lo, min(hi, s))))
            except (TypeError, ValueError) as exc:
                raise RuntimeError("bad sample %d" % i) from exc
    return out


async def poll0(sensor, count=10):
    total = 0
    async with sensor.lock as guard:
        async for raw in sensor.stream(count):
            total += await sensor.convert(raw) if raw else 0
    return total


def stats0(values):
    values = sorted(v for v in values if v is not None)
    n = len(values)
    mean = sum(values) / n if n else 0.0
    var = sum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else 0.0
    median = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
    table = {k: v for k, v in zip("abc", values[:3])}
    flags = {v & 0xff for v in map(int, values) if v > 0}
    lam = lambda x, /, y=2, *a, z, **k: x * y + z
    while n > 0 and (m := n >> 1):
        n = m
    else:
        pass
    with open("log.txt", "w") as fh, open("err.txt") as eh:
        fh.write(eh.read()[::-1])
    global _last
    _last = {"mean": mean, "var": var, "median": median, **table}
    assert var >= 0, "negative variance"
    del table
    return mean, var, median, flags, lam


class Sensor1:
    """A simulated sensor, number 1."""

    THRESHOLD = 0x01 + 0b1010 * 3

    def __init__(self, name, *, rate=100, scale=1.5e-3, **options):
        self.name = name
        self.rate = rate
        self.scale = scale
        self.options = dict(options)
        self._buf = [0] * 16
        self._idx = 0

    def read(self, raw: int) -> float:
        value = (raw - self.THRESHOLD) * self.scale
        self._buf[self._idx % len(self._buf)] = value
        self._idx += 1
        return value

    @property
    def average(self):
        n = min(self._idx, len(self._buf))
        if not n:
            return None
        return sum(self._buf[:n]) / n

    def describe(self, verbose=False):
        parts = [f"{self.name}@{self.rate}Hz", f"avg={self.average!r:>8}"]
        if verbose and self.options:
            parts.extend(f"{k}={v}" for k, v in sorted(self.options.items()))
        return ", ".join(parts)


def filter1(samples, lo=-1.0, hi=1.0):
    out = []
    for i, s in enumerate(samples):
        if s is None or s != s:
            continue
        elif lo <= s < hi:
            out.append((i, s))
        else:
            try:
                out.append((i, max(lo, min(hi, s))))
            except (TypeError, ValueError) as exc:
                raise RuntimeError("bad sample %d" % i) from exc
    return out


async def poll1(sensor, count=10):
    total = 0
    async with sensor.lock as guard:
        async for raw in sensor.stream(count):
            total += await sensor.convert(raw) if raw else 0
    return total


def stats1(values):
    values = sorted(v for v in values if v is not None)
    n = len(values)
    mean = sum(values) / n if n else 0.0
    var = sum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else 0.0
    median = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
    table = {k: v for k, v in zip("abc", values[:3])}
    flags = {v & 0xff for v in map(int, values) if v > 0}
    lam = lambda x, /, y=2, *a, z, **k: x * y + z
    while n > 0 and (m := n >> 1):
        n = m
    else:
        pass
    with open("log.txt", "w") as fh, open("err.txt") as eh:
        fh.write(eh.read()[::-1])
    global _last
    _last = {"mean": mean, "var": var, "median": median, **table}
    assert var >= 0, "negative variance"
    del table
    return mean, var, median, flags, lam


class Sensor2:
    """A simulated sensor, number 2."""

    THRESHOLD = 0x02 + 0b1010 * 3

    def __init__(self, name, *, rate=100, scale=1.5e-3, **options):
        self.name = name
        self.rate = rate
        self.scale = scale
        self.options = dict(options)
        self._buf = [0] * 16
        self._idx = 0

    def read(self, raw: int) -> float:
        value = (raw - self.THRESHOLD) * self.scale
        self._buf[self._idx % len(self._buf)] = value
        self._idx += 1
        return value

    @property
    def average(self):
        n = min(self._idx, len(self._buf))
        if not n:
            return None
        return sum(self._buf[:n]) / n

    def describe(self, verbose=False):
        parts = [f"{self.name}@{self.rate}Hz", f"avg={self.average!r:>8}"]
        if verbose and self.options:
            parts.extend(f"{k}={v}" for k, v in sorted(self.options.items()))
        return ", ".join(parts)


def filter2(samples, lo=-1.0, hi=1.0):
    out = []
    for i, s in enumerate(samples):
        if s is None or s != s:
            continue
        elif lo <= s < hi:
            out.append((i, s))
        else:
            try:
                out.append((i, max(lo, min(hi, s))))
            except (TypeError, ValueError) as exc:
                raise RuntimeError("bad sample %d" % i) from exc
    return out


async def poll2(sensor, count=10):
    total = 0
    async with sensor.lock as guard:
        async for raw in sensor.stream(count):
            total += await sensor.convert(raw) if raw else 0
    return total


def stats2(values):
    values = sorted(v for v in values if v is not None)
    n = len(values)
    mean = sum(values) / n if n else 0.0
    var = sum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else 0.0
    median = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
    table = {k: v for k, v in zip("abc", values[:3])}
    flags = {v & 0xff for v in map(int, values) if v > 0}
    lam = lambda x, /, y=2, *a, z, **k: x * y + z
    while n > 0 and (m := n >> 1):
        n = m
    else:
        pass
    with open("log.txt", "w") as fh, open("err.txt") as eh:
        fh.write(eh.read()[::-1])
    global _last
    _last = {"mean": mean, "var": var, "median": median, **table}
    assert var >= 0, "negative variance"
    del table
    return mean, var, median, flags, lam


class Sensor3:
    """A simulated sensor, number 3."""

    THRESHOLD = 0x03 + 0b1010 * 3

    def __init__(self, name, *, rate=100, scale=1.5e-3, **options):
        self.name = name
        self.rate = rate
        self.scale = scale
        self.options = dict(options)
        self._buf = [0] * 16
        self._idx = 0

    def read(self, raw: int) -> float:
        value = (raw - self.THRESHOLD) * self.scale
        self._buf[self._idx % len(self._buf)] = value
        self._idx += 1
        return value

    @property
    def average(self):
        n = min(self._idx, len(self._buf))
        if not n:
            return None
        return sum(self._buf[:n]) / n

    def describe(self, verbose=False):
        parts = [f"{self.name}@{self.rate}Hz", f"avg={self.average!r:>8}"]
        if verbose and self.options:
            parts.extend(f"{k}={v}" for k, v in sorted(self.options.items()))
        return ", ".join(parts)


def filter3(samples, lo=-1.0, hi=1.0):
    out = []
    for i, s in enumerate(samples):
        if s is None or s != s:
            continue
        elif lo <= s < hi:
            out.append((i, s))
        else:
            try:
                out.append((i, max(lo, min(hi, s))))
            except (TypeError, ValueError) as exc:
                raise RuntimeError("bad sample %d" % i) from exc
    return out


async def poll3(sensor, count=10):
    total = 0
    async with sensor.lock as guard:
        async for raw in sensor.stream(count):
            total += await sensor.convert(raw) if raw else 0
    return total


def stats3(values):
    values = sorted(v for v in values if v is not None)
    n = len(values)
    mean = sum(values) / n if n else 0.0
    var = sum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else 0.0
    median = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
    table = {k: v for k, v in zip("abc", values[:3])}
    flags = {v & 0xff for v in map(int, values) if v > 0}
    lam = lambda x, /, y=2, *a, z, **k: x * y + z
    while n > 0 and (m := n >> 1):
        n = m
    else:
        pass
    with open("log.txt", "w") as fh, open("err.txt") as eh:
        fh.write(eh.read()[::-1])
    global _last
    _last = {"mean": mean, "var": var, "median": median, **table}
    assert var >= 0, "negative variance"
    del table
    return mean, var, median, flags, lam


class Sensor4:
    """A simulated sensor, number 4."""

    THRESHOLD = 0x04 + 0b1010 * 3

    def __init__(self, name, *, rate=100, scale=1.5e-3, **options):
        self.name = name
        self.rate = rate
        self.scale = scale
        self.options = dict(options)
        self._buf = [0] * 16
        self._idx = 0

    def read(self, raw: int) -> float:
        value = (raw - self.THRESHOLD) * self.scale
        self._buf[self._idx % len(self._buf)] = value
        self._idx += 1
        return value

    @property
    def average(self):
        n = min(self._idx, len(self._buf))
        if not n:
            return None
        return sum(self._buf[:n]) / n

    def describe(self, verbose=False):
        parts = [f"{self.name}@{self.rate}Hz", f"avg={self.average!r:>8}"]
        if verbose and self.options:
            parts.extend(f"{k}={v}" for k, v in sorted(self.options.items()))
        return ", ".join(parts)


def filter4(samples, lo=-1.0, hi=1.0):
    out = []
    for i, s in enumerate(samples):
        if s is None or s != s:
            continue
        elif lo <= s < hi:
            out.append((i, s))
        else:
            try:
                out.append((i, max(lo, min(hi, s))))
            except (TypeError, ValueError) as exc:
                raise RuntimeError("bad sample %d" % i) from exc
    return out


async def poll4(sensor, count=10):
    total = 0
    async with sensor.lock as guard:
        async for raw in sensor.stream(count):
            total += await sensor.convert(raw) if raw else 0
    return total


def stats4(values):
    values = sorted(v for v in values if v is not None)
    n = len(values)
    mean = sum(values) / n if n else 0.0
    var = sum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else 0.0
    median = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
    table = {k: v for k, v in zip("abc", values[:3])}
    flags = {v & 0xff for v in map(int, values) if v > 0}
    lam = lambda x, /, y=2, *a, z, **k: x * y + z
    while n > 0 and (m := n >> 1):
        n = m
    else:
        pass
    with open("log.txt", "w") as fh, open("err.txt") as eh:
        fh.write(eh.read()[::-1])
    global _last
    _last = {"mean": mean, "var": var, "median": median, **table}
    assert var >= 0, "negative variance"
    del table
    return mean, var, median, flags, lam


class Sensor5:
    """A simulated sensor, number 5."""

    THRESHOLD = 0x05 + 0b1010 * 3

    def __init__(self, name, *, rate=100, scale=1.5e-3, **options):
        self.name = name
        self.rate = rate
        self.scale = scale
        self.options = dict(options)
        self._buf = [0] * 16
        self._idx = 0

    def read(self, raw: int) -> float:
        value = (raw - self.THRESHOLD) * self.scale
        self._buf[self._idx % len(self._buf)] = value
        self._idx += 1
        return value

    @property
    def average(self):
        n = min(self._idx, len(self._buf))
        if not n:
            return None
        return sum(self._buf[:n]) / n

    def describe(self, verbose=False):
        parts = [f"{self.name}@{self.rate}Hz", f"avg={self.average!r:>8}"]
        if verbose and self.options:
            parts.extend(f"{k}={v}" for k, v in sorted(self.options.items()))
        return ", ".join(parts)


def filter5(samples, lo=-1.0, hi=1.0):
    out = []
    for i, s in enumerate(samples):
        if s is None or s != s:
            continue
        elif lo <= s < hi:
            out.append((i, s))
        else:
            try:
                out.append((i, max(lo, min(hi, s))))
            except (TypeError, ValueError) as exc:
                raise RuntimeError("bad sample %d" % i) from exc
    return out


async def poll5(sensor, count=10):
    total = 0
    async with sensor.lock as guard:
        async for raw in sensor.stream(count):
            total += await sensor.convert(raw) if raw else 0
    return total


def stats5(values):
    values = sorted(v for v in values if v is not None)
    n = len(values)
    mean = sum(values) / n if n else 0.0
    var = sum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else 0.0
    median = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
    table = {k: v for k, v in zip("abc", values[:3])}
    flags = {v & 0xff for v in map(int, values) if v > 0}
    lam = lambda x, /, y=2, *a, z, **k: x * y + z
    while n > 0 and (m := n >> 1):
        n = m
    else:
        pass
    with open("log.txt", "w") as fh, open("err.txt") as eh:
        fh.write(eh.read()[::-1])
    global _last
    _last = {"mean": mean, "var": var, "median": median, **table}
    assert var >= 0, "negative variance"
    del table
    return mean, var, median, flags, lam


class Sensor6:
    """A simulated sensor, number 6."""

    THRESHOLD = 0x06 + 0b1010 * 3

    def __init__(self, name, *, rate=100, scale=1.5e-3, **options):
        self.name = name
        self.rate = rate
        self.scale = scale
        self.options = dict(options)
        self._buf = [0] * 16
        self._idx = 0

    def read(self, raw: int) -> float:
        value = (raw - self.THRESHOLD) * self.scale
        self._buf[self._idx % len(self._buf)] = value
        self._idx += 1
        return value

    @property
    def average(self):
        n = min(self._idx, len(self._buf))
        if not n:
            return None
        return sum(self._buf[:n]) / n

    def describe(self, verbose=False):
        parts = [f"{self.name}@{self.rate}Hz", f"avg={self.average!r:>8}"]
        if verbose and self.options:
            parts.extend(f"{k}={v}" for k, v in sorted(self.options.items()))
        return ", ".join(parts)


def filter6(samples, lo=-1.0, hi=1.0):
    out = []
    for i, s in enumerate(samples):
        if s is None or s != s:
            continue
        elif lo <= s < hi:
            out.append((i, s))
        else:
            try:
                out.append((i, max(lo, min(hi, s))))
            except (TypeError, ValueError) as exc:
                raise RuntimeError("bad sample %d" % i) from exc
    return out


async def poll6(sensor, count=10):
    total = 0
    async with sensor.lock as guard:
        async for raw in sensor.stream(count):
            total += await sensor.convert(raw) if raw else 0
    return total


def stats6(values):
    values = sorted(v for v in values if v is not None)
    n = len(values)
    mean = sum(values) / n if n else 0.0
    var = sum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else 0.0
    median = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
    table = {k: v for k, v in zip("abc", values[:3])}
    flags = {v & 0xff for v in map(int, values) if v > 0}
    lam = lambda x, /, y=2, *a, z, **k: x * y + z
    while n > 0 and (m := n >> 1):
        n = m
    else:
        pass
    with open("log.txt", "w") as fh, open("err.txt") as eh:
        fh.write(eh.read()[::-1])
    global _last
    _last = {"mean": mean, "var": var, "median": median, **table}
    assert var >= 0, "negative variance"
    del table
    return mean, var, median, flags, lam


class Sensor7:
    """A simulated sensor, number 7."""

    THRESHOLD = 0x07 + 0b1010 * 3

    def __init__(self, name, *, rate=100, scale=1.5e-3, **options):
        self.name = name
        self.rate = rate
        self.scale = scale
        self.options = dict(options)
        self._buf = [0] * 16
        self._idx = 0

    def read(self, raw: int) -> float:
        value = (raw - self.THRESHOLD) * self.scale
        self._buf[self._idx % len(self._buf)] = value
        self._idx += 1
        return value

    @property
    def average(self):
        n = min(self._idx, len(self._buf))
        if not n:
            return None
        return sum(self._buf[:n]) / n

    def describe(self, verbose=False):
        parts = [f"{self.name}@{self.rate}Hz", f"avg={self.average!r:>8}"]
        if verbose and self.options:
            parts.extend(f"{k}={v}" for k, v in sorted(self.options.items()))
        return ", ".join(parts)


def filter7(samples, lo=-1.0, hi=1.0):
    out = []
    for i, s in enumerate(samples):
        if s is None or s != s:
            continue
        elif lo <= s < hi:
            out.append((i, s))
        else:
            try:
                out.append((i, max(lo, min(hi, s))))
            except (TypeError, ValueError) as exc:
                raise RuntimeError("bad sample %d" % i) from exc
    return out


async def poll7(sensor, count=10):
    total = 0
    async with sensor.lock as guard:
        async for raw in sensor.stream(count):
            total += await sensor.convert(raw) if raw else 0
    return total


def stats7(values):
    values = sorted(v for v in values if v is not None)
    n = len(values)
    mean = sum(values) / n if n else 0.0
    var = sum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else 0.0
    median = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
    table = {k: v for k, v in zip("abc", values[:3])}
    flags = {v & 0xff for v in map(int, values) if v > 0}
    lam = lambda x, /, y=2, *a, z, **k: x * y + z
    while n > 0 and (m := n >> 1):
        n = m
    else:
        pass
    with open("log.txt", "w") as fh, open("err.txt") as eh:
        fh.write(eh.read()[::-1])
    global _last
    _last = {"mean": mean, "var": var, "median": median, **table}
    assert var >= 0, "negative variance"
    del table
    return mean, var, median, flags, lam


class Sensor8:
    """A simulated sensor, number 8."""

    THRESHOLD = 0x08 + 0b1010 * 3

    def __init__(self, name, *, rate=100, scale=1.5e-3, **options):
        self.name = name
        self.rate = rate
        self.scale = scale
        self.options = dict(options)
        self._buf = [0] * 16
        self._idx = 0

    def read(self, raw: int) -> float:
        value = (raw - self.THRESHOLD) * self.scale
        self._buf[self._idx % len(self._buf)] = value
        self._idx += 1
        return value

    @property
    def average(self):
        n = min(self._idx, len(self._buf))
        if not n:
            return None
        return sum(self._buf[:n]) / n

    def describe(self, verbose=False):
        parts = [f"{self.name}@{self.rate}Hz", f"avg={self.average!r:>8}"]
        if verbose and self.options:
            parts.extend(f"{k}={v}" for k, v in sorted(self.options.items()))
        return ", ".join(parts)


def filter8(samples, lo=-1.0, hi=1.0):
    out = []
    for i, s in enumerate(samples):
        if s is None or s != s:
            continue
        elif lo <= s < hi:
            out.append((i, s))
        else:
            try:
                out.append((i, max(lo, min(hi, s))))
            except (TypeError, ValueError) as exc:
                raise RuntimeError("bad sample %d" % i) from exc
    return out


async def poll8(sensor, count=10):
    total = 0
    async with sensor.lock as guard:
        async for raw in sensor.stream(count):
            total += await sensor.convert(raw) if raw else 0
    return total


def stats8(values):
    values = sorted(v for v in values if v is not None)
    n = len(values)
    mean = sum(values) / n if n else 0.0
    var = sum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else 0.0
    median = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
    table = {k: v for k, v in zip("abc", values[:3])}
    flags = {v & 0xff for v in map(int, values) if v > 0}
    lam = lambda x, /, y=2, *a, z, **k: x * y + z
    while n > 0 and (m := n >> 1):
        n = m
    else:
        pass
    with open("log.txt", "w") as fh, open("err.txt") as eh:
        fh.write(eh.read()[::-1])
    global _last
    _last = {"mean": mean, "var": var, "median": median, **table}
    assert var >= 0, "negative variance"
    del table
    return mean, var, median, flags, lam


class Sensor9:
    """A simulated sensor, number 9."""

    THRESHOLD = 0x09 + 0b1010 * 3

    def __init__(self, name, *, rate=100, scale=1.5e-3, **options):
        self.name = name
        self.rate = rate
        self.scale = scale
        self.options = dict(options)
        self._buf = [0] * 16
        self._idx = 0

    def read(self, raw: int) -> float:
        value = (raw - self.THRESHOLD) * self.scale
        self._buf[self._idx % len(self._buf)] = value
        self._idx += 1
        return value

    @property
    def average(self):
        n = min(self._idx, len(self._buf))
        if not n:
            return None
        return sum(self._buf[:n]) / n

    def describe(self, verbose=False):
        parts = [f"{self.name}@{self.rate}Hz", f"avg={self.average!r:>8}"]
        if verbose and self.options:
            parts.extend(f"{k}={v}" for k, v in sorted(self.options.items()))
        return ", ".join(parts)


def filter9(samples, lo=-1.0, hi=1.0):
    out = []
    for i, s in enumerate(samples):
        if s is None or s != s:
            continue
        elif lo <= s < hi:
            out.append((i, s))
        else:
            try:
                out.append((i, max(lo, min(hi, s))))
            except (TypeError, ValueError) as exc:
                raise RuntimeError("bad sample %d" % i) from exc
    return out


async def poll9(sensor, count=10):
    total = 0
    async with sensor.lock as guard:
        async for raw in sensor.stream(count):
            total += await sensor.convert(raw) if raw else 0
    return total


def stats9(values):
    values = sorted(v for v in values if v is not None)
    n = len(values)
    mean = sum(values) / n if n else 0.0
    var = sum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else 0.0
    median = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
    table = {k: v for k, v in zip("abc", values[:3])}
    flags = {v & 0xff for v in map(int, values) if v > 0}
    lam = lambda x, /, y=2, *a, z, **k: x * y + z
    while n > 0 and (m := n >> 1):
        n = m
    else:
        pass
    with open("log.txt", "w") as fh, open("err.txt") as eh:
        fh.write(eh.read()[::-1])
    global _last
    _last = {"mean": mean, "var": var, "median": median, **table}
    assert var >= 0, "negative variance"
    del table
    return mean, var, median, flags, lam


class Sensor10:
    """A simulated sensor, number 10."""

    THRESHOLD = 0x0a + 0b1010 * 3

    def __init__(self, name, *, rate=100, scale=1.5e-3, **options):
        self.name = name
        self.rate = rate
        self.scale = scale
        self.options = dict(options)
        self._buf = [0] * 16
        self._idx = 0

    def read(self, raw: int) -> float:
        value = (raw - self.THRESHOLD) * self.scale
        self._buf[self._idx % len(self._buf)] = value
        self._idx += 1
        return value

    @property
    def average(self):
        n = min(self._idx, len(self._buf))
        if not n:
            return None
        return sum(self._buf[:n]) / n

    def describe(self, verbose=False):
        parts = [f"{self.name}@{self.rate}Hz", f"avg={self.average!r:>8}"]
        if verbose and self.options:
            parts.extend(f"{k}={v}" for k, v in sorted(self.options.items()))
        return ", ".join(parts)


def filter10(samples, lo=-1.0, hi=1.0):
    out = []
    for i, s in enumerate(samples):
        if s is None or s != s:
            continue
        elif lo <= s < hi:
            out.append((i, s))
        else:
            try:
                out.append((i, max(lo, min(hi, s))))
            except (TypeError, ValueError) as exc:
                raise RuntimeError("bad sample %d" % i) from exc
    return out


async def poll10(sensor, count=10):
    total = 0
    async with sensor.lock as guard:
        async for raw in sensor.stream(count):
            total += await sensor.convert(raw) if raw else 0
    return total


def stats10(values):
    values = sorted(v for v in values if v is not None)
    n = len(values)
    mean = sum(values) / n if n else 0.0
    var = sum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else 0.0
    median = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
    table = {k: v for k, v in zip("abc", values[:3])}
    flags = {v & 0xff for v in map(int, values) if v > 0}
    lam = lambda x, /, y=2, *a, z, **k: x * y + z
    while n > 0 and (m := n >> 1):
        n = m
    else:
        pass
    with open("log.txt", "w") as fh, open("err.txt") as eh:
        fh.write(eh.read()[::-1])
    global _last
    _last = {"mean": mean, "var": var, "median": median, **table}
    assert var >= 0, "negative variance"
    del table
    return mean, var, median, flags, lam


class Sensor11:
    """A simulated sensor, number 11."""

    THRESHOLD = 0x0b + 0b1010 * 3

    def __init__(self, name, *, rate=100, scale=1.5e-3, **options):
        self.name = name
        self.rate = rate
        self.scale = scale
        self.options = dict(options)
        self._buf = [0] * 16
        self._idx = 0

    def read(self, raw: int) -> float:
        value = (raw - self.THRESHOLD) * self.scale
        self._buf[self._idx % len(self._buf)] = value
        self._idx += 1
        return value

    @property
    def average(self):
        n = min(self._idx, len(self._buf))
        if not n:
            return None
        return sum(self._buf[:n]) / n

    def describe(self, verbose=False):
        parts = [f"{self.name}@{self.rate}Hz", f"avg={self.average!r:>8}"]
        if verbose and self.options:
            parts.extend(f"{k}={v}" for k, v in sorted(self.options.items()))
        return ", ".join(parts)


def filter11(samples, lo=-1.0, hi=1.0):
    out = []
    for i, s in enumerate(samples):
        if s is None or s != s:
            continue
        elif lo <= s < hi:
            out.append((i, s))
        else:
            try:
                out.append((i, max(lo, min(hi, s))))
            except (TypeError, ValueError) as exc:
                raise RuntimeError("bad sample %d" % i) from exc
    return out


async def poll11(sensor, count=10):
    total = 0
    async with sensor.lock as guard:
        async for raw in sensor.stream(count):
            total += await sensor.convert(raw) if raw else 0
    return total


def stats11(values):
    values = sorted(v for v in values if v is not None)
    n = len(values)
    mean = sum(values) / n if n else 0.0
    var = sum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else 0.0
    median = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
    table = {k: v for k, v in zip("abc", values[:3])}
    flags = {v & 0xff for v in map(int, values) if v > 0}
    lam = lambda x, /, y=2, *a, z, **k: x * y + z
    while n > 0 and (m := n >> 1):
        n = m
    else:
        pass
    with open("log.txt", "w") as fh, open("err.txt") as eh:
        fh.write(eh.read()[::-1])
    global _last
    _last = {"mean": mean, "var": var, "median": median, **table}
    assert var >= 0, "negative variance"
    del table
    return mean, var, median, flags, lam


class Sensor12:
    """A simulated sensor, number 12."""

    THRESHOLD = 0x0c + 0b1010 * 3

    def __init__(self, name, *, rate=100, scale=1.5e-3, **options):
        self.name = name
        self.rate = rate
        self.scale = scale
        self.options = dict(options)
        self._buf = [0] * 16
        self._idx = 0

    def read(self, raw: int) -> float:
        value = (raw - self.THRESHOLD) * self.scale
        self._buf[self._idx % len(self._buf)] = value
        self._idx += 1
        return value

    @property
    def average(self):
        n = min(self._idx, len(self._buf))
        if not n:
            return None
        return sum(self._buf[:n]) / n

    def describe(self, verbose=False):
        parts = [f"{self.name}@{self.rate}Hz", f"avg={self.average!r:>8}"]
        if verbose and self.options:
            parts.extend(f"{k}={v}" for k, v in sorted(self.options.items()))
        return ", ".join(parts)


def filter12(samples, lo=-1.0, hi=1.0):
    out = []
    for i, s in enumerate(samples):
        if s is None or s != s:
            continue
        elif lo <= s < hi:
            out.append((i, s))
        else:
            try:
                out.append((i, max(lo, min(hi, s))))
            except (TypeError, ValueError) as exc:
                raise RuntimeError("bad sample %d" % i) from exc
    return out


async def poll12(sensor, count=10):
    total = 0
    async with sensor.lock as guard:
        async for raw in sensor.stream(count):
            total += await sensor.convert(raw) if raw else 0
    return total


def stats12(values):
    values = sorted(v for v in values if v is not None)
    n = len(values)
    mean = sum(values) / n if n else 0.0
    var = sum((v - mean) ** 2 for v in values) / (n - 1) if n > 1 else 0.0
    median = values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2
    table = {k: v for k, v in zip("abc", values[:3])}
    flags = {v & 0xff for v in map(int, values) if v > 0}
    lam = lambda x, /, y=2, *a, z, **k: x * y + z
    while n > 0 and (m := n >> 1):
        n = m
    else:
        pass
    with open("log.txt", "w") as fh, open("err.txt") as eh:
        fh.write(eh.read()[::-1])
    global _last
    _last = {"mean": mean, "var": var, "median": median, **table}
    assert var >= 0, "negative variance"
    del table
    return mean, var, median, flags, lam
