# needs: fstring
x = 42
print(f"{x:5}|{x:<5}|{x:^5}|{x:>5}|")
print(f"{x:05}|{x:+}|{x: }|{-x:+}")
print(f"{x:x} {x:X} {x:o} {x:b} {x:#x} {x:#o} {x:#b}")
print(f"{1234567:,} {1234567:_} {255:_x}")
print(f"{'ab':*^6}|{'ab':-<4}|{'ab':>4}")
w = 6
print(f"{x:{w}}|{x:>{w}}|")
print(f"{'abc':.2}")
