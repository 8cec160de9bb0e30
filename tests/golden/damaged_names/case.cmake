# Practitioners: empty and only spaces are blank (rejected). Pseudonymisation trims and lower-cases
# ASCII letters only: Zoe.Smith@Glow.sch.uk is zoe.smith@glow.sch.uk, but zoë (U+00EB), ZOË
# (capital U+00CB) and zoë written with a combining diaeresis (U+0308) are three more people:
# no accent folding, no Unicode case folding, no normalisation.
set(ARGS validate "${FIXTURES}/damaged_names" --out "${OUT}" --dates 2000-01-01:2030-12-31 --identify)
set(EXIT_CODE 0)
