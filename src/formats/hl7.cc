#include "formats/hl7.h"

#include <string_view>

namespace piguard::formats {
namespace {

// How a field's value holds its PI (HL7 data types).
enum class Kind {
  kName,     // XPN: family^given^...: the family and given name
  kDoctor,   // XCN: id^family^given^...: the name after the number
  kAddress,  // XAD: street^other^city^province^postcode...: the street line, where Chinese
             // systems put the whole address
  kDate,     // DT/TS: the date (a time may follow)
  kText,     // anything else with a meaning: the whole field, as text (phones, free text)
};

struct FieldMeaning {
  std::string_view segment;
  int field;  // 1-based, as the standard numbers them (for MSH, off by one: never listed)
  std::string_view name;
  Kind kind;
};

// The fields of HL7 v2.3-2.5 that hold a person's PI, with names the field classifier reads.
constexpr FieldMeaning kMeanings[] = {
    {"PID", 5, "patient_name", Kind::kName},
    {"PID", 6, "mother_maiden_name", Kind::kName},
    {"PID", 7, "birth_date", Kind::kDate},
    {"PID", 9, "patient_alias_name", Kind::kName},
    {"PID", 11, "patient_address", Kind::kAddress},
    {"PID", 13, "home_phone", Kind::kText},
    {"PID", 14, "business_phone", Kind::kText},
    {"NK1", 2, "contact_name", Kind::kName},
    {"NK1", 4, "contact_address", Kind::kAddress},
    {"NK1", 5, "contact_phone", Kind::kText},
    {"NK1", 6, "contact_business_phone", Kind::kText},
    {"NK1", 30, "contact_person_name", Kind::kName},
    {"NK1", 31, "contact_person_phone", Kind::kText},
    {"NK1", 32, "contact_person_address", Kind::kAddress},
    {"PV1", 7, "attending_doctor", Kind::kDoctor},
    {"PV1", 8, "referring_doctor", Kind::kDoctor},
    {"PV1", 9, "consulting_doctor", Kind::kDoctor},
    {"PV1", 17, "admitting_doctor", Kind::kDoctor},
    {"IN1", 16, "insured_name", Kind::kName},
    {"IN1", 18, "insured_birth_date", Kind::kDate},
    {"IN1", 19, "insured_address", Kind::kAddress},
    {"GT1", 3, "guarantor_name", Kind::kName},
    {"GT1", 5, "guarantor_address", Kind::kAddress},
    {"GT1", 6, "guarantor_phone", Kind::kText},
    {"GT1", 8, "guarantor_birth_date", Kind::kDate},
    {"OBX", 16, "responsible_observer_doctor", Kind::kDoctor},
    {"ORC", 10, "entered_by_clerk", Kind::kDoctor},
    {"ORC", 12, "ordering_doctor", Kind::kDoctor},
    {"OBR", 16, "ordering_doctor", Kind::kDoctor},
    {"OBR", 32, "result_interpreter_doctor", Kind::kDoctor},
    {"PD1", 4, "primary_care_doctor", Kind::kDoctor},
};

constexpr std::string_view kSegments[] = {"MSH", "PID", "NK1", "PV1", "PV2", "IN1", "IN2", "GT1",
                                          "OBX", "ORC", "OBR", "EVN", "PD1", "DG1", "AL1",
                                          "NTE", "MRG", "FHS", "BHS", "FTS", "BTS", "MSA"};

// The end of component `k` (0-based) of text[s, e), components split at '^'; `*cs` gets its
// start. e when the field has fewer components.
size_t Component(std::string_view text, size_t s, size_t e, int k, size_t* cs) {
  size_t p = s;
  for (int c = 0; c < k && p < e; ++c) {
    while (p < e && text[p] != '^') ++p;
    if (p < e) ++p;  // past the '^'
  }
  *cs = p;
  size_t q = p;
  while (q < e && text[q] != '^') ++q;
  return q;
}

// The text of field `want` (1-based) of the segment line[.., eol), or "".
std::string_view FieldText(std::string_view text, size_t line, size_t eol, int want) {
  size_t p = line + 4;
  for (int field = 1; p <= eol; ++field) {
    size_t e = p;
    while (e < eol && text[e] != '|') ++e;
    if (field == want) return text.substr(p, e - p);
    p = e + 1;
  }
  return {};
}

// HL7 table 0063, the insured's or a contact's relationship to the patient (SEL, SPO, CHD ...).
bool IsRelationshipCode(std::string_view v) {
  static constexpr std::string_view kCodes[] = {
      "SEL", "SPO", "DOM", "CHD", "GCH", "NCH", "SCH", "FCH", "DEP", "WRD", "PAR", "MTH", "FTH",
      "CGV", "GRD", "GRP", "EXF", "SIB", "BRO", "SIS", "FND", "OAD", "EME", "EMR", "ASC", "EMC",
      "OWN", "TRA", "MGR", "NON", "UNK", "OTH"};
  const std::string_view code = v.substr(0, v.find('^'));
  for (std::string_view c : kCodes)
    if (code == c) return true;
  return false;
}

}  // namespace

bool IsHl7Segment(std::string_view text, size_t line) {
  if (line + 4 > text.size() || text[line + 3] != '|') return false;
  const std::string_view id = text.substr(line, 3);
  for (std::string_view s : kSegments)
    if (id == s) return true;
  return false;
}

void Hl7Fields(std::string_view text, size_t line, size_t eol, std::vector<Hl7Field>* out) {
  out->clear();
  const std::string_view segment = text.substr(line, 3);
  const bool msh = segment == "MSH";
  // IN1-17 is the insured's relationship to the patient, between the name (16) and the birth
  // date (18). Some HIS exports write the three one field early (the name in 15, SEL in 16):
  // where the relationship code stands in 16 and not in 17, the fields are read so.
  int shift = 0;
  if (segment == "IN1" && IsRelationshipCode(FieldText(text, line, eol, 16)) &&
      !IsRelationshipCode(FieldText(text, line, eol, 17)))
    shift = 1;
  size_t p = line + 4;  // after "XXX|"
  for (int field = 1; p <= eol; ++field) {
    size_t e = p;
    while (e < eol && text[e] != '|') ++e;
    // MSH-2 (the encoding characters) holds a '\' and no PI: skipped with the header.
    if (e > p && !(msh && field <= 2)) {
      const FieldMeaning* meaning = nullptr;
      for (const FieldMeaning& m : kMeanings)
        if (m.field == field + shift && m.segment == segment) meaning = &m;
      if (!meaning) {
        out->push_back({p, e, {}, false});
      } else {
        // A repeated field ('~'): each repetition as the meaning describes it (a name in
        // characters, then in pinyin: 卢^涵平^^^^^L~LU^HANPING^^^^^A).
        for (size_t rs = p; rs < e;) {
          size_t re = rs;
          while (re < e && text[re] != '~') ++re;
          size_t vs = rs, ve = re;
          switch (meaning->kind) {
            case Kind::kName: {  // family^given
              size_t cs = 0;
              const size_t family_end = Component(text, rs, re, 0, &cs);
              size_t gs = 0;
              const size_t given_end = Component(text, rs, re, 1, &gs);
              ve = given_end > gs ? given_end : family_end;
              break;
            }
            case Kind::kDoctor: {  // id^family^given
              size_t fs = 0;
              const size_t family_end = Component(text, rs, re, 1, &fs);
              size_t gs = 0;
              const size_t given_end = Component(text, rs, re, 2, &gs);
              vs = fs;
              ve = given_end > gs ? given_end : family_end;
              break;
            }
            case Kind::kAddress:
            case Kind::kDate: {
              size_t cs = 0;
              ve = Component(text, rs, re, 0, &cs);
              break;
            }
            case Kind::kText:
              break;
          }
          // The doctor's number before the name, and what follows the value, as text.
          if (vs > rs) out->push_back({rs, vs, {}, false});
          if (ve > vs) out->push_back({vs, ve, meaning->name, meaning->kind != Kind::kText});
          if (ve < re) out->push_back({ve, re, {}, false});
          rs = re + 1;
        }
      }
    }
    p = e + 1;
  }
}

}  // namespace piguard::formats
