// A small, lint-clean policy that the policy tests mutate one piece at a time, so each test
// shows exactly which change makes a rule fire or a load fail.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>

#include "piguard/policy.h"

namespace piguard::policy::testing {

inline constexpr std::string_view kBasePolicy = R"(piguard_policy: 1
version: "1.0"
effective_date: 2026-01-01
operator:
  name: {zh: 测试通信, en: Test Telecom}
categories:
  - id: identity
    class: A1
    name: {zh: 身份证件, en: Identity document}
    sensitive: true
    level: 5
    pi_types: [CHINA_RESIDENT_ID_NUMBER]
  - id: profile
    class: A1
    name: {zh: 基本资料, en: Profile}
    sensitive: false
    level: 2
    pi_types: [PERSON_NAME, DATE_OF_BIRTH]
  - id: network
    class: C1
    name: {zh: 网络标识, en: Network identifiers}
    sensitive: false
    level: 2
    pi_types: [IP_ADDRESS]
services:
  - id: mobile
    name: {zh: 移动通信, en: Mobile}
    purposes:
      - id: signup
        name: {zh: 入网, en: Sign-up}
        description: {zh: 为您开户, en: Opening your account}
        function: basic
        legal_basis: consent
        retention: 2y
        refusal_consequence: {zh: 无法开户, en: We cannot open an account}
        collects:
          - {category: identity, necessary: true, method: user}
          - {category: profile, necessary: true, method: user}
      - id: traffic
        name: {zh: 数据传送, en: Carrying data}
        description: {zh: 传送您的数据, en: Carrying your data}
        function: basic
        legal_basis: contract
        retention: 6m
        refusal_consequence: {zh: 无法上网, en: No data service}
        collects:
          - {category: network, necessary: true, method: network}
trustees:
  - id: vendor
    name: {zh: 分析公司, en: Analytics Ltd}
    contract: C-1
    valid_from: 2025-01-01
    valid_to: 2027-12-31
    receives:
      - purpose: mobile.traffic
        categories: [network]
        deidentify: ip_prefix
roles:
  - id: agent
    purposes: [mobile.signup]
    access: {identity: plain, profile: masked}
channels:
  query: [{kind: phone, value: "10000"}]
  correction: [{kind: phone, value: "10000"}]
  cancellation: [{kind: counter, value: Shop}]
  complaint: [{kind: email, value: care@test.example}]
  complaint_reply_days: 15
)";

// kBasePolicy with `from` replaced by `to` (the text must occur exactly once).
inline std::string Mutate(std::string_view from, std::string_view to,
                          std::string text = std::string(kBasePolicy)) {
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "test bug: '" << from << "' not in the policy";
  EXPECT_EQ(text.find(from, at + 1), std::string::npos) << "test bug: '" << from << "' twice";
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// 1-based line and column of the first occurrence of `needle` in `text`.
inline std::pair<int, int> PosOf(std::string_view text, std::string_view needle) {
  size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << "test bug: '" << needle << "' not found";
  int line = 1, col = 1;
  for (size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++col;  // yaml-cpp counts columns in code points
    }
  }
  return {line, col};
}

inline std::shared_ptr<const Policy> MustParse(std::string_view text) {
  auto r = ParsePolicy(text, "test.yaml");
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? r.value() : nullptr;
}

}  // namespace piguard::policy::testing
