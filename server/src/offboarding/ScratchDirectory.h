// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <filesystem>

namespace aih::offboarding {

/// A directory only this process's user can enter (mkdtemp makes it 0700), for a tenant
/// archive's scratch files: they hold the tenant's personal data in clear. Removed with what is
/// in it when it goes. While it exists, its `lock` file is held with flock(), which the kernel
/// lets go when the holder dies however it dies: so a later start can tell the leftovers of a
/// process killed while writing from directories still in use, by any process on this machine,
/// whatever its pid namespace.
class ScratchDirectory
{
public:
    ScratchDirectory();
    ~ScratchDirectory();
    ScratchDirectory(const ScratchDirectory&) = delete;
    ScratchDirectory& operator=(const ScratchDirectory&) = delete;

    std::filesystem::path file(const char* name) const { return path_ / name; }

    /// Removes the scratch directories under the temporary directory that no live process
    /// holds; returns how many.
    static int removeAbandoned();

private:
    std::filesystem::path path_;
    int lock_ = -1;
};

} // namespace aih::offboarding
