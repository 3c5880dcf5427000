# Make it a re-entrant RLock: the owning thread may enter again; it is released when the count returns to zero.
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.RLock()

    def deposit(self, amount):
        with self.lock:  # the thread that holds it may enter again
            self.balance += amount

    def add_interest(self, rate):
        with self.lock:
            interest = self.balance * rate
            print(f'interest: {interest}')
            self.deposit(interest)


account = Account(100)
account.add_interest(0.5)
print(f'balance: {account.balance}')
