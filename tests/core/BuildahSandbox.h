#pragma once

// buildah's layer code (containers/storage chrootarchive) remounts "/" with MS_SLAVE|MS_REC and
// fails with EINVAL when "/" is not a mount point, which is the case in ./dev's Debian root
// (a chroot into a plain directory). On a normal host "/" is a mount point and nothing happens
// here. In the root, the test re-runs itself, as root, in a private mount namespace whose "/"
// is a recursive bind mount of the old one: the same files, buildah unmodified and real.

#include <QByteArray>
#include <QFile>
#include <QStandardPaths>
#include <QStringList>

#include <unistd.h>
#include <vector>

namespace Armlift::Testing {

// buildah's global options for a throw-away storage root under `dir`: vfs needs no overlay
// support, so it works in the build root.
inline QStringList buildahStorageOptions(const QString &dir)
{
    return {QStringLiteral("--root"), dir + QStringLiteral("/storage"), QStringLiteral("--runroot"),
            dir + QStringLiteral("/run"), QStringLiteral("--storage-driver"), QStringLiteral("vfs")};
}

// `buildah build` options: chroot isolation needs no user namespaces. It raises these limits to
// 1048576 unless told; a container or CI runner with lower hard limits refuses that.
inline QStringList buildahBuildOptions()
{
    return {QStringLiteral("--isolation"), QStringLiteral("chroot"), QStringLiteral("--ulimit"),
            QStringLiteral("nofile=1024:1024"), QStringLiteral("--ulimit"), QStringLiteral("nproc=4096:4096")};
}

inline bool rootIsMountPoint()
{
    QFile info(QStringLiteral("/proc/self/mountinfo"));
    if (!info.open(QIODevice::ReadOnly))
        return true; // cannot tell: run as is
    while (!info.atEnd()) {
        const QList<QByteArray> fields = info.readLine().split(' ');
        if (fields.size() > 4 && fields.at(4) == "/")
            return true;
    }
    return false;
}

// Returns only when no re-run is needed (or possible); otherwise execs and never returns.
inline void reexecWithMountableRoot(int argc, char **argv)
{
    if (geteuid() != 0 || qEnvironmentVariableIsSet("ARMLIFT_MOUNTABLE_ROOT") || rootIsMountPoint()
        || QStandardPaths::findExecutable(QStringLiteral("buildah")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
        return;
    static const char script[] =
        "d=$(mktemp -d) && mount --rbind / \"$d\" || exit 1\n"
        "chroot \"$d\" /usr/bin/env ARMLIFT_MOUNTABLE_ROOT=1 /bin/sh -c 'cd \"$1\" && shift && exec \"$@\"' sh "
        "\"$PWD\" \"$@\"\n"
        "rc=$?\numount -R -l \"$d\"; rmdir \"$d\"; exit $rc\n";
    std::vector<char *> args = {const_cast<char *>("unshare"), const_cast<char *>("-m"),
                                const_cast<char *>("--propagation"), const_cast<char *>("unchanged"),
                                const_cast<char *>("--"), const_cast<char *>("/bin/sh"), const_cast<char *>("-c"),
                                const_cast<char *>(script), const_cast<char *>("sh")};
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    execvp("unshare", args.data());
    // exec failed: carry on in place; the buildah steps will report the remount error.
}

} // namespace Armlift::Testing
