#include "formats/avro.h"

#include "formats/converter.h"

namespace piguard::formats {
namespace {

const Converter& Avrocat() {
  static const Converter c{
      .program = "avrocat",
      .args = {},
      .args_after = {},
      .package = "avro-bin",
      .files = "Avro files",
      .exit_message = [](int status) -> std::string {
        return "avrocat cannot read it (damaged or cut short, or a codec it lacks; exit status " +
               std::to_string(status) + "); the records before that were scanned";
      },
      .no_text = "",  // a file of no records is no error
      // avrocat reports a block it cannot read on standard error and exits 0.
      .error_output = "avrocat cannot read it to its end (damaged or cut short); the records "
                      "before that were scanned"};
  return c;
}

}  // namespace

bool LooksLikeAvro(std::string_view head) {
  return head.size() >= 4 && head.substr(0, 4) == std::string_view("Obj\x01", 4);
}

Result<std::unique_ptr<ByteSource>> OpenAvro(const std::string& path) {
  return RunConverter(Avrocat(), path);
}

Result<std::unique_ptr<ByteSource>> OpenAvroBytes(std::string_view bytes, const std::string& name) {
  return RunConverterOnBytes(Avrocat(), bytes, name);
}

}  // namespace piguard::formats
