# logging from several threads: one handler lock serialises the writes
import logging, threading, io
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(threadName)s %(message)s"))
lg = logging.getLogger("thr"); lg.addHandler(h); lg.propagate = False; lg.setLevel(logging.INFO)
def work(n):
    for i in range(300):
        lg.info("msg %d %d", n, i)
ts = [threading.Thread(target=work, args=(k,), name="T%d" % k) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
lines = buf.getvalue().splitlines()
print(len(lines), all(l.split()[0] == "T" + l.split()[2] for l in lines), sorted(set(l.split()[0] for l in lines)))
