#include "detect/command_line.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <utility>

namespace piguard::detail {
namespace {

// A word of a command as the shell splits it: raw bytes [start, end) of the line, quotes
// included.
struct Word {
  size_t start;
  size_t end;
};

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigitChar(char c) { return c >= '0' && c <= '9'; }
char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Whether the '&' at line[i] is the shell's operator (a command in the background, "&&",
// "&>"): followed by a blank, the line's end or another operator. Glued to what follows, it
// is part of a word as people type them into a terminal and audit logs keep them: a
// password (`-u admin:Xh&2021+db`, `-a &irXLUHj7G`) or an unquoted URL's query.
bool AmpersandOperator(std::string_view line, size_t i) {
  if (i + 1 >= line.size()) return true;
  const char c = line[i + 1];
  return IsBlank(c) || c == '&' || c == '>' || c == '|' || c == ';';
}

// The commands of a line: words split at unquoted blanks, commands at unquoted '|', ';' and
// '&' (also "||" and "&&"; AmpersandOperator). A quote left open runs to the end of the line.
std::vector<std::vector<Word>> SplitCommands(std::string_view line) {
  std::vector<std::vector<Word>> commands(1);
  size_t i = 0;
  const size_t n = line.size();
  while (i < n) {
    while (i < n && IsBlank(line[i])) ++i;
    if (i >= n) break;
    if (line[i] == '|' || line[i] == ';' || (line[i] == '&' && AmpersandOperator(line, i))) {
      while (i < n && (line[i] == '|' || line[i] == ';' || line[i] == '&')) ++i;
      if (!commands.back().empty()) commands.emplace_back();
      continue;
    }
    const size_t start = i;
    char quote = 0;
    for (; i < n; ++i) {
      const char c = line[i];
      if (quote) {
        if (c == quote) quote = 0;
        else if (c == '\\' && quote == '"' && i + 1 < n) ++i;
        continue;
      }
      if (c == '\'' || c == '"') quote = c;
      else if (c == '\\' && i + 1 < n) ++i;
      else if (IsBlank(c) || c == '|' || c == ';' || (c == '&' && AmpersandOperator(line, i))) break;
    }
    commands.back().push_back({start, i});
  }
  if (commands.back().empty()) commands.pop_back();
  return commands;
}

// [s, e) without the quotes around it, when it is one quoted string.
void Unquote(std::string_view line, size_t* s, size_t* e) {
  if (*e - *s >= 2 && (line[*s] == '\'' || line[*s] == '"') && line[*e - 1] == line[*s]) {
    ++*s;
    --*e;
  }
}

// Whether the value [s, e) (unquoted) can be a secret: not empty, not a shell or Windows
// variable, a command substitution, a placeholder (<password>, {{token}}, ***, PASSWORD,
// YOUR_TOKEN) or an option.
bool SecretValue(std::string_view line, size_t s, size_t e) {
  if (e <= s || e - s > 256) return false;
  const std::string_view v = line.substr(s, e - s);
  if (v[0] == '$' || v[0] == '%' || v[0] == '`' || v[0] == '-' || v[0] == '<' || v[0] == '\'' ||
      v[0] == '"')
    return false;
  if (v.find("${") != std::string_view::npos || v.find("$(") != std::string_view::npos ||
      v.find("{{") != std::string_view::npos)
    return false;
  if (v.find_first_not_of("*xX.") == std::string_view::npos) return false;  // ***, xxx
  bool placeholder = v.size() >= 4;  // PASSWORD, YOUR_API_TOKEN
  for (char c : v)
    if (!((c >= 'A' && c <= 'Z') || c == '_')) placeholder = false;
  return !placeholder;
}

// The program's base name ("/usr/bin/mysql" -> "mysql"; a ".exe" is dropped), lower-cased
// into `buf`.
std::string_view ProgramName(std::string_view word, std::array<char, 32>& buf) {
  if (size_t slash = word.find_last_of("/\\"); slash != std::string_view::npos)
    word.remove_prefix(slash + 1);
  if (word.size() > 4) {
    std::string_view tail = word.substr(word.size() - 4);
    if (LowerAscii(tail[0]) == '.' && LowerAscii(tail[1]) == 'e' && LowerAscii(tail[2]) == 'x' &&
        LowerAscii(tail[3]) == 'e')
      word.remove_suffix(4);
  }
  if (word.empty() || word.size() > buf.size()) return {};
  for (size_t k = 0; k < word.size(); ++k) buf[k] = LowerAscii(word[k]);
  return std::string_view(buf.data(), word.size());
}

// How an option gives its secret.
enum class Takes : uint8_t {
  kAttached,         // only joined to the option: -pSECRET (a lone -p prompts)
  kAttachedOrNext,   // -pSECRET or -p SECRET
  kNext,             // the next word: -storepass SECRET
  kUserColon,        // user:SECRET, joined or next (curl -u)
  kUserPercent,      // user%SECRET (smbclient -U)
  kUserComma,        // user,SECRET (lftp -u)
  kOpensslPass,      // pass:SECRET in the next word (openssl -passin)
  kColonJoined,      // /p:SECRET, the value after the option's ':' (xfreerdp)
  kPromptsAlone,     // no value of its own (mysql --password alone prompts): nothing to report
};

struct OptionRule {
  std::string_view option;
  Takes takes;
};

// Positional secrets of programs whose arguments, not options, hold them.
enum class Positional : uint8_t {
  kNone,
  kHtpasswd,       // htpasswd -b FILE USER SECRET, htpasswd -nb USER SECRET
  kNetUser,        // net user NAME SECRET
  kOracle,         // sqlplus user/SECRET@db, userid=user/SECRET
  kRabbitmq,       // rabbitmqctl add_user NAME SECRET (also change_password)
  kNmcli,          // nmcli ... password SECRET
  kWpaPassphrase,  // wpa_passphrase SSID SECRET
  kVaultLogin,     // vault login TOKEN
  kMinioAlias,     // mc alias set NAME URL ACCESS SECRET
};

struct ProgramRule {
  std::initializer_list<std::string_view> names;
  std::initializer_list<OptionRule> options;
  Positional positional = Positional::kNone;
  bool needs_login = false;  // docker and kin: -p is a password only after `login`
};

using T = Takes;
const ProgramRule kPrograms[] = {
    {{"mysql", "mysqldump", "mysqladmin", "mysqlimport", "mysqlshow", "mysqlcheck", "mysqlpump",
      "mysqlbinlog", "mysqlsh", "mariadb", "mariadb-dump", "mariadb-admin"},
     {{"-p", T::kAttached}, {"--password", T::kPromptsAlone}}},
    {{"redis-cli", "keydb-cli"}, {{"-a", T::kAttachedOrNext}, {"--pass", T::kNext}}},
    {{"sshpass"}, {{"-p", T::kAttachedOrNext}}},
    {{"curl"},
     {{"-u", T::kUserColon}, {"--user", T::kUserColon}, {"-U", T::kUserColon},
      {"--proxy-user", T::kUserColon}, {"--oauth2-bearer", T::kNext}}},
    {{"wget"}, {{"--password", T::kNext}, {"--http-password", T::kNext},
                {"--ftp-password", T::kNext}, {"--proxy-password", T::kNext}}},
    {{"docker", "podman", "nerdctl", "buildah", "skopeo", "helm", "oras", "crane"},
     {{"-p", T::kAttachedOrNext}},
     Positional::kNone,
     true},
    {{"mongo", "mongosh", "mongodump", "mongorestore", "mongoexport", "mongoimport", "mongostat",
      "mongotop", "mongofiles"},
     {{"-p", T::kAttachedOrNext}}},
    {{"keytool", "jarsigner"},
     {{"-storepass", T::kNext}, {"-keypass", T::kNext}, {"-srcstorepass", T::kNext},
      {"-deststorepass", T::kNext}, {"-srckeypass", T::kNext}, {"-destkeypass", T::kNext},
      {"-new", T::kNext}}},
    {{"openssl"}, {{"-passin", T::kOpensslPass}, {"-passout", T::kOpensslPass},
                   {"-pass", T::kOpensslPass}, {"-k", T::kNext}}},
    {{"ldapsearch", "ldapmodify", "ldapadd", "ldapdelete", "ldappasswd", "ldapwhoami",
      "ldapcompare", "ldapmodrdn", "ldapexop"},
     {{"-w", T::kAttachedOrNext}, {"-s", T::kNext}}},
    {{"ipmitool"}, {{"-P", T::kAttachedOrNext}}},
    {{"zip", "unzip", "zipcloak"}, {{"-P", T::kNext}, {"--password", T::kNext}}},
    {{"7z", "7za", "7zr", "rar", "unrar"}, {{"-p", T::kAttached}}},
    {{"smbclient", "rpcclient", "smbmap", "smbcacls"}, {{"-U", T::kUserPercent}}},
    {{"lftp"}, {{"-u", T::kUserComma}}},
    {{"sqlplus", "sqlldr", "expdp", "impdp", "exp", "imp", "rman"}, {}, Positional::kOracle},
    {{"snmpwalk", "snmpget", "snmpset", "snmpbulkwalk", "snmpbulkget", "snmpgetnext",
      "snmptable", "snmptrap", "snmpdelta", "snmpstatus"},
     {{"-c", T::kAttachedOrNext}, {"-A", T::kAttachedOrNext}, {"-X", T::kAttachedOrNext}}},
    {{"mosquitto_pub", "mosquitto_sub", "mosquitto_rr"}, {{"-P", T::kAttachedOrNext}}},
    {{"sqlcmd", "bcp", "osql", "isql"}, {{"-P", T::kAttachedOrNext}}},
    {{"beeline"}, {{"-p", T::kNext}}},
    {{"psexec", "psexec64", "paexec", "rdesktop"}, {{"-p", T::kNext}}},
    {{"xfreerdp", "wlfreerdp"}, {{"/p:", T::kColonJoined}}},
    {{"plink", "pscp", "psftp"}, {{"-pw", T::kNext}}},
    {{"ssh-keygen"}, {{"-P", T::kNext}, {"-N", T::kNext}}},
    {{"az"}, {{"-p", T::kNext}}},
    {{"htpasswd"}, {}, Positional::kHtpasswd},
    // Programs that run another after "--" (kubectl exec POD -- mysql -p...): no secrets of
    // their own options, but their lines are command lines.
    {{"kubectl", "oc", "k3s"}, {}},
    {{"net"}, {}, Positional::kNetUser},
    {{"rabbitmqctl"}, {}, Positional::kRabbitmq},
    {{"nmcli"}, {}, Positional::kNmcli},
    {{"wpa_passphrase"}, {}, Positional::kWpaPassphrase},
    {{"vault"}, {}, Positional::kVaultLogin},
    {{"mc", "mcli"}, {}, Positional::kMinioAlias},
};

// Programs that only run another: their own options come first (sudo -u postgres psql).
bool IsWrapper(std::string_view name) {
  return name == "sudo" || name == "env" || name == "nohup" || name == "time" ||
         name == "exec" || name == "nice" || name == "timeout" || name == "doas";
}

// The wrappers' options that take the next word (sudo -u USER, nice -n 10, timeout -s KILL).
bool WrapperOptionTakesArgument(std::string_view wrapper, std::string_view opt) {
  if (wrapper == "sudo" || wrapper == "doas")
    return opt == "-u" || opt == "-g" || opt == "-C" || opt == "-p" || opt == "-h" ||
           opt == "-U" || opt == "-r" || opt == "-t";
  if (wrapper == "env") return opt == "-u" || opt == "-C" || opt == "-S";
  if (wrapper == "nice") return opt == "-n";
  if (wrapper == "timeout") return opt == "-s" || opt == "-k";
  return false;
}

// Programs that read a secret from standard input when given these options:
// `echo SECRET | sudo -S`, `echo SECRET | passwd --stdin`, `echo user:SECRET | chpasswd`.
enum class StdinSecret : uint8_t { kNone, kWhole, kAfterColon };

// The rule of a program by its name: a binary search over every name (the text reader asks
// this of the first word of many lines).
const ProgramRule* RuleFor(std::string_view name) {
  using Entry = std::pair<std::string_view, const ProgramRule*>;
  static const std::vector<Entry> kByName = [] {
    std::vector<Entry> v;
    for (const ProgramRule& r : kPrograms)
      for (std::string_view n : r.names) v.emplace_back(n, &r);
    std::sort(v.begin(), v.end());
    return v;
  }();
  auto it = std::lower_bound(kByName.begin(), kByName.end(), name,
                             [](const Entry& e, std::string_view n) { return e.first < n; });
  return it != kByName.end() && it->first == name ? it->second : nullptr;
}

// Whether a long option's name (without its dashes, lower-cased) names a secret: it is, or
// ends in, password, passwd, passphrase, secret, token or api key; `--password-file` and
// `--token-ttl` name something else.
bool SecretOptionName(std::string_view name) {
  static constexpr std::string_view kEnds[] = {"password", "passwd",  "passphrase", "secret",
                                               "token",    "apikey",  "api-key",    "api_key",
                                               "secret-key", "secret_key", "pwd"};
  for (std::string_view e : kEnds) {
    if (name.size() < e.size() || name.substr(name.size() - e.size()) != e) continue;
    if (name.size() == e.size()) return true;
    const char before = name[name.size() - e.size() - 1];
    if (before == '-' || before == '_' || before == '.') return true;
  }
  return false;
}

class CommandParser {
 public:
  CommandParser(std::string_view line, std::vector<SecretSpan>* out) : line_(line), out_(out) {}

