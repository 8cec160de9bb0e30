# export of the practitioner co-attendance layer as dynamic GEXF: pseudonyms only, a time spell
# per session in which a person or a tie is present.
set(ARGS export "${FIXTURES}/damaged" --layer practitioner --format gexf --out "${OUT}/practitioners.gexf"
    --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}")
set(EXIT_CODE 0)
set(FORBIDDEN a.smith@glow.sch.uk A.Smith@Glow.sch.uk n.nash@glasgow.gov.uk)
