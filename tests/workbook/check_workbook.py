#!/usr/bin/python3
"""Reads the sample workbook back with openpyxl, a real client, and checks what Excel would show.

usage: check_workbook.py <write_sample_workbook program> <work folder>

The program writes the workbook twice; the two must be byte-identical. Every expected value
below is the one write_sample_workbook.cpp puts in its tables. Exit 0 when all hold, 1 with
the failed checks listed, 77 (CTest's skip) when openpyxl is not installed.
"""
import os
import subprocess
import sys
import zipfile

try:
    import openpyxl
except ImportError:
    print("SKIP: python3-openpyxl is not installed (apt-get install python3-openpyxl)")
    sys.exit(77)

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)


def same(actual, expected, what):
    check(actual == expected and type(actual) is type(expected),
          f"{what}: {actual!r} ({type(actual).__name__}), expected {expected!r} ({type(expected).__name__})")


def row_values(ws, row):
    return [c.value for c in ws[row]]


program, work = sys.argv[1], sys.argv[2]
os.makedirs(work, exist_ok=True)
first, second = os.path.join(work, "sample.xlsx"), os.path.join(work, "sample_again.xlsx")
for path in (first, second):
    if os.path.exists(path):
        os.remove(path)
subprocess.run([program, first, second], check=True)
with open(first, "rb") as a, open(second, "rb") as b:
    check(a.read() == b.read(), "two runs wrote different bytes")

# No cell anywhere is a formula: libxlsxwriter writes a formula as <f>, text as a string.
with zipfile.ZipFile(first) as z:
    for name in z.namelist():
        if name.startswith("xl/worksheets/"):
            check(b"<f>" not in z.read(name) and b"<f " not in z.read(name), f"{name} holds a formula")
    check(b"2000-01-01T00:00:00Z" in z.read("docProps/core.xml"), "creation time is not the fixed one")