  void Run() {
    auto commands = SplitCommands(line_);
    // A command run inside another after "--" (kubectl exec pod -- mysql -p...): its own.
    for (size_t c = 0; c < commands.size(); ++c) {
      auto& words = commands[c];
      for (size_t k = 0; k + 1 < words.size(); ++k) {
        if (Raw(words[k]) != "--") continue;
        std::array<char, 32> buf{};
        if (!RuleFor(ProgramName(Raw(words[k + 1]), buf))) continue;
        std::vector<Word> inner(words.begin() + static_cast<std::ptrdiff_t>(k) + 1, words.end());
        words.resize(k);
        commands.insert(commands.begin() + static_cast<std::ptrdiff_t>(c) + 1, std::move(inner));
        break;
      }
    }
    for (size_t c = 0; c < commands.size(); ++c) {
      const auto& words = commands[c];
      size_t first = ProgramWord(words);
      if (first >= words.size()) continue;
      std::array<char, 32> buf{};
      const std::string_view name = ProgramName(Raw(words[first]), buf);
      // A secret piped in: the argument of the echo/printf before this command.
      if (c > 0 && StdinTakes(name, words, first) != StdinSecret::kNone)
        PipedSecret(commands[c - 1], StdinTakes(name, words, first));
      const ProgramRule* rule = RuleFor(name);
      OptionsOf(words, first + 1, rule);
      if (rule && rule->positional != Positional::kNone) Positionals(words, first + 1, *rule);
    }
  }

