#pragma once

#include "model/Finding.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Armlift {

// Applies edits to the text of one file. Identical edits (same range, same text) from
// several findings are merged into one; edits that overlap otherwise are refused.
// Edits are applied back to front so earlier ranges stay valid.
class FixApplier
{
public:
    struct Result
    {
        QString text;
        int applied = 0;
        QList<TextEdit> refused;  // overlapping edits that were not applied
    };

    static Result apply(const QString &text, QList<TextEdit> edits);
};

} // namespace Armlift
