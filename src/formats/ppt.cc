#include "formats/ppt.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <unordered_map>

#include <zlib.h>

#include "core/utf8.h"
#include "formats/byte_source.h"
#include "formats/cfb.h"
#include "formats/table_text.h"
#include "formats/zip_xml.h"

namespace piguard::formats {

namespace {

// zlib data `in` inflated into *out, at most `max` bytes of it: false when it is damaged,
// cut short or inflates to more. The output grows as it comes, not by a size the file claims.
bool Inflate(std::string_view in, uint64_t max, std::string* out) {
  z_stream z{};
  if (inflateInit(&z) != Z_OK) return false;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(std::min<size_t>(in.size(), UINT32_MAX));
  char buf[1 << 16];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    const size_t got = sizeof buf - z.avail_out;
    if (got > max - out->size()) {
      rc = Z_DATA_ERROR;
      break;
    }
    out->append(buf, got);
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;  // cut short
  }
  inflateEnd(&z);
  return rc == Z_STREAM_END;
}

// Record types ([MS-PPT] 2.13.24) piguard reads.
enum RecordType : uint16_t {
  kDocument = 0x03E8,
  kSlide = 0x03EE,
  kSlideAtom = 0x03EF,
  kNotes = 0x03F0,
  kSlidePersistAtom = 0x03F3,
  kMainMaster = 0x03F8,
  kTextCharsAtom = 0x0FA0,
  kTextBytesAtom = 0x0FA8,
  kCString = 0x0FBA,
  kSlideListWithText = 0x0FF0,
  kUserEditAtom = 0x0FF5,
  kCurrentUserAtom = 0x0FF6,
  kExOleObjStg = 0x1011,
  kPersistDirectoryAtom = 0x1772,
  kComment10 = 0x2EE0,
  // OfficeArt records of a slide's drawing ([MS-ODRAW]).
  kGroupShape = 0xF003,
  kShape = 0xF004,
  kClientTextbox = 0xF00D,
  kChildAnchor = 0xF00F,
};

constexpr uint32_t kHeaderToken = 0xE391C05F;           // CurrentUserAtom: not encrypted
constexpr uint32_t kEncryptedHeaderToken = 0xF3D1C4DF;  // CurrentUserAtom: encrypted
constexpr size_t kMaxDepth = 64;         // containers inside containers (a few in real decks)
constexpr size_t kMaxEdits = 1u << 16;   // incremental saves in one file
constexpr size_t kMaxSlides = 1u << 16;
// The stream read into memory; a deck's text and drawing records are a few MB (pictures are
// in a stream of their own).
constexpr uint64_t kMaxDocumentStream = uint64_t{256} << 20;
// The embedded objects of one deck, decompressed, together (what a member of an archive may be).
constexpr uint64_t kMaxObjectBytes = uint64_t{256} << 20;

uint16_t U16(std::string_view s, size_t i) {
  return static_cast<uint16_t>(static_cast<unsigned char>(s[i]) |
                               (static_cast<unsigned char>(s[i + 1]) << 8));
}
uint32_t U32(std::string_view s, size_t i) { return U16(s, i) | (uint32_t{U16(s, i + 2)} << 16); }

// A record: its 8-byte header and where its body is in the stream.
struct Record {
  uint16_t version = 0;   // 0xF for a container
  uint16_t instance = 0;
  uint16_t type = 0;
  size_t body = 0;        // offset of the body
  size_t length = 0;      // of the body
  size_t end() const { return body + length; }
  bool container() const { return version == 0xF; }
};

// The record at `offset` if its header and body lie before `limit`.
std::optional<Record> RecordAt(std::string_view s, size_t offset, size_t limit) {
  if (offset > limit || limit - offset < 8 || limit > s.size()) return std::nullopt;
  Record r;
  const uint16_t vi = U16(s, offset);
  r.version = vi & 0xF;
  r.instance = static_cast<uint16_t>(vi >> 4);
  r.type = U16(s, offset + 2);
  r.body = offset + 8;
  r.length = U32(s, offset + 4);
  if (r.length > limit - r.body) return std::nullopt;
  return r;
}

// Text of a TextCharsAtom (UTF-16LE) or TextBytesAtom (the low bytes of UTF-16 code units) as
// UTF-8 lines: paragraph ends (CR) and line breaks (VT) end a line, tabs stay, other control
// characters are blanks.
void AppendText(std::string_view body, bool bytes, std::string* out) {
  const size_t start = out->size();
  auto put = [&](uint32_t u) {
    if (u == '\r' || u == 0x0B) u = '\n';
    else if (u < 0x20 && u != '\t') u = ' ';
    utf8::Append(out, u);
  };
  if (bytes) {
    for (char c : body) put(static_cast<unsigned char>(c));
  } else {
    const size_t units = body.size() / 2;
    for (size_t i = 0; i < units; ++i) {
      uint32_t u = U16(body, 2 * i);
      if (u >= 0xD800 && u <= 0xDBFF && i + 1 < units) {
        const uint32_t low = U16(body, 2 * i + 2);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
          ++i;
        }
      }
      if (u >= 0xD800 && u <= 0xDFFF) u = 0xFFFD;
      put(u);
    }
  }
  if (out->size() > start && out->back() != '\n') out->push_back('\n');
}

