// `--format github`: GitHub Actions workflow commands, one line per reported finding
// (`::error file=P,line=L,endLine=L,col=C,endColumn=C,title=T::message`), which the
// runner turns into annotations on the pull request. Escaping follows actions/toolkit
// (command.ts): in the message `%`, CR and LF; in property values also `:` and `,`.
#pragma once

#include <string>
#include <string_view>

#include "engine/rule.h"

namespace credlint::report {

[[nodiscard]] std::string escape_workflow_data(std::string_view text);
[[nodiscard]] std::string escape_workflow_property(std::string_view text);
// error -> error, warning -> warning, note -> notice.
[[nodiscard]] std::string_view workflow_command(engine::Level level);

}  // namespace credlint::report
