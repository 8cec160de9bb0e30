# Sourced by the trust tests: run_every_command runs each reticulist command once, as a user
# would, on one dataset, writing everything under one folder so that a test can compare or
# search every byte a run wrote. Each run `<name>` writes into <out>/<name> (a folder for the
# commands with --out folders, a file beside .stdout and .stderr otherwise) and its stdout and
# stderr to <out>/<name>.stdout and <out>/<name>.stderr.
#
#   run_every_command <reticulist> <dataset> <out> [arguments given to every command...]
#
# The commands: summary, validate, metrics (practitioner layer, one period: the one that costs),
# churn, engagement, whatif (a designation removed), export in each format (not in the board
# view, which export refuses), report in both views,
# heatmap (SVG, PNG), chart (SVG, PNG), diagram (SVG, DOT, PNG), and with EVERY_COMMAND_OFFICER=1
# the officer-only diagram of practitioners. EVERY_COMMAND_VIEW=board|officer gives every command
# that --view (report runs in both views, but only in the board view with board); the arguments
# must not hold --view. Stops at the first command that fails.

every_command_run() {  # <name> <command> [arguments...]: one run, its output and streams
  local name=$1
  shift
  local view=()
  case $name in report_*) ;; *) [ -z "${EVERY_COMMAND_VIEW:-}" ] || view=(--view "$EVERY_COMMAND_VIEW") ;; esac
  if ! "$ec_cli" "$@" "${view[@]}" "${ec_common[@]}" >"$ec_out/$name.stdout" 2>"$ec_out/$name.stderr"; then
    echo "FAIL: reticulist $* ${ec_common[*]} (see $ec_out/$name.stderr)"
    cat "$ec_out/$name.stderr"
    return 1
  fi
}

run_every_command() {
  ec_cli=$1 ec_out=$3
  local d=$2
  shift 3
  ec_common=("$@")
  mkdir -p "$ec_out"
  local o=$ec_out
  every_command_run summary summary "$d" --out "$o/summary" || return 1
  every_command_run validate validate "$d" --out "$o/validate" || return 1
  every_command_run metrics metrics "$d" --period 2022/23 --out "$o/metrics" || return 1
  every_command_run metrics_authority metrics "$d" --layer authority --weighted --out "$o/metrics_authority" || return 1
  every_command_run churn churn "$d" --out "$o/churn" || return 1
  every_command_run engagement engagement "$d" --out "$o/engagement" || return 1
  every_command_run whatif whatif "$d" --remove-designation "seconded officer" --repetitions 10 --out "$o/whatif" || return 1
  local f formats=(graphml gexf dot json csv)
  [ "${EVERY_COMMAND_VIEW:-}" != board ] || formats=()  # export refuses the board view (officer analysis files)
  for f in "${formats[@]}"; do
    mkdir -p "$o/export_$f"
    every_command_run "export_$f" export "$d" --format "$f" --layer establishment --out "$o/export_$f/establishment.$f" || return 1
  done
  if [ "${EVERY_COMMAND_VIEW:-}" != board ]; then
    mkdir -p "$o/export_people"
    every_command_run export_people export "$d" --format graphml --period 2022/23 --out "$o/export_people/practitioner.graphml" || return 1
  fi
  every_command_run report_board report "$d" --view board --repetitions 10 --out "$o/report_board" || return 1
  if [ "${EVERY_COMMAND_VIEW:-}" != board ]; then
    every_command_run report_officer report "$d" --view officer --repetitions 10 --out "$o/report_officer" || return 1
  fi
  mkdir -p "$o/figures"
  every_command_run heatmap_svg heatmap "$d" --kind engagement --out "$o/figures/heatmap.svg" || return 1
  every_command_run heatmap_png heatmap "$d" --out "$o/figures/heatmap.png" || return 1
  every_command_run chart_svg chart "$d" --kind ties --out "$o/figures/chart.svg" || return 1
  every_command_run chart_png chart "$d" --out "$o/figures/chart.png" || return 1
  every_command_run diagram_svg diagram "$d" --out "$o/figures/diagram.svg" || return 1
  every_command_run diagram_dot diagram "$d" --kind network-overlap --out "$o/figures/diagram.dot" || return 1
  every_command_run diagram_png diagram "$d" --kind networks --out "$o/figures/diagram.png" || return 1
  if [ "${EVERY_COMMAND_OFFICER:-0}" = 1 ]; then
    every_command_run diagram_people diagram "$d" --kind practitioners --out "$o/figures/practitioners.svg" || return 1
  fi
}
