// SPDX-License-Identifier: Apache-2.0
#include "NginxProcess.h"

#include "RedisProcess.h"

#include <QFile>
#include <QStandardPaths>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace aih::test {

NginxProcess::NginxProcess(std::vector<unsigned short> upstreamPorts)
    : upstreams_(std::move(upstreamPorts)), port_(static_cast<unsigned short>(freeLoopbackPort()))
{
}

NginxProcess::~NginxProcess()
{
    stop();
}

QString NginxProcess::configuration() const
{
    const auto dir = dir_.path();
    QString servers;
    for (const auto port : upstreams_) {
        // A refused upstream is skipped for a second, so a dead instance costs one retry.
        servers += QString("        server 127.0.0.1:%1 max_fails=1 fail_timeout=1s;\n").arg(port);
    }
    // As root nginx would hand its workers to `nobody`, who cannot write into our folder.
    const QString user = ::geteuid() == 0 ? "user root root;\n" : "";
    return user + QString(R"(worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 2048; }
http {
    access_log off;
    client_body_temp_path %1/body; proxy_temp_path %1/proxy; fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi; scgi_temp_path %1/scgi;
    upstream aihd {
%2        keepalive 32;
    }
    server {
        listen 127.0.0.1:%3;
        client_max_body_size 2m;
        location / {
            proxy_pass http://aihd;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_connect_timeout 1s;
            proxy_next_upstream error timeout;
        }
    }
}
)")
                      .arg(dir, servers, QString::number(port_));
}

bool NginxProcess::start()
{
    const auto nginx = QStandardPaths::findExecutable("nginx", {"/usr/sbin", "/usr/local/sbin", "/usr/bin"});
    if (nginx.isEmpty()) {
        return false;
    }
    QFile config(dir_.filePath("nginx.conf"));
    if (!config.open(QIODevice::WriteOnly) || config.write(configuration().toUtf8()) < 0) {
        return false;
    }
    config.close();
    process_ = std::make_unique<QProcess>();
    process_->setProcessChannelMode(QProcess::MergedChannels);
    process_->setStandardOutputFile(dir_.filePath("error.log"), QIODevice::Append);
    // SIGTERM, not SIGKILL: the master takes its workers with it when the test dies.
    process_->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    process_->start(nginx, {"-p", dir_.path(), "-e", dir_.filePath("error.log"), "-c", config.fileName(),
                            "-g", "daemon off;"});
    return waitForLoopbackPort(port_, *process_);
}

void NginxProcess::stop()
{
    stopGently(process_.get());
}

QString NginxProcess::log() const
{
    QFile file(dir_.filePath("error.log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace aih::test
