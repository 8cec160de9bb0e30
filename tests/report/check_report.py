#!/usr/bin/python3
"""The Board pack read back as its readers would, on the folder `reticulist report` wrote.

usage: check_report.py <report folder> <participation.csv> [--personal-data | --officer]
       check_report.py --planted <folder> <marker> [--board] [--emails] [--expect <file>]... [--known-leak <name>]...

- The workbook (openpyxl, a real client): a README sheet first, then one sheet per CSV table;
  each sheet's header row is the CSV's, frozen; every cell equals the CSV's (numbers as numbers,
  text as text, NA and [c] as text, booleans as booleans), and no cell is a formula.
- Leaks (without --personal-data): no pseudonym (p_ and 16 hex digits) and no practitioner
  identifier of participation.csv, in any case, in any byte of any file, the workbook's
  compressed parts unpacked; every file of the folder is listed in manifest.json.
- With --personal-data: the page says "Contains personal data".
- With --officer: the workbook and manifest only (the officer view shows pseudonyms).
- --planted (the leak test, tests/trust/run_leaks.sh): every byte of every file under <folder>,
  its subfolders too (stdout and stderr saved there), workbooks unpacked, PNGs without their pixels:
  no <marker> (planted in every identifier, name and e-mail of the input), in any case; with
  --emails, no e-mail address; with --board, no pseudonym. Each --expect file must hold the marker
  (an --identify output: the search must be able to fail). A file named --known-leak (in any
  folder; a workbook: any of its parts) may hold the marker: it is printed as a KNOWN LEAK, to be fixed, not passed in silence.
Exit 0 when every check holds, 1 otherwise (each failure printed); 77 without openpyxl.
"""
import csv
import json
import math
import os
import re
import sys
import zipfile
import zlib

try:
    import openpyxl
except ImportError:
    print("SKIP: python3-openpyxl is not installed")
    sys.exit(77)

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def same(csv_text, value):
    if csv_text in ("NA", "[c]"):
        return value == csv_text
    if isinstance(value, bool):
        return csv_text == ("true" if value else "false")
    if isinstance(value, (int, float)):
        try:
            expected = float(csv_text)
        except ValueError:
            return False
        return math.isclose(expected, float(value), rel_tol=1e-9, abs_tol=1e-12)
    if value is None:
        return csv_text == ""
    # C0 controls but tab, LF, CR are U+FFFD in the workbook, as in every XML output.
    return str(value) == re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "\ufffd", csv_text)


def check_workbook(folder):
    book = openpyxl.load_workbook(os.path.join(folder, "report.xlsx"))
    names = book.sheetnames
    if not names or names[0] != "README":
        fail("the workbook's first sheet is not README: %s" % names[:1])
    tables = sorted(f[:-4] for f in os.listdir(folder) if f.endswith(".csv"))
    by_prefix = {name[:31]: name for name in tables}
    for sheet_name in names[1:]:
        table = by_prefix.get(sheet_name)
        if table is None:
            fail("sheet %s has no CSV table" % sheet_name)
            continue
        rows = read_csv(os.path.join(folder, table + ".csv"))
        sheet = book[sheet_name]
        if sheet.freeze_panes != "A2":
            fail("%s: header row not frozen (%s)" % (sheet_name, sheet.freeze_panes))
        values = list(sheet.iter_rows(values_only=True))
        if len(values) != len(rows):
            fail("%s: %d rows in the sheet, %d in the CSV" % (sheet_name, len(values), len(rows)))
            continue
        for r, (csv_row, sheet_row) in enumerate(zip(rows, values)):
            for c, text in enumerate(csv_row):
                value = sheet_row[c] if c < len(sheet_row) else None
                if isinstance(value, str) and value.startswith("=") and sheet.cell(r + 1, c + 1).data_type == "f":
                    fail("%s!%s%d is a formula" % (sheet_name, openpyxl.utils.get_column_letter(c + 1), r + 1))
                elif not same(text, value):
                    fail("%s row %d column %d: CSV %r, sheet %r" % (sheet_name, r + 1, c + 1, text, value))
                    break
    missing = set(by_prefix) - set(names)
    if missing:
        fail("tables without a sheet: %s" % sorted(missing))
    print("workbook: %d sheets checked against their CSV" % (len(names) - 1))


def identifiers(participation):
    rows = read_csv(participation)
    column = rows[0].index("practitioner")
    return {row[column].strip().lower() for row in rows[1:] if len(row) > column and row[column].strip()}


