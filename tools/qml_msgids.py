#!/usr/bin/python3
"""Print a POT of the texts of QGIS styles that trygg translates when it embeds them.

Usage: python3 tools/qml_msgids.py styles/*.qml > styles.pot

The same rules as src/io/style_text.c (trygg__style_translate), which looks these msgids up in
po/sv.po when it writes a style into a GeoPackage:
  - field aliases:              <alias field="f" name="TEXT"/>
  - legend entries:             <category label="TEXT">, <range label="TEXT">, <rule label="TEXT">
  - value-map labels of forms:  <Option value="v" name="TEXT"/> inside <editWidget type="ValueMap">
  - words in label expressions: string literals of <text-style isExpression="1" fieldName="EXPR">
    that hold a letter, with msgctxt "QGIS label expression"; a literal compared with something
    (=, <>, !=, <, >, LIKE, ILIKE, IS, IN (...)) is a value and is not listed.
Texts without a letter are not looked up. One entry per (context, msgid), in the order of first
appearance over the files as given, with a "#: styles/x.qml" reference per file that has it.
tools/po merges this with xgettext's POT of the C sources.
"""
import sys
import xml.etree.ElementTree as ET

EXPR_CONTEXT = "QGIS label expression"
OPS = set("=<>!~|+-*/%^")


def has_letter(s):
    return any((c.isascii() and c.isalpha()) or ord(c) >= 0x80 for c in s)


def literal_unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == "'" and i + 1 < len(s) and s[i + 1] == "'":
            out.append("'")
            i += 2
        elif s[i] == "\\" and i + 1 < len(s):
            c = s[i + 1]
            out.append("\n" if c == "n" else "\t" if c == "t" else c)
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def is_word_char(c):
    return (c.isascii() and (c.isalnum() or c in "_.")) or ord(c) >= 0x80


def tokenize(e):
    """(kind, text) tokens as src/io/style_text.c's tokenize makes them."""
    toks, i, n = [], 0, len(e)
    while i < n:
        c = e[i]
        if c in " \t\n\r\f\v":
            i += 1
            continue
        if c in "'\"":
            j = i + 1
            while j < n:
                if e[j] == "\\" and j + 1 < n:
                    j += 2
                elif e[j] == c and j + 1 < n and e[j + 1] == c:
                    j += 2
                elif e[j] == c:
                    break
                else:
                    j += 1
            end = j + 1 if j < n else n
            toks.append(("string" if c == "'" else "ident", e[i:end]))
        elif (c.isascii() and c.isalpha()) or c == "_" or ord(c) >= 0x80:
            j = i
            while j < n and is_word_char(e[j]):
                j += 1
            end = j
            toks.append(("word", e[i:end]))
        elif c.isascii() and c.isdigit():
            j = i
            while j < n and e[j].isascii() and (e[j].isalnum() or e[j] == "."):
                j += 1
            end = j
            toks.append(("other", e[i:end]))
        elif c in OPS:
            j = i
            while j < n and e[j] in OPS:
                j += 1
            end = j
            toks.append(("op", e[i:end]))
        else:
            end = i + 1
            toks.append({"(": ("open", c), ")": ("close", c), ",": ("comma", c)}.get(c, ("other", c)))
        i = end
    return toks


def is_comparison(tok):
    kind, text = tok
    if kind == "op":
        return text != "||" and any(ch in "=<>!~" for ch in text)
    return kind == "word" and text.lower() in ("like", "ilike", "is", "in", "not")


def expression_texts(e):
    toks = tokenize(e)
    depth, in_list = 0, -1
    for i, (kind, text) in enumerate(toks):
        if kind == "open":
            depth += 1
            if in_list < 0 and i > 0 and toks[i - 1][0] == "word" and toks[i - 1][1].lower() == "in":
                in_list = depth
            continue
        if kind == "close":
            if depth == in_list:
                in_list = -1
            depth -= 1
            continue
        if kind != "string" or len(text) < 2 or in_list >= 0:
            continue
        if (i > 0 and is_comparison(toks[i - 1])) or (i + 1 < len(toks) and is_comparison(toks[i + 1])):
            continue
        lit = literal_unescape(text[1:-1])
        if has_letter(lit):
            yield lit


def style_texts(path):
    """(context, msgid) of one QML file in document order."""
    root = ET.parse(path).getroot()
    out = []

    def walk(el, in_value_map):
        tag = el.tag
        if tag == "editWidget":
            in_value_map = el.get("type") == "ValueMap"
        text, expr = None, False
        if tag == "alias":
            text = el.get("name")
        elif tag in ("category", "range", "rule"):
            text = el.get("label")
        elif in_value_map and tag == "Option" and el.get("value") is not None:
            text = el.get("name")
        elif tag == "text-style" and el.get("isExpression") == "1":
            text, expr = el.get("fieldName"), True
        if text:
            if expr:
                out.extend((EXPR_CONTEXT, t) for t in expression_texts(text))
            elif has_letter(text):
                out.append((None, text))
        for child in el:
            walk(child, in_value_map)

    walk(root, False)
    return out


def po_string(s):
    s = s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    return f'"{s}"'


def main(paths):
    order, refs = [], {}
    for path in paths:
        for key in style_texts(path):
            if key not in refs:
                refs[key] = []
                order.append(key)
            if path not in refs[key]:
                refs[key].append(path)
    print('msgid ""')
    print('msgstr ""')
    print('"Content-Type: text/plain; charset=UTF-8\\n"')
    print('"Content-Transfer-Encoding: 8bit\\n"')
    for ctx, msgid in order:
        print()
        if ctx == EXPR_CONTEXT:
            print("#. TRANSLATORS: text of a QGIS map label, joined to field values; keep its spaces")
        print("#: " + " ".join(refs[(ctx, msgid)]))
        if ctx:
            print("msgctxt " + po_string(ctx))
        print("msgid " + po_string(msgid))
        print('msgstr ""')
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
