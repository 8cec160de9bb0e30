# The networks that share members, as SVG: every network's name and the shared counts as text.
set(FIGURE_NAME figure.svg)
set(ARGS diagram "${FIXTURES}/damaged" --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}" --view officer
    --kind network-overlap --out "${FIGURE}")
set(FORBIDDEN "p_" a.smith@glow.sch.uk)
