// reticulist-generate: a seeded, deterministic generator of collaboration datasets in the
// input contract's format (shared/spec/dataset.md), ported from bench/gen.py.
//
//   reticulist-generate --scale wp --seed 1 --out data/west-partnership
//   reticulist-generate --scale national --seed 1 --out /tmp/national
#include <chrono>
#include <filesystem>
#include <map>

#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "calendar.hpp"
#include "establishments.hpp"
#include "network_plan.hpp"
#include "outputs.hpp"
#include "participation_writer.hpp"
#include "people.hpp"
#include "scales.hpp"
#include "simulation.hpp"

namespace gen = reticulist::generate;

namespace {

int run(const gen::Options& options) {
  const auto started = std::chrono::steady_clock::now();
  const gen::ScaleConfig config = gen::make_scale_config(options);
  const int first_year = options.last_session_start - config.years + 1;
  std::filesystem::create_directories(options.out);

  gen::Rng authority_rng = gen::make_rng(options.seed, gen::Stream::Authorities);
  gen::Authorities authorities = gen::make_authorities(options.scale, authority_rng);
  gen::Rng est_rng = gen::make_rng(options.seed, gen::Stream::Establishments);
  gen::Establishments establishments;
  if (options.scale == gen::Scale::Wp) {
    establishments = gen::load_register(options.register_path, authorities);
    gen::add_elc_settings(establishments, authorities, config.establishments, est_rng);
  } else {
    establishments = gen::synthesize_establishments(authorities, config.establishments, est_rng);
  }
  gen::plan_engagement(establishments, config.never_engaged, options.lapse, config.years, est_rng);
  spdlog::info("{} authorities, {} establishments ({} real, {} synthetic)", authorities.size(), establishments.size(),
               establishments.real, establishments.synthetic);

  std::vector<int> days;
  for (int y = 0; y < config.years; ++y) days.push_back(static_cast<int>(gen::term_days(first_year + y).size()));
  gen::Rng network_rng = gen::make_rng(options.seed, gen::Stream::Networks);
  const auto networks = gen::plan_networks(config, options, authorities, days, network_rng);
  const gen::Calibration calibration = gen::calibrate(networks, config);
  spdlog::info("{} networks over {} sessions from {}; event factor {:.3f}, new-person share {:.3f}", networks.size(),
               config.years, gen::session_label(first_year), calibration.event_factor, calibration.p_new);

  gen::People people;
  gen::PersonFactory factory(authorities, establishments);
  gen::ParticipationWriter writer(options.out / "participation.csv", establishments, authorities, options, people,
                                  config.years);
  const gen::SimulationContext context{options, authorities, establishments, networks, calibration, first_year, started};
  const gen::SimulationResult result = gen::simulate(context, people, factory, writer);
  writer.close();

  gen::write_authorities(options.out / "authorities.csv", authorities);
  gen::write_establishments(options.out / "establishments.csv", establishments, authorities);
  gen::write_networks(options.out / "networks.csv", networks, first_year);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const gen::RunSummary summary{options, config, authorities, establishments, networks, calibration,
                                people,  factory, writer,    result,         first_year, seconds};
  gen::write_generation_json(options.out / "generation.json", summary);
  spdlog::info("wrote {} rows to {} in {:.1f}s", writer.rows(), options.out.string(), seconds);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  auto logger = spdlog::stderr_color_mt("generate");
  spdlog::set_default_logger(logger);
  spdlog::set_pattern("%^%l%$ %v");

  gen::Options options;
  CLI::App app{"Generate a synthetic collaboration dataset (deterministic for scale, seed and options)."};
  const std::map<std::string, gen::Scale> scales = {
      {"wp", gen::Scale::Wp}, {"scotland", gen::Scale::Scotland}, {"national", gen::Scale::National}};
  app.add_option("--scale", options.scale, "wp (West Partnership, real register), scotland or national")
      ->transform(CLI::CheckedTransformer(scales, CLI::ignore_case))
      ->default_str("wp");
  app.add_option("--seed", options.seed, "random seed")->default_val(1);
  std::string out;
  app.add_option("--out", out, "output folder (created if needed)")->required();
  std::string register_path = options.register_path.string();
  app.add_option("--register", register_path, "wp: the establishment register CSV")->default_val(register_path);
  long rows = 0;
  app.add_option("--rows", rows, "target participation rows (default: the scale's)")->check(CLI::PositiveNumber);
  int years = 0;
  app.add_option("--years", years, "academic sessions (default: the scale's)")->check(CLI::Range(1, 30));
  app.add_option("--last-session-start", options.last_session_start, "start year of the last session")
      ->default_val(2024);
  double never_engaged = -1.0;
  app.add_option("--never-engaged", never_engaged,
                 "share of establishments planned never to engage (default: the scale's, so that ~18% have no row)")
      ->check(CLI::Range(0.0, 0.9));
  app.add_option("--lapse", options.lapse, "share of establishments that stop engaging")
      ->default_val(options.lapse)->check(CLI::Range(0.0, 1.0));
  app.add_option("--move", options.move, "share of school staff who move school each session")
      ->default_val(options.move)->check(CLI::Range(0.0, 1.0));
  app.add_option("--plenary-max", options.plenary_max, "largest yearly plenary (80 or less: none)")
      ->default_val(options.plenary_max);
  app.add_option("--duplicates", options.duplicate_share, "share of rows recorded twice")
      ->default_val(options.duplicate_share)->check(CLI::Range(0.0, 1.0));
  app.add_option("--name-references", options.name_reference_share,
                 "share of school rows naming the establishment instead of its code")
      ->default_val(options.name_reference_share)->check(CLI::Range(0.0, 1.0));
  app.add_option("--name-without-authority", options.name_without_authority,
                 "share of those name references whose authority is blank too")
      ->default_val(options.name_without_authority)->check(CLI::Range(0.0, 1.0));
  app.add_option("--role-variants", options.role_variant_share, "share of rows with export spellings of the role")
      ->default_val(options.role_variant_share)->check(CLI::Range(0.0, 1.0));
  app.add_flag("--clean", options.clean, "no duplicates, name references or variant spellings");
  CLI11_PARSE(app, argc, argv);

  options.out = out;
  options.register_path = register_path;
  if (rows > 0) options.rows = rows;
  if (years > 0) options.years = years;
  if (never_engaged >= 0.0) options.never_engaged = never_engaged;
  if (options.clean) {
    options.duplicate_share = options.name_reference_share = options.name_without_authority = 0.0;
    options.role_variant_share = 0.0;
  }
  if (options.scale != gen::Scale::Wp && app.count("--register")) {
    spdlog::warn("--register is used at the wp scale only; the {} scale synthesises its establishments",
                 gen::scale_name(options.scale));
  }
  try {
    return run(options);
  } catch (const std::exception& e) {
    spdlog::error("{}", e.what());
    return 1;
  }
}
