# One thread is enough: a thread that holds a plain Lock and asks for it again waits for itself.
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()

    def deposit(self, amount):
        with self.lock:  # the same lock a second time: waits for ever
            self.balance += amount

    def add_interest(self, rate):
        with self.lock:
            interest = self.balance * rate
            print(f'interest: {interest}')
            self.deposit(interest)  # deposit() takes self.lock too


account = Account(100)
account.add_interest(0.5)
print(f'balance: {account.balance}')  # never printed
