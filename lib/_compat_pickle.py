"""Python 2 <-> Python 3 names for pickle's fix_imports (protocols 0-2).
ferrython's own tables: the modules and builtins that were renamed in Python 3."""

# Python 2 module -> Python 3 module.
IMPORT_MAPPING = {
    "__builtin__": "builtins", "copy_reg": "copyreg", "Queue": "queue",
    "SocketServer": "socketserver", "ConfigParser": "configparser", "repr": "reprlib",
    "thread": "_thread", "dummy_thread": "_dummy_thread", "markupbase": "_markupbase",
    "httplib": "http.client", "cookielib": "http.cookiejar", "Cookie": "http.cookies",
    "BaseHTTPServer": "http.server", "SimpleHTTPServer": "http.server",
    "CGIHTTPServer": "http.server", "htmlentitydefs": "html.entities",
    "HTMLParser": "html.parser", "xmlrpclib": "xmlrpc.client",
    "SimpleXMLRPCServer": "xmlrpc.server", "DocXMLRPCServer": "xmlrpc.server",
    "robotparser": "urllib.robotparser", "urlparse": "urllib.parse", "urllib2": "urllib.request",
    "anydbm": "dbm", "whichdb": "dbm", "dbhash": "dbm.bsd", "dumbdbm": "dbm.dumb",
    "dbm": "dbm.ndbm", "gdbm": "dbm.gnu", "_winreg": "winreg", "cPickle": "pickle",
    "cStringIO": "io", "StringIO": "io", "UserDict": "collections", "UserList": "collections",
    "UserString": "collections", "commands": "subprocess", "exceptions": "builtins",
    "Tkinter": "tkinter", "tkMessageBox": "tkinter.messagebox",
    "tkFileDialog": "tkinter.filedialog", "ScrolledText": "tkinter.scrolledtext",
    "test.test_support": "test.support", "_abcoll": "collections.abc",
    "email.MIMEText": "email.mime.text", "email.MIMEBase": "email.mime.base",
    "email.MIMEMultipart": "email.mime.multipart",
}

# Python 3 module -> Python 2 module (where the whole module was renamed).
REVERSE_IMPORT_MAPPING = {
    "builtins": "__builtin__", "copyreg": "copy_reg", "queue": "Queue",
    "socketserver": "SocketServer", "configparser": "ConfigParser", "reprlib": "repr",
    "_thread": "thread", "_dummy_thread": "dummy_thread", "_markupbase": "markupbase",
    "http.client": "httplib", "http.cookiejar": "cookielib", "http.cookies": "Cookie",
    "html.entities": "htmlentitydefs", "html.parser": "HTMLParser",
    "xmlrpc.client": "xmlrpclib", "urllib.robotparser": "robotparser",
    "dbm": "anydbm", "dbm.bsd": "dbhash", "dbm.dumb": "dumbdbm", "dbm.ndbm": "dbm",
    "dbm.gnu": "gdbm", "winreg": "_winreg", "tkinter": "Tkinter",
    "tkinter.messagebox": "tkMessageBox", "tkinter.filedialog": "tkFileDialog",
    "tkinter.scrolledtext": "ScrolledText", "test.support": "test.test_support",
}

