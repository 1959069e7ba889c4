#include "discover/git.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

extern char** environ;

namespace credlint::discover {
namespace {

class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { close(); }
  [[nodiscard]] int get() const { return fd_; }
  [[nodiscard]] bool open() const { return fd_ >= 0; }
  void close() { reset(-1); }
  void reset(int fd) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = fd;
  }

 private:
  int fd_ = -1;
};

bool make_pipe(Fd& read_end, Fd& write_end) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) return false;
  read_end.reset(fds[0]);
  write_end.reset(fds[1]);
  return true;
}

// SIGPIPE is ignored while credlint writes to a child that may exit early (a write then
// fails with EPIPE instead of killing credlint); the child gets the default back.
class IgnoreSigpipe {
 public:
  IgnoreSigpipe() {
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    ::sigaction(SIGPIPE, &ignore, &previous_);
  }
  IgnoreSigpipe(const IgnoreSigpipe&) = delete;
  IgnoreSigpipe& operator=(const IgnoreSigpipe&) = delete;
  ~IgnoreSigpipe() { ::sigaction(SIGPIPE, &previous_, nullptr); }

 private:
  struct sigaction previous_ {};
};

// Feeds `input` to the child and drains its stdout and stderr until both close.
void exchange(Fd& to_child, Fd& from_child, Fd& errors_from_child, std::string_view input,
              const std::function<void(std::string_view)>& on_output, std::string& err) {
  std::size_t written = 0;
  if (input.empty())
    to_child.close();
  else
    ::fcntl(to_child.get(), F_SETFL, ::fcntl(to_child.get(), F_GETFL) | O_NONBLOCK);
  char buffer[65536];
  while (from_child.open() || errors_from_child.open()) {
    pollfd fds[3];
    nfds_t count = 0;
    auto watch = [&](const Fd& fd, short events) {
      if (fd.open()) fds[count++] = pollfd{fd.get(), events, 0};
    };
    watch(from_child, POLLIN);
    watch(errors_from_child, POLLIN);
    watch(to_child, POLLOUT);
    if (::poll(fds, count, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (nfds_t i = 0; i < count; ++i) {
      if (fds[i].revents == 0) continue;
      if (fds[i].fd == to_child.get()) {
        const ssize_t n = ::write(to_child.get(), input.data() + written, input.size() - written);
        if (n > 0) written += static_cast<std::size_t>(n);
        if ((n < 0 && errno != EAGAIN && errno != EINTR) || written == input.size()) to_child.close();
        continue;
      }
      Fd& source = fds[i].fd == from_child.get() ? from_child : errors_from_child;
      const ssize_t n = ::read(source.get(), buffer, sizeof buffer);
      if (n > 0) {
        if (&source == &from_child)
          on_output(std::string_view(buffer, static_cast<std::size_t>(n)));
        else
          err.append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
        source.close();
      }
    }
  }
}

std::vector<std::string> split_nul(std::string_view text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\0', start);
    if (end == std::string_view::npos) end = text.size();
    parts.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

std::string first_line(std::string text) {
  if (const std::size_t newline = text.find('\n'); newline != std::string::npos) text.resize(newline);
  return text;
}

std::string git_failure(const ProcessResult& result) {
  if (!result.started) return fmt::format("cannot run git ({})", result.start_error);
  const std::string message = first_line(result.err);
  return message.empty() ? fmt::format("git exited with status {}", result.exit_code) : message;
}

// One entry of `git diff --raw -z`: ":old_mode new_mode old_id new_id status", then one path
// (two for copies and renames: source, then destination).
struct RawEntry {
  std::string new_mode;
  std::string new_id;
  std::string path;
};

std::vector<RawEntry> parse_raw_diff(std::string_view text) {
  const std::vector<std::string> fields = split_nul(text);
  std::vector<RawEntry> entries;
  for (std::size_t i = 0; i + 1 < fields.size();) {
    const std::string& header = fields[i];
    std::vector<std::string> words;
    std::size_t start = header.empty() ? 0 : 1;  // skip the leading ':'
    while (start < header.size()) {
      std::size_t end = header.find(' ', start);
      if (end == std::string::npos) end = header.size();
      words.push_back(header.substr(start, end - start));
      start = end + 1;
    }
    const bool two_paths = words.size() == 5 && !words[4].empty() && (words[4][0] == 'R' || words[4][0] == 'C');
    const std::size_t path_index = i + (two_paths ? 2 : 1);
    if (words.size() != 5 || path_index >= fields.size()) break;
    entries.push_back(RawEntry{words[1], words[3], fields[path_index]});
    i = path_index + 1;
  }
  return entries;
}

// Reads `git cat-file --batch` output as it streams in: "<id> <type> <size>\n", the content,
// "\n" per object ("<id> missing\n" for an unknown one). Content over the limit is skipped,
// never stored.
class BatchReader {
 public:
  BatchReader(std::vector<StagedFile>& files, std::size_t max_bytes) : files_(files), max_bytes_(max_bytes) {}

  void feed(std::string_view chunk) {
    while (!chunk.empty() && next_ < files_.size()) {
      switch (state_) {
        case State::Header: {
          const std::size_t newline = chunk.find('\n');
          header_.append(chunk.substr(0, newline));
          if (newline == std::string_view::npos) return;
          chunk.remove_prefix(newline + 1);
          start_object();
          break;
        }
        case State::Content: {
          const std::size_t take = static_cast<std::size_t>(std::min<std::uintmax_t>(remaining_, chunk.size()));
          if (!files_[next_].too_large) files_[next_].bytes.append(chunk.substr(0, take));
          remaining_ -= take;
          chunk.remove_prefix(take);
          if (remaining_ == 0) state_ = State::Newline;
          break;
        }
        case State::Newline:
          chunk.remove_prefix(1);
          state_ = State::Header;
          ++next_;
          break;
      }
    }
  }

  // Empty when every object arrived whole.
  [[nodiscard]] std::string error() const {
    if (!error_.empty()) return error_;
    if (next_ < files_.size()) return "git cat-file stopped early";
    return {};
  }

 private:
  enum class State { Header, Content, Newline };

  void start_object() {
    const std::string header = std::move(header_);
    header_.clear();
    const std::size_t space = header.rfind(' ');
    const std::string size_text = space == std::string::npos ? std::string() : header.substr(space + 1);
    if (size_text.empty() || size_text.find_first_not_of("0123456789") != std::string::npos) {
      if (error_.empty()) error_ = fmt::format("git cat-file: {}", header);  // "<id> missing"
      ++next_;
      return;
    }
    StagedFile& file = files_[next_];
    file.size = std::stoull(size_text);
    file.too_large = file.size > max_bytes_;
    if (!file.too_large) file.bytes.reserve(static_cast<std::size_t>(file.size));
    remaining_ = file.size;
    state_ = remaining_ == 0 ? State::Newline : State::Content;
  }

  std::vector<StagedFile>& files_;
  std::size_t max_bytes_;
  std::size_t next_ = 0;
  State state_ = State::Header;
  std::uintmax_t remaining_ = 0;
  std::string header_;
  std::string error_;
};

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, std::string_view input,
                          const std::function<void(std::string_view)>& on_output) {
  ProcessResult result;
  if (argv.empty()) {
    result.start_error = "no program";
    return result;
  }
  Fd child_in, to_child, from_child, child_out, errors_from_child, child_err;
  if (!make_pipe(child_in, to_child) || !make_pipe(from_child, child_out) || !make_pipe(errors_from_child, child_err)) {
    result.start_error = std::strerror(errno);
    return result;
  }
  posix_spawn_file_actions_t actions;
  ::posix_spawn_file_actions_init(&actions);
  ::posix_spawn_file_actions_adddup2(&actions, child_in.get(), STDIN_FILENO);
  ::posix_spawn_file_actions_adddup2(&actions, child_out.get(), STDOUT_FILENO);
  ::posix_spawn_file_actions_adddup2(&actions, child_err.get(), STDERR_FILENO);
  posix_spawnattr_t attributes;
  ::posix_spawnattr_init(&attributes);
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGPIPE);
  ::posix_spawnattr_setsigdefault(&attributes, &defaults);
  ::posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);

  std::vector<char*> arguments;
  for (const std::string& argument : argv) arguments.push_back(const_cast<char*>(argument.c_str()));
  arguments.push_back(nullptr);
  pid_t pid = -1;
  const int spawned = ::posix_spawnp(&pid, argv[0].c_str(), &actions, &attributes, arguments.data(), environ);
  ::posix_spawn_file_actions_destroy(&actions);
  ::posix_spawnattr_destroy(&attributes);
  child_in.close();
  child_out.close();
  child_err.close();
  if (spawned != 0) {
    result.start_error = fmt::format("{}: {}", argv[0], std::strerror(spawned));
    return result;
  }
  result.started = true;
  {
    IgnoreSigpipe ignore_sigpipe;
    exchange(to_child, from_child, errors_from_child, input, on_output, result.err);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

CapturedProcess run_captured(const std::vector<std::string>& argv, std::string_view input) {
  CapturedProcess captured;
  static_cast<ProcessResult&>(captured) =
      run_process(argv, input, [&](std::string_view chunk) { captured.out.append(chunk); });
  return captured;
}

std::optional<std::vector<std::string>> git_visible_files(const std::string& directory) {
  // Exit 0: `directory` is ignored; 1: it is not; 128: no work tree here (or inside .git/).
  const CapturedProcess ignored = run_captured({"git", "-C", directory, "check-ignore", "-q", "."});
  if (!ignored.started || ignored.exit_code != 1) return std::nullopt;
  const CapturedProcess listed =
      run_captured({"git", "-C", directory, "ls-files", "-z", "--cached", "--others", "--exclude-standard"});
  if (!listed.started || listed.exit_code != 0) return std::nullopt;
  std::vector<std::string> paths = split_nul(listed.out);
  // During a merge conflict the index holds a path once per stage.
  std::sort(paths.begin(), paths.end());
  paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
  return paths;
}

TopLevel git_top_level() {
  const CapturedProcess result = run_captured({"git", "rev-parse", "--show-toplevel"});
  if (!result.started || result.exit_code != 0) return TopLevel{std::nullopt, git_failure(result)};
  std::string path = first_line(result.out);
  if (path.empty()) return TopLevel{std::nullopt, "not inside a git work tree"};
  return TopLevel{std::move(path), {}};
}

StagedOutcome read_staged_files(const std::vector<std::string>& pathspecs, std::size_t max_bytes,
                                const std::function<bool(const std::string& path)>& wanted) {
  StagedOutcome outcome;
  // --no-renames: a renamed file is an added one (its content is what matters); --no-relative
  // keeps paths relative to the top even when diff.relative is set.
  std::vector<std::string> diff = {
      "git",           "--literal-pathspecs", "diff",       "--cached",           "--raw", "-z", "--no-renames",
      "--no-relative", "--no-ext-diff",       "--no-color", "--diff-filter=ACMR", "--"};
  diff.insert(diff.end(), pathspecs.begin(), pathspecs.end());
  const CapturedProcess changed = run_captured(diff);
  if (!changed.started || changed.exit_code != 0) {
    outcome.error = git_failure(changed);
    return outcome;
  }
  std::string requests;
  for (const RawEntry& entry : parse_raw_diff(changed.out)) {
    // 160000 is a submodule (a commit, not a blob); 120000 a symlink, whose blob is the link
    // target's name: neither is file content.
    if (entry.new_mode == "160000" || entry.new_mode == "120000") continue;
    if (!wanted(entry.path)) continue;
    outcome.files.push_back(StagedFile{entry.path, {}, 0, false});
    requests += entry.new_id + "\n";
  }
  if (outcome.files.empty()) return outcome;
  BatchReader reader(outcome.files, max_bytes);
  const ProcessResult read =
      run_process({"git", "cat-file", "--batch"}, requests, [&](std::string_view chunk) { reader.feed(chunk); });
  std::string error = !read.started || read.exit_code != 0 ? git_failure(read) : reader.error();
  if (!error.empty()) {
    outcome.files.clear();
    outcome.error = std::move(error);
  }
  return outcome;
}

}  // namespace credlint::discover
