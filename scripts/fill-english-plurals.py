#!/usr/bin/env python3
"""Fill the English catalogue's plural forms from the source text.

Source strings are English with "%n item(s)"; Qt shows them verbatim unless
the English .ts gives a singular and a plural form. lupdate adds every new
%n string with empty forms (or, when the same text stands in another context,
with that context's forms, marked unfinished); this fills every unfinished
one ("%n item" and "%n items", "(es)" likewise) and
leaves finished forms, such as ones written by hand, alone.

Usage: scripts/fill-english-plurals.py [translations/returning-admin_en.ts]
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/returning-admin_en.ts"
text = open(path, encoding="utf-8").read()

MESSAGE = re.compile(
    r'(<message numerus="yes">\s*(?:<location[^>]*/>\s*)*<source>([^<]*)</source>\s*)'
    r'(?:<comment>[^<]*</comment>\s*)?'
    r'<translation type="unfinished">\s*<numerusform>[^<]*</numerusform>\s*'
    r'<numerusform>[^<]*</numerusform>\s*</translation>',
    re.S,
)


def forms(source):
    singular = re.sub(r"\((?:e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    return singular, plural


filled = 0


def fill(match):
    global filled
    head, source = match.group(1), match.group(2)
    comment = re.search(r"<comment>.*?</comment>\s*", match.group(0), re.S)
    singular, plural = forms(source)
    filled += 1
    indent = "            "
    return (
        head
        + (comment.group(0) if comment else "")
        + "<translation>\n"
        + f"{indent}<numerusform>{singular}</numerusform>\n"
        + f"{indent}<numerusform>{plural}</numerusform>\n"
        + "        </translation>"
    )


text = MESSAGE.sub(fill, text)
ET.fromstring(text.encode("utf-8"))  # still well-formed
open(path, "w", encoding="utf-8").write(text)
print(f"{path}: filled {filled} plural message(s)")
