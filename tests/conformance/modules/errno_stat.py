import errno
import os
import stat

print(errno.ENOENT, errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLOCK, errno.ENOTSUP,
      errno.EOPNOTSUPP, errno.ERANGE)
print(len(errno.errorcode), errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(list(errno.errorcode.items())[:10], list(errno.errorcode)[-5:])
names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), names[:8])
print(sum(getattr(errno, n) for n in names))
print(all(errno.errorcode[getattr(errno, n)] in names for n in names))
try:
    open("/nonexistent/file")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])

modes = [0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755, 0o104755,
         0o102755, 0o041777, 0o041776, 0o106644, 0o101000, 0o000644, 0o170000, 0, 0o7777]
for m in modes:
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)),
          [f(m) for f in (stat.S_ISDIR, stat.S_ISCHR, stat.S_ISBLK, stat.S_ISREG, stat.S_ISFIFO,
                          stat.S_ISLNK, stat.S_ISSOCK, stat.S_ISDOOR, stat.S_ISPORT, stat.S_ISWHT)])
for name in ["S_IFDIR", "S_IFREG", "S_IFLNK", "S_ISUID", "S_ISGID", "S_ISVTX", "S_IRWXU", "S_IRUSR",
             "S_IWGRP", "S_IXOTH", "S_IREAD", "S_IWRITE", "S_IEXEC", "S_ENFMT", "ST_MODE", "ST_SIZE",
             "ST_MTIME", "UF_HIDDEN", "SF_SNAPSHOT", "S_IFDOOR", "FILE_ATTRIBUTE_HIDDEN"]:
    print(name, getattr(stat, name))
st = os.stat(".")
print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(os.stat("errno_stat.py").st_mode))
print(stat.filemode(os.stat("errno_stat.py").st_mode)[0], stat.filemode(st.st_mode)[0])
try:
    stat.S_ISDIR("x")
except TypeError as e:
    print("TypeError")
