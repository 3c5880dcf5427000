# num += 1 is not one step in CPython: dis shows the bytecode instructions it compiles to.
import dis

num = 0


def add_one():
    global num
    num += 1


print('bytecode of add_one():')
for instruction in dis.get_instructions(add_one):
    line = '  {:<14}{}'.format(instruction.opname, instruction.argrepr)
    print(line.rstrip())
