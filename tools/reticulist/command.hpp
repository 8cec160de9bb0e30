#pragma once
// One subcommand: its name, a one-line description, and how it installs itself (options and
// the function to run) on the application. main.cpp holds the table of them (ninja's kTools).
#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

namespace reticulist::cli {

// What a subcommand runs once parsed: returns the exit code.
using Runner = std::function<int(const std::vector<std::string>& command_line)>;

struct Command {
  const char* name;
  const char* description;
  // Adds the subcommand's options to `app` and returns what to run.
  Runner (*install)(CLI::App& app);
};

Runner install_validate(CLI::App& command);
Runner install_summary(CLI::App& command);
Runner install_export(CLI::App& command);
Runner install_metrics(CLI::App& command);
Runner install_churn(CLI::App& command);
Runner install_engagement(CLI::App& command);
Runner install_whatif(CLI::App& command);
Runner install_report(CLI::App& command);
Runner install_heatmap(CLI::App& command);
Runner install_chart(CLI::App& command);
Runner install_diagram(CLI::App& command);

}  // namespace reticulist::cli
