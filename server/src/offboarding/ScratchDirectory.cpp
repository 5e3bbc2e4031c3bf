// SPDX-License-Identifier: Apache-2.0
#include "offboarding/ScratchDirectory.h"

#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <stdexcept>
#include <string>
#include <string_view>
#include <sys/file.h>
#include <system_error>
#include <unistd.h>

namespace aih::offboarding {
namespace {

constexpr std::string_view prefix = "aih-archive-";
constexpr const char* lockName = "lock";
/// A directory with no lock file yet is one being made (mkdtemp, then the lock): left alone
/// unless older than this.
constexpr std::chrono::minutes unlockedGrace{10};

} // namespace

ScratchDirectory::ScratchDirectory()
{
    auto pattern = (std::filesystem::temp_directory_path() / (std::string(prefix) + "XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("could not make a scratch directory for the archive");
    }
    path_ = pattern;
    lock_ = ::open((path_ / lockName).c_str(), O_CREAT | O_RDWR | O_CLOEXEC, 0600);
    if (lock_ < 0 || ::flock(lock_, LOCK_EX) != 0) {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
        if (lock_ >= 0) {
            ::close(lock_);
        }
        throw std::runtime_error("could not lock the archive's scratch directory");
    }
}

ScratchDirectory::~ScratchDirectory()
{
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
    ::close(lock_); // releases the lock, after the directory has gone
}

int ScratchDirectory::removeAbandoned()
{
    int removed = 0;
    std::error_code error;
    const auto now = std::filesystem::file_time_type::clock::now();
    for (const auto& entry :
         std::filesystem::directory_iterator(std::filesystem::temp_directory_path(), error)) {
        if (!entry.path().filename().string().starts_with(prefix) || !entry.is_directory(error)) {
            continue;
        }
        const int lock = ::open((entry.path() / lockName).c_str(), O_RDWR | O_CLOEXEC);
        bool abandoned = false;
        if (lock >= 0) {
            // Taken at once: no live process holds it.
            abandoned = ::flock(lock, LOCK_EX | LOCK_NB) == 0;
            ::close(lock);
        } else if (errno == ENOENT) {
            const auto changed = std::filesystem::last_write_time(entry.path(), error);
            abandoned = !error && now - changed > unlockedGrace;
        }
        if (abandoned && std::filesystem::remove_all(entry.path(), error) > 0) {
            ++removed;
        }
    }
    return removed;
}

} // namespace aih::offboarding
