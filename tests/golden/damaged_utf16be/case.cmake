# UTF-16 BE with a byte-order mark and CRLF line ends (Excel's "Unicode text"), a surrogate pair in
# an event name: converted to UTF-8 and read whole (3 = 3 accepted).
set(ARGS validate "${FIXTURES}/damaged_utf16be" --out "${OUT}" --dates 2000-01-01:2030-12-31)
set(EXIT_CODE 0)
