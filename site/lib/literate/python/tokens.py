"""Print each Python file's token stream without string literals and comments, as JSON.

Used to check that a Chinese example and its English twin are the same program: they may
differ only in what they print (strings) and in their comments. Written for Python 3.6+;
on 3.12+ an f-string is several tokens (FSTRING_START ... FSTRING_END), all set aside.
"""
import json
import sys
import tokenize

SKIP = {tokenize.COMMENT, tokenize.NL, tokenize.STRING, tokenize.ENCODING}
FSTRING_START = getattr(tokenize, "FSTRING_START", None)
FSTRING_END = getattr(tokenize, "FSTRING_END", None)


def program_tokens(path):
    kept, depth = [], 0
    with open(path, "rb") as source:
        for token in tokenize.tokenize(source.readline):
            if FSTRING_START is not None and token.type == FSTRING_START:
                depth += 1
            elif FSTRING_END is not None and token.type == FSTRING_END:
                depth -= 1
            elif depth == 0 and token.type not in SKIP:
                kept.append([tokenize.tok_name[token.type], token.string, token.start[0]])
    return kept


result = {}
for path in sys.argv[1:]:
    try:
        result[path] = {"tokens": program_tokens(path)}
    except (tokenize.TokenError, SyntaxError, IndentationError) as error:
        result[path] = {"error": str(error)}
json.dump(result, sys.stdout, ensure_ascii=False)
