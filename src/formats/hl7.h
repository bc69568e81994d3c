// HL7 version 2 messages in text inputs (hospital information systems, lab and insurance
// interfaces): segments such as
//
//     PID|1||MZ2024051803130^^^HIS^PI||顾^晓怡^^^^^L||20000104|F|||浙江省杭州市...^^杭州市
//
// put PI in fields whose meaning is fixed by the standard (PID-5 the patient's name, PID-7
// the birth date, PID-11 the address ...) and name none of them. The fields get those
// meanings as field names ("patient_name", "birth_date"), as a CSV cell gets its column's
// name, and a composite value is cut to the part that holds the PI (a name's family and
// given name, an address's street line, a doctor's name after the doctor's number).
#pragma once

#include <string_view>
#include <vector>

namespace piguard::formats {

// Whether the line starting at `line` is an HL7 segment of the kinds Hl7Fields maps: a
// segment ID (MSH, PID, NK1, PV1, IN1, GT1, OBX, ORC, OBR, EVN, PD1, DG1 ...) then '|'.
bool IsHl7Segment(std::string_view text, size_t line);

struct Hl7Field {
  size_t start;            // the part of the field that holds the value (see above)
  size_t end;
  std::string_view name;   // its meaning ("patient_name"), or "" for a field with none
  bool whole_value;        // the meaning claims the whole value (a name, a date, a street)
};

// The fields of the segment line text[line, eol) (eol at '\r', '\n' or the end), in order,
// non-empty ones only. Fields without a meaning of their own are listed with an empty name:
// they are scanned as text.
void Hl7Fields(std::string_view text, size_t line, size_t eol, std::vector<Hl7Field>* out);

}  // namespace piguard::formats
