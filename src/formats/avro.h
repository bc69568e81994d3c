// Avro object container files (Apache Avro's data files): what Kafka Connect's HDFS and S3
// sinks, Flume, Hive's AvroSerDe and Spark write events and tables as. Read by `avrocat` from
// Debian's avro-bin (Apache Avro's C library), run as a converter (formats/converter.h): a
// file that crashes it ends only the child. Each record is one line of JSON in Avro's JSON
// encoding, read as JSON Lines, so a record's field names are its values' JSON paths
// (`$.subscriber.msisdn`; a union's branch is a key of its own, `{"string": "1391..."}`,
// which the scanner looks through).
//
// Every codec avro-c has is read (null, deflate, snappy, lzma). A "bytes" or "fixed" value is
// shown as avrocat gives it: up to its first NUL byte.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "formats/byte_source.h"
#include "piguard/status.h"

namespace piguard::formats {

// Whether `head` starts with an Avro object container file's magic ("Obj" 0x01).
bool LooksLikeAvro(std::string_view head);

// The records of the Avro file at `path` as JSON Lines. Reading fails, naming the file, when
// avrocat is missing or cannot read the file (damaged, cut short: after the records before
// the damage were read).
Result<std::unique_ptr<ByteSource>> OpenAvro(const std::string& path);

// The same for a file in memory (an archive's member, standard input).
Result<std::unique_ptr<ByteSource>> OpenAvroBytes(std::string_view bytes, const std::string& name);

}  // namespace piguard::formats
