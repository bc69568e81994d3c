#!/usr/bin/python3
"""`piguard scan` on packet captures: a SIP INVITE, a RADIUS accounting request with 3GPP
vendor attributes, a GTPv2 Create Session Request (IMSI, MSISDN and MEI as TBCD elements) and
an HTTP request, each packet's bytes laid out here by hand as the RFCs and 3GPP TS 29.274
give them, written to pcap and pcapng by Wireshark's text2pcap and merged by mergecap (tools
independent of piguard, which reads the captures through tshark). Checks: each identifier is
found under the dissector's field name, on the packet's row; the capture under another name,
in a tar.gz and on standard input; a cut capture gives the packets before the damage and an
error (exit status 2); redact says it does not rewrite captures."""
import os
import struct
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from script_util import TempDirTest, run_piguard, scan_values  # noqa: E402

SIP = ("INVITE sip:13912345678@ims.mnc000.mcc460.3gppnetwork.org SIP/2.0\r\n"
       "Via: SIP/2.0/UDP 10.10.1.2:5060;branch=z9hG4bK776asdhds\r\n"
       "From: \"王小明\" <sip:+8613800138000@ims.mnc000.mcc460.3gppnetwork.org>;tag=1928301774\r\n"
       "To: <sip:13912345678@ims.mnc000.mcc460.3gppnetwork.org>\r\n"
       "Call-ID: a84b4c76e66710@10.10.1.2\r\n"
       "CSeq: 314159 INVITE\r\n"
       "P-Access-Network-Info: 3GPP-E-UTRAN-FDD; utran-cell-id-3gpp=460006372AC01B82\r\n"
       "Content-Length: 0\r\n\r\n").encode("utf-8")

HTTP = ("GET /api/v1/user?msisdn=15012345678&email=li.na%40example.com HTTP/1.1\r\n"
        "Host: crm.example.com\r\n\r\n").encode()


def tbcd(digits):
    """3GPP TS 29.274's TBCD: two digits a byte, the first in the low nibble, F filling."""
    if len(digits) % 2:
        digits += "F"
    return bytes(int(digits[i + 1], 16) << 4 | int(digits[i], 16) for i in range(0, len(digits), 2))


def radius():
    """An Accounting-Request (RFC 2866): user name, calling station, framed address, and the
    3GPP vendor attributes IMSI and IMEISV (TS 29.061)."""
    def avp(t, v):
        return bytes([t, len(v) + 2]) + v

    def vsa(vendor_type, v):
        return avp(26, struct.pack(">I", 10415) + bytes([vendor_type, len(v) + 2]) + v)

    avps = (avp(1, b"13700001111@cmnet") + avp(31, b"8613800138000") +
            avp(8, bytes([100, 64, 1, 2])) + vsa(1, b"460001234567890") +
            vsa(20, b"3542893279864701"))
    return bytes([4, 7]) + struct.pack(">H", 20 + len(avps)) + b"\0" * 16 + avps


def gtpv2():
    """A Create Session Request (TS 29.274): IMSI, MSISDN and MEI information elements."""
    def ie(t, v):
        return bytes([t]) + struct.pack(">H", len(v)) + b"\0" + v

    ies = (ie(1, tbcd("460110069901481")) + ie(76, tbcd("8618612345678")) +
           ie(75, tbcd("490154203237518")))
    body = struct.pack(">I", 0) + b"\x00\x00\x01\x00"  # TEID, sequence number, spare
    return bytes([0x48, 32]) + struct.pack(">H", len(body) + len(ies)) + body + ies