 private:
  std::string_view Raw(const Word& w) const { return line_.substr(w.start, w.end - w.start); }

  // The index of the program word: after "VAR=value" assignments and wrappers (sudo with
  // its options, timeout with its duration).
  size_t ProgramWord(const std::vector<Word>& words) const {
    size_t k = 0;
    while (k < words.size()) {
      const std::string_view w = Raw(words[k]);
      const size_t eq = w.find('=');
      if (eq != std::string_view::npos && eq > 0 && w[0] != '-' &&
          w.find_first_of("/'\"") > eq) {  // an environment assignment
        ++k;
        continue;
      }
      std::array<char, 32> buf{};
      const std::string_view name = ProgramName(w, buf);
      if (!IsWrapper(name)) return k;
      for (++k; k < words.size() && Raw(words[k]).starts_with("-"); ++k) {
        if (WrapperOptionTakesArgument(name, Raw(words[k]))) ++k;
      }
      if (name == "timeout" && k < words.size()) ++k;  // the duration
    }
    return k;
  }

  StdinSecret StdinTakes(std::string_view name, const std::vector<Word>& words,
                         size_t first) const {
    if (name == "chpasswd") return StdinSecret::kAfterColon;
    // echo 'Passw0rd' | base64: a password turned into a Basic credential or a config value.
    if (name == "base64") return StdinSecret::kWhole;
    if (name == "passwd")
      for (size_t k = first + 1; k < words.size(); ++k)
        if (Raw(words[k]) == "--stdin") return StdinSecret::kWhole;
    // sudo -S before the program (ProgramWord passed over it): sudo reads its password.
    for (size_t k = 0; k < first; ++k) {
      const std::string_view w = Raw(words[k]);
      if (w == "--stdin" || (w.size() >= 2 && w[0] == '-' && w[1] != '-' &&
                             w.find('S') != std::string_view::npos))
        return StdinSecret::kWhole;
    }
    return StdinSecret::kNone;
  }

