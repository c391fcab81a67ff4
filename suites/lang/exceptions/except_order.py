def which(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except Exception:
        return "Exception"
print(which(KeyError()), which(IndexError()), which(TypeError()))
def broad_first(exc):
    try:
        raise exc
    except Exception:
        return "Exception first wins"
    except ValueError:
        return "never"
print(broad_first(ValueError()))
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
