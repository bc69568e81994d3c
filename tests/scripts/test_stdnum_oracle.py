#!/usr/bin/python3
"""Property test: piguard's validators against python3-stdnum as an independent oracle.

For each identifier kind, seeded random inputs (valid by construction, plain random, and
single-digit / transposition mutations of valid ones) go through piguard_validate_tool
($PIGUARD_VALIDATE) in one batch and through stdnum. Every disagreement must be one of the
documented, explained differences listed in DOCUMENTED below; anything else fails the test.

Run by ctest with Debian's /usr/bin/python3 (python3-stdnum is a Debian package).
"""

import collections
import os
import random
import subprocess
import sys

import stdnum
import stdnum.cn.ric
import stdnum.exceptions
import stdnum.imei
import stdnum.imsi
import stdnum.luhn
import stdnum.meid

SEED = 20240501
N = 4000  # inputs per generator family; the whole script runs in about a second

# MNCs of mainland operators under MCC 460 per ../shared/docs/mission.md:
# 00/02/04/07/08 China Mobile, 01/06/09 Unicom, 03/05/11 Telecom, 15 Broadnet, 20 Tietong.
MISSION_MNCS = {"00", "02", "04", "07", "08", "01", "06", "09", "03", "05", "11", "15", "20"}

# Differences between piguard and stdnum that are known and explained. Each key is the
# reason reported in the summary; the value says why the difference is acceptable.
DOCUMENTED = {
    "ric_birth_year_range":
        "piguard accepts birth years 1900..2030 only (an ID of a living person); stdnum "
        "accepts any calendar date, e.g. 1899-12-31 or year 0001.",
    "ric_region_by_province":
        "GB/T 2260 is evidence, not a gate (mission.md): piguard accepts a region code whose "
        "province is known (and the 81/82/83 residence-permit prefixes) even when the full "
        "6-digit code is in no table; stdnum requires the exact county code from its loc.dat "
        "(which also lacks province-level codes such as 110000).",
    "luhn_single_digit":
        "piguard's Luhn needs at least two digits (a lone check digit protects nothing); "
        "stdnum.luhn accepts '0'.",
    "imsi_mnc_13":
        "piguard accepts MNC 460-13 (a mainland MNC per the project brief); mission.md does "
        "not list it and stdnum's imsi.dat names no operator for it.",
    "meid_dec_region":
        "piguard's decimal MEID must carry a regional code its hex form could (A0-FF, or 99): "
        "the manufacturer code's top byte; stdnum.meid checks only the bit lengths.",
    "imsi_14_digits":
        "stdnum.imsi accepts 14-digit IMSIs; piguard's IsCnImsi requires the 15 digits that "
        "mainland operators issue.",
}


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


VALIDATE = os.environ.get("PIGUARD_VALIDATE")
if not VALIDATE or not os.access(VALIDATE, os.X_OK):
    fail("PIGUARD_VALIDATE must name the piguard_validate_tool binary (got %r)" % VALIDATE)


