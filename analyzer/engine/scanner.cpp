#include "engine/scanner.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "parse/dotenv/dotenv_facts.h"
#include "parse/dotenv/dotenv_reader.h"
#include "parse/ini/profile_facts.h"
#include "parse/ini/profile_reader.h"
#include "parse/source/languages.h"
#include "parse/source/source_facts.h"
#include "parse/text/text_facts.h"

namespace credlint::engine {
namespace {

bool is_profile_kind(core::FileKind kind) {
  return kind == core::FileKind::Config || kind == core::FileKind::Credentials;
}

std::size_t line_of(std::string_view bytes, std::size_t offset) {
  return static_cast<std::size_t>(std::count(bytes.begin(), bytes.begin() + offset, '\n')) + 1;
}

// Files credlint must not parse: binary content or over the size limit.
std::optional<Notification> refuse(const InputFile& input, const ScanOptions& options) {
  if (input.bytes.size() > options.max_file_bytes) {
    return too_large(input.display_path, input.bytes.size(), options.max_file_bytes, input.kind);
  }
  if (const std::size_t nul = input.bytes.find('\0'); nul != std::string::npos) {
    // A binary file among the other files of a tree (an image without a known
    // extension, a compiled file) is expected: a note, not an error.
    if (input.kind == core::FileKind::Text || input.kind == core::FileKind::Source) {
      return Notification{input.display_path, 0, Level::Note, "CLN005",
                          fmt::format("Binary file (NUL byte at line {}): skipped.", line_of(input.bytes, nul))};
    }
    return Notification{input.display_path, line_of(input.bytes, nul), Level::Error, "CLN002",
                        fmt::format("File holds a NUL byte at line {}: binary content, not analysed.",
                                    line_of(input.bytes, nul))};
  }
  return std::nullopt;
}

// A key ID in source code that no query placed (inside a longer string, a comment, an
// unrelated field) is still a hardcoded credential: it joins a loose scope, which the value
// rules read and the pairing rules skip.
void add_unplaced_key_ids(AnalyzedFile& file) {
  facts::Scope loose;
  loose.description = "the file " + file.source->path();
  loose.loose = true;
  for (facts::Fact& fact : text::find_key_ids(*file.source)) {
    const bool placed = std::any_of(file.facts.scopes.begin(), file.facts.scopes.end(), [&](const facts::Scope& s) {
      return std::any_of(s.facts.begin(), s.facts.end(), [&](const facts::Fact& f) { return f.span.contains(fact.span); });
    });
    if (!placed) loose.facts.push_back(std::move(fact));
  }
  if (!loose.facts.empty()) file.facts.scopes.push_back(std::move(loose));
}

std::unique_ptr<AnalyzedFile> analyse(InputFile input, std::vector<Notification>& notifications) {
  auto file = std::make_unique<AnalyzedFile>();
  file->kind = input.kind;
  file->origin = input.origin;
  file->modified_time = input.modified_time;
  file->source = std::make_unique<core::SourceFile>(std::move(input.display_path), std::move(input.bytes));
  if (is_profile_kind(file->kind)) {
    const auto kind = file->kind == core::FileKind::Config ? ini::ProfileFileKind::Config
                                                            : ini::ProfileFileKind::Credentials;
    file->profile = ini::read_profile_file(file->source->bytes(), kind);
    file->facts = ini::extract_facts(*file->source, *file->profile);
  } else if (file->kind == core::FileKind::Dotenv) {
    const bool envrc = file->source->path().size() >= 6 &&
                       file->source->path().compare(file->source->path().size() - 6, 6, ".envrc") == 0;
    file->dotenv = dotenv::read_dotenv(file->source->bytes(),
                                       envrc ? dotenv::Dialect::ShellScript : dotenv::Dialect::EnvFile);
    file->facts = dotenv::extract_facts(*file->source, *file->dotenv);
  } else if (file->kind == core::FileKind::Source) {
    file->language = std::string(source::language_for_path(file->source->path()));
    source::SourceAnalysis analysis = source::analyse_source(*file->source, file->language);
    if (!analysis.error.empty()) {
      notifications.push_back(Notification{file->source->path(), 0, Level::Error, "CLN006", analysis.error});
    }
    file->facts = std::move(analysis.facts);
    add_unplaced_key_ids(*file);
  } else if (file->kind == core::FileKind::Text) {
    file->facts = text::extract_facts(*file->source);
  }
  return file;
}

void build_homes(ScanContext& context, const std::vector<std::string>& home_keys) {
  std::map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < context.files.size(); ++i) {
    const AnalyzedFile& file = *context.files[i];
    if (!file.profile) continue;
    const std::string& key = home_keys[i];
    auto [it, inserted] = index.emplace(key, context.homes.size());
    if (inserted) {
      ProfileHome home;
      home.label = key;
      home.is_user_home = file.origin == Origin::AwsHome;
      context.homes.push_back(std::move(home));
    }
    ProfileHome& home = context.homes[it->second];
    (file.kind == core::FileKind::Config ? home.config_files : home.credentials_files).push_back(&file);
  }
  for (ProfileHome& home : context.homes) {
    auto inputs = [](const std::vector<const AnalyzedFile*>& files) {
      std::vector<ini::ProfileFileInput> out;
      for (const AnalyzedFile* f : files) out.push_back({f->source.get(), &*f->profile});
      return out;
    };
    home.profiles = ini::merge_profile_files(inputs(home.config_files), inputs(home.credentials_files));
  }
}

void apply_settings(std::vector<Finding>& findings, const Settings& settings) {
  std::erase_if(findings, [&](const Finding& f) { return settings.disabled_rules.count(f.rule_id) > 0; });
  for (Finding& finding : findings) {
    if (auto it = settings.level_overrides.find(finding.rule_id); it != settings.level_overrides.end()) {
      finding.level = it->second;
    }
  }
}

void sort_and_dedupe(std::vector<Finding>& findings) {
  auto key = [](const Finding& f) {
    return std::tuple(f.location.file->path(), f.location.span.begin, f.location.span.end, f.rule_id, f.message);
  };
  std::sort(findings.begin(), findings.end(), [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
  findings.erase(std::unique(findings.begin(), findings.end(),
                             [&](const Finding& a, const Finding& b) { return key(a) == key(b); }),
                 findings.end());
}

// One input after parsing: the file, or why it was refused.
struct Parsed {
  std::unique_ptr<AnalyzedFile> file;
  std::optional<Notification> refusal;
  std::vector<Notification> notifications;
  std::string home_key;
};

// Parses every input. Files are independent, so a large scan uses every core (parsing
// source code dominates whole-repository scans); the results keep the input order, so
// output never depends on scheduling. Small scans (a pre-commit run) stay on this thread.
std::vector<Parsed> parse_all(std::vector<InputFile>& inputs, const ScanOptions& options) {
  std::vector<Parsed> parsed(inputs.size());
  std::atomic<std::size_t> next{0};
  std::mutex progress;
  std::size_t done = 0;
  auto work = [&] {
    for (std::size_t i = next++; i < inputs.size(); i = next++) {
      if (options.on_file_done) {
        std::lock_guard lock(progress);
        options.on_file_done(done++, inputs.size());
      }
      if (auto refusal = refuse(inputs[i], options)) {
        parsed[i].refusal = std::move(refusal);
        continue;
      }
      parsed[i].home_key = inputs[i].home_key;
      parsed[i].file = analyse(std::move(inputs[i]), parsed[i].notifications);
    }
  };
  constexpr std::size_t kFilesPerThread = 16;
  const std::size_t threads =
      std::min<std::size_t>({std::max(1u, std::thread::hardware_concurrency()), 8, inputs.size() / kFilesPerThread + 1});
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& thread : pool) thread.join();
  return parsed;
}

}  // namespace

Notification too_large(const std::string& path, std::uintmax_t size, std::size_t limit, core::FileKind kind) {
  return Notification{path, 0, core::is_aws_settings_kind(kind) ? Level::Error : Level::Note, "CLN003",
                      fmt::format("File is {} bytes, over the {}-byte limit: not analysed.", size, limit)};
}

ScanResult scan(std::vector<InputFile> inputs, std::vector<Notification> notifications, const ScanOptions& options) {
  ScanResult result;
  result.notifications = std::move(notifications);
  result.context.environment = options.environment;
  result.context.now = options.now;
  std::vector<std::string> home_keys;
  std::vector<Parsed> parsed = parse_all(inputs, options);
  for (std::size_t i = 0; i < parsed.size(); ++i) {
    if (parsed[i].refusal) {
      result.notifications.push_back(std::move(*parsed[i].refusal));
      continue;
    }
    result.notifications.insert(result.notifications.end(), parsed[i].notifications.begin(),
                                parsed[i].notifications.end());
    home_keys.push_back(std::move(parsed[i].home_key));
    result.context.files.push_back(std::move(parsed[i].file));
  }
  for (const auto& file : result.context.files) {
    for (const RuleDef* rule : options.rules) {
      if (rule->phase != Phase::PerFile || rule->check_file == nullptr || !rule->applies(file->kind)) continue;
      FindingSink sink(*rule, result.findings);
      rule->check_file(*file, result.context, sink);
    }
  }
  build_homes(result.context, home_keys);
  for (const RuleDef* rule : options.rules) {
    if (rule->phase != Phase::Project || rule->check_project == nullptr) continue;
    FindingSink sink(*rule, result.findings);
    rule->check_project(result.context, sink);
  }
  apply_settings(result.findings, options.settings);
  sort_and_dedupe(result.findings);
  std::sort(result.notifications.begin(), result.notifications.end(),
            [](const Notification& a, const Notification& b) { return std::tie(a.path, a.line, a.id) < std::tie(b.path, b.line, b.id); });
  return result;
}

}  // namespace credlint::engine
