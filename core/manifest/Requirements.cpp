#include "manifest/Requirements.h"
#include "manifest/RequirementSpans.h"

#include "text/MappedText.h"

#include <QDir>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <climits>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_';
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isVersionChar(QChar c)
{
    return isAsciiAlnum(c) || c == u'.' || c == u'*' || c == u'+' || c == u'!' || c == u'-' || c == u'_';
}

int skipSpaces(QStringView s, int i)
{
    while (i < s.size() && (s.at(i) == u' ' || s.at(i) == u'\t'))
        ++i;
    return i;
}

// The operator at s[i], or an empty string. Longest first so "===" is not read as "==" followed
// by "="; literals, so the returned strings share static data instead of allocating.
QString matchOperator(QStringView s, int i)
{
    static const QString operators[] = {u"==="_s, u"=="_s, u"!="_s, u"<="_s, u">="_s, u"~="_s, u"<"_s, u">"_s};
    const QStringView rest = s.sliced(i);
    for (const QString &op : operators) {
        if (rest.startsWith(op))
            return op;
    }
    return {};
}

// A PEP 440 version split into comparable parts. Unparsable text keeps `valid` false.
struct ParsedVersion
{
    bool valid = false;
    int epoch = 0;
    QVarLengthArray<qint64, 8> release; // no allocation for ordinary versions
    int preKind = 4;     // 0 dev-only, 1 a, 2 b, 3 rc, 4 final
    qint64 preNumber = 0;
    qint64 post = -1;
    qint64 dev = LLONG_MAX;
};

ParsedVersion parseVersion(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*v?(?:(\\d+)!)?(\\d+(?:\\.\\d+)*)"
        "(?:[-_.]?(a|alpha|b|beta|c|rc|pre|preview)[-_.]?(\\d*))?"
        "(?:-(\\d+)|[-_.]?(?:post|rev|r)[-_.]?(\\d*))?"
        "(?:[-_.]?(dev)[-_.]?(\\d*))?"
        "(?:\\+[a-z0-9._-]*)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    ParsedVersion v;
    // Most versions are a plain `1.18.5`, and rules compare versions in loops: read those
    // without the regex (same result: digit runs joined by single dots).
    // One pass: digits accumulate, a dot closes a part; an empty part or any other character
    // sends the text to the regex.
    bool plain = !text.isEmpty();
    qint64 part = 0;
    bool inPart = false;
    for (qsizetype i = 0; plain && i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= u'0' && c <= u'9' && part < (LLONG_MAX - 9) / 10) {
            part = part * 10 + (c - u'0');
            inPart = true;
        } else if (c == u'.' && inPart) {
            v.release.append(part);
            part = 0;
            inPart = false;
        } else {
            plain = false;
        }
    }
    if (plain && inPart) {
        v.release.append(part);
        v.valid = true;
        return v;
    }
    v.release.clear();
    const auto m = re.match(text);
    if (!m.hasMatch())
        return v;
    v.valid = true;
    v.epoch = m.captured(1).toInt();
    const auto parts = m.capturedView(2).split(u'.');
    for (const auto &p : parts)
        v.release.append(p.toLongLong());
    const QString pre = m.captured(3).toLower();
    if (!pre.isEmpty()) {
        v.preKind = pre.startsWith(u'a') ? 1 : pre.startsWith(u'b') ? 2 : 3;
        v.preNumber = m.captured(4).toLongLong();
    }
    if (m.capturedStart(5) >= 0)
        v.post = m.captured(5).toLongLong();
    else if (m.capturedStart(6) >= 0)
        v.post = m.captured(6).toLongLong();
    if (!m.captured(7).isEmpty()) {
        v.dev = m.captured(8).toLongLong();
        // 1.0.dev1 sorts before 1.0a1: a dev release of a final version comes first of all.
        if (pre.isEmpty() && v.post < 0)
            v.preKind = 0;
    }
    return v;
}

