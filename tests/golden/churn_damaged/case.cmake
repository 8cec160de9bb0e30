# churn on the damaged fixture cut into terms (its records span one session): every table (CSV
# and JSON), the ingest tables and the manifest, byte for byte. N3 starts in term 2 and ends in
# term 3 (networks.csv); N1 meets only in term 1 (listed without an end: it runs on, empty);
# c.brown is in a different network each term (a partnership stayer who leaves two networks).
# The outputs are counts: neither raw identifiers nor the accepted practitioners' pseudonyms
# (as metrics_damaged shows them, same key) may appear.
set(ARGS churn "${FIXTURES}/damaged" --out "${OUT}" --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}"
    --periods term)
set(EXIT_CODE 0)
set(FORBIDDEN a.smith@glow.sch.uk A.Smith@Glow.sch.uk n.nash@glasgow.gov.uk
    p_049fb021fe345c1b p_051001c1325e8c68 p_26a0c276d3c96427 p_4695fc4c63224f5d p_5871a0c520b0b5a6
    p_7de094522d8e2c87 p_7efbf8580e783618 p_7f4832aa7dc6c5b9 p_84a767c753d9d090 p_88bc08ddd9f802c9
    p_928574a5d95a2126)
