// DICOM header dumps in text inputs, as DCMTK's dcmdump and similar tools print them:
//
//     (0010,0010) PN [WANG^FANG=王^芳]                       #  18, 1 PatientName
//     (0010,0030) DA [19800101]                               #   8, 1 PatientBirthDate
//
// Each element's value gets the element's keyword as its field name ("PatientName",
// "PatientBirthDate"), as a CSV cell gets its column's name; a person name's alphabetic and
// ideographic forms ("WANG^FANG=王^芳") are two values.
#pragma once

#include <string_view>
#include <vector>

namespace piguard::formats {

struct DicomValue {
  size_t start;  // the value, inside the brackets
  size_t end;
  std::string_view keyword;  // the element's keyword after '#', or "" when the line has none
  // The value representation is PN (Person Name): whatever the keyword ("PatientName",
  // "RequestingPhysician", "PerformingPhysicianName"), the value is a person's name.
  bool person_name = false;
};

// Whether the line starting at `line` is a dump's element line: "(gggg,eeee) VR " with four
// hex digits in each group and a two-letter value representation.
bool IsDicomElementLine(std::string_view text, size_t line);

// The values of the element line text[line, eol): one, or two for a person name written in
// two forms ('=' between them), or none when the value is not in brackets (a sequence, an
// empty or binary value).
void DicomValues(std::string_view text, size_t line, size_t eol, std::vector<DicomValue>* out);

}  // namespace piguard::formats
