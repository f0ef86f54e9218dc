#include "manifest/ruby/GemManifests.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace GemVersion {

namespace {

QStringList segments(const QString &v)
{
    // "1.13.0.alpha2" and "1.13.0-alpha2" -> 1 13 0 alpha 2 (RubyGems splits letters from digits)
    static const QRegularExpression part(QStringLiteral("[0-9]+|[A-Za-z]+"));
    QStringList out;
    for (auto it = part.globalMatch(v); it.hasNext();)
        out.append(it.next().captured(0));
    return out;
}

bool isNumber(const QString &s)
{
    return !s.isEmpty() && s.at(0).isDigit();
}

} // namespace

int compare(const QString &a, const QString &b)
{
    const QStringList x = segments(a), y = segments(b);
    for (qsizetype i = 0; i < qMax(x.size(), y.size()); ++i) {
        const QString p = i < x.size() ? x.at(i) : QString();
        const QString q = i < y.size() ? y.at(i) : QString();
        if (p == q)
            continue;
        // A missing segment counts as 0 against a number (1.13 == 1.13.0) and sorts after
        // letters (1.13.0 > 1.13.0.alpha2: the letters mark a pre-release).
        if (p.isEmpty() || q.isEmpty()) {
            const QString &other = p.isEmpty() ? q : p;
            const int sign = p.isEmpty() ? -1 : 1;
            if (isNumber(other)) {
                if (other.toLongLong() == 0)
                    continue;
                return sign;
            }
            return -sign;
        }
        if (isNumber(p) && isNumber(q))
            return p.toLongLong() < q.toLongLong() ? -1 : 1;
        if (isNumber(p) != isNumber(q))
            return isNumber(p) ? 1 : -1;
        return p < q ? -1 : 1;
    }
    return 0;
}

bool allowsAtLeast(const QStringList &requirements, const QString &version)
{
    static const QRegularExpression req(QStringLiteral("^\\s*(~>|>=|<=|!=|=|<|>)?\\s*([0-9][0-9A-Za-z.\\-]*)\\s*$"));
    for (const QString &r : requirements) {
        const auto m = req.match(r);
        if (!m.hasMatch())
            continue; // not a version requirement: nothing is known
        const QString op = m.captured(1).isEmpty() ? QStringLiteral("=") : m.captured(1);
        const QString v = m.captured(2);
        if (op == u"="_s && compare(v, version) < 0)
            return false;
        if (op == u"<"_s && compare(v, version) <= 0)
            return false;
        if (op == u"<="_s && compare(v, version) < 0)
            return false;
        if (op == u"~>"_s) {
            // ~> 1.10.4 means < 1.11; ~> 1.10 means < 2
            QStringList parts = v.split(u'.');
            if (parts.size() > 1)
                parts.removeLast();
            bool ok = false;
            const qlonglong last = parts.last().toLongLong(&ok);
            if (!ok)
                continue;
            parts.last() = QString::number(last + 1);
            if (compare(parts.join(u'.'), version) <= 0)
                return false;
        }
    }
    return true;
}

} // namespace GemVersion

Gemfile Gemfile::parse(const QString &path, const QString &text)
{
    Gemfile g;
    g.path = path;
    g.document = TextDocument(text);
    static const QRegularExpression gemLine(QStringLiteral("^\\s*gem\\s*\\(?\\s*(['\"])([A-Za-z0-9_.\\-]+)\\1"));
    static const QRegularExpression quoted(QStringLiteral("\\G\\s*,\\s*(['\"])([^'\"]*)\\1"));
    static const QRegularExpression platforms(QStringLiteral("platforms?\\s*(?::|=>)\\s*\\[?([^\\]#]*)"));
    for (int l = 1; l <= g.document.lineCount(); ++l) {
        const QString line = g.document.line(l).toString();
        const auto m = gemLine.match(line);
        if (!m.hasMatch())
            continue;
        GemDeclaration d;
        d.name = m.captured(2);
        d.line = l;
        const int start = g.document.lineStart(l);
        d.range = g.document.rangeOf(start + int(m.capturedStart(1)), start + int(m.capturedEnd(0)));
        int pos = int(m.capturedEnd(0));
        for (;;) {
            const auto q = quoted.match(line, pos);
            if (!q.hasMatch())
                break;
            d.requirements.append(q.captured(2));
            d.requirementRanges.append(g.document.rangeOf(start + int(q.capturedStart(2)), start + int(q.capturedEnd(2))));
            pos = int(q.capturedEnd(0));
        }
        // Windows/JRuby-only gems never install in a Linux image.
        if (const auto p = platforms.match(line, pos); p.hasMatch()) {
            const QString list = p.captured(1);
            static const QRegularExpression linuxLike(QStringLiteral(":(ruby|mri|linux|x86_64_linux|aarch64_linux)"));
            d.excludedPlatforms = !linuxLike.match(list).hasMatch();
        }
        g.gems.append(d);
    }
    return g;
}

