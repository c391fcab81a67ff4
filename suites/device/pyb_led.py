try:
    import pyb
    pyb.LED
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit
led = pyb.LED(1)
led.on()
print(led.intensity())
led.off()
print(led.intensity())
led.toggle()
print(led.intensity())
led.off()
