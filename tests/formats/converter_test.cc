// Converters (formats/converter.h) with sh as the program: the output is read as it comes;
// how the child ended becomes the input's error after its text (an exit status, a missing
// program); a converter whose standard error counts (avrocat's way of saying a file is cut)
// fails when anything was written there, and only then; the same for a file in memory.
#include "formats/converter.h"

#include <gtest/gtest.h>

#include <string>

namespace piguard::formats {
namespace {

// What the source gives, then "ERROR <message>" if it ends with an error.
std::string ReadAll(Result<std::unique_ptr<ByteSource>> source) {
  if (!source.ok()) return "OPEN " + source.status().message();
  std::string text;
  char buf[3];
  while (true) {
    auto r = source.value()->Read(buf, sizeof buf);
    if (!r.ok()) return text + "ERROR " + r.status().message();
    if (r.value() == 0) return text;
    text.append(buf, r.value());
  }
}

// sh -c SCRIPT sh FILE: the script sees the file as $1.
Converter Shell(std::string script) {
  return Converter{.program = "sh", .args = {"-c", std::move(script), "sh"}, .package = "dash",
                   .files = "test files"};
}

TEST(ConverterTest, OutputThenHowTheChildEnded) {
  EXPECT_EQ(ReadAll(RunConverter(Shell("printf '13912345678\\n'; echo warning >&2"), "a.x")),
            "13912345678\n");
  Converter failing = Shell("printf 'before\\n'; exit 3");
  EXPECT_EQ(ReadAll(RunConverter(failing, "a.x")),
            "before\nERROR a.x: sh cannot read it (damaged, or encrypted with a password; exit "
            "status 3)");
  failing.exit_message = [](int status) { return "said " + std::to_string(status); };
  EXPECT_EQ(ReadAll(RunConverter(failing, "a.x")), "before\nERROR a.x: said 3");
  Converter missing{.program = "piguard-no-such-converter", .package = "nothing",
                    .files = "test files"};
  EXPECT_EQ(ReadAll(RunConverter(missing, "a.x")),
            "ERROR a.x: piguard-no-such-converter is not installed; install Debian's nothing to "
            "scan test files");
}

TEST(ConverterTest, StandardErrorFailsOnlyWhenItCounts) {
  Converter c = Shell("cat \"$1\"; [ -n \"$(cat \"$1\" | grep cut)\" ] && echo 'Error: cut' >&2; "
                      "exit 0");
  c.error_output = "cannot read it to its end";
  EXPECT_EQ(ReadAll(RunConverterOnBytes(c, "whole 13912345678\n", "m.x")), "whole 13912345678\n");
  EXPECT_EQ(ReadAll(RunConverterOnBytes(c, "cut 13912345678\n", "m.x")),
            "cut 13912345678\nERROR m.x: cannot read it to its end");
  // What the program wrote is not in the message.
  EXPECT_EQ(ReadAll(RunConverterOnBytes(c, "cut\n", "m.x")).find("Error: cut"), std::string::npos);
}

}  // namespace
}  // namespace piguard::formats
