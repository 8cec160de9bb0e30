# not_utf8 with --identify: rejects.csv holds the rejected record. Outputs are UTF-8, so its byte
# 0xE9 is written as U+FFFD (the table writers' rule for ill-formed text); the reason names the
# byte and its column, so the line can be mended from the file.
set(ARGS validate "${FIXTURES}/not_utf8" --out "${OUT}" --identify)
set(EXIT_CODE 0)
