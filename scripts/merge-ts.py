#!/usr/bin/env python3
"""git merge driver for Qt Linguist .ts files: merges by message instead of by line.

   .gitattributes:  translations/*.ts merge=tsmerge
   git config merge.tsmerge.driver "python3 scripts/merge-ts.py %O %A %B"

Every (context, source, comment) message of either side is kept; where both sides have one, a
finished translation wins over an unfinished one, else ours. The result is written to %A.
Run scripts/update-translations.sh afterwards to bring the file back to lupdate's own order."""
import sys
import xml.etree.ElementTree as ET


def load(path):
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, FileNotFoundError):
        return None, []
    contexts = []
    for ctx in root.findall('context'):
        name = ctx.findtext('name') or ''
        messages = []
        for msg in ctx.findall('message'):
            key = (msg.findtext('source') or '', msg.findtext('comment') or '')
            messages.append((key, msg))
        contexts.append((name, messages))
    return root, contexts


def finished(msg):
    t = msg.find('translation')
    return t is not None and t.get('type') not in ('unfinished', 'vanished', 'obsolete')


def main():
    _, ours_path, theirs_path = sys.argv[1:4]
    ours_root, ours = load(ours_path)
    theirs_root, theirs = load(theirs_path)
    if ours_root is None or theirs_root is None:
        return 1  # leave a conflict for a person
    merged = {}
    order = []
    for side in (ours, theirs):
        for name, messages in side:
            if name not in merged:
                merged[name] = {}
                order.append(name)
            slot = merged[name]
            for key, msg in messages:
                if key not in slot or (finished(msg) and not finished(slot[key])):
                    slot[key] = msg
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<!DOCTYPE TS>',
           '<TS version="%s" language="%s">' % (ours_root.get('version', '2.1'), ours_root.get('language', ''))]
    for name in order:
        out.append('<context>')
        out.append('    <name>%s</name>' % escape(name))
        for key, msg in merged[name].items():
            msg.tail = None
            text = ET.tostring(msg, encoding='unicode')
            out.append('    ' + text.strip())
        out.append('</context>')
    out.append('</TS>')
    with open(ours_path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    return 0


def escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


if __name__ == '__main__':
    sys.exit(main())
