# A 10 MB field (10,485,760 bytes, made here rather than committed): more than the 1 MiB a field
# may hold, so the run stops at its file and line before copying it, and writes nothing.
set(DATA "${WORK_DIR}-data")
file(REMOVE_RECURSE "${DATA}")
string(REPEAT "x" 10485760 big)
file(WRITE "${DATA}/participation.csv"
     "date,network,practitioner,establishment,authority,role,designation,event\n"
     "2022-09-05,N1,a.smith@glow.sch.uk,8100001,Glasgow City,member,class teacher,E1\n"
     "2022-09-05,N1,b.jones@glow.sch.uk,8100003,Glasgow City,member,${big},E1\n")
set(big "")
set(ARGS validate "${DATA}" --out "${OUT}" --dates 2000-01-01:2030-12-31)
set(EXIT_CODE 1)
