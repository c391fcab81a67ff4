try:
    import machine
    machine.unique_id
except (ImportError, AttributeError):
    print("SKIP")
    raise SystemExit
uid = machine.unique_id()
print(type(uid) is bytes, len(uid) > 0, uid == machine.unique_id())
