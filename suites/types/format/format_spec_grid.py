specs = ["", "5", "<5", ">5", "^5", "05", "+", "-", " ", "x", "#x", "o", "#o", "b", "X", "c", ",", "+05", "^+7", "*>6"]
for v in (0, 7, -7, 65):
    print(v, [format(v, s) for s in specs if not (s == "c" and v < 0)])