// Calls f on each record directly inside [begin, limit), in order; returns where the walk
// stopped (`limit` unless a record runs past it).
template <typename F>
size_t ForEachRecord(std::string_view s, size_t begin, size_t limit, F f) {
  size_t off = begin;
  while (std::optional<Record> r = RecordAt(s, off, limit)) {
    f(*r, off);
    off = r->end();
  }
  return off;
}

class Renderer {
 public:
  Renderer(std::string_view doc, std::string name, FieldNamePredicate is_field_name)
      : doc_(doc), name_(std::move(name)), is_field_name_(std::move(is_field_name)) {
    // A reused container cannot make the text much larger than the stream that holds it.
    budget_ = 2 * doc.size() + (1u << 20);
  }

  PptDeck Render(std::optional<std::string_view> current_user) {
    PptDeck deck;
    if (current_user) {
      auto token = CurrentUserToken(*current_user);
      if (token && *token == kEncryptedHeaderToken) {
        deck.error = DataLoss(name_ + ": a password-protected (encrypted) presentation; remove "
                                      "the password to scan it");
        return deck;
      }
    }
    Status structure = ReadPersistDirectory(current_user);
    std::optional<Record> document;
    if (structure.ok()) {
      document = PersistRecord(doc_persist_, kDocument);
      if (!document) structure = Damaged("the document record its last edit names is missing");
    }
    if (structure.ok()) {
      RenderInDeckOrder(*document, &deck);
      CollectObjectsInPersistOrder(&deck);
    } else {
      RenderInStoredOrder(&deck);
      CollectObjectsInStoredOrder(&deck);
      deck.error = DataLoss(structure.message() + "; the slides were read in the order they are "
                                                  "stored");
    }
    if (deck.error.ok() && !error_.ok()) deck.error = error_;
    return deck;
  }

 private:
  Status Damaged(const std::string& what) const {
    return DataLoss(name_ + ": damaged PowerPoint presentation (" + what + ")");
  }
  void NoteError(const std::string& what) {
    if (error_.ok()) error_ = Damaged(what);
  }

  std::optional<uint32_t> CurrentUserToken(std::string_view cu) const {
    auto r = RecordAt(cu, 0, cu.size());
    if (!r || r->type != kCurrentUserAtom || r->length < 12) return std::nullopt;
    return U32(cu, r->body + 4);
  }

