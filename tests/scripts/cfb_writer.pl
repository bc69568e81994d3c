#!/usr/bin/perl
# Writes an OLE2 compound file with the given streams, with OLE::Storage_Lite (Debian's
# libole-storage-lite-perl): an independent writer for the tests of piguard's own compound-file
# reader (src/formats/cfb.cc). Streams under 4096 bytes go to the mini stream, larger ones to
# regular sectors; a file above 6.8 MiB needs allocation-table sectors listed outside the
# header (DIFAT).
#
# Usage: cfb_writer.pl OUT NAME=FILE...   (the stream NAME, UTF-8, gets the bytes of FILE; a
#        NAME with '/' in it is a stream inside storages, "ObjectPool/_1/Package", made as
#        needed; an argument NAME/ instead makes an empty storage NAME)
use strict;
use warnings;
use Encode qw(decode encode);
use OLE::Storage_Lite;

my $out = shift @ARGV or die "usage: cfb_writer.pl OUT NAME=FILE...\n";
sub ucs { return encode('UTF-16LE', decode('UTF-8', $_[0])); }

# The storage tree: each node {children => [names in order], nodes => {name => node},
# data => bytes (streams)}.
my $root = { children => [], nodes => {} };
sub node_at {
  my ($parent, $name, $data) = @_;
  if (!exists $parent->{nodes}{$name}) {
    push @{ $parent->{children} }, $name;
    $parent->{nodes}{$name} = defined $data ? { data => $data } : { children => [], nodes => {} };
  }
  return $parent->{nodes}{$name};
}
for my $arg (@ARGV) {
  if ($arg =~ m{^(.+)/$}) {
    my $at = $root;
    $at = node_at($at, $_) for split m{/}, $1;
    next;
  }
  my ($name, $file) = split /=/, $arg, 2;
  open(my $fh, '<:raw', $file) or die "cannot read $file\n";
  my $data = do { local $/; <$fh> };
  close $fh;
  my @path = split m{/}, $name;
  my $leaf = pop @path;
  my $at = $root;
  $at = node_at($at, $_) for @path;
  node_at($at, $leaf, $data);
}
sub build {
  my ($node) = @_;
  my @pps;
  for my $name (@{ $node->{children} }) {
    my $child = $node->{nodes}{$name};
    if (exists $child->{data}) {
      push @pps, OLE::Storage_Lite::PPS::File->new(ucs($name), $child->{data});
    } else {
      push @pps, OLE::Storage_Lite::PPS::Dir->new(ucs($name), undef, undef, build($child));
    }
  }
  return \@pps;
}
OLE::Storage_Lite::PPS::Root->new(undef, undef, build($root))->save($out)
  or die "cannot write $out\n";
