# The Board's authorities diagram of the damaged fixture as Graphviz source, compared exactly:
# one node per authority sized by practitioners, a line per pair of authorities with ties, in the
# board view (small counts shown as [c] and dashed).
set(FIGURE_NAME figure.dot)
set(ARGS diagram "${FIXTURES}/damaged" --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}" --view board
    --kind authorities --out "${FIGURE}")
set(FORBIDDEN "p_" a.smith@glow.sch.uk)
