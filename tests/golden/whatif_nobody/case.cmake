# whatif without any --remove option is a usage error (exit 2) that names the options, and
# writes nothing.
set(ARGS whatif "${FIXTURES}/damaged" --out "${OUT}" --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}"
    --repetitions 5)
set(EXIT_CODE 2)
