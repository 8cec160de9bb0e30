# The Board's trend chart of establishments engaged and never engaged, a panel per authority.
set(FIGURE_NAME figure.svg)
set(ARGS chart "${FIXTURES}/damaged" --dates 2000-01-01:2030-12-31 --key-file "${KEY_FILE}" --view board
    --periods cuts --cuts 2022-10-01,2023-01-01,2023-04-01 --kind engagement --out "${FIGURE}")
