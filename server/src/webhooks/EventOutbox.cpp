// SPDX-License-Identifier: Apache-2.0
#include "webhooks/EventOutbox.h"

#include "util/JsonText.h"
#include "util/RandomUuid.h"

#include <chrono>

namespace aih::webhooks {
namespace {

// One statement: the endpoints that listen, the event only if one does (and it is no repeat),
// and a delivery to each of them.
constexpr db::Sql publishSql{"webhooks.publish", R"sql(
    WITH targets AS (
        SELECT id FROM webhook_endpoints
         WHERE enabled AND ($2 = ANY (event_types) OR '*' = ANY (event_types))
    ), event AS (
        INSERT INTO webhook_events (id, tenant_id, type, payload, dedupe_key)
        SELECT $1::uuid, aih_current_tenant(), $2, $3, $4
         WHERE EXISTS (SELECT 1 FROM targets)
        ON CONFLICT (tenant_id, dedupe_key) DO NOTHING
        RETURNING id
    )
    INSERT INTO webhook_deliveries (tenant_id, endpoint_id, event_id)
    SELECT aih_current_tenant(), targets.id, event.id FROM targets, event
)sql"};

// The address is matched as the JSON string the payload was written with, quotes included, so
// it is never a part of a longer value.
constexpr db::Sql forgetAddressSql{"webhooks.forget_address", R"sql(
    UPDATE webhook_events SET payload = replace(payload, $1, $2) WHERE strpos(payload, $1) > 0
)sql"};

} // namespace

void EventOutbox::forgetAddress(db::Transaction& tx, const std::string& address, const std::string& standIn)
{
    tx.exec(forgetAddressSql, util::toJsonText(address), util::toJsonText(standIn));
}

std::optional<std::string> EventOutbox::publish(db::Transaction& tx, const std::string& type,
                                                const Poco::JSON::Object::Ptr& data,
                                                const std::optional<std::string>& dedupeKey)
{
    const auto id = util::randomUuid();
    const auto created =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    Poco::JSON::Object::Ptr event = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    event->set("id", id);
    event->set("object", "event");
    event->set("type", type);
    event->set("created", static_cast<Poco::Int64>(created));
    event->set("tenant_id", tx.tenantId());
    Poco::JSON::Object::Ptr wrapped = new Poco::JSON::Object;
    wrapped->set("object", data);
    event->set("data", wrapped);
    const auto written = tx.exec(publishSql, id, type, util::toJsonText(event), db::nullable(dedupeKey));
    if (written.affected_rows() == 0) {
        return std::nullopt;
    }
    return id;
}

} // namespace aih::webhooks
