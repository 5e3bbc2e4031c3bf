// SPDX-License-Identifier: Apache-2.0
#include "content/ContentCatalog.h"

#include "http/Response.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

namespace aih::content {
namespace {

constexpr db::Sql listGurus{"content.gurus",
                            "SELECT id, kind, name, tagline, description, tenant_id IS NULL FROM gurus "
                            "ORDER BY kind, name, id"};
constexpr db::Sql listMeditations{
    "content.meditations", "SELECT id, title, guru_kind, duration_minutes, description, tenant_id IS NULL "
                           "FROM meditations ORDER BY title, id"};
constexpr auto maxAge = std::chrono::minutes(5);
constexpr std::size_t maxEntries = 10'000;

std::string page(const Poco::JSON::Array::Ptr& data)
{
    return http::toJsonText(http::listPage(data, std::nullopt));
}

} // namespace

ContentCatalog::ContentCatalog(db::Database& database) : database_(database) {}

std::shared_ptr<const TenantCatalog> ContentCatalog::forTenant(const std::string& tenantId)
{
    std::uint64_t generation = 0;
    {
        std::lock_guard lock(mutex_);
        const auto it = entries_.find(tenantId);
        if (it != entries_.end() && std::chrono::steady_clock::now() - it->second.loadedAt < maxAge) {
            return it->second.catalog;
        }
        generation = generation_;
    }
    auto catalog = load(tenantId);
    std::lock_guard lock(mutex_);
    if (generation == generation_) {
        if (entries_.size() >= maxEntries) {
            entries_.clear();
        }
        entries_[tenantId] = {catalog, std::chrono::steady_clock::now()};
    }
    return catalog;
}

std::shared_ptr<const TenantCatalog> ContentCatalog::load(const std::string& tenantId)
{
    return database_.inTenant(tenantId, [&](db::Transaction& tx) {
        auto catalog = std::make_shared<TenantCatalog>();
        Poco::JSON::Array::Ptr all = new Poco::JSON::Array;
        std::map<std::string, Poco::JSON::Array::Ptr> byKind;
        for (const auto& row : tx.exec(listGurus)) {
            Poco::JSON::Object::Ptr guru = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
            guru->set("id", row[0].as<std::string>());
            guru->set("kind", row[1].as<std::string>());
            guru->set("name", row[2].as<std::string>());
            guru->set("tagline", row[3].as<std::string>());
            guru->set("description", row[4].as<std::string>());
            guru->set("source", row[5].as<bool>() ? "platform" : "tenant");
            all->add(guru);
            auto& kind = byKind[row[1].as<std::string>()];
            if (!kind) {
                kind = new Poco::JSON::Array;
            }
            kind->add(guru);
        }
        catalog->gurus = page(all);
        for (const auto& [kind, gurus] : byKind) {
            catalog->byKind[kind] = page(gurus);
        }
        Poco::JSON::Array::Ptr meditations = new Poco::JSON::Array;
        for (const auto& row : tx.exec(listMeditations)) {
            Poco::JSON::Object::Ptr meditation = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
            meditation->set("id", row[0].as<std::string>());
            meditation->set("title", row[1].as<std::string>());
            meditation->set("guru_kind", row[2].as<std::string>());
            meditation->set("duration_minutes", row[3].as<int>());
            meditation->set("description", row[4].as<std::string>());
            meditation->set("source", row[5].as<bool>() ? "platform" : "tenant");
            meditations->add(meditation);
        }
        catalog->meditations = page(meditations);
        return std::shared_ptr<const TenantCatalog>(std::move(catalog));
    });
}

void ContentCatalog::onChange(const std::string& payload)
{
    std::lock_guard lock(mutex_);
    ++generation_;
    if (payload == "*" || payload == "content:*") {
        entries_.clear();
    } else if (payload.starts_with("content:")) {
        entries_.erase(payload.substr(8));
    }
}

} // namespace aih::content
