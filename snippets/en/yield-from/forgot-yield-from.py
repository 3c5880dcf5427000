# Moving the code that yields into another generator function: merely calling it yields nothing; yield from passes its values on.
def flatten_wrong(items):
    for item in items:
        if isinstance(item, list):
            flatten_wrong(item)  # creates a generator object and drops it at once
        else:
            yield item


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


nested = [1, [2, [3, 4]], [], 5]
print('without yield from:', list(flatten_wrong(nested)))
print('with yield from:', list(flatten(nested)))
