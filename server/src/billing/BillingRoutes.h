// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "billing/BillingService.h"
#include "billing/WebhookService.h"
#include "http/Router.h"

namespace aih::billing {

void addBillingRoutes(http::Router& router, BillingService& billing, WebhookService& webhooks);

} // namespace aih::billing