# (Python 2 module, name) -> (Python 3 module, name) for renamed objects.
NAME_MAPPING = {
    ("__builtin__", "xrange"): ("builtins", "range"),
    ("__builtin__", "long"): ("builtins", "int"),
    ("__builtin__", "unicode"): ("builtins", "str"),
    ("__builtin__", "basestring"): ("builtins", "str"),
    ("__builtin__", "unichr"): ("builtins", "chr"),
    ("__builtin__", "reduce"): ("functools", "reduce"),
    ("__builtin__", "intern"): ("sys", "intern"),
    ("__builtin__", "raw_input"): ("builtins", "input"),
    ("itertools", "izip"): ("builtins", "zip"),
    ("itertools", "imap"): ("builtins", "map"),
    ("itertools", "ifilter"): ("builtins", "filter"),
    ("itertools", "ifilterfalse"): ("itertools", "filterfalse"),
    ("itertools", "izip_longest"): ("itertools", "zip_longest"),
    ("UserDict", "IterableUserDict"): ("collections", "UserDict"),
    ("UserDict", "UserDict"): ("collections", "UserDict"),
    ("UserList", "UserList"): ("collections", "UserList"),
    ("UserString", "UserString"): ("collections", "UserString"),
    ("whichdb", "whichdb"): ("dbm", "whichdb"),
    ("exceptions", "StandardError"): ("builtins", "Exception"),
    ("_socket", "fromfd"): ("socket", "fromfd"),
    ("commands", "getoutput"): ("subprocess", "getoutput"),
    ("commands", "getstatusoutput"): ("subprocess", "getstatusoutput"),
    ("urllib", "quote"): ("urllib.parse", "quote"),
    ("urllib", "unquote"): ("urllib.parse", "unquote"),
    ("urllib", "urlencode"): ("urllib.parse", "urlencode"),
    ("urllib", "urlopen"): ("urllib.request", "urlopen"),
    ("urllib2", "URLError"): ("urllib.error", "URLError"),
    ("urllib2", "HTTPError"): ("urllib.error", "HTTPError"),
}

# (Python 3 module, name) -> (Python 2 module, name).
REVERSE_NAME_MAPPING = {
    ("builtins", "range"): ("__builtin__", "xrange"),
    ("builtins", "int"): ("__builtin__", "long"),
    ("builtins", "str"): ("__builtin__", "unicode"),
    ("builtins", "chr"): ("__builtin__", "unichr"),
    ("functools", "reduce"): ("__builtin__", "reduce"),
    ("sys", "intern"): ("__builtin__", "intern"),
    ("builtins", "input"): ("__builtin__", "raw_input"),
    ("builtins", "zip"): ("itertools", "izip"),
    ("builtins", "map"): ("itertools", "imap"),
    ("builtins", "filter"): ("itertools", "ifilter"),
    ("itertools", "filterfalse"): ("itertools", "ifilterfalse"),
    ("itertools", "zip_longest"): ("itertools", "izip_longest"),
    ("collections", "UserDict"): ("UserDict", "IterableUserDict"),
    ("collections", "UserList"): ("UserList", "UserList"),
    ("collections", "UserString"): ("UserString", "UserString"),
    ("dbm", "whichdb"): ("whichdb", "whichdb"),
    ("socket", "fromfd"): ("_socket", "fromfd"),
    ("subprocess", "getoutput"): ("commands", "getoutput"),
    ("subprocess", "getstatusoutput"): ("commands", "getstatusoutput"),
    ("urllib.parse", "quote"): ("urllib", "quote"),
    ("urllib.parse", "unquote"): ("urllib", "unquote"),
    ("urllib.parse", "urlencode"): ("urllib", "urlencode"),
    ("urllib.request", "urlopen"): ("urllib", "urlopen"),
    ("urllib.error", "URLError"): ("urllib2", "URLError"),
    ("urllib.error", "HTTPError"): ("urllib2", "HTTPError"),
}

# Exceptions that lived in Python 2's `exceptions` module.
_PY2_EXCEPTIONS = """ArithmeticError AssertionError AttributeError BaseException BufferError
BytesWarning DeprecationWarning EOFError EnvironmentError Exception FloatingPointError
FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError
KeyError KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError
OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning
StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError
UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError
UnicodeWarning UserWarning ValueError Warning ZeroDivisionError""".split()

# Python 3's OSError subclasses are written as Python 2's OSError.
_PY3_OSERRORS = """BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError
ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError
InterruptedError IsADirectoryError NotADirectoryError PermissionError
ProcessLookupError TimeoutError""".split()

for _name in _PY2_EXCEPTIONS:
    NAME_MAPPING[("exceptions", _name)] = ("builtins", _name)
    REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", _name)
for _name in ("EnvironmentError", "IOError"):
    REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", "OSError")
for _name in _PY3_OSERRORS:
    REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", "OSError")
REVERSE_NAME_MAPPING[("builtins", "ModuleNotFoundError")] = ("exceptions", "ImportError")
del _name
