# whatif naming people as an officer knows them: by identifier as written in the export, in any
# case and with space (--remove-people, and a file of them with a comment and CRLF line ends),
# and one by pseudonym in capitals. a.smith is named three ways and is one person; so four people
# leave, three of them named by identifier (the manifest's scenario says so). No identifier may
# reach any output, the manifest's command line included, nor the terminal.
set(ARGS whatif "${FIXTURES}/damaged" --out "${OUT}" --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}"
    --period all --remove-people " A.SMITH@glow.sch.uk ,N.Nash@Glasgow.gov.uk"
    --remove-people-file "${FIXTURES}/damaged_leavers.txt" --remove-pseudonyms P_84A767C753D9D090 --repetitions 5)
set(EXIT_CODE 0)
set(FORBIDDEN a.smith@glow.sch.uk A.Smith@Glow.sch.uk A.SMITH@glow.sch.uk n.nash@glasgow.gov.uk N.Nash@Glasgow.gov.uk
    e.green@glow.sch.uk E.Green@Glow.sch.uk)
