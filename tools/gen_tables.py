#!/usr/bin/python3
"""Generate piguard's detector data tables (src/detect/tables.h) from Debian data.

Inputs (nothing third-party is committed to the repository):
  --loc      python3-stdnum's GB/T 2260 table, e.g.
             /usr/lib/python3/dist-packages/stdnum/cn/loc.dat
             lines: 110101 county="东城区" prefecture="市辖区" province="北京市"
  --geodata  python3-phonenumbers' geocoding directory, e.g.
             /usr/lib/python3/dist-packages/phonenumbers/geodata/
             data*.py files map prefixes ('86551', '861380000', ...) to places.
  --out      the C++ source file to write.

Only the Python standard library is used, and the phonenumbers package is not
imported: the data files are read as text. Must run with /usr/bin/python3.
"""

import argparse
import ast
import glob
import os
import re
import sys

# ---------------------------------------------------------------------------
# Regions (GB/T 2260)
# ---------------------------------------------------------------------------

# Names that are structural placeholders rather than real place names.
PLACEHOLDER_NAMES = frozenset({
    '市辖区',
    '县',
    '市',
    '省直辖县级行政区划',
    '自治区直辖县级行政区划',
    '省直辖行政单位',
})

_ATTR_RE = re.compile(r'(\w+)="([^"]*)"')
_LOC_LINE_RE = re.compile(r'^(\d{6})((?:\s+\w+="[^"]*")*)\s*$')


def _clean_name(name):
    name = name.strip()
    return '' if name in PLACEHOLDER_NAMES else name


def read_regions(path):
    """Return {code: (name, level)} built from loc.dat."""
    regions = {}
    order = []  # codes in first-seen order (only for diagnostics)

    def add(code, name, level):
        if code in regions:
            old_name, old_level = regions[code]
            if old_level != level:
                raise SystemExit('gen_tables: %s: code %06d seen with levels %d and %d'
                                 % (path, code, old_level, level))
            # First occurrence wins, but a real name beats an empty one.
            if not old_name and name:
                regions[code] = (name, level)
            return
        regions[code] = (name, level)
        order.append(code)

    with open(path, encoding='utf-8') as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith('#'):
                continue
            m = _LOC_LINE_RE.match(line)
            if not m:
                raise SystemExit('gen_tables: %s:%d: unparsable line: %r' % (path, lineno, line))
            code_s = m.group(1)
            attrs = dict(_ATTR_RE.findall(m.group(2)))
            county = _clean_name(attrs.get('county', ''))
            prefecture = _clean_name(attrs.get('prefecture', ''))
            province = _clean_name(attrs.get('province', ''))
            code = int(code_s)
            pref_code = int(code_s[:4] + '00')
            prov_code = int(code_s[:2] + '0000')
            if code == prov_code:
                add(code, province or county, 1)
                continue
            if code == pref_code:
                add(prov_code, province, 1)
                add(code, prefecture or county, 2)
                continue
            add(prov_code, province, 1)
            add(pref_code, prefecture, 2)
            add(code, county, 3)
    return regions


# Prefecture-level cities that loc.dat lacks. Dongguan and Zhongshan have no counties, so the
# table (which lists counties and takes prefectures from them) never names them, though their
# own codes are on every resident ID issued there; Danzhou became a prefecture-level city in
# 2015 (its old county-level code 469003 stays, as abolished codes do).
SUPPLEMENT_REGIONS = {
    441900: ('东莞市', 2),
    442000: ('中山市', 2),
    460400: ('儋州市', 2),
}


def add_supplement(regions):
    for code, (name, level) in SUPPLEMENT_REGIONS.items():
        regions.setdefault(code, (name, level))


def check_regions(regions):
    def expect(code, name, level):
        got = regions.get(code)
        if got != (name, level):
            raise SystemExit('gen_tables: sanity check failed: region %06d is %r, expected %r'
                             % (code, got, (name, level)))
    expect(110000, '北京市', 1)
    expect(430000, '湖南省', 1)
    expect(431100, '永州市', 2)
    expect(431124, '道县', 3)
    expect(222400, '延边朝鲜族自治州', 2)
    expect(110100, '', 2)   # 北京市 市辖区 placeholder
    expect(110103, '崇文区', 3)  # abolished in 2010, must still be present
    expect(441900, '东莞市', 2)  # the supplement
    provinces = [c for c, (_, lvl) in regions.items() if lvl == 1]
    if not 31 <= len(provinces) <= 34:
        raise SystemExit('gen_tables: unexpected province count %d' % len(provinces))
    if len(regions) < 3000:
        raise SystemExit('gen_tables: only %d regions, loc.dat looks truncated' % len(regions))


# ---------------------------------------------------------------------------
# Landline area codes (from libphonenumber geocoding data)
# ---------------------------------------------------------------------------

