print("mypkg init", __name__, __package__)
from .core import helper
VALUE = 1
