import os, os.path
print(os.name, os.sep, os.path.join("a", "b", "c"), os.path.join("/x", "/abs", "y"), os.path.split("/a/b/c.txt"), os.path.splitext("archive.tar.gz"))
print(os.path.basename("/a/b/"), os.path.dirname("/a/b/c"), os.path.normpath("a//b/../c/./d"), os.path.isabs("/x"), os.path.isabs("x"))
print(os.path.exists(__file__), os.path.isfile(__file__), os.path.isdir(os.path.dirname(os.path.abspath(__file__))), os.path.exists("/nonexistent/zzz"))
print(os.path.relpath("/a/b/c", "/a"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.getcwd() == os.path.abspath("."))
print(type(os.getpid()).__name__, hasattr(os.environ, "get"), os.getenv("FERRYTHON_SURELY_UNSET", "default"), os.cpu_count() >= 1)
os.environ["FERRYTHON_TEST_VAR"] = "v"
print(os.getenv("FERRYTHON_TEST_VAR"), "FERRYTHON_TEST_VAR" in os.environ)
d = "_tmp_os_dir"
if os.path.exists(d):
    for f in os.listdir(d):
        os.remove(os.path.join(d, f))
    os.rmdir(d)
os.makedirs(d)
with open(os.path.join(d, "f.txt"), "w") as fh:
    fh.write("12345")
print(os.listdir(d), os.path.getsize(os.path.join(d, "f.txt")), os.stat(os.path.join(d, "f.txt")).st_size)
os.rename(os.path.join(d, "f.txt"), os.path.join(d, "g.txt"))
print(sorted(os.listdir(d)), [(os.path.basename(r), ds, fs) for r, ds, fs in os.walk(d)])
os.remove(os.path.join(d, "g.txt")); os.rmdir(d)
print(os.path.exists(d))
try:
    os.listdir("/nonexistent/zzz")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.rmdir("/nonexistent/zzz")
except OSError as e:
    print(type(e).__name__, e)
