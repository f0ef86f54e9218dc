#include "online/OnlineCache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Armlift {

OnlineCache::OnlineCache(QString dir, qint64 ttlSeconds)
    : m_dir(std::move(dir))
    , m_ttl(ttlSeconds)
{
}

QString OnlineCache::pathFor(const QString &key) const
{
    // Keys contain URLs and image names: a hash makes a safe, fixed-length file name.
    const QByteArray h = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(40);
    return m_dir + u'/' + QString::fromLatin1(h) + QStringLiteral(".json");
}

std::optional<OnlineCache::Entry> OnlineCache::lookup(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    QFile f(pathFor(key));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    // A hash collision or a damaged file is treated as a miss, never as an answer.
    if (o.value(u"key").toString() != key || !o.contains(u"body"))
        return std::nullopt;
    Entry e;
    e.body = o.value(u"body");
    e.fetched = QDateTime::fromString(o.value(u"fetched").toString(), Qt::ISODateWithMs);
    e.permanent = o.value(u"permanent").toBool();
    if (!e.fetched.isValid())
        return std::nullopt;
    return e;
}

bool OnlineCache::isFresh(const Entry &entry) const
{
    if (entry.permanent)
        return true;
    const qint64 age = entry.fetched.secsTo(QDateTime::currentDateTimeUtc());
    return age >= 0 && age < m_ttl;
}

bool OnlineCache::store(const QString &key, const QJsonValue &body, bool permanent)
{
    QMutexLocker lock(&m_mutex);
    if (!QDir().mkpath(m_dir))
        return false;
    QJsonObject o;
    o.insert(QStringLiteral("key"), key);
    o.insert(QStringLiteral("fetched"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("permanent"), permanent);
    o.insert(QStringLiteral("body"), body);
    QSaveFile f(pathFor(key));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return f.commit();
}

QString OnlineCache::describeAge(const QDateTime &fetched)
{
    const qint64 s = qMax<qint64>(0, fetched.secsTo(QDateTime::currentDateTimeUtc()));
    // The counts are computed first: Qt 6.8's lupdate hangs on a '/' inside translate()'s arguments.
    const int seconds = int(s);
    const int minutes = int(s / 60);
    const int hours = int(s / 3600);
    const int days = int(s / 86400);
    if (s < 120)
        return QCoreApplication::translate("Armlift::OnlineCache", "%n second(s)", nullptr, seconds);
    if (s < 2 * 3600)
        return QCoreApplication::translate("Armlift::OnlineCache", "%n minute(s)", nullptr, minutes);
    if (s < 2 * 86400)
        return QCoreApplication::translate("Armlift::OnlineCache", "%n hour(s)", nullptr, hours);
    return QCoreApplication::translate("Armlift::OnlineCache", "%n day(s)", nullptr, days);
}

} // namespace Armlift
