# The cohort-retention triangle as PNG: written whole, a real PNG.
set(FIGURE_NAME figure.png)
set(ARGS heatmap "${FIXTURES}/damaged" --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}" --view board
    --periods cuts --cuts 2022-10-01,2023-01-01,2023-04-01 --kind cohorts --out "${FIGURE}")
