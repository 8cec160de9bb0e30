#!/usr/bin/python3
"""Every label of a hostile dataset read back from every format by a real parser of that format.

usage: check_escaping.py <networks.csv> <file>...

The labels are the names in <networks.csv> (tests/fixtures/hostile_names: markup, quotes, '&',
backslashes and Graphviz escapes, a line break and a tab, Arabic and Hebrew with U+202E,
combining accents, C0, DEL and C1 control characters). Each <file> is parsed by its format's
reader, and every label must come back, as the format is documented to show it:

  .csv              csv module                 a cell equal to the label (RFC 4180: the line break
                                               inside quotes)
  .json             json module                a string equal to the label
  .graphml .gexf    xml.etree                  an attribute value or text equal to the label with
                                               XML's rule: C0 controls but tab, LF, CR as U+FFFD
                                               (XML 1.0 forbids them even escaped)
  .xlsx             openpyxl                   a cell equal to the label by XML's rule; no cell
                                               is a formula
  .html             html.parser                the same XML rule, in the page's text
  .svg (figures)    xml.etree                  the text drawn: every control character, tab and
  .svg (Graphviz)                              line break shown as a space, spaces collapsed (a
                                               label may be wrapped over lines)
  .dot (export)     Graphviz `dot -Tjson`      an attribute equal to the label as a Graphviz
                                               escString: '\\' doubled, LF as \\n, CR dropped, other
                                               C0 controls as U+FFFD
  .dot (diagram)    Graphviz `dot -Tsvg`       drawn by Graphviz, then read as the SVG above
A .dot is an export when its first line is `graph {` or `digraph {` (the diagrams start
`graph "`). Exit 0 when every label is in every file, 1 otherwise (each failure printed).
"""
import csv
import html.parser
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def xml_rule(text):
    out = []
    for ch in text:
        o = ord(ch)
        out.append("\ufffd" if (o < 0x20 and ch not in "\t\n\r") or o in (0xFFFE, 0xFFFF) else ch)
    return "".join(out)


def escstring(text):
    return xml_rule(text).replace("\\", "\\\\").replace("\r", "").replace("\n", "\\n")


CONTROL_OR_SPACE = re.compile("[\\x00-\\x20\\x7f-\\x9f\\xa0]+")


def drawn(text):
    return CONTROL_OR_SPACE.sub(" ", text).strip()


def csv_values(path):
    with open(path, newline="", encoding="utf-8") as f:
        return {cell for row in csv.reader(f) for cell in row}


def json_values(path):
    values = set()

    def walk(x):
        if isinstance(x, str):
            values.add(x)
        elif isinstance(x, dict):
            for k, v in x.items():
                values.add(k)
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    with open(path, encoding="utf-8") as f:
        walk(json.load(f))
    return values


def xlsx_values(path):
    import openpyxl
    book = openpyxl.load_workbook(path)
    values = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    fail("%s: %s!%s is a formula" % (path, sheet.title, cell.coordinate))
                if isinstance(cell.value, str):
                    values.add(cell.value)
    return values


def xml_values(path):
    values = set()
    for element in ET.parse(path).iter():
        values.update(element.attrib.values())
        if element.text:
            values.add(element.text)
    return values


def svg_drawn(path):
    texts = []
    for element in ET.parse(path).iter():
        if element.tag.split("}")[-1] in ("text", "title"):
            texts.append("".join(element.itertext()))
    return drawn(" ".join(texts))


class PageText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.values = set()

    def handle_data(self, data):
        self.values.add(data)

    def handle_starttag(self, tag, attrs):
        self.values.update(v for _, v in attrs if v)


def html_values(path):
    parser = PageText()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    return parser.values


def dot_values(path):
    result = subprocess.run(["dot", "-Tjson", path], capture_output=True)
    if result.returncode != 0:
        fail("%s: dot could not read it: %s" % (path, result.stderr.decode("utf-8", "replace")))
        return set()
    graph = json.loads(result.stdout.decode("utf-8"))
    values = set()
    for item in graph.get("objects", []) + graph.get("edges", []):
        values.update(v for v in item.values() if isinstance(v, str))
    return values


def dot_drawn(path):
    svg = path + ".drawn.svg"
    result = subprocess.run(["dot", "-Tsvg", path, "-o", svg], capture_output=True)
    if result.returncode != 0:
        fail("%s: dot could not read it: %s" % (path, result.stderr.decode("utf-8", "replace")))
        return ""
    return svg_drawn(svg)


def check(path, labels):
    ext = os.path.splitext(path)[1]
    if ext == ".dot":
        with open(path, encoding="utf-8") as f:
            export = f.readline().startswith(("graph {", "digraph {"))
        if export:
            values = dot_values(path)
            missing = [l for l in labels if escstring(l) not in values]
        else:
            text = dot_drawn(path)
            missing = [l for l in labels if drawn(l) not in text]
    elif ext == ".svg":
        text = svg_drawn(path)
        missing = [l for l in labels if drawn(l) not in text]
    else:
        reader, rule = {".csv": (csv_values, str), ".json": (json_values, str), ".xlsx": (xlsx_values, xml_rule),
                        ".graphml": (xml_values, xml_rule), ".gexf": (xml_values, xml_rule),
                        ".html": (html_values, xml_rule)}[ext]
        values = reader(path)
        missing = [l for l in labels if rule(l) not in values]
    for label in missing:
        fail("%s: label %r is not there as the format shows it" % (path, label))
    return len(labels) - len(missing)


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    labels = [row["name"] for row in rows]
    found = sum(check(path, labels) for path in sys.argv[2:])
    print("escaping: %d labels x %d files, %d found as written" % (len(labels), len(sys.argv) - 2, found))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