const GemDeclaration *Gemfile::gem(const QString &name) const
{
    for (const GemDeclaration &d : gems)
        if (d.name == name)
            return &d;
    return nullptr;
}

GemfileLock GemfileLock::parse(const QString &path, const QString &text)
{
    GemfileLock lock;
    lock.path = path;
    lock.document = TextDocument(text);
    const TextDocument &doc = lock.document;
    // "    name (version[-platform])" at four spaces; dependencies of a spec are at six.
    static const QRegularExpression spec(QStringLiteral("^    ([A-Za-z0-9_.\\-]+) \\(([^)\\s]+)\\)\\s*$"));
    QString section;
    bool inSpecs = false;
    for (int l = 1; l <= doc.lineCount(); ++l) {
        const QString line = doc.line(l).toString();
        if (line.trimmed().isEmpty())
            continue;
        if (!line.startsWith(u' ')) {
            section = line.trimmed();
            inSpecs = false;
            if (section == u"PLATFORMS"_s)
                lock.platformsHeader = doc.rangeOf(doc.lineStart(l), doc.lineStart(l) + int(line.size()));
            continue;
        }
        if (section == u"PLATFORMS"_s) {
            lock.platforms.append(line.trimmed());
            lock.lastPlatformLine = l;
            continue;
        }
        if (section != u"GEM"_s && section != u"GIT"_s && section != u"PATH"_s)
            continue;
        if (line.trimmed() == u"specs:"_s) {
            inSpecs = true;
            continue;
        }
        if (!inSpecs)
            continue;
        const auto m = spec.match(line);
        if (!m.hasMatch())
            continue;
        LockedGem g;
        g.name = m.captured(1);
        g.section = section;
        const QString full = m.captured(2);
        // The platform follows the first '-' that starts a platform word (x86_64-linux,
        // aarch64-linux-gnu, arm64-darwin, java, x64-mingw32 …).
        const int dash = int(full.indexOf(u'-'));
        g.version = dash < 0 ? full : full.left(dash);
        g.platform = dash < 0 ? QString() : full.mid(dash + 1);
        const int start = doc.lineStart(l);
        g.range = doc.rangeOf(start + int(m.capturedStart(1)), start + int(m.capturedEnd(2)) + 1);
        g.versionRange = doc.rangeOf(start + int(m.capturedStart(2)), start + int(m.capturedEnd(2)));
        lock.specs.append(g);
    }
    if (lock.specs.isEmpty() && lock.platforms.isEmpty() && !text.trimmed().isEmpty())
        lock.error = QCoreApplication::translate("GemManifests", "%1: no GEM specs or PLATFORMS section found").arg(path);
    return lock;
}

QList<const LockedGem *> GemfileLock::find(const QString &name) const
{
    QList<const LockedGem *> out;
    for (const LockedGem &g : specs)
        if (g.name == name)
            out.append(&g);
    return out;
}

bool GemfileLock::hasPlatformSpecificGems() const
{
    for (const LockedGem &g : specs)
        if (!g.platform.isEmpty() && g.platform != u"java"_s)
            return true;
    return false;
}

} // namespace Armlift