template<typename T>
int cmp(T a, T b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

// The smallest version above every version matching a prefix: "1.18.*" -> 1.19, "~=1.4.2" -> 1.5.
QString bumpLast(QStringList parts)
{
    if (parts.isEmpty())
        return {};
    parts.last() = QString::number(parts.last().toLongLong() + 1);
    return parts.join(u'.');
}

QStringList releaseParts(const QString &version)
{
    static const QRegularExpression re(QStringLiteral("^v?(?:\\d+!)?(\\d+(?:\\.\\d+)*)"));
    const auto m = re.match(version);
    return m.hasMatch() ? m.captured(1).split(u'.') : QStringList();
}

bool clauseAllowsAtLeast(const VersionClause &c, const QString &v)
{
    if (c.op == u"=="_s && c.version.endsWith(u".*")) {
        const QString upper = bumpLast(c.version.chopped(2).split(u'.'));
        return upper.isEmpty() || compareVersions(v, upper) < 0;
    }
    if (c.op == u"=="_s || c.op == u"==="_s || c.op == u"<="_s)
        return compareVersions(c.version, v) >= 0;
    if (c.op == u"<"_s)
        return compareVersions(v, c.version) < 0;
    if (c.op == u"~="_s) {
        QStringList parts = releaseParts(c.version);
        if (parts.size() < 2)
            return true;
        parts.removeLast();
        return compareVersions(v, bumpLast(parts)) < 0;
    }
    return true; // >=, >, != leave room above
}

// Names such as `app.whl` or `requirements.txt` are files, not packages (what
// \.(whl|zip|tar\.gz|tgz|tar\.bz2|tar\.xz|txt|in|py)$ matches, ignoring case). Asked for
// every requirement word, so without a regex.
bool hasFileExtension(QStringView name)
{
    static constexpr QLatin1StringView extensions[] = {
        QLatin1StringView(".whl"), QLatin1StringView(".zip"), QLatin1StringView(".tar.gz"),
        QLatin1StringView(".tgz"), QLatin1StringView(".tar.bz2"), QLatin1StringView(".tar.xz"),
        QLatin1StringView(".txt"), QLatin1StringView(".in"), QLatin1StringView(".py")};
    if (!name.contains(u'.'))
        return false;
    return std::any_of(std::begin(extensions), std::end(extensions),
                       [&](QLatin1StringView e) { return name.endsWith(e, Qt::CaseInsensitive); });
}

QString resolveInclude(const QString &filePath, const QString &target)
{
    if (target.isEmpty() || target.startsWith(u'/') || target.contains(u"://") || target.contains(u'$'))
        return {};
    const int slash = filePath.lastIndexOf(u'/');
    const QString dir = slash < 0 ? QString() : filePath.left(slash + 1);
    const QString clean = QDir::cleanPath(dir + target);
    if (clean == u".."_s || clean.startsWith(u"../") || clean.startsWith(u'/'))
        return {};
    return clean;
}

} // namespace

QList<ClauseSpan> parseClauses(QStringView s)
{
    QList<ClauseSpan> clauses;
    int i = skipSpaces(s, 0);
    while (i < s.size()) {
        const QString op = matchOperator(s, i);
        if (op.isEmpty())
            break;
        ClauseSpan c;
        c.op = op;
        c.opStart = i;
        i = skipSpaces(s, i + int(op.size()));
        c.versionStart = i;
        while (i < s.size() && isVersionChar(s.at(i)))
            ++i;
        c.versionEnd = i;
        c.version = s.mid(c.versionStart, i - c.versionStart).toString();
        if (c.version.isEmpty())
            break;
        clauses.append(c);
        i = skipSpaces(s, i);
        if (i < s.size() && s.at(i) == u',')
            i = skipSpaces(s, i + 1);
        else
            break;
    }
    return clauses;
}

