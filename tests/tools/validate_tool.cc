// Reads "<kind> <value>" lines on stdin and prints "1" or "0" per line: whether piguard's
// validator accepts the value. Script tests compare the answers with python3-stdnum.
// Kinds: ric18, ric15, imei, imsi, luhn, bankcard, mobile, ipv4, ipv6, mac, iccid, meid.
#include <iostream>
#include <string>

#include "detect/validators.h"

int main() {
  using namespace piguard::validate;
  std::string kind, value;
  std::ios::sync_with_stdio(false);
  while (std::cin >> kind >> value) {
    bool ok = false;
    if (kind == "ric18") ok = CheckResidentId18(value).valid;
    else if (kind == "ric15") ok = CheckResidentId15(value).valid;
    else if (kind == "ric18_checksum")
      ok = value.size() == 18 && AllDigits(value.substr(0, 17)) &&
           ResidentIdCheckChar(value) == (value[17] == 'x' ? 'X' : value[17]);
    else if (kind == "imei") ok = IsImei(value);
    else if (kind == "imei_luhn") ok = value.size() == 15 && AllDigits(value) && Luhn(value);
    else if (kind == "imsi") ok = IsCnImsi(value);
    else if (kind == "luhn") ok = AllDigits(value) && Luhn(value);
    else if (kind == "bankcard") ok = BankCardStrength(value) == 2;
    else if (kind == "mobile") ok = IsCnMobile(value);
    else if (kind == "ipv4") ok = IsIpv4(value);
    else if (kind == "ipv6") ok = IsIpv6(value);
    else if (kind == "mac") ok = IsMac(value);
    else if (kind == "iccid") ok = IsCnIccid(value);
    else if (kind == "meid") ok = IsMeid(value);
    else if (kind == "meid_dec") ok = IsDecimalMeid(value);
    else {
      std::cerr << "unknown kind " << kind << "\n";
      return 2;
    }
    std::cout << (ok ? '1' : '0') << '\n';
  }
  return 0;
}
