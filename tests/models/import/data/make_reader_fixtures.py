#!/usr/bin/env python3
"""Writes the CsvReader fixtures: reader/<name>.csv and reader/<name>.json.

Each JSON holds what tst_csvreader expects: the detected encoding and
delimiter, every record as read (header first), the non-fatal problems and
the fatal one. Re-run after changing a case: python3 make_reader_fixtures.py
"""
import json
import os

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reader")
cases = {}


def case(name, data, rows, encoding="utf-8", delimiter=",", errors=(), fatal=None,
         force=None):
    cases[name] = dict(data=data, rows=rows, encoding=encoding, delimiter=delimiter,
                       errors=list(errors), fatal=fatal, force=force)


def err(kind, row, column=0):
    return {"kind": kind, "row": row, "column": column}


# RFC 4180
case("rfc_lf", b"a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]])
case("rfc_crlf", b"a,b,c\r\n1,2,3\r\n", [["a", "b", "c"], ["1", "2", "3"]])
case("rfc_lone_cr", b"a,b\r1,2\r", [["a", "b"], ["1", "2"]])
case("rfc_no_final_newline", b"a,b\n1,2", [["a", "b"], ["1", "2"]])
case("rfc_quoted", b'a,b\n"x","y"\n', [["a", "b"], ["x", "y"]])
case("rfc_doubled_quotes", b'a,b\n"he said ""hi""",""""\n',
     [["a", "b"], ['he said "hi"', '"']])
case("rfc_newline_in_quotes", b'a,b\n"line1\nline2",2\n"x\r\ny",3\n',
     [["a", "b"], ["line1\nline2", "2"], ["x\r\ny", "3"]])
case("rfc_delimiter_in_quotes", b'a,b\n"1,5",2\n', [["a", "b"], ["1,5", "2"]])
case("rfc_empty_fields", b'a,b,c\n,,\n"",x,\n', [["a", "b", "c"], ["", "", ""], ["", "x", ""]])
case("rfc_trailing_delimiter", b"a,b,\n1,2,\n", [["a", "b", ""], ["1", "2", ""]])
case("rfc_quoted_at_eof", b'a\n"x"', [["a"], ["x"]])
case("rfc_only_header", b"First Name,Email", [["First Name", "Email"]])
case("rfc_empty_file", b"", [])
case("rfc_blank_lines_skipped", b"a,b\n\n1,2\r\n\r\n3,4\n\n",
     [["a", "b"], ["1", "2"], ["3", "4"]])
case("rfc_spaces_kept", b'a,b\n  x , " y "\n', [["a", "b"], ["  x ", ' " y "']],
     errors=[])
case("quote_inside_unquoted", b'a,b\n5" screen,it"s\n', [["a", "b"], ['5" screen', 'it"s']])
# Not text: a NUL byte, or many control bytes, in the first block.
not_text = {"kind": "not-text", "row": 0, "column": 0, "line": 0}
case("nul_bytes", b"a,b\n\x00x,2\n", [], fatal=not_text)
case("not_text_png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10"
     b"\x08\x06\x00\x00\x00\x1f\xf3\xffa", [], encoding="windows-1252", fatal=not_text)
case("not_text_controls", bytes((i * 37) % 255 + 1 for i in range(600)), [],
     encoding="windows-1252", delimiter="\t", fatal=not_text)
case("text_with_dos_eof", b"a,b\r\n1,2\r\n\x1a", [["a", "b"], ["1", "2"], ["\x1a"]],
     errors=[err("ragged-row", 3)])
# Encodings
case("utf8_bom", b"\xef\xbb\xbfName,City\nJos\xc3\xa9,Z\xc3\xbcrich\n",
     [["Name", "City"], ["Jos\u00e9", "Z\u00fcrich"]])
case("utf8_no_bom", "Name,City\nJos\u00e9,\u6771\u4eac \U0001F600\n".encode("utf-8"),
     [["Name", "City"], ["Jos\u00e9", "\u6771\u4eac \U0001F600"]])
text16 = "Name,City\r\nJos\u00e9,Z\u00fcrich\r\n\U0001F600,\"a,\"\"b\"\"\"\r\n"
rows16 = [["Name", "City"], ["Jos\u00e9", "Z\u00fcrich"], ["\U0001F600", 'a,"b"']]
case("utf16le_bom", b"\xff\xfe" + text16.encode("utf-16-le"), rows16, encoding="utf-16le")
case("utf16be_bom", b"\xfe\xff" + text16.encode("utf-16-be"), rows16, encoding="utf-16be")
case("utf16le_no_bom", text16.encode("utf-16-le"), rows16, encoding="utf-16le")
case("utf16be_no_bom", text16.encode("utf-16-be"), rows16, encoding="utf-16be")
case("utf16le_no_bom_cjk", "\u540d\u524d;\u90fd\u5e02\n\u4e00\u4e8c;\u6771\u4eac\n".encode("utf-16-le"),
     [["\u540d\u524d", "\u90fd\u5e02"], ["\u4e00\u4e8c", "\u6771\u4eac"]], encoding="utf-16le",
     delimiter=";")
case("windows1252", b"Name,Note\r\nJos\xe9,\x80 5\r\n", [["Name", "Note"], ["Jos\u00e9", "\u20ac 5"]],
     encoding="windows-1252")
case("latin1_forced", b"Name\r\nJos\xe9 \xa4\r\n", [["Name"], ["Jos\u00e9 \u00a4"]],
     encoding="latin1", force="latin1")
# Delimiters
case("delim_semicolon", b'a;b;c\n1;2;3\n"x;y";2;3\n',
     [["a", "b", "c"], ["1", "2", "3"], ["x;y", "2", "3"]], delimiter=";")
case("delim_tab", b"a\tb\tc\n1\t2\t3\n", [["a", "b", "c"], ["1", "2", "3"]], delimiter="\t")
case("delim_pipe", b"a|b|c\n1|2|3\n", [["a", "b", "c"], ["1", "2", "3"]], delimiter="|")
case("delim_comma_beats_semicolon_text", b'name,note\nx,"a;b;c"\ny,d;e\n',
     [["name", "note"], ["x", "a;b;c"], ["y", "d;e"]])
# Broken input
case("broken_unclosed_quote", b'a,b\n1,"abc\n2,3\n', [["a", "b"]],
     fatal={"kind": "unclosed-quote", "row": 2, "column": 2, "line": 2})
case("broken_text_after_quote", b'a,b\n"abc"def,2\n"x" ,3\n',
     [["a", "b"], ["abcdef", "2"], ["x ", "3"]],
     errors=[err("text-after-quote", 2, 1), err("text-after-quote", 3, 1)])
case("broken_ragged", b"a,b,c\n1,2\n1,2,3,4\n1,2,3\n",
     [["a", "b", "c"], ["1", "2"], ["1", "2", "3", "4"], ["1", "2", "3"]],
     errors=[err("ragged-row", 2), err("ragged-row", 3)])
case("broken_invalid_utf8", b"a,b\nok,\xc3\x28\n\"\xff\",x\n",
     [["a", "b"], ["ok", "\ufffd("], ["\ufffd", "x"]],
     errors=[err("invalid-utf8", 2, 2), err("invalid-utf8", 3, 1)], force="utf-8")
case("broken_overlong_utf8", b"a\n\xc0\xaf\n", [["a"], ["\ufffd\ufffd"]],
     errors=[err("invalid-utf8", 2, 1)], force="utf-8")
case("broken_unclosed_after_rows", b'a\n1\n2\n"3\n4\n', [["a"], ["1"], ["2"]],
     fatal={"kind": "unclosed-quote", "row": 4, "column": 1, "line": 4})

os.makedirs(here, exist_ok=True)
for name, c in cases.items():
    with open(os.path.join(here, name + ".csv"), "wb") as f:
        f.write(c["data"])
    expected = {k: c[k] for k in ("rows", "encoding", "delimiter", "errors", "fatal", "force")}
    with open(os.path.join(here, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=True, indent=1)
        f.write("\n")
print(len(cases), "fixtures in", here)
