# A workbook (ZIP bytes) saved as participation.csv: exit 1, "not a text file"; nothing in --out.
set(ARGS summary "${FIXTURES}/not_csv" --out "${OUT}")
set(EXIT_CODE 1)
