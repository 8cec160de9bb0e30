# churn on the damaged fixture in the board view: the same run as churn_damaged with --view board.
# Its counts of people are all small, so they are [c] in CSV and "[c]" in JSON (never NA or null),
# with the shares built on them; rejects (raw records) are withheld; the manifest states the view,
# the rule, the threshold and what each table lost. No identifier or pseudonym may appear.
set(ARGS churn "${FIXTURES}/damaged" --out "${OUT}" --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}"
    --periods term --view board)
set(EXIT_CODE 0)
set(FORBIDDEN a.smith@glow.sch.uk A.Smith@Glow.sch.uk n.nash@glasgow.gov.uk p_049fb021fe345c1b p_051001c1325e8c68
    p_26a0c276d3c96427 p_4695fc4c63224f5d p_5871a0c520b0b5a6 p_7de094522d8e2c87 p_7efbf8580e783618
    p_7f4832aa7dc6c5b9 p_84a767c753d9d090 p_88bc08ddd9f802c9 p_928574a5d95a2126)
