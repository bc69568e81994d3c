#include "formats/msg.h"

#include "formats/converter.h"
#include "formats/xls.h"

namespace piguard::formats {
namespace {

// Exit status 3: the module is missing; 4: the compound file has no MAPI properties (another
// OLE2 file under a .msg name, which the module would turn into an empty message); any other
// failure (a damaged file) is Perl's die, status 255. The output is the same for the same
// file, so that offsets do not move between runs: no Date of the conversion's time (only
// the message's own), fixed multipart boundaries, no generated Content-IDs (which also
// carry the host's name). Header values with other than ASCII are set again as encoded words
// (see msg.h); an attachment's name given in RFC 2231 form (name*=UTF-8''...) loses the
// transliterated ASCII copy Email::MIME adds beside it ("客户名单.csv" as "Ke Hu Ming Dan
// .csv"), which would read as a person's name in Latin letters.
constexpr const char* kScript = R"(use strict;
use warnings;
eval { require Email::Outlook::Message; require Email::Simple::Creator; 1 } or exit 3;
$SIG{__WARN__} = sub {};
my $tree = OLE::Storage_Lite->new($ARGV[0])->getPpsTree();
exit 4 unless $tree && grep {
  OLE::Storage_Lite::Ucs2Asc($_->{Name}) =~ /^__(?:substg1\.0_|properties_version1\.0)/
} @{ $tree->{Child} || [] };
{ no warnings 'redefine'; *Email::Simple::Creator::_date_header = sub { undef }; }
my $mail = Email::Outlook::Message->new($ARGV[0])->to_email_mime;
$mail->header_raw_set('Date') unless length($mail->header_raw('Date') // '');
my $n = 0;
$mail->walk_parts(sub {
  my $part = shift;
  $part->boundary_set('=_piguard_' . $n++) if ($part->content_type // '') =~ m{^multipart/}i;
  $part->header_raw_set('Content-ID');
  for my $name ($part->header_names) {
    my @values = $part->header_raw($name);
    $part->header_str_set($name => @values) if grep { /[^\x00-\x7f]/ } @values;
  }
  for my $name ('Content-Type', 'Content-Disposition') {
    my $value = $part->header_raw($name);
    next unless defined $value && $value =~ /\b(?:file)?name\*(?:\d+\*?)?=/;
    $value =~ s/;\s*((?:file)?name)="[^"]*"//g;
    $part->header_raw_set($name => $value);
  }
});
binmode STDOUT;
print $mail->as_string;
)";

const Converter& OutlookMessage() {
  static const Converter c{
      .program = "perl",
      .display = "perl (Email::Outlook::Message)",
      .args = {"-e", kScript},
      .args_after = {},
      .package = "perl",
      .files = "Outlook messages",
      .exit_message = [](int status) -> std::string {
        if (status == 3)
          return "the Perl module Email::Outlook::Message is not installed; install Debian's "
                 "libemail-outlook-message-perl to scan Outlook messages";
        if (status == 4)
          return "it has none of an Outlook message's properties (cut short or damaged, or "
                 "another OLE2 file under a .msg name)";
        return "it cannot be read as an Outlook message (damaged; exit status " +
               std::to_string(status) + ")";
      },
      .no_text = "no message came out of it"};
  return c;
}

}  // namespace

Result<std::unique_ptr<ByteSource>> OpenMsg(const std::string& path) {
  auto head = ReadFileHead(path, 8);
  if (!head.ok()) return head.status();
  if (!IsCompoundFile(head.value())) return std::unique_ptr<ByteSource>();
  return RunConverter(OutlookMessage(), path);
}

Result<std::unique_ptr<ByteSource>> OpenMsgBytes(std::string_view bytes, const std::string& name) {
  if (!IsCompoundFile(bytes)) return std::unique_ptr<ByteSource>();
  return RunConverterOnBytes(OutlookMessage(), bytes, name);
}

}  // namespace piguard::formats
