#include "model/Finding.h"

namespace Armlift {

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
    if (n == u"error" || n == u"e") { *out = Severity::Error; return true; }
    if (n == u"warning" || n == u"w") { *out = Severity::Warning; return true; }
    if (n == u"info" || n == u"i" || n == u"note") { *out = Severity::Info; return true; }
    return false;
}

} // namespace Armlift
