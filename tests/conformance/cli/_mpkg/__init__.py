print("package init", __name__)
