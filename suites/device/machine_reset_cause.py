try:
    import machine
    machine.reset_cause
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit
print(isinstance(machine.reset_cause(), int))
