# The same with [files] encoding = "windows-1252" in a configuration file.
set(ARGS validate "${FIXTURES}/damaged_windows_1252" --out "${OUT}" --dates 2000-01-01:2030-12-31
    --config "${FIXTURES}/damaged_windows_1252/encoding.toml")
set(EXIT_CODE 0)