  // Fills persist_ (persist id -> stream offset, the newest edit's) and doc_persist_ from the
  // chain of edits, newest first.
  Status ReadPersistDirectory(std::optional<std::string_view> current_user) {
    std::optional<size_t> edit;
    if (current_user) {
      auto r = RecordAt(*current_user, 0, current_user->size());
      if (r && r->type == kCurrentUserAtom && r->length >= 12 &&
          U32(*current_user, r->body + 4) == kHeaderToken)
        edit = U32(*current_user, r->body + 8);
    }
    if (!edit) {
      // No usable Current User stream: the last edit record stored at the top level.
      ForEachRecord(doc_, 0, doc_.size(), [&](const Record& r, size_t off) {
        if (r.type == kUserEditAtom) edit = off;
      });
      if (!edit) return Damaged("no usable Current User stream and no edit record");
    }
    std::set<size_t> seen;
    bool newest = true;
    while (true) {
      if (!seen.insert(*edit).second || seen.size() > kMaxEdits)
        return Damaged("its chain of edits loops");
      auto r = RecordAt(doc_, *edit, doc_.size());
      if (!r || r->type != kUserEditAtom || r->length < 28)
        return Damaged("no edit record where one should be, at byte " + std::to_string(*edit));
      const uint32_t last_edit = U32(doc_, r->body + 8);
      const uint32_t directory = U32(doc_, r->body + 12);
      if (newest) doc_persist_ = U32(doc_, r->body + 16);
      newest = false;
      if (Status s = ReadDirectory(directory); !s.ok()) return s;
      if (last_edit == 0) return Status::Ok();
      edit = last_edit;
    }
  }

  Status ReadDirectory(size_t offset) {
    auto r = RecordAt(doc_, offset, doc_.size());
    if (!r || r->type != kPersistDirectoryAtom)
      return Damaged("no persist directory at byte " + std::to_string(offset));
    for (size_t i = r->body; i + 4 <= r->end();) {
      const uint32_t word = U32(doc_, i);
      const uint32_t first = word & 0xFFFFF;
      const uint32_t count = word >> 20;
      i += 4;
      for (uint32_t k = 0; k < count && i + 4 <= r->end(); ++k, i += 4)
        persist_.emplace(first + k, U32(doc_, i));  // an older edit does not replace a newer
    }
    return Status::Ok();
  }

  std::optional<Record> PersistRecord(uint32_t id, uint16_t type) const {
    auto at = persist_.find(id);
    if (at == persist_.end()) return std::nullopt;
    auto r = RecordAt(doc_, at->second, doc_.size());
    if (!r || r->type != type) return std::nullopt;
    return r;
  }

  // One entry of a slide list: the slide (or notes page) and the text PowerPoint keeps for its
  // placeholders right after it.
  struct ListedSlide {
    uint32_t persist = 0;
    uint32_t id = 0;
    std::string text;
  };

  std::vector<ListedSlide> SlideList(const Record& document, uint16_t instance) {
    std::vector<ListedSlide> list;
    bool full = false;
    ForEachRecord(doc_, document.body, document.end(), [&](const Record& r, size_t) {
      if (r.type != kSlideListWithText || r.instance != instance || !r.container()) return;
      ForEachRecord(doc_, r.body, r.end(), [&](const Record& a, size_t) {
        if (a.type == kSlidePersistAtom && a.length >= 16) {
          if (list.size() >= kMaxSlides) {
            if (!full) NoteError("more than " + std::to_string(kMaxSlides) + " slides");
            full = true;
            return;
          }
          list.push_back({U32(doc_, a.body), U32(doc_, a.body + 12), {}});
        } else if (!list.empty() && !full &&
                   (a.type == kTextCharsAtom || a.type == kTextBytesAtom)) {
          AppendText(doc_.substr(a.body, a.length), a.type == kTextBytesAtom, &list.back().text);
        }
      });
    });
    return list;
  }