  void PipedSecret(const std::vector<Word>& prev, StdinSecret how) {
    if (prev.size() < 2) return;
    std::array<char, 32> buf{};
    const std::string_view name = ProgramName(Raw(prev[0]), buf);
    if (name != "echo" && name != "printf") return;
    size_t k = 1;
    while (k < prev.size() && Raw(prev[k]).starts_with("-")) ++k;  // echo -e, -n
    if (k + 1 != prev.size()) return;  // one argument, the secret
    size_t s = prev[k].start, e = prev[k].end;
    Unquote(line_, &s, &e);
    if (name == "printf") {  // printf 'SECRET\n'
      if (e - s >= 2 && line_.substr(e - 2, 2) == "\\n") e -= 2;
    }
    if (how == StdinSecret::kAfterColon) {
      const size_t colon = line_.substr(s, e - s).find(':');
      if (colon == std::string_view::npos) return;
      s += colon + 1;
    }
    Report(s, e);
  }

  void Report(size_t s, size_t e) {
    if (SecretValue(line_, s, e))
      out_->push_back({static_cast<uint32_t>(s), static_cast<uint32_t>(e)});
  }

  // The value of the word at k (unquoted), reported when it may be a secret.
  void ReportWord(const std::vector<Word>& words, size_t k) {
    if (k >= words.size()) return;
    size_t s = words[k].start, e = words[k].end;
    Unquote(line_, &s, &e);
    Report(s, e);
  }

