# A key file that others can read (0644, as git and a default umask leave a copied file): refused
# with a message naming the file and the chmod that fixes it (never the key); exit 2, nothing in --out.
set(ARGS summary "${FIXTURES}/damaged" --key-file "${KEY_FILE}" --out "${OUT}")
set(KEY_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
set(EXIT_CODE 2)
