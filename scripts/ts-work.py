#!/usr/bin/env python3
"""Hand a catalogue's untranslated strings to a translator and take them back.

A translator works on a plain JSON list instead of the .ts XML:

  scripts/ts-work.py new de              create translations/returning-admin_de.ts
                                         from the English catalogue, every
                                         message unfinished
  scripts/ts-work.py todo de > todo.json list the unfinished messages
  scripts/ts-work.py apply de done.json  write the translations back and mark
                                         them finished
  scripts/ts-work.py check de            count unfinished and empty messages

todo.json holds objects {"id", "context", "source", "comment", "forms"}:
"forms" is 0 for a plain message and the number of plural forms the language
has for a %n message. done.json holds {"id": translation} where a plural
message's translation is a list of exactly "forms" strings. The id is stable:
a hash of the context, source text and comment. apply rewrites the XML in
its own layout: run `ninja -C build returning-admin_lupdate` afterwards to put
the catalogue back in lupdate's, so the diff shows only the translations.
"""
import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET

# Plural forms per language, as Qt's numerus rules count them.
PLURAL_FORMS = {"en": 2, "de": 2, "zh_CN": 1, "ms": 1}


def path_for(lang):
    return f"translations/returning-admin_{lang}.ts"


def message_id(context, source, comment):
    key = "\x1f".join([context, source, comment or ""])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


PLACEHOLDER = re.compile(r"%L?\d|%L?n")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def mismatch(source, text):
    """Why a translation cannot stand for its source, or None."""
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
        # A plural form may leave %n out (as "one item" may), nothing else.
        want = sorted(p for p in PLACEHOLDER.findall(source) if p not in ("%n", "%Ln"))
        got = sorted(p for p in PLACEHOLDER.findall(text) if p not in ("%n", "%Ln"))
        if want != got:
            return f"placeholders {want} in the source, {got} in the translation"
    if len(TAG.findall(source)) != len(TAG.findall(text)):
        return "a different number of markup tags"
    return None


def messages(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def write(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(body)
        out.write("\n")


def cmd_new(lang):
    tree = ET.parse(path_for("en"))
    root = tree.getroot()
    root.set("language", lang)
    root.set("sourcelanguage", "en")
    forms = PLURAL_FORMS[lang]
    for _, msg in messages(root):
        old = msg.find("translation")
        msg.remove(old)
        tr = ET.SubElement(msg, "translation", {"type": "unfinished"})
        if msg.get("numerus") == "yes":
            for _ in range(forms):
                ET.SubElement(tr, "numerusform")
    write(tree, path_for(lang))


def cmd_todo(lang):
    root = ET.parse(path_for(lang)).getroot()
    forms = PLURAL_FORMS[lang]
    out = []
    for context, msg in messages(root):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") not in ("unfinished",):
            continue
        if tr is not None and tr.get("type") == "vanished":
            continue
        source = msg.findtext("source")
        comment = msg.findtext("comment")
        out.append({
            "id": message_id(context, source, comment),
            "context": context,
            "source": source,
            "comment": comment or "",
            "forms": forms if msg.get("numerus") == "yes" else 0,
        })
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def cmd_apply(lang, done_path):
    tree = ET.parse(path_for(lang))
    done = json.load(open(done_path, encoding="utf-8"))
    forms = PLURAL_FORMS[lang]
    applied = 0
    problems = []
    for context, msg in messages(tree.getroot()):
        source = msg.findtext("source")
        mid = message_id(context, source, msg.findtext("comment"))
        if mid not in done:
            continue
        text = done[mid]
        tr = msg.find("translation")
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if msg.get("numerus") == "yes":
            if not isinstance(text, list) or len(text) != forms:
                problems.append(f"{mid}: needs a list of {forms} forms")
                continue
            why = next((mismatch(source, f) for f in text if mismatch(source, f)), None)
            if why:
                problems.append(f"{mid}: {why}")
                continue
            for form in text:
                ET.SubElement(tr, "numerusform").text = form
        else:
            if not isinstance(text, str) or not text:
                problems.append(f"{mid}: needs a non-empty string")
                continue
            why = mismatch(source, text)
            if why:
                problems.append(f"{mid}: {why}")
                continue
            tr.text = text
        tr.attrib.pop("type", None)
        applied += 1
    write(tree, path_for(lang))
    print(f"applied {applied} of {len(done)}", file=sys.stderr)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


def cmd_check(lang):
    root = ET.parse(path_for(lang)).getroot()
    unfinished = sum(1 for _, m in messages(root)
                     if m.find("translation").get("type") == "unfinished")
    total = sum(1 for _ in messages(root))
    print(f"{lang}: {total} messages, {unfinished} unfinished")
    return 1 if unfinished else 0


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    cmd, lang = argv[1], argv[2]
    if lang not in PLURAL_FORMS:
        print(f"unknown language {lang}", file=sys.stderr)
        return 2
    if cmd == "new":
        cmd_new(lang)
    elif cmd == "todo":
        cmd_todo(lang)
    elif cmd == "apply" and len(argv) == 4:
        return cmd_apply(lang, argv[3])
    elif cmd == "check":
        return cmd_check(lang)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
