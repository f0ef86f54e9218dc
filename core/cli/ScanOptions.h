#pragma once

#include "model/Finding.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>

namespace Armlift {

// armlift-scan's command line, parsed and validated. Parsing never exits the process and
// never prints: the caller decides where help, version and errors go.
struct ScanOptions
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::ScanOptions)

public:
    enum class Action { Scan, Help, Version, ListRules, Explain };

    Action action = Action::Scan;
    QString format = QStringLiteral("text");
    QString outputFile;
    std::optional<Severity> failOn = Severity::Error; // nullopt: --fail-on never
    bool fix = false;
    bool online = false;
    bool quiet = false;
    QString explainId;
    QStringList paths;
    QStringList insecureRegistries; // --insecure-registry HOST:PORT (plain HTTP), with --online
    QString pypiUrl;                // --pypi-url, with --online (tests point it at loopback)
    QString goDlUrl;                // --go-dl-url, with --online
    QString keepClone;              // --keep-clone DIR: where a scanned URL is cloned (default: a temp dir)
    QString buildLog;   // --build-log FILE ("-" reads standard input): explain a failed build
    // --fix --commit [--push]: the fixes end as a commit on `branch`, optionally pushed to `remote`.
    bool commit = false;
    bool push = false;
    QString branch;     // --branch; empty: arm64-migration
    QString remote;     // --remote; empty: origin
    QString author;     // --author "Name <email>", validated
    QString message;    // --message; empty: a subject and the fixed rule IDs

    QString helpText;   // filled for Action::Help
    QString error;      // set when parse() returns false: a usage error

    // `arguments` includes the program name first, as QCoreApplication::arguments() does.
    bool parse(const QStringList &arguments);

private:
    bool validateCommitOptions(bool branchSet, bool remoteSet, bool authorSet, bool messageSet);
};

} // namespace Armlift
