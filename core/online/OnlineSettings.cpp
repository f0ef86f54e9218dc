#include "online/OnlineSettings.h"

#include <QStandardPaths>

namespace Armlift {

QString OnlineSettings::defaultCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/armlift/online");
}

bool OnlineSettings::isInsecure(const QString &hostAndPort) const
{
    for (const QString &h : insecureRegistries)
        if (h.compare(hostAndPort, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace Armlift
