#!/usr/bin/env python3
"""Rewrites file-local tr() helpers into QCoreApplication::translate calls.

lupdate assigns a tr() call the context of the class whose member function it is in, while
a file-local helper `QString tr(const char *text) { return QCoreApplication::translate("X", text); }`
uses "X" at run time: the two disagree and the translation is never found. Spelling the
context at each call keeps lupdate and the program in step. Run it on files that still
define such a helper:  scripts/fix_tr_contexts.py src/...
"""
import re
import sys

HELPER = re.compile(
    r'\n?QString tr\(const char \*text\)\n\{\n\s+return QCoreApplication::translate\("([^"]+)", text\);\n\}\n',
    re.M)
CALL = re.compile(r'(?<![\w:.>])tr\(')


def fix(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = HELPER.search(text)
    if not m:
        return False
    context = m.group(1)
    text = text[:m.start()] + "\n" + text[m.end():]
    text = CALL.sub('QCoreApplication::translate("%s", ' % context, text)
    # An anonymous namespace left empty by the removal.
    text = re.sub(r'namespace \{\n\s*\n\} // namespace\n', '', text)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return True


if __name__ == "__main__":
    for p in sys.argv[1:]:
        if fix(p):
            print("fixed", p)
