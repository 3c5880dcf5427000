# Handle StopIteration inside the generator: skip empty strings, and use return when you mean to stop early.
def first_letters(words):
    for word in words:
        try:
            yield next(iter(word))
        except StopIteration:
            continue  # an empty string: skip it


for letter in first_letters(['apple', 'banana', '', 'cherry']):
    print(letter)
