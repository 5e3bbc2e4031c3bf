// SPDX-License-Identifier: Apache-2.0
#include "content/ContentCatalog.h"

#include "http/Response.h"
#include "util/JsonText.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

namespace aih::content {
namespace {

constexpr db::Sql listGurus{"content.gurus", R"sql(
    SELECT id,
           kind,
           name,
           tagline,
           description,
           tenant_id IS NULL AS from_platform
      FROM gurus
     ORDER BY kind, name, id
)sql"};

constexpr db::Sql listMeditations{"content.meditations", R"sql(
    SELECT id,
           title,
           guru_kind,
           duration_minutes,
           description,
           tenant_id IS NULL AS from_platform
      FROM meditations
     ORDER BY title, id
)sql"};
constexpr auto maxAge = std::chrono::minutes(5);
constexpr std::size_t maxEntries = 10'000;

std::string page(const Poco::JSON::Array::Ptr& data)
{
    return util::toJsonText(http::listPage(data, std::nullopt));
}

} // namespace

ContentCatalog::ContentCatalog(db::Database& database) : database_(database), cache_(maxAge, maxEntries) {}

std::shared_ptr<const TenantCatalog> ContentCatalog::forTenant(const std::string& tenantId)
{
    return cache_.get(tenantId, [&] { return load(tenantId); }).value;
}

std::shared_ptr<const TenantCatalog> ContentCatalog::load(const std::string& tenantId)
{
    return database_.inTenant(tenantId, [&](db::Transaction& tx) {
        auto catalog = std::make_shared<TenantCatalog>();
        Poco::JSON::Array::Ptr all = new Poco::JSON::Array;
        std::map<std::string, Poco::JSON::Array::Ptr> byKind;
        for (const auto& row : tx.exec(listGurus)) {
            Poco::JSON::Object::Ptr guru = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
            guru->set("id", row["id"].as<std::string>());
            guru->set("kind", row["kind"].as<std::string>());
            guru->set("name", row["name"].as<std::string>());
            guru->set("tagline", row["tagline"].as<std::string>());
            guru->set("description", row["description"].as<std::string>());
            guru->set("source", row["from_platform"].as<bool>() ? "platform" : "tenant");
            all->add(guru);
            auto& kind = byKind[row["kind"].as<std::string>()];
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
            meditation->set("id", row["id"].as<std::string>());
            meditation->set("title", row["title"].as<std::string>());
            meditation->set("guru_kind", row["guru_kind"].as<std::string>());
            meditation->set("duration_minutes", row["duration_minutes"].as<int>());
            meditation->set("description", row["description"].as<std::string>());
            meditation->set("source", row["from_platform"].as<bool>() ? "platform" : "tenant");
            meditations->add(meditation);
        }
        catalog->meditations = page(meditations);
        return std::shared_ptr<const TenantCatalog>(std::move(catalog));
    });
}

void ContentCatalog::onChange(const db::Change& change)
{
    using Subject = db::Change::Subject;
    if (change.subject == Subject::Everything || (change.subject == Subject::Content && change.id.empty())) {
        cache_.clear();
    } else if (change.subject == Subject::Content) {
        cache_.erase(change.id);
    }
}

} // namespace aih::content
