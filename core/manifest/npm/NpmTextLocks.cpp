// yarn.lock (v1 and berry) and pnpm-lock.yaml: only what the arm64 rules need, the resolved
// version of each package and where its entry starts. Both are line-oriented enough that a
// full YAML parser is not needed: entries are the lines at a fixed indentation.
#include "manifest/npm/NpmManifests.h"

#include <QRegularExpression>

namespace Armlift::NpmLockText {

using namespace Qt::StringLiterals;

namespace {

QString unquote(QString s)
{
    s = s.trimmed();
    if (s.size() >= 2 && (s.startsWith(u'"') || s.startsWith(u'\'')) && s.endsWith(s.at(0)))
        s = s.mid(1, s.size() - 2);
    return s;
}

int indentOf(QStringView line)
{
    int i = 0;
    while (i < line.size() && line.at(i) == u' ')
        ++i;
    return i;
}

// "@scope/name@^1.0.0" -> "@scope/name"; "name@npm:1.0.0" -> "name"
QString descriptorName(const QString &descriptor)
{
    const int at = int(descriptor.indexOf(u'@', 1));
    return at < 0 ? descriptor : descriptor.left(at);
}

QStringList flowList(const QString &value)
{
    QString v = value.trimmed();
    if (v.startsWith(u'[') && v.endsWith(u']'))
        v = v.mid(1, v.size() - 2);
    QStringList out;
    for (const QString &p : v.split(u',', Qt::SkipEmptyParts))
        out.append(unquote(p));
    return out;
}

} // namespace

void parseYarn(NpmLockfile &lock)
{
    const TextDocument &doc = lock.document;
    lock.lockfileVersion = doc.text().contains(QLatin1String("__metadata:")) ? 2 : 1;
    LockedPackage *current = nullptr;
    for (int l = 1; l <= doc.lineCount(); ++l) {
        const QStringView line = doc.line(l);
        const QString trimmed = line.trimmed().toString();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const int indent = indentOf(line);
        if (indent == 0) {
            current = nullptr;
            // Berry lists the project itself as "name@workspace:.": not an installed package.
            if (!trimmed.endsWith(u':') || trimmed.startsWith(u"__metadata") || trimmed.contains(u"@workspace:"))
                continue;
            const QString header = trimmed.left(trimmed.size() - 1);
            // Several descriptors of one package: take the name of the first.
            const QString first = unquote(header.section(u',', 0, 0));
            LockedPackage p;
            p.name = descriptorName(first);
            const int start = doc.lineStart(l);
            p.range = doc.rangeOf(start, start + int(trimmed.size()) - 1);
            lock.packages.append(p);
            current = &lock.packages.last();
            continue;
        }
        if (!current || indent != 2)
            continue;
        // v1: version "1.2.3"   berry: version: 1.2.3
        static const QRegularExpression field(QStringLiteral("^([A-Za-z]+):?\\s+(.*)$"));
        const auto m = field.match(trimmed);
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1);
        const QString value = unquote(m.captured(2));
        if (key == u"version"_s) {
            current->version = value;
        } else if (key == u"conditions"_s) {
            // berry: "os=linux & cpu=arm64"
            static const QRegularExpression cond(QStringLiteral("(os|cpu)=([A-Za-z0-9_]+)"));
            for (auto it = cond.globalMatch(value); it.hasNext();) {
                const auto c = it.next();
                (c.captured(1) == u"os"_s ? current->os : current->cpu).append(c.captured(2));
            }
        }
    }
    lock.packages.removeIf([](const LockedPackage &p) { return p.version.isEmpty(); });
}

void parsePnpm(NpmLockfile &lock)
{
    const TextDocument &doc = lock.document;
    bool inPackages = false;
    LockedPackage *current = nullptr;
    for (int l = 1; l <= doc.lineCount(); ++l) {
        const QStringView line = doc.line(l);
        const QString trimmed = line.trimmed().toString();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const int indent = indentOf(line);
        if (indent == 0) {
            current = nullptr;
            inPackages = trimmed == u"packages:"_s;
            if (trimmed.startsWith(u"lockfileVersion:")) {
                const QString v = unquote(trimmed.mid(16));
                lock.lockfileVersion = int(v.toDouble());
            }
            continue;
        }
        if (!inPackages)
            continue;
        if (indent == 2 && trimmed.endsWith(u':')) {
            QString key = unquote(trimmed.left(trimmed.size() - 1));
            if (key.startsWith(u'/'))
                key = key.mid(1);
            LockedPackage p;
            if (lock.lockfileVersion > 0 && lock.lockfileVersion < 6) {
                // v5: /name/1.2.3 or /@scope/name/1.2.3_peer@1.0.0
                const int slash = int(key.lastIndexOf(u'/'));
                if (slash <= 0)
                    continue;
                p.name = key.left(slash);
                p.version = key.mid(slash + 1).section(u'_', 0, 0);
            } else {
                // v6: /name@1.2.3(peer@1.0.0)   v9: name@1.2.3
                const int paren = int(key.indexOf(u'('));
                if (paren > 0)
                    key.truncate(paren);
                const int at = int(key.indexOf(u'@', 1));
                if (at < 0)
                    continue;
                p.name = key.left(at);
                p.version = key.mid(at + 1);
            }
            const int start = doc.lineStart(l) + indent;
            p.range = doc.rangeOf(start, start + int(trimmed.size()) - 1);
            lock.packages.append(p);
            current = &lock.packages.last();
            continue;
        }
        if (!current || indent != 4)
            continue;
        if (trimmed == u"optional: true"_s)
            current->optional = true;
        else if (trimmed.startsWith(u"os:"))
            current->os = flowList(trimmed.mid(3));
        else if (trimmed.startsWith(u"cpu:"))
            current->cpu = flowList(trimmed.mid(4));
    }
}

} // namespace Armlift::NpmLockText
