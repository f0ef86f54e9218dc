#pragma once

#include "online/OnlineSettings.h"
#include "scan/ScanResult.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <memory>
#include <vector>

namespace Armlift {

class RegistryCredentialProvider;

// How one online source did in a check, for the CLI's stderr and the GUI's status.
struct OnlineSourceStatus
{
    enum class State { Unused, Online, Cache, Offline, RateLimited, AuthNeeded, Failed };
    State state = State::Unused;
    int answered = 0;     // questions answered (from the network or the cache)
    int fromCache = 0;
    int failed = 0;
    QString detail;       // the first failure, for the status line

    static QString stateName(State s); // "online", "cache", "offline", "rate-limited", "auth-needed", "failed", "unused"
};

struct OnlineReport
{
    ScanResult result;                          // the offline result with online findings added/adjusted
    QList<ScanError> problems;                  // questions that got no answer: file, Dockerfile line, why
    QHash<QString, OnlineSourceStatus> sources; // "registry", "pypi", "go.dev"
    int requests = 0;                           // HTTP requests sent (0 when the cache answered everything)
    bool cancelled = false;                     // result is then the offline result unchanged
};

// Runs the online checks for a finished offline scan and adjusts its findings:
// ARM102 from the registries (an image with linux/arm64 has no finding; one without it lists
// the platforms that exist and a replacement tag when one is known), ARM301 from PyPI's wheel
// files for the stage's Python, and ARM201's checksum fixes from go.dev. Asynchronous: lives
// in one thread (the GUI moves it to a worker thread, see OnlineCheckThread), emits finished()
// exactly once per start(). The Dockerfiles are read again (or taken from `overrides`, the
// editor's unsaved text) and parsed, so the caller needs nothing but the ScanResult.
class OnlineChecker : public QObject
{
    Q_OBJECT
public:
    explicit OnlineChecker(const OnlineSettings &settings, const RegistryCredentialProvider *credentials = nullptr,
                           QObject *parent = nullptr);
    ~OnlineChecker() override;

    void start(const Armlift::ScanResult &scan, const QHash<QString, QString> &overrides = {});
    void cancel();
    bool isRunning() const;

    struct Run; // one check's state; internal (OnlineRun.h), public for the findings code

Q_SIGNALS:
    void finished(const Armlift::OnlineReport &report);

private:
    void launch(Run *run);
    void done(Run *run);
    OnlineSettings m_settings;
    const RegistryCredentialProvider *m_credentials;
    std::unique_ptr<Run> m_run;
    std::vector<std::unique_ptr<Run>> m_retired; // replaced runs, deleted from the event loop
};

// The CLI's entry point: runs an OnlineChecker to completion in a local QEventLoop.
OnlineReport runOnlineChecks(const ScanResult &scan, const OnlineSettings &settings,
                             const RegistryCredentialProvider *credentials = nullptr,
                             const QHash<QString, QString> &overrides = {});

} // namespace Armlift

Q_DECLARE_METATYPE(Armlift::OnlineReport)
