# N-body gravity simulation (symplectic Euler) over lists of floats.
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


def make_bodies(k):
    bodies = []
    seed = 7
    for i in range(k):
        vals = []
        for _ in range(7):
            seed = (seed * 48271) % 2147483647
            vals.append(seed / 2147483647.0 - 0.5)
        x, y, z, vx, vy, vz, m = vals
        pos = [10.0 * i + x, 10.0 * i * y, z]
        vel = [vx * 0.5, 3.0 + vy * 0.5, vz * 0.01] if i else [0.0, 0.0, 0.0]
        mass = 1000.0 if i == 0 else abs(m) + 0.01
        bodies.append((pos, vel, mass))
    return bodies


def energy(bodies):
    e = 0.0
    for i, (p1, v1, m1) in enumerate(bodies):
        e += 0.5 * m1 * (v1[0] * v1[0] + v1[1] * v1[1] + v1[2] * v1[2])
        for p2, v2, m2 in bodies[i + 1:]:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            e -= m1 * m2 / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for (p1, v1, m1), (p2, v2, m2) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            b1 = m1 * mag
            b2 = m2 * mag
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for pos, vel, _ in bodies:
            pos[0] += dt * vel[0]
            pos[1] += dt * vel[1]
            pos[2] += dt * vel[2]


def run(steps):
    bodies = make_bodies(5)
    pairs = [(bodies[i], bodies[j]) for i in range(5) for j in range(i + 1, 5)]
    e0 = energy(bodies)
    advance(bodies, pairs, 0.001, steps)
    return "%.9f %.9f" % (e0, energy(bodies))


print(run(int(100_000 * SCALE)))
