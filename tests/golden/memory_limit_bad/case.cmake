# --memory-limit that is not a size: usage error, exit 2, nothing in --out.
set(ARGS metrics "${FIXTURES}/damaged" --out "${OUT}" --key-file "${KEY_FILE}" --memory-limit 4X)
set(EXIT_CODE 2)
