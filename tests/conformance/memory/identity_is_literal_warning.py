# Comparing with a literal using `is` compiles with a SyntaxWarning.
x = 1000
print(x is 1000)
print("a" is not "a")
compile("y is ()", "<test>", "eval")
compile("y is None", "<test>", "eval")
print("end")
