class Config:
    def __init__(self):
        self.timeout = 5
        self.retries = 3
c = Config()
for expr in ["c.timout", "c.retris", "c.zzzzzz", "lenn([])", "pritn", "Config.__init_", "[].apend"]:
    try:
        eval(expr)
    except (NameError, AttributeError) as e:
        print(type(e).__name__, e, getattr(e, "name", None))
import sys
value = 1
print(valeu)
