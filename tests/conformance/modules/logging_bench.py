# The shape of pyperformance's logging benchmark: silent, simple and formatted messages on a StringIO
import io
import logging

FORMAT = "important: %s"
MESSAGE = "some important information to be logged"

stream = io.StringIO()
handler = logging.StreamHandler(stream=stream)
logger = logging.getLogger("benchlogger")
logger.propagate = False
logger.addHandler(handler)
logger.setLevel(logging.WARNING)

for _ in range(2000):
    logger.debug(MESSAGE)          # silent
print(len(stream.getvalue()))
for _ in range(2000):
    logger.warning(MESSAGE)        # simple
print(len(stream.getvalue()), stream.getvalue().count("\n"))
stream.seek(0); stream.truncate()
for i in range(2000):
    logger.warning(FORMAT, MESSAGE)   # formatted
print(len(stream.getvalue()), stream.getvalue()[:60])
