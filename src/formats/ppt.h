// PowerPoint 97-2003 presentations (.ppt, .pps, .pot) and WPS Presentation files (.dps,
// .dpt), which use the same format: records ([MS-PPT]) in the "PowerPoint Document" stream of
// an OLE2 compound file (formats/cfb.h). Operators' older case reviews and training decks are
// kept this way, and catppt, the one Debian tool for them, reads no deck LibreOffice or WPS
// wrote.
//
// The deck is read as PowerPoint reads it: the "Current User" stream gives the last edit,
// whose chain of edits gives where each slide's newest version is stored; the document lists
// the slides in the deck's order. Each slide is a part ("deck.ppt!slide3") with the text of
// its shapes and text boxes (a line per paragraph and per line break), the placeholder text
// PowerPoint keeps in the document's slide list, its tables as a document's tables are
// (formats/table_text.h: a list's header names its columns), and its comments;
// then its speaker notes, when they have text ("deck.ppt!notes3"), as the .pptx reader gives
// them. Master slides (template text) are not read.
//
// A deck whose edit chain cannot be followed (damaged, or written by a tool that left it out)
// is still read: every slide and notes page in the order they are stored, followed by an
// error part that says why (exit status 2, nothing lost). A password-protected deck is an
// error that says so.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/office.h"
#include "piguard/status.h"

namespace piguard::formats {

struct PptPart {
  std::string label;  // "slide1", "notes1"
  std::string text;   // UTF-8, a line per paragraph
};

struct PptDeck {
  std::vector<PptPart> parts;
  // The deck's embedded OLE objects (ExOleObjStg records, decompressed): each a compound file
  // of its own (an embedded workbook, a packaged file; formats/ole_object.h), the newest
  // version of each, in the order of their persist ids.
  struct Object {
    std::string bytes;
    Status error;  // why it cannot be read (damaged compressed data, over the size limit)
  };
  std::vector<Object> objects;
  Status error;  // what could not be read; the parts are what could
};

// The deck rendered from its two streams (tests and fuzzing call this directly).
// `current_user` is nullopt when the file has no such stream. `name` is used in messages.
// `is_field_name` decides whether a table is a form or a list (formats/table_text.h); when
// null, tables are read box by box.
PptDeck RenderPptStreams(std::string_view document, std::optional<std::string_view> current_user,
                         const std::string& name, FieldNamePredicate is_field_name);

// The parts of the presentation at `path` (its slides and notes, then its embedded objects as
// parts marked `embedded`, labelled "object1", "object2" ...): an empty list with an OK status when it is no
// OLE2 compound file (then it is read as what it is); an error names the file and what is
// wrong (no PowerPoint stream, password-protected, damaged container).
Result<std::vector<OfficePart>> OpenPpt(const std::string& path, FieldNamePredicate is_field_name);
// The same for a presentation in memory; `name` is used in messages.
Result<std::vector<OfficePart>> OpenPptBytes(std::string_view bytes, const std::string& name,
                                             FieldNamePredicate is_field_name);

}  // namespace piguard::formats