def file_texts(folder, recursive=False, png=False):
    names = sorted(os.listdir(folder))
    if recursive:
        names = sorted(os.path.relpath(os.path.join(d, f), folder) for d, _, fs in os.walk(folder) for f in fs)
    for name in names:
        path = os.path.join(folder, name)
        if name.endswith(".xlsx"):
            with zipfile.ZipFile(path) as z:
                for part in z.namelist():
                    yield name + ":" + part, z.read(part).decode("utf-8", "replace")
        elif name.endswith(".png"):
            if png:
                with open(path, "rb") as f:
                    yield name, png_text(f.read())
        else:
            with open(path, "rb") as f:
                yield name, f.read().decode("utf-8", "replace")


def png_text(data):
    """Every byte of a PNG except its compressed pixels (IDAT): the chunks that can hold text
    (tEXt, zTXt, iTXt, and any other) are searched; compressed pixel bytes would match an e-mail
    pattern by chance ("i@QE.6") and cannot hold text."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return data.decode("utf-8", "replace")
    parts, at = [], 8
    while at + 8 <= len(data):
        length = int.from_bytes(data[at:at + 4], "big")
        kind = data[at + 4:at + 8]
        body = data[at + 8:at + 8 + length]
        if kind == b"zTXt":
            keyword, _, rest = body.partition(b"\0")
            body = keyword + b" " + zlib.decompress(rest[1:])
        if kind != b"IDAT":
            parts.append(kind + b" " + body)
        at += 12 + length
    return b"\n".join(parts).decode("utf-8", "replace")


EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+")


def check_planted(folder, marker, board, emails, expected, known):
    marker = marker.lower()
    pseudonym = re.compile(r"p_[0-9a-f]{16}")
    searched = 0
    for name, text in file_texts(folder, recursive=True, png=True):
        searched += 1
        lower = text.lower()
        held = marker in lower
        if name in expected:
            if not held:
                fail("%s does not hold the planted identifiers, though it should" % name)
            continue
        if os.path.basename(name.split(":")[0]) in known and held:
            print("KNOWN LEAK: %s holds planted personal data" % name)
            continue
        if held:
            at = lower.index(marker)
            fail("%s holds planted personal data: %r" % (name, text[max(0, at - 30):at + 40]))
        found = EMAIL.search(text) if emails else None
        if found:
            fail("%s holds an e-mail address: %s" % (name, found.group(0)))
        found = pseudonym.search(text) if board else None
        if found:
            fail("%s holds a pseudonym (%s)" % (name, found.group(0)))
    missing = set(expected) - {name for name, _ in file_texts(folder, recursive=True, png=True)}
    for name in sorted(missing):
        fail("%s was not written" % name)
    print("planted: %d files and parts searched for '%s'%s" % (searched, marker, " and pseudonyms" if board else ""))


def check_leaks(folder, participation):
    ids = identifiers(participation)
    pseudonym = re.compile(r"p_[0-9a-f]{16}")
    token = re.compile(r"[A-Za-z0-9._%+\-']+@[A-Za-z0-9.\-]+|[A-Za-z0-9._\-]+")
    for name, text in file_texts(folder):
        found = pseudonym.search(text)
        if found:
            fail("%s holds a pseudonym (%s)" % (name, found.group(0)))
        lower = text.lower()
        leaked = {t for t in token.findall(lower) if t in ids}
        if leaked:
            fail("%s holds %d practitioner identifiers, e.g. %s" % (name, len(leaked), sorted(leaked)[0]))
    print("leaks: %d identifiers searched for in every file" % len(ids))


def check_manifest(folder):
    with open(os.path.join(folder, "manifest.json"), encoding="utf-8") as f:
        listed = {entry["name"] for entry in json.load(f)["files"]}
    for name in os.listdir(folder):
        if name != "manifest.json" and name not in listed:
            fail("%s is not in manifest.json" % name)


def main():
    if len(sys.argv) >= 4 and sys.argv[1] == "--planted":
        args = sys.argv[4:]
        expected = [args[i + 1] for i, a in enumerate(args) if a == "--expect" and i + 1 < len(args)]
        known = [args[i + 1] for i, a in enumerate(args) if a == "--known-leak" and i + 1 < len(args)]
        check_planted(sys.argv[2], sys.argv[3], "--board" in args, "--emails" in args, expected, known)
        return 1 if failures else 0
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    folder, participation = sys.argv[1], sys.argv[2]
    personal = "--personal-data" in sys.argv[3:]
    officer = "--officer" in sys.argv[3:]
    check_manifest(folder)
    check_workbook(folder)
    if personal:
        with open(os.path.join(folder, "report.html"), encoding="utf-8") as f:
            if "Contains personal data" not in f.read():
                fail("report.html does not say it contains personal data")
    elif not officer:
        check_leaks(folder, participation)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
