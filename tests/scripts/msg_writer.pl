#!/usr/bin/perl
# Writes an Outlook message (.msg: MAPI properties in an OLE2 compound file, MS-OXMSG) for the
# tests, with OLE::Storage_Lite (Debian's libole-storage-lite-perl). Outlook itself cannot run
# here and no Debian package writes .msg files; the layout follows MS-OXMSG: string
# properties as __substg1.0_XXXX001F streams in UTF-16LE, binary ones as ...0102, fixed-size
# ones in a __properties_version1.0 stream, one storage per recipient and per attachment.
#
# Usage: msg_writer.pl OUT.msg < message.json
#   {"subject": "...", "from_name": "...", "from": "a@b", "to_name": "...", "to": "c@d",
#    "body": "...", "attachments": [{"name": "x.csv", "mime": "text/csv", "data_hex": "..."}]}
use strict;
use warnings;
use Encode qw(encode);
use JSON::PP;
use OLE::Storage_Lite;

my $m = decode_json(do { local $/; <STDIN> });

sub name { return OLE::Storage_Lite::Asc2Ucs(shift); }
sub text_prop {
  my ($id, $value) = @_;
  return OLE::Storage_Lite::PPS::File->new(name("__substg1.0_${id}001F"), encode("UTF-16LE", $value));
}
sub binary_prop {
  my ($id, $value) = @_;
  return OLE::Storage_Lite::PPS::File->new(name("__substg1.0_${id}0102"), $value);
}
# A fixed-size property stream: a header (8 bytes for recipients and attachments, 32 for the
# message), then 16 bytes per property: type, id, flags, value.
sub properties {
  my ($header, @longs) = @_;
  my $data = "\0" x $header;
  while (my ($id, $value) = splice @longs, 0, 2) {
    $data .= pack("vvVVV", 0x0003, $id, 6, $value, 0);
  }
  return OLE::Storage_Lite::PPS::File->new(name("__properties_version1.0"), $data);
}

my @top = (properties(32));
push @top, text_prop("0037", $m->{subject}) if defined $m->{subject};
push @top, text_prop("0C1A", $m->{from_name}) if defined $m->{from_name};
push @top, text_prop("0C1F", $m->{from}) if defined $m->{from};
push @top, text_prop("0E04", $m->{to_name}) if defined $m->{to_name};
push @top, text_prop("1000", $m->{body}) if defined $m->{body};
if (defined $m->{to}) {
  push @top, OLE::Storage_Lite::PPS::Dir->new(name("__recip_version1.0_#00000000"), undef, undef, [
    properties(8, 0x0C15, 1),  # PR_RECIPIENT_TYPE: To
    text_prop("3001", $m->{to_name} // $m->{to}), text_prop("39FE", $m->{to}),
    text_prop("3003", $m->{to})]);
}
my $n = 0;
for my $a (@{ $m->{attachments} // [] }) {
  push @top, OLE::Storage_Lite::PPS::Dir->new(name(sprintf("__attach_version1.0_#%08X", $n++)), undef, undef, [
    properties(8, 0x3705, 1),  # PR_ATTACH_METHOD: by value
    text_prop("3707", $a->{name}), text_prop("3704", $a->{name}), text_prop("370E", $a->{mime}),
    binary_prop("3701", pack("H*", $a->{data_hex}))]);
}
my $root = OLE::Storage_Lite::PPS::Root->new(undef, undef, \@top);
$root->save($ARGV[0]) or die "cannot write $ARGV[0]\n";
