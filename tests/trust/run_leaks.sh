#!/bin/bash
# CTest's trust.leaks: personal data planted in the input (plant_identifiers.py: every
# practitioner identifier, and name, e-mail and staff-number columns, each value holding a marker)
# must not reach any byte any command writes, in either view, at --verbose, without --identify:
# every file, stdout and stderr, the workbooks unpacked (check_report.py --planted). Nor may the
# key's hex text, nor (board view) a pseudonym. With --identify in the officer view the
# identifiers must be in the outputs that list people, so the search is shown to find them.
# usage: run_leaks.sh <reticulist> <dataset> <key file> <work folder>
set -eu
cli=$1 dataset=$2 work=$4
here=$(dirname "$0")
check=("/usr/bin/python3" "$here/../report/check_report.py" --planted)
rm -rf "$work"
mkdir -p "$work"
install -m 600 "$3" "$work/test.key"  # git keeps the fixture 0644, which reticulist refuses
key_hex=$(tr -d ' \n' <"$3")
common=(--key-file "$work/test.key" --verbose)
/usr/bin/python3 "$here/plant_identifiers.py" "$dataset" "$work/data" zqxid zqxcol
source "$here/every_command.sh"
status=0

# A rejected row's record, when participation.csv has columns beyond the contract (name, e-mail,
# ...), is withheld without --identify (io/participation_merge.cpp): no file is exempt.
EVERY_COMMAND_OFFICER=1 run_every_command "$cli" "$work/data" "$work/officer" "${common[@]}"
"${check[@]}" "$work/officer" zqxid || status=1
"${check[@]}" "$work/officer" zqxcol --emails || status=1
"${check[@]}" "$work/officer" "$key_hex" || status=1

EVERY_COMMAND_VIEW=board run_every_command "$cli" "$work/data" "$work/board" "${common[@]}"
"${check[@]}" "$work/board" zqxid --board || status=1
"${check[@]}" "$work/board" zqxcol --board --emails || status=1
"${check[@]}" "$work/board" "$key_hex" --board || status=1

# With --identify the identifiers are where people are listed, and still nowhere else.
i=$work/identify
mkdir -p "$i/export"
"$cli" metrics "$work/data" "${common[@]}" --identify --period 2022/23 --out "$i/metrics" >"$i/metrics.stdout" 2>"$i/metrics.stderr"
"$cli" export "$work/data" "${common[@]}" --identify --period 2022/23 --out "$i/export/practitioner.graphml" \
  >"$i/export.stdout" 2>"$i/export.stderr"
"${check[@]}" "$i" zqxid --expect metrics/nodes.csv --expect metrics/nodes.json --expect metrics/rejects.csv \
  --expect metrics/rejects.json --expect export/practitioner.graphml || status=1
[ $status = 0 ] && echo "leaks: no planted identifier, name, e-mail or key in any byte written"
exit $status
