// RTF documents (.rtf, and RTF saved under a .doc name): what Word, WordPad and many office
// systems export. Their Chinese text is not in the file as text: Word writes each character
// as \uNNNN (with a fallback byte after it), or as the bytes of the document's code page
// (\ansicpg936: GBK) escaped as \'hh, so a name or an address is invisible to a scan of the
// file as it is. RtfText renders a document as plain text while it is read: groups and
// control words followed, \u and \'hh decoded (GBK for code page 936, Windows-1252 otherwise),
// \par and \line as line breaks, tables as a .docx table is (formats/table_text.h: a form's
// rows as "姓名：李秀英　性别：女", a list as a pipe table whose header names the columns),
// and the destinations that hold no text (font, colour and style tables, pictures,
// embedded objects, binary data, themes, revision tables) left out. Headers, footers, notes,
// comments (Word's \*\annotation, each on a line of its own where it is anchored; not its
// author) and the document's properties (title, author) are text and are kept.
// Offsets of findings refer to the rendered text.
#pragma once

#include <memory>
#include <string_view>

#include "formats/byte_source.h"
#include "formats/office.h"

namespace piguard::formats {

// Whether `head` starts an RTF document ("{\rtf").
bool LooksLikeRtf(std::string_view head);

// The text of the RTF document read from `raw` (its bytes from the start); `name` is used in
// messages. A group nested deeper than 1,000 levels, or a document cut inside a group, is an
// error of the source after the text before it.
std::unique_ptr<ByteSource> RtfText(std::unique_ptr<ByteSource> raw, std::string name,
                                    FieldNamePredicate is_field_name);

}  // namespace piguard::formats
