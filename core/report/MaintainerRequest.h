#pragma once

#include "scan/ScanResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Armlift {

// A prefilled issue asking an upstream project for an arm64 build, as the migration talk
// recommends ("tell software maintainers when you need arm64/aarch64 binaries or images").
struct MaintainerRequest
{
    QString subject;  // the package, image or artefact ("apache-tvm", "mcr.microsoft.com/mssql/server")
    QString kind;     // "wheel", "image", "binary"
    QString title;
    QString body;     // Markdown, ready to paste into the upstream's issue tracker
};

class MaintainerRequests
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::MaintainerRequests)

public:
    // Findings about something that upstream does not build for arm64 (no wheel, no image
    // variant, no binary): ARM102, ARM301–ARM305, ARM601.
    static bool applies(const Finding &finding);
    static MaintainerRequest forFinding(const Finding &finding);
    // One request per subject, in finding order.
    static QList<MaintainerRequest> forResult(const ScanResult &result);
};

} // namespace Armlift
