package com.hxtel.common.pii;

import java.util.regex.Pattern;

/**
 * Format validators for personal information. Examples in comments are either public test vectors,
 * well-known placeholders or deliberately invalid values — except where marked "regression".
 *
 * @author 严昊磊
 */
public final class PiValidators {

    private PiValidators() {}

    /** Mainland mobile, e.g. 13800138000 (the classic China Mobile test number), +86 138 0013 8000. */
    public static final Pattern MOBILE = Pattern.compile("^(?:\\+?86[- ]?|0086)?1(?:3\\d|4[579]|5[0-35-9]|6[2567]|7[0-8]|8\\d|9[0-35-9])\\d{8}$");
    /** Fixed line with area code, e.g. 010-12345678 or (0755)8888XXXX. */
    public static final Pattern LANDLINE = Pattern.compile("^0\\d{2,3}-?\\d{7,8}$");
    /** 18-digit resident ID; 11010519491231002X is the sample from GB 11643-1999. */
    public static final Pattern RESIDENT_ID = Pattern.compile("^[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx]$");
    public static final Pattern PASSPORT = Pattern.compile("^(?:E[A-HJ-NP-Z\\d]\\d{7}|G\\d{8})$"); // e.g. E12345678, EA1234567
    public static final Pattern IMSI = Pattern.compile("^460(?:0[0-9]|1[15]|20)\\d{10}$");      // e.g. 46000XXXXXXXXXX
    public static final Pattern ICCID = Pattern.compile("^8986\\d{14,15}[\\dA-F]$");
    public static final Pattern MAC = Pattern.compile("^(?:[0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$"); // 00:00:00:00:00:00 rejected below
    public static final Pattern PLATE = Pattern.compile("^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警港澳]$");
    public static final Pattern EMAIL = Pattern.compile("^[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+$");

    private static final int[] W = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    /**
     * Resident ID check digit (GB 11643-1999, ISO 7064 MOD 11-2).
     * <ul>
     *   <li>valid: 11010519491231002X (standard sample)</li>
     *   <li>invalid checksum: 110101199001011234, 321282199209199729</li>
     *   <li>invalid date: 110101199002301230 (30 Feb)</li>
     *   <li>15-digit legacy form: 110105491231002 (no check digit; accepted by {@link #isLegacyId})</li>
     *   <li>regression CRM-5088: customer 马桐梅, 51010719800903110x was rejected (lowercase x)</li>
     * </ul>
     */
    public static boolean isResidentId(String s) {
        if (s == null || !RESIDENT_ID.matcher(s).matches()) return false;
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (s.charAt(i) - '0') * W[i];
        return Character.toUpperCase(s.charAt(17)) == CHECK[sum % 11];
    }

    /**
     * Luhn check used for IMEI and bank cards.
     * <pre>
     *   490154203237518      IMEI example from the GSMA / Wikipedia article  -> true
     *   490154203237519      same with a wrong check digit                 -> false
     *   6216261000000000018  UnionPay sandbox test card                      -> true
     *   4111111111111111     Visa test card                                  -> true
     *   000000000000000      emulator IMEI                                   -> true, but rejected by isImei
     *   868912039026916      regression CRM-4702: 岳晶涵's phone was flagged as invalid
     *   6228488062142099367  regression CRM-4971: 19-digit debit card, holder 付英
     * </pre>
     */
    public static boolean luhn(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int v = digits.charAt(i) - '0';
            if (dbl) { v *= 2; if (v > 9) v -= 9; }
            sum += v;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    public static boolean isImei(String s) {
        return s != null && s.matches("\\d{15}") && !s.equals("000000000000000") && luhn(s);
    }

    /** MAC: reject 00:00:00:00:00:00, FF:FF:FF:FF:FF:FF and Android's 02:00:00:00:00:00. */
    public static boolean isDeviceMac(String s) {
        if (s == null || !MAC.matcher(s).matches()) return false;
        String n = s.toUpperCase().replace('-', ':');
        return !n.equals("00:00:00:00:00:00") && !n.equals("FF:FF:FF:FF:FF:FF") && !n.equals("02:00:00:00:00:00");
    }

    /**
     * Mobile numbers. Not subscribers: 10086 / 10010 / 10000 (service), 12345 (government hotline),
     * 95588 (bank), 400-810-8888 (enterprise), 1065900010086 (SMS sender), 1391234567 (10 digits),
     * 12012345678 (unallocated 120 prefix), 10000000001 (test range used in fixtures).
     * Regression CRM-4410: +86 152 4309 9917 (汪颖玉) was rejected because of the spaces.
     */
    public static boolean isMobile(String s) {
        return s != null && MOBILE.matcher(s.replace(" ", "").replace("-", "")).matches();
    }

    /** Unified Social Credit Code is an organisation number, e.g. 91110105NHE5E43E4H — never PI. */
    public static boolean isUscc(String s) {
        return s != null && s.matches("^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$");
    }

    /** IPv4 helper: 127.0.0.1, 0.0.0.0 and 255.255.255.255 are never client addresses. */
    public static boolean isClientIp(String s) {
        return s != null && !s.startsWith("127.") && !s.equals("0.0.0.0") && !s.equals("255.255.255.255");
    }

    // version strings that must not match: 10.0.19041.1, 3.8.0.20240611, 1.2.840.113549.1.1.11 (OID)
    // hashes that must not match: 72037906d06b7e4c703768866d99e82d93618f3c (git), 7a9fcccfc0b973d1340afdfab0de6a0c (md5)
    // reviewed by Mingfei Liu on 2024-06-10
}
