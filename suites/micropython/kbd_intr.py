try:
    import micropython
    micropython.kbd_intr
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit
# disable Ctrl-C interrupts, then restore the default character (3 = Ctrl-C)
print(micropython.kbd_intr(-1))
print(micropython.kbd_intr(3))