wb = openpyxl.load_workbook(first)
same(wb.sheetnames, ["README", "by_authority", "long_table", "a_table_name_that_is_far_longer",
                     "a_table_name_that_is_far_long_2", "readme_2", "empty_table"], "sheet names")
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for cell in row:
            check(cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula")

# ---- by_authority: every kind of cell
ws = wb["by_authority"]
same(row_values(ws, 1), ["authority", "period", "practitioners", "retention", "density", "reticulist",
                         "records"], "by_authority header")
check(all(c.font.b for c in ws[1]), "by_authority header is not bold")
same(ws.freeze_panes, "A2", "by_authority frozen pane")
same(ws.auto_filter.ref, "A1:G10", "by_authority filter")
same(ws.max_row, 10, "by_authority rows")


def cell(ref):
    return ws[ref].value, ws[ref].data_type, ws[ref].number_format


# Glasgow City: numbers as numbers, each with its display format; booleans as booleans.
same(cell("A2"), ("Glasgow City", "s", "General"), "A2")
same(cell("C2"), (23456, "n", "#,##0"), "C2 people count")
same(cell("D2"), (0.625, "n", "0.0%"), "D2 share")
# density's largest value is 1.981818182: exponent 0, 2 - 0 = 2 decimals.
same(cell("E2"), (0.3454545455, "n", "#,##0.00"), "E2 measure")
same(cell("F2"), (True, "b", "General"), "F2 boolean")
same(cell("G2"), (123456789012, "n", "#,##0"), "G2 twelve-digit integer")
# East Dunbartonshire: suppressed cells are the text [c]; NA is the text NA; an integer Excel
# cannot hold exactly (19 digits) is its digits as text.
same(cell("C3")[:2], ("[c]", "s"), "C3 suppressed count")
same(cell("D3")[:2], ("[c]", "s"), "D3 suppressed share")
same(cell("E3")[:2], ("NA", "s"), "E3 NA measure")
same(cell("F3")[:2], (False, "b"), "F3 boolean")
same(cell("G3")[:2], ("9223372036854775807", "s"), "G3 int64 max")
same(ws["C3"].alignment.horizontal, "right", "C3 [c] right-aligned in a number column")
# Text that looks like a formula stays text.
same(cell("A4")[:2], ("=cmd|' /C calc'!A0", "s"), "A4 formula-like text")
same(cell("A5")[:2], ("+SUM(A1:A2)", "s"), "A5")
same(cell("A6")[:2], ("-2+3", "s"), "A6")
same(cell("A7")[:2], ("@SUM(1)", "s"), "A7")
same(cell("D4")[:2], (0.3333333333, "n"), "D4 one third, as the CSV writes it (10 digits)")
same(cell("E4")[:2], (1.981818182, "n"), "E4")
same(cell("F4")[:2], ("NA", "s"), "F4 NA boolean")
same(cell("G4")[:2], (-1234, "n"), "G4 negative")
same(cell("C5")[:2], (1000000, "n"), "C5 a million")
same(cell("D5")[:2], (0, "n"), "D5 zero share")
same(cell("D6")[:2], (1, "n"), "D6 whole share")
same(cell("E6")[:2], (-0.5, "n"), "E6 negative measure")
# 0.1 + 0.2 = 0.30000000000000004: at the CSV's 10 significant digits, 0.3.
same(cell("E7")[:2], (0.3, "n"), "E7 0.1 + 0.2 at 10 digits")
same(cell("C7")[:2], ("NA", "s"), "C7 NA count")
# Non-Latin text, and a byte that is not UTF-8 replaced by U+FFFD.
same(cell("A8")[:2], ("Comhairle nan Eilean Siar — Gàidhlig", "s"), "A8 Gaelic")
same(cell("A9")[:2], ("Ελληνικά 日本語 😀", "s"), "A9 Greek, Japanese, emoji")
same(cell("E9")[:2], (0.0001234, "n"), "E9 small measure")
same(cell("A10")[:2], ("bad \ufffd byte", "s"), "A10 repaired UTF-8")

# ---- long_table: 1,000 rows, each value exact
ws = wb["long_table"]
same(ws.max_row, 1001, "long_table rows")
same(ws.freeze_panes, "A2", "long_table frozen pane")
same(row_values(ws, 1), ["row", "seventh", "people"], "long_table header")
# Reals as the CSV writes them, 10 significant digits (report::format_real): 1/7 is stored as
# 0.1428571429, so the workbook agrees with the CSV to the digit and is the same every run,
# whatever the thread count changed in the 16th digit of a sum.
bad = [i for i, (r, s, p) in enumerate(ws.iter_rows(min_row=2, values_only=True), start=1)
       if r != i or type(r) is not int or s != float("%.10g" % (i / 7.0)) or p != i * 1000]
check(not bad, f"long_table rows differ: {bad[:5]}")
same(ws["A2"].number_format, "0", "long_table row number: no thousands separator")
# seventh's largest is 1000/7 = 142.86: exponent 2, no decimals.
same(ws["B2"].number_format, "#,##0", "long_table seventh format")

# ---- names cut to 31 characters, made unique; a table called readme
for name in ("a_table_name_that_is_far_longer", "a_table_name_that_is_far_long_2", "readme_2"):
    same(row_values(wb[name], 1), ["value"], f"{name} header")
    same(wb[name]["A2"].value, 1, f"{name} value")
ws = wb["empty_table"]
same(ws.max_row, 1, "empty_table has its header only")
same(ws["A1"].value, "label", "empty_table header")
same(ws.freeze_panes, "A2", "empty_table frozen pane")

# ---- README: title, view, rule, symbols, notes, and each sheet with its columns
ws = wb["README"]
readme = [[c.value for c in row] for row in ws.iter_rows()]
column_a = [r[0] for r in readme]
pairs = {r[0]: r[1] for r in readme if r[0] is not None and len(r) > 1}
same(ws["A1"].value, "West Partnership: Board pack", "README title")
check(ws["A1"].font.b, "README title is not bold")
same(ws["A2"].value, "Sample workbook, 2022/23 to 2024/25", "README subtitle")
same(ws["A3"].value, "Contains personal data", "README personal data line")
same(pairs.get("View"), "Board view: counts of fewer than 10 people are suppressed.", "README view")
same(pairs.get("Disclosure"), "Threshold 10; secondary suppression where a total would reveal a cell.",
     "README disclosure")
check(str(pairs.get("Symbols", "")).startswith("[c]: withheld by disclosure control"), "README symbols")
same(pairs.get("Method"), "Co-attendance ties join practitioners at the same event.", "README note")
same(pairs.get("Formula-like note"), '=HYPERLINK("http://example.com")', "README formula-like note is text")
for name in wb.sheetnames[1:]:
    check(name in column_a, f"README does not list sheet {name}")
    row = column_a.index(name) + 1
    same(ws.cell(row=row, column=1).hyperlink.location, f"'{name}'!A1", f"README link to {name}")
start = column_a.index("by_authority")
same(readme[start][1], "Practitioners by authority", "README by_authority title")
same(readme[start + 1][1], "one row per authority and period", "README by_authority description")
same(readme[start + 2][1], "9 rows", "README by_authority rows")
same(readme[start + 3][:4], ["authority", "local authority", "text", "label"], "README first column")
same(readme[start + 5][:4], ["practitioners", "distinct practitioners", "integer", "people_count"],
     "README people column")
same(readme[start + 6][:4], ["retention", "stayers / practitioners", "real", "share"], "README share column")
same(readme[column_a.index("long_table") + 2][1], "1,000 rows", "README long_table rows")
same(readme[column_a.index("empty_table") + 2][1], "0 rows", "README empty_table rows")
same(wb["by_authority"].HeaderFooter.oddHeader.center.text, "Contains personal data", "print header")

if failures:
    print(f"{len(failures)} check(s) failed:")
    for f in failures:
        print("  " + f)
    sys.exit(1)
print(f"workbook {first}: {len(wb.sheetnames)} sheets read back by openpyxl {openpyxl.__version__}, all checks hold")
