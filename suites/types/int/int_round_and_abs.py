# needs: dunder_name
print(round(5), round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(1234, -2), round(1250, -2))
print(abs(-10), abs(10), (-3).__abs__(), round(7, 2), type(round(7, 1)).__name__)
print(divmod(0, 3), pow(7, 2, 5), pow(2, 0, 1), pow(-1, 3))
