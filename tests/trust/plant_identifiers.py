#!/usr/bin/python3
"""Copies a dataset folder and plants personal data in its participation.csv, for the leak test.

usage: plant_identifiers.py <dataset folder> <new folder> <id marker> <column marker>

Every practitioner identifier becomes `<Id marker>.<n>@Example-School.sch.uk` (one per person, so
the network is unchanged; mixed case, as exports write e-mail addresses), and three columns that
are not in the spec are added, as a council export would hold them: `name` ("<Column marker>
Given<n> Family<n>"), `email` ("<column marker>.home<n>@example.com") and `staff_number`
("<COLUMN MARKER>-<n>"). Every planted value holds its marker, so one case-insensitive search
finds any part of any of them. The other files are copied as they are.
"""
import csv
import os
import shutil
import sys


def main():
    source, target, marker, extra = sys.argv[1:5]
    shutil.copytree(source, target)
    path = os.path.join(target, "participation.csv")
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    column = rows[0].index("practitioner")
    people = {}
    out = [rows[0] + ["name", "email", "staff_number"]]
    for row in rows[1:]:
        n = people.setdefault(row[column].strip().lower(), len(people) + 1)
        row = list(row)
        row[column] = "%s.%d@Example-School.sch.uk" % (marker.capitalize(), n)
        out.append(row + ["%s Given%d Family%d" % (extra.capitalize(), n, n),
                          "%s.home%d@example.com" % (extra, n), "%s-%d" % (extra.upper(), n)])
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(out)
    print("planted: %d people, %d rows" % (len(people), len(out) - 1))


if __name__ == "__main__":
    main()
