# A --map without "=column": usage error, exit 2, nothing in --out.
set(ARGS validate "${FIXTURES}/damaged" --out "${OUT}" --map "Attendee Email")
set(EXIT_CODE 2)
