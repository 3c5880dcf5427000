# 只有一个线程也会死锁：持有普通 Lock 的线程再去拿同一把锁，等的就是它自己。
import threading


class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.Lock()

    def deposit(self, amount):
        with self.lock:  # 第二次拿同一把锁：永远等下去
            self.balance += amount

    def add_interest(self, rate):
        with self.lock:
            interest = self.balance * rate
            print(f'利息：{interest}')
            self.deposit(interest)  # deposit() 也要拿 self.lock


account = Account(100)
account.add_interest(0.5)
print(f'余额：{account.balance}')  # 永远不会打印