bool parseRequirementSpans(QStringView s, Requirement *out, RequirementSpans *spans)
{
    Requirement req;
    RequirementSpans sp;
    int i = skipSpaces(s, 0);
    if (i >= s.size() || !isAsciiAlnum(s.at(i)))
        return false;
    sp.nameStart = i;
    while (i < s.size() && isNameChar(s.at(i)))
        ++i;
    sp.nameEnd = i;
    if (!isAsciiAlnum(s.at(i - 1)))
        return false;
    req.name = s.mid(sp.nameStart, sp.nameEnd - sp.nameStart).toString();
    if (hasFileExtension(req.name))
        return false;
    int end = sp.nameEnd;
    i = skipSpaces(s, i);
    if (i < s.size() && s.at(i) == u'[') {
        const int close = int(s.indexOf(u']', i));
        if (close < 0)
            return false;
        for (const auto &e : s.mid(i + 1, close - i - 1).split(u',')) {
            const QString extra = e.trimmed().toString();
            if (!extra.isEmpty())
                req.extras.append(extra);
        }
        i = close + 1;
        end = i;
        i = skipSpaces(s, i);
    }
    if (i < s.size() && s.at(i) == u'@') {
        // `name @ url`: a direct reference, no version to judge.
        i = skipSpaces(s, i + 1);
        while (i < s.size() && s.at(i) != u';' && s.at(i) != u' ' && s.at(i) != u'\t')
            ++i;
        end = i;
        i = skipSpaces(s, i);
    } else {
        const bool paren = i < s.size() && s.at(i) == u'(';
        const int specAt = paren ? i + 1 : i;
        QList<ClauseSpan> clauses = parseClauses(s.mid(specAt));
        if (!clauses.isEmpty()) {
            req.clauses.reserve(clauses.size());
            for (ClauseSpan &c : clauses) {
                c.opStart += specAt;
                c.versionStart += specAt;
                c.versionEnd += specAt;
                req.clauses.append({c.op, c.version});
            }
            sp.clauses = std::move(clauses);
            sp.specifierStart = sp.clauses.first().opStart;
            sp.specifierEnd = sp.clauses.last().versionEnd;
            i = sp.specifierEnd;
            end = i;
            i = skipSpaces(s, i);
            if (paren) {
                if (i >= s.size() || s.at(i) != u')')
                    return false;
                i = skipSpaces(s, i + 1);
            }
        }
    }
    if (i < s.size() && s.at(i) == u';') {
        sp.markerStart = i + 1;
        // The marker runs until an option (" --hash=…") or the end.
        int j = i + 1;
        while (j < s.size()) {
            if ((s.at(j) == u' ' || s.at(j) == u'\t') && j + 1 < s.size() && s.at(skipSpaces(s, j)) == u'-'
                && skipSpaces(s, j) + 1 < s.size() && s.at(skipSpaces(s, j) + 1) == u'-')
                break;
            ++j;
        }
        req.marker = s.mid(i + 1, j - i - 1).trimmed().toString();
        end = j;
        i = skipSpaces(s, j);
    }
    // Anything left must be an option (--hash, --config-settings …); otherwise it is not a
    // requirement at all (a path, a URL, a file name).
    if (i < s.size() && s.at(i) != u'-' && s.at(i) != u'#')
        return false;
    sp.end = end;
    req.normalizedName = normalizePackageName(req.name);
    if (out)
        *out = req;
    if (spans)
        *spans = sp;
    return true;
}

bool parseRequirement(const QString &spec, Requirement *out, int *specifierStart)
{
    RequirementSpans sp;
    if (!parseRequirementSpans(spec, out, &sp))
        return false;
    if (specifierStart)
        *specifierStart = sp.specifierStart;
    return true;
}

QString normalizePackageName(const QString &name)
{
    // Lower case, each run of [-_.] becomes one '-': compacted in place, without a regex
    // (every requirement is normalised, and most names need no change at all).
    QString n = name.toLower();
    qsizetype to = 0;
    bool inRun = false;
    for (qsizetype from = 0; from < n.size(); ++from) {
        const QChar c = n.at(from);
        const bool separator = c == u'-' || c == u'_' || c == u'.';
        if (separator && inRun)
            continue;
        inRun = separator;
        const QChar kept = separator ? QChar(u'-') : c;
        if (n.at(to) != kept) // writing detaches: only when something changes
            n[to] = kept;
        ++to;
    }
    n.truncate(to);
    return n;
}

int compareVersions(const QString &a, const QString &b)
{
    const ParsedVersion x = parseVersion(a);
    const ParsedVersion y = parseVersion(b);
    if (!x.valid || !y.valid)
        return cmp(a.compare(b), 0);
    if (int c = cmp(x.epoch, y.epoch))
        return c;
    const qsizetype n = qMax(x.release.size(), y.release.size());
    for (qsizetype k = 0; k < n; ++k) {
        const qint64 p = k < x.release.size() ? x.release.at(k) : 0;
        const qint64 q = k < y.release.size() ? y.release.at(k) : 0;
        if (int c = cmp(p, q))
            return c;
    }
    if (int c = cmp(x.preKind, y.preKind))
        return c;
    if (int c = cmp(x.preNumber, y.preNumber))
        return c;
    if (int c = cmp(x.post, y.post))
        return c;
    return cmp(x.dev, y.dev);
}

