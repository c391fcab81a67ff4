try:
    from machine import Pin
except ImportError:
    print("SKIP")
    raise SystemExit
# pin names differ between boards: use the first one this board accepts
p = None
for name in ("X1", "A0", "P0", "GP0", 0, 2):
    try:
        p = Pin(name, Pin.OUT)
        break
    except (ValueError, TypeError):
        pass
if p is None:
    print("SKIP")
    raise SystemExit
p.value(1)
print(p.value())
p.off()
print(p.value())
p.on()
print(p.value())
p.value(0)
print(p())
