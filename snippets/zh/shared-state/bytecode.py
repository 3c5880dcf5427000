# num += 1 在 CPython 里不是一步：用 dis 看它编译成的字节码指令。
import dis

num = 0


def add_one():
    global num
    num += 1


print('add_one() 的字节码：')
for instruction in dis.get_instructions(add_one):
    line = '  {:<14}{}'.format(instruction.opname, instruction.argrepr)
    print(line.rstrip())