_GEO_KEY_RE = re.compile(r'''^\s*['"]86(\d+)['"]\s*:''', re.MULTILINE)
_FIXED_LINE_RE = re.compile(
    r'''fixed_line\s*=\s*PhoneNumberDesc\(\s*national_number_pattern\s*=\s*'''
    r'''((?:'(?:[^'\\]|\\.)*')|(?:"(?:[^"\\]|\\.)*"))''')

# Geocoding keys that cover a whole 0XY? block because only one code exists in
# it. Used only when phonenumbers' CN metadata (data/region_CN.py) is not
# available to resolve them; otherwise they serve as a cross-check.
KNOWN_AGGREGATES = {'33': 335, '34': 349, '58': 580, '70': 701}


def read_geodata_keys(geodir):
    files = sorted(glob.glob(os.path.join(geodir, '*.py')))
    if not files:
        raise SystemExit('gen_tables: no *.py files in %s' % geodir)
    keys = set()
    for fn in files:
        with open(fn, encoding='utf-8') as f:
            keys.update(_GEO_KEY_RE.findall(f.read()))
    if not keys:
        raise SystemExit('gen_tables: no +86 prefixes found in %s' % geodir)
    return keys


def load_fixed_line_pattern(metadata_path):
    if not metadata_path or not os.path.isfile(metadata_path):
        return None
    with open(metadata_path, encoding='utf-8') as f:
        m = _FIXED_LINE_RE.search(f.read())
    if not m:
        return None
    try:
        return re.compile(ast.literal_eval(m.group(1)))
    except (ValueError, SyntaxError, re.error):
        return None


def _pattern_accepts_code(pattern, code):
    # Fixed-line subscriber numbers are 7 or 8 digits after a 3-digit code.
    for first in '2345678':
        for length in (7, 8):
            subscriber = (first + '234567890')[:length]
            if pattern.fullmatch(code + subscriber):
                return True
    return False


def derive_area_codes(keys, pattern, warn):
    """Turn national-number prefixes (without the leading 86) into area codes.

    Mainland numbering: mobile/service numbers start with 1 (except Beijing's
    10); 2-digit area codes are 10 and 2X; everything starting 3..9 uses a
    3-digit area code. Keys may be longer than the area code (sub-ranges) or,
    when a 0XY? block contains a single code, shorter (e.g. '33' = 0335).
    """
    codes = set()
    aggregated = set()
    for n in keys:
        if not n or not n.isdigit():
            continue
        if n[0] == '1':
            if n.startswith('10'):
                codes.add(10)
            continue  # mobile / special services
        if n[0] == '2':
            if len(n) >= 2:
                codes.add(int(n[:2]))
            continue
        if n[0] == '0':
            continue
        if len(n) >= 3:
            codes.add(int(n[:3]))
        elif len(n) == 2:
            aggregated.add(n)
        # single-digit keys would be province-wide; none exist, ignore.

    for prefix in sorted(aggregated):
        resolved = set()
        if pattern is not None:
            resolved = {int(prefix + d) for d in '0123456789'
                        if _pattern_accepts_code(pattern, prefix + d)}
        known = KNOWN_AGGREGATES.get(prefix)
        if resolved:
            if known is not None and resolved != {known}:
                warn('geodata prefix 86%s resolves to %s via metadata, expected %d'
                     % (prefix, sorted(resolved), known))
        elif known is not None:
            resolved = {known}
        else:
            raise SystemExit('gen_tables: cannot resolve aggregated geodata prefix 86%s '
                             'to an area code (no metadata match, not in KNOWN_AGGREGATES)'
                             % prefix)
        warn('geodata prefix 86%s covers the whole 0%s? block -> area code(s) %s'
             % (prefix, prefix, ', '.join('0%d' % c for c in sorted(resolved))))
        codes |= resolved

    if pattern is not None:
        for c in sorted(codes):
            if c >= 100 and not _pattern_accepts_code(pattern, str(c)) \
                    and not pattern.fullmatch(str(c) + '81234567'):
                warn('area code 0%d not accepted by the CN fixed-line pattern' % c)
    return sorted(codes)


