// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace aih::audit {

/// The audit trail's keys, all derived from SECRET_KEY (BLAKE2b, then libsodium's KDF with
/// context "aihaudit"), so every instance of a deployment holds the same ones:
///  - an Ed25519 key pair that signs checkpoints; its public half is published so auditors can
///    check checkpoints without trusting the server;
///  - a wrapping key that encrypts each data subject's random key at rest.
/// Changing SECRET_KEY changes both: old checkpoints then verify only with the old public key
/// (each names its key id), and sealed personal fields become unreadable.
class AuditKeys
{
public:
    static constexpr std::size_t subjectKeyBytes = 32;

    explicit AuditKeys(std::string_view serverSecret);
    ~AuditKeys();
    AuditKeys(const AuditKeys&) = delete;
    AuditKeys& operator=(const AuditKeys&) = delete;

    /// Raw 32-byte Ed25519 public key.
    std::string publicKey() const;
    /// First 16 hex digits of SHA-256 of the public key: names the key in checkpoints.
    const std::string& keyId() const { return keyId_; }
    /// Raw 64-byte detached signature.
    std::string sign(std::string_view message) const;
    static bool verifySignature(std::string_view signature, std::string_view message,
                                std::string_view publicKey);

    /// A fresh random subject key, wrapped for storage and bound to its tenant and subject.
    std::string newWrappedSubjectKey(std::string_view tenantId, std::string_view subjectId) const;
    std::optional<std::string> unwrapSubjectKey(std::string_view wrapped, std::string_view tenantId,
                                                std::string_view subjectId) const;

private:
    std::array<unsigned char, 32> publicKey_{};
    std::array<unsigned char, 64> signingKey_{};
    std::array<unsigned char, 32> wrappingKey_{};
    std::string keyId_;
};

} // namespace aih::audit
