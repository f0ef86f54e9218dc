#include "online/ImageReference.h"

#include <QRegularExpression>

namespace Armlift {

using namespace Qt::StringLiterals;

bool ImageReference::parse(const QString &text, ImageReference *out)
{
    QString rest = text.trimmed();
    if (rest.isEmpty() || rest.contains(u'$') || rest.contains(u' '))
        return false;
    ImageReference r;
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        r.digest = rest.mid(at + 1);
        rest.truncate(at);
        static const QRegularExpression digestRe(QStringLiteral("^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$"));
        if (!digestRe.match(r.digest).hasMatch())
            return false;
    }
    const qsizetype slash = rest.indexOf(u'/');
    if (slash > 0) {
        const QString first = rest.left(slash);
        if (first.contains(u'.') || first.contains(u':') || first == u"localhost"_s) {
            r.registry = first.toLower();
            rest.remove(0, slash + 1);
        }
    }
    const qsizetype lastSlash = rest.lastIndexOf(u'/');
    const qsizetype colon = rest.lastIndexOf(u':');
    if (colon > lastSlash) {
        r.tag = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    static const QRegularExpression repoRe(QStringLiteral("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$"));
    static const QRegularExpression tagRe(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    if (!repoRe.match(rest).hasMatch() || (!r.tag.isEmpty() && !tagRe.match(r.tag).hasMatch()))
        return false;
    if (r.registry.isEmpty() || r.registry == u"index.docker.io"_s || r.registry == u"registry-1.docker.io"_s
        || r.registry == u"registry.hub.docker.com"_s)
        r.registry = QStringLiteral("docker.io");
    if (r.registry == u"docker.io"_s && !rest.contains(u'/'))
        rest.prepend(QStringLiteral("library/"));
    r.repository = rest;
    if (r.tag.isEmpty() && r.digest.isEmpty())
        r.tag = QStringLiteral("latest");
    *out = r;
    return true;
}

QString ImageReference::apiHost() const
{
    return isDockerHub() ? QStringLiteral("registry-1.docker.io") : registry;
}

QString ImageReference::display() const
{
    QString name = repository;
    if (isDockerHub()) {
        if (name.startsWith(u"library/"))
            name.remove(0, 8);
    } else {
        name = registry + u'/' + name;
    }
    if (!tag.isEmpty())
        name += u':' + tag;
    if (!digest.isEmpty())
        name += u'@' + digest;
    return name;
}

QString ImageReference::withTag(const QString &newTag) const
{
    ImageReference r = *this;
    r.tag = newTag;
    r.digest.clear();
    return r.display();
}

} // namespace Armlift
