# Count the solutions of the N-queens problem by backtracking with sets.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def solve(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    count = 0

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)
    place(0)
    return count


n = 10 if SCALE >= 0.5 else 8
reps = max(1, round(16 * SCALE))
print(n, [solve(n) for _ in range(reps)])
