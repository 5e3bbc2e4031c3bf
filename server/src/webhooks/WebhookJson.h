// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "webhooks/WebhookEndpoint.h"

#include <Poco/JSON/Object.h>

namespace aih::webhooks {

/// An endpoint as the API shows it: never its secret.
Poco::JSON::Object::Ptr toJson(const WebhookEndpoint& endpoint);
Poco::JSON::Object::Ptr toJson(const WebhookDelivery& delivery);

} // namespace aih::webhooks
