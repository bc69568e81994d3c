#include "formats/pcap.h"

#include <vector>

#include "formats/converter.h"

namespace piguard::formats {
namespace {

// The fields read, in Wireshark 4.0's names (`tshark -G fields`): tshark refuses to run
// when one is unknown, which tests/scripts/test_pcap.py would show.
constexpr const char* kPcapFields[] = {
    "frame.number",
    "ip.src", "ip.dst", "ipv6.src", "ipv6.dst",
    // Subscriber and device identities, wherever a dissector (GTP, S1AP/NAS, MAP, Diameter)
    // put them.
    "e212.imsi", "e212.assoc.imsi", "e164.msisdn", "gsm_map.msisdn", "gsm_a.imei",
    "gsm_a.imeisv", "nas_eps.emm.imei", "gtpv2.mei",
    // Diameter (Gx, Gy, S6a, Cx, Sh) and RADIUS (AAA of data sessions).
    "diameter.Subscription-Id-Data", "diameter.User-Name", "diameter.MSISDN",
    "diameter.Public-Identity", "diameter.Framed-IP-Address",
    "radius.User_Name", "radius.Calling_Station_Id", "radius.Called_Station_Id",
    "radius.Framed-IP-Address", "radius.3GPP_IMSI", "radius.3GPP_IMEISV",
    // SIP (IMS voice): the users of the From, To, Contact and asserted identities, display
    // names, the access network's cell, message bodies.
    "sip.from.user", "sip.to.user", "sip.contact.user", "sip.pai.user", "sip.ppi.user",
    "sip.display.info", "sip.P-Access-Network-Info", "sip.msg_body",
    // SMS over MAP or NAS: the text and the addresses.
    "gsm_sms.sms_text", "gsm_sms.tp-oa", "gsm_sms.tp-da", "gsm_sms.tp-ra",
    // Web and DNS.
    "http.request.full_uri", "http.cookie", "http.authorization", "http.file_data",
    "json.value.string", "dns.qry.name",
    // Cells.
    "s1ap.cell_ID", "gsm_a.bssmap.cell_ci",
};

const Converter& Tshark() {
  static const Converter c = [] {
    Converter t{.program = "tshark",
                .args = {"-n", "-T", "fields", "-E", "header=y", "-E", "separator=/t",
                         "-E", "occurrence=a", "-E", "aggregator=,"},
                .args_after = {},
                .package = "tshark",
                .files = "packet captures",
                .exit_message = [](int status) -> std::string {
                  return "tshark cannot read it (damaged or cut short; exit status " +
                         std::to_string(status) + "); the packets before that were scanned";
                },
                .no_text = ""};
    for (const char* f : kPcapFields) {
      t.args.push_back("-e");
      t.args.push_back(f);
    }
    t.args.push_back("-r");  // the file follows
    return t;
  }();
  return c;
}

}  // namespace

bool LooksLikePcap(std::string_view head) {
  if (head.size() < 4) return false;
  const std::string_view m = head.substr(0, 4);
  return m == std::string_view("\xD4\xC3\xB2\xA1", 4) || m == std::string_view("\xA1\xB2\xC3\xD4", 4) ||
         m == std::string_view("\x4D\x3C\xB2\xA1", 4) || m == std::string_view("\xA1\xB2\x3C\x4D", 4) ||
         (m == std::string_view("\x0A\x0D\x0D\x0A", 4) && head.size() >= 12 &&
          (head.substr(8, 4) == std::string_view("\x4D\x3C\x2B\x1A", 4) ||
           head.substr(8, 4) == std::string_view("\x1A\x2B\x3C\x4D", 4)));
}

Result<std::unique_ptr<ByteSource>> OpenPcap(const std::string& path) {
  return RunConverter(Tshark(), path);
}

Result<std::unique_ptr<ByteSource>> OpenPcapBytes(std::string_view bytes, const std::string& name) {
  return RunConverterOnBytes(Tshark(), bytes, name);
}

}  // namespace piguard::formats
