#pragma once

// The client configuration that reaches a test's sandbox as the demo rep.
#include "gong/GongClient.h"
#include "sandbox/DemoData.h"
#include "sandbox/SandboxServer.h"

inline engage::GongConfig sandboxConfig(const engage::SandboxServer &server, int timeoutMs = 30000)
{
    engage::GongConfig c;
    c.baseUrl = server.baseUrl();
    c.credentials = {
        engage::SandboxServer::demoAccessKey(), engage::SandboxServer::demoAccessKeySecret(), {}};
    c.userId = QString::number(engage::DemoData::RepUserId);
    c.timeoutMs = timeoutMs;
    return c;
}
