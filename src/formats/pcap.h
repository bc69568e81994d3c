// Packet captures (.pcap, .pcapng): the signalling traces an operator's network and support
// teams keep, full of subscribers' identities. Read by `tshark` from Debian's tshark
// (Wireshark's dissectors), run as a converter (formats/converter.h), with name resolution
// off (no DNS look-ups of the capture's addresses). Each packet is one row of a TSV table
// whose columns are the dissected fields that carry subscriber identifiers (kPcapFields in
// pcap.cc): IMSI, MSISDN and IMEI wherever the dissectors put them (e212.imsi, e164.msisdn,
// gsm_a.imei, nas_eps.emm.imei, gtpv2.mei), Diameter and RADIUS subscription ids, user names
// and framed addresses, SIP users, display names and cell ids, SMS text and addresses, HTTP
// URIs, cookies, authorization and bodies, JSON strings, DNS names, cell identities, and the
// packets' IP addresses. The header row names the fields, so each value is weighed as its
// field says; a field that occurs several times in a packet is one cell, its values joined
// by ",". A packet's row is its line minus one (frame.number is the first column).
//
// Not read: fields outside that list (the payloads of protocols Wireshark does not dissect,
// media), and the link layer's MAC addresses (the network's own equipment in a core capture).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "formats/byte_source.h"
#include "piguard/status.h"

namespace piguard::formats {

// Whether `head` starts like a pcap file (either byte order, micro- or nanosecond) or a
// pcapng file (its section header block).
bool LooksLikePcap(std::string_view head);

// The capture at `path` as TSV rows of identifier fields. Reading fails, naming the file, when
// tshark is missing or cannot read it (damaged, cut short: after the packets before).
Result<std::unique_ptr<ByteSource>> OpenPcap(const std::string& path);

// The same for a capture in memory (an archive's member, standard input).
Result<std::unique_ptr<ByteSource>> OpenPcapBytes(std::string_view bytes, const std::string& name);

}  // namespace piguard::formats
