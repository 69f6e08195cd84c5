# Exceptions raised and caught, try/finally and with blocks.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


class AppError(Exception):
    pass


class Ctx:
    def __init__(self):
        self.n = 0

    def __enter__(self):
        self.n += 1
        return self

    def __exit__(self, *exc):
        return False


def risky(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i


def run(n):
    caught = 0
    d = {}
    ctx = Ctx()
    for i in range(n):
        try:
            risky(i)
        except AppError as e:
            caught += e.args[0] & 1
        except KeyError:
            caught += 2
        try:
            d[i]
        except KeyError:
            caught += 1
        finally:
            caught += 1
        with ctx:
            caught -= 1
    return caught, ctx.n


print(*run(int(400_000 * SCALE)))
