print("core loaded", __name__)
def helper():
    return "helped"
