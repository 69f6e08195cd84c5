# Generators, generator expressions and comprehensions.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def chain(*its):
    for it in its:
        yield from it


def run(n):
    total = 0
    for x in evens(countdown(n)):
        total += x
    total += sum(x * x for x in range(n) if x % 3)
    for x in chain(range(1000), countdown(1000)):
        total += x
    rounds = n // 1000
    for r in range(rounds):
        sq = [i * i for i in range(100)]
        st = {i % 37 for i in sq}
        dc = {i: i + r for i in range(50)}
        total += len(sq) + len(st) + sum(dc.values())
    return total


print(run(int(4_000_000 * SCALE)))