# (row, type, field, value) of the merged capture: SIP, RADIUS, GTPv2, HTTP in that order.
WANT = sorted([
    (2, "PERSON_NAME", "sip.display.info", "王小明"),
    (2, "PHONE_NUMBER", "e164.msisdn", "8613800138000"),
    (2, "PHONE_NUMBER", "sip.from.user", "+8613800138000"),
    (2, "PHONE_NUMBER", "sip.to.user", "13912345678"),
    (2, "CELL_ID", "sip.P-Access-Network-Info", "460006372AC01B82"),
    (3, "IMSI_ID", "e212.imsi", "460001234567890"),
    (3, "IMSI_ID", "e212.assoc.imsi", "460001234567890"),
    (3, "PHONE_NUMBER", "radius.User_Name", "13700001111"),
    (3, "PHONE_NUMBER", "radius.Calling_Station_Id", "8613800138000"),
    (3, "IP_ADDRESS", "radius.Framed-IP-Address", "100.64.1.2"),
    (3, "IMEI_HARDWARE_ID", "radius.3GPP_IMEISV", "3542893279864701"),
    (4, "IMSI_ID", "e212.imsi", "460110069901481"),
    (4, "IMSI_ID", "e212.assoc.imsi", "460110069901481"),
    (4, "PHONE_NUMBER", "e164.msisdn", "8618612345678"),
    (4, "IMEI_HARDWARE_ID", "gtpv2.mei", "490154203237518"),
    (5, "PHONE_NUMBER", "http.request.full_uri", "15012345678"),
    (5, "EMAIL_ADDRESS", "http.request.full_uri", "li.na%40example.com"),
])


run = run_piguard


def scan(path, *extra, stdin=None):
    """scan_values without the packets' own IP addresses (ip.src, ip.dst)."""
    return scan_values(path, *extra, stdin=stdin, skip_fields=("ip.src", "ip.dst"))


class PcapTest(TempDirTest):
    def capture(self, name, pcapng=False):
        """The four packets merged into one capture at self.path(name)."""
        parts = []
        for i, (data, transport) in enumerate([
                (SIP, ["-u", "5060,5060"]), (radius(), ["-u", "50000,1813"]),
                (gtpv2(), ["-u", "2123,2123"]), (HTTP, ["-T", "50000,80"])]):
            dump = self.path("p%d.txt" % i)
            with open(dump, "w") as f:
                for k in range(0, len(data), 16):
                    f.write("%06x %s\n" % (k, " ".join("%02x" % b for b in data[k:k + 16])))
            out = self.path("p%d.pcap" % i)
            subprocess.run(["text2pcap", "-q", *(["-n"] if pcapng else []), *transport,
                            "-t", "%H:%M:%S.", dump, out], check=True, timeout=60)
            parts.append(out)
        path = self.path(name)
        # -a: the packets in the order given (they have no timestamps of their own).
        subprocess.run(["mergecap", "-a", *(["-F", "pcapng"] if pcapng else ["-F", "pcap"]),
                        "-w", path, *parts], check=True, timeout=60)
        return path

    def test_identifiers_are_found_under_their_fields(self):
        for name, pcapng in (("trace.pcap", False), ("trace.pcapng", True)):
            with self.subTest(capture=name):
                path = self.capture(name, pcapng)
                code, got, err = scan(path)
                self.assertEqual((code, err), (1, ""))
                self.assertEqual(got, [("",) + w for w in WANT])
        code, out, err = run("scan", path)
        self.assertIn("trace.pcapng  [tsv, 5 lines", out)
        self.assertIn("e212.imsi", out)

    def test_by_content_in_archives_and_on_stdin(self):
        path = self.capture("trace.pcap")
        self.assert_read_by_content(path, [("",) + w for w in WANT], "2026-12/s1-mme.pcap",
                                    scan=scan)

    def test_cut_capture_and_redact(self):
        path = self.capture("trace.pcap")
        with open(path, "rb") as f:
            data = f.read()
        cut = self.path("cut.pcap")
        with open(cut, "wb") as f:
            f.write(data[:-20])  # inside the last packet (HTTP)
        code, got, err = scan(cut)
        self.assertEqual(code, 2, err)
        self.assertEqual(got, [("",) + w for w in WANT if w[0] < 5])
        self.assertIn(cut + ": tshark cannot read it (damaged or cut short; exit status 2); the "
                      "packets before that were scanned", err)
        self.assertNotIn("1391234", err)
        self.assert_redact_skips(path, "a packet capture; redact does not rewrite it")


if __name__ == "__main__":
    unittest.main()