  // The text of every text atom and comment inside `r`, in stored order.
  void CollectText(const Record& r, size_t depth, std::string* out) {
    if (depth > kMaxDepth) {
      NoteError("records nested deeper than " + std::to_string(kMaxDepth));
      return;
    }
    const size_t stopped = ForEachRecord(doc_, r.body, r.end(), [&](const Record& c, size_t) {
      if (c.type == kTextCharsAtom || c.type == kTextBytesAtom) {
        AppendText(doc_.substr(c.body, c.length), c.type == kTextBytesAtom, out);
      } else if (c.type == kCString && r.type == kComment10 && c.instance == 1) {
        AppendText(doc_.substr(c.body, c.length), false, out);  // the comment's text
      } else if (c.type == kGroupShape && is_field_name_ && TableText(c, depth + 1, out)) {
        // a table, rendered as a document's table is
      } else if (c.container()) {
        CollectText(c, depth + 1, out);
      }
    });
    if (stopped != r.end()) NoteError("a record runs past the end of the one that holds it");
  }

  // A table: PowerPoint and LibreOffice store it as a group of text boxes, one per cell, each
  // with its place in the group (its child anchor). When a group's text boxes fill a grid of
  // at least two rows and two columns exactly, each box in its own cell, the grid is
  // rendered by the shared table writer (formats/table_text.h), so that a list's header names
  // its columns as in a .pptx table; false for any other group (merged cells included), whose
  // text boxes are then read one after the other.
  bool TableText(const Record& group, size_t depth, std::string* out) {
    struct Cell {
      int32_t top, left;
      std::string text;
    };
    std::vector<Cell> cells;
    bool grid = depth <= kMaxDepth;
    ForEachRecord(doc_, group.body, group.end(), [&](const Record& shape, size_t) {
      if (!grid || shape.type == kGroupShape) grid = false;  // groups in groups: no table
      if (!grid || shape.type != kShape) return;
      std::optional<std::pair<int32_t, int32_t>> anchor;  // top, left
      std::optional<Record> textbox;
      ForEachRecord(doc_, shape.body, shape.end(), [&](const Record& a, size_t) {
        if (a.type == kChildAnchor && a.length >= 16)
          anchor = {static_cast<int32_t>(U32(doc_, a.body + 4)), static_cast<int32_t>(U32(doc_, a.body))};
        else if (a.type == kClientTextbox && a.container())
          textbox = a;
      });
      if (!textbox) return;  // the group's own shape, a border line
      if (!anchor) {
        grid = false;
        return;
      }
      std::string text;
      CollectText(*textbox, depth + 1, &text);
      cells.push_back({anchor->first, anchor->second, std::move(text)});
    });
    if (!grid || cells.size() < 4) return false;
    std::vector<int32_t> tops, lefts;
    for (const Cell& c : cells) {
      tops.push_back(c.top);
      lefts.push_back(c.left);
    }
    for (auto* v : {&tops, &lefts}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    if (tops.size() < 2 || lefts.size() < 2 || tops.size() * lefts.size() != cells.size())
      return false;
    std::vector<std::vector<std::string>> rows(tops.size(), std::vector<std::string>(lefts.size()));
    std::vector<bool> filled(cells.size(), false);
    for (Cell& c : cells) {
      const size_t r = static_cast<size_t>(std::lower_bound(tops.begin(), tops.end(), c.top) - tops.begin());
      const size_t k = static_cast<size_t>(std::lower_bound(lefts.begin(), lefts.end(), c.left) - lefts.begin());
      if (filled[r * lefts.size() + k]) return false;  // two boxes in one cell
      filled[r * lefts.size() + k] = true;
      // A cell's paragraphs are one line of the table.
      std::string& cell = rows[r][k];
      for (char ch : c.text) cell.push_back(ch == '\n' || ch == '\t' ? ' ' : ch);
      const size_t first = cell.find_first_not_of(' ');
      cell.erase(0, first == std::string::npos ? cell.size() : first);
      while (!cell.empty() && cell.back() == ' ') cell.pop_back();
    }
    formats::TableText table(is_field_name_);
    table.Begin();
    for (auto& row : rows) table.Row(std::move(row), out);
    table.End(out);
    return true;
  }

  // Appends a part unless the text budget is spent.
  void AddPart(PptDeck* deck, std::string label, std::string text) {
    if (text.size() > budget_) {
      NoteError("its slides give more text than the file holds (records used again and again)");
      budget_ = 0;
      return;
    }
    budget_ -= text.size();
    deck->parts.push_back({std::move(label), std::move(text)});
  }

  void RenderInDeckOrder(const Record& document, PptDeck* deck) {
    std::vector<ListedSlide> slides = SlideList(document, 0);
    std::unordered_map<uint32_t, ListedSlide> notes;  // by notes id
    for (ListedSlide& n : SlideList(document, 2)) notes.emplace(n.id, std::move(n));
    for (size_t k = 0; k < slides.size(); ++k) {
      const std::string number = std::to_string(k + 1);
      std::string text = std::move(slides[k].text);
      uint32_t notes_id = 0;
      if (auto slide = PersistRecord(slides[k].persist, kSlide)) {
        CollectText(*slide, 0, &text);
        if (auto atom = RecordAt(doc_, slide->body, slide->end());
            atom && atom->type == kSlideAtom && atom->length >= 20)
          notes_id = U32(doc_, atom->body + 16);
      } else {
        NoteError("slide " + number + " is missing");
      }
      AddPart(deck, "slide" + number, std::move(text));
      auto n = notes.find(notes_id);
      if (notes_id == 0 || n == notes.end()) continue;
      std::string notes_text = std::move(n->second.text);
      if (auto page = PersistRecord(n->second.persist, kNotes)) CollectText(*page, 0, &notes_text);
      if (notes_text.find_first_not_of(" \t\n") != std::string::npos)
        AddPart(deck, "notes" + number, std::move(notes_text));
    }
  }

  // Without the edit chain: every slide and notes page at the top level, in stored order
  // (an older version of an edited slide included: its text is in the file too).
  void RenderInStoredOrder(PptDeck* deck) {
    size_t slides = 0, pages = 0;
    ForEachRecord(doc_, 0, doc_.size(), [&](const Record& r, size_t) {
      if (r.type != kSlide && r.type != kNotes) return;
      std::string text;
      CollectText(r, 0, &text);
      if (r.type == kSlide) AddPart(deck, "slide" + std::to_string(++slides), std::move(text));
      else if (text.find_first_not_of(" \t\n") != std::string::npos)
        AddPart(deck, "notes" + std::to_string(++pages), std::move(text));
    });
  }

  // Embedded objects: ExOleObjStg records, the storage of an OLE object as a compound file,
  // stored as it is (instance 0) or compressed with zlib behind its decompressed size
  // (instance 1). With the edit chain, the records its persist directory names (the newest
  // version of each object); without it, every one at the top level.
  void CollectObjectsInPersistOrder(PptDeck* deck) {
    std::map<uint32_t, uint32_t> by_id(persist_.begin(), persist_.end());
    for (const auto& [id, offset] : by_id) {
      auto r = RecordAt(doc_, offset, doc_.size());
      if (r && r->type == kExOleObjStg) AddObject(*r, deck);
    }
  }
  void CollectObjectsInStoredOrder(PptDeck* deck) {
    ForEachRecord(doc_, 0, doc_.size(), [&](const Record& r, size_t) {
      if (r.type == kExOleObjStg) AddObject(r, deck);
    });
  }
  void AddObject(const Record& r, PptDeck* deck) {
    std::string_view body = doc_.substr(r.body, r.end() - r.body);
    if (body.empty()) return;  // nothing embedded
    PptDeck::Object object;
    const std::string label = name_ + "!object" + std::to_string(deck->objects.size() + 1);
    const uint64_t left = kMaxObjectBytes - object_bytes_;
    const bool compressed = r.instance != 0;
    if (compressed && body.size() < 4) {
      object.error = DataLoss(label + ": the embedded object's record is cut short");
    } else if ((compressed ? U32(body, 0) : body.size()) > left) {
      object.error = DataLoss(label + ": not read: the deck's embedded objects are more than " +
                              std::to_string(kMaxObjectBytes >> 20) + " MiB");
    } else if (!compressed) {
      object.bytes = std::string(body);
    } else if (const uint32_t size = U32(body, 0);
               !Inflate(body.substr(4), size, &object.bytes) || object.bytes.size() != size) {
      object.bytes.clear();
      object.error = DataLoss(label + ": the embedded object's compressed data is damaged");
    }
    object_bytes_ += object.bytes.size();
    deck->objects.push_back(std::move(object));
  }

  std::string_view doc_;
  std::string name_;
  FieldNamePredicate is_field_name_;
  uint64_t object_bytes_ = 0;
  std::unordered_map<uint32_t, uint32_t> persist_;
  uint32_t doc_persist_ = 0;
  size_t budget_;
  Status error_;
};

Result<std::vector<OfficePart>> Parts(CompoundFile& cf, const std::string& name,
                                      FieldNamePredicate is_field_name) {
  if (!cf.HasStream("PowerPoint Document")) {
    if (cf.HasStream("EncryptedPackage"))
      return DataLoss(name + ": an encrypted (password-protected) Office file; remove the "
                             "password to scan it");
    return DataLoss(name + ": not a PowerPoint 97-2003 presentation (no \"PowerPoint "
                           "Document\" stream in the compound file)");
  }
  auto document = cf.ReadStream("PowerPoint Document", kMaxDocumentStream);
  if (!document.ok()) return document.status();
  if (!document.value())  // HasStream said yes; kept so a change there cannot read nothing
    return DataLoss(name + ": damaged OLE2 compound file (no \"PowerPoint Document\" stream)");
  auto current_user = cf.ReadStream("Current User", 1u << 20);
  std::optional<std::string_view> cu;
  if (current_user.ok() && current_user.value()) cu = *current_user.value();
  PptDeck deck = RenderPptStreams(*document.value(), cu, name, std::move(is_field_name));
  std::vector<OfficePart> parts;
  for (PptPart& p : deck.parts)
    parts.push_back({std::move(p.label), InputFormat::kText,
                     std::make_unique<BytesSource>(std::move(p.text))});
  // Embedded objects: read as files embedded in an Office Open XML deck are (an error in one
  // is the scan's warning about that object).
  for (size_t k = 0; k < deck.objects.size(); ++k) {
    PptDeck::Object& o = deck.objects[k];
    std::unique_ptr<ByteSource> source;
    if (o.error.ok()) source = std::make_unique<BytesSource>(std::move(o.bytes));
    else source = std::make_unique<FailedSource>(std::move(o.error));
    OfficePart object("object" + std::to_string(k + 1), InputFormat::kAuto, std::move(source));
    object.embedded = true;
    parts.push_back(std::move(object));
  }
  if (!deck.error.ok()) {
    if (parts.empty()) return deck.error;
    parts.push_back(zipxml::FailedPart("structure", deck.error));
  }
  return parts;
}

Result<std::vector<OfficePart>> Open(std::unique_ptr<RandomAccessBytes> bytes,
                                     const std::string& name, FieldNamePredicate is_field_name) {
  char head[8] = {};
  if (bytes->size() < 8 || !bytes->ReadAt(0, head, 8).ok() ||
      std::string_view(head, 8) != std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
    return std::vector<OfficePart>{};
  auto cf = CompoundFile::Open(std::move(bytes), name);
  if (!cf.ok()) return cf.status();
  return Parts(cf.value(), name, std::move(is_field_name));
}

}  // namespace

PptDeck RenderPptStreams(std::string_view document, std::optional<std::string_view> current_user,
                         const std::string& name, FieldNamePredicate is_field_name) {
  return Renderer(document, name, std::move(is_field_name)).Render(current_user);
}

Result<std::vector<OfficePart>> OpenPpt(const std::string& path, FieldNamePredicate is_field_name) {
  auto bytes = OpenRandomAccessFile(path);
  if (!bytes.ok()) return bytes.status();
  return Open(std::move(bytes).value(), path, std::move(is_field_name));
}

Result<std::vector<OfficePart>> OpenPptBytes(std::string_view bytes, const std::string& name,
                                             FieldNamePredicate is_field_name) {
  return Open(RandomAccessMemory(bytes), name, std::move(is_field_name));
}

}  // namespace piguard::formats
