#pragma once

// Runs a test inside its own D-Bus session with an unlocked gnome-keyring, so QtKeychain
// writes to a real Secret Service without touching the user's keyring: main() re-executes
// the test binary under dbus-run-session with a throw-away HOME and XDG_RUNTIME_DIR.

#include <QDir>
#include <QFile>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>
#include <vector>

namespace ArmliftTest {

// Returns only in the re-executed child; exits with 1 when the session cannot be started.
inline void enterKeyringSession(int argc, char **argv)
{
    if (qEnvironmentVariable("ARMLIFT_KEYRING_SESSION") == QLatin1StringView("1"))
        return;
    char home[] = "/tmp/armlift-keyring-XXXXXX";
    if (!mkdtemp(home)) {
        perror("mkdtemp");
        std::exit(1);
    }
    const QByteArray h(home);
    QDir().mkpath(QString::fromLocal8Bit(h + "/run"));
    QFile::setPermissions(QString::fromLocal8Bit(h + "/run"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("HOME", h);
    qputenv("XDG_RUNTIME_DIR", QByteArray(h + "/run"));
    qputenv("XDG_DATA_HOME", QByteArray(h + "/.local/share"));
    qputenv("XDG_CONFIG_HOME", QByteArray(h + "/.config"));
    qputenv("ARMLIFT_KEYRING_SESSION", "1");
    qputenv("ARMLIFT_KEYRING_HOME", h);
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("SSH_AUTH_SOCK");
    std::vector<char *> args{const_cast<char *>("dbus-run-session"), const_cast<char *>("--"),
                             const_cast<char *>("sh"), const_cast<char *>("-c"),
                             const_cast<char *>("echo -n pw | gnome-keyring-daemon --unlock --components=secrets "
                                                ">/dev/null && exec \"$0\" \"$@\"")};
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    execvp("dbus-run-session", args.data());
    perror("dbus-run-session");
    std::exit(1);
}

// Removes the throw-away HOME of the session (call at the end of the child).
inline void leaveKeyringSession()
{
    const QString home = qEnvironmentVariable("ARMLIFT_KEYRING_HOME");
    if (home.startsWith(QLatin1StringView("/tmp/armlift-keyring-")))
        QDir(home).removeRecursively();
}

} // namespace ArmliftTest
