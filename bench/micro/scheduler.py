# An object-oriented simulation in the spirit of OS-scheduler benchmarks:
# tasks of several classes exchange packets through a round-robin scheduler
# with priorities, queues and state flags (virtual dispatch, attribute access,
# linked lists).
import sys

SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0


class Packet:
    __slots__ = ("link", "dest", "kind", "data")

    def __init__(self, dest, kind):
        self.link = None
        self.dest = dest
        self.kind = kind
        self.data = [0, 0, 0, 0]


class Task:
    def __init__(self, sched, ident, prio):
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.inbox = None
        self.waiting = False
        self.runs = 0

    def receive(self):
        p = self.inbox
        if p is not None:
            self.inbox = p.link
            p.link = None
        return p

    def deliver(self, packet):
        packet.link = None
        if self.inbox is None:
            self.inbox = packet
        else:
            q = self.inbox
            while q.link is not None:
                q = q.link
            q.link = packet
        self.waiting = False

    def step(self):
        raise NotImplementedError


class Producer(Task):
    def __init__(self, sched, ident, prio, targets):
        Task.__init__(self, sched, ident, prio)
        self.targets = targets
        self.next = 0
        self.made = 0

    def step(self):
        dest = self.targets[self.next]
        self.next = (self.next + 1) % len(self.targets)
        p = Packet(dest, self.made % 3)
        p.data[0] = self.made
        self.made += 1
        self.sched.send(p)


class Worker(Task):
    def __init__(self, sched, ident, prio, sink):
        Task.__init__(self, sched, ident, prio)
        self.sink = sink
        self.acc = 0

    def step(self):
        p = self.receive()
        if p is None:
            self.waiting = True
            return
        d = p.data
        d[1] = (d[0] * 7 + p.kind) & 0xFFFF
        d[2] = d[1] ^ self.ident
        self.acc = (self.acc + d[2]) & 0xFFFFFF
        p.dest = self.sink
        self.sched.send(p)


class Sink(Task):
    def __init__(self, sched, ident, prio):
        Task.__init__(self, sched, ident, prio)
        self.count = 0
        self.sum = 0

    def step(self):
        p = self.receive()
        while p is not None:
            self.count += 1
            self.sum = (self.sum + p.data[2] + p.kind) & 0xFFFFFFF
            p = self.receive()
        self.waiting = True


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.switches = 0

    def add(self, task):
        self.tasks[task.ident] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.prio)

    def send(self, packet):
        self.tasks[packet.dest].deliver(packet)

    def run(self, steps):
        for _ in range(steps):
            for t in self.order:
                if not t.waiting:
                    t.runs += 1
                    self.switches += 1
                    t.step()


def run(steps):
    s = Scheduler()
    sink = Sink(s, 100, 1)
    s.add(sink)
    for i in range(4):
        s.add(Worker(s, 10 + i, 5 + i, 100))
    s.add(Producer(s, 1, 9, [10, 11, 12, 13]))
    s.add(Producer(s, 2, 8, [13, 12]))
    s.run(steps)
    workers = sorted((t.ident, t.acc, t.runs) for t in s.order if isinstance(t, Worker))
    return s.switches, sink.count, sink.sum, workers


print(*run(int(180_000 * SCALE)))
