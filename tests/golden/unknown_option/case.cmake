# An option no subcommand has: usage error, exit 2, nothing in --out.
set(ARGS validate "${FIXTURES}/damaged" --out "${OUT}" --bogus)
set(EXIT_CODE 2)
