#pragma once

#include "model/Finding.h"

#include <QList>
#include <QString>

namespace Armlift {

struct ScannedFile
{
    QString path;  // relative to the root
    QString kind;  // "dockerfile", "requirements", "gomod"
};

struct ScanResult
{
    QString root;  // absolute
    QList<ScannedFile> files;
    QList<Finding> findings;   // sorted by file, line, column, rule
    QList<ScanError> errors;
    bool cancelled = false;

    int count(Severity s) const;
    int fixableCount() const;
};

} // namespace Armlift
