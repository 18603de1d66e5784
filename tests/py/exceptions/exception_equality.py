e = ValueError(1)
print(e == e, ValueError(1) == ValueError(1))
print(isinstance(e, ValueError), isinstance(e, Exception))
l = [ValueError, TypeError]
try:
    raise l[1]("t")
except tuple(l) as ex:
    print(type(ex).__name__, ex)
def which(exc):
    try:
        raise exc
    except (KeyError, IndexError):
        return "lookup"
    except Exception:
        return "other"
print(which(KeyError), which(IndexError()), which(TypeError))
