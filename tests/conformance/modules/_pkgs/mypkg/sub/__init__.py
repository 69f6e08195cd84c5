from ..core import helper as h
from . import leaf
