#!/usr/bin/python3
"""A signalling capture for benchmarks: --packets packets, a quarter each of SIP INVITEs,
RADIUS accounting requests, GTPv2 Create Session Requests and HTTP requests (the packets of
tests/scripts/test_pcap.py, with each subscriber's identifiers varied), written by Wireshark's
text2pcap and merged by mergecap in turn.

    /usr/bin/python3 bench/gen_pcap.py --packets 20000 --out bench/data/signalling-20000.pcap
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "scripts"))
import test_pcap  # noqa: E402  (the packet builders)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--packets", type=int, default=20000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    per = args.packets // 4
    kinds = [
        (lambda m: test_pcap.SIP.replace(b"13912345678", m.encode()), ["-u", "5060,5060"]),
        (lambda m: test_pcap.radius().replace(b"13700001111", m.encode()), ["-u", "50000,1813"]),
        (lambda m: test_pcap.gtpv2().replace(test_pcap.tbcd("8618612345678"),
                                             test_pcap.tbcd("86" + m)), ["-u", "2123,2123"]),
        (lambda m: test_pcap.HTTP.replace(b"15012345678", m.encode()), ["-T", "50000,80"]),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        parts = []
        for i, (build, transport) in enumerate(kinds):
            dump = os.path.join(tmp, "%d.txt" % i)
            with open(dump, "w") as f:
                for _ in range(per):
                    data = build("1%d%09d" % (rng.choice([3, 5, 8]), rng.randrange(10**9)))
                    for k in range(0, len(data), 16):
                        f.write("%06x %s\n" % (k, " ".join("%02x" % b for b in data[k:k + 16])))
            out = os.path.join(tmp, "%d.pcap" % i)
            subprocess.run(["text2pcap", "-q", *transport, dump, out], check=True)
            parts.append(out)
        subprocess.run(["mergecap", "-F", "pcap", "-w", args.out, *parts], check=True)


if __name__ == "__main__":
    main()
