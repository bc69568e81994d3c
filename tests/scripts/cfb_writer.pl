#!/usr/bin/perl
# Writes an OLE2 compound file whose root holds the given streams, with OLE::Storage_Lite
# (Debian's libole-storage-lite-perl): an independent writer for the tests of piguard's own
# compound-file reader (src/formats/cfb.cc). Streams under 4096 bytes go to the mini stream,
# larger ones to regular sectors; a file above 6.8 MiB needs allocation-table sectors listed
# outside the header (DIFAT).
#
# Usage: cfb_writer.pl OUT NAME=FILE...   (the stream NAME, UTF-8, gets the bytes of FILE;
#        an argument NAME/ instead makes an empty storage NAME)
use strict;
use warnings;
use Encode qw(decode encode);
use OLE::Storage_Lite;

my $out = shift @ARGV or die "usage: cfb_writer.pl OUT NAME=FILE...\n";
my @streams;
for my $arg (@ARGV) {
  if ($arg =~ m{^(.+)/$}) {
    push @streams, OLE::Storage_Lite::PPS::Dir->new(encode('UTF-16LE', decode('UTF-8', $1)),
                                                     undef, undef, []);
    next;
  }
  my ($name, $file) = split /=/, $arg, 2;
  open(my $fh, '<:raw', $file) or die "cannot read $file\n";
  my $data = do { local $/; <$fh> };
  close $fh;
  push @streams, OLE::Storage_Lite::PPS::File->new(encode('UTF-16LE', decode('UTF-8', $name)), $data);
}
my $root = OLE::Storage_Lite::PPS::Root->new(undef, undef, \@streams);
$root->save($out) or die "cannot write $out\n";
