# bench: string building and formatting: %, str.format, join, slicing, replace, split
# params 1000MHz 64MiB: N = 30000
# params 48MHz 128KiB: N = 1000
# params 16MHz 8KiB: N = 100

NAMES = ("anna", "bertil", "cecilia", "david", "erik", "frida", "gustav")


def report_line(i):
    name = NAMES[i % len(NAMES)]
    amount = (i * 37 % 1000) / 8.0
    line = "%05d %-8s %8.3f" % (i, name, amount)
    line += " | {} {:>6} {:x}".format(name.upper(), i * 3, i * 255)
    return line


def rework(line):
    # Round-trip the line through split, join, replace and slices.
    parts = line.split()
    parts.reverse()
    text = "-".join(parts).replace("|", "+")
    return text[:12] + "/" + text[-10:]


def fold(s, h):
    # A polynomial hash over the characters, the same on every implementation.
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def build(n):
    out = []
    block_lines = 50 if n > 1000 else 8
    h = 7
    size = 0
    for i in range(n):
        line = report_line(i)
        short = rework(line)
        out.append(short)
        if len(out) == block_lines:
            block = "\n".join(out)
            size += len(block)
            h = fold(block, h)
            out = []
    block = "\n".join(out)
    return size + len(block), fold(block, h)


size, h = build(N)
print(report_line(N - 1))
print(rework(report_line(N - 1)))
print("size", size, "hash", h)
