print("package main", __name__, __package__, __spec__.name, __spec__.parent)
