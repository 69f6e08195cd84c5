from . import sub
from .sub import SUB_VALUE
from .sub_pkg import deep
from .sub_pkg.deep import DEEP
from . import PKG_VALUE
RESULT = (sub.__name__, SUB_VALUE, deep.__name__, DEEP, PKG_VALUE)