  // [s, e) holds user<sep>SECRET: the secret after the first separator.
  void ReportAfter(size_t s, size_t e, char sep) {
    Unquote(line_, &s, &e);
    const size_t at = line_.substr(s, e - s).find(sep);
    if (at == std::string_view::npos) return;
    size_t vs = s + at + 1;
    Report(vs, e);
  }

  void OptionsOf(const std::vector<Word>& words, size_t from, const ProgramRule* rule) {
    bool login = false;
    for (size_t k = from; k < words.size(); ++k) {
      const std::string_view w = Raw(words[k]);
      if (w == "login") login = true;
      if (w.size() < 2 || (w[0] != '-' && w[0] != '/')) continue;
      if (rule && (!rule->needs_login || login) && KnownOption(words, k, *rule)) continue;
      GenericOption(words, k);
    }
  }

  // A known option of the program at word k: reported; true when the word was one.
  bool KnownOption(const std::vector<Word>& words, size_t k, const ProgramRule& rule) {
    const Word& word = words[k];
    const std::string_view w = Raw(word);
    for (const OptionRule& o : rule.options) {
      const bool exact = w == o.option;
      // Joined values belong to short options and to the ':' form.
      const bool joined = !exact && w.size() > o.option.size() && w.starts_with(o.option) &&
                          (o.option.size() == 2 || o.takes == T::kColonJoined);
      if (!exact && !joined) continue;
      const size_t vs = word.start + o.option.size();
      switch (o.takes) {
        case T::kAttached:
          if (joined) ReportJoined(vs, word.end);
          return true;
        case T::kAttachedOrNext:
        case T::kNext:
          if (joined && o.takes == T::kAttachedOrNext) ReportJoined(vs, word.end);
          else if (exact) ReportWord(words, k + 1);
          return true;
        case T::kUserColon:
        case T::kUserPercent:
        case T::kUserComma: {
          const char sep = o.takes == T::kUserColon ? ':' : o.takes == T::kUserPercent ? '%' : ',';
          if (joined) ReportAfter(vs, word.end, sep);
          else if (k + 1 < words.size()) ReportAfter(words[k + 1].start, words[k + 1].end, sep);
          return true;
        }
        case T::kOpensslPass:
          if (exact && k + 1 < words.size()) {
            size_t s = words[k + 1].start, e = words[k + 1].end;
            Unquote(line_, &s, &e);
            if (line_.substr(s, e - s).starts_with("pass:")) Report(s + 5, e);
          }
          return true;
        case T::kColonJoined:
          if (joined) ReportJoined(vs, word.end);
          return true;
        case T::kPromptsAlone:
          return true;
      }
    }
    return false;
  }

