#include "model/Finding.h"

namespace Armlift {

using namespace Qt::StringLiterals;

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

bool severityFromName(const QString &name, Severity *out)
{
    const QString n = name.trimmed().toLower();
    if (n == u"error"_s || n == u"e"_s) { *out = Severity::Error; return true; }
    if (n == u"warning"_s || n == u"w"_s) { *out = Severity::Warning; return true; }
    if (n == u"info"_s || n == u"i"_s || n == u"note"_s) { *out = Severity::Info; return true; }
    return false;
}

} // namespace Armlift
