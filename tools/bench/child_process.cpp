#include "tools/bench/child_process.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "tools/bench/measure.hpp"

namespace reticulist::bench {
namespace {

double seconds_of(const timeval& t) {
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
}

// Reads the pipe until the child closes it (it ends, or closes stderr).
std::string read_all(int fd) {
  std::string text;
  char buffer[1 << 14];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n > 0) {
      text.append(buffer, static_cast<std::size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      return text;
    }
  }
}

}  // namespace

ChildRun run_child(const std::vector<std::string>& argv, const std::filesystem::path& stdout_file) {
  if (argv.empty()) throw std::runtime_error("run_child: no program");
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  int err_pipe[2];
  if (::pipe2(err_pipe, O_CLOEXEC) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  const int out_fd = ::open(stdout_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (out_fd < 0) throw std::runtime_error(stdout_file.string() + ": " + std::strerror(errno));

  const double start = wall_seconds();
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
    ::dup2(out_fd, STDOUT_FILENO);
    ::dup2(err_pipe[1], STDERR_FILENO);
    ::execv(args[0], args.data());
    const std::string message = std::string("cannot run ") + args[0] + ": " + std::strerror(errno) + "\n";
    (void)!::write(STDERR_FILENO, message.data(), message.size());
    _exit(127);
  }
  ::close(out_fd);
  ::close(err_pipe[1]);
  ChildRun run;
  run.stderr_text = read_all(err_pipe[0]);
  ::close(err_pipe[0]);
  int status = 0;
  rusage usage{};
  while (::wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) throw std::runtime_error(std::string("wait4: ") + std::strerror(errno));
  }
  run.wall = wall_seconds() - start;
  run.cpu = seconds_of(usage.ru_utime) + seconds_of(usage.ru_stime);
  run.peak_kib = static_cast<std::uint64_t>(usage.ru_maxrss);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return run;
}

std::runtime_error child_failure(const std::string& what, const ChildRun& child) {
  constexpr std::size_t kTail = 2000;
  const std::string& err = child.stderr_text;
  const std::string tail = err.size() > kTail ? err.substr(err.size() - kTail) : err;
  return std::runtime_error(what + " failed (exit code " + std::to_string(child.exit_code) + "):\n" + tail);
}

}  // namespace reticulist::bench