  // A value joined to its option, maybe quoted on its own (-p'SECRET').
  void ReportJoined(size_t s, size_t e) {
    Unquote(line_, &s, &e);
    Report(s, e);
  }

  // Any program's long option named like a secret: --db-password VALUE, --token=VALUE is
  // left to the key=value detectors (the caller's scan finds it).
  void GenericOption(const std::vector<Word>& words, size_t k) {
    const std::string_view w = Raw(words[k]);
    if (w[0] != '-') return;
    std::string_view name = w.substr(w[1] == '-' ? 2 : 1);
    if (name.size() < 3 || name.size() > 40 || name.find('=') != std::string_view::npos) return;
    std::array<char, 40> low{};
    for (size_t c = 0; c < name.size(); ++c) low[c] = LowerAscii(name[c]);
    if (!SecretOptionName(std::string_view(low.data(), name.size()))) return;
    if (k + 1 < words.size()) {
      const std::string_view v = Raw(words[k + 1]);
      // A path names where the secret is, not the secret.
      if (v.starts_with("/") || v.starts_with("./") || v.starts_with("~/") || v.starts_with("@"))
        return;
      ReportWord(words, k + 1);
    }
  }

  // The arguments that are not options (nor an option's value, for the options these
  // programs have that take one).
  std::vector<size_t> Arguments(const std::vector<Word>& words, size_t from) const {
    std::vector<size_t> args;
    for (size_t k = from; k < words.size(); ++k) {
      const std::string_view w = Raw(words[k]);
      if (w.starts_with("-") || w.starts_with(">") || w.starts_with("<") || w.starts_with("2>"))
        continue;
      args.push_back(k);
    }
    return args;
  }

