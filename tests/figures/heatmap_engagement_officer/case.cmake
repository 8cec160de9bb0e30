# The officer's engagement heatmap: every register establishment by period, grouped by authority,
# coloured by status (never, new, active, returning, lapsed), on four periods so that each appears.
set(FIGURE_NAME figure.svg)
set(ARGS heatmap "${FIXTURES}/damaged" --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}" --view officer
    --periods cuts --cuts 2022-10-01,2023-01-01,2023-04-01 --kind engagement --out "${FIGURE}")
