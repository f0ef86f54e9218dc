#include "git/KnownHosts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Armlift::Git {

namespace {

bool patternMatches(const QString &pattern, const QString &name)
{
    if (pattern.startsWith(u"|1|"_s)) {
        const QStringList parts = pattern.split(u'|');
        if (parts.size() != 4)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
        const QByteArray hash = QByteArray::fromBase64(parts.at(3).toLatin1());
        return QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1) == hash;
    }
    if (pattern.contains(u'*') || pattern.contains(u'?')) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
                                        pattern, QRegularExpression::UnanchoredWildcardConversion),
                                    QRegularExpression::CaseInsensitiveOption);
        return re.match(name).hasMatch() && re.match(name).capturedLength() == name.size();
    }
    return pattern.compare(name, Qt::CaseInsensitive) == 0;
}

// One known_hosts host field ("a,b,!c") against the host name in known_hosts form.
bool hostsMatch(const QString &field, const QString &name)
{
    bool matched = false;
    for (const QString &p : field.split(u',', Qt::SkipEmptyParts)) {
        if (p.startsWith(u'!')) {
            if (patternMatches(p.mid(1), name))
                return false;
        } else if (patternMatches(p, name)) {
            matched = true;
        }
    }
    return matched;
}

} // namespace

KnownHosts::KnownHosts(const QString &file)
    : m_file(file)
{
}

QString KnownHosts::defaultFile()
{
    return QDir::homePath() + u"/.ssh/known_hosts"_s;
}

QString KnownHosts::hostPattern(const QString &host, int port)
{
    if (port <= 0 || port == 22)
        return host;
    return u"[%1]:%2"_s.arg(host).arg(port);
}

QString KnownHosts::keyType(const QByteArray &keyBlob)
{
    if (keyBlob.size() < 4)
        return {};
    const quint32 length = qFromBigEndian<quint32>(keyBlob.constData());
    if (length == 0 || length > quint32(keyBlob.size() - 4) || length > 64)
        return {};
    return QString::fromLatin1(keyBlob.mid(4, qsizetype(length)));
}

QString KnownHosts::sha256Fingerprint(const QByteArray &keyBlob)
{
    QByteArray b64 = QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256).toBase64();
    while (b64.endsWith('='))
        b64.chop(1);
    return u"SHA256:"_s + QString::fromLatin1(b64);
}

KnownHosts::Verdict KnownHosts::check(const QString &host, int port, const QByteArray &keyBlob) const
{
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return Verdict::Unknown;
    const QString name = hostPattern(host, port);
    const QString type = keyType(keyBlob);
    bool matched = false;
    bool mismatched = false;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields = line.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        QString marker;
        if (!fields.isEmpty() && fields.first().startsWith(u'@'))
            marker = fields.takeFirst();
        if (fields.size() < 3 || marker == u"@cert-authority"_s || !hostsMatch(fields.at(0), name))
            continue;
        const QByteArray key = QByteArray::fromBase64(fields.at(2).toLatin1());
        if (marker == u"@revoked"_s) {
            if (key == keyBlob)
                return Verdict::Mismatch;
            continue;
        }
        if (fields.at(1) != type)
            continue;
        if (key == keyBlob)
            matched = true;
        else
            mismatched = true;
    }
    // OpenSSH accepts when any line matches; a stale second line alone is not an attack.
    if (matched)
        return Verdict::Match;
    return mismatched ? Verdict::Mismatch : Verdict::Unknown;
}

bool KnownHosts::add(const QString &host, int port, const QByteArray &keyBlob, QString *error) const
{
    const QFileInfo info(m_file);
    if (!info.dir().exists()) {
        if (!QDir().mkpath(info.path())) {
            if (error)
                *error = u"cannot create %1"_s.arg(info.path());
            return false;
        }
        QFile::setPermissions(info.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QFile f(m_file);
    if (!f.open(QIODevice::Append | QIODevice::Text)) {
        if (error)
            *error = f.errorString();
        return false;
    }
    const QString line = hostPattern(host, port) + u' ' + keyType(keyBlob) + u' '
        + QString::fromLatin1(keyBlob.toBase64()) + u'\n';
    if (f.write(line.toUtf8()) < 0) {
        if (error)
            *error = f.errorString();
        return false;
    }
    return true;
}

} // namespace Armlift::Git