  void Positionals(const std::vector<Word>& words, size_t from, const ProgramRule& rule) {
    const std::vector<size_t> args = Arguments(words, from);
    auto arg = [&](size_t i) { return i < args.size() ? Raw(words[args[i]]) : std::string_view(); };
    switch (rule.positional) {
      case Positional::kHtpasswd: {
        bool batch = false, no_file = false;
        for (size_t k = from; k < words.size(); ++k) {
          const std::string_view w = Raw(words[k]);
          if (!w.starts_with("-") || w.starts_with("--")) continue;
          if (w.find('b') != std::string_view::npos) batch = true;
          if (w.find('n') != std::string_view::npos) no_file = true;
        }
        if (!batch) return;
        const size_t at = no_file ? 1 : 2;
        if (at < args.size()) ReportWord(words, args[at]);
        return;
      }
      case Positional::kNetUser:
        if (args.size() >= 3 && LowerEquals(arg(0), "user") && arg(2) != "*" &&
            !arg(2).starts_with("/"))
          ReportWord(words, args[2]);
        return;
      case Positional::kOracle:
        for (size_t i = 0; i < args.size(); ++i) {
          size_t s = words[args[i]].start, e = words[args[i]].end;
          Unquote(line_, &s, &e);
          std::string_view v = line_.substr(s, e - s);
          if (v.size() > 7 && LowerEquals(v.substr(0, 7), "userid=")) {
            s += 7;
            v.remove_prefix(7);
          } else if (i != 0) {
            continue;  // sqlplus's logon is its first argument
          }
          const size_t slash = v.find('/');
          if (slash == std::string_view::npos || slash == 0 || v[0] == '@') continue;
          size_t ve = v.find('@', slash);
          if (ve == std::string_view::npos) ve = v.size();
          if (v.substr(slash + 1, ve - slash - 1).find_first_of("/:") != std::string_view::npos)
            continue;  // a path or URL
          Report(s + slash + 1, s + ve);
        }
        return;
      case Positional::kRabbitmq:
        if (args.size() >= 3 && (arg(0) == "add_user" || arg(0) == "change_password" ||
                                 arg(0) == "authenticate_user"))
          ReportWord(words, args[2]);
        return;
      case Positional::kNmcli:
        for (size_t i = 0; i + 1 < args.size(); ++i)
          if (arg(i) == "password" || arg(i) == "wifi-sec.psk" || arg(i) == "802-1x.password")
            ReportWord(words, args[i + 1]);
        return;
      case Positional::kWpaPassphrase:
        if (args.size() >= 2) ReportWord(words, args[1]);
        return;
      case Positional::kVaultLogin:
        if (args.size() >= 2 && arg(0) == "login" &&
            arg(1).find('=') == std::string_view::npos)
          ReportWord(words, args[1]);
        return;
      case Positional::kMinioAlias:
        if ((args.size() >= 6 && arg(0) == "alias" && arg(1) == "set") ||
            (args.size() >= 7 && arg(0) == "config" && arg(1) == "host" && arg(2) == "add"))
          ReportWord(words, args[arg(0) == "alias" ? 5 : 6]);
        return;
      case Positional::kNone:
        return;
    }
  }

  static bool LowerEquals(std::string_view a, std::string_view lower) {
    if (a.size() != lower.size()) return false;
    for (size_t k = 0; k < a.size(); ++k)
      if (LowerAscii(a[k]) != lower[k]) return false;
    return true;
  }

