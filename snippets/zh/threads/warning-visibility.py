# 3.7 用 PendingDeprecationWarning 预告 isAlive() 将被移除，3.8 改用 DeprecationWarning。默认只显示后一种。
import warnings

warnings.warn('这个名字会在以后的版本里去掉', PendingDeprecationWarning)
print('发出了一个 PendingDeprecationWarning')
warnings.warn('这个名字已经弃用', DeprecationWarning)
print('发出了一个 DeprecationWarning')
