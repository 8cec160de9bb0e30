# whatif naming people who are not in the data (an identifier nobody in the export has, and a
# pseudonym of nobody): the run stops before anything is written (exit 1), and the message lists
# them as the user wrote them. The person who is found is not echoed.
set(ARGS whatif "${FIXTURES}/damaged" --out "${OUT}" --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}"
    --remove-people "Nobody@Glow.sch.uk, a.smith@glow.sch.uk" --remove-pseudonyms p_00000000000000ff)
set(EXIT_CODE 1)
set(FORBIDDEN a.smith@glow.sch.uk)
