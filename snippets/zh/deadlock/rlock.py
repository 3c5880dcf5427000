# 把 Lock 换成可重入的 RLock：同一个线程可以再次进入，计数归零时才真正释放。
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.RLock()

    def deposit(self, amount):
        with self.lock:  # 已经持有它的线程可以再次进入
            self.balance += amount

    def add_interest(self, rate):
        with self.lock:
            interest = self.balance * rate
            print(f'利息：{interest}')
            self.deposit(interest)


account = Account(100)
account.add_interest(0.5)
print(f'余额：{account.balance}')
