class Account:
    def __init__(self):
        self.balance = 0
a = Account()
a.deposit(5)
