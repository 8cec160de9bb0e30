# participation.csv without its practitioner column: exit 1, a message naming the file, and
# nothing at all in --out.
set(ARGS validate "${FIXTURES}/missing_column" --out "${OUT}")
set(EXIT_CODE 1)
