# A Latin-1 byte on line 3: exit 1 naming file, line and column; nothing in --out.
set(ARGS validate "${FIXTURES}/not_utf8" --out "${OUT}")
set(EXIT_CODE 1)
