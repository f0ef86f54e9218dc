#include "manifest/npm/SemVer.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace Armlift::SemVer {

using namespace Qt::StringLiterals;

namespace {

struct Parsed
{
    QList<int> parts;          // up to 3; wildcards (x, *) end the list
    QString prerelease;
    bool wildcard = false;     // a part was x/X/* or missing
};

bool parsePartial(QString s, Parsed *out)
{
    s = s.trimmed();
    if (s.startsWith(u'v') || s.startsWith(u'='))
        s = s.mid(1).trimmed();
    const int plus = int(s.indexOf(u'+'));
    if (plus >= 0)
        s.truncate(plus);
    const int dash = int(s.indexOf(u'-'));
    if (dash >= 0) {
        out->prerelease = s.mid(dash + 1);
        s.truncate(dash);
    }
    if (s.isEmpty())
        return false;
    const QStringList parts = s.split(u'.');
    if (parts.size() > 3)
        return false;
    for (const QString &p : parts) {
        if (p == u"x"_s || p == u"X"_s || p == u"*"_s) {
            out->wildcard = true;
            break;
        }
        bool ok = false;
        const int n = p.toInt(&ok);
        if (!ok || n < 0)
            return false;
        out->parts.append(n);
    }
    if (out->parts.size() < 3)
        out->wildcard = true;
    return true;
}

int comparePrerelease(const QString &a, const QString &b)
{
    if (a == b)
        return 0;
    if (a.isEmpty())
        return 1;
    if (b.isEmpty())
        return -1;
    const QStringList x = a.split(u'.'), y = b.split(u'.');
    for (qsizetype i = 0; i < qMin(x.size(), y.size()); ++i) {
        bool nx = false, ny = false;
        const int ix = x.at(i).toInt(&nx), iy = y.at(i).toInt(&ny);
        if (nx && ny && ix != iy)
            return ix < iy ? -1 : 1;
        if (nx != ny)
            return nx ? -1 : 1;
        if (!nx && x.at(i) != y.at(i))
            return x.at(i) < y.at(i) ? -1 : 1;
    }
    return x.size() == y.size() ? 0 : (x.size() < y.size() ? -1 : 1);
}

int compareParsed(const Parsed &a, const Parsed &b)
{
    for (int i = 0; i < 3; ++i) {
        const int x = i < a.parts.size() ? a.parts.at(i) : 0;
        const int y = i < b.parts.size() ? b.parts.at(i) : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return comparePrerelease(a.prerelease, b.prerelease);
}

// The smallest version above every version the partial `p` stands for (1.2 -> 1.3.0).
Parsed nextAfter(const Parsed &p)
{
    Parsed n;
    if (p.parts.isEmpty())
        return n; // unbounded; callers check
    n.parts = p.parts;
    n.parts.last() += 1;
    while (n.parts.size() < 3)
        n.parts.append(0);
    return n;
}

// Upper bound of one comparator set: unbounded, or a version with inclusive/exclusive flag.
struct Upper
{
    bool bounded = false;
    Parsed version;
    bool inclusive = false;
};

void tighten(Upper &u, const Parsed &v, bool inclusive)
{
    if (!u.bounded) {
        u = {true, v, inclusive};
        return;
    }
    const int c = compareParsed(v, u.version);
    if (c < 0 || (c == 0 && !inclusive))
        u = {true, v, inclusive};
}

// False when a comparator cannot be read (then nothing is claimed about the range).
bool upperOfSet(const QString &set, Upper *out, Parsed *lower)
{
    QString s = set.trimmed();
    static const QRegularExpression hyphen(QStringLiteral("^(\\S+)\\s+-\\s+(\\S+)$"));
    if (const auto m = hyphen.match(s); m.hasMatch()) {
        Parsed lo, hi;
        if (!parsePartial(m.captured(1), &lo) || !parsePartial(m.captured(2), &hi))
            return false;
        *lower = lo;
        if (hi.wildcard)
            tighten(*out, nextAfter(hi), false);
        else
            tighten(*out, hi, true);
        return true;
    }
    // ">= 1.2" written with a blank: glue operators to their versions.
    static const QRegularExpression opSpace(QStringLiteral("([<>=~^]+)\\s+"));
    s.replace(opSpace, QStringLiteral("\\1"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const QString &c : s.split(space, Qt::SkipEmptyParts)) {
        static const QRegularExpression comp(QStringLiteral("^(<=|>=|<|>|=|\\^|~>|~)?(.*)$"));
        const auto m = comp.match(c);
        const QString op = m.captured(1);
        Parsed v;
        if (m.captured(2) == u"*"_s || m.captured(2).isEmpty() || m.captured(2) == u"x"_s || m.captured(2) == u"X"_s) {
            if (op == u"<"_s)
                return false;
            continue;
        }
        if (!parsePartial(m.captured(2), &v))
            return false;
        if (op == u">"_s || op == u">="_s) {
            *lower = v;
        } else if (op == u"<"_s) {
            tighten(*out, v, false);
        } else if (op == u"<="_s) {
            if (v.wildcard)
                tighten(*out, nextAfter(v), false);
            else
                tighten(*out, v, true);
        } else if (op == u"^"_s) {
            *lower = v;
            // ^1.2.3 < 2.0.0, ^0.2.3 < 0.3.0, ^0.0.3 < 0.0.4, ^0.x < 1.0.0
            Parsed hi;
            int i = 0;
            while (i < v.parts.size() - 1 && v.parts.at(i) == 0)
                ++i;
            if (v.parts.isEmpty())
                continue;
            hi.parts = v.parts.mid(0, i + 1);
            tighten(*out, nextAfter(hi), false);
        } else if (op == u"~"_s || op == u"~>"_s) {
            *lower = v;
            Parsed hi;
            hi.parts = v.parts.mid(0, v.parts.size() >= 2 ? 2 : 1);
            tighten(*out, nextAfter(hi), false);
        } else { // exact or partial (1.2 = 1.2.x)
            *lower = v;
            if (v.wildcard)
                tighten(*out, nextAfter(v), false);
            else
                tighten(*out, v, true);
        }
    }
    return true;
}

bool isRangeSyntax(const QString &range)
{
    static const QRegularExpression allowed(QStringLiteral("^[0-9xX*vV.\\-+<>=~^|\\sa-zA-Z]*$"));
    if (!allowed.match(range).hasMatch())
        return false;
    // Tags (next, beta) and aliases are not ranges; a range has at least one digit or wildcard.
    static const QRegularExpression digit(QStringLiteral("[0-9*xX]"));
    return digit.match(range).hasMatch();
}

} // namespace

int compare(const QString &a, const QString &b)
{
    Parsed x, y;
    parsePartial(a, &x);
    parsePartial(b, &y);
    return compareParsed(x, y);
}

bool isVersion(const QString &version)
{
    static const QRegularExpression re(QStringLiteral("^v?\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"));
    return re.match(version.trimmed()).hasMatch();
}

bool rangeAllowsAtLeast(const QString &range, const QString &version)
{
    const QString r = range.trimmed();
    if (r.isEmpty() || r == u"*"_s || r == u"latest"_s || r == u"x"_s || !isRangeSyntax(r))
        return true;
    Parsed target;
    if (!parsePartial(version, &target))
        return true;
    for (const QString &set : r.split(QStringLiteral("||"))) {
        Upper u;
        Parsed lower;
        if (!upperOfSet(set, &u, &lower))
            return true;
        if (!u.bounded)
            return true;
        const int c = compareParsed(target, u.version);
        if (c < 0 || (c == 0 && u.inclusive))
            return true;
    }
    return false;
}

bool rangeAllows(const QString &range, const QString &version)
{
    const QString r = range.trimmed();
    if (r.isEmpty() || r == u"*"_s || r == u"latest"_s || r == u"x"_s || !isRangeSyntax(r))
        return true;
    Parsed target;
    if (!parsePartial(version, &target))
        return true;
    for (const QString &set : r.split(QStringLiteral("||"))) {
        Upper u;
        Parsed lower;
        if (!upperOfSet(set, &u, &lower))
            return true;
        const bool belowUpper = !u.bounded || compareParsed(target, u.version) < 0
                                || (u.inclusive && compareParsed(target, u.version) == 0);
        if (belowUpper && compareParsed(target, lower) >= 0)
            return true;
    }
    return false;
}

} // namespace Armlift::SemVer
