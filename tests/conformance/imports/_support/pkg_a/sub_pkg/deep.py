from .. import sub as parent_sub
from ..sub import SUB_VALUE
DEEP = "deep:" + SUB_VALUE + ":" + parent_sub.__name__
