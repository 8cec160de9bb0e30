# The Board's authority-ties heatmap on the damaged fixture: authority names on both axes, the
# tie counts, the diagonal explained, the legend with units, and no pseudonym.
set(FIGURE_NAME figure.svg)
set(ARGS heatmap "${FIXTURES}/damaged" --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}" --view board
    --kind authority-ties --out "${FIGURE}")
set(FORBIDDEN "p_" a.smith@glow.sch.uk)
