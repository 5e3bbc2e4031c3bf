// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Router.h"
#include "webhooks/WebhookEndpointService.h"

namespace aih::webhooks {

void addWebhookRoutes(http::Router& router, WebhookEndpointService& service);

} // namespace aih::webhooks
