try:
    import machine
    machine.freq
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit
f = machine.freq()
# an int on most ports, a tuple of bus clocks on the pyboard
if isinstance(f, tuple):
    f = f[0]
print(isinstance(f, int), f > 1000000)
