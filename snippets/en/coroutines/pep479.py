# next() inside a generator's body meets an empty iterator and raises StopIteration: since 3.7 that becomes a RuntimeError.
def first_letters(words):
    for word in words:
        yield next(iter(word))  # an empty string has no first character


for letter in first_letters(['apple', 'banana', '', 'cherry']):
    print(letter)
