# export of the practitioner layer as CSV with --identify, on a fixture whose people are each
# written in more than one way: the node list shows each identifier as first written in the file
# (Medici@Glow.sch.uk, jane.smith@glow.sch.uk, GW12345), never a later spelling or a lower-cased one.
set(ARGS export "${FIXTURES}/mixed_case" --layer practitioner --format csv --out "${OUT}/people.csv"
    --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}" --identify)
set(EXIT_CODE 0)
set(FORBIDDEN medici@glow.sch.uk MEDICI@glow.sch.uk Jane.Smith@Glow.sch.uk gw12345)
