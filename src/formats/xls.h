// Excel 97-2003 workbooks (.xls) and WPS spreadsheets (.et): BIFF records inside an OLE2
// compound file, still how many operators' older customer lists and exports are kept. Read
// with FreeXL (Debian's libfreexl), which decodes the workbook's code page (GBK files
// included) to UTF-8 and shows dates as dates. Each worksheet is rendered as CSV exactly as
// an .xlsx worksheet is (formats/office.h): one line per row, so a finding's line is the
// Excel row, and one field per column, so the header row names the columns.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "formats/office.h"

namespace piguard::formats {

// Whether `head` starts with an OLE2 compound file's signature (D0 CF 11 E0 A1 B1 1A E1): the
// container of Office 97-2003 files, .msg mail and password-protected .xlsx/.docx.
bool IsCompoundFile(std::string_view head);

// The worksheets of the .xls file at `path`, in the workbook's order. An empty list with an
// OK status when the file is no OLE2 compound file (it is then read as text); an error names
// the file and what is wrong (damaged, password-protected, too large). FreeXL reads the whole
// workbook when it is opened, so files above 512 MiB are refused.
//
// FreeXL runs in a child process (fork), which sends the rendered worksheets through a pipe:
// a crafted file that crashes it (fuzzing found one that writes outside a stack buffer) ends
// the child, and the file or worksheet is reported as an error ("FreeXL stopped with signal
// 11 ...") while the scan goes on. The child has a time and CPU limit of ten minutes.
Result<std::vector<OfficePart>> OpenXls(const std::string& path);

// The same for a workbook in memory (tests, fuzzing): FreeXL reads only files, so the bytes
// are written to a temporary file first. `name` is used in messages.
Result<std::vector<OfficePart>> OpenXlsBytes(std::string_view bytes, const std::string& name);

// Test hook: when set, the child process crashes (SIGSEGV) before it reads anything, so that
// a test can see the parent report it. Set it only while no scan is running.
extern bool g_crash_xls_reader_for_testing;
// Test hook: when set, the child sends a frame no child would (a 2 GiB sheet name) and waits,
// so that a test can see the parent refuse it, end the child and report it.
extern bool g_xls_reader_sends_nonsense_for_testing;

}  // namespace piguard::formats
