class A: pass
A().foo.bar
