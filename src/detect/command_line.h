// Secrets given to programs on their command line: `mysql -pSECRET`, `redis-cli -a SECRET`,
// `curl -u user:SECRET`, `sshpass -p SECRET`, `keytool -storepass SECRET` ... Shell history,
// terminal transcripts and CI job logs keep them in the clear. Internal to the detection
// engine; the text reader asks LooksLikeCommandLine of the lines it passes over.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace piguard::detail {

// Whether a line's first byte may start a command line LooksLikeCommandLine accepts: a
// lower-case letter (the program), or the first byte of a prompt ('$', '#', '+', '>', ':'
// of zsh history, '[' of "[user@host dir]#", '/' of a program's path). Upper-case letters
// are not: log levels, month names and sentences start with them, and a command line that
// starts with an environment variable ("PGPASSWORD=... psql") has its secret found as a
// key=value pair anyway.
constexpr bool MayStartCommandLine(char c) {
  return (c >= 'a' && c <= 'z') || c == '$' || c == '#' || c == '+' || c == '>' || c == ':' ||
         c == '[' || c == '/';
}

// Whether `line` (no '\n' in it) is a command that takes secrets on its command line, as a
// person or a script typed it: after an optional prompt ("$ ", "# ", "+ " of `bash -x`,
// "> ", "[user@host dir]# ", "user@host:dir$ ", zsh history's ": 1700000000:0;", an indented
// YAML list's "- " as CI jobs write their script lines), an
// optional `sudo`, a program this file knows the options of (by its base name).
bool LooksLikeCommandLine(std::string_view line);

// A secret's bytes in the line: [start, end).
struct SecretSpan {
  uint32_t start;
  uint32_t end;
};

// The secrets in a command line (any text; commands are split at '|', ';' and '&'):
// option values that are passwords, keys or tokens of the programs this file knows, and the
// value of any option named like a password or token (`--db-password VALUE`,
// `--api-token VALUE`). Quotes around a value are not part of it. Shell variables
// (`-p$PASS`, `-p"${PASS}"`), placeholders (`<password>`, `***`) and prompts (`mysql -p`
// alone) are no secret.
void CommandLineSecrets(std::string_view line, std::vector<SecretSpan>* out);

}  // namespace piguard::detail
