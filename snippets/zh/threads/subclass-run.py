# 正确的子类写法：构造函数保存自己的属性，run() 里写线程要做的事，start() 会在新线程里调用 run()。
import threading
import time


class Countdown(threading.Thread):
    def __init__(self, label, seconds):
        super().__init__(name=label)
        self.seconds = seconds

    def run(self):
        print('{}：倒数 {} 秒'.format(self.name, self.seconds))
        time.sleep(self.seconds)
        print('{}：时间到'.format(self.name))


timers = [Countdown('计时器A', 1), Countdown('计时器B', 2)]
for timer in timers:
    timer.start()
for timer in timers:
    timer.join()
print('主线程：两个计时器都结束了')
