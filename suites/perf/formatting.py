# bench: formatting: f-strings and format specs (fill, align, width, sign, precision, bases, thousands), %-mappings
# params 1000MHz 64MiB: N = 20000
# params 48MHz 128KiB: N = 800
# params 16MHz 16KiB: N = 60

# Lines of an inventory report, built with f-strings, str.format with
# nested widths and % with a mapping. Floats are multiples of 1/8 printed
# with enough digits to be exact, so every implementation prints the same
# digits (no rounding of halves, float32 boards included).

ITEMS = ("bolt", "nut", "washer", "gear", "spring", "axle", "cam")


def row(i):
    name = ITEMS[i % 7]
    qty = (i * 7919) % 100000 - 20000
    price = ((i * 37) % 4000) / 8.0
    code = (i * 40503) % 65536
    a = f"{i:06d} {name:<8}|{name:>8}|{name:^9}|{name:*^11}|"
    b = f"{qty:+8d} {qty:,} {price:10.3f} {price * 2:<9.2f}|{qty % 1000:=+6}|"
    c = f"{code:#x} {code:08X} {code:o} {code:b} {name!r} {price!r}"
    d = "{0:>{1}}|{2:{3}d}|{4:^7}".format(name, 4 + i % 6, qty, 9 + i % 3, i % 97)
    e = "%(name)-7s=%(qty)6d %(price)9.3f %(code)04x" % {"name": name, "qty": qty, "price": price, "code": code}
    return a + b + c + d + e


def checksum(block, h):
    # Position-sensitive over a sample of the characters, content-sensitive
    # over all of them (the byte sum), and the length.
    n = len(block)
    for k in range(0, n, 61):
        h = (h * 131 + ord(block[k])) % 1000000007
    return (h + sum(block.encode()) * 7 + n) % 1000000007


def build(n):
    lines = []
    block_lines = 40 if n > 1000 else 6
    h = 1
    size = 0
    for i in range(n):
        lines.append(row(i))
        if len(lines) == block_lines:
            block = "\n".join(lines)
            size += len(block)
            h = checksum(block, h)
            lines = []
    block = "\n".join(lines)
    return size + len(block), checksum(block, h)


size, h = build(N)
print(row(N - 1))
print(row(N // 2))
print("size", size, "hash", h)