def check_area_codes(codes):
    s = set(codes)
    for must in (10, 20, 21, 22, 23, 24, 25, 27, 28, 29, 311, 351, 431, 551, 571, 755, 898, 991):
        if must not in s:
            raise SystemExit('gen_tables: sanity check failed: area code 0%d missing' % must)
    for bad in (13, 14, 15, 17, 18, 19, 130, 138, 139, 150, 186, 199, 400, 800):
        if bad in s:
            raise SystemExit('gen_tables: sanity check failed: %d must not be an area code' % bad)
    for c in codes:
        if not (c == 10 or 20 <= c <= 29 or 300 <= c <= 999):
            raise SystemExit('gen_tables: implausible area code %d' % c)
    # Prefix-free: no 3-digit code may start with a 2-digit one.
    two = {c for c in codes if c < 100}
    for c in codes:
        if c >= 100 and c // 10 in two:
            raise SystemExit('gen_tables: area code %d overlaps 2-digit code %d' % (c, c // 10))
    if not 250 <= len(codes) <= 400:
        raise SystemExit('gen_tables: unexpected number of area codes: %d' % len(codes))


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------

def cxx_utf8_literal(s):
    """A C++ string literal whose bytes are the UTF-8 encoding of s.

    Non-ASCII text is emitted verbatim (the source is compiled as UTF-8);
    ASCII specials and control characters are escaped.
    """
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '?':
            out.append('\\?')
        elif o < 0x20 or o == 0x7f:
            out.append('\\%03o' % o)
        elif 0xd800 <= o <= 0xdfff:
            raise SystemExit('gen_tables: lone surrogate in %r' % s)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def render(regions, codes, loc_path, geodir):
    lines = []
    w = lines.append
    w('// Generated by tools/gen_tables.py -- DO NOT EDIT.')
    w('// Sources (Debian packages, read at build time):')
    w('//   %s (python3-stdnum, GB/T 2260)' % os.path.basename(loc_path))
    w('//   phonenumbers/geodata (python3-phonenumbers, libphonenumber geocoding)')
    w('#include "detect/tables.h"')
    w('')
    w('namespace piguard::tables {')
    w('')
    w('const Region kRegions[] = {')
    for code in sorted(regions):
        name, level = regions[code]
        w('    {%du, %s, %d},' % (code, cxx_utf8_literal(name), level))
    w('};')
    w('const size_t kRegionCount = sizeof(kRegions) / sizeof(kRegions[0]);')
    w('static_assert(sizeof(kRegions) / sizeof(kRegions[0]) == %d, "region count");' % len(regions))
    w('')
    w('const uint16_t kAreaCodes[] = {')
    for i in range(0, len(codes), 16):
        w('    ' + ' '.join('%d,' % c for c in codes[i:i + 16]))
    w('};')
    w('const size_t kAreaCodeCount = sizeof(kAreaCodes) / sizeof(kAreaCodes[0]);')
    w('static_assert(sizeof(kAreaCodes) / sizeof(kAreaCodes[0]) == %d, "area code count");'
      % len(codes))
    w('')
    w('}  // namespace piguard::tables')
    w('')
    return '\n'.join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--loc', required=True, help="python3-stdnum's stdnum/cn/loc.dat")
    ap.add_argument('--geodata', required=True, help="python3-phonenumbers' phonenumbers/geodata/")
    ap.add_argument('--metadata', default=None,
                    help="phonenumbers' data/region_CN.py (default: <geodata>/../data/region_CN.py); "
                         'used to resolve block-wide geocoding prefixes and cross-check codes')
    ap.add_argument('--out', required=True, help='C++ source to write')
    ap.add_argument('-q', '--quiet', action='store_true', help='no notes on stderr')
    args = ap.parse_args(argv)

    def warn(msg):
        if not args.quiet:
            print('gen_tables: note: ' + msg, file=sys.stderr)

    if not os.path.isfile(args.loc):
        raise SystemExit('gen_tables: --loc %s: not a file (install python3-stdnum)' % args.loc)
    if not os.path.isdir(args.geodata):
        raise SystemExit('gen_tables: --geodata %s: not a directory (install python3-phonenumbers)'
                         % args.geodata)

    regions = read_regions(args.loc)
    add_supplement(regions)
    check_regions(regions)

    metadata = args.metadata or os.path.join(os.path.dirname(os.path.normpath(args.geodata)),
                                             'data', 'region_CN.py')
    pattern = load_fixed_line_pattern(metadata)
    if pattern is None:
        warn('CN fixed-line metadata not usable (%s); using built-in aggregate table' % metadata)
    codes = derive_area_codes(read_geodata_keys(args.geodata), pattern, warn)
    check_area_codes(codes)

    text = render(regions, codes, args.loc, args.geodata)
    out_dir = os.path.dirname(os.path.abspath(args.out))
    os.makedirs(out_dir, exist_ok=True)
    tmp = args.out + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)
    os.replace(tmp, args.out)
    levels = [0, 0, 0, 0]
    for _, lvl in regions.values():
        levels[lvl] += 1
    if not args.quiet:
        print('gen_tables: wrote %s: %d regions (%d provinces, %d prefectures, %d counties), '
              '%d area codes' % (args.out, len(regions), levels[1], levels[2], levels[3], len(codes)),
              file=sys.stderr)
    return 0


if __name__ == '__main__':
    sys.exit(main())
