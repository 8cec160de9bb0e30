# metrics on the damaged fixture within a --memory-limit it fits easily: the outputs are those of
# a run without a limit, and the manifest records the limit (and no adaptation: none was needed).
set(ARGS metrics "${FIXTURES}/damaged" --out "${OUT}" --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}"
    --memory-limit 2G)
set(EXIT_CODE 0)
