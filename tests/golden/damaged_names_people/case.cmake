# damaged_names' people as the practitioner layer lists them (--identify: each as first written):
# four people, zoe.smith@glow.sch.uk once for two spellings.
set(ARGS export "${FIXTURES}/damaged_names" --layer practitioner --format csv --out "${OUT}/people.csv" --dates 2000-01-01:2030-12-31
    --key-file "${KEY_FILE}" --identify)
set(EXIT_CODE 0)
