// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/Router.h"
#include "metering/QuotaAlerts.h"

namespace aih::metering {

void addQuotaAlertRoutes(http::Router& router, QuotaAlertService& service);

} // namespace aih::metering
