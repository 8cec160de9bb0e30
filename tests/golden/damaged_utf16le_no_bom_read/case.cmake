# The same file read with --encoding utf-16le (through iconv): read whole (3 = 3 accepted).
set(ARGS validate "${FIXTURES}/damaged_utf16le_no_bom" --out "${OUT}" --dates 2000-01-01:2030-12-31
    --encoding utf-16le)
set(EXIT_CODE 0)
