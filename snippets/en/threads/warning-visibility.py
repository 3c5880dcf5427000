# 3.7 announced the end of isAlive() with a PendingDeprecationWarning, 3.8 with a DeprecationWarning. By default only the second is shown.
import warnings

warnings.warn('this name will go in a later version', PendingDeprecationWarning)
print('a PendingDeprecationWarning was issued')
warnings.warn('this name is deprecated', DeprecationWarning)
print('a DeprecationWarning was issued')
