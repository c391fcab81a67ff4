# needs: float, fstring
x, s = 3.5, "str"
print(f"{x!r:>8}|{s!r:^9}|{s:.1}|{x:.0f}")
width, prec = 10, 3
print(f"{x:{width}.{prec}f}|{s:{'>'}{width}}|")
print(f"{'{'}{'}'} {{ }} {{{x}}}")
d = {"a": [1, 2]}
print(f"{d['a'][1]} {len(d)=} {d!r}")
print(f"{3 + 4 = }", f"{x if x > 0 else -x}")
print(f"{1_000_000:_} {255:#010b} {-5:+} {5:+}")
print(f"{'multi'}" f"{'part'}" "plain" f"{x}")
print(f"newline\n{'tab'}\t|")
