try:
    from machine import Pin
except ImportError:
    print("SKIP")
    raise SystemExit
print(hasattr(Pin, "IN"), hasattr(Pin, "OUT"), Pin.IN != Pin.OUT)
print(hasattr(Pin, "PULL_UP"), hasattr(Pin, "PULL_DOWN"), hasattr(Pin, "IRQ_RISING"))
