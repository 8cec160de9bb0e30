# not_utf8 read as it was saved, with --encoding windows-1252: both rows accepted, 'médiateur'
# in UTF-8; the manifest records the encoding.
set(ARGS validate "${FIXTURES}/not_utf8" --out "${OUT}" --encoding windows-1252)
set(EXIT_CODE 0)