  std::string_view line_;
  std::vector<SecretSpan>* out_;
};

// The end of a prompt at the start of `line`, or 0 when there is none.
size_t PromptEnd(std::string_view line) {
  const size_t n = line.size();
  size_t p = 0;
  while (p < n && IsBlank(line[p])) ++p;
  if (p >= n) return 0;
  const char c = line[p];
  // "$ ", "# ", "> ", "+ " / "++ " (bash -x), "- " (a YAML list's item: a CI job's script)
  if (c == '$' || c == '#' || c == '>' || c == '+' || c == '-') {
    size_t q = p + 1;
    if (c == '+') while (q < n && line[q] == '+') ++q;
    return q < n && line[q] == ' ' ? q + 1 : 0;
  }
  // zsh extended history: ": 1700000000:0;command"
  if (c == ':') {
    size_t q = p + 1;
    if (q < n && line[q] == ' ') ++q;
    const size_t digits = q;
    while (q < n && IsDigitChar(line[q])) ++q;
    if (q - digits < 9 || q >= n || line[q] != ':') return 0;
    ++q;
    while (q < n && IsDigitChar(line[q])) ++q;
    return q < n && line[q] == ';' ? q + 1 : 0;
  }
  // "[user@host dir]# " / "[user@host dir]$ "
  if (c == '[') {
    const size_t close = line.find(']', p);
    if (close == std::string_view::npos || close - p > 80 || close + 2 >= n) return 0;
    if (line.substr(p, close - p).find('@') == std::string_view::npos) return 0;
    return (line[close + 1] == '#' || line[close + 1] == '$') && line[close + 2] == ' '
               ? close + 3
               : 0;
  }
  // "user@host:dir$ " / "user@host:~# " (one word ending in $ or #, with '@' and ':')
  if (IsLower(c)) {
    size_t q = p;
    while (q < n && !IsBlank(line[q]) && q - p < 80) ++q;
    if (q >= n || q - p < 4) return 0;
    const std::string_view w = line.substr(p, q - p);
    if ((w.back() == '$' || w.back() == '#') && w.find('@') != std::string_view::npos &&
        w.find(':') != std::string_view::npos)
      return q + 1;
  }
  return 0;
}

}  // namespace

bool LooksLikeCommandLine(std::string_view line) {
  size_t p = PromptEnd(line);
  const size_t n = line.size();
  while (p < n && IsBlank(line[p])) ++p;
  // A '[' that opens no prompt opens a chat's or a log's time ("[09:21:13] 客户：..."), a
  // line of every transcript: no program starts with it.
  if (p < n && line[p] == '[') return false;
  // Environment assignments and wrappers before the program: the full parse decides.
  for (int words = 0; words < 8 && p < n; ++words) {
    size_t q = p;
    while (q < n && !IsBlank(line[q])) ++q;
    const std::string_view w = line.substr(p, q - p);
    std::array<char, 32> buf{};
    const std::string_view name = ProgramName(w, buf);
    if (RuleFor(name) || name == "echo" || name == "printf") return true;
    const size_t eq = w.find('=');
    const bool assignment = eq != std::string_view::npos && eq > 0 && w[0] != '-';
    if (!assignment && !IsWrapper(name)) return false;
    p = q;
    while (p < n && IsBlank(line[p])) ++p;
    if (IsWrapper(name)) {
      // The wrapper's own options (and their arguments), as ProgramWord skips them.
      auto next_word = [&] {
        while (p < n && !IsBlank(line[p])) ++p;
        while (p < n && IsBlank(line[p])) ++p;
      };
      while (p < n && line[p] == '-') {
        const size_t o = p;
        next_word();
        std::string_view opt = line.substr(o, p - o);
        while (!opt.empty() && IsBlank(opt.back())) opt.remove_suffix(1);
        if (WrapperOptionTakesArgument(name, opt)) next_word();
      }
      if (name == "timeout") next_word();  // the duration
    }
  }
  return false;
}

void CommandLineSecrets(std::string_view line, std::vector<SecretSpan>* out) {
  const size_t prompt = PromptEnd(line);
  std::vector<SecretSpan> found;
  CommandParser(line.substr(prompt), &found).Run();
  for (SecretSpan s : found)
    out->push_back({static_cast<uint32_t>(s.start + prompt), static_cast<uint32_t>(s.end + prompt)});
  std::sort(out->begin(), out->end(),
            [](SecretSpan a, SecretSpan b) { return a.start < b.start; });
}

}  // namespace piguard::detail
