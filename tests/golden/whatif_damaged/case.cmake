# whatif on the damaged fixture, every period and the whole span: the QIO, the top 3 brokers
# between authorities and a pseudonym of nobody (--allow-missing: a warning, and a row of removed
# with in_layer false) leave; 20 random repetitions; a key-player set of 2. Every table (CSV and
# JSON), the ingest tables and the manifest, byte for byte; pseudonyms only.
set(ARGS whatif "${FIXTURES}/damaged" --out "${OUT}" --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}"
    --period each --remove-designation qio --remove-top 3 --by brokerage --remove-pseudonyms p_0000000000000000
    --allow-missing --repetitions 20 --key-players 2)
set(EXIT_CODE 0)
set(FORBIDDEN a.smith@glow.sch.uk A.Smith@Glow.sch.uk n.nash@glasgow.gov.uk)
