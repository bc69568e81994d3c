// OLE objects: what Office stores for an object embedded in a document or workbook
// (word/embeddings/oleObject1.bin, xl/embeddings/..., ppt/embeddings/...): a compound file
// (formats/cfb.h) whose streams hold the object. Three kinds carry a file piguard reads:
//   - "\x01Ole10Native": a file packaged with its name by Windows' Object Packager (a .csv,
//     .txt or .pdf inserted with Insert > Object > Create from file) — [MS-OLEDS] 2.3.6
//     OLENativeStream, with the Packager's layout of the native data;
//   - "Package": an Office Open XML file (an embedded .xlsx, .docx or .pptx) as it is;
//   - "CONTENTS": the file of some servers (Acrobat's PDF objects).
// An embedded Excel or Word 97-2003 object is a workbook or document itself (its Workbook or
// WordDocument stream) and is read as one, not unwrapped here.
//
// Word and Excel 97-2003 files keep their OLE objects as storages inside their own compound
// file (Word under "ObjectPool", Excel as "MBD..." storages under the root); StorageObjectParts
// gives each as a compound file of its own, which is then read as any embedded OLE object.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/cfb.h"
#include "formats/office.h"
#include "piguard/status.h"

namespace piguard::formats {

struct EmbeddedFile {
  std::string name;   // the packaged file's name (Ole10Native; a base name), else empty
  std::string bytes;  // the file
};

// The file inside the OLE object `bytes` (a compound file), or nullopt when it carries none of
// the three kinds above (an equation, a drawing, a workbook or document of its own). An error,
// naming `shown`, when the compound file or the stream cannot be read, when the stream is
// larger than max_bytes, or when a packaged file's header is damaged.
Result<std::optional<EmbeddedFile>> OleObjectFile(std::string_view bytes, const std::string& shown,
                                                  uint64_t max_bytes);

// The packaged file of an "\x01Ole10Native" stream; nullopt when its header does not parse.
// The name is the Unicode label when the stream has one (after the data), else the ANSI label
// (UTF-8 when it is valid UTF-8, else GBK as Chinese Windows writes it), cut to its base name;
// empty when there is none.
std::optional<EmbeddedFile> ParseOle10Native(std::string_view stream);

// Opens the bytes of the file again (a file by its path, bytes in memory), for each part.
using ReopenBytes = std::function<Result<std::unique_ptr<RandomAccessBytes>>()>;

// The OLE objects kept as the storages under `container` of `cf` ("ObjectPool" for Word; ""
// with `prefix` "MBD" for Excel: the root's storages whose names start so), in the order of
// their names: parts marked `embedded`, labelled "object1", "object2" ..., whose bytes are the whole
// file with the object's storage as its root (CompoundFile::StorageAsRoot), read from
// `reopen()` as the part is read. None when there is no such storage.
std::vector<OfficePart> StorageObjectParts(const CompoundFile& cf, std::string_view container,
                                           std::string_view prefix, const ReopenBytes& reopen);

}  // namespace piguard::formats