def piguard(kind, values):
    """Answers of piguard_validate_tool for `kind` on each value, as booleans."""
    data = "".join("%s %s\n" % (kind, v) for v in values)
    proc = subprocess.run([VALIDATE], input=data, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        fail("validate tool exited %d: %s" % (proc.returncode, proc.stderr.strip()))
    out = proc.stdout.split()
    if len(out) != len(values):
        fail("validate tool answered %d lines for %d inputs" % (len(out), len(values)))
    return [o == "1" for o in out]


rng = random.Random(SEED)


# stdnum's prefix-database lookups dominate the run time. Both depend only on a short prefix
# (GB/T 2260 region: the first 6 digits; IMSI: MCC + MNC, at most 6 digits), so memoize them
# per prefix; stdnum's own validate() logic still runs unchanged around the cached lookups.
def _memoize_birth_place(original):
    cache = {}

    def get_birth_place(number):
        key = stdnum.cn.ric.compact(number)[:6]
        if key not in cache:
            try:
                cache[key] = (True, original(number))
            except stdnum.exceptions.ValidationError as e:
                cache[key] = (False, e)
        ok, result = cache[key]
        if not ok:
            raise result
        return result

    return get_birth_place


def _memoize_imsi_split(original):
    cache = {}

    def split(number):
        number = stdnum.imsi.compact(number)
        key = number[:6]
        if key not in cache:
            cache[key] = [len(p) for p in original(number)[:-1]]
        parts, pos = [], 0
        for n in cache[key]:
            parts.append(number[pos:pos + n])
            pos += n
        return tuple(parts + [number[pos:]])

    return split


stdnum.cn.ric.get_birth_place = _memoize_birth_place(stdnum.cn.ric.get_birth_place)
stdnum.imsi.split = _memoize_imsi_split(stdnum.imsi.split)


def digits(n):
    return "%0*d" % (n, rng.randrange(10 ** n))


def mutate(value, alphabet="0123456789"):
    """One random edit: change one digit or swap two adjacent characters."""
    chars = list(value)
    i = rng.randrange(len(chars))
    if rng.random() < 0.5 and len(chars) > 1:
        j = i + 1 if i + 1 < len(chars) else i - 1
        chars[i], chars[j] = chars[j], chars[i]
    else:
        chars[i] = rng.choice([c for c in alphabet if c != chars[i]] or [chars[i]])
    return "".join(chars)


def with_luhn(payload):
    return payload + stdnum.luhn.calc_check_digit(payload)


class Comparison:
    """Counts agreements, documented differences and real disagreements for one kind."""

    def __init__(self, name):
        self.name = name
        self.compared = 0
        self.positives = 0
        self.documented = collections.Counter()
        self.disagreements = []

    def check(self, value, got, want, explain=None):
        self.compared += 1
        self.positives += bool(want)
        if got == want:
            return
        reason = explain(value, got, want) if explain else None
        if reason:
            assert reason in DOCUMENTED, reason
            self.documented[reason] += 1
        else:
            self.disagreements.append((value, got, want))

    def report(self):
        line = "%-22s %6d compared, %6d valid per oracle, %d disagreement(s)" % (
            self.name, self.compared, self.positives, len(self.disagreements))
        if self.documented:
            line += "; documented: " + ", ".join(
                "%s=%d" % kv for kv in sorted(self.documented.items()))
        print(line)
        for value, got, want in self.disagreements[:10]:
            print("    %s: piguard=%d stdnum=%d" % (value, got, want))
        return not self.disagreements


# ---------------------------------------------------------------------------------------
# Resident ID (GB 11643-1999) vs stdnum.cn.ric

def stdnum_region_codes():
    path = os.path.join(os.path.dirname(stdnum.__file__), "cn", "loc.dat")
    codes = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            code = line.split(" ", 1)[0]
            if len(code) == 6 and code.isdigit():
                codes.append(code)
    return codes


REGION_CODES = stdnum_region_codes()
REGION_SET = set(REGION_CODES)
PROVINCES = {c[:2] for c in REGION_CODES}


def ric_check(body17):
    # stdnum's calc_check_digit expects the whole number and ignores its last character.
    return stdnum.cn.ric.calc_check_digit(body17 + "0")


def random_date():
    year = rng.choice([rng.randint(1900, 2030)] * 8 + [rng.randint(1800, 2099)])
    month = rng.randint(1, 12)
    day = rng.randint(1, 31 if rng.random() < 0.2 else 28)
    if rng.random() < 0.1:
        month = rng.choice([0, 13, 2])
        day = rng.choice([29, 30, 0, 31])
    return "%04d%02d%02d" % (year, month, day)


def random_region():
    r = rng.random()
    if r < 0.7:
        return rng.choice(REGION_CODES)
    if r < 0.8:
        return rng.choice(sorted(PROVINCES)) + digits(4)
    if r < 0.9:
        return rng.choice(["81", "82", "83"]) + "0000"
    return digits(6)


def ric_inputs():
    values = []
    for _ in range(N):
        body = random_region() + random_date() + digits(3)
        valid = body + ric_check(body)
        values.append(valid)
        values.append(valid[:-1] + "x" if valid.endswith("X") else mutate(valid))
        values.append(digits(17) + rng.choice("0123456789Xx"))
    values.append("11010519491231002X")
    values.append("11010519491231002x")
    return values


def compare_ric():
    values = ric_inputs()
    checksum = Comparison("ric18_checksum")
    for v, got in zip(values, piguard("ric18_checksum", values)):
        want = len(v) == 18 and v[:17].isdigit() and ric_check(v[:17]) == v[17].upper()
        checksum.check(v, got, want)

    def explain(v, got, want):
        year = int(v[6:10])
        if want and not got and not 1900 <= year <= 2030:
            return "ric_birth_year_range"
        if got and not want and v[:6] not in REGION_SET and (
                v[:2] in PROVINCES or v[:2] in ("81", "82", "83")):
            # Only the region may differ: stdnum must accept the check and the date.
            try:
                stdnum.cn.ric.get_birth_date(v)
            except stdnum.exceptions.ValidationError:
                return None
            if ric_check(v[:17]) == v[17].upper() and 1900 <= year <= 2030:
                return "ric_region_by_province"
        return None

    full = Comparison("ric18")
    for v, got in zip(values, piguard("ric18", values)):
        full.check(v, got, stdnum.cn.ric.is_valid(v), explain)
    return [checksum, full]


# ---------------------------------------------------------------------------------------
# IMEI vs stdnum.imei, Luhn vs stdnum.luhn

IMEI_REPORTING_BODIES = {"00", "01", "10", "30", "33", "35", "44", "45", "49", "50", "51", "52",
                         "53", "54", "86", "91", "98", "99"}


def compare_imei():
    values = []
    for _ in range(N):
        body = rng.choice(["35", "86", "01", "99"]) + digits(12) if rng.random() < 0.5 \
            else digits(14)
        valid = with_luhn(body)
        values += [valid, mutate(valid), digits(15)]
    values.append("356938035643809")
    luhn_cmp = Comparison("imei_luhn")
    for v, got in zip(values, piguard("imei_luhn", values)):
        luhn_cmp.check(v, got, stdnum.imei.is_valid(v))
    # IsImei adds a reporting-body check that stdnum does not make: it must accept exactly the
    # stdnum-valid IMEIs whose first two digits are a reporting body in use.
    full = Comparison("imei")
    for v, got in zip(values, piguard("imei", values)):
        full.check(v, got, stdnum.imei.is_valid(v) and v[:2] in IMEI_REPORTING_BODIES)
    return [luhn_cmp, full]


def compare_luhn():
    values = []
    for _ in range(N):
        n = rng.randint(2, 25)
        valid = with_luhn(digits(n - 1))
        values += [valid, mutate(valid), digits(n)]
    values += ["0", "5", "00", "18", "79927398713", "12a4", "4111-1111"]
    cmp = Comparison("luhn")

    def explain(v, got, want):
        return "luhn_single_digit" if len(v) == 1 and want and not got else None

    for v, got in zip(values, piguard("luhn", values)):
        cmp.check(v, got, stdnum.luhn.is_valid(v), explain)
    return [cmp]


# ---------------------------------------------------------------------------------------
# IMSI vs stdnum.imsi on MCC 460

def compare_imsi():
    values = []
    for i in range(N):
        values.append("460%02d" % rng.randint(0, 99) + digits(10))
        values.append("460" + rng.choice(sorted(MISSION_MNCS | {"13"})) + digits(10))
        values.append(rng.choice(["310150", "454000", "466920", "440100", "461000", "450050"])
                      + digits(9))
        if i % 4 == 0:  # fully random: mostly unknown MCCs, each a slow stdnum lookup
            values.append(digits(15))
    for _ in range(N // 10):
        values.append("460" + rng.choice(sorted(MISSION_MNCS)) + digits(rng.choice([9, 11])))
    cmp = Comparison("imsi")

    def oracle(v):
        # Mainland China per stdnum: a valid IMSI whose MCC is 460 and whose MNC is one of the
        # mainland operators listed in mission.md (stdnum's split gives a 2-digit MNC).
        if not stdnum.imsi.is_valid(v):
            return False
        parts = stdnum.imsi.split(v)  # (mcc, mnc, msin) when stdnum knows the MNC split
        return len(parts) == 3 and parts[0] == "460" and parts[1] in MISSION_MNCS

    def explain(v, got, want):
        if got and not want and v[:5] == "46013" and len(v) == 15:
            return "imsi_mnc_13"
        if want and not got and len(v) == 14:
            return "imsi_14_digits"
        return None

    for v, got in zip(values, piguard("imsi", values)):
        cmp.check(v, got, oracle(v), explain)

    # The tables themselves: stdnum names an operator for exactly the mission's MNCs.
    tables = Comparison("imsi_mnc_table")
    for mnc in range(100):
        info = stdnum.imsi.info("460%02d1234567890" % mnc)
        stdnum_mainland = info.get("cc") == "cn" and bool(info.get("operator"))
        tables.check("460%02d" % mnc, "%02d" % mnc in MISSION_MNCS, stdnum_mainland)
    return [cmp, tables]


# ---------------------------------------------------------------------------------------
# Bank cards: the Luhn part of BankCardStrength

def compare_bankcards():
    values = []
    for _ in range(N):
        n = rng.randint(16, 19)
        up = with_luhn("62" + digits(n - 3))
        visa = with_luhn("4" + digits(rng.choice([12, 15, 18])))
        mc = with_luhn(str(rng.randint(51, 55)) + digits(13))
        values += [up, mutate(up), "62" + digits(n - 2), visa, mutate(visa), mc, mutate(mc),
                   digits(rng.randint(13, 19))]
    cmp = Comparison("bankcard_luhn")
    for v, got in zip(values, piguard("bankcard", values)):
        luhn_ok = stdnum.luhn.is_valid(v)
        if v[:2] == "62" and 16 <= len(v) <= 19:
            want = luhn_ok  # UnionPay: strength 2 exactly when Luhn holds
        elif v[0] == "4" and len(v) in (13, 16, 19):
            want = luhn_ok  # Visa
        elif 51 <= int(v[:2]) <= 55 and len(v) == 16:
            want = luhn_ok  # Mastercard
        else:
            # Other BINs: strength 2 is never given without Luhn.
            if got and not luhn_ok:
                cmp.check(v, got, False)
            continue
        cmp.check(v, got, want)
    return [cmp]


# ---------------------------------------------------------------------------------------
# MEID in decimal (18 digits) vs stdnum.meid

def compare_meid_decimal():
    values = []
    for _ in range(N):
        maker = rng.choice([rng.randrange(0xA0000000, 0x100000000),
                            rng.randrange(0x99000000, 0x9A000000), rng.randrange(1 << 32)])
        valid = "%010d%08d" % (maker, rng.randrange(1 << 24))
        values += [valid, mutate(valid), digits(18)]
    cmp = Comparison("meid_dec")

    def explain(v, got, want):
        top = int(v[:10]) >> 24
        if want and not got and not (top >= 0xA0 or top == 0x99):
            return "meid_dec_region"
        return None

    for v, got in zip(values, piguard("meid_dec", values)):
        cmp.check(v, got, stdnum.meid.is_valid(v), explain)
    return [cmp]


def main():
    results = []
    for compare in (compare_ric, compare_imei, compare_luhn, compare_imsi, compare_bankcards,
                    compare_meid_decimal):
        results += compare()
    print("piguard vs python-stdnum %s (seed %d)" % (stdnum.__version__, SEED))
    ok = True
    for r in results:
        ok = r.report() and ok
    used = {reason for r in results for reason in r.documented}
    for reason in sorted(used):
        print("  documented %s: %s" % (reason, DOCUMENTED[reason]))
    if not ok:
        fail("piguard and stdnum disagree (see above)")
    print("OK")


if __name__ == "__main__":
    main()