QString Requirement::pinnedVersion() const
{
    for (const VersionClause &c : clauses) {
        if ((c.op == u"=="_s || c.op == u"==="_s) && !c.version.contains(u'*'))
            return c.version;
    }
    return {};
}

bool VersionClause::allowsVersionAtLeast(const QString &v) const
{
    return clauseAllowsAtLeast(*this, v);
}

bool Requirement::allowsVersionAtLeast(const QString &version) const
{
    return std::all_of(clauses.cbegin(), clauses.cend(),
                       [&](const VersionClause &c) { return c.allowsVersionAtLeast(version); });
}

RequirementsFile RequirementsFile::parse(const QString &path, const QString &text)
{
    RequirementsFile file;
    file.path = path;
    file.document = TextDocument(text);
    const TextDocument &doc = file.document;
    const QString &t = doc.text();
    static const QRegularExpression comment(QStringLiteral("(^|[ \\t])#"));

    int lineNo = 1;
    while (lineNo <= doc.lineCount()) {
        MappedText logical;
        const int firstLine = lineNo;
        // Join physical lines ending in a backslash (pip does the same before parsing).
        while (lineNo <= doc.lineCount()) {
            const int start = doc.lineStart(lineNo);
            int end = doc.lineEnd(lineNo);
            const auto m = comment.matchView(QStringView(t).mid(start, end - start));
            if (m.hasMatch())
                end = start + int(m.capturedStart(0));
            int trimmed = end;
            while (trimmed > start && (t.at(trimmed - 1) == u' ' || t.at(trimmed - 1) == u'\t'))
                --trimmed;
            ++lineNo;
            if (trimmed > start && t.at(trimmed - 1) == u'\\' && !m.hasMatch()) {
                logical.appendRange(t, start, trimmed - 1);
                logical.append(u' ', trimmed - 1);
                continue;
            }
            logical.appendRange(t, start, end);
            logical.setEnd(end);
            break;
        }
        const QString &l = logical.text();
        const int first = skipSpaces(l, 0);
        if (first >= l.size())
            continue;
        if (l.at(first) == u'-') {
            static const QRegularExpression include(
                QStringLiteral("^(?:(?:--requirement|--constraint)(?:\\s*=\\s*|\\s+)|-[rc]\\s*=?\\s*)(\\S+)"));
            const auto m = include.match(l.mid(first));
            if (m.hasMatch()) {
                const QString resolved = resolveInclude(path, m.captured(1));
                if (!resolved.isEmpty()) {
                    file.includes.append(resolved);
                    file.includeLines.append(firstLine);
                }
            }
            continue;
        }
        Requirement req;
        RequirementSpans sp;
        if (!parseRequirementSpans(l, &req, &sp))
            continue;
        const int reqEnd = sp.specifierEnd >= 0 ? sp.specifierEnd : sp.nameEnd;
        req.range = doc.rangeOf(logical.docOffset(sp.nameStart), logical.docEnd(reqEnd));
        if (sp.specifierStart >= 0)
            req.versionRange = doc.rangeOf(logical.docOffset(sp.specifierStart), logical.docEnd(sp.specifierEnd));
        req.file = path;
        file.requirements.append(req);
    }
    return file;
}

GoMod GoMod::parse(const QString &path, const QString &text)
{
    GoMod mod;
    mod.path = path;
    mod.document = TextDocument(text);
    const TextDocument &doc = mod.document;
    static const QRegularExpression directive(
        QStringLiteral("^[ \\t]*(go|toolchain)[ \\t]+(go)?([0-9][0-9A-Za-z.\\-]*)[ \\t]*(?://.*)?$"));
    for (int l = 1; l <= doc.lineCount(); ++l) {
        const auto m = directive.matchView(doc.line(l));
        if (!m.hasMatch())
            continue;
        const int start = doc.lineStart(l) + int(m.capturedStart(3));
        const SourceRange r = doc.rangeOf(start, start + int(m.capturedLength(3)));
        if (m.captured(1) == u"go"_s && m.capturedLength(2) == 0 && mod.goVersion.isEmpty()) {
            mod.goVersion = m.captured(3);
            mod.goRange = r;
        } else if (m.captured(1) == u"toolchain"_s && m.capturedLength(2) > 0 && mod.toolchain.isEmpty()) {
            mod.toolchain = m.captured(3);
            mod.toolchainRange = r;
        }
    }
    return mod;
}

} // namespace Armlift
