#pragma once

#include "model/SourceRange.h"

#include <QList>
#include <QString>

namespace Armlift {

enum class Severity { Info = 0, Warning = 1, Error = 2 };

QString severityName(Severity s);                  // "error", "warning", "info" (stable, for formats)
bool severityFromName(const QString &name, Severity *out);

// One replacement in one file. An insertion has an empty range (column == endColumn).
struct TextEdit
{
    QString file; // relative to the scan root, '/' separated
    SourceRange range;
    QString newText;

    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

// A fix is data: the engine applies it, a rule never edits text.
struct Fix
{
    QString title;
    QList<TextEdit> edits;
    // Marks lines the fix could not complete by itself (e.g. a checksum that must change
    // with the file name). Shown to the user; the fix is still applicable.
    QString note;

    friend bool operator==(const Fix &, const Fix &) = default;
};

struct Finding
{
    QString ruleId;
    Severity severity = Severity::Error;
    QString file;
    SourceRange range;
    QString message;
    QString help;
    QString source = QStringLiteral("rules");
    QList<Fix> fixes;

    friend bool operator==(const Finding &, const Finding &) = default;
};

// A file that could not be read or parsed: reported and skipped.
struct ScanError
{
    QString file;
    int line = 0;
    QString message;
};

} // namespace Armlift
