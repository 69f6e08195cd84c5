# logging: reprs involving the standard streams and generic aliases
import io
import logging
import sys

print(repr(logging.StreamHandler(sys.stdout)), repr(logging.StreamHandler()))
print(repr(logging.lastResort))
print(logging.LoggerAdapter[int], logging.StreamHandler[io.StringIO])
