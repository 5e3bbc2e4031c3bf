// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "apikeys/ApiKeyService.h"
#include "http/Router.h"

namespace aih::apikeys {

void addApiKeyRoutes(http::Router& router, ApiKeyService& service);

} // namespace aih::apikeys
